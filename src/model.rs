//! The typed guide. Durations become second ranges and counts integer
//! ranges here, once, so no rule ever re-parses a string.

use crate::path;
use crate::tree::Seg;
use serde::Deserialize;
use serde_json::Value as Json;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Risk {
    Low,
    Moderate,
    High,
}

impl Risk {
    pub fn as_str(self) -> &'static str {
        match self {
            Risk::Low => "low",
            Risk::Moderate => "moderate",
            Risk::High => "high",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WarningKind {
    StopIfPain,
    SeeADoctor,
    Contraindication,
    Caution,
}

/// A warning whose `kind` can be read; its `text` is empty when it cannot
/// (the schema has said why), so a misspelt `text` does not hide the kind.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Warning {
    pub kind: WarningKind,
    #[serde(default)]
    pub text: String,
    /// Position in its `warnings` list, for paths into the tree.
    #[serde(skip)]
    pub index: usize,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Partner {
    pub role: String,
}

/// A hold time in seconds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Duration {
    pub min_secs: f64,
    pub max_secs: f64,
}

impl Duration {
    /// As a guide writes it: `10 s`, `5-10 s`.
    pub fn describe(&self) -> String {
        range_text(self.min_secs, self.max_secs) + " s"
    }
}

fn range_text(min: f64, max: f64) -> String {
    if min == max {
        format!("{min}")
    } else {
        format!("{min}-{max}")
    }
}

impl Count {
    /// As a guide writes it: `3`, `2-3 per side`, `2 or more`.
    pub fn describe(&self) -> String {
        let numbers = match self.max {
            Some(max) => range_text(f64::from(self.min), f64::from(max)),
            None => format!("{} or more", self.min),
        };
        if self.per_side {
            numbers + " per side"
        } else {
            numbers
        }
    }
}

impl Frequency {
    /// As a guide writes it: `2 per day`, `3-5 per week`.
    pub fn describe(&self) -> String {
        let per = match self.per {
            Period::Day => "day",
            Period::Week => "week",
        };
        format!(
            "{} per {per}",
            range_text(f64::from(self.min), f64::from(self.max))
        )
    }
}

/// A repetition count; `max` is `None` when the guide sets no upper bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    pub min: u32,
    pub max: Option<u32>,
    pub per_side: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Day,
    Week,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Frequency {
    pub min: u32,
    pub max: u32,
    pub per: Period,
}

/// A field the rules read: absent, present but unusable (already reported),
/// or present and normalized.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum Field<T> {
    #[default]
    Absent,
    Invalid,
    Valid(T),
}

impl<T> Field<T> {
    pub fn is_absent(&self) -> bool {
        matches!(self, Field::Absent)
    }

    pub fn is_present(&self) -> bool {
        !self.is_absent()
    }

