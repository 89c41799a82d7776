//! Every numeric input of a scenario, declared once: its path in the scenario
//! document, its range and unit, how it is read and written, where its
//! figure comes from, where the form shows it and what part it plays in
//! decision support. Validation, break-even, sensitivity, the Monte Carlo,
//! the comparison and the form all read the declaration, so adding an input
//! is one entry in [`fields!`] below (with its label and help in
//! `text::field_label`, `text::field_help`), its use in `calc.rs` and its document
//! conversion.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::indexing;
use super::scenario::{
    indexed_entry, BenefitRefusion, CaseGroup, CostBasis, CostLine, IndsatsRefusion, Instead,
    Lasting, Rate, Scenario, Timing,
};
use crate::data::refusion;

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

/// Where the form shows a field. The form renders each section's fields in
/// declaration order; the pickers between them (timing kind, rate year and
/// status, income tax on/off) are the form's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    /// A group's review: how many cases, by how much.
    Review,
    /// A group's timing, after the timing-kind picker.
    Timing,
    /// A group's ressourceforløbsydelse, after its rate pickers.
    Rfy,
    /// A group's førtidspension, after its rate pickers.
    Fp,
    /// A group's indsats and handling.
    Indsats,
    /// Where a group's granted cases go, when not all go to FP.
    Destinations,
    /// A group's counterfactual: what the granted cases would have got.
    Counterfactual,
    /// The buy-out.
    Investment,
    /// The horizon and the perspective.
    HorizonPerspective,
    /// Under the income-tax checkbox, while it is on.
    IncomeTax,
}

impl Section {
    /// In the order the form shows them, a group's sections first.
    pub const ALL: [Section; 10] = [
        Section::Review,
        Section::Timing,
        Section::Rfy,
        Section::Fp,
        Section::Indsats,
        Section::Destinations,
        Section::Counterfactual,
        Section::Investment,
        Section::HorizonPerspective,
        Section::IncomeTax,
    ];
}

/// The part a field plays when a decision is argued.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecisionRole {
    /// Offered to goal seek, the tornado, meeting mode's sliders and the
    /// Monte Carlo's ranges.
    Decision,
    /// A decision input while income tax is counted; otherwise it does not
    /// move the net.
    DecisionWithIncomeTax,
    /// Moves the net, but is a setting rather than a belief (the calendar,
    /// timing, weeks on benefit, full-time hours).
    Setting,
    /// Does not move the municipality's net (a bound on another input, the
    /// rate that only discounts the present value): a range on it has no
    /// effect.
    NoEffectOnNet,
}

/// A benefit paid per month and refunded in part by the state.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BenefitKind {
    Rfy,
    Fp,
    Fleksjob,
    Kontanthjaelp,
    /// What a case would have got instead, typed in.
    Instead,
}

/// Where the figure the engine uses comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// As typed in (or as the preset set it).
    Typed,
    /// The benefit's rate table for a year and status, unless a rate is
    /// typed in.
    RateTable(BenefitKind),
    /// The benefit's refusion ladder (refusionstrappe), unless a percentage
    /// is typed in.
    Trappe(BenefitKind),
    /// The indsats refusion rule of the start year, unless a percentage is
    /// typed in.
    IndsatsByYear,
}

/// A limit another input puts on this one, beyond its own range (break-even,
/// sliders and the Monte Carlo search within it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    None,
    /// At most the other field's value (in the same group for a group
    /// field).
    AtMost(Field),
    /// At least the other field's value.
    AtLeast(Field),
}

/// How a field is read and written. A value typed over a table rate or a
/// refusion rule replaces it with a typed-in figure; `set` fails when the
/// field does not apply or a whole number is needed and the value is not
/// one. The range is checked by validation, not here, so a user's
/// out-of-range value is kept and marked rather than lost.
#[derive(Clone, Copy)]
pub enum Access {
    Scenario {
        get: fn(&Scenario) -> Option<Decimal>,
        set: fn(&mut Scenario, Decimal) -> Result<(), SetError>,
    },
    /// One per case group.
    Group {
        /// Whether the field is part of the group as it stands (timing
        /// fields of the other kind, weeks when the refusion is typed in,
        /// are not).
        applies: fn(&CaseGroup) -> bool,
        /// The value the engine uses (a rate looked up in its table, a
        /// refusion rule's percentage); `None` when it does not apply or a
        /// table year has no rate.
        get: fn(&Scenario, &CaseGroup) -> Option<Decimal>,
        set: fn(&mut CaseGroup, Decimal) -> Result<(), SetError>,
    },
}

/// Everything about one field but its wording, which the text layer keys by
/// [`Field`] (`text::field_label`, `text::field_help`).
#[derive(Clone, Copy)]
pub struct Declaration {
    /// The path within its group (or the scenario), as in the document.
    pub path: &'static str,
    pub spec: FieldSpec,
    pub access: Access,
    pub source: Source,
    pub section: Section,
    pub role: DecisionRole,
    pub bound: Bound,
}

/// Declares [`Field`] and each field's [`Declaration`] from one list, in
/// the scenario document's order.
macro_rules! fields {
    ($($field:ident => $declaration:expr,)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Field {
            $($field,)*
        }

        impl Field {
            /// Every field, in the scenario document's order.
            pub const ALL: &'static [Field] = &[$(Field::$field,)*];

            pub const fn declaration(self) -> &'static Declaration {
                match self {
                    $(Field::$field => {
                        const DECLARATION: Declaration = $declaration;
                        &DECLARATION
                    })*
                }
            }
        }
    };
}

