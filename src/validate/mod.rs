//! Validation against `schema/guide.schema.json`, every error, each turned
//! into a message for a content editor and placed on its node.

use crate::finding::{Cause, Finding, Keys, Target};
use crate::load::tree::{Node, Seg, Value};
use hint::Grammar;
use jsonschema::error::ValidationErrorKind;
use jsonschema::paths::LocationSegment;
use jsonschema::{ValidationError, Validator};
use serde_json::Value as Json;
use std::sync::LazyLock;

/// The published schema, exactly as committed.
pub const SCHEMA_TEXT: &str = include_str!("../../schema/guide.schema.json");

pub static SCHEMA: LazyLock<Json> =
    LazyLock::new(|| serde_json::from_str(SCHEMA_TEXT).expect("the bundled schema is valid JSON"));

#[doc(hidden)]
pub mod fast;
pub mod hint;
#[doc(hidden)]
pub mod patterns;

/// The published schema, with the non-blank text check read by
/// [`NonBlank`] instead of the regex engine, whose set-up for each search
/// cost more than the search: those calls were about a third of validating
/// a guide. Tests hold the two to the same answers.
///
/// It reads a guide as JSON (`Node::to_json`), which only a guide the fast
/// walk cannot call valid pays for: a validator over the spanned tree
/// itself would be built into spotter for that type alone, about a fifth
/// of the library's compiled code.
pub static VALIDATOR: LazyLock<Validator> = LazyLock::new(|| {
    // The schema's other patterns need no look-around, so the `regex`
    // engine (linear time, and about twice as fast here as fancy-regex)
    // reads them.
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft7)
        .with_pattern_options(jsonschema::PatternOptions::regex())
        .with_keyword(NON_BLANK, |_, _, _| Ok(Box::new(NonBlank)))
        .with_keyword(OWN_PATTERN, |_, value, _| {
            match value.as_str().and_then(patterns::Own::of) {
                Some(own) => Ok(Box::new(OwnPattern(own))),
                None => Err(ValidationError::custom(
                    "not a pattern spotter reads by hand",
                )),
            }
        })
        .build(&with_own_patterns(&with_non_blank_keyword(&SCHEMA)))
        .expect("the bundled schema is a valid draft-07 schema")
});

/// The keyword [`OwnPattern`] is known by in [`VALIDATOR`]'s schema; its
/// value is the published pattern it stands for.
pub const OWN_PATTERN: &str = "x-spotter-pattern";

/// `schema` with [`OWN_PATTERN`] in place of every `pattern` that
/// [`patterns::PATTERNS`] reads by hand.
fn with_own_patterns(schema: &Json) -> Json {
    let mut schema = schema.clone();
    let mut todo = vec![&mut schema];
    while let Some(node) = todo.pop() {
        match node {
            Json::Object(map) => {
                let own = map
                    .get("pattern")
                    .and_then(Json::as_str)
                    .is_some_and(|p| patterns::Own::of(p).is_some());
                if let Some(pattern) = own.then(|| map.remove("pattern")).flatten() {
                    map.insert(OWN_PATTERN.to_string(), pattern);
                }
                todo.extend(map.values_mut());
            }
            Json::Array(items) => todo.extend(items.iter_mut()),
            _ => {}
        }
    }
    schema
}

/// A `pattern` read by [`patterns::Own`]: as the keyword does, it says
/// nothing of what is not text.
struct OwnPattern(patterns::Own);

impl OwnPattern {
    fn holds(&self, instance: &Json) -> bool {
        instance.as_str().is_none_or(|text| self.0.matches(text))
    }
}