    pub fn valid(&self) -> Option<&T> {
        match self {
            Field::Valid(v) => Some(v),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Exercise {
    /// Position in the guide's `exercises` list, for paths into the tree.
    pub index: usize,
    /// `Invalid` when `id` is there but is not text (already reported).
    pub id: Field<String>,
    pub name: String,
    /// `Invalid` when the value is not one of the levels (already reported).
    pub risk: Field<Risk>,
    pub steps: Vec<String>,
    pub hold: Field<Duration>,
    pub repetitions: Field<Count>,
    pub frequency: Field<Frequency>,
    /// The warnings whose kind can be read.
    pub warnings: Vec<Warning>,
    /// `warnings` is there but is not a list, or holds an item that cannot
    /// be read: what it meant to say is unknown (the schema has said why).
    pub warnings_unreadable: bool,
    /// `Invalid` when `partner` is there but is not a mapping with a `role`
    /// (`partner: true`, say): someone else still takes part. `partner:
    /// false` and `partner: no` (or `none`, `n`, `"false"`) are read as no
    /// partner.
    pub partner: Field<Partner>,
    pub supervision: Option<String>,
    pub professional_only: bool,
}

impl Exercise {
    pub fn path(&self, field: &str) -> Vec<Seg> {
        path!["exercises", self.index, field]
    }

    /// The exercise's id, when it has one that can be read.
    pub fn id(&self) -> Option<&str> {
        self.id.valid().map(String::as_str)
    }

    /// How a message names the exercise: by its id, or by its place in the
    /// list when it has no readable id.
    pub fn label(&self) -> String {
        match self.id() {
            Some(id) => format!("exercise `{id}`"),
            None => format!("exercise {}", self.index + 1),
        }
    }

    /// The path of the exercise's mapping.
    pub fn mapping(&self) -> Vec<Seg> {
        path!["exercises", self.index]
    }

    /// Where a finding about the whole exercise points: its `id` value, or
    /// the exercise itself when it has no `id`.
    pub fn anchor(&self) -> Vec<Seg> {
        if self.id.is_absent() {
            self.mapping()
        } else {
            self.path("id")
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Guide {
    pub id: Option<String>,
    pub warnings: Vec<Warning>,
    /// As [`Exercise::warnings_unreadable`], for the guide-wide list.
    pub warnings_unreadable: bool,
    /// Exercises that could be read; one broken exercise does not hide the others.
    pub exercises: Vec<Exercise>,
}

/// A value the schema accepts but the model cannot: a reversed range, a zero.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelError {
    pub path: Vec<Seg>,
    pub message: String,
    pub help: Option<String>,
}

// The raw forms are read from the JSON by hand: serde's untagged enums
// buffer the value and build an error for each form that does not fit,
// which cost more than reading the whole guide.
enum RawDuration {
    Text(String),
    Seconds { seconds: f64 },
    Range { min: f64, max: f64, unit: String },
}

// Numbers are read as `f64`: YAML turns an integer too large for `i64`
// into a float, and such a count must be reported, not dropped.
enum RawCount {
    Number(f64),
    Text(String),
    Range {
        min: f64,
        max: Option<f64>,
        per: Option<String>,
    },
}

enum RawFrequency {
    Text(String),
    Range { min: f64, max: f64, per: String },
}

// The same grammars as the schema's patterns.
use crate::grammar::{
    FIELD_COUNT as COUNT, FIELD_DURATION as DURATION, FIELD_FREQUENCY as FREQUENCY, RANGE_SEP,
    field_parts, unit_seconds,
};
use regex::Regex;
use std::sync::LazyLock;

/// What went wrong with a range, for the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeError {
    Zero,
    Reversed,
    TooLarge,
}

fn check_range<T: PartialOrd + Default + Copy>(min: T, max: T) -> Result<(), RangeError> {
    if min <= T::default() || max <= T::default() {
        Err(RangeError::Zero)
    } else if min > max {
        Err(RangeError::Reversed)
    } else {
        Ok(())
    }
}

/// A count from a YAML number; `Ok(None)` for a fraction (the schema has
/// said it must be a whole number).
fn to_u32(n: f64) -> Result<Option<u32>, RangeError> {
    if n.fract() != 0.0 || n.is_nan() {
        Ok(None)
    } else if n <= 0.0 {
        Err(RangeError::Zero)
    } else if n > f64::from(u32::MAX) {
        Err(RangeError::TooLarge)
    } else {
        // In range and whole, so the cast is exact.
        Ok(Some(n as u32))
    }
}

fn parse_u32(text: &str) -> Result<u32, RangeError> {
    text.parse::<u32>().map_err(|_| RangeError::TooLarge)
}

/// `Ok(None)`: not in the grammar (the schema has said so already).
pub fn parse_duration(text: &str) -> Result<Option<Duration>, RangeError> {
    let text = text.trim();
    if !DURATION.is_match(text) {
        return Ok(None);
    }
    let Some((min, max, unit)) = field_parts(text) else {
        return Ok(None);
    };
    let (Ok(min), max) = (min.parse::<f64>(), max.map(str::parse::<f64>)) else {
        return Ok(None);
    };
    let max = match max {
        Some(Ok(max)) => max,
        Some(Err(_)) => return Ok(None),
        None => min,
    };
    let scale = unit_seconds(unit);
    duration(min * scale, max * scale).map(Some)
}

fn duration(min_secs: f64, max_secs: f64) -> Result<Duration, RangeError> {
    if !min_secs.is_finite() || !max_secs.is_finite() {
        return Err(RangeError::TooLarge);
    }
    check_range(min_secs, max_secs)?;
    Ok(Duration { min_secs, max_secs })
}

pub fn parse_count(text: &str) -> Result<Option<Count>, RangeError> {
    let text = text.trim();
    if !COUNT.is_match(text) {
        return Ok(None);
    }
    let Some((min, max, per_side)) = field_parts(text) else {
        return Ok(None);
    };
    let min = parse_u32(min)?;
    let max = max.map_or(Ok(min), parse_u32)?;
    check_range(min, max)?;
    Ok(Some(Count {
        min,
        max: Some(max),
        per_side: !per_side.is_empty(),
    }))
}

pub fn parse_frequency(text: &str) -> Result<Option<Frequency>, RangeError> {
    let text = text.trim();
    if !FREQUENCY.is_match(text) {
        return Ok(None);
    }
    let Some((min, max, per)) = field_parts(text) else {
        return Ok(None);
    };
    let min = parse_u32(min)?;
    let max = max.map_or(Ok(min), parse_u32)?;
    check_range(min, max)?;
    let per = if per.ends_with("day") {
        Period::Day
    } else {
        Period::Week
    };
    Ok(Some(Frequency { min, max, per }))
}

/// A field's raw forms, and how they become its normalized value.
trait Normalize: Sized {
    type Out;
    /// `value` as one of the forms, if it is one.
    fn from_json(value: &Json) -> Option<Self>;
    fn normalize(&self) -> Result<Option<Self::Out>, RangeError>;

    /// Whether `value` is one of the forms and normalizes.
    fn fits(value: &Json) -> bool {
        Self::from_json(value).is_some_and(|raw| matches!(raw.normalize(), Ok(Some(_))))
    }
}

/// A mapping's number; `None` when it is absent or not a number.
fn number(map: &serde_json::Map<String, Json>, key: &str) -> Option<f64> {
    map.get(key)?.as_f64()
}

/// A mapping's optional entry: `Some(None)` when absent or null, `None`
/// when it is there but not what `read` takes.
fn optional<T>(
    map: &serde_json::Map<String, Json>,
    key: &str,
    read: impl Fn(&Json) -> Option<T>,
) -> Option<Option<T>> {
    match map.get(key) {
        None | Some(Json::Null) => Some(None),
        Some(value) => read(value).map(Some),
    }
}

fn text(map: &serde_json::Map<String, Json>, key: &str) -> Option<String> {
    map.get(key)?.as_str().map(str::to_string)
}

impl Normalize for RawDuration {
    type Out = Duration;

    fn from_json(value: &Json) -> Option<Self> {
        match value {
            Json::String(text) => Some(RawDuration::Text(text.clone())),
            Json::Object(map) => match number(map, "seconds") {
                Some(seconds) => Some(RawDuration::Seconds { seconds }),
                None => Some(RawDuration::Range {
                    min: number(map, "min")?,
                    max: number(map, "max")?,
                    unit: text(map, "unit")?,
                }),
            },
            _ => None,
        }
    }

    fn normalize(&self) -> Result<Option<Duration>, RangeError> {
        match self {
            RawDuration::Text(text) => parse_duration(text),
            RawDuration::Seconds { seconds } => duration(*seconds, *seconds).map(Some),
            RawDuration::Range { min, max, unit } => {
                let scale = unit_seconds(unit);
                duration(min * scale, max * scale).map(Some)
            }
        }
    }
}

impl Normalize for RawCount {
    type Out = Count;

    fn from_json(value: &Json) -> Option<Self> {
        match value {
            Json::Number(n) => n.as_f64().map(RawCount::Number),
            Json::String(text) => Some(RawCount::Text(text.clone())),
            Json::Object(map) => Some(RawCount::Range {
                min: number(map, "min")?,
                max: optional(map, "max", Json::as_f64)?,
                per: optional(map, "per", |v| v.as_str().map(str::to_string))?,
            }),
            _ => None,
        }
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

impl Normalize for RawFrequency {
    fn from_json(value: &Json) -> Option<Self> {
        match value {
            Json::String(text) => Some(RawFrequency::Text(text.clone())),
            Json::Object(map) => Some(RawFrequency::Range {
                min: number(map, "min")?,
                max: number(map, "max")?,
                per: text(map, "per")?,
            }),
            _ => None,
        }
    }

    type Out = Frequency;

    fn normalize(&self) -> Result<Option<Frequency>, RangeError> {
        match self {
            RawFrequency::Text(text) => parse_frequency(text),
            RawFrequency::Range { min, max, per } => {
                let (Some(min), Some(max)) = (to_u32(*min)?, to_u32(*max)?) else {
                    return Ok(None);
                };
                check_range(min, max)?;
                let per = match per.as_str() {
                    "day" => Period::Day,
                    "week" => Period::Week,
                    _ => return Ok(None),
                };
                Ok(Some(Frequency { min, max, per }))
            }
        }
    }
}

struct Normalizer<'a> {
    index: usize,
    errors: &'a mut Vec<ModelError>,
}

impl Normalizer<'_> {
    /// The field `name` of `exercise`, read as `R`; a value that fits a
    /// form but not its range is reported here.
    fn field<R: Normalize>(&mut self, exercise: &Json, name: &str, what: &str) -> Field<R::Out> {
        let Some(value) = exercise.get(name) else {
            return Field::Absent;
        };
        // A value that fits none of the forms: the schema has said why.
        let err = match R::from_json(value).map(|raw| raw.normalize()) {
            Some(Ok(Some(v))) => return Field::Valid(v),
            None | Some(Ok(None)) => return Field::Invalid,
            Some(Err(err)) => err,
        };
        let (message, help) = match err {
            RangeError::Zero => (
                format!("`{name}` must be greater than zero"),
                format!("give a {what} of at least 1"),
            ),
            RangeError::Reversed => (
                format!("`{name}` is a reversed range: its first number is larger than its second"),
                turned_round::<R>(value)
                    .unwrap_or_else(|| "write the smaller number first, e.g. `2-5`".to_string()),
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
        });
        Field::Invalid
    }
}

/// `30-15 s`: the first number, the separator, the second, the rest.
static RANGE_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^([0-9]+(?:\.[0-9]+)?)({RANGE_SEP})([0-9]+(?:\.[0-9]+)?)(.*)$"
    ))
    .expect("range text is a valid regex")
});

