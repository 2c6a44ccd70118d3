//! The words the step readers know, each with its classes: a set of bits
//! a word is given in the one pass that splits a step into words
//! ([`words_into`]), so that a reader tests bits, not text, to know what a
//! step holds and where its context words are.
//!
//! The grammar's own classes (a number, a unit, "set", a period; bits 0 to
//! 6) come from [`grammar::core_words`]; this adds the step readers' words:
//! the prose readers' context words (bits 7 to 16 and 46 to 63), the
//! words that may make an instruction unbounded or name a person, and the
//! partner reader's words ([`super::partner::CONTEXT_WORDS`], bits 17
//! to 45).

use crate::read::grammar::{self, Class, Vocabulary, Word, class};
use crate::read::prose::phrase::Phrase;
use std::sync::LazyLock;

const FIRST_FREE: Class = class::FIRST_FREE;

// Words that make the phrase near them something else, or say whose it
// is. They are classed with the grammar's words, in the same pass over a
// step, so a context is looked for by testing bits, not by searching.
pub const HOLD_VERB: Class = FIRST_FREE;
/// Words that make a duration something else: a rest, a breath, a wait, a
/// warm-up, how long something lasts.
pub const NOT_HOLD: Class = FIRST_FREE << 1;
pub const REPEAT_VERB: Class = FIRST_FREE << 2;
/// A count of something that is not a repetition of the exercise.
pub const NOT_COUNT: Class = FIRST_FREE << 3;
/// How often to ice, walk or take a tablet is not how often to do the
/// exercise.
pub const OTHER_ACTIVITY: Class = FIRST_FREE << 4;
pub const HOLD_OR_STAY: Class = FIRST_FREE << 5;
/// "Rest as long as you need": a rest without a limit is no risk.
pub const RESTING: Class = FIRST_FREE << 6;
/// The first word of one of [`CONTEXT_PHRASES`].
pub const PHRASE_START: Class = FIRST_FREE << 7;
/// Words that start a new clause for a hold ("hold, and breathe…").
pub const JOIN: Class = FIRST_FREE << 8;
/// Words that start a new clause for a count.
pub const THEN: Class = FIRST_FREE << 9;

