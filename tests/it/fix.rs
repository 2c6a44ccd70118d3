//! End to end: `spotter check --fix`, `--unsafe-fixes`, `--diff` and
//! `--output-file`, the binary run on files in a folder of their own.

use crate::support::cmd;
use crate::support::skip;

use cmd::{Run, run_in, write};
use std::path::Path;

/// A guide a new user writes: a BOM, CRLF, comments, quoting, and one of
/// each safe mistake, beside two findings only an unsafe fix can fix.
const DRAFT: &str = "\u{FEFF}# a guide\r\nspotter: 1\r\nid: \"t-guide\"\r\ntitle: T # title\r\nexercises:\r\n  - id: knee-hug\r\n    name: Knee hug\r\n    risk: Low   # said loosely\r\n    steps:\r\n      - Draw both knees to your chest and hold for 30 seconds.\r\n    repetitions: 10x\r\n    frequency: 5-2 per day\r\n  - id: cat\r\n    name: Cat\r\n    risk: low\r\n    steps: [Arch your back.]\r\n    hold: 10\r\n    repetitons: 3\r\n    warnings:\r\n      - kind: stop-if-pain\r\n        text: 'Stop if it hurts.'\r\n";

/// `DRAFT` after `--fix`: only the five safe changes, every other byte kept.
const SAFELY_FIXED: &str = "\u{FEFF}# a guide\r\nspotter: 1\r\nid: \"t-guide\"\r\ntitle: T # title\r\nexercises:\r\n  - id: knee-hug\r\n    name: Knee hug\r\n    risk: low   # said loosely\r\n    steps:\r\n      - Draw both knees to your chest and hold for 30 seconds.\r\n    repetitions: 10\r\n    frequency: 2-5 per day\r\n  - id: cat\r\n    name: Cat\r\n    risk: low\r\n    steps: [Arch your back.]\r\n    hold: 10 s\r\n    repetitions: 3\r\n    warnings:\r\n      - kind: stop-if-pain\r\n        text: 'Stop if it hurts.'\r\n";

/// `SAFELY_FIXED` after `--fix --unsafe-fixes`: the hold step 1 states, and
/// the standard warning, in the line endings of the file.
const ALL_FIXED: &str = "\u{FEFF}# a guide\r\nspotter: 1\r\nid: \"t-guide\"\r\ntitle: T # title\r\nexercises:\r\n  - id: knee-hug\r\n    name: Knee hug\r\n    risk: low   # said loosely\r\n    steps:\r\n      - Draw both knees to your chest and hold for 30 seconds.\r\n    hold: 30 s\r\n    repetitions: 10\r\n    frequency: 2-5 per day\r\n    warnings:\r\n      - kind: stop-if-pain\r\n        text: Stop at once if you feel pain or discomfort.\r\n  - id: cat\r\n    name: Cat\r\n    risk: low\r\n    steps: [Arch your back.]\r\n    hold: 10 s\r\n    repetitions: 3\r\n    warnings:\r\n      - kind: stop-if-pain\r\n        text: 'Stop if it hurts.'\r\n";

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).expect("read back")
}

fn last_line(run: &Run) -> &str {
    run.stdout.trim_end().lines().last().unwrap_or_default()
}

#[cfg(unix)]
fn inode(path: &Path) -> u64 {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).expect("stat").ino()
}

#[test]
fn fix_makes_the_safe_fixes_and_keeps_every_other_byte() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "g.yaml", DRAFT);
    let run = run_in(
        dir.path(),
        &["check", "--fix", "--color", "never", "g.yaml"],
    );
    assert_eq!(read(dir.path(), "g.yaml"), SAFELY_FIXED);
    assert_eq!(
        last_line(&run),
        "5 fixed, 2 remaining (2 fixes more with --unsafe-fixes; review them)",
        "{}",
        run.stdout
    );
    // What remains is two errors: exit 1 follows them.
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stdout.contains("missing-hold-time"), "{}", run.stdout);
}

