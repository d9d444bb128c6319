#!/usr/bin/env bash
# Booking benchmark on SQLite and PostgreSQL (fsync on): listing a week of free times for a
# department with 10 advisors, and booking requests per second when 32 young people race for
# the same 20 times. Prints figures for the issue notes; fails only if the race has a wrong
# winner count (every contested time must be booked exactly once).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_rust
cargo build --release -q -p domain --example booking_bench
bin=$TARGET_DIR/release/examples/booking_bench
dir=$(mktemp -d)
echo "== SQLite (WAL, synchronous=FULL)"
"$bin" "sqlite://$dir/bench.db"
PG_FSYNC=on start_postgres
as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE booking_bench" >/dev/null
echo "== PostgreSQL (fsync on)"
"$bin" "postgres://postgres@127.0.0.1:$PG_PORT/booking_bench"
rm -rf "$dir"
