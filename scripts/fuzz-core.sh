#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang, ASan + UBSan) in build/fuzz and runs each for
# SECONDS (default 10) on a copy of its seed corpus. A crash, leak, sanitizer finding or
# timeout fails the run and leaves the input in build/fuzz/findings/. For a long run:
#     scripts/fuzz-core.sh 3600
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
build=build/fuzz
CC=clang CXX=clang++ cmake -S . -B "$build" -DKAT_CORE_ONLY=ON -DKAT_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)"
mkdir -p "$build/findings"
export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for target in values tables stage_models pipeline icm roles org functions; do
  corpus="$build/corpus/$target"
  mkdir -p "$corpus"
  cp -n fuzz/corpus/"$target"/* "$corpus"/
  echo "fuzz_$target: ${seconds}s"
  "$build/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
      -artifact_prefix="$build/findings/$target-" -print_final_stats=1 "$corpus" 2>&1 | tail -3
  test "${PIPESTATUS[0]}" -eq 0
done
echo "all fuzzers ran clean"
