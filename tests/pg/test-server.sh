#!/usr/bin/env bash
# Starts or stops the throwaway PostgreSQL server the test run uses:
#   test-server.sh start DIR   initdb + pg_ctl in DIR on a free loopback port;
#                              writes DIR/admin-uri (superuser, password in DIR/pgpass)
#   test-server.sh stop DIR    stops it and removes DIR
#   test-server.sh restart DIR stops it (fast: connections are cut) and starts it again
# initdb refuses to run as root, so as root the server runs as the "postgres"
# system user that Debian's server package creates.
set -euo pipefail

action=${1:?start or stop}
dir=${2:?folder}

bindir=""
for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && bindir=$candidate
done

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_server() {
    if [ -n "$bindir" ] && [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

if [ "$action" = stop ]; then
    stop_server
    exit 0
fi

if [ "$action" = restart ]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -m fast -w -t 60 restart >/dev/null
    exit 0
fi

if [ -z "$bindir" ]; then
    echo "test-server: PostgreSQL server binaries are not installed (apt-get install postgresql-15)" >&2
    exit 1
fi

stop_server
mkdir -p "$dir"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
echo "$password" > "$dir/password"
if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$dir" "$dir/password"
fi
as_owner "$bindir/initdb" -D "$dir/data" -U sd_test_admin --pwfile="$dir/password" \
    --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1
cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 300
shared_buffers = 256MB
CONF
as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null
umask 077
echo "127.0.0.1:$port:*:sd_test_admin:$password" > "$dir/pgpass"
echo "postgresql://sd_test_admin@127.0.0.1:$port/postgres" > "$dir/admin-uri"
chmod 644 "$dir/admin-uri"
echo "test-server: PostgreSQL $(basename "$(dirname "$bindir")") on 127.0.0.1:$port ($dir)"
