//! Hand-worked examples. Each expected figure is worked out in the comment
//! beside it from the scenario's own inputs, not copied from the engine.

mod support;
use afkortning::engine::scenario::*;
use afkortning::engine::{break_even, evaluate, BreakEven, Field, InputId, LineItem, Split};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use support::{preset, two_groups};

fn round2(d: Decimal) -> Decimal {
    d.round_dp(2)
}

fn split2(s: Split) -> (Decimal, Decimal) {
    (round2(s.kommune), round2(s.stat))
}

/// One group, 2018 rules: Norddjurs with a realistic indsats.
#[test]
fn one_group_2018_rules() {
    let out = evaluate(&preset("norddjurs-2018-realistic")).unwrap();
    // 15 cases × 3 months = 45 case-months, all inside 2018 (cases move
    // evenly Jan–Oct, 1.5 a month; the last ones end in December).
    assert_eq!(out.per_case.case_months, dec!(45));
    // RFY 2018 ikke-forsørger (derived: 11,143 × 1.0125 → 11,282) × 45 =
    // 507,690 gross; refusion 20 %: kommune 406,152, stat 101,538.
    assert_eq!(
        split2(out.totals.get(LineItem::RfySaved)),
        (dec!(406152), dec!(101538))
    );
    // Indsats 2,700 × 45 = 121,500 gross, 50 % refusion in 2018: 60,750 each.
    assert_eq!(
        split2(out.totals.get(LineItem::IndsatsSaved)),
        (dec!(60750), dec!(60750))
    );
    // FP 2018 enlig 18,642 × 45 = 838,890 gross; kommune 80 % = 671,112, stat 167,778.
    assert_eq!(
        split2(out.totals.get(LineItem::FpAdded)),
        (dec!(-671112), dec!(-167778))
    );
    // Buy-out 15/37 × 450,000 = 182,432.43 for the 12 months of 2018.
    assert_eq!(
        split2(out.totals.get(LineItem::Buyout)),
        (dec!(-182432.43), dec!(0))
    );
    // Net kommune: 406,152 + 60,750 − 671,112 − 182,432.43 = −386,642.43.
    assert_eq!(round2(out.net.kommune), dec!(-386642.43));
    // Stat: 101,538 + 60,750 − 167,778 = −5,490.
    assert_eq!(round2(out.net.stat), dec!(-5490));
    // Public: −386,642.43 − 5,490 = −392,132.43.
    assert_eq!(round2(out.net.public()), dec!(-392132.43));
    assert_eq!(out.years.len(), 1);
    assert_eq!(out.years[0].year, 2018);
    assert!(out.payback.is_none(), "ends below zero, so no payback");
    // Cases moved: 1.5 in each of Jan–Oct.
    assert_eq!(out.months[0].cases_moved, dec!(1.5));
    assert_eq!(out.months[10].cases_moved, dec!(0));
    // Case-months: Jan 1.5, Feb 3, Mar–Oct 4.5, Nov 3, Dec 1.5.
    let cm: Vec<Decimal> = out.months.iter().map(|m| m.case_months).collect();
    assert_eq!(cm[0], dec!(1.5));
    assert_eq!(cm[1], dec!(3));
    assert_eq!(cm[5], dec!(4.5));
    assert_eq!(cm[10], dec!(3));
    assert_eq!(cm[11], dec!(1.5));
    // Per case: −386,642.4324 / 15 = −25,776.16.
    assert_eq!(
        round2(out.per_case.net_kommune_per_case.unwrap()),
        dec!(-25776.16)
    );
    // Swing per case-month: 9,025.6 + 1,350 − 14,913.6 = −4,538.
    assert_eq!(
        out.per_case.benefit_swing_per_case_month.unwrap(),
        dec!(-4538)
    );
    // The 2018 RFY row is derived from the published level, not an estimate.
    assert!(out.warnings.is_empty());
}

