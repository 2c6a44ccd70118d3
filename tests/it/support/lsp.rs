//! A small LSP client that starts `spotter lsp` as a process and speaks
//! JSON-RPC to it over stdio, as an editor does.
#![allow(dead_code)]

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

pub const TIMEOUT: Duration = Duration::from_secs(30);

pub struct Client {
    child: Child,
    stdin: Option<ChildStdin>,
    incoming: Receiver<Value>,
    stderr: Receiver<String>,
    /// Messages read while waiting for something else.
    backlog: Vec<Value>,
    next_id: i64,
    pub initialized: Value,
}

/// The `file://` URI of a path.
pub fn uri(path: &Path) -> String {
    let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let mut out = String::from("file://");
    for b in path.to_string_lossy().bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

impl Client {
    /// Starts the server with `root` as the workspace, offering these
    /// position encodings, and initializes it.
    pub fn start(root: &Path, encodings: &[&str]) -> Client {
        Self::start_with(root, encodings, json!({}))
    }

    pub fn start_with(root: &Path, encodings: &[&str], options: Value) -> Client {
        let capabilities = json!({
            "general": {"positionEncodings": encodings},
            "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}
        });
        Self::start_offering(root, capabilities, options)
    }

    /// Starts the server and initializes it, offering these client
    /// capabilities.
    pub fn start_offering(root: &Path, capabilities: Value, options: Value) -> Client {
        let mut client = Self::spawn(root);
        client.initialize(root, capabilities, options);
        client
    }

    /// Sends `initialize` (and `initialized`) as an editor does.
    pub fn initialize(&mut self, root: &Path, capabilities: Value, options: Value) {
        let root_uri = uri(root);
        let result = self.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": root_uri,
                "workspaceFolders": [{"uri": root_uri, "name": "guides"}],
                "initializationOptions": options,
                "capabilities": capabilities
            }),
        );
        self.initialized = result["result"].clone();
        self.notify("initialized", json!({}));
    }

    /// Starts the server, uninitialized.
    pub fn spawn(root: &Path) -> Client {
        // `SPOTTER_LSP_BIN`: another build, for the benchmark to compare.
        let bin = std::env::var_os("SPOTTER_LSP_BIN")
            .unwrap_or_else(|| env!("CARGO_BIN_EXE_spotter").into());
        let mut child = Command::new(bin)
            .arg("lsp")
            .current_dir(root)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spotter lsp starts");
        let stdout = child.stdout.take().expect("stdout is piped");
        let mut stderr = child.stderr.take().expect("stderr is piped");
        let (tx, incoming) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let mut length = None;
                loop {
                    let mut line = String::new();
                    match reader.read_line(&mut line) {
                        Ok(0) | Err(_) => return,
                        Ok(_) => {}
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(n) = line.strip_prefix("Content-Length: ") {
                        length = n.parse::<usize>().ok();
                    }
                }
                let Some(length) = length else { return };
                let mut body = vec![0; length];
                if reader.read_exact(&mut body).is_err() {
                    return;
                }
                let Ok(message) = serde_json::from_slice::<Value>(&body) else {
                    return;
                };
                if tx.send(message).is_err() {
                    return;
                }
            }
        });
        // Read as it comes, so a full pipe never blocks the server.
        let (err_tx, stderr_rx) = channel();
        std::thread::spawn(move || {
            let mut text = String::new();
            let _ = stderr.read_to_string(&mut text);
            let _ = err_tx.send(text);
        });
        let stdin = child.stdin.take();
        Client {
            child,
            stdin,
            incoming,
            stderr: stderr_rx,
            backlog: Vec::new(),
            next_id: 0,
            initialized: Value::Null,
        }
    }

    /// What the server wrote on stderr, once it has ended.
    pub fn stderr(&self) -> String {
        self.stderr.recv_timeout(TIMEOUT).unwrap_or_default()
    }

    /// Sends a request without waiting; its id.
    pub fn send_request(&mut self, method: &str, params: Value) -> i64 {
        self.next_id += 1;
        let id = self.next_id;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        id
    }

    /// The response to request `id`.
    pub fn response(&mut self, id: i64) -> Value {
        self.wait_for(|m| m["id"] == json!(id) && m.get("method").is_none())
    }

    pub fn send(&mut self, message: &Value) {
        let body = message.to_string();
        let stdin = self.stdin.as_mut().expect("stdin is open");
        write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("write to server");
        stdin.flush().expect("flush to server");
    }

    pub fn send_raw(&mut self, bytes: &[u8]) {
        let stdin = self.stdin.as_mut().expect("stdin is open");
        stdin.write_all(bytes).expect("write to server");
        stdin.flush().expect("flush to server");
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and waits for its response (the whole message).
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.send_request(method, params);
        self.response(id)
    }

    /// The next message (from the backlog first) that `wanted` accepts;
    /// the others are kept.
    pub fn wait_for(&mut self, wanted: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.backlog.iter().position(&wanted) {
            return self.backlog.remove(i);
        }
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.incoming.recv_timeout(left) {
                Ok(message) if wanted(&message) => return message,
                Ok(message) => {
                    // Requests from the server (watcher registration) get an answer.
                    if message.get("id").is_some() && message.get("method").is_some() {
                        let id = message["id"].clone();
                        self.send(&json!({"jsonrpc": "2.0", "id": id, "result": null}));
                    }
                    self.backlog.push(message);
                }
                Err(RecvTimeoutError::Timeout) => panic!(
                    "no wanted message within {TIMEOUT:?}; got: {:#?}",
                    self.backlog
                ),
                Err(RecvTimeoutError::Disconnected) => {
                    panic!("the server closed its output; got: {:#?}", self.backlog)
                }
            }
        }
    }

    /// The next `publishDiagnostics` for `uri`: its diagnostics.
    pub fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        let message = self.wait_for(|m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        });
        message["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// The last `publishDiagnostics` for `uri` received so far (waiting
    /// for one if there is none), the earlier ones dropped.
    pub fn latest_diagnostics(&mut self, uri: &str) -> Vec<Value> {
        let is_it = |m: &Value| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
        };
        let mut last = None;
        while let Some(i) = self.backlog.iter().position(is_it) {
            last = Some(self.backlog.remove(i));
        }
        let message = match last {
            Some(message) => message,
            None => self.wait_for(is_it),
        };
        message["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// The versions of every `publishDiagnostics` for `uri` still in the
    /// backlog (received but not waited for).
    pub fn published_versions(&self, uri: &str) -> Vec<i64> {
        self.backlog
            .iter()
            .filter(|m| {
                m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri
            })
            .filter_map(|m| m["params"]["version"].as_i64())
            .collect()
    }

    /// The next `publishDiagnostics` for version `version` of `uri`.
    pub fn diagnostics_of(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let message = self.wait_for(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["version"] == version
        });
        message["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// Waits for the server's log line saying the index is built.
    pub fn wait_indexed(&mut self) -> String {
        let message = self.wait_for(|m| {
            m["method"] == "window/logMessage"
                && m["params"]["message"]
                    .as_str()
                    .is_some_and(|t| t.contains("indexed"))
        });
        message["params"]["message"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    pub fn open(&mut self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}),
        );
    }

    pub fn change_full(&mut self, uri: &str, version: i64, text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}),
        );
    }

    /// `shutdown` then `exit`; the process's exit code.
    pub fn shutdown(mut self) -> Option<i32> {
        self.shutdown_and_exit()
    }

    /// `shutdown` then `exit`, keeping the client to read stderr.
    pub fn shutdown_and_exit(&mut self) -> Option<i32> {
        let response = self.request("shutdown", Value::Null);
        assert_eq!(response["result"], Value::Null, "{response}");
        self.notify("exit", Value::Null);
        self.wait_exit()
    }

    /// Closes the server's input and waits for it to end.
    pub fn close_input(mut self) -> Option<i32> {
        self.stdin = None;
        self.wait_exit()
    }

    /// Closes the server's input and waits for it to end (the client is
    /// kept, to read stderr).
    pub fn wait_exit(&mut self) -> Option<i32> {
        self.stdin = None;
        let deadline = Instant::now() + TIMEOUT;
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        let _ = self.child.kill();
        panic!("the server did not exit");
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `line:character-line:character code message` of each diagnostic.
pub fn summary(diagnostics: &[Value]) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| {
            let r = &d["range"];
            format!(
                "{}:{}-{}:{} {} {}",
                r["start"]["line"],
                r["start"]["character"],
                r["end"]["line"],
                r["end"]["character"],
                d["code"].as_str().unwrap_or("?"),
                d["message"]
                    .as_str()
                    .unwrap_or("?")
                    .lines()
                    .next()
                    .unwrap_or("")
            )
        })
        .collect()
}

/// Applies LSP text edits (positions in UTF-16) to `text`.
pub fn apply_edits(text: &str, edits: &[Value]) -> String {
    let offset = |pos: &Value| -> usize {
        let line = pos["line"].as_u64().expect("line") as usize;
        let character = pos["character"].as_u64().expect("character") as usize;
        let mut start = 0;
        for _ in 0..line {
            start += text[start..]
                .find('\n')
                .map_or(text.len() - start, |i| i + 1);
        }
        let mut units = 0;
        for (at, c) in text[start..].char_indices() {
            if units >= character || c == '\n' {
                return start + at;
            }
            units += c.len_utf16();
        }
        text.len()
    };
    let mut spans: Vec<(usize, usize, String)> = edits
        .iter()
        .map(|e| {
            (
                offset(&e["range"]["start"]),
                offset(&e["range"]["end"]),
                e["newText"].as_str().expect("newText").to_string(),
            )
        })
        .collect();
    spans.sort_by_key(|s| std::cmp::Reverse(s.0));
    let mut out = text.to_string();
    for (start, end, new) in spans {
        out.replace_range(start..end, &new);
    }
    out
}
