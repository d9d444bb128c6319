#!/usr/bin/env bash
# Public pages from memory (issue 15): the portal against nginx serving the very same bytes as
# static files, measured in one run, page by page, plain and gzip. A benchmark, not a test: it
# prints figures for the README and fails only when the portal falls under half of nginx's
# throughput on /nb/rettigheter or /ar/foresatte, or a conditional request does not get 304.
#
#   bench/public-pages.sh                  # 8 s per measurement, 64 connections
#   DURATION=20 bench/public-pages.sh
#
# wrk, the portal and nginx share the machine's cores; the portal runs on SQLite with demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
source bench/load-lib.sh
bench_prepare

PAGES=${PAGES:-"/nb/rettigheter /ar/foresatte /nb /en/kontakt /se/personvern /uk/tilbud /ti/oppfolging"}
WORK=$(mktemp -d)
trap 'stop_portal portal; [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null; rm -rf "$WORK"' EXIT

port=$(free_port)
start_portal portal "$port" ""
base=http://127.0.0.1:$port

# The portal's bytes, as nginx will serve them (and their gzip twin for gzip_static).
for page in $PAGES; do
  mkdir -p "$WORK/www$page"
  curl -fs "$base$page" -o "$WORK/www$page/index.html"
  gzip -9 -k "$WORK/www$page/index.html"
done
nginx_port=$(free_port)
sed -e "s|@PORT@|$nginx_port|" -e "s|@ROOT@|$WORK/www|" -e "s|@DIR@|$WORK|" bench/nginx-static.conf >"$WORK/nginx.conf"
# nginx's workers run as another user (www-data when started as root): let them read the files.
chmod 755 "$WORK"
chmod -R a+rX "$WORK/www"
nginx -c "$WORK/nginx.conf" &
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$nginx_port/nb/rettigheter" >/dev/null && break; sleep 0.1; done
nginx_base=http://127.0.0.1:$nginx_port
# Both must serve the very same bytes, or the comparison means nothing.
for page in $PAGES; do
  cmp -s <(curl -fs "$nginx_base$page") "$WORK/www$page/index.html" || die "nginx does not serve $page as saved"
done

echo "== conditional requests"
status=0
for page in $PAGES; do
  etag=$(curl -fsI "$base$page" | awk 'tolower($1) == "etag:" { sub(/\r$/, ""); print $2 }')
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$base$page")
  printf '%-18s ETag %s → %s\n' "$page" "$etag" "$code"
  [ "$code" = 304 ] || status=1
done

echo "== ${DURATION} s each, $CONNECTIONS connections, wrk -t2 on the same $(nproc) cores ($(uptime | sed 's/.*load/load/'))"
for encoding in identity gzip; do
  for page in $PAGES; do
    bytes=$(curl -fs -H "Accept-Encoding: $encoding" "$base$page" | wc -c)
    wrk_line "portal $page ($encoding, $bytes B)" "$base$page" -H "Accept-Encoding: $encoding"
    [ "$ERRORS" = 0 ] || status=1
    portal=$RPS
    wrk_line "nginx  $page ($encoding)" "$nginx_base$page" -H "Accept-Encoding: $encoding"
    [ "$ERRORS" = 0 ] || die "nginx answered $ERRORS requests with an error: the comparison is void"
    ratio=$(awk -v a="$portal" -v b="$RPS" 'BEGIN { printf "%.2f", a / b }')
    verdict=""
    case "$page" in
      /nb/rettigheter | /ar/foresatte)
        if awk -v r="$ratio" 'BEGIN { exit !(r < 0.5) }'; then verdict="  BELOW 0.5"; status=1; fi ;;
    esac
    echo "  ratio portal/nginx: $ratio$verdict"
  done
done
exit $status
