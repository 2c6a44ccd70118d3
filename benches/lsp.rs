//! `spotter lsp` latency: in a workspace of 1,000 guides (10 exercises
//! each) plus one guide of 100 exercises, the time from `didChange` of the
//! big guide to its `publishDiagnostics` over 200 edits (p50, p95, max),
//! cross-guide rules on; and the time to index the workspace, with the
//! first diagnostics of a document opened at once, before the index is done.
//!
//! ```text
//! bash benches/lsp.sh [WORKDIR]
//! ```
//!
//! (which builds `gen_corpus`, writes the corpora and runs
//! `cargo bench --bench lsp -- WORKDIR`). Edits are 50 ms apart, as a fast
//! typist's keystrokes: more than the debounce (30 ms), so each edit is
//! checked as soon as it arrives, and its latency is the server's work.

#[path = "../tests/support/lsp.rs"]
#[allow(dead_code, unused_imports, clippy::all)]
mod lsp;

use lsp::{Client, uri};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const EDITS: usize = 200;
const GAP: Duration = Duration::from_millis(50);

fn main() {
    let Some(work) = std::env::args().skip(1).find(|a| !a.starts_with('-')) else {
        eprintln!("usage: cargo bench --bench lsp -- WORKDIR (see benches/lsp.sh)");
        std::process::exit(2);
    };
    let root = PathBuf::from(&work).join("lsp-workspace");
    let big = find_yaml(&PathBuf::from(&work).join("lsp-big"))
        .and_then(|source| {
            let target = root.join("zz-big").join("big.yaml");
            std::fs::create_dir_all(target.parent()?).ok()?;
            std::fs::copy(&source, &target).ok()?;
            Some(target)
        })
        .unwrap_or_else(|| {
            eprintln!("no corpus under {work}: run benches/lsp.sh");
            std::process::exit(2);
        });
    let text = std::fs::read_to_string(&big).unwrap_or_default();
    let uri = uri(&big);

    // Index, with a document opened right away.
    let started = Instant::now();
    let mut client = Client::start(&root, &["utf-16"]);
    client.open(&uri, &text);
    client.diagnostics(&uri);
    let first = started.elapsed();
    let log = client.wait_indexed();
    let indexed = started.elapsed();
    let after_index = client.latest_diagnostics(&uri);
    println!(
        "first diagnostics of the open guide: {:.1} ms after start",
        ms(first)
    );
    println!(
        "index: {log}; {:.1} ms from start to the log line",
        ms(indexed)
    );
    println!(
        "findings in the open guide with the index: {}",
        after_index.len()
    );

    // 200 edits: a `hold` of one exercise, changed each time.
    let line = text
        .lines()
        .position(|l| l.trim_start().starts_with("hold: "))
        .unwrap_or(0);
    let indent = text
        .lines()
        .nth(line)
        .map_or(0, |l| l.len() - l.trim_start().len());
    let mut times = Vec::with_capacity(EDITS);
    for edit in 0..EDITS {
        std::thread::sleep(GAP);
        let version = 2 + edit as i64;
        let new_line = format!("{}hold: {} s", " ".repeat(indent), 5 + edit % 50);
        let sent = Instant::now();
        client.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version},
                   "contentChanges": [{"range": {"start": {"line": line, "character": 0}, "end": {"line": line + 1, "character": 0}},
                                       "text": format!("{new_line}\n")}]}),
        );
        client.diagnostics_of(&uri, version);
        times.push(sent.elapsed());
    }
    times.sort();
    let at = |q: f64| times[((times.len() as f64 * q).ceil() as usize).saturating_sub(1)];
    println!(
        "didChange → publishDiagnostics over {EDITS} edits: p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms",
        ms(at(0.5)),
        ms(at(0.95)),
        ms(at(1.0))
    );
    let _ = client.shutdown();
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn find_yaml(dir: &Path) -> Option<PathBuf> {
    for entry in std::fs::read_dir(dir).ok()?.flatten() {
        let path = entry.path();
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
