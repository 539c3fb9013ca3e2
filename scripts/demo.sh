#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's first command: installs the packages, builds, and opens CleanClaim on a demo
# practice (made-up patients) kept in ~/CleanClaim/demo.sqlite.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bash "$here/scripts/install-deps.sh"
bash "$here/scripts/build.sh"
db="${CLEANCLAIM_DEMO_DB:-$HOME/CleanClaim/demo.sqlite}"
mkdir -p "$(dirname "$db")"
if [ ! -e "$db" ]; then
    "$here/build/app/cleanclaim" --db "$db" demo --encounters 1500
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo
    echo "No display found (DISPLAY is not set), so the window cannot open here."
    echo "On a machine without a screen, run it under a virtual display:"
    echo "  xvfb-run -a -s \"-screen 0 1440x900x24\" $here/build/app/cleanclaim --db $db"
    exit 0
fi
exec "$here/build/app/cleanclaim" --db "$db" "$@"
