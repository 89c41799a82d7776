//! Every numeric input of a scenario, addressed by its field path, with its
//! allowed range and unit. Validation, break-even, sensitivity and the UI all
//! read the ranges from here, so a limit is stated once.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::scenario::{BenefitRefusion, IndsatsRefusion, Rate, Scenario, Timing};
use crate::data::{rates, refusion};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    HorizonMonths,
    StartYear,
    StartMonth,
    CasesReviewed,
    CasesShortened,
    MonthsShortened,
    TimingFromMonth,
    TimingOverMonths,
    TimingMonth,
    RfyMonthly,
    RfyRefusionPct,
    RfyWeeks,
    IndsatsMonthly,
    IndsatsRefusionPct,
    FpMonthly,
    FpRefusionPct,
    FpWeeks,
    HandlingPerCase,
    HoursPerWeek,
    FullTimeHours,
    AnnualCost,
    OverheadPct,
    InvestmentMonths,
    InvestmentFromMonth,
    IncomeTaxPct,
    DiscountPct,
    RateAdjustmentPct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Kr,
    KrPerMonth,
    KrPerYear,
    Pct,
    Months,
    MonthOfHorizon,
    Cases,
    HoursPerWeek,
    Weeks,
    Year,
    Month,
}

/// What a field allows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FieldSpec {
    pub min: Decimal,
    pub max: Decimal,
    /// Only whole numbers.
    pub integer: bool,
    pub unit: Unit,
    /// The municipal net is an affine function of this input (all else
    /// fixed), so two evaluations solve for it exactly.
    pub affine: bool,
}

const fn spec(min: Decimal, max: Decimal, integer: bool, unit: Unit, affine: bool) -> FieldSpec {
    FieldSpec {
        min,
        max,
        integer,
        unit,
        affine,
    }
}

/// Largest monthly amount accepted (kr.): far above any benefit or effort.
const MAX_MONTHLY: Decimal = dec!(1000000);

impl Field {
    pub fn spec(self) -> FieldSpec {
        use Field::*;
        match self {
            HorizonMonths => spec(dec!(1), dec!(240), true, Unit::Months, false),
            StartYear => spec(dec!(2000), dec!(2100), true, Unit::Year, false),
            StartMonth => spec(dec!(1), dec!(12), true, Unit::Month, false),
            CasesReviewed => spec(dec!(0), dec!(100000), false, Unit::Cases, false),
            // Net is linear in the cases shortened: case-months, handling and
            // the even spread over months all scale with it.
            CasesShortened => spec(dec!(0), dec!(100000), false, Unit::Cases, true),
            // Not affine: case-months beyond the horizon are cut off.
            MonthsShortened => spec(dec!(0), dec!(60), false, Unit::Months, false),
            TimingFromMonth | TimingMonth | InvestmentFromMonth => {
                spec(dec!(1), dec!(240), true, Unit::MonthOfHorizon, false)
            }
            TimingOverMonths => spec(dec!(1), dec!(240), true, Unit::Months, false),
            RfyMonthly | IndsatsMonthly | FpMonthly => {
                spec(dec!(0), MAX_MONTHLY, false, Unit::KrPerMonth, true)
            }
            RfyRefusionPct | IndsatsRefusionPct | FpRefusionPct => {
                spec(dec!(0), dec!(100), false, Unit::Pct, true)
            }
            RfyWeeks | FpWeeks => spec(dec!(1), dec!(2000), true, Unit::Weeks, false),
            HandlingPerCase => spec(dec!(0), dec!(10000000), false, Unit::Kr, true),
            HoursPerWeek => spec(dec!(0), dec!(10000), false, Unit::HoursPerWeek, true),
            FullTimeHours => spec(dec!(1), dec!(100), false, Unit::HoursPerWeek, false),
            AnnualCost => spec(dec!(0), dec!(100000000), false, Unit::KrPerYear, true),
            OverheadPct => spec(dec!(0), dec!(500), false, Unit::Pct, true),
            InvestmentMonths => spec(dec!(0), dec!(240), true, Unit::Months, false),
            IncomeTaxPct => spec(dec!(0), dec!(100), false, Unit::Pct, true),
            DiscountPct => spec(dec!(0), dec!(100), false, Unit::Pct, false),
            RateAdjustmentPct => spec(dec!(-50), dec!(100), false, Unit::Pct, false),
        }
    }

