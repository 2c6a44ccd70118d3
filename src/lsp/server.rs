//! The server loop: the client's messages, finished checks, the background
//! index and the debounce timer, one at a time. The loop only keeps the
//! state: documents are checked on worker threads (one check per document
//! at a time, the newest version next), and requests are answered on
//! threads of their own from a snapshot, so a hover is answered while a
//! large guide is being checked. A request the server cannot answer is an
//! error response, a frame that does not parse is answered or logged, a
//! document that cannot be read is a diagnostic; nothing a client sends
//! stops the loop but `exit`, or the client closing the connection.

use super::convert::{self, Encoding};
use super::diagnostics::SOURCE;
use super::requests::{self, OnDocument, Places, Snapshot, WorkspaceSnapshot};
use super::transport::Incoming;
use super::workspace::{self, Configs, Index, Settings};
use crate::finding::Diagnostic;
use crate::finish;
use crate::finish::FileReport;
use crate::load::source::SourceText;
use crate::pipeline;
use crossbeam_channel::{Receiver, Sender, select};
use lsp_server::{ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::Notification as _;
use lsp_types::request::Request as _;
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionProviderCapability, DiagnosticOptions,
    DiagnosticServerCapabilities, DidChangeTextDocumentParams, DidChangeWatchedFilesParams,
    DidChangeWatchedFilesRegistrationOptions, DidCloseTextDocumentParams,
    DidOpenTextDocumentParams, DidSaveTextDocumentParams, FileChangeType, FileSystemWatcher,
    GlobPattern, HoverProviderCapability, LogMessageParams, MessageType, NumberOrString,
    ProgressParams, ProgressParamsValue, PublishDiagnosticsParams, Registration,
    RegistrationParams, SaveOptions, ServerCapabilities, ServerInfo, TextDocumentSyncCapability,
    TextDocumentSyncKind, TextDocumentSyncOptions, TextDocumentSyncSaveOptions, Uri,
    WorkDoneProgress, WorkDoneProgressBegin, WorkDoneProgressCreateParams, WorkDoneProgressEnd,
    WorkDoneProgressReport, WorkspaceDiagnosticParams, WorkspaceFolder,
};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::PoisonError;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Changes closer together than this are checked once, after the last.
const DEFAULT_DEBOUNCE: Duration = Duration::from_millis(30);

/// Documents up to this size are checked on the loop (see
/// [`Server::start_check`]); larger ones on a worker.
const INLINE_CHECK_BYTES: usize = 32 * 1024;

/// LSP: a request the client cancelled.
const REQUEST_CANCELLED: i32 = -32800;

/// Serves until `exit` or until the client closes the connection: `Ok`
/// when the client shut the server down first, else what went wrong, in
/// words that say what happened.
pub fn serve(incoming: Receiver<Incoming>, out: Sender<Message>) -> Result<(), String> {
    let Some((id, params)) = wait_for_initialize(&incoming, &out)? else {
        return Err("the client closed the connection before initializing".to_string());
    };
    let mut server = Server::new(incoming, out, &params);
    let result = serde_json::json!({
        "capabilities": server.capabilities(),
        "serverInfo": ServerInfo {
            name: "spotter".to_string(),
            version: Some(env!("CARGO_PKG_VERSION").to_string()),
        },
    });
    server.send(Response {
        id,
        response_result: Ok(result),
    });
    let ended = server.run();
    match (ended, server.shutting_down) {
        (_, true) => Ok(()),
        (Ended::Exit, false) => Err("the client sent `exit` without `shutdown` first".to_string()),
        (Ended::Closed, false) => {
            Err("the client closed the connection without `shutdown` and `exit`".to_string())
        }
    }
}

/// Answers everything before `initialize` as LSP says (requests: not
/// initialized; notifications: dropped) until it comes.
fn wait_for_initialize(
    incoming: &Receiver<Incoming>,
    out: &Sender<Message>,
) -> Result<Option<(RequestId, InitializeParams)>, String> {
    let error = |id: RequestId, code: i32, message: String| {
        let _ = out.send(Response::new_err(id, code, message).into());
    };
    loop {
        let Ok(message) = incoming.recv() else {
            return Ok(None);
        };
        match message {
            Incoming::Message(Message::Request(request))
                if request.method == lsp_types::request::Initialize::METHOD =>
            {
                match serde_json::from_value::<InitializeParams>(request.params) {
                    Ok(params) => return Ok(Some((request.id, params))),
                    Err(e) => error(
                        request.id,
                        ErrorCode::InvalidParams as i32,
                        format!("invalid initialize params: {e}"),
                    ),
                }
            }
            Incoming::Message(Message::Request(request)) => error(
                request.id,
                ErrorCode::ServerNotInitialized as i32,
                "the server is not initialized yet".to_string(),
            ),
            Incoming::Message(Message::Notification(n))
                if n.method == lsp_types::notification::Exit::METHOD =>
            {
                return Err("the client sent `exit` before initializing".to_string());
            }
            Incoming::Malformed {
                id: Some(id),
                code,
                reason,
            } => error(id, code, reason),
            Incoming::Message(_)
            | Incoming::Malformed { id: None, .. }
            | Incoming::Skipped { .. } => {}
        }
    }
}

