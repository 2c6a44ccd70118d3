//! Quick fixes: [`crate::fix`]'s fixes for the findings in the asked
//! range, as code actions that edit the document; and "fix all safe", the
//! fixes `spotter check --fix` makes, as one source action.

use super::convert::{self, Encoding};
use crate::finding::{Diagnostic, Safety};
use crate::fix::{self, Fix};
use crate::load::source::{SourceText, Span};
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

/// The kind of the "fix all safe" action: `source.fixAll.spotter`, which
/// an editor's `codeActionsOnSave` can name.
pub fn fix_all_kind() -> CodeActionKind {
    CodeActionKind::new("source.fixAll.spotter")
}

/// Every safe fix, as `spotter check --fix` makes them, as one action that
/// rewrites the changed part; none when no finding of `diagnostics` (the
/// document's) has one, so a cursor move costs no checking.
pub fn fix_all(
    uri: &Uri,
    source: &SourceText,
    diagnostics: &[Diagnostic],
    encoding: Encoding,
    check: &mut dyn FnMut(String) -> Vec<Diagnostic>,
) -> Option<CodeActionOrCommand> {
    if !diagnostics.iter().any(|d| fix::may_fix(d, Safety::Safe)) {
        return None;
    }
    let fixed = fix::fix_text(source.text(), Safety::Safe, check);
    if fixed.fixes == 0 || fixed.text == source.text() {
        return None;
    }
    let (span, new_text) = changed_part(source.text(), &fixed.text);
    let edit = TextEdit {
        range: convert::range(source, &span, encoding),
        new_text: new_text.to_string(),
    };
    Some(CodeActionOrCommand::CodeAction(CodeAction {
        title: format!("Fix all safe ({} fixes)", fixed.fixes),
        kind: Some(fix_all_kind()),
        edit: Some(WorkspaceEdit {
            changes: Some(HashMap::from([(uri.clone(), vec![edit])])),
            ..WorkspaceEdit::default()
        }),
        ..CodeAction::default()
    }))
}

/// The bytes of `old` that differ from `new` (all but their common start
/// and end, cut at character boundaries) and what `new` has there.
fn changed_part<'a>(old: &str, new: &'a str) -> (Span, &'a str) {
    let start = old
        .char_indices()
        .zip(new.chars())
        .find(|((_, a), b)| a != b)
        .map_or(old.len().min(new.len()), |((i, _), _)| i);
    let tail = old
        .get(start..)
        .unwrap_or_default()
        .chars()
        .rev()
        .zip(new.get(start..).unwrap_or_default().chars().rev())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .sum::<usize>();
    let span = start..old.len() - tail;
    (span, new.get(start..new.len() - tail).unwrap_or_default())
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