impl<'i> jsonschema::Keyword<'i> for OwnPattern {
    fn validate(&self, instance: &'i Json) -> Result<(), ValidationError<'i>> {
        if self.holds(instance) {
            Ok(())
        } else {
            Err(ValidationError::custom("does not match the pattern"))
        }
    }

    fn is_valid(&self, instance: &'i Json) -> bool {
        self.holds(instance)
    }
}

/// The keyword [`NonBlank`] is known by in [`VALIDATOR`]'s schema.
pub const NON_BLANK: &str = "x-spotter-non-blank";

/// Where the non-blank check is: every text field refers to it.
pub const TEXT_DEFINITION: &str = "/definitions/text";

/// `schema` with [`NON_BLANK`] in place of `definitions/text`'s
/// `"pattern": "\\S"`; unchanged if that pattern is not there.
pub fn with_non_blank_keyword(schema: &Json) -> Json {
    let mut schema = schema.clone();
    if let Some(text) = schema
        .pointer_mut(TEXT_DEFINITION)
        .and_then(Json::as_object_mut)
        .filter(|text| text.get("pattern").and_then(Json::as_str) == Some(r"\S"))
    {
        text.remove("pattern");
        text.insert(NON_BLANK.to_string(), Json::Bool(true));
    }
    schema
}

/// `"pattern": "\\S"` as JSON Schema reads it (ECMA-262): a string holds a
/// character that is not ECMA whitespace; anything else passes.
pub struct NonBlank;

impl NonBlank {
    pub fn holds(instance: &Json) -> bool {
        // A pattern says nothing of what is not a string.
        instance.as_str().is_none_or(NonBlank::text_holds)
    }