/// What the server reads of `initialize`'s params. The client's
/// capabilities stay JSON and are read by path: `lsp_types::InitializeParams`
/// deserialized whole compiled a reader for every capability any client
/// may send (88,000 of the library's 723,000 lines of LLVM IR) for the five
/// the server asks about.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct InitializeParams {
    #[serde(default)]
    workspace_folders: Option<Vec<WorkspaceFolder>>,
    #[serde(default)]
    root_uri: Option<Uri>,
    #[serde(default)]
    initialization_options: Option<serde_json::Value>,
    capabilities: serde_json::Map<String, serde_json::Value>,
}

impl InitializeParams {
    /// The client capability under the keys of `path`.
    fn capability(&self, path: &[&str]) -> Option<&serde_json::Value> {
        let (first, rest) = path.split_first()?;
        rest.iter()
            .try_fold(self.capabilities.get(*first)?, |value, key| value.get(key))
    }

    fn flag(&self, path: &[&str]) -> bool {
        self.capability(path) == Some(&serde_json::Value::Bool(true))
    }

    /// Whether the client can be told to pull diagnostics again. LSP names
    /// it `workspace.diagnostics`; `lsp-types` 0.97 wrote
    /// `workspace.diagnostic`, so clients built on it may send either.
    fn refresh_support(&self) -> bool {
        self.flag(&["workspace", "diagnostics", "refreshSupport"])
            || self.flag(&["workspace", "diagnostic", "refreshSupport"])
    }

    /// The position encodings the client offers, in its order.
    fn position_encodings(&self) -> Vec<&str> {
        self.capability(&["general", "positionEncodings"])
            .and_then(serde_json::Value::as_array)
            .map(|kinds| kinds.iter().filter_map(serde_json::Value::as_str).collect())
            .unwrap_or_default()
    }
}

/// How the loop ended.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ended {
    Exit,
    Closed,
}

/// What the index thread sends back.
struct Indexed {
    generation: u64,
    reports: Vec<FileReport>,
    took: Duration,
}

/// What a worker sends back: one document's check.
struct CheckDone {
    key: String,
    version: i32,
    report: FileReport,
    source: Arc<SourceText>,
    settings: Arc<Settings>,
    in_corpus: bool,
    left_out: bool,
    panicked: bool,
}

struct Document {
    uri: Uri,
    version: i32,
    /// Shared with the worker checking it; an edit copies it only then.
    text: Arc<String>,
    path: Option<PathBuf>,
    display: String,
    /// When the next check is due (a change waiting out the debounce).
    due: Option<Instant>,
    /// Changes before this are debounced; after it, checked at once.
    quiet_from: Instant,
    /// The version a worker is checking now.
    running: Option<i32>,
    checked: Option<Checked>,
    /// Requests about this document waiting for its newest version's check.
    parked: Vec<Request>,
}

impl Document {
    fn fresh(&self) -> bool {
        self.checked
            .as_ref()
            .is_some_and(|c| c.version == self.version)
    }
}

/// A document's text as last checked, what checking it alone found, and
/// its findings in the corpus.
struct Checked {
    version: i32,
    source: Arc<SourceText>,
    report: FileReport,
    settings: Arc<Settings>,
    in_corpus: bool,
    left_out: bool,
    diagnostics: Arc<Vec<Diagnostic>>,
}

/// Work-done progress of the index, when the client shows it.
#[derive(Default)]
struct Progress {
    supported: bool,
    /// The token asked for, until the client accepts it.
    asked: Option<RequestId>,
    token: Option<NumberOrString>,
    /// Set once `begin` is sent; the index thread reports only then.
    begun: Arc<AtomicBool>,
    /// The index was done before the client accepted the token.
    done: Option<String>,
}

struct Server {
    incoming: Receiver<Incoming>,
    out: Sender<Message>,
    encoding: Encoding,
    root: Option<PathBuf>,
    configs: Arc<Configs>,
    index: Index,
    generation: u64,
    indexed_tx: Sender<Indexed>,
    indexed_rx: Receiver<Indexed>,
    checked_tx: Sender<CheckDone>,
    checked_rx: Receiver<CheckDone>,
    docs: BTreeMap<String, Document>,
    debounce: Duration,
    shutting_down: bool,
    watch_files: bool,
    /// Diagnostics are pulled by the client rather than pushed.
    pull: bool,
    /// `workspace/diagnostic` requests waiting for something to change.
    parked_workspace: Vec<(RequestId, WorkspaceDiagnosticParams)>,
    /// The index generation the last workspace pull was answered at.
    workspace_answered: Option<u64>,
    progress: Progress,
    /// Configs a problem was published on.
    config_problems: BTreeSet<PathBuf>,
    next_request: i32,
    disk: requests::DiskCache,
    checks: Pool,
    answers: Pool,
}

