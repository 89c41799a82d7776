//! Issue 14, first slice: the granted share, months left and the
//! counterfactual. Each expected figure is worked out by hand in the comment
//! beside it from the scenario's own inputs.

mod support;

use afkortning::data::kontanthjaelp::{self, Item};
use afkortning::engine::outcome::Warning;
use afkortning::engine::scenario::*;
use afkortning::engine::validate::Problem;
use afkortning::engine::{evaluate, LineItem, Split};
use afkortning::format::document;
use afkortning::lang::Lang;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn split2(s: Split) -> (Decimal, Decimal) {
    (s.kommune.round_dp(2), s.stat.round_dp(2))
}

fn long_case_refusion() -> BenefitRefusion {
    support::trappe_53()
}

/// The 2026 kontanthjælp forhøjet sats estimate (12,064 × 1.036 × 1.045 =
/// 13,060.57, set at 13,061 kr. a month).
fn kontanthjaelp_2026() -> Decimal {
    let rate = kontanthjaelp::rate(Item::ForhojetSats, 2026).expect("the 2026 estimate");
    assert_eq!(rate.monthly, dec!(13061));
    rate.monthly
}

/// 10 cases put forward in January 2026, each cut by 12 months; typed
/// rates so that the arithmetic is plain: RFY 17,736 and FP 22,053 kr. a
/// month (the 2026 estimates), no indsats, no buy-out, no yearly rise.
/// Five years' horizon.
fn scenario(counterfactual: Counterfactual) -> Scenario {
    let mut s = support::ten_cases_2026();
    s.groups[0].counterfactual = counterfactual;
    s
}

fn sixty_forty(lasting_months: u32) -> Counterfactual {
    Counterfactual {
        anyway_pct: dec!(60),
        instead: Instead::Typed {
            monthly: kontanthjaelp_2026(),
            refusion: long_case_refusion(),
        },
        lasting: Lasting::Months(lasting_months),
    }
}

#[test]
fn sixty_per_cent_fp_anyway_forty_to_kontanthjaelp_over_five_years() {
    let out = evaluate(&scenario(sixty_forty(36))).unwrap();
    // Months cut, for every granted case: 10 × 12 = 120 case-months.
    assert_eq!(out.per_case.case_months, dec!(120));
    // RFY 120 × 17,736 = 2,128,320 gross; kommune 80 % = 1,702,656, stat 425,664.
    assert_eq!(
        split2(out.totals.get(LineItem::RfySaved)),
        (dec!(1702656), dec!(425664))
    );
    // FP 120 × 22,053 = 2,646,360 gross; kommune −2,117,088, stat −529,272.
    assert_eq!(
        split2(out.totals.get(LineItem::FpAdded)),
        (dec!(-2117088), dec!(-529272))
    );
    // After the months cut (months 13–48), 40 % of 10 = 4 cases would have
    // been on kontanthjælp: 4 × 36 = 144 lasting case-months.
    // FP 144 × 22,053 = 3,175,632 gross; kommune −2,540,505.60, stat −635,126.40.
    assert_eq!(
        split2(out.totals.get(LineItem::LastingAdded)),
        (dec!(-2540505.60), dec!(-635126.40))
    );
    // Kontanthjælp not paid: 144 × 13,061 = 1,880,784 gross; kommune
    // 1,504,627.20, stat 376,156.80.
    assert_eq!(
        split2(out.totals.get(LineItem::InsteadSaved)),
        (dec!(1504627.20), dec!(376156.80))
    );
    // Net kommune 1,702,656 − 2,117,088 − 2,540,505.60 + 1,504,627.20 =
    // −1,450,310.40; stat 425,664 − 529,272 − 635,126.40 + 376,156.80 =
    // −362,577.60.
    assert_eq!(split2(out.net), (dec!(-1450310.40), dec!(-362577.60)));
    // The lasting months end in month 48: nothing after the horizon.
    assert!(!out
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::LastingAfterHorizon { .. })));
    // The lasting cost falls in the years 2027–2029 (months 13–48): 2027
    // holds 12 months of it, 4 × 12 × (22,053 − 13,061) × 0.8 = 345,292.80
    // for the kommune, and no months cut.
    let y2027 = out.years.iter().find(|y| y.year == 2027).unwrap();
    assert_eq!(y2027.net.kommune.round_dp(2), dec!(-345292.80));
    assert_eq!(y2027.items.get(LineItem::RfySaved), Split::default());

    // Today's assumption (all would have got FP anyway): only the months cut,
    // 1,702,656 − 2,117,088 = −414,432.
    let today = evaluate(&scenario(Counterfactual::anyway())).unwrap();
    assert_eq!(today.net.kommune.round_dp(2), dec!(-414432));
}

