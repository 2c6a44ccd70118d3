//! The rules that read the prose of a guide, end to end: each finding at
//! the exact words of the step (line:column), with both sides in the
//! message; the tricky phrasings that must stay quiet; and the cross-guide
//! conflict, placed in the later guide with the first guide's field beside.

use crate::support::{cmd, inproc};

use cmd::{findings, places, run_in, write};
use serde_json::Value;

/// An exercise `move` (line 5) whose steps start on line 9, one per line,
/// with the fields given after them.
fn exercise(steps: &[&str], fields: &str) -> String {
    let steps: String = steps.iter().map(|s| format!("      - {s}\n")).collect();
    format!(
        "spotter: 1\nid: prose\ntitle: Prose\nexercises:\n  - id: move\n    name: Move\n    risk: low\n    steps:\n{steps}{fields}"
    )
}

const FIELDS: &str = "    hold: 5-10 s\n    repetitions: 2-3\n    frequency: 2 per day\n    warnings:\n      - kind: stop-if-pain\n        text: Stop if you feel any pain.\n";

fn report(text: &str) -> Value {
    inproc::report("g.yaml", text)
}

fn check(text: &str) -> Vec<String> {
    findings(&report(text))
}

fn steps(steps: &[&str]) -> Vec<String> {
    check(&exercise(steps, FIELDS))
}

#[test]
fn a_hold_outside_the_field_is_pointed_at_with_both_sides() {
    let r = report(&exercise(&["Lie down and hold for 45 seconds."], FIELDS));
    assert_eq!(
        findings(&r),
        ["hold-time-mismatch 9:22 step says hold for 45 seconds, but `hold` is 5-10 s"]
    );
    let d = &r["diagnostics"][0];
    assert_eq!(
        (d["end_line"].as_u64(), d["end_column"].as_u64()),
        (Some(9), Some(41))
    );
    assert_eq!(d["related"][0]["line"], 10);
    assert_eq!(d["related"][0]["column"], 11);
    assert_eq!(d["related"][0]["message"], "`hold` is set here");
    assert_eq!(
        d["help"],
        "if `hold` is right, make the step say 5-10 s; if the step is right, change `hold` to match it"
    );
    assert_eq!(d["exercise"], "move");
}

#[test]
fn holds_in_words_and_other_units_are_compared() {
    assert_eq!(
        steps(&[
            "Keep the stretch for about ten seconds.",
            "Stay there for half a minute.",
            "Hold it for 1 minute.",
            "Holding each one for 15-30 seconds.",
        ]),
        [
            "hold-time-mismatch 10:9 step says stay there for half a minute, but `hold` is 5-10 s",
            "hold-time-mismatch 11:9 step says hold it for 1 minute, but `hold` is 5-10 s",
            "hold-time-mismatch 12:9 step says holding each one for 15-30 seconds, but `hold` is 5-10 s",
        ]
    );
}

#[test]
fn rests_warmups_breaths_and_waits_are_not_holds() {
    assert_eq!(
        steps(&[
            "Rest 45 seconds between sets.",
            "Do 30 seconds of cat-cow first.",
            "Breathe in for 4 seconds.",
            "See a doctor if the pain lasts more than two weeks.",
            "It will not crack again for the next 30-60 minutes.",
            "Lift your hips 2 inches, feet 5 to 10 cm apart, knees at 90 degrees.",
            "Wait 30 seconds before you stand up.",
        ]),
        Vec::<String>::new()
    );
}

#[test]
fn what_a_step_says_not_to_do_is_not_compared() {
    // Each would be a mismatch against 5-10 s, 2-3 and 2 per day if it
    // were an instruction; the last step's hold is one, in its own clause.
    assert_eq!(
        steps(&[
            "Don't hold it for 45 seconds.",
            "Avoid holding for a minute.",
            "If you cannot hold for 30 seconds, come out of it.",
            "Do not do 20 reps.",
            "Never repeat this 10 times.",
            "Don't do this five times a day.",
            "Instead of holding for 60 seconds, hold for 45 seconds.",
        ]),
        ["hold-time-mismatch 15:44 step says hold for 45 seconds, but `hold` is 5-10 s"]
    );
}

