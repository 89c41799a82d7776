//! Comparing scenarios (`src/engine/compare.rs`): which inputs differ, and
//! the differences in results against the baseline, worked out by hand.

use afkortning::data::presets;
use afkortning::engine::compare::{
    compare, difference, differing_inputs, result_rows, CostLinePart, Difference, Figure, Party,
    Setting, Value,
};
use afkortning::engine::inputs::{BenefitKind, CostPart};
use afkortning::engine::scenario::{
    CostBasis, CostLine, FleksjobItem, Instead, Lasting, Rate, Scenario, Timing,
};
use afkortning::engine::{evaluate, Field, InputId, LineItem};
use afkortning::lang::Lang;
use afkortning::text;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn preset(id: &str) -> Scenario {
    presets::find(id)
        .expect("preset exists")
        .scenario()
        .expect("preset is valid")
}

fn claimed_and_realistic() -> Vec<Scenario> {
    vec![
        preset("norddjurs-2018-claimed"),
        preset("norddjurs-2018-realistic"),
    ]
}

fn paths(scenarios: &[Scenario]) -> Vec<String> {
    differing_inputs(scenarios)
        .into_iter()
        .map(|d| d.path)
        .collect()
}

fn round2(d: Difference) -> (Decimal, Option<Decimal>) {
    (d.absolute.round_dp(2), d.pct.map(|p| p.round_dp(2)))
}

#[test]
fn claimed_and_realistic_differ_only_in_indsats_and_its_texts() {
    let list = claimed_and_realistic();
    let inputs = differing_inputs(&list);
    assert_eq!(
        paths(&list),
        vec![
            "name",
            "description",
            "groups[0].indsats.monthly",
            "sources.groups[0].indsats.monthly.kind",
            "sources.groups[0].indsats.monthly.text",
            "sources.groups[0].indsats.monthly.text_en",
        ]
    );
    let indsats = &inputs[2];
    assert_eq!(
        indsats.input,
        Some(InputId::group(0, Field::IndsatsMonthly))
    );
    assert_eq!(
        indsats.values,
        vec![Value::Number(dec!(34551)), Value::Number(dec!(2700))]
    );
    assert_eq!(
        inputs[0].values,
        vec![
            Value::Text("Norddjurs 2018 som påstået".into()),
            Value::Text("Norddjurs 2018 med realistisk indsats".into()),
        ]
    );
    assert_eq!(
        inputs[3].values,
        vec![
            Value::Text("derived".into()),
            Value::Text("published".into())
        ]
    );
    assert_eq!(inputs[0].input, None);
}

