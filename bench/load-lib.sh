# Shared by the load benchmarks (public-pages.sh, personal-pages.sh, cluster.sh, soak.sh): start
# the release portal, run wrk and print one line per measurement. Sourced after scripts/lib.sh.

BIN=${BIN:-$TARGET_DIR/release/neste-steg}
DURATION=${DURATION:-8}
CONNECTIONS=${CONNECTIONS:-64}
BENCH_PASSWORD="bench demo passord 2026"

# Builds what is missing: the release portal and site, the setup helper, nginx and wrk.
bench_prepare() {
  ensure_rust
  apt_install nginx wrk curl openssl
  if [ ! -x "$BIN" ] || [ ! -f "$SITE_ROOT/pkg/hash.txt" ]; then
    ensure_wasm_bindgen
    ensure_node
    build_site
  fi
  cargo build --release -q -p server --example bench_setup
  SETUP=$TARGET_DIR/release/examples/bench_setup
}

# start_portal NAME PORT DATABASE_URL [VAR=value …]: a portal in the background, ready.
# Sets PID_<NAME>. SQLite when DATABASE_URL is empty (its file in $WORK/NAME).
start_portal() {
  local name=$1 port=$2 url=$3
  shift 3
  mkdir -p "$WORK/$name"
  env LISTEN_ADDR=127.0.0.1:$port DATA_DIR="$WORK/$name" DATABASE_URL="$url" SITE_ROOT="$SITE_ROOT" \
    DEMO_DATA=true DEMO_PASSWORD="$BENCH_PASSWORD" RUST_LOG=${RUST_LOG:-error} "$@" \
    "$BIN" >>"$WORK/$name.log" 2>&1 &
  printf -v "PID_$name" %s $!
  for _ in $(seq 150); do curl -fs "http://127.0.0.1:$port/readyz" >/dev/null && return 0; sleep 0.2; done
  cat "$WORK/$name.log" >&2
  die "the portal $name did not start"
}

stop_portal() {
  local pid_var="PID_$1"
  [ -n "${!pid_var:-}" ] || return 0
  kill "${!pid_var}" 2>/dev/null || true
  wait "${!pid_var}" 2>/dev/null || true
  printf -v "PID_$1" %s ""
}

# A time as wrk prints it (12.3us, 4.5ms, 1.2s, 2.0m) in milliseconds.
wrk_ms() {
  awk -v t="$1" 'BEGIN {
    n = t + 0
    if (t ~ /us$/) n /= 1000; else if (t ~ /ms$/) n = n; else if (t ~ /m$/) n *= 60000; else if (t ~ /s$/) n *= 1000
    printf "%.2f", n }'
}

# wrk_line LABEL URL [wrk options …]: one line with req/s, p50, p99, max and errors.
# Sets RPS (requests per second) and ERRORS (non-2xx/3xx plus socket errors).
wrk_line() {
  local label=$1 url=$2 out
  shift 2
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" "$url")
  RPS=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
  local p50 p99 max non2xx socket
  p50=$(wrk_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  p99=$(wrk_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  max=$(wrk_ms "$(awk '$1 == "Latency" { print $4; exit }' <<<"$out")")
  non2xx=$(awk '/Non-2xx or 3xx/ { print $5 }' <<<"$out")
  socket=$(awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' <<<"$out")
  ERRORS=$(( ${non2xx:-0} + ${socket:-0} ))
  printf '%-34s %8s req/s  p50 %7s ms  p99 %7s ms  max %8s ms  errors %s\n' \
    "$label" "$RPS" "$p50" "$p99" "$max" "$ERRORS"
  # What a script's done() reported (bench/links.lua: how many booking requests got a time).
  grep '^  answers:' <<<"$out" || true
}
