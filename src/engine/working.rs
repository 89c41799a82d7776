//! "Show the working": for the kommune's net and for each line item, the
//! formula with the scenario's own numbers, so a finance officer can check
//! it by hand:
//!
//! `45 sagsmåneder × (10.676,00 + 2.700,00 − 17.642,40) − 215.878,38 = −407.866,38`
//!
//! Each [`Working`] is a list of [`Line`]s; a line is a formula (structured
//! [`Term`]s, so the UI can render it richly) and its result rounded to øre.
//! The promise, checked by `tests/engine_working.rs`: evaluating a line's
//! numbers *as shown* and rounding to øre gives the line's shown result, and
//! the last line's result is the engine's figure rounded to øre.
//!
//! The formulas are not stated here: they are the calculation's own steps
//! (`trace.rs`), recorded by `calc.rs` as it computes, each a product of
//! the operands it used. This module lays them out as lines of numbers
//! and operators, each number tagged with what it means and each line with
//! a [`Caption`]; it holds no words: `text::working` renders a line in
//! Danish or English (`label: formula = result`).
//!
//!
//! - One line per run of months of a group with the same operands (a rate
//!   adjustment or a change in refusion starts a new run, so a line covers
//!   calendar years), its count summed over the run; one per run of the
//!   buy-out; then a total line adding the lines' shown results. The net
//!   of a run is its steps per case-month, `CM × (rfy + indsats − fp ± tax)`,
//!   then what is counted per case moved.
//! - Inputs (rates, percentages, hours, costs) are shown exactly as entered;
//!   a state's share (refusion) as the kommune's share, `100 % − refusion`.
//! - Computed numbers (case-months, amounts per case-month, the yearly rate
//!   adjustment) are shown with 2 decimals where that keeps the line right,
//!   otherwise with the fewest decimals (up to 12) that do.
//! - Where rounded parts do not add up to the rounded total, the total line
//!   says so with an explicit rounding term (`afrunding 0,01`).

use rust_decimal::{Decimal, RoundingStrategy};

use super::arith::{add, div, mul, sub, Calc, Overflow};
use super::calc::{evaluate_traced, Rejected};
use super::outcome::{LineItem, Outcome};
use super::scenario::Scenario;
use super::trace::{Factor, Operand, Origin, Paid, Quantity, Run, Step, Trace};
use super::validate::{FieldError, Problem};

/// What a working, a line or a note is about; the text layer words it
/// (`text::working`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Caption {
    /// The kommune's net.
    Net,
    /// A line item's working.
    Item(LineItem),
    /// A run of months of a group: its number (from 0), its label as the
    /// user typed it, and the calendar years the run covers.
    Group {
        group: usize,
        label: String,
        first: u16,
        last: u16,
    },
    /// A run of the buy-out over these calendar years.
    Buyout {
        first: u16,
        last: u16,
    },
    /// A run of a cost line: its number (from 0), its label as typed, the
    /// calendar years.
    CostLine {
        line: usize,
        label: String,
        first: u16,
        last: u16,
    },
    /// The total of the lines above.
    Total,
    /// Why a working has no lines.
    TaxNotCounted,
    NoBuyout,
    NoAmounts,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Plus,
    Minus,
    Times,
    Divide,
}

/// What a number in a formula is shown with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A plain number (kr., a factor, hours, months).
    Plain,
    CaseMonths,
    Cases,
    /// Per cent: `80 %` means 0.8 in the arithmetic.
    Pct,
}