#[test]
fn claimed_against_realistic_results() {
    let c = compare(&claimed_and_realistic());
    let row = |figure: Figure| {
        c.results
            .iter()
            .find(|r| r.figure == figure)
            .expect("row exists")
            .clone()
    };

    // Net kommune: claimed 45 × (9,025.60 + 17,275.50 − 14,913.60) −
    // 182,432.4324 = 330,005.0676, realistic 45 × (9,025.60 + 1,350 −
    // 14,913.60) − 182,432.4324 = −386,642.4324. Only the indsats differs:
    // (2,700 − 34,551) × 45 case-months × 50 % kommune share = −31,851 ×
    // 22.5 = −716,647.50 (the buy-out's øre fractions cancel).
    // As % of the baseline: −716,647.50 / 330,005.0676 × 100 = −217.16 %.
    let net = row(Figure::Net(Party::Kommune));
    assert_eq!(
        net.values
            .iter()
            .map(|v| v.map(|v| v.round_dp(2)))
            .collect::<Vec<_>>(),
        vec![Some(dec!(330005.07)), Some(dec!(-386642.43))]
    );
    assert_eq!(net.differences[0], None, "the baseline has no difference");
    let d = net.differences[1].expect("both evaluate");
    assert_eq!(d.absolute, dec!(-716647.5));
    assert_eq!(round2(d), (dec!(-716647.50), Some(dec!(-217.16))));
    assert!(net.differs());

    // Stat carries the other 50 % of the indsats: the same −716,647.50, of a
    // baseline 101,538 + 777,397.50 − 167,778 = 711,157.50: −100.77 %.
    let d = row(Figure::Net(Party::Stat)).differences[1].expect("both evaluate");
    assert_eq!(round2(d), (dec!(-716647.50), Some(dec!(-100.77))));

    // Public: both halves, −1,433,295 of 330,005.0676 + 711,157.50 =
    // 1,041,162.5676: −137.66 %.
    let d = row(Figure::Net(Party::Public)).differences[1].expect("both evaluate");
    assert_eq!(round2(d), (dec!(-1433295.00), Some(dec!(-137.66))));

    // The indsats line itself: 34,551 × 22.5 = 777,397.50 → 60,750, i.e.
    // −31,851 / 34,551 = −92.19 % for kommune and stat alike.
    for party in [Party::Kommune, Party::Stat] {
        let r = row(Figure::Item(LineItem::IndsatsSaved, party));
        assert_eq!(r.values, vec![Some(dec!(777397.5)), Some(dec!(60750))]);
        let d = r.differences[1].expect("both evaluate");
        assert_eq!(round2(d), (dec!(-716647.50), Some(dec!(-92.19))));
    }

    // Lines that do not change: zero difference, 0 %.
    let r = row(Figure::Item(LineItem::RfySaved, Party::Kommune));
    assert_eq!(
        r.differences[1],
        Some(Difference {
            absolute: Decimal::ZERO,
            pct: Some(Decimal::ZERO)
        })
    );
    assert!(!r.differs());
    // A baseline of 0 (the state's share of the buy-out) has no per cent.
    let r = row(Figure::Item(LineItem::Buyout, Party::Stat));
    assert_eq!(
        r.differences[1],
        Some(Difference {
            absolute: Decimal::ZERO,
            pct: None
        })
    );

    // Payback: in the claim every month is positive for the kommune (January:
    // 1.5 case-months × (9,025.60 RFY + 17,275.50 indsats − 14,913.60 FP) −
    // 15,202.70 buy-out = +1,878.55), so it pays back from month 1; the
    // realistic case never does, so there is no difference to show.
    let r = row(Figure::PaybackMonth);
    assert_eq!(r.values, vec![Some(dec!(1)), None]);
    assert_eq!(r.differences, vec![None, None]);
    // No discount rate in either: no NPV.
    assert_eq!(row(Figure::NpvKommune).values, vec![None, None]);

    // Both lie in 2018 alone (January–December): the year's net is the
    // whole net, and so is its difference.
    let year = row(Figure::YearNet(2018, Party::Kommune));
    assert_eq!(year.values, net.values);
    assert_eq!(year.differences, net.differences);

    // 3 net rows, 1 year × 2 parties, 6 line items × 3 parties, payback and
    // NPV.
    assert_eq!(c.results.len(), 3 + 2 + 18 + 2);
    assert!(c.outcomes.iter().all(Result::is_ok));
}

#[test]
fn the_per_cent_is_of_the_baselines_size() {
    // Realistic as the baseline: +716,647.50 / |−386,642.4324| × 100 =
    // +185.35 %: positive because the other scenario is higher, although the
    // baseline is negative.
    let mut list = claimed_and_realistic();
    list.reverse();
    let c = compare(&list);
    let d = c.results[0].differences[1].expect("both evaluate");
    assert_eq!(c.results[0].figure, Figure::Net(Party::Kommune));
    assert_eq!(round2(d), (dec!(716647.50), Some(dec!(185.35))));
}

