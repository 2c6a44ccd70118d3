//! `--write-baseline` and `--baseline` end to end: written, read back,
//! robust to edits elsewhere, strict about new findings, honest about
//! fixed ones.

use crate::support::cmd;

use cmd::{CLEAN_BODY, findings, guide, run_in, write};
use std::path::Path;

const GUIDE: &str = "spotter: 1
id: base
title: Baseline
exercises:
  - id: no-hold
    name: Knee hug
    risk: low
    steps: [Hug your knees.]
    repetitions: 3
    warnings:
      - kind: stop-if-pain
        text: Stop if you feel any pain.
  - id: no-limit
    name: Cat-cow
    risk: low
    steps: [Arch and round your back.]
    hold: 2 s
    warnings:
      - kind: stop-if-pain
        text: Stop if you feel any pain.
";

fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "guides/base.yaml", GUIDE);
    dir
}

fn check(dir: &Path, args: &[&str]) -> (i32, Vec<String>, serde_json::Value) {
    let mut all = vec!["check", "--format", "json", "guides"];
    all.extend_from_slice(args);
    let r = run_in(dir, &all);
    let report = r.json();
    (r.code, findings(&report), report["summary"].clone())
}

fn written(dir: &Path) -> (i32, String) {
    let r = run_in(
        dir,
        &[
            "check",
            "--color",
            "never",
            "guides",
            "--write-baseline",
            "spotter-baseline.json",
        ],
    );
    let text =
        std::fs::read_to_string(dir.join("spotter-baseline.json")).expect("baseline written");
    (r.code, text)
}

#[test]
fn a_written_baseline_is_versioned_sorted_and_keyed_without_lines() {
    let dir = corpus();
    let (code, text) = written(dir.path());
    assert_eq!(code, 0, "recording the baseline passes the run");
    let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(value["spotter_baseline"], 1);
    let entries = value["findings"].as_array().expect("findings list");
    assert_eq!(entries.len(), 2);
    assert_eq!(
        entries[0],
        serde_json::json!({
            "file": "guides/base.yaml", "rule": "missing-hold-time", "guide": "base",
            "exercise": "no-hold", "message": "exercise `no-hold` has no hold time", "count": 1
        })
    );
    assert_eq!(entries[1]["rule"], "missing-repetition-limit");
    assert!(!text.contains("\"line\""), "no line numbers: {text}");
    assert!(text.ends_with("}\n"));
}

#[test]
fn read_back_it_hides_every_finding_it_holds() {
    let dir = corpus();
    written(dir.path());
    let (code, found, summary) = check(dir.path(), &["--baseline", "spotter-baseline.json"]);
    assert_eq!((code, found.len()), (0, 0), "{found:?}");
    assert_eq!(summary["baselined"], 2);
    assert_eq!(summary["stale_baseline_entries"], 0);

    let r = run_in(
        dir.path(),
        &[
            "check",
            "--color",
            "never",
            "guides",
            "--baseline",
            "spotter-baseline.json",
        ],
    );
    assert!(
        r.stdout.starts_with(
            "0 errors, 0 warnings in 1 file (2 exercises); 2 baselined, 0 stale baseline entries in "
        ),
        "{}",
        r.stdout
    );
}

#[test]
fn lines_inserted_above_do_not_break_the_match() {
    let dir = corpus();
    written(dir.path());
    let shifted = format!("# Reviewed 2026-11-01\n# by the content team\n\n{GUIDE}");
    write(dir.path(), "guides/base.yaml", &shifted);
    let (code, found, summary) = check(dir.path(), &["--baseline", "spotter-baseline.json"]);
    assert_eq!((code, found.len()), (0, 0), "{found:?}");
    assert_eq!(summary["baselined"], 2);
}

#[test]
fn a_new_defect_is_reported_alone() {
    let dir = corpus();
    written(dir.path());
    let worse = GUIDE.replace(
        "      - kind: stop-if-pain\n        text: Stop if you feel any pain.\n  - id: no-limit",
        "      - kind: caution\n        text: Move slowly.\n  - id: no-limit",
    );
    write(dir.path(), "guides/base.yaml", &worse);
    let (code, found, summary) = check(dir.path(), &["--baseline", "spotter-baseline.json"]);
    assert_eq!(
        found,
        ["missing-stop-if-pain 5:9 exercise `no-hold` has no stop-if-pain warning"]
    );
    assert_eq!(code, 1);
    assert_eq!(summary["baselined"], 2);
    assert_eq!(summary["stale_baseline_entries"], 0);
}

#[test]
fn a_fixed_finding_leaves_one_stale_entry() {
    let dir = corpus();
    written(dir.path());
    let fixed = GUIDE.replace(
        "    steps: [Hug your knees.]\n",
        "    steps: [Hug your knees.]\n    hold: 10 s\n",
    );
    write(dir.path(), "guides/base.yaml", &fixed);
    let (code, found, summary) = check(dir.path(), &["--baseline", "spotter-baseline.json"]);
    assert_eq!((code, found.len()), (0, 0), "{found:?}");
    assert_eq!(summary["baselined"], 1);
    assert_eq!(summary["stale_baseline_entries"], 1);
}

