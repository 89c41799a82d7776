//! The monthly calculation.
//!
//! Of the cases put forward, the granted share moves to førtidspension; the
//! others stay in their forløb (no change), but handling is spent on every
//! case put forward, in the month it is. For the months cut, each granted
//! case-month saves ressourceforløbsydelse and indsats and pays
//! førtidspension instead, each after state refusion. Counterfactual: the
//! anyway share would have got FP when the forløb ended, so for them that is
//! all; for the others FP lasts on after the months cut, for the lasting
//! months, instead of the alternative benefit they would have received (each
//! split by its own refusion). The buy-out is paid for its months.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::arith::{add, div, fraction, mul, sub, sum, Calc, Overflow, Repeat};
use super::indexing;
use super::inputs::{Field, InputId};
use super::outcome::{
    CostLineOutcome, GroupOutcome, LineItem, LineItems, MonthRow, Outcome, Payback, PerCase, Split,
    Warning, YearRow,
};
use super::scenario::{
    BenefitRefusion, CaseGroup, CostBasis, DestinationBenefit, DestinationKind, Indexing,
    IndsatsRefusion, Instead, Lasting, Rate, RfyStatus, Scenario, Timing, YearMonth,
};
use super::trace::{Factor, Formula, Operand, Origin, Paid, Quantity, Recorder, Trace, Untraced};
use super::validate::{validate, FieldError, Problem};
use crate::data::rates::{self, Basis, TableRate};
use crate::data::refusion;

/// The first month in which no new ressourceforløb can start (lov nr. 1750
/// af 29/12/2025).
pub const REFORM_FROM: YearMonth = YearMonth {
    year: 2026,
    month: 2,
};

/// Why a scenario has no outcome. Every rejection carries field errors with
/// messages.
#[derive(Clone, Debug, PartialEq)]
pub struct Rejected(pub Vec<FieldError>);

