//! `spotter lsp` latency, in a workspace of 1,000 guides of 10 exercises
//! plus one guide of 500 exercises (cross-guide rules on):
//!
//! - the index of the workspace: from start to the log line that says it
//!   is done;
//! - for a 10-exercise guide of the workspace and for the 500-exercise one:
//!   `didOpen` → `publishDiagnostics`; `didChange` → `publishDiagnostics`
//!   at typing pace (200 edits 50 ms apart, more than the 30 ms debounce, so
//!   each edit is checked as soon as it arrives) and back to back (100
//!   edits, each sent as soon as the previous one's diagnostics came: the
//!   debounce holds every one after the first of a burst);
//! - a hover on the small guide while a large guide (outside the
//!   workspace, with a `spotter.toml` that raises the size limit) is being
//!   checked after an edit: 20 rounds.
//!
//! ```text
//! bash benches/lsp.sh [WORKDIR]
//! ```
//!
//! (which builds `gen_corpus`, writes the corpora and runs
//! `cargo bench --bench lsp -- WORKDIR`).

#[path = "../tests/it/support/lsp.rs"]
#[allow(dead_code, unused_imports, clippy::all)]
mod lsp;

use lsp::{Client, uri};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const TYPING_EDITS: usize = 200;
const BURST_EDITS: usize = 100;
const GAP: Duration = Duration::from_millis(50);
/// Exercises in the guide checked while a hover is asked.
const HUGE_EXERCISES: usize = 60_000;
const HOVER_ROUNDS: usize = 20;

fn main() {
    let Some(work) = std::env::args().skip(1).find(|a| !a.starts_with('-')) else {
        eprintln!("usage: cargo bench --bench lsp -- WORKDIR (see benches/lsp.sh)");
        std::process::exit(2);
    };
    let work = PathBuf::from(&work);
    let root = work.join("lsp-workspace");
    let big = find_yaml(&work.join("lsp-big"))
        .and_then(|source| {
            let target = root.join("zz-big").join("big.yaml");
            std::fs::create_dir_all(target.parent()?).ok()?;
            std::fs::copy(&source, &target).ok()?;
            Some(target)
        })
        .unwrap_or_else(|| {
            eprintln!("no corpus under {}: run benches/lsp.sh", work.display());
            std::process::exit(2);
        });
    let small = find_yaml(&root).unwrap_or_else(|| {
        eprintln!("no guide in {}", root.display());
        std::process::exit(2);
    });
    let huge = write_huge(&work.join("lsp-huge"));

    let started = Instant::now();
    let mut client = Client::start(&root, &["utf-16"]);
    let log = client.wait_indexed();
    println!(
        "index: {log}; {:.0} ms from start to the log line",
        ms(started.elapsed())
    );

    for (name, path) in [("10-exercise guide", &small), ("500-exercise guide", &big)] {
        latencies(&mut client, name, path);
    }
    hover_during_a_large_check(&mut client, &small, &huge);
    let _ = client.shutdown();
}

/// Open → diagnostics, then edits at typing pace and back to back.
fn latencies(client: &mut Client, name: &str, path: &Path) {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let uri = uri(path);
    let sent = Instant::now();
    client.open(&uri, &text);
    client.diagnostics_of(&uri, 1);
    println!("{name}: didOpen → diagnostics {:.1} ms", ms(sent.elapsed()));
    let mut version = 1;
    let mut typing = Vec::with_capacity(TYPING_EDITS);
    for edit in 0..TYPING_EDITS {
        std::thread::sleep(GAP);
        version += 1;
        typing.push(edit_and_wait(client, &uri, &text, version, edit));
    }
    println!(
        "{name}: didChange → diagnostics at typing pace ({TYPING_EDITS} edits {} ms apart): {}",
        GAP.as_millis(),
        quantiles(&mut typing)
    );
    std::thread::sleep(GAP);
    let mut burst = Vec::with_capacity(BURST_EDITS);
    for edit in 0..BURST_EDITS {
        version += 1;
        burst.push(edit_and_wait(client, &uri, &text, version, edit));
    }
    println!(
        "{name}: didChange → diagnostics back to back ({BURST_EDITS} edits): {}",
        quantiles(&mut burst)
    );
}