#[test]
fn a_second_file_with_the_same_findings_is_new() {
    let dir = corpus();
    written(dir.path());
    write(
        dir.path(),
        "guides/copy.yaml",
        &GUIDE.replace("id: base", "id: copy"),
    );
    let (_, found, summary) = check(dir.path(), &["--baseline", "spotter-baseline.json"]);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(summary["baselined"], 2);
}

/// The first exercise of `GUIDE` (no hold), to repeat in one file.
fn no_hold_exercise() -> &'static str {
    let start = GUIDE.find("  - id: no-hold").unwrap_or(0);
    let end = GUIDE.find("  - id: no-limit").unwrap_or(GUIDE.len());
    GUIDE.get(start..end).unwrap_or_default()
}

#[test]
fn equal_findings_in_one_file_are_counted_not_merged() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Two exercises sharing an id: two findings with one key.
    let twice = format!("{GUIDE}{}", no_hold_exercise());
    write(dir.path(), "guides/base.yaml", &twice);
    let (_, text) = written(dir.path());
    assert!(text.contains("\"count\": 2"), "{text}");

    let thrice = format!("{twice}{}", no_hold_exercise());
    write(dir.path(), "guides/base.yaml", &thrice);
    let (code, found, summary) = check(dir.path(), &["--baseline", "spotter-baseline.json"]);
    assert_eq!(
        found,
        [
            "duplicate-id 29:9 exercise id `no-hold` is used twice in this guide",
            "missing-hold-time 29:9 exercise `no-hold` has no hold time",
        ],
        "the third copy is new"
    );
    assert_eq!(code, 1);
    assert_eq!(summary["stale_baseline_entries"], 0);
}

#[test]
fn the_baseline_matches_from_any_folder() {
    let dir = corpus();
    written(dir.path());
    write(dir.path(), "sub/.keep", "");
    // From a subfolder, with the corpus named through `..`.
    let r = run_in(
        &dir.path().join("sub"),
        &[
            "check",
            "--format",
            "json",
            "../guides",
            "--baseline",
            "../spotter-baseline.json",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert_eq!(r.json()["summary"]["baselined"], 2);
    // With an absolute path.
    let absolute = dir.path().join("guides");
    let r = run_in(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            &absolute.to_string_lossy(),
            "--baseline",
            "spotter-baseline.json",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert_eq!(r.json()["summary"]["baselined"], 2);
}

#[test]
fn a_missing_or_malformed_baseline_is_exit_2() {
    let dir = corpus();
    let r = run_in(dir.path(), &["check", "guides", "--baseline", "nope.json"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("cannot read the baseline nope.json: no such file or directory"),
        "{}",
        r.stderr
    );
    assert!(r.stdout.is_empty());

    for (bad, want) in [
        (
            "{\"findings\": []",
            "bad.json:1:15: not a spotter baseline: EOF while parsing an object;",
        ),
        (
            "{\"spotter_baseline\": 1, \"findings\": [{\"file\": \"x\"}]}",
            "bad.json:1:50: not a spotter baseline: missing field `count`",
        ),
        (
            "{\"spotter_baseline\": 9, \"findings\": []}",
            "bad.json:1:22: baseline version 9 is not supported",
        ),
    ] {
        write(dir.path(), "bad.json", bad);
        let r = run_in(dir.path(), &["check", "guides", "--baseline", "bad.json"]);
        assert_eq!(r.code, 2, "{bad}");
        assert!(r.stderr.contains(want), "{bad}: {}", r.stderr);
    }
}

#[test]
fn a_baseline_that_cannot_be_written_is_exit_2_and_nothing_is_lost() {
    let dir = corpus();
    std::fs::create_dir(dir.path().join("taken")).expect("mkdir");
    let r = run_in(
        dir.path(),
        &["check", "guides", "--write-baseline", "taken"],
    );
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(
        r.stderr.contains("cannot write the baseline taken"),
        "{}",
        r.stderr
    );
    assert!(dir.path().join("taken").is_dir(), "the folder is untouched");

    // The temporary file the failed write used is gone too.
    let leftovers: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name != "guides" && name != "taken")
        .collect();
    assert_eq!(leftovers, Vec::<String>::new());

    let r = run_in(
        dir.path(),
        &["check", "guides", "--write-baseline", "no/such/dir/b.json"],
    );
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("cannot write the baseline no/such/dir/b.json"),
        "{}",
        r.stderr
    );
}

#[test]
fn baseline_and_write_baseline_together_are_refused() {
    let dir = corpus();
    let r = run_in(
        dir.path(),
        &[
            "check",
            "guides",
            "--baseline",
            "a.json",
            "--write-baseline",
            "b.json",
        ],
    );
    assert_eq!(r.code, 2);
}

#[test]
fn a_malformed_baseline_is_reported_at_a_1_based_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "g.yaml", &guide("g", CLEAN_BODY));
    write(dir.path(), "base.json", "{\"spotter_baseline\": 1,\n");
    let run = run_in(dir.path(), &["check", "--baseline", "base.json", "g.yaml"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with("error: base.json:2:1: "),
        "{}",
        run.stderr
    );
}
