#!/usr/bin/env bash
# Start-up with and without images: the local host (Release) from process start to the first 200 on /api/health, over
# the seed content alone and over the seed plus an article with N photographs (responsive variants made at load).
# Usage: bench/images/startup.sh [images=12] [width=3000] [height=2000] [runs=5]   (prints a Markdown table)
set -euo pipefail
cd "$(dirname "$0")/../.."
images=${1:-12}; width=${2:-3000}; height=${3:-2000}; runs=${4:-5}
dotnet build src/NkFunctions.LocalHost -c Release -v q -nologo >/dev/null
host=src/NkFunctions.LocalHost/bin/Release/net10.0/NkFunctions.LocalHost.dll
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cp -r content "$work/plain"; cp -r content "$work/images"
dotnet run bench/images/make-content.cs -- "$work/images" "$images" "$width" "$height" >/dev/null

measure() { # $1 content root → "ms_to_first_200 load_ms image_ms"
  local port=$((20000 + RANDOM % 20000)) log="$work/log" start end
  start=$(date +%s%N)
  dotnet "$host" --environment Production --urls "http://127.0.0.1:$port" --Content:Root="$1" \
    --Logging:LogLevel:Default=Warning --Logging:LogLevel:NkFunctions.Core.Content.Serving.ContentStore=Information >"$log" 2>&1 &
  local pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/api/health"; do
    kill -0 "$pid" 2>/dev/null || return 1 # exited (e.g. the random port was taken): the caller tries again
    sleep 0.02
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  local load images_ms
  load=$(grep -o 'in [0-9]* ms' "$log" | head -1 | grep -o '[0-9]*' || echo -)
  images_ms=$(grep -o 'variant(s) in [0-9]* ms' "$log" | grep -o '[0-9]*' || echo -)
  echo "$(( (end - start) / 1000000 )) $load $images_ms"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

declare -A first load img
for kind in plain images; do first[$kind]=""; load[$kind]=""; img[$kind]=""; done
for ((r = 0; r < runs; r++)); do
  for kind in plain images; do
    for attempt in 1 2 3; do out=$(measure "$work/$kind") && break; done
    read -r f l i <<<"$out"
    first[$kind]+="$f"$'\n'; load[$kind]+="$l"$'\n'; img[$kind]+="$i"$'\n'
  done
done

echo "| content | first 200: median of $runs | content load (host log): median | image processing (host log, summed over images): median |"
echo "|---|---|---|---|"
for kind in plain images; do
  label=$([ "$kind" = plain ] && echo "seed article only" || echo "seed + $images JPEGs of ${width}x${height} (3 variants each)")
  imgs=$(printf '%s' "${img[$kind]}" | grep -v '^-$' || true)
  echo "| $label | $(printf '%s' "${first[$kind]}" | median) ms | $(printf '%s' "${load[$kind]}" | median) ms | $([ -n "$imgs" ] && echo "$(printf '%s\n' "$imgs" | median) ms" || echo "none") |"
done
