//! Fixes: the changes that make a finding go away, as byte edits of a
//! file's text. The language server offers them as quick fixes;
//! `spotter check --fix` applies the same ones ([`fix_text`]). Nothing here
//! knows an output format or a protocol.
//!
//! A fix comes from the finding itself (the change a check knows:
//! [`crate::finding::Replace`]) or from the text around it (a
//! suppression comment, a missing warning). Every candidate is checked
//! before it is offered ([`verified`]): the text it leaves must still load,
//! and the finding must be gone from it.

use crate::finding::{Diagnostic, Replace, Safety};
use crate::load::source::{SourceText, Span};
use crate::load::tree::{Node, Value};
use crate::load::{self, Limits};
use crate::rules::{self, RuleDef};

/// A fix that leaves a file that no longer parses is never offered.
const PARSE_ERROR: &str = rules::ParseError::META.id;

/// Replace the bytes at `span` with `text` (an insertion when it is empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub span: Span,
    pub text: String,
}

/// One way to fix one finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    /// What it does, said to the user.
    pub title: String,
    /// The edits, in text order, none overlapping.
    pub edits: Vec<Edit>,
    /// The fix the finding itself names (over a suppression comment).
    pub preferred: bool,
    pub kind: FixKind,
}

/// Which fixes a command line run may make: a suppression comment is only
/// offered in an editor, where its reason is written at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixKind {
    Safe,
    Unsafe,
    Suppression,
}

impl FixKind {
    fn of(safety: Safety) -> Self {
        match safety {
            Safety::Safe => FixKind::Safe,
            Safety::Unsafe => FixKind::Unsafe,
        }
    }

    /// Whether `--fix` (`allowed` safe) or `--unsafe-fixes` (unsafe) makes it.
    pub fn allowed_by(self, allowed: Safety) -> bool {
        match self {
            FixKind::Safe => true,
            FixKind::Unsafe => allowed == Safety::Unsafe,
            FixKind::Suppression => false,
        }
    }
}

/// What a suppression comment added by a fix gives as its reason, for the
/// writer to replace.
pub const REASON_PLACEHOLDER: &str = "TODO: say why this is safe";

/// A stop-if-pain warning inserted by a fix.
pub const STOP_IF_PAIN_TEXT: &str = "Stop at once if you feel pain or discomfort.";

/// Every fix that may make `d` go away in `source`, unchecked, best first.
pub fn candidates(source: &SourceText, d: &Diagnostic) -> Vec<Fix> {
    let mut fixes = Vec::new();
    if let Some(replace) = &d.replace {
        fixes.extend(from_replace(source, replace));
    }
    if d.rule == rules::MissingStopIfPain::META.id
        && let Some(fix) = insert_stop_if_pain(source, d)
    {
        fixes.push(fix);
    }
    if rules::suppressible(d.rule) {
        fixes.extend(suppressions(source, d));
    }
    fixes
}

/// The fixes among `candidates` that leave a text that loads and no
/// longer has `d`. `check` gives the findings of a text, as the caller
/// checks it (its config, its corpus). Of the suppression comments, only
/// the first that works is kept.
pub fn verified(
    source: &SourceText,
    d: &Diagnostic,
    candidates: Vec<Fix>,
    mut check: impl FnMut(String) -> Vec<Diagnostic>,
) -> Vec<Fix> {
    let mut kept: Vec<Fix> = Vec::new();
    let mut suppressed = false;
    for fix in candidates {
        let is_comment = fix.kind == FixKind::Suppression;
        if is_comment && suppressed {
            continue;
        }
        let Some(fixed) = apply(source.text(), &fix.edits) else {
            continue;
        };
        let at = shifted(d.span.start, &fix.edits);
        let after = check(fixed);
        let breaks = d.rule != PARSE_ERROR && after.iter().any(|a| a.rule == PARSE_ERROR);
        let still = after
            .iter()
            .any(|a| a.rule == d.rule && (a.span.start == at || a.message == d.message));
        if !breaks && !still {
            suppressed |= is_comment;
            kept.push(fix);
        }
    }
    kept
}

/// How many rounds [`fix_text`] makes at most: a fix can reveal a finding
/// the one it fixed hid (a renamed key now read), and that one's fix comes
/// in the next round; a text still changing after this many is left as is.
pub const MAX_ROUNDS: usize = 8;

/// A text after [`fix_text`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixed {
    pub text: String,
    /// How many fixes were made.
    pub fixes: usize,
}

