#!/usr/bin/env bash
# Benchmark: what sign-in throttling does to a password-guessing flood. 16 clients post wrong passwords for one
# account as fast as they can, each from its own address, while another user signs in once a second from another
# address. Without throttling every guess costs a full password hash (PBKDF2), so the guesses share the CPU with
# the real user; with it, guesses past the limit are refused with 429 before any hashing, and the real user
# should not notice the flood.
#
#   bash bench/signin-flood.sh [rounds, default 3] [seconds per flood, default 20]
#
# It builds the WAR (not when BENCH_SKIP_BUILD=1; BENCH_WAR and BENCH_MICRO_JAR name other files than
# target/rollcall.war and target/payara-micro.jar), then starts two Payara Micro servers at once, each on an
# in-memory Derby with the demo users: "baseline" with limits of a billion failures (throttling never bites) and
# "throttled" with the default limits. It floods them in turn, baseline then throttled, each round a different
# account (alice, carol, dave), with bench/SignInFlood.java, and prints per round and server: attempts,
# hashed (wrong password) and throttled answers per second, other answers, the other user's successful sign-ins
# and the median and 90th percentile of their POST in milliseconds, and whether the attacked account's right
# password signs in just after the flood (refused while it is locked). Then the medians over rounds. The
# addresses (203.0.113.x, 198.51.100.7) are only X-Forwarded-For values: all traffic goes to localhost (a
# trusted proxy for the servers, which therefore talk plain HTTP with cookies not forced Secure).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
seconds=${2:-20}
war=${BENCH_WAR:-target/rollcall.war}
micro_jar=${BENCH_MICRO_JAR:-target/payara-micro.jar}
baseline_port=${BENCH_BASELINE_PORT:-8096}
throttled_port=${BENCH_THROTTLED_PORT:-8097}

if [ "${BENCH_SKIP_BUILD:-}" != 1 ]; then
    mvn -B -q package -DskipTests
fi
work=$(mktemp -d /tmp/rollcall-signin-bench.XXXXXX)
pids=() # the servers and the client
stop_all() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    pids=()
}
trap 'stop_all; rm -rf "$work"' EXIT

status() { curl -s -o /dev/null -w '%{http_code}' "http://localhost:$1/login.xhtml" || true; }

start_server() { # name, port, throttle settings as NAME=value ...
    local name=$1 port=$2
    shift 2
    if [ "$(status "$port")" != 000 ]; then
        echo "Something already answers on port $port; set BENCH_BASELINE_PORT / BENCH_THROTTLED_PORT" >&2; exit 1
    fi
    env ROLLCALL_DATA_DIR=memory: ROLLCALL_DEMO=true ROLLCALL_ADMIN_PASSWORD=bench ROLLCALL_TRUSTED_PROXIES=127.0.0.1 \
        ROLLCALL_SECURE_COOKIE=false "$@" java -Xmx768m -Dderby.stream.error.file="$work/derby-$name.log" -jar "$micro_jar" --deploy "$war" \
        --contextroot / --port "$port" --nohazelcast --disablephonehome \
        --prebootcommandfile server-config/payara-micro/pre-boot-commands.asadmin \
        --postbootcommandfile server-config/payara-micro/post-boot-commands.asadmin > "$work/server-$name.log" 2>&1 &
    pids+=($!)
}

await_server() { # name, port; Payara answers 500 for a few seconds between "deployed" and "ready"
    for _ in $(seq 1 180); do
        [ "$(status "$2")" = 200 ] && return 0
        sleep 1
    done
    echo "Payara ($1) did not start; its log:" >&2; tail -n 40 "$work/server-$1.log" >&2; exit 1
}

start_server baseline "$baseline_port" ROLLCALL_SIGNIN_MAX_FAILURES=1000000000 ROLLCALL_SIGNIN_MAX_FAILURES_PER_IP=1000000000
start_server throttled "$throttled_port"
await_server baseline "$baseline_port"
await_server throttled "$throttled_port"

# In the background and waited for, so a signal stops the script (and by its trap everything) at once.
java bench/SignInFlood.java "$rounds" "$seconds" \
    baseline="http://localhost:$baseline_port" throttled="http://localhost:$throttled_port" &
pids+=($!)
wait $!
