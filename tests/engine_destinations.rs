//! Issue 14: destinations, the counterfactual's alternative and lasting,
//! cost lines and the months left, each worked out by hand in the comment
//! beside the assertion from the scenario's own inputs.
//!
//! Every scenario starts from `base`: typed rates so the arithmetic is
//! plain (RFY 17,736 and FP 22,053 kr. a month, the 2026 estimates), both
//! past week 52 on the refusionstrappe (20 % state, 80 % kommune), no
//! indsats, no handling, no buy-out and no yearly rise.

mod support;

use afkortning::engine::outcome::Warning;
use afkortning::engine::scenario::*;
use afkortning::engine::validate::Problem;
use afkortning::engine::{evaluate, LineItem, Outcome, Split};
use afkortning::lang::Lang;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use support::working::check_all;

fn split(kommune: Decimal, stat: Decimal) -> Split {
    Split { kommune, stat }
}

/// Amounts to øre, as shown.
fn rounded(s: Split) -> Split {
    split(s.kommune.round_dp(2), s.stat.round_dp(2))
}

fn trappe_53() -> BenefitRefusion {
    support::trappe_53()
}

/// The 2026 kontanthjælp forhøjet sats estimate (12,064 × 1.036 × 1.045 ≈
/// 13,061 kr. a month), 20 % state.
fn kontanthjaelp() -> Destination<KontanthjaelpItem> {
    Destination {
        share_pct: Decimal::ZERO,
        rate: Rate::Custom {
            monthly: dec!(13061),
        },
        refusion: trappe_53(),
    }
}

/// 10 cases reviewed and put forward in month 1, each cut by 12 months,
/// all granted, all to FP and all of them anyway; a horizon of 60 months
/// from January 2026.
fn base() -> Scenario {
    let mut s = support::ten_cases_2026();
    s.groups[0].destinations.kontanthjaelp = kontanthjaelp();
    s
}

fn item(out: &Outcome, item: LineItem) -> Split {
    rounded(out.totals.get(item))
}

fn month_item(out: &Outcome, month: usize, item: LineItem) -> Split {
    rounded(out.months[month - 1].items.get(item))
}

// --- a. 60 % FP anyway, 40 % to kontanthjælp, five years -----------------

/// 12 cases put forward evenly over months 1–6 (2 a month), each cut by 12
/// months; 60 % would have got FP anyway, 40 % would have got the group's
/// kontanthjælp for 24 months after their forløb ended.
fn sixty_forty() -> Scenario {
    let mut s = base();
    let g = &mut s.groups[0];
    g.cases_reviewed = dec!(12);
    g.cases_shortened = dec!(12);
    g.timing = Timing::Even {
        from_month: 1,
        over_months: 6,
    };
    g.counterfactual = Counterfactual {
        anyway_pct: dec!(60),
        instead: Instead::Kontanthjaelp,
        lasting: Lasting::Months(24),
    };
    s
}