    /// Whether `text` has a character that is not ECMA whitespace.
    pub fn text_holds(text: &str) -> bool {
        // An ASCII character that is not whitespace settles it at once
        // (ECMA's ASCII whitespace is Rust's, with \v); the rest are
        // decoded.
        text.bytes()
            .any(|b| b.is_ascii() && !b.is_ascii_whitespace() && b != 0x0b)
            || !text.chars().all(jsonschema_regex::is_ecma_whitespace)
    }
}

impl<'i> jsonschema::Keyword<'i> for NonBlank {
    fn validate(&self, instance: &'i Json) -> Result<(), ValidationError<'i>> {
        if NonBlank::holds(instance) {
            Ok(())
        } else {
            Err(ValidationError::custom("must not be blank"))
        }
    }

    fn is_valid(&self, instance: &'i Json) -> bool {
        NonBlank::holds(instance)
    }
}

/// Builds the validator, so that a run can build it while it is still
/// finding files.
pub fn prepare() {
    LazyLock::force(&VALIDATOR);
}

/// Every schema violation in the guide whose tree is `root`.
pub fn validate(root: &Node) -> Vec<Finding> {
    // Two keywords can say the same thing of one node (an empty `text` fails
    // both `minLength` and `pattern`): say it once.
    // A guide the walk cannot call valid is nearly always invalid: its
    // errors are collected straight away (none for a valid one), not after
    // a second walk of the validator's that would only say it has some.
    if fast::valid(root) {
        return Vec::new();
    }
    let mut seen = std::collections::HashSet::new();
    let mut findings: Vec<Finding> = Vec::new();
    let json = to_checked_json(root);
    for error in VALIDATOR.iter_errors(&json) {
        for finding in describe(root, &error) {
            if seen.insert((finding.target.clone(), finding.message.clone())) {
                findings.push(finding);
            }
        }
    }
    findings
}

/// The guide as JSON for the validator, but each exercise the fast walk
/// calls valid stands in as [`valid_exercise`]: a valid exercise has no
/// error to say, so only the invalid ones need copying (in a guide with
/// errors, most exercises are still valid). The stand-ins keep every
/// exercise's index, and no error shows one: the schema's only errors on
/// the whole list (its type, at least one item) or the whole guide (its
/// type, required and unknown keys) do not print the list's items.
#[doc(hidden)]
pub fn to_checked_json(root: &Node) -> Json {
    let Value::Map(entries) = &root.value else {
        return root.to_json();
    };
    // As `Node::to_json` builds a mapping: key by key, in the file's order.
    let mut map = serde_json::Map::new();
    for e in entries {
        let value = match (e.key.as_ref(), &e.value.value) {
            ("exercises", Value::Seq(items)) => Json::Array(
                items
                    .iter()
                    .map(|item| {
                        if fast::exercise(item) {
                            valid_exercise()
                        } else {
                            item.to_json()
                        }
                    })
                    .collect(),
            ),
            _ => e.value.to_json(),
        };
        map.insert(e.key.to_string(), value);
    }
    Json::Object(map)
}

/// A small exercise the schema holds valid, to stand in for one the fast
/// walk calls valid (see [`to_checked_json`]).
#[doc(hidden)]
pub fn valid_exercise() -> Json {
    serde_json::json!({"id": "a", "name": "a", "risk": "low", "steps": ["a"]})
}

fn to_path(location: &jsonschema::paths::Location) -> Vec<Seg> {
    location
        .iter()
        .map(|seg| match seg {
            LocationSegment::Property(key) => Seg::Key(key.into_owned()),
            LocationSegment::Index(i) => Seg::Index(i),
        })
        .collect()
}

/// The schema node at a JSON pointer such as `/definitions/exercise/required`.
fn schema_at(pointer: &str) -> Option<&'static Json> {
    SCHEMA.pointer(pointer)
}

fn parent_pointer(pointer: &str) -> &str {
    pointer.rsplit_once('/').map_or("", |(parent, _)| parent)
}

/// How an editor would name the field at `path`.
fn field_name(path: &[Seg]) -> String {
    match path {
        [] => "the guide".to_string(),
        [.., Seg::Key(key)] => format!("`{key}`"),
        [.., Seg::Key(key), Seg::Index(i)] => format!("item {} of `{key}`", i + 1),
        [.., Seg::Index(i)] => format!("item {}", i + 1),
    }
}

/// How an editor would name the mapping at `path`.
fn object_name(root: &Node, path: &[Seg]) -> String {
    let id = root
        .resolve(path)
        .node
        .get("id")
        .and_then(|e| match &e.value.value {
            Value::Str(s) => Some(s.clone()),
            _ => None,
        });
    match (path, id) {
        ([], _) => "the guide".to_string(),
        ([Seg::Key(k), Seg::Index(_)], Some(id)) if k == "exercises" => format!("exercise `{id}`"),
        ([Seg::Key(k), Seg::Index(i)], None) if k == "exercises" => format!("exercise {}", i + 1),
        // Not "warning 1", which reads like a finding of the linter.
        ([.., Seg::Key(k), Seg::Index(i)], _) if k == "warnings" => {
            format!("item {} of `warnings`", i + 1)
        }
        ([.., Seg::Key(k)], _) => format!("`{k}`"),
        _ => "this mapping".to_string(),
    }
}

/// How a help line names the mapping at `path` as the one at hand:
/// "this exercise", "this warning", "`partner`".
pub fn this_mapping(path: &[Seg]) -> String {
    match path {
        [] => "this guide".to_string(),
        [Seg::Key(k), Seg::Index(_)] if k == "exercises" => "this exercise".to_string(),
        [.., Seg::Key(k), Seg::Index(_)] if k == "warnings" => "this warning".to_string(),
        [.., Seg::Key(k)] => format!("`{k}`"),
        _ => "this mapping".to_string(),
    }
}

/// Where to point for something about a whole mapping: its `id` value
/// when it has one (an exercise), else its first key.
fn mapping_target(root: &Node, path: &[Seg]) -> Target {
    let mut id_path = path.to_vec();
    id_path.push(Seg::Key("id".into()));
    if !path.is_empty() && root.resolve(&id_path).complete {
        Target::Value(id_path)
    } else {
        Target::Value(path.to_vec())
    }
}

/// The value as the user wrote it, for "(found …)".
fn found(value: &Json) -> String {
    match value {
        // A message is one line: a block of text is shown by its first line.
        Json::String(s) if s.trim_end().contains('\n') => {
            format!("\"{}…\"", s.lines().next().unwrap_or_default())
        }
        Json::String(s) => format!("\"{}\"", s.trim_end_matches('\n')),
        Json::Array(_) => "a list".to_string(),
        Json::Object(_) => "a mapping".to_string(),
        Json::Null => "nothing".to_string(),
        other => other.to_string(),
    }
}

fn json_type_name(name: &str) -> &str {
    match name {
        "object" => "a mapping",
        "array" => "a list",
        "string" => "text",
        "integer" => "a whole number",
        "number" => "a number",
        "boolean" => "true or false",
        "null" => "empty",
        other => other,
    }
}

/// Did-you-mean: the closest allowed key, if it is close enough.
pub fn suggest<'a>(unknown: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let unknown_lc = unknown.to_lowercase().replace(['-', ' '], "_");
    known
        .into_iter()
        .map(|k| {
            let mut score = strsim::jaro_winkler(&unknown_lc, k);
            if unknown_lc.starts_with(k) || k.starts_with(&unknown_lc) {
                score = score.max(0.9);
            }
            (score, k)
        })
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

/// Keys written for a known key often enough that similarity alone would
/// miss them.
const KEY_ALIASES: &[(&str, &str)] = &[
    ("reps", "repetitions"),
    ("rep", "repetitions"),
    ("repeat", "repetitions"),
    ("repeats", "repetitions"),
    ("sets", "repetitions"),
    ("times", "repetitions"),
    ("duration", "hold"),
    ("hold_for", "hold"),
    ("seconds", "hold"),
    ("time", "hold"),
    ("how_often", "frequency"),
    ("per_day", "frequency"),
    ("times_per_day", "frequency"),
    ("instructions", "steps"),
    ("directions", "steps"),
    ("level", "risk"),
    ("risk_level", "risk"),
    ("supervisor", "supervision"),
    ("supervised", "supervision"),
    ("helper", "partner"),
    ("professional", "professional_only"),
    ("description", "summary"),
];

/// Did-you-mean for a key: a known alias, else the closest allowed key.
fn suggest_key<'a>(unknown: &str, known: &[&'a str]) -> Option<&'a str> {
    let normalized = unknown.to_lowercase().replace(['-', ' '], "_");
    KEY_ALIASES
        .iter()
        .find(|(alias, _)| *alias == normalized)
        .and_then(|(_, key)| known.iter().copied().find(|k| k == key))
        .or_else(|| suggest(unknown, known.iter().copied()))
}

