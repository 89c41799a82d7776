//! The phase-out preset ("Udfasning 2026"): it loads, validates, carries a
//! source note for every figure, and its net is the one worked out by hand
//! below from its own inputs (the preset's `sources` say where each comes
//! from).
//!
//! The inputs: start January 2026, 120 months; 125 cases reviewed and 15 put
//! forward, evenly over 12 months from month 5; 50 % granted; 20 months cut
//! (24 left); RFY 2026 ikke-forsørger 13,345 and FP 2026 enlig 22,053 kr.
//! a month (the table's estimates), both at 20 % state refusion (past week
//! 52); indsats 2,700 kr. a month at 0 % refusion (2026, from 2022); 56 %
//! would have got FP anyway, the others ledighedsydelse at 19,616 kr. a
//! month (20 % state) for 244 months after the forløb would have ended;
//! two cost lines, the kommune's own: preparing the pension case, 4,810 kr.
//! per case put forward (granted or not), and health advice, 1,500 kr. per
//! case reviewed; the buy-out 15/37 of 532,500 kr. a
//! year for 12 months; no yearly rise (0 %, and no published regulation
//! after 2026).
//!
//! Cases: 15 put forward over 12 months = 1.25 a month (months 5–16), of
//! which 50 % granted = 0.625 a month, 7.5 in all.
//!
//! Months cut: each granted case counts 20 months from its move, so the
//! last cohort (month 16) counts months 16–35, inside the horizon:
//! 7.5 × 20 = 150 case-months.
//!
//! Lasting: 44 % of each granted cohort would not have got FP anyway:
//! 0.625 × 0.44 = 0.275 cases a cohort. A cohort moving in month t
//! (t = 5..16) would have ended its forløb after month t + 19, so its
//! lasting difference runs from month t + 20 for 244 months, to month
//! t + 263, past the horizon: inside it, months t + 20 .. 120, that is
//! 101 − t months. Sum over t = 5..16: 12 × 101 − (5 + … + 16) = 1,212 −
//! 126 = 1,086 cohort-months × 0.275 = 298.65 lasting case-months. Once
//! every cohort has started (month 36 on) that is 12 × 0.275 = 3.3 lasting
//! case-months a month. After the horizon: 244 × 12 − 1,086 = 1,842
//! cohort-months × 0.275 = 506.55 case-months (stated, not counted).

use afkortning::data::exits::{EXITS_2018, NORDDJURS_2018, REVIEW_COSTS};
use afkortning::data::presets;
use afkortning::engine::inputs::InputId;
use afkortning::engine::outcome::Warning;
use afkortning::engine::scenario::*;
use afkortning::engine::{evaluate, LineItem, Split};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn phase_out() -> Scenario {
    presets::find("udfasning-2026")
        .expect("the phase-out preset is registered")
        .scenario()
        .expect("the phase-out preset reads and validates")
}

fn split2(s: Split) -> (Decimal, Decimal) {
    (s.kommune.round_dp(2), s.stat.round_dp(2))
}

#[test]
fn the_preset_is_a_version_3_document_with_the_phase_out_inputs() {
    let p = presets::find("udfasning-2026").unwrap();
    assert!(p.document.contains("\"version\": 3"));
    let s = phase_out();
    assert_eq!(
        s.name,
        "Udfasning 2026: gennemgang af igangværende ressourceforløb"
    );
    assert_eq!(s.horizon_months, 120);
    let g = &s.groups[0];
    assert_eq!(
        g.rfy.rate,
        Rate::Table {
            year: 2026,
            status: RfyStatus::IkkeForsorger
        }
    );
    assert_eq!(
        g.fp.rate,
        Rate::Table {
            year: 2026,
            status: FpStatus::Enlig
        }
    );
    assert_eq!(g.indsats.refusion, IndsatsRefusion::ByYear);
    // The anyway share is the national 2018 share of ended forløb that
    // ended in FP; the granted share Norddjurs' 53 of 106.
    assert_eq!(g.counterfactual.anyway_pct, EXITS_2018.fortidspension);
    assert_eq!(Some(g.granted_pct), NORDDJURS_2018.approved_pct());
    assert_eq!(g.counterfactual.instead, Instead::Fleksjob);
    // (70 − 48) × 12 − 20 months cut = 264 − 20 = 244.
    assert_eq!(g.counterfactual.lasting, Lasting::Months(244));
    // 24 months left − 4 months from the decision to FP paid = 20.
    assert_eq!(g.months_left, Some(dec!(24)));
    assert_eq!(
        g.months_shortened,
        dec!(24) - Decimal::from(REVIEW_COSTS.months_to_fp.1)
    );
    // 20 hours × 462,770 / 1,924 kr. an hour = 9,255,400 / 1,924 =
    // 4,810.499 kr., set at 4,810.
    let hourly_times_20 =
        REVIEW_COSTS.hours_per_fp_case * REVIEW_COSTS.caseworker_base / dec!(1924);
    assert_eq!(hourly_times_20.round(), dec!(4810));
    assert_eq!(s.costs[0].amount, dec!(4810));
    assert_eq!(s.costs[0].basis, CostBasis::PerCasePutForward);
    assert_eq!(g.handling_per_case, dec!(0));
    assert_eq!(s.costs.len(), 2);
    assert_eq!(s.costs[1].basis, CostBasis::PerReviewedCase);
}

