mod github;
mod sarif;

use spotter::load::source::LineCol;
use spotter::report::*;

#[test]
fn one_line_escapes_breaks_and_controls() {
    assert_eq!(one_line("plain ✓"), "plain ✓");
    assert_eq!(one_line("a\nb\r\tc\u{7}"), "a\\nb\\r\\tc\\u{7}");
}

#[test]
fn ci_paths_are_relative_and_slashed() {
    let root = std::path::Path::new("/repo");
    assert_eq!(ci_path("guides/a.yaml", root), "guides/a.yaml");
    assert_eq!(ci_path("./guides/a.yaml", root), "guides/a.yaml");
    assert_eq!(ci_path("/repo/guides/a.yaml", root), "guides/a.yaml");
    assert_eq!(ci_path("/elsewhere/a.yaml", root), "/elsewhere/a.yaml");
    assert_eq!(ci_path("<stdin>", root), "<stdin>");
}

#[test]
fn range_never_starts_at_zero_or_ends_before_it_starts() {
    let at = |line, column| LineCol { line, column };
    let unplaced = spotter::load::source::Position::default();
    assert_eq!(range(&unplaced), (at(1, 1), at(1, 1)));
    let placed = spotter::load::source::Position {
        start: at(3, 5),
        end: at(3, 9),
    };
    assert_eq!(range(&placed), (at(3, 5), at(3, 9)));
}
