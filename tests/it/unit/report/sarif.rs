use spotter::report::sarif::{pascal_case, uri};

#[test]
fn rule_names_are_the_ids_in_pascal_case() {
    assert_eq!(pascal_case("missing-hold-time"), "MissingHoldTime");
    assert_eq!(pascal_case("parse-error"), "ParseError");
}

#[test]
fn paths_become_uri_references() {
    assert_eq!(uri("guides/a b.yaml"), "guides/a%20b.yaml");
    assert_eq!(uri("guides/étirement.yaml"), "guides/%C3%A9tirement.yaml");
    assert_eq!(uri("a:b.yaml"), "a%3Ab.yaml");
    assert_eq!(uri("<stdin>"), "%3Cstdin%3E");
    assert_eq!(uri("/srv/guides/a.yaml"), "file:///srv/guides/a.yaml");
}
