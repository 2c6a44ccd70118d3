//! The readers' rows: for each reader, what anchors a phrase, the phrase it
//! takes, and what rejects it before it, after it or within its clause or
//! sentence, written as phrases ([`super::phrase`]). Adding a phrasing is a
//! row here (or a word in [`super::lexicon`]) and a test line.
//!
//! | reader | anchor | takes | verbs | rejected by |
//! |---|---|---|---|---|
//! | hold | a duration unit | a duration (`grammar::durations`), and a count in "x N" or "× N" just after it (`held_times`) | `HOLD_VERB` in its clause (not [`KEEP`] with an activity after it, or [`KEEP_UP`]), or [`AFTER_THEN`] before it at its clause's start, [`HOLD_AFTER`], [`HOLD_LASTS`] (up to two minutes), [`SETS_OF`], [`HOLD_LABEL`]; with no verb, up to two minutes and not [`SESSION_AFTER`]: [`PROGRESSION_BEFORE`], [`POSTURE_BEFORE`], [`STANCE_BEFORE`], [`BUILD_BEFORE`], [`PER_SIDE_AFTER`], [`COUNT_TO`], [`AGAINST`] | [`NOT_HOLD_JUST_BEFORE`], [`NOT_HOLD_AFTER`] (but [`GETTING_UP_AFTER`] with the verb "hold"), `NOT_HOLD` in its clause, [`BREATH_IN`] in its sentence, [`NEGATION`] |
//! | repetitions | a count unit or "set" | a count (`grammar::counts`, `grammar::sets`), open above with [`OR_MORE_AFTER`] or [`AT_LEAST_AFTER`]; a sheet's [`SHEET_COUNT_LABEL`] or [`IN_REPS_OF`] and the number after it | `REPEAT_VERB` (only for its range) | [`STEP_NUMBER`], [`PER_PERIOD_AFTER`], [`REPS_THEN_SETS`], [`REPS_AND_AGAIN`], a time unit after, [`COMPARISON_AFTER`], [`TOTAL_AFTER`], [`NOT_A_COUNT_BEFORE`], `NOT_COUNT` in its clause, [`AS_NEEDED`] in its sentence, [`NEGATION`] |
//! | word counts | "twice", "thrice" (`TWICE`) | the word, a qualifier or "once or" before it | `REPEAT_VERB` in its clause | a frequency read there, [`PER_PERIOD_AFTER`], a `COMPARISON` word after, a period later in its sentence, a number after the verb, `NOT_COUNT` in its clause, [`NEGATION`] |
//! | bare counts | "row", "these", "them", "those" (`BARE_COUNT_END`) | a number just after a verb of doing, then [`BARE_COUNT_AFTER`] ending its clause | `REPEAT_VERB` just before | a reading there already |
//! | x counts | "x", or a word of sets by repetitions ("3x10"), of `SIDE_OR_X` | the repetitions after "x": sets by repetitions ("3 x 8", at most 6 sets, no fewer repetitions than sets) or "x N" after a word that is no number, then a side or the clause's end | | a chain of "x" or "sets", a reading there already, `NOT_COUNT` or [`NEGATION`] in its clause |
//! | movement counts | a noun of [`MOVEMENTS`] | a number at most one word before it | | a count of one, [`MOVEMENT_NOT_COUNT_AFTER`], `NOT_COUNT`, `NOT_HOLD` or a person in its clause, [`NEGATION`] |
//! | frequency | a period | a count per period (`grammar::frequencies`), "daily" (not before a word other than [`DAILY_GOES_ON`]), [`EVERY_OTHER_DAY`], [`EVERY_DAY`], [`EVERY_TIME_OF_DAY`], each open above after [`AT_LEAST`] | | [`COUNTED_BEFORE_PERIOD`] or [`MORE_TIMES_OF_DAY_AFTER`] for those, [`STEP_NUMBER`], `NOT_COUNT` in its clause, `OTHER_ACTIVITY` in its sentence, [`NEGATION`] |
//! | unbounded | [`UNBOUNDED`]'s first words | [`UNBOUNDED`] | `HOLD_OR_STAY` for "as long as" | [`LIMIT`] anywhere in the step, `RESTING` or [`NEGATION`] in its clause, [`GRIP`] before "as long as", [`FOR_SUPPORT_AFTER`] |