#[test]
fn words_are_placed_in_characters_on_non_ascii_crlf_and_bom_lines() {
    // A plain step, a double-quoted one with an escape before the words,
    // and a block scalar, each with non-ASCII text before the words.
    let guide = exercise(
        &[
            "Ça va — lie down and hold for 45 seconds.",
            "\"Ü\\nï – then repeat 5 to 8 times.\"",
            "|\n        Été – hold for 60 seconds.",
        ],
        FIELDS,
    );
    let want = [
        "hold-time-mismatch 9:30-9:49",
        "repetition-mismatch 10:22-10:41",
        "hold-time-mismatch 12:15-12:34",
    ];
    let crlf = guide.replace('\n', "\r\n");
    for (name, text) in [
        ("LF", guide.clone()),
        ("CRLF", crlf.clone()),
        ("BOM and CRLF", format!("\u{feff}{crlf}")),
    ] {
        assert_eq!(places(&report(&text)), want, "{name}");
    }
}

#[test]
fn repetitions_outside_the_field_are_reported() {
    assert_eq!(
        steps(&[
            "Repeat 5 to 8 times.",
            "Do 8-12 reps.",
            "Do a set of at least 4.",
            "Repeat up to 5 times on each side.",
            "Repeat two or three times.",
        ]),
        [
            "repetition-mismatch 9:9 step says repeat 5 to 8 times, but `repetitions` is 2-3",
            "repetition-mismatch 10:9 step says do 8-12 reps, but `repetitions` is 2-3",
            "repetition-mismatch 11:9 step says do a set of at least 4 (no upper limit), but `repetitions` is 2-3",
            "repetition-mismatch 12:9 step says repeat up to 5 times on each side, but `repetitions` is 2-3",
        ]
    );
}

#[test]
fn an_open_bound_agrees_when_the_end_it_states_lies_within_the_field() {
    // SPEC §2: every closed end the step states lies within the field.
    assert_eq!(
        steps(&[
            "Hold for at least 5 seconds.",
            "Hold for up to 10 seconds.",
            "Do a set of at least 3.",
            "Do it at least twice a day.",
            "Hold for at least 12 seconds.",
            "Do a minimum of 3, up to 10 times.",
            "Do a minimum of 2, up to 3 times.",
        ]),
        [
            "hold-time-mismatch 13:9 step says hold for at least 12 seconds (no upper limit), but `hold` is 5-10 s",
            "repetition-mismatch 14:12 step says a minimum of 3, up to 10 times, but `repetitions` is 2-3",
        ]
    );
}

#[test]
fn frequencies_in_their_common_written_forms_are_compared() {
    assert_eq!(
        steps(&[
            "Do it 1 time a day.",
            "Do these 3-4x daily.",
            "Exercise 5 days a week.",
            "Repeat every other day.",
            "Do it 2x a day.",
        ]),
        [
            "frequency-mismatch 9:15 step says 1 time a day, but `frequency` is 2 per day",
            "frequency-mismatch 10:18 step says 3-4x daily, but `frequency` is 2 per day",
            "frequency-mismatch 11:18 step says 5 days a week, but `frequency` is 2 per day",
            "frequency-mismatch 12:16 step says every other day, but `frequency` is 2 per day",
        ]
    );
}