/// One group, 2026 rules: no refusion on indsats, estimated 2026 rates, the
/// reform; the effect spills into 2027.
#[test]
fn one_group_2026_rules() {
    let out = evaluate(&preset("your-municipality-latest")).unwrap();
    // Per case-month, kommune: RFY 2026 (estimate 12,770 × 1.045 → 13,345)
    // × 0.8 = 10,676; indsats 2,700 × 1 (0 % refusion from 2022); FP 2026
    // (estimate 21,103 × 1.045 → 22,053) × 0.8 = 17,642.4.
    // Swing: 10,676 + 2,700 − 17,642.4 = −4,266.4.
    assert_eq!(
        out.per_case.benefit_swing_per_case_month.unwrap(),
        dec!(-4266.4)
    );
    // 1.25 cases move each month of 2026. Case-months in 2026: cohorts Jan–Oct
    // 3 each (30), Nov 2, Dec 1: 33 × 1.25 = 41.25; in 2027 3 × 1.25 = 3.75.
    // 2026: 41.25 × −4,266.4 = −175,989 and the buy-out 15/37 × 532,500 =
    // 215,878.38: −391,867.38. 2027 has no published rise and the preset's
    // own adjustment is 0 %, so factor 1: 3.75 × −4,266.4 = −15,999.
    assert_eq!(out.years.len(), 2);
    assert_eq!(round2(out.years[0].net.kommune), dec!(-391867.38));
    assert_eq!(round2(out.years[1].net.kommune), dec!(-15999));
    // Total: −391,867.38 − 15,999 = −407,866.38.
    assert_eq!(round2(out.net.kommune), dec!(-407866.38));
    // Indsats is all kommune now: 45 × 2,700 = 121,500.
    assert_eq!(
        split2(out.totals.get(LineItem::IndsatsSaved)),
        (dec!(121500), dec!(0))
    );
    // Stat: RFY 45 × 13,345 × 0.2 = 120,105; FP 45 × 22,053 × 0.2 = 198,477:
    // 120,105 − 198,477 = −78,372.
    assert_eq!(round2(out.net.stat), dec!(-78372));
    // Both 2026 rates are estimates, and the months from February 2026 fall
    // under the reform: exactly those three warnings.
    use afkortning::engine::outcome::Warning;
    assert_eq!(out.warnings.len(), 3, "{:?}", out.warnings);
    for path in ["groups[0].rfy.rate.monthly", "groups[0].fp.rate.monthly"] {
        assert!(
            out.warnings.iter().any(|w| matches!(
                w,
                Warning::UnverifiedRate { path: p, year: 2026 } if p == path
            )),
            "{path}: {:?}",
            out.warnings
        );
    }
    assert!(out.warnings.contains(&Warning::RessourceforlobAbolished));
}

#[test]
fn two_groups_across_the_2022_refusion_change() {
    let out = evaluate(&two_groups()).unwrap();
    // Group A: 4 cases move in month 6 (Dec 2021), active Dec 2021 and Jan 2022.
    //  Dec 2021: RFY 4 × 10,000 = 40,000 (k 32,000, s 8,000); indsats
    //   4 × 5,000 = 20,000 at 50 % (k 10,000, s 10,000); FP −64,000 (k −51,200,
    //   s −12,800); handling −4,000; tax 25 % × (64,000 − 40,000) = +6,000.
    //   kommune −7,200, stat +5,200.
    //  Jan 2022, amounts × 1.10: RFY 44,000 (k 35,200, s 8,800); indsats
    //   22,000 at 0 % (k 22,000); FP −70,400 (k −56,320, s −14,080); tax
    //   25 % × 26,400 = 6,600. kommune +7,480, stat −5,280.
    assert_eq!(split2(out.groups[0].net), (dec!(280), dec!(-80)));
    // Group B: 1 case moves in Jul and 1 in Aug, 1.5 months each: case-months
    //  Jul 1, Aug 1.5, Sep 0.5. Per case-month: RFY 12,000 (k 8,400, s 3,600),
    //  indsats 1,000 at 50 % (k 500, s 500), FP −18,000 (k −14,400, s −3,600),
    //  tax 25 % × 6,000 = 1,500: kommune −4,000, stat +500. × 3 = −12,000 / +1,500.
    assert_eq!(out.groups[1].case_months, dec!(3));
    assert_eq!(split2(out.groups[1].net), (dec!(-12000), dec!(1500)));
    // Buy-out: 10/40 × 480,000 × 1.25 / 12 = 12,500 a month, Jul–Dec 2021: 75,000.
    assert_eq!(
        out.months[0].items.get(LineItem::Buyout).kommune,
        dec!(-12500)
    );
    assert_eq!(
        split2(out.totals.get(LineItem::Buyout)),
        (dec!(-75000), dec!(0))
    );
    // 2021 kommune: −7,200 − 12,000 − 75,000 = −94,200; stat 5,200 + 1,500 = 6,700.
    // 2022 kommune: +7,480; stat −5,280.
    assert_eq!(
        out.years.iter().map(|y| y.year).collect::<Vec<_>>(),
        vec![2021, 2022]
    );
    assert_eq!(split2(out.years[0].net), (dec!(-94200), dec!(6700)));
    assert_eq!(split2(out.years[1].net), (dec!(7480), dec!(-5280)));
    assert_eq!(out.years[0].months, 6);
    // Totals: kommune −86,720, stat 1,420, public −85,300.
    assert_eq!(split2(out.net), (dec!(-86720), dec!(1420)));
    assert_eq!(round2(out.net.public()), dec!(-85300));
    // Indsats saved, kommune: A 10,000 + 22,000, B 500 × 3 = 1,500: 33,500.
    assert_eq!(
        round2(out.totals.get(LineItem::IndsatsSaved).kommune),
        dec!(33500)
    );
    // Tax: A 6,000 + 6,600, B 1,500 × 3 = 4,500: 17,100.
    assert_eq!(
        round2(out.totals.get(LineItem::TaxEffect).kommune),
        dec!(17100)
    );
    // Handling: 4 × 1,000 in Dec 2021.
    assert_eq!(
        out.months[5].items.get(LineItem::Handling).kommune,
        dec!(-4000)
    );
    // NPV at 5 %: −94,200 + 7,480 / 1.05 = −94,200 + 7,123.81 = −87,076.19.
    assert_eq!(round2(out.npv_kommune.unwrap()), dec!(-87076.19));
    // Per case: 6 cases, −86,720 / 6 = −14,453.33; cost per case
    // (75,000 + 4,000) / 6 = 13,166.67.
    assert_eq!(out.per_case.cases_shortened, dec!(6));
    assert_eq!(
        round2(out.per_case.net_kommune_per_case.unwrap()),
        dec!(-14453.33)
    );
    assert_eq!(round2(out.per_case.cost_per_case.unwrap()), dec!(13166.67));
    // The cumulative net after the last month equals the total.
    assert_eq!(
        out.months.last().unwrap().cumulative_kommune,
        out.net.kommune
    );
    assert!(out.payback.is_none());
}