use super::phrase::Phrase;

// ---- holds ----

/// The word just before the number: "every 30 s", "after 10 s", "more
/// than 10 s". One word, so a class of the lexicon (`NOT_HOLD_BEFORE`):
/// a bit tested on the word before, not a phrase tried.
pub const NOT_HOLD_JUST_BEFORE: &[&str] = &[
    "every",
    "within",
    "after",
    "before",
    "in",
    "than",
    "next",
    "last",
    "first",
    "another",
    "extra",
    "additional",
    "under",
    "over",
    "to",
    "your",
    "their",
    "his",
    "her",
    "my",
    "our",
];

/// The word just after: "30 seconds of cat-cow", "10 seconds later"
/// (`NOT_HOLD_AFTER_WORD` in the lexicon); the phrases after it.
pub const NOT_HOLD_AFTER_WORDS: &[&str] = &[
    "of",
    "later",
    "ago",
    "apart",
    "between",
    "rest",
    "break",
    "breaks",
    "warm",
    "afterward",
    "afterwards",
    "daily",
    "weekly",
];
pub const NOT_HOLD_AFTER: Phrase = &[&[
    "a|per|each|every day|week",
    "before you? get|getting|stand|standing|sit|sitting|roll|rolling",
]];

/// The row of [`NOT_HOLD_AFTER`] for a wait or a stay before getting up
/// ("wait 10 seconds before you get up", "stay on the floor for 2 minutes
/// before you get up"), tried only once that matched: with the verb
/// "hold" it is a hold ("hold a shallow squat for 5 seconds before
/// standing up again").
pub const GETTING_UP_AFTER: Phrase =
    &[&["before you? get|getting|stand|standing|sit|sitting|roll|rolling"]];

/// A hold named after the duration: "8-10 sec. holds", "a 3-5 second
/// contraction", "a 10-second squeeze".
pub const HOLD_AFTER: Phrase =
    &[&[".? hold|holds|stretch|contraction|contractions|squeeze|squeezes"]];

/// A wait in a position until a dizziness settles is a stay in it
/// (positional vertigo exercises): "wait for 20 - 30 seconds or for any
/// dizziness to settle". Just before the duration.
pub const WAIT_BEFORE: Phrase = &[&["wait|waiting"], &["for", ""]];

/// Just after the duration of [`WAIT_BEFORE`]: "or for any dizziness",
/// "or until the vertigo".
pub const OR_UNTIL_DIZZINESS_AFTER: Phrase = &[
    &["or until|for"],
    &["any|the|your", ""],
    &["dizziness|vertigo|giddiness|spinning|symptoms"],
];

/// Just before a duration that ends its clause with a comma, at the
/// clause's start: "After 20 seconds, switch sides" holds for 20 seconds
/// (SPEC §2).
pub const AFTER_THEN: Phrase = &[&["after"]];

/// Just before a duration, a hold named as what lasts it: "Each stretch
/// should last 30 seconds", "One contraction lasts about 20 seconds".
/// Without a hold's noun before it, "last" is the last of a time ("the
/// last 10 seconds") or how long an activity lasts ("the walk lasts 30
/// minutes"), and no hold.
pub const HOLD_LASTS: Phrase = &[
    &["stretch|stretches|hold|holds|contraction|contractions|squeeze|squeezes|position|pose"],
    &["should|must|will|can|may", ""],
    &["last|lasts"],
    &["for", ""],
];

/// Just before a duration: "2 sets of", "3 rounds of" (a hold done twice).
pub const SETS_OF: Phrase = &[&["set|sets|round|rounds of"]];

/// A breath taken before a hold makes it a breath hold: "breathe in for 4
/// seconds, hold for 4 seconds", "inhale and hold for 5 seconds".
pub const BREATH_IN: Phrase = &[&[
    "breathe|breathing in",
    "inhale|inhaling",
    "take a deep? breath",
]];

/// Just before a duration: "between 10 and" of "hold between 10 and 20
/// seconds", the lower end of its range.
pub const BETWEEN_BEFORE: Phrase = &[&["between #"], &["and"]];

