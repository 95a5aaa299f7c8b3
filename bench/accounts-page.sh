#!/usr/bin/env bash
# Benchmark: how long the Site → Accounts page takes to serve with 100 accounts (the baseline) and with 10,000,
# on the same machine at the same time. Paging, sorting and counting run in the database, and the live sessions
# are counted for the page's accounts only, so the page should not grow with the number of accounts.
#
#   bash bench/accounts-page.sh [derby|postgresql, default derby] [requests per round, default 20] [rounds, default 5]
#
# Built like bench/grid-paging.sh (see there for the servers, the databases and the rounds): two Payara Micro
# servers side by side, each on a database of its own, one with 100 seeded accounts, one with 10,000 (plus the
# admin). The seeded accounts are users named user00001 and so on, 1 in 50 a manager, 1 in 20 disabled, 1 in 10
# from the directory (no password), 1 in 25 with a one-time password; made over the past year, most signed in
# since; 1 in 10 of the enabled ones with 1 to 3 live sessions; each with its "created" change. They never sign
# in. Then it signs in as admin on both, sends 5 warm-up requests to each, and times the page (the first page of
# 20 accounts sorted by username: a query for the rows, one grouped query for their live sessions, one for the
# count; and the latest 20 changes) with curl in interleaved rounds. Prints each round's median and 90th
# percentile, then per size the median of the round medians and of the round 90th percentiles, in milliseconds,
# and the ratio of the medians, 10,000 accounts to 100. Uses only localhost. Other sorts are not timed: the grid
# sorts by Ajax posts, not by a URL.
#
# Environment: BENCH_WAR, BENCH_PAYARA_JAR, BENCH_JAVA_OPTS, BENCH_EXTRA_SQL, BENCH_KEEP, as for grid-paging.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-derby}
requests=${2:-20}
rounds=${3:-5}
case "$db" in derby | postgresql) ;; *) echo "usage: bash bench/accounts-page.sh [derby|postgresql] [requests] [rounds]" >&2; exit 64 ;; esac
[[ "$requests" =~ ^[1-9][0-9]*$ && "$rounds" =~ ^[1-9][0-9]*$ ]] \
    || { echo "requests and rounds must be positive numbers" >&2; exit 64; }
sizes=(100 10000)
page_path=/app/site/accounts.xhtml

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
        kill -0 "$pid" 2>/dev/null || { echo "Payara ($1 accounts) exited while starting; see $2" >&2; tail -n 20 "$2" >&2; exit 1; }
        [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:${port[$1]}/login.xhtml")" = 200 ] && return 0
        sleep 1
    done
    echo "Payara ($1 accounts) did not start; see $2" >&2; exit 1
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

# Display names: a first name by the last digit of the account's number, a last name by the one before.
names_sql="CREATE TABLE bench_name (i INT, first_name VARCHAR(16), last_name VARCHAR(16));
INSERT INTO bench_name VALUES (0, 'Ada', 'Lovelace'), (1, 'Alan', 'Turing'), (2, 'Grace', 'Hopper'),
  (3, 'Edsger', 'Dijkstra'), (4, 'Barbara', 'Liskov'), (5, 'Donald', 'Knuth'), (6, 'Frances', 'Allen'),
  (7, 'John', 'Backus'), (8, 'Margaret', 'Hamilton'), (9, 'Niklaus', 'Wirth');"
user_agent='Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36'

