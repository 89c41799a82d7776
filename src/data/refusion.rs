//! State reimbursement (refusion) rules, as data. Facts from `shared/domain.md`.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// One step of the refusionstrappe (since 2016): the same for RFY and for FP
/// granted after 1 July 2014.
#[derive(Clone, Copy, Debug)]
pub struct TrappeStep {
    /// First cumulative week on public benefit the step applies from.
    pub from_week: u32,
    pub state_pct: Decimal,
}

pub const TRAPPE: &[TrappeStep] = &[
    TrappeStep {
        from_week: 1,
        state_pct: dec!(80),
    },
    TrappeStep {
        from_week: 5,
        state_pct: dec!(40),
    },
    TrappeStep {
        from_week: 27,
        state_pct: dec!(30),
    },
    TrappeStep {
        from_week: 53,
        state_pct: dec!(20),
    },
];

pub const TRAPPE_SOURCE: &str =
    "Refusionstrappen (lov om kommunernes finansiering af visse offentlige ydelser, fra 2016)";

/// Citizens in a long ressourceforløb are past week 52.
pub const DEFAULT_WEEKS_ON_BENEFIT: u32 = 53;

pub fn trappe_state_pct(weeks_on_benefit: u32) -> Decimal {
    TRAPPE
        .iter()
        .rev()
        .find(|step| weeks_on_benefit >= step.from_week)
        .map_or(TRAPPE[0].state_pct, |step| step.state_pct)
}

/// Indsats in ressourceforløb: 50 % up to and including 2021, none from 2022.
#[derive(Clone, Copy, Debug)]
pub struct IndsatsRule {
    pub from_year: u16,
    pub state_pct: Decimal,
}

pub const INDSATS: &[IndsatsRule] = &[
    IndsatsRule {
        from_year: 0,
        state_pct: dec!(50),
    },
    IndsatsRule {
        from_year: 2022,
        state_pct: dec!(0),
    },
];

pub const INDSATS_SOURCE: &str = "STAR, budget- og konteringsvejledning 5.68.90";

pub fn indsats_state_pct(year: u16) -> Decimal {
    INDSATS
        .iter()
        .rev()
        .find(|rule| year >= rule.from_year)
        .map_or(Decimal::ZERO, |rule| rule.state_pct)
}