/// After a duration or a count: "one minute or longer", "10 seconds or
/// more", "repeat 10 times or more".
pub const OR_MORE_AFTER: Phrase = &[&["or longer|more"]];

/// After a duration or a count, an open upper end said last: "repeat it
/// 5 times at least.", "hold for 30 seconds at least, then relax". Taken
/// only where its clause ends there: in "hold for 30 seconds at least 3
/// times" it bounds the count.
pub const AT_LEAST_AFTER: Phrase = &[&["at least", "at a minimum", "minimum"]];

/// Between an open lower bound and an upper one: "at least 30 seconds,
/// and up to 10 minutes".
pub const AND_AFTER: Phrase = &[&[",", ""], &["and|but"]];

/// "Hold for a count of 10 seconds": the count is the hold's.
pub const COUNT_OF: Phrase = &[&["count|counting of|to"]];

/// Just before a hold with no verb of holding: where it starts or what it
/// builds up to ("start with 10 seconds and build up to 20 seconds", "aim
/// for at least 30 seconds"), read up to two minutes (a session is longer).
pub const PROGRESSION_BEFORE: Phrase = &[&[
    "start|starts|starting|begin|begins|beginning with",
    "aim|aiming for",
    "build|builds|building|work|works|working up? to",
]];

/// Just after a duration with no verb of holding: how long a session
/// lasts ("aim for about 1-2 minutes per session").
pub const SESSION_AFTER: Phrase = &[&["per|a|each|every|in|one session|sessions|sitting|workout"]];

/// "Build up to 20 seconds": the hold aimed at, not a limit ("up to" is
/// read by the grammar as an open lower end).
pub const BUILD_BEFORE: Phrase = &[&["build|builds|building|work|works|working"]];

/// Just after a hold with no verb of holding, in a list or a sheet: a
/// duration per side or per position ("Single-leg stand, 20-30 seconds
/// each side", "Reps: 3, 30 seconds each.").
/// The duration starts its clause; "each direction" or "each way" is an
/// activity's ("circle the ankle 30 seconds each direction").
pub const PER_SIDE_AFTER: Phrase = &[
    &["on|for|with", ""],
    &[
        "each|per|either side|leg|arm|foot|position|pose|stretch",
        "each .",
        "each ,",
    ],
];

/// Before a duration with no verb of holding, an effort against
/// resistance: "open your jaw against the pressure of your fist for 15
/// seconds", "pull against them for 6 seconds" (not "a ball against the
/// wall", "your back against the wall").
pub const AGAINST: Phrase = &[
    &["against"],
    &[
        "the|a|gentle|light|firm? pressure|resistance|force",
        "them|him|her",
        "your|their|his|her|the|a hand|hands|fist|fingers|palm|palms|band|partner|partner's|helper|therapist",
    ],
];

/// Just after a hold with no verb of holding: "do it for a minute to start
/// with" (where it starts).
pub const PROGRESSION_AFTER: Phrase = &[&["to start|begin with", "to start|begin ,|.|and"]];

/// Just after an effort with no verb of holding, the partner who resists
/// it: "try to bring the elbows forward for 10 or more seconds, while your
/// partner keeps them from moving".
pub const PARTNER_RESISTS_AFTER: Phrase = &[
    &[",", ""],
    &["while|as"],
    &["your|the|a|their", ""],
    &["partner|helper|therapist|friend|spotter|physio|physiotherapist|coach|assistant"],
];

/// Just before a hold: "hold the squeeze while you count to four seconds".
pub const COUNT_TO: Phrase = &[&["count|counting to"]];

/// Just before a duration with no verb of holding, a posture kept: "Lie
/// like this for 2 minutes", "Stand like that for 5 seconds", "sit in
/// this position for 30 seconds" (up to two minutes, as every hold
/// without a verb of holding).
pub const POSTURE_BEFORE: Phrase = &[
    &["lie|lies|lay|stand|stands|sit|sits|kneel|kneels"],
    &["like this|that", "in this|that position"],
    &["for"],
];