/// `text` with every fix that `allowed` permits made, round after round
/// until no finding has one (at most [`MAX_ROUNDS`]). `check` gives the
/// findings of a text. Each fix is verified alone ([`verified`]); fixes of
/// one round that touch the same bytes wait for the next round, and a
/// round whose fixes break the text together makes only its first.
pub fn fix_text(
    text: &str,
    allowed: Safety,
    mut check: impl FnMut(String) -> Vec<Diagnostic>,
) -> Fixed {
    let mut current = text.to_string();
    let mut fixes = 0;
    for _ in 0..MAX_ROUNDS {
        let found = check(current.clone());
        let source = SourceText::new(current.clone());
        let chosen = one_fix_each(&source, &found, allowed, &mut check);
        let Some(first) = chosen.first() else {
            break;
        };
        let all: Vec<Edit> = chosen.iter().flat_map(|f| f.edits.clone()).collect();
        let together = apply(&current, &all).filter(|fixed| {
            chosen.len() == 1 || !check(fixed.clone()).iter().any(|d| d.rule == PARSE_ERROR)
        });
        match together
            .map(|t| (t, chosen.len()))
            .or_else(|| apply(&current, &first.edits).map(|t| (t, 1)))
        {
            Some((next, made)) if next != current => {
                current = next;
                fixes += made;
            }
            _ => break,
        }
    }
    Fixed {
        text: current,
        fixes,
    }
}

/// For each finding, its first verified fix that `allowed` permits, when
/// it touches no bytes an earlier one does.
fn one_fix_each(
    source: &SourceText,
    found: &[Diagnostic],
    allowed: Safety,
    check: &mut impl FnMut(String) -> Vec<Diagnostic>,
) -> Vec<Fix> {
    let mut chosen: Vec<Fix> = Vec::new();
    for d in found {
        let allowed: Vec<Fix> = candidates(source, d)
            .into_iter()
            .filter(|f| f.kind.allowed_by(allowed))
            .collect();
        if allowed.is_empty() {
            continue;
        }
        let Some(fix) = verified(source, d, allowed, &mut *check).into_iter().next() else {
            continue;
        };
        let clashes = fix.edits.iter().any(|e| {
            chosen
                .iter()
                .flat_map(|c| &c.edits)
                .any(|c| touch(&c.span, &e.span))
        });
        if !clashes {
            chosen.push(fix);
        }
    }
    chosen
}

/// Whether two edits touch the same bytes or insert at the same place.
fn touch(a: &Span, b: &Span) -> bool {
    a.start < b.end && b.start < a.end || a.start == b.start || a.end == b.end
}

/// Whether `d` has a fix that `allowed` permits, before it is verified: a
/// quick test for which files are worth [`fix_text`].
pub fn may_fix(d: &Diagnostic, allowed: Safety) -> bool {
    let kind = match &d.replace {
        Some(replace) => FixKind::of(replace.safety),
        None if d.rule == rules::MissingStopIfPain::META.id => FixKind::Unsafe,
        None => return false,
    };
    kind.allowed_by(allowed)
}

/// `text` with `edits` made; none when they overlap or fall outside it.
pub fn apply(text: &str, edits: &[Edit]) -> Option<String> {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| (e.span.start, e.span.end));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for edit in sorted {
        if edit.span.start < at || edit.span.end < edit.span.start {
            return None;
        }
        out.push_str(text.get(at..edit.span.start)?);
        out.push_str(&edit.text);
        at = edit.span.end;
    }
    out.push_str(text.get(at..)?);
    Some(out)
}

/// Where byte `offset` moves to once `edits` are made before it.
pub fn shifted(offset: usize, edits: &[Edit]) -> usize {
    edits
        .iter()
        .filter(|e| e.span.end <= offset && !(e.span.is_empty() && e.span.start == offset))
        .fold(offset as isize, |at, e| {
            at + e.text.len() as isize - e.span.len() as isize
        })
        .max(0) as usize
}

const SUPPRESS_TITLE: &str = "Allow";

