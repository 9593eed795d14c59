#!/usr/bin/env bash
# The main job, from a fresh machine: install what is missing, build the extension,
# install the fresh .oxt into an isolated LibreOffice and build a funnel report from the
# shipped sample workbook. Writes out/funnel-report.ods and out/funnel-report.pdf.
#   usage: scripts/main-job.sh [INPUT.ods] [OUTPUT-without-extension]
set -euo pipefail
cd "$(dirname "$0")/.."

input=${1:-samples/opportunities.ods}
output=${2:-out/funnel-report}

scripts/install-deps.sh
cmake -S . -B build >/dev/null
cmake --build build -j"$(nproc)"
PYTHONPATH=tools /usr/bin/python3 tools/funnel_report.py --oxt build/keyaccount.oxt --input "$input" --out "$output"
