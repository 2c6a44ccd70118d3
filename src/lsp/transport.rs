//! The wire: `Content-Length` frames of JSON-RPC on stdin and stdout.
//!
//! Owned here rather than taken from `lsp-server` (whose message types are
//! kept): its reader returns an error at the first frame that does not
//! parse, and its stdio thread then ends the connection, so one bad byte
//! from an editor cost every diagnostic until a restart. Here a frame that
//! can be read but does not parse is handed on as [`Incoming::Malformed`]
//! (answered with an error, or logged), and a frame that cannot be read is
//! skipped up to the next `Content-Length` header.

use lsp_server::{Message, RequestId};
use memchr::memmem;
use serde_json::Value;
use std::borrow::Cow;
use std::io::{Read, Write};

/// JSON-RPC: the body is not valid JSON (or not UTF-8).
pub const PARSE_ERROR: i32 = -32700;
/// JSON-RPC: valid JSON, but not a request, notification or response.
pub const INVALID_REQUEST: i32 = -32600;

/// A header line longer than this is no header: the reader resynchronises.
const MAX_HEADER_LINE: usize = 4096;

const NEEDLE: &[u8] = b"Content-Length:";

/// What the reader hands the server.
#[derive(Debug)]
pub enum Incoming {
    Message(Message),
    /// A frame whose body is not a message. `id` is the request's id when
    /// it could be read from the body, so the request can be answered.
    Malformed {
        id: Option<RequestId>,
        code: i32,
        reason: String,
    },
    /// Bytes skipped to find the next frame.
    Skipped {
        bytes: usize,
        reason: String,
    },
}

/// Reads frames from `input` until it ends, handing each to `sink`; stops
/// early when `sink` says so.
pub fn read_all(input: impl Read, mut sink: impl FnMut(Incoming) -> bool) {
    let mut frames = Frames::new(input);
    while let Some(frame) = frames.next_frame() {
        let incoming = match frame {
            Frame::Body(body) => decode(&body),
            Frame::Skipped { bytes, reason } => Incoming::Skipped { bytes, reason },
        };
        if !sink(incoming) {
            return;
        }
    }
}

/// Writes one message as a frame.
pub fn write(output: &mut impl Write, message: &Message) -> std::io::Result<()> {
    message.write(output)?;
    output.flush()
}

/// A body as a message, or why it is not one.
pub fn decode(body: &[u8]) -> Incoming {
    let text = String::from_utf8_lossy(body);
    let utf8 = matches!(text, Cow::Borrowed(_));
    match serde_json::from_str::<Value>(&text) {
        Ok(value) if !utf8 => Incoming::Malformed {
            id: id_of(&value),
            code: PARSE_ERROR,
            reason: "the message is not valid UTF-8".to_string(),
        },
        Ok(value) => {
            let id = id_of(&value);
            match serde_json::from_value::<Message>(value) {
                Ok(message) => Incoming::Message(message),
                Err(e) => Incoming::Malformed {
                    id,
                    code: INVALID_REQUEST,
                    reason: format!("the message is not a JSON-RPC message: {e}"),
                },
            }
        }
        Err(e) => Incoming::Malformed {
            id: salvage_id(&text),
            code: PARSE_ERROR,
            reason: format!("the message is not valid JSON: {e}"),
        },
    }
}

fn id_of(value: &Value) -> Option<RequestId> {
    let id = value.get("id")?;
    value.get("method")?;
    request_id(id)
}

fn request_id(id: &Value) -> Option<RequestId> {
    match id {
        Value::Number(n) => n
            .as_i64()
            .and_then(|n| i32::try_from(n).ok())
            .map(RequestId::from),
        Value::String(s) => Some(RequestId::from(s.clone())),
        _ => None,
    }
}

/// The `id` of a request whose body is not valid JSON (cut short, or with
/// a lone surrogate): read from the text around the first `"id":` of a body
/// that also names a method, else none.
fn salvage_id(text: &str) -> Option<RequestId> {
    if !text.contains("\"method\"") {
        return None;
    }
    let at = text.find("\"id\"")? + "\"id\"".len();
    let rest = text.get(at..)?.trim_start().strip_prefix(':')?.trim_start();
    if let Some(quoted) = rest.strip_prefix('"') {
        let end = quoted.find('"')?;
        let id = quoted.get(..end)?;
        return (!id.contains('\\')).then(|| RequestId::from(id.to_string()));
    }
    let digits: String = rest
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    digits.parse::<i32>().ok().map(RequestId::from)
}

enum Frame {
    Body(Vec<u8>),
    Skipped { bytes: usize, reason: String },
}

/// The frames of a byte stream, read through a buffer of its own so a
/// broken frame can be skipped.
struct Frames<R> {
    input: R,
    buf: Vec<u8>,
    eof: bool,
}

/// What the headers of a frame said.
enum Headers {
    /// A complete header block of this many bytes, with the body's length.
    Length { header_bytes: usize, body: usize },
    /// Not a header block: why.
    Broken(String),
    /// The input ended.
    End,
}

impl<R: Read> Frames<R> {
    fn new(input: R) -> Self {
        Frames {
            input,
            buf: Vec::new(),
            eof: false,
        }
    }

