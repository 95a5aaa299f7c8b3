#!/usr/bin/env bash
# Starts and stops a private, throw-away database server for the integration tests, from the machine's
# Debian packages (postgresql, mariadb-server). Nothing here touches the system's own database services.
#
#   database.sh start postgresql|mariadb <dir> <port>   create the instance in <dir> if needed, start it on
#                                                       127.0.0.1:<port>, ensure database/user rollcall/rollcall
#   database.sh reset postgresql|mariadb <dir> [name]   drop and recreate the (empty) database rollcall
#                                                       (PostgreSQL: or another one, for a suite of its own)
#   database.sh stop <dir>                              stop the server by the PID in <dir>/server.pid
#   database.sh kill <dir>                              SIGKILL it (simulates a crash)
#
# Files in <dir>: server.pid, server.port, server.log, the data directory data/, the unix socket.
# Exit status: 0 done, 1 failed (see <dir>/server.log), 2 the database server's package is not installed.
set -euo pipefail

readonly DB_NAME=rollcall DB_USER=rollcall DB_PASSWORD=rollcall
readonly START_TIMEOUT=60 STOP_TIMEOUT=30

die() { echo "database.sh: $*" >&2; exit 1; }

usage() {
    echo "usage: database.sh start postgresql|mariadb <dir> <port>" >&2
    echo "       database.sh reset postgresql|mariadb <dir> [name]" >&2
    echo "       database.sh stop|kill <dir>" >&2
    exit 64
}

missing_package() { # <what is missing> <Debian package>
    echo "database.sh: $1 not found; install the Debian package: apt-get install -y $2" >&2
    echo "database.sh: (.ci/run installs it on CI machines)" >&2
    exit 2
}

is_root() { [ "$(id -u)" -eq 0 ]; }

# Prints the last lines of a log file to stderr, to explain a failure.
show_log() {
    if [ -f "$1" ]; then
        echo "--- last lines of $1:" >&2
        tail -n 20 "$1" >&2 || true
        echo "---" >&2
    fi
}

