//! `spotter lsp` end to end: the server started as a process, spoken to
//! over JSON-RPC as an editor would.

use crate::support::cmd;
use crate::support::lsp;

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
        json!({"textDocument": {"uri": uri}, "range": target["range"], "context": {"diagnostics": [target], "only": ["source.organizeImports"]}}),
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
fn fix_all_safe_is_a_source_action_making_the_fixes_check_fix_makes() {
    let dir = workspace();
    let uri = uri(&dir.path().join("faulty.yaml"));
    let mut client = Client::start(dir.path(), &["utf-16"]);
    assert_eq!(
        client.initialized["capabilities"]["codeActionProvider"]["codeActionKinds"],
        json!(["quickfix", "source.fixAll.spotter"])
    );
    client.open(&uri, FAULTY);
    let before = summary(&client.diagnostics(&uri));
    let response = client.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "context": {"diagnostics": [], "only": ["source.fixAll"]}}),
    );
    let actions = response["result"].as_array().cloned().unwrap_or_default();
    let [action] = actions.as_slice() else {
        panic!("one action: {response}");
    };
    assert_eq!(action["kind"], "source.fixAll.spotter");
    assert_eq!(action["title"], "Fix all safe (3 fixes)");
    let edits = action["edit"]["changes"][&uri]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let fixed = apply_edits(FAULTY, &edits);
    assert_eq!(
        fixed,
        FAULTY
            .replace("risk: Low", "risk: low")
            .replace("repetitons: 3", "repetitions: 3")
            .replace("hold: 5\n", "hold: 5 s\n")
    );
    client.change_full(&uri, 2, &fixed);
    let after = summary(&client.diagnostics_of(&uri, 2));
    assert_eq!(after.len() + 3, before.len(), "{before:?} -> {after:?}");
    // The unsafe fix (`hold` set to what the step says) is left to the author.
    assert!(
        after.iter().any(|s| s.contains("hold-time-mismatch")),
        "{after:?}"
    );
    assert_eq!(client.shutdown(), Some(0));
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

/// A hover on an unopened file: answered `null`, which proves the server
/// still reads and answers.
fn hover_is_answered(client: &mut Client, after: &str) {
    let response = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": "file:///nowhere.yaml"}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(response["result"], Value::Null, "after {after}: {response}");
}

fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

