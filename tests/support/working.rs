//! "Show the working" checked against the calculation: each rendered line,
//! read back from its text and worked out by hand, gives the result it
//! shows; the lines stand for the calculation's own steps; the last line is
//! the engine's figure. `engine_working.rs` and `engine_destinations.rs`
//! use it.

use afkortning::engine::scenario::Scenario;
use afkortning::engine::trace::{Origin, Run, Trace};
use afkortning::engine::working::{from_trace, workings, Working, Workings};
use afkortning::engine::{evaluate, evaluate_traced, LineItem, Outcome};
use afkortning::format::number::parse_number;
use afkortning::lang::Lang;
use rust_decimal::{Decimal, RoundingStrategy};
use rust_decimal_macros::dec;

use super::formula::{calc, tokenize};

pub fn round2(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Reads every rendered line of a working back and checks its arithmetic.
/// Returns the last line's shown result.
pub fn check_rendered(w: &Working, lang: Lang) -> Decimal {
    let text = w.render(lang);
    if w.lines.is_empty() {
        assert!(
            text.ends_with(": 0,00") || text.ends_with(": 0.00"),
            "{text}"
        );
        return Decimal::ZERO;
    }
    let rendered: Vec<&str> = text.lines().collect();
    assert_eq!(rendered.len(), w.lines.len());
    let mut last = Decimal::ZERO;
    for (line_text, line) in rendered.iter().zip(&w.lines) {
        let prefix = format!("{}: ", line.label.text(lang));
        let body = line_text
            .strip_prefix(&prefix)
            .unwrap_or_else(|| panic!("{line_text:?} lacks its label"));
        let (formula, result) = body.rsplit_once(" = ").expect("a result");
        let shown = parse_number(result, lang).expect("result is a number");
        let worked = calc(&tokenize(formula, lang));
        assert_eq!(
            round2(worked),
            shown,
            "{line_text}\n  worked by hand: {worked}"
        );
        assert_eq!(shown, line.result);
        last = shown;
    }
    assert_eq!(last, w.result);
    last
}

/// The lines of each working stand for the calculation's own steps: one
/// line per run of months with the same operands, whose shown result is the
/// amount the calculation got there, rounded; the runs add up to the
/// outcome's figures.
pub fn check_against_trace(out: &Outcome, trace: &Trace, w: &Workings) {
    let close = |a: Decimal, b: Decimal| (a - b).abs() < dec!(0.000000000001);
    for item in LineItem::ALL {
        // A handling cost that is zero in every month of a run has no line.
        let steps: Vec<_> = trace
            .runs
            .iter()
            // A run may hold several steps of one item (a destination's
            // benefit and tax each, after the months cut too).
            .flat_map(|run| run.steps.iter().filter(move |step| step.item == item))
            .filter(|step| item != LineItem::Handling || !step.amount.kommune.is_zero())
            .collect();
        let added = steps
            .iter()
            .fold(Decimal::ZERO, |acc, step| acc + step.amount.kommune);
        assert!(close(added, out.totals.get(item).kommune), "{item:?}");
        let lines = &w.item(item).lines;
        let parts = if lines.len() > 1 {
            lines.len() - 1
        } else {
            lines.len()
        };
        assert_eq!(parts, steps.len(), "{item:?}");
        for (line, step) in lines.iter().zip(&steps) {
            if parts == 1 {
                assert_eq!(line.result, round2(out.totals.get(item).kommune));
            } else {
                assert_eq!(line.result, round2(step.amount.kommune), "{item:?}");
            }
        }
    }
    let group_runs: Vec<&Run> = trace
        .runs
        .iter()
        .filter(|r| matches!(r.origin, Origin::Group(_)))
        .collect();
    if group_runs.len() > 1 {
        for (line, run) in w.net.lines.iter().zip(&group_runs) {
            assert_eq!(
                line.result,
                round2(run.items().unwrap().net().unwrap().kommune)
            );
        }
    }
    for (g, group) in out.groups.iter().enumerate() {
        let net = trace
            .runs
            .iter()
            .filter(|r| r.origin == Origin::Group(g))
            .fold(Decimal::ZERO, |acc, r| {
                acc + r.items().unwrap().net().unwrap().kommune
            });
        assert!(close(net, group.net.kommune), "group {g}");
    }
}

pub fn check_all(s: &Scenario) -> Workings {
    let out = evaluate(s).unwrap();
    let (traced, trace) = evaluate_traced(s).unwrap();
    assert_eq!(traced, out);
    let w = workings(s).unwrap();
    assert_eq!(from_trace(s, &out, &trace).unwrap(), w);
    check_against_trace(&out, &trace, &w);
    for lang in [Lang::Da, Lang::En] {
        assert_eq!(check_rendered(&w.net, lang), round2(out.net.kommune));
        for item in LineItem::ALL {
            let working = w.item(item);
            assert_eq!(
                check_rendered(working, lang),
                round2(out.totals.get(item).kommune),
                "{item:?}"
            );
            assert_eq!(working.exact, out.totals.get(item).kommune);
        }
    }
    assert_eq!(w.net.exact, out.net.kommune);
    w
}
