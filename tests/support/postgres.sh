#!/bin/sh
# A throw-away PostgreSQL server for the gateway tests (a CTest fixture, see tests/gateway).
#
#   postgres.sh start DIR   initdb into DIR, start on 127.0.0.1 on a free port (unix socket in
#                           DIR), create the database "holdfast", write its URL to DIR/url
#   postgres.sh stop DIR    stop the server and remove DIR
#
# PostgreSQL refuses to run as root: as root the server runs as the "postgres" user (runuser)
# and DIR is handed to it. Durability is traded for speed (fsync off): nothing here outlives
# the test run.
set -eu

action=${1:-}
dir=${2:-}
if [ -z "$action" ] || [ -z "$dir" ]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi

bin=""
for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && bin=$candidate
done
if [ -z "$bin" ]; then
    echo "postgres.sh: no PostgreSQL server found in /usr/lib/postgresql/*/bin (apt-get install postgresql)" >&2
    exit 1
fi

as_server() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_server "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case "$action" in
start)
    stop
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        if ! id postgres >/dev/null 2>&1; then
            echo "postgres.sh: running as root needs the 'postgres' user (Debian package postgresql)" >&2
            exit 1
        fi
        chown postgres "$dir"
        if ! runuser -u postgres -- test -w "$dir"; then
            echo "postgres.sh: the postgres user cannot reach $dir (check the parent folders' permissions)" >&2
            exit 1
        fi
    fi
    as_server "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --no-locale --no-sync \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }

    # A port that another test run takes between our pick and the server's bind makes pg_ctl
    # fail: try again with another one.
    started=""
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
        port=$(shuf -i 20000-60000 -n 1)
        if as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            start >/dev/null 2>&1; then
            started=$port
            break
        fi
        echo "postgres.sh: start on port $port failed (attempt $attempt), trying another" >&2
    done
    if [ -z "$started" ]; then
        cat "$dir/server.log" >&2 || true
        exit 1
    fi
    as_server "$bin/createdb" -h 127.0.0.1 -p "$started" -U postgres holdfast
    echo "postgresql://postgres@127.0.0.1:$started/holdfast" >"$dir/url"
    echo "postgres.sh: $(cat "$dir/url")"
    ;;
stop)
    stop
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
