//! `spotter lsp` end to end: the server started as a process, spoken to
//! over JSON-RPC as an editor would.

#[path = "support/cmd.rs"]
mod cmd;
#[path = "support/lsp.rs"]
mod lsp;

use cmd::{CLEAN_BODY, guide, write};
use lsp::{Client, apply_edits, summary, uri};
use serde_json::{Value, json};
use tempfile::TempDir;

/// A guide whose line 9 (0-based 8) has two emoji before the words a
/// finding points at: each is one character but two UTF-16 units.
const FAULTY: &str = r#"spotter: 1
id: emoji-guide
title: Stretches for the back
exercises:
  - id: knee-hug
    name: Knee hug
    risk: Low
    steps:
      - "🙂🙂 Draw both knees to your chest and hold for 45 seconds."
    hold: 10 s
    repetitons: 3
    warnings:
      - kind: stop-if-pain
        text: Stop if you feel any pain.
  - id: cat-cow
    name: Cat cow
    risk: low
    steps: [Arch your back, then round it. Repeat 5 times.]
    hold: 5
    repetitions: 2-3
"#;

fn workspace() -> TempDir {
    tempfile::tempdir().expect("temp dir")
}

#[test]
fn diagnostics_on_open_are_at_utf16_ranges_and_a_fixed_text_clears_them() {
    let dir = workspace();
    let path = dir.path().join("faulty.yaml");
    std::fs::write(&path, FAULTY).expect("write guide");
    let mut client = Client::start(dir.path(), &["utf-16"]);
    assert_eq!(
        client.initialized["capabilities"]["positionEncoding"],
        "utf-16"
    );
    assert_eq!(client.initialized["serverInfo"]["name"], "spotter");
    let uri = uri(&path);
    client.open(&uri, FAULTY);
    let diagnostics = client.diagnostics(&uri);
    assert_eq!(
        summary(&diagnostics),
        [
            "6:10-6:13 schema-violation `risk` must be one of low, moderate, high (found \"Low\")",
            // Character 48, not 46: the two emoji before it are four UTF-16 units.
            "8:48-8:67 hold-time-mismatch step says hold for 45 seconds, but `hold` is 10 s",
            "10:4-10:14 schema-violation unknown key `repetitons` in exercise `knee-hug`",
            "14:8-14:15 missing-stop-if-pain exercise `cat-cow` has no stop-if-pain warning",
            "17:43-17:57 repetition-mismatch step says repeat 5 times, but `repetitions` is 2-3",
            "18:10-18:11 schema-violation `hold` must be a duration (found 5)",
        ]
    );
    let first = &diagnostics[0];
    assert_eq!(first["severity"], 1);
    assert_eq!(first["source"], "spotter");
    assert_eq!(
        first["message"],
        "`risk` must be one of low, moderate, high (found \"Low\")\nhelp: did you mean `low`?"
    );
    let mismatch = &diagnostics[1];
    assert_eq!(mismatch["severity"], 2);
    assert_eq!(
        mismatch["relatedInformation"],
        json!([{
            "location": {"uri": uri, "range": {"start": {"line": 9, "character": 10}, "end": {"line": 9, "character": 14}}},
            "message": "`hold` is set here"
        }])
    );

    let fixed = guide("emoji-guide", CLEAN_BODY);
    client.change_full(&uri, 2, &fixed);
    assert_eq!(client.diagnostics_of(&uri, 2), Vec::<Value>::new());
    assert_eq!(client.shutdown(), Some(0));
}

#[test]
fn utf8_and_utf32_are_used_when_the_client_offers_them() {
    let dir = workspace();
    let path = dir.path().join("faulty.yaml");
    std::fs::write(&path, FAULTY).expect("write guide");
    let uri = uri(&path);
    for (offered, chosen, start, end) in [
        (vec!["utf-32", "utf-16"], "utf-32", 46, 65),
        // Four bytes for each emoji.
        (vec!["utf-16", "utf-8"], "utf-8", 52, 71),
    ] {
        let mut client = Client::start(dir.path(), &offered);
        assert_eq!(
            client.initialized["capabilities"]["positionEncoding"],
            chosen
        );
        client.open(&uri, FAULTY);
        let diagnostics = client.diagnostics(&uri);
        let range = &diagnostics[1]["range"];
        assert_eq!(diagnostics[1]["code"], "hold-time-mismatch");
        assert_eq!(range["start"], json!({"line": 8, "character": start}));
        assert_eq!(range["end"], json!({"line": 8, "character": end}));
        assert_eq!(client.shutdown(), Some(0));
    }
}

