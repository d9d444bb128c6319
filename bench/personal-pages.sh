#!/usr/bin/env bash
# The young person's own pages under load (issue 15): the answer link, the booking page opened
# from it, and the booking request, at 64 connections on SQLite and on PostgreSQL (fsync on),
# with the SQL statements each request runs (sqlx logs every statement; counted over sequential
# requests while the worker sleeps). A benchmark, not a test: it prints figures for the README.
#
#   bench/personal-pages.sh                 # both databases, 8 s per measurement
#   DURATION=20 DATABASES=sqlite bench/personal-pages.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
source bench/load-lib.sh
bench_prepare

DATABASES=${DATABASES:-"sqlite postgres"}
WORK=$(mktemp -d)
trap 'stop_portal p; rm -rf "$WORK"' EXIT

# statements NAME PATH [curl options]: SQL statements per request, over 20 sequential requests.
statements() {
  local label=$1 path=$2 before after
  shift 2
  curl -s -o /dev/null "$@" "$base$path"   # warm: the first request may prepare statements
  sleep 0.2
  before=$(grep -c '"target":"sqlx::query"' "$WORK/p.log" || true)
  for _ in $(seq 20); do curl -s -o /dev/null "$@" "$base$path"; done
  sleep 0.5
  after=$(grep -c '"target":"sqlx::query"' "$WORK/p.log" || true)
  printf '  %-22s %5.1f SQL statements per request\n' "$label" "$(awk -v a="$before" -v b="$after" 'BEGIN { print (b - a) / 20 }')"
}

measure() {
  local db=$1 url=$2 port
  port=$(free_port)
  base=http://127.0.0.1:$port
  local dburl=$url
  [ -z "$dburl" ] && dburl="sqlite://$WORK/p/neste-steg.db"
  # First the SQL statements per request: the portal logging each one, its worker asleep (before
  # the race below has taken every free time).
  : >"$WORK/p.log"
  RUST_LOG=error,sqlx::query=debug start_portal p "$port" "$url" LOG_FORMAT=json WORKER_INTERVAL_SECONDS=3600
  DATABASE_URL=$dburl "$SETUP" links 5 >"$WORK/few"
  local token slot
  token=$(head -1 "$WORK/few")
  statements "answer link page" "/nb/svar/$token" -H 'Accept: text/html'
  statements "booking page" "/nb/svar/$token/bestill" -H 'Accept: text/html'
  # Requests that get a time each (a new link and a free time each time).
  DATABASE_URL=$dburl "$SETUP" links 21 >"$WORK/bookers"
  DATABASE_URL=$dburl "$SETUP" slots >"$WORK/free"
  local before after n=0
  before=$(grep -c '"target":"sqlx::query"' "$WORK/p.log" || true)
  while read -r token && read -r slot <&3; do
    n=$((n + 1))
    [ $n -gt 20 ] && break
    curl -s -o /dev/null -H "Origin: $base" --data-urlencode lang=nb --data-urlencode from=answer \
      --data-urlencode "token=$token" --data-urlencode office=larvik --data-urlencode form=office \
      --data-urlencode "slot=$slot" --data-urlencode first_name=Ung --data-urlencode "mobile=9$((1000000 + n))" \
      --data-urlencode email= "$base/api/request-booking"
  done <"$WORK/bookers" 3<"$WORK/free"
  sleep 0.5
  after=$(grep -c '"target":"sqlx::query"' "$WORK/p.log" || true)
  printf '  %-22s %5.1f SQL statements per request\n' "booking request" "$(awk -v a="$before" -v b="$after" -v n=20 'BEGIN { print (b - a) / n }')"
  stop_portal p
  # Then the load, on the same database, without statement logging.
  : >"$WORK/p.log"
  start_portal p "$port" "$url"
  DATABASE_URL=$dburl "$SETUP" links 2000 >"$WORK/tokens"
  DATABASE_URL=$dburl "$SETUP" slots >"$WORK/slots"
  echo "== $db: $(wc -l <"$WORK/tokens") links, $(wc -l <"$WORK/slots") free times at Larvik; ${DURATION} s each, $CONNECTIONS connections ($(uptime | sed 's/.*load/load/'))"
  TOKENS=$WORK/tokens wrk_line "$db answer link page" "$base" -s bench/links.lua
  TOKENS=$WORK/tokens SUFFIX=/bestill wrk_line "$db booking page (from link)" "$base" -s bench/links.lua
  TOKENS=$WORK/tokens SLOTS=$WORK/slots ORIGIN=$base wrk_line "$db booking request" "$base" -s bench/links.lua
  # A refusal other than 409 under load is a fault: show what the server logged.
  grep -m3 '"level":"ERROR"\|ERROR' "$WORK/p.log" || true
  stop_portal p
}

for db in $DATABASES; do
  case $db in
    sqlite) measure sqlite "" ;;
    postgres)
      PG_FSYNC=on start_postgres
      trap 'stop_portal p; stop_postgres; rm -rf "$WORK"' EXIT
      as_pg "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE personal" >/dev/null
      measure postgres "postgres://postgres@127.0.0.1:$PG_PORT/personal"
      ;;
  esac
done
