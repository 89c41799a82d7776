//! "How sure are we?": a seeded Monte Carlo run over the inputs the user gave
//! a low / likely / high value for (`Scenario::ranges`).
//!
//! Method (also in `docs/uncertainty.md`):
//!
//! - **Random numbers**: `rand_xoshiro`'s Xoshiro256++, seeded from the
//!   user's seed by `SeedableRng::seed_from_u64`; no entropy source, so it
//!   builds for `wasm32-unknown-unknown`. Each draw takes one number per
//!   sampled input, in the order of the ranges. Same seed and scenario ⇒
//!   the same draws, whatever the chunk sizes.
//! - **Sampling**: `rand_distr::Triangular` (`f64`) over `[low, high]` with
//!   its peak at `likely` (the current value, clamped, when none is given).
//!   A drawn value is kept to a millionth of its unit, whole-number inputs
//!   to the unit (half away from zero), and becomes a `Decimal` whenever the
//!   engine needs it.
//! - **The net per draw**: for inputs the net is affine in (rates, refusion %,
//!   cases shortened, indsats, handling, buy-out hours and cost, overhead,
//!   tax %) the kommune's net is *multilinear* in the sampled inputs: every
//!   term of the calculation is a product in which each input appears at
//!   most once. A multilinear function is fixed exactly by its values at the
//!   2ᵏ corners of the box, so the full engine (in `Decimal`) is run once
//!   per corner and each draw interpolates between the corners in `f64`, one
//!   input at a time (2ᵏ − 1 linear interpolations). Months shortened is
//!   affine between whole numbers of months, so its range is cut into unit
//!   cells; whole-number inputs (horizon, timing, weeks, buy-out months)
//!   pick a cell by their value. Cells are evaluated when a draw first lands
//!   in them. Inputs the net is not piecewise multilinear in (full-time
//!   hours, rate adjustment) are evaluated in full for every draw, as is any
//!   run whose cells would need more than [`MAX_INTERPOLATION_EVALUATIONS`]
//!   evaluations.
//! - **Statistics** in `f64`: the spread of an estimate is the point, and
//!   `f64` carries 15 significant digits where the figures shown need 8. The
//!   summary's amounts are rounded to the øre (half away from zero) as
//!   `Decimal`s; a run where nothing varies reports the engine's exact net.
//! - **Percentiles**: nearest rank. P*p* of *N* sorted draws is the draw of
//!   rank ⌈*p*·*N* / 100⌉ (1-based).

use std::collections::BTreeMap;

use rand_distr::{Distribution, Triangular};
use rand_xoshiro::rand_core::SeedableRng;
use rand_xoshiro::Xoshiro256PlusPlus;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

use super::arith::{add, div, sub, Overflow};
use super::calc::evaluate;
use super::inputs::{Field, InputId};
use super::scenario::Scenario;
use super::solve::effective_range;
use super::validate::{check_value, validate, FieldError, Problem};

/// Most draws one run may take.
pub const MAX_DRAWS: u32 = 1_000_000;
/// Most inputs that may vary at once (2⁸ = 256 corners).
pub const MAX_UNCERTAIN_INPUTS: usize = 8;
/// The most full evaluations the interpolated method may need (cells ×
/// corners); beyond that every draw is evaluated in full.
pub const MAX_INTERPOLATION_EVALUATIONS: u64 = 4096;
/// Equal-width bins between the smallest and the largest draw.
pub const HISTOGRAM_BINS: usize = 20;
/// A suggested number of draws.
pub const DEFAULT_DRAWS: u32 = 100_000;
/// A suggested seed (any `u64` will do; showing it lets others repeat the run).
pub const DEFAULT_SEED: u64 = 2018;

/// A drawn value that is not a whole number is kept to 10⁻⁶ of its unit:
/// finer than anyone enters a figure, and the largest input (10⁸ kr.) times
/// 10⁶ stays below 2⁵³, so every step is a whole number in `f64` and the
/// rounded value converts to exactly that `Decimal`.
const VALUE_DECIMALS: u32 = 6;
const VALUE_STEPS: f64 = 1e6;
/// The summary's amounts are rounded to the øre.
const SUMMARY_DECIMALS: u32 = 2;

// ---------------------------------------------------------------------------
// Settings, errors

/// The settings of a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonteCarlo {
    pub seed: u64,
    pub draws: u32,
    /// Evaluate every draw in full even where interpolation is exact (for
    /// checking the fast path).
    pub force_full_evaluation: bool,
}