const fn always(_: &CaseGroup) -> bool {
    true
}

/// `value` as a whole number of months, weeks or years.
fn whole(value: Decimal) -> Result<u32, SetError> {
    if value.fract().is_zero() {
        value.to_u32().ok_or(SetError::NotWhole)
    } else {
        Err(SetError::NotWhole)
    }
}

fn int(value: u32) -> Option<Decimal> {
    Some(Decimal::from(value))
}

fn benefit_refusion_pct(r: &BenefitRefusion) -> Decimal {
    match r {
        BenefitRefusion::Trappe { weeks_on_benefit } => {
            refusion::trappe_state_pct(*weeks_on_benefit)
        }
        BenefitRefusion::Custom { pct } => *pct,
    }
}

fn trappe_weeks(r: &BenefitRefusion) -> Option<Decimal> {
    match r {
        BenefitRefusion::Trappe { weeks_on_benefit } => int(*weeks_on_benefit),
        BenefitRefusion::Custom { .. } => None,
    }
}

fn is_trappe(r: &BenefitRefusion) -> bool {
    matches!(r, BenefitRefusion::Trappe { .. })
}

fn trappe(value: Decimal) -> Result<BenefitRefusion, SetError> {
    Ok(BenefitRefusion::Trappe {
        weeks_on_benefit: whole(value)?,
    })
}

const fn is_even(g: &CaseGroup) -> bool {
    matches!(g.timing, Timing::Even { .. })
}

const fn is_typed_instead(g: &CaseGroup) -> bool {
    matches!(g.counterfactual.instead, Instead::Typed { .. })
}

const fn is_from_month(g: &CaseGroup) -> bool {
    matches!(g.timing, Timing::FromMonth { .. })
}

