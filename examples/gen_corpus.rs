//! Writes a synthetic corpus of realistic guides for benchmarks and soak tests.
//!
//! ```text
//! cargo run --release --example gen_corpus -- DIR GUIDES EXERCISES_PER_GUIDE
//! ```
//!
//! The guides are built from the vocabulary of `guides/*.yaml`: kebab-case
//! ids, varied exercises (positions, equipment, steps whose prose agrees with
//! the structured fields), every grammar form of `hold`, `repetitions` and
//! `frequency` (text and mapping), warnings, and a few partner methods with a
//! supervision note. The steps say the hold and the count, often how often
//! to do the exercise (when it has a `frequency`), and for partner methods
//! what the other person does, all agreeing with the fields, so they
//! exercise the prose reader. About 3% of exercises carry one defect in
//! their fields: a missing hold, a missing stop-if-pain warning, a reversed
//! range (`5-2`), an unknown key (`hold_time`), `risk: extreme`, or an
//! implausible hold (`30 min`). About 1% of the others carry one in their
//! steps instead: a hold, a count or a frequency that disagrees with its
//! field, another person who is not declared, or no limit at all.
//!
//! The output is deterministic (a fixed-seed SplitMix64, one stream per
//! guide) and spread over subdirectories of 100 files each. 1,000 guides of
//! 10 exercises come to about 6.6 MB.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const SEED: u64 = 0x5907_7e12_c0de_2024;
const FILES_PER_DIR: usize = 100;
/// Share of exercises that carry a defect, in per mille.
const DEFECTS_PER_MILLE: u64 = 30;
/// Share of the exercises without one whose steps disagree with their
/// fields, in per mille.
const PROSE_DEFECTS_PER_MILLE: u64 = 10;
/// How often an exercise with a `frequency` says it in its steps too.
const FREQUENCY_STEP_PER_MILLE: u64 = 600;
/// How often an exercise keeps each further instruction of its movement,
/// gets an extra reminder, and says how to come out of it: together they set
/// the prose length, tuned so 1,000 guides of 10 exercises come to ~6.6 MB.
const EXTRA_STEP_PER_MILLE: u64 = 350;
const FILLER_PER_MILLE: u64 = 150;
const RELEASE_PER_MILLE: u64 = 350;

/// SplitMix64: tiny, fast, and good enough to vary prose.
struct Rng(u64);

impl Rng {
    fn new(stream: u64) -> Self {
        let mut rng = Rng(SEED ^ stream.wrapping_mul(0xA24B_AED4_963E_E407));
        rng.next();
        rng
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (((self.next() >> 32) * n as u64) >> 32) as usize
    }

    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn chance(&mut self, per_mille: u64) -> bool {
        self.next() % 1000 < per_mille
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// FNV-1a: a stable hash, so an exercise id always gets the same guidance.
fn stable_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Risk {
    Low,
    Moderate,
    High,
}

impl Risk {
    fn as_str(self) -> &'static str {
        match self {
            Risk::Low => "low",
            Risk::Moderate => "moderate",
            Risk::High => "high",
        }
    }
}

/// One kind of movement, as the source articles describe it.
struct Movement {
    slug: &'static str,
    name: &'static str,
    positions: &'static [&'static str],
    equipment: &'static [&'static str],
    /// The instructions before the hold.
    steps: &'static [&'static str],
    /// How to come out of it.
    release: &'static str,
    sided: bool,
    risk: Risk,
    /// The other person's part, for partner methods.
    partner: Option<&'static str>,
    professional_only: bool,
    /// Hold ranges in seconds this movement may get.
    holds: &'static [(u32, u32)],
}

const SHORT_HOLDS: &[(u32, u32)] = &[(3, 5), (5, 5), (5, 10), (10, 10), (10, 20)];
const STRETCH_HOLDS: &[(u32, u32)] = &[(5, 10), (10, 10), (10, 20), (15, 30), (20, 30), (30, 30)];
const ROLL_HOLDS: &[(u32, u32)] = &[(30, 30), (30, 60), (60, 60)];
const SQUEEZE_HOLDS: &[(u32, u32)] = &[(1, 2), (1, 1), (2, 2)];

