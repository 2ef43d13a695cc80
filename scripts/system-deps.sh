#!/usr/bin/env bash
# Debian packages the portal needs beside PyPI. Installs what is missing when
# run as root; otherwise says what to install.
#
#   scripts/system-deps.sh             Pango for WeasyPrint (the protocols'
#                                      PDF/A records) and the DejaVu fonts
#   scripts/system-deps.sh --test      also Chromium and Node.js/npm for the
#                                      browser tests, HAProxy and the
#                                      PostgreSQL client (pg_dump) for the
#                                      storage tests
#   scripts/system-deps.sh --postgres  also Debian's PostgreSQL server and
#                                      client (RELSTORAGE_DSN, make backup);
#                                      starts its cluster if it is not running
#   scripts/system-deps.sh --cluster   also HAProxy (make cluster)
#
# Flags combine. After --postgres on a new machine, create a role and a
# database for the portal (README, "Running it in production"):
#   sudo -u postgres createuser --superuser "$USER"   # or a role with a password
#   createdb samportal
set -euo pipefail
packages=(libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core)
postgres=no
for flag in "$@"; do
  case "$flag" in
    --test)
      packages+=(chromium haproxy postgresql-client)
      command -v npm >/dev/null 2>&1 || packages+=(npm)
      ;;
    --postgres) packages+=(postgresql postgresql-client); postgres=yes ;;
    --cluster) packages+=(haproxy) ;;
    *) echo "Okänd flagga: $flag (--test, --postgres, --cluster)" >&2; exit 2 ;;
  esac
done
missing=()
for package in $(printf '%s\n' "${packages[@]}" | sort -u); do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Installera först: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "==> Installerar Debian-paket: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ "$postgres" = yes ] && command -v pg_lsclusters >/dev/null 2>&1; then
  # Debian creates the cluster "main"; without systemd nothing starts it.
  pg_lsclusters --no-header | while read -r version name _port status _rest; do
    if [ "$status" != online ]; then
      echo "==> Startar PostgreSQL $version/$name"
      if [ "$(id -u)" -eq 0 ]; then
        pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start
      else
        echo "Starta den: sudo pg_ctlcluster $version $name start" >&2
      fi
    fi
  done
fi