impl MonteCarlo {
    pub fn new(seed: u64, draws: u32) -> MonteCarlo {
        MonteCarlo {
            seed,
            draws,
            force_full_evaluation: false,
        }
    }
}

impl Default for MonteCarlo {
    fn default() -> Self {
        MonteCarlo::new(DEFAULT_SEED, DEFAULT_DRAWS)
    }
}

/// Why a run cannot start or go on.
#[derive(Clone, Debug, PartialEq)]
pub enum UncertaintyError {
    /// The scenario or one of its ranges is invalid; the paths name the
    /// fields (`ranges[2].high`, ...).
    Invalid(Vec<FieldError>),
    /// No input has a range.
    NoRanges,
    /// Two ranges name the same input.
    DuplicateInput { path: String },
    /// More inputs vary than [`MAX_UNCERTAIN_INPUTS`].
    TooManyInputs { count: usize, max: usize },
    /// The number of draws is 0 or above [`MAX_DRAWS`].
    DrawCount { draws: u32, max: u32 },
}

fn invalid(path: impl Into<String>, problem: Problem) -> UncertaintyError {
    UncertaintyError::Invalid(vec![FieldError::new(path, problem)])
}

fn overflow(_: Overflow) -> UncertaintyError {
    invalid("", Problem::Overflow)
}

// ---------------------------------------------------------------------------
// What varies and how

/// How an input with a range takes part in the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Drawn for every draw.
    Sampled,
    /// `low == high`: held at that value in every draw.
    Fixed,
    /// The kommune's net does not depend on it (cases reviewed, the discount
    /// rate, the tax rate with tax switched off): left at its current value.
    NoEffect,
}

/// One input with a range, as the run uses it.
#[derive(Clone, Debug, PartialEq)]
pub struct UncertainInput {
    pub input: InputId,
    pub current: Decimal,
    pub low: Decimal,
    /// The given likely value, or the current value clamped to the range.
    pub likely: Decimal,
    pub high: Decimal,
    pub role: Role,
}

/// How the sampled net relates to the engine's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Affine: one interpolation axis over `[low, high]`.
    Affine,
    /// Months shortened: affine between whole months; one axis per unit cell.
    Months,
    /// A whole-number input: picks the cell.
    Discrete,
    /// Neither: every draw evaluated in full.
    Nonlinear,
}

fn kind(s: &Scenario, input: InputId) -> Option<Kind> {
    let spec = input.spec();
    Some(match input.field {
        Field::CasesReviewed | Field::DiscountPct => return None,
        Field::IncomeTaxPct if !s.perspective.include_income_tax => return None,
        Field::MonthsShortened => Kind::Months,
        _ if spec.affine => Kind::Affine,
        _ if spec.integer => Kind::Discrete,
        _ => Kind::Nonlinear,
    })
}

/// A sampled input: how it is drawn and how it takes part in the net.
#[derive(Clone, Debug)]
struct Sampled {
    input: InputId,
    kind: Kind,
    integer: bool,
    low: Decimal,
    high: Decimal,
    /// `low` and `high` as `f64`.
    bounds: (f64, f64),
    distribution: Triangular<f64>,
}

impl Sampled {
    /// One value, as the draw keeps it (see [`VALUE_DECIMALS`]).
    fn draw(&self, rng: &mut Xoshiro256PlusPlus) -> f64 {
        let x = self.distribution.sample(rng);
        // `f64::round` rounds half away from zero, as the engine does.
        let x = if self.integer {
            x.round()
        } else {
            (x * VALUE_STEPS).round() / VALUE_STEPS
        };
        within(x, self.bounds.0, self.bounds.1)
    }

    /// A drawn value as the engine takes it (full evaluation; corners take
    /// the cells' ends instead).
    fn decimal(&self, x: f64) -> Result<Decimal, UncertaintyError> {
        let places = if self.integer { 0 } else { VALUE_DECIMALS };
        let d = Decimal::from_f64_retain(x).ok_or_else(|| overflow(Overflow))?;
        Ok(
            d.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero)
                .clamp(self.low, self.high),
        )
    }

    /// The unit cell of months shortened that `x` falls in: `[n, n + 1]` cut
    /// to the range, with `n = ⌊x⌋` (one lower at the top of the range, so
    /// the cell is never empty). Returns `n` and the cell's ends.
    fn months_cell(&self, x: f64) -> (i64, f64, f64) {
        let (low, high) = self.bounds;
        let mut n = x.floor();
        if n >= high {
            n = high.ceil() - 1.0;
        }
        (n as i64, n.max(low), (n + 1.0).min(high))
    }

    /// The ends of cell `key` as the engine takes them.
    fn cell_ends(&self, key: i64) -> (Decimal, Decimal) {
        match self.kind {
            Kind::Months => (
                Decimal::from(key).max(self.low),
                Decimal::from(key.saturating_add(1)).min(self.high),
            ),
            Kind::Discrete => (Decimal::from(key), Decimal::from(key)),
            Kind::Affine | Kind::Nonlinear => (self.low, self.high),
        }
    }
}

