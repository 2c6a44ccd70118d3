use lsp_server::Message;
use spotter::lsp::transport::*;

fn frame(body: &str) -> String {
    format!("Content-Length: {}\r\n\r\n{body}", body.len())
}

fn read(bytes: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    read_all(bytes, |incoming| {
        out.push(match incoming {
            Incoming::Message(Message::Request(r)) => format!("request {}", r.method),
            Incoming::Message(Message::Notification(n)) => format!("notification {}", n.method),
            Incoming::Message(Message::Response(r)) => format!("response {:?}", r.id),
            Incoming::Malformed { id, code, .. } => {
                format!(
                    "malformed {code} {}",
                    id.map_or("-".to_string(), |i| i.to_string())
                )
            }
            Incoming::Skipped { .. } => "skipped".to_string(),
        });
        true
    });
    out
}

const HOVER: &str = r#"{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":{}}"#;

#[test]
fn good_frames_are_messages() {
    let input = frame(HOVER) + &frame(r#"{"jsonrpc":"2.0","method":"exit"}"#);
    assert_eq!(
        read(input.as_bytes()),
        ["request textDocument/hover", "notification exit"]
    );
}

#[test]
fn a_body_that_does_not_parse_is_malformed_and_the_next_frame_is_read() {
    let input = frame(r#"{"jsonrpc":"2.0","id":3,"method":"x""#) + &frame(HOVER);
    assert_eq!(
        read(input.as_bytes()),
        ["malformed -32700 3", "request textDocument/hover"]
    );
    let lone = r#"{"jsonrpc":"2.0","id":"a","method":"x","params":{"t":"\ud800"}}"#;
    assert_eq!(
        read((frame(lone) + &frame(HOVER)).as_bytes()),
        ["malformed -32700 \"a\"", "request textDocument/hover"]
    );
    let mut input = format!("Content-Length: {}\r\n\r\n", HOVER.len()).into_bytes();
    input.extend_from_slice(&HOVER.as_bytes()[..HOVER.len() - 3]);
    input.extend_from_slice(b"\xff}}");
    input.extend_from_slice(frame(HOVER).as_bytes());
    assert_eq!(
        read(&input),
        ["malformed -32700 7", "request textDocument/hover"]
    );
}

#[test]
fn broken_headers_are_skipped_to_the_next_frame() {
    for broken in [
        format!("Content-Length: 12x\r\n\r\n{HOVER}"),
        format!("Content-Type: x\r\n\r\n{HOVER}"),
        format!("garbage\r\n{HOVER}"),
    ] {
        let input = broken + &frame(HOVER);
        assert_eq!(
            read(input.as_bytes()),
            ["skipped", "request textDocument/hover"],
            "{input}"
        );
    }
}

#[test]
fn a_length_too_long_or_too_short_loses_only_its_own_frame() {
    // Cut where the next frame starts: here what is left is whole.
    let long = format!("Content-Length: {}\r\n\r\n{HOVER}", HOVER.len() + 500) + &frame(HOVER);
    assert_eq!(
        read(long.as_bytes()),
        ["request textDocument/hover", "request textDocument/hover"]
    );
    let short = format!("Content-Length: {}\r\n\r\n{HOVER}", HOVER.len() - 10) + &frame(HOVER);
    assert_eq!(
        read(short.as_bytes()),
        [
            "malformed -32700 7",
            "skipped",
            "request textDocument/hover"
        ]
    );
}

#[test]
fn valid_json_that_is_no_message_is_an_invalid_request() {
    let input = frame(r#"{"jsonrpc":"2.0","id":5,"method":7}"#) + &frame("[1,2]");
    assert_eq!(
        read(input.as_bytes()),
        ["malformed -32600 5", "malformed -32600 -"]
    );
}
