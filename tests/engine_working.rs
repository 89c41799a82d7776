//! "Show the working": every rendered line, read back from its text and
//! worked out by hand, gives the result it shows; the last line is the
//! engine's figure (`support::working` holds the checks).

mod support;
use afkortning::data::presets::PRESETS;
use afkortning::engine::scenario::*;
use afkortning::engine::trace::{Factor, Operand, Origin, Quantity};
use afkortning::engine::{evaluate, evaluate_traced, LineItem};
use afkortning::lang::Lang;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use support::working::check_all;
use support::{preset, two_groups};

// --- The presets ---------------------------------------------------------

#[test]
fn every_preset_shows_working_that_adds_up() {
    for p in PRESETS {
        check_all(&p.scenario().unwrap());
    }
}

#[test]
fn the_latest_rates_preset_in_one_line() {
    let w = check_all(&preset("your-municipality-latest"));
    // 15 cases × 3 months = 45 case-months (all with the same 2026 amounts:
    // 2027 has no published rise and the adjustment is 0 %, so 2026 and
    // 2027 make one line). Per case-month, kommune: RFY 13,345 × 80 % =
    // 10,676; indsats 2,700 × 100 %; FP 22,053 × 80 % = 17,642.40.
    // 45 × −4,266.40 = −191,988; buy-out 15 / 37 × 532,500 = 215,878.38;
    // −191,988 − 215,878.38 = −407,866.38.
    assert_eq!(
        w.net.render(Lang::Da),
        "Netto for kommunen: 45 sagsmåneder × (10.676,00 + 2.700,00 − 17.642,40) − 215.878,38 = −407.866,38"
    );
    assert_eq!(
        w.net.render(Lang::En),
        "Net for the kommune: 45 case-months × (10,676.00 + 2,700.00 − 17,642.40) − 215,878.38 = −407,866.38"
    );
    assert_eq!(
        w.item(LineItem::Buyout).render(Lang::Da),
        "Frikøb 2026: −(15 / 37 × 532.500,00 × 12 / 12) = −215.878,38"
    );
    // 45 × 13,345 × 80 % = 480,420.
    assert_eq!(
        w.item(LineItem::RfySaved).render(Lang::Da),
        "Gruppe 1 (Ressourceforløb til gennemgang), 2026–2027: 45 sagsmåneder × 13.345,00 × 80 % = 480.420,00"
    );
    // 45 × 22,053 × 80 % = 793,908.
    assert_eq!(
        w.item(LineItem::FpAdded).render(Lang::En),
        "Group 1 (Ressourceforløb til gennemgang), 2026–2027: −(45 case-months × 22,053.00 × 80 %) = −793,908.00"
    );
    assert_eq!(
        w.item(LineItem::TaxEffect).render(Lang::Da),
        "Kommuneskat af ydelserne er ikke medregnet: 0,00"
    );
    assert_eq!(
        w.item(LineItem::Handling).render(Lang::En),
        "No amounts within the horizon: 0.00"
    );
}

#[test]
fn the_realistic_2018_preset_in_one_line() {
    let w = check_all(&preset("norddjurs-2018-realistic"));
    // RFY 2018 (derived: 11,143 × 1.0125 → 11,282) × 80 % = 9,025.60; FP
    // 18,642 × 80 % = 14,913.60; indsats 2,700 × 50 % = 1,350.
    // 45 × (9,025.60 + 1,350 − 14,913.60) = 45 × −4,538 = −204,210;
    // −204,210 − 182,432.43 = −386,642.43.
    assert_eq!(
        w.net.render(Lang::Da),
        "Netto for kommunen: 45 sagsmåneder × (9.025,60 + 1.350,00 − 14.913,60) − 182.432,43 = −386.642,43"
    );
    assert_eq!(
        w.item(LineItem::IndsatsSaved).render(Lang::Da),
        "Gruppe 1 (Udvalgte ressourceforløb), 2018: 45 sagsmåneder × 2.700,00 × 50 % = 60.750,00"
    );
}