#[cfg(unix)]
#[test]
fn a_second_fix_changes_nothing_and_does_not_rewrite_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "g.yaml", DRAFT);
    run_in(dir.path(), &["check", "--fix", "g.yaml"]);
    let before = inode(&dir.path().join("g.yaml"));
    let run = run_in(
        dir.path(),
        &["check", "--fix", "--color", "never", "g.yaml"],
    );
    assert_eq!(read(dir.path(), "g.yaml"), SAFELY_FIXED);
    assert_eq!(inode(&dir.path().join("g.yaml")), before, "rewritten");
    assert!(
        last_line(&run).starts_with("0 fixed, 2 remaining"),
        "{}",
        run.stdout
    );
}

#[test]
fn unsafe_fixes_add_the_hold_a_step_states_and_the_standard_warning() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "g.yaml", DRAFT);
    let run = run_in(
        dir.path(),
        &[
            "check",
            "--fix",
            "--unsafe-fixes",
            "--color",
            "never",
            "g.yaml",
        ],
    );
    assert_eq!(read(dir.path(), "g.yaml"), ALL_FIXED);
    assert_eq!(last_line(&run), "7 fixed, 0 remaining", "{}", run.stdout);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let again = run_in(dir.path(), &["check", "--fix", "--unsafe-fixes", "g.yaml"]);
    assert_eq!(last_line(&again), "0 fixed, 0 remaining");
    assert_eq!(read(dir.path(), "g.yaml"), ALL_FIXED);
}

#[test]
fn two_holds_in_the_steps_leave_the_choice_to_the_author() {
    let dir = tempfile::tempdir().expect("temp dir");
    let body = "    name: Knee hug\n    risk: low\n    steps:\n      - Hold for 10 seconds.\n      - Then hold for 30 seconds.\n    repetitions: 3\n    warnings:\n      - kind: stop-if-pain\n        text: Stop if you feel any pain.\n";
    let text = cmd::guide("two", body);
    write(dir.path(), "g.yaml", &text);
    let run = run_in(dir.path(), &["check", "--diff", "--unsafe-fixes", "g.yaml"]);
    assert_eq!((run.code, run.stdout.as_str()), (0, ""), "{}", run.stderr);
    let json = run_in(dir.path(), &["check", "--format", "json", "g.yaml"]).json();
    assert_eq!(
        json["diagnostics"][0]["help"],
        "add `hold:` with a duration such as `10 s` or `15-30 s`"
    );
}

#[test]
fn diff_prints_what_fix_would_change_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = cmd::guide("d", &cmd::CLEAN_BODY.replace("hold: 10 s", "hold: 10"));
    write(dir.path(), "g.yaml", &text);
    let run = run_in(dir.path(), &["check", "--diff", "g.yaml"]);
    assert_eq!(
        run.stdout,
        "--- a/g.yaml\n+++ b/g.yaml\n@@ -6,7 +6,7 @@\n     name: Knee hug\n     risk: low\n     steps: [Draw both knees to your chest.]\n-    hold: 10\n+    hold: 10 s\n     repetitions: 3\n     warnings:\n       - kind: stop-if-pain\n"
    );
    assert_eq!(run.code, 1);
    assert_eq!(run.stderr, "spotter: --fix would make 1 fix in 1 file\n");
    assert_eq!(read(dir.path(), "g.yaml"), text);
    write(dir.path(), "g.yaml", &cmd::guide("d", cmd::CLEAN_BODY));
    let clean = run_in(dir.path(), &["check", "--diff", "g.yaml"]);
    assert_eq!((clean.code, clean.stdout.as_str()), (0, ""));
}

#[cfg(unix)]
#[test]
fn fix_writes_a_symlinks_target_and_keeps_the_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = cmd::guide("s", &cmd::CLEAN_BODY.replace("hold: 10 s", "hold: 10"));
    write(dir.path(), "real/g.yaml", &text);
    std::fs::create_dir(dir.path().join("guides")).expect("mkdir");
    std::os::unix::fs::symlink("../real/g.yaml", dir.path().join("guides/g.yaml"))
        .expect("symlink");
    let run = run_in(dir.path(), &["check", "--fix", "guides/g.yaml"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let link = std::fs::symlink_metadata(dir.path().join("guides/g.yaml")).expect("lstat");
    assert!(link.file_type().is_symlink(), "the link was replaced");
    assert!(read(dir.path(), "real/g.yaml").contains("hold: 10 s\n"));
}

#[test]
fn unsafe_fixes_alone_and_fixing_stdin_are_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "g.yaml", &cmd::guide("u", cmd::CLEAN_BODY));
    let alone = run_in(dir.path(), &["check", "--unsafe-fixes", "g.yaml"]);
    assert_eq!(alone.code, 2);
    assert!(alone.stderr.contains("--fix or --diff"), "{}", alone.stderr);
    let stdin = run_in(dir.path(), &["check", "--fix", "-"]);
    assert_eq!(stdin.code, 2);
    assert!(stdin.stderr.contains("stdin"), "{}", stdin.stderr);
}

