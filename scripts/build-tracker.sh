#!/usr/bin/env bash
# Builds the tracker that GET /api/nk.js serves: minifies the readable source
# src/NkFunctions.Core/Analytics/Tracker/nk.js with terser (package.json devDependencies) into nk.min.js beside it,
# which is committed and embedded in NkFunctions.Core, so the .NET build never needs Node.
# Run it after every change to nk.js; a browser test fails while nk.min.js is stale.
# Usage: scripts/build-tracker.sh [OUTPUT]   (default: the committed nk.min.js; the test writes to a temporary file)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$repo/src/NkFunctions.Core/Analytics/Tracker"
out="${1:-$dir/nk.min.js}"
terser="$repo/node_modules/terser/bin/terser"
if [[ ! -f "$terser" ]]; then
  echo "$terser is missing: run 'npm ci' at the repository root." >&2
  exit 1
fi

# --ecma 2015: never emit newer syntax than the source uses, so the browsers it runs in stay the same.
# The source's comments are dropped; the first line names the source and the protocol instead.
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
{
  echo "/*! nk.js, anonymous reading analytics (docs/beacons.md). Source: src/NkFunctions.Core/Analytics/Tracker/nk.js */"
  node "$terser" "$dir/nk.js" --ecma 2015 --compress passes=3 --mangle --comments false
} >"$tmp"
chmod 644 "$tmp"
mv "$tmp" "$out"
