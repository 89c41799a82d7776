//! Issue 13: rate tables 2015–2026 with status, the regulation chain, the
//! 2018 correction, indexing of later years, the 2026 reform notice, and
//! format version 2's migration. Figures worked by hand in the comments.

mod support;

use afkortning::data::{kontanthjaelp, rates, regulation};
use afkortning::engine::evaluate;
use afkortning::engine::outcome::Warning;
use afkortning::engine::scenario::*;
use afkortning::format::document;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use support::preset;

#[test]
fn every_derived_or_estimated_figure_equals_its_arithmetic() {
    // Rule: base × factors rounded to whole kroner (half away from zero), or
    // a yearly amount ÷ 12. Checked exactly.
    let mut checked = 0;
    for table in [rates::RFY, rates::FP] {
        for row in table.rows {
            for (column, cell) in row.cells.iter().enumerate() {
                let Some(arithmetic) = cell.status.arithmetic() else {
                    continue;
                };
                assert_eq!(
                    arithmetic.recompute(table, column),
                    Some(cell.monthly),
                    "{} {} column {}",
                    table.name,
                    row.year,
                    table.columns[column]
                );
                // An indexed figure's factors are the published rises of
                // the years between.
                if let rates::Arithmetic::Indexed { from_year, factors } = arithmetic {
                    let rises: Vec<Decimal> = (*from_year + 1..=row.year)
                        .map(|y| {
                            Decimal::ONE + regulation::rise(y).expect("published").pct / dec!(100)
                        })
                        .collect();
                    assert_eq!(factors.to_vec(), rises, "{} {}", table.name, row.year);
                }
                checked += 1;
            }
        }
    }
    // RFY 2018, 2025, 2026 (2 columns each) = 6; FP 2016 ×2, 2019 ×2,
    // 2021 ×2, 2025 ×2, 2026 ×2 = 10.
    assert_eq!(checked, 16);
    for rate in kontanthjaelp::RATES {
        if rate.status.arithmetic().is_some() {
            assert_eq!(
                rate.recompute(),
                Some(rate.monthly),
                "{:?} {}",
                rate.item,
                rate.year
            );
        }
    }
}

#[test]
fn a_2023_row_is_looked_up() {
    // bm.dk 2023: forsørger 15,874, ikke-forsørger 11,944; FP 19,738 / 16,778
    // (236,856 / 201,336 a year ÷ 12).
    let rfy = rates::lookup(rates::RFY, 2023, rates::RFY_IKKE_FORSORGER, dec!(0)).unwrap();
    assert_eq!(rfy.monthly, dec!(11944));
    assert_eq!(rfy.basis, rates::Basis::Row(rates::Status::Published));
    let fp = rates::lookup(rates::FP, 2023, rates::FP_GIFT_SAMLEVENDE, dec!(0)).unwrap();
    assert_eq!(fp.monthly, dec!(16778));
    assert_eq!(dec!(201336) / dec!(12), dec!(16778));
    // No FP row for 2017, none before 2015.
    assert!(rates::lookup(rates::FP, 2017, 0, dec!(0)).is_none());
    assert!(rates::lookup(rates::RFY, 2014, 0, dec!(0)).is_none());
}

#[test]
fn the_2018_row_is_the_published_level() {
    // 14,808 × 1.0125 = 14,993.10 → 14,993; 11,143 × 1.0125 = 11,282.29 → 11,282.
    let row = rates::RFY.row(2018).unwrap();
    assert_eq!(row.cells[0].monthly, dec!(14993));
    assert_eq!(row.cells[1].monthly, dec!(11282));
    assert!(!row.cells[1].status.is_estimate());
}

fn single_year(year: u16) -> Scenario {
    let mut s = preset("your-municipality-latest");
    s.start.year = year;
    s.horizon_months = 12;
    s.groups[0].timing = Timing::FromMonth { month: 1 };
    s.groups[0].rfy.rate = Rate::Table {
        year,
        status: RfyStatus::IkkeForsorger,
    };
    s.groups[0].fp.rate = Rate::Table {
        year,
        status: FpStatus::Enlig,
    };
    s.investment.months = 0;
    s
}

