//! End to end: the binary on real files, its exit codes and its output.

#[path = "support/cmd.rs"]
mod cmd;

use assert_cmd::Command;
use cmd::findings;
use serde_json::Value;
use std::path::Path;

fn spotter() -> Command {
    let mut cmd = Command::cargo_bin("spotter").expect("binary builds");
    cmd.env_remove("NO_COLOR");
    cmd
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Run {
    let out = spotter().args(args).output().expect("spotter runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn json(args: &[&str]) -> (i32, Value) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let r = run(&all);
    let value =
        serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", r.stdout));
    (r.code, value)
}

/// The pretty report without the run time, which changes from run to run.
fn pretty(args: &[&str]) -> String {
    let mut all = vec!["check", "--color", "never"];
    all.extend_from_slice(args);
    let out = run(&all).stdout;
    let (body, last) = out
        .trim_end()
        .rsplit_once(" in ")
        .expect("summary line ends with a time");
    assert!(last.ends_with(" ms"), "summary line: {last}");
    format!("{body} in <time>\n")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write fixture");
    path.to_string_lossy().into_owned()
}

const GUIDE_HEAD: &str =
    "spotter: 1\nid: positions\ntitle: Positions\nexercises:\n  - id: a\n    name: A\n";

#[test]
fn shipped_guides_are_clean() {
    let r = run(&["check", "guides", "--color", "never"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(
        r.stdout.starts_with("0 errors, 0 warnings in 4 files ("),
        "{}",
        r.stdout
    );
}

#[test]
fn defects_fail_with_every_finding_in_order() {
    let (code, report) = json(&["tests/fixtures/defects"]);
    assert_eq!(code, 1);
    assert_eq!(
        findings(&report),
        [
            "missing-hold-time 6:9 exercise `bear-hug` has no hold time",
            "missing-stop-if-pain 6:9 exercise `bear-hug` has no stop-if-pain warning",
            "unsupervised-partner-method 13:5 exercise `bear-hug` involves a partner at high risk but has no supervision note",
            "schema-violation 20:11 `risk` must be one of low, moderate, high (found \"moderat\")",
            "schema-violation 22:5 unknown key `hold_time` in exercise `chair-twist`",
            "schema-violation 23:11 `hold` must be a duration (found 10)",
            "missing-repetition-limit 24:18 the repetitions of exercise `chair-twist` have no upper bound",
        ]
    );
    assert_eq!(
        report["summary"],
        serde_json::json!({"files": 2, "guides": 2, "exercises": 3, "errors": 7, "warnings": 0})
    );
}

#[test]
fn json_diagnostics_have_the_documented_shape() {
    let (_, report) = json(&["tests/fixtures/defects/partner.yaml"]);
    assert_eq!(report["version"], 1);
    let first = &report["diagnostics"][0];
    assert_eq!(
        *first,
        serde_json::json!({
            "rule": "missing-hold-time",
            "severity": "error",
            "message": "exercise `bear-hug` has no hold time",
            "file": "tests/fixtures/defects/partner.yaml",
            "line": 6, "column": 9, "end_line": 6, "end_column": 17,
            "guide": "partner-methods",
            "exercise": "bear-hug",
            "help": "add `hold:` with a duration such as `10 s` or `15-30 s`"
        })
    );
    let unknown = &report["diagnostics"][4];
    // `hold` is already there: did-you-mean never names a key that is.
    assert_eq!(
        unknown["help"],
        "this exercise already has `hold`; remove `hold_time` or merge it into `hold`"
    );
    assert_eq!(
        (unknown["column"].as_u64(), unknown["end_column"].as_u64()),
        (Some(5), Some(14))
    );
}

#[test]
fn duplicate_guide_ids_point_at_both_files() {
    let (code, report) = json(&["tests/fixtures/corpus-dup"]);
    assert_eq!(code, 1);
    let d = &report["diagnostics"][0];
    assert_eq!(d["rule"], "duplicate-id");
    assert_eq!(d["file"], "tests/fixtures/corpus-dup/b.yaml");
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(2), Some(5))
    );
    assert_eq!(d["related"][0]["file"], "tests/fixtures/corpus-dup/a.yaml");
    // The related place is a range too: `shared-id` on line 2.
    let r = &d["related"][0];
    assert_eq!(
        (
            r["line"].as_u64(),
            r["column"].as_u64(),
            r["end_line"].as_u64(),
            r["end_column"].as_u64()
        ),
        (Some(2), Some(5), Some(2), Some(14))
    );
    assert_eq!(report["diagnostics"].as_array().map(Vec::len), Some(1));
}

fn risk_finding(report: &Value) -> &Value {
    report["diagnostics"]
        .as_array()
        .and_then(|ds| {
            ds.iter().find(|d| {
                d["message"]
                    .as_str()
                    .is_some_and(|m| m.starts_with("`risk` must be one of"))
            })
        })
        .unwrap_or_else(|| panic!("no risk finding in {report}"))
}

#[test]
fn positions_are_exact_in_crlf_bom_and_non_ascii_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let body = format!("{GUIDE_HEAD}    risk: extreme\n    steps: [x]\n");
    let crlf = write(
        dir.path(),
        "crlf.yaml",
        body.replace('\n', "\r\n").as_bytes(),
    );
    let bom = write(dir.path(), "bom.yaml", format!("\u{feff}{body}").as_bytes());
    let wide = write(
        dir.path(),
        "wide.yaml",
        "spotter: 1\nid: wide\ntitle: Ünïcödé ✓\nexercises:\n  - {name: \"Ça va ✓\", id: a, risk: élevé, steps: [x]}\n".as_bytes(),
    );
    for file in [&crlf, &bom] {
        let (_, report) = json(&[file]);
        let d = risk_finding(&report);
        assert_eq!(
            (
                d["line"].as_u64(),
                d["column"].as_u64(),
                d["end_column"].as_u64()
            ),
            (Some(7), Some(11), Some(18)),
            "{file}"
        );
    }
    let (_, report) = json(&[&wide]);
    let risk = risk_finding(&report);
    // Columns count characters: `  - {name: "Ça va ✓", id: a, risk: ` is 35 of them.
    assert_eq!(
        (
            risk["line"].as_u64(),
            risk["column"].as_u64(),
            risk["end_column"].as_u64()
        ),
        (Some(5), Some(36), Some(41))
    );
}

#[test]
fn several_schema_errors_in_one_file_are_all_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write(
        dir.path(),
        "many.yaml",
        b"spotter: 2\nid: Not Kebab\ntitel: Typo\nexercises:\n  - id: a\n    name: ''\n    risk: low\n    steps: []\n    hold: 30-10 s\n    repetitions: 0\n    frequency: often\n",
    );
    let (code, report) = json(&[&file]);
    assert_eq!(code, 1);
    let all = findings(&report);
    for want in [
        "schema-violation 1:10 `spotter` must be 1",
        "schema-violation 2:5 `id` must be kebab-case",
        "schema-violation 3:1 unknown key `titel` in the guide",
        "schema-violation 6:11 `name` must not be empty",
        "schema-violation 8:12 `steps` must have at least one item",
        "schema-violation 9:11 `hold` is a reversed range",
        "schema-violation 10:18 `repetitions` must be greater than zero",
        "schema-violation 11:16 `frequency` must be a frequency (found \"often\")",
    ] {
        assert!(
            all.iter().any(|f| f.starts_with(want)),
            "missing {want:?} in {all:#?}"
        );
    }
    let titel = &report["diagnostics"]
        .as_array()
        .and_then(|d| d.iter().find(|d| d["line"] == 3))
        .expect("titel")["help"];
    assert_eq!(
        titel,
        "did you mean `title`? (this guide has no `title` otherwise)"
    );
}

