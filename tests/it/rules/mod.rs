//! The rules: each one's fixtures, its documented examples, and what it
//! still reads when something else in the exercise is wrong.

mod examples;
mod fixtures;
mod partial_input;