#[test]
fn unknown_requests_are_method_not_found_and_unknown_notifications_are_ignored() {
    let dir = workspace();
    let mut client = Client::start(dir.path(), &[]);
    assert_eq!(
        client.initialized["capabilities"]["positionEncoding"],
        "utf-16"
    );
    client.notify("spotter/unheardOf", json!({"x": 1}));
    let response = client.request("textDocument/unheardOf", json!({}));
    assert_eq!(response["error"]["code"], -32601, "{response}");
    // Bad params are an error response, not a crash.
    let response = client.request("textDocument/hover", json!({"nonsense": true}));
    assert_eq!(response["error"]["code"], -32602, "{response}");
    // Still serving.
    let response = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": "file:///nowhere.yaml"},
            "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
            "context": {"diagnostics": []}
        }),
    );
    assert_eq!(response["result"], json!([]), "{response}");
    assert_eq!(client.shutdown(), Some(0));
}

/// A guide `id` with one exercise `knee-hug` whose hold is `hold`.
fn knee_hug_guide(id: &str, hold: &str) -> String {
    let body = CLEAN_BODY.replace("hold: 10 s", &format!("hold: {hold}"));
    format!("spotter: 1\nid: {id}\ntitle: Test guide\nexercises:\n  - id: knee-hug\n{body}")
}

#[test]
fn cross_guide_findings_see_the_workspace_on_disk_as_its_config_selects_it() {
    let dir = workspace();
    let root = dir.path();
    write(
        root,
        "a-disk.yaml",
        &knee_hug_guide("shared-guide", "30-40 s"),
    );
    // Excluded by the config: it must not count, though it sorts first.
    write(
        root,
        "a-drafts/draft.yaml",
        &knee_hug_guide("shared-guide", "30-40 s"),
    );
    write(root, "b-open.yaml", &knee_hug_guide("placeholder", "10 s"));
    write(
        root,
        "spotter.toml",
        "[files]\nexclude = [\"a-drafts/**\"]\n",
    );
    let disk = uri(&root.join("a-disk.yaml"));
    let draft = uri(&root.join("a-drafts/draft.yaml"));
    let open = uri(&root.join("b-open.yaml"));
    let config = uri(&root.join("spotter.toml"));

    let mut client = Client::start(root, &["utf-16"]);
    assert_eq!(
        client.wait_indexed().split(" in ").next(),
        Some("spotter: indexed 2 guides")
    );
    // A file the config leaves out is not checked, as `spotter check .` would not.
    client.open(&draft, FAULTY);
    assert_eq!(client.diagnostics(&draft), Vec::<Value>::new());
    client.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": draft}}),
    );
    assert_eq!(client.diagnostics(&draft), Vec::<Value>::new());
    // The open text replaces the file on disk (whose id is `placeholder`).
    client.open(&open, &knee_hug_guide("shared-guide", "10 s"));
    let diagnostics = client.diagnostics(&open);
    assert_eq!(
        summary(&diagnostics),
        [
            "1:4-1:16 duplicate-id guide id `shared-guide` is also used by a-disk.yaml",
            "8:10-8:14 conflicting-guidance exercise `knee-hug` has `hold` 10 s here, but 30-40 s in a-disk.yaml",
        ]
    );
    assert_eq!(
        diagnostics[0]["relatedInformation"],
        json!([{
            "location": {"uri": disk, "range": {"start": {"line": 1, "character": 4}, "end": {"line": 1, "character": 16}}},
            "message": "first used here"
        }])
    );
    assert_eq!(
        diagnostics[1]["relatedInformation"][0]["location"]["range"],
        json!({"start": {"line": 8, "character": 10}, "end": {"line": 8, "character": 17}})
    );

    // The file on disk changes: the index follows, the document is published again.
    write(
        root,
        "a-disk.yaml",
        &knee_hug_guide("another-guide", "30-40 s"),
    );
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": disk, "type": 2}]}),
    );
    assert_eq!(
        summary(&client.diagnostics(&open)),
        [
            "8:10-8:14 conflicting-guidance exercise `knee-hug` has `hold` 10 s here, but 30-40 s in a-disk.yaml"
        ]
    );

    // A config that does not parse is a diagnostic on the config; the
    // defaults apply meanwhile, so the draft now counts.
    write(
        root,
        "spotter.toml",
        "[files]\nexclud = [\"a-drafts/**\"]\n",
    );
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": config, "type": 2}]}),
    );
    let on_config = client.diagnostics(&config);
    assert_eq!(
        summary(&on_config),
        [
            "1:0-1:6 ? invalid spotter.toml, the default settings apply until it is fixed: unknown key `exclud` in [files] (help: did you mean `exclude`?)"
        ]
    );
    assert_eq!(
        client.wait_indexed().split(" in ").next(),
        Some("spotter: indexed 3 guides")
    );
    let diagnostics = client.latest_diagnostics(&open);
    assert_eq!(
        summary(&diagnostics),
        [
            "1:4-1:16 duplicate-id guide id `shared-guide` is also used by a-drafts/draft.yaml",
            "8:10-8:14 conflicting-guidance exercise `knee-hug` has `hold` 10 s here, but 30-40 s in a-disk.yaml",
        ]
    );
    assert_eq!(
        diagnostics[0]["relatedInformation"][0]["location"]["uri"],
        draft
    );

    // Fixed again: the config's diagnostic is cleared.
    write(
        root,
        "spotter.toml",
        "[files]\nexclude = [\"a-drafts/**\"]\n",
    );
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": config, "type": 2}]}),
    );
    assert_eq!(
        client.wait_indexed().split(" in ").next(),
        Some("spotter: indexed 2 guides")
    );
    assert_eq!(client.latest_diagnostics(&config), Vec::<Value>::new());
    assert_eq!(client.shutdown(), Some(0));
}

