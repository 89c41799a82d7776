//! Property tests: invariants of the engine over generated scenarios, and
//! robustness (no panic, every error explained in both languages) over
//! arbitrary scenarios and documents.
// proptest is a native-only dev-dependency (its random source does not build
// for wasm32-unknown-unknown).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use afkortning::data::{presets, rates};
use afkortning::engine::outcome::{Outcome, Warning};
use afkortning::engine::scenario::*;
use afkortning::engine::validate::validate;
use afkortning::engine::{
    break_even, evaluate, evaluate_traced, sensitivity, BreakEven, Field, InputId, LineItem,
    Rejected, Split,
};
use afkortning::format::document::{self, DocumentError};
use afkortning::lang::Lang;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

// ---------------------------------------------------------------------------
// Valid scenarios

/// Decimals from `lo` to `hi` with `scale` decimals.
fn dec_in(lo: i64, hi: i64, scale: u32) -> impl Strategy<Value = Decimal> {
    let f = 10i64.pow(scale);
    (lo * f..=hi * f).prop_map(move |n| Decimal::new(n, scale))
}

/// Whole numbers or øre, as people type them.
fn amount(lo: i64, hi: i64) -> impl Strategy<Value = Decimal> {
    prop_oneof![dec_in(lo, hi, 0), dec_in(lo, hi, 2)]
}

fn pct() -> impl Strategy<Value = Decimal> {
    prop_oneof![dec_in(0, 100, 0), dec_in(0, 100, 2)]
}

fn benefit_refusion() -> impl Strategy<Value = BenefitRefusion> {
    prop_oneof![
        prop_oneof![1u32..=60, 1u32..=2000]
            .prop_map(|weeks_on_benefit| BenefitRefusion::Trappe { weeks_on_benefit }),
        pct().prop_map(|pct| BenefitRefusion::Custom { pct }),
    ]
}

fn rfy_rate() -> impl Strategy<Value = Rate<RfyStatus>> {
    let years: Vec<u16> = rates::years(rates::RFY).collect();
    prop_oneof![
        (
            prop::sample::select(years),
            prop_oneof![Just(RfyStatus::Forsorger), Just(RfyStatus::IkkeForsorger)]
        )
            .prop_map(|(year, status)| Rate::Table { year, status }),
        amount(0, 40_000).prop_map(|monthly| Rate::Custom { monthly }),
    ]
}

fn fp_rate() -> impl Strategy<Value = Rate<FpStatus>> {
    let years: Vec<u16> = rates::years(rates::FP).collect();
    prop_oneof![
        (
            prop::sample::select(years),
            prop_oneof![Just(FpStatus::Enlig), Just(FpStatus::GiftSamlevende)]
        )
            .prop_map(|(year, status)| Rate::Table { year, status }),
        amount(0, 40_000).prop_map(|monthly| Rate::Custom { monthly }),
    ]
}

fn indsats() -> impl Strategy<Value = Indsats> {
    (
        amount(0, 60_000),
        prop_oneof![
            Just(IndsatsRefusion::ByYear),
            pct().prop_map(|pct| IndsatsRefusion::Custom { pct }),
        ],
    )
        .prop_map(|(monthly, refusion)| Indsats { monthly, refusion })
}

/// Months of the horizon are drawn up to 60 and folded into the horizon
/// when the scenario is put together.
fn timing() -> impl Strategy<Value = Timing> {
    prop_oneof![
        (1u32..=60, prop_oneof![1u32..=24, 1u32..=240]).prop_map(|(from_month, over_months)| {
            Timing::Even {
                from_month,
                over_months,
            }
        }),
        (1u32..=60).prop_map(|month| Timing::FromMonth { month }),
    ]
}

prop_compose! {
    fn group()(
        reviewed in dec_in(0, 300, 1),
        share in 0u32..=100,
        months_shortened in prop_oneof![dec_in(0, 6, 0), dec_in(0, 24, 2), dec_in(0, 60, 2)],
        timing in timing(),
        rfy_rate in rfy_rate(),
        rfy_refusion in benefit_refusion(),
        indsats in indsats(),
        fp_rate in fp_rate(),
        fp_refusion in benefit_refusion(),
        handling_per_case in prop_oneof![Just(Decimal::ZERO), amount(0, 20_000)],
    ) -> CaseGroup {
        let shortened = (reviewed * Decimal::from(share) / Decimal::ONE_HUNDRED).round_dp(2);
        CaseGroup {
            label: "G".into(),
            cases_reviewed: reviewed,
            cases_shortened: shortened.min(reviewed),
            months_shortened,
            timing,
            rfy: Benefit { rate: rfy_rate, refusion: rfy_refusion },
            indsats,
            fp: Benefit { rate: fp_rate, refusion: fp_refusion },
            handling_per_case,
            granted_pct: dec!(100),
            months_left: None,
            destinations: Destinations::all_fp(),
            counterfactual: Counterfactual::anyway(),
        }
    }
}

prop_compose! {
    fn investment()(
        hours_per_week in dec_in(0, 40, 1),
        full_time_hours in dec_in(1, 100, 1),
        annual_cost in amount(0, 1_000_000),
        overhead_pct in prop_oneof![Just(Decimal::ZERO), dec_in(0, 50, 1)],
        months in prop_oneof![0u32..=24, 0u32..=240],
        from_month in 1u32..=60,
    ) -> Investment {
        Investment { hours_per_week, full_time_hours, annual_cost, overhead_pct, months, from_month }
    }
}

prop_compose! {
    fn perspective()(
        include_income_tax in any::<bool>(),
        income_tax_pct in pct(),
        discount_pct in prop_oneof![Just(Decimal::ZERO), pct()],
        rate_adjustment_pct in prop_oneof![Just(Decimal::ZERO), dec_in(-50, 100, 2)],
        indexing in prop_oneof![Just(Indexing::PublishedThenAssumption), Just(Indexing::AssumptionOnly)],
    ) -> Perspective {
        Perspective { include_income_tax, income_tax_pct, discount_pct, rate_adjustment_pct, indexing }
    }
}

/// Folds a month of the horizon drawn from 1..=60 into 1..=horizon.
fn within(month: u32, horizon: u32) -> u32 {
    1 + (month - 1) % horizon
}

prop_compose! {
    /// A scenario that passes validation.
    fn valid_scenario()(
        year in 2015u16..=2030,
        month in 1u8..=12,
        horizon_months in prop_oneof![1u32..=24, 1u32..=60],
        mut groups in vec(group().boxed(), 1..=4),
        mut investment in investment(),
        perspective in perspective(),
    ) -> Scenario {
        for g in &mut groups {
            g.timing = match g.timing {
                Timing::Even { from_month, over_months } => Timing::Even {
                    from_month: within(from_month, horizon_months),
                    over_months,
                },
                Timing::FromMonth { month } => Timing::FromMonth {
                    month: within(month, horizon_months),
                },
            };
        }
        investment.from_month = within(investment.from_month, horizon_months);
        Scenario {
            version: CURRENT_VERSION,
            name: "Egenskab".into(),
            description: String::new(),
            start: YearMonth { year, month },
            horizon_months,
            groups,
            costs: Vec::new(),
            investment,
            perspective,
            ranges: Vec::new(),
            sources: BTreeMap::new(),
        }
    }
}

fn outcome(s: &Scenario) -> Result<Outcome, TestCaseError> {
    evaluate(s).map_err(|Rejected(errors)| {
        TestCaseError::fail(format!(
            "a valid scenario was rejected: {:?}",
            messages(&errors)
        ))
    })
}

/// The engine's value problems and the document's own, read alike: a
/// document error wraps a value problem.
fn messages<E: Clone + Into<DocumentError>>(errors: &[E]) -> Vec<String> {
    errors
        .iter()
        .map(|e| e.clone().into().message(Lang::En))
        .collect()
}

