//! "Show the working": for the kommune's net and for each line item, the
//! formula with the scenario's own numbers, so a finance officer can check
//! it by hand:
//!
//! `45 sagsmåneder × (9.860,80 + 2.700,00 − 16.296,00) − 210.810,81 = −378.894,81`
//!
//! Each [`Working`] is a list of [`Line`]s; a line is a formula (structured
//! [`Term`]s, so the UI can render it richly) and its result rounded to øre.
//! The promise, checked by `tests/engine_working.rs`: evaluating a line's
//! numbers *as shown* and rounding to øre gives the line's shown result, and
//! the last line's result is the engine's figure rounded to øre.
//!
//! The formulas are not stated here: they are the calculation's own steps
//! (`trace.rs`), recorded by `calc.rs` as it computes, each a product of
//! the operands it used. This module writes them out:
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
use super::trace::{Factor, Operand, Quantity, Run, Step, Trace};
use super::validate::{FieldError, Problem};
use crate::format::number::format_decimal;
use crate::lang::Lang;

/// A text in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub da: String,
    pub en: String,
}

impl Text {
    fn new(da: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            da: da.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Da => &self.da,
            Lang::En => &self.en,
        }
    }
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
    CasesMoved,
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

impl Meaning {
    pub fn label(self, lang: Lang) -> String {
        let t = |da: &str, en: &str| lang.pick(da, en).to_string();
        match self {
            Meaning::CaseMonths => t(
                "sagsmåneder med førtidspension i stedet for ressourceforløb",
                "case-months of early pension instead of a resource course",
            ),
            Meaning::CasesMoved => t("sager, der overgår", "cases that move"),
            Meaning::RfyMonthly => t(
                "ressourceforløbsydelse pr. måned",
                "resource-course benefit per month",
            ),
            Meaning::IndsatsMonthly => t("indsats pr. måned", "indsats per month"),
            Meaning::FpMonthly => t("førtidspension pr. måned", "early pension per month"),
            Meaning::HandlingPerCase => t("sagsbehandling pr. sag", "handling per case"),
            Meaning::RfyKommuneShare => t(
                "kommunens andel af ressourceforløbsydelsen (100 % − refusion)",
                "the kommune's share of the benefit (100 % − refusion)",
            ),
            Meaning::IndsatsKommuneShare => t(
                "kommunens andel af indsatsen (100 % − refusion)",
                "the kommune's share of indsats (100 % − refusion)",
            ),
            Meaning::FpKommuneShare => t(
                "kommunens andel af førtidspensionen (100 % − refusion)",
                "the kommune's share of early pension (100 % − refusion)",
            ),
            Meaning::IncomeTaxPct => t("kommuneskat", "municipal income tax"),
            Meaning::Adjustment => t(
                "årlig regulering, akkumuleret til dette år",
                "yearly rate adjustment, compounded to this year",
            ),
            Meaning::RfyPerCaseMonth => t(
                "sparet ressourceforløbsydelse pr. sagsmåned, kommunens andel",
                "benefit saved per case-month, the kommune's share",
            ),
            Meaning::IndsatsPerCaseMonth => t(
                "sparet indsats pr. sagsmåned, kommunens andel",
                "indsats saved per case-month, the kommune's share",
            ),
            Meaning::FpPerCaseMonth => t(
                "førtidspension pr. sagsmåned, kommunens andel",
                "early pension per case-month, the kommune's share",
            ),
            Meaning::TaxPerCaseMonth => t(
                "kommuneskat af forskellen mellem ydelserne pr. sagsmåned",
                "municipal tax on the difference in benefits per case-month",
            ),
            Meaning::HandlingAdjusted => t(
                "sagsbehandling pr. sag, reguleret",
                "handling per case, adjusted",
            ),
            Meaning::HoursPerWeek => t("frikøbte timer pr. uge", "hours bought out per week"),
            Meaning::FullTimeHours => t("timer pr. uge på fuld tid", "full-time hours per week"),
            Meaning::AnnualCost => t(
                "årsløn for en fuldtidsstilling",
                "annual cost of a full-time post",
            ),
            Meaning::Whole => t("hele beløbet", "the whole amount"),
            Meaning::OverheadPct => t("overhead", "overhead"),
            Meaning::BuyoutMonths => t("måneder med frikøb", "months of buy-out"),
            Meaning::MonthsPerYear => t("måneder pr. år", "months per year"),
            Meaning::LineResult(i) => match lang {
                Lang::Da => format!("resultatet af linje {}", i + 1),
                Lang::En => format!("the result of line {}", i + 1),
            },
            Meaning::ItemTotal(item) => item.label(lang).to_string(),
            Meaning::Rounding => t(
                "afrunding: de afrundede dele giver ikke præcis den afrundede sum",
                "rounding: the rounded parts do not add up exactly to the rounded total",
            ),
            Meaning::Nothing => t("intet at lægge sammen", "nothing to add up"),
        }
    }
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
    pub fn render(&self, lang: Lang) -> String {
        let mut text = minus_sign(format_decimal(self.value, lang, self.decimals));
        let one = self.value == Decimal::ONE;
        match self.unit {
            Unit::Plain => {}
            Unit::Pct => text.push_str(" %"),
            Unit::CaseMonths => text.push_str(match (lang, one) {
                (Lang::Da, true) => " sagsmåned",
                (Lang::Da, false) => " sagsmåneder",
                (Lang::En, true) => " case-month",
                (Lang::En, false) => " case-months",
            }),
            Unit::Cases => text.push_str(match (lang, one) {
                (Lang::Da, true) => " sag",
                (Lang::Da, false) => " sager",
                (Lang::En, true) => " case",
                (Lang::En, false) => " cases",
            }),
        }
        if self.meaning == Meaning::Rounding {
            text = format!("{} {text}", lang.pick("afrunding", "rounding"));
        }
        text
    }

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
    pub label: Text,
    pub terms: Vec<Term>,
    /// Rounded to øre; the formula's shown numbers give this when rounded.
    pub result: Decimal,
}

