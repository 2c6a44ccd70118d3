use proptest::prelude::*;
use spotter::rules::weak_stop_warning::*;

/// The patterns the word readers replaced; they say what the readers
/// must read, to the letter.
const STOP: &str = r"(?i)\b(?:stop|stops|stopping|cease|quit|halt|discontinue|end\s+the|back\s+off|ease\s+off|ease\s+up|release|relax\s+the\s+stretch|come\s+out\s+of|get\s+out\s+of|relax\s+out\s+of|return\s+to\s+(?:the\s+)?start\w*|skip\s+(?:this|the|it)|avoid\s+(?:this|the|it)|(?:do\s+not|don(?:'|’)t|never)\s+(?:continue|go\s+on|carry\s+on|push\s+(?:through|into)|keep\s+going|do\s+(?:it|this)))\b";
const SYMPTOM: &str = r"(?i)\b(?:pain|pains|painful|hurt|hurts|hurting|discomfort|uncomfortable|ache|aches|aching|sore|soreness|numb|numbness|tingl\w*|dizz\w*|sharp|burning|pinch\w*|shooting|faint\w*|nause\w*|light-headed|lightheaded|light\s+headed|strain\w*|cramp\w*|twinge\w*|pins\s+and\s+needles|weak|weakness|worse|worsen\w*|symptoms?|unwell|short\s+of\s+breath|breathless\w*|swell\w*|spasm\w*|tension|clunk\w*)\b";

fn reference(pattern: &str) -> regex::Regex {
    regex::RegexBuilder::new(pattern)
        .unicode(false)
        .build()
        .unwrap_or_else(|e| panic!("reference pattern does not compile: {e}"))
}

static STOP_REFERENCE: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| reference(STOP));
static SYMPTOM_REFERENCE: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| reference(SYMPTOM));

/// Every word of the patterns, words near them, and words that
/// contain them.
#[rustfmt::skip]
const WORDS: &[&str] = &[
    "stop", "Stop", "STOPS", "stopping", "stopped", "nonstop", "cease", "quit", "halt",
    "discontinue", "discontinued", "end", "the", "them", "back", "off", "ease", "up",
    "release", "relax", "stretch", "come", "get", "out", "of", "return", "to", "start",
    "Starting", "skip", "this", "it", "its", "avoid", "do", "not", "don", "t", "never",
    "continue", "go", "on", "carry", "push", "through", "into", "keep", "going",
    "pain", "Pains", "painful", "painless", "hurt", "hurts", "hurting", "discomfort",
    "uncomfortable", "ache", "aches", "aching", "sore", "soreness", "numb", "numbness",
    "tingle", "Tingling", "tin", "dizzy", "diz", "sharp", "sharply", "burning", "pinched",
    "shooting", "faint", "nauseous", "light", "headed", "lightheaded", "strain", "cramps",
    "twinges", "pins", "and", "needles", "weak", "weakness", "worse", "worsening",
    "symptom", "symptoms", "unwell", "short", "breath", "breathless", "swelling",
    "spasm", "tension", "clunking", "x", "10", "_", "be", "careful", "feel",
    "a", "b", "pain_", "Breathlessnessnessness", "discontinuingly",
];
const SEPARATORS: &[&str] = &[
    " ", " ", " ", "  ", "\t", "\n", "\x0B", "-", "'", "’", ", ", ".", "é", "",
];

fn text(parts: &[(usize, usize)]) -> String {
    let mut text = String::new();
    for &(word, separator) in parts {
        text.push_str(WORDS.get(word).copied().unwrap_or_default());
        text.push_str(SEPARATORS.get(separator).copied().unwrap_or_default());
    }
    text
}

#[test]
fn the_word_readers_read_what_the_patterns_matched() {
    let (stop, symptom) = (&*STOP_REFERENCE, &*SYMPTOM_REFERENCE);
    let phrases = [
        "end the",
        "back off",
        "ease off",
        "ease up",
        "relax the stretch",
        "come out of",
        "get out of",
        "relax out of",
        "return to start",
        "return to the starting point",
        "skip this",
        "skip the",
        "skip it",
        "avoid this",
        "avoid the",
        "avoid it",
        "do not continue",
        "don't go on",
        "don’t carry on",
        "never push through",
        "Never push into",
        "DO NOT keep going",
        "don't do it",
        "never do this",
        "light-headed",
        "light headed",
        "pins and needles",
        "short of breath",
        "return to the",
        "return tothe start",
        "don 't continue",
        "dont continue",
        "do  not\tcontinue",
        "light -headed",
        "pins and needle",
        "short of breathing",
    ];
    for phrase in phrases {
        for text in [
            phrase.to_string(),
            format!("x {phrase} x"),
            format!("x{phrase}"),
            format!("{phrase}s"),
        ] {
            assert_eq!(
                stop_and_symptom(&text).0,
                stop.is_match(&text),
                "stop: {text:?}"
            );
            assert_eq!(
                stop_and_symptom(&text).1,
                symptom.is_match(&text),
                "symptom: {text:?}"
            );
        }
    }
    // The readers must not lose or add a case on any of these.
    let cases = phrases
        .iter()
        .filter(|p| stop.is_match(p) || symptom.is_match(p))
        .count();
    assert_eq!(cases, 29);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(crate::support::cases(4096)))]

    #[test]
    fn any_text_of_these_words_is_read_as_the_patterns_read_it(
        parts in proptest::collection::vec(
            (0..WORDS.len(), 0..SEPARATORS.len()),
            1..7,
        )
    ) {
        let text = text(&parts);
        prop_assert_eq!(stop_and_symptom(&text).0, STOP_REFERENCE.is_match(&text), "stop: {:?}", text);
        prop_assert_eq!(stop_and_symptom(&text).1, SYMPTOM_REFERENCE.is_match(&text), "symptom: {:?}", text);
    }
}
