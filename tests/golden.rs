//! Golden files: every `tests/golden/*.json` is one test case, found at test
//! time, so adding a file adds a case. Each holds a scenario document, a
//! `description` with the hand arithmetic, and an `expect` block whose keys
//! are all optional and checked when present (see `docs/scenario-format.md`).
//! All failing files are reported together, each by name.

use std::collections::BTreeMap;
use std::fs;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use afkortning::data::presets;
use afkortning::engine::inputs::InputId;
use afkortning::engine::outcome::{Outcome, Warning};
use afkortning::engine::scenario::Scenario;
use afkortning::engine::{break_even, evaluate, BreakEven, LineItem, Split};
use afkortning::format::document::{self, DocumentError};
use afkortning::lang::Lang;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Deserializer};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Golden {
    description: String,
    /// When set, the scenario's inputs must equal this shipped preset's
    /// (texts and source notes are not compared).
    #[serde(default)]
    preset: Option<String>,
    /// A scenario document, read with `format::document::read` (so older
    /// versions are migrated as they would be in the app).
    scenario: serde_json::Value,
    expect: Expect,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    net_kommune: Option<Decimal>,
    net_stat: Option<Decimal>,
    net_public: Option<Decimal>,
    /// Every calendar year of the outcome, no more, no fewer.
    years: Option<BTreeMap<u16, ExpectSplit>>,
    /// Line items by key (`rfy_saved`, ...); items not listed are not checked.
    line_items: Option<BTreeMap<String, ExpectSplit>>,
    /// A month number of the horizon, or `null` for no payback.
    #[serde(default, deserialize_with = "present")]
    payback_month: Option<Option<u32>>,
    /// `null` when no discount rate is set.
    #[serde(default, deserialize_with = "present")]
    npv_kommune: Option<Option<Decimal>>,
    case_months: Option<Decimal>,
    cases_moved: Option<Decimal>,
    /// The kinds of warning, in the order the engine gives them.
    warnings: Option<Vec<String>>,
    break_even: Option<Vec<ExpectBreakEven>>,
    /// The scenario must be rejected with exactly these field paths (in any
    /// order); no other key may then be given.
    errors: Option<Vec<String>>,
}