#[test]
fn payback_is_the_month_the_cumulative_net_turns_for_good() {
    // Norddjurs as claimed, but all 15 cases move in April.
    let mut s = preset("norddjurs-2018-claimed");
    s.groups[0].timing = Timing::FromMonth { month: 4 };
    let out = evaluate(&s).unwrap();
    // Jan–Mar: only the buy-out, 15/37 × 450,000 / 12 = 15,202.70 a month.
    assert_eq!(round2(out.months[2].cumulative_kommune), dec!(-45608.11));
    // April: 15 case-months × (9,092.688 + 17,208.5 − 14,913.6 = 11,387.588)
    // = 170,813.82, less 15,202.70: the cumulative turns positive and stays so.
    let payback = out.payback.unwrap();
    assert_eq!(payback.month_number, 4);
    assert_eq!(
        payback.at,
        YearMonth {
            year: 2018,
            month: 4
        }
    );
}

#[test]
fn norddjurs_claim_needs_the_back_calculated_indsats() {
    let s = preset("norddjurs-2018-claimed");
    let out = evaluate(&s).unwrap();
    // With 34,551 kr.: 45 × (9,025.6 + 17,275.5 − 14,913.6) − 182,432.43
    // = 512,437.50 − 182,432.43 = 330,005.07: the claimed 0.33 mio. kr.
    // (RFY 2018 11,282 × 0.8 = 9,025.6; FP 18,642 × 0.8 = 14,913.6.)
    assert_eq!(round2(out.net.kommune), dec!(330005.07));

    // Solving for it: (330,000 + 45 × 5,888 = 264,960 + 182,432.432…) / 45 =
    // 777,392.432… / 45 = 17,275.3874… kommune per case-month, at 50 %
    // refusion 34,550.77 gross.
    let indsats = InputId::group(0, Field::IndsatsMonthly);
    let BreakEven::Reached {
        value,
        net_at_value,
        increases_net,
        ..
    } = break_even(&s, indsats, dec!(330000)).unwrap()
    else {
        panic!("the claim is reachable");
    };
    assert_eq!(round2(value), dec!(34550.77));
    assert!((net_at_value - dec!(330000)).abs() < dec!(0.01));
    assert!(increases_net);
    // The preset stores the solved value rounded to whole kroner.
    assert_eq!(value.round(), s.groups[0].indsats.monthly);
}

