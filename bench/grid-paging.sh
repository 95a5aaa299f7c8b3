#!/usr/bin/env bash
# Benchmark: how long the Active sessions page takes to serve with 100 live sessions (the baseline) and with
# 100,000, on the same machine at the same time. Paging, sorting and counting run in the database, so the page
# should not grow with the table the way loading every row would.
#
#   bash bench/grid-paging.sh [derby|postgresql, default derby] [requests per round, default 20] [rounds, default 5]
#
# It starts two Payara Micro servers side by side on two free ports, each on a database of its own: one with
# 100 seeded sessions, one with 100,000 (plus the admin's own). derby: embedded Derby in a fresh data directory
# per server: a first start makes the schema (the migrations) and the admin, the server stops, Derby's ij inserts
# the rows, and the server starts again. postgresql: a private PostgreSQL server per size
# (src/test/databases/database.sh, under /tmp/rcb.*), Rollcall pointed at it by ROLLCALL_DB_URL; once it answers
# (schema and admin made) psql inserts the rows and runs VACUUM ANALYZE (as autovacuum would); no restart.
# Then it signs in as admin on both, sends 5 warm-up requests to each, and times the page (the first page of
# 20 rows sorted by last activity: a query for the rows, one for the count, and the usage line's counts) with
# curl in interleaved rounds: round i sends N requests to one server, then N to the other, the first server
# alternating from round to round, so the noise of a shared machine falls on both sizes alike. Prints each
# round's median and 90th percentile, then per size the median of the round medians and the median of the round
# 90th percentiles, in milliseconds, and the ratio of the medians, 100,000 rows to 100. Uses only localhost.
#
# Environment:
#   BENCH_WAR=<war>             benchmark this WAR instead of building target/rollcall.war (mvn package)
#   BENCH_PAYARA_JAR=<jar>      Payara Micro (default target/payara-micro.jar)
#   BENCH_JAVA_OPTS=<options>   more JVM options for both servers, e.g. to see the SQL the page runs:
#                               -Declipselink.logging.level.sql=FINE -Declipselink.logging.parameters=true
#   BENCH_EXTRA_SQL=<sql>       run after seeding, on both databases (psql or ij, so in that database's dialect;
#                               before VACUUM ANALYZE on PostgreSQL), e.g. to try an index by hand.
#   BENCH_KEEP=1                keep the servers' logs (the work directory) instead of removing it
# The WAR and Payara Micro are copied first, so a build running meanwhile does not disturb the run.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-derby}
requests=${2:-20}
rounds=${3:-5}
case "$db" in derby | postgresql) ;; *) echo "usage: bash bench/grid-paging.sh [derby|postgresql] [requests] [rounds]" >&2; exit 64 ;; esac
[[ "$requests" =~ ^[1-9][0-9]*$ && "$rounds" =~ ^[1-9][0-9]*$ ]] \
    || { echo "requests and rounds must be positive numbers" >&2; exit 64; }
sizes=(100 100000)

if [ -z "${BENCH_WAR:-}" ]; then
    mvn -B -q package -DskipTests
fi
umask 077                           # cookies and logs are ours alone
work=$(mktemp -d /tmp/rcb.XXXXXX)   # short: PostgreSQL's unix socket lives under it
chmod 711 "$work"                   # as root, PostgreSQL runs as postgres, which must reach its directory
declare -A server_pid=() port=() pg_port=()
trap cleanup EXIT
trap 'exit 130' INT TERM

cleanup() {
    local size
    for size in "${!server_pid[@]}"; do stop_server "$size"; done
    if [ "$db" = postgresql ]; then
        for size in "${sizes[@]}"; do
            [ -d "$work/pg-$size" ] && src/test/databases/database.sh stop "$work/pg-$size" >/dev/null 2>&1 || true
        done
    fi
    if [ -n "${BENCH_KEEP:-}" ]; then echo "logs kept in $work" >&2; else rm -rf "$work"; fi
}

cp "${BENCH_WAR:-target/rollcall.war}" "$work/rollcall.war"
cp "${BENCH_PAYARA_JAR:-target/payara-micro.jar}" "$work/payara-micro.jar"
if [ "$db" = derby ]; then
    # Derby's jars from the local repository (ij is in derbytools). To a file: on stdout Maven adds colour codes.
    mvn -B -q -o dependency:build-classpath -DincludeGroupIds=org.apache.derby -Dmdep.outputFile="$work/derby.cp" \
        > "$work/mvn.log" 2>&1 || { cat "$work/mvn.log" >&2; exit 1; }
    derby_cp=$(cat "$work/derby.cp")
fi

# A port nobody listens on (and not handed out already in this run).
taken=" "
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

