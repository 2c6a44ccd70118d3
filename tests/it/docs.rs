//! The documentation's output samples are the binary's real output: each
//! fenced block after `<!-- output: ARGS -->`, in README.md, CONTRIBUTING.md
//! and every page under docs/, is compared with `spotter ARGS` run from the
//! repository root (the run time normalized to `…`).
//! `UPDATE_README=1 cargo test --test it docs::` rewrites them.
//!
//! The rule reference, docs/rules/, is what the rules' declarations make:
//! `cargo run --example gen_rule_docs` writes it.

use std::path::{Path, PathBuf};

const MARKER: &str = "<!-- output: ";

/// `in 23 ms` → `in … ms`, the one part of the output that varies.
fn normalize(out: &str) -> String {
    out.lines()
        .map(|line| match line.rsplit_once(" in ") {
            Some((head, tail))
                if tail.ends_with(" ms")
                    && tail[..tail.len() - 3].chars().all(|c| c.is_ascii_digit()) =>
            {
                format!("{head} in … ms")
            }
            _ => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn output_of(args: &str) -> String {
    let out = crate::support::cmd::spotter()
        .env_remove("NO_COLOR")
        .args(args.split_whitespace())
        .output()
        .expect("spotter runs");
    // What a user sees: stdout, then stderr (a configuration error is
    // stderr only).
    let shown = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    normalize(shown.trim_end())
}

/// Where the first marker that starts a line is: a marker quoted within a
/// line of prose is not one.
fn marker_at(text: &str) -> Option<usize> {
    if text.starts_with(MARKER) {
        return Some(0);
    }
    text.find(&format!("\n{MARKER}")).map(|at| at + 1)
}

/// The README with every sample block replaced by the real output, and
/// how many samples there were.
fn refreshed(readme: &str) -> (String, usize) {
    let mut out = String::new();
    let mut rest = readme;
    let mut samples = 0;
    while let Some(at) = marker_at(rest) {
        let (before, from_marker) = rest.split_at(at);
        out.push_str(before);
        let Some((marker_line, after)) = from_marker.split_once('\n') else {
            break;
        };
        let args = marker_line
            .trim_start_matches(MARKER)
            .trim_end_matches("-->")
            .trim();
        let Some((fence, body)) = after.split_once('\n') else {
            break;
        };
        // The closing fence: the first line of the body that starts with ```.
        let end = if body.starts_with("```") {
            0
        } else {
            match body.find("\n```") {
                Some(at) => at + 1,
                None => break,
            }
        };
        out.push_str(marker_line);
        out.push('\n');
        out.push_str(fence);
        out.push('\n');
        out.push_str(&output_of(args));
        out.push('\n');
        rest = body.get(end..).unwrap_or_default();
        samples += 1;
    }
    out.push_str(rest);
    (out, samples)
}

/// CONTRIBUTING.md and every Markdown page under docs/, in name order
/// (README.md has a test of its own).
fn documents() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = vec![root.join("CONTRIBUTING.md")];
    let mut folders = vec![root.join("docs")];
    while let Some(folder) = folders.pop() {
        let entries = std::fs::read_dir(&folder)
            .unwrap_or_else(|e| panic!("cannot list {}: {e}", folder.display()));
        for entry in entries {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "md") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// Checks (or with `UPDATE_README` rewrites) one document's samples;
/// returns how many it has.
fn check_samples(path: &Path) -> usize {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let (fresh, samples) = refreshed(&text);
    if std::env::var_os("UPDATE_README").is_some() {
        if fresh != text {
            std::fs::write(path, &fresh).expect("write the document");
        }
        return samples;
    }
    if fresh != text {
        let first = fresh
            .lines()
            .zip(text.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "{} samples differ from the binary's output at line {}:\n  document: {:?}\n  binary:   {:?}\nrun `UPDATE_README=1 cargo test --test it docs::` and review the diff",
            path.display(),
            first + 1,
            text.lines().nth(first).unwrap_or(""),
            fresh.lines().nth(first).unwrap_or("")
        );
    }
    samples
}

#[test]
fn readme_samples_are_real_output() {
    let readme = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let samples = check_samples(&readme);
    assert!(samples >= 1, "the README has {samples} samples");
}

#[test]
fn docs_samples_are_real_output() {
    let mut samples = 0;
    for path in documents() {
        samples += check_samples(&path);
    }
    assert!(samples >= 5, "the docs have {samples} samples");
}

#[test]
fn rule_pages_are_generated_from_the_declarations() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules");
    let pages = spotter::cli::rule_docs::pages();
    let fix = "run `cargo run --example gen_rule_docs` and commit docs/rules/";
    for (name, text) in &pages {
        let path = dir.join(name);
        let committed = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}; {fix}", path.display()));
        assert!(
            committed == *text,
            "{} is stale: it differs from the rule's declaration; {fix}",
            path.display()
        );
    }
    let entries = std::fs::read_dir(&dir).expect("docs/rules/ lists");
    for entry in entries {
        let path = entry.expect("a folder entry").path();
        let known = pages
            .iter()
            .any(|(name, _)| path.file_name().is_some_and(|f| f == name.as_str()));
        assert!(known, "{} is no rule's page; {fix}", path.display());
    }
}
