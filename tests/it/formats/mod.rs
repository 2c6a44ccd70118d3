//! The machine formats end to end (SPEC §4, §5): each on one fixture folder
//! with errors, warnings, a cross-guide finding, a suppressed finding and
//! non-ASCII text; hostile messages in every format; the same output
//! whatever `--jobs` is; output that cannot be written.

mod sarif_validator;

use crate::support::cmd;

use cmd::{CLEAN_BODY, Run, guide, run_in, write};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

const FIXTURE: &str = "tests/fixtures/formats";
const ALPHA: &str = "tests/fixtures/formats/alpha.yaml";
const BETA: &str = "tests/fixtures/formats/beta.yaml";
const CLEAN: &str = "tests/fixtures/formats/clean.yaml";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn check(format: &str) -> Run {
    let r = run_in(root(), &["check", FIXTURE, "--format", format]);
    assert_eq!(r.code, 1, "{format}: {}\n{}", r.stdout, r.stderr);
    r
}

/// The SARIF log as JSON. Its shape is the official schema's
/// (`sarif_matches_the_official_schema`); the tests read it as JSON, which
/// spares building a deserializer of every SARIF type into the test binary.
fn sarif(stdout: &str) -> Value {
    serde_json::from_str(stdout).unwrap_or_else(|e| panic!("not SARIF ({e}):\n{stdout}"))
}

/// The text at `pointer` (e.g. `/runs/0/tool/driver/name`), if it is text.
fn text<'a>(value: &'a Value, pointer: &str) -> Option<&'a str> {
    value.pointer(pointer).and_then(Value::as_str)
}

/// The number at `pointer`, if it is a whole number.
fn number(value: &Value, pointer: &str) -> Option<u64> {
    value.pointer(pointer).and_then(Value::as_u64)
}

/// The array at `pointer`, empty if there is none.
fn array<'a>(value: &'a Value, pointer: &str) -> &'a [Value] {
    value
        .pointer(pointer)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

#[test]
fn concise_is_one_line_per_finding() {
    let r = check("concise");
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(
        lines[..4],
        [
            "tests/fixtures/formats/alpha.yaml:2:5: error[schema-violation] `id` must be kebab-case: lowercase ASCII letters, digits and single hyphens (found \"étirements-alpha\")",
            "tests/fixtures/formats/alpha.yaml:9:19: warning[hold-time-mismatch] step says hold for 45 seconds, but `hold` is 5-10 s",
            "tests/fixtures/formats/alpha.yaml:24:9: error[missing-hold-time] exercise `rotation` has no hold time",
            "tests/fixtures/formats/beta.yaml:7:11: warning[conflicting-guidance] exercise `knee-hug` has `risk` high here, but low in tests/fixtures/formats/alpha.yaml",
        ]
    );
    assert_eq!(lines.len(), 5, "{}", r.stdout);
    let summary = lines[4];
    assert!(
        summary.starts_with("2 errors, 2 warnings in 3 files (5 exercises), 1 suppressed in ")
            && summary.ends_with(" ms"),
        "{summary}"
    );
    let quiet = run_in(
        root(),
        &["check", FIXTURE, "--format", "concise", "--quiet"],
    );
    assert_eq!(quiet.stdout.lines().count(), 4, "{}", quiet.stdout);
}

#[test]
fn github_annotations_carry_both_ends_and_the_rule() {
    let r = check("github");
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "::error file=tests/fixtures/formats/alpha.yaml,line=2,col=5,endLine=2,endColumn=21,title=schema-violation::`id` must be kebab-case: lowercase ASCII letters, digits and single hyphens (found \"étirements-alpha\")%0Ahelp: write `etirements-alpha`",
            "::warning file=tests/fixtures/formats/alpha.yaml,line=9,col=19,endLine=9,endColumn=38,title=hold-time-mismatch::step says hold for 45 seconds, but `hold` is 5-10 s%0Ahelp: if `hold` is right, make the step say 5-10 s; if the step is right, change `hold` to match it",
            "::error file=tests/fixtures/formats/alpha.yaml,line=24,col=9,endLine=24,endColumn=17,title=missing-hold-time::exercise `rotation` has no hold time%0Ahelp: add `hold:` with a duration such as `10 s` or `15-30 s`",
            "::warning file=tests/fixtures/formats/beta.yaml,line=7,col=11,endLine=7,endColumn=15,title=conflicting-guidance::exercise `knee-hug` has `risk` high here, but low in tests/fixtures/formats/alpha.yaml%0Ahelp: make the two guides agree, or give the exercises different ids if they are different exercises",
        ]
    );
}