/// Every error names what is wrong in Danish and in English.
fn check_messages<E: Clone + Into<DocumentError>>(errors: &[E]) -> Result<(), TestCaseError> {
    prop_assert!(!errors.is_empty(), "a rejection without errors");
    for e in errors {
        let e: DocumentError = e.clone().into();
        for lang in [Lang::Da, Lang::En] {
            prop_assert!(
                !e.problem.message(lang).trim().is_empty(),
                "{:?} has no {:?} message",
                e,
                lang
            );
            prop_assert!(!e.message(lang).trim().is_empty());
        }
    }
    Ok(())
}

fn close(a: Decimal, b: Decimal, tolerance: Decimal) -> bool {
    match a.checked_sub(b) {
        Some(d) => d.abs() <= tolerance,
        None => false,
    }
}

/// Tolerance for figures computed along different paths (sums in another
/// order, a factor applied before or after): far below an øre.
const TINY: Decimal = dec!(0.000001);

/// The same figure reached by another order of operations: `Decimal` keeps
/// 28 significant digits, so sums in another order (or `(a − b) + b`) may
/// differ in the last digit, around 10⁻²⁴ kr. for amounts in the thousands.
const PRECISION: Decimal = dec!(0.000000000001);

fn sum_items<'a>(
    rows: impl IntoIterator<Item = &'a afkortning::engine::outcome::LineItems>,
) -> [Split; LineItem::ALL.len()] {
    let mut total = [Split::default(); LineItem::ALL.len()];
    for row in rows {
        for (i, item) in LineItem::ALL.into_iter().enumerate() {
            total[i] = total[i].plus(row.get(item)).expect("no overflow");
        }
    }
    total
}

/// The invariants every outcome of a valid scenario keeps.
fn check_outcome(s: &Scenario, out: &Outcome) -> Result<(), TestCaseError> {
    prop_assert_eq!(out.months.len(), s.horizon_months as usize);
    prop_assert_eq!(
        out.years.iter().map(|y| y.months).sum::<u32>(),
        s.horizon_months
    );

    // Monthly sums equal yearly sums, per line item and per payer.
    for year in &out.years {
        let rows: Vec<_> = out
            .months
            .iter()
            .filter(|m| m.at.year == year.year)
            .map(|m| &m.items)
            .collect();
        prop_assert_eq!(rows.len() as u32, year.months);
        let sums = sum_items(rows);
        for (i, item) in LineItem::ALL.into_iter().enumerate() {
            prop_assert_eq!(sums[i], year.items.get(item), "{} {:?}", year.year, item);
        }
    }
    // Yearly sums equal the totals.
    let sums = sum_items(out.years.iter().map(|y| &y.items));
    for (i, item) in LineItem::ALL.into_iter().enumerate() {
        prop_assert_eq!(sums[i], out.totals.get(item), "{:?}", item);
    }
    // The groups' items plus the buy-out add up to the totals too (summed in
    // another order, so within a tolerance).
    let by_group = sum_items(out.groups.iter().map(|g| &g.items));
    for (i, item) in LineItem::ALL.into_iter().enumerate() {
        let expected = if matches!(item, LineItem::Buyout | LineItem::CostLines) {
            prop_assert_eq!(
                by_group[i],
                Split::default(),
                "groups carry no buy-out or cost lines"
            );
            out.totals.get(item)
        } else {
            by_group[i]
        };
        prop_assert!(close(expected.kommune, out.totals.get(item).kommune, TINY));
        prop_assert!(close(expected.stat, out.totals.get(item).stat, TINY));
    }

    // kommune + stat = public, for every item and net of every row and total;
    // the net is the sum of the items.
    let mut all_rows: Vec<(&afkortning::engine::outcome::LineItems, Split)> = Vec::new();
    all_rows.extend(out.months.iter().map(|m| (&m.items, m.net)));
    all_rows.extend(out.years.iter().map(|y| (&y.items, y.net)));
    all_rows.extend(out.groups.iter().map(|g| (&g.items, g.net)));
    all_rows.push((&out.totals, out.net));
    for (items, net) in all_rows {
        let mut kommune = Decimal::ZERO;
        let mut stat = Decimal::ZERO;
        for (item, split) in items.iter() {
            prop_assert_eq!(split.public(), split.kommune + split.stat);
            if matches!(
                item,
                LineItem::Buyout | LineItem::Handling | LineItem::TaxEffect
            ) {
                prop_assert_eq!(
                    split.stat,
                    Decimal::ZERO,
                    "{:?} is the kommune's alone",
                    item
                );
            }
            kommune += split.kommune;
            stat += split.stat;
        }
        prop_assert_eq!(net.kommune, kommune);
        prop_assert_eq!(net.stat, stat);
        prop_assert_eq!(net.public(), net.kommune + net.stat);
    }
    if !s.perspective.include_income_tax {
        prop_assert_eq!(out.totals.get(LineItem::TaxEffect), Split::default());
    }
    // Each cost line's total splits into kommune and stat, and together
    // they are the cost lines' item.
    prop_assert_eq!(out.cost_lines.len(), s.costs.len());
    let mut lines = Split::default();
    for (line, figures) in s.costs.iter().zip(&out.cost_lines) {
        let total = &figures.total;
        // Its years add up to its total.
        prop_assert_eq!(figures.years.len(), out.years.len());
        let by_year = figures
            .years
            .iter()
            .try_fold(Split::default(), |acc, y| acc.plus(*y))
            .expect("no overflow");
        prop_assert!(close(by_year.kommune, total.kommune, TINY));
        prop_assert!(close(by_year.stat, total.stat, TINY));
        prop_assert_eq!(total.public(), total.kommune + total.stat);
        prop_assert!(total.kommune <= Decimal::ZERO && total.stat <= Decimal::ZERO);
        if line.state_pct.is_zero() {
            prop_assert_eq!(total.stat, Decimal::ZERO);
        }
        lines = lines.plus(*total).expect("no overflow");
    }
    prop_assert!(close(
        lines.kommune,
        out.totals.get(LineItem::CostLines).kommune,
        TINY
    ));
    prop_assert!(close(
        lines.stat,
        out.totals.get(LineItem::CostLines).stat,
        TINY
    ));

    // The cumulative net runs month by month and ends at the total. (The
    // total sums each item over years first, the cumulative each month's
    // net: equal up to the last of 28 significant digits.)
    let mut cumulative = Decimal::ZERO;
    for m in &out.months {
        cumulative += m.net.kommune;
        prop_assert_eq!(m.cumulative_kommune, cumulative);
    }
    let last = out
        .months
        .last()
        .map_or(Decimal::MAX, |m| m.cumulative_kommune);
    prop_assert!(
        close(last, out.net.kommune, PRECISION),
        "cumulative {} ≠ net {}",
        last,
        out.net.kommune
    );

    // Payback: from that month on the cumulative net never falls below zero,
    // and the month before it was below zero.
    match out.payback {
        Some(p) => {
            let i = p.month_number as usize - 1;
            prop_assert_eq!(p.at, out.months[i].at);
            prop_assert!(out.months[i..]
                .iter()
                .all(|m| m.cumulative_kommune >= Decimal::ZERO));
            if i > 0 {
                prop_assert!(out.months[i - 1].cumulative_kommune < Decimal::ZERO);
            }
        }
        None => prop_assert!(out.net.kommune < Decimal::ZERO),
    }
    prop_assert_eq!(
        out.npv_kommune.is_some(),
        !s.perspective.discount_pct.is_zero()
    );
    if s.perspective.discount_pct.is_zero() || out.years.len() == 1 {
        // One year is not discounted.
        if let Some(npv) = out.npv_kommune {
            prop_assert!(close(npv, out.net.kommune, TINY));
        }
    }

    // Case-months: the months add up to the per-case figure and to the
    // groups; what falls inside plus what falls after the horizon is every
    // case-month shortened.
    let month_sum: Decimal = out.months.iter().map(|m| m.case_months).sum();
    prop_assert_eq!(month_sum, out.per_case.case_months);
    let group_sum: Decimal = out.groups.iter().map(|g| g.case_months).sum();
    prop_assert!(close(group_sum, out.per_case.case_months, TINY));
    for (gi, (g, go)) in s.groups.iter().zip(&out.groups).enumerate() {
        let after: Decimal = out
            .warnings
            .iter()
            .filter_map(|w| match w {
                Warning::EffectsAfterHorizon { group, case_months } if *group == gi => {
                    Some(*case_months)
                }
                _ => None,
            })
            .sum();
        prop_assert!(after >= Decimal::ZERO);
        // Only the granted cases move.
        prop_assert!(
            close(
                go.case_months + after,
                g.cases_shortened * g.months_shortened * g.granted_pct / Decimal::ONE_HUNDRED,
                TINY
            ),
            "group {}: {} inside + {} after ≠ {} × {}",
            gi,
            go.case_months,
            after,
            g.cases_shortened,
            g.months_shortened
        );
        prop_assert!(go.cases_moved <= g.cases_shortened + PRECISION);
        if rate_adjustment_free(s) {
            check_group_gross(s, g, go)?;
        }
    }
    Ok(())
}

