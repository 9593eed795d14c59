#!/usr/bin/env bash
# Installs what building and testing the extension needs on Debian 12 (apt, as root or
# with sudo), and unpacks the second office (LibreOffice 25.2) under build/office-25.
# Idempotent and quiet: when everything is present it prints nothing.
set -euo pipefail

packages=(
  cmake g++ pkg-config                      # build
  libreoffice-calc libreoffice-dev          # the office and its SDK (unoidl-write, cppumaker, headers)
  libcppunit-dev libboost-dev libicu-dev    # unit tests, Boost, ICU (Traditional/Simplified folding)
  python3-uno                               # the test driver and main job talk UNO from /usr/bin/python3
  xvfb fonts-noto-cjk libreoffice-l10n-zh-cn  # UI tests, Chinese glyphs in reports, zh-CN UI
  poppler-utils                             # pdftoppm/pdfinfo: checks that reports render
  imagemagick x11-utils                     # screenshots of the sidebar under Xvfb (import, xwininfo)
  clang libclang-rt-14-dev                  # libFuzzer targets with ASan + UBSan (scripts/fuzz-core.sh)
  zip unzip
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The second office the e2e and UI suites also run on: LibreOffice 25.2 (bookworm-backports),
# unpacked under build/office-25 beside the system's 7.4 (see the script).
"$(dirname "$0")/install-office-25.sh" "$(dirname "$0")/../build/office-25"
