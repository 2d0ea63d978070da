#!/usr/bin/env bash
# Read-path benchmark: requests/s and latency of content requests through the local host, side by side with a
# bare Kestrel app answering the same bytes, both driven by wrk on loopback. Servers are pinned to one core and wrk
# to the other; both servers are warmed up first, and each scenario alternates host and bare runs (median of the
# rounds), so drift on a shared machine hits both sides alike.
# Usage: bench/read-path.sh [--quick]    (env: DURATION=10s WARMUP=10s ROUNDS=3 CONNECTIONS=32)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
duration="${DURATION:-10s}"; warmup="${WARMUP:-10s}"; rounds="${ROUNDS:-3}"; connections="${CONNECTIONS:-32}"
[[ "${1:-}" == "--quick" ]] && duration=1s && warmup=1s && rounds=1
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

host_port=7181
bare_port=7182
work="$(mktemp -d)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

server_cpu=(); client_cpu=()
if [[ "$(nproc)" -ge 2 ]] && command -v taskset >/dev/null; then server_cpu=(taskset -c 0); client_cpu=(taskset -c 1); fi

for project in src/NkFunctions.LocalHost bench/BareKestrel; do
  dotnet build -c Release -v q -nologo "$project" >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
done

wait_for() { for _ in $(seq 1 100); do curl -fs -H "Accept: application/json" -o /dev/null "$1" && return 0; sleep 0.1; done; echo "no answer from $1" >&2; exit 1; }

slug=nk-cells-in-pregnancy
section="/api/articles/$slug/sections/understanding-nk-cells-in-fertility"
scenarios=(
  "section JSON|$section|application/json|"
  "section HTML fragment|$section|text/html|"
  "full article JSON|/api/articles/$slug|application/json|"
  "section JSON, If-None-Match (304)|$section|application/json|304"
)

"${server_cpu[@]}" dotnet "src/NkFunctions.LocalHost/bin/Release/net10.0/NkFunctions.LocalHost.dll" \
  --urls "http://127.0.0.1:$host_port" --environment Production --Logging:LogLevel:Default=Warning >"$work/host.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$host_port/api/health"

# The bare app serves exactly the bytes and headers the local host answered with.
i=0
for s in "${scenarios[@]}"; do
  IFS='|' read -r _ path accept _ <<<"$s"
  curl -fs -H "Accept: $accept" -D "$work/h$i" -o "$work/b$i" "http://127.0.0.1:$host_port$path"
  type="$(awk -F': ' 'tolower($1)=="content-type" {sub(/\r$/, "", $2); print $2}' "$work/h$i")"
  etag="$(awk -F': ' 'tolower($1)=="etag" {sub(/\r$/, "", $2); print $2}' "$work/h$i")"
  printf '%s\t%s\t%s\t%s\t%s\n' "$path" "$accept" "$type" "$etag" "$work/b$i" >>"$work/manifest.tsv"
  echo "$etag" >"$work/etag$i"
  i=$((i + 1))
done
"${server_cpu[@]}" dotnet bench/BareKestrel/bin/Release/net10.0/BareKestrel.dll --urls "http://127.0.0.1:$bare_port" --manifest "$work/manifest.tsv" >"$work/bare.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$bare_port$section"

wrk_run() { # seconds url accept [if-none-match] -> "rps p50 p99"
  local extra=()
  [[ -n "${4:-}" ]] && extra=(-H "If-None-Match: $4")
  "${client_cpu[@]}" wrk -t1 -c"$connections" -d"$1" --latency -H "Accept: $3" "${extra[@]}" "$2" >"$work/wrk.txt"
  awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {printf "%s %s %s\n", rps, p50, p99}' "$work/wrk.txt"
}
median() { sort -g | awk '{v[NR]=$0} END {print v[int((NR + 1) / 2)]}'; }

# Warm-up: tiered JIT must have produced optimized code on both servers before anything is measured.
for s in "${scenarios[@]}"; do
  IFS='|' read -r _ path accept _ <<<"$s"
  wrk_run "$warmup" "http://127.0.0.1:$host_port$path" "$accept" >/dev/null
  wrk_run "$warmup" "http://127.0.0.1:$bare_port$path" "$accept" >/dev/null
done

printf '| scenario | local host req/s | bare Kestrel req/s | ratio | local host p50 / p99 | bare p50 / p99 |\n|---|---|---|---|---|---|\n'
i=0
for s in "${scenarios[@]}"; do
  IFS='|' read -r name path accept conditional <<<"$s"
  inm=""; [[ "$conditional" == "304" ]] && inm="$(cat "$work/etag$i")"
  : >"$work/host.runs"; : >"$work/bare.runs"
  for _ in $(seq 1 "$rounds"); do
    wrk_run "$duration" "http://127.0.0.1:$host_port$path" "$accept" "$inm" >>"$work/host.runs"
    # The bare app always answers 200 with the body: for the 304 row it is the cost of the full answer.
    wrk_run "$duration" "http://127.0.0.1:$bare_port$path" "$accept" >>"$work/bare.runs"
  done
  read -r h_rps h_p50 h_p99 <<<"$(awk '{print $1}' "$work/host.runs" | median | xargs -I{} grep -m1 '^{} ' "$work/host.runs")"
  read -r b_rps b_p50 b_p99 <<<"$(awk '{print $1}' "$work/bare.runs" | median | xargs -I{} grep -m1 '^{} ' "$work/bare.runs")"
  ratio="$(awk -v a="$h_rps" -v b="$b_rps" 'BEGIN {printf "%.2f", a / b}')"
  printf '| %s | %s | %s | %sx | %s / %s | %s / %s |\n' "$name" "$h_rps" "$b_rps" "$ratio" "$h_p50" "$h_p99" "$b_p50" "$b_p99"
  i=$((i + 1))
done
printf '\n%s cores, .NET %s, wrk -t1 -c%s -d%s, median of %s alternating rounds after %s warm-up per target, %s\n' \
  "$(nproc)" "$(dotnet --version)" "$connections" "$duration" "$rounds" "$warmup" "$(date -u +%Y-%m-%d)"