/// Where `x` lies between `lo` and `hi`, from 0 to 1.
fn share(x: f64, lo: f64, hi: f64) -> f64 {
    if hi > lo {
        within((x - lo) / (hi - lo), 0.0, 1.0)
    } else {
        0.0
    }
}

/// `x` limited to `[lo, hi]`. Not `f64::clamp`: its panic message prints
/// floats, which would pull float formatting (about 15 KB) into the wasm.
fn within(x: f64, lo: f64, hi: f64) -> f64 {
    x.max(lo).min(hi)
}

/// How the run gets the net of a draw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// Nothing is sampled (every range has low = high): every draw is the
    /// net of the scenario with the fixed values.
    Constant,
    /// Multilinear interpolation between full evaluations at the corners of
    /// each cell a draw fell in: `cells` cells, `evaluations` evaluations.
    Interpolated { cells: u32, evaluations: u32 },
    /// Every draw evaluated by the full engine.
    FullEvaluation { evaluations: u32 },
}

// ---------------------------------------------------------------------------
// The result

/// One histogram bin: draws with `from ≤ net < to` (the last bin includes `to`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bin {
    pub from: Decimal,
    pub to: Decimal,
    pub count: u32,
}

/// What a finished run reports. Amounts are the kommune's net in kr.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub draws: u32,
    pub seed: u64,
    pub method: Method,
    pub inputs: Vec<UncertainInput>,
    /// The net with every input at its current value (the headline figure).
    pub net_at_current: Decimal,
    /// Draws with a net above zero.
    pub savings: u32,
    /// `savings / draws`.
    pub probability_of_saving: Decimal,
    pub p10: Decimal,
    pub p50: Decimal,
    pub p90: Decimal,
    pub mean: Decimal,
    pub min: Decimal,
    pub max: Decimal,
    /// [`HISTOGRAM_BINS`] bins between `min` and `max`; one bin when they are equal.
    pub histogram: Vec<Bin>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub draws_done: u32,
    pub draws: u32,
    /// Full engine evaluations so far.
    pub evaluations: u32,
    pub finished: bool,
}

// ---------------------------------------------------------------------------
// The run

#[derive(Clone, Debug)]
enum Plan {
    Constant,
    /// Why not evaluate every draw: one evaluation of a one-group scenario
    /// takes 40–50 µs natively (86 µs in wasm), so 100,000 draws would take
    /// 4–9 seconds; interpolated they take 0.2–0.7 µs each, 20–65 ms for the
    /// run (`examples/uncertainty_speed`, `scripts/bench.sh`).
    Interpolate {
        /// Which of the sampled inputs are interpolation axes.
        axes: Vec<usize>,
        cells: Vec<Cell>,
        index: BTreeMap<CellKey, usize>,
    },
    Full,
}

type CellKey = [i64; MAX_UNCERTAIN_INPUTS];

/// The values of the sampled inputs in one draw.
type Draw = [f64; MAX_UNCERTAIN_INPUTS];

#[derive(Clone, Debug)]
struct Cell {
    /// The value of every sampled input at the cell's low and high corner
    /// (equal for inputs that are not axes).
    lows: Vec<Decimal>,
    highs: Vec<Decimal>,
    /// The net at the corners; bit j of the index picks the high end of
    /// axis j. Filled one evaluation at a time.
    corners: Vec<f64>,
}

/// Multilinear interpolation of `buf` (2ᵏ corners) at the shares `t` (one
/// per axis, lowest bit of the corner index first): pairs of corners that
/// differ only in the lowest remaining axis become one value.
fn interpolate(buf: &mut [f64], t: impl Iterator<Item = f64>) -> f64 {
    let mut len = buf.len();
    for t in t {
        len /= 2;
        for j in 0..len {
            let (lo, hi) = (buf[2 * j], buf[2 * j + 1]);
            buf[j] = lo + (hi - lo) * t;
        }
    }
    buf[0]
}

