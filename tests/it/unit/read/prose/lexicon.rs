use spotter::read::grammar::class;
use spotter::read::prose::lexicon::*;

#[test]
fn the_readers_classes_leave_the_partner_readers_bits_alone() {
    let partner = spotter::read::prose::partner::CONTEXT_WORDS
        .iter()
        .fold(0, |all, (_, class)| all | class);
    let prose = CONTEXT_WORDS
        .iter()
        .chain(MORE_WORDS)
        .fold(0, |all, (_, class)| all | class)
        & !(class::UNBOUNDED | class::PERSON);
    assert_eq!(prose & partner & !JOIN, 0);
    assert_eq!(prose & ((1 << 46) - 1) & !((1 << 17) - 1), 0);
}
