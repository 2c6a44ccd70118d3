//! The requests answered off the loop, each from a snapshot of what it
//! reads, taken on the loop: hover, code actions, and pulled diagnostics.

use super::actions;
use super::convert::{self, Encoding};
use super::diagnostics;
use super::hover;
use super::workspace::{self, Configs, Settings};
use crate::finding::Diagnostic;
use crate::finish;
use crate::finish::FileReport;
use crate::load::source::SourceText;
use crate::pipeline;
use crate::rules::digest::FileDigest;
use lsp_types::request::{
    CodeActionRequest, DocumentDiagnosticRequest, HoverRequest, Request, WorkspaceDiagnosticRequest,
};
use lsp_types::{
    CodeActionKind, CodeActionParams, DocumentDiagnosticParams, DocumentDiagnosticReport,
    DocumentDiagnosticReportResult, FullDocumentDiagnosticReport, HoverParams,
    RelatedFullDocumentDiagnosticReport, RelatedUnchangedDocumentDiagnosticReport,
    UnchangedDocumentDiagnosticReport, Uri, WorkspaceDiagnosticParams, WorkspaceDiagnosticReport,
    WorkspaceDiagnosticReportResult, WorkspaceDocumentDiagnosticReport,
    WorkspaceFullDocumentDiagnosticReport, WorkspaceUnchangedDocumentDiagnosticReport,
};
use std::collections::{BTreeMap, HashMap};
use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};

/// Where the files named in findings are: the open documents' texts, else
/// the files on disk.
#[derive(Clone, Default)]
pub struct Places {
    pub root: Option<PathBuf>,
    /// Display name → URI and text, for every open document checked.
    pub open: HashMap<String, (Uri, Arc<SourceText>)>,
    /// Files read from disk, kept until the index says they changed: a
    /// guide that many others conflict with names each of them in every
    /// publish, and reading them all again each time cost more than its
    /// check.
    pub disk: DiskCache,
}

pub type DiskCache = Arc<Mutex<HashMap<String, (Uri, Arc<SourceText>)>>>;

/// The largest file read from disk to place a related finding in it.
const MAX_RELATED_FILE: u64 = 16 * 1024 * 1024;

impl Places {
    /// The URI and text of a file named in a finding.
    pub fn locate(&self, display: &str) -> Option<(Uri, Arc<SourceText>)> {
        if let Some((uri, source)) = self.open.get(display) {
            return Some((uri.clone(), Arc::clone(source)));
        }
        let cache = |cache: &mut HashMap<String, (Uri, Arc<SourceText>)>| {
            cache
                .get(display)
                .map(|(uri, source)| (uri.clone(), Arc::clone(source)))
        };
        if let Some(found) = cache(&mut self.disk.lock().unwrap_or_else(PoisonError::into_inner)) {
            return Some(found);
        }
        let path = workspace::path_of_display(self.root.as_deref(), display);
        let uri = convert::uri_of(&path)?;
        let text = crate::files::read::read_file(&path, MAX_RELATED_FILE)
            .ok()
            .and_then(|bytes| crate::load::decode(bytes).ok())
            .unwrap_or_default();
        let source = Arc::new(SourceText::new(text));
        self.disk
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(display.to_string(), (uri.clone(), Arc::clone(&source)));
        Some((uri, source))
    }
}

/// An open document as last checked, with what answering about it reads.
pub struct Snapshot {
    pub uri: Uri,
    pub display: String,
    pub source: Arc<SourceText>,
    pub diagnostics: Arc<Vec<Diagnostic>>,
    pub settings: Arc<Settings>,
    pub encoding: Encoding,
    pub places: Places,
}

impl Snapshot {
    pub fn lsp_diagnostics(&self) -> Vec<lsp_types::Diagnostic> {
        lsp_diagnostics(
            &self.diagnostics,
            &self.uri,
            &self.source,
            self.encoding,
            &self.places,
        )
    }
}

pub fn lsp_diagnostics(
    found: &[Diagnostic],
    uri: &Uri,
    source: &SourceText,
    encoding: Encoding,
    places: &Places,
) -> Vec<lsp_types::Diagnostic> {
    let mut locate = |display: &str| places.locate(display);
    found
        .iter()
        .map(|d| diagnostics::to_lsp(d, uri, source, encoding, &mut locate))
        .collect()
}

/// A request about one document, answered from its snapshot (none: the
/// document is not open).
pub trait OnDocument: Request {
    fn uri(params: &Self::Params) -> &Uri;
    fn run(snapshot: Option<&Snapshot>, params: Self::Params) -> Self::Result;
}

impl OnDocument for HoverRequest {
    fn uri(params: &HoverParams) -> &Uri {
        &params.text_document_position_params.text_document.uri
    }

    fn run(snapshot: Option<&Snapshot>, params: HoverParams) -> Option<lsp_types::Hover> {
        let s = snapshot?;
        let at = params.text_document_position_params.position;
        hover::hover(&s.source, &s.diagnostics, at, s.encoding)
    }
}

impl OnDocument for CodeActionRequest {
    fn uri(params: &CodeActionParams) -> &Uri {
        &params.text_document.uri
    }