# Is <pid> a live (not zombie) process whose command name is one of the others?
pid_alive() {
    local pid=$1 comm state
    shift
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    comm=$(cat "/proc/$pid/comm" 2>/dev/null) || return 1
    state=$(sed -e 's/^.*) //' -e 's/ .*//' "/proc/$pid/stat" 2>/dev/null) || return 1
    [ "$state" != Z ] || return 1
    [ $# -eq 0 ] && return 0
    local name
    for name in "$@"; do [ "$comm" = "$name" ] && return 0; done
    return 1
}

# Is <pid> the server of this <dir>: a live postgres/mariadbd working in <dir>/data (both servers change
# to their data directory)? A PID from a stale pid file may since have gone to some other process.
is_our_server() {
    pid_alive "$1" postgres mariadbd mysqld && [ "$(readlink "/proc/$1/cwd" 2>/dev/null)" = "$dir/data" ]
}

# Waits (up to <seconds>) until <pid> has left the process table. A killed server stays a zombie until its
# parent, usually PID 1, reaps it; PostgreSQL takes a zombie for a running postmaster (kill(pid, 0) works).
# Fails at once if the PID now belongs to a live process (reused).
wait_reaped() { # <pid> <seconds>
    local i state
    for ((i = 0; i < $2 * 10; i++)); do
        state=$(sed -e 's/^.*) //' -e 's/ .*//' "/proc/$1/stat" 2>/dev/null) || return 0
        [ "$state" = Z ] || return 1
        sleep 0.1
    done
    return 1
}

# Is any (non-zombie) PostgreSQL process still working in data directory <data>? Each of a postmaster's
# children has its own process group and is reparented when the postmaster dies, but all of them work in
# the data directory.
pg_processes_alive() {
    local data=$1 proc pid
    for proc in /proc/[0-9]*; do
        [ "$(readlink "$proc/cwd" 2>/dev/null)" = "$data" ] || continue
        pid=${proc#/proc/}
        pid_alive "$pid" postgres && return 0
    done
    return 1
}

# After the postmaster died (SIGKILL), its children exit on their own once they notice; a new postmaster
# refuses to start while they still hold the old shared memory, so wait (up to 10 s) for them.
pg_wait_orphans() {
    local i
    for ((i = 0; i < 100; i++)); do
        pg_processes_alive "$1" || return 0
        sleep 0.1
    done
}

read_pid_file() { [ -f "$1" ] && head -n 1 "$1" 2>/dev/null | tr -dc '0-9' || true; }

# A unix socket path must fit in sun_path (108 bytes with the terminating NUL).
check_socket_path() {
    [ "${#1}" -lt 108 ] || die "socket path too long for a unix socket (${#1} bytes, limit 107): $1; use a shorter <dir>"
}

check_port() {
    [[ "$1" =~ ^[0-9]+$ ]] && [ "$1" -ge 1 ] && [ "$1" -le 65535 ] || die "not a TCP port: $1"
}

# ---------------------------------------------------------------------------------------------- PostgreSQL

pg_bin=""
find_postgresql() {
    local d
    if [ -n "${PG_BIN:-}" ]; then
        pg_bin=$PG_BIN
    else
        # The highest installed major version (Debian installs them side by side).
        for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V); do
            [ -x "$d/initdb" ] && pg_bin=$d
        done
        if [ -z "$pg_bin" ] && command -v initdb >/dev/null 2>&1; then
            pg_bin=$(dirname "$(command -v initdb)")
        fi
    fi
    local tool
    for tool in initdb pg_ctl postgres psql pg_isready; do
        [ -n "$pg_bin" ] && [ -x "$pg_bin/$tool" ] || missing_package "PostgreSQL server ($tool)" postgresql
    done
}

# Runs a server-side PostgreSQL tool as the owner of the cluster: the postgres user when we are root
# (PostgreSQL refuses to run as root), ourselves otherwise. Run from <dir>, which that user can read.
pg_as_owner() {
    if is_root; then
        (cd "$dir" && runuser -u postgres -- "$@")
    else
        (cd "$dir" && "$@")
    fi
}

pg_psql() { # <database> [psql args]: as superuser postgres, over the unix socket in <dir>
    local database=$1 port
    shift
    port=$(cat "$dir/server.port")
    "$pg_bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d "$database" "$@"
}

pg_start() {
    local port=$1 data="$dir/data" pid
    find_postgresql
    check_socket_path "$dir/.s.PGSQL.$port"
    (umask 022 && mkdir -p "$dir")
    chmod 700 "$dir"   # the unix socket (superuser without password) is for us only
    if is_root; then
        getent passwd postgres >/dev/null || die "no postgres system user (comes with the postgresql package)"
        chown postgres: "$dir"
        runuser -u postgres -- test -w "$dir" -a -x "$dir" \
            || die "the postgres user cannot reach $dir: every parent directory must be traversable (o+x)"
    fi

    # Already running on this directory?
    pid=$(read_pid_file "$data/postmaster.pid")
    if is_our_server "$pid"; then
        local running_port
        running_port=$(sed -n 4p "$data/postmaster.pid")
        [ "$running_port" = "$port" ] || die "a server already runs on $dir, on port $running_port (not $port)"
        echo "$pid" >"$dir/server.pid"
        echo "$port" >"$dir/server.port"
        pg_ensure_database
        echo "postgresql ready on 127.0.0.1:$port (jdbc:postgresql://127.0.0.1:$port/$DB_NAME, user $DB_USER)"
        return
    fi
    rm -f "$dir/server.pid"
    if [ -n "$pid" ]; then
        # postmaster.pid left by a crash: pg_ctl and the postmaster handle it, once the old postmaster is out of
        # the process table and its children are gone. If its PID lingers (a zombie nobody reaps, or the PID
        # reused by another process), the postmaster would refuse to start, so remove the stale file.
        pg_wait_orphans "$data"
        if ! wait_reaped "$pid" 10; then
            echo "database.sh: removing stale $data/postmaster.pid (PID $pid is not this server)" >>"$dir/server.log" 2>/dev/null || true
            rm -f "$data/postmaster.pid"
        fi
    fi

    if [ ! -f "$data/PG_VERSION" ]; then
        rm -rf "$data"
        local locale=C.UTF-8
        locale -a 2>/dev/null | grep -qix 'c\.utf-\?8' || locale=C
        if ! pg_as_owner "$pg_bin/initdb" -D "$data" -U postgres -E UTF8 --locale="$locale" \
                --auth-local=trust --auth-host=scram-sha-256 --no-sync >"$dir/initdb.log" 2>&1; then
            show_log "$dir/initdb.log"
            die "initdb failed"
        fi
        local socket_dir=${dir//\'/\'\'}
        pg_as_owner tee -a "$data/postgresql.conf" >/dev/null <<EOF

# Throw-away test instance (database.sh): private and fast. A commit is written to the operating system before
# it returns (synchronous_commit stays on), so killing the server loses nothing committed, as tests of a crashed
# database expect; only an operating system crash could (fsync off).
listen_addresses = '127.0.0.1'
unix_socket_directories = '$socket_dir'
max_connections = 200
fsync = off
full_page_writes = off
EOF
    fi

    if ! pg_as_owner "$pg_bin/pg_ctl" -D "$data" -l "$dir/server.log" -o "-p $port" -w -t "$START_TIMEOUT" \
            start >"$dir/pg_ctl.log" 2>&1; then
        show_log "$dir/pg_ctl.log"
        show_log "$dir/server.log"
        die "PostgreSQL did not start on port $port"
    fi
    echo "$port" >"$dir/server.port"
    # pg_ctl -w has waited for "ready"; poll as well (over the socket: no failed logins in the log).
    local i
    for ((i = 0; i < START_TIMEOUT * 10; i++)); do
        "$pg_bin/pg_isready" -q -h "$dir" -p "$port" -U postgres -d postgres -t 1 && break
        sleep 0.1
    done
    "$pg_bin/pg_isready" -q -h "$dir" -p "$port" -U postgres -d postgres -t 1 \
        || { show_log "$dir/server.log"; die "PostgreSQL does not answer on port $port"; }
    pid=$(read_pid_file "$data/postmaster.pid")
    is_our_server "$pid" || { show_log "$dir/server.log"; die "PostgreSQL started but its postmaster.pid names no server"; }
    echo "$pid" >"$dir/server.pid"
    pg_ensure_database
    # What the tests do: sign in as rollcall over TCP.
    PGPASSWORD=$DB_PASSWORD PGCONNECT_TIMEOUT=5 "$pg_bin/psql" -X -q -A -t -h 127.0.0.1 -p "$port" -U "$DB_USER" \
        -d "$DB_NAME" -c 'SELECT 1' >/dev/null || { show_log "$dir/server.log"; die "cannot sign in as $DB_USER on 127.0.0.1:$port"; }
    echo "postgresql ready on 127.0.0.1:$port (jdbc:postgresql://127.0.0.1:$port/$DB_NAME, user $DB_USER)"
}

pg_ensure_database() {
    pg_psql postgres >/dev/null <<EOF
SELECT 'CREATE ROLE $DB_USER LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') \gexec
ALTER ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD';
SELECT 'CREATE DATABASE $DB_NAME OWNER $DB_USER' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DB_NAME') \gexec
EOF
}

pg_reset() {
    find_postgresql
    local pid
    pid=$(read_pid_file "$dir/server.pid")
    is_our_server "$pid" && [ "$(cat "/proc/$pid/comm")" = postgres ] || die "no PostgreSQL server runs on $dir"
    # FORCE ends the sessions still connected to it (a test's connection pool).
    local name=${db_name:-$DB_NAME}
    [[ $name =~ ^[a-z_][a-z0-9_]*$ ]] || die "not a database name: $name"
    pg_psql postgres >/dev/null <<EOF
DROP DATABASE IF EXISTS $name WITH (FORCE);
CREATE DATABASE $name OWNER $DB_USER;
EOF
    echo "postgresql database $name reset on $dir"
}

# ------------------------------------------------------------------------------------------------- MariaDB

mariadbd_bin="" mariadb_bin=""
find_mariadb() {
    mariadbd_bin=$(command -v mariadbd 2>/dev/null || true)
    if [ -z "$mariadbd_bin" ] && [ -x /usr/sbin/mariadbd ]; then mariadbd_bin=/usr/sbin/mariadbd; fi
    [ -n "$mariadbd_bin" ] || missing_package "MariaDB server (mariadbd)" mariadb-server
    command -v mariadb-install-db >/dev/null 2>&1 || missing_package "MariaDB server (mariadb-install-db)" mariadb-server
    mariadb_bin=$(command -v mariadb 2>/dev/null) || missing_package "MariaDB client (mariadb)" mariadb-server
}

maria_sql() { # [mariadb args]: as root over the unix socket in <dir>
    "$mariadb_bin" --no-defaults --protocol=socket --socket="$dir/mysqld.sock" -u root --batch --skip-column-names "$@"
}

maria_start() {
    local port=$1 data="$dir/data" pid user_opt=()
    find_mariadb
    check_socket_path "$dir/mysqld.sock"
    (umask 022 && mkdir -p "$dir")
    chmod 700 "$dir"   # the unix socket (root without password) is for us only
    # mariadbd refuses to run as root unless told to; the instance is private, so root it is.
    is_root && user_opt=(--user=root)

    pid=$(read_pid_file "$dir/server.pid")
    if is_our_server "$pid"; then
        local running_port
        running_port=$(cat "$dir/server.port" 2>/dev/null || true)
        [ "$running_port" = "$port" ] || die "a server already runs on $dir, on port $running_port (not $port)"
        maria_ensure_database
        echo "mariadb ready on 127.0.0.1:$port (jdbc:mariadb://127.0.0.1:$port/$DB_NAME, user $DB_USER)"
        return
    fi
    rm -f "$dir/server.pid" "$dir/mysqld.sock" "$dir/mysqld.sock.lock"

    if [ ! -d "$data/mysql" ]; then
        rm -rf "$data"
        if ! mariadb-install-db --no-defaults "${user_opt[@]}" --datadir="$data" --auth-root-authentication-method=normal \
                --skip-test-db --skip-name-resolve --innodb-flush-log-at-trx-commit=2 --innodb-doublewrite=0 \
                >"$dir/install-db.log" 2>&1; then
            show_log "$dir/install-db.log"
            die "mariadb-install-db failed"
        fi
    fi

    echo "$port" >"$dir/server.port"
    # Detached (own session, no terminal, output to the log) so the caller's pipes close when this script ends.
    setsid "$mariadbd_bin" --no-defaults "${user_opt[@]}" \
        --datadir="$data" --port="$port" --bind-address=127.0.0.1 --socket="$dir/mysqld.sock" \
        --pid-file="$dir/server.pid" --log-error="$dir/server.log" --skip-name-resolve \
        --max-connections=200 --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
        --innodb-flush-log-at-trx-commit=2 --innodb-doublewrite=0 --sync-binlog=0 --skip-log-bin \
        </dev/null >>"$dir/server.log" 2>&1 &
    pid=$!
    echo "$pid" >"$dir/server.pid"   # mariadbd rewrites it (same PID) once it has started

    local i
    for ((i = 0; i < START_TIMEOUT * 10; i++)); do
        pid_alive "$pid" || { show_log "$dir/server.log"; rm -f "$dir/server.pid"; die "MariaDB exited while starting"; }
        maria_sql -e 'SELECT 1' >/dev/null 2>&1 && break
        sleep 0.1
    done
    if ! maria_sql -e 'SELECT 1' >/dev/null 2>&1; then
        show_log "$dir/server.log"
        kill -KILL "$pid" 2>/dev/null || true   # the one we started, by its PID
        rm -f "$dir/server.pid"
        die "MariaDB does not answer after ${START_TIMEOUT}s"
    fi
    pid=$(read_pid_file "$dir/server.pid")
    is_our_server "$pid" || { show_log "$dir/server.log"; die "MariaDB started but $dir/server.pid names no server"; }
    maria_ensure_database
    "$mariadb_bin" --no-defaults --protocol=tcp -h 127.0.0.1 -P "$port" --connect-timeout=5 -u "$DB_USER" \
        -p"$DB_PASSWORD" "$DB_NAME" -e 'SELECT 1' >/dev/null || { show_log "$dir/server.log"; die "cannot sign in as $DB_USER on 127.0.0.1:$port"; }
    echo "mariadb ready on 127.0.0.1:$port (jdbc:mariadb://127.0.0.1:$port/$DB_NAME, user $DB_USER)"
}

maria_ensure_database() {
    # mariadb-install-db also lets root in without a password over TCP: keep root to the private socket.
    local account
    for account in $(maria_sql -e "SELECT CONCAT('root@', QUOTE(host)) FROM mysql.user WHERE user = 'root' AND host <> 'localhost'"); do
        maria_sql -e "DROP USER IF EXISTS $account"
    done
    maria_sql <<EOF
CREATE DATABASE IF NOT EXISTS $DB_NAME;
CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON $DB_NAME.* TO '$DB_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON $DB_NAME.* TO '$DB_USER'@'localhost';
EOF
}

maria_reset() {
    find_mariadb
    local pid
    pid=$(read_pid_file "$dir/server.pid")
    is_our_server "$pid" && [ "$(cat "/proc/$pid/comm")" != postgres ] || die "no MariaDB server runs on $dir"
    # End the sessions using it first (a test's connection pool): their locks would make DROP DATABASE wait.
    local id
    for id in $(maria_sql -e "SELECT id FROM information_schema.processlist WHERE (db = '$DB_NAME' OR user = '$DB_USER') AND id <> CONNECTION_ID()"); do
        maria_sql -e "KILL $id" 2>/dev/null || true
    done
    # The grants on rollcall.* are kept by name, so they apply to the new database.
    maria_sql -e "DROP DATABASE IF EXISTS $DB_NAME; CREATE DATABASE $DB_NAME"
    echo "mariadb database $DB_NAME reset on $dir"
}

# ------------------------------------------------------------------------------------------ stop and kill

# The server named by <dir>/server.pid, if it runs (a PostgreSQL postmaster or mariadbd); a PID that now
# belongs to some other process is not ours to signal.
server_pid() {
    local pid
    for pid in "$(read_pid_file "$dir/server.pid")" "$(read_pid_file "$dir/data/postmaster.pid")"; do
        if is_our_server "$pid"; then echo "$pid"; return; fi
    done
}

wait_gone() { # <pid> <seconds>
    local i
    for ((i = 0; i < $2 * 10; i++)); do
        pid_alive "$1" || return 0
        sleep 0.1
    done
    ! pid_alive "$1"
}

stop_server() {
    local pid comm
    pid=$(server_pid)
    if [ -z "$pid" ]; then
        rm -f "$dir/server.pid"
        echo "no server running on $dir"
        return
    fi
    comm=$(cat "/proc/$pid/comm" 2>/dev/null || true)
    # PostgreSQL: SIGINT is its "fast" shutdown (SIGTERM would wait for every client, e.g. a test's pool, to
    # disconnect). MariaDB: SIGTERM is its normal shutdown.
    if [ "$comm" = postgres ]; then kill -INT "$pid" 2>/dev/null || true; else kill -TERM "$pid" 2>/dev/null || true; fi
    if wait_gone "$pid" "$STOP_TIMEOUT"; then
        echo "stopped server $pid on $dir"
    else
        kill -KILL "$pid" 2>/dev/null || true
        wait_gone "$pid" 10 || die "server $pid did not die"
        echo "killed server $pid on $dir (it did not stop within ${STOP_TIMEOUT}s)"
    fi
    [ "$comm" != postgres ] || pg_wait_orphans "$dir/data"   # only after SIGKILL may children remain
    rm -f "$dir/server.pid"
}

kill_server() {
    local pid
    pid=$(server_pid)
    if [ -z "$pid" ]; then
        echo "no server running on $dir"
        return
    fi
    local comm
    comm=$(cat "/proc/$pid/comm" 2>/dev/null || true)
    kill -KILL "$pid" 2>/dev/null || true
    wait_gone "$pid" 10 || die "server $pid did not die"
    # Leave the pid files behind, as a crash does (start copes); wait for PostgreSQL's orphaned children to
    # notice and exit.
    [ "$comm" != postgres ] || pg_wait_orphans "$dir/data"
    echo "killed server $pid on $dir"
}

# -------------------------------------------------------------------------------------------------- main

[ $# -ge 2 ] || usage
command=$1
case "$command" in
    start)
        [ $# -eq 4 ] || usage
        kind=$2 dir=$3 port=$4
        check_port "$port"
        ;;
    reset)
        [ $# -eq 3 ] || [ $# -eq 4 ] || usage
        kind=$2 dir=$3 db_name=${4:-}
        [ -z "$db_name" ] || [ "$kind" = postgresql ] || die "MariaDB has the one database $DB_NAME"
        ;;
    stop | kill)
        [ $# -eq 2 ] || usage
        kind="" dir=$2
        ;;
    *) usage ;;
esac
[ -n "$dir" ] || usage
dir=$(realpath -m -- "$dir")   # absolute: used for the socket and by the servers, which change directory

case "$command/$kind" in
    start/postgresql) pg_start "$port" ;;
    start/mariadb) maria_start "$port" ;;
    reset/postgresql) pg_reset ;;
    reset/mariadb) maria_reset ;;
    stop/) stop_server ;;
    kill/) kill_server ;;
    *) echo "database.sh: unknown database '$kind' (postgresql or mariadb)" >&2; exit 64 ;;
esac
