#!/usr/bin/env bash
# Several instances on one PostgreSQL (issue 15): nginx with TLS (deploy/nginx.conf, this very
# file with bench ports and a self-signed certificate) in front of one and of two portal
# instances, against one instance alone: requests per second of a public page and of the answer
# link; then the outbox drain rate in messages per second with one and with two workers, into a
# real SMTP server and SMS receiver (end2end/message-sink.mjs). A benchmark, not a test.
#
#   bench/cluster.sh                 # 8 s per measurement, 64 connections, 4000 messages per drain
#   DURATION=20 MESSAGES=10000 bench/cluster.sh
#
# Everything (wrk, nginx, the instances, PostgreSQL with fsync on, the sink) shares the
# machine's cores: on a small machine two instances cannot be faster than one; what this shows
# is what the proxy and a second instance cost, and that nothing breaks.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
source bench/load-lib.sh
bench_prepare
ensure_node

MESSAGES=${MESSAGES:-4000}
WORK=$(mktemp -d)
PG_FSYNC=on start_postgres
cleanup() {
  stop_portal one; stop_portal two
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null
  [ -n "${SINK_PID:-}" ] && kill "$SINK_PID" 2>/dev/null
  stop_postgres
  rm -rf "$WORK"
}
trap cleanup EXIT
as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE cluster" >/dev/null
DB=postgres://postgres@127.0.0.1:$PG_PORT/cluster
sql() { as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d cluster -tAc "$1"; }

smtp_port=$(free_port); sink_port=$(free_port)
(cd end2end && SINK_SMTP_PORT=$smtp_port SINK_HTTP_PORT=$sink_port exec node message-sink.mjs) &
SINK_PID=$!
port_one=$(free_port); port_two=$(free_port); tls_port=$(free_port); http_port=$(free_port)
COMMON=(SMTP_URL=smtp://127.0.0.1:$smtp_port SMS_GATEWAY_URL=http://127.0.0.1:$sink_port/sms
  CLIENT_IP_HEADER=x-forwarded-for PUBLIC_BASE_URL=https://127.0.0.1:$tls_port)

# nginx with deploy/nginx.conf and the given instances behind it.
start_nginx() {
  [ -f "$WORK/nginx.pid" ] && { kill "$(cat "$WORK/nginx.pid")"; sleep 0.5; }
  local upstreams="" p
  for p in "$@"; do upstreams+="    server 127.0.0.1:$p max_fails=3 fail_timeout=10s;\n"; done
  [ -f "$WORK/cert.pem" ] || openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost \
    -keyout "$WORK/key.pem" -out "$WORK/cert.pem" 2>/dev/null
  sed -e "/server 127.0.0.1:300[12] .*# bench/d" \
      -e "s|^upstream neste_steg {|upstream neste_steg {\n$upstreams|" \
      -e "s|listen 80;  # bench|listen 127.0.0.1:$http_port;|" \
      -e "s|listen 443 ssl http2;  # bench|listen 127.0.0.1:$tls_port ssl http2;|" \
      -e "s|/etc/ssl/neste-steg/fullchain.pem;  # bench|$WORK/cert.pem;|" \
      -e "s|/etc/ssl/neste-steg/privkey.pem;    # bench|$WORK/key.pem;|" \
      deploy/nginx.conf >"$WORK/site.conf"
  cat >"$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 4096; }
http {
  client_body_temp_path $WORK/body; proxy_temp_path $WORK/proxy; fastcgi_temp_path $WORK/fastcgi;
  uwsgi_temp_path $WORK/uwsgi; scgi_temp_path $WORK/scgi;
  include $WORK/site.conf;
}
CONF
  rm -f "$WORK/nginx.pid"
  nginx -c "$WORK/nginx.conf"
  for _ in $(seq 50); do curl -kfs "https://127.0.0.1:$tls_port/readyz" >/dev/null && return 0; sleep 0.1; done
  cat "$WORK/nginx-error.log" >&2
  die "nginx did not start"
}

start_portal one "$port_one" "$DB" "${COMMON[@]}"
start_portal two "$port_two" "$DB" "${COMMON[@]}" DEMO_DATA=false
DATABASE_URL=$DB "$SETUP" links 2000 >"$WORK/tokens"
echo "== ${DURATION} s each, $CONNECTIONS connections, PostgreSQL fsync on, all on $(nproc) cores ($(uptime | sed 's/.*load/load/'))"
export TOKENS=$WORK/tokens
wrk_line "one instance: /nb/rettigheter" "http://127.0.0.1:$port_one/nb/rettigheter"
wrk_line "one instance: answer link" "http://127.0.0.1:$port_one" -s bench/links.lua
start_nginx "$port_one"
wrk_line "nginx+TLS → one: /nb/rettigheter" "https://127.0.0.1:$tls_port/nb/rettigheter"
wrk_line "nginx+TLS → one: answer link" "https://127.0.0.1:$tls_port" -s bench/links.lua
start_nginx "$port_one" "$port_two"
wrk_line "nginx+TLS → two: /nb/rettigheter" "https://127.0.0.1:$tls_port/nb/rettigheter"
wrk_line "nginx+TLS → two: answer link" "https://127.0.0.1:$tls_port" -s bench/links.lua

# Drain: the round is written while no worker runs, then one (two) instances start and send it.
drain() {
  local label=$1 first
  shift
  stop_portal one; stop_portal two
  first=$(sql "SELECT COALESCE(MAX(id), 0) FROM outbox_message")
  DATABASE_URL=$DB "$SETUP" round "$MESSAGES" >/dev/null
  for instance in "$@"; do
    local port=port_$instance
    start_portal "$instance" "${!port}" "$DB" "${COMMON[@]}" DEMO_DATA=false WORKER_INTERVAL_SECONDS=1
  done
  local start=$SECONDS
  while [ "$(sql "SELECT COUNT(*) FROM outbox_message WHERE id > $first AND status = 'pending'")" != 0 ]; do
    [ $((SECONDS - start)) -lt 600 ] || die "the round did not drain in 10 minutes"
    sleep 0.5
  done
  sql "SELECT COUNT(*), ROUND(EXTRACT(EPOCH FROM MAX(sent_at) - MIN(sent_at))::numeric, 1),
       ROUND(COUNT(*) / GREATEST(EXTRACT(EPOCH FROM MAX(sent_at) - MIN(sent_at)), 0.001)::numeric)
       FROM outbox_message WHERE id > $first AND status = 'sent'" |
    awk -F'|' -v l="$label" '{ printf "%-34s %6d messages in %5s s: %5d messages/s\n", l, $1, $2, $3 }'
}
echo "== outbox drain, $MESSAGES messages (half SMS, half e-mail) into the sink"
drain "drain, one worker" one
drain "drain, two workers" one two
received=$(curl -fs "http://127.0.0.1:$sink_port/messages" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const m=JSON.parse(s);const ids=new Set(m.map(x=>x.id));console.log(`${m.length} received, ${ids.size} distinct keys`)})')
echo "sink: $received"
