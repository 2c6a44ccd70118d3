use spotter::rules::steps::quote;

#[test]
fn only_a_sentence_capital_is_lowered() {
    assert_eq!(quote("Hold for 10 s"), "hold for 10 s");
    assert_eq!(quote("A stronger person hugs"), "a stronger person hugs");
    assert_eq!(quote("I hold"), "I hold");
    assert_eq!(quote("NHS advice"), "NHS advice");
    assert_eq!(quote("hold"), "hold");
}
