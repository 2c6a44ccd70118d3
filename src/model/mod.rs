//! The typed guide. Durations become second ranges and counts integer
//! ranges here, once, so no rule ever re-parses a string.

use crate::load::tree::Seg;
use crate::path;
use serde::Deserialize;
use std::borrow::Cow;

#[doc(hidden)]
pub mod read;
pub use read::build;

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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WarningKind {
    StopIfPain,
    SeeADoctor,
    Contraindication,
    Caution,
}

/// A warning whose `kind` can be read; its `text` is empty when it has
/// none, so a misspelt `text` key does not hide the kind (the schema has
/// said what is wrong).
#[derive(Debug, Clone, PartialEq)]
pub struct Warning<'t> {
    pub kind: WarningKind,
    pub text: Cow<'t, str>,
    /// Position in its `warnings` list, for paths into the tree.
    pub index: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Partner<'t> {
    pub role: Cow<'t, str>,
}

/// A hold time in seconds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Duration {
    pub min_secs: f64,
    pub max_secs: f64,
    /// Written in minutes (`3 min`): messages say it so, not as `180 s`.
    pub in_minutes: bool,
}

impl Duration {
    /// As the guide writes it: `10 s`, `5-10 s`, `3 min`.
    pub fn describe(&self) -> String {
        if self.in_minutes {
            range_text(self.min_secs / 60.0, self.max_secs / 60.0) + " min"
        } else {
            range_text(self.min_secs, self.max_secs) + " s"
        }
    }

    /// `secs` in the unit the guide writes this duration in.
    pub fn say(&self, secs: f64) -> String {
        if self.in_minutes {
            format!("{} min", secs / 60.0)
        } else {
            format!("{secs} s")
        }
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

// The grammar reads periods in fields and in steps alike.
pub use crate::read::grammar::Period;

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
pub struct Exercise<'t> {
    /// Position in the guide's `exercises` list, for paths into the tree.
    pub index: usize,
    /// `Invalid` when `id` is there but is not text (already reported).
    pub id: Field<Cow<'t, str>>,
    pub name: Cow<'t, str>,
    /// `Invalid` when the value is not one of the levels (already reported).
    pub risk: Field<Risk>,
    pub steps: Vec<Cow<'t, str>>,
    pub hold: Field<Duration>,
    pub repetitions: Field<Count>,
    pub frequency: Field<Frequency>,
    /// The warnings whose kind can be read.
    pub warnings: Vec<Warning<'t>>,
    /// `warnings` is there but is not a list, or holds an item that cannot
    /// be read: what it meant to say is unknown (the schema has said why).
    pub warnings_unreadable: bool,
    /// `Invalid` when `partner` is there but is not a mapping with a `role`
    /// (`partner: true`, say): someone else still takes part. `partner:
    /// false` and `partner: no` (or `none`, `n`, `"false"`) are read as no
    /// partner.
    pub partner: Field<Partner<'t>>,
    pub supervision: Option<Cow<'t, str>>,
    pub professional_only: bool,
}

impl Exercise<'_> {
    pub fn path(&self, field: &str) -> Vec<Seg> {
        path!["exercises", self.index, field]
    }

    /// The exercise's id, when it has one that can be read.
    pub fn id(&self) -> Option<&str> {
        self.id.valid().map(AsRef::as_ref)
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
pub struct Guide<'t> {
    pub id: Option<Cow<'t, str>>,
    pub warnings: Vec<Warning<'t>>,
    /// As [`Exercise::warnings_unreadable`], for the guide-wide list.
    pub warnings_unreadable: bool,
    /// Exercises that could be read; one broken exercise does not hide the others.
    pub exercises: Vec<Exercise<'t>>,
}

/// A value the schema accepts but the model cannot: a reversed range, a zero.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelError {
    pub path: Vec<Seg>,
    pub message: String,
    pub help: Option<String>,
    /// The value's text that fixes it, when one is known.
    pub fixed: Option<String>,
}

// The same grammars as the schema's patterns.
use crate::read::grammar::{self, field_count, field_duration, field_frequency, unit_seconds};

/// What went wrong with a range, for the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeError {
    Zero,
    Reversed,
    TooLarge,
}

pub fn check_range<T: PartialOrd + Default + Copy>(min: T, max: T) -> Result<(), RangeError> {
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
pub fn to_u32(n: f64) -> Result<Option<u32>, RangeError> {
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
    let Some(parts) = field_duration(text.trim()) else {
        return Ok(None);
    };
    let (Some(min), max) = (
        grammar::decimal_number(parts.min),
        parts.max.map(grammar::decimal_number),
    ) else {
        return Ok(None);
    };
    let max = match max {
        Some(Some(max)) => max,
        Some(None) => return Ok(None),
        None => min,
    };
    let scale = unit_seconds(parts.rest);
    duration(min * scale, max * scale, scale == 60.0).map(Some)
}

pub fn duration(min_secs: f64, max_secs: f64, in_minutes: bool) -> Result<Duration, RangeError> {
    if !min_secs.is_finite() || !max_secs.is_finite() {
        return Err(RangeError::TooLarge);
    }
    check_range(min_secs, max_secs)?;
    Ok(Duration {
        min_secs,
        max_secs,
        in_minutes,
    })
}

pub fn parse_count(text: &str) -> Result<Option<Count>, RangeError> {
    let Some(parts) = field_count(text.trim()) else {
        return Ok(None);
    };
    let min = parse_u32(parts.min)?;
    let max = parts.max.map_or(Ok(min), parse_u32)?;
    check_range(min, max)?;
    Ok(Some(Count {
        min,
        max: Some(max),
        per_side: parts.rest == "side",
    }))
}

pub fn parse_frequency(text: &str) -> Result<Option<Frequency>, RangeError> {
    let Some(parts) = field_frequency(text.trim()) else {
        return Ok(None);
    };
    let min = parse_u32(parts.min)?;
    let max = parts.max.map_or(Ok(min), parse_u32)?;
    check_range(min, max)?;
    let per = if parts.rest == "day" {
        Period::Day
    } else {
        Period::Week
    };
    Ok(Some(Frequency { min, max, per }))
}

/// Words written for `partner` that mean nobody else takes part.
const NO_PARTNER: &[&str] = &["no", "n", "none", "false", "nobody", "no one", "n/a"];

/// `partner: no` (text, where YAML 1.2 reads `no` as a word): nobody else
/// takes part, as `partner: false` says.
pub fn says_no_partner(text: &str) -> bool {
    let text = text.trim().to_lowercase();
    NO_PARTNER.contains(&text.as_str())
}
