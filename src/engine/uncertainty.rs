//! "How sure are we?": a seeded Monte Carlo run over the inputs the user gave
//! a low / likely / high value for (`Scenario::ranges`).
//!
//! Method (also in `docs/uncertainty.md`):
//!
//! - **Random numbers**: [`SplitMix64`], seeded by the user's seed. Each draw
//!   takes one 64-bit number per uncertain input, in the order of the ranges.
//!   Same seed and scenario ⇒ the same draws, whatever the chunk sizes.
//! - **Sampling**: a triangular distribution over `[low, high]` with its peak
//!   at `likely` (the current value, clamped, when none is given). The
//!   inverse CDF is worked in integers: the uniform is `U / 2³¹`, the
//!   position along the range `Y / 2³¹`, with `Y = ⌊√(U·M)⌋` or
//!   `2³¹ − ⌊√((2³¹−U)(2³¹−M))⌋` (`M / 2³¹` the peak's position), an exact
//!   integer square root. The value is `low + (high − low) · Y / 2³¹` in
//!   `Decimal`; whole-number inputs are rounded half away from zero.
//! - **The net per draw**: for inputs the net is affine in (rates, refusion %,
//!   cases shortened, indsats, handling, buy-out hours and cost, overhead,
//!   tax %) the kommune's net is *multilinear* in the sampled inputs: every
//!   term of the calculation is a product in which each input appears at
//!   most once. A multilinear function is fixed exactly by its values at the
//!   2ᵏ corners of the box, so the full engine is run once per corner and
//!   each draw interpolates between the corners, one input at a time
//!   (2ᵏ − 1 linear interpolations). Months shortened is affine between
//!   whole numbers of months, so its range is cut into unit cells; whole-number inputs
//!   (horizon, timing, weeks, buy-out months) pick a cell by their value.
//!   Cells are evaluated when a draw first lands in them. Inputs the net is
//!   not piecewise multilinear in (full-time hours, rate adjustment) are
//!   evaluated in full for every draw, as is any run whose cells would need
//!   more than [`MAX_INTERPOLATION_EVALUATIONS`] evaluations.
//! - **Fixed point**: draws are held as integers in units of 10⁻¹⁰ kr.
//!   (positions within a months cell in units of 2⁻⁶²) and reported as
//!   exact `Decimal`s; no floating point enters any figure. Cells with nets
//!   below about 115 million kr. interpolate in `i64` (exactly as `i128`
//!   would), since wasm has no 128-bit multiply.
//! - **Percentiles**: nearest rank. P*p* of *N* sorted draws is the draw of
//!   rank ⌈*p*·*N* / 100⌉ (1-based).

use std::collections::BTreeMap;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

use super::arith::{add, div, mul, sub, Calc, Overflow};
use super::calc::evaluate;
use super::inputs::{Field, InputId};
use super::scenario::Scenario;
use super::solve::effective_range;
use super::validate::{check_value, validate, FieldError, Problem};
use crate::format::number::format_decimal;
use crate::lang::Lang;

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

/// Draws are kept in units of 10⁻¹⁰ kr.
const UNIT_SCALE: u32 = 10;
/// Positions along a range are multiples of 2⁻³¹.
const T_BITS: u32 = 31;
const T_ONE: u64 = 1 << T_BITS;
/// Positions within a cell, for interpolation, are multiples of 2⁻⁶².
const FINE_BITS: u32 = 62;
/// Interpolation is exact for values below 2⁹⁴ units (about 2 · 10¹⁸ kr.):
/// a difference times a position then stays below 2¹²⁶, and a sum of
/// `MAX_DRAWS` draws below 2¹¹⁴.
const UNIT_LIMIT: i128 = 1 << 94;

// ---------------------------------------------------------------------------
// Random numbers

