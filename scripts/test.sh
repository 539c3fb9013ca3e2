#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's second command: builds and runs the whole test suite (headless).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
# The layering rule of DESIGN.md §1: no SQL outside models/storage, no QtSql in widgets.
if grep -rEl '#include <QSql|QSqlQuery|QSqlDatabase' widgets app models --include='*.cpp' \
        --include='*.h' | grep -v '^models/storage/' ; then
    echo "error: the files above use Qt SQL outside models/storage/" >&2
    exit 1
fi
if grep -rEl '#include <QtWidgets|#include <QWidget|#include <QDialog' models; then
    echo "error: the files above include Qt Widgets in the core library" >&2
    exit 1
fi
export QT_QPA_PLATFORM=offscreen
# The tests that need a PostgreSQL server get a private one on loopback (as root, when the
# server programs are installed); without it they skip and say so.
if [ -z "${CLEANCLAIM_TEST_POSTGRESQL:-}" ] && [ "$(id -u)" -eq 0 ]; then
    pgdir=$(mktemp -d /tmp/cleanclaim-pg.XXXXXX)
    trap 'bash scripts/private-postgresql.sh stop "$pgdir"' EXIT
    if url=$(bash scripts/private-postgresql.sh start "$pgdir"); then
        export CLEANCLAIM_TEST_POSTGRESQL="$url"
        echo "Private PostgreSQL server for the tests: $url"
    else
        echo "warning: no private PostgreSQL server; the PostgreSQL tests will skip." >&2
    fi
fi
# Without a server, the second run of the suites on PostgreSQL (label "postgresql") is left
# out; tst_postgresql itself skips and says why.
serverless=()
if [ -z "${CLEANCLAIM_TEST_POSTGRESQL:-}" ]; then
    serverless=(--label-exclude postgresql)
    echo "warning: no PostgreSQL server: the suites run on SQLite only." >&2
fi
ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 600 "${serverless[@]}"