#[test]
fn a_2026_scenario_on_estimated_rates_is_flagged() {
    let s = single_year(2026);
    let out = evaluate(&s).unwrap();
    // 15 cases × 3 months = 45 case-months in January–March 2026.
    // RFY 13,345 × 0.8 × 45 = 480,420; indsats 2,700 × 45 = 121,500 (0 %);
    // FP 22,053 × 0.8 × 45 = 793,908. Net 480,420 + 121,500 − 793,908 = −191,988.
    assert_eq!(out.net.kommune, dec!(-191988));
    let kinds: Vec<&Warning> = out.warnings.iter().collect();
    assert!(
        matches!(kinds[0], Warning::UnverifiedRate { year: 2026, path } if path == "groups[0].rfy.rate.monthly")
    );
    assert!(
        matches!(kinds[1], Warning::UnverifiedRate { year: 2026, path } if path == "groups[0].fp.rate.monthly")
    );
    assert_eq!(kinds[2], &Warning::RessourceforlobAbolished);
    let da = kinds[2].message(afkortning::lang::Lang::Da);
    assert!(da.contains("lov nr. 1750 af 29/12/2025"));
    assert!(kinds[0]
        .message(afkortning::lang::Lang::En)
        .contains("estimate"));
}

#[test]
fn a_2027_scenario_is_indexed_from_2026_by_the_typed_assumption() {
    let mut s = single_year(2027);
    s.perspective.rate_adjustment_pct = dec!(3);
    let out = evaluate(&s).unwrap();
    // No 2027 rise published: 2026 × 1.03.
    // RFY 13,345 × 1.03 = 13,745.35; × 0.8 × 45 = 494,832.60.
    // FP 22,053 × 1.03 = 22,714.59; × 0.8 × 45 = 817,725.24.
    // Indsats 2,700 × 45 = 121,500 (start year: factor 1).
    // Net 494,832.60 + 121,500 − 817,725.24 = −201,392.64.
    assert_eq!(out.net.kommune, dec!(-201392.64));
    assert!(out.warnings.iter().any(|w| matches!(
        w,
        Warning::IndexedRate { year: 2027, from_year: 2026, assumed_years: 1, assumption_pct, .. }
            if *assumption_pct == dec!(3)
    )));
}

#[test]
fn published_rises_come_before_the_assumption_over_several_years() {
    // Custom rates, one case moving in December 2024 for 3 months:
    // December 2024 at factor 1, January–February 2025 at 1.036 (published
    // 2025 rise), not the typed 10 %.
    let mut s = single_year(2024);
    s.start.month = 12;
    s.horizon_months = 3;
    s.perspective.rate_adjustment_pct = dec!(10);
    let g = &mut s.groups[0];
    g.cases_shortened = dec!(1);
    g.rfy.rate = Rate::Custom {
        monthly: dec!(10000),
    };
    g.fp.rate = Rate::Custom {
        monthly: dec!(20000),
    };
    g.indsats.monthly = dec!(0);
    g.rfy.refusion = BenefitRefusion::Custom { pct: dec!(0) };
    g.fp.refusion = BenefitRefusion::Custom { pct: dec!(0) };
    let out = evaluate(&s).unwrap();
    // Swing −10,000 a month: −10,000 + 2 × −10,360 = −30,720.
    assert_eq!(out.net.kommune, dec!(-30720));
    // The same document meant the typed 10 % in version 1:
    // −10,000 + 2 × −11,000 = −32,000.
    s.perspective.indexing = Indexing::AssumptionOnly;
    assert_eq!(evaluate(&s).unwrap().net.kommune, dec!(-32000));
}

/// A version-1 document, 2021–2022, table rates 2020, 5 % adjustment.
const V1_TWO_YEARS: &str = r#"{
  "version": 1, "name": "To år",
  "start": { "year": 2021, "month": 12 }, "horizon_months": 2,
  "groups": [{
    "label": "G", "cases_reviewed": "1", "cases_shortened": "1", "months_shortened": "2",
    "timing": { "kind": "from_month", "month": 1 },
    "rfy": { "rate": { "source": "table", "year": 2020, "status": "ikke_forsorger" },
             "refusion": { "source": "custom", "pct": "0" } },
    "indsats": { "monthly": "0", "refusion": { "source": "by_year" } },
    "fp": { "rate": { "source": "table", "year": 2020, "status": "enlig" },
            "refusion": { "source": "custom", "pct": "0" } }
  }],
  "investment": { "hours_per_week": "0", "full_time_hours": "37", "annual_cost": "0", "months": 0 },
  "perspective": { "rate_adjustment_pct": "5" }
}"#;