/// Just before a duration with no verb of holding, a stance kept on one
/// leg or on the toes: "Stand on the operated leg for up to 30 seconds",
/// "stand on one foot for 10 seconds" (up to two minutes, as every hold
/// without a verb of holding).
pub const STANCE_BEFORE: Phrase = &[
    &["stand|stands|standing on"],
    &["one|your|the|each|a"],
    &["~?"],
    &["leg|foot|toes|tiptoes"],
    &["for"],
];

/// A sheet's label before a duration: "Hold: 20-30 seconds", "Hold time:
/// 5 s", "Hold: for 1 second". The label starts its step or sentence.
pub const HOLD_LABEL: Phrase = &[&["hold|holds :", "hold|holding time :"], &["for", ""]];

/// The hold verb "keep", which an activity after it makes how long the
/// activity lasts ("keep alternating for 30 seconds").
pub const KEEP: Phrase = &[&["keep|keeps|keeping"]];

/// "Keep this up for 3 minutes": an activity goes on, nothing is held.
pub const KEEP_UP: Phrase = &[&["keep|keeps|keeping this|it|that? up"]];

// ---- repetitions ----

/// The word before a number that is a step's ("repeat steps 4 to 5"),
/// `STEP_WORD` in the lexicon.
pub const STEP_NUMBER: &[&str] = &["step", "steps"];

/// A count only when needed: "as needed", "if necessary".
pub const AS_NEEDED: Phrase = &[&[
    "as|when|if|whenever needed|necessary|required",
    "as|when|if|whenever you need",
]];

/// A verb of doing, before "as needed" ("use it as needed, 3 times"):
/// the count after it is a limit on the doing, not a count of its own.
pub const DONE_AS_NEEDED: Phrase = &[&["use|uses|using|apply|applying|try|trying"]];

/// The word just after a count: "3 times more likely", "two times the
/// weight" are a comparison, not a count (`COMPARISON` in the lexicon).
pub const COMPARISON_AFTER: &[&str] = &[
    "more", "less", "as", "the", "higher", "lower", "longer", "greater", "faster", "slower",
    "likelier", "bigger", "harder", "stronger", "deeper", "further", "farther", "wider", "heavier",
    "lighter", "softer", "your", "their", "his", "her", "my", "body", "safer", "easier", "better",
    "worse", "quicker", "sooner", "smaller", "larger", "shorter", "weaker",
];

/// A count per day or week is a frequency, not a count ("3 times/day" is
/// read by `grammar::per_period_at`: a row starting with a mark would be
/// tried at every count, not rejected on its first letter).
pub const PER_PERIOD_AFTER: Phrase = &[&[
    "a|per|each|every day|week",
    "daily|weekly",
    "over|during|throughout|in the|a day|week",
    "over the course of the|a|each day|week",
]];

/// A count spread over a period, which makes it a frequency: "six to
/// eight times over the day", "3 times during the week".
pub const OVER_A_PERIOD: Phrase = &[&[
    "over|during|throughout|across|in the|a day|week",
    "over the course of the|a|each day|week",
]];

/// Breathing as the exercise, before its frequency: "do your breathing
/// exercises twice a day".
pub const BREATHING_EXERCISE: Phrase = &[&["breathing|breath exercise|exercises|practice"]];

/// After a count's number, with no count word, at the end of its clause:
/// "do about three in a row", "do 10 of these".
pub const BARE_COUNT_AFTER: Phrase = &[&["in a row", "of these|them|those"]];

/// Just before "daily" or "every day": a lower bound ("at least daily").
pub const AT_LEAST: Phrase = &[&["at least"]];

/// Just before a frequency or a count in a word of more than once: "once
/// or twice a day" is 1-2 a day, "repeat once or twice" 1-2 times.
pub const ONCE_OR: Phrase = &[&["once|one or"]];

/// Once a day or every second day with no count before it: "every
/// other day", "every second day" (every second day), "every day" (once
/// a day). Each ends at its period word, and may be hyphenated
/// ("every-other-day").
pub const EVERY_OTHER_DAY: Phrase = &[&["every -? other|second -? day"]];
pub const EVERY_DAY: Phrase = &[&["every -? single? day"]];

/// "every morning" is once a day; [`MORE_TIMES_OF_DAY_AFTER`] after it
/// makes it more, and it is left unread.
pub const EVERY_TIME_OF_DAY: Phrase = &[&["every morning|evening|night"]];