/// A run in progress. Create with [`Run::new`], call [`Run::step`] (or
/// [`Run::step_until`]) until [`Run::result`] is `Some`.
#[derive(Clone, Debug)]
pub struct Run {
    settings: MonteCarlo,
    /// The scenario with fixed inputs applied, stripped of texts; sampled
    /// inputs are set on it before each evaluation.
    work: Scenario,
    /// The scenario as given (stripped), until its net is worked out.
    given: Option<Scenario>,
    sampled: Vec<Sampled>,
    inputs: Vec<UncertainInput>,
    plan: Plan,
    rng: Xoshiro256PlusPlus,
    /// The draw being worked on (kept once drawn, so a draw waiting for a
    /// cell's corners is not drawn again).
    pending: Option<Draw>,
    /// The kommune's net of each draw, in draw order.
    values: Vec<f64>,
    evaluations: u32,
    net_at_current: Option<Decimal>,
    constant: Option<Decimal>,
    summary: Option<Summary>,
    failed: Option<UncertaintyError>,
    last_cell: Option<(CellKey, usize)>,
    /// Scratch space for interpolating one draw.
    scratch: Vec<f64>,
}

impl Run {
    /// Checks the settings and the ranges; no evaluation happens here.
    pub fn new(s: &Scenario, settings: MonteCarlo) -> Result<Run, UncertaintyError> {
        if settings.draws == 0 || settings.draws > MAX_DRAWS {
            return Err(UncertaintyError::DrawCount {
                draws: settings.draws,
                max: MAX_DRAWS,
            });
        }
        let errors = validate(s);
        if !errors.is_empty() {
            return Err(UncertaintyError::Invalid(errors));
        }
        if s.ranges.is_empty() {
            return Err(UncertaintyError::NoRanges);
        }

        let mut work = s.clone();
        work.name.clear();
        work.description.clear();
        work.ranges.clear();
        work.sources.clear();
        let given = work.clone();

        let mut inputs: Vec<UncertainInput> = Vec::new();
        let mut sampled = Vec::new();
        for (i, range) in s.ranges.iter().enumerate() {
            let path = format!("ranges[{i}]");
            let (input, current) = InputId::parse(&range.input)
                .and_then(|input| Some((input, input.get(s)?)))
                .ok_or_else(|| invalid(format!("{path}.input"), Problem::UnknownInput))?;
            if inputs.iter().any(|u| u.input == input) {
                return Err(UncertaintyError::DuplicateInput { path: input.path() });
            }
            if range.low > range.high
                || range
                    .likely
                    .is_some_and(|l| l < range.low || l > range.high)
            {
                return Err(invalid(path, Problem::RangeOrder));
            }
            let spec = input.spec();
            let (min, max) = effective_range(s, input);
            for (name, value) in [("low", range.low), ("high", range.high)] {
                if let Some(problem) = check_value(input.field, value) {
                    return Err(invalid(format!("{path}.{name}"), problem));
                }
                if value < min || value > max {
                    let problem = Problem::OutOfRange {
                        min,
                        max,
                        unit: spec.unit,
                    };
                    return Err(invalid(format!("{path}.{name}"), problem));
                }
            }
            let likely = range.likely.unwrap_or(current).clamp(range.low, range.high);
            let role = match kind(s, input) {
                None => Role::NoEffect,
                Some(_) if range.low == range.high => {
                    // Setting the current value is skipped: for a refusion
                    // rule it would replace the rule by its start-year figure.
                    if range.low != current {
                        input
                            .set(&mut work, range.low)
                            .map_err(|_| invalid(format!("{path}.input"), Problem::UnknownInput))?;
                    }
                    Role::Fixed
                }
                Some(kind) => {
                    let f = |v: Decimal| v.to_f64().unwrap_or_default();
                    let distribution = Triangular::new(f(range.low), f(range.high), f(likely))
                        .map_err(|_| invalid(path.clone(), Problem::RangeOrder))?;
                    sampled.push(Sampled {
                        input,
                        kind,
                        integer: spec.integer,
                        low: range.low,
                        high: range.high,
                        bounds: (f(range.low), f(range.high)),
                        distribution,
                    });
                    Role::Sampled
                }
            };
            inputs.push(UncertainInput {
                input,
                current,
                low: range.low,
                likely,
                high: range.high,
                role,
            });
        }
        if sampled.len() > MAX_UNCERTAIN_INPUTS {
            return Err(UncertaintyError::TooManyInputs {
                count: sampled.len(),
                max: MAX_UNCERTAIN_INPUTS,
            });
        }

        let plan = if sampled.is_empty() {
            Plan::Constant
        } else if settings.force_full_evaluation
            || sampled.iter().any(|x| x.kind == Kind::Nonlinear)
        {
            Plan::Full
        } else {
            let axes: Vec<usize> = (0..sampled.len())
                .filter(|&i| matches!(sampled[i].kind, Kind::Affine | Kind::Months))
                .collect();
            let mut cells: u64 = 1;
            for x in &sampled {
                let count = match x.kind {
                    Kind::Months => sub(x.high.ceil(), x.low.floor()).map_err(overflow)?,
                    Kind::Discrete => add(sub(x.high, x.low).map_err(overflow)?, Decimal::ONE)
                        .map_err(overflow)?,
                    _ => Decimal::ONE,
                };
                cells = cells.saturating_mul(count.to_u64().unwrap_or(u64::MAX).max(1));
            }
            let evaluations = cells.saturating_mul(1 << axes.len());
            if evaluations <= MAX_INTERPOLATION_EVALUATIONS {
                Plan::Interpolate {
                    axes,
                    cells: Vec::new(),
                    index: BTreeMap::new(),
                }
            } else {
                Plan::Full
            }
        };

        Ok(Run {
            settings,
            work,
            given: Some(given),
            sampled,
            inputs,
            plan,
            rng: Xoshiro256PlusPlus::seed_from_u64(settings.seed),
            pending: None,
            values: Vec::new(),
            evaluations: 0,
            net_at_current: None,
            constant: None,
            summary: None,
            failed: None,
            last_cell: None,
            scratch: vec![0.0; 1 << MAX_UNCERTAIN_INPUTS],
        })
    }

