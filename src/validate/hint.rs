//! Help for the common mistakes in values: what the writer most likely
//! meant, said as the value to write. A rewrite is only offered when it
//! fits the grammar (checked with the model's own parsers), so the help
//! never suggests something that is wrong in turn.

use crate::load::scalar::quote;
use crate::load::tree::Seg;
use crate::model::{parse_count, parse_duration, parse_frequency, says_no_partner};
use crate::read::grammar;
use serde_json::Value as Json;

/// Which grammar a value had to follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grammar {
    Duration,
    Count,
    Frequency,
}

/// The key a value is under, if it is under one.
fn key_of(path: &[Seg]) -> Option<&str> {
    match path.last() {
        Some(Seg::Key(key)) => Some(key),
        _ => None,
    }
}

/// Words written for an allowed value, by field: `(field, written, meant)`.
const VALUE_SYNONYMS: &[(&str, &str, &str)] = &[
    ("risk", "medium", "moderate"),
    ("risk", "med", "moderate"),
    ("risk", "mid", "moderate"),
    ("risk", "intermediate", "moderate"),
    ("risk", "average", "moderate"),
    ("risk", "mild", "low"),
    ("risk", "minimal", "low"),
    ("risk", "severe", "high"),
    ("risk", "elevated", "high"),
    ("position", "sitting", "seated"),
    ("position", "sit", "seated"),
    ("position", "stand", "standing"),
    ("position", "kneel", "kneeling"),
    ("position", "on your back", "supine"),
    ("position", "lying on your back", "supine"),
    ("position", "lying on back", "supine"),
    ("position", "face up", "supine"),
    ("position", "lying face up", "supine"),
    ("position", "on your front", "prone"),
    ("position", "on your stomach", "prone"),
    ("position", "lying on your front", "prone"),
    ("position", "lying on your stomach", "prone"),
    ("position", "face down", "prone"),
    ("position", "lying face down", "prone"),
    ("position", "on your side", "side-lying"),
    ("position", "lying on your side", "side-lying"),
    ("position", "on all fours", "hands-and-knees"),
    ("position", "all fours", "hands-and-knees"),
    ("position", "quadruped", "hands-and-knees"),
    ("kind", "stop", "stop-if-pain"),
    ("kind", "pain", "stop-if-pain"),
    ("kind", "doctor", "see-a-doctor"),
    ("kind", "warning", "caution"),
];

/// Lower case, one space between words, `_` read as a space.
fn words(text: &str) -> String {
    text.to_lowercase()
        .replace('_', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The allowed value a word stands for (`medium` for `moderate`), where
/// spelling alone would not find it.
pub fn synonym<'a>(path: &[Seg], found: &str, allowed: &'a [String]) -> Option<&'a str> {
    let field = key_of(path)?;
    let written = words(found);
    VALUE_SYNONYMS
        .iter()
        .find(|(f, w, _)| *f == field && *w == written)
        .and_then(|(_, _, meant)| allowed.iter().find(|a| a == meant))
        .map(String::as_str)
}

/// Help for a word that stands for several allowed values: the choice it
/// leaves (`lying`: on your back, front or side).
pub fn vague_value(path: &[Seg], found: &str, allowed: &[String]) -> Option<String> {
    let offered = |value: &str| allowed.iter().any(|a| a == value);
    let lying = [
        "lying",
        "lying down",
        "lie",
        "lie down",
        "laying",
        "laying down",
    ];
    (key_of(path)? == "position"
        && lying.contains(&words(found).as_str())
        && ["supine", "prone", "side-lying"].iter().all(|v| offered(v)))
    .then(|| {
        "for lying down write `supine` (on your back), `prone` (on your front) or `side-lying` (on your side)"
            .to_string()
    })
}

/// Help for a list item of text written as `Tip: keep your back straight.`,
/// which YAML reads as a mapping of one key: the item quoted.
fn text_item(list: &str, instance: &Json) -> Option<String> {
    let Json::Object(map) = instance else {
        return None;
    };
    let (key, value) = map.iter().next().filter(|_| map.len() == 1)?;
    let text = match value {
        Json::Null => format!("{key}:"),
        Json::String(value) => format!("{key}: {value}"),
        Json::Number(_) | Json::Bool(_) => format!("{key}: {value}"),
        Json::Array(_) | Json::Object(_) => return None,
    };
    let what = if list == "steps" { "step" } else { "item" };
    Some(format!(
        "YAML reads `{key}: …` as a key and a value; quote the {what}: `- {}`",
        quote(&text)
    ))
}

