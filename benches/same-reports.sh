#!/usr/bin/env bash
# Does a change keep spotter's reports? Runs two builds on the same inputs
# and compares their JSON reports byte for byte: each YAML file under
# tests/ and guides/ alone, then each folder given (for example a
# `gen_corpus DIR 1000 10` corpus) whole with --jobs 1. With READ_STEPS
# set to two read_steps builds ("OLD NEW"), it also compares what the step
# reader reads on every step line of those files.
#
#   bash benches/same-reports.sh OLD_SPOTTER NEW_SPOTTER [DIR...]
set -uo pipefail
old=$1 new=$2; shift 2
cd "$(dirname "$0")/.."
inputs=0 differ=0
while IFS= read -r f; do
  inputs=$((inputs + 1))
  if ! cmp -s <("$old" check "$f" --format json 2>&1) <("$new" check "$f" --format json 2>&1); then
    differ=$((differ + 1)); echo "differ: $f"
  fi
done < <(find tests guides \( -name '*.yaml' -o -name '*.yml' \) | sort)
for d in guides tests/rules "$@"; do
  inputs=$((inputs + 1))
  if ! cmp -s <("$old" check "$d" --format json --jobs 1 2>&1) <("$new" check "$d" --format json --jobs 1 2>&1); then
    differ=$((differ + 1)); echo "differ: $d (whole)"
  fi
done
echo "reports: $inputs inputs, $differ differ"
if [ -n "${READ_STEPS:-}" ]; then
  read -r old_steps new_steps <<< "$READ_STEPS"
  lines=$(mktemp)
  grep -rhoE '^\s*- .*' tests guides "$@" | sed 's/^\s*- //' | sort -u > "$lines"
  "$old_steps" < "$lines" > "$lines.old"
  "$new_steps" < "$lines" > "$lines.new"
  if cmp -s "$lines.old" "$lines.new"; then
    echo "read_steps: same on $(wc -l < "$lines") lines"
  else
    echo "read_steps: differ"; diff "$lines.old" "$lines.new" | head -40
    differ=$((differ + 1))
  fi
  rm -f "$lines" "$lines.old" "$lines.new"
fi
[ "$differ" -eq 0 ]