#[test]
fn hover_on_a_finding_shows_its_rules_docs() {
    let dir = workspace();
    let path = dir.path().join("faulty.yaml");
    let uri = uri(&path);
    let mut client = Client::start(dir.path(), &["utf-16"]);
    client.open(&uri, FAULTY);
    client.diagnostics(&uri);
    let at = |line: u32, character: u32| json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}});
    let response = client.request("textDocument/hover", at(8, 50));
    let hover = &response["result"];
    assert_eq!(hover["contents"]["kind"], "markdown");
    let text = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(
        text.starts_with("# hold-time-mismatch\n\nDefault severity: warning\n\n## What it checks"),
        "{text}"
    );
    assert!(text.contains("## Failing example"), "{text}");
    assert_eq!(
        hover["range"],
        json!({"start": {"line": 8, "character": 48}, "end": {"line": 8, "character": 67}})
    );
    // Nothing found there: no hover.
    let response = client.request("textDocument/hover", at(0, 0));
    assert_eq!(response["result"], Value::Null, "{response}");
    assert_eq!(client.shutdown(), Some(0));
}

/// Asks for the quick fixes at the finding `code` whose message starts
/// with `message`, applies the one titled `title`, sends the new text, and
/// returns it with the findings published for it.
fn apply_fix(code: &str, message: &str, title: &str) -> (String, Vec<String>, Vec<String>) {
    apply_fix_to(FAULTY, code, message, title)
}

fn apply_fix_to(
    base: &str,
    code: &str,
    message: &str,
    title: &str,
) -> (String, Vec<String>, Vec<String>) {
    let dir = workspace();
    let path = dir.path().join("faulty.yaml");
    let uri = uri(&path);
    let mut client = Client::start(dir.path(), &["utf-16"]);
    client.open(&uri, base);
    let before = client.diagnostics(&uri);
    let target = before
        .iter()
        .find(|d| {
            d["code"] == code
                && d["message"]
                    .as_str()
                    .is_some_and(|m| m.starts_with(message))
        })
        .unwrap_or_else(|| panic!("no {code} finding: {before:#?}"))
        .clone();
    // A client asking only for other kinds of actions gets none.
    let response = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": target["range"], "context": {"diagnostics": [target], "only": ["source"]}}),
    );
    assert_eq!(response["result"], json!([]), "{response}");
    let response = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": target["range"], "context": {"diagnostics": [target]}}),
    );
    let actions = response["result"].as_array().cloned().unwrap_or_default();
    let titles: Vec<&str> = actions.iter().filter_map(|a| a["title"].as_str()).collect();
    let action = actions
        .iter()
        .find(|a| a["title"] == title)
        .unwrap_or_else(|| panic!("no action `{title}` among {titles:?}"));
    assert_eq!(action["kind"], "quickfix");
    assert_eq!(action["diagnostics"][0]["code"], code);
    let edits = action["edit"]["changes"][&uri]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let fixed = apply_edits(base, &edits);
    client.change_full(&uri, 2, &fixed);
    let after = client.diagnostics_of(&uri, 2);
    let _ = client.shutdown();
    (fixed, summary(&before), summary(&after))
}

