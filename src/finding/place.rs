//! Where a finding is → a byte span and a line/column. Every [`Diagnostic`]
//! is made here, from a [`Finding`], whatever stage or rule found it.

use crate::finding::{Diagnostic, Finding, Place, Related, Replace, Target};
use crate::load::source::{SourceText, Span, Walker};
use crate::load::tree::{Node, Seg, Value};

/// What a file offers for placing findings: its text and, once it parsed,
/// its tree. Cross-guide findings come already placed and need neither.
#[derive(Clone, Copy)]
pub struct Placer<'a> {
    pub file: &'a str,
    pub guide: Option<&'a str>,
    pub source: Option<&'a SourceText>,
    pub root: Option<&'a Node<'a>>,
}

impl<'a> Placer<'a> {
    /// A walker for [`Placer::node_after`].
    pub fn walker(&self) -> Option<Walker<'a>> {
        self.source.map(SourceText::walker)
    }

    pub fn resolve(&self, target: &Target) -> Place {
        let Some(source) = self.source else {
            return match target {
                Target::Placed(place) => place.clone(),
                _ => Place::default(),
            };
        };
        let span = match (target, self.root) {
            (Target::Placed(place), _) => return place.clone(),
            (Target::Span(span), _) => span.clone(),
            (Target::Value(path), Some(root)) => value_span(root, path, source),
            (Target::Key(path), Some(root)) => key_span(root, path),
            (Target::InValue(path, range), Some(root)) => in_value_span(root, path, range, source),
            (Target::Value(_) | Target::Key(_) | Target::InValue(..), None) => 0..0,
        };
        Place::in_source(source, &span)
    }

    /// Where a node of this file's tree is, as a finding on it would point.
    pub fn node(&self, node: &Node) -> Place {
        let Some(source) = self.source else {
            return Place::default();
        };
        Place::in_source(source, &node_span(node, source))
    }

    /// [`Placer::node`] for nodes taken in (mostly) rising order, each
    /// found on from where the last one was by `walker`, which
    /// [`Placer::walker`] made.
    pub fn node_after(&self, node: &Node, walker: &mut Option<Walker<'_>>) -> Place {
        let (Some(source), Some(walker)) = (self.source, walker) else {
            return Place::default();
        };
        let (span, position) = walker.place(&node_span(node, source));
        Place { position, span }
    }

    /// The one place a [`Diagnostic`] is made.
    pub fn place(&self, finding: Finding) -> Diagnostic {
        let Place { span, position } = self.resolve(&finding.target);
        let related = finding
            .related
            .iter()
            .map(|related| {
                let place = self.resolve(&related.target);
                Related {
                    file: related.file.as_deref().unwrap_or(self.file).to_string(),
                    span: place.span,
                    position: place.position,
                    message: related.message.clone(),
                }
            })
            .collect();
        let exercise = finding.exercise.or_else(|| {
            self.root
                .and_then(|root| exercise_of(root, &finding.target))
        });
        // A change is only offered where the file's text was at hand.
        let replace = finding
            .replace
            .filter(|_| self.source.is_some())
            .map(|r| Replace {
                at: self.resolve(&r.at).span,
                title: r.title,
                text: r.text,
                safety: r.safety,
                adds: r.adds,
            });
        Diagnostic {
            replace,
            rule: finding.rule,
            severity: finding.severity,
            message: finding.message,
            help: finding.help,
            file: self.file.to_string(),
            span,
            position,
            guide: self.guide.map(str::to_string),
            exercise,
            related,
        }
    }
}

/// The exact node when the path leads to it, the deepest node on the way
/// when it does not.
fn value_span(root: &Node, path: &[Seg], source: &SourceText) -> Span {
    node_span(root.resolve(path).node, source)
}

/// Scalars longer than this are placed by a cheaper rule (see below).
const LONG_SCALAR: usize = 4096;

/// The words at `range` of a scalar's text, found in its source: the same
/// occurrence of the same words, when the source holds them as often as the
/// text does (plain, quoted without escapes in the words, block scalars whose
/// words stay on one line). Otherwise the whole scalar.
fn in_value_span(root: &Node, path: &[Seg], range: &Span, source: &SourceText) -> Span {
    let found = root.resolve(path);
    let whole = node_span(found.node, source);
    if !found.complete {
        return whole;
    }
    let Value::Str(text) = &found.node.value else {
        return whole;
    };
    let Some(words) = text.get(range.clone()).filter(|w| !w.is_empty()) else {
        return whole;
    };
    let Some(raw) = source.text().get(found.node.span.clone()) else {
        return whole;
    };
    if raw.len() > LONG_SCALAR {
        // Counting occurrences for each finding would cost the scalar's
        // length each time: in a very long scalar, the words are placed
        // only where the source spells the text as it is (plain, or quoted
        // from the first character on).
        return [0, 1]
            .into_iter()
            .map(|offset| offset + range.start)
            .find(|at| raw.get(*at..at + words.len()) == Some(words))
            .map_or(whole, |at| {
                let start = found.node.span.start + at;
                start..start + words.len()
            });
    }
    let nth = text
        .match_indices(words)
        .take_while(|(at, _)| *at < range.start)
        .count();
    let in_text = text.match_indices(words).count();
    let in_source: Vec<usize> = raw.match_indices(words).map(|(at, _)| at).collect();
    match in_source.get(nth) {
        Some(at) if in_source.len() == in_text => {
            let start = found.node.span.start + at;
            start..start + words.len()
        }
        _ => whole,
    }
}

fn node_span(node: &Node, source: &SourceText) -> Span {
    // A flow collection (`{min: 2}`) is short: point at all of it. Its
    // first and last bytes are looked at alone: an ASCII bracket at both
    // ends puts both on character boundaries, so this is the test on the
    // node's text without checking the boundaries first.
    let bytes = source.text().as_bytes();
    let ends = node
        .span
        .end
        .checked_sub(1)
        .filter(|&last| last > node.span.start)
        .and_then(|last| Some((*bytes.get(node.span.start)?, *bytes.get(last)?)));
    if matches!(ends, Some((b'{', b'}') | (b'[', b']'))) {
        node.span.clone()
    } else {
        node.head_span()
    }
}

fn key_span(root: &Node, path: &[Seg]) -> Span {
    let found = root.resolve(path);
    match (found.complete, found.entry) {
        (true, Some(entry)) => entry.key_span.clone(),
        _ => found.node.head_span(),
    }
}

/// The id of the exercise a target lies in, for findings that did not say.
fn exercise_of(root: &Node, target: &Target) -> Option<String> {
    let (Target::Value(path) | Target::Key(path) | Target::InValue(path, _)) = target else {
        return None;
    };
    let [Seg::Key(list), Seg::Index(_), ..] = path.as_slice() else {
        return None;
    };
    if list != "exercises" {
        return None;
    }
    match &root.resolve(path.get(..2)?).node.get("id")?.value.value {
        Value::Str(id) => Some(id.to_string()),
        _ => None,
    }
}
