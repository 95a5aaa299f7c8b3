# Shared machinery of the benchmark scripts (bench/grid-paging.sh, bench/accounts-page.sh, bench/run.sh); sourced,
# not run. It works in the repository's root (the scripts cd there) and keeps everything of one run in a fresh
# work directory, $work (/tmp/rcb.XXXXXX, short: PostgreSQL's unix socket lives under it), removed on exit unless
# BENCH_KEEP=1.
#
# Servers have names (a size such as 100000, or a word such as "guarded"); per name:
#   port[name]         the HTTP port of its Payara Micro (bench_ports gives free ones)
#   pg_port[name]      postgresql: the port of its private PostgreSQL server (pg_start starts it)
#   server_war[name]   the WAR it deploys, if not $work/rollcall.war
#   server_env[name]   more NAME=value settings for it, separated by spaces (no spaces inside a value)
#   server_pid[name]   the PID of its running Payara Micro (start_server sets it, stop_server clears it)
# Its data directory is $work/data-<name> (embedded Derby in $work/data-<name>/rollcall), its PostgreSQL
# directory $work/pg-<name>; the database is "rollcall", user and password "rollcall".
#
# The including script sets db (derby|postgresql) first, and may set unit (a word after the name in messages:
# "Payara (100000 rows) did not start").
#
# Environment read here:
#   BENCH_WAR=<war>             benchmark this WAR instead of building target/rollcall.war (mvn package)
#   BENCH_PAYARA_JAR=<jar>      Payara Micro (default target/payara-micro.jar)
#   BENCH_JAVA_OPTS=<options>   more JVM options for every server
#   BENCH_KEEP=1                keep the work directory (servers' logs, databases) instead of removing it

declare -A server_pid=() port=() pg_port=() server_war=() server_env=()
pg_dirs=()
client_pids=()
unit=${unit:-}
taken=" "

label() { # name: how messages call a server
    echo "$1${unit:+ $unit}"
}

# Builds the WAR unless BENCH_WAR names one; makes the work directory and the traps; copies the WAR and Payara
# Micro into it, so a build running meanwhile does not disturb the run; finds Derby's jars for ij.
bench_setup() {
    if [ -z "${BENCH_WAR:-}" ]; then
        mvn -B -q package -DskipTests
    fi
    umask 077                           # cookies and logs are ours alone
    work=$(mktemp -d /tmp/rcb.XXXXXX)   # short: PostgreSQL's unix socket lives under it
    chmod 711 "$work"                   # as root, PostgreSQL runs as postgres, which must reach its directory
    trap bench_cleanup EXIT
    trap 'exit 130' INT TERM
    cp "${BENCH_WAR:-target/rollcall.war}" "$work/rollcall.war"
    cp "${BENCH_PAYARA_JAR:-target/payara-micro.jar}" "$work/payara-micro.jar"
    if [ "$db" = derby ]; then
        # Derby's jars from the local repository (ij is in derbytools). To a file: on stdout Maven adds colour codes.
        mvn -B -q -o dependency:build-classpath -DincludeGroupIds=org.apache.derby -Dmdep.outputFile="$work/derby.cp" \
            > "$work/mvn.log" 2>&1 || { cat "$work/mvn.log" >&2; exit 1; }
        derby_cp=$(cat "$work/derby.cp")
    fi
}

bench_cleanup() {
    local name dir
    for name in "${client_pids[@]}"; do kill "$name" 2>/dev/null || true; done
    for name in "${!server_pid[@]}"; do stop_server "$name"; done
    for dir in "${pg_dirs[@]}"; do
        src/test/databases/database.sh stop "$dir" >/dev/null 2>&1 || true
    done
    if [ -n "${BENCH_KEEP:-}" ]; then echo "logs kept in $work" >&2; else rm -rf "$work"; fi
}