#[test]
fn npv_and_payback_differences() {
    // Claimed with a 10 % discount rate, against the same with the buy-out
    // starting a month later over a 13-month horizon. The first calendar
    // year is not discounted, so the first scenario's NPV is its net.
    let base = preset("norddjurs-2018-claimed");
    let mut discounted = base.clone();
    discounted.perspective.discount_pct = dec!(10);
    let mut late = discounted.clone();
    // The buy-out starts in month 2: January has RFY/indsats/FP only, so
    // the kommune is ahead from month 1 still.
    late.investment.from_month = 2;
    late.horizon_months = 13;
    let list = vec![discounted.clone(), late];
    let c = compare(&list);
    let npv = c
        .results
        .iter()
        .find(|r| r.figure == Figure::NpvKommune)
        .expect("row");
    let net = evaluate(&discounted).expect("evaluates").net.kommune;
    assert_eq!(npv.values[0], Some(net), "first year undiscounted");
    // The later buy-out moves one month of it, 15/37 × 450,000 / 12 =
    // 15,202.70, into January 2019, where amounts rise by the published
    // 2019 regulation (1.25 %) and are discounted by 1/1.10: the NPV gains
    // 15,202.7027 × (1 − 1.0125 / 1.1) = 15,202.7027 × 0.0795454… =
    // 1,209.31, which is 1,209.31 / 330,005.07 = 0.37 % of the baseline.
    // The 13-month scenario reaches into 2019, the 12-month one does not:
    // a 2019 row, with no value and no difference for the first; the later
    // one's two years add up to its net.
    let year = |y: u16| {
        c.results
            .iter()
            .find(|r| r.figure == Figure::YearNet(y, Party::Kommune))
            .expect("a row for each year")
    };
    assert_eq!(year(2019).values[0], None);
    assert_eq!(year(2019).differences, vec![None, None]);
    let late_net = evaluate(&list[1]).expect("evaluates").net.kommune;
    assert_eq!(
        year(2018).values[1].unwrap() + year(2019).values[1].unwrap(),
        late_net
    );
    let d = npv.differences[1].expect("both have an NPV");
    assert_eq!(round2(d), (dec!(1209.31), Some(dec!(0.37))));
    let payback = c
        .results
        .iter()
        .find(|r| r.figure == Figure::PaybackMonth)
        .expect("row");
    // Both pay back from month 1: a difference of 0 months, and no per cent
    // for a month number.
    assert_eq!(payback.values, vec![Some(dec!(1)), Some(dec!(1))]);
    assert_eq!(
        payback.differences[1],
        Some(Difference {
            absolute: Decimal::ZERO,
            pct: None
        })
    );
    // The inputs that differ: horizon and the buy-out's first month.
    assert_eq!(
        paths(&list),
        vec!["horizon_months", "investment.from_month"]
    );
    // Against the undiscounted claim, the discount rate differs.
    assert_eq!(paths(&[base, discounted]), vec!["perspective.discount_pct"]);
}

