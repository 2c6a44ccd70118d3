//! Reading the prose of a step: the words and numbers ([`grammar`]), what a
//! step says about holds, counts, frequencies and limits ([`prose`]), and
//! who acts on whom ([`partner`]). The field readers share the grammar, so
//! fields, prose and help read numbers and units one way.

pub mod grammar;
pub mod partner;
pub mod prose;