/// No amount rises within the horizon: no adjustment and no published
/// regulation in the years it covers.
fn rate_adjustment_free(s: &Scenario) -> bool {
    let years = s.horizon_months as usize / 12 + 2;
    afkortning::engine::indexing::year_factors(s, years)
        .is_ok_and(|factors| factors.iter().all(|f| *f == Decimal::ONE))
}

/// Without a rate adjustment every case-month costs the same: kommune and
/// stat of each benefit line add up to rate × case-months.
fn check_group_gross(
    s: &Scenario,
    g: &CaseGroup,
    go: &afkortning::engine::outcome::GroupOutcome,
) -> Result<(), TestCaseError> {
    let rfy = InputId::group(0, Field::RfyMonthly)
        .get(&Scenario {
            groups: vec![g.clone()],
            ..s.clone()
        })
        .expect("a valid rate");
    let fp = InputId::group(0, Field::FpMonthly)
        .get(&Scenario {
            groups: vec![g.clone()],
            ..s.clone()
        })
        .expect("a valid rate");
    let cm = go.case_months;
    let public = |item| go.items.get(item).public();
    prop_assert!(close(public(LineItem::RfySaved), rfy * cm, TINY));
    prop_assert!(close(
        public(LineItem::IndsatsSaved),
        g.indsats.monthly * cm,
        TINY
    ));
    // Each destination's share of the case-months at its own amount.
    let d = &g.destinations;
    let alone = Scenario {
        groups: vec![g.clone()],
        ..s.clone()
    };
    let share = |kind| d.share_pct(kind).expect("shares") / Decimal::ONE_HUNDRED;
    let paid = [
        (LineItem::FpAdded, DestinationKind::Fp, fp),
        (
            LineItem::FleksjobAdded,
            DestinationKind::Fleksjob,
            monthly_of(&alone, 0, Field::FleksjobMonthly),
        ),
        (
            LineItem::KontanthjaelpAdded,
            DestinationKind::Kontanthjaelp,
            monthly_of(&alone, 0, Field::KontanthjaelpMonthly),
        ),
    ];
    for (item, kind, monthly) in paid {
        prop_assert!(
            close(public(item), -monthly * cm * share(kind), TINY),
            "{:?}",
            item
        );
    }
    // Handling is spent on every case put forward, granted or not.
    prop_assert!(close(
        public(LineItem::Handling) * g.granted_pct / Decimal::ONE_HUNDRED,
        -g.handling_per_case * go.cases_moved,
        TINY
    ));
    // Tax on the change from RFY to each destination's benefit (a job's
    // is none); what lasts has tax of its own.
    if !g.has_lasting_difference() {
        let tax = if s.perspective.include_income_tax {
            let destinations: Decimal = paid
                .iter()
                .map(|(_, kind, monthly)| share(*kind) * (*monthly - rfy))
                .sum::<Decimal>()
                - share(DestinationKind::Job) * rfy;
            s.perspective.income_tax_pct / Decimal::ONE_HUNDRED * destinations * cm
        } else {
            Decimal::ZERO
        };
        prop_assert!(close(public(LineItem::TaxEffect), tax, TINY));
    }
    Ok(())
}

/// `cases` per property; `PROPTEST_CASES=…` overrides it for a deeper run.
fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(256))]

    /// Sensitivity tries a group's inputs on that group alone; the nets must
    /// be what evaluating the whole changed scenario gives. They are summed in
    /// another order, so they may differ where 28 digits run out: far below
    /// an øre, hence the 10⁻⁹ kr. allowed.
    #[test]
    fn sensitivity_by_group_matches_evaluating_the_whole_scenario(s in valid_scenario()) {
        let rows = sensitivity(&s).map_err(|Rejected(e)| TestCaseError::fail(format!("{:?}", messages(&e))))?;
        prop_assert!(!rows.is_empty());
        let close = |a: Decimal, b: Decimal| (a - b).abs() <= dec!(0.000000001);
        for row in &rows {
            for (value, net) in [(row.low, row.net_low), (row.high, row.net_high)] {
                let whole = afkortning::engine::solve::net_with(&s, row.input, value)
                    .map_err(|Rejected(e)| TestCaseError::fail(format!("{:?}", messages(&e))))?;
                prop_assert!(close(net, whole), "{}: {} at {} vs {}", row.input.path(), net, value, whole);
            }
        }
    }

    #[test]
    fn generated_scenarios_are_valid_and_keep_the_outcome_invariants(s in valid_scenario()) {
        let errors = validate(&s);
        prop_assert!(errors.is_empty(), "{:?}", messages(&errors));
        let out = outcome(&s)?;
        check_outcome(&s, &out)?;
    }

    /// Net for the kommune, less the buy-out, is linear in the cases
    /// shortened: every case-month, move and handling cost scales with them.
    #[test]
    fn net_is_linear_in_the_cases_shortened(
        s in valid_scenario(),
        k in prop_oneof![Just(Decimal::ZERO), Just(dec!(2)), dec_in(0, 5, 2)],
    ) {
        let base = outcome(&s)?;
        let mut scaled = s.clone();
        for g in &mut scaled.groups {
            g.cases_shortened *= k;
            g.cases_reviewed = g.cases_reviewed.max(g.cases_shortened);
        }
        let out = outcome(&scaled)?;
        let without_buyout =
            |o: &Outcome| o.net.kommune - o.totals.get(LineItem::Buyout).kommune;
        prop_assert_eq!(
            out.totals.get(LineItem::Buyout),
            base.totals.get(LineItem::Buyout)
        );
        prop_assert!(
            close(without_buyout(&out), k * without_buyout(&base), TINY),
            "× {}: {} vs {} × {}",
            k,
            without_buyout(&out),
            k,
            without_buyout(&base)
        );
        prop_assert!(close(out.net.stat, k * base.net.stat, TINY));
    }

    /// More indsats saved per case-month never makes the net worse, for the
    /// kommune or the state.
    #[test]
    fn more_indsats_saved_never_worsens_the_net(
        s in valid_scenario(),
        group in 0usize..4,
        extra in amount(0, 50_000),
    ) {
        let base = outcome(&s)?;
        let mut more = s.clone();
        let group = group % s.groups.len();
        more.groups[group].indsats.monthly += extra;
        let out = outcome(&more)?;
        prop_assert!(out.net.kommune >= base.net.kommune);
        prop_assert!(out.net.stat >= base.net.stat);
    }
}

