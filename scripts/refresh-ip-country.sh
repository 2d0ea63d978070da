#!/usr/bin/env bash
# Refreshes the vendored IP-to-country database (src/NkFunctions.Core/Analytics/Geo/) from the npm package
# @ip-location-db/geo-whois-asn-country-mmdb.
# Usage: scripts/refresh-ip-country.sh [version]   (default: the latest version on npm)
# The package is only packed into a temporary directory: it never becomes a dependency of the repository.
# Afterwards run the Geo tests (dotnet test tests/NkFunctions.Core.Tests --filter FullyQualifiedName~Analytics.Geo):
# they check the file opens, well-known resolvers resolve and every record is a two-letter code.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$repo/src/NkFunctions.Core/Analytics/Geo"
package="@ip-location-db/geo-whois-asn-country-mmdb"
version="${1:-$(npm view "$package" version)}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "$package@$version" --silent >/dev/null && tar -xzf ./*.tgz)

# The licence can change between versions: stop rather than ship data under terms nobody read.
declared="$(node -e 'console.log(require(process.argv[1]).license)' "$work/package/package.json")"
if [[ "$declared" != "CC0-1.0" ]] || ! grep -q "Creative Commons Attribution 4.0" "$work/package/NRO_LICENSE"; then
  echo "The licence of $package@$version changed (package.json: $declared; see NRO_LICENSE): review it and geo-whois-asn-country.LICENSE first." >&2
  exit 1
fi

cp "$work/package/geo-whois-asn-country.mmdb" "$target/geo-whois-asn-country.mmdb"
# Keep the provenance line of the folder's README in step with what was copied.
sed -i -E "s|geo-whois-asn-country-mmdb@[0-9A-Za-z.+-]+|geo-whois-asn-country-mmdb@$version|" "$target/README.md"

size="$(stat -c %s "$target/geo-whois-asn-country.mmdb")"
echo "$package $version: $size bytes copied to $target"
