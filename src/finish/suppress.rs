//! Suppression comments: `# spotter: allow RULE[, RULE...] -- REASON` on the
//! line above a node, or at the end of the line the node starts on, allows
//! those rules in that node and everything inside it.
//!
//! The YAML parser drops comments, so they are found here in one pass over
//! the text; a `#` inside a scalar (quoted, or a block scalar's body) is
//! text, not a comment, which the tree's scalar spans tell. Files with no
//! `spotter:` after a `#` skip everything but a `memmem` search.

use crate::finding::{Finding, Place, Target};
use crate::load::source::{SourceText, Span};
use crate::load::tree::{Node, Value};
use crate::rules;
use crate::validate::suggest;

/// One suppression comment that can be applied.
#[derive(Debug, Clone, PartialEq)]
pub struct Suppression {
    /// The bytes of the node the comment is on, everything inside included.
    pub scope: Span,
    pub reason: String,
    pub rules: Vec<AllowedRule>,
}

/// A rule named in a suppression, where its name is, and whether it
/// suppressed anything yet.
#[derive(Debug, Clone, PartialEq)]
pub struct AllowedRule {
    pub id: &'static str,
    pub place: Place,
    pub used: bool,
}

impl Suppression {
    /// Whether this suppression allows `rule` for a finding starting at
    /// `offset`, without marking anything used.
    pub fn covers(&self, rule: &str, offset: usize) -> bool {
        self.in_scope(offset) && self.rules.iter().any(|r| r.id == rule)
    }

    pub fn mark_used(&mut self, rule: &str) {
        for allowed in self.rules.iter_mut().filter(|r| r.id == rule) {
            allowed.used = true;
        }
    }

    fn in_scope(&self, offset: usize) -> bool {
        self.scope.start <= offset && offset < self.scope.end.max(self.scope.start + 1)
    }
}

/// What the comments of one file say.
#[derive(Debug, Default)]
pub struct Scan {
    pub suppressions: Vec<Suppression>,
    /// Comments that cannot be applied, as `invalid-suppression` problems.
    pub invalid: Vec<Finding>,
}

const MARKER: &[u8] = b"spotter:";

/// Every suppression comment in a file that parsed into `root`.
pub fn scan(source: &SourceText, root: &Node) -> Scan {
    let text = source.text();
    let bytes = text.as_bytes();
    let mut scan = Scan::default();
    let mut layout: Option<Layout> = None;
    // Each `#` that starts a comment whose text starts with the marker:
    // a guide holds few `#`, so one search for that byte costs less than
    // searching the whole text for the marker (which has to follow one).
    for (hash, at) in memchr::memchr_iter(b'#', bytes).filter_map(|hash| marked(bytes, hash)) {
        let layout = layout.get_or_insert_with(|| Layout::of(root, text));
        if layout.in_scalar(hash) {
            continue;
        }
        let line = source.line_of(hash);
        let line_end = source.line_end(line);
        let body_start = at + MARKER.len();
        let body = text.get(body_start..line_end).unwrap_or_default();
        let comment = hash..line_end;
        match parse(body, body_start, source) {
            Err(problem) => scan.invalid.push(*problem),
            Ok(parsed) => {
                scan.invalid.extend(parsed.unknown);
                if parsed.rules.is_empty() {
                    continue;
                }
                match scope(source, layout, hash, line) {
                    Ok(scope) => scan.suppressions.push(Suppression {
                        scope,
                        reason: parsed.reason,
                        rules: parsed.rules,
                    }),
                    Err(why) => scan.invalid.push(
                        Finding::at(Target::Span(comment), why)
                            .help("put the comment on the line above the node, or at the end of the line the node starts on"),
                    ),
                }
            }
        }
    }
    scan
}

/// The `#` at `hash` and where [`MARKER`] starts after it, if that `#`
/// starts a comment and the marker is its first word (after spaces or
/// tabs).
fn marked(bytes: &[u8], hash: usize) -> Option<(usize, usize)> {
    // YAML: a `#` starts a comment only at a line start or after whitespace.
    match hash.checked_sub(1).and_then(|p| bytes.get(p)) {
        None | Some(b' ' | b'\t' | b'\n' | b'\r') => {}
        _ => return None,
    }
    let rest = bytes.get(hash + 1..)?;
    let spaces = rest
        .iter()
        .take_while(|&&b| matches!(b, b' ' | b'\t'))
        .count();
    let at = hash + 1 + spaces;
    bytes.get(at..)?.starts_with(MARKER).then_some((hash, at))
}