#[test]
fn sixty_per_cent_fp_anyway_forty_to_the_groups_kontanthjaelp_over_five_years() {
    let s = sixty_forty();
    let out = evaluate(&s).unwrap();
    // Months cut: 12 cases × 12 = 144 case-months, the last in month 6 + 11
    // = 17, inside the horizon.
    assert_eq!(out.per_case.case_months, dec!(144));
    // RFY 144 × 17,736 = 2,553,984 gross: kommune 80 % 2,043,187.20, stat
    // 510,796.80.
    assert_eq!(
        item(&out, LineItem::RfySaved),
        split(dec!(2043187.20), dec!(510796.80))
    );
    // FP 144 × 22,053 = 3,175,632 gross: kommune −2,540,505.60, stat
    // −635,126.40.
    assert_eq!(
        item(&out, LineItem::FpAdded),
        split(dec!(-2540505.60), dec!(-635126.40))
    );
    // After the months cut, 40 % of the 2 cases a month (0.8) get FP
    // instead of kontanthjælp for 24 months: 12 × 0.4 × 24 = 115.2
    // case-months, the last in month 6 + 35 = 41, inside the horizon.
    // FP 115.2 × 22,053 = 2,540,505.60 gross: kommune −2,032,404.48, stat
    // −508,101.12.
    assert_eq!(
        item(&out, LineItem::LastingAdded),
        split(dec!(-2032404.48), dec!(-508101.12))
    );
    // Kontanthjælp not paid, at the group's destination amount and
    // refusion: 115.2 × 13,061 = 1,504,627.20 gross: kommune 1,203,701.76,
    // stat 300,925.44.
    assert_eq!(
        item(&out, LineItem::InsteadSaved),
        split(dec!(1203701.76), dec!(300925.44))
    );
    // No case goes to kontanthjælp as a destination.
    assert_eq!(item(&out, LineItem::KontanthjaelpAdded), Split::default());
    assert!(!out.items_in_use.contains(&LineItem::KontanthjaelpAdded));
    // Net kommune 2,043,187.20 − 2,540,505.60 − 2,032,404.48 + 1,203,701.76
    // = −1,326,021.12; stat 510,796.80 − 635,126.40 − 508,101.12 +
    // 300,925.44 = −331,505.28. Check by public: 144 × (17,736 − 22,053) +
    // 115.2 × (13,061 − 22,053) = −621,648 − 1,035,878.40 = −1,657,526.40,
    // of which 80 % is −1,326,021.12.
    assert_eq!(rounded(out.net), split(dec!(-1326021.12), dec!(-331505.28)));
    // Month 13: cohorts 2–6 are still cut (10 case-months), cohort 1's
    // lasting difference begins (0.8 case-months).
    assert_eq!(out.months[12].case_months, dec!(10));
    assert_eq!(
        month_item(&out, 13, LineItem::LastingAdded).public(),
        dec!(-17642.40) // 0.8 × 22,053
    );
    // 2029 (months 37–48): the lasting months 37–41 hold cohorts 2–6, 3–6,
    // 4–6, 5–6, 6: (5 + 4 + 3 + 2 + 1) × 0.8 = 12 case-months, at
    // (13,061 − 22,053) × 0.8 = −7,193.60 each for the kommune: −86,323.20.
    let y2029 = out.years.iter().find(|y| y.year == 2029).unwrap();
    assert_eq!(y2029.net.kommune.round_dp(2), dec!(-86323.20));
    // 2030 has nothing left.
    let y2030 = out.years.iter().find(|y| y.year == 2030).unwrap();
    assert_eq!(y2030.net, Split::default());
    // Nothing lasts past the horizon, so nothing is stated beyond it.
    assert!(!out.warnings.iter().any(|w| matches!(
        w,
        Warning::LastingAfterHorizon { .. } | Warning::EffectsAfterHorizon { .. }
    )));

    // The same amount typed as the alternative gives the same outcome.
    let mut typed = s.clone();
    typed.groups[0].counterfactual.instead = Instead::Typed {
        monthly: dec!(13061),
        refusion: trappe_53(),
    };
    assert_eq!(evaluate(&typed).unwrap().totals, out.totals);
    // With 100 % anyway only the months cut count: −621,648 × 0.8 =
    // −497,318.40.
    let mut anyway = s;
    anyway.groups[0].counterfactual.anyway_pct = dec!(100);
    assert_eq!(
        evaluate(&anyway).unwrap().net.kommune.round_dp(2),
        dec!(-497318.40)
    );
}

// --- b. A split over FP and fleksjob -------------------------------------

/// 70 % of the granted cases to FP, 30 % to fleksjob at 18,900 kr. a month
/// (the 2026 typical fleksløntilskud estimate) with 65 % refusion (a
/// fleksjob begun before 2013); a 24-month horizon.
fn fp_and_fleksjob() -> Scenario {
    let mut s = base();
    s.horizon_months = 24;
    s.groups[0].destinations.fleksjob = Destination {
        share_pct: dec!(30),
        rate: Rate::Custom {
            monthly: dec!(18900),
        },
        refusion: BenefitRefusion::Custom { pct: dec!(65) },
    };
    s
}

