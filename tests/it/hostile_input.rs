//! Hostile input, end to end (SPEC §6): one bad file sits beside an ordinary
//! guide with a known defect. Every case must exit 1, report a clear
//! diagnostic on the bad file at the right place, and still report the
//! ordinary guide's finding — the run goes on, nothing panics or hangs.

use crate::support::skip;

use crate::support::positions;

use serde_json::Value;
use std::fs;
use std::time::Duration;
use tempfile::TempDir;

/// A valid guide whose one exercise has no `hold:` (→ `missing-hold-time`).
const ORDINARY: &str = "\
spotter: 1
id: ordinary
title: Ordinary guide
exercises:
  - id: knee-hug
    name: Knee hug
    risk: low
    steps: [Lie on your back and draw both knees to your chest.]
    repetitions: 3
    warnings:
      - kind: stop-if-pain
        text: Stop if you feel any pain.
";

/// A valid guide except `risk: extreme` (line 7, column 11).
const BAD_RISK: &str = "\
spotter: 1
id: bad-risk
title: Bad risk
exercises:
  - id: stretch
    name: Stretch
    risk: extreme
    steps: [Reach up slowly.]
    hold: 10 s
    repetitions: 3
    warnings:
      - kind: stop-if-pain
        text: Stop if you feel any pain.
";

/// The directory every case checks, relative to the temp dir.
const DIR: &str = "guides";
const HOSTILE: &str = "guides/hostile.yaml";
/// A run that takes longer than this has hung.
const TIMEOUT: Duration = Duration::from_secs(30);

/// A temp dir holding `guides/ordinary.yaml`, ready for one hostile file.
struct Corpus {
    root: TempDir,
    /// Address-space cap (`ulimit -v`, KiB) for runs that must stay small.
    memory_cap_kb: Option<u64>,
}

impl Corpus {
    fn new() -> Self {
        let root = tempfile::tempdir().expect("temp dir");
        fs::create_dir(root.path().join(DIR)).expect("guides dir");
        fs::write(root.path().join(DIR).join("ordinary.yaml"), ORDINARY).expect("write");
        Self {
            root,
            memory_cap_kb: None,
        }
    }

    fn memory_cap_kb(mut self, kb: u64) -> Self {
        self.memory_cap_kb = Some(kb);
        self
    }

    fn path(&self, rel: &str) -> std::path::PathBuf {
        self.root.path().join(rel)
    }

    fn write(self, rel: &str, bytes: impl AsRef<[u8]>) -> Self {
        fs::write(self.path(rel), bytes).expect("write hostile file");
        self
    }

    fn command(&self, format: &str, extra: &[&str]) -> std::process::Output {
        let mut cmd = match self.memory_cap_kb {
            None => crate::support::cmd::spotter(),
            Some(kb) => {
                let mut sh = std::process::Command::new("sh");
                sh.args(["-c", "ulimit -v \"$0\" && exec \"$@\"", &kb.to_string()])
                    .arg(crate::support::cmd::spotter_bin());
                sh
            }
        };
        cmd.current_dir(self.root.path())
            .args(["check", DIR, "--format", format, "--color", "never"])
            .args(extra);
        crate::support::cmd::output_within(&mut cmd, None, TIMEOUT)
    }

