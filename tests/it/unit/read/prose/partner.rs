use spotter::read::prose::Kind;
use spotter::read::prose::partner::*;

/// The words of each partner the reader finds in `step`.
fn partners_in(step: &str) -> Vec<String> {
    spotter::read::prose::read(step)
        .into_iter()
        .filter(|f| f.kind == Kind::Partner)
        .map(|f| step.get(f.range).unwrap_or_default().to_string())
        .collect()
}

/// Who acts on whom, by class of phrasing: each a step and the words
/// of one partner read in it.
const READ: &[(&str, &str)] = &[
    // Someone handles another person's body part.
    (
        "The operator holds the patient's foot against the table.",
        "the patient's foot",
    ),
    (
        "Bend your child's leg at the hip and knee.",
        "your child's leg",
    ),
    (
        "You can also tuck the baby's arms into the chest.",
        "the baby's arms",
    ),
    (
        "The helper then sits gently on the exerciser's toes.",
        "the exerciser's toes",
    ),
    (
        "Flyers then reach for the base's ankles.",
        "the base's ankles",
    ),
    (
        "Put one hand on the other person's lower back.",
        "the other person's lower back",
    ),
    // The reader handles a third person's body.
    (
        "Gently hold their ankles and move their legs in circles.",
        "Gently hold their ankles",
    ),
    (
        "Put your hands on her hip bones, thumbs pointing in.",
        "Put your hands on her hip bones",
    ),
    (
        "Go to each swimmer and gently pull their high elbow forward.",
        "gently pull their high elbow",
    ),
    // A person acting beside the reader.
    (
        "Kneel, with your partner kneeling at your left side.",
        "with your partner kneeling",
    ),
    (
        "Lean forward, with the spotter securing your ankles.",
        "with the spotter securing",
    ),
    // How an instruction is done, on a third person's body.
    (
        "Play peek-a-boo, lifting her knees up to hide your face.",
        "lifting her knees",
    ),
    // The reader spots another's lift.
    (
        "When you spot the barbell bench press, stand high over the bar.",
        "you spot the barbell",
    ),
    (
        "You can spot the lifter from behind.",
        "You can spot the lifter",
    ),
    // A person placed for the exercise, in a posture.
    (
        "With your partner lying face down, press your palms along the spine.",
        "With your partner lying",
    ),
    (
        "Sit on the floor with a friend standing at your back.",
        "with a friend standing",
    ),
    (
        "With the person lying on their back, bend the knee.",
        "With the person lying",
    ),
    // People holding each other.
    (
        "Take hold of each other by the hands and lean back.",
        "each other",
    ),
    ("Hold each other by the wrists.", "each other"),
    // People pushing or leaning on each other (issue 23, written phrasings).
    (
        "Sit back to back and push against each other.",
        "each other",
    ),
    ("Lean into each other.", "each other"),
    // One cared for, made to act on the reader's body (issue 23, written
    // phrasings).
    (
        "Ask the patient to push against your hand.",
        "Ask the patient to push against your hand",
    ),
    (
        "Let your baby grab your thumbs and pull up gently.",
        "Let your baby grab your thumbs",
    ),
    // Someone's hands on the reader's body (issue 23, written phrasings).
    (
        "With your partner's hands on your shoulders, lean forward.",
        "your partner's hands",
    ),
    (
        "With the helper's hands under your heels, lift.",
        "the helper's hands",
    ),
    // A partner named by a label handles the other's body.
    ("Partner A holds partner B's ankle.", "partner B's ankle"),
    // A person acting on another person named after the verb.
    (
        "The giver kneels behind the client and pulls the leg back.",
        "The giver kneels",
    ),
    (
        "The therapist pushes the patient gently into the stretch.",
        "The therapist pushes",
    ),
    ("Partners stand hip to hip and link arms.", "Partners stand"),
    // Pronouns acting on the reader.
    ("At times we will move your arms or legs.", "we will move"),
    ("She places your hands on the bar.", "She places"),
    // People made to act, unnamed.
    (
        "Have them bring the elbow up to the fin position.",
        "Have them bring",
    ),
    // The reader handles a child or a baby.
    ("Lay your baby on a soft towel.", "Lay your baby"),
    (
        "You can help the patient move their joints.",
        "help the patient",
    ),
    (
        "The patient's carers can help the patient move.",
        "The patient's carers can help",
    ),
    (
        "Help your child sit up with the legs straight.",
        "Help your child",
    ),
    // One who acts on others' bodies by trade or role handles a body part.
    (
        "After a 3-5 second contraction, the operator takes the joint to its new barrier.",
        "the operator takes the joint",
    ),
    (
        "The caregiver holds the shoulders and rocks gently from side to side.",
        "The caregiver holds the shoulders",
    ),
    // A person moving the body, as the agent of a passive.
    (
        "These movements are guided by the caregiver.",
        "guided by the caregiver",
    ),
    (
        "The leg is lifted by your partner.",
        "lifted by your partner",
    ),
    // A helper acting beside the reader, with a verb of helping.
    (
        "Tilt the head to each side, with the caregiver assisting.",
        "with the caregiver assisting",
    ),
    // The reader, as the subject, handles a third person's body.
    (
        "You hold his hands in yours and help him sit up.",
        "hold his hands",
    ),
    (
        "You can do this by helping to support her elbow while she leans into the hand.",
        "support her elbow",
    ),
    // One cared for, or their body, moved by someone else.
    (
        "The patient is then laid back flat.",
        "The patient is then laid",
    ),
    (
        "The patient's head is turned to the other side.",
        "The patient's head is turned",
    ),
    // The one the reader acts on, named by a relative clause.
    (
        "Stand behind the person you are massaging.",
        "the person you are massaging",
    ),
    // A body part of another's, handled by a verb of massage in "-ing".
    (
        "Knead down both arms, working toward the person's hand.",
        "the person's hand",
    ),
    // People holding hands.
    (
        "Toddlers can sit facing each other, hold hands and rock back and forth.",
        "hold hands",
    ),
    // A partner named by a label.
    (
        "Partner Two bends back, letting her weight rest on Partner One's back.",
        "Partner One's back",
    ),
    // A person who spots.
    (
        "The children cannot do this drill alone; an adult must always spot.",
        "an adult must always spot",
    ),
    ("A coach should spot you.", "A coach should spot"),
    // A force a person owns, met by another.
    (
        "The operator's force may exactly match the patient's effort.",
        "The operator's force",
    ),
    // A person made to take a position the reader works on.
    ("Have the receiver sit upright.", "Have the receiver sit"),
    (
        "Have whoever is getting the massage sit astride the chair.",
        "Have whoever is getting the massage sit",
    ),
    (
        "Have the person lie near the edge so that you can stand next to them.",
        "Have the person lie",
    ),
    ("Have a friend sit on your feet.", "Have a friend sit"),
    // Another's body part under the reader's hands.
    (
        "Begin by trailing your fingers softly over the person's shoulders.",
        "the person's shoulders",
    ),
    // One person handles the body of another told apart by the pronoun.
    (
        "He puts his other hand on the back of her legs.",
        "He puts his other hand on the back of her legs",
    ),
    (
        "She gently holds his ankles.",
        "She gently holds his ankles",
    ),
    // The exercise done by someone else.
    (
        "These exercises are to be carried out by someone else.",
        "carried out by someone else",
    ),
    ("This stretch is done by a partner.", "done by a partner"),
    // The reader moved by someone, in the passive.
    (
        "During the massage you will be pulled, stretched and rocked.",
        "you will be pulled",
    ),
    // A verb of positioning before another's body part.
    (
        "The giver's feet can be used to position the recipient's body.",
        "the recipient's body",
    ),
    // The sentence's person moves the reader in a clause of its own.
    (
        "Your therapist builds tension in the muscle before moving you into a deeper stretch.",
        "Your therapist",
    ),
    // A practitioner applying force, with no one else named.
    (
        "The therapist applies gentle pressure to the muscle.",
        "The therapist applies gentle pressure",
    ),
    (
        "The practitioner then uses force and leverage on the muscle groups.",
        "The practitioner then uses force",
    ),
    // The giver of a massage, with no receiver named.
    (
        "The giver kneads the shoulders with both thumbs.",
        "The giver kneads the shoulders",
    ),
    // A helper named by what they do.
    (
        "The assisting player stops pressing when you say so.",
        "The assisting player",
    ),
    (
        "Swap over when the helping partner says so.",
        "the helping partner",
    ),
    // People linking arms.
    (
        "Sitting back to back, each partner reaches back to link arms.",
        "link arms",
    ),
    (
        "Lock elbows with your partner and lean away.",
        "Lock elbows",
    ),
    // The reader helps a third person move.
    (
        "Take the bar with a mixed grip inside his, and help him lift it out of the rack.",
        "help him lift",
    ),
    ("Help her sit up slowly.", "Help her sit"),
    ("You can help him up from the floor.", "help him up"),
    // The one the reader acts on, named by a passive of handling.
    (
        "First find a position that is comfortable for the person being massaged and for you.",
        "the person being massaged",
    ),
    (
        "During the massage you will be massaged with oil.",
        "you will be massaged",
    ),
    // The subject after a short opening phrase with no comma.
    (
        "In a mobilisation the physiotherapist moves a joint over and over.",
        "the physiotherapist moves a joint",
    ),
    (
        "At first the coach grips the nearer forearm.",
        "the coach grips the nearer forearm",
    ),
    (
        "In assisted stretching a therapist stretches the person.",
        "a therapist stretches",
    ),
    // A partner faced or passing a thing still acts when the sentence
    // says so.
    (
        "Face the wall and have your partner press your shoulders down.",
        "have your partner press",
    ),
    (
        "Your partner hands you the strap and then pulls your foot gently.",
        "Your partner",
    ),
    // A partner who keeps time and acts; help with the body.
    (
        "Your partner holds the timer and then presses your shoulders down.",
        "Your partner holds",
    ),
    (
        "Someone can help you keep your balance.",
        "Someone can help",
    ),
    // A partner sat opposite who acts in the same step.
    (
        "Sit opposite your partner and let your partner pull your arms.",
        "let your partner pull",
    ),
    // A partner who tells and acts in one sentence.
    (
        "Your partner tells you when to push, then presses your leg back.",
        "Your partner",
    ),
    // The reader moves a third person named by "him" or "her".
    (
        "Kneel beside the person and roll him onto his side.",
        "roll him",
    ),
    ("Turn her over gently.", "Turn her"),
    ("Slowly lower him into the chair.", "Slowly lower him"),
    // Helping by acting on the reader's body.
    (
        "A relative can help you by holding your hips steady.",
        "A relative can help",
    ),
    // "someone else" is the same person as "someone".
    (
        "These passive exercises let somebody else stretch your hips.",
        "let somebody else stretch",
    ),
];