/// What to write for a required key that is missing.
fn required_help(key: &str) -> String {
    match key {
        "spotter" => "add `spotter: 1` (the format version) at the top".to_string(),
        "id" => "add `id:` with a kebab-case id such as `knee-hug`".to_string(),
        "title" => "add `title:` with the guide's title".to_string(),
        "exercises" => "add `exercises:` with at least one exercise".to_string(),
        "name" => "add `name:` with the exercise's name".to_string(),
        "risk" => "add `risk:` with one of low, moderate, high".to_string(),
        "steps" => "add `steps:` with at least one instruction".to_string(),
        "kind" => "add `kind:` with one of stop-if-pain, see-a-doctor, contraindication, caution"
            .to_string(),
        "text" => "add `text:` with what the warning says".to_string(),
        "role" => "add `role:` saying what the partner does".to_string(),
        other => format!("add `{other}:`"),
    }
}

/// The keys a merge key's value (`<<: *base`, `<<: [*a, *b]`) would bring.
fn merged_keys(value: Option<&Json>) -> Keys {
    let keys_of = |v: &Json| v.as_object().map(|o| o.keys().cloned().collect::<Vec<_>>());
    match value {
        Some(Json::Array(items)) => items
            .iter()
            .map(keys_of)
            .collect::<Option<Vec<_>>>()
            .map_or(Keys::All, |keys| Keys::These(keys.concat())),
        Some(other) => keys_of(other).map_or(Keys::All, Keys::These),
        None => Keys::All,
    }
}

/// Past this many unknown keys in one mapping the file is not a guide
/// being edited; the rest are counted in one finding.
const MAX_UNKNOWN_KEYS_LISTED: usize = 100;

pub const DURATION_HELP: &str = "write a duration such as `10 s`, `15-30 s` or `1 min`, or `{seconds: 10}` or `{min: 15, max: 30, unit: s}` with numbers above 0";
pub const COUNT_HELP: &str = "write a count such as `3`, `2-3` or `2-3 per side`, or `{min: 2, max: 3, per: side}` with whole numbers above 0";
pub const FREQUENCY_HELP: &str =
    "write a frequency such as `2 per day` or `3-5 per week`, or `{min: 3, max: 5, per: day}`";

/// The grammar a value at `schema_path` had to follow, if any: how to name
/// it and its general help.
fn grammar(schema_path: &str) -> Option<(Grammar, &'static str, &'static str)> {
    if schema_path.contains("/definitions/duration") {
        Some((Grammar::Duration, "a duration", DURATION_HELP))
    } else if schema_path.contains("/definitions/count") {
        Some((Grammar::Count, "a count", COUNT_HELP))
    } else if schema_path.contains("/definitions/frequency") {
        Some((Grammar::Frequency, "a frequency", FREQUENCY_HELP))
    } else {
        None
    }
}