/// Inputs the net is a straight line in, and a few it is not.
const AFFINE: [Field; 9] = [
    Field::IndsatsMonthly,
    Field::RfyMonthly,
    Field::FpMonthly,
    Field::HandlingPerCase,
    Field::CasesShortened,
    Field::FpRefusionPct,
    Field::HoursPerWeek,
    Field::AnnualCost,
    Field::OverheadPct,
];
const WHOLE: [Field; 4] = [
    Field::InvestmentMonths,
    Field::InvestmentFromMonth,
    Field::TimingMonth,
    Field::TimingOverMonths,
];

fn net_at(s: &Scenario, input: InputId, value: Decimal) -> Result<Decimal, TestCaseError> {
    let mut changed = s.clone();
    input
        .set(&mut changed, value)
        .map_err(|e| TestCaseError::fail(format!("cannot set {}: {e:?}", input.path())))?;
    Ok(outcome(&changed)?.net.kommune)
}

/// The net over the whole allowed range of an input that is not a straight
/// line: every whole value, or months shortened in steps of a quarter.
fn scan(s: &Scenario, input: InputId) -> Result<Vec<(Decimal, Decimal)>, TestCaseError> {
    let (min, max) = afkortning::engine::solve::effective_range(s, input);
    let step = if input.spec().integer {
        Decimal::ONE
    } else {
        dec!(0.25)
    };
    let mut nets = Vec::new();
    let mut x = min;
    while x <= max {
        nets.push((x, net_at(s, input, x)?));
        x += step;
    }
    Ok(nets)
}