struct Parsed {
    rules: Vec<AllowedRule>,
    reason: String,
    unknown: Vec<Finding>,
}

/// `allow RULE[, RULE...] -- REASON`, the text after `spotter:` that starts
/// at byte `start`.
fn parse(body: &str, start: usize, source: &SourceText) -> Result<Parsed, Box<Finding>> {
    let whole = start..start + body.len();
    let usage = "write `# spotter: allow RULE[, RULE...] -- REASON`";
    let trimmed = body.trim_start();
    let Some(after_allow) = trimmed.strip_prefix("allow").filter(|rest| {
        rest.is_empty() || rest.starts_with(char::is_whitespace) || rest.starts_with("--")
    }) else {
        let word = trimmed.split_whitespace().next().unwrap_or("");
        let message = if word.is_empty() {
            "suppression comment says nothing after `spotter:`".to_string()
        } else {
            format!("unknown suppression directive `{word}`")
        };
        return Err(Box::new(
            Finding::at(Target::Span(whole), message).help(usage),
        ));
    };
    let list_start = start + (body.len() - after_allow.len());
    let (list, reason) = match after_allow.split_once("--") {
        Some((list, reason)) => (list, reason.trim()),
        None => (after_allow, ""),
    };
    if reason.is_empty() {
        // The example names the comment's own rules, not some other rule.
        let named = match list.trim() {
            "" => "RULE",
            named => named,
        };
        return Err(Box::new(
            Finding::at(Target::Span(whole), "suppression has no reason: it suppresses nothing until it says why")
            .help(format!(
                "add the reason after ` -- `, e.g. `# spotter: allow {named} -- reviewed by the physio team: why it is safe here`"
            )),
        ));
    }
    let mut parsed = Parsed {
        rules: Vec::new(),
        reason: reason.to_string(),
        unknown: Vec::new(),
    };
    let mut offset = list_start;
    for piece in list.split(',') {
        let name = piece.trim();
        let name_start = offset + (piece.len() - piece.trim_start().len());
        offset += piece.len() + 1;
        if name.is_empty() {
            continue;
        }
        let span = name_start..name_start + name.len();
        let known = rules::find(name).map(|entry| entry.meta.id);
        match known {
            Some(id) if !rules::suppressible(id) => parsed.unknown.push(
                Finding::at(
                    Target::Span(span),
                    format!("`{id}` findings cannot be suppressed"),
                )
                .help(
                    if rules::find(id).is_some_and(|e| e.meta.stage == rules::Stage::Load) {
                        "fix the file: a file that cannot be read is never checked"
                    } else {
                        "fix or remove the suppression comment it is about"
                    },
                ),
            ),
            Some(id) => parsed.rules.push(AllowedRule {
                id,
                place: Place::in_source(source, &span),
                used: false,
            }),
            None => {
                let help = match suggest(name, rules::ids()) {
                    Some(best) => format!("did you mean `{best}`?"),
                    None => "`spotter rules` lists every rule".to_string(),
                };
                parsed.unknown.push(
                    Finding::at(
                        Target::Span(span),
                        format!("suppression names an unknown rule `{name}`"),
                    )
                    .help(help),
                );
            }
        }
    }
    if parsed.rules.is_empty() && parsed.unknown.is_empty() {
        return Err(Box::new(
            Finding::at(Target::Span(whole), "suppression names no rule").help(usage),
        ));
    }
    Ok(parsed)
}