#[test]
fn a_missing_path_or_a_bad_argument_is_exit_2() {
    let r = run(&["check", "no/such/dir"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("no/such/dir: no such file or directory"),
        "{}",
        r.stderr
    );
    assert_eq!(run(&["check", "--format", "xml", "guides"]).code, 2);
    assert_eq!(run(&["frobnicate"]).code, 2);
}

#[test]
fn warnings_pass_unless_denied() {
    let dir = "tests/fixtures/warnings-only";
    let (code, report) = json(&[dir]);
    assert_eq!(code, 0);
    assert_eq!(
        findings(&report),
        [
            "implausible-hold-time 9:11 exercise `wall-sit` holds for up to 3 min, above the 120 s ceiling"
        ]
    );
    assert_eq!(json(&[dir, "--deny-warnings"]).0, 1);
    assert_eq!(json(&[dir, "--max-warnings", "0"]).0, 1);
    assert_eq!(json(&[dir, "--max-warnings", "1"]).0, 0);
}

#[test]
fn stdin_is_checked_under_its_given_name() {
    let out = spotter()
        .args([
            "check",
            "-",
            "--stdin-filename",
            "draft.yaml",
            "--format",
            "json",
        ])
        .write_stdin(format!(
            "{GUIDE_HEAD}    risk: low\n    steps: [x]\n    hold: 5 s\n    repetitions: 2\n"
        ))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(
        findings(&report),
        ["missing-stop-if-pain 5:9 exercise `a` has no stop-if-pain warning"]
    );
    assert_eq!(report["diagnostics"][0]["file"], "draft.yaml");
}

#[test]
fn output_does_not_depend_on_the_thread_count() {
    let one = run(&[
        "check",
        "--format",
        "json",
        "--jobs",
        "1",
        "tests/fixtures",
        "guides",
    ]);
    let two = run(&[
        "check",
        "--format",
        "json",
        "--jobs",
        "2",
        "tests/fixtures",
        "guides",
    ]);
    let eight = run(&[
        "check",
        "--format",
        "json",
        "--jobs",
        "8",
        "tests/fixtures",
        "guides",
    ]);
    assert!(one.stdout.contains("\"diagnostics\""));
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(one.stdout, eight.stdout);
}

#[test]
fn colour_follows_the_flag_and_no_color() {
    let plain = run(&["check", "--color", "never", "tests/fixtures/warnings-only"]).stdout;
    assert!(!plain.contains('\u{1b}'));
    let coloured = run(&["check", "--color", "always", "tests/fixtures/warnings-only"]).stdout;
    assert!(coloured.contains('\u{1b}'));
    // Not a terminal: auto means no colour.
    let auto = run(&["check", "tests/fixtures/warnings-only"]).stdout;
    assert!(!auto.contains('\u{1b}'));
}

#[test]
fn quiet_drops_the_summary_line() {
    let r = run(&[
        "check",
        "--quiet",
        "--color",
        "never",
        "tests/fixtures/warnings-only",
    ]);
    assert!(r.stdout.contains("implausible-hold-time"));
    assert!(!r.stdout.contains("in 1 file"), "{}", r.stdout);
}

#[test]
fn schema_command_prints_the_committed_schema() {
    let r = run(&["schema"]);
    assert_eq!(r.code, 0);
    let committed = std::fs::read_to_string("schema/guide.schema.json").expect("schema file");
    assert_eq!(r.stdout, committed);
}

#[test]
fn rules_lists_every_rule_and_explain_prints_its_docs() {
    let r = run(&["rules"]);
    for rule in spotter::rules::REGISTRY {
        let meta = rule.meta;
        assert!(
            r.stdout.contains(meta.id),
            "{} missing from `spotter rules`",
            meta.id
        );
        let explained = run(&["explain", meta.id]);
        assert_eq!(explained.code, 0);
        assert!(
            explained.stdout.contains(meta.docs().trim()),
            "explain {} differs from its docs",
            meta.id
        );
    }
    let unknown = run(&["explain", "missing-hold"]);
    assert_eq!(unknown.code, 2);
    assert!(
        unknown.stderr.contains("did you mean `missing-hold-time`?"),
        "{}",
        unknown.stderr
    );
}

#[test]
fn pretty_report_of_defects() {
    insta::assert_snapshot!(pretty(&["tests/fixtures/defects"]));
}

#[test]
fn pretty_report_of_a_cross_guide_duplicate() {
    insta::assert_snapshot!(pretty(&["tests/fixtures/corpus-dup"]));
}

#[test]
fn pretty_report_of_a_parse_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "dup.yaml",
        b"spotter: 1\nid: dup\ntitle: One\ntitle: Two\n",
    );
    let out = pretty(&[&dir.path().join("dup.yaml").to_string_lossy()]);
    insta::assert_snapshot!(out.replace(&dir.path().to_string_lossy().into_owned(), "<tmp>"));
}

