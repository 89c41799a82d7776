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
//! How that is kept:
//!
//! - Inputs (rates, percentages, hours, costs) are shown exactly as entered.
//! - Computed numbers (case-months, amounts per case-month, the yearly rate
//!   adjustment) are shown with 2 decimals where that keeps the line right,
//!   otherwise with the fewest decimals (up to 12) that do.
//! - One line per group and run of calendar years with the same amounts
//!   (a rate adjustment or a change in refusion starts a new line), one per
//!   run of buy-out years, then a total line adding the lines' shown results.
//!   Where rounded parts do not add up to the rounded total, the total line
//!   says so with an explicit rounding term (`afrunding 0,01`).

use rust_decimal::{Decimal, RoundingStrategy};

use super::arith::{add, div, mul, sub, Calc, Overflow};
use super::calc::{evaluate, Rejected};
use super::inputs::{Field, InputId};
use super::outcome::{LineItem, LineItems, Outcome};
use super::scenario::{IndsatsRefusion, Scenario};
use super::validate::{FieldError, Problem};
use crate::data::refusion;
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
// The scenario's figures, by group and run of years

/// A group's figures that do not change by year.
struct GroupRates {
    rfy: Decimal,
    fp: Decimal,
    indsats: Decimal,
    handling: Decimal,
    rfy_share: Decimal,
    fp_share: Decimal,
}

/// One group over a run of calendar years with the same amounts.
struct Segment {
    group: usize,
    first_year: u16,
    last_year: u16,
    case_months: Decimal,
    moved: Decimal,
    adjustment: Decimal,
    indsats_share: Decimal,
    items: LineItems,
}

/// The buy-out over a run of calendar years with the same adjustment.
struct BuyoutSegment {
    first_year: u16,
    last_year: u16,
    months: u32,
    adjustment: Decimal,
    amount: Decimal,
}

fn years_text(first: u16, last: u16) -> String {
    if first == last {
        first.to_string()
    } else {
        format!("{first}–{last}")
    }
}

/// The yearly adjustment factor for each year from the start, as the engine
/// compounds it.
fn adjustments(s: &Scenario, years: usize) -> Calc<Vec<Decimal>> {
    super::indexing::year_factors(s, years)
}

fn adjustment_of(adj: &[Decimal], s: &Scenario, year: u16) -> Calc<Decimal> {
    adj.get(usize::from(year.saturating_sub(s.start.year)))
        .copied()
        .ok_or(Overflow)
}

fn rejected(_: Overflow) -> Rejected {
    Rejected(vec![FieldError::new("", Problem::Overflow)])
}

/// The segments of one group: its own evaluation (the group alone, no
/// buy-out) gives case-months, cases moved and line items by year.
fn group_segments(s: &Scenario, gi: usize, adj: &[Decimal]) -> Result<Vec<Segment>, Rejected> {
    let mut alone = s.clone();
    alone.groups = vec![s.groups[gi].clone()];
    alone.investment.months = 0;
    alone.ranges.clear();
    alone.sources.clear();
    alone.name.clear();
    alone.description.clear();
    let out = evaluate(&alone)?;
    let g = &s.groups[gi];
    let mut segments: Vec<Segment> = Vec::new();
    for year in &out.years {
        let (mut cm, mut moved) = (Decimal::ZERO, Decimal::ZERO);
        for row in out.months.iter().filter(|r| r.at.year == year.year) {
            cm = add(cm, row.case_months).map_err(rejected)?;
            moved = add(moved, row.cases_moved).map_err(rejected)?;
        }
        if cm.is_zero() && moved.is_zero() {
            continue;
        }
        let adjustment = adjustment_of(adj, s, year.year).map_err(rejected)?;
        let indsats_state = match g.indsats.refusion {
            IndsatsRefusion::ByYear => refusion::indsats_state_pct(year.year),
            IndsatsRefusion::Custom { pct } => pct,
        };
        let indsats_share = sub(Decimal::ONE_HUNDRED, indsats_state).map_err(rejected)?;
        match segments.last_mut() {
            Some(last)
                if last.last_year + 1 == year.year
                    && last.adjustment == adjustment
                    && last.indsats_share == indsats_share =>
            {
                last.last_year = year.year;
                last.case_months = add(last.case_months, cm).map_err(rejected)?;
                last.moved = add(last.moved, moved).map_err(rejected)?;
                last.items = last.items.plus(&year.items).map_err(rejected)?;
            }
            _ => segments.push(Segment {
                group: gi,
                first_year: year.year,
                last_year: year.year,
                case_months: cm,
                moved,
                adjustment,
                indsats_share,
                items: year.items,
            }),
        }
    }
    Ok(segments)
}