/// A suppression comment for the finding's rule: on a line of its own
/// above the line it starts on, else at the end of that line, else above
/// the first line of each node it lies in, innermost first (a finding in a
/// block scalar's text is allowed from above the scalar's key).
fn suppressions(source: &SourceText, d: &Diagnostic) -> Vec<Fix> {
    let text = source.text();
    let comment = format!("# spotter: allow {} -- {REASON_PLACEHOLDER}", d.rule);
    let title = format!("{SUPPRESS_TITLE} `{}` here (suppression comment)", d.rule);
    let above = |line: usize| {
        let start = source.line_start(line);
        let end = source.line_end(line);
        let content = text.get(start..end)?;
        let indent: String = content
            .chars()
            .take_while(|c| *c == ' ' || *c == '\t')
            .collect();
        Some(Fix {
            title: title.clone(),
            edits: vec![Edit {
                span: start..start,
                text: format!("{indent}{comment}{}", line_break(text, end)),
            }],
            preferred: false,
            kind: FixKind::Suppression,
        })
    };
    let line = source.line_of(d.span.start.min(text.len()));
    let mut fixes: Vec<Fix> = above(line).into_iter().collect();
    let end = source.line_end(line);
    if text
        .get(source.line_start(line)..end)
        .is_some_and(|content| !content.contains('#'))
    {
        fixes.push(Fix {
            title: title.clone(),
            edits: vec![Edit {
                span: end..end,
                text: format!(" {comment}"),
            }],
            preferred: false,
            kind: FixKind::Suppression,
        });
    }
    if let Ok(root) = load::parse(text, &Limits::default()) {
        let mut lines = Vec::new();
        enclosing_starts(&root, d.span.start, &mut lines);
        let mut seen = vec![line];
        for start in lines.into_iter().rev() {
            let at = source.line_of(start);
            if !seen.contains(&at) {
                seen.push(at);
                fixes.extend(above(at));
            }
        }
    }
    fixes
}

/// Where each node that holds `offset` starts (a mapping entry at its
/// key), outermost first.
fn enclosing_starts(node: &Node, offset: usize, out: &mut Vec<usize>) {
    match &node.value {
        Value::Map(entries) => {
            if let Some(entry) = entries.iter().find(|e| {
                e.key_span.start <= offset && offset < e.value.span.end.max(e.key_span.end)
            }) {
                out.push(entry.key_span.start);
                enclosing_starts(&entry.value, offset, out);
            }
        }
        Value::Seq(items) => {
            if let Some(item) = items
                .iter()
                .find(|i| i.span.start <= offset && offset < i.span.end.max(i.span.start + 1))
            {
                out.push(item.span.start);
                enclosing_starts(item, offset, out);
            }
        }
        _ => {}
    }
}

/// The line break the text uses at `line_end` (`\n` at the end of the text).
fn line_break(text: &str, line_end: usize) -> &'static str {
    let rest = text.get(line_end..).unwrap_or_default();
    if rest.starts_with("\r\n") {
        "\r\n"
    } else if rest.starts_with('\r') {
        "\r"
    } else {
        "\n"
    }
}

/// A `stop-if-pain` warning for the exercise the finding points into: a
/// new first item of its block `warnings` list, or a `warnings` list after
/// its last key.
fn insert_stop_if_pain(source: &SourceText, d: &Diagnostic) -> Option<Fix> {
    let text = source.text();
    let root = load::parse(text, &Limits::default()).ok()?;
    let exercise = exercise_at(&root, d.span.start)?;
    let Value::Map(entries) = &exercise.value else {
        return None;
    };
    let key_indent = key_indent(source, entries)?;
    let title = "Add a `stop-if-pain` warning".to_string();
    let warning = |indent: &str, nl: &str| {
        format!("{indent}- kind: stop-if-pain{nl}{indent}  text: {STOP_IF_PAIN_TEXT}{nl}")
    };
    match exercise.get("warnings") {
        Some(entry) => {
            let Value::Seq(items) = &entry.value.value else {
                return None;
            };
            let item = items.first()?;
            let line = source.line_of(item.span.start);
            let start = source.line_start(line);
            let before = text.get(start..item.span.start)?;
            let dash = before.rfind('-')?;
            if !before.get(..dash)?.chars().all(|c| c == ' ') {
                return None;
            }
            let nl = line_break(text, source.line_end(line));
            Some(Fix {
                title,
                edits: vec![Edit {
                    span: start..start,
                    text: warning(&" ".repeat(dash), nl),
                }],
                preferred: true,
                kind: FixKind::Unsafe,
            })
        }
        None => {
            let (at, lead, nl) = after_last_entry(source, entries)?;
            Some(Fix {
                title,
                edits: vec![Edit {
                    span: at..at,
                    text: format!(
                        "{lead}{key_indent}warnings:{nl}{}",
                        warning(&format!("{key_indent}  "), nl)
                    ),
                }],
                preferred: true,
                kind: FixKind::Unsafe,
            })
        }
    }
}

/// Where an entry goes after the last of `entries`: the start of the line
/// after its value, with a line break to lead with when that is the end of
/// a text without a final one, and the line break the text uses.
fn after_last_entry(
    source: &SourceText,
    entries: &[crate::load::tree::Entry],
) -> Option<(usize, &'static str, &'static str)> {
    let text = source.text();
    let last = entries.last()?;
    let end_line = source.line_of(
        last.value
            .span
            .end
            .saturating_sub(1)
            .max(last.key_span.start),
    );
    let at = source.line_start(end_line + 1);
    let nl = line_break(text, source.line_end(end_line));
    let lead = if at >= text.len() && !text.ends_with(['\n', '\r']) {
        nl
    } else {
        ""
    };
    Some((at, lead, nl))
}

