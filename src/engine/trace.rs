//! The calculation's own steps, as it takes them.
//!
//! Each line item's amount in a month is computed from a [`Formula`]: a
//! product of named operands, negated when it is a cost, then shared
//! between kommune and state; its count × its amount for a count of one
//! ([`Formula::unit`]). `calc.rs` builds the formula from the values it
//! uses and computes the amount from that formula, so what is recorded is
//! what was computed. The calculation takes a [`Recorder`]: the normal
//! evaluation passes [`Untraced`], which records nothing (the calculation
//! then builds no formula whose unit it already knows); "show the working"
//! passes a [`Trace`], which keeps the steps, merging consecutive months of
//! a group (or of the buy-out, or of a cost line) whose operands are the
//! same apart from their count.
//!
//! The trace holds numbers and what they stand for ([`Quantity`]), never
//! wording: `working.rs` writes it out.

use rust_decimal::Decimal;

use super::arith::{add, div, mul, sub, Calc, Overflow};
use super::outcome::{LineItem, LineItems, Split};
use super::scenario::{DestinationKind, YearMonth};

/// Who is paid a benefit the calculation uses: a destination, or what a
/// case would have got instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Paid {
    Fp,
    Fleksjob,
    Kontanthjaelp,
    /// A job or education: no benefit.
    Job,
    /// An alternative benefit typed in.
    Typed,
}

impl From<DestinationKind> for Paid {
    fn from(kind: DestinationKind) -> Paid {
        match kind {
            DestinationKind::Fp => Paid::Fp,
            DestinationKind::Fleksjob => Paid::Fleksjob,
            DestinationKind::Kontanthjaelp => Paid::Kontanthjaelp,
            DestinationKind::Job => Paid::Job,
        }
    }
}

/// What an operand stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quantity {
    /// Case-months cut off the forløb (granted cases).
    CaseMonths,
    /// The part of the case-months cut that goes to one destination.
    DestinationCaseMonths(Paid),
    /// Cases put forward (handling is spent on each, granted or not), or
    /// granted (a cost line per shortened case).
    CasesMoved,
    /// Cases reviewed (a cost line per reviewed case).
    CasesReviewed,
    /// Cases put forward, granted or not (a cost line per case put forward).
    CasesPutForward,
    /// Case-months after the months cut in which a destination's benefit is
    /// paid instead of the alternative (granted cases that would not have
    /// reached their destination anyway).
    LastingCaseMonths,
    /// The part of those going to one destination.
    LastingDestinationCaseMonths(Paid),
    /// Months of buy-out.
    BuyoutMonths,
    /// Months a cost line is paid in.
    CostMonths,
    RfyMonthly,
    IndsatsMonthly,
    /// A destination's or the alternative's benefit per month.
    Monthly(Paid),
    HandlingPerCase,
    /// A cost line's amount per unit.
    CostAmount,
    /// The state's share of a benefit or of indsats (refusion), a fraction.
    RfyRefusion,
    IndsatsRefusion,
    Refusion(Paid),
    CostRefusion,
    /// Municipal income tax, a fraction.
    IncomeTax,
    /// The yearly rate adjustment compounded to the month's year.
    Adjustment,
    HoursPerWeek,
    FullTimeHours,
    AnnualCost,
    /// Overhead on the buy-out, a fraction.
    Overhead,
    MonthsPerYear,
}

/// A number the calculation used and what it stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Operand {
    pub value: Decimal,
    pub quantity: Quantity,
}

impl Operand {
    pub fn new(value: Decimal, quantity: Quantity) -> Operand {
        Operand { value, quantity }
    }
}

/// One factor of a formula's product, applied left to right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Factor {
    /// The quantity that adds up over months (case-months, cases moved,
    /// months of buy-out): the one number that differs between months
    /// merged into one step.
    Count(Operand),
    Times(Operand),
    Divide(Operand),
    /// × (1 + the operand): a percentage on top.
    OnePlus(Operand),
    /// × (first − second).
    Difference(Operand, Operand),
}

impl Factor {
    /// The number this factor multiplies (or divides) by; `count` stands in
    /// for a count's own value.
    #[inline(always)]
    fn value(&self, count: Option<Decimal>) -> Calc<Decimal> {
        match self {
            Factor::Count(op) => Ok(count.unwrap_or(op.value)),
            Factor::Times(op) | Factor::Divide(op) => Ok(op.value),
            Factor::OnePlus(op) => add(Decimal::ONE, op.value),
            Factor::Difference(a, b) => sub(a.value, b.value),
        }
    }

    /// Equal apart from a count's value.
    fn same_but_count(&self, other: &Factor) -> bool {
        match (self, other) {
            (Factor::Count(a), Factor::Count(b)) => a.quantity == b.quantity,
            _ => self == other,
        }
    }
}

/// How the calculation gets one line item's amount in one month.
#[derive(Clone, Copy, Debug)]
pub struct Formula<'a> {
    pub item: LineItem,
    /// A cost: the product is negated.
    pub cost: bool,
    pub factors: &'a [Factor],
    /// The state's share; `None` when the kommune bears it all.
    pub refusion: Option<Operand>,
}

impl Formula<'_> {
    /// The amount, split between kommune and state: the count × the amount
    /// for a count of one ([`Formula::unit`]), each part.
    pub fn amount(&self) -> Calc<Split> {
        self.amount_from(self.unit()?)
    }

    /// The amount for a count of one: the product of the other factors,
    /// negated for a cost, shared by the refusion. The same for every month
    /// of a group in a calendar year, so the calculation works it out once a
    /// year and passes it to [`Formula::amount_from`] (measured on the
    /// 50 × 120 benchmark, the products were half an evaluation).
    pub fn unit(&self) -> Calc<Split> {
        amount(self.cost, self.factors, self.refusion, Some(Decimal::ONE))
    }

    /// The amount given the formula's [`Formula::unit`].
    #[inline(always)]
    pub fn amount_from(&self, unit: Split) -> Calc<Split> {
        let count = self.factors.iter().find_map(|f| match f {
            Factor::Count(op) => Some(op.value),
            _ => None,
        });
        match count {
            None => Ok(unit),
            Some(c) => unit.times(c),
        }
    }
}

