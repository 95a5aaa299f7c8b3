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

unit=accounts
# shellcheck source=bench/lib.sh
. bench/lib.sh
bench_setup

# Display names: a first name by the last digit of the account's number, a last name by the one before.
names_sql="CREATE TABLE bench_name (i INT, first_name VARCHAR(16), last_name VARCHAR(16));
INSERT INTO bench_name VALUES (0, 'Ada', 'Lovelace'), (1, 'Alan', 'Turing'), (2, 'Grace', 'Hopper'),
  (3, 'Edsger', 'Dijkstra'), (4, 'Barbara', 'Liskov'), (5, 'Donald', 'Knuth'), (6, 'Frances', 'Allen'),
  (7, 'John', 'Backus'), (8, 'Margaret', 'Hamilton'), (9, 'Niklaus', 'Wirth');"

seed_derby() { # size
    cat > "$work/seed-$1.sql" <<SQL
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
INSERT INTO user_session (id, account_id, username, login_at, last_activity, expires_at, ip_address, user_agent, node, version)
  SELECT 'bench-' || TRIM(CHAR(a.id)) || '-' || TRIM(CHAR(k.d)), a.id, a.username,
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
SQL
    ij_run "$1" "$work/seed-$1.sql" "$work/ij-$1.log"
    if grep -q 'ERROR' "$work/ij-$1.log" || [ "$(grep -c "^$1 rows inserted" "$work/ij-$1.log")" != 2 ]; then
        echo "seeding Derby ($1 accounts) failed:" >&2; cat "$work/ij-$1.log" >&2; exit 1
    fi
}

seed_postgresql() { # size
    await_admin_postgresql "$1"
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
INSERT INTO user_session (id, account_id, username, login_at, last_activity, expires_at, ip_address, user_agent, node, version)
  SELECT 'bench-' || a.id || '-' || k, a.id, a.username,
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

sign_in_page() { # size
    local page
    sign_in "$1"
    page=$(curl -s -b "$work/cookies-$1" -w '\n%{http_code}' "http://localhost:${port[$1]}$page_path")
    [[ "${page##*$'\n'}" = 200 && "$page" == *"Changes to accounts"* ]] \
        || { echo "signing in as admin and opening the Accounts page ($1 accounts) failed" >&2; exit 1; }
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

echo "Accounts page on $db, first page of 20 accounts sorted by username and the latest 20 changes: $rounds" \
    "interleaved rounds of $requests requests per size, after 5 warm-up"
for round in $(seq 1 "$rounds"); do
    if [ $((round % 2)) = 1 ]; then order=("${sizes[@]}"); else order=("${sizes[1]}" "${sizes[0]}"); fi
    for size in "${order[@]}"; do time_round "$size" "$page_path" "$requests"; done
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