#[test]
fn gitlab_code_quality_lists_shown_findings_with_unique_fingerprints() {
    let r = check("gitlab");
    let issues: Value = serde_json::from_str(&r.stdout).expect("JSON");
    let issues = issues.as_array().expect("an array");
    let brief: Vec<String> = issues
        .iter()
        .map(|i| {
            format!(
                "{} {} {}:{} {}",
                i["check_name"].as_str().unwrap_or("?"),
                i["severity"].as_str().unwrap_or("?"),
                i["location"]["path"].as_str().unwrap_or("?"),
                i["location"]["lines"]["begin"],
                i["description"].as_str().unwrap_or("?"),
            )
        })
        .collect();
    assert_eq!(
        brief,
        [
            "schema-violation major tests/fixtures/formats/alpha.yaml:2 `id` must be kebab-case: lowercase ASCII letters, digits and single hyphens (found \"étirements-alpha\")",
            "hold-time-mismatch minor tests/fixtures/formats/alpha.yaml:9 step says hold for 45 seconds, but `hold` is 5-10 s",
            "missing-hold-time major tests/fixtures/formats/alpha.yaml:24 exercise `rotation` has no hold time",
            "conflicting-guidance minor tests/fixtures/formats/beta.yaml:7 exercise `knee-hug` has `risk` high here, but low in tests/fixtures/formats/alpha.yaml",
        ]
    );
    let prints: std::collections::BTreeSet<&str> = issues
        .iter()
        .map(|i| i["fingerprint"].as_str().expect("fingerprint"))
        .collect();
    assert_eq!(prints.len(), issues.len(), "fingerprints are unique");
    assert!(prints.iter().all(|p| p.len() == 32));
}

#[test]
fn junit_has_a_case_per_checked_file_and_a_line_per_finding() {
    let r = check("junit");
    let doc = roxmltree::Document::parse(&r.stdout)
        .unwrap_or_else(|e| panic!("not XML ({e}):\n{}", r.stdout));
    let suites: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("testsuite"))
        .collect();
    assert_eq!(suites.len(), 1);
    let suite = suites[0];
    assert_eq!(suite.attribute("tests"), Some("3"));
    assert_eq!(suite.attribute("failures"), Some("2"));
    let cases: Vec<_> = suite
        .children()
        .filter(|n| n.has_tag_name("testcase"))
        .collect();
    let names: Vec<&str> = cases.iter().filter_map(|c| c.attribute("name")).collect();
    assert_eq!(names, [ALPHA, BETA, CLEAN]);
    let failure = |i: usize| {
        cases[i]
            .children()
            .find(|n| n.has_tag_name("failure"))
            .map(|f| {
                (
                    f.attribute("message").unwrap_or("").to_string(),
                    f.attribute("type").unwrap_or("").to_string(),
                    f.text().unwrap_or("").to_string(),
                )
            })
    };
    let (message, kind, text) = failure(0).expect("alpha fails");
    assert_eq!(message, "2 errors, 1 warning");
    assert_eq!(kind, "error");
    let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with("    ")).collect();
    assert_eq!(
        lines,
        [
            "2:5: error[schema-violation] `id` must be kebab-case: lowercase ASCII letters, digits and single hyphens (found \"étirements-alpha\")",
            "9:19: warning[hold-time-mismatch] step says hold for 45 seconds, but `hold` is 5-10 s",
            "24:9: error[missing-hold-time] exercise `rotation` has no hold time",
        ]
    );
    assert!(text.contains("    help: add `hold:`"), "{text}");
    let (message, kind, _) = failure(1).expect("beta fails");
    assert_eq!(
        (message.as_str(), kind.as_str()),
        ("0 errors, 1 warning", "warning")
    );
    assert!(failure(2).is_none(), "the clean file passes");
    assert_eq!(cases[2].attribute("file"), Some(CLEAN));
}