#[test]
fn a_rate_needing_three_decimals_gets_them() {
    // The realistic preset with the RFY typed as the old 2018 estimate,
    // 11,365.86 kr.: × 80 % = 9,092.688 a case-month. Shown to 2 decimals,
    // 45 × (9,092.69 + 1,350 − 14,913.60) = −201,190.95, off by 0.09 from
    // −201,191.04; with 3 decimals it is exact.
    // −201,191.04 − 182,432.43 = −383,623.47.
    let mut s = preset("norddjurs-2018-realistic");
    s.groups[0].rfy.rate = Rate::Custom {
        monthly: dec!(11365.86),
    };
    let w = check_all(&s);
    assert_eq!(
        w.net.render(Lang::Da),
        "Netto for kommunen: 45 sagsmåneder × (9.092,688 + 1.350,00 − 14.913,60) − 182.432,43 = −383.623,47"
    );
}

// --- Several groups and years --------------------------------------------

#[test]
fn two_groups_one_line_per_group_and_year() {
    let w = check_all(&two_groups());
    // As in the hand-worked tests: group A, Dec 2021: 4 case-months ×
    // (8,000 + 2,500 − 12,800 + 1,500) − 4 cases × 1,000 = −7,200.
    // Jan 2022, × 1.1 and no indsats refusion: 4 × (8,800 + 5,500 − 14,080 +
    // 1,650) = +7,480. Group B, 2021: 3 × (8,400 + 500 − 14,400 + 1,500) = −12,000.
    // Buy-out 10 / 40 × 480,000 × 125 % × 6 / 12 = 75,000.
    // −7,200 + 7,480 − 12,000 − 75,000 = −86,720.
    assert_eq!(
        w.net.render(Lang::Da),
        [
            "Gruppe 1 (A), 2021: 4 sagsmåneder × (8.000,00 + 2.500,00 − 12.800,00 + 1.500,00) − 4 sager × 1.000,00 = −7.200,00",
            "Gruppe 1 (A), 2022: 4 sagsmåneder × (8.800,00 + 5.500,00 − 14.080,00 + 1.650,00) = 7.480,00",
            "Gruppe 2 (B), 2021: 3 sagsmåneder × (8.400,00 + 500,00 − 14.400,00 + 1.500,00) = −12.000,00",
            "I alt: −7.200,00 + 7.480,00 − 12.000,00 − 75.000,00 = −86.720,00",
        ]
        .join("\n")
    );
    assert_eq!(
        w.item(LineItem::Buyout).render(Lang::En),
        "Buy-out 2021: −(10 / 40 × 480,000.00 × (100 % + 25 %) × 6 / 12) = −75,000.00"
    );
    // Indsats: A 2021 4 × 5,000 × 50 % = 10,000; A 2022 4 × 5,000 × 100 % ×
    // 1.1 = 22,000; B 3 × 1,000 × 50 % = 1,500; 33,500 in all.
    assert_eq!(
        w.item(LineItem::IndsatsSaved).render(Lang::Da),
        [
            "Gruppe 1 (A), 2021: 4 sagsmåneder × 5.000,00 × 50 % = 10.000,00",
            "Gruppe 1 (A), 2022: 4 sagsmåneder × 5.000,00 × 100 % × 1,1 = 22.000,00",
            "Gruppe 2 (B), 2021: 3 sagsmåneder × 1.000,00 × 50 % = 1.500,00",
            "I alt: 10.000,00 + 22.000,00 + 1.500,00 = 33.500,00",
        ]
        .join("\n")
    );
    assert_eq!(
        w.item(LineItem::TaxEffect).lines[0].render(Lang::Da),
        "Gruppe 1 (A), 2021: 4 sagsmåneder × 25 % × (16.000,00 − 10.000,00) = 6.000,00"
    );
}