/// One schema error, said as an editor's finding on its node.
fn describe(root: &Node, error: &ValidationError<'_>) -> Vec<Finding> {
    let v = Violation::new(root, error);
    let schema_path = v.schema_path;
    // A pattern read by hand is said as the published one would be.
    let pattern = match error.kind() {
        ValidationErrorKind::Pattern { .. } => true,
        ValidationErrorKind::Custom { keyword, .. } => keyword == OWN_PATTERN,
        _ => false,
    };
    let one = match error.kind() {
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            return v.unknown_keys(unexpected);
        }
        ValidationErrorKind::Required { property } => {
            return vec![v.missing_key(property.as_str().unwrap_or_default())];
        }
        ValidationErrorKind::AnyOf { .. } if grammar(schema_path).is_some() => v.outside_grammar(),
        ValidationErrorKind::Enum { options } => return vec![v.not_allowed(options)],
        ValidationErrorKind::Constant { expected_value } => v
            .finding(format!(
                "{} must be {expected_value} (found {})",
                v.field,
                found(v.instance)
            ))
            .help("this is format version 1: write `spotter: 1`"),
        // An enum also says `type: string` so editors build snippets with
        // it; the enum's own error already says what the value must be.
        ValidationErrorKind::Type { .. }
            if schema_at(parent_pointer(schema_path)).is_some_and(|s| s.get("enum").is_some()) =>
        {
            return Vec::new();
        }
        ValidationErrorKind::Type { .. } => v.wrong_type(),
        ValidationErrorKind::MinItems { .. } => {
            v.finding(format!("{} must have at least one item", v.field))
        }
        ValidationErrorKind::MinLength { .. } => v.empty(),
        ValidationErrorKind::Pattern { .. } if schema_path.contains("/definitions/text/") => {
            v.empty()
        }
        ValidationErrorKind::Custom { keyword, .. } if keyword == NON_BLANK => v.empty(),
        _ if pattern && schema_path.contains("/definitions/kebab_id/") => v.not_kebab_case(),
        _ if pattern && schema_path.contains("/definitions/date/") => v.finding(format!(
            "{} must be a date written YYYY-MM-DD (found {})",
            v.field,
            found(v.instance)
        )),
        _ if pattern && v.path.last() == Some(&Seg::Key("url".into())) => v.finding(format!(
            "{} must be a web address starting with http:// or https:// (found {})",
            v.field,
            found(v.instance)
        )),
        ValidationErrorKind::Minimum { limit }
        | ValidationErrorKind::ExclusiveMinimum { limit } => v.not_above(limit),
        _ => v.finding(format!("{}: {error}", v.field)),
    };
    // Whatever the schema says of one value is one fact about that node.
    vec![v.bad_value(one)]
}

/// What every description of one schema error reads: the node it is about
/// and what the schema says of it.
struct Violation<'a> {
    root: &'a Node<'a>,
    path: Vec<Seg>,
    schema_path: &'a str,
    instance: &'a Json,
    /// How the node is named in a message (`` `hold` of exercise `x` ``).
    field: String,
}

impl<'a> Violation<'a> {
    fn new(root: &'a Node, error: &'a ValidationError<'_>) -> Self {
        let path = to_path(error.instance_path());
        Violation {
            root,
            field: field_name(&path),
            path,
            schema_path: error.schema_path().as_str(),
            instance: error.instance(),
        }
    }

    fn value(&self) -> Target {
        Target::Value(self.path.clone())
    }

    /// A finding on the node's value.
    fn finding(&self, message: String) -> Finding {
        Finding::at(self.value(), message)
    }

    /// `finding` as a fact about the node's value, said in general terms.
    fn bad_value(&self, finding: Finding) -> Finding {
        finding.cause(Cause::BadValue {
            path: self.path.clone(),
            precise: false,
        })
    }

    /// One finding per unknown key (up to [`MAX_UNKNOWN_KEYS_LISTED`], the
    /// rest counted in one), each with the key it most likely stands for.
    fn unknown_keys(&self, unexpected: &[String]) -> Vec<Finding> {
        let known: Vec<&str> = schema_at(parent_pointer(self.schema_path))
            .and_then(|s| s.get("properties"))
            .and_then(Json::as_object)
            .map(|props| props.keys().map(String::as_str).collect())
            .unwrap_or_default();
        let owner = object_name(self.root, &self.path);
        let mut findings: Vec<Finding> = unexpected
            .iter()
            .take(MAX_UNKNOWN_KEYS_LISTED)
            .map(|key| self.unknown_key(key, &owner, &known))
            .collect();
        let more = unexpected.len().saturating_sub(MAX_UNKNOWN_KEYS_LISTED);
        if more > 0 {
            findings.push(
                Finding::at(
                    mapping_target(self.root, &self.path),
                    format!("{owner} has {more} more unknown keys, not listed one by one"),
                )
                .help(format!("allowed keys here: {}", known.join(", "))),
            );
        }
        findings
    }

