use spotter::read::prose::lexicon::words;
use spotter::read::prose::phrase::*;

const P: Phrase = &[
    &["for? as often|long as"],
    &["you like|can", "is|it's? possible"],
];

#[test]
fn a_phrase_is_its_groups_in_turn() {
    let text = "hold for as long as you can.";
    assert_eq!(at(text, 5, P), Some(27));
    assert_eq!(at(text, 9, P), Some(27));
    assert_eq!(at("as long as it’s possible", 0, P), Some(26));
    assert_eq!(at("as long as possible", 0, P), Some(19));
    assert_eq!(at("as long as  you  like", 0, P), Some(21));
    // Words are whole, and separated by whitespace.
    assert_eq!(at("as longer as you can", 0, P), None);
    assert_eq!(at("as long,as you can", 0, P), None);
}

#[test]
fn marks_numbers_and_any_word() {
    const MAX: Phrase = &[&["max .? #"]];
    assert_eq!(at("max. 3 times", 0, MAX), Some(6));
    assert_eq!(at("max 10", 0, MAX), Some(6));
    assert_eq!(at("maximum 10", 0, MAX), None);
    const LAZY: Phrase = &[&["repeat ~? ~? as needed"]];
    assert_eq!(at("repeat it twice as needed", 0, LAZY), Some(25));
    assert_eq!(at("repeat as needed", 0, LAZY), Some(16));
    assert_eq!(at("repeat a b c as needed", 0, LAZY), None);
}

#[test]
fn a_phrase_reaches_back_as_many_words_as_it_can_say() {
    assert_eq!(reach(&[&["set|sets|round|rounds of"]]), 2);
    assert_eq!(reach(&[&["that's", "total of", "sets :?"]]), 2);
    assert_eq!(
        reach(&[&["at least", "a minimum of"], &["#"], &[",", ""]]),
        5
    );
}

#[test]
fn ends_at_and_within_a_range() {
    const SETS_OF: Phrase = &[&["set|sets|round|rounds of"]];
    let text = "do 2 sets of 15 seconds";
    let w = words(text);
    assert!(ends_at(text, &w, 0..13, SETS_OF));
    assert!(!ends_at(text, &w, 0..10, SETS_OF));
    assert!(within(text, &w, 0..text.len(), SETS_OF, 0));
    assert!(!within(text, &w, 0..11, SETS_OF, 0));
}
