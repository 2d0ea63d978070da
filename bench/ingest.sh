#!/usr/bin/env bash
# Beacon ingest benchmark: group commit vs one write per event, 64 concurrent clients, real Azurite, events counted
# back, several alternating rounds. With 2+ CPUs, Azurite (single-threaded Node: the ceiling) gets the last CPU to
# itself and the host and the load generator share the rest, so neither writer's storage competes with the client.
# Usage: bench/ingest.sh [--quick] [--rounds N] [--seconds S] [--warmup S] [--clients N]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[[ -x node_modules/.bin/azurite-table ]] || npm ci --no-audit --no-fund --loglevel=error
dotnet build -c Release -v q -nologo bench/IngestBench >/dev/null
bench=bench/IngestBench/bin/Release/net10.0/IngestBench.dll
cpus="$(nproc)"
if [[ "$cpus" -ge 2 ]] && command -v taskset >/dev/null; then
  exec taskset -c "0-$((cpus - 2))" dotnet "$bench" --azurite-cpu "$((cpus - 1))" "$@"
fi
exec dotnet "$bench" "$@"