/// Copies every file under `from` into `to`, folders and all.
fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("read fixtures") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

#[test]
fn fixing_every_fixture_leaves_only_findings_without_a_fix_and_a_second_run_changes_nothing() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let dir = tempfile::tempdir().expect("temp dir");
    copy_tree(&fixtures, dir.path());
    let first = run_in(
        dir.path(),
        &["check", "--fix", "--unsafe-fixes", "--format", "json", "."],
    );
    assert!(first.code == 0 || first.code == 1, "{}", first.stderr);
    assert!(first.stderr.contains("spotter: "), "{}", first.stderr);
    let fixed = first
        .stderr
        .lines()
        .find_map(|l| {
            l.strip_prefix("spotter: ")?
                .split(" fixed")
                .next()?
                .parse::<usize>()
                .ok()
        })
        .expect("a fix summary");
    assert!(
        fixed > 0,
        "the fixtures hold fixable findings: {}",
        first.stderr
    );
    // Nothing fixable is left: a diff of what --fix would still do is empty.
    let diff = run_in(dir.path(), &["check", "--diff", "--unsafe-fixes", "."]);
    assert_eq!(
        (diff.code, diff.stdout.as_str()),
        (0, ""),
        "{}",
        diff.stderr
    );
    let snapshot: Vec<(String, String)> = walk(dir.path());
    let second = run_in(
        dir.path(),
        &["check", "--fix", "--unsafe-fixes", "--format", "json", "."],
    );
    assert!(
        second.stderr.contains("spotter: 0 fixed"),
        "{}",
        second.stderr
    );
    assert_eq!(walk(dir.path()), snapshot, "a second run changed a file");
    assert_eq!(second.json()["diagnostics"], first.json()["diagnostics"]);
}

/// Every file under `dir` with its text, in path order.
fn walk(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push((
                path.display().to_string(),
                std::fs::read_to_string(&path).unwrap_or_default(),
            ));
        }
    }
    out.sort();
    out
}

#[test]
fn output_file_gets_the_format_and_stdout_the_pretty_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "g.yaml",
        &cmd::guide("o", &cmd::CLEAN_BODY.replace("hold: 10 s", "hold: 10")),
    );
    let run = run_in(
        dir.path(),
        &[
            "check",
            "--format",
            "sarif",
            "--output-file",
            "out.sarif",
            "--color",
            "never",
            "g.yaml",
        ],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let sarif: serde_json::Value =
        serde_json::from_str(&read(dir.path(), "out.sarif")).expect("SARIF is JSON");
    assert_eq!(sarif["version"], "2.1.0");
    assert!(
        run.stdout.contains("× `hold` must be a duration"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("1 error, 0 warnings in 1 file"),
        "{}",
        run.stdout
    );
}

#[test]
fn output_file_that_is_a_folder_is_trouble_and_not_replaced() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "g.yaml", &cmd::guide("o", cmd::CLEAN_BODY));
    std::fs::create_dir(dir.path().join("out")).expect("mkdir");
    let run = run_in(dir.path(), &["check", "--output-file", "out", "g.yaml"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("cannot write out: it is a directory"),
        "{}",
        run.stderr
    );
    assert!(dir.path().join("out").is_dir());
}