#[test]
fn a_split_over_fp_and_fleksjob_pays_each_at_its_own_amount_and_refusion() {
    let s = fp_and_fleksjob();
    let out = evaluate(&s).unwrap();
    // 10 × 12 = 120 case-months cut: 70 % = 84 on FP, 30 % = 36 on fleksjob.
    assert_eq!(out.per_case.case_months, dec!(120));
    // RFY 120 × 17,736 = 2,128,320 gross: kommune 1,702,656, stat 425,664.
    assert_eq!(
        item(&out, LineItem::RfySaved),
        split(dec!(1702656), dec!(425664))
    );
    // FP 84 × 22,053 = 1,852,452 gross: kommune 80 % −1,481,961.60, stat
    // −370,490.40.
    assert_eq!(
        item(&out, LineItem::FpAdded),
        split(dec!(-1481961.60), dec!(-370490.40))
    );
    // Fleksjob 36 × 18,900 = 680,400 gross: stat 65 % −442,260, kommune
    // 35 % −238,140.
    assert_eq!(
        item(&out, LineItem::FleksjobAdded),
        split(dec!(-238140), dec!(-442260))
    );
    // A month cut: 10 cases, 7 on FP (7 × 22,053 × 0.8 = 123,496.80 for the
    // kommune), 3 on fleksjob (3 × 18,900 × 0.35 = 19,845).
    assert_eq!(
        month_item(&out, 1, LineItem::FpAdded).kommune,
        dec!(-123496.80)
    );
    assert_eq!(
        month_item(&out, 1, LineItem::FleksjobAdded),
        split(dec!(-19845), dec!(-36855)) // stat 3 × 18,900 × 0.65
    );
    // Net kommune 1,702,656 − 1,481,961.60 − 238,140 = −17,445.60; stat
    // 425,664 − 370,490.40 − 442,260 = −387,086.40; public 2,128,320 −
    // 1,852,452 − 680,400 = −404,532.
    assert_eq!(rounded(out.net), split(dec!(-17445.60), dec!(-387086.40)));
    assert_eq!(out.net.public().round_dp(2), dec!(-404532));
    // The group's own items are the whole (no buy-out, no cost lines).
    assert_eq!(out.groups[0].items, out.totals);
    // Rows for FP and fleksjob, none for kontanthjælp or what lasts.
    assert!(out.items_in_use.contains(&LineItem::FleksjobAdded));
    for unused in [
        LineItem::KontanthjaelpAdded,
        LineItem::LastingAdded,
        LineItem::InsteadSaved,
        LineItem::CostLines,
    ] {
        assert!(!out.items_in_use.contains(&unused), "{unused:?}");
    }
}

#[test]
fn the_working_of_a_split_adds_up_line_by_line() {
    // Each line of the working, read back from its text and worked by
    // hand, gives the result it shows, and the last line is the engine's
    // figure (`support::working`): fleksjob's line is 36 × 18,900 × 0.35.
    let w = check_all(&fp_and_fleksjob());
    assert_eq!(w.item(LineItem::FleksjobAdded).result, dec!(-238140.00));
    assert_eq!(w.net.result, dec!(-17445.60));
    // With kontanthjælp and job too, and the 60/40 lasting difference.
    let mut s = fp_and_fleksjob();
    s.groups[0].destinations.kontanthjaelp.share_pct = dec!(10);
    s.groups[0].destinations.job_pct = dec!(5);
    s.groups[0].counterfactual = Counterfactual {
        anyway_pct: dec!(60),
        instead: Instead::Fleksjob,
        lasting: Lasting::Months(6),
    };
    check_all(&s);
    check_all(&sixty_forty());
}

// --- c. Cost lines --------------------------------------------------------

