//! The server loop: the client's messages, the background index and the
//! debounce timer, one at a time. A request the server cannot answer is an
//! error response; a document that cannot be read is a diagnostic; nothing
//! a client sends stops the loop but `exit`, or the client going away.

use super::actions;
use super::convert::{self, Encoding};
use super::diagnostics::{self, SOURCE};
use super::hover;
use super::workspace::{self, Configs, Index, Settings};
use crate::diagnostic::Diagnostic;
use crate::finish;
use crate::pipeline;
use crate::source::SourceText;
use crossbeam_channel::{Receiver, Sender, select};
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::Notification as _;
use lsp_types::request::Request as _;
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionParams, CodeActionProviderCapability,
    DidChangeTextDocumentParams, DidChangeWatchedFilesParams,
    DidChangeWatchedFilesRegistrationOptions, DidCloseTextDocumentParams,
    DidOpenTextDocumentParams, DidSaveTextDocumentParams, FileChangeType, FileSystemWatcher,
    GlobPattern, HoverParams, HoverProviderCapability, InitializeParams, LogMessageParams,
    MessageType, PublishDiagnosticsParams, Registration, RegistrationParams, SaveOptions,
    ServerCapabilities, ServerInfo, TextDocumentSyncCapability, TextDocumentSyncKind,
    TextDocumentSyncOptions, TextDocumentSyncSaveOptions, Uri,
};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Changes closer together than this are checked once, after the last.
const DEFAULT_DEBOUNCE: Duration = Duration::from_millis(30);

/// The largest file read from disk to place a related finding in it.
const MAX_RELATED_FILE: u64 = 16 * 1024 * 1024;

pub fn serve(connection: Connection) -> Result<(), String> {
    let (id, params) = match connection.initialize_start() {
        Ok(start) => start,
        // The client went away before initializing.
        Err(e) if e.channel_is_disconnected() => return Ok(()),
        Err(e) => return Err(e.to_string()),
    };
    let params: InitializeParams = match serde_json::from_value(params) {
        Ok(params) => params,
        Err(e) => {
            let response = Response::new_err(
                id,
                ErrorCode::InvalidParams as i32,
                format!("invalid initialize params: {e}"),
            );
            let _ = connection.sender.send(response.into());
            return Err(format!("invalid initialize params: {e}"));
        }
    };
    let encoding = Encoding::negotiate(
        params
            .capabilities
            .general
            .as_ref()
            .and_then(|g| g.position_encodings.as_deref()),
    );
    let capabilities = ServerCapabilities {
        position_encoding: Some(encoding.kind()),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                    include_text: Some(false),
                })),
                ..TextDocumentSyncOptions::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX, actions::fix_all_kind()]),
            ..CodeActionOptions::default()
        })),
        ..ServerCapabilities::default()
    };
    let result = serde_json::json!({
        "capabilities": capabilities,
        "serverInfo": ServerInfo {
            name: "spotter".to_string(),
            version: Some(env!("CARGO_PKG_VERSION").to_string()),
        },
    });
    match connection.initialize_finish(id, result) {
        Ok(()) => {}
        Err(e) if e.channel_is_disconnected() => return Ok(()),
        Err(e) => return Err(e.to_string()),
    }
    let mut server = Server::new(connection, encoding, &params);
    server.run();
    // LSP: exit without a shutdown first (or a client gone) is a failure.
    if server.shutting_down {
        Ok(())
    } else {
        Err("the client left without `shutdown`".to_string())
    }
}

/// What the index thread sends back.
struct Indexed {
    generation: u64,
    digests: Vec<crate::digest::FileDigest>,
    took: Duration,
}

struct Document {
    uri: Uri,
    version: i32,
    text: String,
    path: Option<PathBuf>,
    display: String,
    /// When the next check is due (a change waiting out the debounce).
    due: Option<Instant>,
    /// Changes before this are debounced; after it, checked at once.
    quiet_from: Instant,
    checked: Option<Checked>,
}

/// A document's text as last checked, and what was found in it.
struct Checked {
    version: i32,
    source: Arc<SourceText>,
    diagnostics: Vec<Diagnostic>,
    settings: Arc<Settings>,
}