const MOVEMENTS: &[Movement] = &[
    Movement {
        slug: "lower-back-rotation",
        name: "lower back rotation",
        positions: &["seated", "supine"],
        equipment: &["chair"],
        steps: &[
            "Sit or lie with your spine long and your shoulders relaxed.",
            "Cross one leg over the other, or let both knees drop to one side.",
            "Turn your trunk gently toward the raised knee, keeping both hips still.",
        ],
        release: "Come back slowly to face forward.",
        sided: true,
        risk: Risk::Low,
        partner: None,
        professional_only: false,
        holds: SHORT_HOLDS,
    },
    Movement {
        slug: "cat-arch",
        name: "cat arch",
        positions: &["hands-and-knees"],
        equipment: &["mat"],
        steps: &[
            "Kneel on all fours with your hands under your shoulders and your knees under your hips.",
            "Breathe out and slowly round your back up toward the ceiling, drawing your belly in.",
            "Breathe in and let your belly sink toward the floor so that your back dips.",
        ],
        release: "Return to a flat back and rest for a breath.",
        sided: false,
        risk: Risk::Low,
        partner: None,
        professional_only: false,
        holds: SHORT_HOLDS,
    },
    Movement {
        slug: "knee-to-chest",
        name: "knee-to-chest stretch",
        positions: &["supine"],
        equipment: &["mat"],
        steps: &[
            "Lie face up on the floor with both knees bent and your feet flat.",
            "Draw one knee up toward your chest and hold it with both hands.",
            "Keep the other foot resting on the floor and your lower back relaxed.",
        ],
        release: "Lower the leg slowly and switch sides.",
        sided: true,
        risk: Risk::Low,
        partner: None,
        professional_only: false,
        holds: STRETCH_HOLDS,
    },
    Movement {
        slug: "double-knee-hug",
        name: "double knee hug",
        positions: &["supine"],
        equipment: &["mat"],
        steps: &[
            "Lie on a flat, lightly padded surface such as a rug or yoga mat.",
            "Draw both knees up toward your chest and wrap your arms round them.",
            "Pull gently, aiming for a light stretch across your lower back.",
        ],
        release: "Let go of your knees and set your feet back on the floor.",
        sided: false,
        risk: Risk::Low,
        partner: None,
        professional_only: false,
        holds: STRETCH_HOLDS,
    },
    Movement {
        slug: "bridge",
        name: "bridge",
        positions: &["supine"],
        equipment: &["mat"],
        steps: &[
            "Lie on your back with your feet flat and hip-width apart.",
            "Press through your feet to lift your hips into a straight line from shoulders to knees.",
            "Squeeze your buttocks and lower back muscles as you rise, without forcing the arch.",
        ],
        release: "Lower your hips slowly back to the floor.",
        sided: false,
        risk: Risk::Low,
        partner: None,
        professional_only: false,
        holds: SHORT_HOLDS,
    },
    Movement {
        slug: "pelvic-tilt",
        name: "pelvic tilt",
        positions: &["supine"],
        equipment: &[],
        steps: &[
            "Lie on your back with your knees bent and your feet flat.",
            "Tighten your abdominal muscles to make your belly firm.",
            "Gently tip your pelvis so your lower back flattens against the floor.",
        ],
        release: "Release the tilt and let your back settle.",
        sided: false,
        risk: Risk::Low,
        partner: None,
        professional_only: false,
        holds: SHORT_HOLDS,
    },
    Movement {
        slug: "side-bend",
        name: "side bend",
        positions: &["seated", "standing"],
        equipment: &["chair"],
        steps: &[
            "Sit or stand tall with both feet flat on the floor.",
            "Put one hand on the opposite thigh and raise the other arm overhead.",
            "Lean slowly to the side so the stretch runs down the long side of your back.",
        ],
        release: "Come back upright and swap hands.",
        sided: true,
        risk: Risk::Low,
        partner: None,
        professional_only: false,
        holds: STRETCH_HOLDS,
    },
    Movement {
        slug: "childs-pose",
        name: "child's pose stretch",
        positions: &["kneeling"],
        equipment: &["mat"],
        steps: &[
            "Kneel on a padded surface and sit your buttocks back on your heels.",
            "Fold forward from the hips and creep your fingertips ahead of you.",
            "Bring your forehead toward the floor and breathe steadily.",
        ],
        release: "Walk your hands back and sit up slowly.",
        sided: false,
        risk: Risk::Low,
        partner: None,
        professional_only: false,
        holds: STRETCH_HOLDS,
    },
    Movement {
        slug: "standing-back-extension",
        name: "standing back extension",
        positions: &["standing"],
        equipment: &[],
        steps: &[
            "Stand with your feet about shoulder-width apart to keep your balance.",
            "Place your hands on the small of your back, fingers pointing down.",
            "Lean back slowly and under control, letting your stomach move forward.",
        ],
        release: "Come back upright slowly.",
        sided: false,
        risk: Risk::Low,
        partner: None,
        professional_only: false,
        holds: STRETCH_HOLDS,
    },
    Movement {
        slug: "foam-roller-roll",
        name: "foam roller back roll",
        positions: &["supine"],
        equipment: &["foam roller"],
        steps: &[
            "Lay a solid foam roller on the floor, crosswise to your body.",
            "Lie back on it so it sits under your shoulder blades, knees bent and feet flat.",
            "Push with your feet to roll slowly to and fro along your spine.",
        ],
        release: "Sit up off the roller and rest briefly.",
        sided: false,
        risk: Risk::Low,
        partner: None,
        professional_only: false,
        holds: ROLL_HOLDS,
    },
    Movement {
        slug: "exercise-ball-stretch",
        name: "exercise ball stretch",
        positions: &["kneeling"],
        equipment: &["exercise ball"],
        steps: &[
            "Kneel down facing an exercise ball and place both hands on top of it.",
            "Keep your back straight, breathe out and fold from the hips.",
            "Ease the ball forward so your chest sinks toward the floor.",
        ],
        release: "Roll the ball slowly back toward you and kneel up.",
        sided: false,
        risk: Risk::Low,
        partner: None,
        professional_only: false,
        holds: STRETCH_HOLDS,
    },
    Movement {
        slug: "open-book",
        name: "open book rotation",
        positions: &["side-lying"],
        equipment: &["mat"],
        steps: &[
            "Lie on your side with your knees bent and your arms stretched out in front of you.",
            "Keep your knees together and lift the top arm up and over to the other side.",
            "Let your upper back turn with the arm and follow your hand with your eyes.",
        ],
        release: "Bring the arm back to close the book, then roll over.",
        sided: true,
        risk: Risk::Low,
        partner: None,
        professional_only: false,
        holds: SHORT_HOLDS,
    },
    Movement {
        slug: "prone-press-up",
        name: "prone press-up",
        positions: &["prone"],
        equipment: &["mat"],
        steps: &[
            "Lie face down with your hands flat under your shoulders.",
            "Keep your hips on the floor and press your chest up slowly.",
            "Let your lower back sag gently while your arms take the weight.",
        ],
        release: "Lower your chest back to the floor.",
        sided: false,
        risk: Risk::Low,
        partner: None,
        professional_only: false,
        holds: SHORT_HOLDS,
    },
    Movement {
        slug: "thread-the-needle",
        name: "thread the needle",
        positions: &["hands-and-knees"],
        equipment: &["mat"],
        steps: &[
            "Start on all fours with your back flat.",
            "Slide one arm under your body, palm up, toward the opposite side.",
            "Let that shoulder and the side of your head rest on the floor.",
        ],
        release: "Reach back out and return to all fours.",
        sided: true,
        risk: Risk::Low,
        partner: None,
        professional_only: false,
        holds: STRETCH_HOLDS,
    },
    Movement {
        slug: "upper-back-round",
        name: "upper back rounding stretch",
        positions: &["standing", "seated"],
        equipment: &[],
        steps: &[
            "Lift both arms forward to shoulder height and interlock your fingers.",
            "Drop your chin toward your chest.",
            "Reach your hands straight ahead so your shoulders round forward.",
        ],
        release: "Relax your arms and lift your head.",
        sided: false,
        risk: Risk::Low,
        partner: None,
        professional_only: false,
        holds: STRETCH_HOLDS,
    },
    Movement {
        slug: "chair-back-release",
        name: "chair back release",
        positions: &["seated"],
        equipment: &["chair"],
        steps: &[
            "Choose a chair with a low back and shuffle your hips forward on the seat.",
            "Rest both palms against your forehead and exhale slowly.",
            "Allow your upper back to drop over the top edge of the chair.",
        ],
        release: "Sit up slowly.",
        sided: false,
        risk: Risk::Low,
        partner: None,
        professional_only: false,
        holds: SHORT_HOLDS,
    },
    Movement {
        slug: "pilates-rocking",
        name: "pilates rocking stretch",
        positions: &["supine"],
        equipment: &["mat"],
        steps: &[
            "Lie on your back on a mat and hug both knees to your chest.",
            "Rock gently forward and back, letting the movement grow a little.",
            "Try to feel each part of your spine meet the mat in turn.",
        ],
        release: "Come to rest on your back.",
        sided: false,
        risk: Risk::Low,
        partner: None,
        professional_only: false,
        holds: ROLL_HOLDS,
    },
    Movement {
        slug: "bed-edge-extension",
        name: "bed edge extension",
        positions: &["supine"],
        equipment: &["bed"],
        steps: &[
            "Lie face up across a bed with your shoulder blades past the edge.",
            "Relax and let your head and arms lower slowly toward the floor.",
            "Breathe all the way out while you stay down.",
        ],
        release: "Curl up with your abdominal muscles to come back onto the bed.",
        sided: false,
        risk: Risk::Moderate,
        partner: None,
        professional_only: false,
        holds: SHORT_HOLDS,
    },
    Movement {
        slug: "partner-bear-hug",
        name: "front bear hug from a partner",
        positions: &["standing"],
        equipment: &[],
        steps: &[
            "Stand facing a partner who is as tall as you or taller.",
            "Have your partner wrap their arms around you and join their hands over the spot you want to release.",
            "Breathe in, then breathe all the way out and signal your partner to give one quick, firm squeeze.",
        ],
        release: "Ask your partner to let go gently.",
        sided: false,
        risk: Risk::High,
        partner: Some(
            "Stands facing you, hugs you with hands joined over the target spot, and gives one quick, firm squeeze on your signal.",
        ),
        professional_only: false,
        holds: SQUEEZE_HOLDS,
    },
    Movement {
        slug: "partner-lift-from-behind",
        name: "lift from behind by a partner",
        positions: &["standing"],
        equipment: &[],
        steps: &[
            "Fold your arms across your chest.",
            "Have a partner taller and stronger than you stand behind you and hold your elbows.",
            "Breathe out and signal your partner to lean back and lift you a few centimetres off the floor.",
        ],
        release: "Ask your partner to set you down again.",
        sided: false,
        risk: Risk::High,
        partner: Some(
            "Stands behind you, holds your elbows and lifts you a few centimetres off the floor on your signal.",
        ),
        professional_only: false,
        holds: SQUEEZE_HOLDS,
    },
    Movement {
        slug: "partner-assisted-twist",
        name: "partner-assisted seated twist",
        positions: &["seated"],
        equipment: &["chair"],
        steps: &[
            "Sit tall on a stool with a partner standing behind you.",
            "Turn your upper body to one side as far as is comfortable.",
            "Have your partner rest a hand on your shoulder and ease you a little further.",
        ],
        release: "Ask your partner to let go, then turn back to the centre.",
        sided: true,
        risk: Risk::Moderate,
        partner: Some("Stands behind you and guides your shoulder gently into the turn."),
        professional_only: false,
        holds: SHORT_HOLDS,
    },
    Movement {
        slug: "floor-adjustment",
        name: "professional floor adjustment",
        positions: &["prone"],
        equipment: &["treatment table"],
        steps: &[
            "Lie face down on a treatment table.",
            "The practitioner places both hands on either side of the stiff segment.",
            "The practitioner applies one short, controlled thrust as you breathe out.",
        ],
        release: "Rest face down for a moment before getting up.",
        sided: false,
        risk: Risk::High,
        partner: Some("A trained osteopath or chiropractor who performs the whole adjustment."),
        professional_only: true,
        holds: SQUEEZE_HOLDS,
    },
];

