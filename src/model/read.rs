//! The typed guide read from the spanned tree, in one pass over each
//! mapping. Every value is read as the schema sees it (a YAML infinity is
//! the text `inf`, as in the JSON the schema reads), so the model and the
//! schema never disagree on what a field holds.

use super::{
    Count, Duration, Exercise, Field, Frequency, Guide, ModelError, Partner, Period, RangeError,
    Risk, Warning, WarningKind, check_range, duration, parse_count, parse_duration,
    parse_frequency, says_no_partner, to_u32,
};
use crate::load::tree::{Entry, Node, Value};
use crate::path;
use crate::read::grammar::{self, unit_seconds};
use std::borrow::Cow;

/// Build the typed guide from a tree that has been through the schema.
/// Every exercise that is a mapping is read, whatever else is wrong with it
/// or with the guide (the schema has reported that); a field that does not
/// fit is `Invalid` or read as absent, and the rules still run on the rest.
pub fn build<'t>(root: &Node<'t>) -> (Guide<'t>, Vec<ModelError>) {
    let mut errors = Vec::new();
    let mut guide = Guide::default();
    let Value::Map(entries) = &root.value else {
        return (guide, errors);
    };
    for entry in entries {
        let value = &entry.value;
        match entry.key.as_ref() {
            "id" => guide.id = kept(value),
            "warnings" => (guide.warnings, guide.warnings_unreadable) = warnings(value),
            "exercises" => {
                if let Value::Seq(items) = &value.value {
                    guide.exercises = items
                        .iter()
                        .enumerate()
                        .filter_map(|(index, item)| match &item.value {
                            Value::Map(fields) => Some(exercise(index, fields, &mut errors)),
                            _ => None,
                        })
                        .collect();
                }
            }
            _ => {}
        }
    }
    (guide, errors)
}

fn exercise<'t>(index: usize, fields: &[Entry<'t>], errors: &mut Vec<ModelError>) -> Exercise<'t> {
    let mut exercise = Exercise {
        index,
        id: Field::Absent,
        name: Cow::Borrowed(""),
        risk: Field::Absent,
        steps: Vec::new(),
        hold: Field::Absent,
        repetitions: Field::Absent,
        frequency: Field::Absent,
        warnings: Vec::new(),
        warnings_unreadable: false,
        partner: Field::Absent,
        supervision: None,
        professional_only: false,
    };
    let mut n = Normalizer { index, errors };
    for entry in fields {
        let value = &entry.value;
        match entry.key.as_ref() {
            "id" => exercise.id = kept(value).map_or(Field::Invalid, Field::Valid),
            "name" => exercise.name = kept(value).unwrap_or_default(),
            "risk" => exercise.risk = risk(value),
            "steps" => exercise.steps = steps(value),
            "hold" => exercise.hold = n.field(value, "hold", "duration"),
            "repetitions" => {
                exercise.repetitions = n.field(value, "repetitions", "count");
            }
            "frequency" => {
                exercise.frequency = n.field(value, "frequency", "frequency");
            }
            "warnings" => (exercise.warnings, exercise.warnings_unreadable) = warnings(value),
            "partner" => exercise.partner = partner(value),
            "supervision" => exercise.supervision = kept(value),
            "professional_only" => {
                exercise.professional_only = matches!(value.value, Value::Bool(true));
            }
            _ => {}
        }
    }
    exercise
}

/// [`Node::json_text`]: the text the schema reads, as a function to pass.
fn text<'a>(node: &'a Node<'_>) -> Option<Cow<'a, str>> {
    node.json_text()
}

/// [`text`], to keep in the model: borrowed from the file's text when the
/// tree holds it so (most of the time), so it is not copied.
// Inlined: it is asked of every step, name and id, and a call cost more
// than the match.
#[inline]
fn kept<'t>(node: &Node<'t>) -> Option<Cow<'t, str>> {
    match &node.value {
        // Borrowed from the file's text, as the tree holds it: not copied.
        Value::Str(Cow::Borrowed(text)) => Some(Cow::Borrowed(text)),
        _ => node.json_text().map(|text| Cow::Owned(text.into_owned())),
    }
}

/// A value as a number, when the schema reads it as one.
fn number(node: &Node) -> Option<f64> {
    match node.value {
        // As JSON reads a large integer: the nearest float.
        Value::Int(i) => Some(i as f64),
        Value::Float(f) if f.is_finite() => Some(f),
        _ => None,
    }
}