#[test]
fn break_even_for_the_realistic_case() {
    let s = preset("norddjurs-2018-realistic");
    // Indsats for a net of zero: FP − RFY per case-month, kommune, is
    // 14,913.6 − 9,025.6 = 5,888, × 45 = 264,960; (264,960 + 182,432.432…)
    // / 45 = 9,942.0541… kommune per case-month; gross at 50 %: 19,884.11.
    let BreakEven::Reached { value, .. } =
        break_even(&s, InputId::group(0, Field::IndsatsMonthly), dec!(0)).unwrap()
    else {
        panic!("reachable");
    };
    assert_eq!(round2(value), dec!(19884.11));

    // Cases shortened cannot help: each costs 4,538 a case-month, so the
    // net only falls with more cases. Zero cases still leaves the buy-out.
    match break_even(&s, InputId::group(0, Field::CasesShortened), dec!(0)).unwrap() {
        BreakEven::OutOfRange {
            needed: Some(needed),
            net_at_min,
            ..
        } => {
            // The line would need −182,432.43 / (3 × 4,538) = −13.40 cases.
            assert_eq!(round2(needed), dec!(-13.40));
            assert_eq!(round2(net_at_min), dec!(-182432.43));
        }
        other => panic!("expected out of range, got {other:?}"),
    }

    // Cases reviewed do not enter the net at all.
    assert!(matches!(
        break_even(&s, InputId::group(0, Field::CasesReviewed), dec!(0)).unwrap(),
        BreakEven::NoEffect { .. }
    ));

    // Buy-out hours that make it pay: none, since the benefit swing alone is
    // 45 × −4,538 = −204,210. The straight line needs 15 × (−204,210 / 182,432.43) …
    // negative: out of range.
    assert!(matches!(
        break_even(&s, InputId::scenario(Field::HoursPerWeek), dec!(0)).unwrap(),
        BreakEven::OutOfRange { .. }
    ));
}

#[test]
fn break_even_on_a_non_linear_input() {
    // Norddjurs as claimed, over 12 months of 2018: more months shortened
    // help until the effect runs past December. Solve for the months that
    // give +100,000 kr.: per case-month 9,025.6 + 17,275.5 − 14,913.6 =
    // 11,387.5 kommune; with all effects inside 2018, net =
    // 15 × m × 11,387.5 − 182,432.43, so m = 282,432.43 / 170,812.5 =
    // 1.6534 months (cohorts move Jan–Oct, so
    // 1.65 months still fall inside the year).
    let s = preset("norddjurs-2018-claimed");
    let BreakEven::Reached {
        value,
        net_at_value,
        ..
    } = break_even(&s, InputId::group(0, Field::MonthsShortened), dec!(100000)).unwrap()
    else {
        panic!("reachable");
    };
    assert_eq!(value.round_dp(3), dec!(1.653));
    assert!((net_at_value - dec!(100000)).abs() <= dec!(0.005));
}

#[test]
fn sensitivity_orders_inputs_by_swing() {
    // Every input at ±20 %: the preset's own ranges are left out here
    // (tests/engine_evidence_ranges.rs ranks with them).
    let mut s = preset("norddjurs-2018-realistic");
    s.ranges.clear();
    let rows = afkortning::engine::sensitivity(&s).unwrap();
    // FP at ±20 %: 18,642 × 0.2 × 0.8 × 45 = ±134,222.40 → swing 268,444.80:
    // the largest. RFY: 11,282 × 0.2 × 0.8 × 45 = 81,230.40 → 162,460.80.
    assert_eq!(rows[0].input, InputId::group(0, Field::FpMonthly));
    assert_eq!(round2(rows[0].swing()), dec!(268444.80));
    let rfy = rows
        .iter()
        .find(|r| r.input == InputId::group(0, Field::RfyMonthly))
        .unwrap();
    assert_eq!(round2(rfy.swing()), dec!(162460.80));
    // Swings never increase down the list.
    assert!(rows.windows(2).all(|w| w[0].swing() >= w[1].swing()));
}

#[test]
fn a_range_error_names_the_field_and_what_is_allowed() {
    let mut s = preset("norddjurs-2018-realistic");
    s.groups[0].months_shortened = dec!(61);
    s.investment.months = 300;
    let errors = evaluate(&s).unwrap_err().0;
    let messages: Vec<_> = errors
        .iter()
        .map(|e| e.message(afkortning::lang::Lang::Da))
        .collect();
    assert_eq!(
        messages,
        vec![
            "investment.months: skal være et tal fra 0 til 240 måneder".to_string(),
            "groups[0].months_shortened: skal være et tal fra 0 til 60 måneder".to_string(),
        ]
    );
    let english = errors[1].message(afkortning::lang::Lang::En);
    assert_eq!(
        english,
        "groups[0].months_shortened: must be a number from 0 to 60 months"
    );
}