/// Tells a key given as `null` (`Some(None)`) from a key left out (`None`).
fn present<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectSplit {
    kommune: Decimal,
    stat: Decimal,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectBreakEven {
    input: String,
    target: Decimal,
    /// The value reached, compared after rounding to 2 decimals.
    value: Option<Decimal>,
    /// No allowed value reaches the target.
    #[serde(default)]
    unreachable: bool,
    /// The net does not depend on the input.
    #[serde(default)]
    no_effect: bool,
}

/// Rounds to øre, half away from zero, as amounts are presented.
fn round2(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Records a mismatch between an expected figure (at most 2 decimals) and
/// the engine's, rounded to 2 decimals.
fn check_amount(failures: &mut Vec<String>, what: &str, expected: Decimal, actual: Decimal) {
    if expected.normalize().scale() > 2 {
        failures.push(format!(
            "{what}: expected value {expected} has more than 2 decimals"
        ));
    } else if round2(actual) != expected {
        failures.push(format!(
            "{what}: expected {expected}, got {} (unrounded {actual})",
            round2(actual)
        ));
    }
}

fn check_split(failures: &mut Vec<String>, what: &str, expected: &ExpectSplit, actual: Split) {
    check_amount(
        failures,
        &format!("{what}.kommune"),
        expected.kommune,
        actual.kommune,
    );
    check_amount(
        failures,
        &format!("{what}.stat"),
        expected.stat,
        actual.stat,
    );
}

fn warning_kind(w: &Warning) -> &'static str {
    match w {
        Warning::EffectsAfterHorizon { .. } => "effects_after_horizon",
        Warning::LastingAfterHorizon { .. } => "lasting_after_horizon",
        Warning::BuyoutAfterHorizon { .. } => "buyout_after_horizon",
        Warning::CostAfterHorizon { .. } => "cost_after_horizon",
        Warning::UnverifiedRate { .. } => "unverified_rate",
        Warning::IndexedRate { .. } => "indexed_rate",
        Warning::RateCorrected { .. } => "rate_corrected",
        Warning::RessourceforlobAbolished => "ressourceforlob_abolished",
    }
}

/// A scenario without its texts (name, story, labels, source notes): what
/// the figures depend on.
fn inputs_only(s: &Scenario) -> Scenario {
    let mut s = s.clone();
    s.name.clear();
    s.description.clear();
    s.sources.clear();
    for g in &mut s.groups {
        g.label.clear();
    }
    s
}

/// Every problem with one golden file; empty when it passes.
fn check_file(path: &Path) -> Vec<String> {
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => return vec![format!("cannot read the file: {e}")],
    };
    let golden: Golden = match serde_json::from_str(&text) {
        Ok(golden) => golden,
        Err(e) => return vec![format!("not a golden file: {e}")],
    };
    let mut failures = Vec::new();
    if golden.description.trim().is_empty() {
        failures.push("description is empty: write the hand arithmetic there".into());
    }
    let document_text = golden.scenario.to_string();
    let read = document::read(&document_text);

    if let Some(id) = &golden.preset {
        match (presets::find(id), &read) {
            (None, _) => failures.push(format!("preset: no preset with id {id}")),
            (Some(preset), Ok(scenario)) => match document::read(preset.document) {
                Ok(shipped) if inputs_only(&shipped) == inputs_only(scenario) => {}
                Ok(_) => failures.push(format!(
                    "preset: the scenario's inputs differ from the shipped preset {id}"
                )),
                Err(e) => failures.push(format!("preset: {id} does not read: {e:?}")),
            },
            (Some(_), Err(_)) => {}
        }
    }

    let expect = golden.expect;
    let outcome = read.and_then(|scenario| {
        evaluate(&scenario)
            .map(|outcome| (scenario, outcome))
            .map_err(|rejected| rejected.0.into_iter().map(DocumentError::from).collect())
    });

    if let Some(expected_paths) = &expect.errors {
        let others_given = expect.net_kommune.is_some()
            || expect.net_stat.is_some()
            || expect.net_public.is_some()
            || expect.years.is_some()
            || expect.line_items.is_some()
            || expect.payback_month.is_some()
            || expect.npv_kommune.is_some()
            || expect.case_months.is_some()
            || expect.cases_moved.is_some()
            || expect.warnings.is_some()
            || expect.break_even.is_some();
        if others_given {
            failures.push("expect: `errors` cannot be combined with other keys".into());
        }
        match &outcome {
            Ok(_) => failures.push(format!(
                "errors: expected rejection with {expected_paths:?}, but the scenario evaluates"
            )),
            Err(errors) => {
                let mut actual: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
                let mut expected: Vec<&str> = expected_paths.iter().map(String::as_str).collect();
                actual.sort_unstable();
                expected.sort_unstable();
                if actual != expected {
                    failures.push(format!(
                        "errors: expected paths {expected:?}, got {actual:?}"
                    ));
                }
                for e in errors {
                    for lang in [Lang::Da, Lang::En] {
                        if e.problem.message(lang).trim().is_empty() {
                            failures.push(format!("errors: {} has no {lang:?} message", e.path));
                        }
                    }
                }
            }
        }
        return failures;
    }

    let (scenario, out) = match outcome {
        Ok(ok) => ok,
        Err(errors) => {
            let messages: Vec<String> = errors.iter().map(|e| e.message(Lang::En)).collect();
            failures.push(format!("rejected: {}", messages.join("; ")));
            return failures;
        }
    };
    check_outcome(&mut failures, &expect, &out);

    for (i, be) in expect.break_even.iter().flatten().enumerate() {
        let what = format!("break_even[{i}] ({} → {})", be.input, be.target);
        let Some(input) = InputId::parse(&be.input) else {
            failures.push(format!("{what}: unknown input path"));
            continue;
        };
        let given = usize::from(be.value.is_some())
            + usize::from(be.unreachable)
            + usize::from(be.no_effect);
        if given != 1 {
            failures.push(format!(
                "{what}: give exactly one of value, unreachable, no_effect"
            ));
            continue;
        }
        match break_even(&scenario, input, be.target) {
            Err(rejected) => failures.push(format!("{what}: error {:?}", rejected.0)),
            Ok(BreakEven::Reached { value, .. }) => match be.value {
                Some(expected) => check_amount(&mut failures, &what, expected, value),
                None => failures.push(format!("{what}: reached at {value}")),
            },
            Ok(result @ BreakEven::OutOfRange { .. }) if !be.unreachable => {
                failures.push(format!("{what}: unreachable: {result:?}"))
            }
            Ok(result @ BreakEven::NoEffect { .. }) if !be.no_effect => {
                failures.push(format!("{what}: no effect: {result:?}"))
            }
            Ok(_) => {}
        }
    }
    failures
}