    /// The path within its group (or the scenario), as in the JSON document.
    pub fn path_suffix(self) -> &'static str {
        use Field::*;
        match self {
            HorizonMonths => "horizon_months",
            StartYear => "start.year",
            StartMonth => "start.month",
            CasesReviewed => "cases_reviewed",
            CasesShortened => "cases_shortened",
            MonthsShortened => "months_shortened",
            TimingFromMonth => "timing.from_month",
            TimingOverMonths => "timing.over_months",
            TimingMonth => "timing.month",
            RfyMonthly => "rfy.rate.monthly",
            RfyRefusionPct => "rfy.refusion.pct",
            RfyWeeks => "rfy.refusion.weeks_on_benefit",
            IndsatsMonthly => "indsats.monthly",
            IndsatsRefusionPct => "indsats.refusion.pct",
            FpMonthly => "fp.rate.monthly",
            FpRefusionPct => "fp.refusion.pct",
            FpWeeks => "fp.refusion.weeks_on_benefit",
            HandlingPerCase => "handling_per_case",
            HoursPerWeek => "investment.hours_per_week",
            FullTimeHours => "investment.full_time_hours",
            AnnualCost => "investment.annual_cost",
            OverheadPct => "investment.overhead_pct",
            InvestmentMonths => "investment.months",
            InvestmentFromMonth => "investment.from_month",
            IncomeTaxPct => "perspective.income_tax_pct",
            DiscountPct => "perspective.discount_pct",
            RateAdjustmentPct => "perspective.rate_adjustment_pct",
        }
    }

    pub fn is_group_field(self) -> bool {
        use Field::*;
        matches!(
            self,
            CasesReviewed
                | CasesShortened
                | MonthsShortened
                | TimingFromMonth
                | TimingOverMonths
                | TimingMonth
                | RfyMonthly
                | RfyRefusionPct
                | RfyWeeks
                | IndsatsMonthly
                | IndsatsRefusionPct
                | FpMonthly
                | FpRefusionPct
                | FpWeeks
                | HandlingPerCase
        )
    }

    pub const GROUP_FIELDS: [Field; 15] = [
        Field::CasesReviewed,
        Field::CasesShortened,
        Field::MonthsShortened,
        Field::TimingFromMonth,
        Field::TimingOverMonths,
        Field::TimingMonth,
        Field::RfyMonthly,
        Field::RfyRefusionPct,
        Field::RfyWeeks,
        Field::IndsatsMonthly,
        Field::IndsatsRefusionPct,
        Field::FpMonthly,
        Field::FpRefusionPct,
        Field::FpWeeks,
        Field::HandlingPerCase,
    ];

    pub const SCENARIO_FIELDS: [Field; 12] = [
        Field::StartYear,
        Field::StartMonth,
        Field::HorizonMonths,
        Field::HoursPerWeek,
        Field::FullTimeHours,
        Field::AnnualCost,
        Field::OverheadPct,
        Field::InvestmentMonths,
        Field::InvestmentFromMonth,
        Field::IncomeTaxPct,
        Field::DiscountPct,
        Field::RateAdjustmentPct,
    ];
}

/// One numeric input of one scenario: a field, and for group fields the
/// group's index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct InputId {
    pub field: Field,
    pub group: usize,
}

impl InputId {
    pub fn scenario(field: Field) -> InputId {
        InputId { field, group: 0 }
    }

    pub fn group(group: usize, field: Field) -> InputId {
        InputId { field, group }
    }

    /// The field path, e.g. `groups[1].months_shortened`.
    pub fn path(&self) -> String {
        if self.field.is_group_field() {
            format!("groups[{}].{}", self.group, self.field.path_suffix())
        } else {
            self.field.path_suffix().to_string()
        }
    }

    /// Reads a path written by [`InputId::path`].
    pub fn parse(path: &str) -> Option<InputId> {
        if let Some(rest) = path.strip_prefix("groups[") {
            let (index, suffix) = rest.split_once("].")?;
            let group = index.parse().ok()?;
            let field = Field::GROUP_FIELDS
                .into_iter()
                .find(|f| f.path_suffix() == suffix)?;
            Some(InputId::group(group, field))
        } else {
            let field = Field::SCENARIO_FIELDS
                .into_iter()
                .find(|f| f.path_suffix() == path)?;
            Some(InputId::scenario(field))
        }
    }