#[test]
fn the_trace_holds_the_values_the_calculation_used() {
    let (out, trace) = evaluate_traced(&two_groups()).unwrap();
    // Group A, 4 cases moving in December 2021 for 2 months: one run for
    // December 2021 and one for January 2022, where the 10 % adjustment and
    // the indsats refusion (50 % in 2021, none from 2022) change. Group B
    // has one run in 2021; the buy-out runs July–December 2021.
    let spans: Vec<_> = trace
        .runs
        .iter()
        .map(|r| {
            (
                r.origin,
                r.first.year,
                r.first.month,
                r.last.year,
                r.last.month,
            )
        })
        .collect();
    assert_eq!(
        spans,
        [
            (Origin::Group(0), 2021, 12, 2021, 12),
            (Origin::Group(0), 2022, 1, 2022, 1),
            (Origin::Group(1), 2021, 7, 2021, 9),
            (Origin::Buyout, 2021, 7, 2021, 12),
        ]
    );
    let january = &trace.runs[1];
    let rfy = january.steps_of(LineItem::RfySaved).next().unwrap();
    assert_eq!(
        rfy.factors,
        [
            Factor::Count(Operand::new(dec!(4), Quantity::CaseMonths)),
            Factor::Times(Operand::new(dec!(10000), Quantity::RfyMonthly)),
            Factor::Times(Operand::new(dec!(1.1), Quantity::Adjustment)),
        ]
    );
    assert_eq!(
        rfy.refusion,
        Some(Operand::new(dec!(0.2), Quantity::RfyRefusion))
    );
    // 4 × 10,000 × 1.1 = 44,000: the state 20 % = 8,800, the kommune 35,200.
    assert_eq!(rfy.amount.kommune, dec!(35200));
    assert_eq!(rfy.amount.stat, dec!(8800));
    // Indsats from 2022: no refusion, 4 × 5,000 × 1.1 = 22,000 to the kommune.
    let indsats = january.steps_of(LineItem::IndsatsSaved).next().unwrap();
    assert_eq!(indsats.refusion.unwrap().value, dec!(0));
    assert_eq!(indsats.amount.kommune, dec!(22000));
    // Nobody moves in January: the handling step counts 0 cases.
    let handling = january.steps_of(LineItem::Handling).next().unwrap();
    assert_eq!(handling.count().unwrap().value, dec!(0));
    // Group B: 1 case moving in July and 1 in August, 1.5 months each:
    // July 1, August 1 + 0.5, September 0.5 = 3 case-months.
    let b = trace.runs[2].steps_of(LineItem::RfySaved).next().unwrap();
    assert_eq!(b.count().unwrap().value, dec!(3));
    assert_eq!(out.groups[1].case_months, dec!(3));
    // The buy-out: 10 / 40 × 480,000 × (1 + 25 %) / 12 = 12,500 a month, 6 months.
    let buyout = trace.runs[3].steps_of(LineItem::Buyout).next().unwrap();
    assert_eq!(buyout.count().unwrap().value, dec!(6));
    assert_eq!(buyout.per_count().unwrap().kommune, dec!(-12500));
    assert_eq!(buyout.amount.kommune, dec!(-75000));
    assert_eq!(out.totals.get(LineItem::Buyout).kommune, dec!(-75000));
}

/// Awkward numbers: 15 cases over 7 months (15/7 a month), 2.5 months each,
/// a 2.5 % adjustment over three years, overhead 12.5 %, handling 750.50,
/// 2018 table rates with three decimals after refusion, tax on.
fn awkward() -> Scenario {
    let mut s = preset("norddjurs-2018-realistic");
    s.horizon_months = 36;
    s.start = YearMonth {
        year: 2020,
        month: 5,
    };
    s.groups[0].timing = Timing::Even {
        from_month: 3,
        over_months: 7,
    };
    s.groups[0].months_shortened = dec!(2.5);
    s.groups[0].handling_per_case = dec!(750.5);
    let mut second = s.groups[0].clone();
    second.label = "Under 30".into();
    second.cases_reviewed = dec!(40);
    second.cases_shortened = dec!(7);
    second.months_shortened = dec!(11.3);
    second.timing = Timing::Even {
        from_month: 10,
        over_months: 9,
    };
    second.rfy.rate = Rate::Table {
        year: 2018,
        status: RfyStatus::Forsorger,
    };
    second.indsats.monthly = dec!(3333.33);
    s.groups.push(second);
    s.investment.overhead_pct = dec!(12.5);
    s.investment.months = 30;
    s.investment.from_month = 2;
    s.investment.annual_cost = dec!(463217);
    s.perspective.rate_adjustment_pct = dec!(2.5);
    // The user's 2.5 % every year (format version 1's meaning): with the
    // default, 2021–2023 would take the published rises and the 2.5 % would
    // never be used (`published_rises_show_in_the_working` covers that).
    s.perspective.indexing = Indexing::AssumptionOnly;
    s.perspective.include_income_tax = true;
    s.perspective.income_tax_pct = dec!(24.9);
    s
}