#[test]
fn sarif_describes_every_rule_and_every_finding() {
    let r = check("sarif");
    let log = sarif(&r.stdout);
    assert_eq!(text(&log, "/version"), Some("2.1.0"));
    assert_eq!(array(&log, "/runs").len(), 1);
    let run = &log["runs"][0];
    assert_eq!(text(run, "/columnKind"), Some("unicodeCodePoints"));

    let driver = &run["tool"]["driver"];
    assert_eq!(text(driver, "/name"), Some("spotter"));
    assert_eq!(text(driver, "/version"), Some(env!("CARGO_PKG_VERSION")));
    // No home page exists: no placeholder is invented.
    assert_eq!(driver.get("informationUri"), None);
    let rules = array(driver, "/rules");
    assert_eq!(rules.len(), spotter::rules::REGISTRY.len());
    for (descriptor, entry) in rules.iter().zip(spotter::rules::REGISTRY) {
        assert_eq!(text(descriptor, "/id"), Some(entry.meta.id));
        // SARIF1001: a name that is not the id.
        let name = text(descriptor, "/name").expect("name");
        assert_ne!(name, entry.meta.id);
        assert_eq!(
            text(descriptor, "/shortDescription/text"),
            Some(entry.meta.summary)
        );
        let docs = spotter::rules::explain(entry);
        assert_eq!(
            text(descriptor, "/fullDescription/text"),
            Some(docs.as_str())
        );
        assert_eq!(text(descriptor, "/help/markdown"), Some(docs.as_str()));
        assert_eq!(
            text(descriptor, "/defaultConfiguration/level"),
            Some(entry.meta.severity.as_str())
        );
        assert_eq!(
            descriptor.pointer("/defaultConfiguration/enabled"),
            Some(&Value::Bool(true))
        );
    }

    let results = array(run, "/results");
    let brief: Vec<String> = results
        .iter()
        .map(|res| {
            let phys = &res["locations"][0]["physicalLocation"];
            let at = |key: &str| number(phys, &format!("/region/{key}")).unwrap_or(0);
            format!(
                "{} {} {}:{}:{}-{}:{}{}",
                text(res, "/ruleId").unwrap_or("?"),
                text(res, "/level").expect("level"),
                text(phys, "/artifactLocation/uri").unwrap_or("?"),
                at("startLine"),
                at("startColumn"),
                at("endLine"),
                at("endColumn"),
                if res.get("suppressions").is_some() {
                    " suppressed"
                } else {
                    ""
                },
            )
        })
        .collect();
    assert_eq!(
        brief,
        [
            "schema-violation error tests/fixtures/formats/alpha.yaml:2:5-2:21",
            // 19 characters in; an emoji before it would make it 20 in UTF-16.
            "hold-time-mismatch warning tests/fixtures/formats/alpha.yaml:9:19-9:38",
            "missing-hold-time error tests/fixtures/formats/alpha.yaml:16:9-16:16 suppressed",
            "missing-hold-time error tests/fixtures/formats/alpha.yaml:24:9-24:17",
            "conflicting-guidance warning tests/fixtures/formats/beta.yaml:7:11-7:15",
        ]
    );
    for res in results {
        let index = number(res, "/ruleIndex").expect("ruleIndex");
        let rule = usize::try_from(index).ok().and_then(|i| rules.get(i));
        assert_eq!(rule.and_then(|r| text(r, "/id")), text(res, "/ruleId"));
        assert!(!text(res, "/message/text").unwrap_or("").is_empty());
        assert_eq!(
            text(res, "/partialFingerprints/spotter~1v1").map(str::len),
            Some(32)
        );
    }
    assert_eq!(
        text(&results[0], "/message/text"),
        Some(
            "`id` must be kebab-case: lowercase ASCII letters, digits and single hyphens (found \"étirements-alpha\")\nhelp: write `etirements-alpha`"
        )
    );

    // The cross-guide finding points at the first guide too.
    let related = array(&results[4], "/relatedLocations");
    assert_eq!(related.len(), 1);
    let phys = &related[0]["physicalLocation"];
    assert_eq!(text(phys, "/artifactLocation/uri"), Some(ALPHA));
    assert_eq!(number(phys, "/region/startLine"), Some(7), "alpha's `risk`");
    assert_eq!(
        text(&related[0], "/message/text"),
        Some("`risk` in the first guide")
    );

    // The suppressed finding, with the comment's reason.
    let suppressions = array(&results[2], "/suppressions");
    assert_eq!(suppressions.len(), 1);
    assert_eq!(text(&suppressions[0], "/kind"), Some("inSource"));
    assert_eq!(
        text(&suppressions[0], "/justification"),
        Some("the therapist sets the time «sur place»")
    );
}

