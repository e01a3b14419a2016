#!/usr/bin/env bash
# Installs the Debian 12 packages kinerja needs, skipping apt entirely when
# they are all present. Usage: scripts/install-deps.sh [build|test]
#   build: compiler, CMake and the -dev packages of every library we link
#   test:  build + what the test suite drives (cmocka, python3-openpyxl, sqlite3)
set -euo pipefail

build_pkgs=(build-essential cmake pkg-config
  libsqlite3-dev libgsl-dev libxlsxwriter-dev libcairo2-dev libpng-dev libpango1.0-dev
  fonts-dejavu-core libinih-dev libcsv-dev libminizip-dev libexpat1-dev nettle-dev)
test_pkgs=(libcmocka-dev python3 python3-openpyxl sqlite3)

want=("${build_pkgs[@]}")
if [ "${1:-build}" = test ]; then want+=("${test_pkgs[@]}"); fi

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing: ${missing[*]}" >&2
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "${missing[@]}"