#[inline(always)]
fn amount(
    cost: bool,
    factors: &[Factor],
    refusion: Option<Operand>,
    count: Option<Decimal>,
) -> Calc<Split> {
    let (first, rest) = factors.split_first().ok_or(Overflow)?;
    let mut product = first.value(count)?;
    if let Factor::Divide(_) = first {
        product = div(Decimal::ONE, product)?;
    }
    for factor in rest {
        let value = factor.value(count)?;
        product = match factor {
            Factor::Divide(_) => div(product, value)?,
            _ => mul(product, value)?,
        };
    }
    let gross = if cost { -product } else { product };
    match refusion {
        Some(state) => Split::shared(gross, state.value),
        None => Ok(Split::kommune_only(gross)),
    }
}

/// A formula over one or more months, with its count summed and the
/// amounts the calculation got added up.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub item: LineItem,
    pub cost: bool,
    pub factors: Vec<Factor>,
    pub refusion: Option<Operand>,
    pub amount: Split,
}

impl Step {
    fn new(formula: &Formula, amount: Split) -> Step {
        Step {
            item: formula.item,
            cost: formula.cost,
            factors: formula.factors.to_vec(),
            refusion: formula.refusion,
            amount,
        }
    }

    fn same_but_count(&self, formula: &Formula) -> bool {
        self.item == formula.item
            && self.cost == formula.cost
            && self.refusion == formula.refusion
            && self.factors.len() == formula.factors.len()
            && self
                .factors
                .iter()
                .zip(formula.factors)
                .all(|(a, b)| a.same_but_count(b))
    }

    fn absorb(&mut self, formula: &Formula, amount: Split) -> Calc<()> {
        for (mine, theirs) in self.factors.iter_mut().zip(formula.factors) {
            if let (Factor::Count(total), Factor::Count(more)) = (mine, theirs) {
                total.value = add(total.value, more.value)?;
            }
        }
        self.amount = self.amount.plus(amount)?;
        Ok(())
    }

    /// The count, summed over the step's months (`None` for a formula
    /// without one).
    pub fn count(&self) -> Option<Operand> {
        self.factors.iter().find_map(|f| match f {
            Factor::Count(op) => Some(*op),
            _ => None,
        })
    }

    /// The amount for a count of one, as the calculation's
    /// [`Formula::unit`].
    pub fn per_count(&self) -> Calc<Split> {
        amount(self.cost, &self.factors, self.refusion, Some(Decimal::ONE))
    }
}

/// What a run of months is of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A case group, by index.
    Group(usize),
    Buyout,
    /// A cost line besides the buy-out, by index.
    CostLine(usize),
}

/// Consecutive months of one group, of the buy-out or of a cost line, in
/// which every step has the same operands apart from its count.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    pub origin: Origin,
    pub first: YearMonth,
    pub last: YearMonth,
    /// In the order the calculation takes the line items.
    pub steps: Vec<Step>,
}

impl Run {
    /// The steps of one line item: one per destination for a benefit paid
    /// after a split, several tax effects, one for every other item.
    pub fn steps_of(&self, item: LineItem) -> impl Iterator<Item = &Step> {
        self.steps.iter().filter(move |s| s.item == item)
    }

    /// The run's amounts by line item.
    pub fn items(&self) -> Calc<LineItems> {
        let mut items = LineItems::default();
        for step in &self.steps {
            items.add(step.item, step.amount)?;
        }
        Ok(items)
    }
}

/// Receives the calculation's steps, month by month.
pub trait Recorder {
    /// Whether it keeps the steps: when not, the calculation builds no
    /// formula it already knows the unit of.
    fn records(&self) -> bool {
        true
    }

    /// The formulas of one month of a group, the buy-out or a cost line and
    /// the amounts computed from them.
    fn month(
        &mut self,
        origin: Origin,
        at: YearMonth,
        formulas: &[Formula],
        amounts: &[Split],
    ) -> Calc<()>;
}

/// The normal evaluation: nothing is kept.
pub struct Untraced;

impl Recorder for Untraced {
    fn records(&self) -> bool {
        false
    }

    #[inline(always)]
    fn month(&mut self, _: Origin, _: YearMonth, _: &[Formula], _: &[Split]) -> Calc<()> {
        Ok(())
    }
}

/// The steps of an evaluation: groups in order, the buy-out, the cost lines.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Trace {
    pub runs: Vec<Run>,
}

impl Recorder for Trace {
    fn month(
        &mut self,
        origin: Origin,
        at: YearMonth,
        formulas: &[Formula],
        amounts: &[Split],
    ) -> Calc<()> {
        if let Some(run) = self.runs.last_mut() {
            let same = run.origin == origin
                && run.steps.len() == formulas.len()
                && run
                    .steps
                    .iter()
                    .zip(formulas)
                    .all(|(step, f)| step.same_but_count(f));
            if same {
                for ((step, f), a) in run.steps.iter_mut().zip(formulas).zip(amounts) {
                    step.absorb(f, *a)?;
                }
                run.last = at;
                return Ok(());
            }
        }
        self.runs.push(Run {
            origin,
            first: at,
            last: at,
            steps: formulas
                .iter()
                .zip(amounts)
                .map(|(f, a)| Step::new(f, *a))
                .collect(),
        });
        Ok(())
    }
}