/// 20 cases reviewed and 10 put forward, evenly over months 1–2 (10
/// reviewed and 5 put forward a month), half of them granted; a 12-month
/// horizon; four cost lines.
fn with_cost_lines() -> Scenario {
    let mut s = base();
    s.horizon_months = 12;
    let g = &mut s.groups[0];
    g.cases_reviewed = dec!(20);
    g.timing = Timing::Even {
        from_month: 1,
        over_months: 2,
    };
    g.granted_pct = dec!(50);
    let line = |label: &str, amount: Decimal, basis: CostBasis, state_pct: Decimal| CostLine {
        label: label.into(),
        amount,
        basis,
        state_pct,
    };
    s.costs = vec![
        line(
            "Helbredsfaglig rådgivning",
            dec!(2000),
            CostBasis::PerReviewedCase,
            dec!(0),
        ),
        line(
            "Sagsforberedelse",
            dec!(5000),
            CostBasis::PerShortenedCase,
            dec!(0),
        ),
        line(
            "Mentor",
            dec!(30000),
            CostBasis::Monthly {
                from_month: 11,
                months: 6,
            },
            dec!(50),
        ),
        line(
            "Opstart",
            dec!(100000),
            CostBasis::OneOff { month: 3 },
            dec!(0),
        ),
    ];
    s
}

#[test]
fn cost_lines_fall_by_their_basis_and_split_by_their_state_share() {
    let s = with_cost_lines();
    let out = evaluate(&s).unwrap();
    // Per reviewed case: 10 reviewed in each of months 1 and 2 (spread
    // like the cases put forward), 10 × 2,000 = 20,000 a month, 40,000 in
    // all, the kommune's.
    // Per shortened case: 5 put forward a month, half granted = 2.5 cases
    // moving, 2.5 × 5,000 = 12,500 a month, 25,000 in all.
    // Monthly: 30,000 in months 11 and 12 (the other 4 of its 6 months lie
    // after the horizon), 60,000, shared 50/50: 30,000 each.
    // One-off: 100,000 in month 3.
    assert_eq!(
        out.cost_lines.iter().map(|c| c.total).collect::<Vec<_>>(),
        vec![
            split(dec!(-40000), dec!(0)),
            split(dec!(-25000), dec!(0)),
            split(dec!(-30000), dec!(-30000)),
            split(dec!(-100000), dec!(0)),
        ]
    );
    // The item is their sum: kommune 40,000 + 25,000 + 30,000 + 100,000 =
    // 195,000; stat 30,000.
    assert_eq!(
        item(&out, LineItem::CostLines),
        split(dec!(-195000), dec!(-30000))
    );
    // Month 1: 20,000 + 12,500 = 32,500; month 2 the same; month 3 the
    // one-off; months 4–10 nothing; months 11 and 12 the mentor, 15,000
    // each side.
    assert_eq!(
        month_item(&out, 1, LineItem::CostLines),
        split(dec!(-32500), dec!(0))
    );
    assert_eq!(
        month_item(&out, 2, LineItem::CostLines),
        split(dec!(-32500), dec!(0))
    );
    assert_eq!(
        month_item(&out, 3, LineItem::CostLines),
        split(dec!(-100000), dec!(0))
    );
    for m in 4..=10 {
        assert_eq!(month_item(&out, m, LineItem::CostLines), Split::default());
    }
    assert_eq!(
        month_item(&out, 12, LineItem::CostLines),
        split(dec!(-15000), dec!(-15000))
    );
    // The 4 mentor months after the horizon are stated, not counted.
    assert!(out
        .warnings
        .contains(&Warning::CostAfterHorizon { line: 2, months: 4 }));
    assert!(!out
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::CostAfterHorizon { line, .. } if *line != 2)));
    let da = Warning::CostAfterHorizon { line: 2, months: 4 }.message(Lang::Da);
    assert!(
        da.contains("Udgiftslinje 3") && da.contains("4 måneder"),
        "{da}"
    );
    // Cost per case granted: (195,000 kommune, no buy-out or handling) /
    // 5 cases moved = 39,000.
    assert_eq!(out.per_case.cases_shortened, dec!(5));
    assert_eq!(out.per_case.cost_per_case, Some(dec!(39000)));
    // The lines change nothing else: the net is the net without them, less
    // them. Without: 2.5 granted cases a month × 12 months = 60
    // case-months, of which month 2's cohort has its 12th month (month 13)
    // after the horizon: 57.5 inside, at (17,736 − 22,053) × 0.8 =
    // −3,453.60 each: −198,582.
    assert!(out.warnings.contains(&Warning::EffectsAfterHorizon {
        group: 0,
        case_months: dec!(2.5)
    }));
    let mut without = s.clone();
    without.costs.clear();
    let without = evaluate(&without).unwrap();
    assert_eq!(without.net.kommune.round_dp(2), dec!(-198582));
    assert_eq!(out.net.kommune.round_dp(2), dec!(-393582)); // −198,582 − 195,000
                                                            // And the working shows them adding up.
    let w = check_all(&s);
    assert_eq!(w.item(LineItem::CostLines).result, dec!(-195000));
}

