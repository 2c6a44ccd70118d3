#!/usr/bin/env bash
# The measurements in docs/limits.md: peak RSS of the alias bombs the
# ceiling was chosen from, and of guides of 1, 10 and 100 MB.
#   bash benches/limits.sh [WORKDIR]          (needs python3 and /usr/bin/time)
# SPOTTER=path/to/spotter to measure another build.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-$(mktemp -d)}
mkdir -p "$work"
spotter=${SPOTTER:-target/release/spotter}
[ -x "$spotter" ] || cargo build --release --locked

python3 - "$work" <<'EOF'
import sys
work = sys.argv[1]
# Aliases of one exercise with five findings of its own, L/8 of them.
for nodes in (100_000, 250_000, 500_000):
    head = ["spotter: 1", "id: bomb", "title: Bomb",
            "x: &e {id: x, name: y, risk: extreme, steps: [z], hold: 1000 s}"]
    body = "exercises: [" + ", ".join(["*e"] * (nodes // 8)) + "]"
    open(f"{work}/aliases-{nodes}.yaml", "w").write("\n".join(head + [body]) + "\n")
# Small clean exercises, 8 lines each, up to 10 and 100 MB.
exercise = """  - id: move-{i}
    name: Knee hug {i}
    risk: low
    steps: [Draw both knees to your chest.]
    hold: 10 s
    repetitions: 3
    warnings:
      - {{kind: stop-if-pain, text: Stop if you feel any pain.}}
"""
for mb in (1, 10, 100):
    parts, size, i = ["spotter: 1\nid: small\ntitle: Small exercises\nexercises:\n"], 0, 0
    while size < mb * 1_000_000:
        parts.append(exercise.format(i=i)); size += len(parts[-1]); i += 1
    open(f"{work}/small-{mb}mb.yaml", "w").write("".join(parts))
EOF

peak() {
  /usr/bin/time -f "%M" "$spotter" check "$@" --format json --jobs 1 2>&1 >/dev/null | tail -1
}

echo "alias nodes at the ceiling, each format | peak RSS KB"
for format in json sarif gitlab junit concise github pretty; do
  echo "100000 $format | $(/usr/bin/time -f "%M" "$spotter" check "$work/aliases-100000.yaml" \
    --format "$format" --jobs 2 --max-alias-nodes 100000 2>&1 >/dev/null | tail -1)"
done
# 250,000 and 500,000 are above the ceiling: measure them with SPOTTER= a
# build from before it (docs/limits.md did, at e7c5660).

echo "guide | file bytes | peak RSS KB"
for mb in 1 10 100; do
  f="$work/small-${mb}mb.yaml"
  echo "small-${mb}mb | $(wc -c <"$f") | $(peak "$f" --max-file-size 200000000)"
done
for n in 1500 15000; do
  dir="$work/gen-$n"
  [ -d "$dir" ] || cargo run --release --locked --example gen_corpus -- "$dir" 1 "$n" >/dev/null
  f=$(find "$dir" -name '*.yaml' | head -1)
  echo "gen_corpus $n | $(wc -c <"$f") | $(peak "$f" --max-file-size 200000000)"
done
