use spotter::validate::patterns::*;

fn regex_for(pattern: &str) -> regex::Regex {
    let translated = jsonschema_regex::to_rust_regex(pattern).expect("translates");
    regex::Regex::new(&translated).expect("compiles")
}

/// Every pattern the schema holds that is read by hand is one of
/// [`PATTERNS`], each of them is in the schema, and no other pattern
/// is replaced.
#[test]
fn the_schemas_patterns_are_the_ones_read_by_hand() {
    let schema: serde_json::Value =
        serde_json::from_str(spotter::validate::SCHEMA_TEXT).expect("the schema is JSON");
    let mut found = Vec::new();
    let mut todo = vec![&schema];
    while let Some(node) = todo.pop() {
        match node {
            serde_json::Value::Object(map) => {
                if let Some(pattern) = map.get("pattern").and_then(|p| p.as_str()) {
                    found.push(pattern.to_string());
                }
                todo.extend(map.values());
            }
            serde_json::Value::Array(items) => todo.extend(items),
            _ => {}
        }
    }
    for (pattern, _) in PATTERNS {
        assert!(found.iter().any(|f| f == pattern), "{pattern}");
    }
}

/// Texts made of the pieces the grammars are built of, every sequence
/// of up to `len` of them: each matcher says what its regex says.
fn agree_on_pieces(own: Own, pieces: &[&str], len: usize) -> (usize, usize) {
    let (pattern, _) = PATTERNS.iter().find(|(_, o)| *o == own).expect("listed");
    let regex = regex_for(pattern);
    let (mut yes, mut no) = (0, 0);
    let mut texts = vec![String::new()];
    for _ in 0..len {
        let mut longer = Vec::new();
        for text in &texts {
            for piece in pieces {
                longer.push(format!("{text}{piece}"));
            }
        }
        for text in &longer {
            let expected = regex.is_match(text);
            assert_eq!(own.matches(text), expected, "{own:?} {text:?}");
            if expected {
                yes += 1;
            } else {
                no += 1;
            }
        }
        texts = longer;
    }
    assert_eq!(own.matches(""), regex.is_match(""), "{own:?} empty");
    (yes, no)
}

#[test]
fn kebab_ids_are_read_as_the_pattern_reads_them() {
    let pieces = ["a", "z", "0", "9", "-", "A", "_", " ", "é", "\n", "ab"];
    let (yes, no) = agree_on_pieces(Own::KebabId, &pieces, 5);
    assert!(yes > 100 && no > 1000, "{yes} {no}");
}

#[test]
fn durations_are_read_as_the_pattern_reads_them() {
    let pieces = [
        "1", "0", "10", ".", ".5", " ", "-", "\u{2013}", "to", " to ", "s", "sec", "secs",
        "second", "seconds", "min", "mins", "minute", "minutes", "m", "h", "x", "\n", "—",
    ];
    let (yes, no) = agree_on_pieces(Own::Duration, &pieces, 4);
    assert!(yes > 100 && no > 1000, "{yes} {no}");
}

#[test]
fn counts_are_read_as_the_pattern_reads_them() {
    let pieces = [
        "1", "0", "12", ".5", " ", "-", "\u{2013}", "to", " to ", "per", " per ", "side", "sides",
        "day", "x", "\n", "—", "t", "o",
    ];
    let (yes, no) = agree_on_pieces(Own::Count, &pieces, 4);
    assert!(yes > 100 && no > 1000, "{yes} {no}");
}

#[test]
fn addresses_are_read_as_the_pattern_reads_them() {
    let pieces = [
        "http", "https", "://", ":", "/", "s", "x", " ", "\n", "\u{a0}", "\u{2028}", "\u{85}", "é",
    ];
    let (yes, no) = agree_on_pieces(Own::Url, &pieces, 4);
    assert!(yes > 100 && no > 1000, "{yes} {no}");
}

#[test]
fn dates_are_read_as_the_pattern_reads_them() {
    let pieces = [
        "2019", "-", "0", "1", "2", "3", "9", "00", "12", "13", "31", "32", "x",
    ];
    let (yes, no) = agree_on_pieces(Own::Date, &pieces, 5);
    assert!(yes > 0 && no > 1000, "{yes} {no}");
    // Every month and day of one year, and the ends either side.
    let regex = regex_for(PATTERNS[5].0);
    for m in 0..=13 {
        for d in 0..=32 {
            let text = format!("2024-{m:02}-{d:02}");
            assert_eq!(Own::Date.matches(&text), regex.is_match(&text), "{text}");
        }
    }
}

#[test]
fn frequencies_are_read_as_the_pattern_reads_them() {
    let pieces = [
        "1", "0", "12", " ", "-", "\u{2013}", "to", " to ", "per", " per ", "day", "week", "days",
        "side", "x", "\n", "p", "er",
    ];
    let (yes, no) = agree_on_pieces(Own::Frequency, &pieces, 4);
    assert!(yes > 20 && no > 1000, "{yes} {no}");
}