fn buyout_segments(
    s: &Scenario,
    out: &Outcome,
    adj: &[Decimal],
) -> Result<Vec<BuyoutSegment>, Rejected> {
    let start = s.investment.from_month as usize - 1;
    let end = start + s.investment.months as usize;
    let mut segments: Vec<BuyoutSegment> = Vec::new();
    for year in &out.years {
        let months = out
            .months
            .iter()
            .enumerate()
            .filter(|(m, row)| row.at.year == year.year && (start..end).contains(m))
            .count() as u32;
        if months == 0 {
            continue;
        }
        let adjustment = adjustment_of(adj, s, year.year).map_err(rejected)?;
        let amount = year.items.get(LineItem::Buyout).kommune;
        match segments.last_mut() {
            Some(last) if last.last_year + 1 == year.year && last.adjustment == adjustment => {
                last.last_year = year.year;
                last.months += months;
                last.amount = add(last.amount, amount).map_err(rejected)?;
            }
            _ => segments.push(BuyoutSegment {
                first_year: year.year,
                last_year: year.year,
                months,
                adjustment,
                amount,
            }),
        }
    }
    Ok(segments)
}

fn group_rates(s: &Scenario, gi: usize) -> Result<GroupRates, Rejected> {
    let get = |field: Field| {
        InputId::group(gi, field).get(s).ok_or_else(|| {
            Rejected(vec![FieldError::new(
                InputId::group(gi, field).path(),
                Problem::UnknownInput,
            )])
        })
    };
    let share = |state: Decimal| sub(Decimal::ONE_HUNDRED, state).map_err(rejected);
    Ok(GroupRates {
        rfy: get(Field::RfyMonthly)?,
        fp: get(Field::FpMonthly)?,
        indsats: get(Field::IndsatsMonthly)?,
        handling: get(Field::HandlingPerCase)?,
        rfy_share: share(get(Field::RfyRefusionPct)?)?,
        fp_share: share(get(Field::FpRefusionPct)?)?,
    })
}

fn segment_label(s: &Scenario, seg: &Segment) -> Text {
    let label = s.groups[seg.group].label.trim();
    let named = if label.is_empty() {
        String::new()
    } else {
        format!(" ({label})")
    };
    let years = years_text(seg.first_year, seg.last_year);
    Text::new(
        format!("Gruppe {}{named}, {years}", seg.group + 1),
        format!("Group {}{named}, {years}", seg.group + 1),
    )
}

/// The kommune's amounts per case-month in a segment (exact).
struct PerCaseMonth {
    rfy: Decimal,
    indsats: Decimal,
    fp: Decimal,
    tax: Option<Decimal>,
    handling: Decimal,
}

fn per_case_month(s: &Scenario, r: &GroupRates, seg: &Segment) -> Calc<PerCaseMonth> {
    let kommune = |amount: Decimal, share: Decimal| -> Calc<Decimal> {
        mul(
            mul(amount, div(share, Decimal::ONE_HUNDRED)?)?,
            seg.adjustment,
        )
    };
    let tax = if s.perspective.include_income_tax {
        Some(mul(
            mul(
                div(s.perspective.income_tax_pct, Decimal::ONE_HUNDRED)?,
                sub(r.fp, r.rfy)?,
            )?,
            seg.adjustment,
        )?)
    } else {
        None
    };
    Ok(PerCaseMonth {
        rfy: kommune(r.rfy, r.rfy_share)?,
        indsats: kommune(r.indsats, seg.indsats_share)?,
        fp: kommune(r.fp, r.fp_share)?,
        tax,
        handling: mul(r.handling, seg.adjustment)?,
    })
}

