#!/usr/bin/env bash
# Lints one spec with the repository's strict Redocly config. Any error or warning fails.
#   scripts/lint-spec.sh <api>      e.g. komfortkasse, iom-order
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
output="$("$root/node_modules/.bin/redocly" lint "$1" --config "$root/redocly.yaml" --max-problems 500 2>&1)"
status=$?
# Redocly's Node 20 end-of-life banner is noise here; the findings are not.
printf '%s\n' "$output" | grep -v -e '^ *║' -e '^ *╔' -e '^ *╚'
if [ "$status" -ne 0 ]; then exit "$status"; fi
if printf '%s\n' "$output" | grep -qE 'You have [0-9]+ warnings?'; then
  echo "lint-spec: $1 has warnings; the lint allows none." >&2
  exit 1
fi