/// The words of each context class; a word in two classes is listed once,
/// with both bits.
pub const CONTEXT_WORDS: &[(&[&str], Class)] = &[
    (
        &[
            "hold",
            "holds",
            "holding",
            "stay",
            "stays",
            "staying",
            "remain",
            "remains",
            "remaining",
        ],
        HOLD_VERB | HOLD_OR_STAY,
    ),
    (
        &[
            "keep",
            "keeps",
            "keeping",
            "maintain",
            "maintaining",
            "sustain",
            "sustains",
            "sustaining",
        ],
        HOLD_VERB,
    ),
    // A pause, a stop on a tender spot or a press held is a hold (SPEC §2);
    // "pause as long as you need" is a rest without a limit.
    (&["pause", "pauses", "pausing"], HOLD_VERB | RESTING),
    // "The position is held for 6 seconds", "squeeze it for 4-5 seconds".
    (&["held", "squeeze", "squeezing"], HOLD_VERB),
    // A muscle kept tight is a hold without the verb "hold" (SPEC §2):
    // "tightening the hamstrings for 10-20 seconds", "contract the muscle
    // for 5 seconds", "resist the push for 6 seconds".
    (
        &[
            "tighten",
            "tightening",
            "contract",
            "contracting",
            "resist",
            "resisting",
        ],
        HOLD_VERB,
    ),
    // A position kept or a muscle braced is a hold without the verb "hold"
    // (SPEC §2) up to two minutes: "balance on the bad leg for 10 seconds",
    // "brace your stomach for 10 seconds", "hang from the bar for 20
    // seconds", "hover your leg above the floor for 5 seconds". Longer, the
    // same verbs time a session: "stretch for 10 minutes", "balance for 5
    // minutes", "hang around for 10 minutes".
    (
        &[
            "stretch",
            "stretching",
            "balance",
            "balancing",
            "brace",
            "bracing",
            "clench",
            "clenching",
            "engage",
            "engaging",
            "hang",
            "hanging",
            "hover",
            "hovering",
        ],
        HOLD_VERB | SESSION_VERB,
    ),
    (
        &[
            "stop", "stops", "stopping", "press", "presses", "pressing", "push", "pushes",
            "pushing",
        ],
        HOLD_VERB,
    ),
    (
        &[
            "rest",
            "resting",
            "relax",
            "relaxing",
            "breathe",
            "breathing",
            "wait",
            "waiting",
        ],
        NOT_HOLD | RESTING,
    ),
    (
        &[
            "breath",
            "breaths",
            "inhale",
            "inhaling",
            "exhale",
            "exhaling",
            "last",
            "lasts",
            "lasting",
            "lasted",
            "next",
            "warm",
            "warming",
            "between",
            "doing",
            "going",
            "walk",
            "walking",
            "repeat",
            "repeating",
            "crack",
            "cracking",
            "sore",
            "soreness",
            "moving",
            "count",
            "counting",
            "lying",
            "ice",
            "heat",
            "icing",
            "heating",
            "active",
            "activity",
            "exercising",
            "session",
            "sessions",
            "routine",
            "workout",
            "seated",
            // Keeping a swollen limb raised is care, not a hold: "keep your
            // leg elevated for 30 minutes".
            "elevated",
            "elevate",
            "elevating",
            "elevation",
            // Care and devices: "keep the pressure on the wound for 10
            // minutes", "hold the button down for 5 seconds".
            "wound",
            "button",
            "buttons",
            "whole",
            "total",
            "overall",
        ],
        NOT_HOLD,
    ),
    (
        &["repeat", "repeating", "do", "doing", "perform", "complete"],
        REPEAT_VERB,
    ),
    (
        &[
            "breathe",
            "breathing",
            "breath",
            "breaths",
            "inhale",
            "exhale",
            "crack",
            "cracks",
            "cracking",
            "pop",
            "pops",
            "popping",
            "happen",
            "happens",
            "occur",
            "occurs",
            "sneeze",
            "cough",
            "than",
            "heard",
            "viewed",
            "read",
            "shared",
            "seen",
            "add",
            "adding",
            "extra",
            "additional",
            "increase",
            "increasing",
            "another",
            // How often a symptom comes, not a count: "3 or 4 flare-ups a
            // year".
            "flare",
            "flares",
            "symptoms",
            // "Your knee may swell 2 or 3 times in the first weeks."
            "swell",
            "swells",
            "swelled",
        ],
        NOT_COUNT,
    ),
    // How long or how often pain lasts or comes: "the pain may come back
    // 2 or 3 times".
    (&["pain"], NOT_HOLD | NOT_COUNT),
    (
        &[
            "ice",
            "icing",
            "heat",
            "heating",
            "hot",
            "cold",
            "pack",
            "walk",
            "walking",
            "walks",
            "swim",
            "swimming",
            "cycle",
            "cycling",
            "run",
            "running",
            "jog",
            "jogging",
            "medication",
            "medicine",
            "tablet",
            "tablets",
            "pill",
            "pills",
            "painkiller",
            "painkillers",
            "ibuprofen",
            "paracetamol",
            // How often to wear a splint is not how often to exercise:
            // "wear the splint every night". ("Wear" and "brace" alone
            // are too common: "wear loose clothes", "brace your core".)
            "splint",
            "splints",
            // How often to use an inhaler is not how often to exercise:
            // "use your inhaler twice a day". (Meals are when to exercise:
            // "before meals and at bedtime, four times a day".)
            "inhaler",
            "inhalers",
            "puffer",
            // Care and check-ups: "change the dressing once a day",
            // "check your blood pressure twice a day".
            "dressing",
            "dressings",
            "bandage",
            "bandages",
            "blood",
            "appointment",
            "appointments",
            "cardio",
            // Looking after the skin, the body's weight and the kit: "apply
            // cream twice daily", "weigh yourself once a week", "clean the
            // band once a week".
            "cream",
            "creams",
            "lotion",
            "ointment",
            "moisturise",
            "moisturize",
            "moisturiser",
            "moisturizer",
            "weigh",
            "weighing",
            "clean",
            "cleaning",
            "charge",
            "charging",
            // A device worn, a class attended, a drink: "wear the brace 3
            // times a week", "attend the class twice a week", "drink a
            // glass of water 3 times a day".
            "wear",
            "wears",
            "wearing",
            "attend",
            "attends",
            "attending",
            "drink",
            "drinks",
            "drinking",
        ],
        OTHER_ACTIVITY,
    ),
    (&["at", "off", "aim", "lie", "sit"], PHRASE_START),
    (&["then", "but", "before", "after"], JOIN | THEN),
    (&["and", "while", "or", "until"], JOIN),
];

