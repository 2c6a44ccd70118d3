#!/bin/bash
# The time `cargo test` takes, clean and warm: a build into an empty target
# folder and the whole run, then a rebuild and run after `touch src/lib.rs`.
# Prints wall, user and sys seconds of each; on a shared machine compare
# user+sys, since wall time follows the load (printed too).
# usage: bash benches/test-time.sh [WORKDIR]   (WORKDIR: the empty target)
set -u
cd "$(dirname "$0")/.." || exit 1
work=${1:-$(mktemp -d)}
mkdir -p "$work" || exit 1
export CARGO_TARGET_DIR="$work/target" CARGO_TERM_COLOR=never
rm -rf "$CARGO_TARGET_DIR"
run() {
  echo "== $1 (load $(cut -d' ' -f1 /proc/loadavg))"
  /usr/bin/time -f "$1 wall %e s user %U s sys %S s" -o "$work/$1.time" \
    cargo test --locked --no-fail-fast >"$work/$1.log" 2>&1
  echo "exit $? (log: $work/$1.log)"
  cat "$work/$1.time"
}
run clean
touch src/lib.rs
run warm
