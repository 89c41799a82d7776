//! Each numeric input is declared once (`engine::inputs`), and what the app
//! does with a field follows from that declaration: the form's sections, the
//! wording, the document path, reading and writing, validation and the
//! decision-support lists. These tests walk every declared field, so a new
//! declaration is checked without a new test.

mod support;

use std::str::FromStr;

use afkortning::engine::inputs::{
    decision_inputs, Bound, DecisionRole, Field, InputId, Section, SetError, Source,
};
use afkortning::engine::scenario::{
    BenefitRefusion, Counterfactual, Instead, Lasting, Scenario, Timing,
};
use afkortning::engine::solve::effective_range;
use afkortning::engine::validate::{check_value, validate, Problem};
use afkortning::format::document;
use afkortning::lang::Lang;
use afkortning::text::{field_help, field_label};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde_json::Value;

/// The default preset (one group, timing spread evenly, refusion on the
/// ladder, every granted case to FP and all of them anyway) and the same
/// with the other timing kind, typed-in refusions, a months-left cap and a
/// typed alternative lasting some months, so every field applies in one of
/// them.
fn scenarios() -> [Scenario; 2] {
    let even = support::preset("your-municipality-latest");
    assert!(matches!(even.groups[0].timing, Timing::Even { .. }));
    assert!(matches!(
        even.groups[0].rfy.refusion,
        BenefitRefusion::Trappe { .. }
    ));
    let mut other = even.clone();
    other.groups[0].timing = Timing::FromMonth { month: 3 };
    other.groups[0].rfy.refusion = BenefitRefusion::Custom { pct: dec!(20) };
    other.groups[0].fp.refusion = BenefitRefusion::Custom { pct: dec!(20) };
    // The months-left cap applies only where it is given.
    other.groups[0].months_left = Some(dec!(24));
    // The typed alternative's amount and refusion apply only to a typed
    // alternative, the lasting months only to a lasting of some months.
    // Its refusion stays on the ladder, so it is from a rule until typed.
    other.groups[0].counterfactual = Counterfactual {
        anyway_pct: dec!(60),
        instead: Instead::Typed {
            monthly: dec!(13061),
            refusion: BenefitRefusion::Trappe {
                weeks_on_benefit: 53,
            },
        },
        lasting: Lasting::Months(36),
    };
    [even, other]
}

/// The first of the two scenarios in which `input` applies.
fn applying(input: InputId, even: &Scenario, other: &Scenario) -> Scenario {
    let s = if input.applies(even) { even } else { other };
    assert!(input.applies(s), "{input:?} applies in neither scenario");
    s.clone()
}

/// Every input of one group and of the scenario itself.
fn inputs() -> impl Iterator<Item = InputId> {
    Field::ALL.iter().map(|&f| {
        if f.is_group_field() {
            InputId::group(0, f)
        } else {
            InputId::scenario(f)
        }
    })
}

/// A value the field allows that differs from `current`.
fn another_value(input: InputId, current: Decimal) -> Decimal {
    let spec = input.spec();
    if current == spec.min {
        spec.min + Decimal::ONE
    } else {
        spec.min
    }
}

/// The JSON value at a field path such as `groups[0].rfy.rate.monthly`.
fn at<'a>(document: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.')
        .try_fold(document, |value, part| match part.strip_prefix("groups[") {
            Some(index) => value
                .get("groups")?
                .get(index.trim_end_matches(']').parse::<usize>().ok()?),
            None => value.get(part),
        })
}

fn number(value: &Value) -> Option<Decimal> {
    match value {
        Value::Number(n) => Decimal::from_str(&n.to_string()).ok(),
        Value::String(s) => Decimal::from_str(s).ok(),
        _ => None,
    }
}

