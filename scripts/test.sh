#!/usr/bin/env bash
# Runs every test on a fresh machine with the .NET 10 SDK and Node 20: installs the Node tools the tests use
# (Azurite, the OpenAPI linter) when missing, then builds and tests the whole solution.
# Extra arguments go to `dotnet test` (e.g. --filter FullyQualifiedName~Caching).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

if [[ ! -x node_modules/.bin/azurite-table || ! -x node_modules/.bin/redocly ]]; then
  echo "Installing Node tools (npm ci)..."
  npm ci --no-audit --no-fund --loglevel=error
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 REDOCLY_TELEMETRY=off
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
dotnet test NkFunctions.sln -c Release "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line over all test projects, in the plain "N passed, N failed" form CI summaries read.
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
