#!/usr/bin/env bash
# Post-deployment check: is the app up, can it reach storage, does it serve content? Read-only: it records nothing.
# Usage: scripts/smoke.sh [BASE_URL]. BASE_URL defaults to $SERVICE_API_URI (set by `azd`, which runs this script as
# azure.yaml's postdeploy hook), else the local host at http://localhost:7071.
# Readiness is polled for up to NK_SMOKE_TIMEOUT seconds (default 300): on a fresh deployment the identity's storage
# roles take minutes to apply, and /api/health/ready answers 503 "forbidden" until they do.
set -euo pipefail
base="${1:-${SERVICE_API_URI:-http://localhost:7071}}"
base="${base%/}"
timeout="${NK_SMOKE_TIMEOUT:-300}"
deadline=$((SECONDS + timeout))

fail() { echo "smoke: FAILED: $*" >&2; exit 1; }

# GET a path; prints the status code, leaves the body in $body_file.
body_file="$(mktemp)"
trap 'rm -f "$body_file"' EXIT
get() { curl -sS -m 30 -o "$body_file" -w '%{http_code}' "$base$1" 2>/dev/null || echo 000; }

echo "smoke: checking $base"

# Liveness first: a cold Flex instance may take a while to answer at all.
while :; do
  status="$(get /api/health)"
  [[ "$status" == 200 ]] && break
  (( SECONDS < deadline )) || fail "/api/health answered $status (never 200 within ${timeout}s)"
  sleep 5
done
echo "smoke: live: $(cat "$body_file")"

while :; do
  status="$(get /api/health/ready)"
  [[ "$status" == 200 ]] && break
  echo "smoke: not ready yet ($status): $(cat "$body_file")"
  (( SECONDS < deadline )) || fail "/api/health/ready answered $status within ${timeout}s: $(cat "$body_file")"
  sleep 10
done
echo "smoke: ready: $(cat "$body_file")"

status="$(get /api/articles)"
[[ "$status" == 200 ]] || fail "/api/articles answered $status"
grep -q '"slug"' "$body_file" || fail "/api/articles lists no article: $(head -c 300 "$body_file")"
echo "smoke: articles: $(grep -o '"slug":"[^"]*"' "$body_file" | tr '\n' ' ')"

status="$(get /api/openapi.json)"
[[ "$status" == 200 ]] || fail "/api/openapi.json answered $status"

echo "smoke: OK"
