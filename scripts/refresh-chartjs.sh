#!/usr/bin/env bash
# Refreshes the vendored Chart.js build the dashboard serves (src/NkFunctions.Core/Reports/Dashboard/) from
# node_modules/chart.js, the exact version package.json pins as a devDependency (so `npm ci` brings it).
# Usage: scripts/refresh-chartjs.sh   (to move to another version: npm install --save-dev --save-exact chart.js@X first)
# The app serves the file itself: no CDN at run time, and the bytes in the repository are the bytes served.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source_dir="$repo/node_modules/chart.js"
target="$repo/src/NkFunctions.Core/Reports/Dashboard"

if [[ ! -f "$source_dir/package.json" ]]; then
  echo "node_modules/chart.js is missing: run 'npm ci --no-audit --no-fund' at the repository root first." >&2
  exit 1
fi
version="$(node -p 'require(process.argv[1]).version' "$source_dir/package.json")"

# The UMD build bundles its one dependency (@kurkle/color) and defines window.Chart. Its sourceMappingURL comment is
# dropped: the map is not served, and browsers' developer tools would log a 404 for it.
sed '/^\/\/# sourceMappingURL=/d' "$source_dir/dist/chart.umd.min.js" >"$target/chart.umd.min.js"
cp "$source_dir/LICENSE.md" "$target/chart.js.LICENSE.md"
# Keep the provenance line of the folder's README in step with what was copied.
sed -i -E "s/chart\.js@[0-9A-Za-z.+-]+/chart.js@$version/" "$target/README.md"

echo "chart.js $version: $(wc -c <"$target/chart.umd.min.js") bytes copied to $target/chart.umd.min.js"