/// Help for a reversed range: the same value the right way round, with its
/// unit, `per` and form kept (checked to normalize), or `None`.
fn turned_round<R: Normalize>(value: &Json) -> Option<String> {
    let (fixed, help) = match value {
        Json::String(text) => {
            let caps = RANGE_TEXT.captures(text.trim())?;
            let part = |i: usize| caps.get(i).map_or("", |m| m.as_str());
            let fixed = format!("{}{}{}{}", part(3), part(2), part(1), part(4));
            let help = format!("write the smaller number first: `{fixed}`");
            (Json::String(fixed), help)
        }
        Json::Object(map) => {
            let (min, max) = (map.get("min")?, map.get("max")?);
            let mut fixed = map.clone();
            fixed.insert("min".into(), max.clone());
            fixed.insert("max".into(), min.clone());
            let help = format!("swap `min` and `max`: `{}`", flow_mapping(&fixed));
            (Json::Object(fixed), help)
        }
        _ => return None,
    };
    R::fits(&fixed).then_some(help)
}

/// A mapping as YAML flow text, `min` and `max` first: `{min: 2, max: 3,
/// per: side}`.
fn flow_mapping(map: &serde_json::Map<String, Json>) -> String {
    let first = ["min", "max"];
    let entries: Vec<String> = first
        .iter()
        .filter_map(|key| map.get_key_value(*key))
        .chain(map.iter().filter(|(key, _)| !first.contains(&key.as_str())))
        .map(|(key, value)| format!("{key}: {}", flow_scalar(value)))
        .collect();
    format!("{{{}}}", entries.join(", "))
}