/// `CM × (rfy + indsats − fp ± tax) [− moved × handling]` at `d` decimals.
fn headline_terms(seg: &Segment, r: &GroupRates, a: &PerCaseMonth, d: u32) -> Vec<Term> {
    let mut t = vec![
        computed(seg.case_months, d, 0, Unit::CaseMonths, Meaning::CaseMonths),
        TIMES,
        Term::Open,
        computed(a.rfy, d, 2, Unit::Plain, Meaning::RfyPerCaseMonth),
        PLUS,
        computed(a.indsats, d, 2, Unit::Plain, Meaning::IndsatsPerCaseMonth),
        MINUS,
        computed(a.fp, d, 2, Unit::Plain, Meaning::FpPerCaseMonth),
    ];
    if let Some(tax) = a.tax {
        t.push(if tax < Decimal::ZERO { MINUS } else { PLUS });
        t.push(computed(
            tax.abs(),
            d,
            2,
            Unit::Plain,
            Meaning::TaxPerCaseMonth,
        ));
    }
    t.push(Term::Close);
    if !r.handling.is_zero() && !seg.moved.is_zero() {
        t.extend([
            MINUS,
            computed(seg.moved, d, 0, Unit::Cases, Meaning::CasesMoved),
            TIMES,
            computed(a.handling, d, 2, Unit::Plain, Meaning::HandlingAdjusted),
        ]);
    }
    t
}

fn adjusted(mut t: Vec<Term>, adjustment: Decimal, d: u32) -> Vec<Term> {
    if adjustment != Decimal::ONE {
        t.extend([
            TIMES,
            computed(adjustment, d, 0, Unit::Plain, Meaning::Adjustment),
        ]);
    }
    t
}

fn negated(inner: Vec<Term>) -> Vec<Term> {
    let mut t = vec![Term::Negate, Term::Open];
    t.extend(inner);
    t.push(Term::Close);
    t
}

/// The formula of one line item in one segment, at `d` decimals; `None`
/// when the item does not arise there.
fn item_terms(
    s: &Scenario,
    item: LineItem,
    seg: &Segment,
    r: &GroupRates,
    d: u32,
) -> Option<Vec<Term>> {
    let cm = computed(seg.case_months, d, 0, Unit::CaseMonths, Meaning::CaseMonths);
    let t = match item {
        LineItem::RfySaved => vec![
            cm,
            TIMES,
            kr(r.rfy, Meaning::RfyMonthly),
            TIMES,
            pct(r.rfy_share, Meaning::RfyKommuneShare),
        ],
        LineItem::IndsatsSaved => vec![
            cm,
            TIMES,
            kr(r.indsats, Meaning::IndsatsMonthly),
            TIMES,
            pct(seg.indsats_share, Meaning::IndsatsKommuneShare),
        ],
        LineItem::FpAdded => {
            let inner = adjusted(
                vec![
                    cm,
                    TIMES,
                    kr(r.fp, Meaning::FpMonthly),
                    TIMES,
                    pct(r.fp_share, Meaning::FpKommuneShare),
                ],
                seg.adjustment,
                d,
            );
            return Some(negated(inner));
        }
        LineItem::Handling => {
            if r.handling.is_zero() || seg.moved.is_zero() {
                return None;
            }
            let inner = adjusted(
                vec![
                    computed(seg.moved, d, 0, Unit::Cases, Meaning::CasesMoved),
                    TIMES,
                    kr(r.handling, Meaning::HandlingPerCase),
                ],
                seg.adjustment,
                d,
            );
            return Some(negated(inner));
        }
        LineItem::TaxEffect => {
            if !s.perspective.include_income_tax {
                return None;
            }
            vec![
                cm,
                TIMES,
                pct(s.perspective.income_tax_pct, Meaning::IncomeTaxPct),
                TIMES,
                Term::Open,
                kr(r.fp, Meaning::FpMonthly),
                MINUS,
                kr(r.rfy, Meaning::RfyMonthly),
                Term::Close,
            ]
        }
        LineItem::Buyout => return None,
    };
    Some(adjusted(t, seg.adjustment, d))
}

