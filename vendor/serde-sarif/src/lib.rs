#![doc(html_root_url = "https://docs.rs/serde-sarif/0.8.0")]

//! This crate provides a type safe [serde](https://serde.rs/) compatible
//! [SARIF](https://sarifweb.azurewebsites.net/) structure. It is intended
//! for use in Rust code which may need to read or write SARIF files.
//!
//! The latest [documentation can be found here](https://docs.rs/serde_sarif).
//!
//! serde is a popular serialization framework for Rust. More information can be
//! found on the official repository: [https://github.com/serde-rs/serde](https://github.com/serde-rs/serde)
//!
//! SARIF or the Static Analysis Results Interchange Format is an industry
//! standard format for the output of static analysis tools. More information
//! can be found on the official website: [https://sarifweb.azurewebsites.net/](https://sarifweb.azurewebsites.net/).
//!
//! ## In spotter
//!
//! This copy is patched for spotter, which only writes SARIF (see
//! `PATCHES.md`): the types derive `Serialize` and `Default`, not
//! `Deserialize` or a builder, and the converters are gone. Build a value
//! with a struct literal:
//!
//! ```rust
//! use serde_sarif::sarif::Message;
//!
//! let message = Message {
//!   id: Some("id".to_string()),
//!   ..Default::default()
//! };
//! ```

pub mod sarif;