#[test]
fn lasting_months_after_the_horizon_are_reported_not_counted() {
    // Lasting 60 months from month 13: months 13–72, of which 13–60 (48)
    // are inside the horizon. Inside: 4 × 48 = 192 case-months; after it:
    // 4 × 12 = 48.
    let out = evaluate(&scenario(sixty_forty(60))).unwrap();
    // FP 192 × 22,053 × 0.8 = 3,387,340.80 for the kommune.
    assert_eq!(
        out.totals.get(LineItem::LastingAdded).kommune.round_dp(2),
        dec!(-3387340.80)
    );
    // In month 60, the horizon's last, 4 cases cost FP instead of
    // kontanthjælp: 4 × (22,053 − 13,061) × 0.8 = 28,774.40 for the
    // kommune, stated as a guide to each month after it.
    assert!(out.warnings.contains(&Warning::LastingAfterHorizon {
        group: 0,
        case_months: Some(dec!(48)),
        kommune_last_month: dec!(-28774.40),
    }));
    let en = out
        .warnings
        .iter()
        .find(|w| matches!(w, Warning::LastingAfterHorizon { .. }))
        .unwrap()
        .message(Lang::En);
    assert!(en.contains("48"), "{en}");
}

#[test]
fn a_fractional_cut_starts_the_lasting_difference_mid_month() {
    // 10 cases cut by 1.5 months from month 1, lasting 2 months, all 0 %
    // anyway: the lasting window is [1.5, 3.5) months after the move: half
    // of month 2, all of month 3, half of month 4 = 2 case-months a case.
    let mut s = scenario(Counterfactual {
        anyway_pct: Decimal::ZERO,
        instead: Instead::Job,
        lasting: Lasting::Months(2),
    });
    s.groups[0].months_shortened = dec!(1.5);
    let out = evaluate(&s).unwrap();
    let lasting = |m: usize| out.months[m].items.get(LineItem::LastingAdded).public();
    // Month 2: 10 × 0.5 × 22,053 = 110,265 gross.
    assert_eq!(lasting(1), dec!(-110265));
    assert_eq!(lasting(2), dec!(-220530));
    assert_eq!(lasting(3), dec!(-110265));
    assert_eq!(lasting(4), Decimal::ZERO);
    // 10 × 2 × 22,053 = 441,060 gross in all.
    assert_eq!(
        out.totals.get(LineItem::LastingAdded).public(),
        dec!(-441060)
    );
}

#[test]
fn granted_share_moves_only_the_granted_cases_but_handling_is_spent_on_all() {
    let mut s = scenario(Counterfactual::anyway());
    s.groups[0].granted_pct = dec!(50);
    s.groups[0].handling_per_case = dec!(1000);
    let out = evaluate(&s).unwrap();
    // 5 of the 10 cases granted: 5 × 12 = 60 case-months.
    assert_eq!(out.per_case.case_months, dec!(60));
    assert_eq!(out.per_case.cases_shortened, dec!(5));
    // RFY 60 × 17,736 × 0.8 = 851,328; FP 60 × 22,053 × 0.8 = 1,058,544.
    assert_eq!(
        out.totals.get(LineItem::RfySaved).kommune.round_dp(2),
        dec!(851328)
    );
    assert_eq!(
        out.totals.get(LineItem::FpAdded).kommune.round_dp(2),
        dec!(-1058544)
    );
    // Handling on all 10 put forward: 10 × 1,000 = 10,000, kommune's alone.
    assert_eq!(
        split2(out.totals.get(LineItem::Handling)),
        (dec!(-10000), dec!(0))
    );
    // Net kommune 851,328 − 1,058,544 − 10,000 = −217,216.
    assert_eq!(out.net.kommune.round_dp(2), dec!(-217216));
}

#[test]
fn granted_and_anyway_shares_multiply() {
    // 50 % granted, 60 % of those anyway: 10 × 0.5 × 0.4 = 2 cases lasting,
    // 2 × 36 = 72 case-months × (22,053 − 13,061) × 0.8 = 517,939.20.
    let mut s = scenario(sixty_forty(36));
    s.groups[0].granted_pct = dec!(50);
    let out = evaluate(&s).unwrap();
    let lasting = out
        .totals
        .get(LineItem::LastingAdded)
        .plus(out.totals.get(LineItem::InsteadSaved))
        .unwrap();
    assert_eq!(lasting.kommune.round_dp(2), dec!(-517939.20));
}

#[test]
fn months_left_caps_the_months_cut_and_the_message_names_the_field() {
    let mut s = scenario(Counterfactual::anyway());
    s.groups[0].months_left = Some(dec!(6));
    let errors = evaluate(&s).unwrap_err().0;
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].path, "groups[0].months_shortened");
    assert_eq!(
        errors[0].problem,
        Problem::MoreThanMonthsLeft {
            months_left: dec!(6)
        }
    );
    let da = errors[0].message(Lang::Da);
    let en = errors[0].message(Lang::En);
    assert!(
        da.contains("groups[0].months_shortened") && da.contains("måneder tilbage i forløbet"),
        "{da}"
    );
    assert!(da.contains("months_left") && da.contains('6'), "{da}");
    assert!(
        en.contains("months left in the course") && en.contains("months_left"),
        "{en}"
    );
    // At the cap it is allowed: 12 months left, 12 cut.
    s.groups[0].months_left = Some(dec!(12));
    assert!(evaluate(&s).is_ok());
}

