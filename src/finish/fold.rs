//! One root cause, one finding. Several stages can see one mistake: a
//! misspelt `hold_time` is an unknown key to the schema and a missing hold
//! to `missing-hold-time`, whose help ("add `hold:`") would leave the bad
//! key in place; `repetitions: 0` fits none of the schema's forms and is a
//! zero to the model. Each finding says what it is a case of
//! ([`Cause`]); this step, run on a file's findings before they are
//! placed, keeps the one that leads to the fix:
//!
//! - a missing key is dropped when an unknown key in the same mapping
//!   stands for it (a misspelling suggested as that key, or a merge key
//!   that would bring it in), and the unknown key's help says what the
//!   mapping lacks without it;
//! - so is a missing `stop-if-pain` warning when the `warnings` key or a
//!   `kind` in it is misspelt (`warning:`, `kind: stop_if_pain`);
//! - of several findings on one bad value, one is kept: the most precise.
//!
//! Folding works on the facts, never on message text. A finding is only
//! folded into one at least as severe, and `silenced` (whether a
//! suppression comment hides a finding) keeps a shown finding from being
//! folded into a hidden one.

use crate::finding::{Cause, Finding};
use crate::load::tree::Seg;
use crate::validate::this_mapping;
use std::collections::HashMap;

/// Folds `findings` in place and returns the findings folded away, so a
/// suppression comment written for one of them still counts as used.
pub fn fold_root_causes(
    findings: &mut Vec<Finding>,
    silenced: impl Fn(&Finding) -> bool,
) -> Vec<Finding> {
    if findings.iter().all(|f| f.cause.is_none()) {
        return Vec::new();
    }
    let may_fold = |into: &Finding, folded: &Finding| {
        into.severity <= folded.severity && (!silenced(into) || silenced(folded))
    };
    let mut dropped = vec![false; findings.len()];
    let causes = Causes::index(findings);
    let explains = fold_explained(findings, &causes, &may_fold, &mut dropped);
    // For each survivor without help, the finding to take it from.
    let help_from = fold_same_node(findings, &causes, &may_fold, &mut dropped);
    for (keep, other) in help_from {
        if findings[keep].help.is_none() {
            findings[keep].help = findings[other].help.clone();
        }
    }
    note_what_is_missing(findings, &explains);
    let (kept, folded) = std::mem::take(findings)
        .into_iter()
        .zip(dropped)
        .partition::<Vec<_>, _>(|(_, dropped)| !dropped);
    *findings = kept.into_iter().map(|(f, _)| f).collect();
    folded.into_iter().map(|(f, _)| f).collect()
}

/// Whether a finding may be folded into another (`into`, `folded`).
type MayFold<'a> = dyn Fn(&Finding, &Finding) -> bool + 'a;

/// The findings' causes, by what folding looks them up by: unknown keys by
/// their mapping, misspelt values by what they meant, and what is said of
/// each bad value by its node.
struct Causes<'f> {
    stands_for: HashMap<&'f [Seg], Vec<usize>>,
    misspelt: HashMap<&'f str, Vec<(usize, &'f [Seg])>>,
    on_node: HashMap<&'f [Seg], Vec<usize>>,
}

impl<'f> Causes<'f> {
    fn index(findings: &'f [Finding]) -> Self {
        let mut causes = Causes {
            stands_for: HashMap::new(),
            misspelt: HashMap::new(),
            on_node: HashMap::new(),
        };
        for (i, finding) in findings.iter().enumerate() {
            match &finding.cause {
                Some(Cause::StandsFor { mapping, .. }) => {
                    causes.stands_for.entry(mapping).or_default().push(i);
                }
                Some(Cause::Misspelt { path, meant }) => {
                    causes.misspelt.entry(meant).or_default().push((i, path));
                    causes.on_node.entry(path).or_default().push(i);
                }
                Some(Cause::BadValue { path, .. }) => {
                    causes.on_node.entry(path).or_default().push(i);
                }
                _ => {}
            }
        }
        causes
    }

    /// The unknown key in `mapping` that stands for `key`, if `folded` may
    /// be folded into it.
    fn unknown_key(
        &self,
        findings: &[Finding],
        mapping: &[Seg],
        key: &str,
        folded: &Finding,
        may_fold: &MayFold<'_>,
    ) -> Option<usize> {
        self.stands_for.get(mapping).and_then(|unknown| {
            unknown.iter().copied().find(|&i| {
                let covers = matches!(
                    &findings[i].cause,
                    Some(Cause::StandsFor { keys, .. }) if keys.contains(key)
                );
                covers && may_fold(&findings[i], folded)
            })
        })
    }