#[test]
fn sarif_lists_a_rule_that_is_off_as_disabled_at_its_index() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(
        dir.path(),
        "spotter.toml",
        "[rules]\nconflicting-guidance = \"off\"\nmissing-hold-time = \"warning\"\n",
    );
    write(dir.path(), "g.yaml", &cmd::guide("g", "    name: A\n"));
    let r = run_in(dir.path(), &["check", "g.yaml", "--format", "sarif"]);
    let log = sarif(&r.stdout);
    let rules = array(&log, "/runs/0/tool/driver/rules");
    let find = |id: &str| {
        rules
            .iter()
            .find(|r| text(r, "/id") == Some(id))
            .expect("listed")
    };
    assert_eq!(
        find("conflicting-guidance").pointer("/defaultConfiguration/enabled"),
        Some(&Value::Bool(false))
    );
    assert_eq!(
        text(find("missing-hold-time"), "/defaultConfiguration/level"),
        Some("warning")
    );
    let hold = array(&log, "/runs/0/results")
        .iter()
        .find(|r| text(r, "/ruleId") == Some("missing-hold-time"))
        .expect("missing-hold-time");
    assert_eq!(text(hold, "/level"), Some("warning"));
}

/// `rule message → fingerprint` of a SARIF or GitLab report.
fn fingerprints(format: &str, dir: &Path) -> BTreeMap<String, String> {
    let r = run_in(dir, &["check", ".", "--format", format]);
    if format == "sarif" {
        let log = sarif(&r.stdout);
        array(&log, "/runs/0/results")
            .iter()
            .map(|res| {
                (
                    format!(
                        "{} {}",
                        text(res, "/ruleId").unwrap_or("?"),
                        // The message, without the help under it.
                        text(res, "/message/text")
                            .and_then(|t| t.lines().next())
                            .unwrap_or("?")
                    ),
                    text(res, "/partialFingerprints/spotter~1v1")
                        .unwrap_or_default()
                        .to_string(),
                )
            })
            .collect()
    } else {
        let issues: Value = serde_json::from_str(&r.stdout).expect("JSON");
        issues
            .as_array()
            .expect("array")
            .iter()
            .map(|i| {
                (
                    format!("{} {}", i["check_name"], i["description"]),
                    i["fingerprint"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect()
    }
}

#[test]
fn fingerprints_survive_lines_moving_and_change_with_the_finding() {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["alpha.yaml", "beta.yaml", "clean.yaml"] {
        let text = std::fs::read_to_string(root().join(FIXTURE).join(name)).expect("fixture");
        write(dir.path(), name, &text);
    }
    for format in ["sarif", "gitlab"] {
        let before = fingerprints(format, dir.path());
        assert_eq!(before.len(), if format == "sarif" { 5 } else { 4 });
        // Lines inserted above every finding.
        let alpha = std::fs::read_to_string(dir.path().join("alpha.yaml")).expect("alpha");
        write(
            dir.path(),
            "alpha.yaml",
            &format!("# a comment\n# and another\n{alpha}"),
        );
        let after = fingerprints(format, dir.path());
        assert_eq!(before, after, "{format}: fingerprints moved with the lines");
        write(dir.path(), "alpha.yaml", &alpha);
        // Running from another folder names the files differently.
        let from_parent = run_in(
            dir.path().parent().expect("parent"),
            &[
                "check",
                dir.path().to_str().expect("utf-8 path"),
                "--format",
                format,
            ],
        );
        assert!(!from_parent.stdout.is_empty());
    }
    // A different finding has a different fingerprint.
    let before = fingerprints("sarif", dir.path());
    let alpha = std::fs::read_to_string(dir.path().join("alpha.yaml")).expect("alpha");
    write(
        dir.path(),
        "alpha.yaml",
        &alpha.replace("id: rotation", "id: rotation-two"),
    );
    let after = fingerprints("sarif", dir.path());
    assert!(!after.contains_key("missing-hold-time exercise `rotation` has no hold time"));
    let old = before
        .get("missing-hold-time exercise `rotation` has no hold time")
        .expect("old finding");
    assert!(!after.values().any(|p| p == old));
}

#[test]
fn equal_findings_get_distinct_fingerprints() {
    let dir = tempfile::tempdir().expect("temp dir");
    // The same finding twice in one file: an exercise listed twice.
    let exercise = "  - id: twin\n    name: Twin\n    risk: low\n    steps: [Reach up.]\n    repetitions: 2\n    warnings: [{kind: stop-if-pain, text: Stop if it hurts.}]\n";
    write(
        dir.path(),
        "g.yaml",
        &format!("spotter: 1\nid: g\ntitle: G\nexercises:\n{exercise}{exercise}"),
    );
    let r = run_in(dir.path(), &["check", "g.yaml", "--format", "gitlab"]);
    let issues: Value = serde_json::from_str(&r.stdout).expect("JSON");
    let holds: Vec<&str> = issues
        .as_array()
        .expect("array")
        .iter()
        .filter(|i| i["check_name"] == "missing-hold-time")
        .filter_map(|i| i["fingerprint"].as_str())
        .collect();
    assert_eq!(holds.len(), 2, "{}", r.stdout);
    assert_ne!(holds[0], holds[1]);
}

/// A guide whose unknown key holds everything that breaks output formats:
/// quotes, `<`, `&`, a line break, `%`, `::`, `,`, an emoji, and control
/// characters (no NUL).
const HOSTILE_KEY: &str = r#""ke<y>&'q' \"dq\" 50% a::b,c\nnew\u0007line 😀\r\tz\u001b[31m": 1"#;

fn hostile_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let guide = cmd::guide("hostile", cmd::CLEAN_BODY).replace(
        "title: Test guide\n",
        &format!("title: Test guide\n{HOSTILE_KEY}\n"),
    );
    write(dir.path(), "hostile.yaml", &guide);
    dir
}

/// The message as JSON has it, which every other format must carry.
fn hostile_message(dir: &Path) -> String {
    let r = run_in(dir, &["check", "hostile.yaml", "--format", "json"]);
    let report = r.json();
    let message = report["diagnostics"][0]["message"]
        .as_str()
        .expect("a finding")
        .to_string();
    assert!(
        message.contains("\n") && message.contains("😀") && message.contains('\u{7}'),
        "{message:?}"
    );
    message
}

#[test]
fn hostile_messages_stay_valid_in_every_format() {
    let dir = hostile_dir();
    let message = hostile_message(dir.path());
    let run = |format: &str| {
        let r = run_in(dir.path(), &["check", "hostile.yaml", "--format", format]);
        assert_eq!(r.code, 1, "{format}: {}", r.stderr);
        r.stdout
    };

    let log = sarif(&run("sarif"));
    // The message, then the finding's own help, which GitHub shows only here.
    assert_eq!(
        text(&log, "/runs/0/results/0/message/text")
            .and_then(|t| t.split_once("\nhelp: "))
            .map(|(m, _)| m),
        Some(message.as_str())
    );

    let issues: Value = serde_json::from_str(&run("gitlab")).expect("gitlab JSON");
    assert_eq!(issues[0]["description"], Value::from(message.as_str()));

    let xml = run("junit");
    let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("XML ({e}):\n{xml}"));
    let text = doc
        .descendants()
        .find(|n| n.has_tag_name("failure"))
        .and_then(|f| f.text())
        .expect("a failure");
    assert!(
        text.contains("ke<y>&'q' \"dq\" 50% a::b,c\\nnew\\u{7}line 😀\\r\\tz\\u{1b}[31m"),
        "{text}"
    );

    // One line per finding: the break and CR escaped.
    let github = run("github");
    assert_eq!(github.lines().count(), 1, "{github}");
    assert!(
        github.contains("ke<y>&'q' \"dq\" 50%25 a::b,c%0Anew\u{7}line 😀%0D\tz"),
        "{github}"
    );
    assert!(github.starts_with("::error file=hostile.yaml,line=4,col=1,"));

    let concise = run("concise");
    let lines: Vec<&str> = concise.lines().collect();
    assert_eq!(lines.len(), 2, "{concise}");
    assert!(
        lines[0].starts_with("hostile.yaml:4:1: error[schema-violation] unknown key `ke<y>&'q' \"dq\" 50% a::b,c\\nnew\\u{7}line 😀\\r\\tz\\u{1b}[31m`"),
        "{}",
        lines[0]
    );
}

#[test]
fn github_escapes_file_names_in_properties() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a,b:c%.yaml", &cmd::guide("g", "    name: A\n"));
    let r = run_in(dir.path(), &["check", "a,b:c%.yaml", "--format", "github"]);
    assert!(
        r.stdout.starts_with("::error file=a%2Cb%3Ac%25.yaml,line="),
        "{}",
        r.stdout
    );
}

/// The output without what changes from run to run (the run time).
fn steady(format: &str, out: &str) -> String {
    match format {
        "junit" => out
            .split(" time=\"")
            .enumerate()
            .map(|(i, part)| {
                if i == 0 {
                    part.to_string()
                } else {
                    part.split_once('"')
                        .map_or(part, |(_, rest)| rest)
                        .to_string()
                }
            })
            .collect(),
        "concise" => out
            .lines()
            .filter(|l| !l.ends_with(" ms"))
            .collect::<Vec<_>>()
            .join("\n"),
        _ => out.to_string(),
    }
}

#[test]
fn every_format_is_the_same_whatever_jobs_is() {
    for format in ["concise", "json", "sarif", "github", "gitlab", "junit"] {
        let one = run_in(
            root(),
            &["check", FIXTURE, "--format", format, "--jobs", "1"],
        );
        let four = run_in(
            root(),
            &["check", FIXTURE, "--format", format, "--jobs", "4"],
        );
        assert_eq!(
            steady(format, &one.stdout),
            steady(format, &four.stdout),
            "{format}"
        );
        assert!(!one.stdout.is_empty());
    }
}

#[cfg(target_os = "linux")]
#[test]
fn output_that_cannot_be_written_is_exit_2_in_every_format() {
    for format in ["concise", "sarif", "github", "gitlab", "junit"] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let out = std::process::Command::new(crate::support::cmd::spotter_bin())
            .current_dir(root())
            .args(["check", FIXTURE, "--format", format])
            .stdout(full)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2), "{format}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("cannot write the output"),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn a_clean_run_prints_empty_reports() {
    let r = run_in(root(), &["check", CLEAN, "--format", "sarif"]);
    assert_eq!(r.code, 0);
    let log = sarif(&r.stdout);
    assert_eq!(
        log.pointer("/runs/0/results")
            .and_then(Value::as_array)
            .map(Vec::len),
        Some(0)
    );
    let r = run_in(root(), &["check", CLEAN, "--format", "gitlab"]);
    assert_eq!(r.stdout.trim(), "[]");
    let r = run_in(root(), &["check", CLEAN, "--format", "github"]);
    assert_eq!(r.stdout, "");
    let r = run_in(root(), &["check", CLEAN, "--format", "junit"]);
    let doc = roxmltree::Document::parse(&r.stdout).expect("XML");
    let cases = doc
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .count();
    assert_eq!(cases, 1);
    assert!(!doc.descendants().any(|n| n.has_tag_name("failure")));
}

