//! What a new user trips on at the command line: a file reached twice,
//! thread counts, output that cannot be written, why warnings fail a run,
//! and paths that hold no guides.

#[path = "support/cmd.rs"]
mod cmd;

use cmd::{CLEAN_BODY, findings, guide, run_in, write};
use std::path::Path;

fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "guides/a.yaml", &guide("a", CLEAN_BODY));
    write(dir.path(), "guides/b.yaml", &guide("b", CLEAN_BODY));
    dir
}

fn summary_and_findings(dir: &Path, args: &[&str]) -> (serde_json::Value, Vec<String>) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let report = run_in(dir, &all).json();
    (report["summary"].clone(), findings(&report))
}

#[test]
fn a_file_reached_twice_is_checked_once() {
    let dir = corpus();
    let sub = dir.path().join("guides");
    let cases: &[(&Path, &[&str], usize)] = &[
        (dir.path(), &["./guides/a.yaml", "guides"], 2),
        (dir.path(), &["guides/a.yaml", "guides/a.yaml"], 1),
        (dir.path(), &["guides/a.yaml", "guides/../guides/a.yaml"], 1),
        (&sub, &["a.yaml", "."], 2),
        (&sub, &["../guides", "."], 2),
    ];
    for (cwd, args, files) in cases {
        let (summary, found) = summary_and_findings(cwd, args);
        assert_eq!(found, Vec::<String>::new(), "{args:?}");
        assert_eq!(summary["files"], *files, "{args:?}: {summary}");
    }
}

#[cfg(unix)]
#[test]
fn a_symlink_to_a_guide_is_the_guide() {
    let dir = corpus();
    std::os::unix::fs::symlink("a.yaml", dir.path().join("guides/link.yaml")).expect("symlink");
    let (summary, found) = summary_and_findings(dir.path(), &["guides"]);
    assert_eq!(found, Vec::<String>::new());
    assert_eq!(summary["files"], 2, "{summary}");
}

#[test]
fn the_file_named_as_given_keeps_its_spelling() {
    let dir = corpus();
    write(dir.path(), "guides/bad.yaml", "spotter: 1\nid: [x\n");
    let report = run_in(
        dir.path(),
        &["check", "--format", "json", "./guides/bad.yaml"],
    )
    .json();
    assert_eq!(report["diagnostics"][0]["file"], "./guides/bad.yaml");
}