#[test]
fn structural_differences_have_paths_of_their_own() {
    let a = preset("norddjurs-2018-realistic");
    let mut b = a.clone();
    // A second group, the first with its cases moving in one month, the RFY
    // typed in at the table's own amount, and tax switched on.
    let mut second = b.groups[0].clone();
    second.label = "Under 30".into();
    b.groups.push(second);
    b.groups[0].timing = Timing::FromMonth { month: 3 };
    b.groups[0].rfy.rate = Rate::Custom {
        monthly: dec!(11282),
    };
    b.perspective.include_income_tax = true;
    let list = vec![a, b];
    let inputs = differing_inputs(&list);
    let got: Vec<&str> = inputs.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(
        got[..9],
        [
            "groups",
            "groups[0].timing.kind",
            "groups[0].timing.from_month",
            "groups[0].timing.over_months",
            "groups[0].timing.month",
            // Same amount, other source: the amount is not listed.
            "groups[0].rfy.rate.source",
            "groups[0].rfy.rate.year",
            "groups[0].rfy.rate.status",
            "groups[1].label",
        ]
    );
    assert_eq!(
        inputs[0].values,
        vec![Value::Number(dec!(1)), Value::Number(dec!(2))]
    );
    assert_eq!(
        inputs[1].values,
        vec![Value::Text("even".into()), Value::Text("from_month".into())]
    );
    assert_eq!(
        inputs[2].values,
        vec![Value::Number(dec!(1)), Value::Absent]
    );
    assert_eq!(
        inputs[4].values,
        vec![Value::Absent, Value::Number(dec!(3))]
    );
    assert_eq!(
        inputs[6].values,
        vec![Value::Number(dec!(2018)), Value::Absent]
    );
    // What is not a numeric input says what it is, for its label.
    let settings: Vec<Option<Setting>> = inputs[..9].iter().map(|d| d.setting.clone()).collect();
    assert_eq!(
        settings,
        [
            Some(Setting::GroupCount),
            Some(Setting::TimingKind(0)),
            None,
            None,
            None,
            Some(Setting::RateSource(0, BenefitKind::Rfy)),
            Some(Setting::RateYear(0, BenefitKind::Rfy)),
            Some(Setting::RateStatus(0, BenefitKind::Rfy)),
            Some(Setting::GroupLabel(1)),
        ]
    );
    assert_eq!(
        text::setting_label(&Setting::RateYear(0, BenefitKind::Rfy), "", Lang::Da),
        "Ressourceforløbsydelse: sats fra år"
    );
    assert_eq!(
        text::setting_label(&Setting::RateStatus(0, BenefitKind::Fp), "", Lang::En),
        "Early pension: civil status"
    );
    // Every input of the second group is there in one scenario only.
    let second_group: Vec<&str> = got
        .iter()
        .copied()
        .filter(|p| p.starts_with("groups[1]."))
        .collect();
    assert!(second_group.contains(&"groups[1].indsats.monthly"));
    assert!(second_group.contains(&"groups[1].rfy.rate.source"));
    let indsats = inputs
        .iter()
        .find(|d| d.path == "groups[1].indsats.monthly")
        .expect("listed");
    assert_eq!(
        indsats.values,
        vec![Value::Absent, Value::Number(dec!(2700))]
    );
    assert_eq!(
        indsats.input,
        Some(InputId::group(1, Field::IndsatsMonthly))
    );
    assert!(!got.contains(&"groups[0].rfy.rate.monthly"));
    assert_eq!(got.last(), Some(&"perspective.include_income_tax"));
    assert_eq!(
        inputs.last().map(|d| d.values.clone()),
        Some(vec![Value::Flag(false), Value::Flag(true)])
    );
}

#[test]
fn identical_or_single_scenarios_have_no_differences() {
    let a = preset("norddjurs-2018-realistic");
    assert!(differing_inputs(&[a.clone(), a.clone()]).is_empty());
    assert!(differing_inputs(std::slice::from_ref(&a)).is_empty());
    assert!(differing_inputs(&[]).is_empty());
    // 25.0 % and 25 % are the same number.
    let mut b = a.clone();
    b.perspective.income_tax_pct = dec!(25);
    assert_eq!(a.perspective.income_tax_pct.to_string(), "25.0");
    assert!(differing_inputs(&[a, b]).is_empty());
}

#[test]
fn a_scenario_without_an_outcome_has_no_values() {
    let good = preset("norddjurs-2018-realistic");
    let mut bad = good.clone();
    bad.groups[0].months_shortened = dec!(99);
    let c = compare(&[good, bad]);
    assert!(c.outcomes[0].is_ok());
    assert!(c.outcomes[1].is_err());
    for row in &c.results {
        assert_eq!(row.values[1], None);
        assert_eq!(row.differences, vec![None, None]);
    }
    // The input that makes it invalid is listed like any other.
    assert_eq!(
        c.inputs.iter().map(|d| d.path.as_str()).collect::<Vec<_>>(),
        vec!["groups[0].months_shortened"]
    );
    // No outcomes at all.
    assert!(result_rows(&[None, None])
        .iter()
        .all(|r| r.values == vec![None, None]));
    assert!(result_rows(&[]).iter().all(|r| r.values.is_empty()));
}

