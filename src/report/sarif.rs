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
    let docs_text = || MultiformatMessageString {
        text: docs.clone(),
        markdown: Some(docs.clone()),
        ..Default::default()
    };
    ReportingDescriptor {
        id: meta.id.to_string(),
        // A name that is not the id (SARIF1001), as ruff's and ESLint's are.
        name: Some(pascal_case(meta.id)),
        short_description: Some(MultiformatMessageString {
            text: meta.summary.to_string(),
            ..Default::default()
        }),
        full_description: Some(docs_text()),
        help: Some(docs_text()),
        default_configuration: Some(ReportingConfiguration {
            enabled: Some(enabled),
            level: Some(json!(level(severity))),
            ..Default::default()
        }),
        ..Default::default()
    }
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
    let region = Region {
        start_line: Some(start.line as i64),
        start_column: Some(start.column as i64),
        end_line: Some(end.line as i64),
        end_column: Some(end.column as i64),
        ..Default::default()
    };
    Location {
        physical_location: Some(PhysicalLocation {
            artifact_location: Some(ArtifactLocation {
                uri: Some(uri),
                ..Default::default()
            }),
            region: Some(region),
            ..Default::default()
        }),
        ..Default::default()
    }
}

fn result(
    listed: &Listed<'_>,
    fingerprint: String,
    rule_index: Option<usize>,
    root: &Path,
) -> SarifResult {
    let d = listed.diagnostic;
    let mut result = SarifResult {
        rule_id: Some(d.rule.to_string()),
        rule_index: rule_index.map(|i| i as i64),
        level: Some(level(d.severity)),
        message: Message {
            text: Some(message_text(&d.message, d.help.as_deref())),
            ..Default::default()
        },
        locations: Some(vec![location(uri(&ci_path(&d.file, root)), &d.position)]),
        partial_fingerprints: Some(BTreeMap::from([(FINGERPRINT_KEY.to_string(), fingerprint)])),
        ..Default::default()
    };
    if !d.related.is_empty() {
        result.related_locations = Some(
            d.related
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let mut place = location(uri(&ci_path(&r.file, root)), &r.position);
                    place.id = Some(i as i64);
                    place.message = Some(Message::from(r.message.as_str()));
                    place
                })
                .collect(),
        );
    }
    if let Some(reason) = listed.suppressed {
        result.suppressions = Some(vec![Suppression {
            kind: json!("inSource"),
            justification: Some(reason.to_string()),
            ..Default::default()
        }]);
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
        result.properties = Some(PropertyBag {
            additional_properties: properties,
            ..Default::default()
        });
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
        let driver = ToolComponent {
            name: "spotter".to_string(),
            version: Some(version.to_string()),
            semantic_version: Some(version.to_string()),
            rules: Some(descriptors),
            ..Default::default()
        };
        let run = Run {
            tool: Tool::from(driver),
            results: Some(results),
            // Our columns count characters; SARIF's default is UTF-16 units.
            column_kind: Some(json!("unicodeCodePoints")),
            ..Default::default()
        };
        let sarif = Sarif {
            schema: Some(SCHEMA.to_string()),
            version: json!("2.1.0"),
            runs: vec![run],
            ..Default::default()
        };
        let mut out = serde_json::to_string_pretty(&sarif)
            .map_err(|e| format!("cannot write the SARIF report: {e}"))?;
        out.push('\n');
        Ok(out)
    }
}
