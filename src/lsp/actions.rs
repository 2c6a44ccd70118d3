//! Quick fixes: [`crate::fix`]'s fixes for the findings in the asked
//! range, as code actions that edit the document.

use super::convert::{self, Encoding};
use crate::diagnostic::Diagnostic;
use crate::fix::{self, Fix};
use crate::source::{SourceText, Span};
use lsp_types::{CodeAction, CodeActionKind, CodeActionOrCommand, TextEdit, Uri, WorkspaceEdit};
use std::collections::HashMap;

/// The fixes for every finding that touches `range`, each checked with
/// `check` (the findings of a text, as the document is checked), in the
/// order of the findings. `lsp` turns a finding into the diagnostic the
/// client was sent, so the action names it.
pub fn code_actions(
    uri: &Uri,
    source: &SourceText,
    diagnostics: &[Diagnostic],
    range: &Span,
    encoding: Encoding,
    check: &mut dyn FnMut(String) -> Vec<Diagnostic>,
    lsp: &mut dyn FnMut(&Diagnostic) -> lsp_types::Diagnostic,
) -> Vec<CodeActionOrCommand> {
    let mut actions = Vec::new();
    for d in diagnostics.iter().filter(|d| touches(&d.span, range)) {
        let candidates = fix::candidates(source, d);
        for found in fix::verified(source, d, candidates, &mut *check) {
            actions.push(CodeActionOrCommand::CodeAction(action(
                uri,
                source,
                &found,
                encoding,
                lsp(d),
            )));
        }
    }
    actions
}

/// Whether a finding at `span` is in the asked `range` (a cursor is an
/// empty range; it touches a finding it is on or at the end of).
fn touches(span: &Span, range: &Span) -> bool {
    span.start <= range.end && range.start <= span.end
}

fn action(
    uri: &Uri,
    source: &SourceText,
    found: &Fix,
    encoding: Encoding,
    diagnostic: lsp_types::Diagnostic,
) -> CodeAction {
    let edits = found
        .edits
        .iter()
        .map(|edit| TextEdit {
            range: convert::range(source, &edit.span, encoding),
            new_text: edit.text.clone(),
        })
        .collect();
    CodeAction {
        title: found.title.clone(),
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![diagnostic]),
        edit: Some(WorkspaceEdit {
            changes: Some(HashMap::from([(uri.clone(), edits)])),
            ..WorkspaceEdit::default()
        }),
        command: None,
        is_preferred: Some(found.preferred),
        disabled: None,
        data: None,
    }
}