    pub fn spec(&self) -> FieldSpec {
        self.field.spec()
    }

    /// The value the engine uses for this input: a rate looked up in its
    /// table, a refusion rule's percentage. `None` when the input does not
    /// apply (a timing field of the other kind, a group that does not exist,
    /// a table year with no rate).
    pub fn get(&self, s: &Scenario) -> Option<Decimal> {
        use Field::*;
        let g = if self.field.is_group_field() {
            Some(s.groups.get(self.group)?)
        } else {
            None
        };
        let int = |v: u32| Some(Decimal::from(v));
        match self.field {
            HorizonMonths => int(s.horizon_months),
            StartYear => Some(Decimal::from(s.start.year)),
            StartMonth => Some(Decimal::from(s.start.month)),
            HoursPerWeek => Some(s.investment.hours_per_week),
            FullTimeHours => Some(s.investment.full_time_hours),
            AnnualCost => Some(s.investment.annual_cost),
            OverheadPct => Some(s.investment.overhead_pct),
            InvestmentMonths => int(s.investment.months),
            InvestmentFromMonth => int(s.investment.from_month),
            IncomeTaxPct => Some(s.perspective.income_tax_pct),
            DiscountPct => Some(s.perspective.discount_pct),
            RateAdjustmentPct => Some(s.perspective.rate_adjustment_pct),
            group_field => {
                let g = g?;
                match group_field {
                    CasesReviewed => Some(g.cases_reviewed),
                    CasesShortened => Some(g.cases_shortened),
                    MonthsShortened => Some(g.months_shortened),
                    TimingFromMonth => match g.timing {
                        Timing::Even { from_month, .. } => int(from_month),
                        Timing::FromMonth { .. } => None,
                    },
                    TimingOverMonths => match g.timing {
                        Timing::Even { over_months, .. } => int(over_months),
                        Timing::FromMonth { .. } => None,
                    },
                    TimingMonth => match g.timing {
                        Timing::FromMonth { month } => int(month),
                        Timing::Even { .. } => None,
                    },
                    RfyMonthly => match &g.rfy.rate {
                        Rate::Table { year, status } => {
                            rates::rfy_rate(*year, *status).map(|r| r.monthly)
                        }
                        Rate::Custom { monthly } => Some(*monthly),
                    },
                    FpMonthly => match &g.fp.rate {
                        Rate::Table { year, status } => {
                            rates::fp_rate(*year, *status).map(|r| r.monthly)
                        }
                        Rate::Custom { monthly } => Some(*monthly),
                    },
                    RfyRefusionPct => Some(benefit_refusion_pct(&g.rfy.refusion)),
                    FpRefusionPct => Some(benefit_refusion_pct(&g.fp.refusion)),
                    RfyWeeks => match g.rfy.refusion {
                        BenefitRefusion::Trappe { weeks_on_benefit } => int(weeks_on_benefit),
                        BenefitRefusion::Custom { .. } => None,
                    },
                    FpWeeks => match g.fp.refusion {
                        BenefitRefusion::Trappe { weeks_on_benefit } => int(weeks_on_benefit),
                        BenefitRefusion::Custom { .. } => None,
                    },
                    IndsatsMonthly => Some(g.indsats.monthly),
                    IndsatsRefusionPct => Some(match g.indsats.refusion {
                        IndsatsRefusion::ByYear => refusion::indsats_state_pct(s.start.year),
                        IndsatsRefusion::Custom { pct } => pct,
                    }),
                    HandlingPerCase => Some(g.handling_per_case),
                    _ => None,
                }
            }
        }
    }

