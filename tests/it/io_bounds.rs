//! Never destroy, never read without a bound (issue 27), end to end: what
//! spotter writes goes only where a write cannot replace something that is
//! not a regular file; what it reads is bounded and never waits on a FIFO;
//! output that cannot be written is exit 2; and the errors on a config or
//! baseline say where.

#![cfg(unix)]

use crate::support::cmd;
use crate::support::skip;

use cmd::{CLEAN_BODY, guide, run_in, write};
use std::fs;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::Path;
use std::process::Output;
use std::time::{Duration, Instant};

/// A run that takes longer than this has hung.
const TIMEOUT: Duration = Duration::from_secs(30);

/// A folder with one guide that has a finding (no hold time).
fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let body = CLEAN_BODY.replace("    hold: 10 s\n", "");
    write(dir.path(), "guides/a.yaml", &guide("a", &body));
    dir
}

fn spotter(dir: &Path, args: &[&str]) -> Output {
    crate::support::cmd::output_within(
        crate::support::cmd::spotter().current_dir(dir).args(args),
        None,
        TIMEOUT,
    )
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success(), "mkfifo {}", path.display());
}

fn is_char_device(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_char_device())
}

fn is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).trim() == "0")
}

// ---- 1. Nothing but a regular file is ever replaced.

/// A private character device `name` in `dir` (major 1: `minor` 3 is
/// /dev/null, 7 is /dev/full), so a spotter that renamed over it would
/// destroy nothing but this test's node; `None` (said loudly) where
/// device nodes cannot be made.
fn private_device(dir: &Path, name: &str, minor: &str) -> Option<std::path::PathBuf> {
    let node = dir.join(name);
    let made = std::process::Command::new("mknod")
        .arg(&node)
        .args(["c", "1", minor])
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        skip::skipped(
            "a private device node",
            "cannot mknod a character device here (needs root and CAP_MKNOD)",
        );
        return None;
    }
    Some(node)
}

