#!/usr/bin/env bash
# Runs a command against the second office (LibreOffice 25.2, unpacked by
# scripts/install-office-25.sh) instead of the system's 7.4: in a private mount namespace
# the bundle's files are bound over /usr/lib/libreoffice and /etc/libreoffice, and its
# libraries and Python UNO come first — for this command and its children only. The
# test driver must speak UNO with the office's own types, so it runs inside too.
#   scripts/with-office-25.sh BUNDLE COMMAND [ARGS...]
set -euo pipefail
bundle=$(cd "$1" && pwd)
shift
[ -x "$bundle/usr/lib/libreoffice/program/soffice.bin" ] || { echo "no office bundle in $bundle" >&2; exit 2; }
# As root a mount namespace is enough; a developer without root maps themselves to root in
# a user namespace first (Debian 12 allows it).
namespace=(-m)
[ "$(id -u)" -eq 0 ] || namespace=(-r -m)
exec unshare "${namespace[@]}" bash -c '
  set -e
  bundle=$1; shift
  mount --bind "$bundle/usr/lib/libreoffice" /usr/lib/libreoffice
  mount --bind "$bundle/etc/libreoffice" /etc/libreoffice
  export LD_LIBRARY_PATH="/usr/lib/libreoffice/program:$bundle/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  export PYTHONPATH="$bundle/usr/lib/python3/dist-packages:/usr/lib/libreoffice/program${PYTHONPATH:+:$PYTHONPATH}"
  export KAT_OFFICE_NAME="LibreOffice $(/usr/lib/libreoffice/program/soffice --version 2>/dev/null | awk "{print \$2}")"
  exec "$@"' bash "$bundle" "$@"