/// Phrases of more than one word that belong to a context class; each
/// starts with a word of class [`PHRASE_START`].
pub const CONTEXT_PHRASES: &[(Phrase, Class)] = &[
    (&[&["at it"]], NOT_HOLD),
    (&[&["off your|the feet"]], NOT_HOLD),
    (&[&["aim for"]], REPEAT_VERB),
    (&[&["lie|sit still"]], RESTING),
];

/// A negation: "not", "never", "without", "unless", and the first half of
/// a contracted one ("don" of "don't"); "instead of", "rather than".
pub const NEGATION: Class = 1 << 46;
/// What may start an instruction without a limit ("as often as you
/// like", "until you hear a crack", "repeat as needed").
pub const UNBOUNDED_START: Class = 1 << 47;
/// What may start a limit ("up to", "no more than", "maximum").
pub const LIMIT_START: Class = 1 << 48;
/// What may start a phrase that makes a count something other than a
/// repetition ("as needed", "when necessary") or a duration a breath
/// ("breathe in", "inhale").
pub const CONDITION_START: Class = 1 << 49;

/// A side ("each side", "on each leg", "in each direction") or "x"
/// ("repeat x 10"): what a count without a count word ends or starts with.
pub const SIDE_OR_X: Class = 1 << 50;

/// The word just before a number that makes a duration no hold ("every
/// 30 s"), the word just after one ("30 seconds of cat-cow"), and the
/// word after a count that makes it a comparison ("3 times more likely"):
/// the one-word rows of [`super::rows`], tested as bits.
pub const NOT_HOLD_BEFORE: Class = 1 << 51;
pub const NOT_HOLD_AFTER_WORD: Class = 1 << 52;
pub const COMPARISON: Class = 1 << 53;
/// "step", "steps" before a number: a step's number.
pub const STEP_WORD: Class = 1 << 54;
/// The last words of the rows that make a count no count ("total of",
/// "that's", "counts as"), so that they are tried only after one.
pub const NOT_A_COUNT_END: Class = 1 << 55;
/// What may start a breath taken before a hold ("breathe in", "inhale",
/// "take a breath").
pub const BREATH_START: Class = 1 << 56;
/// A noun of a movement done ("squats", "cycles", the "ups" of "sit-ups"):
/// a count without a count word ends with one.
pub const MOVEMENT: Class = 1 << 57;
/// "twice", "thrice": a count with its unit in the word ("do the exercise
/// twice").
pub const TWICE: Class = 1 << 58;
/// A verb of holding that times a session, not a hold, past two minutes
/// (see its words in [`CONTEXT_WORDS`]).
pub const SESSION_VERB: Class = 1 << 59;
/// "row", "these", "them", "those": the ends of a count with no count
/// word ("do about three in a row", "do 10 of these").
pub const BARE_COUNT_END: Class = 1 << 60;