    /// Sets this input. A value typed over a table rate or a refusion rule
    /// replaces it with a typed-in figure. Fails when the input does not
    /// apply or a whole number is needed and `value` is not one; the range is
    /// checked by validation, not here, so a user's out-of-range value is
    /// kept and marked rather than lost.
    pub fn set(&self, s: &mut Scenario, value: Decimal) -> Result<(), SetError> {
        use Field::*;
        let whole = || -> Result<u32, SetError> {
            if value.fract().is_zero() {
                value.to_u32().ok_or(SetError::NotWhole)
            } else {
                Err(SetError::NotWhole)
            }
        };
        match self.field {
            HorizonMonths => s.horizon_months = whole()?,
            StartYear => s.start.year = u16::try_from(whole()?).map_err(|_| SetError::NotWhole)?,
            StartMonth => s.start.month = u8::try_from(whole()?).map_err(|_| SetError::NotWhole)?,
            HoursPerWeek => s.investment.hours_per_week = value,
            FullTimeHours => s.investment.full_time_hours = value,
            AnnualCost => s.investment.annual_cost = value,
            OverheadPct => s.investment.overhead_pct = value,
            InvestmentMonths => s.investment.months = whole()?,
            InvestmentFromMonth => s.investment.from_month = whole()?,
            IncomeTaxPct => s.perspective.income_tax_pct = value,
            DiscountPct => s.perspective.discount_pct = value,
            RateAdjustmentPct => s.perspective.rate_adjustment_pct = value,
            group_field => {
                let g = s
                    .groups
                    .get_mut(self.group)
                    .ok_or(SetError::NotApplicable)?;
                match (group_field, &mut g.timing) {
                    (CasesReviewed, _) => g.cases_reviewed = value,
                    (CasesShortened, _) => g.cases_shortened = value,
                    (MonthsShortened, _) => g.months_shortened = value,
                    (TimingFromMonth, Timing::Even { from_month, .. }) => *from_month = whole()?,
                    (TimingOverMonths, Timing::Even { over_months, .. }) => *over_months = whole()?,
                    (TimingMonth, Timing::FromMonth { month }) => *month = whole()?,
                    (RfyMonthly, _) => g.rfy.rate = Rate::Custom { monthly: value },
                    (FpMonthly, _) => g.fp.rate = Rate::Custom { monthly: value },
                    (RfyRefusionPct, _) => g.rfy.refusion = BenefitRefusion::Custom { pct: value },
                    (FpRefusionPct, _) => g.fp.refusion = BenefitRefusion::Custom { pct: value },
                    (RfyWeeks, _) => {
                        g.rfy.refusion = BenefitRefusion::Trappe {
                            weeks_on_benefit: whole()?,
                        }
                    }
                    (FpWeeks, _) => {
                        g.fp.refusion = BenefitRefusion::Trappe {
                            weeks_on_benefit: whole()?,
                        }
                    }
                    (IndsatsMonthly, _) => g.indsats.monthly = value,
                    (IndsatsRefusionPct, _) => {
                        g.indsats.refusion = IndsatsRefusion::Custom { pct: value }
                    }
                    (HandlingPerCase, _) => g.handling_per_case = value,
                    _ => return Err(SetError::NotApplicable),
                }
            }
        }
        Ok(())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetError {
    /// The input does not exist in this scenario (e.g. a removed group).
    NotApplicable,
    /// The field takes whole numbers only.
    NotWhole,
}

fn benefit_refusion_pct(r: &BenefitRefusion) -> Decimal {
    match r {
        BenefitRefusion::Trappe { weeks_on_benefit } => {
            refusion::trappe_state_pct(*weeks_on_benefit)
        }
        BenefitRefusion::Custom { pct } => *pct,
    }
}

/// The inputs that can move the result, in the order a case is argued:
/// per group the review, the benefits and indsats; then the buy-out and the
/// perspective. Used for break-even and sensitivity.
pub fn decision_inputs(s: &Scenario) -> Vec<InputId> {
    const GROUP: [Field; 9] = [
        Field::CasesShortened,
        Field::MonthsShortened,
        Field::RfyMonthly,
        Field::RfyRefusionPct,
        Field::IndsatsMonthly,
        Field::IndsatsRefusionPct,
        Field::FpMonthly,
        Field::FpRefusionPct,
        Field::HandlingPerCase,
    ];
    const SCENARIO: [Field; 5] = [
        Field::HoursPerWeek,
        Field::AnnualCost,
        Field::OverheadPct,
        Field::InvestmentMonths,
        Field::IncomeTaxPct,
    ];
    let mut inputs: Vec<InputId> = (0..s.groups.len())
        .flat_map(|g| GROUP.into_iter().map(move |f| InputId::group(g, f)))
        .collect();
    inputs.extend(
        SCENARIO
            .into_iter()
            .filter(|f| *f != Field::IncomeTaxPct || s.perspective.include_income_tax)
            .map(InputId::scenario),
    );
    inputs
}
