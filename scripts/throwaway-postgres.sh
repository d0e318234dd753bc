#!/usr/bin/env bash
# Starts a throw-away PostgreSQL for trying or testing the team journal, and prints its
# connection string: scripts/throwaway-postgres.sh start DIR | stop DIR
# (halt DIR and resume DIR stop and start the same server, keeping its data: an outage for tests)
# The cluster lives in DIR (made by the user `postgres` when run as root), listens on a socket in
# DIR only (no TCP), and requires the password it prints (scram-sha-256).
set -euo pipefail
action=${1:?usage: throwaway-postgres.sh start|stop|halt|resume DIR}
dir=${2:?usage: throwaway-postgres.sh start|stop|halt|resume DIR}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed (Debian: apt-get install postgresql)" >&2; exit 1; }
as_owner() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi; }
case $action in
start)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    password=winnow-$RANDOM$RANDOM
    as_owner "echo '$password' > '$dir/pw' && '$bin/initdb' -D '$dir/data' -U winnow --pwfile='$dir/pw' -A scram-sha-256 >'$dir/initdb.log' 2>&1 \
        && '$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-k '$dir' -c listen_addresses=''\" start >/dev/null"
    echo "postgresql://winnow:$password@/postgres?host=$dir"
    ;;
stop)
    as_owner "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop >/dev/null" || true
    rm -rf "$dir"
    ;;
halt)
    as_owner "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop >/dev/null"
    ;;
resume)
    as_owner "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-k '$dir' -c listen_addresses=''\" start >/dev/null"
    ;;
esac
