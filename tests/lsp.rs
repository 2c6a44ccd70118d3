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