    pub fn settings(&self) -> MonteCarlo {
        self.settings
    }

    pub fn progress(&self) -> Progress {
        Progress {
            draws_done: if self.summary.is_some() {
                self.settings.draws
            } else {
                self.values.len() as u32
            },
            draws: self.settings.draws,
            evaluations: self.evaluations,
            finished: self.summary.is_some(),
        }
    }

    /// The summary, once every draw is done.
    pub fn result(&self) -> Option<&Summary> {
        self.summary.as_ref()
    }

    /// The error that stopped the run, if any.
    pub fn error(&self) -> Option<&UncertaintyError> {
        self.failed.as_ref()
    }

    /// The kommune's net of each draw so far, in draw order (empty for a
    /// constant run).
    pub fn draw_values(&self) -> &[f64] {
        &self.values
    }

    /// A summary of the draws so far (for showing a result while the run
    /// goes on); `None` before the first draw.
    pub fn partial_result(&self) -> Option<Summary> {
        if let Some(summary) = &self.summary {
            return Some(summary.clone());
        }
        if self.values.is_empty() {
            return None;
        }
        self.summarise(self.values.len() as u32).ok()
    }

    /// Does up to `max_draws` draws.
    pub fn step(&mut self, max_draws: u32) -> Result<Progress, UncertaintyError> {
        self.step_until(max_draws, || false)
    }

    /// Does up to `max_draws` draws, stopping early once `stop()` returns
    /// true; it is asked after every full evaluation and every 256 draws, so
    /// a caller can pass a clock check and keep each chunk short. The result
    /// does not depend on where the chunks end.
    pub fn step_until(
        &mut self,
        max_draws: u32,
        mut stop: impl FnMut() -> bool,
    ) -> Result<Progress, UncertaintyError> {
        if let Some(e) = &self.failed {
            return Err(e.clone());
        }
        match self.advance(max_draws, &mut stop) {
            Ok(()) => Ok(self.progress()),
            Err(e) => {
                self.failed = Some(e.clone());
                Err(e)
            }
        }
    }

    fn advance(
        &mut self,
        max_draws: u32,
        stop: &mut impl FnMut() -> bool,
    ) -> Result<(), UncertaintyError> {
        if self.summary.is_some() {
            return Ok(());
        }
        if let Some(given) = self.given.take() {
            // The headline figure: the scenario as given.
            self.net_at_current = Some(evaluate_counted(&given, &mut self.evaluations)?);
            if stop() {
                return Ok(());
            }
        }
        if matches!(self.plan, Plan::Constant) {
            let net = self.evaluate_work()?;
            self.constant = Some(net);
            self.summary = Some(self.summarise(self.settings.draws)?);
            return Ok(());
        }
        let mut done = 0u32;
        let mut since_check = 0u32;
        while done < max_draws && (self.values.len() as u32) < self.settings.draws {
            let draw = match self.pending {
                Some(draw) => draw,
                None => {
                    let mut draw = [0.0; MAX_UNCERTAIN_INPUTS];
                    for (slot, x) in draw.iter_mut().zip(&self.sampled) {
                        *slot = x.draw(&mut self.rng);
                    }
                    self.pending = Some(draw);
                    draw
                }
            };
            let (value, evaluated) = self.net_of(&draw)?;
            if let Some(v) = value {
                self.values.push(v);
                self.pending = None;
                done += 1;
            }
            since_check += 1;
            if evaluated || since_check >= 256 {
                since_check = 0;
                if stop() {
                    break;
                }
            }
        }
        if self.values.len() as u32 == self.settings.draws {
            self.summary = Some(self.summarise(self.settings.draws)?);
        }
        Ok(())
    }