fn member<'a, 't>(fields: &'a [Entry<'t>], key: &str) -> Option<&'a Node<'t>> {
    fields.iter().find(|e| e.key == key).map(|e| &e.value)
}

/// A mapping's optional entry: `Some(None)` when absent or null, `None`
/// when it is there but not what `read` takes.
fn optional<'a, T>(
    fields: &'a [Entry],
    key: &str,
    read: impl Fn(&'a Node) -> Option<T>,
) -> Option<Option<T>> {
    match member(fields, key) {
        None => Some(None),
        Some(node) if matches!(node.value, Value::Null) => Some(None),
        Some(node) => read(node).map(Some),
    }
}

fn risk(node: &Node) -> Field<Risk> {
    let level = text(node).and_then(|name| {
        [Risk::Low, Risk::Moderate, Risk::High]
            .into_iter()
            .find(|risk| risk.as_str() == name)
    });
    level.map_or(Field::Invalid, Field::Valid)
}

/// Every step, or none when one of them is not text (the schema has said
/// which).
fn steps<'t>(node: &Node<'t>) -> Vec<Cow<'t, str>> {
    match &node.value {
        Value::Seq(items) => {
            // Sized once: collecting through `Option` cannot know the length.
            let mut steps = Vec::with_capacity(items.len());
            for item in items {
                match kept(item) {
                    Some(step) => steps.push(step),
                    None => return Vec::new(),
                }
            }
            steps
        }
        _ => Vec::new(),
    }
}

fn warning_kind(name: &str) -> Option<WarningKind> {
    match name {
        "stop-if-pain" => Some(WarningKind::StopIfPain),
        "see-a-doctor" => Some(WarningKind::SeeADoctor),
        "contraindication" => Some(WarningKind::Contraindication),
        "caution" => Some(WarningKind::Caution),
        _ => None,
    }
}

/// The warnings of a list whose kind can be read, and whether an item
/// has no readable `kind`, in one pass over the items.
///
/// A warning's text is empty when it is not there, and the warning is not
/// read when its text is not text; one broken warning does not hide the
/// others. An item without a readable `kind` could be the stop-if-pain
/// warning; one whose `kind` is text but misspelt is not unknown (a
/// misspelt `stop-if-pain` is folded by its own fact; any other kind is
/// not it).
fn warnings<'t>(list: &Node<'t>) -> (Vec<Warning<'t>>, bool) {
    let Value::Seq(items) = &list.value else {
        return (Vec::new(), true);
    };
    let mut unreadable = false;
    let mut warnings = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let kind = match &item.value {
            Value::Map(fields) => member(fields, "kind").map(|kind| (fields, text(kind))),
            _ => None,
        };
        let Some((fields, Some(kind))) = kind else {
            unreadable = true;
            continue;
        };
        let Some(kind) = warning_kind(&kind) else {
            continue;
        };
        let text = match member(fields, "text") {
            None => Cow::Borrowed(""),
            Some(value) => match kept(value) {
                Some(text) => text,
                None => continue,
            },
        };
        warnings.push(Warning { kind, text, index });
    }
    (warnings, unreadable)
}

/// `partner: false` or `partner: no` says there is none (the schema still
/// reports the value); anything else says there is one.
fn partner<'t>(node: &Node<'t>) -> Field<Partner<'t>> {
    match &node.value {
        Value::Bool(false) => Field::Absent,
        Value::Str(text) if says_no_partner(text) => Field::Absent,
        Value::Map(fields) => match member(fields, "role").and_then(kept) {
            Some(role) => Field::Valid(Partner { role }),
            None => Field::Invalid,
        },
        _ => Field::Invalid,
    }
}

// The raw forms are read by hand: serde's untagged enums buffer the value
// and build an error for each form that does not fit, which cost more than
// reading the whole guide.
enum RawDuration<'a> {
    Text(Cow<'a, str>),
    Seconds {
        seconds: f64,
    },
    Range {
        min: f64,
        max: f64,
        unit: Cow<'a, str>,
    },
}

