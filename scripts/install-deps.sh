#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what CleanClaim needs to build, test and run, from Debian 12's packages only
# (../shared/docs/TOOLCHAIN.md). Run as root. Safe to run again.
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps.sh installs Debian packages: run it as root (sudo bash $0)." >&2
    exit 2
fi
packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-tools-dev qt6-l10n-tools
    qt6-tools-dev-tools qt6-charts-dev qt6-svg-dev libsodium-dev libsqlite3-dev
    xvfb xauth imagemagick clang-format lld
    libqt6sql6-psql postgresql
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "All build packages are installed."
    exit 0
fi
echo "Installing: ${missing[*]}"
# Another apt run (an unattended upgrade) may hold the lock: wait for it rather than fail.
for _ in $(seq 1 60); do
    if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends "${missing[@]}"; then
        exit 0
    fi
    echo "apt is busy; trying again in 5 s" >&2
    sleep 5
done
echo "Could not install the packages (apt stayed locked or failed)." >&2
exit 1