fields! {
    StartYear => Declaration {
        path: "start.year",
        spec: spec(dec!(2000), dec!(2100), true, Unit::Year, false),
        access: Access::Scenario {
            get: |s| Some(Decimal::from(s.start.year)),
            set: |s, v| {
                s.start.year = u16::try_from(whole(v)?).map_err(|_| SetError::NotWhole)?;
                Ok(())
            },
        },
        source: Source::Typed,
        section: Section::HorizonPerspective,
        role: DecisionRole::Setting,
        bound: Bound::None,
    },
    StartMonth => Declaration {
        path: "start.month",
        spec: spec(dec!(1), dec!(12), true, Unit::Month, false),
        access: Access::Scenario {
            get: |s| Some(Decimal::from(s.start.month)),
            set: |s, v| {
                s.start.month = u8::try_from(whole(v)?).map_err(|_| SetError::NotWhole)?;
                Ok(())
            },
        },
        source: Source::Typed,
        section: Section::HorizonPerspective,
        role: DecisionRole::Setting,
        bound: Bound::None,
    },
    HorizonMonths => Declaration {
        path: "horizon_months",
        spec: spec(dec!(1), dec!(240), true, Unit::Months, false),
        access: Access::Scenario {
            get: |s| int(s.horizon_months),
            set: |s, v| {
                s.horizon_months = whole(v)?;
                Ok(())
            },
        },
        source: Source::Typed,
        section: Section::HorizonPerspective,
        role: DecisionRole::Setting,
        bound: Bound::None,
    },
    CasesReviewed => Declaration {
        path: "cases_reviewed",
        spec: spec(dec!(0), dec!(100000), false, Unit::Cases, false),
        access: Access::Group {
            applies: always,
            get: |_, g| Some(g.cases_reviewed),
            set: |g, v| {
                g.cases_reviewed = v;
                Ok(())
            },
        },
        source: Source::Typed,
        section: Section::Review,
        role: DecisionRole::NoEffectOnNet,
        bound: Bound::AtLeast(Field::CasesShortened),
    },
    // Net is linear in the cases shortened: case-months, handling and the
    // even spread over months all scale with it.
    CasesShortened => Declaration {
        path: "cases_shortened",
        spec: spec(dec!(0), dec!(100000), false, Unit::Cases, true),
        access: Access::Group {
            applies: always,
            get: |_, g| Some(g.cases_shortened),
            set: |g, v| {
                g.cases_shortened = v;
                Ok(())
            },
        },
        source: Source::Typed,
        section: Section::Review,
        role: DecisionRole::Decision,
        bound: Bound::AtMost(Field::CasesReviewed),
    },
    // Not affine: case-months beyond the horizon are cut off. A review
    // cannot cut more than the months left, where they are given.
    MonthsShortened => Declaration {
        path: "months_shortened",
        spec: spec(dec!(0), dec!(60), false, Unit::Months, false),
        access: Access::Group {
            applies: always,
            get: |_, g| Some(g.months_shortened),
            set: |g, v| {
                g.months_shortened = v;
                Ok(())
            },
        },
        source: Source::Typed,
        section: Section::Review,
        role: DecisionRole::Decision,
        bound: Bound::AtMost(Field::MonthsLeft),
    },
    TimingFromMonth => Declaration {
        path: "timing.from_month",
        spec: spec(dec!(1), dec!(240), true, Unit::MonthOfHorizon, false),
        access: Access::Group {
            applies: is_even,
            get: |_, g| match g.timing {
                Timing::Even { from_month, .. } => int(from_month),
                Timing::FromMonth { .. } => None,
            },
            set: |g, v| match &mut g.timing {
                Timing::Even { from_month, .. } => {
                    *from_month = whole(v)?;
                    Ok(())
                }
                Timing::FromMonth { .. } => Err(SetError::NotApplicable),
            },
        },
        source: Source::Typed,
        section: Section::Timing,
        role: DecisionRole::Setting,
        bound: Bound::AtMost(Field::HorizonMonths),
    },
    TimingOverMonths => Declaration {
        path: "timing.over_months",
        spec: spec(dec!(1), dec!(240), true, Unit::Months, false),
        access: Access::Group {
            applies: is_even,
            get: |_, g| match g.timing {
                Timing::Even { over_months, .. } => int(over_months),
                Timing::FromMonth { .. } => None,
            },
            set: |g, v| match &mut g.timing {
                Timing::Even { over_months, .. } => {
                    *over_months = whole(v)?;
                    Ok(())
                }
                Timing::FromMonth { .. } => Err(SetError::NotApplicable),
            },
        },
        source: Source::Typed,
        section: Section::Timing,
        role: DecisionRole::Setting,
        bound: Bound::None,
    },
    TimingMonth => Declaration {
        path: "timing.month",
        spec: spec(dec!(1), dec!(240), true, Unit::MonthOfHorizon, false),
        access: Access::Group {
            applies: is_from_month,
            get: |_, g| match g.timing {
                Timing::FromMonth { month } => int(month),
                Timing::Even { .. } => None,
            },
            set: |g, v| match &mut g.timing {
                Timing::FromMonth { month } => {
                    *month = whole(v)?;
                    Ok(())
                }
                Timing::Even { .. } => Err(SetError::NotApplicable),
            },
        },
        source: Source::Typed,
        section: Section::Timing,
        role: DecisionRole::Setting,
        bound: Bound::AtMost(Field::HorizonMonths),
    },
    RfyMonthly => Declaration {
        path: "rfy.rate.monthly",
        spec: spec(dec!(0), MAX_MONTHLY, false, Unit::KrPerMonth, true),
        access: Access::Group {
            applies: always,
            get: |s, g| match &g.rfy.rate {
                Rate::Table { year, status } => {
                    indexing::rfy_rate(*year, *status, &s.perspective).map(|r| r.monthly)
                }
                Rate::Custom { monthly } => Some(*monthly),
            },
            set: |g, v| {
                g.rfy.rate = Rate::Custom { monthly: v };
                Ok(())
            },
        },
        source: Source::RateTable(BenefitKind::Rfy),
        section: Section::Rfy,
        role: DecisionRole::Decision,
        bound: Bound::None,
    },
    RfyRefusionPct => Declaration {
        path: "rfy.refusion.pct",
        spec: spec(dec!(0), dec!(100), false, Unit::Pct, true),
        access: Access::Group {
            applies: always,
            get: |_, g| Some(benefit_refusion_pct(&g.rfy.refusion)),
            set: |g, v| {
                g.rfy.refusion = BenefitRefusion::Custom { pct: v };
                Ok(())
            },
        },
        source: Source::Trappe(BenefitKind::Rfy),
        section: Section::Rfy,
        role: DecisionRole::Decision,
        bound: Bound::None,
    },
    RfyWeeks => Declaration {
        path: "rfy.refusion.weeks_on_benefit",
        spec: spec(dec!(1), dec!(2000), true, Unit::Weeks, false),
        access: Access::Group {
            applies: |g| is_trappe(&g.rfy.refusion),
            get: |_, g| trappe_weeks(&g.rfy.refusion),
            set: |g, v| {
                g.rfy.refusion = trappe(v)?;
                Ok(())
            },
        },
        source: Source::Trappe(BenefitKind::Rfy),
        section: Section::Rfy,
        role: DecisionRole::Setting,
        bound: Bound::None,
    },
    IndsatsMonthly => Declaration {
        path: "indsats.monthly",
        spec: spec(dec!(0), MAX_MONTHLY, false, Unit::KrPerMonth, true),
        access: Access::Group {
            applies: always,
            get: |_, g| Some(g.indsats.monthly),
            set: |g, v| {
                g.indsats.monthly = v;
                Ok(())
            },
        },
        source: Source::Typed,
        section: Section::Indsats,
        role: DecisionRole::Decision,
        bound: Bound::None,
    },
    IndsatsRefusionPct => Declaration {
        path: "indsats.refusion.pct",
        spec: spec(dec!(0), dec!(100), false, Unit::Pct, true),
        access: Access::Group {
            applies: always,
            get: |s, g| {
                Some(match g.indsats.refusion {
                    IndsatsRefusion::ByYear => refusion::indsats_state_pct(s.start.year),
                    IndsatsRefusion::Custom { pct } => pct,
                })
            },
            set: |g, v| {
                g.indsats.refusion = IndsatsRefusion::Custom { pct: v };
                Ok(())
            },
        },
        source: Source::IndsatsByYear,
        section: Section::Indsats,
        role: DecisionRole::Decision,
        bound: Bound::None,
    },
    FpMonthly => Declaration {
        path: "fp.rate.monthly",
        spec: spec(dec!(0), MAX_MONTHLY, false, Unit::KrPerMonth, true),
        access: Access::Group {
            applies: always,
            get: |s, g| match &g.fp.rate {
                Rate::Table { year, status } => {
                    indexing::fp_rate(*year, *status, &s.perspective).map(|r| r.monthly)
                }
                Rate::Custom { monthly } => Some(*monthly),
            },
            set: |g, v| {
                g.fp.rate = Rate::Custom { monthly: v };
                Ok(())
            },
        },
        source: Source::RateTable(BenefitKind::Fp),
        section: Section::Fp,
        role: DecisionRole::Decision,
        bound: Bound::None,
    },
    FpRefusionPct => Declaration {
        path: "fp.refusion.pct",
        spec: spec(dec!(0), dec!(100), false, Unit::Pct, true),
        access: Access::Group {
            applies: always,
            get: |_, g| Some(benefit_refusion_pct(&g.fp.refusion)),
            set: |g, v| {
                g.fp.refusion = BenefitRefusion::Custom { pct: v };
                Ok(())
            },
        },
        source: Source::Trappe(BenefitKind::Fp),
        section: Section::Fp,
        role: DecisionRole::Decision,
        bound: Bound::None,
    },
    FpWeeks => Declaration {
        path: "fp.refusion.weeks_on_benefit",
        spec: spec(dec!(1), dec!(2000), true, Unit::Weeks, false),
        access: Access::Group {
            applies: |g| is_trappe(&g.fp.refusion),
            get: |_, g| trappe_weeks(&g.fp.refusion),
            set: |g, v| {
                g.fp.refusion = trappe(v)?;
                Ok(())
            },
        },
        source: Source::Trappe(BenefitKind::Fp),
        section: Section::Fp,
        role: DecisionRole::Setting,
        bound: Bound::None,
    },
    HandlingPerCase => Declaration {
        path: "handling_per_case",
        spec: spec(dec!(0), dec!(10000000), false, Unit::Kr, true),
        access: Access::Group {
            applies: always,
            get: |_, g| Some(g.handling_per_case),
            set: |g, v| {
                g.handling_per_case = v;
                Ok(())
            },
        },
        source: Source::Typed,
        section: Section::Indsats,
        role: DecisionRole::Decision,
        bound: Bound::None,
    },
    // Net is linear in the granted share: every month's granted and
    // lasting case-months scale with it, handling does not.
    GrantedPct => Declaration {
        path: "granted_pct",
        spec: spec(dec!(0), dec!(100), false, Unit::Pct, true),
        access: Access::Group {
            applies: always,
            get: |_, g| Some(g.granted_pct),
            set: |g, v| {
                g.granted_pct = v;
                Ok(())
            },
        },
        source: Source::Typed,
        section: Section::Review,
        role: DecisionRole::Decision,
        bound: Bound::None,
    },
    // Only a bound on the months cut; given or not in the document.
    MonthsLeft => Declaration {
        path: "months_left",
        spec: spec(dec!(0), dec!(60), false, Unit::Months, false),
        access: Access::Group {
            applies: |g| g.months_left.is_some(),
            get: |_, g| g.months_left,
            set: |g, v| {
                g.months_left = Some(v);
                Ok(())
            },
        },
        source: Source::Typed,
        section: Section::Review,
        role: DecisionRole::NoEffectOnNet,
        bound: Bound::AtLeast(Field::MonthsShortened),
    },
    // Net is linear in each share: the case-months of a destination scale
    // with it (FP's with what the others leave).
    FleksjobPct => Declaration {
        path: "destinations.fleksjob.share_pct",
        spec: spec(dec!(0), dec!(100), false, Unit::Pct, true),
        access: Access::Group {
            applies: always,
            get: |_, g| Some(g.destinations.fleksjob.share_pct),
            set: |g, v| {
                g.destinations.fleksjob.share_pct = v;
                Ok(())
            },
        },
        source: Source::Typed,
        section: Section::Destinations,
        role: DecisionRole::Decision,
        bound: Bound::None,
    },
    FleksjobMonthly => Declaration {
        path: "destinations.fleksjob.monthly",
        spec: spec(dec!(0), MAX_MONTHLY, false, Unit::KrPerMonth, true),
        access: Access::Group {
            applies: always,
            get: |s, g| {
                indexing::monthly(&g.destinations.fleksjob.rate, |y, i| {
                    indexing::fleksjob_rate(y, i, &s.perspective)
                })
            },
            set: |g, v| {
                g.destinations.fleksjob.rate = Rate::Custom { monthly: v };
                Ok(())
            },
        },
        source: Source::RateTable(BenefitKind::Fleksjob),
        section: Section::Destinations,
        role: DecisionRole::Decision,
        bound: Bound::None,
    },
    FleksjobRefusionPct => Declaration {
        path: "destinations.fleksjob.refusion.pct",
        spec: spec(dec!(0), dec!(100), false, Unit::Pct, true),
        access: Access::Group {
            applies: always,
            get: |_, g| Some(benefit_refusion_pct(&g.destinations.fleksjob.refusion)),
            set: |g, v| {
                g.destinations.fleksjob.refusion = BenefitRefusion::Custom { pct: v };
                Ok(())
            },
        },
        source: Source::Trappe(BenefitKind::Fleksjob),
        section: Section::Destinations,
        role: DecisionRole::Decision,
        bound: Bound::None,
    },
    KontanthjaelpPct => Declaration {
        path: "destinations.kontanthjaelp.share_pct",
        spec: spec(dec!(0), dec!(100), false, Unit::Pct, true),
        access: Access::Group {
            applies: always,
            get: |_, g| Some(g.destinations.kontanthjaelp.share_pct),
            set: |g, v| {
                g.destinations.kontanthjaelp.share_pct = v;
                Ok(())
            },
        },
        source: Source::Typed,
        section: Section::Destinations,
        role: DecisionRole::Decision,
        bound: Bound::None,
    },
    KontanthjaelpMonthly => Declaration {
        path: "destinations.kontanthjaelp.monthly",
        spec: spec(dec!(0), MAX_MONTHLY, false, Unit::KrPerMonth, true),
        access: Access::Group {
            applies: always,
            get: |s, g| {
                indexing::monthly(&g.destinations.kontanthjaelp.rate, |y, i| {
                    indexing::kontanthjaelp_rate(y, i, &s.perspective)
                })
            },
            set: |g, v| {
                g.destinations.kontanthjaelp.rate = Rate::Custom { monthly: v };
                Ok(())
            },
        },
        source: Source::RateTable(BenefitKind::Kontanthjaelp),
        section: Section::Destinations,
        role: DecisionRole::Decision,
        bound: Bound::None,
    },
    KontanthjaelpRefusionPct => Declaration {
        path: "destinations.kontanthjaelp.refusion.pct",
        spec: spec(dec!(0), dec!(100), false, Unit::Pct, true),
        access: Access::Group {
            applies: always,
            get: |_, g| Some(benefit_refusion_pct(&g.destinations.kontanthjaelp.refusion)),
            set: |g, v| {
                g.destinations.kontanthjaelp.refusion = BenefitRefusion::Custom { pct: v };
                Ok(())
            },
        },
        source: Source::Trappe(BenefitKind::Kontanthjaelp),
        section: Section::Destinations,
        role: DecisionRole::Decision,
        bound: Bound::None,
    },
    JobPct => Declaration {
        path: "destinations.job_pct",
        spec: spec(dec!(0), dec!(100), false, Unit::Pct, true),
        access: Access::Group {
            applies: always,
            get: |_, g| Some(g.destinations.job_pct),
            set: |g, v| {
                g.destinations.job_pct = v;
                Ok(())
            },
        },
        source: Source::Typed,
        section: Section::Destinations,
        role: DecisionRole::Decision,
        bound: Bound::None,
    },
    // Net is linear in the anyway share: only the lasting case-months
    // scale with 1 − the share.
    AnywayPct => Declaration {
        path: "counterfactual.anyway_pct",
        spec: spec(dec!(0), dec!(100), false, Unit::Pct, true),
        access: Access::Group {
            applies: always,
            get: |_, g| Some(g.counterfactual.anyway_pct),
            set: |g, v| {
                g.counterfactual.anyway_pct = v;
                Ok(())
            },
        },
        source: Source::Typed,
        section: Section::Counterfactual,
        role: DecisionRole::Decision,
        bound: Bound::None,
    },
    InsteadMonthly => Declaration {
        path: "counterfactual.instead.monthly",
        spec: spec(dec!(0), MAX_MONTHLY, false, Unit::KrPerMonth, true),
        access: Access::Group {
            applies: is_typed_instead,
            get: |_, g| match &g.counterfactual.instead {
                Instead::Typed { monthly, .. } => Some(*monthly),
                _ => None,
            },
            set: |g, v| match &mut g.counterfactual.instead {
                Instead::Typed { monthly, .. } => {
                    *monthly = v;
                    Ok(())
                }
                _ => Err(SetError::NotApplicable),
            },
        },
        source: Source::Typed,
        section: Section::Counterfactual,
        role: DecisionRole::Decision,
        bound: Bound::None,
    },
    InsteadRefusionPct => Declaration {
        path: "counterfactual.instead.refusion.pct",
        spec: spec(dec!(0), dec!(100), false, Unit::Pct, true),
        access: Access::Group {
            applies: is_typed_instead,
            get: |_, g| match &g.counterfactual.instead {
                Instead::Typed { refusion, .. } => Some(benefit_refusion_pct(refusion)),
                _ => None,
            },
            set: |g, v| match &mut g.counterfactual.instead {
                Instead::Typed { refusion, .. } => {
                    *refusion = BenefitRefusion::Custom { pct: v };
                    Ok(())
                }
                _ => Err(SetError::NotApplicable),
            },
        },
        source: Source::Trappe(BenefitKind::Instead),
        section: Section::Counterfactual,
        role: DecisionRole::Decision,
        bound: Bound::None,
    },
    // Not affine: lasting case-months beyond the horizon are cut off.
    LastingMonths => Declaration {
        path: "counterfactual.lasting.months",
        spec: spec(dec!(0), dec!(600), true, Unit::Months, false),
        access: Access::Group {
            applies: |g| matches!(g.counterfactual.lasting, Lasting::Months(_)),
            get: |_, g| match g.counterfactual.lasting {
                Lasting::Months(m) => int(m),
                Lasting::UntilHorizon => None,
            },
            set: |g, v| match &mut g.counterfactual.lasting {
                Lasting::Months(m) => {
                    *m = whole(v)?;
                    Ok(())
                }
                Lasting::UntilHorizon => Err(SetError::NotApplicable),
            },
        },
        source: Source::Typed,
        section: Section::Counterfactual,
        role: DecisionRole::Decision,
        bound: Bound::None,
    },
    HoursPerWeek => Declaration {
        path: "investment.hours_per_week",
        spec: spec(dec!(0), dec!(10000), false, Unit::HoursPerWeek, true),
        access: Access::Scenario {
            get: |s| Some(s.investment.hours_per_week),
            set: |s, v| {
                s.investment.hours_per_week = v;
                Ok(())
            },
        },
        source: Source::Typed,
        section: Section::Investment,
        role: DecisionRole::Decision,
        bound: Bound::None,
    },
    FullTimeHours => Declaration {
        path: "investment.full_time_hours",
        spec: spec(dec!(1), dec!(100), false, Unit::HoursPerWeek, false),
        access: Access::Scenario {
            get: |s| Some(s.investment.full_time_hours),
            set: |s, v| {
                s.investment.full_time_hours = v;
                Ok(())
            },
        },
        source: Source::Typed,
        section: Section::Investment,
        role: DecisionRole::Setting,
        bound: Bound::None,
    },
    AnnualCost => Declaration {
        path: "investment.annual_cost",
        spec: spec(dec!(0), dec!(100000000), false, Unit::KrPerYear, true),
        access: Access::Scenario {
            get: |s| Some(s.investment.annual_cost),
            set: |s, v| {
                s.investment.annual_cost = v;
                Ok(())
            },
        },
        source: Source::Typed,
        section: Section::Investment,
        role: DecisionRole::Decision,
        bound: Bound::None,
    },
    OverheadPct => Declaration {
        path: "investment.overhead_pct",
        spec: spec(dec!(0), dec!(500), false, Unit::Pct, true),
        access: Access::Scenario {
            get: |s| Some(s.investment.overhead_pct),
            set: |s, v| {
                s.investment.overhead_pct = v;
                Ok(())
            },
        },
        source: Source::Typed,
        section: Section::Investment,
        role: DecisionRole::Decision,
        bound: Bound::None,
    },
    InvestmentMonths => Declaration {
        path: "investment.months",
        spec: spec(dec!(0), dec!(240), true, Unit::Months, false),
        access: Access::Scenario {
            get: |s| int(s.investment.months),
            set: |s, v| {
                s.investment.months = whole(v)?;
                Ok(())
            },
        },
        source: Source::Typed,
        section: Section::Investment,
        role: DecisionRole::Decision,
        bound: Bound::None,
    },
    InvestmentFromMonth => Declaration {
        path: "investment.from_month",
        spec: spec(dec!(1), dec!(240), true, Unit::MonthOfHorizon, false),
        access: Access::Scenario {
            get: |s| int(s.investment.from_month),
            set: |s, v| {
                s.investment.from_month = whole(v)?;
                Ok(())
            },
        },
        source: Source::Typed,
        section: Section::Investment,
        role: DecisionRole::Setting,
        bound: Bound::AtMost(Field::HorizonMonths),
    },
    IncomeTaxPct => Declaration {
        path: "perspective.income_tax_pct",
        spec: spec(dec!(0), dec!(100), false, Unit::Pct, true),
        access: Access::Scenario {
            get: |s| Some(s.perspective.income_tax_pct),
            set: |s, v| {
                s.perspective.income_tax_pct = v;
                Ok(())
            },
        },
        source: Source::Typed,
        section: Section::IncomeTax,
        role: DecisionRole::DecisionWithIncomeTax,
        bound: Bound::None,
    },
    DiscountPct => Declaration {
        path: "perspective.discount_pct",
        spec: spec(dec!(0), dec!(100), false, Unit::Pct, false),
        access: Access::Scenario {
            get: |s| Some(s.perspective.discount_pct),
            set: |s, v| {
                s.perspective.discount_pct = v;
                Ok(())
            },
        },
        source: Source::Typed,
        section: Section::HorizonPerspective,
        role: DecisionRole::NoEffectOnNet,
        bound: Bound::None,
    },
    RateAdjustmentPct => Declaration {
        path: "perspective.rate_adjustment_pct",
        spec: spec(dec!(-50), dec!(100), false, Unit::Pct, false),
        access: Access::Scenario {
            get: |s| Some(s.perspective.rate_adjustment_pct),
            set: |s, v| {
                s.perspective.rate_adjustment_pct = v;
                Ok(())
            },
        },
        source: Source::Typed,
        section: Section::HorizonPerspective,
        role: DecisionRole::Setting,
        bound: Bound::None,
    },
}