    fn evaluate_work(&mut self) -> Result<Decimal, UncertaintyError> {
        evaluate_counted(&self.work, &mut self.evaluations)
    }

    fn set_all(&mut self, values: &[Decimal]) -> Result<(), UncertaintyError> {
        for (x, v) in self.sampled.iter().zip(values) {
            x.input
                .set(&mut self.work, *v)
                .map_err(|_| invalid(x.input.path(), Problem::NotWhole))?;
        }
        Ok(())
    }

    /// The net of `draw`, or `None` when one corner of its cell was
    /// evaluated instead (call again). The flag says whether a full
    /// evaluation happened.
    fn net_of(&mut self, draw: &Draw) -> Result<(Option<f64>, bool), UncertaintyError> {
        let k = self.sampled.len();
        if !matches!(self.plan, Plan::Interpolate { .. }) {
            let mut values = [Decimal::ZERO; MAX_UNCERTAIN_INPUTS];
            for i in 0..k {
                values[i] = self.sampled[i].decimal(draw[i])?;
            }
            self.set_all(&values[..k])?;
            let net = self.evaluate_work()?;
            return Ok((Some(to_f64(net)), true));
        }

        // Which cell, and the share along each axis within it.
        let mut key: CellKey = [0; MAX_UNCERTAIN_INPUTS];
        let mut t = [0.0; MAX_UNCERTAIN_INPUTS];
        for (i, x) in self.sampled.iter().enumerate() {
            let v = draw[i];
            match x.kind {
                Kind::Affine => t[i] = share(v, x.bounds.0, x.bounds.1),
                Kind::Months => {
                    let (n, lo, hi) = x.months_cell(v);
                    key[i] = n;
                    t[i] = share(v, lo, hi);
                }
                Kind::Discrete | Kind::Nonlinear => key[i] = v as i64,
            }
        }
        let sampled = &self.sampled;
        let Plan::Interpolate { axes, cells, index } = &mut self.plan else {
            return Err(overflow(Overflow));
        };
        let at = match self.last_cell {
            Some((last, at)) if last == key => at,
            _ => {
                let at = *index.entry(key).or_insert_with(|| {
                    let (lows, highs) = sampled
                        .iter()
                        .zip(key)
                        .map(|(x, key)| x.cell_ends(key))
                        .unzip();
                    cells.push(Cell {
                        lows,
                        highs,
                        corners: Vec::with_capacity(1 << axes.len()),
                    });
                    cells.len() - 1
                });
                self.last_cell = Some((key, at));
                at
            }
        };
        let cell = &cells[at];
        let corner_count = 1usize << axes.len();
        if cell.corners.len() < corner_count {
            // Evaluate the next corner of this cell.
            let c = cell.corners.len();
            let mut values = [Decimal::ZERO; MAX_UNCERTAIN_INPUTS];
            values[..k].copy_from_slice(&cell.lows);
            for (bit, &axis) in axes.iter().enumerate() {
                if c & (1 << bit) != 0 {
                    values[axis] = cell.highs[axis];
                }
            }
            self.set_all(&values[..k])?;
            let net = to_f64(self.evaluate_work()?);
            if let Plan::Interpolate { cells, .. } = &mut self.plan {
                cells[at].corners.push(net);
            }
            return Ok((None, true));
        }
        let buf = &mut self.scratch[..corner_count];
        buf.copy_from_slice(&cell.corners);
        let net = interpolate(buf, axes.iter().map(|&axis| t[axis]));
        Ok((Some(net), false))
    }

