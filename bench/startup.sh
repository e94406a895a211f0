#!/usr/bin/env bash
# Botstore's start-up time and memory (issue 14, docs/benchmarks.md "Start-up time and memory"):
# the packaged server, copied to a fresh directory, started on a PostgreSQL database never used
# before; the wall time and the JVM's CPU time until /health/ready first answers 200; then a short
# load (KV reads and upserts at 16 connections, 1,000-message batches at 4) with its rates and CPU
# per request, the RSS after it, and a restart on the kept workarea (a warm start).
#
#   bench/startup.sh        after `mvn -B -DskipTests install`; about 2 minutes
#
# Settings (environment): STARTUP_HTTP_PORT (a free one if unset), STARTUP_DURATION (seconds per load
# run, 20), STARTUP_JVM_OPTIONS and STARTUP_SERVER_ENV (lines appended to the copy's jvm.options and
# server.env, to try a setting), STARTUP_LOGS (a directory to keep the server's logs in),
# STARTUP_SOURCE_SERVER (the server under wlp/usr/servers to copy, botstore unless set: another
# configuration to compare), PGHOST/PGPORT/PGUSER (trust authentication). Prints one line of
# figures per start and per load run.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
WLP=$(dirname "$BENCH_DIR")/liberty-config/target/liberty/wlp
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DURATION=${STARTUP_DURATION:-20}
PORT=${STARTUP_HTTP_PORT:-$(python3 "$BENCH_DIR/bench.py" free-port)}
BASE=http://127.0.0.1:$PORT
SERVER_NAME=botstore-startup-$$
DATABASE=botstore_startup_$(date +%Y%m%d_%H%M%S)_$$
ADMIN_KEY=startup-admin-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
WORK=$(mktemp -d "${TMPDIR:-/tmp}/botstore-startup.XXXXXX")
SERVER_DIR=$WORK/usr/servers/$SERVER_NAME

say() { printf '[startup %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
server() {
  WLP_USER_DIR=$WORK/usr DB_TYPE=postgresql POSTGRESQL_HOST=$PGHOST POSTGRESQL_PORT=$PGPORT \
    POSTGRESQL_USER=$PGUSER POSTGRESQL_DATABASE=$DATABASE ADMIN_API_KEY=$ADMIN_KEY HTTP_PORT=$PORT HTTPS_PORT=-1 \
    "$WLP/bin/server" "$1" "$SERVER_NAME" > "$WORK/server-$1.log" 2>&1
}
cleanup() {
  server stop || true
  [ -z "${STARTUP_LOGS:-}" ] || cp -r "$SERVER_DIR/logs" "$STARTUP_LOGS"
  psql -d postgres -qc "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)" > /dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

cpu_seconds() { awk -v tck="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / tck }' "/proc/$1/stat"; }
rss_mb() { awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
# methods the JIT compiled so far and its compiler threads' time; heap committed, metaspace and class space used
jit() { jstat -compiler "$1" | awk 'NR == 2 { printf "JIT %d methods in %.1f s", $1, $4 }'; }
memory() {
  jstat -gc "$1" | awk 'NR == 2 { printf "heap committed %d MB, used %d MB, metaspace %d MB, class space %d MB",
    ($1 + $2 + $5 + $7) / 1024, ($3 + $4 + $6 + $8) / 1024, $10 / 1024, $12 / 1024 }'
}

# start LABEL: the server started, ready polled every 0.1 s; prints wall and CPU seconds to ready.
start() {
  local started=$EPOCHREALTIME deadline=$((SECONDS + 300))
  server start
  until curl -sf -o /dev/null "$BASE/health/ready"; do
    [ $SECONDS -le $deadline ] || { say "not ready in 300 s"; tail -30 "$SERVER_DIR/logs/messages.log" >&2; exit 1; }
    sleep 0.1
  done
  local wall
  wall=$(python3 -c "print(f'{$EPOCHREALTIME - $started:.1f}')")
  PID=$(cat "$WORK/usr/servers/.pid/$SERVER_NAME.pid")
  echo "$1: ready ${wall} s, CPU $(cpu_seconds "$PID") s, $(jit "$PID"), RSS $(rss_mb "$PID") MB, load $(cut -d' ' -f1 /proc/loadavg)"
}

# load LABEL SCRIPT CONNECTIONS [URL]: one wrk run; prints its rate, p99 and server CPU ms per request.
load() {
  local before line requests
  before=$(awk '{ print $14 + $15 }' "/proc/$PID/stat")
  line=$(wrk -t2 -c"$3" -d"${DURATION}s" --timeout 60s -s "$BENCH_DIR/wrk/$2" "${4:-$BASE/}" | grep '^BENCH ')
  requests=$(sed 's/.*requests=\([0-9]*\).*/\1/' <<< "$line")
  echo "  $1: $(grep -o 'rate=[0-9.]*' <<< "$line"), $(grep -o 'p99_ms=[0-9.]*' <<< "$line"), $(grep -o 'failed=[0-9]*' <<< "$line")," \
    "CPU $(python3 -c "print(f'{($(awk '{ print $14 + $15 }' "/proc/$PID/stat") - $before) * 1000 / $(getconf CLK_TCK) / max(1, $requests):.2f}')") ms/request"
}

mkdir -p "$WORK/usr/servers"
cp -r "$WLP/usr/servers/${STARTUP_SOURCE_SERVER:-botstore}" "$SERVER_DIR"
rm -rf "$SERVER_DIR"/{workarea,logs,data,resources}   # what a start creates: a first start again
[ -z "${STARTUP_JVM_OPTIONS:-}" ] || printf '%s\n' "$STARTUP_JVM_OPTIONS" >> "$SERVER_DIR/jvm.options"
[ -z "${STARTUP_SERVER_ENV:-}" ] || printf '%s\n' "$STARTUP_SERVER_ENV" >> "$SERVER_DIR/server.env"
say "$(nproc) cores; port $PORT; database $DATABASE; extra JVM options: ${STARTUP_JVM_OPTIONS:-none}"

start "cold start, empty database"
token=$(curl -sf -H "Authorization: Bearer $ADMIN_KEY" -H 'Content-Type: application/json' \
  -d '{"name": "startup plugin", "role": "plugin", "plugin": "startup.kv"}' "$BASE/api/v1/admin/keys" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["secret"])')
bot=$(curl -sf -H "Authorization: Bearer $ADMIN_KEY" -H 'Content-Type: application/json' \
  -d '{"name": "startup bot", "role": "bot"}' "$BASE/api/v1/admin/keys" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["secret"])')
python3 "$BENCH_DIR/bench.py" seed-kv "$BASE/api/v1/plugins/startup.kv/store" "$token" startup 1000 80
python3 "$BENCH_DIR/bench.py" batch-body "$WORK/batch.json" 1000 10
export BENCH_DIR BENCH_KEYS=1000 BENCH_VALUE_BYTES=80 BENCH_STORE=/api/v1/plugins/startup.kv/store BENCH_CHAT=startup \
  BENCH_PLUGIN_TOKEN=$token BENCH_BOT_TOKEN=$bot BENCH_BODY=$WORK/batch.json
load "KV upsert, 16 conn." kv_put.lua 16
load "KV read, 16 conn." kv_read.lua 16
load "KV read, 16 conn., again" kv_read.lua 16
load "batch ingest, 4 conn." batch.lua 4 "$BASE/api/v1/messages/batch"
echo "  after the load: RSS $(rss_mb "$PID") MB, $(memory "$PID"), $(jit "$PID"); load $(cut -d' ' -f1-3 /proc/loadavg)"
server stop
start "warm restart (workarea kept)"