    /// Run `check guides --format json` (and pretty, which must not panic
    /// either). Asserts exit 1 and that the ordinary finding survived;
    /// returns the diagnostics on the file `on`.
    fn check_on(&self, on: &str, extra: &[&str]) -> Vec<Value> {
        let out = self.command("json", extra);
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(1),
            "exit status {:?} (killed or timed out if None)\nstdout:\n{stdout}\nstderr:\n{stderr}",
            out.status
        );
        assert!(!stderr.contains("panicked"), "panic:\n{stderr}");
        let json: Value = serde_json::from_str(&stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}):\n{stdout}\nstderr:\n{stderr}"));
        let all = json["diagnostics"].as_array().expect("diagnostics array");
        let ordinary: Vec<_> = all
            .iter()
            .filter(|d| d["file"] == "guides/ordinary.yaml")
            .collect();
        assert!(
            ordinary.len() == 1
                && ordinary[0]["rule"] == "missing-hold-time"
                && ordinary[0]["line"] == 5
                && ordinary[0]["column"] == 9,
            "the ordinary guide's finding is lost or changed: {ordinary:#?}"
        );
        let mine: Vec<Value> = all.iter().filter(|d| d["file"] == on).cloned().collect();
        assert!(!mine.is_empty(), "no diagnostic on {on}:\n{stdout}");

        let pretty = self.command("pretty", extra);
        let pretty_err = String::from_utf8_lossy(&pretty.stderr);
        assert_eq!(pretty.status.code(), Some(1), "pretty: {pretty_err}");
        assert!(
            !pretty_err.contains("panicked"),
            "pretty panicked:\n{pretty_err}"
        );
        mine
    }

    fn check(&self, extra: &[&str]) -> Vec<Value> {
        self.check_on(HOSTILE, extra)
    }
}

/// Write `bytes` as `guides/hostile.yaml` beside the ordinary guide, check
/// the directory, and return the hostile file's diagnostics.
fn hostile(bytes: impl AsRef<[u8]>, extra: &[&str]) -> Vec<Value> {
    Corpus::new().write(HOSTILE, bytes).check(extra)
}

/// The diagnostic with `rule` at `line:column`, or a failure that shows all.
fn expect_at<'a>(diags: &'a [Value], rule: &str, line: u64, column: u64) -> &'a Value {
    diags
        .iter()
        .find(|d| d["rule"] == rule && d["line"] == line && d["column"] == column)
        .unwrap_or_else(|| panic!("expected {rule} at {line}:{column}, got {diags:#?}"))
}

/// The only diagnostic, which must have `rule`.
fn expect_one<'a>(diags: &'a [Value], rule: &str) -> &'a Value {
    assert!(
        diags.len() == 1 && diags[0]["rule"] == rule,
        "expected one {rule}, got {diags:#?}"
    );
    &diags[0]
}

/// Message and help, for substring checks.
fn text_of(d: &Value) -> String {
    format!(
        "{} | {}",
        d["message"].as_str().unwrap_or_default(),
        d["help"].as_str().unwrap_or_default()
    )
}

fn assert_says(d: &Value, words: &[&str]) {
    let text = text_of(d);
    for word in words {
        assert!(text.contains(word), "`{word}` not in: {text}");
    }
}

/// The character at 1-based `line:column` of `text`.
fn char_at(text: &str, line: u64, column: u64) -> Option<char> {
    let line = text.lines().nth(usize::try_from(line).ok()? - 1)?;
    line.chars().nth(usize::try_from(column).ok()? - 1)
}

fn column_of(d: &Value) -> (u64, u64) {
    (
        d["line"].as_u64().expect("line"),
        d["column"].as_u64().expect("column"),
    )
}

/// Deterministic pseudo-random bytes (xorshift64*), no RNG crate needed.
fn random_bytes(seed: u64, len: usize) -> Vec<u8> {
    let mut state = seed;
    (0..len)
        .map(|_| {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            (state.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 56) as u8
        })
        .collect()
}

#[test]
fn alias_bomb() {
    // Ten levels, each list aliasing the previous one ten times: 10^10 nodes.
    let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    let mut prev = 'a';
    for name in 'b'..='j' {
        let refs = vec![format!("*{prev}"); 10].join(", ");
        text.push_str(&format!("{name}: &{name} [{refs}]\n"));
        prev = name;
    }
    let diags = hostile(&text, &[]);
    let d = expect_one(&diags, "parse-error");
    assert_says(d, &["alias limit", "--max-alias-nodes"]);
    // It stops at the alias that breaks the budget (an alias of `c`, on
    // `d`'s line), not at the end of the file.
    let (line, column) = column_of(d);
    assert_eq!(line, 4, "{d:#}");
    assert_eq!(char_at(&text, line, column), Some('*'), "{d:#}");
}