/// Text that can stand unquoted inside a YAML flow list.
fn flow_safe(text: &str) -> bool {
    !text.is_empty()
        && text.chars().next().is_some_and(char::is_alphanumeric)
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || " -.()/'".contains(c))
}

/// `partner` is only there when someone else takes part (the schema has
/// no way to write "nobody").
const NO_PARTNER_HELP: &str = "to say nobody else takes part, remove `partner`";

/// Help for a value of the wrong type: `yes` for `true`, a bare word for
/// a list, a number for text.
pub fn wrong_type(path: &[Seg], expected: &str, instance: &Json) -> Option<String> {
    // A warning is a mapping of `kind` and `text`, whether the list or one
    // of its items was written as plain text.
    let in_warnings = match path {
        [.., Seg::Key(key)] | [.., Seg::Key(key), Seg::Index(_)] => key == "warnings",
        _ => false,
    };
    if in_warnings && expected == "array" && matches!(instance, Json::Object(_)) {
        return Some("a list item needs its dash: write `- kind: …` with `text:` below it, in line with `kind`".to_string());
    }
    if in_warnings && matches!(instance, Json::String(_)) {
        return Some(
            "write each warning as a list item with a kind and a text: `- kind: stop-if-pain` with `text:` on the next line".to_string(),
        );
    }
    if let ("string", [.., Seg::Key(list), Seg::Index(_)]) = (expected, path)
        && ["steps", "equipment", "contraindications"].contains(&list.as_str())
    {
        return text_item(list, instance);
    }
    let key = key_of(path)?;
    match (expected, instance) {
        ("boolean", Json::String(text)) => {
            let meant = match words(text).as_str() {
                "yes" | "y" | "true" | "on" => "true",
                "no" | "n" | "false" | "off" => "false",
                _ => return None,
            };
            Some(format!("write `{key}: {meant}`"))
        }
        ("boolean", Json::Number(n)) => {
            let meant = match n.as_f64() {
                Some(1.0) => "true",
                Some(0.0) => "false",
                _ => return None,
            };
            Some(format!("write `{key}: {meant}`"))
        }
        ("array", Json::String(text)) => {
            // `steps` are sentences, where a comma is not a separator; a
            // ` - ` in them is the dash of a step below a first step that
            // has none (YAML joins the lines into one text).
            let items: Vec<&str> = if key == "steps" && text.contains(" - ") {
                vec![]
            } else if key == "steps" {
                vec![text.trim()]
            } else {
                text.split([',', ';']).map(str::trim).collect()
            };
            if !items.is_empty() && items.iter().all(|item| flow_safe(item)) {
                Some(format!("make it a list: `[{}]`", items.join(", ")))
            } else {
                Some(format!(
                    "make it a list: under `{key}:`, put each item on its own line after `- `"
                ))
            }
        }
        ("string", Json::Number(_) | Json::Bool(_)) => {
            Some(format!("quote it: `{key}: \"{instance}\"`"))
        }
        ("object", Json::Bool(false)) if key == "partner" => Some(NO_PARTNER_HELP.to_string()),
        ("object", Json::String(text)) if key == "partner" && says_no_partner(text) => {
            Some(NO_PARTNER_HELP.to_string())
        }
        ("object", Json::String(role)) if key == "partner" && flow_safe(role) => Some(format!(
            "say what the partner does under `role:`: `partner: {{role: {role}}}`"
        )),
        ("object", _) if key == "partner" => Some(
            "write `partner:` as a mapping with `role:` saying what the partner does".to_string(),
        ),
        _ => None,
    }
}

/// Dashes that are not range separators but look like them.
const LOOKALIKE_DASHES: &[char] = &['—', '‒', '−', '‑', '~'];

/// The number or range at the start of `text` (as [`words`] writes it),
/// read as the steps are read: digits or words ("twelve", "forty-five",
/// "a couple of"), "two-three", "2 to 3"; "once", "twice" and "thrice" as
/// a number of times. Where it ends, past any of `count_words` after it
/// ("x", "times").
fn quantity(text: &str, count_words: &[&str]) -> Option<(f64, f64, usize)> {
    let (a, b, end) = match grammar::quantity_at(text, 0) {
        Some(q) if q.qualifier.is_none() => (q.a, q.b, q.end),
        Some(_) => return None,
        None => {
            let word = text.split(' ').next()?;
            let n = ["once", "twice", "thrice"]
                .contains(&word)
                .then(|| grammar::number(word))
                .flatten()?;
            return Some((n, n, word.len()));
        }
    };
    let unit = grammar::spaces(text, end);
    Some((
        a,
        b,
        grammar::one_word_of(text, unit, count_words).unwrap_or(end),
    ))
}

