//! Saying loudly that a test skipped. The test harness captures `eprintln!`
//! of a passing test, so a skip would show only as `ok`; this writes to the
//! process's stderr itself, which the harness does not capture.
#![allow(dead_code)]

use std::io::Write;

/// Prints `SKIPPED: TEST: WHY` where `cargo test` shows it.
pub fn skipped(test: &str, why: &str) {
    let _ = writeln!(std::io::stderr().lock(), "SKIPPED: {test}: {why}");
}