#[test]
fn the_form_shows_every_declared_field_once_in_the_order_it_always_had() {
    let shown: Vec<Field> = Section::ALL
        .into_iter()
        .flat_map(Field::in_section)
        .collect();
    let mut sorted = shown.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), shown.len(), "a field is in two sections");
    assert_eq!(shown.len(), Field::ALL.len(), "a field is in no section");
    // The form as it was written by hand before the fields were declared
    // (e2e specs and component tests find fields in this order), with the
    // 13 fields of destinations and the counterfactual added: the granted
    // share and the months left in the review section after the months cut;
    // the destinations' section after indsats (fleksjob share, amount,
    // refusion; kontanthjælp share, amount, refusion; job share: 7); the
    // counterfactual's section (anyway share, the typed alternative's
    // amount and refusion, the lasting months: 4). 27 + 2 + 7 + 4 = 40.
    use Field::*;
    assert_eq!(
        shown,
        [
            CasesReviewed,
            CasesShortened,
            MonthsShortened,
            GrantedPct,
            MonthsLeft,
            TimingFromMonth,
            TimingOverMonths,
            TimingMonth,
            RfyMonthly,
            RfyRefusionPct,
            RfyWeeks,
            FpMonthly,
            FpRefusionPct,
            FpWeeks,
            IndsatsMonthly,
            IndsatsRefusionPct,
            HandlingPerCase,
            FleksjobPct,
            FleksjobMonthly,
            FleksjobRefusionPct,
            KontanthjaelpPct,
            KontanthjaelpMonthly,
            KontanthjaelpRefusionPct,
            JobPct,
            AnywayPct,
            InsteadMonthly,
            InsteadRefusionPct,
            LastingMonths,
            HoursPerWeek,
            FullTimeHours,
            AnnualCost,
            OverheadPct,
            InvestmentMonths,
            InvestmentFromMonth,
            StartYear,
            StartMonth,
            HorizonMonths,
            DiscountPct,
            RateAdjustmentPct,
            IncomeTaxPct,
        ]
    );
    // A group's sections hold group fields, the others the scenario's.
    for field in shown {
        let group_section = matches!(
            field.section(),
            Section::Review
                | Section::Timing
                | Section::Rfy
                | Section::Fp
                | Section::Indsats
                | Section::Destinations
                | Section::Counterfactual
        );
        assert_eq!(group_section, field.is_group_field(), "{field:?}");
    }
}

#[test]
fn every_declared_field_has_its_own_label_and_help_in_both_languages() {
    for &field in Field::ALL {
        let (da_label, en_label) = (field_label(field, Lang::Da), field_label(field, Lang::En));
        let (da_help, en_help) = (field_help(field, Lang::Da), field_help(field, Lang::En));
        for (label, help) in [(da_label, da_help), (en_label, en_help)] {
            assert!(!label.is_empty(), "{field:?}");
            assert!(help.len() > 10, "{field:?}: {help}");
            assert!(help.ends_with('.'), "{field:?}: {help}");
        }
        assert_ne!(da_help, en_help, "{field:?} is not translated");
    }
    // Handling per case, as the form, the comparison and goal seek show it.
    assert_eq!(
        field_label(Field::HandlingPerCase, Lang::Da),
        "Sagsbehandling pr. afkortet sag"
    );
    assert_eq!(
        field_label(Field::RateAdjustmentPct, Lang::En),
        "Yearly adjustment of amounts"
    );
}

#[test]
fn every_path_is_parsed_back_and_names_a_place_in_the_document() {
    let mut paths = std::collections::HashSet::new();
    for input in inputs().chain([InputId::group(3, Field::FpWeeks)]) {
        let path = input.path();
        assert!(paths.insert(path.clone()), "{path} is declared twice");
        assert_eq!(InputId::parse(&path), Some(input), "{path}");
    }
    assert_eq!(InputId::parse("groups[0].start.year"), None);
    assert_eq!(InputId::parse("handling_per_case"), None);
}

/// For each field: set a new value, write the document, find the value at
/// the field's path, read the document back and get the same value.
#[test]
fn set_write_read_get_round_trips_through_the_declared_path() {
    let [even, other] = scenarios();
    for input in inputs() {
        let mut s = applying(input, &even, &other);
        let current = input.get(&s).expect("an input that applies has a value");
        let value = another_value(input, current);
        assert_eq!(input.set(&mut s, value), Ok(()), "{input:?}");
        assert_eq!(input.get(&s), Some(value), "{input:?}");

        let json: Value = serde_json::from_str(&document::to_json(&s)).expect("JSON");
        let written = at(&json, &input.path()).and_then(number);
        assert_eq!(written, Some(value), "{} in the document", input.path());

        let read = document::read(&document::to_json(&s)).expect("reads back");
        assert_eq!(input.get(&read), Some(value), "{input:?} read back");
    }
}

#[test]
fn set_refuses_what_the_declaration_does_not_allow() {
    let [even, other] = scenarios();
    for input in inputs() {
        let mut s = applying(input, &even, &other);
        if input.spec().integer {
            assert_eq!(
                input.set(&mut s, dec!(2.5)),
                Err(SetError::NotWhole),
                "{input:?}"
            );
        }
        if input.field.is_group_field() {
            let missing = InputId::group(1, input.field);
            assert!(!missing.applies(&s));
            assert_eq!(missing.get(&s), None);
            assert_eq!(
                missing.set(&mut s, dec!(1)),
                Err(SetError::NotApplicable),
                "{input:?}"
            );
        }
    }
    // The other timing kind's month is not part of an even spread; the
    // typed alternative's amount and refusion are not part of kontanthjælp
    // as the alternative; the lasting months not of a lasting to the
    // horizon (the preset's counterfactual).
    let mut s = even;
    for field in [
        Field::TimingMonth,
        Field::InsteadMonthly,
        Field::InsteadRefusionPct,
        Field::LastingMonths,
    ] {
        let input = InputId::group(0, field);
        assert!(!input.applies(&s), "{field:?}");
        assert_eq!(input.get(&s), None, "{field:?}");
        assert_eq!(
            input.set(&mut s, dec!(2)),
            Err(SetError::NotApplicable),
            "{field:?}"
        );
    }
    assert_eq!(s, support::preset("your-municipality-latest"));
}