const MODIFIERS: &[&str] = &[
    "",
    "",
    "",
    "gentle",
    "slow",
    "deep",
    "supported",
    "easy",
    "morning",
    "desk-break",
];

const FILLERS: &[&str] = &[
    "Keep your breathing slow and even throughout.",
    "Move only as far as feels comfortable.",
    "Keep your shoulders relaxed and away from your ears.",
    "Do not bounce or jerk into the stretch.",
    "Let your jaw and neck stay soft.",
    "Keep the movement small and controlled.",
];

const STOP_IF_PAIN: &[&str] = &[
    "Stop at once if you feel pain or discomfort.",
    "Stop straight away if the movement causes pain or discomfort.",
    "Stop and come out of the position at the first pain or discomfort.",
    "Stop if you feel sharp pain, numbness or tingling in your legs.",
    "Stop immediately if any part of this hurts or feels uncomfortable.",
    "Stop and rest if pain or discomfort comes on, and do not push through it.",
];

const CAUTIONS: &[&str] = &[
    "Never force a pop; pushing too hard can harm ligaments or discs.",
    "Work slowly and stay inside a range that feels safe.",
    "Expect some muscle soreness the first few times.",
    "Do not hold your breath, and never drop heavily onto your spine.",
    "Once a spot has released it will not do so again for a while, so do not chase it.",
];