    fn summarise(&self, draws: u32) -> Result<Summary, UncertaintyError> {
        let net_at_current = self.net_at_current.unwrap_or_default();
        let inputs = self.inputs.clone();
        let (method, seed) = (self.method(), self.settings.seed);
        if let Some(net) = self.constant {
            let saving = net > Decimal::ZERO;
            return Ok(Summary {
                draws,
                seed,
                method,
                inputs,
                net_at_current,
                savings: if saving { draws } else { 0 },
                probability_of_saving: if saving { Decimal::ONE } else { Decimal::ZERO },
                p10: net,
                p50: net,
                p90: net,
                mean: net,
                min: net,
                max: net,
                histogram: vec![Bin {
                    from: net,
                    to: net,
                    count: draws,
                }],
            });
        }
        let values = &self.values[..draws as usize];
        let n = values.len();
        let (min, max) = values
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &v| {
                (lo.min(v), hi.max(v))
            });
        let savings = values.iter().filter(|&&v| v > 0.0).count() as u32;
        // Summed in draw order, so the mean is the same however it was chunked.
        let mean = values.iter().sum::<f64>() / n as f64;
        // Three selections instead of a sort: the summary of 100,000 draws
        // takes 3–4 ms instead of 9 (natively, examples/uncertainty_speed),
        // and it is worked out in one go, in the chunk that ends the run.
        let mut scratch = values.to_vec();
        let mut rank = |p: usize| {
            let at = (p * n).div_ceil(100).max(1) - 1;
            *scratch.select_nth_unstable_by(at, f64::total_cmp).1
        };
        let (p10, p50, p90) = (rank(10), rank(50), rank(90));
        let histogram = if min == max {
            vec![Bin {
                from: kroner(min)?,
                to: kroner(max)?,
                count: draws,
            }]
        } else {
            // Bin i runs from min + i·(max − min)/20; max is in the last one.
            let width = max - min;
            let bins = HISTOGRAM_BINS as f64;
            let mut counts = [0u32; HISTOGRAM_BINS];
            for &v in values {
                // `as` saturates; the `min` puts max in the last bin.
                let bin = ((v - min) / width * bins) as usize;
                counts[bin.min(HISTOGRAM_BINS - 1)] += 1;
            }
            let edge = |i: usize| match i {
                HISTOGRAM_BINS => max,
                _ => min + width * i as f64 / bins,
            };
            counts
                .iter()
                .enumerate()
                .map(|(i, &count)| {
                    Ok(Bin {
                        from: kroner(edge(i))?,
                        to: kroner(edge(i + 1))?,
                        count,
                    })
                })
                .collect::<Result<Vec<_>, UncertaintyError>>()?
        };
        Ok(Summary {
            draws,
            seed,
            method,
            inputs,
            net_at_current,
            savings,
            probability_of_saving: div(Decimal::from(savings), Decimal::from(draws))
                .map_err(overflow)?,
            p10: kroner(p10)?,
            p50: kroner(p50)?,
            p90: kroner(p90)?,
            mean: kroner(mean)?,
            min: kroner(min)?,
            max: kroner(max)?,
            histogram,
        })
    }

    fn method(&self) -> Method {
        match &self.plan {
            Plan::Constant => Method::Constant,
            Plan::Interpolate { cells, .. } => Method::Interpolated {
                cells: cells.len() as u32,
                evaluations: self.evaluations,
            },
            Plan::Full => Method::FullEvaluation {
                evaluations: self.evaluations,
            },
        }
    }
}

fn evaluate_counted(s: &Scenario, count: &mut u32) -> Result<Decimal, UncertaintyError> {
    *count = count.saturating_add(1);
    evaluate(s)
        .map(|out| out.net.kommune)
        .map_err(|r| UncertaintyError::Invalid(r.0))
}

/// A net from the engine as the draws hold it. Nets are far inside `f64`'s
/// range; `f64` keeps 15 significant digits of them.
fn to_f64(net: Decimal) -> f64 {
    net.to_f64().unwrap_or_default()
}

/// An amount of the summary: to the øre, half away from zero.
fn kroner(v: f64) -> Result<Decimal, UncertaintyError> {
    Decimal::from_f64_retain(v)
        .map(|d| d.round_dp_with_strategy(SUMMARY_DECIMALS, RoundingStrategy::MidpointAwayFromZero))
        .ok_or_else(|| overflow(Overflow))
}