struct Server {
    connection: Connection,
    encoding: Encoding,
    root: Option<PathBuf>,
    configs: Arc<Configs>,
    index: Index,
    generation: u64,
    indexed_tx: Sender<Indexed>,
    indexed_rx: Receiver<Indexed>,
    docs: BTreeMap<String, Document>,
    debounce: Duration,
    shutting_down: bool,
    watch_files: bool,
    /// Configs a problem was published on.
    config_problems: BTreeSet<PathBuf>,
    next_request: i32,
}

impl Server {
    fn new(connection: Connection, encoding: Encoding, params: &InitializeParams) -> Self {
        #[allow(deprecated)]
        let root_uri = params
            .workspace_folders
            .as_ref()
            .and_then(|folders| folders.first())
            .map(|folder| folder.uri.clone())
            .or_else(|| params.root_uri.clone());
        let root = root_uri
            .as_ref()
            .and_then(convert::path_of)
            .and_then(|p| crate::discover::absolute(&p));
        let debounce = params
            .initialization_options
            .as_ref()
            .and_then(|o| o.get("debounceMs"))
            .and_then(serde_json::Value::as_u64)
            .map_or(DEFAULT_DEBOUNCE, Duration::from_millis);
        let watch_files = params
            .capabilities
            .workspace
            .as_ref()
            .and_then(|w| w.did_change_watched_files.as_ref())
            .and_then(|w| w.dynamic_registration)
            .unwrap_or(false);
        let (indexed_tx, indexed_rx) = crossbeam_channel::unbounded();
        Server {
            connection,
            encoding,
            root,
            configs: Arc::new(Configs::default()),
            index: Index::default(),
            generation: 0,
            indexed_tx,
            indexed_rx,
            docs: BTreeMap::new(),
            debounce,
            shutting_down: false,
            watch_files,
            config_problems: BTreeSet::new(),
            next_request: 0,
        }
    }

    fn run(&mut self) {
        self.start_index();
        loop {
            let wait = self
                .docs
                .values()
                .filter_map(|d| d.due)
                .min()
                .map_or(Duration::from_secs(3600), |due| {
                    due.saturating_duration_since(Instant::now())
                });
            let receiver = self.connection.receiver.clone();
            let indexed = self.indexed_rx.clone();
            select! {
                recv(receiver) -> message => match message {
                    Ok(message) => {
                        if self.handle(message) == Flow::Exit {
                            return;
                        }
                    }
                    // The client went away without `exit`.
                    Err(_) => return,
                },
                recv(indexed) -> done => {
                    if let Ok(done) = done {
                        self.indexed(done);
                    }
                },
                default(wait) => {},
            }
            self.check_due();
        }
    }

    fn send(&self, message: impl Into<Message>) {
        // A closed connection ends the loop at the next receive.
        let _ = self.connection.sender.send(message.into());
    }

    fn notify<N: lsp_types::notification::Notification>(&self, params: N::Params) {
        self.send(Notification::new(N::METHOD.to_string(), params));
    }

    fn log(&self, message: String) {
        self.notify::<lsp_types::notification::LogMessage>(LogMessageParams {
            typ: MessageType::INFO,
            message,
        });
    }

    fn handle(&mut self, message: Message) -> Flow {
        match message {
            Message::Request(request) => self.request(request),
            Message::Notification(notification) => return self.notification(notification),
            // Answers to our own requests (watcher registration): nothing
            // waits for them.
            Message::Response(_) => {}
        }
        Flow::Continue
    }

    fn request(&mut self, request: Request) {
        let id = request.id.clone();
        if self.shutting_down {
            self.error(id, ErrorCode::InvalidRequest, "the server is shutting down");
            return;
        }
        match request.method.as_str() {
            lsp_types::request::Shutdown::METHOD => {
                self.shutting_down = true;
                self.send(Response::new_ok(id, ()));
            }
            lsp_types::request::HoverRequest::METHOD => {
                match serde_json::from_value::<HoverParams>(request.params) {
                    Ok(params) => {
                        let result = self.hover(&params);
                        self.send(Response::new_ok(id, result));
                    }
                    Err(e) => self.error(id, ErrorCode::InvalidParams, &e.to_string()),
                }
            }
            lsp_types::request::CodeActionRequest::METHOD => {
                match serde_json::from_value::<CodeActionParams>(request.params) {
                    Ok(params) => {
                        let result = self.code_actions(&params);
                        self.send(Response::new_ok(id, result));
                    }
                    Err(e) => self.error(id, ErrorCode::InvalidParams, &e.to_string()),
                }
            }
            method => self.error(
                id,
                ErrorCode::MethodNotFound,
                &format!("spotter does not handle `{method}`"),
            ),
        }
    }