/// `3` or `3-5`, as the field grammar writes a number or a range.
fn numbers(a: f64, b: f64) -> String {
    if a == b {
        format!("{a}")
    } else {
        format!("{a}-{b}")
    }
}

/// The period from `at` to the end of `text`: "a day", "per week",
/// "daily", "/day".
fn period_to_end(text: &str, at: usize) -> Option<&'static str> {
    let slash = grammar::spaces(text, at);
    let end = match text.get(slash..).and_then(|rest| rest.strip_prefix('/')) {
        Some(rest) => {
            let word = text.len() - rest.trim_start().len();
            grammar::one_word_of(text, word, &["day", "week"])
        }
        None => grammar::per_period_at(text, at),
    }?;
    (end == text.len()).then_some(if text.ends_with("week") || text.ends_with("weekly") {
        "week"
    } else {
        "day"
    })
}

/// The frequency a phrase such as `3 times a day` or `daily` means, in the
/// grammar (`3 per day`).
pub fn as_frequency(text: &str) -> Option<String> {
    let text = words(text).replace(LOOKALIKE_DASHES, "-");
    let fixed = match text.as_str() {
        "daily" | "every day" | "each day" | "a day" | "per day" => "1 per day".to_string(),
        "weekly" | "every week" | "each week" | "a week" | "per week" => "1 per week".to_string(),
        _ => {
            let (a, b, end) = quantity(&text, &["x", "times", "time"])?;
            let period = period_to_end(&text, end)?;
            format!("{} per {period}", numbers(a, b))
        }
    };
    matches!(parse_frequency(&fixed), Ok(Some(_))).then_some(fixed)
}

fn fits(grammar: Grammar, text: &str) -> bool {
    match grammar {
        Grammar::Duration => matches!(parse_duration(text), Ok(Some(_))),
        Grammar::Count => matches!(parse_count(text), Ok(Some(_))),
        Grammar::Frequency => matches!(parse_frequency(text), Ok(Some(_))),
    }
}

/// Help for a value that fits none of the forms of `grammar`, when the
/// mistake is a common one. `has_frequency`: the value's exercise already
/// has a `frequency`, so a count that is one cannot move there as it is.
pub fn grammar(grammar: Grammar, instance: &Json, has_frequency: bool) -> Option<String> {
    match instance {
        Json::String(text) => text_form(grammar, text.trim(), has_frequency),
        Json::Object(map) => mapping_form(grammar, map, has_frequency),
        _ => None,
    }
}

/// Help for `repetitions` that says how often a `period`, written as
/// `frequency` would say it.
fn a_frequency(period: &str, frequency: &str, has_frequency: bool) -> String {
    let one_session = "give `repetitions` for one session, such as `repetitions: 1`";
    if has_frequency {
        format!(
            "this says how often {period} (`{frequency}`), not how many in a row, and this exercise already has `frequency`: fold it into that `frequency` or remove it, and {one_session}"
        )
    } else {
        format!(
            "this says how often {period}, not how many in a row: write `frequency: {frequency}` and {one_session}"
        )
    }
}

/// The value to write instead of `instance`, where the help names one
/// exactly: a unit added, a look-alike dash or the case fixed.
pub fn rewrite(grammar: Grammar, instance: &Json) -> Option<String> {
    let text = instance.as_str()?.trim();
    if grammar == Grammar::Duration && fits(grammar, &format!("{text} s")) {
        return Some(format!("{text} s"));
    }
    let dashed = text.replace(LOOKALIKE_DASHES, "-");
    [dashed.clone(), dashed.to_lowercase()]
        .into_iter()
        .find(|fixed| fixed != text && fits(grammar, fixed))
        .or_else(|| {
            (grammar == Grammar::Count && as_frequency(text).is_none())
                .then(|| count_rewrite(text))
                .flatten()
                .map(|(fixed, _)| fixed)
        })
}

