#!/usr/bin/env bash
# A soak (issue 15): the portal on SQLite (the pilot's setup) under 64 connections for 10 minutes
# with a mix of public pages, answer links and booking pages (bench/mix.lua). Passes when no
# request took 5 s or more, none failed, and memory stayed flat (the resident size at the end
# within 20 % of the size after the first minute). Prints the figures either way.
#
#   bench/soak.sh                  # 600 s
#   SOAK_SECONDS=120 bench/soak.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
source bench/load-lib.sh
bench_prepare

SOAK_SECONDS=${SOAK_SECONDS:-600}
WORK=$(mktemp -d)
trap 'stop_portal soak; rm -rf "$WORK"' EXIT
port=$(free_port)
start_portal soak "$port" ""
DATABASE_URL="sqlite://$WORK/soak/neste-steg.db" "$SETUP" links 2000 >"$WORK/tokens"
echo "== soak: ${SOAK_SECONDS} s, $CONNECTIONS connections, SQLite ($(uptime | sed 's/.*load/load/'))"
(
  while kill -0 "$PID_soak" 2>/dev/null; do
    echo "$SECONDS $(ps -o rss= -p "$PID_soak")"
    sleep 10
  done
) >"$WORK/rss" &
sampler=$!
DURATION=$SOAK_SECONDS TOKENS=$WORK/tokens wrk_line "mix (public, answer, booking)" "http://127.0.0.1:$port" \
  -s bench/mix.lua --timeout 5s
kill "$sampler" 2>/dev/null || true
# Resident memory: after the first minute, the highest, and at the end (KB).
read -r early high last < <(awk 'NR == 1 { t0 = $1 } $1 - t0 >= 60 && !e { e = $2 } { if ($2 > h) h = $2; l = $2 } END { print (e ? e : l), h, l }' "$WORK/rss")
echo "resident memory: $((early / 1024)) MB after 1 min, $((high / 1024)) MB highest, $((last / 1024)) MB at the end"
status=0
[ "$ERRORS" = 0 ] || { echo "FAIL: $ERRORS requests failed or took 5 s or more"; status=1; }
awk -v e="$early" -v l="$last" 'BEGIN { exit !(l > e * 1.2) }' && { echo "FAIL: memory grew more than 20 %"; status=1; }
[ $status = 0 ] && echo "soak passed: no error, no request of 5 s or more, memory flat"
exit $status