const CONTRAINDICATIONS: &[&str] = &[
    "osteoporosis",
    "osteoarthritis",
    "osteopenia",
    "recent back surgery",
    "a herniated disc",
    "pregnancy",
    "neurological conditions",
];

const SUPERVISION: &[&str] = &[
    "Only with a trained spotter standing by; never try it alone.",
    "Try this only with a partner who has been shown the move by a physiotherapist or chiropractor.",
    "Have someone stay with you while you do it, and stop at the first sign of trouble.",
    "Only a trained osteopath, chiropractor or similar professional may perform this.",
];

const TOPICS: &[(&str, &str)] = &[
    ("lower-back", "lower back"),
    ("upper-back", "upper back"),
    ("desk-posture", "desk posture"),
    ("morning-mobility", "morning mobility"),
    ("post-run", "after a run"),
    ("office-break", "an office break"),
    ("gentle-spine", "a gentle spine"),
    ("evening-wind-down", "an evening wind-down"),
    ("core-and-back", "core and back"),
    ("hip-and-back", "hips and back"),
];

const PUBLISHERS: &[&str] = &[
    "Healthline",
    "wikiHow",
    "Practical Knowledge Hub",
    "Example Health",
    "Back Care Collective",
    "City Physio Clinic",
];

const REVIEWERS: &[&str] = &[
    "A. Reviewer, PT",
    "William Morrison, M.D.",
    "J. Okafor, DPT",
    "M. Lindqvist, physiotherapist",
];