/// What a number in a formula stands for (for a tooltip or a legend).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Meaning {
    CaseMonths,
    /// The part of the case-months cut that goes to a destination.
    DestinationCaseMonths(Paid),
    CasesMoved,
    CasesReviewed,
    CasesPutForward,
    /// Case-months of a destination's benefit instead of the alternative,
    /// after the months cut.
    LastingCaseMonths,
    LastingDestinationCaseMonths(Paid),
    /// A destination's or the alternative's benefit per month (FP's is
    /// `FpMonthly`).
    Monthly(Paid),
    /// The kommune's share of that benefit: 100 % − refusion.
    KommuneShare(Paid),
    CostAmount,
    CostKommuneShare,
    CostMonths,
    /// The kommune's amount per count of a line item that has no meaning of
    /// its own above.
    PerCount(LineItem),
    RfyMonthly,
    IndsatsMonthly,
    FpMonthly,
    HandlingPerCase,
    /// The kommune's share of a benefit or of indsats: 100 % − refusion.
    RfyKommuneShare,
    IndsatsKommuneShare,
    FpKommuneShare,
    IncomeTaxPct,
    /// The yearly rate adjustment compounded to this year.
    Adjustment,
    /// The kommune's amount per case-month, after refusion and adjustment.
    RfyPerCaseMonth,
    IndsatsPerCaseMonth,
    FpPerCaseMonth,
    TaxPerCaseMonth,
    /// Handling per case, adjusted.
    HandlingAdjusted,
    HoursPerWeek,
    FullTimeHours,
    AnnualCost,
    Whole,
    OverheadPct,
    BuyoutMonths,
    MonthsPerYear,
    /// The shown result of an earlier line of this working.
    LineResult(usize),
    /// The shown total of a line item's own working.
    ItemTotal(LineItem),
    /// The difference between the rounded total and the sum of rounded parts.
    Rounding,
    /// Nothing to add up.
    Nothing,
}

/// A number as shown: `value` has at most `decimals` decimals.
#[derive(Clone, Debug, PartialEq)]
pub struct Number {
    pub value: Decimal,
    pub decimals: u32,
    pub unit: Unit,
    pub meaning: Meaning,
}

