#!/usr/bin/env bash
# core/ and its unit tests built with AddressSanitizer + UndefinedBehaviorSanitizer (any
# finding stops the test), in build/asan. Run by ctest (sanitize.core_tests) and so by CI.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/asan}
cmake -S . -B "$build" -DKAT_CORE_ONLY=ON -DKAT_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$build" -L core --output-on-failure
