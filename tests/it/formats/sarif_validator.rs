//! The SARIF spotter writes, through Microsoft's official validator
//! (`sarif-multitool validate`, the one GitHub's docs point to): no error
//! and no warning. `SPOTTER_SARIF_MULTITOOL` names the validator (`.ci/run`
//! installs it into `target/sarif` and sets it); else
//! `target/sarif/node_modules/.bin/sarif-multitool` is used when it is
//! there. Without either the test says SKIPPED and passes; with the
//! variable set, a validator that cannot run fails it.

use crate::support::cmd;
use crate::support::skip;

use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn validator() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("SPOTTER_SARIF_MULTITOOL") {
        return Some(PathBuf::from(path));
    }
    let local = Path::new(ROOT).join("target/sarif/node_modules/.bin/sarif-multitool");
    local.exists().then_some(local)
}

/// The validator's report on `sarif`, or why it could not run.
fn validate(tool: &Path, dir: &Path, sarif: &str) -> String {
    let input = dir.join("in.sarif");
    std::fs::write(&input, sarif).expect("write the SARIF");
    let out = std::process::Command::new(tool)
        .arg("validate")
        .arg(&input)
        .arg("--output")
        .arg(dir.join("validation.sarif"))
        .args(["--log", "ForceOverwrite", "--config"])
        .arg(Path::new(ROOT).join("tests/sarif/multitool-policy.xml"))
        .output()
        .unwrap_or_else(|e| panic!("{} cannot run: {e}", tool.display()));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "the validator failed:\n{text}");
    text
}

#[test]
fn sarif_passes_microsofts_validator_with_no_error_and_no_warning() {
    let Some(tool) = validator() else {
        skip::skipped(
            "sarif_passes_microsofts_validator_with_no_error_and_no_warning",
            "no sarif-multitool (set SPOTTER_SARIF_MULTITOOL, or run `npm install --prefix target/sarif @microsoft/sarif-multitool`)",
        );
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    // The format fixture (findings with related places, a suppressed one,
    // non-ASCII), and every fixture together.
    for target in ["tests/fixtures/formats", "tests/fixtures"] {
        let run = cmd::run_in(Path::new(ROOT), &["check", target, "--format", "sarif"]);
        assert_eq!(run.code, 1, "{target}: {}", run.stderr);
        let report = validate(&tool, dir.path(), &run.stdout);
        let complaints: Vec<&str> = report
            .lines()
            .filter(|l| l.contains(": warning ") || l.contains(": error "))
            .collect();
        assert!(
            complaints.is_empty(),
            "{target}:\n{}",
            complaints.join("\n")
        );
        assert!(
            report.contains("Analysis completed successfully"),
            "{target}:\n{report}"
        );
    }
}
