# Shared by scripts/serve, scripts/test and bench/: install what is missing, then build.
# Sourced, not run. Every step is idempotent: a second run only checks.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
SITE_ROOT=${SITE_ROOT:-$ROOT/target/site}
OUTPUT_NAME=neste_steg
WASM_TARGET=wasm32-unknown-unknown
CHANNEL=$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)
# Extra cargo arguments for the WASM build only (set by the Debian fallback).
WASM_BUILD_STD=()

log() { printf '\n\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else die "root is needed for: $*"; fi
}

APT_UPDATED=0
# Installs the Debian packages that are not installed yet.
apt_install() {
  local missing=() p
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || die "please install: ${missing[*]}"
  log "installing ${missing[*]}"
  if [ "$APT_UPDATED" = 0 ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Route 1: rustup with the pinned toolchain and the wasm32 target.
# Route 2 (automatic fallback when rustup cannot download): Debian's rustc-web, which builds the
# WASM's std from source (-Zbuild-std). Nothing of route 2 is written into committed config.
ensure_rust() {
  export PATH="$HOME/.cargo/bin:$PATH"
  if [ -n "${RUSTUP_TOOLCHAIN:-}" ] && [ "$RUSTUP_TOOLCHAIN" = debweb ]; then use_debian_rust; return; fi
  if command -v rustup >/dev/null && [ "${NESTE_STEG_RUST:-}" != debian ]; then
    if rustup toolchain install "$CHANNEL" --profile minimal --target "$WASM_TARGET" \
         --component rustfmt --component clippy --no-self-update >/dev/null 2>&1 \
       && rustup target list --installed --toolchain "$CHANNEL" | grep -qx "$WASM_TARGET"; then
      export RUSTUP_TOOLCHAIN=$CHANNEL
      return
    fi
    log "rustup could not install $CHANNEL with $WASM_TARGET; falling back to Debian's rustc-web"
  fi
  use_debian_rust
}

use_debian_rust() {
  apt_install rustc-web cargo-web rust-web-src rust-web-llvm lld-22 rustfmt-web rust-web-clippy
  if command -v rustup >/dev/null; then
    rustup toolchain list | grep -q '^debweb' || rustup toolchain link debweb /usr
    export RUSTUP_TOOLCHAIN=debweb
  else
    export PATH="/usr/bin:$PATH"
  fi
  WASM_BUILD_STD=(-Zbuild-std=std,panic_abort)
}

# wasm-bindgen's CLI must be exactly the version of the crate in Cargo.lock.
ensure_wasm_bindgen() {
  local want have
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$want" ]; then
    log "installing wasm-bindgen-cli $want (a few minutes, once)"
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

# Node packages: Playwright and axe for the browser tests, binaryen's wasm-opt (Debian's is too old
# and silently breaks hydration), all pinned by end2end/package-lock.json.
ensure_node() {
  command -v npm >/dev/null || apt_install nodejs npm
  if [ ! -x end2end/node_modules/.bin/wasm-opt ] || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
    log "installing the end2end node packages"
    (cd end2end && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# Builds the server (release) and the site: the WASM (wasm-release profile), its JS glue and the
# stylesheet, each named by its content hash, each with .br and .gz beside it.
build_site() {
  log "building the server"
  cargo build --locked --release -p server
  log "building the WASM"
  wasm_cargo build --locked -p frontend --lib --target "$WASM_TARGET" --profile wasm-release
  local stage pkg
  stage=$(mktemp -d)
  pkg=$SITE_ROOT/pkg
  wasm-bindgen --target web --no-typescript --out-dir "$stage" --out-name "$OUTPUT_NAME" \
    "$TARGET_DIR/$WASM_TARGET/wasm-release/frontend.wasm"
  end2end/node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
    -o "$stage/$OUTPUT_NAME.wasm" "$stage/${OUTPUT_NAME}_bg.wasm"
  rm -rf "$pkg"
  mkdir -p "$pkg"
  local js wasm css
  js=$(sha256sum "$stage/$OUTPUT_NAME.js" | cut -c1-20)
  wasm=$(sha256sum "$stage/$OUTPUT_NAME.wasm" | cut -c1-20)
  css=$(sha256sum style/main.css | cut -c1-20)
  cp "$stage/$OUTPUT_NAME.js" "$pkg/$OUTPUT_NAME.$js.js"
  cp "$stage/$OUTPUT_NAME.wasm" "$pkg/$OUTPUT_NAME.$wasm.wasm"
  cp style/main.css "$pkg/$OUTPUT_NAME.$css.css"
  [ -d "$stage/snippets" ] && cp -r "$stage/snippets" "$pkg/"
  printf 'js: %s\nwasm: %s\ncss: %s\n' "$js" "$wasm" "$css" > "$pkg/hash.txt"
  rm -rf "$stage"
  node scripts/compress.mjs "$pkg"
  log "site built in $SITE_ROOT"
}

# cargo for the WASM target; on the Debian route std is rebuilt for wasm32 from source.
wasm_cargo() {
  if [ ${#WASM_BUILD_STD[@]} -gt 0 ]; then
    RUSTC_BOOTSTRAP=1 cargo "$@" "${WASM_BUILD_STD[@]}"
  else
    cargo "$@"
  fi
}

# The debug build of the tests is not needed once they pass. Where the disk is short (CI machines
# have run out mid-build), it makes room for the release build; elsewhere it stays for the next run.
free_disk_for_release() {
  local avail_kb
  avail_kb=$(df -Pk "$TARGET_DIR" | awk 'NR == 2 { print $4 }')
  if [ "${avail_kb:-0}" -lt $((12 * 1024 * 1024)) ]; then
    log "less than 12 GB free: removing the debug build ($(du -sh "$TARGET_DIR/debug" | cut -f1))"
    rm -rf "$TARGET_DIR/debug"
  fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# PostgreSQL on a private data dir and a free port, as the postgres user when we are root
# (PostgreSQL refuses to run as root); stopped when the calling script exits, whatever happens.
# Sets POSTGRES_URL to the server's `postgres` database.
start_postgres() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  PG_DIR=$(mktemp -d /tmp/neste-steg-pg.XXXXXX)
  PG_PORT=$(free_port)
  [ "$(id -u)" = 0 ] && chown postgres: "$PG_DIR"
  trap stop_postgres EXIT
  log "starting PostgreSQL on port $PG_PORT"
  as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 --no-sync >/dev/null
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=${PG_FSYNC:-off} -c max_connections=200" start >/dev/null
  POSTGRES_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_postgres() { as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; }
