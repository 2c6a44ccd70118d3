#!/usr/bin/env bash
# Reproduces the numbers in docs/performance.md.
#
#   bash benches/perf.sh [WORKDIR]
#
# Builds the release binary and the two examples, writes two synthetic
# corpora (1,000 and 10,000 guides of 10 exercises) under WORKDIR (default:
# a fresh temporary directory), then measures `spotter check --format json`
# against the parse-only baseline with hyperfine, peak memory with
# /usr/bin/time -v, and checks that --jobs 1 and --jobs 2 print the same bytes.
# Needs hyperfine (`apt-get install -y hyperfine`) and GNU time.
# SPOTTER=... PARSE_ONLY=... measure other builds (e.g. a copy of an older
# target/release) on the same corpora; RUNS=N sets hyperfine's run count.
set -euo pipefail

cd "$(dirname "$0")/.."
work="${1:-$(mktemp -d)}"
mkdir -p "$work"
runs="${RUNS:-20}"

cargo build --release --quiet --bin spotter --example gen_corpus --example parse_only
spotter="${SPOTTER:-target/release/spotter}"
parse_only="${PARSE_ONLY:-target/release/examples/parse_only}"

echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores"

for guides in 1000 10000; do
    dir="$work/corpus-$guides"
    [ -d "$dir" ] || target/release/examples/gen_corpus "$dir" "$guides" 10
done

for guides in 1000 10000; do
    dir="$work/corpus-$guides"
    for jobs in 2 1; do
        hyperfine --shell=none --warmup 3 --runs "$runs" --ignore-failure \
            -n "spotter   $guides guides --jobs $jobs" "$spotter check $dir --format json --jobs $jobs" \
            -n "parse_only $guides guides --jobs $jobs" "$parse_only --jobs $jobs $dir"
    done
done

# hyperfine runs all of one command, then all of the other, so a machine
# whose load drifts (a shared one) skews the ratio. Here they alternate,
# and each round gives one ratio per command: the median of those is what
# docs/performance.md reports as the time ratio. At --jobs 2 each round also runs
# spotter with the prose rules off, and with every rule off (the schema,
# the model and the digest still run), to show what the rules cost.
printf '[rules]\n' > "$work/prose-off.toml"
for rule in undeclared-partner hold-time-mismatch repetition-mismatch frequency-mismatch \
    unbounded-instruction weak-stop-warning; do
    printf '%s = "off"\n' "$rule" >> "$work/prose-off.toml"
done
# Every rule `spotter rules` lists, so a new rule is counted too; the
# schema and the suppression comments stay on.
{
    printf '[rules]\n'
    "$spotter" rules | awk '{ print $1 }' |
        grep -vxE 'parse-error|schema-violation|unused-suppression|invalid-suppression' |
        sed 's/$/ = "off"/'
} > "$work/rules-off.toml"
seconds() {
    local t0=$EPOCHREALTIME
    "$@" >/dev/null 2>&1 || true
    awk "BEGIN { print $EPOCHREALTIME - $t0 }"
}
median() {
    sort -n | awk '{ r[NR] = $1 } END { print (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2 }'
}
echo
dir="$work/corpus-1000"
for jobs in 2 1; do
    all=() prose_off=() rules_off=()
    for _ in $(seq "$runs"); do
        floor=$(seconds "$parse_only" --jobs "$jobs" "$dir")
        all+=("$(awk "BEGIN { print $(seconds "$spotter" check "$dir" --format json --jobs "$jobs") / $floor }")")
        if [ "$jobs" = 2 ]; then
            prose_off+=("$(awk "BEGIN { print $(seconds "$spotter" check "$dir" --format json --jobs 2 --config "$work/prose-off.toml") / $floor }")")
            rules_off+=("$(awk "BEGIN { print $(seconds "$spotter" check "$dir" --format json --jobs 2 --config "$work/rules-off.toml") / $floor }")")
        fi
    done
    echo "interleaved, 1,000 guides, --jobs $jobs: median wall-time ratio $(printf '%s\n' "${all[@]}" | median) over $runs rounds"
    if [ "$jobs" = 2 ]; then
        echo "  the prose rules off: $(printf '%s\n' "${prose_off[@]}" | median); every rule off: $(printf '%s\n' "${rules_off[@]}" | median)"
    fi