/// Changes the first `hold` line of `text` and waits for that version's
/// diagnostics: the time it took.
fn edit_and_wait(
    client: &mut Client,
    uri: &str,
    text: &str,
    version: i64,
    edit: usize,
) -> Duration {
    let line = text
        .lines()
        .position(|l| l.trim_start().starts_with("hold: "))
        .unwrap_or(0);
    let indent = text
        .lines()
        .nth(line)
        .map_or(0, |l| l.len() - l.trim_start().len());
    let new_line = format!("{}hold: {} s", " ".repeat(indent), 5 + edit % 50);
    let sent = Instant::now();
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": version},
               "contentChanges": [{"range": {"start": {"line": line, "character": 0}, "end": {"line": line + 1, "character": 0}},
                                   "text": format!("{new_line}\n")}]}),
    );
    client.diagnostics_of(uri, version);
    sent.elapsed()
}

/// Each round: an edit to the huge guide, then (once its check is under
/// way) a hover on the small one; the hover's latency, and whether it came
/// before the huge guide's diagnostics.
fn hover_during_a_large_check(client: &mut Client, small: &Path, huge: &Path) {
    let text = std::fs::read_to_string(huge).unwrap_or_default();
    let huge_uri = uri(huge);
    let small_uri = uri(small);
    let sent = Instant::now();
    client.open(&huge_uri, &text);
    client.diagnostics_of(&huge_uri, 1);
    let opened = sent.elapsed();
    let mut hovers = Vec::with_capacity(HOVER_ROUNDS);
    let mut checks = Vec::with_capacity(HOVER_ROUNDS);
    let mut before = 0;
    for round in 0..HOVER_ROUNDS {
        let version = 2 + round as i64;
        let sent = Instant::now();
        client.change_full(
            &huge_uri,
            version,
            &text.replace("move-0\n", &format!("move-r{round}\n")),
        );
        std::thread::sleep(Duration::from_millis(100));
        let asked = Instant::now();
        client.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": small_uri}, "position": {"line": 1, "character": 5}}),
        );
        hovers.push(asked.elapsed());
        if client.published_versions(&huge_uri).is_empty() {
            before += 1;
        }
        client.diagnostics_of(&huge_uri, version);
        checks.push(sent.elapsed());
    }
    println!(
        "guide of {HUGE_EXERCISES} exercises ({:.1} MB): didOpen → diagnostics {:.0} ms; edit → diagnostics {}",
        text.len() as f64 / 1e6,
        ms(opened),
        quantiles(&mut checks)
    );
    println!(
        "hover on another guide 100 ms into that check ({HOVER_ROUNDS} rounds): {}; answered before the check ended in {before} of {HOVER_ROUNDS}",
        quantiles(&mut hovers)
    );
}

/// A guide of [`HUGE_EXERCISES`] exercises, beside a `spotter.toml` that
/// lets it past the size limit.
fn write_huge(dir: &Path) -> PathBuf {
    let path = dir.join("huge.yaml");
    if path.is_file() {
        return path;
    }
    let mut text = String::from("spotter: 1\nid: huge-guide\ntitle: A long guide\nexercises:\n");
    for i in 0..HUGE_EXERCISES {
        text.push_str(&format!(
            "  - id: move-{i}\n    name: Move {i}\n    risk: low\n    steps: [Lie on your back and hold for 20 seconds, then repeat 3 times.]\n    hold: 20 s\n    repetitions: 3\n    warnings:\n      - kind: stop-if-pain\n        text: Stop if you feel any pain.\n"
        ));
    }
    let written = std::fs::create_dir_all(dir)
        .and_then(|()| {
            std::fs::write(
                dir.join("spotter.toml"),
                "[limits]\nmax_file_size = 104857600\n",
            )
        })
        .and_then(|()| std::fs::write(&path, text));
    if let Err(e) = written {
        eprintln!("cannot write {}: {e}", path.display());
        std::process::exit(2);
    }
    path
}

fn quantiles(times: &mut [Duration]) -> String {
    times.sort();
    let at = |q: f64| {
        let i = ((times.len() as f64 * q).ceil() as usize).saturating_sub(1);
        times.get(i).copied().map_or(0.0, ms)
    };
    format!(
        "p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms",
        at(0.5),
        at(0.95),
        at(1.0)
    )
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn find_yaml(dir: &Path) -> Option<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            if let Some(found) = find_yaml(&path) {
                return Some(found);
            }
        } else if path.extension().is_some_and(|e| e == "yaml") {
            return Some(path);
        }
    }
    None
}
