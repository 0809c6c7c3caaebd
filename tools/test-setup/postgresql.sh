# Sourced by ./test.sh: starts a throwaway PostgreSQL server on loopback for the store tests and
# exports DOSSIER_TEST_POSTGRES (a postgresql:// URL). Installs Debian's postgresql package when
# it is missing. The server lives in a temporary folder and is stopped when test.sh exits.

# Set only here, so the PostgreSQL tests know they run under ./test.sh and must not be skipped.
export DOSSIER_TEST_SUITE=1

dossier_pg_bin() { find /usr/lib/postgresql -maxdepth 3 -path '*/bin/initdb' 2>/dev/null | sort -V | tail -n 1 | xargs -r dirname; }

if [ -z "$(dossier_pg_bin)" ]; then
    echo "test-setup: installing PostgreSQL (Debian package postgresql)" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
fi
dossier_pg="$(dossier_pg_bin)"
dossier_pg_dir="$(mktemp -d /tmp/dossier-pg.XXXXXX)"
dossier_pg_port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

# PostgreSQL refuses to run as root: run it as the package's postgres user then.
if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$dossier_pg_dir" postgres
    chown postgres "$dossier_pg_dir"
    dossier_pg_as() { runuser -u postgres -- "$@"; }
else
    dossier_pg_as() { "$@"; }
fi

dossier_pg_as "$dossier_pg/initdb" -D "$dossier_pg_dir/data" -U dossier --auth=trust -E UTF8 --locale=C.UTF-8 >"$dossier_pg_dir/initdb.log" 2>&1 \
    || { cat "$dossier_pg_dir/initdb.log" >&2; return 1; }
dossier_pg_as "$dossier_pg/pg_ctl" -D "$dossier_pg_dir/data" -l "$dossier_pg_dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $dossier_pg_port -k $dossier_pg_dir -c max_connections=200 -c fsync=off" start >&2 \
    || { cat "$dossier_pg_dir/server.log" >&2; return 1; }

dossier_pg_stop() {
    dossier_pg_as "$dossier_pg/pg_ctl" -D "$dossier_pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dossier_pg_dir"
}
trap dossier_pg_stop EXIT

export DOSSIER_TEST_POSTGRES="postgresql://dossier@127.0.0.1:$dossier_pg_port/postgres"
echo "test-setup: PostgreSQL $("$dossier_pg/postgres" --version | awk '{print $3}') on 127.0.0.1:$dossier_pg_port" >&2