/// SplitMix64 (Steele, Lea and Flood 2014; the seeding generator of
/// `java.util.SplittableRandom` and of the xoshiro family): a 64-bit state
/// that advances by the golden-ratio constant, each output a bijective mix
/// of the state. Small, fast, passes BigCrush, and needs no entropy source,
/// so it builds for `wasm32-unknown-unknown` as is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    pub const fn new(seed: u64) -> SplitMix64 {
        SplitMix64 { state: seed }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform integer in `[0, 2³¹)`: the top 31 bits of the next output.
    pub fn next_u31(&mut self) -> u64 {
        self.next_u64() >> (64 - T_BITS)
    }
}

/// `⌊√n⌋`, exactly. The float square root is only a first guess; the
/// integer steps after it make the answer exact whatever the guess.
pub fn isqrt(n: u64) -> u64 {
    // Below 2⁶³ the squares compared here cannot overflow; larger inputs never
    // occur (the products sampled are below 2⁶²) but are answered correctly.
    let mut y = ((n as f64).sqrt() as u64).min(u64::from(u32::MAX));
    while y.checked_mul(y).is_none_or(|sq| sq > n) {
        y -= 1;
    }
    while (y + 1).checked_mul(y + 1).is_some_and(|sq| sq <= n) {
        y += 1;
    }
    y
}

// ---------------------------------------------------------------------------
// The triangular distribution

/// A triangular distribution over `[low, high]` peaking at `likely`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Triangle {
    pub low: Decimal,
    pub likely: Decimal,
    pub high: Decimal,
    /// The peak's position along the range in units of 2⁻³¹.
    peak: u64,
}

impl Triangle {
    /// Requires `low ≤ likely ≤ high`. `low == high` is allowed: every draw
    /// is then that value.
    pub fn new(low: Decimal, likely: Decimal, high: Decimal) -> Calc<Triangle> {
        if !(low <= likely && likely <= high) {
            return Err(Overflow);
        }
        let width = sub(high, low)?;
        let peak = if width.is_zero() {
            0
        } else {
            let share = div(sub(likely, low)?, width)?;
            mul(share, Decimal::from(T_ONE))?
                .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
                .to_u64()
                .ok_or(Overflow)?
                .min(T_ONE)
        };
        Ok(Triangle {
            low,
            likely,
            high,
            peak,
        })
    }

    /// The inverse CDF: the position along the range (units of 2⁻³¹, from 0
    /// at `low` to 2³¹ at `high`) of the uniform `u` (units of 2⁻³¹).
    ///
    /// With `m` the peak's position, the CDF is `y² / m` left of the peak and
    /// `1 − (1 − y)² / (1 − m)` right of it, so `y = √(u·m)` for `u < m`
    /// and `y = 1 − √((1 − u)(1 − m))` otherwise.
    pub fn position(&self, u: u64) -> u64 {
        let u = u.min(T_ONE - 1);
        if u < self.peak {
            isqrt(u * self.peak)
        } else {
            T_ONE - isqrt((T_ONE - u) * (T_ONE - self.peak))
        }
    }

    /// The value at a position: `low + (high − low) · position / 2³¹`.
    pub fn value_at(&self, position: u64) -> Calc<Decimal> {
        let width = sub(self.high, self.low)?;
        if width.is_zero() {
            return Ok(self.low);
        }
        let offset = div(mul(width, Decimal::from(position))?, Decimal::from(T_ONE))?;
        Ok(add(self.low, offset)?.clamp(self.low, self.high))
    }

    /// One draw from a uniform `u` in `[0, 2³¹)`.
    pub fn sample(&self, u: u64) -> Calc<Decimal> {
        self.value_at(self.position(u))
    }
}

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