/// The words of the classes above.
pub const MORE_WORDS: &[(&[&str], Class)] = &[
    (super::rows::NOT_HOLD_JUST_BEFORE, NOT_HOLD_BEFORE),
    (super::rows::NOT_HOLD_AFTER_WORDS, NOT_HOLD_AFTER_WORD),
    (super::rows::COMPARISON_AFTER, COMPARISON),
    (super::rows::STEP_NUMBER, STEP_WORD),
    (super::rows::NOT_A_COUNT_ENDS, NOT_A_COUNT_END),
    (super::rows::MOVEMENTS, MOVEMENT),
    (&["twice", "thrice"], TWICE),
    (&["row", "these", "them", "those"], BARE_COUNT_END),
    (
        &["breathe", "breathing", "inhale", "inhaling", "take"],
        BREATH_START,
    ),
    (
        &["side", "sides", "leg", "legs", "direction", "way", "x"],
        SIDE_OR_X,
    ),
    (
        &[
            "without", "never", "not", "no", "nobody", "cannot", "dont", "avoid", "instead",
            "rather", "unless", "don", "won", "shouldn", "isn", "aren", "doesn", "needn", "can",
            "mustn",
        ],
        NEGATION,
    ),
    (
        &[
            "for", "as", "until", "repeat", "do", "hold", "continue", "keep", "the", "go", "work",
            "take", "taking", "doing", "no", "carry", "carries", "any",
        ],
        UNBOUNDED_START,
    ),
    (
        &["up", "no", "not", "at", "a", "maximum", "max", "but"],
        LIMIT_START,
    ),
    (
        &[
            "as",
            "when",
            "if",
            "whenever",
            "breathe",
            "breathing",
            "inhale",
            "inhaling",
            "take",
        ],
        CONDITION_START,
    ),
    // A time of day after "every" is once a day ("every morning"): the
    // frequency reader is called where one is.
    (&["morning", "evening", "night"], class::PERIOD),
    // Words without which no instruction is unbounded.
    (
        &[
            "often",
            "many",
            "much",
            "long",
            "frequently",
            "needed",
            "necessary",
            "desired",
            "required",
            "until",
            "indefinitely",
            "endlessly",
            "forever",
            "better",
            "fatigue",
            "failure",
            "exhaustion",
            "exhausted",
            // "any number of times"
            "number",
        ],
        class::UNBOUNDED,
    ),
    // The core words for another person; the partner reader knows the rest.
    (
        &[
            "partner",
            "someone",
            "somebody",
            "person",
            "friend",
            "helper",
            "assistant",
            "family",
            "buddy",
            "carer",
            "caregiver",
            "spotter",
        ],
        class::PERSON,
    ),
];

/// Every classed word.
static VOCABULARY: LazyLock<Vocabulary> = LazyLock::new(|| {
    let readers = CONTEXT_WORDS
        .iter()
        .chain(MORE_WORDS)
        .chain(super::partner::CONTEXT_WORDS)
        .flat_map(|(words, class)| words.iter().map(move |w| (*w, *class)));
    // With the partner reader's person nouns and their plurals, by key.
    let keys = grammar::keyed(grammar::core_words().chain(readers))
        .chain(super::partner::person_noun_keys());
    Vocabulary::with_keys(keys).with_unkeyed(super::partner::UNKEYED)
});

/// The words of `text`, each classed by every reader's words, into a list
/// that is emptied first, so that its room is used again.
pub fn words_into(text: &str, words: &mut Vec<Word>) {
    grammar::words_in(&VOCABULARY, text, words);
}

/// [`words_into`], into a new list.
pub fn words(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    words_into(text, &mut words);
    words
}

/// Builds the word tables, so that a run can build them while it is still
/// finding files.
pub fn prepare() {
    grammar::prepare();
    LazyLock::force(&VOCABULARY);
}