# A port nobody listens on (and not handed out already in this run).
free_port() {
    local p
    while :; do
        p=$((20000 + RANDOM % 30000))
        [[ "$taken" == *" $p "* ]] && continue
        (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && continue
        taken+="$p "
        echo "$p"
        return
    done
}

bench_ports() { # names...: a free HTTP port for each (and, on postgresql, one for its database server)
    local name
    for name in "$@"; do
        port[$name]=$(free_port)
        [ "$db" = postgresql ] && pg_port[$name]=$(free_port)
    done
    return 0
}

pg_start() { # name: starts its private PostgreSQL server (database, user and password rollcall)
    local dir="$work/pg-$1"
    pg_dirs+=("$dir")
    src/test/databases/database.sh start postgresql "$dir" "${pg_port[$1]}" > /dev/null \
        || { echo "starting PostgreSQL for $(label "$1") failed" >&2; exit 1; }
}

stop_databases() { # names...: on postgresql, stops their database servers (once their Payaras have stopped)
    local name
    [ "$db" = postgresql ] || return 0
    for name in "$@"; do
        src/test/databases/database.sh stop "$work/pg-$name" > /dev/null 2>&1 \
            || echo "stopping the PostgreSQL of $(label "$name") failed; see $work/pg-$name/server.log" >&2
    done
}

start_server() { # name, log: starts in the background; wait_server waits for it
    local name=$1 dir="$work/data-$1" env=()
    mkdir -p "$dir/tmp"
    env=(ROLLCALL_DATA_DIR="$dir" ROLLCALL_ADMIN_PASSWORD=bench)
    if [ "$db" = postgresql ]; then
        env+=(ROLLCALL_DB_URL="jdbc:postgresql://127.0.0.1:${pg_port[$name]}/rollcall" ROLLCALL_DB_USER=rollcall
            ROLLCALL_DB_PASSWORD=rollcall)
    fi
    # shellcheck disable=SC2206 # server_env is a list of NAME=value settings
    env+=(${server_env[$name]:-})
    # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
    env "${env[@]}" java -Xmx1g -Djava.io.tmpdir="$dir/tmp" -Dderby.stream.error.file="$dir/derby.log" \
        ${BENCH_JAVA_OPTS:-} -jar "$work/payara-micro.jar" --deploy "${server_war[$name]:-$work/rollcall.war}" \
        --contextroot / --port "${port[$name]}" --nohazelcast --disablephonehome \
        --prebootcommandfile server-config/payara-micro/pre-boot-commands.asadmin \
        --postbootcommandfile server-config/payara-micro/post-boot-commands.asadmin > "$2" 2>&1 &
    server_pid[$name]=$!
}

wait_server() { # name, log
    local pid=${server_pid[$1]}
    for _ in $(seq 1 300); do
        kill -0 "$pid" 2>/dev/null || { echo "Payara ($(label "$1")) exited while starting; see $2" >&2; tail -n 20 "$2" >&2; exit 1; }
        [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:${port[$1]}/login.xhtml")" = 200 ] && return 0
        sleep 1
    done
    echo "Payara ($(label "$1")) did not start; see $2" >&2; exit 1
}

stop_server() { # name
    local pid=${server_pid[$1]:-}
    if [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        unset "server_pid[$1]"
    fi
}

start_servers() { # log name, server names...: starts them all at once, then waits for each
    local log=$1 name
    shift
    for name in "$@"; do start_server "$name" "$work/$log-$name.log"; done
    for name in "$@"; do wait_server "$name" "$work/$log-$name.log"; done
}

stop_servers() { # server names...
    local name
    for name in "$@"; do stop_server "$name"; done
}

ij_run() { # name, SQL file, log: runs the file with Derby's ij on the server's database (the server stopped)
    local dir="$work/data-$1"
    { echo "connect 'jdbc:derby:$dir/rollcall';"; cat "$2"; echo "exit;"; } > "$2.ij"
    java -cp "$derby_cp" -Dderby.stream.error.file="$dir/derby-ij.log" org.apache.derby.tools.ij "$2.ij" > "$3" 2>&1
}

psql_on() { # name, psql args...
    local name=$1
    shift
    PGPASSWORD=rollcall psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "${pg_port[$name]}" -U rollcall rollcall "$@"
}

await_admin_postgresql() { # name: the admin is made as the application starts; be sure it is there
    for _ in $(seq 1 60); do
        [ "$(psql_on "$1" -A -t -c "SELECT count(*) FROM account WHERE username = 'admin'" 2>/dev/null)" = 1 ] && return 0
        sleep 1
    done
    echo "no admin account in the PostgreSQL database of $(label "$1")" >&2; exit 1
}

# Signs in with curl as a fresh browser whose cookies go to $work/cookies-<name>[-<jar>]: GET the form for its
# view state (and PrimeFaces' CSP nonce), POST it. Fails unless the answer is a redirect to the home page.
sign_in() { # name, [username, password, jar suffix]
    local base="http://localhost:${port[$1]}" user=${2:-admin} password=${3:-bench} jar="$work/cookies-$1${4:+-$4}"
    local page state nonce answer
    rm -f "$jar"
    page=$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml")
    state=$(grep -oP 'name="jakarta.faces.ViewState"[^>]*value="\K[^"]+' <<< "$page")
    nonce=$(grep -oP '<script[^>]* nonce="\K[^"]+' <<< "$page" | head -1 || true) # PrimeFaces' CSP mode
    answer=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' --data-urlencode "login=login" \
        --data-urlencode "login:username=$user" --data-urlencode "login:password=$password" \
        --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$state" \
        --data-urlencode "primefaces.nonce=$nonce" "$base/login.xhtml")
    [[ "$answer" =~ ^30[23]\ .*app/home\.xhtml ]] \
        || { echo "signing in as $user on $(label "$1") failed (answer: $answer)" >&2; exit 1; }
}

# Runs a client (e.g. java bench/X.java ...) in the background, its output to a file and shown as it comes;
# returns its exit status. In the background and waited for, so a signal stops the script (and by its trap
# the client) at once.
run_client() { # output file, command...
    local out=$1 pid tail_pid status=0
    shift
    "$@" > "$out" 2>&1 &
    pid=$!
    client_pids+=("$pid")
    tail -n +1 -f --pid="$pid" "$out" &
    tail_pid=$!
    wait "$pid" || status=$?
    wait "$tail_pid" 2>/dev/null || true
    return "$status"
}

median() { # numbers on stdin
    sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Times N GETs of one page with curl; appends "median p90" in milliseconds to $work/rounds-<name>[-<tag>].
time_round() { # name, path, requests, [tag]
    local base="http://localhost:${port[$1]}" jar="$work/cookies-$1" out="$work/times-$1" rounds="$work/rounds-$1${4:+-$4}"
    for _ in $(seq 1 "$3"); do
        curl -s -b "$jar" -o /dev/null -w '%{http_code} %{time_total}\n' "$base$2"
    done > "$out"
    if grep -qv '^200 ' "$out"; then echo "$2 on $(label "$1") answered other than 200:" >&2; sort "$out" | uniq -c >&2; exit 1; fi
    awk '{ print $2 * 1000 }' "$out" | sort -n | awk '{ t[NR] = $1 } END { printf "%.1f %.1f\n", t[int((NR + 1) / 2)], t[int(NR * 0.9 + 0.5)] }' \
        >> "$rounds"
}

# ---- seeding -----------------------------------------------------------------------------------------------------

user_agent='Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36'

digits_sql() { # k: a Derby query "numbers" of n from 0 to 10^k - 1 over a table bench_digit of 0-9
    local k=$1 i from="" sum=""
    for ((i = 1; i <= k; i++)); do
        from+="${from:+, }bench_digit d$i"
        sum+="${sum:+ + }d$i.d * $((10 ** (k - i)))"
    done
    echo "(SELECT $sum AS n FROM $from) numbers"
}

# SQL for ij or psql making <rows> live sessions of rows/5 bench users "user<k>" (5 sessions each, no password,
# so they can't sign in): session n belongs to user<n mod rows/5>, signed in and last active n seconds ago,
# expiring in a day, from 10.<n mod 250>.<n/250 mod 250>.1 on node bench-node-<n mod 3> (never a running node's,
# so no start ends them). On Derby the account is found by arithmetic on the ids one INSERT made (consecutive):
# Derby joins 1,000,000 generated numbers with the accounts by reading one for every pair.
live_sessions_sql() { # derby|postgresql, rows
    local users=$(($2 / 5))
    if [ "$1" = derby ]; then
        cat <<SQL
CREATE TABLE bench_digit (d INT);
INSERT INTO bench_digit VALUES 0, 1, 2, 3, 4, 5, 6, 7, 8, 9;
INSERT INTO account (username, username_key, display_name, password_hash, role, enabled, source)
  SELECT 'user' || TRIM(CHAR(n)), 'user' || TRIM(CHAR(n)), 'Bench user ' || TRIM(CHAR(n)), 'none', 'USER', 1, 'LOCAL'
  FROM $(digits_sql 5)
  WHERE n < $users;
INSERT INTO user_session (id, account_id, username, login_at, last_activity, expires_at, ip_address, user_agent, node, version)
  SELECT 'bench-' || TRIM(CHAR(n)), (SELECT id FROM account WHERE username_key = 'user0') + MOD(n, $users),
         'user' || TRIM(CHAR(MOD(n, $users))),
         {fn TIMESTAMPADD(SQL_TSI_SECOND, -n, CURRENT_TIMESTAMP)},
         {fn TIMESTAMPADD(SQL_TSI_SECOND, -n, CURRENT_TIMESTAMP)},
         {fn TIMESTAMPADD(SQL_TSI_DAY, 1, CURRENT_TIMESTAMP)},
         '10.' || TRIM(CHAR(MOD(n, 250))) || '.' || TRIM(CHAR(MOD(n / 250, 250))) || '.1', '$user_agent',
         'bench-node-' || TRIM(CHAR(MOD(n, 3))), 1
  FROM $(digits_sql 6)
  WHERE n < $2;
DROP TABLE bench_digit;
SQL
    else
        cat <<SQL
INSERT INTO account (username, username_key, display_name, password_hash, role, enabled, source)
  SELECT 'user' || n, 'user' || n, 'Bench user ' || n, 'none', 'USER', TRUE, 'LOCAL'
  FROM generate_series(0, $users - 1) AS n;
INSERT INTO user_session (id, account_id, username, login_at, last_activity, expires_at, ip_address, user_agent, node, version)
  SELECT 'bench-' || n, a.id, a.username,
         (now() AT TIME ZONE 'utc') - n * interval '1 second',
         (now() AT TIME ZONE 'utc') - n * interval '1 second',
         (now() AT TIME ZONE 'utc') + interval '1 day',
         '10.' || (n % 250) || '.' || (n / 250 % 250) || '.1', '$user_agent', 'bench-node-' || (n % 3), 1
  FROM generate_series(0, $2 - 1) AS n JOIN account a ON a.username_key = 'user' || (n % $users);
SQL
    fi
}