#[test]
fn differences_never_overflow_or_panic() {
    assert_eq!(difference(Decimal::MIN, Decimal::MAX), None);
    // A tiny baseline: the absolute difference exists, the per cent does not fit.
    let d = difference(Decimal::new(1, 28), Decimal::MAX).expect("absolute fits");
    assert_eq!(d.pct, None);
    assert_eq!(
        difference(Decimal::ZERO, dec!(5)),
        Some(Difference {
            absolute: dec!(5),
            pct: None
        })
    );
    // −100 → −50: +50 of |−100| = +50 %.
    assert_eq!(
        difference(dec!(-100), dec!(-50)),
        Some(Difference {
            absolute: dec!(50),
            pct: Some(dec!(50))
        })
    );
}

#[test]
fn labels_in_both_languages() {
    let f = Figure::Net(Party::Kommune);
    assert_eq!(f.label(Lang::Da), "Netto (kommune)");
    assert_eq!(f.label(Lang::En), "Net (municipality)");
    let f = Figure::Item(LineItem::IndsatsSaved, Party::Stat);
    assert_eq!(f.label(Lang::Da), "Sparet indsats (stat)");
    assert_eq!(f.label(Lang::En), "Efforts (indsats) saved (state)");
    // A year as written, without a thousands separator.
    let f = Figure::YearNet(2026, Party::Stat);
    assert_eq!(f.label(Lang::Da), "Netto 2026 (stat)");
    assert_eq!(f.label(Lang::En), "Net 2026 (state)");
}

/// The phase-out preset against a variant with another alternative, the
/// difference lasting to the horizon, its cost line changed and a second
/// line: each non-numeric part is a labelled row of its own, each numeric
/// part of a cost line is compared as a number.
#[test]
fn counterfactual_kinds_and_cost_lines_are_compared() {
    let a = preset("udfasning-2026");
    let mut b = a.clone();
    b.groups[0].counterfactual.instead = Instead::Kontanthjaelp;
    b.groups[0].counterfactual.lasting = Lasting::UntilHorizon;
    b.costs[1].label = "Lægeattest".into();
    b.costs[1].amount = dec!(3000);
    b.costs[1].state_pct = dec!(50);
    b.costs.push(CostLine {
        label: "Projektleder".into(),
        amount: dec!(10000),
        basis: CostBasis::Monthly {
            from_month: 1,
            months: 12,
        },
        state_pct: dec!(0),
    });
    let list = vec![a, b];
    let inputs = differing_inputs(&list);
    let rows: Vec<(&str, Option<Setting>, Vec<Value>)> = inputs
        .iter()
        .map(|d| (d.path.as_str(), d.setting.clone(), d.values.clone()))
        .collect();
    let text = |s: &str| Value::Text(s.into());
    let number = |n: Decimal| Value::Number(n);
    assert_eq!(
        rows,
        vec![
            (
                "groups[0].counterfactual.instead.kind",
                Some(Setting::InsteadKind(0)),
                vec![text("fleksjob"), text("kontanthjaelp")]
            ),
            (
                "groups[0].counterfactual.lasting.kind",
                Some(Setting::LastingKind(0)),
                vec![text("months"), text("until_horizon")]
            ),
            // The months are the number input's; until the horizon has none.
            (
                "groups[0].counterfactual.lasting.months",
                None,
                vec![number(dec!(244)), Value::Absent]
            ),
            (
                "costs",
                Some(Setting::CostLineCount),
                vec![number(dec!(2)), number(dec!(3))]
            ),
            (
                "costs[1].label",
                Some(Setting::CostLine(1, CostLinePart::Label)),
                vec![
                    text("Sundhedsfaglig rådgivning fra regionen"),
                    text("Lægeattest")
                ]
            ),
            (
                "costs[1].amount",
                Some(Setting::CostLine(1, CostLinePart::Figure(CostPart::Amount))),
                vec![number(dec!(1500)), number(dec!(3000))]
            ),
            (
                "costs[1].state_pct",
                Some(Setting::CostLine(
                    1,
                    CostLinePart::Figure(CostPart::StatePct)
                )),
                vec![number(dec!(0)), number(dec!(50))]
            ),
            (
                "costs[2].label",
                Some(Setting::CostLine(2, CostLinePart::Label)),
                vec![Value::Absent, text("Projektleder")]
            ),
            (
                "costs[2].amount",
                Some(Setting::CostLine(2, CostLinePart::Figure(CostPart::Amount))),
                vec![Value::Absent, number(dec!(10000))]
            ),
            (
                "costs[2].basis.kind",
                Some(Setting::CostLine(2, CostLinePart::BasisKind)),
                vec![Value::Absent, text("monthly")]
            ),
            (
                "costs[2].basis.from_month",
                Some(Setting::CostLine(
                    2,
                    CostLinePart::Figure(CostPart::FromMonth)
                )),
                vec![Value::Absent, number(dec!(1))]
            ),
            (
                "costs[2].basis.months",
                Some(Setting::CostLine(2, CostLinePart::Figure(CostPart::Months))),
                vec![Value::Absent, number(dec!(12))]
            ),
            // A monthly line has no one-off month: absent in both, not listed.
            (
                "costs[2].state_pct",
                Some(Setting::CostLine(
                    2,
                    CostLinePart::Figure(CostPart::StatePct)
                )),
                vec![Value::Absent, number(dec!(0))]
            ),
        ]
    );
    // Group settings say their group; the cost lines belong to none.
    assert_eq!(Setting::InsteadKind(0).group(), Some(0));
    assert_eq!(Setting::LastingKind(2).group(), Some(2));
    assert_eq!(Setting::CostLine(0, CostLinePart::Label).group(), None);
    assert_eq!(
        text::setting_label(&Setting::InsteadKind(0), "", Lang::Da),
        "Ellers ville de have fået"
    );
    assert_eq!(
        text::setting_label(
            &Setting::CostLine(1, CostLinePart::Figure(CostPart::Months)),
            "",
            Lang::En
        ),
        "Cost line 2: number of months"
    );
    assert_eq!(
        text::setting_label(&Setting::CostLine(0, CostLinePart::BasisKind), "", Lang::Da),
        "Udgiftslinje 1: opgøres"
    );
}

