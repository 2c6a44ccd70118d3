mod hints;
mod source;
mod tree;

use saphyr::Scalar;
use saphyr_parser::ScalarStyle;
use spotter::load::tree::{Node, Value};
use spotter::load::*;
use std::borrow::Cow;

fn load(text: &str) -> Result<Node<'_>, LoadError> {
    parse(text, &Limits::default())
}

#[test]
fn keys_and_values_keep_their_byte_spans() {
    let text = "name: café\nhold: \"10 s\"\n";
    let root = load(text).unwrap();
    let hold = root.get("hold").unwrap();
    assert_eq!(&text[hold.key_span.clone()], "hold");
    assert_eq!(&text[hold.value.span.clone()], "\"10 s\"");
    let name = root.get("name").unwrap();
    assert_eq!(&text[name.value.span.clone()], "café");
}

#[test]
fn scalars_keep_their_byte_spans_after_non_ascii_text() {
    // Plain scalars on one line are placed from the parser's slices,
    // the others from its character offsets: both must agree.
    let text = "é: ☕ x\nk: &a café\nt: !!str ünï\nm: a\n  b\nl: [é, ☕]\nq: 'ü'\nlast: ok\n";
    let root = load(text).unwrap();
    let at = |key: &str| {
        let entry = root.get(key).unwrap();
        (
            &text[entry.key_span.clone()],
            &text[entry.value.span.clone()],
        )
    };
    assert_eq!(at("é"), ("é", "☕ x"));
    assert_eq!(at("k"), ("k", "&a café"));
    assert_eq!(at("t"), ("t", "!!str ünï"));
    assert_eq!(at("m"), ("m", "a\n  b"));
    assert_eq!(at("l"), ("l", "[é, ☕]"));
    assert_eq!(at("q"), ("q", "'ü'"));
    assert_eq!(at("last"), ("last", "ok"));
}

#[test]
fn a_quoted_scalar_ends_at_its_closing_quote() {
    let text = "a: \"x \\\" y\"  # c\nb: 'it''s'\t# 'd'\n'c': 1 # e\n";
    let root = load(text).unwrap();
    let a = root.get("a").unwrap();
    assert_eq!(&text[a.value.span.clone()], "\"x \\\" y\"");
    let b = root.get("b").unwrap();
    assert_eq!(&text[b.value.span.clone()], "'it''s'");
    assert_eq!(&text[root.get("c").unwrap().key_span.clone()], "'c'");
}

#[test]
fn duplicate_keys_point_at_both() {
    let err = load("a: 1\nb: 2\na: 3\n").unwrap_err();
    assert_eq!(err.span, 10..11);
    assert_eq!(err.related.map(|r| r.0), Some(0..1));
}

#[test]
fn duplicate_keys_in_a_large_mapping_point_at_both() {
    let mut text: String = (0..40).map(|i| format!("k{i}: {i}\n")).collect();
    let first = text.find("k7:").unwrap();
    let second = text.len();
    text.push_str("k7: again\n");
    let err = load(&text).unwrap_err();
    assert_eq!(err.span, second..second + 2);
    assert_eq!(err.related.map(|r| r.0), Some(first..first + 2));
    // A flat mapping of many distinct keys loads in linear time (a
    // quadratic search for duplicates would not finish): 200,000 keys
    // with SPOTTER_FULL_TESTS, 50,000 otherwise.
    let keys = if crate::support::full() {
        200_000
    } else {
        50_000
    };
    let flat: String = (0..keys).map(|i| format!("k{i}: {i}\n")).collect();
    assert!(load(&flat).is_ok());
}

#[test]
fn large_files_get_a_compact_tree() {
    let text = "items:\n".to_string()
        + &"  - name: Stay there for 5 to 10 seconds – then relax.\n".repeat(8000);
    assert!(text.len() >= COMPACT_FROM_BYTES);
    let root = load(&text).unwrap();
    let Value::Seq(items) = &root.get("items").unwrap().value.value else {
        panic!("items is a list");
    };
    assert_eq!(items.len(), 8000);
    assert!(items.capacity() <= items.len() + 2);
    for item in items {
        let Value::Map(entries) = &item.value else {
            panic!("an item is a mapping");
        };
        let Value::Str(name) = &entries[0].value.value else {
            panic!("name is text");
        };
        assert_eq!(name, "Stay there for 5 to 10 seconds – then relax.");
        // Borrowed from the text, or trimmed to its size.
        if let Cow::Owned(name) = name {
            assert!(name.capacity() <= name.len() + 8);
        }
        assert_eq!(&text[entries[0].value.span.clone()], name.as_ref());
    }
}