impl UncertaintyError {
    pub fn messages(&self, lang: Lang) -> Vec<String> {
        let n = |v: u32| format_decimal(Decimal::from(v), lang, 0);
        match self {
            UncertaintyError::Invalid(errors) => errors.iter().map(|e| e.message(lang)).collect(),
            UncertaintyError::NoRanges => vec![lang
                .pick(
                    "Angiv en lav og en høj værdi for mindst ét tal for at se usikkerheden.",
                    "Give a low and a high value for at least one input to see the uncertainty.",
                )
                .to_string()],
            UncertaintyError::DuplicateInput { path } => vec![match lang {
                Lang::Da => format!("{path}: har mere end ét interval; behold ét."),
                Lang::En => format!("{path}: has more than one range; keep one."),
            }],
            UncertaintyError::TooManyInputs { count, max } => vec![match lang {
                Lang::Da => format!(
                    "{count} tal varierer; højst {max} kan variere på én gang. Gør de øvrige intervaller til ét tal (lav = høj)."
                ),
                Lang::En => format!(
                    "{count} inputs vary; at most {max} can vary at once. Make the other ranges a single value (low = high)."
                ),
            }],
            UncertaintyError::DrawCount { max, .. } => vec![match lang {
                Lang::Da => format!("Antal trækninger skal være fra 1 til {}.", n(*max)),
                Lang::En => format!("The number of draws must be from 1 to {}.", n(*max)),
            }],
        }
    }
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

#[derive(Clone, Debug)]
struct Sampled {
    input: InputId,
    triangle: Triangle,
    kind: Kind,
    integer: bool,
    /// For months and whole-number inputs: where along the positions the
    /// cell changes (set up with the interpolated plan).
    cuts: Vec<Cut>,
}

/// The positions from `from` up to the next cut share one cell of an input.
#[derive(Clone, Debug)]
struct Cut {
    from: u64,
    key: i64,
    /// The cell's ends (equal for a whole-number input).
    lo: Decimal,
    hi: Decimal,
    /// For months: the ends as positions in units of 2⁻⁶³.
    lo_fx: i128,
    span_fx: i128,
}

/// The value of a sampled input at a position, rounded half away from zero
/// for whole-number fields. Every path (corners, cuts, full evaluation)
/// takes its values from here, so they agree.
fn sampled_value(x: &Sampled, position: u64) -> Result<Decimal, UncertaintyError> {
    let v = x.triangle.value_at(position).map_err(overflow)?;
    Ok(if x.integer {
        v.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
    } else {
        v
    })
}

/// The cell of a months or whole-number input at a position: its key and ends.
fn cell_at(x: &Sampled, position: u64) -> Result<(i64, Decimal, Decimal), UncertaintyError> {
    let v = sampled_value(x, position)?;
    let (lo, hi) = match x.kind {
        Kind::Months => months_cell(&x.triangle, v).map_err(overflow)?,
        _ => (v, v),
    };
    let key = lo.floor().to_i64().ok_or_else(|| overflow(Overflow))?;
    Ok((key, lo, hi))
}

/// Where along the positions `[0, 2³¹]` an input's cell changes, found by
/// bisection on [`cell_at`] (the cell never moves down as the position grows).
/// `None` when there would be more than `max_cells` cells (the plan's bound
/// rules that out; the caller then evaluates every draw in full).
fn find_cuts(x: &Sampled, max_cells: u64) -> Result<Option<Vec<Cut>>, UncertaintyError> {
    let width = sub(x.triangle.high, x.triangle.low).map_err(overflow)?;
    let fx = |v: Decimal| -> Result<i128, UncertaintyError> {
        sub(v, x.triangle.low)
            .and_then(|d| div(d, width))
            .and_then(|share| mul(share, Decimal::from(1u64 << 63)))
            .map_err(overflow)?
            .round()
            .to_i128()
            .ok_or_else(|| overflow(Overflow))
    };
    let last = cell_at(x, T_ONE)?.0;
    let mut cuts: Vec<Cut> = Vec::new();
    let mut from = 0;
    loop {
        let (key, lo, hi) = cell_at(x, from)?;
        let lo_fx = fx(lo)?;
        cuts.push(Cut {
            from,
            key,
            lo,
            hi,
            lo_fx,
            span_fx: (fx(hi)? - lo_fx).max(1),
        });
        if key >= last {
            return Ok(Some(cuts));
        }
        if cuts.len() as u64 >= max_cells {
            return Ok(None);
        }
        // The first position past `from` in a later cell.
        let (mut a, mut b) = (from, T_ONE);
        while b - a > 1 {
            let m = a + (b - a) / 2;
            if cell_at(x, m)?.0 > key {
                b = m;
            } else {
                a = m;
            }
        }
        from = b;
    }
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

impl Method {
    pub fn describe(&self, lang: Lang) -> String {
        let n = |v: u32| format_decimal(Decimal::from(v), lang, 0);
        match (self, lang) {
            (Method::Constant, Lang::Da) => "Intet varierer: alle trækninger giver samme resultat.".into(),
            (Method::Constant, Lang::En) => "Nothing varies: every draw gives the same result.".into(),
            (Method::Interpolated { evaluations, .. }, Lang::Da) => format!(
                "Nettoet er multilineært i de tal, der varierer: beregnet fuldt i {} hjørnepunkter og interpoleret eksakt derimellem.",
                n(*evaluations)
            ),
            (Method::Interpolated { evaluations, .. }, Lang::En) => format!(
                "The net is multilinear in the inputs that vary: evaluated in full at {} corner points and interpolated exactly in between.",
                n(*evaluations)
            ),
            (Method::FullEvaluation { evaluations }, Lang::Da) => {
                format!("Hver trækning er beregnet fuldt ({} beregninger).", n(*evaluations))
            }
            (Method::FullEvaluation { evaluations }, Lang::En) => {
                format!("Every draw was evaluated in full ({} evaluations).", n(*evaluations))
            }
        }
    }
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
    Interpolate {
        /// Which of the sampled inputs are interpolation axes.
        axes: Vec<usize>,
        cells: Vec<Cell>,
        index: BTreeMap<CellKey, usize>,
    },
    Full,
}

type CellKey = [i64; MAX_UNCERTAIN_INPUTS];

#[derive(Clone, Debug)]
struct Cell {
    /// The value of every sampled input at the cell's low corner, and the
    /// width along each axis (zero for the others).
    lows: Vec<Decimal>,
    highs: Vec<Decimal>,
    /// Net in units at the corners; bit j of the index picks the high end
    /// of axis j. Filled one evaluation at a time.
    corners: Vec<i128>,
    /// The same, once complete, when every corner is below [`NARROW_LIMIT`]:
    /// interpolated with 64-bit integers (wasm has no 128-bit multiply).
    narrow: Vec<i64>,
}

/// Corners below 2⁶⁰ units (about 115 million kr.) interpolate in `i64`.
const NARROW_LIMIT: i128 = 1 << 60;

/// Multilinear interpolation of `buf` (2ᵏ corners) at the positions `t`
/// (units of 2⁻⁶², one per axis, lowest bit of the corner index first):
/// pairs of corners that differ only in the lowest remaining axis become
/// one value. Each step rounds down by less than one unit.
fn interpolate_wide(buf: &mut [i128], t: impl Iterator<Item = u64>) -> i128 {
    let mut len = buf.len();
    for t in t {
        // t = (upper · 2³¹ + lower) / 2⁶²; corners below 2⁹⁴ keep each
        // product below 2¹²⁶.
        let upper = i128::from(t >> T_BITS);
        let lower = i128::from(t & (T_ONE - 1));
        len /= 2;
        for j in 0..len {
            let (lo, hi) = (buf[2 * j], buf[2 * j + 1]);
            let d = hi - lo;
            let scaled = if lower == 0 {
                d * upper
            } else {
                d * upper + ((d * lower) >> T_BITS)
            };
            buf[j] = lo + (scaled >> T_BITS);
        }
    }
    buf[0]
}

/// [`interpolate_wide`] in 64-bit integers, for corners below 2⁶⁰ units
/// (so differences are below 2⁶¹). With `d = dh · 2³¹ + dl` and
/// `t = th · 2³¹ + tl` (`0 ≤ dl, tl < 2³¹`, `th ≤ 2³¹`):
/// `⌊d · t / 2⁶²⌋ = dh · th + ⌊(dh · tl + dl · th + ⌊dl · tl / 2³¹⌋) / 2³¹⌋`,
/// every product below 2⁶² — the same value as the 128-bit sum.
fn interpolate_narrow(buf: &mut [i64], t: impl Iterator<Item = u64>) -> i64 {
    const MASK: i64 = (1 << T_BITS) - 1;
    let mut len = buf.len();
    for t in t {
        let th = (t >> T_BITS) as i64;
        let tl = (t & (T_ONE - 1)) as i64;
        len /= 2;
        for j in 0..len {
            let (lo, hi) = (buf[2 * j], buf[2 * j + 1]);
            let d = hi - lo;
            let (dh, dl) = (d >> T_BITS, d & MASK);
            let scaled = if tl == 0 {
                dh * th + ((dl * th) >> T_BITS)
            } else {
                dh * th + ((dh * tl + dl * th + ((dl * tl) >> T_BITS)) >> T_BITS)
            };
            buf[j] = lo + scaled;
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
    rng: SplitMix64,
    /// The positions of the draw being worked on (set once drawn, so a draw
    /// waiting for a cell's corners is not drawn again).
    pending: Option<[u64; MAX_UNCERTAIN_INPUTS]>,
    values: Vec<i128>,
    evaluations: u32,
    net_at_current: Option<Decimal>,
    constant: Option<Decimal>,
    summary: Option<Summary>,
    failed: Option<UncertaintyError>,
    last_cell: Option<(CellKey, usize)>,
    /// Scratch space for interpolating one draw.
    wide: Vec<i128>,
    narrow: Vec<i64>,
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
            let triangle = Triangle::new(range.low, likely, range.high).map_err(overflow)?;
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
                    sampled.push(Sampled {
                        input,
                        triangle: triangle.clone(),
                        kind,
                        integer: spec.integer,
                        cuts: Vec::new(),
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
                let t = &x.triangle;
                let count = match x.kind {
                    Kind::Months => sub(t.high.ceil(), t.low.floor()).map_err(overflow)?,
                    Kind::Discrete => add(sub(t.high, t.low).map_err(overflow)?, Decimal::ONE)
                        .map_err(overflow)?,
                    _ => Decimal::ONE,
                };
                cells = cells.saturating_mul(count.to_u64().unwrap_or(u64::MAX).max(1));
            }
            let evaluations = cells.saturating_mul(1 << axes.len());
            let mut interpolate = evaluations <= MAX_INTERPOLATION_EVALUATIONS;
            for x in &mut sampled {
                if interpolate && matches!(x.kind, Kind::Months | Kind::Discrete) {
                    match find_cuts(x, MAX_INTERPOLATION_EVALUATIONS)? {
                        Some(cuts) => x.cuts = cuts,
                        None => interpolate = false,
                    }
                }
            }
            if interpolate {
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
            rng: SplitMix64::new(settings.seed),
            pending: None,
            values: Vec::new(),
            evaluations: 0,
            net_at_current: None,
            constant: None,
            summary: None,
            failed: None,
            last_cell: None,
            wide: vec![0; 1 << MAX_UNCERTAIN_INPUTS],
            narrow: vec![0; 1 << MAX_UNCERTAIN_INPUTS],
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

    /// The kommune's net of each draw so far, in draw order, to the 10th
    /// decimal (empty for a constant run).
    pub fn draw_values(&self) -> impl Iterator<Item = Decimal> + '_ {
        self.values
            .iter()
            .map(|&v| from_units(v).unwrap_or_default())
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
            let positions = match self.pending {
                Some(p) => p,
                None => {
                    let mut p = [0u64; MAX_UNCERTAIN_INPUTS];
                    for (slot, x) in p.iter_mut().zip(&self.sampled) {
                        *slot = x.triangle.position(self.rng.next_u31());
                    }
                    self.pending = Some(p);
                    p
                }
            };
            let (value, evaluated) = self.net_of(&positions)?;
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

    /// The net of the draw at `positions` in units, or `None` when one
    /// corner of its cell was evaluated instead (call again). The flag says
    /// whether a full evaluation happened.
    fn net_of(
        &mut self,
        positions: &[u64; MAX_UNCERTAIN_INPUTS],
    ) -> Result<(Option<i128>, bool), UncertaintyError> {
        let k = self.sampled.len();
        if !matches!(self.plan, Plan::Interpolate { .. }) {
            let mut values = [Decimal::ZERO; MAX_UNCERTAIN_INPUTS];
            for i in 0..k {
                values[i] = sampled_value(&self.sampled[i], positions[i])?;
            }
            self.set_all(&values[..k])?;
            let net = self.evaluate_work()?;
            return Ok((Some(to_units(net)?), true));
        }

        // Which cell, and the position within it along each axis.
        let mut key: CellKey = [0; MAX_UNCERTAIN_INPUTS];
        let mut t = [0u64; MAX_UNCERTAIN_INPUTS];
        let mut pieces: [Option<&Cut>; MAX_UNCERTAIN_INPUTS] = [None; MAX_UNCERTAIN_INPUTS];
        for (i, x) in self.sampled.iter().enumerate() {
            let y = positions[i];
            if x.kind == Kind::Affine {
                t[i] = y << (FINE_BITS - T_BITS);
                continue;
            }
            let piece = &x.cuts[x.cuts.partition_point(|c| c.from <= y).max(1) - 1];
            key[i] = piece.key;
            pieces[i] = Some(piece);
            if x.kind == Kind::Months {
                // (y − lo) / (hi − lo) in units of 2⁻⁶²: `within` is below
                // 2⁶⁴, so shifted it stays below 2¹²⁶.
                let within = ((i128::from(y) << 32) - piece.lo_fx).max(0);
                t[i] = ((within << FINE_BITS) / piece.span_fx).clamp(0, 1 << FINE_BITS) as u64;
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
                    let end = |i: usize, high: bool| match (pieces[i], high) {
                        (Some(p), false) => p.lo,
                        (Some(p), true) => p.hi,
                        (None, false) => sampled[i].triangle.low,
                        (None, true) => sampled[i].triangle.high,
                    };
                    cells.push(Cell {
                        lows: (0..k).map(|i| end(i, false)).collect(),
                        highs: (0..k).map(|i| end(i, true)).collect(),
                        corners: Vec::with_capacity(1 << axes.len()),
                        narrow: Vec::new(),
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
            let net = to_units(self.evaluate_work()?)?;
            if let Plan::Interpolate { cells, .. } = &mut self.plan {
                let cell = &mut cells[at];
                cell.corners.push(net);
                if cell.corners.len() == corner_count
                    && cell.corners.iter().all(|v| v.abs() < NARROW_LIMIT)
                {
                    cell.narrow = cell.corners.iter().map(|&v| v as i64).collect();
                }
            }
            return Ok((None, true));
        }
        let positions = axes.iter().map(|&axis| t[axis]);
        let net = if cell.narrow.is_empty() {
            let buf = &mut self.wide[..corner_count];
            buf.copy_from_slice(&cell.corners);
            interpolate_wide(buf, positions)
        } else {
            let buf = &mut self.narrow[..corner_count];
            buf.copy_from_slice(&cell.narrow);
            i128::from(interpolate_narrow(buf, positions))
        };
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
        let mut sorted = self.values[..draws as usize].to_vec();
        sorted.sort_unstable();
        let n = sorted.len();
        let (min, max) = (sorted[0], sorted[n - 1]);
        let rank = |p: usize| sorted[(p * n).div_ceil(100).max(1) - 1];
        let savings = sorted.iter().filter(|&&v| v > 0).count() as u32;
        let total: i128 = sorted.iter().sum();
        let mean = div_round(total, n as i128);
        let d = |v: i128| from_units(v);
        let histogram = if min == max {
            vec![Bin {
                from: d(min)?,
                to: d(max)?,
                count: draws,
            }]
        } else {
            // Edge i is min + i·(max − min)/20, rounded to the unit; a draw
            // belongs to the last bin whose lower edge it reaches. The draws
            // are sorted, so one pass fills the bins.
            let width = max - min;
            let edges: Vec<i128> = (0..=HISTOGRAM_BINS as i128)
                .map(|i| min + div_round(width * i, HISTOGRAM_BINS as i128))
                .collect();
            let mut counts = [0u32; HISTOGRAM_BINS];
            let mut bin = 0;
            for &v in &sorted {
                while bin + 1 < HISTOGRAM_BINS && v >= edges[bin + 1] {
                    bin += 1;
                }
                counts[bin] += 1;
            }
            counts
                .iter()
                .enumerate()
                .map(|(i, &count)| {
                    Ok(Bin {
                        from: d(edges[i])?,
                        to: d(edges[i + 1])?,
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
            p10: d(rank(10))?,
            p50: d(rank(50))?,
            p90: d(rank(90))?,
            mean: d(mean)?,
            min: d(min)?,
            max: d(max)?,
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

/// The unit cell of months shortened that `v` falls in: `[n, n + 1]` cut to
/// the range, with `n = ⌊v⌋` (one lower at the top of the range, so the
/// cell is never empty).
fn months_cell(t: &Triangle, v: Decimal) -> Calc<(Decimal, Decimal)> {
    let mut n = v.floor();
    if n >= t.high {
        n = sub(t.high.ceil(), Decimal::ONE)?;
    }
    Ok((n.max(t.low), add(n, Decimal::ONE)?.min(t.high)))
}

/// `a / b` rounded half away from zero (`b > 0`).
fn div_round(a: i128, b: i128) -> i128 {
    let (q, r) = (a / b, a % b);
    if 2 * r.abs() >= b {
        q + a.signum()
    } else {
        q
    }
}

/// A net in units of 10⁻¹⁰ kr., rounded half away from zero.
fn to_units(d: Decimal) -> Result<i128, UncertaintyError> {
    let r = d.round_dp_with_strategy(UNIT_SCALE, RoundingStrategy::MidpointAwayFromZero);
    let v = r
        .mantissa()
        .checked_mul(10i128.pow(UNIT_SCALE - r.scale().min(UNIT_SCALE)))
        .filter(|v| v.abs() < UNIT_LIMIT)
        .ok_or_else(|| overflow(Overflow))?;
    Ok(v)
}

fn from_units(v: i128) -> Result<Decimal, UncertaintyError> {
    Decimal::try_from_i128_with_scale(v, UNIT_SCALE).map_err(|_| overflow(Overflow))
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

    #[test]
    fn splitmix64_reference_vector() {
        // Vigna's reference implementation (prng.di.unimi.it/splitmix64.c)
        // seeded with 1234567.
        let mut r = SplitMix64::new(1234567);
        let got: Vec<u64> = (0..5).map(|_| r.next_u64()).collect();
        assert_eq!(
            got,
            [
                6457827717110365317,
                3203168211198807973,
                9817491932198370423,
                4593380528125082431,
                16408922859458223821,
            ]
        );
    }

    #[test]
    fn isqrt_is_the_floor_square_root() {
        for n in 0..10_000u64 {
            let y = isqrt(n);
            assert!(y * y <= n && (y + 1) * (y + 1) > n, "{n}");
        }
        for y in [1u64 << 20, (1 << 31) - 1, 1 << 31, u64::from(u32::MAX)] {
            assert_eq!(isqrt(y * y), y);
            assert_eq!(isqrt(y * y - 1), y - 1);
            assert_eq!(isqrt(y * y + 1), y);
        }
        assert_eq!(isqrt(u64::MAX), u64::from(u32::MAX));
    }

    #[test]
    fn triangle_inverse_cdf() {
        let t = Triangle::new(dec!(0), dec!(1), dec!(4)).unwrap();
        // Peak at 1/4: u = 1/4 maps to the peak, u = 0 to low, u → 1 to high.
        assert_eq!(t.position(0), 0);
        assert_eq!(t.position(T_ONE / 4), T_ONE / 4);
        assert_eq!(t.sample(T_ONE / 4).unwrap(), dec!(1));
        // u = 1 − 2⁻³¹: y = 1 − √(2⁻³¹ · 3/4), i.e. 2³¹ − ⌊√(3 · 2²⁹)⌋.
        assert_eq!(t.position(T_ONE - 1), T_ONE - isqrt(3 << 29));
        // u = 1/16 < 1/4: y = √(1/16 · 1/4) = 1/8 → value 0.5.
        assert_eq!(t.sample(T_ONE / 16).unwrap(), dec!(0.5));
        // u = 3/4: y = 1 − √(1/4 · 3/4) = 1 − √3/4 = 0.5669872981… → 2.2679491924…
        let v = t.sample(3 * T_ONE / 4).unwrap();
        assert!((v - dec!(2.2679491924)).abs() < dec!(0.000000005), "{v}");
        // Degenerate: every draw is the value.
        let d = Triangle::new(dec!(7), dec!(7), dec!(7)).unwrap();
        assert_eq!(d.sample(12345).unwrap(), dec!(7));
        assert!(Triangle::new(dec!(2), dec!(1), dec!(3)).is_err());
    }

    #[test]
    fn months_cells_cover_the_range() {
        let t = Triangle::new(dec!(2.5), dec!(3), dec!(4)).unwrap();
        assert_eq!(months_cell(&t, dec!(2.5)).unwrap(), (dec!(2.5), dec!(3)));
        assert_eq!(months_cell(&t, dec!(3)).unwrap(), (dec!(3), dec!(4)));
        assert_eq!(months_cell(&t, dec!(4)).unwrap(), (dec!(3), dec!(4)));
    }

    #[test]
    fn narrow_and_wide_interpolation_agree() {
        let mut rng = SplitMix64::new(99);
        let limit = NARROW_LIMIT as u64;
        for round in 0..20_000 {
            let k = 1 + round % 8;
            let corners: Vec<i128> = (0..1usize << k)
                .map(|i| match (round % 5, i % 3) {
                    // The extremes, both signs.
                    (0, 0) => NARROW_LIMIT - 1,
                    (0, _) => 1 - NARROW_LIMIT,
                    _ => (rng.next_u64() % (2 * limit - 1)) as i128 - (NARROW_LIMIT - 1),
                })
                .collect();
            let t: Vec<u64> = (0..k)
                .map(|j| match (round % 7, j % 3) {
                    (0, 0) => 0,
                    (0, 1) => 1 << FINE_BITS,
                    (1, _) => u64::from(rng.next_u31() as u32) << (FINE_BITS - T_BITS),
                    _ => rng.next_u64() % ((1 << FINE_BITS) + 1),
                })
                .collect();
            let mut wide = corners.clone();
            let mut narrow: Vec<i64> = corners.iter().map(|&v| v as i64).collect();
            let a = interpolate_wide(&mut wide, t.iter().copied());
            let b = interpolate_narrow(&mut narrow, t.iter().copied());
            assert_eq!(a, i128::from(b), "{corners:?} at {t:?}");
        }
    }

    #[test]
    fn interpolation_is_exact_on_a_multilinear_function() {
        // f(x, y) = 3 + 5x − 7y + 11xy at (1/4, 3/4): 3 + 1.25 − 5.25 + 2.0625
        // = 1.0625, in units of 10⁻⁴: corners f(0,0) = 3, f(1,0) = 8,
        // f(0,1) = −4, f(1,1) = 12.
        let corners = [30_000i128, 80_000, -40_000, 120_000];
        let t = [1u64 << (FINE_BITS - 2), 3u64 << (FINE_BITS - 2)];
        let mut wide = corners;
        assert_eq!(interpolate_wide(&mut wide, t.into_iter()), 10_625);
        let mut narrow = corners.map(|v| v as i64);
        assert_eq!(interpolate_narrow(&mut narrow, t.into_iter()), 10_625);
    }

    #[test]
    fn rounding_division() {
        assert_eq!(div_round(7, 2), 4);
        assert_eq!(div_round(-7, 2), -4);
        assert_eq!(div_round(5, 3), 2);
        assert_eq!(div_round(-5, 3), -2);
    }
}
