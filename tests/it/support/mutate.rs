//! Byte-level mutations of a text, for the proptests that throw mutants at
//! spotter (tests/no_panic.rs) and at the two YAML parsers
//! (tests/parser_differential.rs): one generator, so both explore alike.
#![allow(dead_code)]

use proptest::prelude::*;
use proptest::sample::Index;

#[derive(Debug, Clone)]
pub enum Edit {
    Insert(Index, Vec<u8>),
    Delete(Index, usize),
    Replace(Index, u8),
    DuplicateLine(Index),
    DeleteLine(Index),
    Truncate(Index),
}

/// Mostly printable ASCII, so most mutants still decode and reach the
/// parser; sometimes any byte at all.
pub fn byte() -> impl Strategy<Value = u8> {
    prop_oneof![9 => 0x20u8..0x7f, 1 => any::<u8>()]
}

/// One edit, inserting either a token `tokens` gives or a few bytes.
pub fn edit(tokens: impl Strategy<Value = Vec<u8>> + 'static) -> impl Strategy<Value = Edit> {
    let bytes = prop::collection::vec(byte(), 1..4);
    prop_oneof![
        4 => (any::<Index>(), prop_oneof![tokens, bytes]).prop_map(|(at, b)| Edit::Insert(at, b)),
        3 => (any::<Index>(), 1..16usize).prop_map(|(at, n)| Edit::Delete(at, n)),
        3 => (any::<Index>(), byte()).prop_map(|(at, b)| Edit::Replace(at, b)),
        2 => any::<Index>().prop_map(Edit::DuplicateLine),
        2 => any::<Index>().prop_map(Edit::DeleteLine),
        1 => any::<Index>().prop_map(Edit::Truncate),
    ]
}

/// Byte range of the line holding `at` (its break included).
fn line_around(bytes: &[u8], at: usize) -> std::ops::Range<usize> {
    let start = bytes[..at]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let end = bytes[at..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |i| at + i + 1);
    start..end
}

pub fn apply(bytes: &mut Vec<u8>, edit: &Edit) {
    let len = bytes.len();
    // A position in 0..=len (inserting at the end is allowed).
    let pos = |at: &Index| at.index(len + 1);
    match edit {
        Edit::Insert(at, new) => {
            let at = pos(at);
            bytes.splice(at..at, new.iter().copied());
        }
        Edit::Delete(at, n) => {
            let at = pos(at);
            bytes.drain(at..(at + n).min(len));
        }
        Edit::Replace(at, b) if len > 0 => bytes[at.index(len)] = *b,
        Edit::DuplicateLine(at) if len > 0 => {
            let line = line_around(bytes, at.index(len));
            let copy = bytes[line.clone()].to_vec();
            bytes.splice(line.end..line.end, copy);
        }
        Edit::DeleteLine(at) if len > 0 => {
            let line = line_around(bytes, at.index(len));
            bytes.drain(line);
        }
        Edit::Truncate(at) => bytes.truncate(pos(at)),
        _ => {}
    }
}