#[test]
fn write_baseline_into_a_character_device_writes_through_it() {
    let dir = corpus();
    let Some(node) = private_device(dir.path(), "null", "3") else {
        return;
    };
    let out = spotter(dir.path(), &["check", "guides", "--write-baseline", "null"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(is_char_device(&node), "the device was replaced");
}

#[test]
fn write_baseline_to_dev_null_leaves_it_a_device() {
    // As root (CI runs as root) a rename over /dev/null succeeds, so this
    // is where the old replace-by-rename would destroy the system's device.
    if !is_root() {
        skip::skipped(
            "write_baseline_to_dev_null_leaves_it_a_device",
            "not root, so a rename over /dev/null would fail anyway and prove nothing",
        );
        return;
    }
    let dir = corpus();
    let out = spotter(
        dir.path(),
        &["check", "guides", "--write-baseline", "/dev/null"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(is_char_device(Path::new("/dev/null")), "/dev/null replaced");
}

#[test]
fn write_baseline_to_a_full_device_is_exit_2() {
    let dir = corpus();
    let Some(node) = private_device(dir.path(), "full", "7") else {
        return;
    };
    let out = spotter(dir.path(), &["check", "guides", "--write-baseline", "full"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("cannot write the baseline full: No space left on device"),
        "{}",
        stderr(&out)
    );
    assert!(is_char_device(&node), "the device was replaced");
}

#[test]
fn write_baseline_to_a_fifo_is_refused_and_the_fifo_stays() {
    let dir = corpus();
    mkfifo(&dir.path().join("pipe"));
    let out = spotter(dir.path(), &["check", "guides", "--write-baseline", "pipe"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("cannot write the baseline pipe: it is a pipe or FIFO"),
        "{}",
        stderr(&out)
    );
    let kind = fs::symlink_metadata(dir.path().join("pipe"))
        .expect("still there")
        .file_type();
    assert!(kind.is_fifo(), "the FIFO was replaced");
}

#[test]
fn write_baseline_to_a_socket_is_refused() {
    let dir = corpus();
    let _socket =
        std::os::unix::net::UnixListener::bind(dir.path().join("sock")).expect("bind a socket");
    let out = spotter(dir.path(), &["check", "guides", "--write-baseline", "sock"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("it is a socket"), "{}", stderr(&out));
    let kind = fs::symlink_metadata(dir.path().join("sock"))
        .expect("still there")
        .file_type();
    assert!(kind.is_socket(), "the socket was replaced");
}

#[test]
fn write_baseline_through_a_symlink_replaces_its_target_not_the_link() {
    let dir = corpus();
    write(dir.path(), "real/base.json", "old");
    std::os::unix::fs::symlink("real/base.json", dir.path().join("link.json")).expect("symlink");
    let out = spotter(
        dir.path(),
        &["check", "guides", "--write-baseline", "link.json"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let link = fs::symlink_metadata(dir.path().join("link.json")).expect("link");
    assert!(link.file_type().is_symlink(), "the link was replaced");
    let text = fs::read_to_string(dir.path().join("real/base.json")).expect("target");
    assert!(text.contains("\"spotter_baseline\": 1"), "{text}");

    // A dangling link: the file is created where it points, as `>` does.
    std::os::unix::fs::symlink("real/new.json", dir.path().join("dangling.json")).expect("symlink");
    let out = spotter(
        dir.path(),
        &["check", "guides", "--write-baseline", "dangling.json"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        fs::symlink_metadata(dir.path().join("dangling.json"))
            .expect("link")
            .file_type()
            .is_symlink()
    );
    assert!(dir.path().join("real/new.json").is_file());
}

#[test]
fn a_replaced_baseline_keeps_its_mode_and_a_new_one_is_not_private() {
    let dir = corpus();
    write(dir.path(), "kept.json", "old");
    let kept = dir.path().join("kept.json");
    fs::set_permissions(&kept, fs::Permissions::from_mode(0o640)).expect("chmod");
    let out = spotter(
        dir.path(),
        &["check", "guides", "--write-baseline", "kept.json"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let mode = fs::metadata(&kept).expect("written").permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);

    // A new file gets what any new file gets (0666 less the umask), not the
    // temporary file's 0600: a baseline is shared through git.
    let out = std::process::Command::new("sh")
        .current_dir(dir.path())
        .args(["-c", "umask 022 && exec \"$0\" \"$@\""])
        .arg(crate::support::cmd::spotter_bin())
        .args(["check", "guides", "--write-baseline", "new.json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let mode = fs::metadata(dir.path().join("new.json"))
        .expect("written")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o644);
}

// ---- 2. Every read has a bound and none waits.

fn stdin_run(dir: &Path, stdin: fs::File, args: &[&str]) -> (Output, Duration) {
    let started = Instant::now();
    let mut child = std::process::Command::new(crate::support::cmd::spotter_bin())
        .current_dir(dir)
        .args(["check", "-", "--format", "json"])
        .args(args)
        .stdin(stdin)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawns");
    while child.try_wait().expect("waits").is_none() && started.elapsed() < TIMEOUT {
        std::thread::sleep(Duration::from_millis(5));
    }
    let took = started.elapsed();
    // Still running at the deadline: it hung (or read on); stop it.
    let _ = child.kill();
    (child.wait_with_output().expect("output"), took)
}

fn parse_error_on_stdin(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(1), "{}", stderr(out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let diags = report["diagnostics"].as_array().expect("list");
    assert_eq!(diags.len(), 1, "{report:#}");
    assert_eq!(diags[0]["rule"], "parse-error");
    assert_eq!(diags[0]["file"], "<stdin>");
    diags[0]["message"].as_str().unwrap_or_default().to_string()
}

#[test]
fn stdin_over_the_size_limit_is_a_parse_error() {
    let dir = corpus();
    let body = CLEAN_BODY.replace("    hold: 10 s\n", "");
    write(dir.path(), "stdin.yaml", &guide("a", &body));
    let stdin = fs::File::open(dir.path().join("stdin.yaml")).expect("open");
    let (out, _) = stdin_run(dir.path(), stdin, &["--max-file-size", "100"]);
    let message = parse_error_on_stdin(&out);
    assert_eq!(
        message,
        "the file is larger than 100 bytes (file size limit)"
    );
}

#[test]
fn stdin_from_dev_zero_ends_with_a_parse_error_at_once() {
    let dir = corpus();
    let zero = fs::File::open("/dev/zero").expect("/dev/zero");
    let (out, took) = stdin_run(dir.path(), zero, &[]);
    let message = parse_error_on_stdin(&out);
    assert!(message.contains("larger than 10485760 bytes"), "{message}");
    // The whole run reads 10 MiB and stops: tens of milliseconds. A loaded
    // machine may take longer, but a run that read on would be killed at
    // `TIMEOUT`, not end here.
    eprintln!("check - < /dev/zero took {took:?}");
    assert!(took < Duration::from_secs(10), "{took:?}");
}

#[test]
fn a_fifo_as_config_or_baseline_is_refused_without_waiting() {
    let dir = corpus();
    mkfifo(&dir.path().join("fifo"));
    for flag in ["--config", "--baseline"] {
        let out = spotter(dir.path(), &["check", "guides", flag, "fifo"]);
        assert_eq!(out.status.code(), Some(2), "{flag}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("it is a pipe or FIFO, not a regular file"),
            "{flag}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn a_device_as_config_or_baseline_is_refused() {
    let dir = corpus();
    for flag in ["--config", "--baseline"] {
        let out = spotter(dir.path(), &["check", "guides", flag, "/dev/zero"]);
        assert_eq!(out.status.code(), Some(2), "{flag}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("/dev/zero")
                && stderr(&out).contains("it is a character device, not a regular file"),
            "{flag}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn config_and_baseline_over_their_size_limits_are_exit_2_with_the_limit() {
    let dir = corpus();
    // A valid config of comments, one byte over 1 MiB.
    let mut config = "# padding\n".repeat(1024 * 1024 / 10 + 1);
    config.truncate(1024 * 1024 + 1);
    write(dir.path(), "big.toml", &config);
    let out = spotter(dir.path(), &["check", "guides", "--config", "big.toml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(
            "big.toml: cannot read the config: it is larger than 1048576 bytes (the config size limit)"
        ),
        "{}",
        stderr(&out)
    );

    // A sparse file: 64 MiB and one byte, taking no room on disk.
    let big = fs::File::create(dir.path().join("big.json")).expect("create");
    big.set_len(64 * 1024 * 1024 + 1).expect("set_len");
    let out = spotter(dir.path(), &["check", "guides", "--baseline", "big.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(
            "cannot read the baseline big.json: it is larger than 67108864 bytes (the baseline size limit)"
        ),
        "{}",
        stderr(&out)
    );
}

// ---- 3. The alias limit has a ceiling.

#[test]
fn max_alias_nodes_above_the_ceiling_is_refused() {
    let dir = corpus();
    let out = spotter(
        dir.path(),
        &["check", "guides", "--max-alias-nodes", "1000000000"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--max-alias-nodes 1000000000 is above the ceiling of 100000"),
        "{}",
        stderr(&out)
    );
    write(
        dir.path(),
        "spotter.toml",
        "[limits]\nmax_alias_nodes = 1000000000\n",
    );
    let out = spotter(dir.path(), &["check", "guides"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(
            "spotter.toml:2:19: max_alias_nodes must be at most 100000 (found 1000000000)"
        ),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_alias_of_a_long_string_is_charged_for_its_text() {
    // 1,000 aliases of a 1 MiB string are 1,000 nodes but 1 GiB of copies
    // (3 GB at peak before text was charged); under the default limit the
    // run stops at the first alias, well inside a 1 GB address space.
    let dir = corpus();
    let text = format!(
        "spotter: 1\nid: s\ntitle: S\ns: &s \"{}\"\nl: [{}]\n",
        "x".repeat(1024 * 1024),
        vec!["*s"; 1000].join(", ")
    );
    write(dir.path(), "guides/bomb.yaml", &text);
    let out = std::process::Command::new("sh")
        .current_dir(dir.path())
        .args(["-c", "ulimit -v 1000000 && exec \"$0\" \"$@\""])
        .arg(crate::support::cmd::spotter_bin())
        .args(["check", "guides", "--format", "concise", "--jobs", "1"])
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}{}", stderr(&out));
    assert!(
        stdout.contains(
            "guides/bomb.yaml:5:5: error[parse-error] aliases expand to more than 10000 nodes (alias limit)"
        ),
        "{stdout}"
    );
}

// ---- 4. Output that is lost is exit 2; a closed pipe is quiet.

fn with_stdout(dir: &Path, redirect: &str) -> Output {
    std::process::Command::new("sh")
        .current_dir(dir)
        .args(["-c", &format!("exec \"$0\" \"$@\" {redirect}")])
        .arg(crate::support::cmd::spotter_bin())
        .args(["check", "guides"])
        .output()
        .expect("runs")
}

#[test]
fn a_closed_stdout_is_exit_2() {
    let dir = corpus();
    let out = with_stdout(dir.path(), ">&-");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("cannot write the output: stdout: it is closed"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_read_only_stdout_is_exit_2() {
    let dir = corpus();
    write(dir.path(), "out.txt", "");
    let out = with_stdout(dir.path(), "1<out.txt");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("cannot write the output: stdout: it is not open for writing"),
        "{}",
        stderr(&out)
    );
}

// ---- 5. A BOM does not shift the column of a byte that is not UTF-8.

#[test]
fn a_bom_does_not_shift_the_column_of_a_bad_byte() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::create_dir(dir.path().join("g")).expect("mkdir");
    fs::write(dir.path().join("g/bom.yaml"), b"\xEF\xBB\xBFab\xFE").expect("write");
    fs::write(dir.path().join("g/plain.yaml"), b"ab\xFE").expect("write");
    let r = run_in(dir.path(), &["check", "g", "--format", "concise"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stdout.contains(
            "g/bom.yaml:1:3: error[parse-error] the file is not valid UTF-8 (byte 0xFE at offset 5)"
        ),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains(
            "g/plain.yaml:1:3: error[parse-error] the file is not valid UTF-8 (byte 0xFE at offset 2)"
        ),
        "{}",
        r.stdout
    );
}

// ---- 6. Errors on the config and the baseline say where.

#[test]
fn baseline_errors_carry_line_and_column() {
    let dir = corpus();
    write(
        dir.path(),
        "v9.json",
        "{\n  \"spotter_baseline\": 9,\n  \"findings\": []\n}\n",
    );
    let r = run_in(dir.path(), &["check", "guides", "--baseline", "v9.json"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("v9.json:2:23: baseline version 9 is not supported"),
        "{}",
        r.stderr
    );
    fs::write(
        dir.path().join("latin1.json"),
        b"{\"spotter_baseline\": 1,\n \"findings\": [{\"file\": \"caf\xE9\"}]}",
    )
    .expect("write");
    let r = run_in(
        dir.path(),
        &["check", "guides", "--baseline", "latin1.json"],
    );
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("latin1.json:2:28: not a spotter baseline: it is not UTF-8 text"),
        "{}",
        r.stderr
    );
}

#[test]
fn an_empty_include_glob_is_named_at_its_place() {
    let dir = corpus();
    write(dir.path(), "spotter.toml", "[files]\ninclude = [\"\"]\n");
    let r = run_in(dir.path(), &["check"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("spotter.toml:2:12: an empty `include` glob matches no file"),
        "{}",
        r.stderr
    );
}

#[test]
fn include_globs_that_match_nothing_name_the_config() {
    let dir = corpus();
    write(
        dir.path(),
        "spotter.toml",
        "[files]\ninclude = [\"nowhere/*.yaml\"]\n",
    );
    let r = run_in(dir.path(), &["check"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("the `include` globs in spotter.toml (`nowhere/*.yaml`) match none"),
        "{}",
        r.stderr
    );
}
