#!/usr/bin/env bash
# Latency of POST /api/v1/articles on the running stack (./wirecheck up): preloads the corpus with PRELOAD distinct
# ~800-word articles through the Kafka pipeline (the fast way in), then offers RATE req/s of new distinct ~800-word
# articles over HTTP for DURATION and prints wrk's percentiles.
#   PRELOAD=100000 RATE=100 DURATION=60s bench/gateway/run-latency.sh
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$(cd ../.. && pwd)"
GATEWAY="${GATEWAY:-http://127.0.0.1:${WIRECHECK_GATEWAY_PORT:-8080}}"
KAFKA="${KAFKA:-127.0.0.1:${WIRECHECK_KAFKA_PORT:-9092}}"
PRELOAD="${PRELOAD:-100000}"
RATE="${RATE:-100}"
DURATION="${DURATION:-60s}"
CONNECTIONS="${CONNECTIONS:-10}"
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
curl -fsS "$GATEWAY/q/health/ready" >/dev/null || { echo "The stack is not ready at $GATEWAY (./wirecheck up)" >&2; exit 1; }
if ((PRELOAD > 0)); then
  echo "Preloading $PRELOAD articles of 20 paragraphs x 40 words through $KAFKA..."
  (cd "$ROOT" && ./mvnw -B -q -pl system-tests test-compile exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=org.wirecheck.system.PipelineThroughput \
    -Dexec.args="$KAFKA $PRELOAD .wirecheck/pids/gateway.pid 20")
fi
echo "Warming up for 20 s at $RATE req/s..."
wrk -t2 -c"$CONNECTIONS" -d20s --timeout 10s -s post-articles.lua "$GATEWAY" -- "$RATE" 13 0 "$CONNECTIONS" >/dev/null
echo "Offering $RATE req/s for $DURATION..."
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s post-articles.lua "$GATEWAY" -- "$RATE" 11 0 "$CONNECTIONS"
