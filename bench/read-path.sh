#!/usr/bin/env bash
# Read-path benchmark: requests/s and latency of content requests through the local host, side by side with a
# bare Kestrel app answering the same bytes, both driven by wrk on loopback. The server is pinned to one core and
# wrk to the other, so the ratio is measured on the same machine under the same load.
# Usage: bench/read-path.sh [--quick]    (env: DURATION=15s CONNECTIONS=32)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
duration="${DURATION:-15s}"
connections="${CONNECTIONS:-32}"
[[ "${1:-}" == "--quick" ]] && duration=2s
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

host_port=7181
bare_port=7182
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# Server on core 0, load generator on core 1 (when the machine has two).
server_cpu=(); client_cpu=()
if [[ "$(nproc)" -ge 2 ]] && command -v taskset >/dev/null; then server_cpu=(taskset -c 0); client_cpu=(taskset -c 1); fi

for project in src/NkFunctions.LocalHost bench/BareKestrel; do
  dotnet build -c Release -v q -nologo "$project" >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
done
host_dll="src/NkFunctions.LocalHost/bin/Release/net10.0/NkFunctions.LocalHost.dll"
bare_dll="bench/BareKestrel/bin/Release/net10.0/BareKestrel.dll"

wait_for() { for _ in $(seq 1 100); do curl -fs -o /dev/null "$1" && return 0; sleep 0.1; done; echo "no answer from $1" >&2; exit 1; }

"${server_cpu[@]}" dotnet "$host_dll" --urls "http://127.0.0.1:$host_port" --Logging:LogLevel:Default=Warning >"$work/host.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$host_port/api/health"

# wrk prints Requests/sec and, with --latency, the 50% and 99% percentiles.
run_wrk() { # url accept if-none-match
  local extra=()
  [[ -n "$3" ]] && extra=(-H "If-None-Match: $3")
  "${client_cpu[@]}" wrk -t1 -c"$connections" -d"$duration" --latency -H "Accept: $2" "${extra[@]}" "$1" >"$work/wrk.txt"
  awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {printf "%s %s %s", rps, p50, p99}' "$work/wrk.txt"
}

slug=nk-cells-in-pregnancy
printf '| scenario | local host req/s | bare Kestrel req/s | ratio | local host p50 / p99 | bare p50 / p99 |\n|---|---|---|---|---|---|\n'
while IFS='|' read -r name path accept conditional; do
  url="http://127.0.0.1:$host_port$path"
  curl -fs -H "Accept: $accept" -D "$work/headers" -o "$work/body" "$url"
  type="$(awk -F': ' 'tolower($1)=="content-type" {sub(/\r$/, "", $2); print $2}' "$work/headers")"
  etag="$(awk -F': ' 'tolower($1)=="etag" {sub(/\r$/, "", $2); print $2}' "$work/headers")"
  inm=""
  [[ "$conditional" == "304" ]] && inm="$etag"
  "${server_cpu[@]}" dotnet "$bare_dll" --urls "http://127.0.0.1:$bare_port" --body "$work/body" --type "$type" --etag "$etag" >"$work/bare.log" 2>&1 &
  bare_pid=$!
  wait_for "http://127.0.0.1:$bare_port/"
  read -r h_rps h_p50 h_p99 <<<"$(run_wrk "$url" "$accept" "$inm")"
  # The bare app always answers 200 with the body; for the 304 row it is the cost of the full answer.
  read -r b_rps b_p50 b_p99 <<<"$(run_wrk "http://127.0.0.1:$bare_port$path" "$accept" "")"
  kill "$bare_pid"; wait "$bare_pid" 2>/dev/null || true
  ratio="$(awk -v a="$h_rps" -v b="$b_rps" 'BEGIN {printf "%.2f", a / b}')"
  printf '| %s | %s | %s | %sx | %s / %s | %s / %s |\n' "$name" "$h_rps" "$b_rps" "$ratio" "$h_p50" "$h_p99" "$b_p50" "$b_p99"
done <<EOF2
section JSON|/api/articles/$slug/sections/understanding-nk-cells-in-fertility|application/json|
section HTML fragment|/api/articles/$slug/sections/understanding-nk-cells-in-fertility|text/html|
full article JSON|/api/articles/$slug|application/json|
section JSON, If-None-Match (304)|/api/articles/$slug/sections/understanding-nk-cells-in-fertility|application/json|304
EOF2
printf '\n%s cores, .NET %s, wrk -t1 -c%s -d%s, %s\n' "$(nproc)" "$(dotnet --version)" "$connections" "$duration" "$(date -u +%Y-%m-%d)"
