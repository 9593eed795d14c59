#!/usr/bin/env bash
# All the benchmarks in one run (issue #9, docs/PERFORMANCE.md): the engines alone, the
# add-in functions against native formulas in a headless Calc, report builds, and the
# sidebar on large tables under Xvfb. Writes build/bench-results.md (Markdown tables).
# Ratios are within this one run: the machines are shared and noisy.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build >/dev/null
cmake --build build -j"$(nproc)"
out=build/bench-results.md
{
  echo "# Benchmark run $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores"
  echo
  echo "## Engines alone (build/bench/core_bench)"
  echo
  build/bench/core_bench
  echo
  echo "## Full recalculation in Calc (bench/calc_bench.py)"
  echo
  /usr/bin/python3 bench/calc_bench.py 10000 100000
  echo
  echo "## Report builds (bench/report_bench.py)"
  echo
  /usr/bin/python3 bench/report_bench.py 100000 100 1000 5000
  echo
  echo "## Sidebar on large tables (bench/sidebar_refresh.py)"
  echo
  echo '```'
  xvfb-run -a -s "-screen 0 1280x900x24" /usr/bin/python3 bench/sidebar_refresh.py 10000 100000
  echo '```'
} | tee "$out"
echo "written: $out"