/// Checks a break-even answer by evaluating the scenario at the value found.
fn check_break_even(s: &Scenario, input: InputId, target: Decimal) -> Result<(), TestCaseError> {
    let result = break_even(s, input, target).map_err(|Rejected(e)| {
        TestCaseError::fail(format!(
            "break_even({}) failed: {:?}",
            input.path(),
            messages(&e)
        ))
    })?;
    let spec = input.spec();
    match result {
        BreakEven::Reached {
            value,
            net_at_value,
            ..
        } => {
            let net = net_at(s, input, value)?;
            prop_assert!(
                close(net, net_at_value, PRECISION),
                "{} = {}: net {} but reported {}",
                input.path(),
                value,
                net,
                net_at_value
            );
            if spec.integer {
                // The first whole value at or past the target: the net there
                // is on the target's side, and a neighbour is on the other.
                prop_assert!(value.fract().is_zero());
                prop_assert!(
                    net_at_value >= target - PRECISION,
                    "{} = {}: {} < {}",
                    input.path(),
                    value,
                    net_at_value,
                    target
                );
                if net_at_value != target {
                    let (min, max) = afkortning::engine::solve::effective_range(s, input);
                    let mut other_side = false;
                    for neighbour in [value - Decimal::ONE, value + Decimal::ONE] {
                        if neighbour >= min && neighbour <= max {
                            other_side |= net_at(s, input, neighbour)? < target;
                        }
                    }
                    prop_assert!(
                        other_side,
                        "{} = {} is not next to the crossing",
                        input.path(),
                        value
                    );
                }
            } else {
                prop_assert!(
                    close(net, target, dec!(0.01)),
                    "{} = {}: net {} for target {}",
                    input.path(),
                    value,
                    net,
                    target
                );
            }
        }
        BreakEven::OutOfRange {
            net_at_min,
            net_at_max,
            min,
            max,
            ..
        } => {
            prop_assert!(close(net_at_min, net_at(s, input, min)?, PRECISION));
            prop_assert!(close(net_at_max, net_at(s, input, max)?, PRECISION));
            // Both ends lie on the same side of the target: otherwise the
            // net crosses it somewhere in between.
            let (lo, hi) = (net_at_min.min(net_at_max), net_at_min.max(net_at_max));
            prop_assert!(
                target < lo || target > hi,
                "{}: target {} is between {} and {}",
                input.path(),
                target,
                lo,
                hi
            );
            // And nowhere in between, for inputs that are not straight lines.
            if !spec.affine {
                let nets = scan(s, input)?;
                prop_assert!(
                    nets.iter().all(|(_, net)| *net < target)
                        || nets.iter().all(|(_, net)| *net > target),
                    "{}: said unreachable, but the net crosses {} on {:?}",
                    input.path(),
                    target,
                    nets
                );
            }
        }
        BreakEven::NoEffect { current } => {
            let (min, max) = afkortning::engine::solve::effective_range(s, input);
            // Exactly no effect can still show in the 28th digit: with income
            // tax at 48 % and the state refunding 52 % of RFY, the kommune's
            // RFY saved (48 %) and the tax it loses on it (48 %) cancel, but
            // each product is rounded on its own (seen: 10⁻²⁴ kr.).
            let (at_min, at_max) = (net_at(s, input, min)?, net_at(s, input, max)?);
            prop_assert!(close(at_min, at_max, TINY), "{} vs {}", at_min, at_max);
            if !spec.affine {
                let base = net_at(s, input, current)?;
                let nets = scan(s, input)?;
                prop_assert!(
                    nets.iter().all(|(_, net)| close(*net, base, TINY)),
                    "{}: said no effect, but {:?}",
                    input.path(),
                    nets
                );
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(64))]

    /// At the break-even value the net really is at the target.
    #[test]
    fn break_even_value_gives_the_target_net(
        s in valid_scenario(),
        field in prop::sample::select(AFFINE.to_vec()),
        group in 0usize..4,
        offset in prop_oneof![Just(Decimal::ZERO), amount(-300_000, 300_000)],
    ) {
        let input = InputId::group(group % s.groups.len(), field);
        let net = outcome(&s)?.net.kommune;
        let target = net.round_dp(2) + offset;
        check_break_even(&s, input, target)?;
        // Given the net the app already has, the answer is the same.
        prop_assert_eq!(
            afkortning::engine::break_even_from(&s, net, input, target),
            break_even(&s, input, target)
        );
    }

    /// The same for months shortened (piecewise linear) and whole-number
    /// inputs (the first whole value at or past the target).
    #[test]
    fn break_even_on_inputs_that_are_not_straight_lines(
        s in valid_scenario(),
        field in prop::sample::select(
            [&[Field::MonthsShortened][..], &WHOLE[..]].concat()
        ),
        group in 0usize..4,
        offset in amount(-200_000, 200_000),
    ) {
        let input = InputId::group(group % s.groups.len(), field);
        if input.get(&s).is_none() {
            // A timing field of the other kind.
            return Ok(());
        }
        let target = outcome(&s)?.net.kommune.round_dp(2) + offset;
        check_break_even(&s, input, target)?;
    }
}

// ---------------------------------------------------------------------------
// Arbitrary scenarios: nothing may panic

fn wild_decimal() -> BoxedStrategy<Decimal> {
    prop_oneof![
        Just(Decimal::ZERO),
        Just(Decimal::MAX),
        Just(Decimal::MIN),
        Just(Decimal::new(1, 28)),
        Just(Decimal::new(-1, 28)),
        Just(Decimal::new(-1, 0)),
        any::<i64>().prop_map(Decimal::from),
        (any::<i64>(), 0u32..=28).prop_map(|(n, scale)| Decimal::new(n, scale)),
        (
            any::<u32>(),
            any::<u32>(),
            any::<u32>(),
            any::<bool>(),
            0u32..=28
        )
            .prop_map(|(lo, mid, hi, negative, scale)| Decimal::from_parts(
                lo, mid, hi, negative, scale
            )),
        dec_in(-100, 1000, 2),
    ]
    .boxed()
}

fn wild_u32() -> BoxedStrategy<u32> {
    prop_oneof![
        Just(0),
        Just(1),
        Just(u32::MAX),
        Just(u32::MAX - 1),
        0u32..=300,
        any::<u32>()
    ]
    .boxed()
}

fn wild_u16() -> BoxedStrategy<u16> {
    prop_oneof![Just(0), Just(u16::MAX), 1990u16..=2130, any::<u16>()].boxed()
}

fn wild_u8() -> BoxedStrategy<u8> {
    prop_oneof![Just(0), Just(u8::MAX), 0u8..=13, any::<u8>()].boxed()
}

fn wild_text() -> BoxedStrategy<String> {
    prop_oneof![
        4 => "\\PC{0,12}",
        1 => Just("æ".repeat(201)),
        1 => Just("x".repeat(5001)),
        1 => Just(String::new()),
    ]
    .boxed()
}

fn wild_benefit_refusion() -> BoxedStrategy<BenefitRefusion> {
    prop_oneof![
        wild_u32().prop_map(|weeks_on_benefit| BenefitRefusion::Trappe { weeks_on_benefit }),
        wild_decimal().prop_map(|pct| BenefitRefusion::Custom { pct }),
    ]
    .boxed()
}

prop_compose! {
    fn wild_group()(
        label in wild_text(),
        cases in (wild_decimal(), wild_decimal(), wild_decimal()),
        timing in prop_oneof![
            (wild_u32(), wild_u32()).prop_map(|(from_month, over_months)| Timing::Even { from_month, over_months }),
            wild_u32().prop_map(|month| Timing::FromMonth { month }),
        ],
        rfy_rate in prop_oneof![
            (wild_u16(), any::<bool>()).prop_map(|(year, first)| Rate::Table {
                year,
                status: if first { RfyStatus::Forsorger } else { RfyStatus::IkkeForsorger },
            }),
            wild_decimal().prop_map(|monthly| Rate::Custom { monthly }),
        ],
        fp_rate in prop_oneof![
            (wild_u16(), any::<bool>()).prop_map(|(year, first)| Rate::Table {
                year,
                status: if first { FpStatus::Enlig } else { FpStatus::GiftSamlevende },
            }),
            wild_decimal().prop_map(|monthly| Rate::Custom { monthly }),
        ],
        refusion in (wild_benefit_refusion(), wild_benefit_refusion()),
        indsats_monthly in wild_decimal(),
        indsats_refusion in prop_oneof![
            Just(IndsatsRefusion::ByYear),
            wild_decimal().prop_map(|pct| IndsatsRefusion::Custom { pct }),
        ],
        handling_per_case in wild_decimal(),
    ) -> CaseGroup {
        CaseGroup {
            label,
            cases_reviewed: cases.0,
            cases_shortened: cases.1,
            months_shortened: cases.2,
            timing,
            rfy: Benefit { rate: rfy_rate, refusion: refusion.0 },
            indsats: Indsats { monthly: indsats_monthly, refusion: indsats_refusion },
            fp: Benefit { rate: fp_rate, refusion: refusion.1 },
            handling_per_case,
            granted_pct: dec!(100),
            months_left: None,
            destinations: Destinations::all_fp(),
            counterfactual: Counterfactual::anyway(),
        }
    }
}

fn input_path() -> BoxedStrategy<String> {
    let known: Vec<String> = Field::SCENARIO_FIELDS
        .into_iter()
        .map(|f| InputId::scenario(f).path())
        .chain(
            Field::GROUP_FIELDS
                .into_iter()
                .flat_map(|f| [0, 1, 7].map(|g| InputId::group(g, f).path())),
        )
        .collect();
    prop_oneof![
        3 => prop::sample::select(known),
        1 => "\\PC{0,20}",
        1 => Just("groups[99999999999999999999].cases_shortened".to_string()),
    ]
    .boxed()
}

prop_compose! {
    fn wild_range()(input in input_path(), low in wild_decimal(), likely in proptest::option::of(wild_decimal()), high in wild_decimal()) -> InputRange {
        InputRange { input, low, likely, high }
    }
}

fn source_note() -> BoxedStrategy<SourceNote> {
    (
        prop::sample::select(vec![
            SourceKind::SeedMemo,
            SourceKind::Published,
            SourceKind::Derived,
            SourceKind::Assumption,
            SourceKind::User,
        ]),
        wild_text(),
        proptest::option::of(wild_text()),
    )
        .prop_map(|(kind, text, text_en)| SourceNote {
            kind,
            text,
            text_en,
        })
        .boxed()
}

prop_compose! {
    /// Anything the types allow, valid or not.
    fn wild_scenario()(
        version in wild_u32(),
        name in wild_text(),
        description in wild_text(),
        start in (wild_u16(), wild_u8()),
        horizon_months in wild_u32(),
        groups in vec(wild_group().boxed(), 0..=4),
        many_groups in prop_oneof![4 => Just(None), 1 => prop::sample::select(vec![100usize, 101, 200]).prop_map(Some)],
        investment in (wild_decimal(), wild_decimal(), wild_decimal(), wild_decimal(), wild_u32(), wild_u32()),
        perspective in (any::<bool>(), wild_decimal(), wild_decimal(), wild_decimal()),
        ranges in vec(wild_range(), 0..=3),
        sources in proptest::collection::btree_map(input_path(), source_note(), 0..=2),
    ) -> Scenario {
        let mut groups = groups;
        if let (Some(n), Some(first)) = (many_groups, groups.first().cloned()) {
            groups.resize(n, first);
        }
        Scenario {
            version,
            name,
            description,
            start: YearMonth { year: start.0, month: start.1 },
            horizon_months,
            groups,
            costs: Vec::new(),
            investment: Investment {
                hours_per_week: investment.0,
                full_time_hours: investment.1,
                annual_cost: investment.2,
                overhead_pct: investment.3,
                months: investment.4,
                from_month: investment.5,
            },
            perspective: Perspective {
                include_income_tax: perspective.0,
                income_tax_pct: perspective.1,
                discount_pct: perspective.2,
                rate_adjustment_pct: perspective.3,
                indexing: Indexing::PublishedThenAssumption,
            },
            ranges,
            sources: sources.into_iter().collect(),
        }
    }
}

/// Every field, from the engine's own lists, so a new field is fuzzed too.
fn all_fields() -> Vec<Field> {
    Field::SCENARIO_FIELDS
        .into_iter()
        .chain(Field::GROUP_FIELDS)
        .collect()
}

/// One extreme value put into an otherwise valid scenario.
#[derive(Clone, Debug)]
enum Mutation {
    /// Through `InputId::set` (whole-number fields refuse what is not whole).
    Set(Field, usize, Decimal),
    /// Straight into a whole-number field, past what `set` allows.
    Whole(Field, usize, u32),
    TableYear(usize, u16),
    StartMonth(u8),
    Groups(usize),
}

fn mutation() -> BoxedStrategy<Mutation> {
    prop_oneof![
        (
            prop::sample::select(all_fields()),
            0usize..5,
            wild_decimal()
        )
            .prop_map(|(f, g, v)| Mutation::Set(f, g, v)),
        (prop::sample::select(all_fields()), 0usize..5, wild_u32())
            .prop_map(|(f, g, v)| Mutation::Whole(f, g, v)),
        (0usize..5, wild_u16()).prop_map(|(g, y)| Mutation::TableYear(g, y)),
        wild_u8().prop_map(Mutation::StartMonth),
        prop::sample::select(vec![0usize, 1, 100, 101, 200]).prop_map(Mutation::Groups),
    ]
    .boxed()
}

fn apply(s: &mut Scenario, m: &Mutation) {
    match *m {
        Mutation::Set(field, group, value) => {
            let _ = InputId::group(group, field).set(s, value);
        }
        Mutation::Whole(field, group, value) => {
            let g = s.groups.get_mut(group);
            match (field, g) {
                (Field::HorizonMonths, _) => s.horizon_months = value,
                (Field::StartYear, _) => s.start.year = value as u16,
                (Field::InvestmentMonths, _) => s.investment.months = value,
                (Field::InvestmentFromMonth, _) => s.investment.from_month = value,
                (
                    Field::TimingFromMonth | Field::TimingOverMonths | Field::TimingMonth,
                    Some(g),
                ) => {
                    g.timing = match field {
                        Field::TimingMonth => Timing::FromMonth { month: value },
                        Field::TimingFromMonth => Timing::Even {
                            from_month: value,
                            over_months: 1,
                        },
                        _ => Timing::Even {
                            from_month: 1,
                            over_months: value,
                        },
                    }
                }
                (Field::RfyWeeks, Some(g)) => {
                    g.rfy.refusion = BenefitRefusion::Trappe {
                        weeks_on_benefit: value,
                    }
                }
                (Field::FpWeeks, Some(g)) => {
                    g.fp.refusion = BenefitRefusion::Trappe {
                        weeks_on_benefit: value,
                    }
                }
                _ => {}
            }
        }
        Mutation::TableYear(group, year) => {
            if let Some(g) = s.groups.get_mut(group) {
                g.fp.rate = Rate::Table {
                    year,
                    status: FpStatus::Enlig,
                };
            }
        }
        Mutation::StartMonth(month) => s.start.month = month,
        Mutation::Groups(n) => {
            if let Some(first) = s.groups.first().cloned() {
                s.groups.resize(n, first);
            } else {
                s.groups.clear();
            }
        }
    }
}

prop_compose! {
    /// A valid scenario with one to three extreme values put in: near the
    /// edges, where the engine does the most.
    fn mutated_scenario()(mut s in valid_scenario().boxed(), mutations in vec(mutation(), 1..=3)) -> Scenario {
        for m in &mutations {
            apply(&mut s, m);
        }
        s
    }
}

/// Calls everything on a scenario; all must answer Ok or Err with messages.
fn exercise(s: &Scenario, inputs: &[(Field, usize, Decimal)]) -> Result<(), TestCaseError> {
    let errors = validate(s);
    if !errors.is_empty() {
        check_messages(&errors)?;
    }
    match evaluate(s) {
        Ok(out) => {
            prop_assert!(
                errors.is_empty(),
                "evaluated despite {:?}",
                messages(&errors)
            );
            prop_assert_eq!(out.months.len(), s.horizon_months as usize);
            // "Show the working" evaluates with a recorder: the same outcome,
            // on every input the untraced evaluation takes.
            let traced = evaluate_traced(s).map(|(o, _)| o);
            prop_assert_eq!(traced.as_ref().ok(), Some(&out));
        }
        Err(Rejected(rejected)) => {
            check_messages(&rejected)?;
            if !errors.is_empty() {
                prop_assert_eq!(&rejected, &errors);
            }
        }
    }
    // Sensitivity and break-even evaluate the scenario once per input and
    // step: at the group limit (100) that is minutes in a debug build, and
    // the code per group is the same, so they run on the smaller ones.
    if s.groups.len() <= 8 {
        if let Err(Rejected(e)) = sensitivity(s) {
            check_messages(&e)?;
        }
        for &(field, group, target) in inputs {
            if let Err(Rejected(e)) = break_even(s, InputId::group(group, field), target) {
                check_messages(&e)?;
            }
        }
    }
    // Whatever the app holds can be saved and opened again, unchanged.
    let expected = Scenario {
        version: CURRENT_VERSION,
        ..s.clone()
    };
    for text in [document::to_json(s), document::to_json_compact(s)] {
        match document::read(&text) {
            Ok(read) => prop_assert_eq!(&read, &expected),
            Err(e) => {
                check_messages(&e)?;
                prop_assert!(
                    false,
                    "a written document does not read: {:?}",
                    messages(&e)
                );
            }
        }
        match document::read_valid(&text) {
            Ok(_) => prop_assert!(errors.is_empty()),
            Err(e) => check_messages(&e)?,
        }
    }
    Ok(())
}

fn break_even_calls() -> impl Strategy<Value = Vec<(Field, usize, Decimal)>> {
    vec(
        (
            prop::sample::select(all_fields()),
            prop_oneof![0usize..3, Just(usize::MAX)],
            prop_oneof![Just(Decimal::ZERO), wild_decimal()],
        ),
        0..=2,
    )
}

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn arbitrary_scenarios_never_panic(s in wild_scenario().boxed(), calls in break_even_calls()) {
        exercise(&s, &calls)?;
    }

    #[test]
    fn scenarios_with_extreme_values_never_panic(s in mutated_scenario(), calls in break_even_calls()) {
        exercise(&s, &calls)?;
    }
}