const SUMMARY_SENTENCES: &[&str] = &[
    "Slow chair and floor movements for a back that feels stiff from sitting, training or heavy use.",
    "Where the source gives no hold time we use short holds, and where it gives no limit we allow at most a few repetitions.",
    "Work through the moves in order, warming up with the gentlest ones first.",
    "None of these moves should hurt; a mild stretch is all you are looking for.",
    "The riskier methods come last and need another person or a professional.",
    "Regular stretching, core strengthening and a well set-up workstation give more lasting relief than any single move.",
];

const GUIDE_WARNINGS: &[(&str, &str)] = &[
    (
        "see-a-doctor",
        "See a doctor if back pain lasts more than a few weeks or keeps coming back.",
    ),
    (
        "see-a-doctor",
        "Get medical advice first if a recent injury has left your back feeling misaligned.",
    ),
    (
        "caution",
        "Releasing your back now and then is fine, but doing it often or with force can damage joint tissue.",
    ),
    (
        "contraindication",
        "People with osteoporosis or a neurological condition should not try to crack their back.",
    ),
    (
        "stop-if-pain",
        "Stop immediately if any of these moves hurts, and listen to what your body tells you.",
    ),
];

#[derive(Clone, Copy)]
enum Defect {
    MissingHold,
    MissingStopIfPain,
    ReversedRange,
    UnknownKey,
    BadRisk,
    ImplausibleHold,
}

const DEFECTS: &[Defect] = &[
    Defect::MissingHold,
    Defect::MissingStopIfPain,
    Defect::ReversedRange,
    Defect::UnknownKey,
    Defect::BadRisk,
    Defect::ImplausibleHold,
];

/// A step that disagrees with the exercise's fields: each is one finding
/// of the prose rule named.
#[derive(Clone, Copy)]
enum ProseDefect {
    /// `hold-time-mismatch`
    LongerHold,
    /// `repetition-mismatch`
    MoreRounds,
    /// `frequency-mismatch`
    MoreOften,
    /// `undeclared-partner`
    Partner,
    /// `unbounded-instruction`
    Unbounded,
}

const PROSE_DEFECTS: &[ProseDefect] = &[
    ProseDefect::LongerHold,
    ProseDefect::MoreRounds,
    ProseDefect::MoreOften,
    ProseDefect::Partner,
    ProseDefect::Unbounded,
];

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}

/// Plain YAML scalars are fine for our prose unless it holds `: ` or ` #`.
fn scalar(text: &str) -> String {
    if text.contains(": ")
        || text.contains(" #")
        || text.starts_with(['[', '{', '*', '&', '!', '\'', '"'])
    {
        format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
    } else {
        text.to_string()
    }
}

/// A hold of `lo..=hi` seconds, in one of the forms the grammar accepts.
fn hold_value(rng: &mut Rng, lo: u32, hi: u32) -> String {
    if lo == hi {
        match rng.below(6) {
            0 if lo.is_multiple_of(60) => format!("{} min", lo / 60),
            1 => format!("{lo} seconds"),
            2 => format!("{lo} sec"),
            3 => format!("{{seconds: {lo}}}"),
            _ => format!("{lo} s"),
        }
    } else {
        match rng.below(7) {
            0 => format!("{lo}–{hi} seconds"),
            1 => format!("{lo} to {hi} s"),
            2 => format!("{lo} - {hi} secs"),
            3 => format!("{{min: {lo}, max: {hi}, unit: s}}"),
            _ => format!("{lo}-{hi} s"),
        }
    }
}