/// Threads with the stack the CLI's workers get (trees are walked
/// recursively); if they cannot be had, the work runs where it is asked.
struct Pool(Option<rayon::ThreadPool>);

impl Pool {
    fn new(name: &'static str, threads: usize) -> Self {
        Pool(
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .thread_name(move |i| format!("spotter-{name}-{i}"))
                .stack_size(workspace::WORKER_STACK_BYTES)
                .build()
                .ok(),
        )
    }

    fn spawn(&self, task: impl FnOnce() + Send + 'static) {
        match &self.0 {
            Some(pool) => pool.spawn(task),
            None => task(),
        }
    }
}

impl Server {
    fn new(incoming: Receiver<Incoming>, out: Sender<Message>, params: &InitializeParams) -> Self {
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
            .and_then(|p| crate::files::paths::absolute(&p));
        let options = params.initialization_options.as_ref();
        let debounce = options
            .and_then(|o| o.get("debounceMs"))
            .and_then(serde_json::Value::as_u64)
            .map_or(DEFAULT_DEBOUNCE, Duration::from_millis);
        let watch_files =
            params.flag(&["workspace", "didChangeWatchedFiles", "dynamicRegistration"]);
        // Pulled only by a client that can also be told to pull again
        // (`workspace/diagnostic/refresh`): an edit in one guide changes
        // the cross-guide findings of others, and a client that cannot be
        // told would show them stale. The option overrides.
        let can_pull = params
            .capability(&["textDocument", "diagnostic"])
            .is_some_and(|d| !d.is_null())
            && params.refresh_support();
        let pull = options
            .and_then(|o| o.get("pullDiagnostics"))
            .and_then(serde_json::Value::as_bool)
            .unwrap_or(can_pull);
        let progress = params.flag(&["window", "workDoneProgress"]);
        let (indexed_tx, indexed_rx) = crossbeam_channel::unbounded();
        let (checked_tx, checked_rx) = crossbeam_channel::unbounded();
        let threads = std::thread::available_parallelism().map_or(1, usize::from);
        Server {
            incoming,
            out,
            encoding: Encoding::negotiate(&params.position_encodings()),
            root,
            configs: Arc::new(Configs::default()),
            index: Index::default(),
            generation: 0,
            indexed_tx,
            indexed_rx,
            checked_tx,
            checked_rx,
            docs: BTreeMap::new(),
            debounce,
            shutting_down: false,
            watch_files,
            pull,
            parked_workspace: Vec::new(),
            workspace_answered: None,
            progress: Progress {
                supported: progress,
                ..Progress::default()
            },
            config_problems: BTreeSet::new(),
            next_request: 0,
            disk: requests::DiskCache::default(),
            checks: Pool::new("check", threads),
            // Their own threads, so an answer never waits behind checks.
            answers: Pool::new("answer", 2),
        }
    }