/// The bytes a comment whose `#` is at `hash` on 0-based `line` covers.
fn scope(source: &SourceText, layout: &Layout, hash: usize, line: usize) -> Result<Span, String> {
    let text = source.text();
    let line_start = source.line_start(line);
    let before = text.get(line_start..hash).unwrap_or_default();
    if is_document_start(before.trim()) {
        return Ok(layout.document.clone());
    }
    if !before.trim().is_empty() {
        return layout
            .outermost_starting_in(line_start..hash)
            .ok_or_else(|| {
                "no node starts on this line, so this suppression applies to nothing".to_string()
            });
    }
    // On a line of its own: the node on the next line that is not a comment.
    let mut next = line + 1;
    while next < source.line_count() {
        let start = source.line_start(next);
        let end = source.line_end(next);
        let content = text.get(start..end).unwrap_or_default().trim();
        if content.starts_with('#') {
            next += 1;
            continue;
        }
        if is_document_start(content) {
            return Ok(layout.document.clone());
        }
        if content.is_empty() && start >= text.len() {
            break;
        }
        if content.is_empty() {
            return Err(
                "the line after this suppression is empty, so it applies to nothing".into(),
            );
        }
        return layout.outermost_starting_in(start..end).ok_or_else(|| {
            "no node starts on the line after this suppression, so it applies to nothing".into()
        });
    }
    Err("no node follows this suppression, so it applies to nothing".into())
}

/// Where the `|` or `>` of a block scalar is, when `span` is one: the
/// parser's span starts at the body, a line below the `- |` that starts it.
fn block_header(text: &str, span: &Span) -> Option<usize> {
    let before = text.get(..span.start)?;
    let body_line = before.rfind('\n')?;
    // A block scalar's body starts after indentation alone; any other
    // item starts after its `- ` on its own line.
    if !before
        .get(body_line + 1..)?
        .chars()
        .all(|c| c == ' ' || c == '\t')
    {
        return None;
    }
    let header_line_start = before.get(..body_line)?.rfind('\n').map_or(0, |i| i + 1);
    let header_line = before.get(header_line_start..body_line)?;
    let code = match header_line.find(" #") {
        Some(comment) => header_line.get(..comment)?,
        None => header_line,
    };
    let code = code.trim_end().trim_end_matches('\r');
    let indicators = code.trim_end_matches(|c: char| c == '-' || c == '+' || c.is_ascii_digit());
    if !(indicators.ends_with('|') || indicators.ends_with('>')) {
        return None;
    }
    Some(header_line_start + indicators.len() - 1)
}

/// `---`, which introduces the document: a comment on it or above it is
/// about the whole guide.
fn is_document_start(line: &str) -> bool {
    line == "---" || line.starts_with("--- ")
}

/// Where a file's nodes and scalars are, for placing comments.
struct Layout {
    /// The whole document.
    document: Span,
    /// Every node and mapping entry (key to end of value) as a span, sorted
    /// by start, the widest first among equal starts.
    nodes: Vec<Span>,
    /// Every scalar (keys included), sorted by start; scalars do not overlap.
    scalars: Vec<Span>,
}

impl Layout {
    fn of(root: &Node, text: &str) -> Self {
        let mut layout = Layout {
            document: 0..text.len(),
            nodes: Vec::new(),
            scalars: Vec::new(),
        };
        layout.nodes.push(root.span.clone());
        layout.walk(root, text);
        layout
            .nodes
            .sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        layout.scalars.sort_by_key(|s| s.start);
        layout
    }

    /// A mapping entry stands for its value, so a list under `exercises:`
    /// is not itself a candidate: a comment above its first item is about
    /// that item.
    fn walk(&mut self, node: &Node, text: &str) {
        match &node.value {
            Value::Seq(items) => {
                for item in items {
                    let start = block_header(text, &item.span).unwrap_or(item.span.start);
                    self.nodes.push(start..item.span.end);
                    self.walk(item, text);
                }
            }
            Value::Map(entries) => {
                for entry in entries {
                    self.scalars.push(entry.key_span.clone());
                    let end = entry.value.span.end.max(entry.key_span.end);
                    self.nodes.push(entry.key_span.start..end);
                    self.walk(&entry.value, text);
                }
            }
            _ => self.scalars.push(node.span.clone()),
        }
    }

    fn in_scalar(&self, offset: usize) -> bool {
        let after = self.scalars.partition_point(|s| s.start <= offset);
        after
            .checked_sub(1)
            .and_then(|i| self.scalars.get(i))
            .is_some_and(|s| offset < s.end)
    }

    /// The widest of the nodes that start first within `range`.
    fn outermost_starting_in(&self, range: Span) -> Option<Span> {
        let first = self.nodes.partition_point(|n| n.start < range.start);
        self.nodes
            .get(first)
            .filter(|n| n.start < range.end)
            .cloned()
    }
}
