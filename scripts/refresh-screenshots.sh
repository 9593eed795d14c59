#!/usr/bin/env bash
# Refreshes the README's screenshots of the sidebar: runs the UI tests under Xvfb (they save
# build/screenshots/*.png, English and zh-CN) and copies them to docs/images/. Run it when
# a panel's layout or strings change, and commit the PNGs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build >/dev/null
cmake --build build -j"$(nproc)"
(cd build && ctest --output-on-failure -R '^ui\.sidebar$')
mkdir -p docs/images
for language in en-US zh-CN; do
  for panel in funnel rebates stakeholders; do
    cp "build/screenshots/${language}-${panel}.png" "docs/images/sidebar-${language}-${panel}.png"
  done
done
echo "docs/images/ refreshed"