seed_derby() { # size
    local dir="$work/data-$1"
    cat > "$work/seed-$1.sql" <<SQL
connect 'jdbc:derby:$dir/rollcall';
CREATE TABLE bench_digit (d INT);
INSERT INTO bench_digit VALUES 0, 1, 2, 3, 4, 5, 6, 7, 8, 9;
$names_sql
INSERT INTO account (demo, display_name, enabled, password_hash, role, username, username_key, created_at,
                     last_sign_in_at, password_change_required, source)
  SELECT 0, f.first_name || ' ' || l.last_name, CASE WHEN MOD(n, 20) = 0 THEN 0 ELSE 1 END,
         CASE WHEN MOD(n, 10) = 3 THEN CAST(NULL AS VARCHAR(512)) ELSE 'x' END,
         CASE WHEN MOD(n, 50) = 0 THEN 'MANAGER' ELSE 'USER' END,
         'user' || SUBSTR(TRIM(CHAR(100000 + n)), 2), 'user' || SUBSTR(TRIM(CHAR(100000 + n)), 2),
         {fn TIMESTAMPADD(SQL_TSI_DAY, -age, CURRENT_TIMESTAMP)},
         CASE WHEN MOD(n, 8) = 0 THEN CAST(NULL AS TIMESTAMP)
              ELSE {fn TIMESTAMPADD(SQL_TSI_SECOND, -MOD(n * 7919, 86400 * age), CURRENT_TIMESTAMP)} END,
         CASE WHEN MOD(n, 25) = 0 THEN 1 ELSE 0 END, CASE WHEN MOD(n, 10) = 3 THEN 'DIRECTORY' ELSE 'LOCAL' END
  FROM (SELECT n, 1 + MOD(n * 37, 365) AS age
        FROM (SELECT a.d * 10000 + b.d * 1000 + c.d * 100 + e.d * 10 + f.d AS n
              FROM bench_digit a, bench_digit b, bench_digit c, bench_digit e, bench_digit f) digits
        WHERE n BETWEEN 1 AND $1) numbers, bench_name f, bench_name l
  WHERE f.i = MOD(n, 10) AND l.i = MOD(n / 10, 10);
INSERT INTO user_session (id, account_id, login_at, last_activity, expires_at, ip_address, user_agent, node, version)
  SELECT 'bench-' || TRIM(CHAR(a.id)) || '-' || TRIM(CHAR(k.d)), a.id,
         {fn TIMESTAMPADD(SQL_TSI_SECOND, -(k.d * 3600 + MOD(a.id, 600)), CURRENT_TIMESTAMP)},
         {fn TIMESTAMPADD(SQL_TSI_SECOND, -MOD(a.id, 600), CURRENT_TIMESTAMP)},
         {fn TIMESTAMPADD(SQL_TSI_DAY, 1, CURRENT_TIMESTAMP)},
         '10.' || TRIM(CHAR(MOD(a.id, 250))) || '.0.' || TRIM(CHAR(k.d + 1)), '$user_agent', 'bench-node', 1
  FROM account a, bench_digit k
  WHERE a.username <> 'admin' AND a.enabled = 1 AND MOD(a.id, 10) = 1 AND k.d <= MOD(a.id / 10, 3);
INSERT INTO account_change (id, changed_at, changed_by, username, action)
  SELECT 'bench-' || TRIM(CHAR(id)), created_at, 'admin', username,
         CASE WHEN source = 'DIRECTORY' THEN 'CREATED_FROM_DIRECTORY' ELSE 'CREATED' END
  FROM account WHERE username <> 'admin';
DROP TABLE bench_digit;
DROP TABLE bench_name;
${BENCH_EXTRA_SQL:-}
exit;
SQL
    java -cp "$derby_cp" -Dderby.stream.error.file="$dir/derby-ij.log" org.apache.derby.tools.ij "$work/seed-$1.sql" \
        > "$work/ij-$1.log" 2>&1
    if grep -q 'ERROR' "$work/ij-$1.log" || [ "$(grep -c "^$1 rows inserted" "$work/ij-$1.log")" != 2 ]; then
        echo "seeding Derby ($1 accounts) failed:" >&2; cat "$work/ij-$1.log" >&2; exit 1
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
    psql_on "$1" > "$work/psql-$1.log" 2>&1 <<SQL || { echo "seeding PostgreSQL ($1 accounts) failed:" >&2; cat "$work/psql-$1.log" >&2; exit 1; }
$names_sql
INSERT INTO account (demo, display_name, enabled, password_hash, role, username, username_key, created_at,
                     last_sign_in_at, password_change_required, source)
  SELECT false, f.first_name || ' ' || l.last_name, n % 20 <> 0, CASE WHEN n % 10 = 3 THEN NULL ELSE 'x' END,
         CASE WHEN n % 50 = 0 THEN 'MANAGER' ELSE 'USER' END, 'user' || lpad(n::text, 5, '0'),
         'user' || lpad(n::text, 5, '0'), (now() AT TIME ZONE 'utc') - age * interval '1 day',
         CASE WHEN n % 8 <> 0 THEN (now() AT TIME ZONE 'utc') - (n * 7919) % (86400 * age) * interval '1 second' END,
         n % 25 = 0, CASE WHEN n % 10 = 3 THEN 'DIRECTORY' ELSE 'LOCAL' END
  FROM (SELECT n, 1 + (n * 37) % 365 AS age FROM generate_series(1, $1) AS n) numbers, bench_name f, bench_name l
  WHERE f.i = n % 10 AND l.i = (n / 10) % 10;
INSERT INTO user_session (id, account_id, login_at, last_activity, expires_at, ip_address, user_agent, node, version)
  SELECT 'bench-' || a.id || '-' || k, a.id,
         (now() AT TIME ZONE 'utc') - (k * 3600 + a.id % 600) * interval '1 second',
         (now() AT TIME ZONE 'utc') - (a.id % 600) * interval '1 second',
         (now() AT TIME ZONE 'utc') + interval '1 day',
         '10.' || (a.id % 250) || '.0.' || (k + 1), '$user_agent', 'bench-node', 1
  FROM account a, generate_series(0, 2) AS k
  WHERE a.username <> 'admin' AND a.enabled AND a.id % 10 = 1 AND k <= (a.id / 10) % 3;
INSERT INTO account_change (id, changed_at, changed_by, username, action)
  SELECT 'bench-' || id, created_at, 'admin', username,
         CASE WHEN source = 'DIRECTORY' THEN 'CREATED_FROM_DIRECTORY' ELSE 'CREATED' END
  FROM account WHERE username <> 'admin';
DROP TABLE bench_name;
${BENCH_EXTRA_SQL:-}
-- What autovacuum does soon after a bulk insert: statistics, and the visibility map index-only scans need.
VACUUM ANALYZE account;
VACUUM ANALYZE user_session;
VACUUM ANALYZE account_change;
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
    page=$(curl -s -b "$jar" -w '\n%{http_code}' "$base$page_path")
    [[ "${page##*$'\n'}" = 200 && "$page" == *"Changes to accounts"* ]] \
        || { echo "signing in as admin and opening the Accounts page ($1 accounts) failed" >&2; exit 1; }
    for _ in 1 2 3 4 5; do curl -s -b "$jar" -o /dev/null "$base$page_path"; done # warm-up
}