done

echo
echo "peak RSS (JSON format)"
for guides in 1000 10000; do
    dir="$work/corpus-$guides"
    for jobs in 2 1; do
        for cmd in "$spotter check $dir --format json --jobs $jobs" "$parse_only --jobs $jobs $dir"; do
            # spotter exits 1 on the corpus's seeded defects: that is expected.
            rss=$( { /usr/bin/time -v $cmd >/dev/null || true; } 2>&1 |
                sed -n 's/.*Maximum resident set size (kbytes): //p')
            printf '%8s KB  %s\n' "$rss" "$cmd"
        done
    done
done

echo
# Rendering must stay linear in findings × file size: one 0.8 MB file with
# 5,000 findings (every exercise lacks `hold`), each format against JSON.
many="$work/many-findings.yaml"
if [ ! -f "$many" ]; then
    {
        printf 'spotter: 1\nid: many\ntitle: Many\nexercises:\n'
        for i in $(seq 5000); do
            printf '  - id: ex-%s\n    name: Exercise %s\n    risk: low\n    steps: [Reach up.]\n    repetitions: 2\n    warnings: [{kind: stop-if-pain, text: Stop if it hurts.}]\n' "$i" "$i"
        done
    } > "$many"
fi
# Every other format against JSON on the same file: each within 1.5x.
hyperfine --shell=none --warmup 2 --runs "$runs" --ignore-failure \
    -n "json,    5,000 findings in one file" "$spotter check $many --format json" \
    -n "pretty,  5,000 findings in one file" "$spotter check $many --color never" \
    -n "concise, 5,000 findings in one file" "$spotter check $many --format concise" \
    -n "sarif,   5,000 findings in one file" "$spotter check $many --format sarif" \
    -n "github,  5,000 findings in one file" "$spotter check $many --format github" \
    -n "gitlab,  5,000 findings in one file" "$spotter check $many --format gitlab" \
    -n "junit,   5,000 findings in one file" "$spotter check $many --format junit"

echo
dir="$work/corpus-1000"
if cmp -s <($spotter check "$dir" --format json --jobs 1) <($spotter check "$dir" --format json --jobs 2); then
    echo "--jobs 1 and --jobs 2: byte-identical JSON"
else
    echo "--jobs 1 and --jobs 2: JSON DIFFERS" >&2
    exit 1
fi

# Instructions do not vary with the load of a shared machine as wall time
# does: the ratio to parse_only in instructions, when valgrind is at hand.
if command -v valgrind >/dev/null; then
    echo
    count() {
        # spotter exits 1 on the corpus's seeded defects: that is expected.
        { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null || true; } |
            sed -n 's/.*Collected : //p'
    }
    checked=$(count "$spotter" check "$dir" --format json --jobs 1)
    parsed=$(count "$parse_only" --jobs 1 "$dir")
    events=$(count "$parse_only" --jobs 1 --events-only "$dir")
    echo "instructions, 1,000 guides, --jobs 1: spotter $checked, parse_only $parsed," \
        "ratio $(awk "BEGIN { printf \"%.2f\", $checked / $parsed }")"
    # Per byte of the guides read (issue 29's targets: spotter at or under
    # 1,000 M, the parser's bare event loop at or under 100 a byte).
    bytes=$(find "$dir" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
    per() { awk "BEGIN { printf \"%.1f\", $1 / $bytes }"; }
    echo "instructions per input byte ($bytes bytes): spotter $(per "$checked")," \
        "parse_only $(per "$parsed"), event loop (parse_only --events-only) $events, $(per "$events")"
fi
