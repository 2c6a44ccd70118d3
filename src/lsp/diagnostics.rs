//! spotter's diagnostics → LSP diagnostics.

use super::convert::{self, Encoding};
use crate::finding::{Diagnostic, Severity};
use crate::load::source::SourceText;
use lsp_types::{DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString, Uri};

pub const SOURCE: &str = "spotter";

/// Where a related place in another file is: its URI and text.
pub type Locate<'a> = dyn FnMut(&str) -> Option<(Uri, std::sync::Arc<SourceText>)> + 'a;

/// One diagnostic of the document `uri`, whose text is `source`. The help
/// is the message's second line, so editors that show only the message
/// show it too.
pub fn to_lsp(
    d: &Diagnostic,
    uri: &Uri,
    source: &SourceText,
    encoding: Encoding,
    locate: &mut Locate<'_>,
) -> lsp_types::Diagnostic {
    let related: Vec<DiagnosticRelatedInformation> = d
        .related
        .iter()
        .filter_map(|r| {
            let (uri, range) = if r.file == d.file {
                (uri.clone(), convert::range(source, &r.span, encoding))
            } else {
                let (uri, other) = locate(&r.file)?;
                let range = convert::range(&other, &r.span, encoding);
                (uri, range)
            };
            Some(DiagnosticRelatedInformation {
                location: Location { uri, range },
                message: r.message.clone(),
            })
        })
        .collect();
    let message = match &d.help {
        Some(help) => format!("{}\nhelp: {help}", d.message),
        None => d.message.clone(),
    };
    lsp_types::Diagnostic {
        range: convert::range(source, &d.span, encoding),
        severity: Some(match d.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
        }),
        code: Some(NumberOrString::String(d.rule.to_string())),
        code_description: None,
        source: Some(SOURCE.to_string()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: None,
    }
}
