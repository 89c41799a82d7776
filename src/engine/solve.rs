//! "What would we have to believe?": the value of one input at which the
//! kommune's net reaches a target, and how far the net moves when each input
//! moves to a low and a high value.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::arith::{add, div, mul, sub, Calc, Overflow};
use super::calc::{evaluate, Rejected};
use super::inputs::{decision_inputs, Bound, Field, InputId};
use super::scenario::Scenario;
use super::validate::{FieldError, Problem};

#[derive(Clone, Debug, PartialEq)]
pub enum BreakEven {
    /// At `value` the kommune's net is `net_at_value` (the target, or for a
    /// whole-number input the first whole value at or past it).
    Reached {
        value: Decimal,
        current: Decimal,
        net_at_value: Decimal,
        increases_net: bool,
    },
    /// The net does not depend on this input.
    NoEffect { current: Decimal },
    /// No allowed value reaches the target. `needed` is the value a straight
    /// line would need, when the net is a straight line in this input.
    OutOfRange {
        current: Decimal,
        needed: Option<Decimal>,
        min: Decimal,
        max: Decimal,
        net_at_min: Decimal,
        net_at_max: Decimal,
    },
}

/// The range an input may take in this scenario: its field's range, narrowed
/// where other inputs bound it (cases shortened ≤ cases reviewed and the
/// reverse; a month of the horizon ≤ the horizon).
pub fn effective_range(s: &Scenario, input: InputId) -> (Decimal, Decimal) {
    let spec = input.spec();
    let other = |field: Field| input.beside(field).get(s);
    let max = match input.field.bound() {
        Bound::AtMost(field) => other(field).map_or(spec.max, |v| v.min(spec.max)),
        _ => spec.max,
    };
    let min = match input.field.bound() {
        Bound::AtLeast(field) => other(field).map_or(spec.min, |v| v.max(spec.min)),
        _ => spec.min,
    };
    (min.min(max), max.max(min))
}

/// The kommune's net with one input set to `value`.
pub fn net_with(s: &Scenario, input: InputId, value: Decimal) -> Result<Decimal, Rejected> {
    let mut changed = s.clone();
    input
        .set(&mut changed, value)
        .map_err(|_| not_applicable(input))?;
    Ok(evaluate(&changed)?.net.kommune)
}

/// [`net_with`] when the scenario's net for the kommune is already known: a
/// group's input is tried on that group alone ([`Alone`]), so a goal seek's
/// check of its rounded answer costs one group's evaluation, not all of them.
pub fn net_with_from(
    s: &Scenario,
    net_kommune: Decimal,
    input: InputId,
    value: Decimal,
) -> Result<Decimal, Rejected> {
    match Alone::new(s, input, || Ok(net_kommune))? {
        Some(alone) => alone.net_with(input, value),
        None => net_with(s, input, value),
    }
}

fn not_applicable(input: InputId) -> Rejected {
    Rejected(vec![FieldError::new(input.path(), Problem::UnknownInput)])
}

fn overflow(_: Overflow) -> Rejected {
    Rejected(vec![FieldError::new("", Problem::Overflow)])
}

/// Solves for the value of `input` that makes the kommune's net equal
/// `target`. For inputs the net is a straight line in (rates, refusion, cases,
/// costs) two evaluations give the answer exactly. For the rest (months
/// shortened, horizon, timing, ...) the net is piecewise linear or smooth;
/// the allowed range is sampled (at every whole value for whole-number
/// inputs and months shortened, else at a few points) to find where the net
/// crosses the target, then narrowed by regula falsi.
///
/// A group's input is solved on that group alone (see [`sensitivity`]): the
/// other groups and the buy-out only shift the net by a constant, so the
/// target is shifted by it instead of evaluating them at every step.
pub fn break_even(s: &Scenario, input: InputId, target: Decimal) -> Result<BreakEven, Rejected> {
    solve(s, input, target, || Ok(evaluate(s)?.net.kommune))
}

/// [`break_even`] when the scenario's net for the kommune is already known
/// (the app has just evaluated it): one whole evaluation fewer.
pub fn break_even_from(
    s: &Scenario,
    net_kommune: Decimal,
    input: InputId,
    target: Decimal,
) -> Result<BreakEven, Rejected> {
    solve(s, input, target, || Ok(net_kommune))
}