time_round() { # size, round: appends "median p90" of this round's requests to $work/rounds-<size>
    local base="http://localhost:${port[$1]}" jar="$work/cookies-$1" out="$work/times-$1-$2"
    for _ in $(seq 1 "$requests"); do
        curl -s -b "$jar" -o /dev/null -w '%{http_code} %{time_total}\n' "$base$page_path"
    done > "$out"
    if grep -qv '^200 ' "$out"; then echo "the page ($1 accounts) answered other than 200:" >&2; sort "$out" | uniq -c >&2; exit 1; fi
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

echo "Accounts page on $db, first page of 20 accounts sorted by username and the latest 20 changes: $rounds" \
    "interleaved rounds of $requests requests per size, after 5 warm-up"
for round in $(seq 1 "$rounds"); do
    if [ $((round % 2)) = 1 ]; then order=("${sizes[@]}"); else order=("${sizes[1]}" "${sizes[0]}"); fi
    for size in "${order[@]}"; do time_round "$size" "$round"; done
    printf "round %2d (%5s accounts first):" "$round" "${order[0]}"
    for size in "${sizes[@]}"; do
        printf "  %5d accounts %7s / %7s ms" "$size" $(tail -n 1 "$work/rounds-$size")
    done
    echo " (median / p90)"
done
echo
printf "%9s  %9s  %9s   (median of the rounds' medians; median of the rounds' p90s)\n" "accounts" "median ms" "p90 ms"
for size in "${sizes[@]}"; do
    printf "%9d  %9s  %9s\n" "$size" "$(cut -d' ' -f1 "$work/rounds-$size" | median)" \
        "$(cut -d' ' -f2 "$work/rounds-$size" | median)"
    page=$(curl -s -b "$work/cookies-$size" "http://localhost:${port[$size]}$page_path")
    grep -oP 'ui-paginator-current[^>]*>\K[^<]+' <<< "$page" | head -1 | sed 's/^/           (page says: /; s/$/)/'
done
small=$(cut -d' ' -f1 "$work/rounds-${sizes[0]}" | median)
big=$(cut -d' ' -f1 "$work/rounds-${sizes[1]}" | median)
awk -v s="$small" -v b="$big" -v sn="${sizes[0]}" -v bn="${sizes[1]}" \
    'BEGIN { printf "ratio of the medians, %d accounts / %d accounts: %.2f\n", bn, sn, b / s }'
