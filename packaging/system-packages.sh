#!/usr/bin/env bash
# Install the Debian packages that system-packages.txt lists for the given purposes, where missing.
# As root it installs them; otherwise it stops with the one command that does it.
set -euo pipefail
list="$(dirname "$0")/system-packages.txt"
if ! command -v dpkg-query >/dev/null; then
    echo "clearance: not a Debian system; make sure these are installed: $(awk -v p=" $* " '!/^#/ && NF>=2 && index(p, " " $2 " ") {printf "%s ", $1}' "$list")" >&2
    exit 0
fi
missing=()
for pkg in $(awk -v p=" $* " '!/^#/ && NF>=2 && index(p, " " $2 " ") {print $1}' "$list"); do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
    echo "clearance: missing system packages; run this once, then make again:" >&2
    echo "    sudo apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 1
fi
echo "Installing system packages: ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
