#!/usr/bin/env bash
# The second office of the test suite: LibreOffice 25.2 from Debian's bookworm-backports,
# unpacked under DEST (default build/office-25) beside the system's 7.4, never installed
# over it. The apt source is built from the machine's own Debian entry (same archive,
# suite bookworm-backports) in a private apt state under DEST/apt; the packages are
# downloaded and unpacked with dpkg -x. scripts/with-office-25.sh runs a command against
# it. Idempotent: an unpacked bundle of the wanted version is kept.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=$(mkdir -p "${1:-build/office-25}" && cd "${1:-build/office-25}" && pwd)
suite=bookworm-backports
# The office and the pieces of it the tests use (UNO runtime, Calc, Chinese UI, the
# Python bridge that speaks its types), and the one library bookworm lacks by default.
office_packages=(ure uno-libs-private libuno-sal3 libuno-salhelpergcc3-3 libuno-cppu3 libuno-cppuhelpergcc3-3
  libuno-purpenvhelpergcc3-3 libreoffice-core libreoffice-common libreoffice-base-core libreoffice-calc
  libreoffice-uiconfig-common libreoffice-uiconfig-calc libreoffice-style-colibre fonts-opensymbol
  libreoffice-l10n-zh-cn python3-uno)
other_packages=(libzxcvbn0)

[ -f "$dest/root/.complete" ] && exit 0

# The archive the machine already uses for bookworm (deb822 or one-line sources).
uri=""
for f in /etc/apt/sources.list.d/*.sources; do
  [ -f "$f" ] || continue
  uri=$(awk '/^URIs:/{u=$2} /^Suites:/{ if ($0 ~ /[ \t]bookworm([ \t]|$)/) {print u; exit} }' "$f")
  [ -n "$uri" ] && break
done
if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
  uri=$(awk '$1=="deb" && $3=="bookworm" {print ($2 ~ /^\[/ ? $3 : $2); exit}' /etc/apt/sources.list)
fi
[ -n "$uri" ] || { echo "install-office-25: no Debian bookworm entry in the apt sources" >&2; exit 1; }
keyring=/usr/share/keyrings/debian-archive-keyring.gpg

apt_dir="$dest/apt"
mkdir -p "$apt_dir/lists/partial" "$apt_dir/archives/partial" "$dest/debs"
{
  echo "deb [signed-by=$keyring] $uri bookworm main"
  echo "deb [signed-by=$keyring] $uri $suite main"
} > "$apt_dir/sources.list"
apt_options=(-o "Dir::Etc::sourcelist=$apt_dir/sources.list" -o "Dir::Etc::sourceparts=-"
  -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir" -o "Dir::Cache::archives=$apt_dir/archives"
  -o "APT::Sandbox::User=root")
echo "install-office-25: fetching LibreOffice from $suite"
apt-get "${apt_options[@]}" update -qq
wanted=()
for p in "${office_packages[@]}"; do wanted+=("$p/$suite"); done
(cd "$dest/debs" && rm -f ./*.deb && apt-get "${apt_options[@]}" download -qq "${wanted[@]}" "${other_packages[@]}")

rm -rf "$dest/root"
mkdir -p "$dest/root"
for deb in "$dest"/debs/*.deb; do dpkg -x "$deb" "$dest/root"; done
# Debian generates main.xcd at install time; the unpacked tree has it under .registry.
cp "$dest/root/usr/lib/libreoffice/share/.registry/main.xcd" "$dest/root/etc/libreoffice/registry/main.xcd"
"$(pwd)/scripts/with-office-25.sh" "$dest/root" true
touch "$dest/root/.complete"
echo "install-office-25: $(ls "$dest"/debs/libreoffice-core_*.deb | sed 's/.*core_//; s/_amd64.deb//') in $dest/root"
