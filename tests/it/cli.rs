//! End to end: the binary on real files, its exit codes and its output.

use crate::support::cmd;

use cmd::{CLEAN_BODY, findings, guide, output_within, run_in};
use serde_json::Value;
use std::path::Path;
use std::time::Duration;

/// Long enough for a debug build on a loaded machine; a hang fails the test.
const TIMEOUT: Duration = Duration::from_secs(60);

fn spotter() -> std::process::Command {
    let mut cmd = crate::support::cmd::spotter();
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
    let draft =
        format!("{GUIDE_HEAD}    risk: low\n    steps: [x]\n    hold: 5 s\n    repetitions: 2\n");
    let out = output_within(
        spotter().args([
            "check",
            "-",
            "--stdin-filename",
            "draft.yaml",
            "--format",
            "json",
        ]),
        Some(draft.as_bytes()),
        TIMEOUT,
    );
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

fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    cmd::write(dir.path(), "guides/a.yaml", &guide("a", CLEAN_BODY));
    cmd::write(dir.path(), "guides/b.yaml", &guide("b", CLEAN_BODY));
    dir
}

#[test]
fn stdin_replaces_the_file_it_is_named_after() {
    let dir = corpus();
    // The editor's unsaved text: `b` now lacks its hold time.
    let edited = guide("b", &CLEAN_BODY.replace("    hold: 10 s\n", ""));
    let out = output_within(
        cmd::spotter().current_dir(dir.path()).args([
            "check",
            "--format",
            "json",
            "--stdin-filename",
            "guides/b.yaml",
            "-",
            "guides",
        ]),
        Some(edited.as_bytes()),
        TIMEOUT,
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(
        findings(&report),
        ["missing-hold-time 5:9 exercise `b-move` has no hold time"],
        "no duplicate-id against the file's copy on disk"
    );
    assert_eq!(report["summary"]["files"], 2);
    assert_eq!(report["diagnostics"][0]["file"], "guides/b.yaml");
}

#[test]
fn stdin_filename_without_a_dash_is_exit_2() {
    let dir = corpus();
    let r = run_in(
        dir.path(),
        &["check", "--stdin-filename", "guides/a.yaml", "guides"],
    );
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("no `-` is among the paths"),
        "{}",
        r.stderr
    );
}

#[test]
fn jobs_are_capped_and_zero_means_one_per_core() {
    let dir = corpus();
    let r = run_in(dir.path(), &["check", "--jobs", "100000", "guides"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("--jobs 100000 is capped at"),
        "{}",
        r.stderr
    );
    let r = run_in(dir.path(), &["check", "--jobs", "0", "guides"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
}

#[cfg(target_os = "linux")]
#[test]
fn output_that_cannot_be_written_is_exit_2() {
    let dir = corpus();
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let out = std::process::Command::new(crate::support::cmd::spotter_bin())
        .current_dir(dir.path())
        .args(["check", "guides"])
        .stdout(full)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("cannot write the output"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_is_quiet() {
    let dir = corpus();
    let mut child = std::process::Command::new(crate::support::cmd::spotter_bin())
        .current_dir(dir.path())
        .args(["rules"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawns");
    // Close our end before spotter writes: its write meets a closed pipe.
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("waits");
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn failing_on_warnings_says_why() {
    let dir = tempfile::tempdir().expect("temp dir");
    cmd::write(
        dir.path(),
        "g.yaml",
        &guide("g", &CLEAN_BODY.replace("hold: 10 s", "hold: 5 min")),
    );
    let r = run_in(dir.path(), &["check", "--max-warnings", "0", "g.yaml"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("1 warning, more than --max-warnings 0 allows"),
        "{}",
        r.stderr
    );
    let r = run_in(dir.path(), &["check", "--deny-warnings", "g.yaml"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("1 warning, and --deny-warnings fails on any"),
        "{}",
        r.stderr
    );
    let r = run_in(dir.path(), &["check", "--max-warnings", "1", "g.yaml"]);
    assert_eq!(r.code, 0);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
}

#[test]
fn check_help_names_no_document_users_do_not_have() {
    let dir = tempfile::tempdir().expect("temp dir");
    let run = run_in(dir.path(), &["check", "--help"]);
    assert_eq!(run.code, 0);
    assert!(!run.stdout.contains("SPEC"), "{}", run.stdout);
    for flag in [
        "--fix",
        "--unsafe-fixes",
        "--diff",
        "--output-file",
        "--force-exclude",
    ] {
        assert!(run.stdout.contains(flag), "{flag}: {}", run.stdout);
    }
}

#[test]
fn init_writes_a_starter_config_and_the_schema_and_never_overwrites_unasked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let run = run_in(dir.path(), &["init"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("wrote spotter.toml\nwrote schema/guide.schema.json\n"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("\"yaml.schemas\""), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("# yaml-language-server: $schema=../schema/guide.schema.json"),
        "{}",
        run.stdout
    );
    let schema = run_in(dir.path(), &["schema"]).stdout;
    let written = std::fs::read_to_string(dir.path().join("schema/guide.schema.json"))
        .expect("schema written");
    assert_eq!(written, schema);
    // The starter config is one spotter reads, and it selects `guides/`.
    assert_eq!(run_in(dir.path(), &["rules"]).code, 0);
    cmd::write(dir.path(), "guides/g.yaml", &guide("g", CLEAN_BODY));
    cmd::write(dir.path(), "notes/other.yaml", "not: a guide\n");
    let check = run_in(dir.path(), &["check", "--format", "json"]);
    assert_eq!(check.code, 0, "{}", check.stdout);
    assert_eq!(check.json()["summary"]["files"], 1);

    cmd::write(dir.path(), "spotter.toml", "# mine\n");
    let again = run_in(dir.path(), &["init"]);
    assert_eq!(again.code, 2);
    assert!(
        again
            .stderr
            .contains("spotter.toml and schema/guide.schema.json already there; `spotter init --force` replaces them"),
        "{}",
        again.stderr
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("spotter.toml")).expect("config"),
        "# mine\n"
    );
    assert_eq!(run_in(dir.path(), &["init", "--force"]).code, 0);
    assert_ne!(
        std::fs::read_to_string(dir.path().join("spotter.toml")).expect("config"),
        "# mine\n"
    );
}

/// A file spotter creates gets the mode any new file gets (0666 less the
/// umask), not a temporary file's 0600: `spotter.toml` is committed and
/// shared, a SARIF report is uploaded by another step.
#[cfg(unix)]
#[test]
fn files_spotter_creates_get_the_usual_mode() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |path: &std::path::Path| {
        std::fs::metadata(path)
            .expect("written")
            .permissions()
            .mode()
            & 0o777
    };
    let dir = tempfile::tempdir().expect("temp dir");
    cmd::write(dir.path(), "plain.txt", "");
    let usual = mode(&dir.path().join("plain.txt"));
    assert_eq!(run_in(dir.path(), &["init"]).code, 0);
    assert_eq!(mode(&dir.path().join("spotter.toml")), usual);
    assert_eq!(mode(&dir.path().join("schema/guide.schema.json")), usual);
    cmd::write(dir.path(), "guides/g.yaml", &guide("g", CLEAN_BODY));
    let run = run_in(
        dir.path(),
        &["check", "--format", "sarif", "--output-file", "out.sarif"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(mode(&dir.path().join("out.sarif")), usual);
}