start_server() { # size, log: starts in the background; wait_server waits for it
    local size=$1 dir="$work/data-$1" env=()
    mkdir -p "$dir/tmp"
    env=(ROLLCALL_DATA_DIR="$dir" ROLLCALL_ADMIN_PASSWORD=bench)
    if [ "$db" = postgresql ]; then
        env+=(ROLLCALL_DB_URL="jdbc:postgresql://127.0.0.1:${pg_port[$size]}/rollcall" ROLLCALL_DB_USER=rollcall
            ROLLCALL_DB_PASSWORD=rollcall)
    fi
    # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
    env "${env[@]}" java -Xmx1g -Djava.io.tmpdir="$dir/tmp" -Dderby.stream.error.file="$dir/derby.log" \
        ${BENCH_JAVA_OPTS:-} -jar "$work/payara-micro.jar" --deploy "$work/rollcall.war" \
        --contextroot / --port "${port[$size]}" --nohazelcast --disablephonehome \
        --prebootcommandfile server-config/payara-micro/pre-boot-commands.asadmin \
        --postbootcommandfile server-config/payara-micro/post-boot-commands.asadmin > "$2" 2>&1 &
    server_pid[$size]=$!
}

wait_server() { # size, log
    local pid=${server_pid[$1]}
    for _ in $(seq 1 300); do
        kill -0 "$pid" 2>/dev/null || { echo "Payara ($1 rows) exited while starting; see $2" >&2; tail -n 20 "$2" >&2; exit 1; }
        [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:${port[$1]}/login.xhtml")" = 200 ] && return 0
        sleep 1
    done
    echo "Payara ($1 rows) did not start; see $2" >&2; exit 1
}