/// After "every morning": another time of the day ("every morning and
/// evening", "every night or after a walk"). "every morning and see how
/// you feel" is once a day.
pub const MORE_TIMES_OF_DAY_AFTER: Phrase = &[
    &["and|or|&"],
    &[
        "morning|evening|night|afternoon|noon|midday|lunchtime|bedtime|before|after|at|every|each|last|again",
    ],
];

/// The words after "daily" that leave it an adverb ("do these daily and
/// rest", "daily for a week"); any other word right after it makes it an
/// adjective ("your daily walk").
pub const DAILY_GOES_ON: Phrase = &[&["and|or|for|if|until|unless|to"]];

/// A word right after a place (whitespace only between).
pub const ANY_WORD: Phrase = &[&["~"]];

/// The word before a day's period that has counted it already: "3 times
/// daily", "twice every day", "2 sets, every day".
pub const COUNTED_BEFORE_PERIOD: Phrase = &[&["times|sessions|sets|once|twice|thrice|x"]];

/// A programme sheet's count, its label then its number: "Repetitions =
/// 5", "Reps: 10".
pub const SHEET_COUNT_LABEL: Phrase = &[&["reps|repetitions :|="]];

/// The count word before its number: "in repetitions of 10".
pub const IN_REPS_OF: Phrase = &[&["in reps|repetitions of"]];

/// A total over both sides or all rounds ("6 times in total").
pub const TOTAL_AFTER: Phrase = &[&["in total|all", "total|altogether|overall"]];

/// A total ("for a total of 20 reps"), a rep defined ("that's 1 rep",
/// "counts as one repetition"), a number of sets on a sheet ("Sets: 3
/// Reps: 10"), or some of the repetitions named by their place ("the
/// first 5 times may feel stiff", "the last 2 reps should be hard").
/// Tried only after a word of [`NOT_A_COUNT_ENDS`] (`NOT_A_COUNT_END` in
/// the lexicon), the last word each row can end with.
pub const NOT_A_COUNT_BEFORE: Phrase = &[&[
    "total of",
    "that's",
    "that is",
    "this is",
    "count|counts as?",
    "equal|equals",
    "set|sets :?",
    "the first|last|final",
]];

/// Just before a count of one: it defines a repetition ("going there and
/// back is one repetition", "that completes one rep").
pub const DEFINES_ONE: Phrase = &[&["is|was|makes|make|completes|complete|equals|equal|done"]];

/// Just after a count of one: "1 rep = the manoeuvre done to each side",
/// "one round being: 5 burpees, 5 squats".
pub const DEFINED_AFTER: Phrase = &[&["=", "is|means|being"]];

/// An open lower bound just before an open upper one: "a minimum of 3, up
/// to 10 times", "at least 5 and up to 8 reps".
pub const LOWER_BOUND_BEFORE: Phrase = &[
    &["at least", "a minimum of", "no|not fewer|less than"],
    &["#"],
    &[",", ""],
    &["and|but", ""],
];

/// After a number, a noun for what is done, then a side: "10 rotations in
/// each direction", "ten deep lunges on each leg" (the noun is checked
/// against [`MEASURES`]).
pub const COUNTED_PER_SIDE: Phrase = &[
    &["~? ~"],
    &["on|in|with", ""],
    &["each|either side|leg|direction|way", "both sides|legs"],
];

/// After a count, a comma, then the count of its sets: "10 repetitions, 3
/// times" is 10 repetitions done three times (as "3 sets of 10").
pub const REPS_THEN_SETS: Phrase = &[&["#"], &["rep|reps|repetition|repetitions ,"]];

/// Before a count, a count done then done again: "Repeat this movement 10
/// times and do it 3 times" is 10 repetitions done three times (as "3 sets
/// of 10").
pub const REPS_AND_AGAIN: Phrase = &[
    &["#"],
    &["time|times|rep|reps|repetition|repetitions and do|repeat|perform it|this|that|them"],
];

/// At a word of `NOT_COUNT` before a count: "another set of 8
/// repetitions" says the set's size, not a count added to an unsaid one.
pub const ANOTHER_SET_OF: Phrase = &[&["another set|round of"]];