/// Runs all draws at once (tests, small runs).
pub fn run(s: &Scenario, settings: MonteCarlo) -> Result<Summary, UncertaintyError> {
    let mut r = Run::new(s, settings)?;
    while r.result().is_none() {
        r.step(u32::MAX)?;
    }
    r.result().cloned().ok_or_else(|| overflow(Overflow))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn sampled(kind: Kind, integer: bool, low: Decimal, likely: Decimal, high: Decimal) -> Sampled {
        let f = |v: Decimal| v.to_f64().unwrap();
        Sampled {
            input: InputId::group(0, Field::IndsatsMonthly),
            kind,
            integer,
            low,
            high,
            bounds: (f(low), f(high)),
            distribution: Triangular::new(f(low), f(high), f(likely)).unwrap(),
        }
    }

    #[test]
    fn months_cells_cover_the_range() {
        let x = sampled(Kind::Months, false, dec!(2.5), dec!(3), dec!(4));
        assert_eq!(x.months_cell(2.5), (2, 2.5, 3.0));
        assert_eq!(x.months_cell(2.75), (2, 2.5, 3.0));
        assert_eq!(x.months_cell(3.0), (3, 3.0, 4.0));
        // The top of the range belongs to the last cell, not an empty one.
        assert_eq!(x.months_cell(4.0), (3, 3.0, 4.0));
        assert_eq!(x.cell_ends(2), (dec!(2.5), dec!(3)));
        assert_eq!(x.cell_ends(3), (dec!(3), dec!(4)));
    }

    #[test]
    fn interpolation_is_exact_on_a_multilinear_function() {
        // f(x, y) = 3 + 5x − 7y + 11xy at (1/4, 3/4): 3 + 1.25 − 5.25 + 2.0625
        // = 1.0625; corners f(0,0) = 3, f(1,0) = 8, f(0,1) = −4, f(1,1) = 12.
        // Quarters are exact in binary, so the result is too.
        let mut corners = [3.0, 8.0, -4.0, 12.0];
        assert_eq!(interpolate(&mut corners, [0.25, 0.75].into_iter()), 1.0625);
        // At the corners themselves: the corner values.
        let mut corners = [3.0, 8.0, -4.0, 12.0];
        assert_eq!(interpolate(&mut corners, [1.0, 0.0].into_iter()), 8.0);
    }

    #[test]
    fn whole_number_draws_round_half_away_from_zero() {
        // Triangle 1 / 2 / 3: P(x < 1.5) = 0.5² / (2 · 1) = 0.125, so 1 is
        // drawn 12.5 % of the time, 3 as often, 2 the other 75 %. Standard
        // error with 20,000 draws √(0.125 · 0.875 / 20,000) = 0.0023.
        let x = sampled(Kind::Discrete, true, dec!(1), dec!(2), dec!(3));
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(1);
        let mut counts = [0u32; 3];
        for _ in 0..20_000 {
            let v = x.draw(&mut rng);
            assert!(v == 1.0 || v == 2.0 || v == 3.0, "{v}");
            counts[v as usize - 1] += 1;
        }
        for (count, expected) in counts.iter().zip([0.125, 0.75, 0.125]) {
            let share = f64::from(*count) / 20_000.0;
            assert!((share - expected).abs() < 0.01, "{counts:?}");
        }
        assert_eq!(x.decimal(2.5).unwrap(), dec!(3));
        assert_eq!(x.decimal(1.4999).unwrap(), dec!(1));
    }

    #[test]
    fn drawn_values_are_kept_to_a_millionth_within_the_range() {
        let x = sampled(Kind::Affine, false, dec!(0.5), dec!(0.6), dec!(0.75));
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(2);
        for _ in 0..10_000 {
            let v = x.draw(&mut rng);
            assert!((0.5..=0.75).contains(&v), "{v}");
            let d = x.decimal(v).unwrap();
            assert!(d.scale() <= 6, "{d}");
            // The Decimal is the f64's value: nothing lost either way.
            assert_eq!(d.to_f64().unwrap(), v);
        }
        // 0.1 + 0.2 is 0.30000000000000004 in f64.
        assert_eq!(
            sampled(Kind::Affine, false, dec!(0), dec!(0), dec!(1))
                .decimal(0.1 + 0.2)
                .unwrap(),
            dec!(0.3)
        );
    }

    #[test]
    fn summary_amounts_are_rounded_to_the_ore() {
        // 0.125 and −0.125 are exact in binary: a true midpoint, rounded away
        // from zero. 1.005 is 1.00499999999999989… in binary: rounded down.
        assert_eq!(kroner(0.125).unwrap(), dec!(0.13));
        assert_eq!(kroner(-0.125).unwrap(), dec!(-0.13));
        assert_eq!(kroner(1.005).unwrap(), dec!(1.00));
        assert_eq!(kroner(-383623.4712).unwrap(), dec!(-383623.47));
        assert!(kroner(f64::NAN).is_err());
    }
}