// Numbers are read as `f64`: YAML turns an integer too large for `i64`
// into a float, and such a count must be reported, not dropped.
enum RawCount<'a> {
    Number(f64),
    Text(Cow<'a, str>),
    Range {
        min: f64,
        max: Option<f64>,
        per: Option<Cow<'a, str>>,
    },
}

enum RawFrequency<'a> {
    Text(Cow<'a, str>),
    Range {
        min: f64,
        max: f64,
        per: Cow<'a, str>,
    },
}

/// A field's normalized value, read from one of its raw forms.
trait FromForms: Sized {
    /// `None` when `value` is none of the forms; `Ok(None)` when it is one
    /// but its text is not in the grammar.
    fn from_forms(value: &Node) -> Option<Result<Option<Self>, RangeError>>;
}

/// Whether `value` is one of the forms of `T` and normalizes.
fn fits<T: FromForms>(value: &Node) -> bool {
    matches!(T::from_forms(value), Some(Ok(Some(_))))
}

impl FromForms for Duration {
    fn from_forms(value: &Node) -> Option<Result<Option<Self>, RangeError>> {
        RawDuration::read(value).map(|raw| raw.normalize())
    }
}

impl FromForms for Count {
    fn from_forms(value: &Node) -> Option<Result<Option<Self>, RangeError>> {
        RawCount::read(value).map(|raw| raw.normalize())
    }
}

impl FromForms for Frequency {
    fn from_forms(value: &Node) -> Option<Result<Option<Self>, RangeError>> {
        RawFrequency::read(value).map(|raw| raw.normalize())
    }
}

impl<'a> RawDuration<'a> {
    /// `value` as one of the forms, if it is one.
    fn read(value: &'a Node) -> Option<Self> {
        if let Value::Map(fields) = &value.value {
            return match member(fields, "seconds").and_then(number) {
                Some(seconds) => Some(RawDuration::Seconds { seconds }),
                None => Some(RawDuration::Range {
                    min: member(fields, "min").and_then(number)?,
                    max: member(fields, "max").and_then(number)?,
                    unit: member(fields, "unit").and_then(text)?,
                }),
            };
        }
        text(value).map(RawDuration::Text)
    }

    fn normalize(&self) -> Result<Option<Duration>, RangeError> {
        match self {
            RawDuration::Text(text) => parse_duration(text),
            RawDuration::Seconds { seconds } => duration(*seconds, *seconds, false).map(Some),
            RawDuration::Range { min, max, unit } => {
                let scale = unit_seconds(unit);
                duration(min * scale, max * scale, scale == 60.0).map(Some)
            }
        }
    }
}

impl<'a> RawCount<'a> {
    /// `value` as one of the forms, if it is one.
    fn read(value: &'a Node) -> Option<Self> {
        if let Value::Map(fields) = &value.value {
            return Some(RawCount::Range {
                min: member(fields, "min").and_then(number)?,
                max: optional(fields, "max", number)?,
                per: optional(fields, "per", text)?,
            });
        }
        number(value)
            .map(RawCount::Number)
            .or_else(|| text(value).map(RawCount::Text))
    }

    fn normalize(&self) -> Result<Option<Count>, RangeError> {
        match self {
            RawCount::Number(n) => Ok(to_u32(*n)?.map(|n| Count {
                min: n,
                max: Some(n),
                per_side: false,
            })),
            RawCount::Text(text) => parse_count(text),
            RawCount::Range { min, max, per } => {
                let Some(min) = to_u32(*min)? else {
                    return Ok(None);
                };
                let max = match max {
                    Some(max) => match to_u32(*max)? {
                        Some(max) => Some(max),
                        None => return Ok(None),
                    },
                    None => None,
                };
                check_range(min, max.unwrap_or(min))?;
                Ok(Some(Count {
                    min,
                    max,
                    per_side: per.as_deref() == Some("side"),
                }))
            }
        }
    }
}

impl<'a> RawFrequency<'a> {
    /// `value` as one of the forms, if it is one.
    fn read(value: &'a Node) -> Option<Self> {
        if let Value::Map(fields) = &value.value {
            return Some(RawFrequency::Range {
                min: member(fields, "min").and_then(number)?,
                max: member(fields, "max").and_then(number)?,
                per: member(fields, "per").and_then(text)?,
            });
        }
        text(value).map(RawFrequency::Text)
    }

