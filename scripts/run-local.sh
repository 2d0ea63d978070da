#!/usr/bin/env bash
# Runs the whole app locally on a machine with the .NET 10 SDK and Node 20: Azurite's Table service (from npm, data
# in .azurite/) and the local host serving every HTTP function on http://localhost:7071, reading articles straight
# from content/ so edits there show up live; then, once the API answers, the sample site (samples/site, Eleventy) built
# from that API and served on http://localhost:8080, rebuilt when content/ changes. Ctrl+C stops them all (Azurite
# only if this script started it).
# Extra arguments go to the local host, e.g. --urls http://0.0.0.0:7072 or --NK_FUNCTION_KEY my-key.
# Environment: NK_SITE=0 skips the site; NK_SITE_PORT (default 8080) is its port; NK_API_BASE is where the site reads
# the API (default: the host's first --urls, else http://localhost:7071).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

table_host=127.0.0.1
table_port=10002
azurite_wait_seconds=30
azurite_pid=""
host_pid=""
site_pid=""
site_enabled="${NK_SITE:-1}"
site_port="${NK_SITE_PORT:-8080}"
# Where the site reads the API: NK_API_BASE, else the first of the host's --urls (a wildcard host read as
# localhost), else the host's default.
host_urls=""
for ((i = 1; i <= $#; i++)); do
  if [[ "${!i}" == --urls ]]; then j=$((i + 1)); host_urls="${!j:-}"; fi
  if [[ "${!i}" == --urls=* ]]; then host_urls="${!i#--urls=}"; fi
done
host_url="${host_urls%%;*}"
host_url="$(sed -E 's#^(https?://)(0\.0\.0\.0|\*|\+|\[::\])#\1localhost#; s#/+$##' <<<"$host_url")"
api_base="${NK_API_BASE:-${host_url:-http://localhost:7071}}"
api_wait_seconds=600 # the first run builds the solution first

command -v dotnet >/dev/null || { echo "dotnet is missing: install the .NET 10 SDK." >&2; exit 1; }
command -v node >/dev/null || { echo "node is missing: install Node 20 or later (Azurite runs on it)." >&2; exit 1; }

# True when something accepts TCP connections on the port (bash's /dev/tcp: no extra tool needed).
port_answers() { (: <"/dev/tcp/$table_host/$1") 2>/dev/null; }

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [[ -n "$site_pid" ]] && kill -0 "$site_pid" 2>/dev/null; then
    kill -TERM "$site_pid" 2>/dev/null || true
    wait "$site_pid" 2>/dev/null || true
  fi
  # dotnet run forwards SIGTERM to the host, which then shuts down gracefully.
  if [[ -n "$host_pid" ]] && kill -0 "$host_pid" 2>/dev/null; then
    kill -TERM "$host_pid" 2>/dev/null || true
    wait "$host_pid" 2>/dev/null || true
  fi
  if [[ -n "$azurite_pid" ]]; then
    kill -TERM "$azurite_pid" 2>/dev/null || true
    wait "$azurite_pid" 2>/dev/null || true
    echo "Stopped Azurite."
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ ! -x node_modules/.bin/azurite-table || ( "$site_enabled" != 0 && ! -f node_modules/@11ty/eleventy/cmd.cjs ) ]]; then
  echo "Installing Node tools..."
  if [[ -f package-lock.json ]]; then
    npm ci --no-audit --no-fund --loglevel=error
  else
    npm install --no-audit --no-fund --loglevel=error
  fi
fi

if port_answers "$table_port"; then
  echo "Table Storage already answers on $table_host:$table_port; using it."
else
  mkdir -p .azurite
  echo "Starting Azurite (Table) on $table_host:$table_port, data in .azurite/, log in .azurite/azurite.log..."
  # --disableTelemetry: Azurite otherwise reports usage to an outside address.
  node_modules/.bin/azurite-table --tableHost "$table_host" --tablePort "$table_port" --location .azurite \
    --skipApiVersionCheck --loose --disableTelemetry >>.azurite/azurite.log 2>&1 &
  azurite_pid=$!
  for ((i = 0; i < azurite_wait_seconds * 10; i++)); do
    # Liveness first: if ours died (e.g. the port was taken meanwhile), whatever answers is not what we started.
    if ! kill -0 "$azurite_pid" 2>/dev/null; then
      azurite_pid=""
      echo "Azurite exited before answering; last lines of .azurite/azurite.log:" >&2
      tail -n 20 .azurite/azurite.log >&2
      exit 1
    fi
    port_answers "$table_port" && break
    sleep 0.1
  done
  if ! port_answers "$table_port"; then
    echo "Azurite did not answer on $table_host:$table_port within ${azurite_wait_seconds}s; see .azurite/azurite.log." >&2
    exit 1
  fi
fi

# In the background and waited for, so Ctrl+C or a TERM to this script reaches the trap (and so the host) at once.
# The demo reader is served at http://localhost:7071/reader/ (embed preview: /reader/embeds.html), the analysts' dashboard at http://localhost:7071/api/dashboard.
echo "Starting the local host: demo reader at /reader/, embed preview at /reader/embeds.html, analysts' dashboard at /api/dashboard (on http://localhost:7071 unless --urls says otherwise; the dashboard asks for the function key)."
# WatchForChanges: the authoring preview (edits under content/ show on the next request, bad edits keep the last good).
# With the site on, the API's feeds, sitemap and embeds link to its pages (Embeds:SiteUrl; a later argument wins).
site_args=()
[[ "$site_enabled" == 0 ]] || site_args=(--Embeds:SiteUrl "http://localhost:$site_port")
dotnet run --project src/NkFunctions.LocalHost -- --Content:Root "$repo/content" --Content:WatchForChanges true \
  --Reader:Root "$repo/samples/reader" "${site_args[@]}" "$@" &
host_pid=$!

# True when the API answers its liveness probe (node's fetch: no curl needed).
api_answers() { node -e 'fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$api_base/api/health"; }

if [[ "$site_enabled" != 0 ]]; then
  echo "Waiting for the API at $api_base to build the sample site (NK_SITE=0 skips it)..."
  for ((i = 0; i < api_wait_seconds; i++)); do
    kill -0 "$host_pid" 2>/dev/null || break
    api_answers && break
    sleep 1
  done
  if api_answers; then
    echo "Sample site (Eleventy) on http://localhost:$site_port, built from $api_base and rebuilt when content/ changes."
    # Eleventy's own dev server; the site reads the API at build time (samples/site/README.md). It rebuilds when a
    # file under content/ is added or edited, not when one is deleted (Eleventy 3.1 only logs that): hence a clean
    # output folder at each start, so no page of a deleted article outlives a restart.
    rm -rf samples/site/_site
    (cd samples/site && NK_API_BASE="$api_base" NK_SITE_WATCH="$repo/content" \
      exec node "$repo/node_modules/@11ty/eleventy/cmd.cjs" --serve --port="$site_port") &
    site_pid=$!
  else
    echo "The API did not answer at $api_base within ${api_wait_seconds}s: not building the sample site (set NK_API_BASE?)." >&2
  fi
fi

wait "$host_pid"
