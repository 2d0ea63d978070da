#!/usr/bin/env bash
# Refreshes the vendored bot list (src/NkFunctions.Core/Analytics/Bots/) from the npm package crawler-user-agents.
# Usage: scripts/refresh-crawler-user-agents.sh [version]   (default: the latest version on npm)
# The package is only packed into a temporary directory: it never becomes a dependency of the repository.
# Afterwards run the bot tests: a new pattern the NonBacktracking engine cannot compile fails
# CrawlerListTests until it is listed in CrawlerPatterns.Unsupported.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$repo/src/NkFunctions.Core/Analytics/Bots"
version="${1:-$(npm view crawler-user-agents version)}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "crawler-user-agents@$version" --silent >/dev/null && tar -xzf "crawler-user-agents-$version.tgz")

cp "$work/package/crawler-user-agents.json" "$target/crawler-user-agents.json"
cp "$work/package/LICENSE" "$target/crawler-user-agents.LICENSE"
# Keep the provenance line of the folder's README in step with what was copied.
sed -i -E "s/crawler-user-agents@[0-9A-Za-z.+-]+/crawler-user-agents@$version/" "$target/README.md"

patterns="$(node -e 'console.log(require(process.argv[1]).length)' "$target/crawler-user-agents.json")"
echo "crawler-user-agents $version: $patterns patterns copied to $target"
