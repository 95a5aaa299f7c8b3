#!/usr/bin/env bash
# Benchmark: how long the Active sessions page takes to serve with 100 live sessions (the baseline) and with
# 100,000, on the same machine at the same time. Paging, sorting and counting run in the database, so the page
# should not grow with the table the way loading every row would.
#
#   bash bench/grid-paging.sh [derby|postgresql, default derby] [requests per round, default 20] [rounds, default 5]
#
# It starts two Payara Micro servers side by side on two free ports, each on a database of its own: one with
# 100 seeded sessions, one with 100,000 (plus the admin's own), of size/5 bench users (bench/lib.sh's
# live_sessions_sql). derby: embedded Derby in a fresh data directory
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

unit=rows
# shellcheck source=bench/lib.sh
. bench/lib.sh
bench_setup

seed_derby() { # size
    { live_sessions_sql derby "$1"; echo "${BENCH_EXTRA_SQL:-}"; } > "$work/seed-$1.sql"
    ij_run "$1" "$work/seed-$1.sql" "$work/ij-$1.log"
    if grep -q 'ERROR' "$work/ij-$1.log" || ! grep -q "^$1 rows inserted" "$work/ij-$1.log"; then
        echo "seeding Derby ($1 rows) failed:" >&2; cat "$work/ij-$1.log" >&2; exit 1
    fi
}

seed_postgresql() { # size
    await_admin_postgresql "$1"
    # After the extra SQL, what autovacuum does soon after a bulk insert: statistics, and the visibility map
    # index-only scans need.
    { live_sessions_sql postgresql "$1"; echo "${BENCH_EXTRA_SQL:-}"; echo "VACUUM ANALYZE account; VACUUM ANALYZE user_session;"; } \
        | psql_on "$1" > "$work/psql-$1.log" 2>&1 \
        || { echo "seeding PostgreSQL ($1 rows) failed:" >&2; cat "$work/psql-$1.log" >&2; exit 1; }
}

page_path=/app/site/sessions.xhtml
sign_in_page() { # size
    sign_in "$1"
    page=$(curl -s -b "$work/cookies-$1" "http://localhost:${port[$1]}$page_path")
    [[ "$page" == *"sessions in use"* ]] || { echo "signing in as admin ($1 rows) failed" >&2; exit 1; }
    for _ in 1 2 3 4 5; do curl -s -b "$work/cookies-$1" -o /dev/null "http://localhost:${port[$1]}$page_path"; done # warm-up
}

bench_ports "${sizes[@]}"
if [ "$db" = postgresql ]; then
    for size in "${sizes[@]}"; do pg_start "$size"; done
    start_servers server "${sizes[@]}"
    for size in "${sizes[@]}"; do seed_postgresql "$size"; done
else
    start_servers first "${sizes[@]}"
    stop_servers "${sizes[@]}"
    for size in "${sizes[@]}"; do seed_derby "$size"; done
    start_servers server "${sizes[@]}"
fi
for size in "${sizes[@]}"; do sign_in_page "$size"; done

echo "Active sessions page on $db, first page of 20 rows sorted by last activity: $rounds interleaved rounds of" \
    "$requests requests per size, after 5 warm-up"
for round in $(seq 1 "$rounds"); do
    if [ $((round % 2)) = 1 ]; then order=("${sizes[@]}"); else order=("${sizes[1]}" "${sizes[0]}"); fi
    for size in "${order[@]}"; do time_round "$size" "$page_path" "$requests"; done
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
    page=$(curl -s -b "$work/cookies-$size" "http://localhost:${port[$size]}$page_path")
    grep -oE '[0-9,]+( of [0-9,]+)? sessions in use[^<]*' <<< "$page" | head -1 | sed 's/^/           (page says: /; s/$/)/'
done
small=$(cut -d' ' -f1 "$work/rounds-${sizes[0]}" | median)
big=$(cut -d' ' -f1 "$work/rounds-${sizes[1]}" | median)
awk -v s="$small" -v b="$big" -v sn="${sizes[0]}" -v bn="${sizes[1]}" \
    'BEGIN { printf "ratio of the medians, %d rows / %d rows: %.2f\n", bn, sn, b / s }'