impl Line {
    /// The formula alone: `45 sagsmåneder × (…) − 210.810,81`.
    pub fn formula(&self, lang: Lang) -> String {
        let mut out = String::new();
        for term in &self.terms {
            match term {
                Term::Number(n) => out.push_str(&n.render(lang)),
                Term::Op(Op::Plus) => out.push_str(" + "),
                Term::Op(Op::Minus) => out.push_str(" − "),
                Term::Op(Op::Times) => out.push_str(" × "),
                Term::Op(Op::Divide) => out.push_str(" / "),
                Term::Negate => out.push('−'),
                Term::Open => out.push('('),
                Term::Close => out.push(')'),
            }
        }
        out
    }

    /// `label: formula = result`.
    pub fn render(&self, lang: Lang) -> String {
        format!(
            "{}: {} = {}",
            self.label.get(lang),
            self.formula(lang),
            money(self.result, lang)
        )
    }

    /// The formula evaluated with its numbers as shown.
    pub fn evaluate_shown(&self) -> Calc<Decimal> {
        evaluate_terms(&self.terms)
    }
}

/// The working for one figure.
#[derive(Clone, Debug, PartialEq)]
pub struct Working {
    pub title: Text,
    pub lines: Vec<Line>,
    /// The figure as the engine has it, unrounded.
    pub exact: Decimal,
    /// Rounded to øre: the last line's result (0 when there are no lines).
    pub result: Decimal,
    /// Why there are no lines (e.g. tax is not counted).
    pub note: Option<Text>,
}

