//! Every shipped preset carries its sources: each figure the form shows for
//! it (every input that applies, the alternative's kind, each cost line's
//! amount and state share) has a source note in Danish and English, and no
//! note is keyed by a path nothing shows.

use afkortning::data::presets::PRESETS;
use afkortning::engine::inputs::{Field, InputId};
use afkortning::engine::scenario::{Scenario, SourceKind};

/// The paths of the form's notes besides the inputs: the alternative's
/// kind per group, each cost line's figures, each range's figures.
fn other_shown_paths(s: &Scenario) -> Vec<String> {
    let mut paths: Vec<String> = (0..s.groups.len())
        .map(|g| format!("groups[{g}].counterfactual.instead.kind"))
        .collect();
    for i in 0..s.costs.len() {
        for part in ["label", "amount", "state_pct", "basis"] {
            paths.push(format!("costs[{i}].{part}"));
        }
    }
    for (i, r) in s.ranges.iter().enumerate() {
        paths.push(format!("ranges[{i}].low"));
        paths.push(format!("ranges[{i}].high"));
        if r.likely.is_some() {
            paths.push(format!("ranges[{i}].likely"));
        }
    }
    paths
}

fn required_paths(s: &Scenario) -> Vec<String> {
    let mut paths: Vec<String> = Field::ALL
        .iter()
        .flat_map(|f| {
            if f.is_group_field() {
                (0..s.groups.len()).map(|g| InputId::group(g, *f)).collect()
            } else {
                vec![InputId::scenario(*f)]
            }
        })
        .filter(|id| id.applies(s))
        .map(|id| id.path())
        .collect();
    for g in 0..s.groups.len() {
        paths.push(format!("groups[{g}].counterfactual.instead.kind"));
    }
    for i in 0..s.costs.len() {
        paths.push(format!("costs[{i}].amount"));
        paths.push(format!("costs[{i}].state_pct"));
    }
    paths
}

#[test]
fn every_figure_of_every_preset_has_a_source_note_in_both_languages() {
    let mut problems = Vec::new();
    for preset in PRESETS {
        let s = preset.scenario().expect("the preset reads");
        let others = other_shown_paths(&s);
        for path in s.sources.keys() {
            if InputId::parse(path).is_none() && !others.contains(path) {
                problems.push(format!("{}: a note nothing shows: {path}", preset.id));
            }
        }
        for path in required_paths(&s) {
            if !s.sources.contains_key(&path) {
                problems.push(format!("{}: no note for {path}", preset.id));
            }
        }
        for (path, note) in &s.sources {
            let both =
                !note.text.is_empty() && note.text_en.as_deref().is_some_and(|t| !t.is_empty());
            if !both {
                problems.push(format!("{}: {path} lacks Danish or English", preset.id));
            }
            // A preset says where a figure comes from; "typed by the user"
            // is for the user's own scenarios.
            if note.kind == SourceKind::User {
                problems.push(format!(
                    "{}: {path} is marked as typed by the user",
                    preset.id
                ));
            }
        }
    }
    assert_eq!(problems, Vec::<String>::new());
}