fn solve(
    s: &Scenario,
    input: InputId,
    target: Decimal,
    net: impl FnOnce() -> Result<Decimal, Rejected>,
) -> Result<BreakEven, Rejected> {
    // The net at the current value is known (or evaluated once here), so
    // no solve evaluates the scenario as it stands again.
    let net_now = net()?;
    let Some(alone) = Alone::new(s, input, || Ok(net_now))? else {
        return break_even_whole(s, input, target, Some(net_now));
    };
    let shifted = sub(target, alone.rest).map_err(overflow)?;
    let back = |net: Decimal| add(net, alone.rest).map_err(overflow);
    let in_group = |e: FieldError| {
        let path = match e.path.strip_prefix("groups[0]") {
            Some(suffix) => format!("groups[{}]{suffix}", input.group),
            None => e.path,
        };
        FieldError::new(path, e.problem)
    };
    // The group alone's net as it stands: the whole net less the rest.
    let alone_now = sub(net_now, alone.rest).map_err(overflow)?;
    let solved = break_even_whole(
        &alone.scenario,
        alone.input(input),
        shifted,
        Some(alone_now),
    )
    .map_err(|Rejected(errors)| Rejected(errors.into_iter().map(in_group).collect()))?;
    Ok(match solved {
        BreakEven::Reached {
            value,
            current,
            net_at_value,
            increases_net,
        } => BreakEven::Reached {
            value,
            current,
            net_at_value: back(net_at_value)?,
            increases_net,
        },
        BreakEven::OutOfRange {
            current,
            needed,
            min,
            max,
            net_at_min,
            net_at_max,
        } => BreakEven::OutOfRange {
            current,
            needed,
            min,
            max,
            net_at_min: back(net_at_min)?,
            net_at_max: back(net_at_max)?,
        },
        no_effect @ BreakEven::NoEffect { .. } => no_effect,
    })
}

/// Break-even by evaluating the whole scenario at every step; `net_now`,
/// when known, is its net as it stands (at the input's current value).
fn break_even_whole(
    s: &Scenario,
    input: InputId,
    target: Decimal,
    net_now: Option<Decimal>,
) -> Result<BreakEven, Rejected> {
    let current = input.get(s).ok_or_else(|| not_applicable(input))?;
    let (min, max) = effective_range(s, input);
    let gap = |x: Decimal| -> Result<Decimal, Rejected> {
        sub(net_with(s, input, x)?, target).map_err(overflow)
    };
    let f_min = gap(min)?;
    let f_max = gap(max)?;
    let out_of_range = |needed| BreakEven::OutOfRange {
        current,
        needed,
        min,
        max,
        net_at_min: f_min.saturating_add(target),
        net_at_max: f_max.saturating_add(target),
    };
    let spec = input.spec();

    if spec.affine {
        if negligible(f_max, f_min) {
            return Ok(BreakEven::NoEffect { current });
        }
        // f is a straight line through (min, f_min) and (max, f_max).
        let slope = div(
            sub(f_max, f_min).map_err(overflow)?,
            sub(max, min).map_err(overflow)?,
        )
        .map_err(overflow)?;
        let value = sub(min, div(f_min, slope).map_err(overflow)?).map_err(overflow)?;
        if value < min || value > max {
            return Ok(out_of_range(Some(value)));
        }
        let net_at_value = add(gap(value)?, target).map_err(overflow)?;
        return Ok(BreakEven::Reached {
            value,
            current,
            net_at_value,
            increases_net: slope > Decimal::ZERO,
        });
    }

    // Sample the range at the current value and at points in between. A
    // whole-number input has few values, and months shortened is a straight
    // line between whole months (only a case's last, partial month grows),
    // so for those every whole value is sampled: a crossing between samples
    // cannot be missed. Other inputs get evenly spaced points.
    const SAMPLES: u32 = 16;
    const MAX_WHOLE_SAMPLES: u32 = 240;
    let width = sub(max, min).map_err(overflow)?;
    let every_whole = (spec.integer || input.field == Field::MonthsShortened)
        && width <= Decimal::from(MAX_WHOLE_SAMPLES);
    let mut inner = Vec::new();
    if every_whole {
        let mut x = add(min.floor(), Decimal::ONE).map_err(overflow)?;
        while x < max {
            inner.push(x);
            x = add(x, Decimal::ONE).map_err(overflow)?;
        }
    } else {
        for i in 1..SAMPLES {
            let mut x = add(
                min,
                div(
                    mul(width, Decimal::from(i)).map_err(overflow)?,
                    Decimal::from(SAMPLES),
                )
                .map_err(overflow)?,
            )
            .map_err(overflow)?;
            if spec.integer {
                x = x.round();
            }
            inner.push(x);
        }
    }
    let at_current = match net_now {
        Some(net) => sub(net, target).map_err(overflow)?,
        None => gap(current)?,
    };
    let mut points = vec![(min, f_min), (current, at_current)];
    for x in inner.into_iter().filter(|x| *x != current) {
        points.push((x, gap(x)?));
    }
    points.push((max, f_max));
    // A stable sort, so where an x repeats the point added first is kept.
    points.sort_by_key(|p| p.0);
    points.dedup_by_key(|p| p.0);

    if points.iter().all(|p| negligible(p.1, f_min)) {
        return Ok(BreakEven::NoEffect { current });
    }
    if let Some(&(x, f)) = points.iter().find(|p| p.1.is_zero()) {
        return Ok(reached(x, f, target, current, f_max > f_min));
    }
    // Of the brackets where the net crosses the target, the one nearest the
    // current value: that is the belief closest to today's.
    let bracket = points
        .windows(2)
        .filter(|w| (w[0].1 < Decimal::ZERO) != (w[1].1 < Decimal::ZERO))
        .min_by_key(|w| distance_to(w, current));
    let Some(w) = bracket else {
        return Ok(out_of_range(None));
    };
    let (mut a, mut b) = (w[0], w[1]);
    let increases_net = b.1 > a.1;
    if spec.integer {
        // Bisect to neighbouring whole numbers; report the one at or past the target.
        while b.0 - a.0 > Decimal::ONE {
            let mid = ((a.0 + b.0) / dec!(2)).floor();
            let f = gap(mid)?;
            if (f < Decimal::ZERO) == (a.1 < Decimal::ZERO) {
                a = (mid, f);
            } else {
                b = (mid, f);
            }
        }
        let (x, f) = if a.1 >= Decimal::ZERO { a } else { b };
        return Ok(reached(x, f, target, current, increases_net));
    }
    // Regula falsi, Illinois variant: exact in one step on a straight piece.
    let tolerance = dec!(0.005);
    let mut side = 0i8;
    for _ in 0..200 {
        let x = falsi_point(a, b).map_err(overflow)?;
        let f = gap(x)?;
        if f.abs() <= tolerance || (b.0 - a.0).abs() <= dec!(0.0000001) {
            return Ok(reached(x, f, target, current, increases_net));
        }
        if (f < Decimal::ZERO) == (a.1 < Decimal::ZERO) {
            a = (x, f);
            if side == -1 {
                b.1 /= dec!(2);
            }
            side = -1;
        } else {
            b = (x, f);
            if side == 1 {
                a.1 /= dec!(2);
            }
            side = 1;
        }
    }
    let x = falsi_point(a, b).map_err(overflow)?;
    let f = gap(x)?;
    Ok(reached(x, f, target, current, increases_net))
}

