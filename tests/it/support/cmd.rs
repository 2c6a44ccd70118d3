//! Running the binary in a folder of its own, as a user would.
#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", self.stdout, self.stderr))
    }
}

/// `spotter ARGS` with `dir` as the current folder.
pub fn run_in(dir: &Path, args: &[&str]) -> Run {
    let out = Command::cargo_bin("spotter")
        .expect("binary builds")
        .env_remove("NO_COLOR")
        .current_dir(dir)
        .args(args)
        .output()
        .expect("spotter runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The diagnostics of a JSON report.
fn diagnostics(report: &Value) -> &[Value] {
    report["diagnostics"]
        .as_array()
        .expect("diagnostics is a list")
}

/// `rule line:column message` for every diagnostic of a JSON report.
pub fn findings(report: &Value) -> Vec<String> {
    diagnostics(report)
        .iter()
        .map(|d| {
            format!(
                "{} {}:{} {}",
                d["rule"].as_str().unwrap_or("?"),
                d["line"],
                d["column"],
                d["message"].as_str().unwrap_or("?")
            )
        })
        .collect()
}

/// `rule line:column-end_line:end_column` for every diagnostic of a JSON
/// report: where each starts and ends, in characters.
pub fn places(report: &Value) -> Vec<String> {
    diagnostics(report)
        .iter()
        .map(|d| {
            format!(
                "{} {}:{}-{}:{}",
                d["rule"].as_str().unwrap_or("?"),
                d["line"],
                d["column"],
                d["end_line"],
                d["end_column"]
            )
        })
        .collect()
}

/// Writes `text` at `dir/name`, creating folders on the way.
pub fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create fixture folder");
    }
    std::fs::write(&path, text).expect("write fixture");
}

/// A guide with one exercise whose body (indented four spaces) is `body`.
pub fn guide(id: &str, body: &str) -> String {
    format!("spotter: 1\nid: {id}\ntitle: Test guide\nexercises:\n  - id: {id}-move\n{body}")
}

/// An exercise body with every safety field, so only what a test plants is found.
pub const CLEAN_BODY: &str = "    name: Knee hug\n    risk: low\n    steps: [Draw both knees to your chest.]\n    hold: 10 s\n    repetitions: 3\n    warnings:\n      - kind: stop-if-pain\n        text: Stop if you feel any pain.\n";
