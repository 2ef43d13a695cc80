#!/usr/bin/env bash
# Debian packages the portal needs beside PyPI: Pango for WeasyPrint (the
# protocols' PDF/A records) and the DejaVu fonts they are set in; with
# "--test" also Chromium and Node.js/npm for the browser tests.
# Installs what is missing when run as root; otherwise says what to install.
set -euo pipefail
packages=(libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core)
if [ "${1:-}" = "--test" ]; then
  packages+=(chromium)
  command -v npm >/dev/null 2>&1 || packages+=(npm)
fi
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Installera först: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "==> Installerar Debian-paket: ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
