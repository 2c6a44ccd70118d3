//! Any text through the vendored saphyr-parser (with its fast path for plain
//! scalars) and through the release it patches: the same events with the
//! same spans, or the same error at the same place (issue 29). The property
//! tests in `tests/it/parser_differential.rs` hold the same on the YAML test
//! suite and its mutants; this target lets a fuzzer search beyond them.
//! Run: `cargo +nightly fuzz run parser_differential`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // spotter parses text only after reading it as UTF-8.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut patched = saphyr_parser::Parser::new_from_str(text);
    let mut released = saphyr_parser_upstream::Parser::new_from_str(text);
    loop {
        let (ours, theirs) = (patched.next(), released.next());
        let (ours, theirs) = (format!("{ours:?}"), format!("{theirs:?}"));
        assert_eq!(ours, theirs, "on {text:?}");
        if ours == "None" || ours.starts_with("Some(Err") {
            break;
        }
    }
});