#[test]
fn a_per_reviewed_case_line_makes_the_cases_reviewed_matter() {
    // 30 reviewed instead of 20: 15 a month × 2,000 × 2 months = 60,000
    // for the first line, 20,000 more than before; nothing else moves.
    let mut s = with_cost_lines();
    let before = evaluate(&s).unwrap();
    s.groups[0].cases_reviewed = dec!(30);
    let after = evaluate(&s).unwrap();
    assert_eq!(after.cost_lines[0].total, split(dec!(-60000), dec!(0)));
    assert_eq!(after.net.kommune - before.net.kommune, dec!(-20000));
}

// --- d. Months left caps the months cut ----------------------------------

#[test]
fn months_left_caps_the_months_cut_in_plain_danish() {
    let mut s = base();
    s.groups[0].months_left = Some(dec!(9.5));
    let errors = evaluate(&s).unwrap_err().0;
    // 12 months cut with 9.5 left: refused at the months cut.
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].path, "groups[0].months_shortened");
    assert_eq!(
        errors[0].problem,
        Problem::MoreThanMonthsLeft {
            months_left: dec!(9.5)
        }
    );
    let da = errors[0].message(Lang::Da);
    assert!(
        da.contains("kan ikke være større end måneder tilbage i forløbet")
            && da.contains("9,5 måneder"),
        "{da}"
    );
    let en = errors[0].message(Lang::En);
    assert!(
        en.contains("more than the months left") && en.contains("9.5 months"),
        "{en}"
    );
    // Cut to what is left, it is accepted: 10 × 9.5 = 95 case-months.
    s.groups[0].months_shortened = dec!(9.5);
    assert_eq!(evaluate(&s).unwrap().per_case.case_months, dec!(95));
}

// --- e. Destination shares over 100 % ------------------------------------

#[test]
fn destination_shares_over_100_per_cent_are_refused_at_each_share() {
    let mut s = base();
    let d = &mut s.groups[0].destinations;
    d.fleksjob.share_pct = dec!(50);
    d.kontanthjaelp.share_pct = dec!(40);
    d.job_pct = dec!(20);
    let errors = evaluate(&s).unwrap_err().0;
    // 50 + 40 + 20 = 110 %: each share is named, with the total.
    let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "groups[0].destinations.fleksjob.share_pct",
            "groups[0].destinations.kontanthjaelp.share_pct",
            "groups[0].destinations.job_pct",
        ]
    );
    for e in &errors {
        assert_eq!(e.problem, Problem::SharesOver100 { total: dec!(110) });
    }
    let da = errors[0].message(Lang::Da);
    assert!(
        da.contains("110 %") && da.contains("højst være 100 %"),
        "{da}"
    );
    // 100 % exactly leaves FP nothing, which is allowed.
    s.groups[0].destinations.job_pct = dec!(10);
    let out = evaluate(&s).unwrap();
    assert_eq!(out.totals.get(LineItem::FpAdded), Split::default());
    // A job pays no benefit: 10 % of 120 case-months = 12 with no cost.
    // Fleksjob 60 case-months and kontanthjælp 48 are paid.
    assert_eq!(
        out.totals.get(LineItem::KontanthjaelpAdded).public(),
        dec!(-626928) // 48 × 13,061
    );
}

// --- f. Until the horizon, and the granted share ---------------------------

/// 60 % anyway, the others on the group's kontanthjælp until the horizon
/// and beyond; 1,000 kr. handling per case put forward.
fn until_horizon() -> Scenario {
    let mut s = base();
    s.groups[0].handling_per_case = dec!(1000);
    s.groups[0].counterfactual = Counterfactual {
        anyway_pct: dec!(60),
        instead: Instead::Kontanthjaelp,
        lasting: Lasting::UntilHorizon,
    };
    s
}

