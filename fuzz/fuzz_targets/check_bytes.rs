//! Any bytes through the whole pipeline: no panic, every span inside the
//! text on char boundaries, every line/column consistent with its span,
//! and both reporters render. Run: `cargo +nightly fuzz run check_bytes`.

#![no_main]

#[path = "../../tests/it/support/positions.rs"]
mod positions;

use libfuzzer_sys::fuzz_target;
use spotter::setup::discover::Discovered;
use spotter::pipeline::{self, Options, check_bytes};
use spotter::report::{json, pretty};

const NAME: &str = "fuzzed.yaml";

fuzz_target!(|data: &[u8]| {
    let opts = Options {
        keep_sources: true,
        ..Options::default()
    };
    let report = check_bytes(NAME, data.to_vec(), &opts);
    positions::check_report(&report);

    let outcome = pipeline::run(
        Discovered::default(),
        Some((NAME.into(), data.to_vec())),
        &opts,
    );
    let text = json::render(&outcome);
    let value: serde_json::Value = serde_json::from_str(&text).expect("JSON output parses");
    assert_eq!(
        value["diagnostics"].as_array().map(Vec::len),
        Some(outcome.diagnostics.len())
    );
    let options = pretty::PrettyOptions {
        color: false,
        width: 80,
        wrap: true,
        summary: true,
    };
    let _ = pretty::render(&outcome, &options, 0);
});