/// A typed alternative brings its refusion rule as a row; the other
/// alternatives have none.
#[test]
fn a_typed_alternative_has_a_refusion_rule_row() {
    let a = preset("udfasning-2026");
    let mut b = a.clone();
    b.groups[0].counterfactual.instead = Instead::Typed {
        monthly: dec!(15000),
        refusion: afkortning::engine::scenario::BenefitRefusion::Custom { pct: dec!(30) },
    };
    let list = vec![a, b];
    let inputs = differing_inputs(&list);
    let got: Vec<(&str, Vec<Value>)> = inputs
        .iter()
        .map(|d| (d.path.as_str(), d.values.clone()))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "groups[0].counterfactual.instead.kind",
                vec![Value::Text("fleksjob".into()), Value::Text("typed".into())]
            ),
            (
                "groups[0].counterfactual.instead.monthly",
                vec![Value::Absent, Value::Number(dec!(15000))]
            ),
            (
                "groups[0].counterfactual.instead.refusion.source",
                vec![Value::Absent, Value::Text("custom".into())]
            ),
            (
                "groups[0].counterfactual.instead.refusion.pct",
                vec![Value::Absent, Value::Number(dec!(30))]
            ),
        ]
    );
    assert_eq!(
        inputs[2].setting,
        Some(Setting::RefusionSource(
            0,
            afkortning::engine::compare::Refunded::Instead
        ))
    );
}