/// The SARIF output against the official schema: the SARIF 2.1.0 schema
/// serde-sarif is generated from (`vendor/serde-sarif/src/schema.json`),
/// formats checked.
#[test]
fn sarif_matches_the_official_schema() {
    let mut schema: Value =
        serde_json::from_str(include_str!("../../../vendor/serde-sarif/src/schema.json"))
            .expect("the SARIF schema is JSON");
    assert_eq!(
        text(&schema, "/$id"),
        Some(
            "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"
        )
    );
    // The schema's pattern for a `language` (of a run and of a tool) ends
    // in a lone `]`, a literal in ECMA-262's Annex B (and to Python's
    // `jsonschema`) that jsonschema's stricter `regex` format rejects, so
    // the schema would not compile. spotter writes no `language`: those
    // patterns go.
    const LANGUAGE: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";
    for owner in ["run", "toolComponent"] {
        let language = schema
            .pointer_mut(&format!("/definitions/{owner}/properties/language"))
            .and_then(Value::as_object_mut)
            .expect("a `language`");
        assert_eq!(language.remove("pattern"), Some(Value::from(LANGUAGE)));
    }
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles");
    let dir = hostile_dir();
    for (cwd, args) in [
        (root(), vec!["check", FIXTURE, "--format", "sarif"]),
        (
            dir.path(),
            vec!["check", "hostile.yaml", "--format", "sarif"],
        ),
        (root(), vec!["check", CLEAN, "--format", "sarif"]),
    ] {
        let r = run_in(cwd, &args);
        let log = sarif(&r.stdout);
        assert!(!array(&log, "/runs").is_empty(), "{}", r.stdout);
        assert_eq!(log.pointer("/runs/0/language"), None);
        assert_eq!(log.pointer("/runs/0/tool/driver/language"), None);
        let errors: Vec<String> = validator
            .iter_errors(&log)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "SARIF breaks the schema: {errors:#?}");
        // The schema can fail a log: a region that starts on line 0 does.
        let mut broken = log.clone();
        if let Some(line) =
            broken.pointer_mut("/runs/0/results/0/locations/0/physicalLocation/region/startLine")
        {
            *line = Value::from(0);
            assert!(!validator.is_valid(&broken), "line 0 passes the schema");
        }
        broken["version"] = Value::from("2.0.0");
        assert!(
            !validator.is_valid(&broken),
            "version 2.0.0 passes the schema"
        );
    }
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