#[cfg(test)]
thread_local! {
    /// Every scenario evaluated (unit tests count how often a change
    /// evaluates the scenario on screen).
    pub static EVALUATED: std::cell::RefCell<Vec<Scenario>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Validates and evaluates a scenario.
pub fn evaluate(s: &Scenario) -> Result<Outcome, Rejected> {
    evaluate_with(s, &mut Untraced)
}

/// Evaluates a scenario and keeps the calculation's steps ("show the
/// working" writes them out).
pub fn evaluate_traced(s: &Scenario) -> Result<(Outcome, Trace), Rejected> {
    let mut trace = Trace::default();
    let outcome = evaluate_with(s, &mut trace)?;
    Ok((outcome, trace))
}

fn evaluate_with(s: &Scenario, recorder: &mut dyn Recorder) -> Result<Outcome, Rejected> {
    #[cfg(test)]
    EVALUATED.with(|e| e.borrow_mut().push(s.clone()));
    let errors = validate(s);
    if !errors.is_empty() {
        return Err(Rejected(errors));
    }
    compute(s, recorder).map_err(|Overflow| Rejected(vec![FieldError::new("", Problem::Overflow)]))
}

/// How the cases put forward in one group fall over the horizon.
struct Flows {
    /// Cases put forward in each month.
    moved: Vec<Decimal>,
    /// Cases reviewed in each month: the group's reviewed cases fall as
    /// its cases put forward do.
    reviewed: Vec<Decimal>,
    /// Case-months in each month, counting `months` from each case's move.
    case_months: Vec<Decimal>,
    /// Case-months that fall after the horizon.
    after_horizon: Decimal,
}

/// The cases put forward of `g`, each counted for `months` months from the
/// month it moves (the months cut, or those plus the lasting months).
fn flows(g: &CaseGroup, horizon: usize, months: Decimal) -> Calc<Flows> {
    let (first, cohorts) = match g.timing {
        Timing::Even {
            from_month,
            over_months,
        } => (from_month as usize - 1, over_months as usize),
        Timing::FromMonth { month } => (month as usize - 1, 1),
    };
    // Each cohort is cases_shortened / cohorts cases; it is active at full
    // weight for the whole months and at the fraction in the month after.
    // Counting active cohorts per month first and dividing last keeps the
    // arithmetic exact when the cases divide evenly.
    let whole = months.trunc();
    let part = sub(months, whole)?;
    let whole =
        usize::try_from(whole.mantissa() / 10i128.pow(whole.scale())).map_err(|_| Overflow)?;
    let mut step = vec![0i64; horizon + 1];
    // Cohorts ending in each month: active at the fraction `part` there.
    // Each cohort starts in its own month, so at most one ends in a month.
    let mut ending = vec![false; horizon];
    let mut cohorts_moving = vec![false; horizon];
    for start in (first..first + cohorts).take_while(|m| *m < horizon) {
        cohorts_moving[start] = true;
        step[start] += 1;
        step[(start + whole).min(horizon)] -= 1;
        if start + whole < horizon {
            ending[start + whole] = true;
        }
    }
    // A month's cases are `cases × cohorts counted / cohorts`; the division
    // is the costly part and the count is one of a few values (whole cohorts
    // active, with or without one ending), so each is worked out once.
    // A month with no cohort is zero without arithmetic.
    let share = |cases: Decimal, count: Decimal| -> Calc<Decimal> {
        div(mul(cases, count)?, Decimal::from(cohorts as u64))
    };
    let mut by_active = vec![[None; 2]; cohorts + 1];
    let mut case_months = Vec::with_capacity(horizon);
    let mut active = 0i64;
    // Cohort-months inside the horizon: whole ones and parts.
    let (mut whole_months, mut parts) = (0i64, 0i64);
    for m in 0..horizon {
        active += step[m];
        whole_months += active;
        parts += i64::from(ending[m]);
        let at = usize::try_from(active).map_err(|_| Overflow)?;
        let memo = by_active.get_mut(at).ok_or(Overflow)?;
        let known = &mut memo[usize::from(ending[m])];
        let cm = match known {
            Some(cm) => *cm,
            None => {
                let count = Decimal::from(active);
                let count = if ending[m] { add(count, part)? } else { count };
                let cm = if count.is_zero() {
                    Decimal::ZERO
                } else {
                    share(g.cases_shortened, count)?
                };
                *known = Some(cm);
                cm
            }
        };
        case_months.push(cm);
    }
    let one_cohort = share(g.cases_shortened, Decimal::ONE)?;
    let one_cohort_reviewed = share(g.cases_reviewed, Decimal::ONE)?;
    let only_moving = |v: Decimal| -> Vec<Decimal> {
        cohorts_moving
            .iter()
            .map(|&moving| if moving { v } else { Decimal::ZERO })
            .collect()
    };
    let moved = only_moving(one_cohort);
    let reviewed = only_moving(one_cohort_reviewed);
    // What falls after the horizon, from the cohort-months counted (exact,
    // where the sum of the months' rounded shares need not be).
    let all = mul(g.cases_shortened, months)?;
    let inside = add(
        Decimal::from(whole_months),
        mul(Decimal::from(parts), part)?,
    )?;
    let after_horizon = sub(all, share(g.cases_shortened, inside)?)?;
    Ok(Flows {
        moved,
        reviewed,
        case_months,
        after_horizon,
    })
}

/// The lasting case-months of a group (the destination's benefit instead of
/// the alternative, after the months cut, for the granted cases that would
/// not have reached their destination anyway): each month's, and those
/// after the horizon (`None` when the difference lasts to the horizon and
/// beyond). `None` when nothing lasts.
struct LastingFlows {
    case_months: Vec<Decimal>,
    after_horizon: Option<Decimal>,
}

fn lasting(
    g: &CaseGroup,
    horizon: usize,
    cut: &Flows,
    granted: Decimal,
) -> Calc<Option<LastingFlows>> {
    if !g.has_lasting_difference() {
        return Ok(None);
    }
    let cf = &g.counterfactual;
    let others = sub(Decimal::ONE, fraction(cf.anyway_pct)?)?;
    let share = mul(granted, others)?;
    // The months from the move to the end of the lasting difference, less
    // the months cut: what is left is the lasting window, fractions of a
    // month at both ends as for the months cut.
    let window = match cf.lasting {
        Lasting::Months(m) => Decimal::from(m),
        Lasting::UntilHorizon => Decimal::from(horizon as u64),
    };
    let long = flows(g, horizon, add(g.months_shortened, window)?)?;
    let mut repeat = Repeat::NEW;
    let case_months = long
        .case_months
        .iter()
        .zip(&cut.case_months)
        .map(|(l, c)| {
            repeat.get((l.serialize(), c.serialize()), || {
                if l == c {
                    Ok(Decimal::ZERO)
                } else {
                    mul(sub(*l, *c)?, share)
                }
            })
        })
        .collect::<Calc<Vec<_>>>()?;
    let after_horizon = match cf.lasting {
        Lasting::Months(_) => Some(mul(sub(long.after_horizon, cut.after_horizon)?, share)?),
        Lasting::UntilHorizon => None,
    };
    Ok(Some(LastingFlows {
        case_months,
        after_horizon,
    }))
}

/// One destination as the month's formulas use it: its share of the granted
/// cases, its monthly benefit and the state's share of it.
#[derive(Clone, Copy)]
struct Dest {
    kind: DestinationKind,
    share: Decimal,
    monthly: Operand,
    state: Option<Operand>,
    /// The line item its benefit in the months cut is counted under (`None`
    /// for a job: no benefit).
    item: Option<LineItem>,
}

fn destinations(s: &Scenario, g: &CaseGroup) -> Calc<Vec<Dest>> {
    let mut out = Vec::with_capacity(4);
    for kind in DestinationKind::ALL {
        let share = fraction(g.destinations.share_pct(kind).ok_or(Overflow)?)?;
        if share.is_zero() {
            continue;
        }
        let (monthly, state, item) = match g.destination_benefit(kind) {
            Some(DestinationBenefit::Fp(fp)) => (
                rate_monthly(&fp.rate, |y, st| indexing::fp_rate(y, st, &s.perspective))?,
                Some(benefit_state_share(&fp.refusion)?),
                Some(LineItem::FpAdded),
            ),
            Some(DestinationBenefit::Fleksjob(d)) => (
                rate_monthly(&d.rate, |y, i| {
                    indexing::fleksjob_rate(y, i, &s.perspective)
                })?,
                Some(benefit_state_share(&d.refusion)?),
                Some(LineItem::FleksjobAdded),
            ),
            Some(DestinationBenefit::Kontanthjaelp(d)) => (
                rate_monthly(&d.rate, |y, i| {
                    indexing::kontanthjaelp_rate(y, i, &s.perspective)
                })?,
                Some(benefit_state_share(&d.refusion)?),
                Some(LineItem::KontanthjaelpAdded),
            ),
            None => (Decimal::ZERO, None, None),
        };
        out.push(Dest {
            kind,
            share,
            monthly: Operand::new(monthly, Quantity::Monthly(kind.into())),
            state: state.map(|v| Operand::new(v, Quantity::Refusion(kind.into()))),
            item,
        });
    }
    Ok(out)
}

/// What the cases that would not have reached their destination would have
/// got instead: its monthly amount and the state's share.
fn instead(s: &Scenario, g: &CaseGroup) -> Calc<(Operand, Option<Operand>)> {
    let d = &g.destinations;
    let p = &s.perspective;
    let (who, monthly, refusion) = match &g.counterfactual.instead {
        Instead::Kontanthjaelp => (
            Paid::Kontanthjaelp,
            rate_monthly(&d.kontanthjaelp.rate, |y, i| {
                indexing::kontanthjaelp_rate(y, i, p)
            })?,
            Some(&d.kontanthjaelp.refusion),
        ),
        Instead::Fleksjob => (
            Paid::Fleksjob,
            rate_monthly(&d.fleksjob.rate, |y, i| indexing::fleksjob_rate(y, i, p))?,
            Some(&d.fleksjob.refusion),
        ),
        Instead::Job => (Paid::Job, Decimal::ZERO, None),
        Instead::Typed { monthly, refusion } => (Paid::Typed, *monthly, Some(refusion)),
    };
    let state = match refusion {
        Some(r) => Some(Operand::new(
            benefit_state_share(r)?,
            Quantity::Refusion(who),
        )),
        None => None,
    };
    Ok((Operand::new(monthly, Quantity::Monthly(who)), state))
}

/// The most formulas a group's month can have: RFY, indsats, three paid
/// destinations, handling and four tax effects in the months cut; three
/// destinations, the alternative and four tax effects after them.
const MAX_FORMULAS: usize = 18;

/// Where a group's formulas keep their units (`Formula::unit`): one slot
/// per formula a month can have, four per destination-indexed kind.
const SLOT_RFY: usize = 0;
const SLOT_INDSATS: usize = 1;
const SLOT_HANDLING: usize = 2;
const SLOT_INSTEAD: usize = 3;
const SLOT_DEST_CUT: usize = 4;
const SLOT_TAX_CUT: usize = 8;
const SLOT_DEST_LASTING: usize = 12;
const SLOT_TAX_LASTING: usize = 16;
const SLOTS: usize = 20;

/// One formula of a group's month: its slot, the line item it counts under
/// and its count.
#[derive(Clone, Copy)]
struct Slot {
    at: usize,
    item: LineItem,
    count: Decimal,
}

impl Default for Slot {
    fn default() -> Slot {
        Slot {
            at: SLOT_RFY,
            item: LineItem::RfySaved,
            count: Decimal::ZERO,
        }
    }
}

/// The line items an outcome of `s` shows: the six it always had, each
/// destination only where some group sends cases there, the lasting items
/// only where something lasts, the cost lines only where there are some.
pub fn items_in_use(s: &Scenario) -> Vec<LineItem> {
    let any = |f: fn(&CaseGroup) -> bool| s.groups.iter().any(f);
    LineItem::ALL
        .into_iter()
        .filter(|item| match item {
            LineItem::FleksjobAdded => any(|g| !g.destinations.fleksjob.share_pct.is_zero()),
            LineItem::KontanthjaelpAdded => {
                any(|g| !g.destinations.kontanthjaelp.share_pct.is_zero())
            }
            LineItem::LastingAdded | LineItem::InsteadSaved => {
                any(CaseGroup::has_lasting_difference)
            }
            LineItem::CostLines => !s.costs.is_empty(),
            _ => true,
        })
        .collect()
}

/// A month's amounts of the groups, pooled: the counts of one line item in
/// the months of one year are summed over the groups whose amount for a
/// count of one (`unit`) is the same there, and each month's amount is then
/// one multiplication per unit instead of one per group (groups often share
/// their rates; the 50 × 120 benchmark's all do). Exact wherever the
/// amounts are; otherwise the same to far below an øre.
#[derive(Default)]
struct Pools {
    pools: Vec<Pool>,
    /// By the year's first month, the item and the unit as written.
    index: BTreeMap<(usize, LineItem, [u8; 16], [u8; 16]), usize>,
}

struct Pool {
    item: LineItem,
    unit: Split,
    /// The year's first month of the horizon.
    first: usize,
    /// By month from `first`.
    counts: [Decimal; 12],
}

impl Pools {
    /// The pool of `item` and `unit` in the year starting in month `first`.
    fn of(&mut self, first: usize, item: LineItem, unit: Split) -> usize {
        let key = (first, item, unit.kommune.serialize(), unit.stat.serialize());
        let pools = &mut self.pools;
        *self.index.entry(key).or_insert_with(|| {
            pools.push(Pool {
                item,
                unit,
                first,
                counts: [Decimal::ZERO; 12],
            });
            pools.len() - 1
        })
    }

    fn add(&mut self, pool: usize, month: usize, count: Decimal) -> Calc<()> {
        let pool = self.pools.get_mut(pool).ok_or(Overflow)?;
        let at = month.checked_sub(pool.first).ok_or(Overflow)?;
        let pooled = pool.counts.get_mut(at).ok_or(Overflow)?;
        *pooled = add(*pooled, count)?;
        Ok(())
    }

    /// Each month's pooled counts × their unit, into the month's items.
    fn add_to(&self, months: &mut [LineItems]) -> Calc<()> {
        for pool in &self.pools {
            for (at, count) in pool.counts.iter().enumerate() {
                if !count.is_zero() {
                    let month = months.get_mut(pool.first + at).ok_or(Overflow)?;
                    month.add(pool.item, pool.unit.times(*count)?)?;
                }
            }
        }
        Ok(())
    }
}

/// Adds each slot's counts of a year × its unit for that year to a group's
/// totals, and starts the counts again.
fn add_counted(
    items: &mut LineItems,
    counts: &mut [Decimal; SLOTS],
    slot_items: &[LineItem; SLOTS],
    units: &[Option<(usize, Split)>; SLOTS],
) -> Calc<()> {
    for at in 0..SLOTS {
        if let (false, Some((_, unit))) = (counts[at].is_zero(), units[at]) {
            items.add(slot_items[at], unit.times(counts[at])?)?;
        }
        counts[at] = Decimal::ZERO;
    }
    Ok(())
}

/// A month's amount of a cost counted on its own (the buy-out, a cost
/// line): into the month's items and the recorder.
fn charge(
    recorder: &mut dyn Recorder,
    month: &mut LineItems,
    origin: Origin,
    at: YearMonth,
    formula: Formula,
) -> Calc<Split> {
    let amount = formula.amount()?;
    month.add(formula.item, amount)?;
    recorder.month(origin, at, &[formula], &[amount])?;
    Ok(amount)
}

fn rate_monthly<S: Copy>(
    rate: &Rate<S>,
    table: impl Fn(u16, S) -> Option<TableRate>,
) -> Calc<Decimal> {
    indexing::monthly(rate, table).ok_or(Overflow)
}

/// What the user must be told about a table rate: an estimate, an indexed
/// year, or (for a document of format version 1) a corrected row.
fn rate_warnings(s: &Scenario, gi: usize, warnings: &mut Vec<Warning>) {
    let g = &s.groups[gi];
    let p = &s.perspective;
    let rfy = match g.rfy.rate {
        Rate::Table { year, status } => {
            indexing::rfy_rate(year, status, p).map(|r| (year, r, Some(status)))
        }
        Rate::Custom { .. } => None,
    };
    let fp = match g.fp.rate {
        Rate::Table { year, status } => indexing::fp_rate(year, status, p).map(|r| (year, r, None)),
        Rate::Custom { .. } => None,
    };
    // A destination's figure is told only where its amount counts (the
    // defaults of a group that sends no case there are table figures too).
    let counts = |field: Field| InputId::group(gi, field).moves_net(s);
    let fleksjob = match g.destinations.fleksjob.rate {
        Rate::Table { year, status } if counts(Field::FleksjobMonthly) => {
            indexing::fleksjob_rate(year, status, p).map(|r| (year, r, None))
        }
        _ => None,
    };
    let kontanthjaelp = match g.destinations.kontanthjaelp.rate {
        Rate::Table { year, status } if counts(Field::KontanthjaelpMonthly) => {
            indexing::kontanthjaelp_rate(year, status, p).map(|r| (year, r, None))
        }
        _ => None,
    };
    for (field, looked_up) in [
        (Field::RfyMonthly, rfy),
        (Field::FpMonthly, fp),
        (Field::FleksjobMonthly, fleksjob),
        (Field::KontanthjaelpMonthly, kontanthjaelp),
    ] {
        let Some((year, rate, rfy_status)) = looked_up else {
            continue;
        };
        let path = InputId::group(gi, field).path();
        match rate.basis {
            Basis::Indexed {
                from_year,
                assumed_years,
                assumption_pct,
                ..
            } => warnings.push(Warning::IndexedRate {
                path: path.clone(),
                year,
                from_year,
                assumed_years,
                assumption_pct,
            }),
            Basis::Row(status) if status.is_estimate() => warnings.push(Warning::UnverifiedRate {
                path: path.clone(),
                year,
            }),
            Basis::Row(_) => {}
        }
        // Documents of format version 1 are the ones that keep the old
        // indexing; they were made when the corrected row said otherwise.
        if let (Indexing::AssumptionOnly, Some(status)) = (p.indexing, rfy_status) {
            if let Some(c) = rates::rfy_correction(year, rfy_column(status)) {
                warnings.push(Warning::RateCorrected {
                    path,
                    year,
                    was: c.was,
                    now: rate.monthly,
                });
            }
        }
    }
}

fn rfy_column(status: RfyStatus) -> usize {
    indexing::rfy_column(status)
}

fn benefit_state_share(r: &BenefitRefusion) -> Calc<Decimal> {
    fraction(match r {
        BenefitRefusion::Trappe { weeks_on_benefit } => {
            refusion::trappe_state_pct(*weeks_on_benefit)
        }
        BenefitRefusion::Custom { pct } => *pct,
    })
}

// One copy for both recorders (a dynamic call per month instead of a second
// copy of the calculation in the download: about 4 KB brotli).
fn compute(s: &Scenario, recorder: &mut dyn Recorder) -> Calc<Outcome> {
    let horizon = s.horizon_months as usize;
    let calendar: Vec<_> = (0..s.horizon_months)
        .map(|m| s.start.plus_months(m))
        .collect();
    let year_index: Vec<usize> = calendar
        .iter()
        .map(|at| usize::from(at.year - s.start.year))
        .collect();

    // Every amount rises each year after the start year (`indexing`).
    let year_count = year_index.last().map_or(0, |y| y + 1);
    let adjustment = indexing::year_factors(s, year_count.max(1))?;
    let tax_share = if s.perspective.include_income_tax {
        Some(fraction(s.perspective.income_tax_pct)?)
    } else {
        None
    };

    let mut month_items = vec![LineItems::default(); horizon];
    let mut case_months = vec![Decimal::ZERO; horizon];
    let mut cases_moved = vec![Decimal::ZERO; horizon];
    let mut reviewed = vec![Decimal::ZERO; horizon];
    let mut put_forward = vec![Decimal::ZERO; horizon];
    let mut groups = Vec::with_capacity(s.groups.len());
    let mut warnings = Vec::new();
    let year_first: Vec<usize> = (0..year_count)
        .map(|y| year_index.iter().position(|&i| i == y).unwrap_or(horizon))
        .collect();
    let mut pools = Pools::default();

    for (gi, g) in s.groups.iter().enumerate() {
        let granted = fraction(g.granted_pct)?;
        let flow = flows(g, horizon, g.months_shortened)?;
        let lasting = lasting(g, horizon, &flow, granted)?;
        let after_horizon = mul(flow.after_horizon, granted)?;
        if after_horizon > Decimal::ZERO {
            warnings.push(Warning::EffectsAfterHorizon {
                group: gi,
                case_months: after_horizon,
            });
        }
        rate_warnings(s, gi, &mut warnings);
        let rfy = rate_monthly(&g.rfy.rate, |y, st| {
            indexing::rfy_rate(y, st, &s.perspective)
        })?;
        let rfy_state = benefit_state_share(&g.rfy.refusion)?;
        let rfy = Operand::new(rfy, Quantity::RfyMonthly);
        let rfy_state = Operand::new(rfy_state, Quantity::RfyRefusion);
        let dests = destinations(s, g)?;
        // Without a split the counts are the group's own (the working reads
        // as it did before destinations).
        let split = g.destinations.splits();
        let (instead, instead_state) = instead(s, g)?;
        let indsats = Operand::new(g.indsats.monthly, Quantity::IndsatsMonthly);
        let handling_per_case = Operand::new(g.handling_per_case, Quantity::HandlingPerCase);
        let tax = tax_share.map(|t| Operand::new(t, Quantity::IncomeTax));
        let indsats_states = (0..year_count)
            .map(|y| {
                fraction(match g.indsats.refusion {
                    IndsatsRefusion::ByYear => {
                        refusion::indsats_state_pct(s.start.year.saturating_add(y as u16))
                    }
                    IndsatsRefusion::Custom { pct } => pct,
                })
            })
            .collect::<Calc<Vec<_>>>()?;

        let mut items = LineItems::default();
        // Each formula's amount for a count of one, by slot, with the year
        // it is for: the same all that year (see `Formula::unit`).
        let mut units: [Option<(usize, Split)>; SLOTS] = [None; SLOTS];
        // The group's totals: each slot's counts summed over a year, times
        // its unit for the year (one multiplication a year instead of an
        // addition a month).
        let mut year_counts = [Decimal::ZERO; SLOTS];
        let mut slot_items = [LineItem::RfySaved; SLOTS];
        let mut counted_year = None;
        let mut granted_case_months = Decimal::ZERO;
        let mut lasting_in_last_month = Decimal::ZERO;
        // Each slot's pool (`Pools`) and the year it is for; the granted
        // share and the destinations' shares of the counts, reused while
        // the counts repeat.
        let mut pool_of: [Option<(usize, usize)>; SLOTS] = [None; SLOTS];
        let mut granted_of = Repeat::NEW;
        let (mut cut_split, mut lasting_split) = (Repeat::NEW, Repeat::NEW);
        for m in 0..horizon {
            // Only the granted cases move; handling is spent on every case
            // put forward.
            let cm = granted_of.get(flow.case_months[m].serialize(), || {
                if flow.case_months[m].is_zero() {
                    Ok(Decimal::ZERO)
                } else {
                    mul(flow.case_months[m], granted)
                }
            })?;
            let moved = flow.moved[m];
            let lm = lasting.as_ref().map_or(Decimal::ZERO, |l| l.case_months[m]);
            let cut_here = !(cm.is_zero() && moved.is_zero());
            if !moved.is_zero() {
                reviewed[m] = add(reviewed[m], flow.reviewed[m])?;
                put_forward[m] = add(put_forward[m], moved)?;
            }
            if !cut_here && lm.is_zero() {
                continue;
            }
            let year = year_index[m];
            if counted_year != Some(year) {
                // Before this year's units replace last year's.
                add_counted(&mut items, &mut year_counts, &slot_items, &units)?;
                counted_year = Some(year);
            }
            // The month's formulas, by slot: which line item each counts
            // under and its count. Their units (`Formula::unit`) are kept per
            // year, so the formulas themselves are built only where a unit is
            // not known yet or the steps are recorded.
            let mut slots = [Slot::default(); MAX_FORMULAS];
            let mut count = 0;
            macro_rules! slot {
                ($at:expr, $item:expr, $n:expr) => {{
                    slots[count] = Slot {
                        at: $at,
                        item: $item,
                        count: $n,
                    };
                    count += 1;
                }};
            }
            // Each destination's share of the counts (the group's own without
            // a split, so the working reads as it did before destinations).
            // Counts repeat from month to month (while cohorts move, as many
            // start as end), so a month like the last reuses its shares.
            let by_destination = |n: Decimal| -> Calc<[Decimal; 4]> {
                let mut parts = [n; 4];
                if split && !n.is_zero() {
                    for (part, d) in parts.iter_mut().zip(&dests) {
                        *part = mul(n, d.share)?;
                    }
                }
                Ok(parts)
            };
            let cut_counts = cut_split.get(cm.serialize(), || by_destination(cm))?;
            let lasting_counts = lasting_split.get(lm.serialize(), || by_destination(lm))?;
            if cut_here {
                slot!(SLOT_RFY, LineItem::RfySaved, cm);
                slot!(SLOT_INDSATS, LineItem::IndsatsSaved, cm);
                for (k, d) in dests.iter().enumerate() {
                    if let Some(item) = d.item {
                        slot!(SLOT_DEST_CUT + k, item, cut_counts[k]);
                    }
                }
                slot!(SLOT_HANDLING, LineItem::Handling, moved);
                if tax.is_some() {
                    for k in 0..dests.len() {
                        slot!(SLOT_TAX_CUT + k, LineItem::TaxEffect, cut_counts[k]);
                    }
                }
            }
            let lasting_from = count;
            if !lm.is_zero() {
                for (k, d) in dests.iter().enumerate() {
                    if d.item.is_some() {
                        slot!(
                            SLOT_DEST_LASTING + k,
                            LineItem::LastingAdded,
                            lasting_counts[k]
                        );
                    }
                }
                if !instead.value.is_zero() {
                    slot!(SLOT_INSTEAD, LineItem::InsteadSaved, lm);
                }
                if tax.is_some() {
                    for k in 0..dests.len() {
                        slot!(SLOT_TAX_LASTING + k, LineItem::TaxEffect, lasting_counts[k]);
                    }
                }
            }
            let slots = &slots[..count];
            // Lasting months with nothing paid either way (a job instead of
            // a job, no income tax): no amount, nothing to record.
            if slots.is_empty() {
                continue;
            }
            let known = |u: &Option<(usize, Split)>| u.is_some_and(|(y, _)| y == year);
            if recorder.records() || !slots.iter().all(|sl| known(&units[sl.at])) {
                // Each line item's amount is computed from its formula, so the
                // steps "show the working" writes out are the ones taken here.
                let adj = Factor::Times(Operand::new(adjustment[year], Quantity::Adjustment));
                let indsats_state = Operand::new(indsats_states[year], Quantity::IndsatsRefusion);
                let case_month_count = Factor::Count(Operand::new(cm, Quantity::CaseMonths));
                let lasting_count = Factor::Count(Operand::new(lm, Quantity::LastingCaseMonths));
                let rfy_factors = [case_month_count, Factor::Times(rfy), adj];
                let indsats_factors = [case_month_count, Factor::Times(indsats), adj];
                let handling_factors = [
                    Factor::Count(Operand::new(moved, Quantity::CasesMoved)),
                    Factor::Times(handling_per_case),
                    adj,
                ];
                let instead_factors = [lasting_count, Factor::Times(instead), adj];
                // Per destination: its benefit in the months cut and in the
                // lasting months, and the income tax on the change in
                // benefit (from RFY in the months cut, from the alternative
                // after them).
                let mut dest_cut = [rfy_factors; 4];
                let mut dest_lasting = [rfy_factors; 4];
                let mut tax_cut = [[adj; 4]; 4];
                let mut tax_lasting = [[adj; 4]; 4];
                for (k, d) in dests.iter().enumerate() {
                    let (cut_count, lasting_count) = if split {
                        let paid = Paid::from(d.kind);
                        (
                            Factor::Count(Operand::new(
                                cut_counts[k],
                                Quantity::DestinationCaseMonths(paid),
                            )),
                            Factor::Count(Operand::new(
                                lasting_counts[k],
                                Quantity::LastingDestinationCaseMonths(paid),
                            )),
                        )
                    } else {
                        (case_month_count, lasting_count)
                    };
                    dest_cut[k] = [cut_count, Factor::Times(d.monthly), adj];
                    dest_lasting[k] = [lasting_count, Factor::Times(d.monthly), adj];
                    if let Some(t) = tax {
                        tax_cut[k] = [
                            cut_count,
                            Factor::Times(t),
                            Factor::Difference(d.monthly, rfy),
                            adj,
                        ];
                        tax_lasting[k] = [
                            lasting_count,
                            Factor::Times(t),
                            Factor::Difference(d.monthly, instead),
                            adj,
                        ];
                    }
                }
                let formula = |sl: &Slot| -> Formula<'_> {
                    let (cost, factors, refusion): (bool, &[Factor], Option<Operand>) = match sl.at
                    {
                        SLOT_RFY => (false, &rfy_factors, Some(rfy_state)),
                        SLOT_INDSATS => (false, &indsats_factors, Some(indsats_state)),
                        SLOT_HANDLING => (true, &handling_factors, None),
                        SLOT_INSTEAD => (false, &instead_factors, instead_state),
                        at if at >= SLOT_TAX_LASTING => {
                            (false, &tax_lasting[at - SLOT_TAX_LASTING], None)
                        }
                        at if at >= SLOT_DEST_LASTING => {
                            let k = at - SLOT_DEST_LASTING;
                            (true, &dest_lasting[k], dests[k].state)
                        }
                        at if at >= SLOT_TAX_CUT => (false, &tax_cut[at - SLOT_TAX_CUT], None),
                        at => {
                            let k = at - SLOT_DEST_CUT;
                            (true, &dest_cut[k], dests[k].state)
                        }
                    };
                    Formula {
                        item: sl.item,
                        cost,
                        factors,
                        refusion,
                    }
                };
                let mut formulas = [formula(&slots[0]); MAX_FORMULAS];
                let mut amounts = [Split::default(); MAX_FORMULAS];
                for ((sl, f), amount) in slots.iter().zip(&mut formulas).zip(&mut amounts) {
                    *f = formula(sl);
                    let unit = match units[sl.at] {
                        Some((y, unit)) if y == year => unit,
                        _ => {
                            let unit = f.unit()?;
                            units[sl.at] = Some((year, unit));
                            unit
                        }
                    };
                    *amount = f.amount_from(unit)?;
                }
                recorder.month(
                    Origin::Group(gi),
                    calendar[m],
                    &formulas[..count],
                    &amounts[..count],
                )?;
            }
            let first = year_first[year];
            for sl in slots {
                let Some((_, unit)) = units[sl.at] else {
                    continue;
                };
                let pool = match pool_of[sl.at] {
                    Some((y, pool)) if y == year => pool,
                    _ => {
                        let pool = pools.of(first, sl.item, unit);
                        pool_of[sl.at] = Some((year, pool));
                        pool
                    }
                };
                pools.add(pool, m, sl.count)?;
                year_counts[sl.at] = add(year_counts[sl.at], sl.count)?;
                slot_items[sl.at] = sl.item;
            }
            if m + 1 == horizon {
                let mut kommune = Decimal::ZERO;
                for sl in &slots[lasting_from..] {
                    if let Some((_, unit)) = units[sl.at] {
                        kommune = add(kommune, unit.times(sl.count)?.kommune)?;
                    }
                }
                lasting_in_last_month = kommune;
            }
            case_months[m] = add(case_months[m], cm)?;
            cases_moved[m] = add(cases_moved[m], mul(moved, granted)?)?;
            granted_case_months = add(granted_case_months, cm)?;
        }
        add_counted(&mut items, &mut year_counts, &slot_items, &units)?;
        if let Some(l) = &lasting {
            let beyond = match l.after_horizon {
                Some(case_months) if case_months > Decimal::ZERO => Some(Some(case_months)),
                Some(_) => None,
                None => Some(None),
            };
            if let Some(case_months) = beyond {
                warnings.push(Warning::LastingAfterHorizon {
                    group: gi,
                    case_months,
                    kommune_last_month: lasting_in_last_month,
                });
            }
        }
        groups.push(GroupOutcome {
            net: items.net()?,
            items,
            case_months: granted_case_months,
            cases_moved: mul(sum(flow.moved.iter().copied())?, granted)?,
        });
    }

    pools.add_to(&mut month_items)?;

    // The buy-out: hours / full-time hours of a post, plus overhead, per month.
    let inv = &s.investment;
    let buyout_start = inv.from_month as usize - 1;
    let buyout_end = buyout_start + inv.months as usize;
    let overhead = Operand::new(fraction(inv.overhead_pct)?, Quantity::Overhead);
    for m in buyout_start..buyout_end.min(horizon) {
        let factors = [
            Factor::Times(Operand::new(inv.hours_per_week, Quantity::HoursPerWeek)),
            Factor::Divide(Operand::new(inv.full_time_hours, Quantity::FullTimeHours)),
            Factor::Times(Operand::new(inv.annual_cost, Quantity::AnnualCost)),
            Factor::OnePlus(overhead),
            Factor::Count(Operand::new(Decimal::ONE, Quantity::BuyoutMonths)),
            Factor::Divide(Operand::new(Decimal::from(12), Quantity::MonthsPerYear)),
            Factor::Times(Operand::new(
                adjustment[year_index[m]],
                Quantity::Adjustment,
            )),
        ];
        let formula = Formula {
            item: LineItem::Buyout,
            cost: true,
            factors: &factors,
            refusion: None,
        };
        charge(
            recorder,
            &mut month_items[m],
            Origin::Buyout,
            calendar[m],
            formula,
        )?;
    }
    if buyout_end > horizon {
        warnings.push(Warning::BuyoutAfterHorizon {
            months: (buyout_end - horizon.max(buyout_start)) as u32,
        });
    }

    // The other cost lines, each counted per its basis in each month.
    let mut cost_lines = Vec::with_capacity(s.costs.len());
    for (li, line) in s.costs.iter().enumerate() {
        let amount = Operand::new(line.amount, Quantity::CostAmount);
        let state = if line.state_pct.is_zero() {
            None
        } else {
            Some(Operand::new(
                fraction(line.state_pct)?,
                Quantity::CostRefusion,
            ))
        };
        let (first, months, unit) = match line.basis {
            CostBasis::PerReviewedCase => (0, horizon, Quantity::CasesReviewed),
            CostBasis::PerCasePutForward => (0, horizon, Quantity::CasesPutForward),
            CostBasis::PerShortenedCase => (0, horizon, Quantity::CasesMoved),
            CostBasis::Monthly { from_month, months } => (
                (from_month as usize).saturating_sub(1),
                months as usize,
                Quantity::CostMonths,
            ),
            CostBasis::OneOff { month } => {
                ((month as usize).saturating_sub(1), 1, Quantity::CostMonths)
            }
        };
        let mut total = Split::default();
        let mut by_year = vec![Split::default(); year_count];
        for m in first..(first + months).min(horizon) {
            let count = match line.basis {
                CostBasis::PerReviewedCase => reviewed[m],
                CostBasis::PerCasePutForward => put_forward[m],
                CostBasis::PerShortenedCase => cases_moved[m],
                CostBasis::Monthly { .. } | CostBasis::OneOff { .. } => Decimal::ONE,
            };
            if count.is_zero() {
                continue;
            }
            let factors = [
                Factor::Count(Operand::new(count, unit)),
                Factor::Times(amount),
                Factor::Times(Operand::new(
                    adjustment[year_index[m]],
                    Quantity::Adjustment,
                )),
            ];
            let formula = Formula {
                item: LineItem::CostLines,
                cost: true,
                factors: &factors,
                refusion: state,
            };
            let cost = charge(
                recorder,
                &mut month_items[m],
                Origin::CostLine(li),
                calendar[m],
                formula,
            )?;
            total = total.plus(cost)?;
            by_year[year_index[m]] = by_year[year_index[m]].plus(cost)?;
        }
        cost_lines.push(CostLineOutcome {
            total,
            years: by_year,
        });
        if first + months > horizon {
            warnings.push(Warning::CostAfterHorizon {
                line: li,
                months: (first + months - horizon.max(first)) as u32,
            });
        }
    }

    let mut months = Vec::with_capacity(horizon);
    let mut cumulative = Decimal::ZERO;
    for m in 0..horizon {
        let net = month_items[m].net()?;
        cumulative = add(cumulative, net.kommune)?;
        months.push(MonthRow {
            at: calendar[m],
            items: month_items[m],
            net,
            cumulative_kommune: cumulative,
            case_months: case_months[m],
            cases_moved: cases_moved[m],
        });
    }

    let mut years: Vec<YearRow> = Vec::new();
    for row in &months {
        match years.last_mut() {
            Some(year) if year.year == row.at.year => {
                year.items = year.items.plus(&row.items)?;
                year.months += 1;
            }
            _ => years.push(YearRow {
                year: row.at.year,
                months: 1,
                items: row.items,
                net: Split::default(),
            }),
        }
    }
    for year in &mut years {
        year.net = year.items.net()?;
    }

    let totals = years
        .iter()
        .try_fold(LineItems::default(), |acc, y| acc.plus(&y.items))?;
    let net = totals.net()?;

    // Payback: the month after the last one that ends below zero.
    let payback = match months
        .iter()
        .rposition(|row| row.cumulative_kommune < Decimal::ZERO)
    {
        None => months.first().map(|row| Payback {
            month_number: 1,
            at: row.at,
        }),
        Some(last_negative) => months.get(last_negative + 1).map(|row| Payback {
            month_number: last_negative as u32 + 2,
            at: row.at,
        }),
    };

    let npv_kommune = if s.perspective.discount_pct.is_zero() {
        None
    } else {
        let factor = add(Decimal::ONE, fraction(s.perspective.discount_pct)?)?;
        let mut discount = Decimal::ONE;
        let mut npv = Decimal::ZERO;
        for year in &years {
            npv = add(npv, div(year.net.kommune, discount)?)?;
            discount = mul(discount, factor)?;
        }
        Some(npv)
    };

    let total_cases = sum(groups.iter().map(|g| g.cases_moved))?;
    let total_case_months = sum(case_months.iter().copied())?;
    let per = |amount: Decimal, count: Decimal| -> Calc<Option<Decimal>> {
        if count.is_zero() {
            Ok(None)
        } else {
            div(amount, count).map(Some)
        }
    };
    // The change in benefits and indsats in the months cut; what lasts after
    // them is the lasting items' own.
    let swing = sum([
        LineItem::RfySaved,
        LineItem::IndsatsSaved,
        LineItem::FpAdded,
        LineItem::FleksjobAdded,
        LineItem::KontanthjaelpAdded,
        LineItem::TaxEffect,
    ]
    .into_iter()
    .map(|item| totals.get(item).kommune))?;
    let costs = sum([LineItem::Buyout, LineItem::Handling, LineItem::CostLines]
        .into_iter()
        .map(|item| totals.get(item).kommune))?;
    let per_case = PerCase {
        cases_shortened: total_cases,
        case_months: total_case_months,
        net_kommune_per_case: per(net.kommune, total_cases)?,
        benefit_swing_per_case_month: per(swing, total_case_months)?,
        cost_per_case: per(-costs, total_cases)?,
    };

    if calendar.last().is_some_and(|last| *last >= REFORM_FROM) {
        warnings.push(Warning::RessourceforlobAbolished);
    }

    Ok(Outcome {
        months,
        years,
        groups,
        totals,
        net,
        payback,
        npv_kommune,
        per_case,
        warnings,
        items_in_use: items_in_use(s),
        cost_lines,
    })
}