/// Validation checks each field against its declared range: just above the
/// maximum is reported at the field's path with the declared limits and
/// unit, and so is half a unit on a whole-number field.
#[test]
fn validation_reports_each_field_at_its_path_with_its_declared_limits() {
    let [even, other] = scenarios();
    for input in inputs() {
        let mut s = applying(input, &even, &other);
        let spec = input.spec();
        let above = spec.max + Decimal::ONE;
        let expected = Problem::OutOfRange {
            min: spec.min,
            max: spec.max,
            unit: spec.unit,
        };
        assert_eq!(check_value(input.field, above), Some(expected.clone()));
        assert_eq!(check_value(input.field, spec.min), None, "{input:?}");
        input.set(&mut s, above).expect("settable");
        let errors = validate(&s);
        assert!(
            errors
                .iter()
                .any(|e| e.path == input.path() && e.problem == expected),
            "{input:?}: {errors:?}"
        );
        if spec.integer {
            assert_eq!(
                check_value(input.field, spec.min + dec!(0.5)),
                Some(Problem::NotWhole)
            );
        }
    }
}

/// Goal seek, the tornado, meeting mode and the ranges offer the fields
/// declared as decision inputs, per group, then the scenario's; the tax
/// rate only while tax is counted.
#[test]
fn decision_support_offers_the_fields_declared_as_decision_inputs() {
    let mut s = support::two_groups();
    s.perspective.include_income_tax = false;
    let group: Vec<Field> = Field::GROUP_FIELDS
        .into_iter()
        .filter(|f| f.role() == DecisionRole::Decision)
        .collect();
    // Destinations and the counterfactual add 11 decision inputs per group,
    // in declaration order: the granted share; fleksjob's share, amount and
    // refusion; kontanthjælp's share, amount and refusion; the job share;
    // the anyway share; the typed alternative's amount and refusion; the
    // lasting months (9 + 1 + 3 + 3 + 1 + 4 = 21). Not the months left (no
    // effect on net).
    use Field::*;
    assert_eq!(
        group,
        [
            CasesShortened,
            MonthsShortened,
            RfyMonthly,
            RfyRefusionPct,
            IndsatsMonthly,
            IndsatsRefusionPct,
            FpMonthly,
            FpRefusionPct,
            HandlingPerCase,
            GrantedPct,
            FleksjobPct,
            FleksjobMonthly,
            FleksjobRefusionPct,
            KontanthjaelpPct,
            KontanthjaelpMonthly,
            KontanthjaelpRefusionPct,
            JobPct,
            AnywayPct,
            InsteadMonthly,
            InsteadRefusionPct,
            LastingMonths,
        ]
    );
    // Offered are those that move the net as the scenario stands: every
    // granted case goes to FP and would have anyway, the others would get
    // kontanthjælp to the horizon. So the destinations' amounts and the
    // alternative do not move it (no case goes there, none lasts); the
    // typed alternative and the lasting months do not apply. Left: the 9,
    // the granted share, the three shares and the anyway share (14).
    let group: Vec<Field> = group
        .into_iter()
        .filter(|f| {
            !matches!(
                f,
                FleksjobMonthly
                    | FleksjobRefusionPct
                    | KontanthjaelpMonthly
                    | KontanthjaelpRefusionPct
                    | InsteadMonthly
                    | InsteadRefusionPct
                    | LastingMonths
            )
        })
        .collect();
    assert_eq!(group.len(), 14);
    let scenario = [HoursPerWeek, AnnualCost, OverheadPct, InvestmentMonths];
    let expected: Vec<InputId> = (0..2)
        .flat_map(|g| group.iter().map(move |&f| InputId::group(g, f)))
        .chain(scenario.map(InputId::scenario))
        .collect();
    assert_eq!(decision_inputs(&s), expected);
    s.perspective.include_income_tax = true;
    let with_tax = decision_inputs(&s);
    assert_eq!(with_tax.len(), expected.len() + 1);
    assert_eq!(with_tax.last(), Some(&InputId::scenario(IncomeTaxPct)));

    // The first group sends 30 % to fleksjob, and 40 % of its granted cases
    // would have got a typed amount for 36 months instead: now fleksjob's
    // amount and refusion, the typed alternative's and the lasting months
    // move its net too (14 + 5 = 19); kontanthjælp's do not (no case goes
    // there and it is not the alternative).
    let mut s = support::two_groups();
    s.perspective.include_income_tax = false;
    s.groups[0].destinations.fleksjob.share_pct = dec!(30);
    s.groups[0].counterfactual = Counterfactual {
        anyway_pct: dec!(60),
        instead: Instead::Typed {
            monthly: dec!(13061),
            refusion: BenefitRefusion::Custom { pct: dec!(20) },
        },
        lasting: Lasting::Months(36),
    };
    let offered: Vec<Field> = decision_inputs(&s)
        .into_iter()
        .filter(|i| i.group == 0 && i.field.is_group_field())
        .map(|i| i.field)
        .collect();
    assert_eq!(offered.len(), 19, "{offered:?}");
    for field in [
        FleksjobMonthly,
        FleksjobRefusionPct,
        InsteadMonthly,
        InsteadRefusionPct,
        LastingMonths,
    ] {
        assert!(offered.contains(&field), "{field:?}");
    }
    assert!(!offered.contains(&KontanthjaelpMonthly));
    // With kontanthjælp as the alternative instead, its amount moves the net
    // and the typed alternative's fields do not apply (19 − 2 + 2 = 19).
    s.groups[0].counterfactual.instead = Instead::Kontanthjaelp;
    let offered: Vec<Field> = decision_inputs(&s)
        .into_iter()
        .filter(|i| i.group == 0 && i.field.is_group_field())
        .map(|i| i.field)
        .collect();
    assert_eq!(offered.len(), 19, "{offered:?}");
    assert!(offered.contains(&KontanthjaelpMonthly));
    assert!(!offered.contains(&InsteadMonthly));
}