#[test]
fn framing_faults_are_answered_or_skipped_and_the_server_goes_on() {
    let dir = workspace();
    let mut client = Client::spawn(dir.path());
    // Before `initialize`: a broken frame, and a request, which is told
    // the server is not initialized.
    client.send_raw(b"Content-Length: oops\r\n\r\n{}");
    let response = client.request("textDocument/hover", json!({}));
    assert_eq!(response["error"]["code"], -32002, "{response}");
    client.initialize(dir.path(), json!({}), json!({}));
    hover_is_answered(&mut client, "initialize");

    // Bodies that can be read but do not parse: -32700 to the request.
    let truncated = br#"{"jsonrpc":"2.0","id":901,"method":"textDocument/hover","params":{"#;
    let lone_surrogate =
        br#"{"jsonrpc":"2.0","id":902,"method":"textDocument/hover","params":{"x":"\ud800"}}"#;
    let mut bad_utf8 =
        br#"{"jsonrpc":"2.0","id":903,"method":"textDocument/hover","params":{"x":""#.to_vec();
    bad_utf8.extend_from_slice(b"\xff\xfe\"}}");
    for (id, body) in [
        (901, truncated.to_vec()),
        (902, lone_surrogate.to_vec()),
        (903, bad_utf8),
    ] {
        client.send_raw(&frame(&body));
        let response = client.wait_for(|m| m["id"] == json!(id));
        assert_eq!(response["error"]["code"], -32700, "{response}");
        hover_is_answered(&mut client, &format!("request {id}"));
    }
    // Valid JSON that is no message: -32600.
    client.send_raw(&frame(br#"{"jsonrpc":"2.0","id":904,"method":["x"]}"#));
    let response = client.wait_for(|m| m["id"] == json!(904));
    assert_eq!(response["error"]["code"], -32600, "{response}");
    hover_is_answered(&mut client, "an invalid request");
    // A notification that does not parse: a log line, no answer.
    client.send_raw(&frame(
        br#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":"#,
    ));
    client.wait_for(|m| {
        m["method"] == "window/logMessage"
            && m["params"]["message"]
                .as_str()
                .is_some_and(|m| m.contains("not valid JSON"))
    });
    hover_is_answered(&mut client, "a bad notification");

    // Frames that cannot be read: skipped to the next header.
    let hover = br#"{"jsonrpc":"2.0","id":905,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///x.yaml"},"position":{"line":0,"character":0}}}"#;
    let mut too_long = format!("Content-Length: {}\r\n\r\n", hover.len() + 1000).into_bytes();
    too_long.extend_from_slice(&hover[..40]);
    let mut too_short = format!("Content-Length: {}\r\n\r\n", hover.len() - 30).into_bytes();
    too_short.extend_from_slice(hover);
    let mut no_length = b"Content-Type: application/vscode-jsonrpc\r\n\r\n".to_vec();
    no_length.extend_from_slice(hover);
    for (what, bytes) in [
        ("a length too long", too_long),
        ("a length too short", too_short),
        ("no Content-Length", no_length),
        ("a header that is no header", b"hello\r\n\r\n".to_vec()),
        (
            "a length that is no number",
            b"Content-Length: 1e3\r\n\r\n{}".to_vec(),
        ),
    ] {
        client.send_raw(&bytes);
        hover_is_answered(&mut client, what);
    }

    // A second `initialize`: -32600, the first one stands.
    let response = client.request("initialize", json!({"capabilities": {}}));
    assert_eq!(response["error"]["code"], -32600, "{response}");
    hover_is_answered(&mut client, "a second initialize");
    assert_eq!(client.shutdown_and_exit(), Some(0));
    assert_eq!(client.stderr(), "");
}

#[test]
fn the_exit_message_says_what_the_client_did() {
    let dir = workspace();
    let mut client = Client::start(dir.path(), &[]);
    client.notify("exit", Value::Null);
    assert_eq!(client.wait_exit(), Some(1));
    assert_eq!(
        client.stderr().trim(),
        "spotter lsp: the client sent `exit` without `shutdown` first"
    );

    let mut client = Client::start(dir.path(), &[]);
    assert_eq!(client.wait_exit(), Some(1));
    assert_eq!(
        client.stderr().trim(),
        "spotter lsp: the client closed the connection without `shutdown` and `exit`"
    );

    let mut client = Client::spawn(dir.path());
    client.send_raw(b"Content-Length: 3\r\n\r\n{{{");
    assert_eq!(client.wait_exit(), Some(1));
    assert_eq!(
        client.stderr().trim(),
        "spotter lsp: the client closed the connection before initializing"
    );
}

#[test]
fn a_cross_guide_finding_is_on_every_open_guide_it_involves() {
    let dir = workspace();
    let root = dir.path();
    // The draft sorts first: the CLI reports on the other guide only.
    write(root, "a-draft.yaml", &knee_hug_guide("placeholder", "10 s"));
    write(
        root,
        "z-disk.yaml",
        &knee_hug_guide("shared-guide", "30-40 s"),
    );
    let draft = uri(&root.join("a-draft.yaml"));
    let disk = uri(&root.join("z-disk.yaml"));
    let mut client = Client::start(root, &["utf-16"]);
    client.wait_indexed();
    client.open(&draft, &knee_hug_guide("shared-guide", "10 s"));
    let diagnostics = client.diagnostics_of(&draft, 1);
    assert_eq!(
        summary(&diagnostics),
        [
            "1:4-1:16 duplicate-id guide id `shared-guide` is also used by z-disk.yaml",
            "8:10-8:14 conflicting-guidance exercise `knee-hug` has `hold` 10 s here, but 30-40 s in z-disk.yaml",
        ]
    );
    assert_eq!(
        diagnostics[1]["relatedInformation"],
        json!([{
            "location": {"uri": disk, "range": {"start": {"line": 8, "character": 10}, "end": {"line": 8, "character": 17}}},
            "message": "`hold` in the other guide"
        }])
    );
    // Both open: each at its own node, pointing at the other.
    client.open(&disk, &knee_hug_guide("shared-guide", "30-40 s"));
    assert_eq!(
        summary(&client.diagnostics_of(&disk, 1)),
        [
            "1:4-1:16 duplicate-id guide id `shared-guide` is also used by a-draft.yaml",
            "8:10-8:17 conflicting-guidance exercise `knee-hug` has `hold` 30-40 s here, but 10 s in a-draft.yaml",
        ]
    );
    // The draft is fixed: the other guide's findings go too.
    client.change_full(&draft, 2, &knee_hug_guide("draft-guide", "30 s"));
    assert_eq!(client.diagnostics_of(&draft, 2), Vec::<Value>::new());
    assert_eq!(client.latest_diagnostics(&disk), Vec::<Value>::new());
    assert_eq!(client.shutdown(), Some(0));
}

/// What a client that pulls diagnostics and can be told to pull again
/// offers.
fn pulling() -> Value {
    json!({
        "general": {"positionEncodings": ["utf-16"]},
        "textDocument": {"diagnostic": {"dynamicRegistration": false}},
        "workspace": {"diagnostics": {"refreshSupport": true}},
        "window": {"workDoneProgress": true}
    })
}

#[test]
fn pulled_diagnostics_carry_result_ids_and_cover_the_workspace() {
    let dir = workspace();
    let root = dir.path();
    write(root, "a-clean.yaml", &knee_hug_guide("clean-guide", "10 s"));
    write(root, "b-faulty.yaml", FAULTY);
    let clean = uri(&root.join("a-clean.yaml"));
    let faulty = uri(&root.join("b-faulty.yaml"));
    let draft = uri(&root.join("c-draft.yaml"));
    let mut client = Client::start_offering(root, pulling(), json!({}));
    let provider = &client.initialized["capabilities"]["diagnosticProvider"];
    assert_eq!(provider["workspaceDiagnostics"], true, "{provider}");
    assert_eq!(provider["interFileDependencies"], true, "{provider}");

    // Progress while indexing, with the count of guides.
    let create = client.wait_for(|m| m["method"] == "window/workDoneProgress/create");
    let token = create["params"]["token"].clone();
    client.send(&json!({"jsonrpc": "2.0", "id": create["id"], "result": null}));
    let begin =
        client.wait_for(|m| m["method"] == "$/progress" && m["params"]["value"]["kind"] == "begin");
    assert_eq!(begin["params"]["token"], token);
    let end =
        client.wait_for(|m| m["method"] == "$/progress" && m["params"]["value"]["kind"] == "end");
    assert_eq!(end["params"]["value"]["message"], "indexed 2 guides");
    client.wait_indexed();

    client.open(&draft, &knee_hug_guide("clean-guide", "10 s"));
    let pull = |client: &mut Client, previous: Value| {
        client.request(
            "textDocument/diagnostic",
            json!({"textDocument": {"uri": draft}, "previousResultId": previous}),
        )["result"]
            .clone()
    };
    let first = pull(&mut client, Value::Null);
    assert_eq!(first["kind"], "full", "{first}");
    assert_eq!(
        summary(first["items"].as_array().expect("items")),
        ["1:4-1:15 duplicate-id guide id `clean-guide` is also used by a-clean.yaml"]
    );
    let id = first["resultId"].clone();
    let again = pull(&mut client, id.clone());
    assert_eq!(again, json!({"kind": "unchanged", "resultId": id}));

    // The whole workspace: every indexed file and the open document.
    let report = client.request("workspace/diagnostic", json!({"previousResultIds": []}));
    let items = report["result"]["items"].as_array().expect("items").clone();
    let of = |uri: &str| {
        items
            .iter()
            .find(|i| i["uri"] == uri)
            .cloned()
            .unwrap_or_else(|| panic!("no item for {uri}: {items:#?}"))
    };
    assert_eq!(of(&faulty)["items"].as_array().map(Vec::len), Some(6));
    assert_eq!(
        summary(of(&clean)["items"].as_array().expect("items")),
        ["1:4-1:15 duplicate-id guide id `clean-guide` is also used by c-draft.yaml"]
    );
    assert_eq!(of(&draft)["version"], 1);
    // Sent back, the ids make every file unchanged: the answer waits for a
    // change, and then names only what changed in full.
    let previous: Vec<Value> = items
        .iter()
        .map(|i| json!({"uri": i["uri"], "value": i["resultId"]}))
        .collect();
    let waiting = client.send_request(
        "workspace/diagnostic",
        json!({"previousResultIds": previous}),
    );
    client.change_full(&draft, 2, &knee_hug_guide("draft-guide", "10 s"));
    client.wait_for(|m| m["method"] == "workspace/diagnostic/refresh");
    let report = client.response(waiting);
    let items = report["result"]["items"].as_array().expect("items");
    let kind = |uri: &str| {
        items
            .iter()
            .find(|i| i["uri"] == uri)
            .map(|i| i["kind"].clone())
    };
    assert_eq!(kind(&faulty), Some(json!("unchanged")));
    assert_eq!(kind(&clean), Some(json!("full")));
    assert_eq!(kind(&draft), Some(json!("full")));
    // Nothing was pushed to a client that pulls.
    assert_eq!(client.published_versions(&draft), Vec::<i64>::new());
    assert_eq!(client.shutdown(), Some(0));
}

/// A guide of `n` exercises that takes a while to check.
fn long_guide(id: &str, n: usize) -> String {
    let mut text = format!("spotter: 1\nid: {id}\ntitle: A long guide\nexercises:\n");
    for i in 0..n {
        text.push_str(&format!(
            "  - id: move-{i}\n    name: Move {i}\n    risk: low\n    steps: [Lie on your back and hold for 20 seconds, then repeat 3 times.]\n    hold: 20 s\n    repetitions: 3\n    warnings:\n      - kind: stop-if-pain\n        text: Stop if you feel any pain.\n"
        ));
    }
    text
}

#[test]
fn a_large_check_runs_off_the_loop_and_an_edit_drops_the_older_version() {
    let dir = workspace();
    let big = uri(&dir.path().join("big.yaml"));
    let small = uri(&dir.path().join("small.yaml"));
    let mut client = Client::start(dir.path(), &["utf-16"]);
    client.open(&small, FAULTY);
    client.diagnostics_of(&small, 1);
    let text = long_guide("big-guide", 4000);
    client.open(&big, &text);
    // Answered while the big guide is being checked: before its findings.
    let hover = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": small}, "position": {"line": 6, "character": 11}}),
    );
    assert!(
        hover["result"]["contents"]["value"]
            .as_str()
            .is_some_and(|v| v.contains("schema-violation")),
        "{hover}"
    );
    assert_eq!(
        client.published_versions(&big),
        Vec::<i64>::new(),
        "the hover waited for the big guide's check"
    );
    // Two edits while version 1 is checked: version 2 is never checked
    // alone, or its findings are dropped; version 3's are published.
    client.change_full(&big, 2, &text.replace("move-0", "move-a"));
    client.change_full(&big, 3, &text.replace("move-0", "move-b"));
    assert_eq!(client.diagnostics_of(&big, 3), Vec::<Value>::new());
    let versions = client.published_versions(&big);
    assert!(!versions.contains(&2), "{versions:?}");
    assert_eq!(client.shutdown(), Some(0));
}