// ---------------------------------------------------------------------------
// Arbitrary documents: reading never panics

/// Reads a document; an error must explain itself in both languages, and a
/// document that reads must survive a round trip.
fn check_read(text: &str) -> Result<(), TestCaseError> {
    match document::read(text) {
        Ok(s) => {
            let again = document::read(&document::to_json(&s));
            prop_assert_eq!(again.as_ref().ok(), Some(&s));
            let _ = validate(&s);
            let _ = evaluate(&s);
        }
        Err(e) => check_messages(&e)?,
    }
    if let Err(e) = document::read_valid(text) {
        check_messages(&e)?;
    }
    Ok(())
}

#[derive(Clone, Debug)]
enum Edit {
    Flip(usize, u8),
    Delete(usize),
    Insert(usize, u8),
}

fn edit() -> impl Strategy<Value = Edit> {
    let byte = prop_oneof![
        prop::sample::select(b"{}[]\",:0123456789-.eE tfn\\".to_vec()),
        any::<u8>()
    ];
    prop_oneof![
        (any::<usize>(), 1u8..=255).prop_map(|(i, bits)| Edit::Flip(i, bits)),
        any::<usize>().prop_map(Edit::Delete),
        (any::<usize>(), byte).prop_map(|(i, b)| Edit::Insert(i, b)),
    ]
}

fn preset_document() -> impl Strategy<Value = &'static str> {
    prop::sample::select(
        presets::PRESETS
            .iter()
            .map(|p| p.document)
            .collect::<Vec<_>>(),
    )
}

