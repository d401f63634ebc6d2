#!/usr/bin/env bash
# Latency of POST /api/v1/articles on the running stack (./wirecheck up): preloads the corpus with PRELOAD distinct
# ~800-word articles, then offers RATE req/s of new distinct articles for DURATION and prints wrk's percentiles.
#   PRELOAD=100000 RATE=100 DURATION=60s bench/gateway/run-latency.sh
set -euo pipefail
cd "$(dirname "$0")"
GATEWAY="${GATEWAY:-http://127.0.0.1:${WIRECHECK_GATEWAY_PORT:-8080}}"
PRELOAD="${PRELOAD:-100000}"
RATE="${RATE:-100}"
DURATION="${DURATION:-60s}"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
curl -fsS "$GATEWAY/q/health/ready" >/dev/null || { echo "The stack is not ready at $GATEWAY (./wirecheck up)" >&2; exit 1; }
if ((PRELOAD > 0)); then
  echo "Preloading $PRELOAD articles (as fast as the stack takes them)..."
  start=$(date +%s)
  wrk -t2 -c8 -d24h --timeout 30s -s post-articles.lua "$GATEWAY" -- 1000000 7 $((PRELOAD / 2)) 8
  echo "Preloaded in $(( $(date +%s) - start )) s"
fi
echo "Offering $RATE req/s for $DURATION..."
wrk -t2 -c10 -d"$DURATION" --timeout 10s --latency -s post-articles.lua "$GATEWAY" -- "$RATE" 11 0 10
