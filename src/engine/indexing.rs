//! Which table figure a scenario's rate is, and how amounts rise from one
//! calendar year to the next (`docs/scenario-format.md`, "Indexing").
//!
//! The data layer has tables with named columns; here a citizen's status
//! picks the column, and the scenario's perspective decides the yearly
//! factors.

use rust_decimal::Decimal;

use super::arith::{add, fraction, mul, Calc};
use super::scenario::{
    FleksjobItem, FpStatus, Indexing, KontanthjaelpItem, Perspective, Rate, RfyStatus, Scenario,
};
use crate::data::rates::{self, TableRate};
use crate::data::regulation;
use crate::data::{exits, kontanthjaelp};

pub fn rfy_column(status: RfyStatus) -> usize {
    match status {
        RfyStatus::Forsorger => rates::RFY_FORSORGER,
        RfyStatus::IkkeForsorger => rates::RFY_IKKE_FORSORGER,
    }
}

pub fn fp_column(status: FpStatus) -> usize {
    match status {
        FpStatus::Enlig => rates::FP_ENLIG,
        FpStatus::GiftSamlevende => rates::FP_GIFT_SAMLEVENDE,
    }
}

/// The RFY figure for a table year; a year after the last row is indexed
/// with the user's yearly adjustment where no rise is published.
pub fn rfy_rate(year: u16, status: RfyStatus, p: &Perspective) -> Option<TableRate> {
    rates::lookup(rates::RFY, year, rfy_column(status), p.rate_adjustment_pct)
}

pub fn fp_rate(year: u16, status: FpStatus, p: &Perspective) -> Option<TableRate> {
    rates::lookup(rates::FP, year, fp_column(status), p.rate_adjustment_pct)
}

pub fn fleksjob_column(item: FleksjobItem) -> usize {
    match item {
        FleksjobItem::Ledighedsydelse => exits::FLEKSJOB_LEDIGHEDSYDELSE,
        FleksjobItem::MaxFlekslontilskud => exits::FLEKSJOB_MAX_FLEKSLONTILSKUD,
    }
}

pub fn kontanthjaelp_column(item: KontanthjaelpItem) -> usize {
    match item {
        KontanthjaelpItem::ForhojetSats => kontanthjaelp::FORHOJET_SATS,
        KontanthjaelpItem::Grundsats => kontanthjaelp::GRUNDSATS,
    }
}

/// A fleksjob destination's figure for a table year, indexed after the
/// last row as the benefit rates are.
pub fn fleksjob_rate(year: u16, item: FleksjobItem, p: &Perspective) -> Option<TableRate> {
    rates::lookup(
        exits::FLEKSJOB,
        year,
        fleksjob_column(item),
        p.rate_adjustment_pct,
    )
}

pub fn kontanthjaelp_rate(
    year: u16,
    item: KontanthjaelpItem,
    p: &Perspective,
) -> Option<TableRate> {
    rates::lookup(
        kontanthjaelp::TABLE,
        year,
        kontanthjaelp_column(item),
        p.rate_adjustment_pct,
    )
}

/// The figure the engine uses for a rate: the table's, or the one typed in.
/// `None` for a table year the table cannot give.
pub fn monthly<S: Copy>(
    rate: &Rate<S>,
    table: impl Fn(u16, S) -> Option<TableRate>,
) -> Option<Decimal> {
    match rate {
        Rate::Table { year, status } => table(*year, *status).map(|r| r.monthly),
        Rate::Custom { monthly } => Some(*monthly),
    }
}

/// The factor every amount of the scenario is multiplied by in each calendar
/// year of the horizon (index 0 = the start year, factor 1), `years` of
/// them. Each year after the start rises by the published benefit
/// regulation for that year where there is one and by the user's
/// adjustment otherwise; documents of format version 1 keep their meaning:
/// the user's adjustment every year.
pub fn year_factors(s: &Scenario, years: usize) -> Calc<Vec<Decimal>> {
    let assumed = add(Decimal::ONE, fraction(s.perspective.rate_adjustment_pct)?)?;
    let mut factors = vec![Decimal::ONE];
    for offset in 1..years.max(1) {
        let year = usize::from(s.start.year) + offset;
        let published = match s.perspective.indexing {
            Indexing::PublishedThenAssumption => u16::try_from(year)
                .ok()
                .and_then(regulation::rise)
                .map(|rise| rise.pct),
            Indexing::AssumptionOnly => None,
        };
        let step = match published {
            Some(pct) => add(Decimal::ONE, fraction(pct)?)?,
            None => assumed,
        };
        // Kept to 12 decimals: a ten-thousandth of an øre on a million
        // kroner, and products of short numbers stay exact and fast (a
        // factor compounded to 28 digits made every month's amount a
        // 28-digit product: a fifth of an evaluation on the benchmark).
        factors.push(mul(factors[offset - 1], step)?.round_dp(12));
    }
    Ok(factors)
}