impl Working {
    /// One line per formula; a working without lines renders its note and 0,00.
    pub fn render(&self, lang: Lang) -> String {
        if self.lines.is_empty() {
            let note = self
                .note
                .as_ref()
                .map_or(self.title.get(lang), |n| n.get(lang));
            return format!("{note}: {}", money(Decimal::ZERO, lang));
        }
        let lines: Vec<String> = self.lines.iter().map(|l| l.render(lang)).collect();
        lines.join("\n")
    }
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

fn minus_sign(text: String) -> String {
    match text.strip_prefix('-') {
        Some(rest) => format!("−{rest}"),
        None => text,
    }
}

fn money(d: Decimal, lang: Lang) -> String {
    minus_sign(format_decimal(d, lang, 2))
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
    label: Text,
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
fn sum_line(label: Text, parts: &[(Decimal, Meaning)], total: Decimal) -> Calc<Line> {
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
fn working(title: Text, lines: Vec<Line>, exact: Decimal, note: Option<Text>) -> Calc<Working> {
    let lines = match lines.len() {
        0 | 1 => lines,
        _ => {
            let parts: Vec<(Decimal, Meaning)> = lines
                .iter()
                .enumerate()
                .map(|(i, l)| (l.result, Meaning::LineResult(i)))
                .collect();
            let total = sum_line(Text::new("I alt", "Total"), &parts, exact)?;
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

fn years_text(first: u16, last: u16) -> String {
    if first == last {
        first.to_string()
    } else {
        format!("{first}–{last}")
    }
}

fn rejected(_: Overflow) -> Rejected {
    Rejected(vec![FieldError::new("", Problem::Overflow)])
}

fn run_label(s: &Scenario, run: &Run) -> Text {
    let years = years_text(run.first.year, run.last.year);
    let Some(group) = run.group else {
        return Text::new(format!("Frikøb {years}"), format!("Buy-out {years}"));
    };
    let label = s.groups.get(group).map_or("", |g| g.label.trim());
    let named = if label.is_empty() {
        String::new()
    } else {
        format!(" ({label})")
    };
    Text::new(
        format!("Gruppe {}{named}, {years}", group + 1),
        format!("Group {}{named}, {years}", group + 1),
    )
}

/// The legend of an operand as the working shows it: a state's share
/// (refusion) is shown as the kommune's share.
fn meaning_of(quantity: Quantity) -> Meaning {
    match quantity {
        Quantity::CaseMonths => Meaning::CaseMonths,
        Quantity::CasesMoved => Meaning::CasesMoved,
        Quantity::BuyoutMonths => Meaning::BuyoutMonths,
        Quantity::RfyMonthly => Meaning::RfyMonthly,
        Quantity::IndsatsMonthly => Meaning::IndsatsMonthly,
        Quantity::FpMonthly => Meaning::FpMonthly,
        Quantity::HandlingPerCase => Meaning::HandlingPerCase,
        Quantity::RfyRefusion => Meaning::RfyKommuneShare,
        Quantity::IndsatsRefusion => Meaning::IndsatsKommuneShare,
        Quantity::FpRefusion => Meaning::FpKommuneShare,
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
    }
}

fn count_unit(quantity: Quantity) -> Unit {
    match quantity {
        Quantity::CaseMonths => Unit::CaseMonths,
        Quantity::CasesMoved => Unit::Cases,
        _ => Unit::Plain,
    }
}

/// An operand as shown: inputs exactly as entered (fractions as per cent),
/// numbers the calculation derived (counts, the adjustment) at `d` decimals.
fn operand_term(op: Operand, d: u32) -> Calc<Term> {
    let meaning = meaning_of(op.quantity);
    Ok(match op.quantity {
        Quantity::CaseMonths
        | Quantity::CasesMoved
        | Quantity::BuyoutMonths
        | Quantity::Adjustment => computed(op.value, d, 0, count_unit(op.quantity), meaning),
        Quantity::RfyMonthly
        | Quantity::IndsatsMonthly
        | Quantity::FpMonthly
        | Quantity::HandlingPerCase
        | Quantity::AnnualCost => kr(op.value, meaning),
        Quantity::IncomeTax | Quantity::Overhead => {
            pct(mul(op.value, Decimal::ONE_HUNDRED)?, meaning)
        }
        Quantity::RfyRefusion | Quantity::IndsatsRefusion | Quantity::FpRefusion => pct(
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

/// A cost per case moved is shown only where a case moves and it costs
/// something; otherwise each of its months was zero.
fn shows(step: &Step) -> bool {
    let per_case = step
        .count()
        .is_some_and(|c| c.quantity == Quantity::CasesMoved);
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

fn item_title(item: LineItem) -> Text {
    Text::new(item.label(Lang::Da), item.label(Lang::En))
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
            .filter_map(|run| {
                run.step(item)
                    .filter(|step| shows(step))
                    .map(|step| (run, step))
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
            LineItem::TaxEffect if !s.perspective.include_income_tax => Some(Text::new(
                "Kommuneskat af ydelserne er ikke medregnet",
                "Municipal tax on the benefits is not included",
            )),
            LineItem::Buyout => Some(Text::new(
                "Intet frikøb i perioden",
                "No buy-out within the horizon",
            )),
            _ => Some(Text::new(
                "Ingen beløb i perioden",
                "No amounts within the horizon",
            )),
        };
        items.push((item, working(item_title(item), lines, exact_total, note)?));
    }

    // The net: per run of a group, then the buy-out's total from its own working.
    let net_exact = out.net.kommune;
    let title = Text::new("Netto for kommunen", "Net for the kommune");
    let buyout_shown = items[LineItem::Buyout as usize].1.result;
    let group_runs: Vec<&Run> = trace.runs.iter().filter(|r| r.group.is_some()).collect();
    let net = if let [run] = group_runs[..] {
        let line = formula_line(title.clone(), net_exact, |d| {
            let mut t = net_terms(run, d)?;
            if !buyout_shown.is_zero() {
                push_signed(&mut t, buyout_shown, Meaning::ItemTotal(LineItem::Buyout));
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
        if !buyout_shown.is_zero() {
            parts.push((buyout_shown, Meaning::ItemTotal(LineItem::Buyout)));
        }
        lines.push(sum_line(Text::new("I alt", "Total"), &parts, net_exact)?);
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