fn buyout_terms(s: &Scenario, b: &BuyoutSegment, d: u32) -> Vec<Term> {
    let inv = &s.investment;
    let mut inner = vec![
        exact(inv.hours_per_week, 0, Unit::Plain, Meaning::HoursPerWeek),
        DIVIDE,
        exact(inv.full_time_hours, 0, Unit::Plain, Meaning::FullTimeHours),
        TIMES,
        kr(inv.annual_cost, Meaning::AnnualCost),
    ];
    if !inv.overhead_pct.is_zero() {
        inner.extend([
            TIMES,
            Term::Open,
            pct(Decimal::ONE_HUNDRED, Meaning::Whole),
            PLUS,
            pct(inv.overhead_pct, Meaning::OverheadPct),
            Term::Close,
        ]);
    }
    inner.extend([
        TIMES,
        exact(
            Decimal::from(b.months),
            0,
            Unit::Plain,
            Meaning::BuyoutMonths,
        ),
        DIVIDE,
        exact(Decimal::from(12), 0, Unit::Plain, Meaning::MonthsPerYear),
    ]);
    negated(adjusted(inner, b.adjustment, d))
}

fn item_title(item: LineItem) -> Text {
    Text::new(item.label(Lang::Da), item.label(Lang::En))
}

/// The workings for a scenario: the net and each line item, kommune's share.
pub fn workings(s: &Scenario) -> Result<Workings, Rejected> {
    let out = evaluate(s)?;
    let years = out
        .years
        .last()
        .map_or(1, |y| usize::from(y.year - s.start.year) + 1);
    let adj = adjustments(s, years).map_err(rejected)?;

    let mut segments = Vec::new();
    let mut rates = Vec::new();
    for gi in 0..s.groups.len() {
        segments.extend(group_segments(s, gi, &adj)?);
        rates.push(group_rates(s, gi)?);
    }
    let buyouts = buyout_segments(s, &out, &adj)?;
    build(s, &out, &segments, &rates, &buyouts).map_err(rejected)
}

fn build(
    s: &Scenario,
    out: &Outcome,
    segments: &[Segment],
    rates: &[GroupRates],
    buyouts: &[BuyoutSegment],
) -> Calc<Workings> {
    let mut items = Vec::new();
    for item in LineItem::ALL {
        let exact_total = out.totals.get(item).kommune;
        let mut lines = Vec::new();
        if item == LineItem::Buyout {
            for b in buyouts {
                let label = Text::new(
                    format!("Frikøb {}", years_text(b.first_year, b.last_year)),
                    format!("Buy-out {}", years_text(b.first_year, b.last_year)),
                );
                let target = if buyouts.len() == 1 {
                    exact_total
                } else {
                    b.amount
                };
                lines.push(formula_line(label, target, |d| Ok(buyout_terms(s, b, d)))?);
            }
        } else {
            let applies: Vec<&Segment> = segments
                .iter()
                .filter(|seg| item_terms(s, item, seg, &rates[seg.group], 2).is_some())
                .collect();
            for seg in &applies {
                let target = if applies.len() == 1 {
                    exact_total
                } else {
                    seg.items.get(item).kommune
                };
                lines.push(formula_line(segment_label(s, seg), target, |d| {
                    item_terms(s, item, seg, &rates[seg.group], d).ok_or(Overflow)
                })?);
            }
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

    // The net: per segment, then the buy-out's total from its own working.
    let net_exact = out.net.kommune;
    let title = Text::new("Netto for kommunen", "Net for the kommune");
    let buyout = &items[LineItem::Buyout as usize].1;
    let buyout_shown = buyout.result;
    let net = if segments.len() == 1 {
        let seg = &segments[0];
        let r = &rates[seg.group];
        let a = per_case_month(s, r, seg)?;
        let line = formula_line(title.clone(), net_exact, |d| {
            let mut t = headline_terms(seg, r, &a, d);
            if !buyout_shown.is_zero() {
                push_signed(&mut t, buyout_shown, Meaning::ItemTotal(LineItem::Buyout));
            }
            Ok(t)
        })?;
        working(title, vec![line], net_exact, None)?
    } else {
        let mut lines = Vec::new();
        for seg in segments {
            let r = &rates[seg.group];
            let a = per_case_month(s, r, seg)?;
            let target = seg.items.net()?.kommune;
            lines.push(formula_line(segment_label(s, seg), target, |d| {
                Ok(headline_terms(seg, r, &a, d))
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