fn reached(
    value: Decimal,
    gap: Decimal,
    target: Decimal,
    current: Decimal,
    increases_net: bool,
) -> BreakEven {
    BreakEven::Reached {
        value,
        current,
        net_at_value: gap.saturating_add(target),
        increases_net,
    }
}

/// Nets this close are the same: an input whose whole range moves the net
/// by less than a millionth of a krone has no effect. Exactly cancelling
/// terms (the kommune's RFY share against the income tax on it) can still
/// differ in a decimal's 28th digit, and a line through two such points
/// would give a break-even value out of all proportion.
fn negligible(a: Decimal, b: Decimal) -> bool {
    a.checked_sub(b).is_some_and(|d| d.abs() <= dec!(0.000001))
}

fn distance_to(w: &[(Decimal, Decimal)], x: Decimal) -> Decimal {
    if x < w[0].0 {
        w[0].0 - x
    } else if x > w[1].0 {
        x - w[1].0
    } else {
        Decimal::ZERO
    }
}

/// Where the straight line through `a` and `b` crosses zero.
fn falsi_point(a: (Decimal, Decimal), b: (Decimal, Decimal)) -> Calc<Decimal> {
    let slope = div(sub(b.1, a.1)?, sub(b.0, a.0)?)?;
    sub(a.0, div(a.1, slope)?)
}

/// The net at a low and a high value of one input.
#[derive(Clone, Debug, PartialEq)]
pub struct SensitivityRow {
    pub input: InputId,
    pub current: Decimal,
    pub low: Decimal,
    pub high: Decimal,
    pub net_low: Decimal,
    pub net_high: Decimal,
}

impl SensitivityRow {
    /// How far the net moves between the low and the high value.
    pub fn swing(&self) -> Decimal {
        (self.net_high.saturating_sub(self.net_low)).abs()
    }
}

/// The default spread when the user gave no range: ±20 % of the current value.
pub const DEFAULT_SPREAD: Decimal = dec!(0.2);

