//! Running the binary in a folder of its own, as a user would.
#![allow(dead_code)]

use serde_json::Value;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;
use wait_timeout::ChildExt;

/// The `spotter` binary cargo built for these tests.
pub fn spotter_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_spotter"))
}

/// `spotter`, to be given its arguments.
pub fn spotter() -> Command {
    Command::new(spotter_bin())
}

/// Runs `cmd` with `stdin` (nothing when `None`) and its output captured,
/// and fails the test if it is still running after `timeout`: a hang is a
/// finding, not a stalled test run.
pub fn output_within(cmd: &mut Command, stdin: Option<&[u8]>, timeout: Duration) -> Output {
    let mut child = cmd
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spotter starts");
    // Both pipes are read on threads of their own, so that a child that
    // writes much to one while we wait on the other cannot block.
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut pipe) = pipe {
                pipe.read_to_end(&mut bytes).expect("read the output");
            }
            bytes
        })
    };
    let stdout = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    // Fed on a thread too, so that a child that never reads it cannot hold
    // the test past its timeout; the pipe closes when the text is written.
    if let (Some(text), Some(mut pipe)) = (stdin, child.stdin.take()) {
        let text = text.to_vec();
        // A child that exits without reading it all closes the pipe: not a failure.
        std::thread::spawn(move || pipe.write_all(&text));
    }
    let Some(status) = child.wait_timeout(timeout).expect("wait for spotter") else {
        let _ = child.kill();
        let _ = child.wait();
        panic!("spotter ran past {timeout:?}");
    };
    Output {
        status,
        stdout: stdout.join().expect("stdout reader"),
        stderr: stderr.join().expect("stderr reader"),
    }
}

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
    let out = spotter()
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

#[test]
#[should_panic(expected = "ran past")]
fn a_run_past_its_timeout_fails_the_test() {
    output_within(
        Command::new("sleep").arg("5"),
        None,
        Duration::from_millis(100),
    );
}

#[test]
fn output_within_feeds_stdin_and_returns_both_streams() {
    let out = output_within(
        Command::new("sh").args(["-c", "cat; echo err >&2"]),
        Some(b"in"),
        Duration::from_secs(10),
    );
    assert_eq!(
        (out.stdout.as_slice(), out.stderr.as_slice()),
        (&b"in"[..], &b"err\n"[..])
    );
}

#[test]
#[should_panic(expected = "ran past")]
fn a_run_that_never_reads_a_large_stdin_still_times_out() {
    output_within(
        Command::new("sleep").arg("5"),
        Some(&vec![b'x'; 1 << 20]),
        Duration::from_millis(100),
    );
}
