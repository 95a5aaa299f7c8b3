#!/usr/bin/env bash
# Starts Rollcall on Payara Micro with embedded Derby (or the database ROLLCALL_DB_URL names) and the demo users:
# the README's run command calls it through `mvn -Prun package`. Arguments: the Payara Micro jar and the WAR.
set -euo pipefail
micro_jar=$1
war=$2
port=${ROLLCALL_PORT:-8080}
export ROLLCALL_DEMO=${ROLLCALL_DEMO:-true}
export ROLLCALL_DATA_DIR=${ROLLCALL_DATA_DIR:-$HOME/.rollcall/data}
export ROLLCALL_ADMIN_PASSWORD=${ROLLCALL_ADMIN_PASSWORD:-admin}
mkdir -p "$ROLLCALL_DATA_DIR"
if [ -n "${ROLLCALL_DB_URL:-}" ]; then
    data="${ROLLCALL_DB_URL} (ROLLCALL_DB_URL)"
elif [ -n "${ROLLCALL_DB_JNDI:-}" ]; then
    data="the server's datasource ${ROLLCALL_DB_JNDI} (ROLLCALL_DB_JNDI)"
else
    data="embedded Derby in ${ROLLCALL_DATA_DIR}"
fi

cat <<TXT

  Rollcall is starting on Payara Micro (about 15 seconds).
  Open        http://localhost:${port}/   once Payara prints "Payara Micro ... ready"
  Sign in as  admin / ${ROLLCALL_ADMIN_PASSWORD}   (site manager; set only on the first start of a data directory)
         or   alice, bob, carol or dave / demo   (demo users)
  Data        ${data}
  Stop with   Ctrl+C

TXT
exec java -Dderby.stream.error.file="$ROLLCALL_DATA_DIR/derby.log" -jar "$micro_jar" \
    --deploy "$war" --contextroot / --port "$port" \
    --nohazelcast --disablephonehome --prebootcommandfile "$(dirname "$0")/pre-boot-commands.asadmin" \
    --postbootcommandfile "$(dirname "$0")/post-boot-commands.asadmin"