/// One case group on its own, for trying its inputs: the kommune's net is a
/// sum over groups plus the buy-out, so whatever the group's inputs, the
/// whole scenario's net is the group alone's net plus `rest` (the other
/// groups and the buy-out). The sums come in another order than in a whole
/// evaluation, so the two can differ far below an øre, where a decimal's 28
/// digits run out.
struct Alone {
    group: usize,
    /// The same horizon, buy-out and perspective, and only this group.
    scenario: Scenario,
    rest: Decimal,
}

impl Alone {
    /// `None` when there is nothing to gain: not a group's input, or the
    /// scenario has one group. `net` gives the whole scenario's net.
    fn new(
        s: &Scenario,
        input: InputId,
        net: impl FnOnce() -> Result<Decimal, Rejected>,
    ) -> Result<Option<Alone>, Rejected> {
        let Some(group) = s.groups.get(input.group) else {
            return Ok(None);
        };
        if !input.field.is_group_field() || s.groups.len() < 2 {
            return Ok(None);
        }
        let scenario = Scenario {
            version: s.version,
            name: String::new(),
            description: String::new(),
            start: s.start,
            horizon_months: s.horizon_months,
            groups: vec![group.clone()],
            investment: s.investment.clone(),
            costs: s.costs.clone(),
            perspective: s.perspective.clone(),
            ranges: Vec::new(),
            sources: Default::default(),
        };
        let rest = sub(net()?, evaluate(&scenario)?.net.kommune).map_err(overflow)?;
        Ok(Some(Alone {
            group: input.group,
            scenario,
            rest,
        }))
    }

    /// The same input in the group alone.
    fn input(&self, input: InputId) -> InputId {
        InputId::group(0, input.field)
    }

    /// The whole scenario's net with `input` at `value`.
    fn net_with(&self, input: InputId, value: Decimal) -> Result<Decimal, Rejected> {
        add(
            self.rest,
            net_with(&self.scenario, self.input(input), value)?,
        )
        .map_err(overflow)
    }
}

/// The low and high value of an input: the user's range, or ±20 % of the
/// current value, kept within the input's allowed range.
pub fn low_high(s: &Scenario, input: InputId) -> Option<(Decimal, Decimal)> {
    let current = input.get(s)?;
    let path = input.path();
    let (min, max) = effective_range(s, input);
    let (low, high) = match s.ranges.iter().find(|r| r.input == path) {
        Some(r) => (r.low, r.high),
        None => {
            let delta = mul(current.abs(), DEFAULT_SPREAD).ok()?;
            (current.checked_sub(delta)?, current.checked_add(delta)?)
        }
    };
    let round = |x: Decimal| if input.spec().integer { x.round() } else { x };
    Some((round(low.clamp(min, max)), round(high.clamp(min, max))))
}

/// Net at the low and high value of each decision input, biggest swing first.
/// A group's inputs are tried on that group alone ([`Alone`]): with 100
/// groups, one group is evaluated per try instead of all of them.
pub fn sensitivity(s: &Scenario) -> Result<Vec<SensitivityRow>, Rejected> {
    sensitivity_from(s, evaluate(s)?.net.kommune)
}

/// [`sensitivity`] when the scenario's net for the kommune is already known:
/// the scenario itself is not evaluated again.
pub fn sensitivity_from(s: &Scenario, base: Decimal) -> Result<Vec<SensitivityRow>, Rejected> {
    let mut alone: Option<Alone> = None;
    let mut rows = Vec::new();
    for input in decision_inputs(s) {
        let (Some(current), Some((low, high))) = (input.get(s), low_high(s, input)) else {
            continue;
        };
        // Each group alone is made on the group's first input.
        if alone.as_ref().is_none_or(|a| a.group != input.group) {
            alone = Alone::new(s, input, || Ok(base))?;
        }
        // At the current value the net is the base: an input at 0 %
        // (overhead, discounting) has no ±20 % to try.
        let net_at = |value: Decimal| match &alone {
            _ if value == current => Ok(base),
            Some(a) if input.field.is_group_field() => a.net_with(input, value),
            _ => net_with(s, input, value),
        };
        let (net_low, net_high) = (net_at(low)?, net_at(high)?);
        rows.push(SensitivityRow {
            input,
            current,
            low,
            high,
            net_low,
            net_high,
        });
    }
    // A total order (one row per input), so an unstable sort gives the same.
    rows.sort_unstable_by(|a, b| b.swing().cmp(&a.swing()).then(a.input.cmp(&b.input)));
    Ok(rows)
}
