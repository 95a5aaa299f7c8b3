#!/usr/bin/env bash
# Benchmark: how long the Active sessions page takes to serve with 100 live sessions (the baseline) and with
# 100,000, in the same run on the same machine. Paging, sorting and counting run in the database, so the page
# should not grow with the table the way loading every row would.
#
#   bash bench/grid-paging.sh [requests per size, default 30]
#
# It builds the WAR, then for each size: starts Payara Micro on a fresh embedded Derby directory (creating
# the schema and the admin), stops it, inserts the rows with Derby's ij, starts it again, signs in as admin
# and times the page with curl. Prints median and 90th percentile in milliseconds. Uses only localhost.
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-30}
port=${BENCH_PORT:-8095}
base="http://localhost:$port"

mvn -B -q package -DskipTests
derby_cp=$(mvn -B -q dependency:build-classpath -Dmdep.includeGroupIds=org.apache.derby -Dmdep.outputFile=/dev/stdout)
work=$(mktemp -d /tmp/rollcall-bench.XXXXXX)
server_pid=
trap 'stop_server; rm -rf "$work"' EXIT

start_server() { # data dir, log
    ROLLCALL_DATA_DIR=$1 ROLLCALL_ADMIN_PASSWORD=bench java -Xmx1g \
        -Dderby.stream.error.file="$1/derby.log" -jar target/payara-micro.jar --deploy target/rollcall.war \
        --contextroot / --port "$port" --nohazelcast --disablephonehome \
        --prebootcommandfile server-config/pre-boot-commands.asadmin \
        --postbootcommandfile server-config/post-boot-commands.asadmin > "$2" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 180); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/login.xhtml")" = 200 ] && return 0
        sleep 1
    done
    echo "Payara did not start; see $2" >&2; exit 1
}

stop_server() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
        server_pid=
    fi
}

seed() { # data dir, rows
    cat > "$work/seed.sql" <<SQL
connect 'jdbc:derby:$1/rollcall';
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
  WHERE n < $2;
DROP TABLE bench_digit;
exit;
SQL
    java -cp "$derby_cp" -Dderby.stream.error.file="$1/derby-ij.log" org.apache.derby.tools.ij "$work/seed.sql" \
        > "$work/ij.log"
}

measure() { # rows -> prints "rows median p90"
    local dir="$work/data-$1"
    start_server "$dir" "$work/first-$1.log"; stop_server
    seed "$dir" "$1"
    start_server "$dir" "$work/server-$1.log"
    local jar="$work/cookies-$1"
    local page state nonce
    page=$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml")
    state=$(grep -oP 'name="jakarta.faces.ViewState"[^>]*value="\K[^"]+' <<< "$page")
    nonce=$(grep -oP '<script[^>]* nonce="\K[^"]+' <<< "$page" | head -1) # PrimeFaces' CSP mode
    curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "login=login" --data-urlencode "login:username=admin" \
        --data-urlencode "login:password=bench" --data-urlencode "login:submit=" \
        --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce" "$base/login.xhtml"
    for _ in 1 2 3 4 5; do curl -s -b "$jar" -o /dev/null "$base/app/site/sessions.xhtml"; done # warm-up
    for _ in $(seq 1 "$requests"); do
        curl -s -b "$jar" -o /dev/null -w '%{time_total}\n' "$base/app/site/sessions.xhtml"
    done | sort -n | awk -v rows="$1" '{ t[NR] = $1 * 1000 }
        END { printf "%9d  %9.1f  %9.1f\n", rows, t[int((NR + 1) / 2)], t[int(NR * 0.9 + 0.5)] }'
    curl -s -b "$jar" "$base/app/site/sessions.xhtml" | grep -oE '[0-9,]+ of [0-9,]+ sessions in use|[0-9,]+ sessions in use' \
        | head -1 | sed 's/^/           (page says: /; s/$/)/'
    stop_server
}

echo "Active sessions page, first page of 20 rows sorted by last activity, $requests requests after 5 warm-up"
printf "%9s  %9s  %9s\n" "rows" "median ms" "p90 ms"
measure 100
measure 100000
