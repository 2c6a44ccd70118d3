//! `spotter check --format json` without starting the binary: the same
//! pipeline and JSON reporter, in this process. A test that reads only the
//! findings pays no process start, and the schema's validator and the
//! prose patterns are built once for all such tests instead of once a run.

use serde_json::Value;
use spotter::pipeline::{Options, run};
use spotter::setup::discover::{Discovered, Input};

/// The JSON report of `spotter check --format json NAME` run in a folder
/// that holds only `text` as `NAME`, and no `spotter.toml`.
pub fn report(name: &str, text: &str) -> Value {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("write guide");
    let found = Discovered {
        inputs: vec![Input {
            display: name.to_string(),
            path,
        }],
        problems: Vec::new(),
    };
    let outcome = run(found, None, &Options::default());
    serde_json::from_str(&spotter::report::json::render(&outcome)).expect("the JSON report parses")
}