fn hold_prose(rng: &mut Rng, lo: u32, hi: u32) -> String {
    let span = if lo == hi {
        if lo >= 60 && lo.is_multiple_of(60) {
            format!("{} minute{}", lo / 60, if lo == 60 { "" } else { "s" })
        } else {
            format!("about {lo} seconds")
        }
    } else {
        format!("{lo} to {hi} seconds")
    };
    match rng.below(4) {
        0 => format!("Stay there for {span}, breathing steadily."),
        1 => format!("Keep the position for {span}."),
        2 => format!("Hold it for {span}, then ease off."),
        _ => format!("Stay in the stretch for {span} without bouncing."),
    }
}

fn count_value(rng: &mut Rng, lo: u32, hi: u32, sided: bool) -> String {
    let side = if sided { " per side" } else { "" };
    if rng.below(6) == 0 {
        return if sided {
            format!("{{min: {lo}, max: {hi}, per: side}}")
        } else {
            format!("{{min: {lo}, max: {hi}}}")
        };
    }
    if lo == hi {
        return format!("{lo}{side}");
    }
    match rng.below(4) {
        0 => format!("{lo}–{hi}{side}"),
        1 => format!("{lo} to {hi}{side}"),
        _ => format!("{lo}-{hi}{side}"),
    }
}

fn count_prose(lo: u32, hi: u32, sided: bool) -> String {
    let side = if sided { " on each side" } else { "" };
    if lo == hi {
        format!("Do {lo} round{}{side}.", if lo == 1 { "" } else { "s" })
    } else {
        format!("Do {lo} to {hi} rounds{side}.")
    }
}

/// How often, in the field and in a step: (field, step).
const FREQUENCIES: &[(&str, &str)] = &[
    ("1 per day", "Do this once a day."),
    (
        "3-5 per day",
        "Do the whole sequence three to five times a day.",
    ),
    ("2 to 3 per week", "Come back to it 2 to 3 times a week."),
    ("{min: 1, max: 2, per: day}", "Do this once or twice a day."),
    ("2 per day", "Do this twice a day."),
    ("2 per day", "Go through it 2 times a day."),
];

/// The guidance an exercise id always gets, whichever guide it is in, so
/// the corpus agrees with itself.
fn canonical(id: &str, movement: &Movement) -> ((u32, u32), (u32, u32)) {
    let h = stable_hash(id);
    let hold = movement.holds[(h % movement.holds.len() as u64) as usize];
    let reps: &[(u32, u32)] = if movement.partner.is_some() {
        &[(1, 1)]
    } else {
        &[(1, 3), (2, 3), (2, 4), (3, 3), (3, 5), (1, 1)]
    };
    let reps = reps[((h >> 16) % reps.len() as u64) as usize];
    (hold, reps)
}

