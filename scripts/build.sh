#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures and builds CleanClaim into ./build (RelWithDebInfo, warnings as errors in CI).
set -euo pipefail
cd "$(dirname "$0")/.."
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLEANCLAIM_WERROR=$werror >/dev/null
cmake --build build --parallel "$(nproc)"