#[test]
fn a_difference_lasting_until_the_horizon_is_stated_beyond_it() {
    let out = evaluate(&until_horizon()).unwrap();
    // 4 cases (40 % of 10) on FP instead of kontanthjælp in months 13–60:
    // 4 × 48 = 192 case-months. FP 192 × 22,053 × 0.8 = 3,387,340.80;
    // kontanthjælp 192 × 13,061 × 0.8 = 2,006,169.60.
    assert_eq!(
        item(&out, LineItem::LastingAdded).kommune,
        dec!(-3387340.80)
    );
    assert_eq!(item(&out, LineItem::InsteadSaved).kommune, dec!(2006169.60));
    // Month 60, the last: 4 × (22,053 − 13,061) × 0.8 = 28,774.40 for the
    // kommune; it goes on by choice, so no count of case-months after it.
    assert!(out.warnings.contains(&Warning::LastingAfterHorizon {
        group: 0,
        case_months: None,
        kommune_last_month: dec!(-28774.40),
    }));
    let da = out
        .warnings
        .iter()
        .find(|w| matches!(w, Warning::LastingAfterHorizon { .. }))
        .unwrap()
        .message(Lang::Da);
    assert!(da.contains("efter perioden"), "{da}");
    // Net kommune: months cut 120 × (17,736 − 22,053) × 0.8 = −414,432;
    // lasting −3,387,340.80 + 2,006,169.60 = −1,381,171.20; handling
    // 10 × 1,000 = −10,000: −1,805,603.20.
    assert_eq!(out.net.kommune.round_dp(2), dec!(-1805603.20));
}

#[test]
fn half_granted_halves_the_case_months_but_not_the_handling() {
    let mut s = until_horizon();
    s.groups[0].granted_pct = dec!(50);
    let out = evaluate(&s).unwrap();
    // 5 granted: 60 case-months cut; 2 cases lasting × 48 = 96.
    assert_eq!(out.per_case.case_months, dec!(60));
    assert_eq!(out.per_case.cases_shortened, dec!(5));
    assert_eq!(
        out.totals.get(LineItem::LastingAdded).public(),
        dec!(-2117088) // 96 × 22,053
    );
    // Handling on all 10 put forward: 10,000, as before.
    assert_eq!(item(&out, LineItem::Handling), split(dec!(-10000), dec!(0)));
    // The last month's lasting cost halves: 2 × 8,992 × 0.8 = 14,387.20.
    assert!(out.warnings.contains(&Warning::LastingAfterHorizon {
        group: 0,
        case_months: None,
        kommune_last_month: dec!(-14387.20),
    }));
    // Net kommune (−414,432 − 1,381,171.20) / 2 − 10,000 = −907,801.60.
    assert_eq!(out.net.kommune.round_dp(2), dec!(-907801.60));
}

// --- g. Income tax on the change in benefit --------------------------------

#[test]
fn income_tax_follows_the_change_from_rfy_then_from_the_alternative() {
    // One case put forward in month 1, cut by 2 months, would not have got
    // FP (0 % anyway): it would have got 10,000 kr. a month (20 % state)
    // for 3 months after its forløb. Tax 25 %, 12-month horizon.
    let mut s = base();
    s.horizon_months = 12;
    s.perspective.include_income_tax = true;
    s.perspective.income_tax_pct = dec!(25);
    let g = &mut s.groups[0];
    g.cases_reviewed = dec!(1);
    g.cases_shortened = dec!(1);
    g.months_shortened = dec!(2);
    g.counterfactual = Counterfactual {
        anyway_pct: dec!(0),
        instead: Instead::Typed {
            monthly: dec!(10000),
            refusion: BenefitRefusion::Custom { pct: dec!(20) },
        },
        lasting: Lasting::Months(3),
    };
    let out = evaluate(&s).unwrap();
    let tax = |m: usize| month_item(&out, m, LineItem::TaxEffect);
    // Months 1–2: FP instead of RFY, 25 % of (22,053 − 17,736) = 1,079.25
    // comes back to the kommune.
    assert_eq!(tax(1), split(dec!(1079.25), dec!(0)));
    assert_eq!(tax(2), split(dec!(1079.25), dec!(0)));
    // Months 3–5: FP instead of the alternative, 25 % of (22,053 − 10,000)
    // = 3,013.25.
    for m in 3..=5 {
        assert_eq!(tax(m), split(dec!(3013.25), dec!(0)), "month {m}");
    }
    assert_eq!(tax(6), Split::default());
    // In all 2 × 1,079.25 + 3 × 3,013.25 = 2,158.50 + 9,039.75 = 11,198.25.
    assert_eq!(
        item(&out, LineItem::TaxEffect),
        split(dec!(11198.25), dec!(0))
    );
    // Net kommune: RFY 2 × 17,736 × 0.8 = 28,377.60; FP −2 × 22,053 × 0.8 =
    // −35,284.80; lasting FP −3 × 22,053 × 0.8 = −52,927.20; alternative
    // not paid 3 × 10,000 × 0.8 = 24,000; tax 11,198.25: −24,636.15.
    assert_eq!(out.net.kommune.round_dp(2), dec!(-24636.15));
    check_all(&s);
}