stop_server() { # size
    local pid=${server_pid[$1]:-}
    if [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        unset "server_pid[$1]"
    fi
}

start_both() { # log name
    local size
    for size in "${sizes[@]}"; do start_server "$size" "$work/$1-$size.log"; done
    for size in "${sizes[@]}"; do wait_server "$size" "$work/$1-$size.log"; done
}

seed_derby() { # size
    local dir="$work/data-$1"
    cat > "$work/seed-$1.sql" <<SQL
connect 'jdbc:derby:$dir/rollcall';
CREATE TABLE bench_digit (d INT);
INSERT INTO bench_digit VALUES 0, 1, 2, 3, 4, 5, 6, 7, 8, 9;
INSERT INTO user_session (id, account_id, login_at, last_activity, expires_at, ip_address, user_agent, node, version)
  SELECT 'bench-' || TRIM(CHAR(n)), (SELECT id FROM account WHERE username = 'admin'),
         {fn TIMESTAMPADD(SQL_TSI_SECOND, -n, CURRENT_TIMESTAMP)},
         {fn TIMESTAMPADD(SQL_TSI_SECOND, -n, CURRENT_TIMESTAMP)},
         {fn TIMESTAMPADD(SQL_TSI_DAY, 1, CURRENT_TIMESTAMP)},
         '10.' || TRIM(CHAR(MOD(n, 250))) || '.0.1',
         'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36',
         'bench-node', 1
  FROM (SELECT a.d * 10000 + b.d * 1000 + c.d * 100 + e.d * 10 + f.d AS n
        FROM bench_digit a, bench_digit b, bench_digit c, bench_digit e, bench_digit f) numbers
  WHERE n < $1;
DROP TABLE bench_digit;
${BENCH_EXTRA_SQL:-}
exit;
SQL
    java -cp "$derby_cp" -Dderby.stream.error.file="$dir/derby-ij.log" org.apache.derby.tools.ij "$work/seed-$1.sql" \
        > "$work/ij-$1.log" 2>&1
    if grep -q 'ERROR' "$work/ij-$1.log" || ! grep -q "^$1 rows inserted" "$work/ij-$1.log"; then
        echo "seeding Derby ($1 rows) failed:" >&2; cat "$work/ij-$1.log" >&2; exit 1
    fi
}

psql_on() { # size, psql args...
    local size=$1
    shift
    PGPASSWORD=rollcall psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "${pg_port[$size]}" -U rollcall rollcall "$@"
}

seed_postgresql() { # size
    for _ in $(seq 1 60); do # the admin is made as the application starts; be sure it is there
        [ "$(psql_on "$1" -A -t -c "SELECT count(*) FROM account WHERE username = 'admin'" 2>/dev/null)" = 1 ] && break
        sleep 1
    done
    psql_on "$1" > "$work/psql-$1.log" 2>&1 <<SQL || { echo "seeding PostgreSQL ($1 rows) failed:" >&2; cat "$work/psql-$1.log" >&2; exit 1; }
INSERT INTO user_session (id, account_id, login_at, last_activity, expires_at, ip_address, user_agent, node, version)
  SELECT 'bench-' || n, (SELECT id FROM account WHERE username = 'admin'),
         (now() AT TIME ZONE 'utc') - n * interval '1 second',
         (now() AT TIME ZONE 'utc') - n * interval '1 second',
         (now() AT TIME ZONE 'utc') + interval '1 day',
         '10.' || (n % 250) || '.0.1',
         'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36',
         'bench-node', 1
  FROM generate_series(0, $1 - 1) AS n;
${BENCH_EXTRA_SQL:-}
-- What autovacuum does soon after a bulk insert: statistics, and the visibility map index-only scans need.
VACUUM ANALYZE user_session;
SQL
}

sign_in() { # size
    local base="http://localhost:${port[$1]}" jar="$work/cookies-$1" page state nonce
    page=$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml")
    state=$(grep -oP 'name="jakarta.faces.ViewState"[^>]*value="\K[^"]+' <<< "$page")
    nonce=$(grep -oP '<script[^>]* nonce="\K[^"]+' <<< "$page" | head -1) # PrimeFaces' CSP mode
    curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "login=login" --data-urlencode "login:username=admin" \
        --data-urlencode "login:password=bench" --data-urlencode "login:submit=" \
        --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce" "$base/login.xhtml"
    page=$(curl -s -b "$jar" "$base/app/site/sessions.xhtml")
    [[ "$page" == *"sessions in use"* ]] || { echo "signing in as admin ($1 rows) failed" >&2; exit 1; }
    for _ in 1 2 3 4 5; do curl -s -b "$jar" -o /dev/null "$base/app/site/sessions.xhtml"; done # warm-up
}

time_round() { # size, round: appends "median p90" of this round's requests to $work/rounds-<size>
    local base="http://localhost:${port[$1]}" jar="$work/cookies-$1" out="$work/times-$1-$2"
    for _ in $(seq 1 "$requests"); do
        curl -s -b "$jar" -o /dev/null -w '%{http_code} %{time_total}\n' "$base/app/site/sessions.xhtml"
    done > "$out"
    if grep -qv '^200 ' "$out"; then echo "the page ($1 rows) answered other than 200:" >&2; sort "$out" | uniq -c >&2; exit 1; fi
    awk '{ print $2 * 1000 }' "$out" | sort -n | awk '{ t[NR] = $1 } END { printf "%.1f %.1f\n", t[int((NR + 1) / 2)], t[int(NR * 0.9 + 0.5)] }' \
        >> "$work/rounds-$1"
}

median() { # numbers on stdin
    sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

for size in "${sizes[@]}"; do port[$size]=$(free_port); done
if [ "$db" = postgresql ]; then
    for size in "${sizes[@]}"; do
        pg_port[$size]=$(free_port)
        src/test/databases/database.sh start postgresql "$work/pg-$size" "${pg_port[$size]}" > /dev/null
    done
    start_both server
    for size in "${sizes[@]}"; do seed_postgresql "$size"; done
else
    start_both first
    for size in "${sizes[@]}"; do stop_server "$size"; done
    for size in "${sizes[@]}"; do seed_derby "$size"; done
    start_both server
fi
for size in "${sizes[@]}"; do sign_in "$size"; done

echo "Active sessions page on $db, first page of 20 rows sorted by last activity: $rounds interleaved rounds of" \
    "$requests requests per size, after 5 warm-up"
for round in $(seq 1 "$rounds"); do
    if [ $((round % 2)) = 1 ]; then order=("${sizes[@]}"); else order=("${sizes[1]}" "${sizes[0]}"); fi
    for size in "${order[@]}"; do time_round "$size" "$round"; done
    printf "round %2d (%6s rows first):" "$round" "${order[0]}"
    for size in "${sizes[@]}"; do
        printf "  %6d rows %7s / %7s ms" "$size" $(tail -n 1 "$work/rounds-$size")
    done
    echo " (median / p90)"
done
echo
printf "%9s  %9s  %9s   (median of the rounds' medians; median of the rounds' p90s)\n" "rows" "median ms" "p90 ms"
for size in "${sizes[@]}"; do
    printf "%9d  %9s  %9s\n" "$size" "$(cut -d' ' -f1 "$work/rounds-$size" | median)" \
        "$(cut -d' ' -f2 "$work/rounds-$size" | median)"
    page=$(curl -s -b "$work/cookies-$size" "http://localhost:${port[$size]}/app/site/sessions.xhtml")
    grep -oE '[0-9,]+( of [0-9,]+)? sessions in use[^<]*' <<< "$page" | head -1 | sed 's/^/           (page says: /; s/$/)/'
done
small=$(cut -d' ' -f1 "$work/rounds-${sizes[0]}" | median)
big=$(cut -d' ' -f1 "$work/rounds-${sizes[1]}" | median)
awk -v s="$small" -v b="$big" -v sn="${sizes[0]}" -v bn="${sizes[1]}" \
    'BEGIN { printf "ratio of the medians, %d rows / %d rows: %.2f\n", bn, sn, b / s }'
