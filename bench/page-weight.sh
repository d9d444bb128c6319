#!/usr/bin/env bash
# First-visit transfer (HTML, CSS, JS, WASM; compressed, as sent), largest contentful paint and
# layout shift of the main pages in Chromium on a throttled phone (bench/page-weight.mjs).
#
#   bench/page-weight.sh           # report
#   bench/page-weight.sh --check   # and fail when the front page exceeds 100 KB
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
ensure_rust
ensure_node
[ -x "$TARGET_DIR/release/neste-steg" ] && [ -f "$SITE_ROOT/pkg/hash.txt" ] || build_site

port=$(free_port)
dir=$(mktemp -d)
password="bench demo passord 2026"
LISTEN_ADDR=127.0.0.1:$port DATA_DIR=$dir SITE_ROOT=$SITE_ROOT DEMO_DATA=true DEMO_PASSWORD="$password" \
  WORKER_INTERVAL_SECONDS=1 RUST_LOG=error "$TARGET_DIR/release/neste-steg" >"$dir/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$dir"' EXIT
BASE="http://127.0.0.1:$port" DEMO_PASSWORD="$password" CHECK=$([ "${1:-}" = --check ] && echo 1 || echo 0) \
  node bench/page-weight.mjs
