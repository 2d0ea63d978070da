#!/usr/bin/env bash
# Beacon ingest benchmark: group commit vs one write per event, 64 concurrent clients, real Azurite, events counted
# back. Usage: bench/ingest.sh [--quick]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[[ -x node_modules/.bin/azurite-table ]] || npm ci --no-audit --no-fund --loglevel=error
dotnet run -c Release --project bench/IngestBench -- "$@"