#[test]
fn directories_are_walked_honouring_gitignore() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = b"spotter: 1\nid: [unclosed\n";
    std::fs::create_dir_all(dir.path().join("drafts")).expect("mkdir");
    std::fs::create_dir_all(dir.path().join("nested/deeper")).expect("mkdir");
    write(dir.path(), ".gitignore", b"drafts/\n");
    write(&dir.path().join("drafts"), "ignored.yaml", broken);
    write(&dir.path().join("nested/deeper"), "found.yml", broken);
    write(dir.path(), "notes.txt", broken);
    let (code, report) = json(&[&dir.path().to_string_lossy()]);
    assert_eq!(code, 1);
    let files: Vec<&str> = report["diagnostics"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|d| d["file"].as_str())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    assert!(files[0].ends_with("nested/deeper/found.yml"), "{files:?}");
    // Named explicitly, an ignored file is still checked.
    let ignored = dir.path().join("drafts/ignored.yaml");
    assert_eq!(
        json(&[&ignored.to_string_lossy()]).1["summary"]["errors"],
        1
    );
}

#[test]
fn unknown_keys_past_a_hundred_are_counted_in_one_finding() {
    let dir = tempfile::tempdir().expect("temp dir");
    let keys: String = (0..150).map(|i| format!("    junk_{i}: x\n")).collect();
    let text = format!(
        "{GUIDE_HEAD}    risk: low\n    steps: [x]\n    hold: 5 s\n    repetitions: 2\n{keys}    warnings: [{{kind: stop-if-pain, text: Stop if it hurts.}}]\n"
    );
    let file = write(dir.path(), "junk.yaml", text.as_bytes());
    let (code, report) = json(&[&file]);
    assert_eq!(code, 1);
    let all = findings(&report);
    assert_eq!(all.len(), 101, "{all:#?}");
    assert_eq!(
        all.iter()
            .filter(|f| f.contains("unknown key `junk_"))
            .count(),
        100
    );
    assert!(
        all.iter()
            .any(|f| f.starts_with("schema-violation 5:9 exercise `a` has 50 more unknown keys")),
        "{all:#?}"
    );
}