/// The findings of `before` but the one at `gone` (a prefix of its summary).
fn without(before: &[String], gone: &str) -> Vec<String> {
    let kept: Vec<String> = before
        .iter()
        .filter(|s| !s.starts_with(gone))
        .cloned()
        .collect();
    assert_eq!(
        kept.len() + 1,
        before.len(),
        "`{gone}` is one finding of {before:?}"
    );
    kept
}

#[test]
fn quick_fix_renames_an_unknown_key_to_its_did_you_mean() {
    let (fixed, before, after) = apply_fix(
        "schema-violation",
        "unknown key",
        "Rename `repetitons` to `repetitions`",
    );
    assert!(fixed.contains("\n    repetitions: 3\n"), "{fixed}");
    assert_eq!(after, without(&before, "10:4-10:14 schema-violation"));
}

#[test]
fn quick_fix_corrects_an_enum_value() {
    let (fixed, before, after) = apply_fix("schema-violation", "`risk`", "Change to `low`");
    assert!(fixed.contains("\n    risk: low\n    steps:\n"), "{fixed}");
    assert_eq!(after, without(&before, "6:10-6:13 schema-violation"));
}

#[test]
fn quick_fix_adds_the_unit_to_a_bare_number() {
    let (fixed, before, after) = apply_fix("schema-violation", "`hold` must be", "Write `5 s`");
    assert!(fixed.contains("\n    hold: 5 s\n"), "{fixed}");
    assert_eq!(after, without(&before, "18:10-18:11 schema-violation"));
}

#[test]
fn quick_fix_sets_hold_to_what_the_step_says() {
    let (fixed, before, after) = apply_fix(
        "hold-time-mismatch",
        "",
        "Set `hold` to `45 s`, as the step says",
    );
    assert!(fixed.contains("\n    hold: 45 s\n"), "{fixed}");
    assert_eq!(after, without(&before, "8:48-8:67 hold-time-mismatch"));
}

#[test]
fn quick_fix_sets_repetitions_to_what_the_step_says() {
    let (fixed, before, after) = apply_fix(
        "repetition-mismatch",
        "",
        "Set `repetitions` to `5`, as the step says",
    );
    assert!(fixed.contains("\n    repetitions: 5\n"), "{fixed}");
    assert_eq!(after, without(&before, "17:43-17:57 repetition-mismatch"));
}

#[test]
fn quick_fix_inserts_a_stop_if_pain_warning() {
    let (fixed, before, after) =
        apply_fix("missing-stop-if-pain", "", "Add a `stop-if-pain` warning");
    assert!(
        fixed.ends_with("    repetitions: 2-3\n    warnings:\n      - kind: stop-if-pain\n        text: Stop at once if you feel pain or discomfort.\n"),
        "{fixed}"
    );
    assert_eq!(after, without(&before, "14:8-14:15 missing-stop-if-pain"));
}

#[test]
fn quick_fix_adds_a_suppression_comment_with_a_reason_placeholder() {
    let (fixed, before, after) = apply_fix(
        "hold-time-mismatch",
        "",
        "Allow `hold-time-mismatch` here (suppression comment)",
    );
    assert!(
        fixed.contains("\n      # spotter: allow hold-time-mismatch -- TODO: say why this is safe\n      - \"🙂🙂 Draw"),
        "{fixed}"
    );
    // One line more above every later finding.
    let shifted: Vec<String> = without(&before, "8:48-8:67 hold-time-mismatch")
        .iter()
        .map(|s| {
            let (range, rest) = s.split_once(' ').unwrap_or_default();
            let bump = |part: &str| {
                let (line, ch) = part.split_once(':').unwrap_or_default();
                let line: u32 = line.parse().unwrap_or_default();
                format!("{}:{ch}", if line > 8 { line + 1 } else { line })
            };
            let (a, b) = range.split_once('-').unwrap_or_default();
            format!("{}-{} {rest}", bump(a), bump(b))
        })
        .collect();
    assert_eq!(after, shifted);
}