/// Phrasings next to those of [`READ`] in which nobody else takes part.
const NOT_READ: &[&str] = &[
    // "someone else" only asked, or able to.
    "Ask someone else to check your form afterwards.",
    "Someone else may find this easier.",
    // A third person doing it, not the reader.
    "The patient lies down, bending his knees.",
    "Tell him to lean back, pressing his chest forward.",
    "Score a plus if she reaches her knees, raising her bottom a little.",
    // Something seen, not a lift spotted.
    "If you spot any swelling, stop.",
    "If you spot a red mark, see a doctor.",
    // A person in a posture only standing by, or no person at all.
    "Do this with someone standing nearby in case you wobble.",
    "Practise with a friend standing by.",
    "Work with your back facing the wall.",
    // A person only asked: the child does the exercise alone.
    "Ask your child to reach forward and try to touch their toes.",
    // The exerciser's own body, in the third person.
    "The patient lies on his back and lifts his leg.",
    "Keeping his back straight, the patient lifts one leg.",
    "The child holds the ball and passes it to the teacher.",
    "The patient holds the bar while the therapist watches.",
    // Body parts, not people, on each other.
    "Place your hands on top of each other.",
    "Press your palms against each other.",
    "Imagine your partner's hands on your shoulders.",
    "Ask the patient to lift the leg.",
    "Ask the patient to tell you when it hurts.",
    "Do not let your partner's hands rest on your neck.",
    "Bring your elbows towards each other.",
    // A person standing by, not acting.
    "Stand up with someone standing nearby in case you lose your balance.",
    "The spotter stands beside the sitter, ready to help.",
    // Possessives that are no body part, or no handling of one.
    "Follow your physiotherapist's advice.",
    "Watch the child's face for signs of pain.",
    // Pronouns that do not act on the reader.
    "We recommend you hold the stretch for 10 seconds.",
    "We bend our knees together.",
    // Negated.
    "Do not pull on the baby's arms.",
    "Never let the children spot each other.",
    // The reader's own body.
    "You can help yourself by moving your legs.",
    // An exerciser named in the third person handles their own body.
    "The athlete bends the knees and jumps.",
    "The teacher raises her arms overhead.",
    // A person who shows or advises, or a thing, as the agent.
    "Do the exercises as shown by your physiotherapist.",
    "The arm is supported by a pillow.",
    // Not a helper: "helping" is advice.
    "Choose the exercises with your doctor helping you decide.",
    // Another subject between the reader and the verb.
    "You will see that the patient lifts his leg.",
    "You watch the athlete lift his leg.",
    // One cared for, resting or positioned, not moved.
    "The patient's arm is supported on a pillow.",
    "The patient is seated with the knee bent.",
    // A person the reader only talks to.
    "Ask the person you are talking to.",
    // One's own hands held.
    "Hold hands behind your back.",
    "Stand tall and hold hands together.",
    // "Spot" as seeing.
    "Your doctor will spot any change.",
    "You may spot a rash.",
    // The exerciser's own force.
    "The patient's force is 20% of their strength.",
    // A person made to take a position, with no one acting on them: one
    // cared for, or the reader not there.
    "Ask your child to sit on the floor.",
    "Have the children lie on their backs.",
    "Have someone sit next to you.",
    // The reader's hands on the reader's own body.
    "Run your fingers over your shoulders.",
    // One's own body in the third person.
    "He puts his hand on his knee.",
    "She bends her knees and lifts her arms.",
    // Done by one who only checks, or by a thing.
    "The assessment is done by your physiotherapist.",
    "This stretch is done by using a strap.",
    // The reader's own body after the joining word.
    "Your doctor may check your blood pressure before moving your arm.",
    // The reader asked, or pushed too far, or a limb moved by a thing.
    "You will be asked to lift your leg.",
    "Stop if you are pushed too far.",
    "Your leg will be stretched by the strap.",
    // Positioning one's own body.
    "Position your body so your back is straight.",
    // One of a pair who acts on no one.
    "One partner did a push-up, then passed the mitt to the other partner.",
    "One partner dribbles round the cones while the other waits.",
    // A thing that measures force, or the exerciser's own force.
    "Your physio may use a pressure cuff to check the muscle.",
    "The patient applies pressure with the heel.",
    // A body part named by what it does.
    "Keep the supporting leg straight and your weight on it, then ask your physio.",
    "Put weight on the supporting foot while the child watches.",
    // One's own arms locked or linked.
    "Each child should lock arms straight and push up.",
    "Link arms behind your back, each child in turn.",
    "The child locks arms overhead and stretches up.",
    // Help that is no moving: advice, relaxing, or no instruction.
    "This will help them relax.",
    "Help them understand the exercise.",
    "Exercise helps them stay strong.",
    // A body part, not a person, being stretched.
    "Keep the leg being stretched straight.",
    "Your muscles are being stretched.",
    // After an opening phrase, an exerciser handling their own body, or a
    // coach their own hand.
    "In this position the patient lifts his leg.",
    "In standing the athlete bends the knees.",
    "At first the teacher raises her arms.",
    "The coach raises a hand to signal the start.",
    // A partner only faced, passing or catching a thing, or only watching
    // or counting.
    "Sit facing your partner, knees bent.",
    "Throw the ball to your partner after each sit-up.",
    "Catch the ball as your partner passes it back.",
    "The partner with the medicine ball turns to the left.",
    "Have your partner count your reps.",
    "Ask your partner to watch your form.",
    // A partner only telling: reminding, encouraging, reading out.
    "Your partner can remind you to do your exercises.",
    "Your partner can tell you if your back is straight.",
    "Ask your partner to read the steps out to you.",
    "Stay there until your partner says stop.",
    "Talk to your partner during the stretch to keep breathing.",
    "Let your partner know if it hurts.",
    // A partner only sat or lain by, or copied.
    "Lie next to your partner on the floor.",
    "Sit opposite your partner.",
    "Mirror your partner's movements.",
    "Race your partner to the end of the hall.",
    // A partner only keeping time, or helping the reader think.
    "Your partner can hold the stopwatch.",
    "Your partner can help by keeping track of time.",
    "A friend can help you remember your exercises.",
    "A friend can help you by counting your reps.",
    "A relative can help by timing each hold.",
    // "her" whose, not whom; "them", as often a thing.
    "Move her chair closer to the wall.",
    "Lift her bag onto the table.",
    "Curl the toes down, then lift them up as far as is comfortable.",
    // "him" not after the verb that starts the clause.
    "Watch him do the first one.",
    "Tell him to hold for 10 seconds.",
];