/// Nouns of a movement done, after a number: "do 5 sit-to-stands", "Do
/// 8-10 such cycles", "six to 12 bicep curls" (the last part of a
/// hyphenated word is the noun: "sit-ups", "sit-to-stands").
pub const MOVEMENTS: &[&str] = &[
    "cycles",
    "squeezes",
    "contractions",
    "curls",
    "squats",
    "lunges",
    "raises",
    "lifts",
    "circles",
    "rotations",
    "turns",
    "presses",
    "bridges",
    "crunches",
    "pulses",
    "pumps",
    "taps",
    "shrugs",
    "swings",
    "kicks",
    "bends",
    "stands",
    "ups",
    "dips",
    "tucks",
    "flicks",
    "tilts",
    "repeats",
    "rolls",
];

/// Just after a movement counted: a rate or a frequency, not a count
/// ("18 to 24 squeezes a minute", "10 squats a day").
pub const MOVEMENT_NOT_COUNT_AFTER: Phrase = &[&[
    "a|per|each|every minute|min|hour|day|week|second",
    "daily|weekly|of",
]];

/// "Repeat x 10".
pub const REPEAT_X: Phrase = &[&["repeat|do x #"]];

/// Nouns after a number that measure, or count something other than a
/// repetition: never a count per side.
pub const MEASURES: &[&str] = &[
    "s",
    "sec",
    "secs",
    "second",
    "seconds",
    "min",
    "mins",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "cm",
    "mm",
    "m",
    "inch",
    "inches",
    "foot",
    "feet",
    "ft",
    "degree",
    "degrees",
    "step",
    "steps",
    "metre",
    "metres",
    "meter",
    "meters",
    "kg",
    "lb",
    "lbs",
    "pound",
    "pounds",
    "breath",
    "breaths",
    "count",
    "counts",
    "time",
    "times",
    "rep",
    "reps",
    "repetition",
    "repetitions",
    "set",
    "sets",
    "round",
    "rounds",
    "percent",
    "finger",
    "fingers",
    "hand",
    "hands",
    "x",
    "or",
    "to",
    "and",
    "more",
    "of",
];

/// The words [`NOT_A_COUNT_BEFORE`]'s rows end with.
pub const NOT_A_COUNT_ENDS: &[&str] = &[
    "of", "s", "is", "count", "counts", "as", "equal", "equals", "set", "sets", "first", "last",
    "final",
];

// ---- without a limit ----

/// What "as often as", "for as long as" end with.
const AS_YOU_LIKE: &[&str] = &[
    "you like|want|wish|need|can|please",
    // "hold it for as long as you comfortably can"
    "you comfortably|safely can",
    "you are able",
    // "Get him to do as many reps as he can"
    "he|she|they can|like|want|wish|please",
    "he|she|they are able",
    // "as long as you and your partner are comfortable"
    "you and ~? ~ are|feel comfortable|able|ready",
    "you feel like|comfortable|necessary|able",
    "you feel the need",
    "is|feels? necessary|needed|comfortable|possible|desired|required",
    // "for as long as feels good"
    "feels good|right",
    "it is necessary|needed|comfortable|possible|desired|required",
    "it's necessary|needed|comfortable|possible|desired|required",
    "it feels good|comfortable|right",
];

/// A verb of going on, then "until": what the rows of a state reached
/// start with.
const REPEAT_UNTIL: &[&str] = &[
    // "repeat this breathing with the words until you feel relaxed"
    "repeat|continue this|these|the|it|them|that|those? ~? ~? ~? ~? until",
    "keep|keeps going until",
    "carry|carries on until",
    // "do this for a while until you both feel relaxed"
    "do this|it ~? ~? ~? until",
];