fn write_exercise(out: &mut String, rng: &mut Rng, id: &str, movement: &Movement, name: &str) {
    let ((hold_lo, hold_hi), (reps_lo, reps_hi)) = canonical(id, movement);
    let defect = rng.chance(DEFECTS_PER_MILLE).then(|| rng.pick(DEFECTS));
    let prose_defect = (defect.is_none() && rng.chance(PROSE_DEFECTS_PER_MILLE))
        .then(|| rng.pick(PROSE_DEFECTS))
        .filter(|d| !matches!(d, ProseDefect::Partner) || movement.partner.is_none());
    let frequency = (movement.partner.is_none()
        && (rng.below(10) < 3 || matches!(prose_defect, Some(ProseDefect::MoreOften))))
    .then(|| rng.pick(FREQUENCIES));
    let position = rng.pick(movement.positions);

    let _ = writeln!(out, "  - id: {id}");
    let _ = writeln!(out, "    name: {}", scalar(name));
    let risk = match defect {
        Some(Defect::BadRisk) => "extreme",
        _ => movement.risk.as_str(),
    };
    let _ = writeln!(out, "    risk: {risk}");
    let _ = writeln!(out, "    position: {position}");
    if !movement.equipment.is_empty() && rng.below(3) > 0 {
        if rng.below(2) == 0 {
            let _ = writeln!(out, "    equipment: [{}]", movement.equipment.join(", "));
        } else {
            out.push_str("    equipment:\n");
            for item in movement.equipment {
                let _ = writeln!(out, "      - {item}");
            }
        }
    }

    out.push_str("    steps:\n");
    // Prose length is the knob that sets the corpus size (see the consts).
    let mut steps: Vec<String> = vec![movement.steps[0].to_string()];
    for step in &movement.steps[1..] {
        if rng.chance(EXTRA_STEP_PER_MILLE) {
            steps.push(step.to_string());
        }
    }
    if rng.chance(FILLER_PER_MILLE) {
        steps.insert(rng.range(1, steps.len()), rng.pick(FILLERS).to_string());
    }
    if matches!(prose_defect, Some(ProseDefect::Partner)) {
        steps.insert(
            1,
            "Have a partner press gently on your shoulders to help you go further.".into(),
        );
    }
    match prose_defect {
        // Well past the field's range, and still a plausible hold.
        Some(ProseDefect::LongerHold) => {
            let longer = if hold_hi >= 30 {
                hold_hi * 2
            } else {
                hold_hi * 3 + 15
            };
            steps.push(hold_prose(rng, longer, longer));
        }
        _ => steps.push(hold_prose(rng, hold_lo, hold_hi)),
    }
    if rng.chance(RELEASE_PER_MILLE) {
        steps.push(movement.release.to_string());
    }
    if movement.sided && rng.below(2) == 0 {
        steps.push("Repeat the same way on the other side.".into());
    }
    match prose_defect {
        Some(ProseDefect::MoreRounds) => {
            let more = reps_hi + 5;
            steps.push(count_prose(more, more, movement.sided));
        }
        Some(ProseDefect::Unbounded) => steps.push("Repeat it as often as you like.".into()),
        _ => steps.push(count_prose(reps_lo, reps_hi, movement.sided)),
    }
    match (frequency, prose_defect) {
        (Some(_), Some(ProseDefect::MoreOften)) => {
            steps.push("Do this ten times a day.".into());
        }
        (Some((_, step)), _) if rng.chance(FREQUENCY_STEP_PER_MILLE) => steps.push(step.into()),
        _ => {}
    }
    for step in &steps {
        let _ = writeln!(out, "      - {}", scalar(step));
    }

    match defect {
        Some(Defect::MissingHold) => {}
        Some(Defect::UnknownKey) => {
            let _ = writeln!(out, "    hold_time: {}", hold_value(rng, hold_lo, hold_hi));
        }
        Some(Defect::ImplausibleHold) => out.push_str("    hold: 30 min\n"),
        _ => {
            let _ = writeln!(out, "    hold: {}", hold_value(rng, hold_lo, hold_hi));
        }
    }
    match defect {
        Some(Defect::ReversedRange) => {
            let side = if movement.sided { " per side" } else { "" };
            let _ = writeln!(out, "    repetitions: 5-2{side}");
        }
        _ => {
            let _ = writeln!(
                out,
                "    repetitions: {}",
                count_value(rng, reps_lo, reps_hi, movement.sided)
            );
        }
    }
    if let Some((value, _)) = frequency {
        let _ = writeln!(out, "    frequency: {value}");
    }

    let mut warnings: Vec<(&str, &str)> = Vec::new();
    if !matches!(defect, Some(Defect::MissingStopIfPain)) {
        warnings.push(("stop-if-pain", rng.pick(STOP_IF_PAIN)));
    }
    if movement.risk != Risk::Low || rng.below(5) == 0 {
        warnings.push(("caution", rng.pick(CAUTIONS)));
    }
    if !warnings.is_empty() {
        out.push_str("    warnings:\n");
        for (kind, text) in warnings {
            let _ = writeln!(out, "      - kind: {kind}");
            let _ = writeln!(out, "        text: {}", scalar(text));
        }
    }
    if rng.below(6) == 0 {
        let first = rng.pick(CONTRAINDICATIONS);
        let second = rng.pick(CONTRAINDICATIONS);
        if first == second {
            let _ = writeln!(out, "    contraindications: [{first}]");
        } else {
            out.push_str("    contraindications:\n");
            let _ = writeln!(out, "      - {first}");
            let _ = writeln!(out, "      - {second}");
        }
    }
    if let Some(role) = movement.partner {
        out.push_str("    partner:\n");
        let _ = writeln!(out, "      role: {}", scalar(role));
    }
    if movement.risk != Risk::Low {
        let text = if movement.professional_only {
            SUPERVISION[3]
        } else {
            rng.pick(&SUPERVISION[..3])
        };
        let _ = writeln!(out, "    supervision: {}", scalar(text));
    }
    if movement.professional_only {
        out.push_str("    professional_only: true\n");
    }
}

/// Picks a movement: partner and professional methods are rarer.
fn pick_movement(rng: &mut Rng) -> &'static Movement {
    loop {
        let m = &MOVEMENTS[rng.below(MOVEMENTS.len())];
        if m.partner.is_none() || rng.below(4) == 0 {
            return m;
        }
    }
}