#[test]
fn stdin_replaces_the_file_it_is_named_after() {
    let dir = corpus();
    // The editor's unsaved text: `b` now lacks its hold time.
    let edited = guide("b", &CLEAN_BODY.replace("    hold: 10 s\n", ""));
    let out = assert_cmd::Command::cargo_bin("spotter")
        .expect("binary builds")
        .current_dir(dir.path())
        .args([
            "check",
            "--format",
            "json",
            "--stdin-filename",
            "guides/b.yaml",
            "-",
            "guides",
        ])
        .write_stdin(edited)
        .output()
        .expect("runs");
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
fn a_named_folder_without_guides_is_exit_2() {
    let dir = corpus();
    write(dir.path(), "notes/readme.txt", "no guides here");
    let r = run_in(dir.path(), &["check", "notes"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("notes: no guide files here"),
        "{}",
        r.stderr
    );
}

#[test]
fn upper_case_extensions_are_guides() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "g/A.YAML", &guide("a", CLEAN_BODY));
    write(dir.path(), "g/B.Yml", &guide("b", CLEAN_BODY));
    let (summary, _) = summary_and_findings(dir.path(), &["g"]);
    assert_eq!(summary["files"], 2, "{summary}");
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
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("spotter"))
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
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("spotter"))
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
    write(
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

/// The pretty report without its run time.
fn pretty_in(dir: &Path, args: &[&str]) -> String {
    let mut all = vec!["check", "--color", "never"];
    all.extend_from_slice(args);
    run_in(dir, &all).stdout
}

#[test]
fn a_duplicate_shows_its_first_use_as_a_snippet_of_its_own() {
    let dir = tempfile::tempdir().expect("temp dir");
    let twice = format!(
        "{}{}",
        guide("g", CLEAN_BODY),
        "  - id: g-move\n".to_string() + CLEAN_BODY
    );
    write(dir.path(), "g.yaml", &twice);
    let out = pretty_in(dir.path(), &["g.yaml"]);
    let (main, related) = out
        .split_once("first used here")
        .unwrap_or_else(|| panic!("{out}"));
    assert!(
        main.contains("╭─[g.yaml:14:9]"),
        "primary on the duplicate: {out}"
    );
    assert!(
        related.contains("╭─[g.yaml:5:9]"),
        "the first use has its own snippet: {out}"
    );

    // Across files: the other file's text is shown too.
    write(dir.path(), "g.yaml", &guide("g", CLEAN_BODY));
    write(
        dir.path(),
        "h.yaml",
        &guide("g", CLEAN_BODY).replace("g-move", "h-move"),
    );
    let out = pretty_in(dir.path(), &["g.yaml", "h.yaml"]);
    let (_, related) = out
        .split_once("first used here")
        .unwrap_or_else(|| panic!("{out}"));
    assert!(related.contains("╭─[g.yaml:2:5]"), "{out}");
    assert!(related.contains("2 │ id: g"), "{out}");
}

#[test]
fn a_label_on_a_very_long_line_is_shown_in_a_window() {
    let dir = tempfile::tempdir().expect("temp dir");
    let long = "Breathe slowly and ".repeat(550);
    let body = CLEAN_BODY.replace(
        "steps: [Draw both knees to your chest.]",
        &format!("steps: [\"{long}\", 5]"),
    );
    write(dir.path(), "long.yaml", &guide("long", &body));
    let out = pretty_in(dir.path(), &["long.yaml"]);
    assert!(out.contains("╭─[long.yaml:8:10467]"), "{out:.600}");
    let widest = out.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(widest < 240, "a line of {widest} characters was printed");
    assert!(out.contains("…Breathe slowly and"), "{out:.600}");
    assert!(
        out.contains(" 7 │     risk: low\n"),
        "short neighbours are whole: {out:.600}"
    );
}

#[test]
fn help_is_not_wrapped_when_output_is_not_a_terminal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let body = CLEAN_BODY.replace(
        "      - kind: stop-if-pain\n        text: Stop if you feel any pain.\n",
        "      - kind: caution\n        text: Move slowly.\n",
    );
    write(dir.path(), "g.yaml", &guide("g", &body));
    let out = pretty_in(dir.path(), &["g.yaml"]);
    assert!(
        out.contains("  help: add a warning: `- kind: stop-if-pain` with `text: Stop at once if you feel pain or discomfort.`\n"),
        "{out}"
    );
}

#[cfg(unix)]
#[test]
fn the_spelling_kept_is_the_first_named_and_the_file_not_its_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "guides/a.yaml",
        &guide("a", &CLEAN_BODY.replace("    hold: 10 s\n", "")),
    );
    let (_, found) =
        summary_and_findings(dir.path(), &["guides/../guides/a.yaml", "guides/a.yaml"]);
    assert_eq!(found.len(), 1, "{found:?}");
    let report = run_in(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "guides/../guides/a.yaml",
            "guides/a.yaml",
        ],
    )
    .json();
    assert_eq!(report["diagnostics"][0]["file"], "guides/../guides/a.yaml");

    std::os::unix::fs::symlink("a.yaml", dir.path().join("guides/0-link.yaml")).expect("symlink");
    let report = run_in(dir.path(), &["check", "--format", "json", "guides"]).json();
    assert_eq!(report["summary"]["files"], 1);
    assert_eq!(report["diagnostics"][0]["file"], "guides/a.yaml");
}