#[test]
fn survives_bad_documents_unknown_documents_and_a_client_that_leaves() {
    let dir = workspace();
    let mut client = Client::start(dir.path(), &["utf-16"]);
    // Invalid YAML: a parse-error, at the exact place.
    let bad = uri(&dir.path().join("bad.yaml"));
    client.open(&bad, "spotter: 1\nid: [unclosed\n");
    let diagnostics = client.diagnostics(&bad);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    assert_eq!(diagnostics[0]["code"], "parse-error");
    // A change to a document never opened: ignored.
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri(&dir.path().join("never.yaml")), "version": 2},
               "contentChanges": [{"range": {"start": {"line": 99, "character": 0}, "end": {"line": 99, "character": 5}}, "text": "x"}]}),
    );
    // A range past the end of an open document is clamped, not a panic.
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": bad, "version": 2},
               "contentChanges": [{"range": {"start": {"line": 99, "character": 0}, "end": {"line": 0, "character": 0}}, "text": ""}]}),
    );
    client.diagnostics_of(&bad, 2);
    // Over the size limit (10 MB): one parse-error, not a stall.
    let big = uri(&dir.path().join("big.yaml"));
    let text = format!(
        "spotter: 1\n{}",
        "# padding padding padding padding padding\n".repeat(260_000)
    );
    assert!(text.len() > 10 * 1024 * 1024);
    client.open(&big, &text);
    assert_eq!(
        summary(&client.diagnostics(&big)),
        ["0:0-0:0 parse-error the file is larger than 10485760 bytes (file size limit)"]
    );
    // Still answering.
    let response = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": bad}, "position": {"line": 1, "character": 4}}),
    );
    assert!(response.get("result").is_some(), "{response}");
    // The client goes away without shutdown: the server ends (exit code 1, as LSP says).
    assert_eq!(client.close_input(), Some(1));
}

/// A guide with a synonym for an enum value and a range with a look-alike
/// dash and an upper-case unit.
const DASHED: &str = "spotter: 1\nid: dash-guide\ntitle: T\nexercises:\n  - id: knee-hug\n    name: Knee hug\n    risk: medium\n    steps: [Draw both knees to your chest.]\n    hold: 10\u{2014}20 S\n    repetitions: 3\n    warnings:\n      - kind: stop-if-pain\n        text: Stop if you feel any pain.\n";

#[test]
fn quick_fix_replaces_a_synonym_and_repairs_a_range() {
    let (fixed, before, after) =
        apply_fix_to(DASHED, "schema-violation", "`risk`", "Change to `moderate`");
    assert!(fixed.contains("\n    risk: moderate\n"), "{fixed}");
    assert_eq!(after, without(&before, "6:10-6:16 schema-violation"));
    let (fixed, before, after) =
        apply_fix_to(DASHED, "schema-violation", "`hold`", "Write `10-20 s`");
    assert!(fixed.contains("\n    hold: 10-20 s\n"), "{fixed}");
    assert_eq!(after, without(&before, "8:10-8:17 schema-violation"));
}

#[test]
fn changes_close_together_are_checked_once_and_saving_checks_again() {
    let dir = workspace();
    let path = dir.path().join("guide.yaml");
    let uri = uri(&path);
    let mut client = Client::start_with(dir.path(), &["utf-16"], json!({"debounceMs": 300}));
    client.open(&uri, FAULTY);
    assert_eq!(client.diagnostics_of(&uri, 1).len(), 6);
    client.wait_indexed();
    // The first change after a quiet spell is checked at once (and its
    // findings dropped if a newer version came meanwhile); the two right
    // after it wait for the pause and are checked once, as the last.
    std::thread::sleep(std::time::Duration::from_millis(350));
    client.change_full(&uri, 2, &guide("g", CLEAN_BODY));
    client.change_full(&uri, 3, "spotter: 1\nid: [unclosed\n");
    client.change_full(&uri, 4, &guide("g", CLEAN_BODY));
    assert_eq!(client.diagnostics_of(&uri, 4), Vec::<Value>::new());
    // Saving checks again, at once.
    client.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": uri}}),
    );
    assert_eq!(client.diagnostics_of(&uri, 4), Vec::<Value>::new());
    let versions = client.published_versions(&uri);
    assert!(
        !versions.contains(&3),
        "version 3 was never checked alone: {versions:?}"
    );
    assert_eq!(client.shutdown(), Some(0));
}
