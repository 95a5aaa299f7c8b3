#!/usr/bin/env bash
# Benchmark: the five figures of sessions bookkeeping, P1-P5, each a ratio of two variants measured in the same
# run, interleaved (round i measures variant A then B, the order alternating from round to round, so the noise of
# a shared machine falls on both alike), then one table: the baseline variant's figure, the measured one's, their
# ratio and the target.
#
#   bash bench/run.sh [derby|postgresql, default derby]
#
# Every server is a Payara Micro of its own on a free localhost port, on a database of its own: derby: embedded
# Derby in a fresh data directory; a first start of a "template" server makes the schema (the migrations), the
# admin (password "bench", a manager) and the demo users alice, bob, carol, dave (password "demo"); it stops and
# each server gets a copy of that directory, seeded with Derby's ij while no server runs. postgresql: a private
# PostgreSQL server per Rollcall (src/test/databases/database.sh, under /tmp/rcb.*), Rollcall pointed at it by
# ROLLCALL_DB_URL, seeded with psql once Rollcall has made the schema, then VACUUM ANALYZE (as autovacuum would).
# All servers run with the demo users, ROLLCALL_TRUSTED_PROXIES=127.0.0.1 and ROLLCALL_SECURE_COOKIE=false (plain
# HTTP on localhost) and sign-in throttling out of the way (a billion failures allowed), so wrong passwords are
# always hashed and answered. Seeded sessions belong to the admin, node "bench-node" (never a running node's, so
# no start ends them; P3 and P5's belong to bench users, see P3). Three pairs of servers, one pair at a time:
#
# P1  the guard's cost per signed-in page. Servers "guarded" (the WAR) and "unguarded": the same sources built by
#     this script in a copy of the tree under the work directory (never shipped, never committed) with the line
#     "checkIn = checkIns.checkIn(signedIn);" of sessions/boundary/SessionCheck.java replaced by a constant alive
#     check-in of the admin (a manager) that touches no database; the build fails loudly if the line is not there
#     exactly once. Both with ROLLCALL_ACTIVITY_SLOT=10s (for P2; the guarded server so touches its row every
#     10 s instead of every minute, which is in its times). Signed in as admin with curl, BENCH_P1_WARMUP (300)
#     warm-up requests each (with 10, pages still got faster round by round as the JIT compiled them: 21 -> 11 ms
#     over 9 rounds), then BENCH_ROUNDS rounds of BENCH_REQUESTS GETs of /app/home.xhtml (the landing page: the menu, the
#     caller's account, the count of live sessions) per server. P1 = median of the unguarded server's round
#     medians / the guarded one's; target >= 0.97 (the guard adds at most 3 % to a page).
# P2  writes per session per activity slot, on the guarded server after P1: bob signs in (a fresh row), then
#     requests /app/home.xhtml every 0.2 s for BENCH_P2_SECONDS (65) s; carol signs in and makes no request
#     after (a row written only by the sign-in: its version is what a row has before any touch). Versions are
#     read with psql, or with ij after both servers stopped (Derby is embedded; stopping Payara destroys the
#     HTTP sessions, which ends their rows: one write each, taken off, as is any end write). Writes = bob's
#     version - carol's; slots = seconds from bob's first request to his last / 10. P2 = writes / slots; the
#     budget is 1 write per slot.
# P3  the Active sessions grid at 100 and 100,000 live sessions: servers "100" and "100000" (live rows
#     expiring in a day), signed in as admin, 5 warm-up requests, then BENCH_ROUNDS rounds of BENCH_REQUESTS
#     GETs of the grid's first page (/app/site/sessions.xhtml: 20 rows sorted by last activity, their count,
#     the usage line), as bench/grid-paging.sh does. P3 = median of round medians at 100,000 / at 100; target
#     <= 1.5. BENCH_P3_REQUESTS (10) GETs per round: at 100,000 rows a page can take seconds. Then every sort and
#     filter as a manager's clicks post them (PrimeFaces Ajax requests, replayed with curl in a fresh view of the
#     page per round and server): each column ascending and descending, a user filter matching 11 accounts, none,
#     and 11,111 accounts, an IP prefix of 2 sessions and of 44 %, and dangling only (96 % of the rows idle past
#     the threshold); BENCH_P3_VARIANT_REQUESTS (3) posts per variant, round and server; each answer is checked
#     to be a page. The live sessions belong to size/5 bench users (user0, user1, ...; 5 each). A filter's count
#     is reused for 5 s (RecentCounts), so the first post of a filter in a round counts afresh and the others
#     don't: the p90 column (the slowest of 3) shows the counting one. P3b = the worst variant's ratio.
# P5  sign-in bookkeeping at 100 vs 100,000 live sessions (100 costs what 0 does), on the P3 servers after P3,
#     with a site limit (site_limits.sessions_limit, set by SQL) and the provider's cap (ROLLCALL_SESSIONS_LIMIT)
#     both 1,000,000, so every sign-in of a user takes the site lock and counts live sessions for both.
#     bench/SignInLoad.java latency: BENCH_ROUNDS rounds of BENCH_P5_PAIRS sequential pairs per server of a
#     demo user's sign-in with the right password and one with a wrong password (which hashes the same: PBKDF2,
#     210,000 rounds), the POST alone timed. P5 = median sign-in POST at 100,000 / at 100; target <= 1.2.
#     Beside it the bookkeeping estimate per size = median right - median wrong (a wrong password also writes
#     its failure counters, so this is what a successful sign-in costs more than a failed one, not all of it).
#     Then SignInLoad throughput: BENCH_P5_TPUT_ROUNDS rounds of 8 concurrent clients signing in for
#     BENCH_P5_SECONDS (10) s per server; sign-ins per second at 100,000 / at 100 (no target given). Every
#     sign-in leaves a live row, so the "100" server ends P5 with some hundreds (printed at the end).
# P4  sign-in latency while 1,000,000 expired rows are swept, against a server without them: servers "sweep"
#     (seeded with BENCH_P4_ROWS = 1,000,000 sessions expired 1 to 12 days ago) and "nosweep" (none), both with
#     ROLLCALL_SWEEP_INTERVAL=BENCH_P4_INTERVAL (60) s (batches of 500, the default), so the sweep's first run
#     comes that long after deployment, while the clients run. The PostgreSQL databases are seeded between a
#     first start and a second, as Derby's are, so no timer runs during seeding. bench/SignInLoad.java sweep:
#     BENCH_P4_CLIENTS (2) concurrent clients sign in and sign out (demo users; the sign-in POST alone timed) in
#     2 s slices alternating between the servers (A B B A A B ...), until A's log has "Removed ... expired session
#     row(s)" (at most BENCH_P4_MAX, 600 s). The timer is made as the singleton SweepSchedule starts: after the
#     log's "Portable JNDI names for EJB SweepSchedule", before its "rollcall was successfully deployed"; so the
#     sweep starts between those times + interval. Its window runs from the latest of them to the "Removed" line's
#     time; only sign-ins started in it count, on both servers. P4 = p99 sweep / p99 nosweep (nearest rank: with
#     fewer than 100 sign-ins it is the slowest; n is printed); target <= 2; also the p50 ratio, the rows removed
#     (from the log line), and how long the sweep took (between the two bounds). The sign-ins before the earliest
#     possible start are printed too, if any (both servers without a sweep: what "the same" is on this machine).
#     On PostgreSQL the sweep of 1,000,000 rows takes some 20 s, so the window holds few sign-ins; raise
#     BENCH_P4_CLIENTS for more (and more load).
# P6  Site -> Activity at 1,000 vs 1,000,000 events: servers "1000" and "1000000", seeded (ij / psql, before the
#     servers start) with that many activity_event rows, one every 6 s back from now (69 days at 1,000,000, inside
#     the 90-day retention): sign-ins and sign-outs of the admin and refusals under 1,000 typed names (typed0 ...).
#     Signed in as admin, 5 warm-up requests, then BENCH_ROUNDS rounds of BENCH_REQUESTS GETs of
#     /app/site/activity.xhtml (the newest 50). P6 = median at 1,000,000 / at 1,000; target <= 1.5 (as P3). Then
#     the page's filters as the Filter button posts them (a fresh view per round and server, BENCH_P3_VARIANT_REQUESTS
#     posts each): the admin (an account: its index), a typed name (333 refusals at 1,000,000), the kind "limits
#     changed" (none: the kind index answers at once) and "sign-in refused" (a third of the log); P6b = the worst.
# P7  sign-in with and without the activity log: servers "recorded" (the WAR) and "unrecorded" (the same sources
#     with ActivityLog.signedIn and .refused returning at once, built as P1's variant is), both without limits
#     (so a sign-in takes no site lock and counts nothing: what is left is the log's insert).
#     bench/SignInLoad.java latency as P5's: BENCH_ROUNDS rounds of BENCH_P5_PAIRS pairs (right, wrong password).
#     P7 = median right-password POST recorded / unrecorded. On PostgreSQL also the rows inserted per pair
#     (pg_stat_database.tup_inserted around the run, read 11 s after it, when every connection has reported):
#     recorded - unrecorded is what the log adds (target: one insert per sign-in, so 2 per pair).
#
# Environment (numbers):
#   BENCH_ROUNDS (5)            interleaved rounds for P1, P3 and P5's latencies
#   BENCH_REQUESTS (20)         GETs per server per round for P1
#   BENCH_P1_WARMUP (300)       GETs per server before P1's rounds
#   BENCH_P3_REQUESTS (10)      GETs per server per round for P3
#   BENCH_P3_VARIANT_REQUESTS (3)  posts per variant, server and round for P3's sorts and filters
#   BENCH_P2_SECONDS (65)       how long bob's browser keeps requesting pages
#   BENCH_P5_PAIRS (10)         sign-in pairs (right, wrong) per server per round
#   BENCH_P5_TPUT_ROUNDS (3), BENCH_P5_SECONDS (10)   the 8-client throughput rounds
#   BENCH_P4_ROWS (1000000), BENCH_P4_INTERVAL (60), BENCH_P4_CLIENTS (2), BENCH_P4_MAX (600)
#   BENCH_FIGURES (P1,P2,P3,P4,P5,P6,P7)  only these (P1 and P2 share servers, and P3 and P5)
# and as for bench/grid-paging.sh (bench/lib.sh): BENCH_WAR (the WAR; the unguarded variant is still built from
# this checkout's sources, so they should match), BENCH_PAYARA_JAR, BENCH_JAVA_OPTS, BENCH_KEEP=1.
# Takes about 30 minutes on Derby on a busy 2-core machine with the defaults (P4's sweep alone some 6), a quick run
# about 12:
#   BENCH_ROUNDS=3 BENCH_REQUESTS=10 BENCH_P3_REQUESTS=5 BENCH_P2_SECONDS=35 BENCH_P5_PAIRS=4 BENCH_P5_TPUT_ROUNDS=1 \
#     BENCH_P5_SECONDS=5 BENCH_P4_ROWS=100000 BENCH_P4_INTERVAL=45 bash bench/run.sh derby
# Uses only localhost. Exits non-zero when a server does not start, a sign-in fails, a page answers other than
# 200, or a sequential sign-in of P5 gives an unexpected answer.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-derby}
case "$db" in derby | postgresql) ;; *) echo "usage: bash bench/run.sh [derby|postgresql]" >&2; exit 64 ;; esac
number() { # name, default: the environment variable's value, a positive whole number
    local value=${!1:-$2}
    [[ "$value" =~ ^[1-9][0-9]*$ ]] || { echo "$1 must be a positive whole number, not \"$value\"" >&2; exit 64; }
    echo "$value"
}
rounds=$(number BENCH_ROUNDS 5)
requests=$(number BENCH_REQUESTS 20)
p1_warm_up=$(number BENCH_P1_WARMUP 300)
p3_requests=$(number BENCH_P3_REQUESTS 10)
p2_seconds=$(number BENCH_P2_SECONDS 65)
p3_variant_requests=$(number BENCH_P3_VARIANT_REQUESTS 3)
p5_pairs=$(number BENCH_P5_PAIRS 10)
p5_tput_rounds=$(number BENCH_P5_TPUT_ROUNDS 3)
p5_seconds=$(number BENCH_P5_SECONDS 10)
p4_rows=$(number BENCH_P4_ROWS 1000000)
p4_interval=$(number BENCH_P4_INTERVAL 60)
p4_clients=$(number BENCH_P4_CLIENTS 2)
p4_max=$(number BENCH_P4_MAX 600)
figures=${BENCH_FIGURES:-P1,P2,P3,P4,P5,P6,P7}
[ "$p4_rows" -le 1000000 ] || { echo "BENCH_P4_ROWS is at most 1000000" >&2; exit 64; }
wanted() { [[ ",$figures," == *",$1,"* ]]; }
slot_seconds=10
began=$(date +%s)