    fn run(
        snapshot: Option<&Snapshot>,
        params: CodeActionParams,
    ) -> Option<lsp_types::CodeActionResponse> {
        let Some(s) = snapshot else {
            return Some(Vec::new());
        };
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
            return Some(Vec::new());
        }
        let range = convert::byte_span(&s.source, params.range, s.encoding);
        let mut check = |text: String| {
            let report = pipeline::check_text(&s.display, text, &s.settings.options);
            let own: Vec<_> = report.digest.iter().cloned().collect();
            finish::finish_file(report, &own, &s.settings.options.rules)
        };
        let mut locate = |name: &str| s.places.locate(name);
        let mut lsp =
            |d: &Diagnostic| diagnostics::to_lsp(d, &s.uri, &s.source, s.encoding, &mut locate);
        let mut found = Vec::new();
        if quickfix {
            found = actions::code_actions(
                &s.uri,
                &s.source,
                &s.diagnostics,
                &range,
                s.encoding,
                &mut check,
                &mut lsp,
            );
        }
        if fix_all {
            found.extend(actions::fix_all(
                &s.uri,
                &s.source,
                &s.diagnostics,
                s.encoding,
                &mut check,
            ));
        }
        Some(found)
    }
}

impl OnDocument for DocumentDiagnosticRequest {
    fn uri(params: &DocumentDiagnosticParams) -> &Uri {
        &params.text_document.uri
    }

    fn run(
        snapshot: Option<&Snapshot>,
        params: DocumentDiagnosticParams,
    ) -> DocumentDiagnosticReportResult {
        let items = snapshot.map(Snapshot::lsp_diagnostics).unwrap_or_default();
        let id = result_id(&items);
        let report = if params.previous_result_id.as_deref() == Some(id.as_str()) {
            DocumentDiagnosticReport::Unchanged(RelatedUnchangedDocumentDiagnosticReport {
                related_documents: None,
                unchanged_document_diagnostic_report: UnchangedDocumentDiagnosticReport {
                    result_id: id,
                },
            })
        } else {
            DocumentDiagnosticReport::Full(RelatedFullDocumentDiagnosticReport {
                related_documents: None,
                full_document_diagnostic_report: FullDocumentDiagnosticReport {
                    result_id: Some(id),
                    items,
                },
            })
        };
        DocumentDiagnosticReportResult::Report(report)
    }
}

/// Names one set of diagnostics: the same findings, the same id, so a
/// client that sends it back is told "unchanged" and nothing more.
pub fn result_id(items: &[lsp_types::Diagnostic]) -> String {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    serde_json::to_string(items)
        .unwrap_or_default()
        .hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}

/// The whole indexed workspace, for `workspace/diagnostic`.
pub struct WorkspaceSnapshot {
    pub on_disk: Arc<BTreeMap<String, Arc<FileReport>>>,
    pub corpus: Arc<Vec<FileDigest>>,
    pub configs: Arc<Configs>,
    pub open: Vec<(Snapshot, i32)>,
    pub places: Places,
    pub encoding: Encoding,
}

/// Every file's findings: the open documents' as last checked, the others'
/// as indexed, each against the whole corpus; a file whose result id the
/// client already has is reported unchanged.
pub fn workspace_diagnostics(
    s: &WorkspaceSnapshot,
    params: &WorkspaceDiagnosticParams,
) -> <WorkspaceDiagnosticRequest as Request>::Result {
    let previous: HashMap<&str, &str> = params
        .previous_result_ids
        .iter()
        .map(|p| (p.uri.as_str(), p.value.as_str()))
        .collect();
    let mut items = Vec::new();
    let mut report = |uri: Uri, version: Option<i64>, found: Vec<lsp_types::Diagnostic>| {
        let id = result_id(&found);
        let item = if previous.get(uri.as_str()) == Some(&id.as_str()) {
            WorkspaceDocumentDiagnosticReport::Unchanged(
                WorkspaceUnchangedDocumentDiagnosticReport {
                    uri,
                    version,
                    unchanged_document_diagnostic_report: UnchangedDocumentDiagnosticReport {
                        result_id: id,
                    },
                },
            )
        } else {
            WorkspaceDocumentDiagnosticReport::Full(WorkspaceFullDocumentDiagnosticReport {
                uri,
                version,
                full_document_diagnostic_report: FullDocumentDiagnosticReport {
                    result_id: Some(id),
                    items: found,
                },
            })
        };
        items.push(item);
    };
    for (doc, version) in &s.open {
        report(
            doc.uri.clone(),
            Some(i64::from(*version)),
            doc.lsp_diagnostics(),
        );
    }
    for (display, file) in s.on_disk.iter() {
        if s.places.open.contains_key(display) {
            continue;
        }
        let path = workspace::path_of_display(s.places.root.as_deref(), display);
        let settings = s.configs.for_file(Some(&path), s.places.root.as_deref());
        let found = finish::finish_file((**file).clone(), &s.corpus, &settings.options.rules);
        // Only a file with findings is read again, to place them.
        let located = if found.is_empty() {
            convert::uri_of(&path).map(|uri| (uri, Vec::new()))
        } else {
            s.places.locate(display).map(|(uri, source)| {
                let found = lsp_diagnostics(&found, &uri, &source, s.encoding, &s.places);
                (uri, found)
            })
        };
        if let Some((uri, found)) = located {
            report(uri, None, found);
        }
    }
    WorkspaceDiagnosticReportResult::Report(WorkspaceDiagnosticReport { items })
}
