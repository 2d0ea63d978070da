#!/usr/bin/env bash
# The benchmark harness: builds everything in Release once, then runs bench/NkBench, which runs each scenario
# (read path, conditional reads, beacon ingest, reports, start-up, scale, micro-benchmarks) against its baselines on
# loopback, stops everything it started, and writes bench/results/<date>-<mode>.md; a full run also updates the
# generated section of BENCHMARKS.md. See BENCHMARKS.md for what each scenario measures.
# Usage: bench/run.sh [--quick] [--only read,conditional,ingest,reports,startup,site,micro] [--out FILE] [--rate N]
#   --quick  every scenario briefly (about 3 minutes; CI runs it so the harness never rots: no figure is asserted)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

# Load generator and static-file baseline from Debian; installed when missing (as root).
missing=()
[[ -x /usr/bin/wrk ]] || missing+=(wrk)
[[ -x /usr/sbin/nginx ]] || missing+=(nginx)
command -v taskset >/dev/null || missing+=(util-linux)
if [[ ${#missing[@]} -gt 0 ]]; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} (apt)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Missing ${missing[*]}: run 'sudo apt-get install -y ${missing[*]}'." >&2
    exit 1
  fi
fi
[[ -x node_modules/.bin/azurite-table ]] || npm ci --no-audit --no-fund --loglevel=error

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
echo "Building the benchmarks (Release)..."
# NkBench references every program it runs, so this one build readies them all.
dotnet build bench/NkBench -c Release -v q -nologo >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
dotnet bench/NkBench/bin/Release/net10.0/NkBench.dll "$@"
