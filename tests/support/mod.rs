//! Scenarios the native test files share. Each figure they produce is worked
//! out by hand in the tests that use them (`engine_hand_worked.rs` for the
//! presets and two groups).

#![allow(dead_code)] // each test file uses a different part

pub mod formula;
pub mod working;

use afkortning::data::presets;
use afkortning::engine::scenario::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

pub fn preset(id: &str) -> Scenario {
    presets::find(id)
        .expect("preset exists")
        .scenario()
        .expect("preset is valid")
}

/// Two groups, crossing the 2021/2022 change in indsats refusion, with
/// handling, tax, a rate adjustment and discounting.
pub fn two_groups() -> Scenario {
    let benefit = |monthly: Decimal, pct: Decimal| -> (Rate<RfyStatus>, BenefitRefusion) {
        (Rate::Custom { monthly }, BenefitRefusion::Custom { pct })
    };
    let (a_rfy, a_rfy_ref) = benefit(dec!(10000), dec!(20));
    let (b_rfy, b_rfy_ref) = benefit(dec!(12000), dec!(30));
    Scenario {
        version: CURRENT_VERSION,
        name: "To grupper".into(),
        description: String::new(),
        start: YearMonth {
            year: 2021,
            month: 7,
        },
        horizon_months: 12,
        groups: vec![
            CaseGroup {
                label: "A".into(),
                cases_reviewed: dec!(20),
                cases_shortened: dec!(4),
                months_shortened: dec!(2),
                timing: Timing::FromMonth { month: 6 },
                rfy: Benefit {
                    rate: a_rfy,
                    refusion: a_rfy_ref,
                },
                indsats: Indsats {
                    monthly: dec!(5000),
                    refusion: IndsatsRefusion::ByYear,
                },
                fp: Benefit {
                    rate: Rate::Custom {
                        monthly: dec!(16000),
                    },
                    refusion: BenefitRefusion::Trappe {
                        weeks_on_benefit: 53,
                    },
                },
                handling_per_case: dec!(1000),
                granted_pct: dec!(100),
                months_left: None,
                destinations: Destinations::all_fp(),
                counterfactual: Counterfactual::anyway(),
            },
            CaseGroup {
                label: "B".into(),
                cases_reviewed: dec!(10),
                cases_shortened: dec!(2),
                months_shortened: dec!(1.5),
                timing: Timing::Even {
                    from_month: 1,
                    over_months: 2,
                },
                rfy: Benefit {
                    rate: b_rfy,
                    refusion: b_rfy_ref,
                },
                indsats: Indsats {
                    monthly: dec!(1000),
                    refusion: IndsatsRefusion::Custom { pct: dec!(50) },
                },
                fp: Benefit {
                    rate: Rate::Custom {
                        monthly: dec!(18000),
                    },
                    refusion: BenefitRefusion::Custom { pct: dec!(20) },
                },
                handling_per_case: dec!(0),
                granted_pct: dec!(100),
                months_left: None,
                destinations: Destinations::all_fp(),
                counterfactual: Counterfactual::anyway(),
            },
        ],
        costs: Vec::new(),
        investment: Investment {
            hours_per_week: dec!(10),
            full_time_hours: dec!(40),
            annual_cost: dec!(480000),
            overhead_pct: dec!(25),
            months: 6,
            from_month: 1,
        },
        perspective: Perspective {
            include_income_tax: true,
            income_tax_pct: dec!(25),
            discount_pct: dec!(5),
            rate_adjustment_pct: dec!(10),
            // The hand-worked figures of the tests using this scenario
            // raise every amount by the 10 % each year (format version 1's
            // meaning), not by the published 2022 regulation.
            indexing: Indexing::AssumptionOnly,
        },
        ranges: vec![],
        sources: Default::default(),
    }
}

/// Past week 52 on the refusionstrappe: 20 % state, 80 % kommune.
pub fn trappe_53() -> BenefitRefusion {
    BenefitRefusion::Trappe {
        weeks_on_benefit: 53,
    }
}

/// 10 cases reviewed and put forward in January 2026, each cut by 12
/// months, all granted, all to FP and all of them anyway; typed rates so the
/// arithmetic is plain: RFY 17,736 and FP 22,053 kr. a month (the 2026
/// estimates), both at 20 % state; no indsats, no buy-out, no yearly rise;
/// 60 months.
pub fn ten_cases_2026() -> Scenario {
    Scenario {
        version: CURRENT_VERSION,
        name: "Ti sager".into(),
        description: String::new(),
        start: YearMonth {
            year: 2026,
            month: 1,
        },
        horizon_months: 60,
        groups: vec![CaseGroup {
            label: "G".into(),
            cases_reviewed: dec!(10),
            cases_shortened: dec!(10),
            months_shortened: dec!(12),
            timing: Timing::FromMonth { month: 1 },
            rfy: Benefit {
                rate: Rate::Custom {
                    monthly: dec!(17736),
                },
                refusion: trappe_53(),
            },
            indsats: Indsats {
                monthly: Decimal::ZERO,
                refusion: IndsatsRefusion::ByYear,
            },
            fp: Benefit {
                rate: Rate::Custom {
                    monthly: dec!(22053),
                },
                refusion: trappe_53(),
            },
            handling_per_case: Decimal::ZERO,
            granted_pct: dec!(100),
            months_left: None,
            destinations: Destinations::all_fp(),
            counterfactual: Counterfactual::anyway(),
        }],
        investment: Investment {
            hours_per_week: Decimal::ZERO,
            full_time_hours: dec!(37),
            annual_cost: Decimal::ZERO,
            overhead_pct: Decimal::ZERO,
            months: 0,
            from_month: 1,
        },
        costs: Vec::new(),
        perspective: Perspective {
            indexing: Indexing::AssumptionOnly,
            ..Perspective::default()
        },
        ranges: Vec::new(),
        sources: std::collections::BTreeMap::new(),
    }
}