    /// Reads more input into the buffer; false once it has ended.
    fn fill(&mut self) -> bool {
        if self.eof {
            return false;
        }
        let mut chunk = [0u8; 64 * 1024];
        loop {
            match self.input.read(&mut chunk) {
                Ok(0) => {
                    self.eof = true;
                    return false;
                }
                Ok(n) => {
                    self.buf
                        .extend_from_slice(chunk.get(..n).unwrap_or_default());
                    return true;
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => {
                    self.eof = true;
                    return false;
                }
            }
        }
    }

    fn next_frame(&mut self) -> Option<Frame> {
        match self.headers() {
            Headers::End => None,
            Headers::Broken(reason) => Some(self.resync(reason)),
            Headers::Length { header_bytes, body } => Some(self.body(header_bytes, body)),
        }
    }

    /// Reads the header block at the start of the buffer, without
    /// consuming it.
    fn headers(&mut self) -> Headers {
        let mut at = 0;
        let mut length = None;
        loop {
            let Some(newline) = memchr::memchr(b'\n', self.buf.get(at..).unwrap_or_default())
            else {
                if self.buf.len() - at > MAX_HEADER_LINE {
                    return Headers::Broken("a header line too long".to_string());
                }
                if !self.fill() {
                    return if self.buf.is_empty() {
                        Headers::End
                    } else {
                        Headers::Broken("the input ended inside a header".to_string())
                    };
                }
                continue;
            };
            let line = self.buf.get(at..at + newline).unwrap_or_default();
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            at += newline + 1;
            if line.is_empty() {
                if at == newline + 1 {
                    // A stray blank line before a frame: not a header block yet.
                    self.buf.drain(..at);
                    at = 0;
                    continue;
                }
                return match length {
                    Some(Ok(body)) => Headers::Length {
                        header_bytes: at,
                        body,
                    },
                    Some(Err(reason)) => Headers::Broken(reason),
                    None => Headers::Broken("a header block without `Content-Length`".to_string()),
                };
            }
            match header(line) {
                Some((name, value)) if name == "content-length" => {
                    length = Some(
                        value
                            .parse::<usize>()
                            .map_err(|_| format!("`Content-Length: {value}` is not a length")),
                    );
                }
                Some(_) => {}
                None => {
                    return Headers::Broken(format!(
                        "`{}` is not a header",
                        String::from_utf8_lossy(line.get(..line.len().min(40)).unwrap_or_default())
                    ));
                }
            }
        }
    }

    /// The body after `header_bytes` of headers, `length` bytes long; cut
    /// short where the next frame's header starts inside it (the length
    /// was too long: waiting for the rest would wait for ever, as the
    /// client waits for an answer).
    fn body(&mut self, header_bytes: usize, length: usize) -> Frame {
        let mut scanned = header_bytes;
        loop {
            let have = self.buf.len().min(header_bytes + length);
            if let Some(next) = next_header(self.buf.get(scanned..have).unwrap_or_default()) {
                let end = scanned + next;
                let body = self.buf.get(header_bytes..end).unwrap_or_default().to_vec();
                self.buf.drain(..end);
                return Frame::Body(body);
            }
            if have == header_bytes + length {
                let body = self
                    .buf
                    .get(header_bytes..have)
                    .unwrap_or_default()
                    .to_vec();
                self.buf.drain(..have);
                return Frame::Body(body);
            }
            // A header may straddle what was read and what comes next.
            scanned = have.saturating_sub(NEEDLE.len() + 24).max(header_bytes);
            if !self.fill() {
                let body = self.buf.get(header_bytes..).unwrap_or_default().to_vec();
                self.buf.clear();
                return Frame::Body(body);
            }
        }
    }

    /// Skips to the next `Content-Length:` after the start of the buffer.
    fn resync(&mut self, reason: String) -> Frame {
        let mut skipped = 0;
        loop {
            if let Some(at) = self
                .buf
                .get(1..)
                .and_then(|rest| memmem::find(rest, NEEDLE))
                .map(|at| at + 1)
            {
                self.buf.drain(..at);
                return Frame::Skipped {
                    bytes: skipped + at,
                    reason,
                };
            }
            // Keep what could be the start of the header.
            let keep = NEEDLE.len().min(self.buf.len());
            let drop = self.buf.len() - keep;
            self.buf.drain(..drop);
            skipped += drop;
            if !self.fill() {
                skipped += self.buf.len();
                self.buf.clear();
                return Frame::Skipped {
                    bytes: skipped,
                    reason,
                };
            }
        }
    }
}

/// A `Name: value` header line, the name in lower case.
fn header(line: &[u8]) -> Option<(String, &str)> {
    let line = std::str::from_utf8(line).ok()?;
    let (name, value) = line.split_once(':')?;
    let token = !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    token.then(|| (name.to_ascii_lowercase(), value.trim()))
}

/// Where a `Content-Length: N\r\n` header starts in `bytes`: it cannot be
/// part of a JSON body (a raw line break is not allowed in a JSON string,
/// and the words are not JSON outside one).
fn next_header(bytes: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(found) = bytes.get(from..).and_then(|b| memmem::find(b, NEEDLE)) {
        let at = from + found;
        let after = bytes.get(at + NEEDLE.len()..).unwrap_or_default();
        let digits_from = after.iter().take_while(|b| **b == b' ').count();
        let digits = after
            .get(digits_from..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let end = after.get(digits_from + digits..).unwrap_or_default();
        if digits > 0 && (end.starts_with(b"\r\n") || end.starts_with(b"\n")) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}