#[test]
fn a_version_1_document_over_two_years_keeps_its_figures() {
    let s = document::read_valid(V1_TWO_YEARS).unwrap();
    assert_eq!(s.perspective.indexing, Indexing::AssumptionOnly);
    // Swing 11,554 − 19,092 = −7,538: December 2021 × 1, January 2022
    // × 1.05 (the typed 5 %, not the published 0.15 %) = −7,914.90.
    // Total −15,452.90.
    let out = evaluate(&s).unwrap();
    assert_eq!(out.net.kommune, dec!(-15452.90));
    assert!(out.warnings.is_empty());
    // Saved again, it is the current version (3: the counterfactual draft;
    // no counterfactual is written, as none is used) and still says it is
    // indexed by the assumption alone.
    let again = document::to_json(&s);
    assert!(again.contains("\"version\": 3"));
    assert!(!again.contains("counterfactual") && !again.contains("granted_pct"));
    assert!(again.contains("\"indexing\": \"assumption_only\""));
    assert_eq!(
        evaluate(&document::read_valid(&again).unwrap())
            .unwrap()
            .net,
        out.net
    );
}

#[test]
fn a_version_1_document_asking_for_2018_is_told_of_the_correction() {
    let text = V1_TWO_YEARS.replace(
        "\"year\": 2020, \"status\": \"ikke",
        "\"year\": 2018, \"status\": \"ikke",
    );
    let s = document::read_valid(&text).unwrap();
    let out = evaluate(&s).unwrap();
    let corrected = out
        .warnings
        .iter()
        .find(|w| matches!(w, Warning::RateCorrected { .. }))
        .expect("a correction notice");
    assert_eq!(
        corrected,
        &Warning::RateCorrected {
            path: "groups[0].rfy.rate.monthly".into(),
            year: 2018,
            was: dec!(11365.86),
            now: dec!(11282),
        }
    );
    let da = corrected.message(afkortning::lang::Lang::Da);
    assert!(da.contains("11.365,86") && da.contains("11.282"), "{da}");
    // A version-2 document with the 2018 row: no notice.
    let mut v2 = s.clone();
    v2.perspective.indexing = Indexing::PublishedThenAssumption;
    assert!(!evaluate(&v2)
        .unwrap()
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::RateCorrected { .. })));
}

#[test]
fn the_reworked_2018_presets() {
    // Claimed: 45 × (11,282 × 0.8 + 34,551 × 0.5 − 18,642 × 0.8)
    // − 15/37 × 450,000 = 512,437.50 − 182,432.43 = 330,005.07.
    let claimed = evaluate(&preset("norddjurs-2018-claimed")).unwrap();
    assert_eq!(claimed.net.kommune.round_dp(2), dec!(330005.07));
    // Realistic: 45 × (9,025.60 + 1,350 − 14,913.60) − 182,432.43 = −386,642.43.
    let realistic = evaluate(&preset("norddjurs-2018-realistic")).unwrap();
    assert_eq!(realistic.net.kommune.round_dp(2), dec!(-386642.43));
    assert!(claimed.warnings.is_empty() && realistic.warnings.is_empty());
}

#[test]
fn a_year_with_no_rate_says_which_years_are_allowed() {
    use afkortning::engine::validate::validate;
    use afkortning::lang::Lang;
    // FP has no 2017 row; RFY starts in 2015. Both table ends at 2026, and a
    // later year up to 2100 is the 2026 rate indexed.
    let mut s = single_year(2026);
    s.groups[0].fp.rate = Rate::Table {
        year: 2017,
        status: FpStatus::Enlig,
    };
    s.groups[0].rfy.rate = Rate::Table {
        year: 2014,
        status: RfyStatus::IkkeForsorger,
    };
    let errors = validate(&s);
    let message = |path: &str, lang| {
        errors
            .iter()
            .find(|e| e.path == path)
            .unwrap_or_else(|| panic!("{path}: {errors:?}"))
            .problem
            .message(lang)
    };
    assert_eq!(
        message("groups[0].fp.rate.year", Lang::Da),
        "der er ingen sats for det år; vælg et af årene 2015, 2016, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026 eller et senere år til og med 2100 (skøn: 2026-satsen reguleret)"
    );
    assert_eq!(
        message("groups[0].rfy.rate.year", Lang::En),
        "there is no rate for that year; choose one of 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, or a later year up to 2100 (an estimate: the 2026 rate indexed)"
    );
    // 2100 is allowed, 2101 is not.
    s.groups[0].fp.rate = Rate::Table {
        year: 2100,
        status: FpStatus::Enlig,
    };
    s.groups[0].rfy.rate = Rate::Table {
        year: 2101,
        status: RfyStatus::IkkeForsorger,
    };
    let paths: Vec<String> = validate(&s).into_iter().map(|e| e.path).collect();
    assert_eq!(paths, ["groups[0].rfy.rate.year"]);
}