impl Number {
    /// The number the arithmetic uses (a percentage as a fraction).
    fn operand(&self) -> Calc<Decimal> {
        match self.unit {
            Unit::Pct => div(self.value, Decimal::ONE_HUNDRED),
            _ => Ok(self.value),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Term {
    Number(Number),
    Op(Op),
    /// A minus sign in front of a number or a bracket: `−(…)`.
    Negate,
    Open,
    Close,
}

/// One formula and its result.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub label: Caption,
    pub terms: Vec<Term>,
    /// Rounded to øre; the formula's shown numbers give this when rounded.
    pub result: Decimal,
}

impl Line {
    /// The formula evaluated with its numbers as shown.
    pub fn evaluate_shown(&self) -> Calc<Decimal> {
        evaluate_terms(&self.terms)
    }
}

/// The working for one figure.
#[derive(Clone, Debug, PartialEq)]
pub struct Working {
    pub title: Caption,
    pub lines: Vec<Line>,
    /// The figure as the engine has it, unrounded.
    pub exact: Decimal,
    /// Rounded to øre: the last line's result (0 when there are no lines).
    pub result: Decimal,
    /// Why there are no lines (e.g. tax is not counted).
    pub note: Option<Caption>,
}

/// The workings for the net and every line item, kommune's share.
#[derive(Clone, Debug, PartialEq)]
pub struct Workings {
    pub net: Working,
    /// In the order of [`LineItem::ALL`].
    pub items: Vec<(LineItem, Working)>,
}

impl Workings {
    pub fn item(&self, item: LineItem) -> &Working {
        &self.items[item as usize].1
    }
}

// ---------------------------------------------------------------------------
// Building

fn round2(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Shown decimals for a computed number at precision `d`: the value rounded
/// to `d` places, with at least `min` decimals.
fn computed(value: Decimal, d: u32, min: u32, unit: Unit, meaning: Meaning) -> Term {
    let shown = value
        .round_dp_with_strategy(d, RoundingStrategy::MidpointAwayFromZero)
        .normalize();
    Term::Number(Number {
        value: shown,
        decimals: shown.scale().max(min),
        unit,
        meaning,
    })
}

/// An input, shown exactly as it is.
fn exact(value: Decimal, min: u32, unit: Unit, meaning: Meaning) -> Term {
    let shown = value.normalize();
    Term::Number(Number {
        value: shown,
        decimals: shown.scale().max(min),
        unit,
        meaning,
    })
}

fn kr(value: Decimal, meaning: Meaning) -> Term {
    exact(value, 2, Unit::Plain, meaning)
}

fn pct(value: Decimal, meaning: Meaning) -> Term {
    exact(value, 0, Unit::Pct, meaning)
}

fn shown_money(value: Decimal, meaning: Meaning) -> Term {
    Term::Number(Number {
        value: round2(value),
        decimals: 2,
        unit: Unit::Plain,
        meaning,
    })
}

const TIMES: Term = Term::Op(Op::Times);
const DIVIDE: Term = Term::Op(Op::Divide);
const PLUS: Term = Term::Op(Op::Plus);
const MINUS: Term = Term::Op(Op::Minus);

/// Most decimals a computed number is shown with.
const MAX_DECIMALS: u32 = 12;

/// A formula line for the exact figure `target`: the fewest decimals (from
/// 2) for which the shown numbers give the rounded target, or, failing that
/// (a figure within a hair of a rounding midpoint), 12 decimals and an
/// explicit rounding term.
fn formula_line(
    label: Caption,
    target: Decimal,
    build: impl Fn(u32) -> Calc<Vec<Term>>,
) -> Calc<Line> {
    let result = round2(target);
    for d in 2..=MAX_DECIMALS {
        let terms = build(d)?;
        if round2(evaluate_terms(&terms)?) == result {
            return Ok(Line {
                label,
                terms,
                result,
            });
        }
    }
    let mut terms = build(MAX_DECIMALS)?;
    let off = sub(result, round2(evaluate_terms(&terms)?))?;
    push_signed(&mut terms, off, Meaning::Rounding);
    Ok(Line {
        label,
        terms,
        result,
    })
}

/// Appends `± |value|` (or the value alone at the start).
fn push_signed(terms: &mut Vec<Term>, value: Decimal, meaning: Meaning) {
    if terms.is_empty() {
        if value < Decimal::ZERO {
            terms.push(Term::Negate);
        }
    } else {
        terms.push(if value < Decimal::ZERO { MINUS } else { PLUS });
    }
    terms.push(shown_money(value.abs(), meaning));
}

/// `a + b − c … [± rounding] = total` over shown (rounded) parts.
fn sum_line(label: Caption, parts: &[(Decimal, Meaning)], total: Decimal) -> Calc<Line> {
    let result = round2(total);
    let mut terms = Vec::new();
    let mut sum = Decimal::ZERO;
    for &(value, meaning) in parts {
        push_signed(&mut terms, round2(value), meaning);
        sum = add(sum, round2(value))?;
    }
    let off = sub(result, sum)?;
    if !off.is_zero() {
        push_signed(&mut terms, off, Meaning::Rounding);
    } else if terms.is_empty() {
        push_signed(&mut terms, off, Meaning::Nothing);
    }
    Ok(Line {
        label,
        terms,
        result,
    })
}

/// The figure of a working: its lines, then a total line when there is
/// more than one.
fn working(
    title: Caption,
    lines: Vec<Line>,
    exact: Decimal,
    note: Option<Caption>,
) -> Calc<Working> {
    let lines = match lines.len() {
        0 | 1 => lines,
        _ => {
            let parts: Vec<(Decimal, Meaning)> = lines
                .iter()
                .enumerate()
                .map(|(i, l)| (l.result, Meaning::LineResult(i)))
                .collect();
            let total = sum_line(Caption::Total, &parts, exact)?;
            let mut lines = lines;
            lines.push(total);
            lines
        }
    };
    let result = lines.last().map_or(Decimal::ZERO, |l| l.result);
    let note = if lines.is_empty() { note } else { None };
    Ok(Working {
        title,
        lines,
        exact,
        result,
        note,
    })
}

// ---------------------------------------------------------------------------
// Writing out the calculation's steps

fn rejected(_: Overflow) -> Rejected {
    Rejected(vec![FieldError::new("", Problem::Overflow)])
}

fn run_label(s: &Scenario, run: &Run) -> Caption {
    let (first, last) = (run.first.year, run.last.year);
    match run.origin {
        Origin::Buyout => Caption::Buyout { first, last },
        Origin::CostLine(line) => Caption::CostLine {
            line,
            label: s.costs.get(line).map_or("", |c| c.label.trim()).to_string(),
            first,
            last,
        },
        Origin::Group(group) => Caption::Group {
            group,
            label: s
                .groups
                .get(group)
                .map_or("", |g| g.label.trim())
                .to_string(),
            first,
            last,
        },
    }
}

/// The legend of an operand as the working shows it: a state's share
/// (refusion) is shown as the kommune's share.
fn meaning_of(quantity: Quantity) -> Meaning {
    match quantity {
        Quantity::CaseMonths => Meaning::CaseMonths,
        Quantity::DestinationCaseMonths(p) => Meaning::DestinationCaseMonths(p),
        Quantity::CasesMoved => Meaning::CasesMoved,
        Quantity::CasesReviewed => Meaning::CasesReviewed,
        Quantity::CasesPutForward => Meaning::CasesPutForward,
        Quantity::LastingCaseMonths => Meaning::LastingCaseMonths,
        Quantity::LastingDestinationCaseMonths(p) => Meaning::LastingDestinationCaseMonths(p),
        Quantity::BuyoutMonths => Meaning::BuyoutMonths,
        Quantity::CostMonths => Meaning::CostMonths,
        Quantity::RfyMonthly => Meaning::RfyMonthly,
        Quantity::IndsatsMonthly => Meaning::IndsatsMonthly,
        Quantity::Monthly(Paid::Fp) => Meaning::FpMonthly,
        Quantity::Monthly(p) => Meaning::Monthly(p),
        Quantity::HandlingPerCase => Meaning::HandlingPerCase,
        Quantity::CostAmount => Meaning::CostAmount,
        Quantity::RfyRefusion => Meaning::RfyKommuneShare,
        Quantity::IndsatsRefusion => Meaning::IndsatsKommuneShare,
        Quantity::Refusion(Paid::Fp) => Meaning::FpKommuneShare,
        Quantity::Refusion(p) => Meaning::KommuneShare(p),
        Quantity::CostRefusion => Meaning::CostKommuneShare,
        Quantity::IncomeTax => Meaning::IncomeTaxPct,
        Quantity::Adjustment => Meaning::Adjustment,
        Quantity::HoursPerWeek => Meaning::HoursPerWeek,
        Quantity::FullTimeHours => Meaning::FullTimeHours,
        Quantity::AnnualCost => Meaning::AnnualCost,
        Quantity::Overhead => Meaning::OverheadPct,
        Quantity::MonthsPerYear => Meaning::MonthsPerYear,
    }
}

/// A line item's amount per count (case-month or case), as the net's
/// formula shows it.
fn per_count_meaning(item: LineItem) -> Meaning {
    match item {
        LineItem::RfySaved => Meaning::RfyPerCaseMonth,
        LineItem::IndsatsSaved => Meaning::IndsatsPerCaseMonth,
        LineItem::FpAdded => Meaning::FpPerCaseMonth,
        LineItem::TaxEffect => Meaning::TaxPerCaseMonth,
        LineItem::Handling | LineItem::Buyout => Meaning::HandlingAdjusted,
        item @ (LineItem::FleksjobAdded
        | LineItem::KontanthjaelpAdded
        | LineItem::LastingAdded
        | LineItem::InsteadSaved
        | LineItem::CostLines) => Meaning::PerCount(item),
    }
}

fn count_unit(quantity: Quantity) -> Unit {
    match quantity {
        Quantity::CaseMonths
        | Quantity::LastingCaseMonths
        | Quantity::DestinationCaseMonths(_)
        | Quantity::LastingDestinationCaseMonths(_) => Unit::CaseMonths,
        Quantity::CasesMoved | Quantity::CasesReviewed | Quantity::CasesPutForward => Unit::Cases,
        _ => Unit::Plain,
    }
}

/// An operand as shown: inputs exactly as entered (fractions as per cent),
/// numbers the calculation derived (counts, the adjustment) at `d` decimals.
fn operand_term(op: Operand, d: u32) -> Calc<Term> {
    let meaning = meaning_of(op.quantity);
    Ok(match op.quantity {
        Quantity::CaseMonths
        | Quantity::DestinationCaseMonths(_)
        | Quantity::CasesMoved
        | Quantity::CasesReviewed
        | Quantity::CasesPutForward
        | Quantity::LastingCaseMonths
        | Quantity::LastingDestinationCaseMonths(_)
        | Quantity::BuyoutMonths
        | Quantity::CostMonths
        | Quantity::Adjustment => computed(op.value, d, 0, count_unit(op.quantity), meaning),
        Quantity::RfyMonthly
        | Quantity::IndsatsMonthly
        | Quantity::Monthly(_)
        | Quantity::HandlingPerCase
        | Quantity::CostAmount
        | Quantity::AnnualCost => kr(op.value, meaning),
        Quantity::IncomeTax | Quantity::Overhead => {
            pct(mul(op.value, Decimal::ONE_HUNDRED)?, meaning)
        }
        Quantity::RfyRefusion
        | Quantity::IndsatsRefusion
        | Quantity::Refusion(_)
        | Quantity::CostRefusion => pct(
            sub(Decimal::ONE_HUNDRED, mul(op.value, Decimal::ONE_HUNDRED)?)?,
            meaning,
        ),
        Quantity::HoursPerWeek | Quantity::FullTimeHours | Quantity::MonthsPerYear => {
            exact(op.value, 0, Unit::Plain, meaning)
        }
    })
}

/// A factor that changes nothing is left out: the adjustment in a year
/// without one, an overhead of 0 %.
fn changes_nothing(factor: &Factor) -> bool {
    match factor {
        Factor::Times(op) => op.quantity == Quantity::Adjustment && op.value == Decimal::ONE,
        Factor::OnePlus(op) => op.value.is_zero(),
        _ => false,
    }
}

/// A step counted in cases or in a part of the case-months is shown only
/// where its count and amount are not zero; otherwise each of its months
/// was zero.
fn shows(step: &Step) -> bool {
    let per_case = step
        .count()
        .is_some_and(|c| c.quantity != Quantity::CaseMonths);
    let zero = step.factors.iter().any(|f| match f {
        Factor::Count(op) | Factor::Times(op) => op.value.is_zero(),
        _ => false,
    });
    !(per_case && zero)
}

/// A step's formula at `d` decimals: its factors in the calculation's order,
/// the kommune's share after the amounts and before the year's adjustment,
/// a cost as `−(…)`.
fn step_terms(step: &Step, d: u32) -> Calc<Vec<Term>> {
    let mut t = Vec::new();
    let mut share = step.refusion;
    let times = |t: &mut Vec<Term>| {
        if !t.is_empty() {
            t.push(TIMES);
        }
    };
    for factor in &step.factors {
        let adjustment = matches!(factor, Factor::Times(op) if op.quantity == Quantity::Adjustment);
        if adjustment {
            if let Some(state) = share.take() {
                times(&mut t);
                t.push(operand_term(state, d)?);
            }
        }
        if changes_nothing(factor) {
            continue;
        }
        match factor {
            Factor::Count(op) | Factor::Times(op) => {
                times(&mut t);
                t.push(operand_term(*op, d)?);
            }
            Factor::Divide(op) => {
                if !t.is_empty() {
                    t.push(DIVIDE);
                }
                t.push(operand_term(*op, d)?);
            }
            Factor::OnePlus(op) => {
                times(&mut t);
                t.extend([
                    Term::Open,
                    pct(Decimal::ONE_HUNDRED, Meaning::Whole),
                    PLUS,
                    operand_term(*op, d)?,
                    Term::Close,
                ]);
            }
            Factor::Difference(a, b) => {
                times(&mut t);
                t.extend([
                    Term::Open,
                    operand_term(*a, d)?,
                    MINUS,
                    operand_term(*b, d)?,
                    Term::Close,
                ]);
            }
        }
    }
    if let Some(state) = share {
        times(&mut t);
        t.push(operand_term(state, d)?);
    }
    Ok(if step.cost { negated(t) } else { t })
}

fn negated(inner: Vec<Term>) -> Vec<Term> {
    let mut t = vec![Term::Negate, Term::Open];
    t.extend(inner);
    t.push(Term::Close);
    t
}

/// Appends `± |value|` at `d` decimals (a leading minus at the start); a
/// cost of zero keeps its minus.
fn push_computed(
    t: &mut Vec<Term>,
    value: Decimal,
    cost: bool,
    d: u32,
    unit: Unit,
    meaning: Meaning,
) {
    let negative = value < Decimal::ZERO || (value.is_zero() && cost);
    if t.is_empty() || matches!(t.last(), Some(Term::Open)) {
        if negative {
            t.push(Term::Negate);
        }
    } else {
        t.push(if negative { MINUS } else { PLUS });
    }
    t.push(computed(value.abs(), d, 2, unit, meaning));
}

/// A run of a group as one formula: `CM × (rfy + indsats − fp ± tax)`, each
/// the kommune's amount per case-month, then `− moved × handling` for what
/// is counted in cases.
fn net_terms(run: &Run, d: u32) -> Calc<Vec<Term>> {
    let mut t = Vec::new();
    let (per_case_month, per_case): (Vec<&Step>, Vec<&Step>) = run
        .steps
        .iter()
        .filter(|step| step.count().is_some())
        .partition(|step| {
            step.count()
                .is_some_and(|c| c.quantity == Quantity::CaseMonths)
        });
    if let Some(count) = per_case_month.first().and_then(|step| step.count()) {
        t.extend([operand_term(count, d)?, TIMES, Term::Open]);
        for step in &per_case_month {
            let each = step.per_count()?.kommune;
            push_computed(
                &mut t,
                each,
                step.cost,
                d,
                Unit::Plain,
                per_count_meaning(step.item),
            );
        }
        t.push(Term::Close);
    }
    for step in per_case.into_iter().filter(|step| shows(step)) {
        let Some(count) = step.count() else { continue };
        let each = step.per_count()?.kommune;
        let negative = each < Decimal::ZERO || (each.is_zero() && step.cost);
        if !t.is_empty() {
            t.push(if negative { MINUS } else { PLUS });
        } else if negative {
            t.push(Term::Negate);
        }
        t.extend([
            operand_term(count, d)?,
            TIMES,
            computed(each.abs(), d, 2, Unit::Plain, per_count_meaning(step.item)),
        ]);
    }
    Ok(t)
}

/// The workings for a scenario: the net and each line item, kommune's share.
pub fn workings(s: &Scenario) -> Result<Workings, Rejected> {
    let (out, trace) = evaluate_traced(s)?;
    from_trace(s, &out, &trace).map_err(rejected)
}

/// The workings written out from an evaluation's own steps (`out` and
/// `trace` from [`evaluate_traced`] of `s`; `s` gives the groups' names).
pub fn from_trace(s: &Scenario, out: &Outcome, trace: &Trace) -> Calc<Workings> {
    let mut items = Vec::new();
    for item in LineItem::ALL {
        let exact_total = out.totals.get(item).kommune;
        let shown: Vec<(&Run, &Step)> = trace
            .runs
            .iter()
            .flat_map(|run| {
                run.steps_of(item)
                    .filter(|step| shows(step))
                    .map(move |step| (run, step))
            })
            .collect();
        let mut lines = Vec::new();
        for (run, step) in &shown {
            let target = if shown.len() == 1 {
                exact_total
            } else {
                step.amount.kommune
            };
            lines.push(formula_line(run_label(s, run), target, |d| {
                step_terms(step, d)
            })?);
        }
        let note = match item {
            LineItem::TaxEffect if !s.perspective.include_income_tax => Caption::TaxNotCounted,
            LineItem::Buyout => Caption::NoBuyout,
            _ => Caption::NoAmounts,
        };
        items.push((
            item,
            working(Caption::Item(item), lines, exact_total, Some(note))?,
        ));
    }

    // The net: per run of a group, then the buy-out's and the cost lines'
    // totals from their own workings.
    let net_exact = out.net.kommune;
    let title = Caption::Net;
    let totals_shown: Vec<(Decimal, LineItem)> = [LineItem::Buyout, LineItem::CostLines]
        .into_iter()
        .map(|item| (items[item as usize].1.result, item))
        .filter(|(shown, _)| !shown.is_zero())
        .collect();
    let group_runs: Vec<&Run> = trace
        .runs
        .iter()
        .filter(|r| matches!(r.origin, Origin::Group(_)))
        .collect();
    let net = if let [run] = group_runs[..] {
        let line = formula_line(title.clone(), net_exact, |d| {
            let mut t = net_terms(run, d)?;
            for (shown, item) in &totals_shown {
                push_signed(&mut t, *shown, Meaning::ItemTotal(*item));
            }
            Ok(t)
        })?;
        working(title, vec![line], net_exact, None)?
    } else {
        let mut lines = Vec::new();
        for run in &group_runs {
            let target = run.items()?.net()?.kommune;
            lines.push(formula_line(run_label(s, run), target, |d| {
                net_terms(run, d)
            })?);
        }
        let mut parts: Vec<(Decimal, Meaning)> = lines
            .iter()
            .enumerate()
            .map(|(i, l)| (l.result, Meaning::LineResult(i)))
            .collect();
        parts.extend(
            totals_shown
                .iter()
                .map(|(shown, item)| (*shown, Meaning::ItemTotal(*item))),
        );
        lines.push(sum_line(Caption::Total, &parts, net_exact)?);
        Working {
            title,
            result: lines.last().map_or(Decimal::ZERO, |l| l.result),
            lines,
            exact: net_exact,
            note: None,
        }
    };
    Ok(Workings { net, items })
}

// ---------------------------------------------------------------------------
// Evaluating a formula as shown

/// `×` and `/` before `+` and `−`, left to right; brackets; a leading minus.
pub fn evaluate_terms(terms: &[Term]) -> Calc<Decimal> {
    let mut at = 0;
    let value = sum_of(terms, &mut at)?;
    if at == terms.len() {
        Ok(value)
    } else {
        Err(Overflow)
    }
}

fn sum_of(terms: &[Term], at: &mut usize) -> Calc<Decimal> {
    let mut value = product_of(terms, at)?;
    while let Some(Term::Op(op @ (Op::Plus | Op::Minus))) = terms.get(*at) {
        *at += 1;
        let next = product_of(terms, at)?;
        value = if *op == Op::Plus {
            add(value, next)?
        } else {
            sub(value, next)?
        };
    }
    Ok(value)
}

fn product_of(terms: &[Term], at: &mut usize) -> Calc<Decimal> {
    let mut value = factor_of(terms, at)?;
    while let Some(Term::Op(op @ (Op::Times | Op::Divide))) = terms.get(*at) {
        *at += 1;
        let next = factor_of(terms, at)?;
        value = if *op == Op::Times {
            mul(value, next)?
        } else {
            div(value, next)?
        };
    }
    Ok(value)
}

fn factor_of(terms: &[Term], at: &mut usize) -> Calc<Decimal> {
    let term = terms.get(*at).ok_or(Overflow)?;
    *at += 1;
    match term {
        Term::Number(n) => n.operand(),
        Term::Negate => Ok(-factor_of(terms, at)?),
        Term::Open => {
            let value = sum_of(terms, at)?;
            match terms.get(*at) {
                Some(Term::Close) => {
                    *at += 1;
                    Ok(value)
                }
                _ => Err(Overflow),
            }
        }
        _ => Err(Overflow),
    }
}
