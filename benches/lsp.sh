#!/usr/bin/env bash
# Reproduces the language server numbers in docs/editors.md ("Latency").
#
#   bash benches/lsp.sh [WORKDIR]
#
# Writes a workspace of 1,000 guides of 10 exercises and one guide of 500
# exercises with examples/gen_corpus (deterministic) under WORKDIR (default:
# a fresh temporary directory), then runs benches/lsp.rs against the
# release build of `spotter lsp` (which writes its own large guide for the
# hover measurement).
set -euo pipefail

cd "$(dirname "$0")/.."
work="${1:-$(mktemp -d)}"
mkdir -p "$work"

cargo build --release --quiet --example gen_corpus
echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores"
[ -d "$work/lsp-workspace" ] || target/release/examples/gen_corpus "$work/lsp-workspace" 1000 10
[ -d "$work/lsp-big" ] || target/release/examples/gen_corpus "$work/lsp-big" 1 500
cargo bench --quiet --bench lsp -- "$work"