    /// The misspelt value under `list` meant as `value`, if `folded` may
    /// be folded into it.
    fn misspelt_in(
        &self,
        findings: &[Finding],
        list: &[Seg],
        value: &str,
        folded: &Finding,
        may_fold: &MayFold<'_>,
    ) -> Option<usize> {
        self.misspelt.get(value).and_then(|values| {
            values
                .iter()
                .find(|(i, path)| path.starts_with(list) && may_fold(&findings[*i], folded))
                .map(|(i, _)| *i)
        })
    }
}

/// Drops each missing key, or missing `stop-if-pain`, that an unknown key
/// or a misspelt value explains, and returns what each of those now
/// stands for.
fn fold_explained(
    findings: &[Finding],
    causes: &Causes<'_>,
    may_fold: &MayFold<'_>,
    dropped: &mut [bool],
) -> Vec<Explained> {
    let mut explains: Vec<Explained> = Vec::new();
    for (j, finding) in findings.iter().enumerate() {
        let explained = match &finding.cause {
            Some(Cause::Missing { mapping, key }) => causes
                .unknown_key(findings, mapping, key, finding, may_fold)
                .map(|i| Explained::new(i, mapping, &format!("`{key}`"))),
            // No `stop-if-pain` in `warnings`: a misspelt `warnings` key, or
            // a misspelt `stop-if-pain` in the list.
            Some(Cause::Lacks { lists, value }) => lists.iter().find_map(|list| {
                let (Seg::Key(key), mapping) = list.split_last()? else {
                    return None;
                };
                causes
                    .unknown_key(findings, mapping, key, finding, may_fold)
                    .map(|i| Explained::new(i, mapping, &format!("`{key}`")))
                    .or_else(|| {
                        causes
                            .misspelt_in(findings, list, value, finding, may_fold)
                            .map(|i| Explained::new(i, mapping, &format!("`{value}` in `{key}`")))
                    })
            }),
            _ => None,
        };
        if let (Some(explained), Some(drop)) = (explained, dropped.get_mut(j)) {
            *drop = true;
            if !explains.contains(&explained) {
                explains.push(explained);
            }
        }
    }
    explains
}

/// Of several findings on one bad value, keeps the most precise (else the
/// first) and drops those that may be folded into it; returns, for each
/// kept finding without help, the dropped finding to take help from.
fn fold_same_node(
    findings: &[Finding],
    causes: &Causes<'_>,
    may_fold: &MayFold<'_>,
    dropped: &mut [bool],
) -> Vec<(usize, usize)> {
    let mut help_from = Vec::new();
    for same_node in causes.on_node.values().filter(|group| group.len() > 1) {
        let precise = |i: &usize| {
            matches!(
                findings[*i].cause,
                Some(Cause::BadValue { precise: true, .. })
            )
        };
        let Some(&keep) = same_node
            .iter()
            .find(|i| precise(i))
            .or_else(|| same_node.first())
        else {
            continue;
        };
        for &other in same_node.iter().filter(|&&i| i != keep) {
            if may_fold(&findings[keep], &findings[other]) {
                dropped[other] = true;
                if findings[keep].help.is_none() && findings[other].help.is_some() {
                    help_from.push((keep, other));
                }
            }
        }
    }
    help_from
}

/// A finding that now also stands for `what` (as a help line names it)
/// missing from `mapping`.
#[derive(Debug, PartialEq)]
struct Explained {
    by: usize,
    mapping: Vec<Seg>,
    what: String,
}

impl Explained {
    fn new(by: usize, mapping: &[Seg], what: &str) -> Self {
        Self {
            by,
            mapping: mapping.to_vec(),
            what: what.to_string(),
        }
    }
}

/// Adds "(this exercise has no `hold` otherwise)" to the help of each
/// finding that explains something missing.
fn note_what_is_missing(findings: &mut [Finding], explains: &[Explained]) {
    let mut survivors: Vec<usize> = explains.iter().map(|e| e.by).collect();
    survivors.sort_unstable();
    survivors.dedup();
    for i in survivors {
        let mine: Vec<&Explained> = explains.iter().filter(|e| e.by == i).collect();
        let Some(first) = mine.first() else {
            continue;
        };
        let what: Vec<String> = mine.iter().map(|e| e.what.clone()).collect();
        let note = format!(
            "{} has no {} otherwise",
            this_mapping(&first.mapping),
            or_list(&what)
        );
        let Some(finding) = findings.get_mut(i) else {
            continue;
        };
        finding.help = Some(match finding.help.take() {
            Some(help) => format!("{help} ({note})"),
            None => note,
        });
    }
}

/// `a`, `a or b`, `a, b or c`.
pub fn or_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}