#[test]
fn flow_nesting_10000_deep() {
    let text = format!("{}{}\n", "[".repeat(10_000), "]".repeat(10_000));
    let diags = hostile(&text, &[]);
    let d = expect_one(&diags, "parse-error");
    assert_says(d, &["nesting", "deeper"]);
    // Reported where the nesting passes a limit (the depth limit, 65, or
    // the YAML parser's own, 256), not somewhere after it.
    let (line, column) = column_of(d);
    assert_eq!(line, 1, "{d:#}");
    let expected = if text_of(d).contains("depth limit") {
        65
    } else {
        256
    };
    assert_eq!(column, expected, "{d:#}");
}

/// One hostile file and where its finding must be: `rule` at
/// `line:column`, its message or help saying each of the words. Each case
/// is a test of its own, named for the file.
macro_rules! placed {
    ($(
        $(#[$doc:meta])*
        $name:ident: $bytes:expr, $extra:expr => $rule:literal at $line:literal : $column:literal saying [$($word:literal),*];
    )*) => {$(
        $(#[$doc])*
        #[test]
        fn $name() {
            let diags = hostile($bytes, $extra);
            let d = expect_at(&diags, $rule, $line, $column);
            assert_says(d, &[$($word),*]);
        }
    )*};
}

/// Two exercises, the second merging the first in with `<<` (line 15).
const MERGE_KEYS: &str = "\
spotter: 1
id: merged
title: Merged
exercises:
  - &base
    id: one
    name: One
    risk: low
    steps: [Reach up.]
    hold: 10 s
    repetitions: 3
    warnings:
      - kind: stop-if-pain
        text: Stop if you feel any pain.
  - <<: *base
    id: two
";

fn utf16(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

/// `title: café ☕ 😀 ` (16 characters, more bytes) then a Latin-1 byte.
fn latin1_after_non_ascii() -> Vec<u8> {
    let mut bytes = "spotter: 1\ntitle: café ☕ 😀 ".as_bytes().to_vec();
    bytes.extend_from_slice(b"\xe9x\n");
    bytes
}

/// 3,000 nested mappings, each one space deeper.
fn block_nesting(depth: usize) -> String {
    (0..depth)
        .map(|d| format!("{}a:\n", " ".repeat(d)))
        .collect()
}

placed! {
    /// The 65th mapping opens on line 65 behind 64 spaces.
    block_nesting_3000_deep: block_nesting(3000), &[] => "parse-error" at 65:65 saying ["depth limit", "64", "--max-depth"];
    nul_bytes: b"spotter: 1\nid: x\0y\n", &[] => "parse-error" at 2:6 saying ["NUL"];
    only_nul_bytes: vec![0u8; 512], &[] => "parse-error" at 1:1 saying ["NUL"];
    /// `title: caf` is 10 characters; the bad byte is the 11th.
    latin1_bytes: b"spotter: 1\ntitle: caf\xe9\n", &[] => "parse-error" at 2:11 saying ["UTF-8", "0xE9"];
    /// Columns count characters, not bytes.
    latin1_byte_after_non_ascii_characters: latin1_after_non_ascii(), &[] => "parse-error" at 2:17 saying [];
    utf16_file: utf16(ORDINARY), &[] => "parse-error" at 1:1 saying ["UTF-16", "UTF-8"];
    empty_file: b"", &[] => "parse-error" at 1:1 saying ["no YAML document", "spotter: 1"];
    comment_only_file: b"# a draft, nothing yet\n# more to come\n", &[] => "parse-error" at 1:1 saying ["no YAML document"];
    top_level_scalar: b"just a sentence\n", &[] => "schema-violation" at 1:1 saying ["mapping"];
    top_level_list: b"- spotter: 1\n- id: a-list\n", &[] => "schema-violation" at 1:1 saying ["mapping", "list"];
    custom_tag: b"spotter: 1\nid: !foo tagged\ntitle: T\n", &[] => "parse-error" at 2:5 saying ["!foo"];
    binary_tag: b"spotter: 1\nid: t\ntitle: !!binary aGVsbG8=\n", &[] => "parse-error" at 3:8 saying ["!!binary"];
    merge_keys: MERGE_KEYS, &[] => "schema-violation" at 15:5 saying ["<<"];
    tab_in_indentation_points_at_the_tab: b"spotter: 1\nid: tabbed\ntitle: T\n\tbad: 1\n", &[] => "parse-error" at 4:1 saying ["tab"];
    several_documents: b"spotter: 1\nid: one\n---\nspotter: 1\nid: two\n", &[] => "parse-error" at 3:1 saying ["more than one"];
    /// `    repetitions: ` is 17 characters.
    repetitions_too_large_for_any_integer: BAD_RISK.replace("risk: extreme", "risk: low").replace("repetitions: 3", "repetitions: 99999999999999999999999999"), &[] => "schema-violation" at 10:18 saying [];
}

#[test]
fn file_over_the_size_limit() {
    let text = format!("spotter: 1\nid: big\ntitle: {}\n", "x".repeat(5000));
    let diags = hostile(&text, &["--max-file-size", "1000"]);
    let d = expect_one(&diags, "parse-error");
    // It names the limit and how to raise it.
    assert_says(d, &["1000", "limit", "--max-file-size"]);
}

#[test]
fn random_binary_bytes() {
    let bytes = random_bytes(0x5EED_5EED, 4096);
    let at = std::str::from_utf8(&bytes)
        .expect_err("random bytes are not UTF-8")
        .valid_up_to();
    let prefix = std::str::from_utf8(&bytes[..at]).expect("valid prefix");
    let diags = hostile(&bytes, &[]);
    let place = positions::line_col(prefix, at);
    let d = expect_at(
        &diags,
        "parse-error",
        place.line as u64,
        place.column as u64,
    );
    assert_says(d, &["UTF-8"]);
}

#[test]
fn duplicate_keys() {
    let diags = hostile(b"spotter: 1\nid: first\ntitle: Twice\nid: second\n", &[]);
    // The second `id` is the error; the first is shown as related.
    let d = expect_at(&diags, "parse-error", 4, 1);
    assert_says(d, &["duplicate key `id`"]);
    let related = &d["related"][0];
    assert_eq!(
        (&related["line"], &related["column"]),
        (&2.into(), &1.into())
    );
}

#[test]
fn numbers_too_large_for_any_integer() {
    let text = "\
spotter: 99999999999999999999999999
id: huge
title: Huge
exercises:
  - id: stretch
    name: Stretch
    risk: low
    steps: [Reach up.]
    hold: {seconds: 1e400}
    repetitions: 3
    warnings:
      - kind: stop-if-pain
        text: Stop if you feel any pain.
";
    let diags = hostile(text, &[]);
    let d = expect_at(&diags, "schema-violation", 1, 10);
    assert_says(d, &["spotter"]);
    let d = expect_at(&diags, "schema-violation", 9, 11);
    assert_says(d, &["hold"]);
}

#[test]
fn directory_symlink_loop() {
    let corpus = Corpus::new();
    fs::create_dir(corpus.path("guides/sub")).expect("subdir");
    std::os::unix::fs::symlink("..", corpus.path("guides/sub/back")).expect("symlink");
    let diags = corpus.check_on("guides/sub/back", &[]);
    let d = expect_one(&diags, "parse-error");
    assert_says(d, &["symlink loop", "guides/sub/back"]);
}

#[test]
fn unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let corpus = Corpus::new().write(HOSTILE, BAD_RISK);
    let path = corpus.path(HOSTILE);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).expect("chmod");
    if fs::read(&path).is_ok() {
        skip::skipped(
            "unreadable_file",
            "running as root (root can read anything)",
        );
        return;
    }
    let diags = corpus.check(&[]);
    let d = expect_at(&diags, "parse-error", 1, 1);
    assert_says(d, &["permission denied"]);
}

#[test]
fn named_pipe_does_not_hang() {
    let corpus = Corpus::new();
    let status = std::process::Command::new("mkfifo")
        .arg(corpus.path(HOSTILE))
        .status()
        .expect("mkfifo");
    assert!(status.success());
    let diags = corpus.check(&[]);
    expect_one(&diags, "parse-error");
}

#[test]
#[cfg(unix)]
fn socket_is_named_as_what_it_is() {
    let corpus = Corpus::new();
    // Opening a socket fails outright; the message still says what it is.
    let _listener = std::os::unix::net::UnixListener::bind(corpus.path(HOSTILE)).expect("bind");
    let diags = corpus.check(&[]);
    let d = expect_one(&diags, "parse-error");
    assert_says(d, &["not a regular file"]);
}

#[test]
fn nested_anchors_without_aliases_stay_small() {
    // 60 nested anchored mappings around one 500 KB list, and no alias at
    // all: one copy of the tree fits 1 GB of address space many times, 60
    // copies (an anchor kept as a copy of its node) do not.
    let mut text: String = (0..60)
        .map(|d| format!("{}k: &x{d}\n", " ".repeat(d)))
        .collect();
    text.push_str(&" ".repeat(60));
    text.push_str("k: [");
    text.push_str(&vec!["1"; 250_000].join(","));
    text.push_str("]\n");
    let corpus = Corpus::new().write(HOSTILE, &text).memory_cap_kb(1_000_000);
    let diags = corpus.check(&["--jobs", "1"]);
    expect_at(&diags, "schema-violation", 1, 1);
}

#[test]
fn deep_nesting_at_the_raised_depth_ceiling() {
    // 1,000 levels is the most `--max-depth` allows; every recursive walk
    // of the tree must fit the worker stack at that depth.
    let text = format!("{}x\n", "- ".repeat(1000));
    let diags = hostile(&text, &["--max-depth", "1000"]);
    expect_at(&diags, "schema-violation", 1, 1);
    let over = format!("{}x\n", "- ".repeat(1001));
    let diags = hostile(&over, &["--max-depth", "1000"]);
    expect_at(&diags, "parse-error", 1, 2001);
}

#[test]
fn max_depth_above_the_ceiling_is_refused() {
    let corpus = Corpus::new().write(HOSTILE, BAD_RISK);
    let out = corpus.command("json", &["--max-depth", "1000000"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("above the ceiling of 1000"));
}

/// A schema violation must be placed the same whatever the encoding quirks.
fn expect_bad_risk(bytes: impl AsRef<[u8]>) {
    let diags = hostile(bytes, &[]);
    let d = expect_at(&diags, "schema-violation", 7, 11);
    assert_eq!((&d["end_line"], &d["end_column"]), (&7.into(), &18.into()));
}

#[test]
fn bom_keeps_columns() {
    expect_bad_risk([b"\xEF\xBB\xBF".as_slice(), BAD_RISK.as_bytes()].concat());
}

#[test]
fn crlf_keeps_lines_and_columns() {
    expect_bad_risk(BAD_RISK.replace('\n', "\r\n"));
}

#[test]
fn bom_and_crlf_together() {
    expect_bad_risk(format!("\u{FEFF}{}", BAD_RISK.replace('\n', "\r\n")));
}

#[test]
fn columns_count_characters_not_bytes() {
    let text = "\
spotter: 1
id: unicode
title: Unicode
exercises:
  - {id: e, name: Café ☕ 😀 Ünï, risk: extreme, steps: [x], hold: 10 s, repetitions: 3, warnings: [{kind: stop-if-pain, text: Stop if you feel any pain.}]}
";
    let line = text.lines().nth(4).expect("line 5");
    let byte = line.find("extreme").expect("value");
    let chars = line[..byte].chars().count() as u64 + 1;
    assert_eq!(chars, 39);
    let diags = hostile(text, &[]);
    let d = expect_at(&diags, "schema-violation", 5, chars);
    assert_eq!(d["end_column"], chars + 7);
}