#[test]
fn awkward_numbers_still_add_up() {
    let w = check_all(&awkward());
    // Horizon May 2020 – April 2023. Group 1 moves March–September 2020
    // and ends by early 2021; group 2 moves February–October 2021 and runs
    // 11.3 months into 2022. One line per group and year (the adjustment
    // changes each year), then the total with the buy-out.
    let labels: Vec<String> = w.net.lines.iter().map(|l| l.label.text(Lang::En)).collect();
    assert_eq!(
        labels,
        [
            "Group 1 (Udvalgte ressourceforløb), 2020",
            "Group 1 (Udvalgte ressourceforløb), 2021",
            "Group 2 (Under 30), 2021",
            "Group 2 (Under 30), 2022",
            "Total"
        ]
    );
    // The buy-out runs June 2020 – November 2022: 7 + 12 + 11 months.
    assert_eq!(w.item(LineItem::Buyout).lines.len(), 4);
    assert!(w.item(LineItem::Buyout).lines[1]
        .render(Lang::Da)
        .contains("× 12 / 12 × 1,025)"));
    // Some case-months are repeating decimals (15/7 cases a month): shown
    // with as many decimals as the line needs, never more than 12.
    for line in &w.net.lines {
        for term in &line.terms {
            if let afkortning::engine::working::Term::Number(n) = term {
                assert!(n.decimals <= 12);
            }
        }
    }
}

#[test]
fn published_rises_show_in_the_working() {
    let mut s = awkward();
    s.perspective.indexing = Indexing::PublishedThenAssumption;
    let w = check_all(&s);
    // Start 2020: 2021 rises by the published 1.25 % and 2022 by 0.15 % on
    // top, 1.0125 × 1.0015 = 1.01401875; the user's 2.5 % is not used.
    let buyout = w.item(LineItem::Buyout);
    assert_eq!(buyout.lines.len(), 4);
    let line = |i: usize| buyout.lines[i].render(Lang::Da);
    assert!(line(1).contains("× 12 / 12 × 1,0125)"), "{}", line(1));
    assert!(line(2).contains("× 11 / 12 × 1,01401875)"), "{}", line(2));
}

#[test]
fn many_groups_and_years_add_up() {
    // Ten groups with different figures over five years with adjustment.
    let mut s = awkward();
    s.horizon_months = 60;
    let template = s.groups[0].clone();
    s.groups = (0..10)
        .map(|i| {
            let mut g = template.clone();
            g.label = format!("G{i}");
            g.cases_shortened = Decimal::from(3 + i) / dec!(3);
            g.months_shortened = dec!(1.7) + Decimal::from(i) / dec!(4);
            g.indsats.monthly = dec!(1234.56) + Decimal::from(i * 101);
            g.timing = Timing::Even {
                from_month: 1 + 5 * i as u32,
                over_months: 3 + i as u32,
            };
            g
        })
        .collect();
    s.perspective.rate_adjustment_pct = dec!(3.1);
    check_all(&s);
}

#[test]
fn no_cases_moving_leaves_the_buy_out() {
    let mut s = preset("your-municipality-latest");
    s.groups[0].cases_shortened = dec!(0);
    let w = check_all(&s);
    // Only the buy-out: 15 / 37 × 532,500 = 215,878.38.
    assert_eq!(w.net.render(Lang::Da), "I alt: −215.878,38 = −215.878,38");
}