/// A figure from a table or a rule says so until a figure is typed over it.
#[test]
fn a_declared_source_is_in_force_until_a_figure_is_typed_in() {
    let [mut s, other] = scenarios();
    for input in inputs() {
        let ruled = input.field.source() != Source::Typed;
        assert_eq!(
            input.from_rule(&applying(input, &s, &other)),
            ruled,
            "{input:?}"
        );
    }
    // The destinations' and the typed alternative's refusion leave the
    // ladder when a percentage is typed.
    let mut typed = other;
    for field in [
        Field::FleksjobRefusionPct,
        Field::KontanthjaelpRefusionPct,
        Field::InsteadRefusionPct,
    ] {
        let input = InputId::group(0, field);
        assert!(input.from_rule(&typed), "{field:?}");
        input.set(&mut typed, dec!(65)).expect("settable");
        assert!(!input.from_rule(&typed), "{field:?}");
        assert_eq!(input.get(&typed), Some(dec!(65)), "{field:?}");
    }
    let rate = InputId::group(0, Field::RfyMonthly);
    rate.set(&mut s, dec!(12000)).expect("settable");
    assert!(!rate.from_rule(&s));
    // Typing the refusion percentage over the ladder leaves no weeks.
    let pct = InputId::group(0, Field::FpRefusionPct);
    let weeks = InputId::group(0, Field::FpWeeks);
    assert!(weeks.applies(&s));
    pct.set(&mut s, dec!(35)).expect("settable");
    assert!(!pct.from_rule(&s));
    assert!(!weeks.applies(&s));
}

/// Break-even, sliders and the Monte Carlo search an input within its own
/// range narrowed by the declared bound. Default preset: 125 cases
/// reviewed, 15 shortened, a 24-month horizon.
#[test]
fn declared_bounds_narrow_the_range_decision_support_searches() {
    let [s, _] = scenarios();
    let range = |field: Field| {
        let input = match field.is_group_field() {
            true => InputId::group(0, field),
            false => InputId::scenario(field),
        };
        effective_range(&s, input)
    };
    assert_eq!(range(Field::CasesShortened), (dec!(0), dec!(125)));
    assert_eq!(range(Field::CasesReviewed), (dec!(15), dec!(100000)));
    assert_eq!(range(Field::TimingFromMonth), (dec!(1), dec!(24)));
    assert_eq!(range(Field::InvestmentFromMonth), (dec!(1), dec!(24)));
    // No bound: the declared range, e.g. the spread stays 1 to 240 months.
    assert_eq!(range(Field::TimingOverMonths), (dec!(1), dec!(240)));
    for &field in Field::ALL {
        if field.bound() == Bound::None {
            let spec = field.spec();
            assert_eq!(range(field), (spec.min, spec.max), "{field:?}");
        }
    }
}
