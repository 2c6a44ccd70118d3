//! Reading and writing files: reads bounded by a size limit ([`read`]),
//! writes that are atomic ([`write`]), and the path helpers they share
//! ([`paths`]).

pub mod paths;
pub mod read;
pub mod write;