/// A JSON value to put in place of part of a document.
fn wild_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::{json, Value};
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        Just(json!(1e300)),
        Just(json!(-0.0)),
        Just(json!("1e5")),
        Just(json!("NaN")),
        Just(json!("-79228162514264337593543950336")),
        Just(json!("0.00000000000000000000000000001")),
        "\\PC{0,10}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 12, 4, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map("[a-z_]{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Replaces the `n`-th node (depth first) of `value` with `new`.
fn replace_node(value: &mut serde_json::Value, n: &mut usize, new: &serde_json::Value) -> bool {
    if *n == 0 {
        *value = new.clone();
        return true;
    }
    *n -= 1;
    match value {
        serde_json::Value::Array(items) => items.iter_mut().any(|v| replace_node(v, n, new)),
        serde_json::Value::Object(map) => map.values_mut().any(|v| replace_node(v, n, new)),
        _ => false,
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn reading_random_text_never_panics(text in prop_oneof![
        any::<String>(),
        "[\\[\\]{}\",:0-9a-z_ .eE-]{0,200}",
        "\\{\"version\": ?[0-9-]{1,25}(, ?\"[a-z_]{1,12}\": ?[0-9\"\\[\\]{}a-z]{0,12}){0,4}\\}",
    ]) {
        check_read(&text)?;
    }

    #[test]
    fn reading_a_damaged_preset_never_panics(doc in preset_document(), edits in vec(edit(), 1..=8)) {
        let mut bytes = doc.as_bytes().to_vec();
        for e in &edits {
            match *e {
                Edit::Flip(i, bits) => {
                    let i = i % bytes.len().max(1);
                    if let Some(b) = bytes.get_mut(i) {
                        *b ^= bits;
                    }
                }
                Edit::Delete(i) => {
                    if !bytes.is_empty() {
                        let i = i % bytes.len();
                        bytes.remove(i);
                    }
                }
                Edit::Insert(i, b) => {
                    let i = i % (bytes.len() + 1);
                    bytes.insert(i, b);
                }
            }
        }
        check_read(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn reading_a_preset_with_a_replaced_value_never_panics(
        doc in preset_document(),
        node in 0usize..200,
        new in wild_json(),
    ) {
        let mut value: serde_json::Value = serde_json::from_str(doc).expect("presets are JSON");
        let mut n = node;
        replace_node(&mut value, &mut n, &new);
        check_read(&value.to_string())?;
    }
}

#[test]
fn reading_edge_case_documents_never_panics() {
    let preset = presets::PRESETS[0].document;
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let deep_object = format!(
        "{{\"version\": 1, \"name\": {}1{}}}",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let huge = format!("{}{}", preset, " ".repeat(document::MAX_DOCUMENT_BYTES));
    let cases = [
        "",
        " ",
        "null",
        "[]",
        "{}",
        "0",
        "\"version\"",
        "{\"version\": 1}",
        "{\"version\": -1}",
        "{\"version\": 1.5}",
        "{\"version\": \"1\"}",
        "{\"version\": null}",
        "{\"version\": 18446744073709551615}",
        "{\"version\": 18446744073709551616}",
        "{\"version\": 1e999}",
        &deep,
        &deep_object,
        &huge,
        &preset.replace("\"15\"", "1e400"),
        &preset.replace("\"15\"", "\"1e400\""),
        &preset.replace("\"15\"", "79228162514264337593543950336"),
        &preset.replace("\"15\"", "\"79228162514264337593543950336\""),
        &preset.replace("\"15\"", "-0.0000000000000000000000000000001"),
        &preset.replace("\"version\": 1", "\"version\": 4294967296"),
    ];
    for text in cases {
        if let Err(e) = check_read(text) {
            panic!("{}…: {e}", text.chars().take(60).collect::<String>());
        }
    }
}

// ---------------------------------------------------------------------------
// Issue 14: the granted share, destinations, the counterfactual and cost
// lines.

fn fp_monthly(s: &Scenario, group: usize) -> Decimal {
    InputId::group(group, Field::FpMonthly)
        .get(s)
        .unwrap_or(Decimal::ZERO)
}

fn monthly_of(s: &Scenario, group: usize, field: Field) -> Decimal {
    InputId::group(group, field).get(s).unwrap_or(Decimal::ZERO)
}

/// A destination whose amount is typed or a table figure (a year each table
/// has, or one after the last row, indexed), for either item.
fn destination<I: Named + std::fmt::Debug>() -> impl Strategy<Value = Destination<I>> {
    let item = prop::sample::select(I::NAMES.iter().map(|(_, i)| *i).collect::<Vec<_>>());
    let rate = prop_oneof![
        amount(0, 30_000).prop_map(|monthly| Rate::Custom { monthly }),
        (prop::sample::select(vec![2024u16, 2026, 2028]), item)
            .prop_map(|(year, status)| Rate::Table { year, status }),
    ];
    (rate, benefit_refusion()).prop_map(|(rate, refusion)| Destination {
        share_pct: Decimal::ZERO,
        rate,
        refusion,
    })
}

fn instead() -> impl Strategy<Value = Instead> {
    prop_oneof![
        Just(Instead::Kontanthjaelp),
        Just(Instead::Fleksjob),
        Just(Instead::Job),
        (amount(0, 30_000), benefit_refusion())
            .prop_map(|(monthly, refusion)| Instead::Typed { monthly, refusion }),
    ]
}

fn lasting() -> impl Strategy<Value = Lasting> {
    prop_oneof![
        Just(Lasting::UntilHorizon),
        prop_oneof![0u32..=24, 0u32..=240].prop_map(Lasting::Months),
    ]
}

/// What issue 14 adds to a group, drawn apart from the group itself.
#[derive(Clone, Debug)]
struct GroupExtras {
    granted_pct: Decimal,
    /// Months left beyond the months cut (`None`: no cap).
    months_left_over: Option<Decimal>,
    fleksjob: Destination<FleksjobItem>,
    kontanthjaelp: Destination<KontanthjaelpItem>,
    /// Shares to fleksjob, kontanthjælp and job, scaled to at most 100.
    shares: [u32; 3],
    counterfactual: Counterfactual,
}

prop_compose! {
    fn group_extras()(
        granted_pct in prop_oneof![Just(dec!(100)), pct()],
        months_left_over in prop::option::of(dec_in(0, 24, 1)),
        fleksjob in destination(),
        kontanthjaelp in destination(),
        shares in prop_oneof![Just([0u32; 3]), [0u32..=100, 0u32..=100, 0u32..=100]],
        anyway_pct in prop_oneof![Just(dec!(100)), pct()],
        instead in instead(),
        lasting in lasting(),
    ) -> GroupExtras {
        GroupExtras {
            granted_pct,
            months_left_over,
            fleksjob,
            kontanthjaelp,
            shares,
            counterfactual: Counterfactual { anyway_pct, instead, lasting },
        }
    }
}

impl GroupExtras {
    fn apply(&self, g: &mut CaseGroup) {
        let total: u32 = self.shares.iter().sum();
        let [f, k, j] = self
            .shares
            .map(|x| Decimal::from(if total > 100 { x * 100 / total } else { x }));
        g.granted_pct = self.granted_pct;
        g.months_left = self.months_left_over.map(|m| {
            (g.months_shortened + m)
                .min(dec!(60))
                .max(g.months_shortened)
        });
        g.destinations = Destinations {
            fleksjob: Destination {
                share_pct: f,
                ..self.fleksjob.clone()
            },
            kontanthjaelp: Destination {
                share_pct: k,
                ..self.kontanthjaelp.clone()
            },
            job_pct: j,
        };
        g.counterfactual = self.counterfactual.clone();
    }
}

/// Months of the horizon are drawn up to 60 and folded into it.
fn cost_line() -> impl Strategy<Value = CostLine> {
    let basis = prop_oneof![
        Just(CostBasis::PerReviewedCase),
        Just(CostBasis::PerShortenedCase),
        (1u32..=60, 0u32..=60)
            .prop_map(|(from_month, months)| CostBasis::Monthly { from_month, months }),
        (1u32..=60).prop_map(|month| CostBasis::OneOff { month }),
    ];
    (
        amount(0, 200_000),
        basis,
        prop_oneof![Just(Decimal::ZERO), Just(dec!(50)), pct()],
    )
        .prop_map(|(amount, basis, state_pct)| CostLine {
            label: "Linje".into(),
            amount,
            basis,
            state_pct,
        })
}

prop_compose! {
    /// A valid scenario with destinations, counterfactuals, granted shares,
    /// months left and cost lines.
    fn rich_scenario()(
        mut s in valid_scenario(),
        extras in vec(group_extras(), 4),
        mut costs in vec(cost_line(), 0..=3),
    ) -> Scenario {
        for (g, e) in s.groups.iter_mut().zip(&extras) {
            e.apply(g);
        }
        let horizon = s.horizon_months;
        for c in &mut costs {
            c.basis = match c.basis.clone() {
                CostBasis::Monthly { from_month, months } => CostBasis::Monthly {
                    from_month: within(from_month, horizon),
                    months,
                },
                CostBasis::OneOff { month } => CostBasis::OneOff { month: within(month, horizon) },
                other => other,
            };
        }
        s.costs = costs;
        s
    }
}

/// The document of `s` without what version 3 added, read as `version`.
fn read_as(s: &Scenario, version: u32) -> Result<Scenario, TestCaseError> {
    let mut v: serde_json::Value = serde_json::from_str(&document::to_json(s)).expect("JSON");
    v["version"] = version.into();
    v.as_object_mut().expect("a document").remove("costs");
    for g in v["groups"].as_array_mut().expect("groups") {
        let g = g.as_object_mut().expect("a group");
        for field in [
            "granted_pct",
            "months_left",
            "destinations",
            "counterfactual",
        ] {
            g.remove(field);
        }
    }
    if version == 1 {
        // Version 1 knew no indexing: the user's adjustment every year.
        if let Some(p) = v.get_mut("perspective").and_then(|p| p.as_object_mut()) {
            p.remove("indexing");
        }
    }
    document::read(&v.to_string()).map_err(|e| TestCaseError::fail(e[0].message(Lang::En)))
}

/// Every group's anyway share set to `pct`.
fn with_anyway(s: &Scenario, pct: Decimal) -> Scenario {
    let mut s = s.clone();
    for g in &mut s.groups {
        g.counterfactual.anyway_pct = pct;
    }
    s
}

proptest! {
    #![proptest_config(config(64))]

    /// With every case granted, every granted case bound for FP and all of
    /// them anyway, the destinations' amounts, the alternative, its lasting
    /// and the months left change nothing: the outcome is that of the same
    /// document read as version 2, and (with version 1's indexing) as
    /// version 1.
    #[test]
    fn anyway_and_granted_at_100_equal_the_version_1_and_2_result(
        s in valid_scenario(),
        extras in vec(group_extras(), 4),
        assumption_only in any::<bool>(),
    ) {
        let mut s = s;
        if assumption_only {
            s.perspective.indexing = Indexing::AssumptionOnly;
        }
        for (g, e) in s.groups.iter_mut().zip(&extras) {
            e.apply(g);
            g.granted_pct = dec!(100);
            g.destinations.fleksjob.share_pct = Decimal::ZERO;
            g.destinations.kontanthjaelp.share_pct = Decimal::ZERO;
            g.destinations.job_pct = Decimal::ZERO;
            g.counterfactual.anyway_pct = dec!(100);
        }
        let out = outcome(&s)?;
        let v2 = read_as(&s, 2)?;
        prop_assert_eq!(v2.groups[0].counterfactual.clone(), Counterfactual::anyway());
        prop_assert_eq!(&out, &outcome(&v2)?);
        if assumption_only {
            let v1 = read_as(&s, 1)?;
            prop_assert_eq!(v1.perspective.indexing, Indexing::AssumptionOnly);
            prop_assert_eq!(&out, &outcome(&v1)?);
        }
        // Nothing lasts, no destination besides FP has a row.
        for item in [
            LineItem::FleksjobAdded,
            LineItem::KontanthjaelpAdded,
            LineItem::LastingAdded,
            LineItem::InsteadSaved,
        ] {
            prop_assert!(!out.items_in_use.contains(&item));
        }
    }

    /// The net is a straight line in the anyway share: only the lasting
    /// case-months move with it, in proportion to 1 − the share. Checked
    /// with every group at the same share, against the ends 0 and 100.
    #[test]
    fn net_is_linear_in_the_anyway_share(s in rich_scenario(), x in pct()) {
        let at = |pct: Decimal| outcome(&with_anyway(&s, pct)).map(|o| o.net);
        let (none, all, mid) = (at(Decimal::ZERO)?, at(dec!(100))?, at(x)?);
        let t = x / Decimal::ONE_HUNDRED;
        for (part, n0, n1, nx) in [
            ("kommune", none.kommune, all.kommune, mid.kommune),
            ("stat", none.stat, all.stat, mid.stat),
        ] {
            let line = n0 + t * (n1 - n0);
            prop_assert!(close(nx, line, TINY), "{} at {}: {} vs {}", part, x, nx, line);
        }
    }

    /// Fewer who would have got their destination anyway never improves
    /// the net when the alternative costs no more than any destination a
    /// group sends cases to (a job: nothing), at the same refusion, with
    /// tax left out (tax returned on a higher benefit could outweigh the
    /// kommune's share of it).
    #[test]
    fn net_never_improves_as_the_anyway_share_falls(
        s in rich_scenario(),
        fall in 0u32..=100,
        refusion in vec(pct(), 4),
        fraction in vec(0u32..=100, 4),
    ) {
        let mut s = s;
        s.perspective.include_income_tax = false;
        for gi in 0..s.groups.len() {
            let refusion = BenefitRefusion::Custom { pct: refusion[gi] };
            let fp = fp_monthly(&s, gi);
            let fleksjob = monthly_of(&s, gi, Field::FleksjobMonthly);
            let kontanthjaelp = monthly_of(&s, gi, Field::KontanthjaelpMonthly);
            let g = &mut s.groups[gi];
            g.fp.refusion = refusion.clone();
            g.destinations.fleksjob.refusion = refusion.clone();
            g.destinations.kontanthjaelp.refusion = refusion.clone();
            let d = &g.destinations;
            let cheapest = [
                (DestinationKind::Fp, fp),
                (DestinationKind::Fleksjob, fleksjob),
                (DestinationKind::Kontanthjaelp, kontanthjaelp),
                (DestinationKind::Job, Decimal::ZERO),
            ]
            .into_iter()
            .filter(|(kind, _)| d.share_pct(*kind).is_some_and(|p| !p.is_zero()))
            .map(|(_, monthly)| monthly)
            .min()
            .unwrap_or(Decimal::ZERO);
            g.counterfactual.instead = Instead::Typed {
                monthly: (cheapest * Decimal::from(fraction[gi]) / Decimal::ONE_HUNDRED)
                    .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::ToZero),
                refusion,
            };
        }
        let base = outcome(&s)?;
        let mut fewer = s.clone();
        for g in &mut fewer.groups {
            g.counterfactual.anyway_pct =
                (g.counterfactual.anyway_pct - Decimal::from(fall)).max(Decimal::ZERO);
        }
        let out = outcome(&fewer)?;
        prop_assert!(
            out.net.kommune <= base.net.kommune + TINY,
            "{} > {}",
            out.net.kommune,
            base.net.kommune
        );
        prop_assert!(out.net.stat <= base.net.stat + TINY);
    }

    /// Every invariant of an outcome (kommune + stat = public for every
    /// item and net of every month, year, group and the totals; months add
    /// up to years and totals; the cost lines to their item) holds with
    /// destinations, lasting differences and cost lines.
    #[test]
    fn rich_scenarios_are_valid_and_keep_the_outcome_invariants(s in rich_scenario()) {
        let errors = validate(&s);
        prop_assert!(errors.is_empty(), "{:?}", messages(&errors));
        let out = outcome(&s)?;
        check_outcome(&s, &out)?;
        for (gi, (g, go)) in s.groups.iter().zip(&out.groups).enumerate() {
            // What lasts only where something lasts; stated beyond the
            // horizon when it lasts to it.
            if !g.has_lasting_difference() {
                prop_assert_eq!(go.items.get(LineItem::LastingAdded), Split::default());
                prop_assert_eq!(go.items.get(LineItem::InsteadSaved), Split::default());
            } else if g.counterfactual.lasting == Lasting::UntilHorizon {
                let stated = out.warnings.iter().any(|w| matches!(
                    w,
                    Warning::LastingAfterHorizon { group, case_months: None, .. } if *group == gi
                ));
                prop_assert!(stated, "group {} lasts to the horizon unstated", gi);
            }
        }
    }
}