#[test]
fn plain_words_and_core_schema_scalars_resolve_as_before() {
    let text = "a: null\nb: True\nc: FALSE\nd: nulls\ne: word\nf: 12\ng: 1.5\nh: 0x1F\ni: .inf\nj: ~\nk: 'true'\nl: Nan\nm: e5\n";
    let root = load(text).unwrap();
    let value = |key: &str| root.get(key).unwrap().value.value.clone();
    assert_eq!(value("a"), Value::Null);
    assert_eq!(value("b"), Value::Bool(true));
    assert_eq!(value("c"), Value::Bool(false));
    assert_eq!(value("d"), Value::Str("nulls".into()));
    assert_eq!(value("e"), Value::Str("word".into()));
    assert_eq!(value("f"), Value::Int(12));
    assert_eq!(value("g"), Value::Float(1.5));
    assert_eq!(value("h"), Value::Int(31));
    assert_eq!(value("i"), Value::Float(f64::INFINITY));
    assert_eq!(value("j"), Value::Null);
    assert_eq!(value("k"), Value::Str("true".into()));
    assert_eq!(value("l"), Value::Str("Nan".into()));
    assert_eq!(value("m"), Value::Str("e5".into()));
}

#[test]
fn the_plain_word_fast_path_agrees_with_saphyr() {
    let starts = [
        "n", "N", "t", "T", "f", "F", "e", "E", "i", "I", "x", "o", "z", "0", "1", "-", "+", ".",
        "~", "0x", "-.", "+.", "5 ", "é",
    ];
    let tails = [
        "", "ull", "ULL", "rue", "alse", "ALSE", "an", "aN", "nf", "nfinity", "1", "e5", "x1F",
        "o17", ".5", "ull ", "12 s", "ame", "o", "es", "e 5", "–", "_1", "1,5", "e-5", "Ull",
        "uLL", "RUE", "ruE", "aLSE", "alsE", "old", "isk", "teps", "ext",
    ];
    for start in starts {
        for tail in tails {
            let text = format!("{start}{tail}");
            let ours = scalar_value(Cow::Borrowed(&text), ScalarStyle::Plain, None, &(0..0));
            let theirs = Scalar::parse_from_cow_and_metadata(
                Cow::Borrowed(&text),
                saphyr::ScalarStyle::Plain,
                None,
            );
            let theirs = match theirs.unwrap() {
                Scalar::Null => Value::Null,
                Scalar::Boolean(b) => Value::Bool(b),
                Scalar::Integer(i) => Value::Int(i),
                Scalar::FloatingPoint(f) => Value::Float(f.into_inner()),
                Scalar::String(s) => Value::Str(s),
            };
            assert_eq!(ours.unwrap(), theirs, "{text:?}");
        }
    }
}

#[test]
fn deep_block_nesting_stops_at_the_limit() {
    let mut text = String::new();
    for depth in 0..3000 {
        text.push_str(&" ".repeat(depth));
        text.push_str("a:\n");
    }
    let err = load(&text).unwrap_err();
    assert!(err.message.contains("depth limit"), "{}", err.message);
}

#[test]
fn alias_bombs_stop_at_the_limit() {
    let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    let mut prev = 'a';
    for name in 'b'..='j' {
        text.push_str(&format!(
            "{name}: &{name} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
        ));
        prev = name;
    }
    let err = load(&text).unwrap_err();
    assert!(err.message.contains("alias limit"), "{}", err.message);
}

#[test]
fn a_second_document_is_an_error() {
    assert!(
        load("a: 1\n---\nb: 2\n")
            .unwrap_err()
            .message
            .contains("more than one")
    );
}

#[test]
fn custom_tags_are_rejected() {
    assert!(load("a: !foo x\n").is_err());
    assert!(load("a: !!binary aGVsbG8=\n").is_err());
    assert_eq!(
        load("a: !!str 12\n").unwrap().get("a").unwrap().value.value,
        Value::Str("12".into())
    );
}