/// How many fields are declared per group (`true`) or per scenario.
const fn count(per_group: bool) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < Field::ALL.len() {
        if Field::ALL[i].is_group_field() == per_group {
            n += 1;
        }
        i += 1;
    }
    n
}

/// The fields declared per group (`true`) or per scenario, in order.
const fn select<const N: usize>(per_group: bool) -> [Field; N] {
    let mut out = [Field::ALL[0]; N];
    let (mut i, mut n) = (0, 0);
    while i < Field::ALL.len() {
        if Field::ALL[i].is_group_field() == per_group {
            out[n] = Field::ALL[i];
            n += 1;
        }
        i += 1;
    }
    out
}

impl Field {
    pub const fn spec(self) -> FieldSpec {
        self.declaration().spec
    }

    /// The path within its group (or the scenario), as in the JSON document.
    pub const fn path_suffix(self) -> &'static str {
        self.declaration().path
    }

    pub const fn is_group_field(self) -> bool {
        matches!(self.declaration().access, Access::Group { .. })
    }

    pub const fn section(self) -> Section {
        self.declaration().section
    }

    pub const fn role(self) -> DecisionRole {
        self.declaration().role
    }

    pub const fn source(self) -> Source {
        self.declaration().source
    }

    pub const fn bound(self) -> Bound {
        self.declaration().bound
    }

    /// A group's fields, in document order.
    pub const GROUP_FIELDS: [Field; count(true)] = select(true);

    /// The scenario's own fields, in document order.
    pub const SCENARIO_FIELDS: [Field; count(false)] = select(false);

    /// The fields the form shows in `section`, in order.
    pub fn in_section(section: Section) -> impl Iterator<Item = Field> {
        Field::ALL
            .iter()
            .copied()
            .filter(move |f| f.section() == section)
    }
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
        if let Some((group, suffix)) = indexed_entry(path, "groups") {
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

    /// Another field of the same group, or of the scenario.
    pub fn beside(&self, field: Field) -> InputId {
        if field.is_group_field() {
            InputId::group(self.group, field)
        } else {
            InputId::scenario(field)
        }
    }

    /// Whether the input is part of the scenario as it stands: its group
    /// exists, and it belongs to the group's timing kind and refusion rule.
    pub fn applies(&self, s: &Scenario) -> bool {
        match self.field.declaration().access {
            Access::Scenario { .. } => true,
            Access::Group { applies, .. } => s.groups.get(self.group).is_some_and(applies),
        }
    }

    /// The value the engine uses for this input: a rate looked up in its
    /// table, a refusion rule's percentage. `None` when the input does not
    /// apply (a timing field of the other kind, a group that does not exist,
    /// a table year with no rate).
    pub fn get(&self, s: &Scenario) -> Option<Decimal> {
        match self.field.declaration().access {
            Access::Scenario { get, .. } => get(s),
            Access::Group { get, .. } => get(s, s.groups.get(self.group)?),
        }
    }

    /// Sets this input (see [`Access`]).
    pub fn set(&self, s: &mut Scenario, value: Decimal) -> Result<(), SetError> {
        match self.field.declaration().access {
            Access::Scenario { set, .. } => set(s, value),
            Access::Group { set, .. } => set(
                s.groups
                    .get_mut(self.group)
                    .ok_or(SetError::NotApplicable)?,
                value,
            ),
        }
    }

    /// Whether the figure comes from a table or a rule ([`Source`]) rather
    /// than being typed in.
    pub fn from_rule(&self, s: &Scenario) -> bool {
        let Some(g) = s.groups.get(self.group) else {
            return false;
        };
        match self.field.source() {
            Source::Typed => false,
            Source::RateTable(BenefitKind::Rfy) => matches!(g.rfy.rate, Rate::Table { .. }),
            Source::RateTable(BenefitKind::Fp) => matches!(g.fp.rate, Rate::Table { .. }),
            Source::RateTable(BenefitKind::Fleksjob) => {
                matches!(g.destinations.fleksjob.rate, Rate::Table { .. })
            }
            Source::RateTable(BenefitKind::Kontanthjaelp) => {
                matches!(g.destinations.kontanthjaelp.rate, Rate::Table { .. })
            }
            Source::RateTable(BenefitKind::Instead) => false,
            Source::Trappe(BenefitKind::Rfy) => is_trappe(&g.rfy.refusion),
            Source::Trappe(BenefitKind::Fp) => is_trappe(&g.fp.refusion),
            Source::Trappe(BenefitKind::Fleksjob) => is_trappe(&g.destinations.fleksjob.refusion),
            Source::Trappe(BenefitKind::Kontanthjaelp) => {
                is_trappe(&g.destinations.kontanthjaelp.refusion)
            }
            Source::Trappe(BenefitKind::Instead) => matches!(
                g.counterfactual.instead,
                Instead::Typed {
                    refusion: BenefitRefusion::Trappe { .. },
                    ..
                }
            ),
            Source::IndsatsByYear => matches!(g.indsats.refusion, IndsatsRefusion::ByYear),
        }
    }
}