/// The phase-out preset against the same with kontanthjælp as the
/// alternative: only what they would have got instead changes.
#[test]
fn phase_out_with_kontanthjaelp_instead_results() {
    let a = preset("udfasning-2026");
    let mut b = a.clone();
    b.groups[0].counterfactual.instead = Instead::Kontanthjaelp;
    let c = compare(&[a, b]);
    let row = |figure: Figure| {
        c.results
            .iter()
            .find(|r| r.figure == figure)
            .unwrap_or_else(|| panic!("a row for {figure:?}"))
            .clone()
    };
    // 298.65 lasting case-months (tests/preset_phase_out.rs) of
    // ledighedsydelse 19,616 saved, kommune 80 %: 4,686,654.72; of
    // kontanthjælp 13,061: 298.65 × 13,061 = 3,892,178 + 8,489.65 =
    // 3,900,667.65 × 0.8 = 3,120,534.12. Difference −1,566,120.60, i.e.
    // −6,555 / 19,616 = −33.42 %.
    let r = row(Figure::Item(LineItem::InsteadSaved, Party::Kommune));
    assert_eq!(
        r.values
            .iter()
            .map(|v| v.map(|v| v.round_dp(2)))
            .collect::<Vec<_>>(),
        vec![Some(dec!(4686654.72)), Some(dec!(3120534.12))]
    );
    assert_eq!(
        round2(r.differences[1].expect("both evaluate")),
        (dec!(-1566120.60), Some(dec!(-33.42)))
    );
    // The state's 20 %: 1,171,663.68 → 780,133.53, −391,530.15.
    let d = row(Figure::Item(LineItem::InsteadSaved, Party::Stat)).differences[1].unwrap();
    assert_eq!(round2(d), (dec!(-391530.15), Some(dec!(-33.42))));
    // Net kommune −1,697,736.418… → −3,263,857.018…: the same −1,566,120.60,
    // −1,566,120.60 / 1,697,736.418 × 100 = −92.25 %.
    let d = row(Figure::Net(Party::Kommune)).differences[1].unwrap();
    assert_eq!(round2(d), (dec!(-1566120.60), Some(dec!(-92.25))));
    // FP in the lasting months and the cost line are the same in both.
    for figure in [
        Figure::Item(LineItem::LastingAdded, Party::Kommune),
        Figure::Item(LineItem::CostLines, Party::Kommune),
    ] {
        let r = row(figure);
        assert!(!r.differs(), "{figure:?}");
    }
    assert_eq!(
        row(Figure::Item(LineItem::CostLines, Party::Kommune)).values,
        // Preparing the pension case 15 × 4,810 = 72,150 and health advice
        // 125 × 1,500 = 187,500: 259,650.
        vec![Some(dec!(-259650)), Some(dec!(-259650))]
    );
}

#[test]
fn a_destinations_table_item_and_year_are_compared() {
    let a = preset("udfasning-2026");
    let mut b = a.clone();
    // Same year, the other figure of the fleksjob table: 21,600 instead of
    // 19,616 kr. a month.
    b.groups[0].destinations.fleksjob.rate = Rate::Table {
        year: 2026,
        status: FleksjobItem::MaxFlekslontilskud,
    };
    let mut c = a.clone();
    c.groups[0].destinations.fleksjob.rate = Rate::Custom {
        monthly: dec!(19616),
    };
    let list = vec![a, b, c];
    let inputs = differing_inputs(&list);
    let got: Vec<(&str, &Vec<Value>)> = inputs
        .iter()
        .map(|d| (d.path.as_str(), &d.values))
        .collect();
    assert_eq!(
        got,
        [
            (
                "groups[0].destinations.fleksjob.rate.source",
                &vec![
                    Value::Text("table".into()),
                    Value::Text("table".into()),
                    Value::Text("custom".into())
                ]
            ),
            (
                "groups[0].destinations.fleksjob.rate.year",
                &vec![
                    Value::Number(dec!(2026)),
                    Value::Number(dec!(2026)),
                    Value::Absent
                ]
            ),
            (
                "groups[0].destinations.fleksjob.rate.item",
                &vec![
                    Value::Text("ledighedsydelse".into()),
                    Value::Text("max_flekslontilskud".into()),
                    Value::Absent
                ]
            ),
            (
                "groups[0].destinations.fleksjob.monthly",
                &vec![
                    Value::Number(dec!(19616)),
                    Value::Number(dec!(21600)),
                    Value::Number(dec!(19616))
                ]
            ),
        ]
    );
    assert_eq!(
        inputs[2].setting,
        Some(Setting::RateStatus(0, BenefitKind::Fleksjob))
    );
}
