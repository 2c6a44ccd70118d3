use serde_json::Value as Json;
use spotter::load::tree::*;
use std::borrow::Cow;

#[test]
fn the_guide_formats_keys_are_borrowed_and_others_copied() {
    let schema: Json =
        serde_json::from_str(include_str!("../../../../schema/guide.schema.json")).unwrap();
    let mut names = Vec::new();
    let mut todo = vec![&schema];
    while let Some(node) = todo.pop() {
        match node {
            Json::Object(map) => {
                if let Some(Json::Object(props)) = map.get("properties") {
                    names.extend(props.keys().cloned());
                }
                todo.extend(map.values());
            }
            Json::Array(items) => todo.extend(items),
            _ => {}
        }
    }
    assert!(names.len() > 20);
    for name in &names {
        assert!(
            matches!(key(Cow::Borrowed(name)), Cow::Borrowed(k) if k == name),
            "{name}"
        );
    }
    for other in [
        "",
        "x",
        "ids",
        "Id",
        "hold_time",
        "warning",
        "rolE",
        "pe r",
        "é",
    ] {
        assert!(
            matches!(key(Cow::Borrowed(other)), Cow::Owned(k) if k == other),
            "{other}"
        );
    }
}