#[test]
fn the_net_is_the_hand_worked_figure() {
    let out = evaluate(&phase_out()).expect("the preset evaluates");
    let item = |i| split2(out.totals.get(i));

    // RFY saved: 150 × 13,345 = 2,001,750; kommune 80 % = 1,601,400, stat
    // 20 % = 400,350.
    assert_eq!(item(LineItem::RfySaved), (dec!(1601400), dec!(400350)));
    // Indsats saved: 150 × 2,700 = 405,000, all the kommune's (0 %).
    assert_eq!(item(LineItem::IndsatsSaved), (dec!(405000), dec!(0)));
    // FP in the months cut: 150 × 22,053 = 3,307,950; kommune 2,646,360,
    // stat 661,590.
    assert_eq!(item(LineItem::FpAdded), (dec!(-2646360), dec!(-661590)));
    // FP in the lasting months: 298.65 × 22,053 = 6,571,794 + 14,334.45 =
    // 6,586,128.45; kommune 80 % = 5,268,902.76, stat 1,317,225.69.
    assert_eq!(
        item(LineItem::LastingAdded),
        (dec!(-5268902.76), dec!(-1317225.69))
    );
    // Ledighedsydelse they would have got instead: 298.65 × 19,616 =
    // 5,845,568 + 12,750.40 = 5,858,318.40; kommune 4,686,654.72, stat
    // 1,171,663.68.
    assert_eq!(
        item(LineItem::InsteadSaved),
        (dec!(4686654.72), dec!(1171663.68))
    );
    // Preparing the pension case, a cost line per case put forward: 15 ×
    // 4,810 = 72,150; no handling of its own.
    assert_eq!(item(LineItem::Handling), (dec!(0), dec!(0)));
    assert_eq!(split2(out.cost_lines[0].total), (dec!(-72150), dec!(0)));
    // Health advice per case reviewed: 125 × 1,500 = 187,500.
    // The cost lines together: 72,150 + 187,500 = 259,650.
    assert_eq!(item(LineItem::CostLines), (dec!(-259650), dec!(0)));
    assert_eq!(split2(out.cost_lines[1].total), (dec!(-187500), dec!(0)));
    // Buy-out: 15 / 37 × 532,500 = 7,987,500 / 37 = 215,878.378…
    assert_eq!(item(LineItem::Buyout), (dec!(-215878.38), dec!(0)));
    assert_eq!(item(LineItem::FleksjobAdded), (dec!(0), dec!(0)));

    // Kommune: 1,601,400 + 405,000 − 2,646,360 = −639,960; lasting
    // −5,268,902.76 + 4,686,654.72 = −582,248.04 → −1,222,208.04; preparing
    // the pension case −72,150 → −1,294,358.04; health advice −187,500 → −1,481,858.04;
    // buy-out −215,878.378… → −1,697,736.418…
    assert_eq!(out.net.kommune.round_dp(2), dec!(-1697736.42));
    // Stat: 400,350 − 661,590 − 1,317,225.69 + 1,171,663.68 = −406,802.01.
    assert_eq!(out.net.stat.round_dp(2), dec!(-406802.01));

    assert_eq!(out.per_case.cases_shortened, dec!(7.5));
    assert_eq!(out.per_case.case_months, dec!(150));
    // The kommune never gets its money back: each case-month cut costs
    // 10,676 + 2,700 − 17,642.40 = −4,266.40 and each lasting one
    // (22,053 − 19,616) × 0.8 = −1,949.60.
    assert_eq!(out.payback, None);
}

#[test]
fn the_lasting_cost_runs_to_the_horizon_and_what_follows_is_stated() {
    let out = evaluate(&phase_out()).expect("the preset evaluates");
    // Month 20 (August 2027): all 12 cohorts are in their months cut
    // (t ≤ 20 ≤ t + 19 for t = 5..16): 12 × 0.625 = 7.5 case-months.
    assert_eq!(out.months[19].case_months, dec!(7.5));
    // Month 36 on: no months cut, 3.3 lasting case-months each month, so
    // FP −3.3 × 22,053 × 0.8 = −58,219.92 and ledighedsydelse saved
    // 3.3 × 19,616 × 0.8 = 51,786.24 for the kommune.
    let last = &out.months[119];
    assert_eq!(last.case_months, dec!(0));
    assert_eq!(
        last.items.get(LineItem::LastingAdded).kommune.round_dp(2),
        dec!(-58219.92)
    );
    assert_eq!(
        last.items.get(LineItem::InsteadSaved).kommune.round_dp(2),
        dec!(51786.24)
    );
    // Month 30: cohorts t ≤ 10 have started their lasting months (t + 20 ≤
    // 30): 6 × 0.275 = 1.65 lasting case-months; FP −1.65 × 17,642.40 =
    // −29,109.96.
    assert_eq!(
        out.months[29]
            .items
            .get(LineItem::LastingAdded)
            .kommune
            .round_dp(2),
        dec!(-29109.96)
    );
    let lasting: Vec<_> = out
        .warnings
        .iter()
        .filter_map(|w| match w {
            Warning::LastingAfterHorizon {
                group,
                case_months,
                kommune_last_month,
            } => Some((*group, *case_months, kommune_last_month.round_dp(2))),
            _ => None,
        })
        .collect();
    // After the horizon: 1,842 cohort-months × 0.275 = 506.55 case-months;
    // the last month's kommune cost −58,219.92 + 51,786.24 = −6,433.68.
    assert_eq!(lasting, vec![(0, Some(dec!(506.55)), dec!(-6433.68))]);
}
