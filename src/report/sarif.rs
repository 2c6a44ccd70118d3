//! `--format sarif`: SARIF 2.1.0 (the OASIS standard that GitHub code
//! scanning and other CI dashboards read), built from `serde-sarif`'s
//! types: one run, a `reportingDescriptor` for every rule of the rule set
//! with its `explain` docs, a result for every finding, suppressed ones
//! included and marked.

use super::{Listed, Reporter, RunFacts, ci_path, listed, range};
use crate::finding::Severity;
use crate::finish::Outcome;
use crate::load::source::Position;
use crate::rules::{self, Level};
use serde_json::{Value, json};
use serde_sarif::sarif::{
    ArtifactLocation, Location, Message, MultiformatMessageString, PhysicalLocation, PropertyBag,
    Region, ReportingConfiguration, ReportingDescriptor, Result as SarifResult, ResultLevel, Run,
    Sarif, Suppression, Tool, ToolComponent,
};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

pub struct SarifReporter;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
/// The key of our fingerprint in `partialFingerprints`.
pub const FINGERPRINT_KEY: &str = "spotter/v1";

fn level(severity: Severity) -> ResultLevel {
    match severity {
        Severity::Error => ResultLevel::Error,
        Severity::Warning => ResultLevel::Warning,
    }
}

/// One rule: its summary, its `spotter explain` docs, and its level in this
/// run (a rule that is off is listed, disabled, so indexes stay stable).
fn descriptor(entry: &rules::RuleEntry, configured: Level) -> ReportingDescriptor {
    let meta = entry.meta;
    let docs = rules::explain(entry);
    let (enabled, severity) = match configured {
        Level::Error => (true, Severity::Error),
        Level::Warning => (true, Severity::Warning),
        Level::Off => (false, meta.severity),
    };
    ReportingDescriptor::builder()
        .id(meta.id)
        // A name that is not the id (SARIF1001), as ruff's and ESLint's are.
        .name(pascal_case(meta.id))
        .short_description(
            MultiformatMessageString::builder()
                .text(meta.summary)
                .build(),
        )
        .full_description(
            MultiformatMessageString::builder()
                .text(docs.as_str())
                .markdown(docs.as_str())
                .build(),
        )
        .help(
            MultiformatMessageString::builder()
                .text(docs.as_str())
                .markdown(docs.as_str())
                .build(),
        )
        .default_configuration(
            ReportingConfiguration::builder()
                .enabled(enabled)
                .level(json!(level(severity)))
                .build(),
        )
        .build()
}

/// `missing-hold-time` → `MissingHoldTime`.
pub fn pascal_case(id: &str) -> String {
    id.split('-')
        .flat_map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase())
                .into_iter()
                .chain(chars)
        })
        .collect()
}

/// The text a SARIF viewer shows for a finding (GitHub shows only
/// `message.text`): the message, then its own help on a line of its own.
fn message_text(message: &str, help: Option<&str>) -> String {
    match help {
        Some(help) => format!("{message}\nhelp: {help}"),
        None => message.to_string(),
    }
}

/// A path as a URI reference: relative paths stay relative (GitHub resolves
/// them against the checkout), absolute ones become `file://` URIs; every
/// byte outside the unreserved characters and `/` is percent-encoded.
pub fn uri(path: &str) -> String {
    let absolute = Path::new(path).is_absolute();
    let mut out = String::with_capacity(path.len() + 8);
    if absolute {
        out.push_str("file://");
        if !path.starts_with('/') {
            out.push('/');
        }
    }
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(char::from(b))
            }
            b':' if absolute => out.push(':'),
            b'\\' if absolute && std::path::MAIN_SEPARATOR == '\\' => out.push('/'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn location(uri: String, position: &Position) -> Location {
    let (start, end) = range(position);
    let region = Region::builder()
        .start_line(start.line as i64)
        .start_column(start.column as i64)
        .end_line(end.line as i64)
        .end_column(end.column as i64)
        .build();
    Location::builder()
        .physical_location(
            PhysicalLocation::builder()
                .artifact_location(ArtifactLocation::builder().uri(uri).build())
                .region(region)
                .build(),
        )
        .build()
}

fn result(
    listed: &Listed<'_>,
    fingerprint: String,
    rule_index: Option<usize>,
    root: &Path,
) -> SarifResult {
    let d = listed.diagnostic;
    let mut result = SarifResult::builder()
        .rule_id(d.rule)
        .level(level(d.severity))
        .message(
            Message::builder()
                .text(message_text(&d.message, d.help.as_deref()))
                .build(),
        )
        .locations(vec![location(uri(&ci_path(&d.file, root)), &d.position)])
        .partial_fingerprints(BTreeMap::from([(FINGERPRINT_KEY.to_string(), fingerprint)]))
        .build();
    result.rule_index = rule_index.map(|i| i as i64);
    if !d.related.is_empty() {
        result.related_locations = Some(
            d.related
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let mut place = location(uri(&ci_path(&r.file, root)), &r.position);
                    place.id = Some(i as i64);
                    place.message = Some(Message::builder().text(r.message.as_str()).build());
                    place
                })
                .collect(),
        );
    }
    if let Some(reason) = listed.suppressed {
        result.suppressions = Some(vec![
            Suppression::builder()
                .kind(json!("inSource"))
                .justification(reason)
                .build(),
        ]);
    }
    let mut properties = BTreeMap::new();
    for (key, value) in [
        ("guide", &d.guide),
        ("exercise", &d.exercise),
        ("help", &d.help),
    ] {
        if let Some(value) = value {
            properties.insert(key.to_string(), Value::String(value.clone()));
        }
    }
    if !properties.is_empty() {
        result.properties = Some(
            PropertyBag::builder()
                .additional_properties(properties)
                .build(),
        );
    }
    result
}

impl Reporter for SarifReporter {
    fn render(&self, outcome: &Outcome, facts: &RunFacts<'_>) -> Result<String, String> {
        let descriptors: Vec<ReportingDescriptor> = facts
            .rules
            .levels()
            .map(|(entry, configured)| descriptor(entry, configured))
            .collect();
        let index: HashMap<&str, usize> = facts
            .rules
            .levels()
            .enumerate()
            .map(|(i, (entry, _))| (entry.meta.id, i))
            .collect();
        let all = listed(outcome);
        let prints =
            crate::finish::baseline::fingerprints(all.iter().map(|l| l.diagnostic), &facts.root);
        let results: Vec<SarifResult> = all
            .iter()
            .zip(prints)
            .map(|(l, print)| result(l, print, index.get(l.diagnostic.rule).copied(), &facts.root))
            .collect();
        let version = env!("CARGO_PKG_VERSION");
        let driver = ToolComponent::builder()
            .name("spotter")
            .version(version)
            .semantic_version(version)
            .rules(descriptors)
            .build();
        let run = Run::builder()
            .tool(Tool::builder().driver(driver).build())
            .results(results)
            // Our columns count characters; SARIF's default is UTF-16 units.
            .column_kind(json!("unicodeCodePoints"))
            .build();
        let sarif = Sarif::builder()
            .schema(SCHEMA)
            .version(json!("2.1.0"))
            .runs(vec![run])
            .build();
        let mut out = serde_json::to_string_pretty(&sarif)
            .map_err(|e| format!("cannot write the SARIF report: {e}"))?;
        out.push('\n');
        Ok(out)
    }
}