/// A value as YAML flow text: a plain word as it is, anything else as JSON
/// (which YAML reads back the same).
fn flow_scalar(value: &Json) -> String {
    match value {
        Json::String(text)
            if text.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') =>
        {
            text.clone()
        }
        other => other.to_string(),
    }
}

/// One field of an exercise, if it is there and has the expected type.
fn field<'a, T: Deserialize<'a>>(exercise: &'a Json, key: &str) -> Option<T> {
    T::deserialize(exercise.get(key)?).ok()
}

/// A field that is absent, present and readable as `T`, or present but not.
fn read<'a, T: Deserialize<'a>>(mapping: &'a Json, key: &str) -> Field<T> {
    match mapping.get(key) {
        None => Field::Absent,
        Some(value) => T::deserialize(value).map_or(Field::Invalid, Field::Valid),
    }
}

/// The warnings of a list whose kind can be read; one broken warning does
/// not hide the others.
fn warnings(list: Option<&Json>) -> Vec<Warning> {
    match list {
        Some(Json::Array(items)) => items
            .iter()
            .enumerate()
            .filter_map(|(index, item)| {
                Warning::deserialize(item)
                    .ok()
                    .map(|warning| Warning { index, ..warning })
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// An item without a readable `kind` could be the stop-if-pain warning; one
/// whose `kind` is text but misspelt is not unknown (a misspelt
/// `stop-if-pain` is folded by its own fact; any other kind is not it).
fn warnings_unreadable(list: Option<&Json>) -> bool {
    match list {
        None => false,
        Some(Json::Array(items)) => items
            .iter()
            .any(|item| !item.get("kind").is_some_and(Json::is_string)),
        Some(_) => true,
    }
}

/// Words written for `partner` that mean nobody else takes part.
const NO_PARTNER: &[&str] = &["no", "n", "none", "false", "nobody", "no one", "n/a"];

/// `partner: no` (text, where YAML 1.2 reads `no` as a word): nobody else
/// takes part, as `partner: false` says.
pub fn says_no_partner(text: &str) -> bool {
    let text = text.trim().to_lowercase();
    NO_PARTNER.contains(&text.as_str())
}

/// `partner: false` or `partner: no` says there is none (the schema still
/// reports the value); anything else says there is one.
fn partner(exercise: &Json) -> Field<Partner> {
    match exercise.get("partner") {
        None | Some(Json::Bool(false)) => Field::Absent,
        Some(Json::String(text)) if says_no_partner(text) => Field::Absent,
        Some(value) => Partner::deserialize(value).map_or(Field::Invalid, Field::Valid),
    }
}

/// Build the typed guide from a document that has been through the schema.
/// Every exercise that is a mapping is read, whatever else is wrong with it
/// or with the guide (the schema has reported that); a field that does not
/// fit is `Invalid` or read as absent, and the rules still run on the rest.
pub fn build(doc: &Json) -> (Guide, Vec<ModelError>) {
    let mut errors = Vec::new();
    if !doc.is_object() {
        return (Guide::default(), errors);
    }
    // Borrowed, not deserialized: copying every exercise costs more than
    // everything the rules do with them.
    let items: &[Json] = match doc.get("exercises") {
        Some(Json::Array(items)) => items,
        _ => &[],
    };
    let exercises = items
        .iter()
        .enumerate()
        .filter(|(_, value)| value.is_object())
        .map(|(index, value)| {
            let mut n = Normalizer {
                index,
                errors: &mut errors,
            };
            let hold = n.field::<RawDuration>(value, "hold", "duration");
            let repetitions = n.field::<RawCount>(value, "repetitions", "count");
            let frequency = n.field::<RawFrequency>(value, "frequency", "frequency");
            Exercise {
                index,
                hold,
                repetitions,
                frequency,
                id: read(value, "id"),
                name: field(value, "name").unwrap_or_default(),
                risk: read(value, "risk"),
                steps: field(value, "steps").unwrap_or_default(),
                warnings: warnings(value.get("warnings")),
                warnings_unreadable: warnings_unreadable(value.get("warnings")),
                partner: partner(value),
                supervision: field(value, "supervision"),
                professional_only: field(value, "professional_only").unwrap_or(false),
            }
        })
        .collect();
    let guide = Guide {
        id: field(doc, "id"),
        warnings: warnings(doc.get("warnings")),
        warnings_unreadable: warnings_unreadable(doc.get("warnings")),
        exercises,
    };
    (guide, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(text: &str) -> Option<(f64, f64)> {
        parse_duration(text)
            .ok()
            .flatten()
            .map(|d| (d.min_secs, d.max_secs))
    }

    #[test]
    fn durations_normalize_to_seconds() {
        assert_eq!(secs("10 s"), Some((10.0, 10.0)));
        assert_eq!(secs("15–30 seconds"), Some((15.0, 30.0)));
        assert_eq!(secs("20 to 30 s"), Some((20.0, 30.0)));
        assert_eq!(secs("1.5 min"), Some((90.0, 90.0)));
        assert_eq!(secs("10"), None);
        assert!(matches!(
            parse_duration("30-10 s"),
            Err(RangeError::Reversed)
        ));
        assert!(matches!(parse_duration("0 s"), Err(RangeError::Zero)));
    }

    #[test]
    fn counts_keep_sides_and_bounds() {
        let c = parse_count("2 to 3 per side").ok().flatten().unwrap();
        assert_eq!((c.min, c.max, c.per_side), (2, Some(3), true));
        assert!(matches!(parse_count("5-2"), Err(RangeError::Reversed)));
        assert!(matches!(
            parse_count("99999999999"),
            Err(RangeError::TooLarge)
        ));
        let f = parse_frequency("3-5 per day").ok().flatten().unwrap();
        assert_eq!((f.min, f.max, f.per), (3, 5, Period::Day));
    }

    #[test]
    fn every_field_form_is_split_the_same_way_the_patterns_group_it() {
        assert_eq!(secs(" 5 - 10  seconds "), Some((5.0, 10.0)));
        assert_eq!(secs("1.5-2.5 min"), Some((90.0, 150.0)));
        assert_eq!(secs("10s"), Some((10.0, 10.0)));
        assert_eq!(secs("2  minutes"), Some((120.0, 120.0)));
        assert_eq!(secs("ten seconds"), None);
        assert_eq!(secs("5 or 10 s"), None);
        let count = |t: &str| {
            parse_count(t)
                .ok()
                .flatten()
                .map(|c| (c.min, c.max, c.per_side))
        };
        assert_eq!(count("3"), Some((3, Some(3), false)));
        assert_eq!(count("2–3"), Some((2, Some(3), false)));
        assert_eq!(count("4 per side"), Some((4, Some(4), true)));
        assert_eq!(count("2 or 3"), None);
        assert!(matches!(
            parse_count("2-99999999999"),
            Err(RangeError::TooLarge)
        ));
        let freq = |t: &str| {
            parse_frequency(t)
                .ok()
                .flatten()
                .map(|f| (f.min, f.max, f.per))
        };
        assert_eq!(freq("2 per week"), Some((2, 2, Period::Week)));
        assert_eq!(freq("1 to 2  per  day"), Some((1, 2, Period::Day)));
        assert_eq!(freq("twice a day"), None);
    }
}