#[test]
fn each_cost_line_is_counted_in_the_calendar_year_it_falls_in() {
    // The same lines from July 2026: the monthly line's months 11 and 12 are
    // May and June 2027, the one-off's month 3 is September 2026, and the
    // per-case lines fall in July and August 2026 with their cases.
    let mut s = with_cost_lines();
    s.start = YearMonth {
        year: 2026,
        month: 7,
    };
    let out = evaluate(&s).unwrap();
    let years = |line: usize| out.cost_lines[line].years.clone();
    assert_eq!(out.years.len(), 2);
    assert_eq!(
        years(0),
        vec![split(dec!(-40000), dec!(0)), Split::default()]
    );
    assert_eq!(
        years(1),
        vec![split(dec!(-25000), dec!(0)), Split::default()]
    );
    assert_eq!(
        years(2),
        vec![Split::default(), split(dec!(-30000), dec!(-30000))]
    );
    assert_eq!(
        years(3),
        vec![split(dec!(-100000), dec!(0)), Split::default()]
    );
    // A year's cost-lines item is the sum of the lines' figures for it:
    // 2026: 40,000 + 25,000 + 100,000 = 165,000; 2027: 30,000 each.
    assert_eq!(
        out.years[0].items.get(LineItem::CostLines),
        split(dec!(-165000), dec!(0))
    );
    assert_eq!(
        out.years[1].items.get(LineItem::CostLines),
        split(dec!(-30000), dec!(-30000))
    );
}

#[test]
fn a_line_per_case_put_forward_counts_refused_cases_too() {
    // 5 cases put forward in each of months 1 and 2, half granted: 10 put
    // forward × 800 = 8,000, against 5 granted × 800 = 4,000 per case
    // shortened.
    let mut s = with_cost_lines();
    s.costs = vec![CostLine {
        label: "Forberedelse af pensionssag".into(),
        amount: dec!(800),
        basis: CostBasis::PerCasePutForward,
        state_pct: dec!(0),
    }];
    let out = evaluate(&s).unwrap();
    assert_eq!(out.cost_lines[0].total, split(dec!(-8000), dec!(0)));
    s.costs[0].basis = CostBasis::PerShortenedCase;
    let out = evaluate(&s).unwrap();
    assert_eq!(out.cost_lines[0].total, split(dec!(-4000), dec!(0)));
}

#[test]
fn goal_seek_searches_the_months_cut_only_up_to_the_months_left() {
    use afkortning::engine::solve::effective_range;
    use afkortning::engine::{Field, InputId};
    let mut s = base();
    let months = InputId::group(0, Field::MonthsShortened);
    // No cap: the field's own range, 0–60 months.
    assert_eq!(effective_range(&s, months), (dec!(0), dec!(60)));
    // 24 months left: a review cannot cut more, so neither does the search
    // (a value above it would not validate).
    s.groups[0].months_left = Some(dec!(24));
    assert_eq!(effective_range(&s, months), (dec!(0), dec!(24)));
    assert!(afkortning::engine::break_even(&s, months, Default::default()).is_ok());
}
