#!/usr/bin/env bash
# Runs the whole app locally on a machine with the .NET 10 SDK and Node 20: Azurite's Table service (from npm, data
# in .azurite/) and the local host serving every HTTP function on http://localhost:7071, reading articles straight
# from content/ so edits there show up live. Ctrl+C stops both (Azurite only if this script started it).
# Extra arguments go to the local host, e.g. --urls http://0.0.0.0:8080 or --NK_FUNCTION_KEY my-key.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

table_host=127.0.0.1
table_port=10002
azurite_wait_seconds=30
azurite_pid=""
host_pid=""

command -v dotnet >/dev/null || { echo "dotnet is missing: install the .NET 10 SDK." >&2; exit 1; }
command -v node >/dev/null || { echo "node is missing: install Node 20 or later (Azurite runs on it)." >&2; exit 1; }

# True when something accepts TCP connections on the port (bash's /dev/tcp: no extra tool needed).
port_answers() { (: <"/dev/tcp/$table_host/$1") 2>/dev/null; }

cleanup() {
  local status=$?
  trap - EXIT INT TERM
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

if [[ ! -x node_modules/.bin/azurite-table ]]; then
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
dotnet run --project src/NkFunctions.LocalHost -- --Content:Root "$repo/content" --Content:WatchForChanges true \
  --Reader:Root "$repo/samples/reader" "$@" &
host_pid=$!
wait "$host_pid"