    fn capabilities(&self) -> ServerCapabilities {
        ServerCapabilities {
            position_encoding: Some(self.encoding.kind()),
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
                code_action_kinds: Some(vec![
                    CodeActionKind::QUICKFIX,
                    super::actions::fix_all_kind(),
                ]),
                ..CodeActionOptions::default()
            })),
            diagnostic_provider: self.pull.then(|| {
                DiagnosticServerCapabilities::Options(DiagnosticOptions {
                    identifier: Some(SOURCE.to_string()),
                    inter_file_dependencies: true,
                    workspace_diagnostics: true,
                    ..DiagnosticOptions::default()
                })
            }),
            ..ServerCapabilities::default()
        }
    }

    fn run(&mut self) -> Ended {
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
            let incoming = self.incoming.clone();
            let checked = self.checked_rx.clone();
            let indexed = self.indexed_rx.clone();
            select! {
                recv(incoming) -> message => match message {
                    Ok(message) => {
                        if self.handle(message) == Some(Ended::Exit) {
                            return Ended::Exit;
                        }
                    }
                    Err(_) => return Ended::Closed,
                },
                recv(checked) -> done => {
                    if let Ok(done) = done {
                        self.check_done(done);
                    }
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
        let _ = self.out.send(message.into());
    }

    fn notify<N: lsp_types::notification::Notification>(&self, params: N::Params) {
        self.send(Notification::new(N::METHOD.to_string(), params));
    }

    fn log(&self, typ: MessageType, message: String) {
        self.notify::<lsp_types::notification::LogMessage>(LogMessageParams { typ, message });
    }

    fn ask<R: lsp_types::request::Request>(&mut self, params: R::Params) -> RequestId {
        self.next_request += 1;
        let id = RequestId::from(format!("spotter-{}", self.next_request));
        self.send(Request::new(id.clone(), R::METHOD.to_string(), params));
        id
    }

    fn handle(&mut self, message: Incoming) -> Option<Ended> {
        match message {
            Incoming::Message(Message::Request(request)) => self.request(request),
            Incoming::Message(Message::Notification(notification)) => {
                return self.notification(notification);
            }
            Incoming::Message(Message::Response(response)) => self.response(&response),
            Incoming::Malformed {
                id: Some(id),
                code,
                reason,
            } => self.send(Response::new_err(id, code, reason)),
            Incoming::Malformed {
                id: None, reason, ..
            } => self.log(
                MessageType::ERROR,
                format!("spotter: a message from the client was dropped: {reason}"),
            ),
            Incoming::Skipped { bytes, reason } => self.log(
                MessageType::ERROR,
                format!("spotter: skipped {bytes} bytes from the client ({reason})"),
            ),
        }
        None
    }

    // ---- requests ----

    fn request(&mut self, request: Request) {
        use lsp_types::request as r;
        let id = request.id.clone();
        if self.shutting_down {
            self.error(id, ErrorCode::InvalidRequest, "the server is shutting down");
            return;
        }
        match request.method.as_str() {
            r::Initialize::METHOD => self.error(
                id,
                ErrorCode::InvalidRequest,
                "the server is already initialized",
            ),
            r::Shutdown::METHOD => {
                self.shutting_down = true;
                for (parked, _) in std::mem::take(&mut self.parked_workspace) {
                    self.send(Response::new_err(
                        parked,
                        REQUEST_CANCELLED,
                        "the server is shutting down".to_string(),
                    ));
                }
                self.send(Response::new_ok(id, ()));
            }
            r::HoverRequest::METHOD => self.on_document::<r::HoverRequest>(request),
            r::CodeActionRequest::METHOD => self.on_document::<r::CodeActionRequest>(request),
            r::DocumentDiagnosticRequest::METHOD => {
                self.on_document::<r::DocumentDiagnosticRequest>(request);
            }
            r::WorkspaceDiagnosticRequest::METHOD => self.workspace_diagnostic(request),
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

    /// Every request about a document: answered on a worker from its
    /// snapshot, once the document's newest version is checked.
    fn on_document<R: OnDocument>(&mut self, request: Request)
    where
        R::Params: DeserializeOwned + Send + 'static,
        R::Result: Serialize,
    {
        let params = match serde_json::from_value::<R::Params>(request.params.clone()) {
            Ok(params) => params,
            Err(e) => {
                self.error(request.id, ErrorCode::InvalidParams, &e.to_string());
                return;
            }
        };
        let key = R::uri(&params).as_str().to_string();
        if let Some(doc) = self.docs.get_mut(&key)
            && !doc.fresh()
        {
            // Checked first, without waiting out the debounce.
            if doc.running.is_none() {
                doc.due = Some(Instant::now());
            }
            doc.parked.push(request);
            return;
        }
        let snapshot = self.snapshot(&key);
        self.answer(request.id, move || R::run(snapshot.as_ref(), params));
    }

    /// Runs `task` on an answering thread and sends what it returns as the
    /// response to `id` (an internal error if it panics).
    fn answer<T: Serialize>(&self, id: RequestId, task: impl FnOnce() -> T + Send + 'static) {
        let out = self.out.clone();
        self.answers.spawn(move || {
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(task))
                .ok()
                .and_then(|result| serde_json::to_value(result).ok());
            let response = match result {
                Some(result) => Response {
                    id,
                    response_result: Ok(result),
                },
                None => Response::new_err(
                    id,
                    ErrorCode::InternalError as i32,
                    "spotter failed to answer this request; please report it".to_string(),
                ),
            };
            let _ = out.send(response.into());
        });
    }

    fn places(&self) -> Places {
        Places {
            root: self.root.clone(),
            disk: Arc::clone(&self.disk),
            open: self
                .docs
                .values()
                .filter_map(|d| {
                    let checked = d.checked.as_ref()?;
                    Some((
                        d.display.clone(),
                        (d.uri.clone(), Arc::clone(&checked.source)),
                    ))
                })
                .collect(),
        }
    }

    fn snapshot(&self, key: &str) -> Option<Snapshot> {
        let doc = self.docs.get(key)?;
        let checked = doc.checked.as_ref()?;
        Some(Snapshot {
            uri: doc.uri.clone(),
            display: doc.display.clone(),
            source: Arc::clone(&checked.source),
            diagnostics: Arc::clone(&checked.diagnostics),
            settings: Arc::clone(&checked.settings),
            encoding: self.encoding,
            places: self.places(),
        })
    }

    fn workspace_diagnostic(&mut self, request: Request) {
        let params = match serde_json::from_value::<WorkspaceDiagnosticParams>(request.params) {
            Ok(params) => params,
            Err(e) => {
                self.error(request.id, ErrorCode::InvalidParams, &e.to_string());
                return;
            }
        };
        // A client that has every result asks again at once: it waits
        // until something changes.
        let nothing_new = self.workspace_answered == Some(self.index.generation)
            && !params.previous_result_ids.is_empty();
        if nothing_new {
            self.parked_workspace.push((request.id, params));
            return;
        }
        self.workspace_answered = Some(self.index.generation);
        let snapshot = WorkspaceSnapshot {
            on_disk: self.index.on_disk(),
            corpus: self.index.snapshot(),
            configs: Arc::clone(&self.configs),
            open: self
                .docs
                .keys()
                .filter_map(|key| {
                    let doc = self.docs.get(key)?;
                    Some((self.snapshot(key)?, doc.checked.as_ref()?.version))
                })
                .collect(),
            places: self.places(),
            encoding: self.encoding,
        };
        self.answer(request.id, move || {
            requests::workspace_diagnostics(&snapshot, &params)
        });
    }

    /// The corpus changed: pulled diagnostics may have too.
    fn corpus_changed(&mut self) {
        if !self.pull {
            return;
        }
        for (id, params) in std::mem::take(&mut self.parked_workspace) {
            self.workspace_diagnostic(Request {
                id,
                method: lsp_types::request::WorkspaceDiagnosticRequest::METHOD.to_string(),
                params: serde_json::to_value(params).unwrap_or_default(),
            });
        }
        self.ask::<lsp_types::request::WorkspaceDiagnosticRefresh>(());
    }

    fn response(&mut self, response: &Response) {
        // Answers to our own requests: only the progress token waits for one.
        if self.progress.asked.as_ref() == Some(&response.id) {
            self.progress.asked = None;
            if response.response_result.is_ok() {
                self.begin_progress();
            }
        }
    }

    // ---- notifications ----

    fn notification(&mut self, notification: Notification) -> Option<Ended> {
        use lsp_types::notification as n;
        let method = notification.method.clone();
        let params = notification.params;
        match method.as_str() {
            n::Exit::METHOD => return Some(Ended::Exit),
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
            n::Cancel::METHOD => {
                if let Ok(p) = serde_json::from_value::<lsp_types::CancelParams>(params) {
                    self.cancel(p.id);
                }
            }
            // `$/setTrace` and anything else.
            _ => {}
        }
        None
    }

    /// A request still waiting (for a check, or for a change) is answered
    /// as cancelled; one already running is answered as it would be.
    fn cancel(&mut self, id: NumberOrString) {
        let id = match id {
            NumberOrString::Number(n) => RequestId::from(n),
            NumberOrString::String(s) => RequestId::from(s),
        };
        let mut cancelled = false;
        for doc in self.docs.values_mut() {
            let before = doc.parked.len();
            doc.parked.retain(|r| r.id != id);
            cancelled |= doc.parked.len() != before;
        }
        let before = self.parked_workspace.len();
        self.parked_workspace.retain(|(r, _)| *r != id);
        cancelled |= self.parked_workspace.len() != before;
        if cancelled {
            self.send(Response::new_err(
                id,
                REQUEST_CANCELLED,
                "cancelled".to_string(),
            ));
        }
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
        self.ask::<lsp_types::request::RegisterCapability>(params);
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
        let report = self.progress_reporter();
        let spawned = std::thread::Builder::new()
            .name("spotter-index".to_string())
            .stack_size(workspace::WORKER_STACK_BYTES)
            .spawn(move || {
                let started = Instant::now();
                let reports = workspace::build_index(&root, &configs, &report);
                let _ = tx.send(Indexed {
                    generation,
                    reports,
                    took: started.elapsed(),
                });
            });
        if let Err(e) = spawned {
            self.log(
                MessageType::ERROR,
                format!("spotter: cannot start indexing: {e}"),
            );
        }
    }

    /// Asks the client for a progress token, and returns what the index
    /// thread calls after each guide: a `$/progress` report every twentieth
    /// of the way, once the client has accepted the token.
    fn progress_reporter(&mut self) -> impl Fn(usize, usize) + Send + Sync + 'static {
        // An index started again ends the progress of the one it replaces.
        if self.progress.begun.load(Ordering::Acquire) {
            self.end_progress("indexing again".to_string());
        }
        let begun = Arc::new(AtomicBool::new(false));
        self.progress.begun = Arc::clone(&begun);
        self.progress.done = None;
        self.progress.token = None;
        if self.progress.supported {
            let token = NumberOrString::String(format!("spotter-index-{}", self.generation));
            self.progress.token = Some(token.clone());
            self.progress.asked = Some(self.ask::<lsp_types::request::WorkDoneProgressCreate>(
                WorkDoneProgressCreateParams { token },
            ));
        }
        let token = self.progress.token.clone();
        let out = self.out.clone();
        move |done: usize, total: usize| {
            let step = (total / 20).max(1);
            let Some(token) = &token else { return };
            if !begun.load(Ordering::Acquire) || (!done.is_multiple_of(step) && done != total) {
                return;
            }
            let percentage = u32::try_from(done * 100 / total.max(1)).unwrap_or(100);
            let report = WorkDoneProgress::Report(WorkDoneProgressReport {
                cancellable: Some(false),
                message: Some(format!("{done}/{total} guides")),
                percentage: Some(percentage),
            });
            let _ = out.send(progress(token.clone(), report));
        }
    }

    fn begin_progress(&mut self) {
        let Some(token) = self.progress.token.clone() else {
            return;
        };
        self.send(progress(
            token.clone(),
            WorkDoneProgress::Begin(WorkDoneProgressBegin {
                title: "spotter: indexing guides".to_string(),
                cancellable: Some(false),
                message: None,
                percentage: Some(0),
            }),
        ));
        self.progress.begun.store(true, Ordering::Release);
        if let Some(message) = self.progress.done.take() {
            self.end_progress(message);
        }
    }

    fn end_progress(&mut self, message: String) {
        if !self.progress.begun.load(Ordering::Acquire) {
            // The client has not accepted the token yet: ended once it does.
            self.progress.done = Some(message);
            return;
        }
        let Some(token) = self.progress.token.take() else {
            return;
        };
        self.send(progress(
            token,
            WorkDoneProgress::End(WorkDoneProgressEnd {
                message: Some(message),
            }),
        ));
    }

    fn indexed(&mut self, done: Indexed) {
        if done.generation != self.generation {
            return;
        }
        let count = done.reports.iter().filter(|r| r.digest.is_some()).count();
        self.index.replace_all(done.reports);
        self.forget_disk(None);
        // An open document's text stands for its file.
        let keys: Vec<String> = self.docs.keys().cloned().collect();
        for key in &keys {
            let Some(checked) = self.docs.get(key).and_then(|d| d.checked.as_ref()) else {
                continue;
            };
            let digest = checked
                .in_corpus
                .then(|| checked.report.digest.clone())
                .flatten();
            let display = self.docs.get(key).map(|d| d.display.clone());
            if let Some(display) = display {
                self.index.set(&display, digest);
            }
        }
        self.refinish_all(None);
        self.corpus_changed();
        self.publish_config_problems();
        let message = format!(
            "spotter: indexed {count} guides in {} ms",
            done.took.as_millis()
        );
        self.end_progress(format!("indexed {count} guides"));
        self.log(MessageType::INFO, message);
    }

    /// Reads a file from disk again into the index (it changed, or its
    /// document was closed).
    fn reindex_file(&mut self, path: &Path) {
        let display = workspace::display_of(self.root.as_deref(), path);
        let settings = self.configs.for_file(Some(path), self.root.as_deref());
        let in_corpus = self.root.as_ref().is_some_and(|r| path.starts_with(r))
            && path.is_file()
            && settings.selects(path);
        let report = in_corpus.then(|| {
            let input = crate::setup::discover::Input {
                display: display.clone(),
                path: path.to_path_buf(),
            };
            pipeline::check_path(&input, &settings.options)
        });
        self.index.set_on_disk(&display, report);
        self.forget_disk(Some(&display));
    }

    /// Drops the text read from disk of `display` (none: of every file).
    fn forget_disk(&self, display: Option<&str>) {
        let mut disk = self.disk.lock().unwrap_or_else(PoisonError::into_inner);
        match display {
            Some(display) => {
                disk.remove(display);
            }
            None => disk.clear(),
        }
    }

    // ---- documents ----

    fn open(&mut self, params: DidOpenTextDocumentParams) {
        let doc = params.text_document;
        let key = doc.uri.as_str().to_string();
        let path = convert::path_of(&doc.uri).and_then(|p| crate::files::paths::absolute(&p));
        let display = match &path {
            Some(path) => workspace::display_of(self.root.as_deref(), path),
            None => doc.uri.as_str().to_string(),
        };
        let now = Instant::now();
        self.docs.insert(
            key,
            Document {
                uri: doc.uri,
                version: doc.version,
                text: Arc::new(doc.text),
                path,
                display,
                due: Some(now),
                quiet_from: now,
                running: None,
                checked: None,
                parked: Vec::new(),
            },
        );
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
        let text = Arc::make_mut(&mut doc.text);
        for change in params.content_changes {
            match change.range {
                None => *text = change.text,
                Some(range) => {
                    let source = SourceText::new(std::mem::take(text));
                    let span = convert::byte_span(&source, range, encoding);
                    let mut edited = source.text().to_string();
                    edited.replace_range(span, &change.text);
                    *text = edited;
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
        let is_config = convert::path_of(uri).is_some_and(|p| {
            p.file_name()
                .is_some_and(|n| n == crate::setup::config::FILE_NAME)
        });
        if is_config {
            self.reload_configs();
            return;
        }
        // Saving settles the text: check it now.
        if let Some(doc) = self.docs.get_mut(uri.as_str()) {
            doc.due = Some(Instant::now());
        }
    }

    fn close(&mut self, uri: &Uri) {
        let Some(doc) = self.docs.remove(uri.as_str()) else {
            return;
        };
        // Answered as for any document that is not open.
        for request in doc.parked {
            self.request(request);
        }
        match &doc.path {
            Some(path) => self.reindex_file(path),
            None => {
                self.index.set(&doc.display, None);
            }
        }
        if !self.pull {
            self.notify::<lsp_types::notification::PublishDiagnostics>(PublishDiagnosticsParams {
                uri: doc.uri,
                diagnostics: Vec::new(),
                version: None,
            });
        }
        self.refinish_all(None);
        self.corpus_changed();
    }

    fn files_changed(&mut self, params: DidChangeWatchedFilesParams) {
        let mut configs_changed = false;
        for change in params.changes {
            let Some(path) =
                convert::path_of(&change.uri).and_then(|p| crate::files::paths::absolute(&p))
            else {
                continue;
            };
            if path
                .file_name()
                .is_some_and(|n| n == crate::setup::config::FILE_NAME)
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
                self.index.set_on_disk(&display, None);
                self.forget_disk(Some(&display));
            } else {
                self.reindex_file(&path);
            }
        }
        if configs_changed {
            self.reload_configs();
        } else {
            self.refinish_all(None);
            self.corpus_changed();
        }
    }

    /// A config changed: read every config again, index again, and check
    /// the open documents now with what is indexed so far.
    fn reload_configs(&mut self) {
        self.configs = Arc::new(Configs::default());
        self.start_index();
        let now = Instant::now();
        for doc in self.docs.values_mut() {
            doc.due = Some(now);
        }
        self.publish_config_problems();
    }

    // ---- checks ----

    fn check_due(&mut self) {
        let now = Instant::now();
        let due: Vec<String> = self
            .docs
            .iter()
            .filter(|(_, d)| d.running.is_none() && d.due.is_some_and(|due| due <= now))
            .map(|(k, _)| k.clone())
            .collect();
        for key in &due {
            self.start_check(key);
        }
    }

    /// Checks the document's text as it is now on a worker; the loop hears
    /// back in [`Self::check_done`].
    fn start_check(&mut self, key: &str) {
        let root = self.root.clone();
        let configs = Arc::clone(&self.configs);
        let tx = self.checked_tx.clone();
        let Some(doc) = self.docs.get_mut(key) else {
            return;
        };
        doc.due = None;
        doc.running = Some(doc.version);
        doc.quiet_from = Instant::now() + self.debounce;
        let settings = configs.for_file(doc.path.as_deref(), root.as_deref());
        // A file its config leaves out (`exclude`, or not in `include`) is
        // not checked, as `spotter check` on the folder would not.
        let left_out = doc.path.as_deref().is_some_and(|p| settings.leaves_out(p));
        let in_corpus = !left_out
            && doc.path.as_deref().is_some_and(|p| {
                root.as_ref().is_some_and(|r| p.starts_with(r)) && settings.selects(p)
            });
        let key = key.to_string();
        let version = doc.version;
        let text = Arc::clone(&doc.text);
        let text_len = text.len();
        let display = doc.display.clone();
        let check = move || {
            // The pipeline never panics on any input (fuzzed); if it ever
            // did, the document gets no findings and the server goes on.
            let report = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                if left_out {
                    return FileReport::default();
                }
                pipeline::check_text(&display, (*text).clone(), &settings.options)
            }));
            let panicked = report.is_err();
            let _ = tx.send(CheckDone {
                key,
                version,
                report: report.unwrap_or_default(),
                source: Arc::new(SourceText::new((*text).clone())),
                settings,
                in_corpus,
                left_out,
                panicked,
            });
        };
        // A small guide is checked in about as long as waking a worker and
        // hearing back from it takes (7 ms against 3 ms at p50 for a
        // 10-exercise guide, on a loaded machine): it is checked here.
        if text_len <= INLINE_CHECK_BYTES {
            check();
        } else {
            self.checks.spawn(check);
        }
    }

    fn check_done(&mut self, done: CheckDone) {
        let Some(doc) = self.docs.get_mut(&done.key) else {
            return;
        };
        if doc.running == Some(done.version) {
            doc.running = None;
        }
        if done.version != doc.version {
            // An edit came while it ran: the newer version's check replaces it.
            if doc.due.is_none() {
                doc.due = Some(Instant::now());
            }
            return;
        }
        if done.panicked {
            let key = done.key.clone();
            self.log(
                MessageType::ERROR,
                format!("spotter: internal error while checking {key}; please report it"),
            );
        }
        let Some(doc) = self.docs.get_mut(&done.key) else {
            return;
        };
        let digest = done.in_corpus.then(|| done.report.digest.clone()).flatten();
        let display = doc.display.clone();
        doc.checked = Some(Checked {
            version: done.version,
            source: done.source,
            report: done.report,
            settings: done.settings,
            in_corpus: done.in_corpus,
            left_out: done.left_out,
            diagnostics: Arc::new(Vec::new()),
        });
        let mut ids = self.index.ids_of(&display);
        ids.extend(digest.iter().flat_map(workspace::ids));
        let corpus_changed = self.index.set(&display, digest);
        self.finish(&done.key, true);
        if corpus_changed {
            self.refinish_sharing(&done.key, &ids);
            self.corpus_changed();
        }
        let parked = self
            .docs
            .get_mut(&done.key)
            .map(|d| std::mem::take(&mut d.parked))
            .unwrap_or_default();
        for request in parked {
            self.request(request);
        }
    }

    /// The findings of every open document checked, but `except`, against
    /// the corpus as it is now; published where they changed.
    fn refinish_all(&mut self, except: Option<&str>) {
        let keys: Vec<String> = self
            .docs
            .keys()
            .filter(|k| Some(k.as_str()) != except)
            .cloned()
            .collect();
        for key in &keys {
            self.finish(key, false);
        }
    }

    /// The findings of the other open documents that share a guide or
    /// exercise id with `ids` (the ids a document had and has): cross-guide
    /// rules relate guides only through them, so no other can change.
    fn refinish_sharing(&mut self, except: &str, ids: &HashSet<String>) {
        let keys: Vec<String> = self
            .docs
            .iter()
            .filter(|(k, d)| {
                k.as_str() != except
                    && d.checked
                        .as_ref()
                        .and_then(|c| c.report.digest.as_ref())
                        .is_some_and(|digest| workspace::ids(digest).any(|id| ids.contains(&id)))
            })
            .map(|(k, _)| k.clone())
            .collect();
        for key in &keys {
            self.finish(key, false);
        }
    }

    /// A checked document's findings in the corpus (its own, the
    /// cross-guide ones that involve it, its suppressions applied);
    /// published when they changed, or always when `publish`.
    fn finish(&mut self, key: &str, publish: bool) {
        let Some(doc) = self.docs.get(key) else {
            return;
        };
        let Some(checked) = &doc.checked else {
            return;
        };
        let rules = &checked.settings.options.rules;
        let corpus = self.index.digests();
        let found = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            if checked.left_out {
                Vec::new()
            } else if checked.in_corpus {
                finish::finish_file(checked.report.clone(), corpus, rules)
            } else {
                // Outside the corpus: checked with its own digest only.
                let own: Vec<_> = checked.report.digest.iter().cloned().collect();
                finish::finish_file(checked.report.clone(), &own, rules)
            }
        }))
        .unwrap_or_default();
        let changed = *checked.diagnostics != found;
        if let Some(checked) = self.docs.get_mut(key).and_then(|d| d.checked.as_mut()) {
            checked.diagnostics = Arc::new(found);
        }
        if publish || changed {
            self.publish(key);
        }
    }

    fn publish(&self, key: &str) {
        if self.pull {
            return;
        }
        let Some(snapshot) = self.snapshot(key) else {
            return;
        };
        let version = self
            .docs
            .get(key)
            .and_then(|d| d.checked.as_ref())
            .map(|c| c.version);
        self.notify::<lsp_types::notification::PublishDiagnostics>(PublishDiagnosticsParams {
            uri: snapshot.uri.clone(),
            diagnostics: snapshot.lsp_diagnostics(),
            version,
        });
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
}

fn progress(token: NumberOrString, value: WorkDoneProgress) -> Message {
    Notification::new(
        lsp_types::notification::Progress::METHOD.to_string(),
        ProgressParams {
            token,
            value: ProgressParamsValue::WorkDone(value),
        },
    )
    .into()
}
