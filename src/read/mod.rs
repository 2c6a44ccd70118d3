//! Reading the prose of a step: the words and numbers ([`grammar`]), what a
//! step says about holds, counts, frequencies and limits ([`prose`]), and,
//! as one of the prose reader's readers, who acts on whom
//! ([`prose::partner`]). The grammar imports neither reader; the field
//! readers share it, so fields, prose and help read numbers and units one
//! way.

pub mod grammar;
pub mod prose;