/// The indent of the keys of a block mapping, from its first entry (which
/// may follow a list item's `- `); none for a flow mapping.
fn key_indent(source: &SourceText, entries: &[crate::load::tree::Entry]) -> Option<String> {
    let first = entries.first()?;
    let line_start = source.line_start(source.line_of(first.key_span.start));
    let before = source.text().get(line_start..first.key_span.start)?;
    before
        .chars()
        .all(|c| c == ' ' || c == '-')
        .then(|| " ".repeat(before.len()))
}

/// The order the guide format lists an exercise's keys in, where an added
/// entry is put among the others.
const EXERCISE_KEY_ORDER: &[&str] = &[
    "id",
    "name",
    "risk",
    "position",
    "equipment",
    "steps",
    "hold",
    "repetitions",
    "frequency",
    "warnings",
    "contraindications",
    "partner",
    "supervision",
    "professional_only",
];

/// The finding's own change: `text` in place of its span, or an entry
/// added to the mapping at its span.
fn from_replace(source: &SourceText, replace: &Replace<Span>) -> Option<Fix> {
    let edit = match replace.adds {
        None => Edit {
            span: replace.at.clone(),
            text: in_quotes_of(source.text().get(replace.at.clone())?, &replace.text),
        },
        Some(key) => add_entry(source, &replace.at, key, &replace.text)?,
    };
    Some(Fix {
        title: replace.title.clone(),
        edits: vec![edit],
        preferred: true,
        kind: FixKind::of(replace.safety),
    })
}

/// `text` in the quotes `old` is written in, so a fix keeps the author's
/// quoting: `"Low"` becomes `"low"`, not `low`. A text already quoted, or
/// one that would need escapes, is left as it is.
pub fn in_quotes_of(old: &str, text: &str) -> String {
    let quote = match old.chars().next() {
        Some(q @ ('"' | '\'')) if old.len() >= 2 && old.ends_with(q) => q,
        _ => return text.to_string(),
    };
    let plain = !text.starts_with(['"', '\'']) && !text.contains(['"', '\'', '\\']);
    if plain {
        format!("{quote}{text}{quote}")
    } else {
        text.to_string()
    }
}

/// `key: value` added to the block mapping at `span`: before the first key
/// that the guide format lists after `key`, else after the last entry;
/// nothing else in the file moves.
fn add_entry(source: &SourceText, span: &Span, key: &str, value: &str) -> Option<Edit> {
    let text = source.text();
    let root = load::parse(text, &Limits::default()).ok()?;
    let mapping = mapping_at(&root, span.start)?;
    let Value::Map(entries) = &mapping.value else {
        return None;
    };
    let indent = key_indent(source, entries)?;
    let rank = |k: &str| EXERCISE_KEY_ORDER.iter().position(|known| *known == k);
    let own = rank(key)?;
    let next = entries
        .iter()
        .skip(1)
        .find(|e| rank(&e.key).is_some_and(|r| r > own));
    if let Some(next) = next {
        let line = source.line_of(next.key_span.start);
        let start = source.line_start(line);
        if text.get(start..next.key_span.start)? == indent {
            let nl = line_break(text, source.line_end(line));
            return Some(Edit {
                span: start..start,
                text: format!("{indent}{key}: {value}{nl}"),
            });
        }
    }
    let (at, lead, nl) = after_last_entry(source, entries)?;
    Some(Edit {
        span: at..at,
        text: format!("{lead}{indent}{key}: {value}{nl}"),
    })
}

/// The innermost mapping that holds byte `offset` (a finding placed on a
/// block mapping points at its head, inside it).
fn mapping_at<'a, 't>(node: &'a Node<'t>, offset: usize) -> Option<&'a Node<'t>> {
    let holds = |n: &Node| n.span.start <= offset && offset < n.span.end;
    let inner = match &node.value {
        Value::Map(entries) => entries.iter().map(|e| &e.value).find(|v| holds(v)),
        Value::Seq(items) => items.iter().find(|i| holds(i)),
        _ => None,
    };
    inner
        .and_then(|inner| mapping_at(inner, offset))
        .or_else(|| matches!(node.value, Value::Map(_)).then_some(node))
}

/// The exercise (an item of the top-level `exercises` list) holding `offset`.
fn exercise_at<'a, 't>(root: &'a Node<'t>, offset: usize) -> Option<&'a Node<'t>> {
    let Value::Seq(items) = &root.get("exercises")?.value.value else {
        return None;
    };
    items
        .iter()
        .find(|item| item.span.start <= offset && offset < item.span.end.max(item.span.start + 1))
}
