#!/usr/bin/env bash
# Numbers benchmark on SQLite and PostgreSQL (fsync on): the whole staff numbers page (every
# figure of a year, today's status as the worker counts it, the latest count date) for a county
# with 10 000 contact requests, 8 000 answers and 3 000 bookings, for the county and for one
# department, p50 and p95 over repeated runs; the public figures; and the worker's own counts.
# The target is under 200 ms a page on both. Prints figures for the issue notes.
#
#   bench/numbers.sh          # 30 runs of each
#   RUNS=100 bench/numbers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_rust
cargo build --release -q -p domain --example numbers_bench
bin=$TARGET_DIR/release/examples/numbers_bench
runs=${RUNS:-30}
dir=$(mktemp -d)
echo "== SQLite (WAL, synchronous=FULL)"
"$bin" "sqlite://$dir/bench.db" "$runs"
PG_FSYNC=on start_postgres
as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE numbers_bench" >/dev/null
echo "== PostgreSQL (fsync on)"
"$bin" "postgres://postgres@127.0.0.1:$PG_PORT/numbers_bench" "$runs"
rm -rf "$dir"