#[test]
fn the_unbounded_help_gives_the_exercise_s_own_limit() {
    let help = |step: &str| {
        let r = report(&exercise(&[step], FIELDS));
        r["diagnostics"][0]["help"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(
        help("Hold as long as you can."),
        "say how long to hold, as `hold` does: `hold for 5-10 s`"
    );
    assert_eq!(
        help("Repeat as often as you like."),
        "say how many times, as `repetitions` does: `repeat 2-3 times`"
    );
    assert_eq!(
        help("Twist until you hear a crack."),
        "a crack or pop is not a goal to work towards; say how many times, as `repetitions` does: `repeat 2-3 times`"
    );
    assert_eq!(
        help("Hold it as needed."),
        "say how long to hold, as `hold` does: `hold for 5-10 s`"
    );
    let once = report(&exercise(
        &["Stretch twice daily."],
        &FIELDS.replace("2 per day", "1 per day"),
    ));
    assert_eq!(
        once["diagnostics"][0]["help"],
        "if `frequency` is right, make the step say once a day; if the step is right, change `frequency` to match it"
    );
    let frequency = report(&exercise(&["Practise 3 times a week."], FIELDS));
    assert_eq!(
        frequency["diagnostics"][0]["help"],
        "if `frequency` is right, make the step say 2 times a day; if the step is right, change `frequency` to match it"
    );
}

#[test]
fn the_help_says_which_to_change() {
    let r = report(&exercise(&["Repeat 5 to 8 times."], FIELDS));
    assert_eq!(
        r["diagnostics"][0]["help"],
        "if `repetitions` is right, make the step say 2-3 times; if the step is right, change `repetitions` to match it"
    );
}

#[test]
fn a_step_finding_can_be_suppressed_with_a_reason() {
    let text = "spotter: 1\nid: prose\ntitle: Prose\nexercises:\n  - id: move\n    name: Move\n    risk: low\n    steps:\n      # spotter: allow hold-time-mismatch -- the long hold is the final one only\n      - Lie down and hold for 45 seconds.\n    hold: 5-10 s\n    repetitions: 2-3\n    warnings:\n      - kind: stop-if-pain\n        text: Stop if you feel any pain.\n";
    assert_eq!(check(text), Vec::<String>::new());
}

#[test]
fn step_numbers_breaths_and_bounded_as_needed_are_not_counts() {
    assert_eq!(
        steps(&[
            "Repeat steps 4 and 5.",
            "Take a few breaths.",
            "Take 2 deep breaths.",
            "Use it as needed, up to 3 times.",
        ]),
        Vec::<String>::new()
    );
}

#[test]
fn a_count_per_day_is_a_frequency_never_a_repetition() {
    assert_eq!(
        steps(&[
            "Do this three to five times a day.",
            "Aim for 2 sessions daily.",
            "Twice a day is enough.",
        ]),
        [
            "frequency-mismatch 9:17 step says three to five times a day, but `frequency` is 2 per day"
        ]
    );
    // A count per week is compared with one per day as times a week.
    assert_eq!(
        steps(&["Practise 3 times a week."]),
        ["frequency-mismatch 9:18 step says 3 times a week, but `frequency` is 2 per day"]
    );
    assert_eq!(steps(&["Practise 14 times a week."]), Vec::<String>::new());
}

#[test]
fn unbounded_instructions_are_reported_and_a_bounded_one_is_not() {
    assert_eq!(
        steps(&[
            "Repeat as often as necessary.",
            "Do it as many times as you like.",
            "Stay as long as is comfortable.",
            "Twist until you hear a crack.",
            "Repeat as needed, up to 3 times.",
        ]),
        [
            "unbounded-instruction 9:9 step says repeat as often as necessary and gives no limit",
            "unbounded-instruction 10:15 step says as many times as you like and gives no limit",
            "unbounded-instruction 11:14 step says as long as is comfortable and gives no limit",
            "unbounded-instruction 12:15 step says until you hear a crack and gives no limit",
        ]
    );
}

#[test]
fn holds_without_hold_open_counts_and_every_morning_are_read() {
    // Issue 23 §3: a position kept or a muscle kept tight is a hold; "N or
    // more" leaves the upper end open; "every morning" is once a day.
    assert_eq!(
        steps(&[
            "Balance on the bad leg for 30 seconds.",
            "Tighten the hamstrings for 15-20 seconds.",
            "Repeat 4 or more times.",
            "Do these stretches every morning.",
        ]),
        [
            "hold-time-mismatch 9:9 step says balance on the bad leg for 30 seconds, but `hold` is 5-10 s",
            "hold-time-mismatch 10:9 step says tighten the hamstrings for 15-20 seconds, but `hold` is 5-10 s",
            "repetition-mismatch 11:9 step says repeat 4 or more times (no upper limit), but `repetitions` is 2-3",
            "frequency-mismatch 12:28 step says every morning, but `frequency` is 2 per day",
        ]
    );
    // How far, a session, and a time of day not said once are not read.
    assert_eq!(
        steps(&[
            "Continue bending until you feel a gentle stretch.",
            "Do balance exercises for 10 minutes.",
            "Do this every morning and evening.",
        ]),
        Vec::<String>::new()
    );
}

#[test]
fn holds_said_as_a_progression_a_list_or_an_effort_are_read() {
    // Issue 23: holds with no verb of holding (SPEC §2).
    assert_eq!(
        steps(&[
            "Aim to begin with 10 seconds and work up to 20 seconds.",
            "Single-leg stand, 20-30 seconds each side.",
            "Keep the squeeze while you count to four seconds.",
            "Open your jaw against the pressure of your fist for 15 seconds.",
        ]),
        [
            "hold-time-mismatch 9:42 step says work up to 20 seconds, but `hold` is 5-10 s",
            "hold-time-mismatch 10:27 step says 20-30 seconds, but `hold` is 5-10 s",
            "hold-time-mismatch 11:36 step says count to four seconds, but `hold` is 5-10 s",
            "hold-time-mismatch 12:23 step says against the pressure of your fist for 15 seconds, but `hold` is 5-10 s",
        ]
    );
    // A session, an activity, a ball thrown are not holds.
    assert_eq!(
        steps(&[
            "Aim for about 1-2 minutes per session.",
            "Circle the ankle 30 seconds each direction.",
            "Throw the ball against the wall for 30 seconds.",
        ]),
        Vec::<String>::new()
    );
}

#[test]
fn movements_counted_and_sets_after_repetitions_are_read() {
    assert_eq!(
        steps(&[
            "Take time to do 5 sit-to-stands.",
            "Do 10 repetitions, 3 times.",
            "Stay for 5 to 10 breath cycles.",
            "One leg swings forward and back.",
        ]),
        [
            "repetition-mismatch 9:22 step says do 5 sit-to-stands, but `repetitions` is 2-3",
            "repetition-mismatch 10:9 step says do 10 repetitions, but `repetitions` is 2-3",
        ]
    );
}

#[test]
fn a_range_said_with_between_is_read_and_care_is_not_exercise() {
    assert_eq!(
        steps(&[
            "Hold the position between 15 and 20 seconds.",
            "Keep your leg elevated for 30 minutes.",
            "Wear the splint every night.",
        ]),
        [
            "hold-time-mismatch 9:9 step says hold the position between 15 and 20 seconds, but `hold` is 5-10 s"
        ]
    );
}

#[test]
fn a_count_spread_over_the_day_is_a_frequency() {
    assert_eq!(
        steps(&["Do it six to eight times over the day."]),
        [
            "frequency-mismatch 9:15 step says six to eight times over the day, but `frequency` is 2 per day"
        ]
    );
}

#[test]
fn a_hold_named_after_its_duration_and_an_open_stretch_are_read() {
    assert_eq!(
        steps(&[
            "After a 3-5 second contraction, relax.",
            "Stretch the muscle for at least 20 seconds.",
            "Stretch for at least 10 minutes after a run.",
        ]),
        [
            "hold-time-mismatch 9:17 step says 3-5 second, but `hold` is 5-10 s",
            "hold-time-mismatch 10:9 step says stretch the muscle for at least 20 seconds (no upper limit), but `hold` is 5-10 s",
        ]
    );
}

#[test]
fn breathing_exercises_have_a_frequency_and_a_crack_has_none() {
    assert_eq!(
        steps(&[
            "Practise breathing exercises three to four times a day.",
            "Your back may crack 3 times a day.",
        ]),
        [
            "frequency-mismatch 9:38 step says three to four times a day, but `frequency` is 2 per day"
        ]
    );
}

#[test]
fn repeating_until_a_state_is_unbounded() {
    assert_eq!(
        steps(&[
            "Repeat these steps until your breathing slows.",
            "Keep going until the movement becomes smooth and easy.",
            "The more you do, the better.",
            "Stay in the pose as long as you and the class are comfortable.",
        ]),
        [
            "unbounded-instruction 9:9 step says repeat these steps until your breathing slows and gives no limit",
            "unbounded-instruction 10:9 step says keep going until the movement becomes smooth and gives no limit",
            "unbounded-instruction 11:9 step says the more you do, the better and gives no limit",
            "unbounded-instruction 12:26 step says as long as you and the class are comfortable and gives no limit",
        ]
    );
}

#[test]
fn a_partner_in_the_steps_needs_a_partner_field() {
    each_reads_as_an_undeclared_partner(&[
        (
            "Have a partner stand behind you.",
            9,
            "have a partner stand",
        ),
        ("Ask someone to hold your ankles.", 9, "ask someone to hold"),
        (
            "A stronger, taller person hugs you from behind.",
            9,
            "a stronger, taller person hugs",
        ),
        ("Your partner stands behind you.", 9, "your partner"),
        (
            "Do this with the help of another person.",
            17,
            "with the help of another person",
        ),
    ]);
}

/// Each step, alone in an exercise without `partner`, is one
/// `undeclared-partner` finding at its column, quoting its words.
fn each_reads_as_an_undeclared_partner(rows: &[(&str, usize, &str)]) {
    for &(step, column, words) in rows {
        assert_eq!(
            steps(&[step]),
            [format!(
                "undeclared-partner 9:{column} step says {words}, but exercise `move` has no `partner`"
            )],
            "{step}"
        );
    }
}

#[test]
fn a_person_handling_another_persons_body_needs_a_partner_field() {
    each_reads_as_an_undeclared_partner(&[
        (
            "Gently hold their ankles and move their legs in circles.",
            9,
            "gently hold their ankles",
        ),
        ("Bend your child's leg at the knee.", 14, "your child's leg"),
        (
            "Kneel, with your partner kneeling at your side.",
            16,
            "with your partner kneeling",
        ),
        ("Take hold of each other by the hands.", 22, "each other"),
        ("At times we will move your arms.", 18, "we will move"),
    ]);
}

#[test]
fn the_readers_own_body_and_a_person_only_asked_are_not_partners() {
    assert_eq!(
        steps(&[
            "Ask your child to reach forward and touch their toes.",
            "The patient lies on his back and lifts his leg.",
            "Do not pull on the baby's arms.",
            "Place your hands on top of each other.",
            "We recommend you hold the stretch for 10 seconds.",
        ]),
        Vec::<String>::new()
    );
}

#[test]
fn bystanders_and_negated_partners_are_not_partners() {
    assert_eq!(
        steps(&[
            "Tell your doctor if it hurts.",
            "Ask your physical therapist whether this suits you.",
            "This helps someone who sits all day.",
            "Do this without a partner.",
            "Never let anyone push on your spine.",
        ]),
        Vec::<String>::new()
    );
}

#[test]
fn a_declared_partner_is_not_reported() {
    let fields = format!("{FIELDS}    partner:\n      role: Hugs you from behind.\n");
    assert_eq!(
        check(&exercise(&["Have a partner hug you from behind."], &fields)),
        Vec::<String>::new()
    );
}

#[test]
fn weak_stop_warnings_are_reported_and_plain_ones_pass() {
    let text = |warning: &str| {
        format!(
            "spotter: 1\nid: stop\ntitle: Stop\nexercises:\n  - id: move\n    name: Move\n    risk: low\n    steps: [Lie down.]\n    hold: 10 s\n    repetitions: 3\n    warnings:\n      - kind: stop-if-pain\n        text: {warning}\n"
        )
    };
    assert_eq!(
        check(&text("Be careful.")),
        [
            "weak-stop-warning 13:15 stop-if-pain warning neither tells the reader to stop nor names a symptom"
        ]
    );
    assert_eq!(
        check(&text("Take care if you feel pain.")),
        ["weak-stop-warning 13:15 stop-if-pain warning does not tell the reader to stop"]
    );
    assert_eq!(
        check(&text("Stop if you want to.")),
        ["weak-stop-warning 13:15 stop-if-pain warning names no symptom to stop for"]
    );
    assert_eq!(check(&text("If it hurts, stop.")), Vec::<String>::new());
    assert_eq!(
        check(&text("Stop at once if you feel numbness or tingling.")),
        Vec::<String>::new()
    );
    // From an editor's review: good warnings that were reported.
    for good in [
        "Don’t continue if it hurts.",
        "Don’t push through pain.",
        "Release the stretch at once if you feel pain.",
        "Relax out of the stretch if you feel pain.",
        "Stop if your symptoms get worse.",
        "Stop if you feel pins and needles.",
        "Stop and rest if you feel any twinge.",
        // From a second review.
        "Stop if you feel light headed.",
        "Ease up if you feel pain.",
        "Never push through pain.",
        "Don't carry on if it hurts.",
        "If it hurts, return to the starting position.",
        "Relax the stretch if you feel pain.",
        "Do not push into pain.",
        "Skip this exercise if it causes pain.",
        "Stop if you feel unwell or short of breath.",
        "Stop if you experience any swelling or spasm.",
        "Back off if you feel anything more than mild tension.",
    ] {
        assert_eq!(check(&text(good)), Vec::<String>::new(), "{good}");
    }
}

#[test]
fn weak_stop_warning_takes_extra_symptoms_from_the_config() {
    let dir = tempfile::tempdir().expect("temp dir");
    let guide = "spotter: 1\nid: stop\ntitle: Stop\nexercises:\n  - id: move\n    name: Move\n    risk: low\n    steps: [Lie down.]\n    hold: 10 s\n    repetitions: 3\n    warnings:\n      - kind: stop-if-pain\n        text: Stop if your fingers go cold.\n";
    write(dir.path(), "g.yaml", guide);
    let before = run_in(dir.path(), &["check", "--format", "json", "g.yaml"]);
    assert_eq!(
        findings(&before.json()),
        ["weak-stop-warning 13:15 stop-if-pain warning names no symptom to stop for"]
    );
    write(
        dir.path(),
        "spotter.toml",
        "[rules]\nweak-stop-warning = { extra_symptoms = [\"cold\"] }\n",
    );
    let after = run_in(dir.path(), &["check", "--format", "json", "g.yaml"]);
    assert_eq!(
        findings(&after.json()),
        Vec::<String>::new(),
        "{}",
        after.stderr
    );
}

#[test]
fn words_in_quoted_and_block_scalars_are_placed_exactly() {
    let text = "spotter: 1\nid: prose\ntitle: Prose\nexercises:\n  - id: move\n    name: Move\n    risk: low\n    steps:\n      - 'It''s easy: hold for 45 seconds.'\n      - \"Then repeat 5 to 8 times.\"\n      - |\n        Lie down.\n        Hold for 60 seconds.\n      - \"Escaped \\\"hold\\\" for 45 seconds.\"\n    hold: 5-10 s\n    repetitions: 2-3\n    warnings:\n      - kind: stop-if-pain\n        text: Stop if you feel any pain.\n";
    assert_eq!(
        check(text),
        [
            "hold-time-mismatch 9:22 step says hold for 45 seconds, but `hold` is 5-10 s",
            "repetition-mismatch 10:15 step says repeat 5 to 8 times, but `repetitions` is 2-3",
            "hold-time-mismatch 13:9 step says hold for 60 seconds, but `hold` is 5-10 s",
            // The words differ from the source (an escape): the whole step.
            "hold-time-mismatch 14:9 step says hold\" for 45 seconds, but `hold` is 5-10 s",
        ]
    );
}

#[test]
fn words_folded_across_lines_fall_back_to_the_whole_step() {
    let text = "spotter: 1\nid: prose\ntitle: Prose\nexercises:\n  - id: move\n    name: Move\n    risk: low\n    steps:\n      - >\n        Lie down and hold for\n        45 seconds.\n      - Hold\n        for 45 seconds.\n    hold: 5-10 s\n    repetitions: 3\n    warnings:\n      - kind: stop-if-pain\n        text: Stop if you feel any pain.\n";
    let r = report(text);
    let places: Vec<String> = r["diagnostics"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|d| {
            format!(
                "{}:{}-{}:{} {}",
                d["line"], d["column"], d["end_line"], d["end_column"], d["message"]
            )
        })
        .collect();
    assert_eq!(
        places,
        [
            "10:9-12:7 \"step says hold for 45 seconds, but `hold` is 5-10 s\"",
            "12:9-13:24 \"step says hold for 45 seconds, but `hold` is 5-10 s\"",
        ]
    );
}

const CONFLICT: &str = "spotter: 1\nid: {guide}\ntitle: T\nexercises:\n  - id: knee-hug\n    name: Knee hug\n    risk: {risk}\n    steps: [Draw both knees to your chest.]\n    hold: {hold}\n    repetitions: {reps}\n    warnings:\n      - kind: stop-if-pain\n        text: Stop if you feel any pain.\n";

fn conflict(guide: &str, risk: &str, hold: &str, reps: &str) -> String {
    CONFLICT
        .replace("{guide}", guide)
        .replace("{risk}", risk)
        .replace("{hold}", hold)
        .replace("{reps}", reps)
}

#[test]
fn the_same_exercise_in_two_guides_must_agree() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.yaml", &conflict("a", "low", "5-10 s", "2-3"));
    write(
        dir.path(),
        "b.yaml",
        &conflict("b", "low", "30-60 s", "5-8"),
    );
    write(dir.path(), "c.yaml", &conflict("c", "high", "10 s", "3"));
    write(dir.path(), "d.yaml", &conflict("d", "low", "8-20 s", "1-2"));
    let r = run_in(dir.path(), &["check", "--format", "json", "."]).json();
    assert_eq!(
        findings(&r),
        [
            "conflicting-guidance 9:11 exercise `knee-hug` has `hold` 30-60 s here, but 5-10 s in a.yaml; its `repetitions` differ too",
            "conflicting-guidance 7:11 exercise `knee-hug` has `risk` high here, but low in a.yaml",
        ]
    );
    let d = &r["diagnostics"][0];
    assert_eq!(d["file"], "b.yaml");
    assert_eq!(d["related"][0]["file"], "a.yaml");
    assert_eq!(d["related"][0]["line"], 9);
    assert_eq!(d["related"][0]["column"], 11);
    assert_eq!(d["related"][0]["message"], "`hold` in the first guide");
}

#[test]
fn conflicting_risk_can_be_left_out() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.yaml", &conflict("a", "low", "5-10 s", "2-3"));
    write(dir.path(), "b.yaml", &conflict("b", "high", "10 s", "3"));
    write(
        dir.path(),
        "spotter.toml",
        "[rules]\nconflicting-guidance = { compare_risk = false }\n",
    );
    let r = run_in(
        dir.path(),
        &["check", "--format", "json", "a.yaml", "b.yaml"],
    );
    assert_eq!(findings(&r.json()), Vec::<String>::new(), "{}", r.stderr);
}

#[test]
fn the_shipped_guides_are_clean() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let r = run_in(root, &["check", "--format", "json", "guides"]);
    assert_eq!(findings(&r.json()), Vec::<String>::new());
    assert_eq!(r.code, 0);
}