    fn unknown_key(&self, key: &str, owner: &str, known: &[&str]) -> Finding {
        let stands_for = |keys: Keys| Cause::StandsFor {
            mapping: self.path.clone(),
            keys,
        };
        let mut key_path = self.path.clone();
        key_path.push(Seg::Key(key.to_string()));
        let f = Finding::at(
            Target::Key(key_path.clone()),
            format!("unknown key `{key}` in {owner}"),
        );
        match (key, suggest_key(key, known)) {
            ("<<", _) => f
                .help("YAML merge keys (`<<`) are not supported; write the keys out")
                .cause(stands_for(merged_keys(self.instance.get("<<")))),
            // Never suggest a key that is already there.
            (_, Some(best)) if self.instance.get(best).is_some() => f.help(format!(
                "{} already has `{best}`; remove `{key}` or merge it into `{best}`",
                this_mapping(&self.path)
            )),
            (_, Some(best)) => f
                .help(format!("did you mean `{best}`?"))
                .replace(
                    format!("Rename `{key}` to `{best}`"),
                    Target::Key(key_path),
                    best,
                )
                .cause(stands_for(Keys::These(vec![best.to_string()]))),
            _ => f.help(format!("allowed keys here: {}", known.join(", "))),
        }
    }

    fn missing_key(&self, key: &str) -> Finding {
        let owner = object_name(self.root, &self.path);
        let help = if key == "spotter" && self.path.is_empty() {
            format!(
                "{}; if this file is not a guide (a `mkdocs.yml`, a CI file), leave it out with `exclude` under `[files]` in spotter.toml",
                required_help(key)
            )
        } else {
            required_help(key)
        };
        Finding::at(
            mapping_target(self.root, &self.path),
            format!("{owner} is missing the required key `{key}`"),
        )
        .help(help)
        .cause(Cause::Missing {
            mapping: self.path.clone(),
            key: key.to_string(),
        })
    }

    /// A duration, count or frequency that fits none of its forms, with the
    /// rewrite the writer most likely meant when there is one.
    fn outside_grammar(&self) -> Finding {
        let (kind, what, help) =
            grammar(self.schema_path).unwrap_or((Grammar::Duration, "a value", ""));
        let f = match self.instance {
            // The mapping forms are allowed; say which ones.
            Json::Object(_) => self.finding(format!(
                "{} is a mapping that fits none of the forms of {what}",
                self.field
            )),
            _ => self.finding(format!(
                "{} must be {what} (found {})",
                self.field,
                found(self.instance)
            )),
        };
        if let (Json::Number(n), Grammar::Duration) = (self.instance, kind) {
            return f.help(format!("add a unit: `{n} s`")).replace(
                format!("Write `{n} s`"),
                self.value(),
                format!("{n} s"),
            );
        }
        let f = match hint::rewrite(kind, self.instance) {
            Some(fixed) => f.replace(
                format!("Write `{fixed}`"),
                self.value(),
                // A count may be a plain integer.
                match fixed.parse::<u32>() {
                    Ok(n) if kind == Grammar::Count => n.to_string(),
                    _ => crate::load::scalar::plain_or_quoted(&fixed),
                },
            ),
            None => f,
        };
        // The mapping the value is in, for what else it holds.
        let has_frequency = self.path.split_last().is_some_and(|(_, owner)| {
            let owner = self.root.resolve(owner);
            owner.complete && owner.node.get("frequency").is_some()
        });
        f.help(
            hint::grammar(kind, self.instance, has_frequency).unwrap_or_else(|| help.to_string()),
        )
    }

