//! Hover on a finding: the rule's docs, as `spotter explain` prints them.

use super::convert::{self, Encoding};
use crate::finding::Diagnostic;
use crate::load::source::SourceText;
use crate::rules;
use lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind, Position};

/// The docs of every rule with a finding at `position`, or none.
pub fn hover(
    source: &SourceText,
    diagnostics: &[Diagnostic],
    position: Position,
    encoding: Encoding,
) -> Option<Hover> {
    let at = convert::offset(source, position, encoding);
    let here: Vec<&Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.span.start <= at && at <= d.span.end)
        .collect();
    let first = here.first()?;
    let mut rules_shown: Vec<&str> = Vec::new();
    let mut parts = Vec::new();
    for d in &here {
        if rules_shown.contains(&d.rule) {
            continue;
        }
        rules_shown.push(d.rule);
        let Some(entry) = rules::find(d.rule) else {
            continue;
        };
        parts.push(rules::explain(entry));
    }
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: parts.join("\n---\n\n"),
        }),
        range: Some(convert::range(source, &first.span, encoding)),
    })
}
