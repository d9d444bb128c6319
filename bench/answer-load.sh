#!/usr/bin/env bash
# Load on the young person's link: requests per second and latency (p50, p99) of opening the
# link page and of submitting an answer, on SQLite and on PostgreSQL. A benchmark, not a test:
# it prints figures for the issue notes and fails only when the server cannot be driven.
#
#   bench/answer-load.sh            # both databases, 10 s per measurement, 16 connections
#   DURATION=30 CONNECTIONS=32 bench/answer-load.sh
#
# Durable settings on both: SQLite in WAL with synchronous=FULL (the portal's own), and
# PostgreSQL with fsync on.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_rust
ensure_node
[ -x "$TARGET_DIR/release/neste-steg" ] && [ -f "$SITE_ROOT/pkg/hash.txt" ] || build_site

run() {
  local name=$1 url=$2 port dir pid
  port=$(free_port)
  dir=$(mktemp -d)
  LISTEN_ADDR=127.0.0.1:$port DATA_DIR=$dir DATABASE_URL=$url SITE_ROOT="$SITE_ROOT" DEMO_DATA=true \
    DEMO_PASSWORD="bench demo passord 2026" WORKER_INTERVAL_SECONDS=1 RUST_LOG=error \
    "$TARGET_DIR/release/neste-steg" >"$dir/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.2; done
  BASE="http://127.0.0.1:$port" LABEL=$name node bench/answer-load.mjs
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
}

run sqlite ""
PG_FSYNC=on start_postgres
as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE bench" >/dev/null
run postgres "postgres://postgres@127.0.0.1:$PG_PORT/bench"
