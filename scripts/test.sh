#!/usr/bin/env bash
# The whole test suite, from a fresh machine: install what is missing, build, run ctest.
# Extra arguments go to ctest (e.g. -R e2e.pipeline_functions, -L core).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build >/dev/null
cmake --build build -j"$(nproc)"
cd build
ctest --output-on-failure "$@"