#[test]
fn random_scenarios_show_working_that_adds_up() {
    use rand_xoshiro::rand_core::{Rng, SeedableRng};
    let mut rng = rand_xoshiro::SplitMix64::seed_from_u64(7);
    let mut pick = |n: u64| rng.next_u64() % n;
    let bases = [awkward(), two_groups(), preset("your-municipality-latest")];
    let mut checked = 0;
    for round in 0..150 {
        let mut s = bases[round % 3].clone();
        s.start.month = 1 + pick(12) as u8;
        s.horizon_months = 6 + pick(60) as u32;
        s.perspective.rate_adjustment_pct = Decimal::new(pick(800) as i64 - 200, 2);
        s.perspective.include_income_tax = pick(2) == 0;
        s.perspective.income_tax_pct = Decimal::new(2000 + pick(1000) as i64, 2);
        s.investment.months = pick(40) as u32;
        s.investment.from_month = 1 + pick(u64::from(s.horizon_months)) as u32;
        s.investment.overhead_pct = Decimal::new(pick(5000) as i64, 2);
        for g in &mut s.groups {
            g.cases_shortened = Decimal::new(pick(2000) as i64, 2).min(g.cases_reviewed);
            g.months_shortened = Decimal::new(pick(1200) as i64, 2);
            g.handling_per_case = Decimal::new(pick(3) as i64 * pick(200_000) as i64, 2);
            g.indsats.monthly = Decimal::new(pick(4_000_000) as i64, 2);
            g.timing = if pick(2) == 0 {
                Timing::FromMonth {
                    month: 1 + pick(u64::from(s.horizon_months)) as u32,
                }
            } else {
                Timing::Even {
                    from_month: 1 + pick(u64::from(s.horizon_months)) as u32,
                    over_months: 1 + pick(13) as u32,
                }
            };
            // Destinations, the counterfactual and the granted share in
            // two rounds of three.
            if round % 2 == 0 {
                g.granted_pct = Decimal::new(pick(10_001) as i64, 2);
                g.destinations.fleksjob.share_pct = Decimal::from(pick(40));
                g.destinations.fleksjob.rate = Rate::Custom {
                    monthly: Decimal::new(pick(2_500_000) as i64, 2),
                };
                g.destinations.kontanthjaelp.share_pct = Decimal::from(pick(40));
                g.destinations.job_pct = Decimal::from(pick(20));
                g.counterfactual = Counterfactual {
                    anyway_pct: Decimal::from(pick(101)),
                    instead: match pick(4) {
                        0 => Instead::Kontanthjaelp,
                        1 => Instead::Fleksjob,
                        2 => Instead::Job,
                        _ => Instead::Typed {
                            monthly: Decimal::new(pick(2_000_000) as i64, 2),
                            refusion: BenefitRefusion::Custom {
                                pct: Decimal::from(pick(101)),
                            },
                        },
                    },
                    lasting: if pick(2) == 0 {
                        Lasting::UntilHorizon
                    } else {
                        Lasting::Months(pick(80) as u32)
                    },
                };
            }
        }
        if round % 2 == 0 {
            s.costs = (0..pick(4))
                .map(|i| CostLine {
                    label: format!("L{i}"),
                    amount: Decimal::new(pick(5_000_000) as i64, 2),
                    basis: match pick(4) {
                        0 => CostBasis::PerReviewedCase,
                        1 => CostBasis::PerShortenedCase,
                        2 => CostBasis::Monthly {
                            from_month: 1 + pick(u64::from(s.horizon_months)) as u32,
                            months: pick(30) as u32,
                        },
                        _ => CostBasis::OneOff {
                            month: 1 + pick(u64::from(s.horizon_months)) as u32,
                        },
                    },
                    state_pct: Decimal::from(pick(101)),
                })
                .collect();
        }
        if evaluate(&s).is_ok() {
            check_all(&s);
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} valid scenarios");
}
