use lsp_types::Position;
use spotter::load::source::SourceText;
use spotter::lsp::convert::*;
use std::path::Path;

#[test]
fn positions_count_the_negotiated_units() {
    // `é` is 2 bytes, 1 UTF-16 unit; `🙂` is 4 bytes, 2 UTF-16 units.
    let source = SourceText::new("a: b\ntext: é🙂 x\n".to_string());
    let x = source.text().find(" x").unwrap_or_default() + 1;
    assert_eq!(position(&source, x, Encoding::Utf8), Position::new(1, 13));
    assert_eq!(position(&source, x, Encoding::Utf16), Position::new(1, 10));
    assert_eq!(position(&source, x, Encoding::Utf32), Position::new(1, 9));
    for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
        assert_eq!(offset(&source, position(&source, x, encoding), encoding), x);
    }
    // Inside the emoji's surrogate pair: its start. Past the line: its end.
    assert_eq!(offset(&source, Position::new(1, 8), Encoding::Utf16), x - 5);
    assert_eq!(
        offset(&source, Position::new(1, 99), Encoding::Utf16),
        x + 1
    );
    assert_eq!(
        offset(&source, Position::new(9, 0), Encoding::Utf16),
        source.len()
    );
}

#[test]
fn file_uris_round_trip() {
    let path = Path::new("/tmp/a b/ünï.yaml");
    let uri = uri_of(path).map(|u| u.as_str().to_string());
    assert_eq!(uri.as_deref(), Some("file:///tmp/a%20b/%C3%BCn%C3%AF.yaml"));
    let back = uri_of(path).and_then(|u| path_of(&u));
    assert_eq!(back.as_deref(), Some(path));
}