    fn normalize(&self) -> Result<Option<Frequency>, RangeError> {
        match self {
            RawFrequency::Text(text) => parse_frequency(text),
            RawFrequency::Range { min, max, per } => {
                let (Some(min), Some(max)) = (to_u32(*min)?, to_u32(*max)?) else {
                    return Ok(None);
                };
                check_range(min, max)?;
                let per = match per.as_ref() {
                    "day" => Period::Day,
                    "week" => Period::Week,
                    _ => return Ok(None),
                };
                Ok(Some(Frequency { min, max, per }))
            }
        }
    }
}

struct Normalizer<'e> {
    index: usize,
    errors: &'e mut Vec<ModelError>,
}

impl Normalizer<'_> {
    /// The field `name`, whose value is `value`, read as `R`; a value that
    /// fits a form but not its range is reported here.
    fn field<T: FromForms>(&mut self, value: &Node, name: &str, what: &str) -> Field<T> {
        // A value that fits none of the forms: the schema has said why.
        let err = match T::from_forms(value) {
            Some(Ok(Some(v))) => return Field::Valid(v),
            None | Some(Ok(None)) => return Field::Invalid,
            Some(Err(err)) => err,
        };
        let mut fixed = None;
        let (message, help) = match err {
            RangeError::Zero => (
                format!("`{name}` must be greater than zero"),
                format!("give a {what} of at least 1"),
            ),
            RangeError::Reversed => (
                format!("`{name}` is a reversed range: its first number is larger than its second"),
                match turned_round::<T>(value) {
                    Some((help, text)) => {
                        fixed = text;
                        help
                    }
                    None => "write the smaller number first, e.g. `2-5`".to_string(),
                },
            ),
            RangeError::TooLarge => (
                format!("`{name}` holds a number too large to use"),
                format!("give a realistic {what}"),
            ),
        };
        self.errors.push(ModelError {
            path: path!["exercises", self.index, name],
            message,
            help: Some(help),
            fixed,
        });
        Field::Invalid
    }
}

/// Help for a reversed range: the same value the right way round, with its
/// unit, `per` and form kept (checked to normalize), or `None`; with the
/// text that replaces the value when it is one scalar.
fn turned_round<T: FromForms>(value: &Node) -> Option<(String, Option<String>)> {
    let (fixed, help, text) = match &value.value {
        Value::Str(text) => {
            let [first, separator, second, rest] = grammar::field_range(text.trim())?;
            let fixed = format!("{second}{separator}{first}{rest}");
            let help = format!("write the smaller number first: `{fixed}`");
            let text = crate::load::scalar::plain_or_quoted(&fixed);
            (Value::Str(Cow::Owned(fixed)), help, Some(text))
        }
        Value::Map(fields) => {
            let (min, max) = (member(fields, "min")?, member(fields, "max")?);
            let fixed: Vec<Entry> = fields
                .iter()
                .map(|e| match e.key.as_ref() {
                    "min" => Entry {
                        value: max.clone(),
                        ..e.clone()
                    },
                    "max" => Entry {
                        value: min.clone(),
                        ..e.clone()
                    },
                    _ => e.clone(),
                })
                .collect();
            let help = format!("swap `min` and `max`: `{}`", flow_mapping(&fixed));
            (Value::Map(fixed), help, None)
        }
        _ => return None,
    };
    let fixed = Node {
        span: value.span.clone(),
        value: fixed,
    };
    fits::<T>(&fixed).then_some((help, text))
}

/// A mapping as YAML flow text, `min` and `max` first: `{min: 2, max: 3,
/// per: side}`.
fn flow_mapping(fields: &[Entry]) -> String {
    let first = ["min", "max"];
    let entries: Vec<String> = first
        .iter()
        .filter_map(|key| fields.iter().find(|e| e.key == *key))
        .chain(fields.iter().filter(|e| !first.contains(&e.key.as_ref())))
        .map(|e| format!("{}: {}", e.key, flow_scalar(&e.value)))
        .collect();
    format!("{{{}}}", entries.join(", "))
}

/// A value as YAML flow text: a plain word as it is, anything else as JSON
/// (which YAML reads back the same).
fn flow_scalar(value: &Node) -> String {
    match &value.value {
        Value::Str(text)
            if text.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') =>
        {
            text.to_string()
        }
        _ => value.to_json().to_string(),
    }
}