#[test]
fn version_3_round_trips_the_new_fields() {
    let mut s = scenario(sixty_forty(36));
    s.groups[0].granted_pct = dec!(50);
    s.groups[0].months_left = Some(dec!(24));
    let json = document::to_json(&s);
    assert!(json.contains("\"version\": 3"), "{json}");
    assert!(json.contains("\"anyway_pct\": \"60\""), "{json}");
    let back = document::read(&json).unwrap();
    assert_eq!(back, s);
}

#[test]
fn a_version_2_document_reads_as_todays_assumption() {
    let s = scenario(Counterfactual::anyway());
    // The same scenario as a version-2 document: without the new fields.
    let mut v: serde_json::Value = serde_json::from_str(&document::to_json(&s)).unwrap();
    let g = v["groups"][0].as_object_mut().unwrap();
    g.remove("granted_pct");
    g.remove("counterfactual");
    v["version"] = 2.into();
    let back = document::read(&v.to_string()).unwrap();
    assert_eq!(back.groups[0].granted_pct, dec!(100));
    assert_eq!(back.groups[0].months_left, None);
    assert_eq!(back.groups[0].counterfactual, Counterfactual::anyway());
    // And version 2 does not know the new fields.
    let g = v["groups"][0].as_object_mut().unwrap();
    g.insert("granted_pct".into(), "50".into());
    assert!(document::read(&v.to_string()).is_err());
}

#[test]
fn the_lasting_items_get_rows_only_where_something_lasts() {
    use afkortning::engine::compare::{result_rows, Figure, Party};
    use afkortning::format::csv;
    let today = evaluate(&scenario(Counterfactual::anyway())).unwrap();
    let lasting = evaluate(&scenario(sixty_forty(36))).unwrap();
    assert!(!today.items_in_use.contains(&LineItem::LastingAdded));
    assert!(lasting.items_in_use.contains(&LineItem::LastingAdded));
    // The yearly CSV's totals block, with the figures of the first test:
    // FP lasting 3,175,632 gross (kommune 80 %, stat 20 %), kontanthjælp
    // not paid 1,880,784 gross.
    let export = |outcome| {
        let exported = csv::Exported {
            name: "Test",
            discount_pct: Decimal::ZERO,
            outcome,
            cost_labels: &[],
        };
        let day = csv::ExportDate {
            year: 2026,
            month: 11,
            day: 30,
        };
        csv::yearly(&exported, day, Lang::En)
    };
    let text = export(&lasting);
    assert!(
        text.contains(
            "Total;Lasting extra cost after the months cut;-2540505,60;-635126,40;-3175632,00"
        ),
        "{text}"
    );
    assert!(
        text.contains(";1504627,20;376156,80;1880784,00\r\n"),
        "{text}"
    );
    // Without a lasting difference every year's block and the total block
    // keep the 6 item rows (and net) they had: no lasting row anywhere.
    let text = export(&today);
    assert!(!text.contains("Lasting"), "{text}");
    // The comparison: 3 net rows + the net of each of the 5 years for
    // kommune and stat (10) + 6 items × 3 parties + payback + NPV = 33 rows
    // for scenarios without a lasting difference; 33 + 2 × 3 = 39 as soon
    // as one of them has one.
    assert_eq!(result_rows(&[Some(&today), Some(&today)]).len(), 33);
    let rows = result_rows(&[Some(&today), Some(&lasting)]);
    assert_eq!(rows.len(), 39);
    assert!(rows.iter().any(
        |r| r.figure == Figure::Item(LineItem::LastingAdded, Party::Kommune)
            && r.values == vec![Some(Decimal::ZERO), Some(dec!(-2540505.60))]
    ));
}

/// Every granted case to a job, the others would have had a job too: the
/// lasting months have no formula at all. The traced evaluation (the one
/// the app uses for "show the working") must give the untraced outcome, not
/// stop on a month with nothing to record.
#[test]
fn a_lasting_month_with_no_formula_is_traced_as_it_is_evaluated() {
    let mut s = scenario(Counterfactual {
        anyway_pct: dec!(50),
        instead: Instead::Job,
        lasting: Lasting::UntilHorizon,
    });
    s.groups[0].destinations.job_pct = dec!(100);
    let plain = evaluate(&s).expect("evaluates");
    let (traced, _) = afkortning::engine::evaluate_traced(&s).expect("evaluates traced");
    assert_eq!(traced, plain);
    // 10 cases × 12 months cut save RFY 17,736 × 80 % kommune each month
    // and pay no benefit (a job): 120 × 14,188.80 = 1,702,656.
    assert_eq!(
        split2(plain.totals.get(LineItem::RfySaved)).0,
        dec!(1702656.00)
    );
}
