#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A private PostgreSQL server on loopback for the tests (../shared/docs/TOOLCHAIN.md):
#   private-postgresql.sh start DIR   initialises DIR, starts a server on a free port and
#                                     prints the address the tests use (CLEANCLAIM_TEST_POSTGRESQL)
#   private-postgresql.sh stop DIR    stops the server of DIR (by its data directory) and removes DIR
# Runs as root (the server runs as the postgres user). Never touches another cluster.
set -euo pipefail
action=${1:-}
dir=${2:-}
if [ -z "$action" ] || [ -z "$dir" ]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$pgbin" ] || [ ! -x "$pgbin/pg_ctl" ]; then
    echo "PostgreSQL's server programs are not installed (package postgresql)." >&2
    exit 3
fi
cd /tmp # runuser needs a working directory the postgres user may read
case "$action" in
start)
    mkdir -p "$dir"
    chown postgres:postgres "$dir"
    runuser -u postgres -- "$pgbin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 \
        --no-sync >"$dir/initdb.log" 2>&1
    # One role must give its password, so that the tests can show what a wrong one does.
    { echo "host all cc_pw_test 127.0.0.1/32 scram-sha-256"; cat "$dir/data/pg_hba.conf"; } \
        >"$dir/hba" && mv "$dir/hba" "$dir/data/pg_hba.conf" && chown postgres:postgres "$dir/data/pg_hba.conf"
    for port in $(seq 55432 55499); do
        if (echo >/dev/tcp/127.0.0.1/"$port") 2>/dev/null; then
            continue # taken
        fi
        if runuser -u postgres -- "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" \
            -o "-k $dir -h 127.0.0.1 -p $port -c fsync=off" -w start >/dev/null 2>&1; then
            echo "postgresql://postgres@127.0.0.1:$port/postgres"
            exit 0
        fi
    done
    echo "No private PostgreSQL server could be started; see $dir/server.log." >&2
    exit 1
    ;;
stop)
    if [ -d "$dir/data" ]; then
        runuser -u postgres -- "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
