use spotter::load::{Limits, parse};
use spotter::model::read::*;
use spotter::model::{Exercise, Field, ModelError, Partner, Period, Risk, WarningKind};

/// The guide and model errors of one exercise written as YAML fields.
/// (The YAML is leaked: the model borrows from it, and a test is short.)
fn read(fields: &str) -> (Exercise<'static>, Vec<ModelError>) {
    let yaml = format!("exercises:\n  - {}", fields.replace('\n', "\n    "));
    let yaml: &'static str = Box::leak(yaml.into_boxed_str());
    let root = parse(yaml, &Limits::default()).expect("the test's YAML loads");
    let (mut guide, errors) = build(&root);
    (guide.exercises.remove(0), errors)
}

#[test]
fn text_fields_are_read_as_the_schema_reads_them() {
    let (e, errors) = read("id: .inf\nname: .nan\nrisk: high\nsupervision: ~\nsteps: [a, b]");
    assert!(errors.is_empty());
    assert_eq!(e.id, Field::Valid("inf".into()));
    assert_eq!(e.name, "NaN");
    assert_eq!(e.risk, Field::Valid(Risk::High));
    assert_eq!(e.supervision, None);
    assert_eq!(e.steps, ["a", "b"]);

    let (e, _) = read("id: 5\nname: 7\nrisk: {low: ~}\nsteps: [a, 2]\nprofessional_only: yes");
    assert_eq!(e.id, Field::Invalid);
    assert_eq!(e.name, "");
    assert_eq!(e.risk, Field::Invalid, "only the level's name is a level");
    assert!(e.steps.is_empty(), "a list with a step that is not text");
    assert!(!e.professional_only, "`yes` is text in YAML 1.2");
}

#[test]
fn a_warning_is_read_by_its_kind_and_dropped_when_its_text_is_not_text() {
    let (e, _) = read(
        "warnings:\n  - {kind: stop-if-pain}\n  - {kind: caution, text: 5}\n  \
         - {kind: see-a-doctor, text: Call your doctor.}\n  - {kind: stop_if_pain}",
    );
    let read: Vec<_> = e
        .warnings
        .iter()
        .map(|w| (w.kind, w.text.as_ref(), w.index))
        .collect();
    assert_eq!(
        read,
        [
            (WarningKind::StopIfPain, "", 0),
            (WarningKind::SeeADoctor, "Call your doctor.", 2),
        ]
    );
    assert!(!e.warnings_unreadable, "a misspelt kind is still text");
    assert!(read_unreadable("warnings:\n  - {text: Stop.}"));
    assert!(read_unreadable("warnings:\n  - stop if it hurts"));
    assert!(read_unreadable("warnings: {kind: stop-if-pain}"));
}

fn read_unreadable(fields: &str) -> bool {
    read(fields).0.warnings_unreadable
}

#[test]
fn a_partner_is_a_mapping_with_a_role_or_said_to_be_none() {
    let partner = |value: &str| read(&format!("partner: {value}")).0.partner;
    assert_eq!(
        partner("{role: holds your arms}"),
        Field::Valid(Partner {
            role: "holds your arms".into()
        })
    );
    for none in ["false", "no", "None", "n/a"] {
        assert_eq!(partner(none), Field::Absent, "{none}");
    }
    for unreadable in ["true", "[holds your arms]", "{role: 5}", "{}", "a friend"] {
        assert_eq!(partner(unreadable), Field::Invalid, "{unreadable}");
    }
}

#[test]
fn every_form_of_a_field_is_normalized() {
    let (e, errors) = read(
        "hold: {min: 15, max: 30, unit: s}\nrepetitions: {min: 2, per: side}\n\
         frequency: {min: 1, max: 2, per: week}",
    );
    assert!(errors.is_empty());
    assert_eq!(
        e.hold.valid().map(|d| (d.min_secs, d.max_secs)),
        Some((15.0, 30.0))
    );
    let count = e.repetitions.valid().map(|c| (c.min, c.max, c.per_side));
    assert_eq!(count, Some((2, None, true)));
    let frequency = e.frequency.valid().map(|f| (f.min, f.max, f.per));
    assert_eq!(frequency, Some((1, 2, Period::Week)));

    let (e, _) = read("hold: {seconds: 12}\nrepetitions: 3\nfrequency: 2 per day");
    assert_eq!(e.hold.valid().map(|d| d.max_secs), Some(12.0));
    assert_eq!(e.repetitions.valid().map(|c| c.max), Some(Some(3)));
    assert_eq!(e.frequency.valid().map(|f| f.per), Some(Period::Day));
}

#[test]
fn a_range_the_model_cannot_use_is_reported_with_its_fix() {
    let (e, errors) = read("hold: {max: 10, min: 30, unit: s}\nrepetitions: 99999999999999999999");
    assert_eq!(e.hold, Field::Invalid);
    assert_eq!(e.repetitions, Field::Invalid);
    let said: Vec<_> = errors
        .iter()
        .map(|e| (e.message.as_str(), e.help.as_deref().unwrap_or_default()))
        .collect();
    assert_eq!(
        said,
        [
            (
                "`hold` is a reversed range: its first number is larger than its second",
                "swap `min` and `max`: `{min: 10, max: 30, unit: s}`"
            ),
            (
                "`repetitions` holds a number too large to use",
                "give a realistic count"
            ),
        ]
    );
    let (_, errors) = read("frequency: 5-2 per week");
    assert_eq!(
        errors.first().and_then(|e| e.help.as_deref()),
        Some("write the smaller number first: `2-5 per week`")
    );
}