/// Instructions without a limit, each tried at a word in this order.
pub const UNBOUNDED: &[Phrase] = &[
    &[
        &[
            "for? as often|much|long|frequently|many as",
            "for? as many times|reps|repetitions|rounds a|per? day|week? as",
            // "as many good-form press ups as you can"
            "as many ~ -? ~? ~? ~? as",
            // "as long or as little as you want"
            "for? as long|much|often or as little|short|few|seldom ~? ~? as",
        ],
        AS_YOU_LIKE,
    ],
    &[
        &["until you hear|feel"],
        &["and|or hear|feel", ""],
        &["a|the|it|one", ""],
        &["slight|small|little|soft|mild|loud|good", ""],
        &["crack|cracks|pop|pops|click|clicks|snap|snaps"],
    ],
    &[
        &[
            "until your back|spine|neck|joint|joints|hip|hips cracks|pops|clicks|snaps",
            "until it|something cracks|pops|clicks|snaps",
        ],
        &["into place", ""],
    ],
    &[
        &[
            "repeat",
            "do this|it",
            "hold it",
            "hold",
            "continue",
            "keep going",
        ],
        &["~? ~? as needed|necessary|desired|required"],
    ],
    &[&["repeat|hold it|this? indefinitely|endlessly|forever"]],
    // Repeating until a state of the body, not a number: "repeat until
    // you feel relaxed", "keep going until the movement becomes smooth",
    // "repeat these steps until your breathing slows". "Continue until
    // you feel a stretch" says how far, and is not read.
    &[
        REPEAT_UNTIL,
        &["~? ~? feel|feels|are|is|become|becomes|get|gets"],
        &["completely|fully|more|very|really|quite|totally", ""],
        &[
            "relaxed|tired|fatigued|exhausted|calm|calmer|easier|easy|smooth|smoother|automatic|loose|looser",
        ],
    ],
    // Repeating until the muscles give out: "continue until fatigue", "do
    // this until failure", "repeat to exhaustion", "taking a set to
    // failure".
    &[REPEAT_UNTIL, &["fatigue|failure|exhaustion"]],
    &[&[
        "repeat|continue|go|work|take|taking|doing ~? ~? to fatigue|failure|exhaustion",
        // "Do one set to failure"
        "do ~? set|sets to fatigue|failure|exhaustion",
    ]],
    &[
        REPEAT_UNTIL,
        &["~? breathing|breath slows|slow|calms|settles"],
    ],
    // "The more you do, the better".
    &[&["the more you do|repeat|practise|practice it|them|this|these? ,? the better"]],
    &[&[
        "until you can't|cannot do|manage any? more",
        "until you can not do|manage any? more",
        // "until you can't do another one", "until you can't any more"
        "until you can't|cannot do|manage another|one more? rep|repetition|one?",
        "until you can't|cannot any more|longer",
        // "keep holding until you can't hold any longer"
        "until you can't|cannot hold|go|continue any? more|longer",
        // "until you cannot carry on"
        "until you can't|cannot carry|go on",
    ]],
    // "There is no limit to how many times you can do this", "no limit
    // on how often"; "any number of times".
    &[&[
        "no limit to|on how many times",
        "no limit to|on how often|long",
        "any number of times|reps|repetitions",
    ]],
];

/// A limit anywhere in the step: "as needed, up to 3 times", "three times
/// at most".
pub const LIMIT: &[Phrase] = &[
    &[
        &[
            "up to",
            "no|not more than",
            "at most",
            "a maximum of",
            "maximum",
            "max .?",
            "but no|not more|longer than",
        ],
        &["#"],
    ],
    &[
        &["#"],
        &[
            "time|times|rep|reps|repetition|repetitions|round|rounds|set|sets",
            "",
        ],
        &["at most", "max|maximum"],
    ],
];

/// "Hold onto the chair as long as you need": a grip on a support, not a
/// hold (tried at the last verb of holding before "as long as").
pub const GRIP: Phrase = &[&["hold|holds|holding onto", "hold|holds|holding on to"]];

/// "Hold the wall as needed for balance": support, not a hold.
pub const FOR_SUPPORT_AFTER: Phrase = &[&["for", "to keep your"], &["balance|support|stability"]];

// ---- every reader ----

/// What not to do is no instruction to compare with the fields: "don't
/// hold it for 45 seconds", "if you cannot hold for 30 seconds".
pub const NEGATION: Phrase = &[&[
    "without|never|not|no|nobody|cannot|dont|avoid|unless",
    "instead of",
    "rather than",
    "don't|won't|shouldn't|isn't|aren't|doesn't|needn't|can't|mustn't",
]];