#[test]
fn who_acts_on_whom_is_read_by_class_of_phrasing() {
    let mut wrong = Vec::new();
    for (step, words) in READ {
        let found = partners_in(step);
        if !found.iter().any(|f| f == words) {
            wrong.push(format!("{step}: {found:?}, not {words:?}"));
        }
    }
    for step in NOT_READ {
        let found = partners_in(step);
        if !found.is_empty() {
            wrong.push(format!("{step}: {found:?}, not nothing"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn the_person_nouns_are_sorted_for_the_binary_search() {
    assert!(person_nouns::PERSON_NOUNS.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn nouns_that_are_a_person_only_in_a_rare_sense_are_not_persons() {
    for word in [
        "card", "type", "case", "head", "second", "hand", "back", "leg",
    ] {
        assert!(!is_person_noun(word), "{word}");
    }
    for word in [
        "friend",
        "friends",
        "coach",
        "therapist",
        "physiotherapist",
        "relative",
        "buddy",
        "family member",
        "nurse",
        "parent",
        "parents",
    ] {
        assert!(is_person_noun(word), "{word}");
    }
}

/// The keys worked out at compile time are those `key_of` gives the
/// forms the table's lookup reads, and only those.
#[test]
fn person_keys_are_the_tables_forms() {
    use spotter::read::grammar::{KEY_BYTES, key_of};
    // A word may be a noun and a pair's word both: its classes are joined,
    // as the vocabulary joins them.
    let mut keys = std::collections::HashMap::<u128, u64>::new();
    for (key, class) in person_noun_keys() {
        *keys.entry(key).or_default() |= class;
    }
    let mut forms = std::collections::HashSet::new();
    for entry in spotter::read::prose::partner::person_nouns::PERSON_NOUNS {
        let words: Vec<&str> = entry.split(' ').collect();
        if let [head, _] = words[..] {
            assert_eq!(
                keys.get(&key_of(head.as_bytes()).unwrap())
                    .map(|c| c & PAIR_HEAD),
                Some(PAIR_HEAD)
            );
            if let Some(key) = key_of(words[1].as_bytes()) {
                assert_eq!(keys.get(&key).map(|c| c & PAIR_TAIL), Some(PAIR_TAIL));
            }
            continue;
        }
        let mut all = vec![entry.to_string(), format!("{entry}s"), format!("{entry}es")];
        if let Some(stem) = entry.strip_suffix('y') {
            all.push(format!("{stem}ies"));
        }
        for form in all.iter().filter(|f| (3..=KEY_BYTES).contains(&f.len())) {
            assert!(is_person_noun(form), "{form}");
            let key = key_of(form.as_bytes()).unwrap();
            assert_eq!(
                keys.get(&key).map(|c| c & PERSON_NOUN),
                Some(PERSON_NOUN),
                "{form}"
            );
            forms.insert(key);
        }
    }
    // No other word is marked a person noun.
    let marked = keys.values().filter(|&&c| c & PERSON_NOUN != 0).count();
    assert_eq!(marked, forms.len());
    assert!(forms.len() > 15_000);
}

/// A word the table holds is marked in the word pass, and one too long
/// to be a key is marked to be looked up.
#[test]
fn person_nouns_are_marked() {
    let words = spotter::read::prose::lexicon::words(
        "the physiotherapists and a family member, anaesthesiologists",
    );
    let class = |i: usize| words[i].class;
    assert_ne!(class(1) & PERSON_NOUN, 0);
    assert_eq!(class(2) & PERSON_NOUN, 0);
    assert_ne!(class(4) & PAIR_HEAD, 0);
    assert_eq!(class(6), UNKEYED);
}