# shellcheck source=bench/lib.sh
. bench/lib.sh
bench_setup
settings="ROLLCALL_DEMO=true ROLLCALL_TRUSTED_PROXIES=127.0.0.1 ROLLCALL_SECURE_COOKIE=false
    ROLLCALL_SIGNIN_MAX_FAILURES=1000000000 ROLLCALL_SIGNIN_MAX_FAILURES_PER_IP=1000000000"
declare -A result=() # figure -> "baseline|measured|ratio|target" for the table
log() { printf '\n== %s (%s s in)\n' "$*" $(($(date +%s) - began)); }
ms_now() { date +%s%3N; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

# ---- servers and databases ---------------------------------------------------------------------------------------

# Derby: one first start makes a database with the schema, the admin and the demo users; every server gets a copy.
make_template() {
    [ -d "$work/data-template" ] && return 0
    log "making the template database (a first start)"
    bench_ports template
    server_env[template]=$settings
    start_servers first template
    stop_servers template
    rm -f "$work/data-template/derby.log"
}

# Starts the servers, which must have their ports and settings; on Derby from copies of the template (seeded by
# the caller's function, given, between copy and start); on PostgreSQL the caller seeds after this.
derby_prepare() { # seed function or "", names...
    local seed=$1 name
    shift
    make_template
    for name in "$@"; do
        rm -rf "$work/data-$name"
        cp -a "$work/data-template" "$work/data-$name"
        [ -n "$seed" ] && "$seed" "$name"
    done
    return 0
}

ij_check() { # name, SQL file, what, grep pattern the log must have
    ij_run "$1" "$2" "$2.log"
    if grep -q 'ERROR' "$2.log" || ! grep -qE "$4" "$2.log"; then
        echo "$3 failed:" >&2; cat "$2.log" >&2; exit 1
    fi
}

psql_check() { # name, what: SQL on stdin
    psql_on "$1" > "$work/psql-$1.log" 2>&1 || { echo "$2 failed:" >&2; cat "$work/psql-$1.log" >&2; exit 1; }
}

# Live sessions (P3, P5): bench/lib.sh's live_sessions_sql, and the site limit every sign-in then takes the lock for.
seed_live_derby() { # name (the number of rows)
    { live_sessions_sql derby "$1"; echo "UPDATE site_limits SET sessions_limit = 1000000 WHERE site = 'site';"; } \
        > "$work/seed-$1.sql"
    ij_check "$1" "$work/seed-$1.sql" "seeding Derby ($1 live sessions)" "^$1 rows inserted"
}

seed_live_postgresql() { # name (the number of rows)
    await_admin_postgresql "$1"
    { live_sessions_sql postgresql "$1"; echo "UPDATE site_limits SET sessions_limit = 1000000 WHERE site = 'site';"
      echo "VACUUM ANALYZE account; VACUUM ANALYZE user_session;"; } | psql_check "$1" "seeding PostgreSQL ($1 live sessions)"
}

# Expired sessions (P4): signed in 2 days and n seconds ago, expired 1 day and n seconds ago, never ended.
seed_expired_derby() { # name
    cat > "$work/seed-$1.sql" <<SQL
CREATE TABLE bench_digit (d INT);
INSERT INTO bench_digit VALUES 0, 1, 2, 3, 4, 5, 6, 7, 8, 9;
INSERT INTO user_session (id, account_id, username, login_at, last_activity, expires_at, ip_address, user_agent, node, version)
  SELECT 'bench-' || TRIM(CHAR(n)), (SELECT id FROM account WHERE username = 'admin'), 'admin',
         {fn TIMESTAMPADD(SQL_TSI_SECOND, -n, {fn TIMESTAMPADD(SQL_TSI_DAY, -2, CURRENT_TIMESTAMP)})},
         {fn TIMESTAMPADD(SQL_TSI_SECOND, -n, {fn TIMESTAMPADD(SQL_TSI_DAY, -2, CURRENT_TIMESTAMP)})},
         {fn TIMESTAMPADD(SQL_TSI_SECOND, -n, {fn TIMESTAMPADD(SQL_TSI_DAY, -1, CURRENT_TIMESTAMP)})},
         '10.' || TRIM(CHAR(MOD(n, 250))) || '.0.1', '$user_agent', 'bench-node', 1
  FROM $(digits_sql 6)
  WHERE n < $p4_rows;
DROP TABLE bench_digit;
SQL
    ij_check "$1" "$work/seed-$1.sql" "seeding Derby ($p4_rows expired sessions)" "^$p4_rows rows inserted"
}

seed_expired_postgresql() { # name
    psql_check "$1" "seeding PostgreSQL ($p4_rows expired sessions)" <<SQL
INSERT INTO user_session (id, account_id, username, login_at, last_activity, expires_at, ip_address, user_agent, node, version)
  SELECT 'bench-' || n, (SELECT id FROM account WHERE username = 'admin'), 'admin',
         (now() AT TIME ZONE 'utc') - interval '2 days' - n * interval '1 second',
         (now() AT TIME ZONE 'utc') - interval '2 days' - n * interval '1 second',
         (now() AT TIME ZONE 'utc') - interval '1 day' - n * interval '1 second',
         '10.' || (n % 250) || '.0.1', '$user_agent', 'bench-node', 1
  FROM generate_series(0, $p4_rows - 1) AS n;
VACUUM ANALYZE user_session;
SQL
}

# Interleaved rounds of time_round (bench/lib.sh) on two servers; prints each round.
interleave() { # path, tag, requests, name A, name B
    local path=$1 tag=$2 requests=$3 order round name
    shift 3
    for round in $(seq 1 "$rounds"); do
        if [ $((round % 2)) = 1 ]; then order=("$1" "$2"); else order=("$2" "$1"); fi
        for name in "${order[@]}"; do time_round "$name" "$path" "$requests" "$tag"; done
        printf "  round %2d (%s first):" "$round" "${order[0]}"
        for name in "$1" "$2"; do printf "  %s %7s / %7s ms" "$name" $(tail -n 1 "$work/rounds-$name-$tag"); done
        echo " (median / p90)"
    done
}
round_median() { cut -d' ' -f1 "$work/rounds-$1-$2" | median; } # name, tag

warm_up() { # name, path, count
    for _ in $(seq 1 "$3"); do curl -s -b "$work/cookies-$1" -o /dev/null "http://localhost:${port[$1]}$2"; done
}

ready_page() { # name, path, text the page must have, what that text is: signs in as admin, checks, warms up (5)
    sign_in "$1"
    [[ "$(curl -s -b "$work/cookies-$1" "http://localhost:${port[$1]}$2")" == *"$3"* ]] \
        || { echo "$2 on $(label "$1") does not show $4" >&2; exit 1; }
    warm_up "$1" "$2" 5
}

# ---- P1 and P2 ---------------------------------------------------------------------------------------------------

build_variant() { # name, file, then pairs of (fixed string that must be there exactly once, its replacement)
    local name=$1 file=$2 tree="$work/$1-tree"
    shift 2
    log "building the $name variant WAR"
    mkdir -p "$tree"
    cp -a pom.xml src "$tree/"
    [ -d .mvn ] && cp -a .mvn "$tree/"
    while [ $# -gt 0 ]; do
        if [ "$(grep -cF "$1" "$tree/$file")" != 1 ]; then
            echo "the $name variant: \"$1\" is not in $file exactly once; update bench/run.sh" >&2; exit 1
        fi
        FROM=$1 TO=$2 perl -0pi -e 's/\Q$ENV{FROM}\E/$ENV{TO}/' "$tree/$file"
        grep -qF "$2" "$tree/$file" || { echo "the $name variant: replacing \"$1\" in $file failed" >&2; exit 1; }
        shift 2
    done
    (cd "$tree" && mvn -B -q package -DskipTests) > "$work/$name-build.log" 2>&1 \
        || { echo "building the $name variant failed:" >&2; tail -n 40 "$work/$name-build.log" >&2; exit 1; }
    cp "$tree/target/rollcall.war" "$work/$name.war"
    rm -rf "$tree"
    server_war[$name]="$work/$name.war"
}

build_unguarded() { # P1's variant: the check-in a constant alive one of the admin that touches no database
    build_variant unguarded src/main/java/org/rollcall/sessions/boundary/SessionCheck.java \
        'checkIn = checkIns.checkIn(signedIn);' \
        'checkIn = new org.rollcall.sessions.control.CheckIn(java.util.Optional.empty(), "admin", org.rollcall.accounts.entity.Role.MANAGER.groups(), false); // bench/run.sh: the guard unmapped'
}

build_unrecorded() { # P7's variant: sign-ins and refusals recorded nowhere
    build_variant unrecorded src/main/java/org/rollcall/activity/control/ActivityLog.java \
        'public void signedIn(UserSession row) {' \
        'public void signedIn(UserSession row) { if (Boolean.TRUE) { return; } // bench/run.sh: not recorded' \
        'public void refused(String typedUsername, Refusal why, String ipAddress, String userAgent, String node) {' \
        'public void refused(String typedUsername, Refusal why, String ipAddress, String userAgent, String node) { if (Boolean.TRUE) { return; } // bench/run.sh: not recorded'
}

read_versions() { # name: prints "user version ended" for bob's and carol's rows
    local sql="SELECT a.username || ' ' || TRIM(CHAR(s.version)) || ' ' || CASE WHEN s.ended_at IS NULL THEN '0' ELSE '1' END
  FROM user_session s JOIN account a ON a.id = s.account_id WHERE a.username IN ('bob', 'carol');"
    if [ "$db" = postgresql ]; then
        psql_on "$1" -A -t -c "${sql//TRIM(CHAR(s.version))/CAST(s.version AS TEXT)}"
    else
        echo "$sql" > "$work/versions.sql"
        ij_check "$1" "$work/versions.sql" "reading the session rows" "rows? selected"
        grep -oE '^(bob|carol) [0-9]+ [01]' "$work/versions.sql.log"
    fi
}

p1_p2() {
    unit=""
    build_unguarded
    bench_ports guarded unguarded
    server_env[guarded]="$settings ROLLCALL_ACTIVITY_SLOT=${slot_seconds}s"
    server_env[unguarded]=${server_env[guarded]}
    if [ "$db" = derby ]; then
        derby_prepare "" guarded unguarded
        start_servers server guarded unguarded
    else
        pg_start guarded
        pg_start unguarded
        start_servers server guarded unguarded
    fi
    local name
    for name in guarded unguarded; do
        sign_in "$name"
        warm_up "$name" /app/home.xhtml "$p1_warm_up"
        [[ "$(curl -s -b "$work/cookies-$name" "http://localhost:${port[$name]}/app/home.xhtml")" == *'id="inUse"'* ]] \
            || { echo "the home page of $name does not show the site's sessions in use" >&2; exit 1; }
    done
    if wanted P1; then
        log "P1: /app/home.xhtml signed in as admin, guarded vs unguarded: $rounds rounds of $requests requests"
        interleave /app/home.xhtml p1 "$requests" guarded unguarded
        local guarded unguarded
        guarded=$(round_median guarded p1)
        unguarded=$(round_median unguarded p1)
        result[P1]="$unguarded ms unguarded|$guarded ms guarded|$(ratio "$unguarded" "$guarded")|≥ 0.97"
    fi
    if wanted P2; then
        log "P2: bob requests /app/home.xhtml every 0.2 s for $p2_seconds s (activity slot ${slot_seconds} s)"
        local base="http://localhost:${port[guarded]}" jar="$work/cookies-guarded-bob" count=0 first last code
        sign_in guarded bob demo bob
        first=$(ms_now)
        last=$first
        while [ $((last - first)) -lt $((p2_seconds * 1000)) ]; do
            code=$(curl -s -b "$jar" -o /dev/null -w '%{http_code}' "$base/app/home.xhtml")
            [ "$code" = 200 ] || { echo "P2: /app/home.xhtml answered $code to bob" >&2; exit 1; }
            count=$((count + 1))
            last=$(ms_now)
            sleep 0.2
        done
        sign_in guarded carol demo carol
        if [ "$db" = derby ]; then stop_servers guarded unguarded; fi
        local versions bob carol writes slots
        versions=$(read_versions guarded)
        echo "$versions" | sed 's/^/  row of /; s/ \([0-9]*\) \([01]\)$/: version \1, ended \2/'
        bob=$(awk '$1 == "bob" { print $2 - $3 }' <<< "$versions")
        carol=$(awk '$1 == "carol" { print $2 - $3 }' <<< "$versions")
        [[ "$bob" =~ ^[0-9]+$ && "$carol" =~ ^[0-9]+$ ]] \
            || { echo "P2: did not find exactly one row each of bob and carol: $versions" >&2; exit 1; }
        writes=$((bob - carol))
        slots=$(awk -v ms=$((last - first)) -v s=$slot_seconds 'BEGIN { printf "%.1f", ms / 1000 / s }')
        echo "  $count requests in $(awk -v ms=$((last - first)) 'BEGIN { printf "%.1f", ms / 1000 }') s =" \
            "$slots slots; $writes writes after the sign-in"
        result[P2]="budget 1 write/slot|$writes writes/$slots slots, $count req|$(ratio "$writes" "$slots")|≤ 1"
    fi
    stop_servers guarded unguarded
    stop_databases guarded unguarded
}

# ---- P3 and P5 ---------------------------------------------------------------------------------------------------

# P3's every sort and filter: what a manager's clicks post to the grid (PrimeFaces Ajax: a header's sort, the Filter
# button), each answered with the first page of 20 rows and the table's count. label|post words (grid_post).
grid_variants=(
    "sort user ascending|sort userColumn 1" "sort user descending|sort userColumn -1"
    "sort signed in ascending|sort loginAtColumn 1" "sort signed in descending|sort loginAtColumn -1"
    "sort last activity ascending|sort lastActivityColumn 1" "sort last activity descending|sort lastActivityColumn -1"
    "sort expiry ascending|sort expiresAtColumn 1" "sort expiry descending|sort expiresAtColumn -1"
    "sort IP ascending|sort ipColumn 1" "sort IP descending|sort ipColumn -1"
    "sort node ascending|sort nodeColumn 1" "sort node descending|sort nodeColumn -1"
    "filter user: 11 accounts|filter user1234 - 0" "filter user: none|filter nobody - 0"
    "filter user: 11,111 accounts|filter user1 - 0" "filter IP: 2 sessions|filter - 10.249.3. 0"
    "filter IP: 44 % of sessions|filter - 10.1 0" "filter dangling: 96 %|filter - - 1"
)

grid_open() { # name: a fresh view of the Active sessions page (unsorted by hand, unfiltered); its ViewState and
    local page  # PrimeFaces' CSP nonce, which the browser posts back
    page=$(curl -s -b "$work/cookies-$1" -c "$work/cookies-$1" "http://localhost:${port[$1]}/app/site/sessions.xhtml")
    view_state[$1]=$(grep -oP 'name="jakarta.faces.ViewState"[^>]*value="\K[^"]+' <<< "$page" | head -1)
    view_nonce[$1]=$(grep -oP '<script[^>]* nonce="\K[^"]+' <<< "$page" | head -1 || true)
    [ -n "${view_state[$1]}" ] || { echo "no ViewState on the Active sessions page of $(label "$1")" >&2; exit 1; }
}

# One Ajax post to the grid as the browser sends it; prints curl's "status seconds"; the answer in $work/grid-<name>.
grid_post() { # name, sort <column id> <1|-1> | filter <user|-> <ip|-> <dangling 0|1>
    local name=$1 kind=$2 form=(-d jakarta.faces.partial.ajax=true -d sessions=sessions
        --data-urlencode "jakarta.faces.ViewState=${view_state[$1]}" --data-urlencode "primefaces.nonce=${view_nonce[$1]}")
    if [ "$kind" = sort ]; then
        form+=(-d jakarta.faces.source=sessions:table -d jakarta.faces.partial.execute=sessions:table
            -d jakarta.faces.partial.render=sessions:table -d sessions:table=sessions:table
            -d sessions:table_sorting=true -d sessions:table_skipChildren=true -d sessions:table_encodeFeature=true
            -d "sessions:table_sortKey=sessions:table:$3" -d "sessions:table_sortDir=$4")
    else
        form+=(-d jakarta.faces.source=sessions:filter
            --data-urlencode "jakarta.faces.partial.execute=sessions:filter sessions:user sessions:ip sessions:danglingOnly"
            --data-urlencode "jakarta.faces.partial.render=sessions:table sessions:summary" -d sessions:filter=sessions:filter
            --data-urlencode "sessions:user=${3#-}" --data-urlencode "sessions:ip=${4#-}")
        [ "$5" = 1 ] && form+=(-d sessions:danglingOnly_input=on)
    fi
    curl -s -b "$work/cookies-$name" -H 'Faces-Request: partial/ajax' -o "$work/grid-$name" \
        -w '%{http_code} %{time_total}\n' "${form[@]}" "http://localhost:${port[$name]}/app/site/sessions.xhtml"
    if ! grep -q '<partial-response' "$work/grid-$name" || grep -q -e '<error-name>' -e '<redirect url=' "$work/grid-$name"; then
        echo "the grid of $(label "$name") did not answer \"${*:2}\" with a page:" >&2; tail -c 3000 "$work/grid-$name" >&2; exit 1
    fi
}

# Every variant on one server, in a fresh view: sorts first (unfiltered), then filters (sorted by last activity,
# newest first, the page's default). Appends each variant's "median p90" to $work/rounds-<name>-v<i>.
grid_round() { # name, requests
    local i words kind=sort
    grid_open "$1"
    for i in "${!grid_variants[@]}"; do
        words=${grid_variants[$i]#*|}
        if [ "$kind" = sort ] && [ "${words%% *}" = filter ]; then # back to the default sort for the filters
            grid_post "$1" sort lastActivityColumn -1 > /dev/null
            kind=filter
        fi
        # shellcheck disable=SC2086 # the words are the post's arguments
        for _ in $(seq 1 "$2"); do grid_post "$1" $words; done > "$work/times-$1"
        awk '{ print $2 * 1000 }' "$work/times-$1" | sort -n \
            | awk '{ t[NR] = $1 } END { printf "%.1f %.1f\n", t[int((NR + 1) / 2)], t[int(NR * 0.9 + 0.5)] }' \
            >> "$work/rounds-$1-v$i"
    done
}

p3_variants() { # small, big
    local round order name i label s b worst=0 worst_label=""
    declare -gA view_state=() view_nonce=()
    log "P3, every sort and filter: $rounds rounds of $p3_variant_requests Ajax posts per variant and server"
    for round in $(seq 1 "$rounds"); do
        if [ $((round % 2)) = 1 ]; then order=("$1" "$2"); else order=("$2" "$1"); fi
        for name in "${order[@]}"; do grid_round "$name" "$p3_variant_requests"; done
        echo "  round $round done (${order[0]} first)"
    done
    printf "  %-34s %12s %14s %6s %18s\n" "variant" "at 100" "at 100,000" "ratio" "p90 at 100/100,000"
    for i in "${!grid_variants[@]}"; do
        label=${grid_variants[$i]%%|*}
        s=$(round_median "$1" "v$i")
        b=$(round_median "$2" "v$i")
        printf "  %-34s %9s ms %11s ms %6s %8s/%s ms\n" "$label" "$s" "$b" "$(ratio "$b" "$s")" \
            "$(cut -d' ' -f2 "$work/rounds-$1-v$i" | median)" "$(cut -d' ' -f2 "$work/rounds-$2-v$i" | median)"
        if awk -v r="$(ratio "$b" "$s")" -v w="$worst" 'BEGIN { exit !(r > w) }'; then
            worst=$(ratio "$b" "$s"); worst_label="$label: $s vs $b ms"
        fi
    done
    result[P3b]="18 sorts and filters|worst: $worst_label|$worst|≤ 1.5"
}

p3_p5() {
    local small=100 big=100000 name
    unit="live sessions"
    bench_ports $small $big
    for name in $small $big; do server_env[$name]="$settings ROLLCALL_SESSIONS_LIMIT=1000000"; done
    if [ "$db" = derby ]; then
        log "seeding $small and $big live sessions"
        derby_prepare seed_live_derby $small $big
        start_servers server $small $big
    else
        pg_start $small
        pg_start $big
        start_servers server $small $big
        log "seeding $small and $big live sessions"
        for name in $small $big; do seed_live_postgresql $name; done
    fi
    if wanted P3; then
        for name in $small $big; do
            ready_page $name /app/site/sessions.xhtml "sessions in use" "its usage line"
        done
        log "P3: /app/site/sessions.xhtml at $small vs $big live sessions: $rounds rounds of $p3_requests requests"
        interleave /app/site/sessions.xhtml p3 "$p3_requests" $small $big
        local s b
        s=$(round_median $small p3)
        b=$(round_median $big p3)
        result[P3]="$s ms at 100|$b ms at 100,000|$(ratio "$b" "$s")|≤ 1.5"
        p3_variants $small $big
    fi
    if wanted P5; then
        local urls=("$small=http://localhost:${port[$small]}" "$big=http://localhost:${port[$big]}") out ok_s wrong_s ok_b wrong_b
        log "P5: sequential sign-ins, right and wrong password, at $small vs $big live sessions"
        run_client "$work/p5-latency.out" java bench/SignInLoad.java latency "$rounds" "$p5_pairs" "${urls[@]}" \
            || { echo "P5: the sign-in client failed (exit status $?)" >&2; exit 1; }
        read -r ok_s wrong_s < <(awk -v n=$small '$1 == "RESULT" && $3 == n { print $4, $5 }' "$work/p5-latency.out")
        read -r ok_b wrong_b < <(awk -v n=$big '$1 == "RESULT" && $3 == n { print $4, $5 }' "$work/p5-latency.out")
        result[P5]="$ok_s ms at 100|$ok_b ms at 100,000|$(ratio "$ok_b" "$ok_s")|≤ 1.2"
        result[P5b]="$(awk -v a="$ok_s" -v b="$wrong_s" 'BEGIN { printf "%.1f", a - b }') ms at 100|$(awk -v a="$ok_b" -v b="$wrong_b" 'BEGIN { printf "%.1f", a - b }') ms at 100,000|-|-"
        log "P5: 8 concurrent clients signing in, $p5_tput_rounds rounds of $p5_seconds s per server"
        run_client "$work/p5-throughput.out" java bench/SignInLoad.java throughput "$p5_tput_rounds" "$p5_seconds" 8 \
            "${urls[@]}" || { echo "P5: the sign-in client failed (exit status $?)" >&2; exit 1; }
        read -r ok_s other_s < <(awk -v n=$small '$1 == "RESULT" && $3 == n { print $4, $5 }' "$work/p5-throughput.out")
        read -r ok_b other_b < <(awk -v n=$big '$1 == "RESULT" && $3 == n { print $4, $5 }' "$work/p5-throughput.out")
        result[P5c]="$ok_s/s at 100|$ok_b/s at 100,000|$(ratio "$ok_b" "$ok_s")|-"
        [ "$other_s$other_b" = 00 ] || result[P5c]+=" ($other_s, $other_b other answers)"
    fi
    for name in $small $big; do # what the servers ended with
        sign_in $name
        grep -oE '[0-9,]+( of [0-9,]+)? sessions in use[^<]*' \
            <<< "$(curl -s -b "$work/cookies-$name" "http://localhost:${port[$name]}/app/site/sessions.xhtml")" \
            | head -1 | sed "s/^/  $name at the end: /"
    done
    stop_servers $small $big
    stop_databases $small $big
}

# ---- P4 ----------------------------------------------------------------------------------------------------------

log_time_millis() { # log, fixed string: the [timeMillis: ...] of the first line with it
    grep -F "$2" "$1" | head -1 | grep -oP '\[timeMillis: \K[0-9]+' || true
}

p4() {
    unit=""
    local name launch made deployed deploy_ms before during
    bench_ports sweep nosweep
    for name in sweep nosweep; do server_env[$name]="$settings ROLLCALL_SWEEP_INTERVAL=${p4_interval}s"; done
    if [ "$db" = derby ]; then
        log "P4: seeding $p4_rows expired sessions (Derby, ij)"
        derby_prepare "" nosweep
        derby_prepare seed_expired_derby sweep
    else
        pg_start sweep
        pg_start nosweep
        start_servers first sweep nosweep
        stop_servers sweep nosweep
        log "P4: seeding $p4_rows expired sessions (psql)"
        seed_expired_postgresql sweep
    fi
    launch=$(ms_now)
    start_servers server sweep nosweep
    # The timer is made as the singleton SweepSchedule starts: after its EJB container is made (the log's
    # "Portable JNDI names for EJB SweepSchedule"), before the application is deployed.
    deployed=$(log_time_millis "$work/server-sweep.log" "rollcall was successfully deployed")
    made=$(log_time_millis "$work/server-sweep.log" "Portable JNDI names for EJB SweepSchedule")
    [[ "$deployed" =~ ^[0-9]+$ ]] || { echo "  (no \"deployed\" line with its time in the log: the ready time instead)"; deployed=$(ms_now); }
    [[ "$made" =~ ^[0-9]+$ ]] || { echo "  (no \"Portable JNDI names\" line with its time in the log: the launch time instead)"; made=$launch; }
    deploy_ms=$((deployed - made))
    during=$((deployed + p4_interval * 1000))
    before=$((made + p4_interval * 1000))
    log "P4: sign-in and sign-out, $p4_clients clients, 2 s slices alternating, until the sweep of $p4_rows rows ends"
    run_client "$work/p4.out" java bench/SignInLoad.java sweep "$p4_clients" 2 "$p4_max" "$work/server-sweep.log" \
        "expired session row(s)" "$before" "$during" "sweep=http://localhost:${port[sweep]}" \
        "nosweep=http://localhost:${port[nosweep]}" || { echo "P4: the sign-in client failed (exit status $?)" >&2; exit 1; }
    local finished end removed lo hi n_a p50_a p99_a o_a n_b p50_b p99_b o_b
    read -r finished end < <(awk '$1 == "RESULT" && $2 == "sweep" { print $3, $4 }' "$work/p4.out")
    read -r n_a p50_a p99_a o_a < <(awk '$2 == "window" && $3 == "during" && $4 == "sweep" { print $5, $6, $7, $8 }' "$work/p4.out")
    read -r n_b p50_b p99_b o_b < <(awk '$2 == "window" && $3 == "during" && $4 == "nosweep" { print $5, $6, $7, $8 }' "$work/p4.out")
    removed=$(grep -oP 'Removed \K[0-9,]+(?= expired session row)' "$work/server-sweep.log" | head -1 || true)
    lo=$(awk -v e="$end" -v d="$during" 'BEGIN { printf "%.0f", (e - d) / 1000 }')
    hi=$(awk -v e="$end" -v d="$during" -v m="$deploy_ms" 'BEGIN { printf "%.0f", (e - d + m) / 1000 }')
    echo "  sweep: ${removed:-no} rows removed; took ${lo}-${hi} s; in its window $n_a sign-ins on sweep, $n_b on nosweep"
    if [ "$finished" != 1 ]; then
        echo "  the sweep did not finish within $p4_max s: its window was cut there" >&2
    fi
    if [ "$n_a" -lt 20 ] || [ "$n_b" -lt 20 ]; then
        echo "  warning: fewer than 20 sign-ins per server in the sweep's window; p99 is then the slowest one" >&2
    fi
    result[P4]="p99 $p99_b ms no sweep|p99 $p99_a ms in sweep|$(ratio "$p99_a" "$p99_b")|≤ 2"
    result[P4b]="p50 $p50_b ms no sweep|p50 $p50_a ms in sweep|$(ratio "$p50_a" "$p50_b")|-"
    result[P4c]="${removed:-0} rows removed|in ${lo}-${hi} s, n=$n_a/$n_b|-|-"
    [ "$finished" = 1 ] || result[P4c]="${removed:-0} rows removed|not finished in ${p4_max} s|-|-"
    [ "$o_a$o_b" = 00 ] || result[P4c]+=" ($o_a, $o_b other answers)"
    stop_servers sweep nosweep
    stop_databases sweep nosweep
}

# ---- P6 ----------------------------------------------------------------------------------------------------------

# Events (P6): one every 6 s back from now; sign-ins and sign-outs of the admin, refusals under 1,000 typed names.
seed_events_derby() { # name (the number of events)
    cat > "$work/seed-$1.sql" <<SQL
CREATE TABLE bench_digit (d INT);
INSERT INTO bench_digit VALUES 0, 1, 2, 3, 4, 5, 6, 7, 8, 9;
INSERT INTO activity_event (id, occurred_at, kind, reason, account_id, username, ip_address, user_agent, node)
  SELECT 'bench-' || TRIM(CHAR(n)), {fn TIMESTAMPADD(SQL_TSI_SECOND, -6 * n, CURRENT_TIMESTAMP)},
         CASE MOD(n, 3) WHEN 0 THEN 'SIGNED_IN' WHEN 1 THEN 'SESSION_ENDED' ELSE 'SIGN_IN_REFUSED' END,
         CASE MOD(n, 3) WHEN 0 THEN CAST(NULL AS VARCHAR(32)) WHEN 1 THEN 'SIGNED_OUT' ELSE 'WRONG_PASSWORD' END,
         CASE MOD(n, 3) WHEN 2 THEN CAST(NULL AS BIGINT) ELSE (SELECT id FROM account WHERE username_key = 'admin') END,
         CASE MOD(n, 3) WHEN 2 THEN 'typed' || TRIM(CHAR(MOD(n / 3, 1000))) ELSE 'admin' END,
         '10.0.' || TRIM(CHAR(MOD(n, 250))) || '.1', '$user_agent', 'bench-node'
  FROM $(digits_sql 6)
  WHERE n < $1;
DROP TABLE bench_digit;
SQL
    ij_check "$1" "$work/seed-$1.sql" "seeding Derby ($1 events)" "^$1 rows inserted"
}

seed_events_postgresql() { # name (the number of events)
    psql_check "$1" "seeding PostgreSQL ($1 events)" <<SQL
INSERT INTO activity_event (id, occurred_at, kind, reason, account_id, username, ip_address, user_agent, node)
  SELECT 'bench-' || n, (now() AT TIME ZONE 'utc') - n * interval '6 seconds',
         CASE n % 3 WHEN 0 THEN 'SIGNED_IN' WHEN 1 THEN 'SESSION_ENDED' ELSE 'SIGN_IN_REFUSED' END,
         CASE n % 3 WHEN 0 THEN NULL WHEN 1 THEN 'SIGNED_OUT' ELSE 'WRONG_PASSWORD' END,
         CASE n % 3 WHEN 2 THEN NULL ELSE (SELECT id FROM account WHERE username_key = 'admin') END,
         CASE n % 3 WHEN 2 THEN 'typed' || (n / 3 % 1000) ELSE 'admin' END,
         '10.0.' || (n % 250) || '.1', '$user_agent', 'bench-node'
  FROM generate_series(0, $1 - 1) AS n;
VACUUM ANALYZE activity_event;
SQL
}

# The Activity page's filters as its Filter button posts them. label|user (or -)|kind (or -)
activity_variants=(
    "user: the admin (an account)|admin|-" "user: a typed name|typed17|-"
    "kind: limits changed (none)|-|LIMITS_CHANGED" "kind: sign-in refused (a third)|-|SIGN_IN_REFUSED"
)

activity_open() { # name: a fresh view of Site -> Activity; its ViewState and CSP nonce
    local page
    page=$(curl -s -b "$work/cookies-$1" -c "$work/cookies-$1" "http://localhost:${port[$1]}/app/site/activity.xhtml")
    view_state[$1]=$(grep -oP 'name="jakarta.faces.ViewState"[^>]*value="\K[^"]+' <<< "$page" | head -1)
    view_nonce[$1]=$(grep -oP '<script[^>]* nonce="\K[^"]+' <<< "$page" | head -1 || true)
    [ -n "${view_state[$1]}" ] || { echo "no ViewState on the Activity page of $(label "$1")" >&2; exit 1; }
}

activity_post() { # name, user|-, kind|-: prints curl's "status seconds"; the answer in $work/activity-<name>
    curl -s -b "$work/cookies-$1" -H 'Faces-Request: partial/ajax' -o "$work/activity-$1" -w '%{http_code} %{time_total}\n' \
        -d jakarta.faces.partial.ajax=true -d activity=activity -d jakarta.faces.source=activity:filter \
        --data-urlencode "jakarta.faces.partial.execute=activity:filter activity:user activity:kind activity:from activity:to" \
        --data-urlencode "jakarta.faces.partial.render=activity:messages activity:events" -d activity:filter=activity:filter \
        --data-urlencode "activity:user=${2#-}" --data-urlencode "activity:kind_input=${3#-}" \
        -d activity:from_input= -d activity:to_input= \
        --data-urlencode "jakarta.faces.ViewState=${view_state[$1]}" --data-urlencode "primefaces.nonce=${view_nonce[$1]}" \
        "http://localhost:${port[$1]}/app/site/activity.xhtml"
    if ! grep -q '<partial-response' "$work/activity-$1" || grep -q -e '<error-name>' -e '<redirect url=' "$work/activity-$1"; then
        echo "the Activity page of $(label "$1") did not answer \"${*:2}\" with a page:" >&2; tail -c 3000 "$work/activity-$1" >&2; exit 1
    fi
}

p6() {
    local small=1000 big=1000000 name round order i label words s b worst=0 worst_label="" user kind
    unit="events"
    declare -gA view_state=() view_nonce=()
    bench_ports $small $big
    for name in $small $big; do server_env[$name]=$settings; done
    if [ "$db" = derby ]; then
        log "P6: seeding $small and $big events (Derby, ij)"
        derby_prepare seed_events_derby $small $big
    else
        pg_start $small
        pg_start $big
        start_servers first $small $big
        stop_servers $small $big
        log "P6: seeding $small and $big events (psql)"
        for name in $small $big; do seed_events_postgresql $name; done
    fi
    start_servers server $small $big
    for name in $small $big; do
        ready_page $name /app/site/activity.xhtml "typed" "the seeded events"
    done
    log "P6: /app/site/activity.xhtml at $small vs $big events: $rounds rounds of $requests requests"
    interleave /app/site/activity.xhtml p6 "$requests" $small $big
    s=$(round_median $small p6)
    b=$(round_median $big p6)
    result[P6]="$s ms at 1,000|$b ms at 1,000,000|$(ratio "$b" "$s")|≤ 1.5"
    log "P6, the filters: $rounds rounds of $p3_variant_requests Ajax posts per filter and server"
    for round in $(seq 1 "$rounds"); do
        if [ $((round % 2)) = 1 ]; then order=($small $big); else order=($big $small); fi
        for name in "${order[@]}"; do
            activity_open $name
            for i in "${!activity_variants[@]}"; do
                IFS='|' read -r label user kind <<< "${activity_variants[$i]}"
                for _ in $(seq 1 "$p3_variant_requests"); do activity_post $name "$user" "$kind"; done > "$work/times-$name"
                awk '{ print $2 * 1000 }' "$work/times-$name" | median >> "$work/rounds-$name-a$i"
                echo >> "$work/rounds-$name-a$i"
            done
        done
        echo "  round $round done (${order[0]} first)"
    done
    printf "  %-34s %12s %16s %6s\n" "filter" "at 1,000" "at 1,000,000" "ratio"
    for i in "${!activity_variants[@]}"; do
        label=${activity_variants[$i]%%|*}
        s=$(grep . "$work/rounds-$small-a$i" | median)
        b=$(grep . "$work/rounds-$big-a$i" | median)
        printf "  %-34s %9s ms %13s ms %6s\n" "$label" "$s" "$b" "$(ratio "$b" "$s")"
        if awk -v r="$(ratio "$b" "$s")" -v w="$worst" 'BEGIN { exit !(r > w) }'; then
            worst=$(ratio "$b" "$s"); worst_label="$label: $s vs $b ms"
        fi
    done
    result[P6b]="${#activity_variants[@]} filters|worst: $worst_label|$worst|≤ 1.5"
    stop_servers $small $big
    stop_databases $small $big
}

# ---- P7 ----------------------------------------------------------------------------------------------------------

rows_inserted() { # name: PostgreSQL's count of rows inserted into the database so far
    psql_on "$1" -A -t -c "SELECT tup_inserted FROM pg_stat_database WHERE datname = current_database()"
}

p7() {
    local name urls ok_r wrong_r ok_u wrong_u pairs=$((rounds * p5_pairs + 2))
    unit=""
    declare -A inserted_before=()
    build_unrecorded
    server_war[recorded]="$work/rollcall.war"
    bench_ports recorded unrecorded
    for name in recorded unrecorded; do server_env[$name]=$settings; done
    if [ "$db" = derby ]; then
        derby_prepare "" recorded unrecorded
    else
        pg_start recorded
        pg_start unrecorded
    fi
    start_servers server recorded unrecorded
    if [ "$db" = postgresql ]; then
        sleep 11
        for name in recorded unrecorded; do inserted_before[$name]=$(rows_inserted $name); done
    fi
    urls=("recorded=http://localhost:${port[recorded]}" "unrecorded=http://localhost:${port[unrecorded]}")
    log "P7: sequential sign-ins, right and wrong password, with and without the activity log"
    run_client "$work/p7-latency.out" java bench/SignInLoad.java latency "$rounds" "$p5_pairs" "${urls[@]}" \
        || { echo "P7: the sign-in client failed (exit status $?)" >&2; exit 1; }
    read -r ok_r wrong_r < <(awk '$1 == "RESULT" && $3 == "recorded" { print $4, $5 }' "$work/p7-latency.out")
    read -r ok_u wrong_u < <(awk '$1 == "RESULT" && $3 == "unrecorded" { print $4, $5 }' "$work/p7-latency.out")
    result[P7]="$ok_u ms not recorded|$ok_r ms recorded|$(ratio "$ok_r" "$ok_u")|-"
    result[P7b]="$wrong_u ms not recorded|$wrong_r ms recorded|$(ratio "$wrong_r" "$wrong_u")|-"
    if [ "$db" = postgresql ]; then
        sleep 11 # idle connections report their counts within 10 s
        local r u
        r=$(awk -v a="$(rows_inserted recorded)" -v b="${inserted_before[recorded]}" -v n=$pairs 'BEGIN { printf "%.2f", (a - b) / n }')
        u=$(awk -v a="$(rows_inserted unrecorded)" -v b="${inserted_before[unrecorded]}" -v n=$pairs 'BEGIN { printf "%.2f", (a - b) / n }')
        echo "  rows inserted per pair ($pairs pairs per server): recorded $r, not recorded $u"
        result[P7c]="$u rows/pair not recorded|$r rows/pair recorded|+$(awk -v a="$r" -v b="$u" 'BEGIN { printf "%.2f", a - b }')|+2 (1 per sign-in)"
    fi
    stop_servers recorded unrecorded
    stop_databases recorded unrecorded
}

if wanted P1 || wanted P2; then p1_p2; fi
if wanted P3 || wanted P5; then p3_p5; fi
if wanted P4; then p4; fi
if wanted P6; then p6; fi
if wanted P7; then p7; fi

# ---- the table ---------------------------------------------------------------------------------------------------
echo
echo "Rollcall sessions benchmark on $db, $(date -u +%Y-%m-%dT%H:%MZ), $(($(date +%s) - began)) s;" \
    "rounds $rounds, requests $requests (P3: $p3_requests); medians of round medians unless said"
row() { # label, key
    local baseline measured ratio target
    [ -n "${result[$2]:-}" ] || return 0
    IFS='|' read -r baseline measured ratio target <<< "${result[$2]}"
    printf "%-36s %-26s %-34s %-6s %s\n" "$1" "$baseline" "$measured" "$ratio" "$target"
}
printf "%-36s %-26s %-34s %-6s %s\n" figure baseline measured ratio target
row "P1 guard per signed-in page" P1
row "P2 writes per session per slot" P2
row "P3 grid at 100,000 vs 100 live" P3
row "   every sort and filter (worst)" P3b
row "P4 sign-in p99 during the sweep" P4
row "   sign-in p50 during the sweep" P4b
row "   the sweep" P4c
row "P5 sign-in POST at 100,000 vs 100" P5
row "   bookkeeping (right - wrong pw)" P5b
row "   8 clients sign-ins/s" P5c
row "P6 Activity at 1,000,000 vs 1,000" P6
row "   its filters (worst)" P6b
row "P7 sign-in POST, log vs no log" P7
row "   wrong password, log vs no log" P7b
row "   rows inserted per pair" P7c
