#!/usr/bin/env bash
# Report benchmark: summary and sections over 30 days of ~1M synthetic events, from rollups vs from raw events, in a
# real Azurite. Usage: bench/reports.sh [--quick] [--raw-only summary|sections]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[[ -x node_modules/.bin/azurite-table ]] || npm ci --no-audit --no-fund --loglevel=error
dotnet run -c Release --project bench/ReportsBench -- "$@"