/// `in 23 ms` → `in … ms`, the one part of the output that varies.
fn without_time(out: &str) -> String {
    out.lines()
        .map(|line| match line.rsplit_once(" in ") {
            Some((head, tail)) if tail.ends_with(" ms") => format!("{head} in … ms"),
            _ => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// docs/fixing.md's samples are real output: each block after
/// `<!-- fix-sample: ARGS -->` is `spotter ARGS` (stdout, then stderr)
/// run in turn on a copy of the README's draft, as the page tells it.
#[test]
fn the_fixing_docs_show_real_output() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let docs = std::fs::read_to_string(root.join("docs/fixing.md")).expect("docs/fixing.md");
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(
        root.join("tests/fixtures/readme/draft.yaml"),
        dir.path().join("draft.yaml"),
    )
    .expect("copy the draft");
    let mut samples = 0;
    for part in docs.split("<!-- fix-sample: ").skip(1) {
        let (args, rest) = part.split_once(" -->\n```\n").expect("a sample block");
        let shown = rest.split_once("\n```").map_or("", |(block, _)| block);
        let args: Vec<&str> = args.split_whitespace().collect();
        let run = run_in(dir.path(), &args);
        let real = if args.contains(&"--diff") {
            run.stdout.trim_end().to_string()
        } else {
            without_time(run.stdout.trim_end())
        };
        assert_eq!(shown, real, "spotter {}", args.join(" "));
        samples += 1;
    }
    assert_eq!(samples, 3);
}

#[cfg(unix)]
#[test]
fn a_file_that_is_not_regular_is_never_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let made = std::process::Command::new("mkfifo")
        .arg(dir.path().join("pipe.yaml"))
        .status();
    if !made.is_ok_and(|s| s.success()) {
        skip::skipped("a_file_that_is_not_regular_is_never_replaced", "no mkfifo");
        return;
    }
    let run = run_in(
        dir.path(),
        &["check", "--fix", "--unsafe-fixes", "pipe.yaml"],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let meta = std::fs::symlink_metadata(dir.path().join("pipe.yaml")).expect("lstat");
    assert!(meta.file_type().is_fifo(), "the FIFO was replaced");
}

#[cfg(unix)]
#[test]
fn output_file_through_a_symlink_writes_its_target() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "g.yaml", &cmd::guide("o", cmd::CLEAN_BODY));
    write(dir.path(), "reports/real.json", "old");
    std::os::unix::fs::symlink("reports/real.json", dir.path().join("out.json")).expect("symlink");
    let run = run_in(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "--output-file",
            "out.json",
            "g.yaml",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let link = std::fs::symlink_metadata(dir.path().join("out.json")).expect("lstat");
    assert!(link.file_type().is_symlink());
    assert!(read(dir.path(), "reports/real.json").contains("\"version\": 1"));
}

#[test]
fn a_fixed_value_keeps_the_authors_quotes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let body = "    name: Knee hug\n    risk: \"Low\"\n    steps: [Draw both knees to your chest.]\n    hold: '10'\n    repetitions: 3\n    warnings:\n      - kind: stop-if-pain\n        text: Stop if you feel any pain.\n";
    write(dir.path(), "g.yaml", &cmd::guide("q", body));
    let run = run_in(dir.path(), &["check", "--fix", "g.yaml"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(
        read(dir.path(), "g.yaml"),
        cmd::guide(
            "q",
            &body.replace("\"Low\"", "\"low\"").replace("'10'", "'10 s'")
        )
    );
}

#[test]
fn a_quoted_value_keeps_the_comment_after_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let body = "    name: Knee hug\n    risk: \"Low\"  # said loosely\n    steps: [Draw both knees to your chest.]\n    hold: '10'   # \"x\"\n    repetitions: 3\n    warnings:\n      - kind: stop-if-pain\n        text: Stop if you feel any pain.\n";
    write(dir.path(), "g.yaml", &cmd::guide("q", body));
    let run = run_in(dir.path(), &["check", "--fix", "g.yaml"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(
        read(dir.path(), "g.yaml"),
        cmd::guide(
            "q",
            &body.replace("\"Low\"", "\"low\"").replace("'10'", "'10 s'")
        )
    );
}

/// A file its owner made read-only is not replaced behind their back (the
/// rename into place would succeed whatever its mode).
#[test]
fn fix_leaves_a_read_only_file_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = cmd::guide("r", &cmd::CLEAN_BODY.replace("hold: 10 s", "hold: 10"));
    write(dir.path(), "g.yaml", &text);
    let path = dir.path().join("g.yaml");
    let mut permissions = std::fs::metadata(&path).expect("stat").permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&path, permissions).expect("chmod");
    let run = run_in(dir.path(), &["check", "--fix", "g.yaml"]);
    assert_ne!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("read-only"), "{}", run.stderr);
    assert_eq!(read(dir.path(), "g.yaml"), text);
}
