#!/usr/bin/env python3
"""spotter's second patch to serde-sarif's generated types (PATCHES.md):
each struct derives `Default` in place of `TypedBuilder` and no longer
derives `Deserialize`; the builder attributes go. spotter only writes
SARIF, with struct literals. Run from this folder on the `generated.rs`
the published build.rs wrote; running it again changes nothing."""
import re
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "src/generated.rs"
lines = open(path, encoding="utf-8").read().split("\n")
out = []
derives = None  # index in `out` of the struct's last `#[derive(...)]`
for line in lines:
    if line == "use typed_builder::TypedBuilder;":
        continue
    if line == "use serde::{Serialize, Deserialize};":
        out.append("use serde::Serialize;")
        continue
    if re.fullmatch(r"\s*#\[builder\(.*\)\]", line):
        continue
    if line == "#[derive(TypedBuilder)]":
        if derives is not None and "Default" not in out[derives]:
            out[derives] = out[derives].replace("Debug, ", "Debug, Default, ")
        continue
    if line.startswith("#[derive(") and "Deserialize" in line:
        line = line.replace("Deserialize, ", "")
        derives = len(out)
    out.append(line)
open(path, "w", encoding="utf-8").write("\n".join(out))