fn text_form(grammar: Grammar, text: &str, has_frequency: bool) -> Option<String> {
    if grammar == Grammar::Duration
        && let Some(hold) = per_side_hold(text)
    {
        return Some(format!(
            "a hold has no sides: write `hold: {hold}`, and say `per side` in `repetitions` (`3 per side`)"
        ));
    }
    if grammar == Grammar::Duration && fits(grammar, &format!("{text} s")) {
        return Some(format!("add a unit: `{text} s`"));
    }
    if let Some(dash) = text.chars().find(|c| LOOKALIKE_DASHES.contains(c)) {
        let fixed = text.replace(LOOKALIKE_DASHES, "-");
        for fixed in [fixed.clone(), fixed.to_lowercase()] {
            if fits(grammar, &fixed) {
                return Some(format!(
                    "join a range with `-` or `–`, not `{dash}`: `{fixed}`"
                ));
            }
        }
    }
    let lower = text.to_lowercase();
    if lower != text && fits(grammar, &lower) {
        let what = if grammar == Grammar::Duration {
            "units are"
        } else {
            "write it in"
        };
        return Some(format!("{what} lower case: `{lower}`"));
    }
    match grammar {
        Grammar::Duration => None,
        Grammar::Frequency => as_frequency(text).map(|fixed| format!("write `{fixed}`")),
        Grammar::Count => count_text(text, has_frequency),
    }
}

fn count_text(text: &str, has_frequency: bool) -> Option<String> {
    if let Some(frequency) = as_frequency(text) {
        let period = if frequency.ends_with("week") {
            "a week"
        } else {
            "a day"
        };
        return Some(a_frequency(period, &frequency, has_frequency));
    }
    Some(match count_rewrite(text)? {
        (fixed, true) => format!("write `{fixed}`"),
        (fixed, false) => format!("write just the count: `{fixed}`"),
    })
}

/// The duration of a hold said per side (`30 s each side`), without it.
fn per_side_hold(text: &str) -> Option<&str> {
    let lower = text.to_ascii_lowercase();
    [
        "each side",
        "per side",
        "on each side",
        "each way",
        "per leg",
        "each leg",
    ]
    .iter()
    .find_map(|tail| {
        let cut = lower.trim_end().strip_suffix(tail)?.len();
        let hold = text.get(..cut)?.trim();
        fits(Grammar::Duration, hold).then_some(hold)
    })
}

/// A count said in words (`10x`, `3 times each side`) as the grammar
/// writes it, and whether it is per side.
pub fn count_rewrite(text: &str) -> Option<(String, bool)> {
    let text = words(text).replace(LOOKALIKE_DASHES, "-");
    let units = [
        "x",
        "times",
        "time",
        "reps",
        "rep",
        "repetitions",
        "repetition",
    ];
    let (a, b, end) = quantity(&text, &units)?;
    let side = grammar::side_at(&text, end);
    if side.unwrap_or(end) != text.len() {
        return None;
    }
    let count = numbers(a, b);
    let fixed = match side {
        Some(_) => format!("{count} per side"),
        None => count,
    };
    fits(Grammar::Count, &fixed).then_some((fixed, side.is_some()))
}

fn mapping_form(
    grammar: Grammar,
    map: &serde_json::Map<String, Json>,
    has_frequency: bool,
) -> Option<String> {
    let number = |key: &str| {
        let value = map.get(key)?;
        Some((value.as_f64()?, value.to_string()))
    };
    let ((low, min), (high, max)) = (number("min")?, number("max")?);
    // The rewrite is offered the right way round.
    let (min, max, turned) = if low > high {
        (max, min, " and put the smaller number under `min`")
    } else {
        (min, max, "")
    };
    let has = |key: &str| map.contains_key(key);
    match grammar {
        Grammar::Duration if !has("unit") && map.len() == 2 => Some(format!(
            "add `unit:`{turned}: `{{min: {min}, max: {max}, unit: s}}`"
        )),
        Grammar::Frequency if !has("per") && map.len() == 2 => Some(format!(
            "add `per: day` or `per: week`{turned}: `{{min: {min}, max: {max}, per: day}}`"
        )),
        Grammar::Count => {
            let per = map.get("per").and_then(Json::as_str)?;
            matches!(per, "day" | "week").then(|| {
                a_frequency(
                    &format!("a {per}"),
                    &format!("{{min: {min}, max: {max}, per: {per}}}"),
                    has_frequency,
                )
            })
        }
        _ => None,
    }
}