fn guide(index: usize, exercises: usize) -> (String, String) {
    let mut rng = Rng::new(index as u64);
    let (topic, topic_words) = rng.pick(TOPICS);
    let id = format!("{topic}-set-{index:05}");
    let mut out = String::with_capacity(8 * 1024);
    out.push_str("# yaml-language-server: $schema=../../schema/guide.schema.json\n");
    out.push_str("spotter: 1\n");
    let _ = writeln!(out, "id: {id}");
    let _ = writeln!(
        out,
        "title: {}",
        scalar(&format!(
            "{} moves for {topic_words} (set {index})",
            capitalize(rng.pick(&["gentle", "simple", "slow", "daily", "quick"]))
        ))
    );
    let mut summary = Vec::new();
    for _ in 0..rng.range(2, 4) {
        let sentence = rng.pick(SUMMARY_SENTENCES);
        if !summary.contains(&sentence) {
            summary.push(sentence);
        }
    }
    let _ = writeln!(out, "summary: {}", scalar(&summary.join(" ")));
    out.push_str("source:\n");
    let _ = writeln!(out, "  publisher: {}", rng.pick(PUBLISHERS));
    if rng.below(2) == 0 {
        let _ = writeln!(out, "  url: https://example.org/guides/{id}");
    }
    if rng.below(2) == 0 {
        let _ = writeln!(out, "  reviewed_by: {}", scalar(rng.pick(REVIEWERS)));
        let _ = writeln!(
            out,
            "  reviewed_on: {}-{:02}-{:02}",
            rng.range(2015, 2025),
            rng.range(1, 12),
            rng.range(1, 28)
        );
    }
    out.push_str("warnings:\n");
    let first = rng.below(GUIDE_WARNINGS.len());
    let count = rng.range(1, 3);
    for k in 0..count {
        let (kind, text) = GUIDE_WARNINGS[(first + k) % GUIDE_WARNINGS.len()];
        let _ = writeln!(out, "  - kind: {kind}");
        let _ = writeln!(out, "    text: {}", scalar(text));
    }

    out.push_str("exercises:\n");
    let mut used: Vec<String> = Vec::with_capacity(exercises);
    for _ in 0..exercises {
        // Ids are unique within a guide: draw again on a clash, and number
        // the variant only when the vocabulary runs out.
        let mut attempt = 0;
        let (movement, mut ex_id, mut name) = loop {
            let movement = pick_movement(&mut rng);
            let modifier = rng.pick(MODIFIERS);
            let (ex_id, name) = if modifier.is_empty() {
                (movement.slug.to_string(), capitalize(movement.name))
            } else {
                (
                    format!("{modifier}-{}", movement.slug),
                    capitalize(&format!("{} {}", modifier.replace('-', " "), movement.name)),
                )
            };
            attempt += 1;
            if attempt > 20 || !used.contains(&ex_id) {
                break (movement, ex_id, name);
            }
        };
        if used.contains(&ex_id) {
            let mut n = 2;
            while used.contains(&format!("{ex_id}-{n}")) {
                n += 1;
            }
            ex_id = format!("{ex_id}-{n}");
            name = format!("{name}, variant {n}");
        }
        write_exercise(&mut out, &mut rng, &ex_id, movement, &name);
        used.push(ex_id);
    }
    (id, out)
}

fn usage() -> ExitCode {
    eprintln!("usage: gen_corpus DIR GUIDES EXERCISES_PER_GUIDE");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, guides, exercises] = args.as_slice() else {
        return usage();
    };
    let (Ok(guides), Ok(exercises)) = (guides.parse::<usize>(), exercises.parse::<usize>()) else {
        return usage();
    };
    if exercises == 0 {
        eprintln!("error: a guide needs at least one exercise");
        return ExitCode::from(2);
    }
    let dir = PathBuf::from(dir);
    if std::fs::read_dir(&dir).is_ok_and(|mut entries| entries.next().is_some()) {
        eprintln!(
            "error: {} is not empty; remove it or pick another directory",
            dir.display()
        );
        return ExitCode::from(2);
    }
    match write_corpus(&dir, guides, exercises) {
        Ok(bytes) => {
            println!(
                "wrote {guides} guides ({} exercises, {bytes} bytes) under {}",
                guides * exercises,
                dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn write_corpus(dir: &Path, guides: usize, exercises: usize) -> std::io::Result<usize> {
    let mut bytes = 0;
    for index in 0..guides {
        let sub = dir.join(format!("batch-{:03}", index / FILES_PER_DIR));
        if index % FILES_PER_DIR == 0 {
            std::fs::create_dir_all(&sub)?;
        }
        let (id, text) = guide(index, exercises);
        bytes += text.len();
        std::fs::write(sub.join(format!("{id}.yaml")), text)?;
    }
    Ok(bytes)
}