impl InputId {
    /// Whether changing the input can move the net as the scenario stands:
    /// a destination's amount only matters while some cases go there (or
    /// would have got it instead), the alternative and its length only
    /// while some cases would not have reached their destination anyway.
    pub fn moves_net(&self, s: &Scenario) -> bool {
        let Some(g) = s
            .groups
            .get(self.group)
            .filter(|_| self.field.is_group_field())
        else {
            return true;
        };
        let cf = &g.counterfactual;
        let lasting = g.has_lasting_difference();
        match self.field {
            Field::FleksjobMonthly | Field::FleksjobRefusionPct => {
                !g.destinations.fleksjob.share_pct.is_zero()
                    || (lasting && cf.instead == Instead::Fleksjob)
            }
            Field::KontanthjaelpMonthly | Field::KontanthjaelpRefusionPct => {
                !g.destinations.kontanthjaelp.share_pct.is_zero()
                    || (lasting && cf.instead == Instead::Kontanthjaelp)
            }
            Field::InsteadMonthly | Field::InsteadRefusionPct | Field::LastingMonths => lasting,
            Field::AnywayPct => {
                cf.lasting != Lasting::Months(0)
                    && !g.granted_pct.is_zero()
                    && !g.cases_shortened.is_zero()
            }
            _ => true,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetError {
    /// The input does not exist in this scenario (e.g. a removed group).
    NotApplicable,
    /// The field takes whole numbers only.
    NotWhole,
    /// A month that cannot be one (below zero or far too large).
    OutOfRange,
}

/// A number in a cost line, named as in the document (`costs[i].amount`):
/// the cost lines' own declaration, beside [`fields!`] (a scenario has any
/// number of lines, each with the parts its basis has). Validation, the
/// form and its messages read the limits here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CostPart {
    Amount,
    StatePct,
    FromMonth,
    Months,
    Month,
}

/// Largest cost per unit of a cost line (kr.).
pub const MAX_COST_AMOUNT: Decimal = dec!(1000000000);

impl CostPart {
    /// The part's path after `costs[i].`.
    pub fn path_suffix(self) -> &'static str {
        match self {
            CostPart::Amount => "amount",
            CostPart::StatePct => "state_pct",
            CostPart::FromMonth => "basis.from_month",
            CostPart::Months => "basis.months",
            CostPart::Month => "basis.month",
        }
    }

    /// What the part allows: lowest, highest, unit.
    pub fn range(self) -> (Decimal, Decimal, Unit) {
        let months = dec!(240);
        match self {
            CostPart::Amount => (Decimal::ZERO, MAX_COST_AMOUNT, Unit::Kr),
            CostPart::StatePct => (Decimal::ZERO, Decimal::ONE_HUNDRED, Unit::Pct),
            CostPart::FromMonth | CostPart::Month => (Decimal::ONE, months, Unit::MonthOfHorizon),
            CostPart::Months => (Decimal::ZERO, months, Unit::Months),
        }
    }

    /// A whole number of months (or a month of the horizon).
    pub fn is_months(self) -> bool {
        matches!(
            self,
            CostPart::FromMonth | CostPart::Months | CostPart::Month
        )
    }

    /// The parts the line's basis has, in the order the form shows them.
    pub fn of_line(line: &CostLine) -> Vec<CostPart> {
        let mut parts = vec![CostPart::Amount];
        match line.basis {
            CostBasis::Monthly { .. } => parts.extend([CostPart::FromMonth, CostPart::Months]),
            CostBasis::OneOff { .. } => parts.push(CostPart::Month),
            CostBasis::PerReviewedCase
            | CostBasis::PerCasePutForward
            | CostBasis::PerShortenedCase => {}
        }
        parts.push(CostPart::StatePct);
        parts
    }

    pub fn get(self, line: &CostLine) -> Option<Decimal> {
        match (self, &line.basis) {
            (CostPart::Amount, _) => Some(line.amount),
            (CostPart::StatePct, _) => Some(line.state_pct),
            (CostPart::FromMonth, CostBasis::Monthly { from_month, .. }) => {
                Some(Decimal::from(*from_month))
            }
            (CostPart::Months, CostBasis::Monthly { months, .. }) => Some(Decimal::from(*months)),
            (CostPart::Month, CostBasis::OneOff { month }) => Some(Decimal::from(*month)),
            _ => None,
        }
    }

    /// Sets the part; the range is checked by validation, so a value out of
    /// it is kept and marked, not lost.
    pub fn set(self, line: &mut CostLine, value: Decimal) -> Result<(), SetError> {
        let month = || -> Result<u32, SetError> {
            if !value.fract().is_zero() {
                return Err(SetError::NotWhole);
            }
            u32::try_from(value).map_err(|_| SetError::OutOfRange)
        };
        match (self, &mut line.basis) {
            (CostPart::Amount, _) => line.amount = value,
            (CostPart::StatePct, _) => line.state_pct = value,
            (CostPart::FromMonth, CostBasis::Monthly { from_month, .. }) => *from_month = month()?,
            (CostPart::Months, CostBasis::Monthly { months, .. }) => *months = month()?,
            (CostPart::Month, CostBasis::OneOff { month: m }) => *m = month()?,
            _ => return Err(SetError::NotApplicable),
        }
        Ok(())
    }
}

/// The inputs that can move the result, in the order a case is argued:
/// per group the review, the benefits and indsats; then the buy-out and the
/// perspective. Used for break-even, sensitivity, meeting mode and ranges.
pub fn decision_inputs(s: &Scenario) -> Vec<InputId> {
    let mut inputs: Vec<InputId> = (0..s.groups.len())
        .flat_map(|g| {
            Field::GROUP_FIELDS
                .into_iter()
                .filter(|f| f.role() == DecisionRole::Decision)
                .map(move |f| InputId::group(g, f))
                .filter(|input| input.applies(s) && input.moves_net(s))
        })
        .collect();
    inputs.extend(
        Field::SCENARIO_FIELDS
            .into_iter()
            .filter(|f| match f.role() {
                DecisionRole::Decision => true,
                DecisionRole::DecisionWithIncomeTax => s.perspective.include_income_tax,
                DecisionRole::Setting | DecisionRole::NoEffectOnNet => false,
            })
            .map(InputId::scenario),
    );
    inputs
}