    /// A value outside an enum, with the allowed value it most likely is.
    fn not_allowed(&self, options: &Json) -> Finding {
        let allowed: Vec<String> = options
            .as_array()
            .map(|o| {
                o.iter()
                    .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let f = self.finding(format!(
            "{} must be one of {} (found {})",
            self.field,
            allowed.join(", "),
            found(self.instance)
        ));
        let Some(text) = self.instance.as_str() else {
            return self.bad_value(f);
        };
        if let Some(choice) = hint::vague_value(&self.path, text, &allowed) {
            return self.bad_value(f.help(choice));
        }
        let meant = hint::synonym(&self.path, text, &allowed)
            .or_else(|| suggest(text, allowed.iter().map(String::as_str)));
        match meant {
            Some(meant) => {
                let meant = meant.to_string();
                f.help(format!("did you mean `{meant}`?"))
                    .replace(
                        format!("Change to `{meant}`"),
                        self.value(),
                        crate::load::scalar::plain_or_quoted(&meant),
                    )
                    .cause(Cause::Misspelt {
                        path: self.path.clone(),
                        meant,
                    })
            }
            None => self.bad_value(f),
        }
    }

    fn wrong_type(&self) -> Finding {
        let type_name = schema_at(self.schema_path).and_then(Json::as_str);
        let expected = type_name.map_or("another type", json_type_name);
        let f = self.finding(format!(
            "{} must be {expected} (found {})",
            self.field,
            found(self.instance)
        ));
        let help = if self.path.is_empty() {
            Some("a guide is a mapping that starts with `spotter: 1`".to_string())
        } else {
            type_name.and_then(|t| hint::wrong_type(&self.path, t, self.instance))
        };
        match help {
            Some(help) => f.help(help),
            None => f,
        }
    }

    fn empty(&self) -> Finding {
        self.finding(format!("{} must not be empty", self.field))
    }

    fn not_kebab_case(&self) -> Finding {
        let f = self.finding(format!(
            "{} must be kebab-case: lowercase ASCII letters, digits and single hyphens (found {})",
            self.field,
            found(self.instance)
        ));
        match self.instance.as_str().and_then(kebab_case) {
            Some(suggestion) => f.help(format!("write `{suggestion}`")),
            None => f.help(
                "use only lowercase ASCII letters, digits and single hyphens, such as `knee-hug`",
            ),
        }
    }

    fn not_above(&self, limit: &Json) -> Finding {
        let (_, what, _) = grammar(self.schema_path).unwrap_or((Grammar::Duration, "a value", ""));
        self.finding(format!(
            "{} must be above {} in {what} (found {})",
            self.field,
            limit.as_f64().map_or(0.0, |l| l.max(0.0)),
            found(self.instance)
        ))
    }
}

/// Latin letters with marks, and ligatures, as the ASCII an id writes for
/// them (lower case; upper case is lowered first).
pub const ASCII_FOR: &[(&str, &str)] = &[
    ("àáâãäåāăą", "a"),
    ("æ", "ae"),
    ("çćĉċč", "c"),
    ("ďđð", "d"),
    ("èéêëēĕėęě", "e"),
    ("ĝğġģ", "g"),
    ("ĥħ", "h"),
    ("ìíîïĩīĭįı", "i"),
    ("ĳ", "ij"),
    ("ĵ", "j"),
    ("ķ", "k"),
    ("ĺļľŀł", "l"),
    ("ñńņňŉ", "n"),
    ("òóôõöøōŏő", "o"),
    ("œ", "oe"),
    ("ŕŗř", "r"),
    ("śŝşšș", "s"),
    ("ß", "ss"),
    ("ţťŧț", "t"),
    ("þ", "th"),
    ("ùúûüũūŭůűų", "u"),
    ("ŵ", "w"),
    ("ýÿŷ", "y"),
    ("źżž", "z"),
];

/// `text` as a kebab-case id (`Café Stretch` → `cafe-stretch`), or `None`
/// when that would drop a letter or digit that has no ASCII spelling in
/// [`ASCII_FOR`], or leave nothing.
pub fn kebab_case(text: &str) -> Option<String> {
    let mut out = String::new();
    for c in text.trim().chars().flat_map(char::to_lowercase) {
        let ascii = ASCII_FOR
            .iter()
            .find(|(letters, _)| letters.contains(c))
            .map(|(_, ascii)| *ascii);
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if ('\u{300}'..='\u{36F}').contains(&c) {
            // A combining mark (`e` + `\u{301}` for `é`): its letter is written.
        } else if let Some(ascii) = ascii {
            out.push_str(ascii);
        } else if c.is_alphanumeric() {
            return None;
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    (!out.is_empty()).then(|| out.to_string())
}