fn check_outcome(failures: &mut Vec<String>, expect: &Expect, out: &Outcome) {
    if let Some(v) = expect.net_kommune {
        check_amount(failures, "net_kommune", v, out.net.kommune);
    }
    if let Some(v) = expect.net_stat {
        check_amount(failures, "net_stat", v, out.net.stat);
    }
    if let Some(v) = expect.net_public {
        check_amount(failures, "net_public", v, out.net.public());
    }
    if let Some(years) = &expect.years {
        let expected: Vec<u16> = years.keys().copied().collect();
        let actual: Vec<u16> = out.years.iter().map(|y| y.year).collect();
        if expected != actual {
            failures.push(format!("years: expected {expected:?}, got {actual:?}"));
        }
        for row in &out.years {
            if let Some(split) = years.get(&row.year) {
                check_split(failures, &format!("years.{}", row.year), split, row.net);
            }
        }
    }
    if let Some(items) = &expect.line_items {
        for (key, split) in items {
            match LineItem::ALL.into_iter().find(|item| item.key() == key) {
                Some(item) => check_split(
                    failures,
                    &format!("line_items.{key}"),
                    split,
                    out.totals.get(item),
                ),
                None => failures.push(format!("line_items: unknown line item {key}")),
            }
        }
    }
    if let Some(expected) = expect.payback_month {
        let actual = out.payback.map(|p| p.month_number);
        if expected != actual {
            failures.push(format!(
                "payback_month: expected {expected:?}, got {actual:?}"
            ));
        }
    }
    match (expect.npv_kommune, out.npv_kommune) {
        (Some(Some(expected)), Some(actual)) => {
            check_amount(failures, "npv_kommune", expected, actual)
        }
        (Some(expected), actual) if expected.is_none() != actual.is_none() => failures.push(
            format!("npv_kommune: expected {expected:?}, got {actual:?}"),
        ),
        _ => {}
    }
    if let Some(v) = expect.case_months {
        check_amount(failures, "case_months", v, out.per_case.case_months);
    }
    if let Some(v) = expect.cases_moved {
        check_amount(failures, "cases_moved", v, out.per_case.cases_shortened);
    }
    if let Some(expected) = &expect.warnings {
        let actual: Vec<&str> = out.warnings.iter().map(warning_kind).collect();
        if expected != &actual {
            failures.push(format!("warnings: expected {expected:?}, got {actual:?}"));
        }
    }
}

fn golden_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    files
}

#[test]
fn golden_files_match_the_engine() {
    let files = golden_files();
    assert!(!files.is_empty(), "no golden files in tests/golden");
    let mut report = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let failures = catch_unwind(AssertUnwindSafe(|| check_file(path)))
            .unwrap_or_else(|_| vec!["panicked (see the output above)".into()]);
        if !failures.is_empty() {
            report.push(format!("{name}:\n  {}", failures.join("\n  ")));
        }
    }
    assert!(
        report.is_empty(),
        "{} of {} golden files failed:\n{}",
        report.len(),
        files.len(),
        report.join("\n")
    );
}
