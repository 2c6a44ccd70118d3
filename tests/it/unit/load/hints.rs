use spotter::load::hints::*;
use spotter::load::scalar::quote;

#[test]
fn values_are_quoted_the_way_yaml_reads_them_back() {
    assert_eq!(
        quote("Child's pose: kneeling"),
        "\"Child's pose: kneeling\""
    );
    assert_eq!(quote("The \"cat\": it's"), "'The \"cat\": it''s'");
    assert_eq!(quote(r"a\b: c"), r"'a\b: c'");
    for value in ["Child's pose: kneeling", "The \"cat\": it's", r"a\b: c"] {
        let text = format!("name: {}\n", quote(value));
        let root = spotter::load::parse(&text, &spotter::load::Limits::default()).unwrap();
        assert_eq!(
            root.get("name").unwrap().value.value,
            spotter::load::tree::Value::Str(value.into())
        );
    }
}

#[test]
fn lines_end_at_every_break() {
    let lines: Vec<_> = Lines::new("a\r\nb\rc\nd").collect();
    assert_eq!(lines, [(0, "a"), (3, "b"), (5, "c"), (7, "d")]);
    assert_eq!(line_number("a\r\nb\rc\nd", 7), 4);
    assert_eq!(column("ab\ncé x", 7), 4);
}

#[test]
fn line_shapes() {
    let shape = Shape::of("  - - id: a # c").unwrap();
    assert_eq!(
        (shape.indent, shape.dashes.as_slice()),
        (2, [2, 4].as_slice())
    );
    let key = shape.key.unwrap();
    assert_eq!((key.start, key.text, key.colon), (6, "id", 8));
    assert!(!shape.opens);
    assert!(Shape::of("    steps:   # list").unwrap().opens);
    assert!(Shape::of("  -").unwrap().opens);
    assert!(Shape::of("  notes: |-").unwrap().block_scalar);
    assert!(Shape::of("   # comment").is_none());
    assert!(Shape::of("\t- x").is_none());
    assert!(Shape::of("  \"quoted\": x").unwrap().key.is_none());
    assert!(Shape::of("  text without a key").unwrap().key.is_none());
}