    fn error(&self, id: RequestId, code: ErrorCode, message: &str) {
        self.send(Response::new_err(id, code as i32, message.to_string()));
    }

    fn notification(&mut self, notification: Notification) -> Flow {
        use lsp_types::notification as n;
        let method = notification.method.clone();
        let params = notification.params;
        match method.as_str() {
            n::Exit::METHOD => return Flow::Exit,
            n::Initialized::METHOD => self.register_watchers(),
            n::DidOpenTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<DidOpenTextDocumentParams>(params) {
                    self.open(p);
                }
            }
            n::DidChangeTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<DidChangeTextDocumentParams>(params) {
                    self.change(p);
                }
            }
            n::DidSaveTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<DidSaveTextDocumentParams>(params) {
                    self.saved(&p.text_document.uri);
                }
            }
            n::DidCloseTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<DidCloseTextDocumentParams>(params) {
                    self.close(&p.text_document.uri);
                }
            }
            n::DidChangeWatchedFiles::METHOD => {
                if let Ok(p) = serde_json::from_value::<DidChangeWatchedFilesParams>(params) {
                    self.files_changed(p);
                }
            }
            // `$/cancelRequest`, `$/setTrace` and anything else: every
            // request is answered before the next message is read.
            _ => {}
        }
        Flow::Continue
    }

    fn register_watchers(&mut self) {
        if !self.watch_files {
            return;
        }
        let watchers = ["**/*.yaml", "**/*.yml", "**/spotter.toml"]
            .into_iter()
            .map(|glob| FileSystemWatcher {
                glob_pattern: GlobPattern::String(glob.to_string()),
                kind: None,
            })
            .collect();
        let options = DidChangeWatchedFilesRegistrationOptions { watchers };
        let params = RegistrationParams {
            registrations: vec![Registration {
                id: "spotter-watched-files".to_string(),
                method: lsp_types::notification::DidChangeWatchedFiles::METHOD.to_string(),
                register_options: serde_json::to_value(options).ok(),
            }],
        };
        self.next_request += 1;
        self.send(Request::new(
            RequestId::from(format!("spotter-{}", self.next_request)),
            lsp_types::request::RegisterCapability::METHOD.to_string(),
            params,
        ));
    }

    // ---- the index ----

    fn start_index(&mut self) {
        self.generation += 1;
        let Some(root) = self.root.clone() else {
            return;
        };
        let generation = self.generation;
        let configs = Arc::clone(&self.configs);
        let tx = self.indexed_tx.clone();
        let spawned = std::thread::Builder::new()
            .name("spotter-index".to_string())
            .stack_size(workspace::WORKER_STACK_BYTES)
            .spawn(move || {
                let started = Instant::now();
                let digests = workspace::build_index(&root, &configs);
                let _ = tx.send(Indexed {
                    generation,
                    digests,
                    took: started.elapsed(),
                });
            });
        if let Err(e) = spawned {
            self.log(format!("spotter: cannot start indexing: {e}"));
        }
    }

    fn indexed(&mut self, done: Indexed) {
        if done.generation != self.generation {
            return;
        }
        let count = done.digests.len();
        self.index.replace_all(done.digests);
        // An open document's text stands for its file.
        let uris: Vec<String> = self.docs.keys().cloned().collect();
        for uri in &uris {
            self.check_now(uri);
        }
        self.publish_config_problems();
        self.log(format!(
            "spotter: indexed {count} guides in {} ms",
            done.took.as_millis()
        ));
    }

    /// Reads a file from disk again into the index (it changed, or its
    /// document was closed).
    fn reindex_file(&mut self, path: &Path) {
        let display = workspace::display_of(self.root.as_deref(), path);
        let settings = self.configs.for_file(Some(path), self.root.as_deref());
        let in_corpus = self.root.as_ref().is_some_and(|r| path.starts_with(r))
            && path.is_file()
            && settings.selects(path);
        let digest = in_corpus
            .then(|| {
                let input = crate::discover::Input {
                    display: display.clone(),
                    path: path.to_path_buf(),
                };
                pipeline::check_path(&input, &settings.options).digest
            })
            .flatten();
        self.index.set(&display, digest);
    }

    // ---- documents ----

    fn open(&mut self, params: DidOpenTextDocumentParams) {
        let doc = params.text_document;
        let key = doc.uri.as_str().to_string();
        let path = convert::path_of(&doc.uri).and_then(|p| crate::discover::absolute(&p));
        let display = match &path {
            Some(path) => workspace::display_of(self.root.as_deref(), path),
            None => doc.uri.as_str().to_string(),
        };
        self.docs.insert(
            key.clone(),
            Document {
                uri: doc.uri,
                version: doc.version,
                text: doc.text,
                path,
                display,
                due: None,
                quiet_from: Instant::now(),
                checked: None,
            },
        );
        self.check_now(&key);
        self.publish_config_problems();
    }

    fn change(&mut self, params: DidChangeTextDocumentParams) {
        let key = params.text_document.uri.as_str().to_string();
        let encoding = self.encoding;
        let debounce = self.debounce;
        let Some(doc) = self.docs.get_mut(&key) else {
            // A change to a document never opened: nothing to apply it to.
            return;
        };
        for change in params.content_changes {
            match change.range {
                None => doc.text = change.text,
                Some(range) => {
                    let source = SourceText::new(std::mem::take(&mut doc.text));
                    let span = convert::byte_span(&source, range, encoding);
                    let mut text = source.text().to_string();
                    text.replace_range(span, &change.text);
                    doc.text = text;
                }
            }
        }
        doc.version = params.text_document.version;
        let now = Instant::now();
        // The first change after a quiet spell is checked at once; changes
        // that follow it closely wait until they stop.
        doc.due = Some(if now >= doc.quiet_from && doc.due.is_none() {
            now
        } else {
            now + debounce
        });
        doc.quiet_from = now + debounce;
    }

    fn saved(&mut self, uri: &Uri) {
        let is_config = convert::path_of(uri)
            .is_some_and(|p| p.file_name().is_some_and(|n| n == crate::config::FILE_NAME));
        if is_config {
            self.reload_configs();
            return;
        }
        // Saving settles the text: check it now, and the other open
        // documents, which cross-guide findings may have changed for.
        let keys: Vec<String> = self.docs.keys().cloned().collect();
        let this = uri.as_str().to_string();
        self.check_now(&this);
        for key in keys.iter().filter(|k| **k != this) {
            self.check_now(key);
        }
    }

    fn close(&mut self, uri: &Uri) {
        let Some(doc) = self.docs.remove(uri.as_str()) else {
            return;
        };
        if let Some(path) = &doc.path {
            self.reindex_file(path);
        }
        self.notify::<lsp_types::notification::PublishDiagnostics>(PublishDiagnosticsParams {
            uri: doc.uri,
            diagnostics: Vec::new(),
            version: None,
        });
        self.recheck_all();
    }

    fn files_changed(&mut self, params: DidChangeWatchedFilesParams) {
        let mut configs_changed = false;
        for change in params.changes {
            let Some(path) =
                convert::path_of(&change.uri).and_then(|p| crate::discover::absolute(&p))
            else {
                continue;
            };
            if path
                .file_name()
                .is_some_and(|n| n == crate::config::FILE_NAME)
            {
                configs_changed = true;
                continue;
            }
            // An open document's text wins over its file.
            if self.docs.contains_key(change.uri.as_str()) {
                continue;
            }
            if change.typ == FileChangeType::DELETED {
                let display = workspace::display_of(self.root.as_deref(), &path);
                self.index.set(&display, None);
            } else {
                self.reindex_file(&path);
            }
        }
        if configs_changed {
            self.reload_configs();
        } else {
            self.recheck_all();
        }
    }

    /// A config changed: read every config again, index again, and check
    /// the open documents now with what is indexed so far.
    fn reload_configs(&mut self) {
        self.configs = Arc::new(Configs::default());
        self.start_index();
        self.recheck_all();
        self.publish_config_problems();
    }

    fn recheck_all(&mut self) {
        let keys: Vec<String> = self.docs.keys().cloned().collect();
        for key in &keys {
            self.check_now(key);
        }
    }

    fn check_due(&mut self) {
        let now = Instant::now();
        let due: Vec<String> = self
            .docs
            .iter()
            .filter(|(_, d)| d.due.is_some_and(|due| due <= now))
            .map(|(k, _)| k.clone())
            .collect();
        for key in &due {
            self.check_now(key);
        }
    }

    /// Checks an open document against the index and publishes what it
    /// found.
    fn check_now(&mut self, key: &str) {
        let root = self.root.clone();
        let Some(doc) = self.docs.get_mut(key) else {
            return;
        };
        let settings = self.configs.for_file(doc.path.as_deref(), root.as_deref());
        // A file its config leaves out (`exclude`, or not in `include`) is
        // not checked, as `spotter check` on the folder would not.
        let left_out = doc.path.as_deref().is_some_and(|p| settings.leaves_out(p));
        let in_corpus = !left_out
            && doc.path.as_deref().is_some_and(|p| {
                root.as_ref().is_some_and(|r| p.starts_with(r)) && settings.selects(p)
            });
        let index = &mut self.index;
        // The pipeline never panics on any input (fuzzed); if it ever did,
        // the document gets no findings and the server goes on.
        let checked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            if left_out {
                return Vec::new();
            }
            let report = pipeline::check_text(&doc.display, doc.text.clone(), &settings.options);
            if in_corpus {
                index.set(&doc.display, report.digest.clone());
                finish::finish_file(report, index.digests(), &settings.options.rules)
            } else {
                // Outside the corpus: checked with its own digest only.
                let own: Vec<_> = report.digest.iter().cloned().collect();
                finish::finish_file(report, &own, &settings.options.rules)
            }
        }));
        let failed = checked.is_err();
        let diagnostics = checked.unwrap_or_default();
        doc.due = None;
        doc.quiet_from = Instant::now() + self.debounce;
        doc.checked = Some(Checked {
            version: doc.version,
            source: Arc::new(SourceText::new(doc.text.clone())),
            diagnostics,
            settings,
        });
        if failed {
            self.log(format!(
                "spotter: internal error while checking {key}; please report it"
            ));
        }
        self.publish(key);
    }

    fn publish(&self, key: &str) {
        let Some(doc) = self.docs.get(key) else {
            return;
        };
        let Some(checked) = &doc.checked else {
            return;
        };
        let mut locate = |display: &str| self.locate(display);
        let diagnostics = checked
            .diagnostics
            .iter()
            .map(|d| diagnostics::to_lsp(d, &doc.uri, &checked.source, self.encoding, &mut locate))
            .collect();
        self.notify::<lsp_types::notification::PublishDiagnostics>(PublishDiagnosticsParams {
            uri: doc.uri.clone(),
            diagnostics,
            version: Some(checked.version),
        });
    }

    /// The URI and text of a file named in a finding: its open document's,
    /// else read from disk.
    fn locate(&self, display: &str) -> Option<(Uri, Arc<SourceText>)> {
        if let Some(checked) = self
            .docs
            .values()
            .find(|d| d.display == display)
            .and_then(|d| Some((d.uri.clone(), Arc::clone(&d.checked.as_ref()?.source))))
        {
            return Some(checked);
        }
        let path = workspace::path_of_display(self.root.as_deref(), display);
        let uri = convert::uri_of(&path)?;
        let text = crate::read::read_file(&path, MAX_RELATED_FILE)
            .ok()
            .and_then(|bytes| crate::load::decode(bytes).ok())
            .unwrap_or_default();
        Some((uri, Arc::new(SourceText::new(text))))
    }

    /// Configs that cannot be used, shown as a diagnostic on each; the
    /// ones fixed since are cleared.
    fn publish_config_problems(&mut self) {
        let problems = self.configs.problems();
        let now: BTreeSet<PathBuf> = problems.iter().map(|(p, ..)| p.clone()).collect();
        for (path, message, span, text) in problems {
            let Some(uri) = convert::uri_of(&path) else {
                continue;
            };
            let source = SourceText::new(text);
            let diagnostic = lsp_types::Diagnostic {
                range: convert::range(&source, &span, self.encoding),
                severity: Some(lsp_types::DiagnosticSeverity::ERROR),
                source: Some(SOURCE.to_string()),
                message: format!(
                    "invalid spotter.toml, the default settings apply until it is fixed: {message}"
                ),
                ..lsp_types::Diagnostic::default()
            };
            self.notify::<lsp_types::notification::PublishDiagnostics>(PublishDiagnosticsParams {
                uri,
                diagnostics: vec![diagnostic],
                version: None,
            });
        }
        for fixed in self.config_problems.difference(&now) {
            if let Some(uri) = convert::uri_of(fixed) {
                self.notify::<lsp_types::notification::PublishDiagnostics>(
                    PublishDiagnosticsParams {
                        uri,
                        diagnostics: Vec::new(),
                        version: None,
                    },
                );
            }
        }
        self.config_problems = now;
    }

    // ---- requests ----

    /// A document checked as it is now (a change waiting out the debounce
    /// is checked first).
    fn current(&mut self, uri: &Uri) -> Option<&Document> {
        let key = uri.as_str();
        let stale = self.docs.get(key).is_some_and(|d| {
            d.due.is_some() || d.checked.as_ref().is_none_or(|c| c.version != d.version)
        });
        if stale {
            self.check_now(key);
        }
        self.docs.get(key)
    }

    fn hover(&mut self, params: &HoverParams) -> Option<lsp_types::Hover> {
        let encoding = self.encoding;
        let at = &params.text_document_position_params;
        let doc = self.current(&at.text_document.uri)?;
        let checked = doc.checked.as_ref()?;
        hover::hover(&checked.source, &checked.diagnostics, at.position, encoding)
    }

    fn code_actions(&mut self, params: &CodeActionParams) -> Vec<lsp_types::CodeActionOrCommand> {
        let encoding = self.encoding;
        // Quick fixes and "fix all safe" only: a client asking for other
        // kinds (`source.organizeImports`) gets none.
        let wanted = |offered: &CodeActionKind| {
            params.context.only.as_ref().is_none_or(|only| {
                only.iter().any(|kind| {
                    kind.as_str().is_empty()
                        || offered.as_str() == kind.as_str()
                        || offered.as_str().starts_with(&format!("{}.", kind.as_str()))
                })
            })
        };
        let (quickfix, fix_all) = (
            wanted(&CodeActionKind::QUICKFIX),
            wanted(&actions::fix_all_kind()),
        );
        if !quickfix && !fix_all {
            return Vec::new();
        }
        let uri = params.text_document.uri.clone();
        self.current(&uri);
        let Some(doc) = self.docs.get(uri.as_str()) else {
            return Vec::new();
        };
        let Some(checked) = &doc.checked else {
            return Vec::new();
        };
        let display = doc.display.clone();
        let range = convert::byte_span(&checked.source, params.range, encoding);
        let settings = Arc::clone(&checked.settings);
        let mut check = |text: String| {
            let report = pipeline::check_text(&display, text, &settings.options);
            let own: Vec<_> = report.digest.iter().cloned().collect();
            finish::finish_file(report, &own, &settings.options.rules)
        };
        let source = Arc::clone(&checked.source);
        let mut lsp = |d: &Diagnostic| {
            diagnostics::to_lsp(d, &uri, &source, encoding, &mut |name| self.locate(name))
        };
        let mut found = Vec::new();
        if quickfix {
            found = actions::code_actions(
                &uri,
                &checked.source,
                &checked.diagnostics,
                &range,
                encoding,
                &mut check,
                &mut lsp,
            );
        }
        if fix_all {
            found.extend(actions::fix_all(
                &uri,
                &checked.source,
                &checked.diagnostics,
                encoding,
                &mut check,
            ));
        }
        found
    }
}

#[derive(PartialEq, Eq)]
enum Flow {
    Continue,
    Exit,
}
