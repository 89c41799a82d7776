//! Decision support through the reducer.

use super::*;
use crate::data::presets;
use crate::engine::inputs::{Field, InputId};
use crate::engine::uncertainty::{MonteCarlo, Run};
use crate::format::number::{format_decimal, format_kr};
use crate::ui::decision::*;
use rust_decimal_macros::dec;

fn start() -> Rc<AppState> {
    Rc::new(AppState::initial())
}

fn act(state: Rc<AppState>, a: DecisionAction) -> Rc<AppState> {
    state.apply(Action::Decision(a))
}

/// What the goal-seek panel shows: derived by the reducer, read here.
fn goal(state: &AppState) -> GoalView {
    (**state
        .derived
        .goal
        .value
        .as_ref()
        .expect("derived with the change"))
    .clone()
}

fn sliders(state: &AppState) -> Vec<SliderView> {
    let spans = state.decision.meeting.as_deref().unwrap_or_default();
    let solved = state.derived.sliders.value.as_deref().map(|v| v.as_slice());
    slider_views(&state.scenario, state.lang, spans, solved)
}

fn net(state: &AppState) -> Decimal {
    state.outcome.as_ref().unwrap().net.kommune
}

fn type_value(state: Rc<AppState>, input: InputId, text: &str) -> Rc<AppState> {
    state.apply(Action::EditedField {
        input,
        text: text.into(),
    })
}

#[test]
fn goal_seek_fed_back_gives_the_target() {
    // Start from indsats 12.000 (net +10.633,62), so most inputs can
    // bring the net to zero or to Norddjurs' +330.000 both ways.
    let base = type_value(start(), InputId::group(0, Field::IndsatsMonthly), "12000");
    let inputs = [
        InputId::group(0, Field::IndsatsMonthly),
        InputId::group(0, Field::CasesShortened),
        InputId::group(0, Field::FpRefusionPct),
        InputId::group(0, Field::MonthsShortened),
        InputId::scenario(Field::HoursPerWeek),
    ];
    let mut reached = Vec::new();
    for target in [dec!(0), dec!(330000)] {
        for input in inputs {
            let s = act(Rc::clone(&base), DecisionAction::ChoseGoalInput(input));
            let s = act(
                s,
                DecisionAction::TypedGoalTarget(format_decimal(target, Lang::Da, 0)),
            );
            let v = goal(&s);
            assert_eq!(v.chosen, input);
            let GoalResult::Reached {
                value,
                net: shown_net,
                ..
            } = v.result
            else {
                continue;
            };
            let s = type_value(s, input, &value);
            assert!(!s.stale(), "{input:?} {value}");
            // The headline, in whole kroner, is the target.
            assert_eq!(
                format_kr(net(&s), Lang::Da),
                format_kr(target, Lang::Da),
                "{input:?} {value}"
            );
            assert_eq!(shown_net, format_kr(target, Lang::Da));
            reached.push((input.field, target));
        }
    }
    // Cases: 215.878,38 / (3 × (10.676 + 12.000 − 17.642,40)) =
    // 215.878,38 / 15.100,80 = 14,30 cases for zero.
    for must in [
        (Field::IndsatsMonthly, dec!(0)),
        (Field::IndsatsMonthly, dec!(330000)),
        (Field::CasesShortened, dec!(0)),
        (Field::CasesShortened, dec!(330000)),
        (Field::FpRefusionPct, dec!(0)),
        (Field::MonthsShortened, dec!(0)),
        (Field::HoursPerWeek, dec!(0)),
    ] {
        assert!(reached.contains(&must), "{must:?} not reached: {reached:?}");
    }
}

#[test]
fn goal_seek_says_when_nothing_gets_there() {
    let s = act(
        start(),
        DecisionAction::ChoseGoalInput(InputId::scenario(Field::HoursPerWeek)),
    );
    let s = act(s, DecisionAction::TypedGoalTarget("330.000".into()));
    let GoalResult::Unreachable(why) = goal(&s).result else {
        panic!("reachable?")
    };
    assert!(why.contains("330") || why.contains("0 timer"), "{why}");
    let s = act(
        s,
        DecisionAction::ChoseGoalInput(InputId::group(0, Field::IndsatsRefusionPct)),
    );
    let s = act(s, DecisionAction::TypedGoalTarget("x".into()));
    assert_eq!(goal(&s).result, GoalResult::NoResult);
}

#[test]
fn ranges_are_scenario_changes_and_undo() {
    let indsats = InputId::group(0, Field::IndsatsMonthly);
    let s = act(
        start(),
        DecisionAction::SetRange {
            input: indsats,
            low: dec!(1000),
            likely: None,
            high: dec!(35000),
        },
    );
    assert_eq!(s.scenario.ranges.len(), 1);
    let rows = tornado_rows(&s.scenario, net(&s)).unwrap().rows;
    // 45 × (35.000 − 1.000) = 1.530.000: the widest swing now.
    assert_eq!(rows[0].input, indsats);
    assert_eq!(rows[0].swing(), dec!(1530000));
    let v = range_views(&s.scenario, Lang::Da);
    assert_eq!((v[0].low.as_str(), v[0].high.as_str()), ("1.000", "35.000"));
    let s = s.apply(Action::Undid);
    assert!(s.scenario.ranges.is_empty());
    let s = s.apply(Action::Redid);
    let s = act(s, DecisionAction::RemovedRange(indsats));
    assert!(s.scenario.ranges.is_empty());
}

#[test]
fn tornado_order_hand_worked() {
    let s = presets::find("norddjurs-2018-realistic")
        .unwrap()
        .scenario()
        .unwrap();
    let net = crate::engine::evaluate(&s).unwrap().net.kommune;
    let rows = tornado_rows(&s, net).unwrap().rows;
    // The indsats over the sources' range 1.000 … 34.551: 33.551 × 45
    // case-months × 50 % refusion = 754.897,50. Then FP ±20 %: 18.642 ×
    // 0,2 × 0,8 × 45 = 134.222,40 each way → 268.444,80. The anyway share
    // 56–100 %: 29,7 lasting case-months × (18.642 − 11.282, the 2018
    // kontanthjælp) × 0,8 = 174.873,60 (tests/engine_evidence_ranges.rs).
    // RFY 11.282 × 0,2 × 0,8 × 45 = 81.230,40 → 162.460,80.
    assert_eq!(rows[0].input, InputId::group(0, Field::IndsatsMonthly));
    assert_eq!(rows[0].swing().round_dp(2), dec!(754897.50));
    assert_eq!(rows[1].input, InputId::group(0, Field::FpMonthly));
    assert_eq!(rows[1].swing().round_dp(2), dec!(268444.80));
    assert_eq!(rows[2].input, InputId::group(0, Field::AnywayPct));
    assert_eq!(rows[2].swing().round_dp(2), dec!(174873.60));
    assert_eq!(rows[3].input, InputId::group(0, Field::RfyMonthly));
    assert_eq!(rows[3].swing().round_dp(2), dec!(162460.80));
}

#[test]
fn meeting_mode_sliders_move_the_net() {
    let s = act(start(), DecisionAction::OpenedMeetingMode);
    let sliders = sliders(&s);
    assert_eq!(sliders.len(), DEFAULT_MEETING_INPUTS);
    // Default preset: the anyway share, 100 % down to 80 % (−20 %, capped
    // at 100 above), is the largest. 15 cases move 1,25 a month in months
    // 1–12, cut by 3 months; a case moving in month k would otherwise have
    // got kontanthjælp from month k + 3 to the horizon's month 24: 22 − k
    // months, summed over k = 1–12: 264 − 78 = 186, × 1,25 = 232,5
    // case-months, × 20 % = 46,5 with FP instead of kontanthjælp:
    // 46,5 × (22.053 − 13.061) × 0,8 = 334.502,40. Next: FP ±20 % swings
    // 22.053 × 0,2 × 0,8 × 45 × 2 = 317.563,20.
    assert_eq!(sliders[0].input, InputId::group(0, Field::AnywayPct));
    assert_eq!(sliders[1].input, InputId::group(0, Field::FpMonthly));
    let rows = tornado_rows(&s.scenario, net(&s)).unwrap().rows;
    assert_eq!(rows[0].input, InputId::group(0, Field::AnywayPct));
    assert_eq!(rows[0].swing().round_dp(2), dec!(334502.40));
    assert_eq!(rows[1].swing().round_dp(2), dec!(317563.20));
    for v in &sliders {
        let min = slider_value(&v.min).unwrap();
        let max = slider_value(&v.max).unwrap();
        let value = slider_value(&v.value).unwrap();
        assert!(min <= value && value <= max, "{v:?}");
        if let Some(be) = &v.break_even {
            let be = slider_value(be).unwrap();
            assert!(min <= be && be <= max);
        }
    }
    let indsats = InputId::group(0, Field::IndsatsMonthly);
    let s = act(
        s,
        DecisionAction::MovedSlider {
            input: indsats,
            value: dec!(12000),
        },
    );
    // −407.866,38 + 45 × (12.000 − 2.700) = 10.633,62.
    assert_eq!(net(&s).round_dp(2), dec!(10633.62));
    // Moving a slider is one undo step, like typing.
    let s = act(
        s,
        DecisionAction::MovedSlider {
            input: indsats,
            value: dec!(12100),
        },
    );
    let s = s.apply(Action::Undid);
    assert_eq!(net(&s).round_dp(2), dec!(-407866.38));
    let s = act(s, DecisionAction::LeftMeetingMode);
    assert!(s.decision.meeting.is_none());
    // The analyst's pick wins and is capped at five.
    let pick = vec![indsats; 7];
    let s = act(s, DecisionAction::ChoseMeetingInputs(pick));
    assert_eq!(
        meeting_inputs(&s.scenario, &s.decision.meeting_inputs, None).len(),
        MAX_MEETING_INPUTS
    );
}

#[test]
fn uncertainty_runs_are_tracked_and_cancelled_by_edits() {
    let s = act(
        start(),
        DecisionAction::StartedUncertaintyRun {
            seed: 7,
            draws: 1000,
        },
    );
    // No ranges yet: refused with a reason.
    assert!(s.decision.uncertainty.running.is_none());
    assert!(s.decision.uncertainty.error.is_some());
    let indsats = InputId::group(0, Field::IndsatsMonthly);
    let s = act(
        s,
        DecisionAction::SetRange {
            input: indsats,
            low: dec!(2700),
            likely: Some(dec!(2700)),
            high: dec!(2700),
        },
    );
    let s = act(
        s,
        DecisionAction::StartedUncertaintyRun {
            seed: 7,
            draws: 1000,
        },
    );
    let run = s.decision.uncertainty.running.expect("running");
    let mut r = Run::new(&s.scenario, MonteCarlo::new(7, 1000)).unwrap();
    r.step(u32::MAX).unwrap();
    let summary = Rc::new(r.result().unwrap().clone());
    // Degenerate range: every draw is the deterministic net.
    assert_eq!(summary.p10, net(&s));
    assert_eq!(summary.p90, net(&s));
    let s = act(s, DecisionAction::UncertaintyFinished { run, summary });
    let view = summary_view(s.decision.uncertainty.result.as_ref().unwrap(), Lang::Da);
    // The default preset's net, −407.866,38, in whole kroner.
    assert_eq!(view.p50, "-407.866 kr.");
    assert_eq!(view.probability, "0,0 %");
    let s = act(
        s,
        DecisionAction::StartedUncertaintyRun {
            seed: 7,
            draws: 1000,
        },
    );
    let s = type_value(s, indsats, "3000");
    assert!(s.decision.uncertainty.running.is_none());
    assert!(s.decision.uncertainty.result_stale);
}

#[test]
fn parsing_and_steps() {
    assert_eq!(
        parse_run_settings("2018", "100.000", Lang::Da),
        Some((2018, 100_000))
    );
    assert_eq!(parse_run_settings("-1", "10", Lang::Da), None);
    assert_eq!(parse_run_settings("1,5", "10", Lang::Da), None);
    assert_eq!(
        parse_range("1.000", "", "3.000", Lang::Da),
        Some((dec!(1000), None, dec!(3000)))
    );
    assert_eq!(nice_step(dec!(20000)), dec!(100));
    assert_eq!(nice_step(dec!(50)), dec!(0.1));
    assert_eq!(slider_value("1234.5"), Some(dec!(1234.5)));
}

#[test]
fn decision_support_writes_years_plain_and_money_with_0_or_2_decimals() {
    let year = InputId::scenario(Field::StartYear);
    let rfy = InputId::group(0, Field::RfyMonthly);
    // The goal-out-of-range sentence and the tornado name years like this.
    assert_eq!(with_unit(dec!(2024), year, Lang::Da), "2024 år");
    assert_eq!(with_unit(dec!(2100), year, Lang::En), "2100 year");
    // 20 370 kr. 50 øre.
    assert_eq!(
        with_unit(dec!(20370.5), rfy, Lang::Da),
        "20.370,50 kr. pr. måned"
    );
    assert_eq!(
        with_unit(dec!(11120), rfy, Lang::Da),
        "11.120 kr. pr. måned"
    );
    // What goal seek and the ranges put in a box: øre as money, finer
    // figures to the decimals they need.
    assert_eq!(precise(dec!(11120.5), rfy, Lang::Da, 6), "11.120,50");
    assert_eq!(
        precise(dec!(11120.123456), rfy, Lang::Da, 6),
        "11.120,123456"
    );
    assert_eq!(precise(dec!(2030), year, Lang::Da, 6), "2030");
}

#[test]
fn meeting_mode_starts_with_the_disputed_inputs_and_their_sources_ranges() {
    let s = start().apply(Action::ChosePreset("norddjurs-2018-realistic".into()));
    let s = act(s, DecisionAction::OpenedMeetingMode);
    let views = sliders(&s);
    let indsats = InputId::group(0, Field::IndsatsMonthly);
    let inputs: Vec<InputId> = views.iter().map(|v| v.input).collect();
    // The three ranges first, in the preset's order, then the top of the
    // tornado not yet shown: FP ±20 % (268.444,80, engine_evidence_ranges.rs).
    assert_eq!(
        inputs,
        [
            indsats,
            InputId::group(0, Field::AnywayPct),
            InputId::group(0, Field::GrantedPct),
            InputId::group(0, Field::FpMonthly),
        ]
    );
    // Indsats 1.000 … 34.551, padded by a tenth of the width (3.355,1) and
    // cut at 0: 0 … 37.906,1, on a 100 kr. grid (379 steps): 0 … 38.000.
    let span = &s.decision.meeting.as_ref().unwrap()[0];
    assert_eq!(
        (span.min, span.max, span.step),
        (dec!(0), dec!(38000), dec!(100))
    );
    assert!(span.min <= dec!(1000) && dec!(34417) <= span.max && dec!(34551) <= span.max);
    // The break-even (golden file: 19.884,11 gross) is marked on the track:
    // (19.884,11 − 0) / 38.000 = 52,3 % from the left.
    let at = views[0]
        .break_even_at
        .expect("the break-even is on the track");
    assert!((at - 52.33).abs() < 0.01, "{at}");
    // The anyway share: 56 … 100 padded by 4,4 (51,6 … 104,4) within 0 … 100.
    let anyway = &views[1];
    assert_eq!((anyway.min.as_str(), anyway.max.as_str()), ("51.6", "100"));
}

#[test]
fn reset_puts_the_sliders_back_as_one_undo_step() {
    let opened = start().apply(Action::ChosePreset("norddjurs-2018-realistic".into()));
    let opened = act(opened, DecisionAction::OpenedMeetingMode);
    let before = Rc::clone(&opened.scenario);
    let indsats = InputId::group(0, Field::IndsatsMonthly);
    let anyway = InputId::group(0, Field::AnywayPct);
    let mut s = opened;
    // The FP rate is a table figure: moving its slider types a figure.
    let fp = InputId::group(0, Field::FpMonthly);
    assert!(matches!(s.scenario.groups[0].fp.rate, Rate::Table { .. }));
    for (input, value) in [
        (indsats, dec!(34500)),
        (anyway, dec!(60)),
        (fp, dec!(20000)),
    ] {
        s = act(s, DecisionAction::MovedSlider { input, value });
    }
    assert!(matches!(s.scenario.groups[0].fp.rate, Rate::Custom { .. }));
    // −386.642,43 + (34.500 − 2.700) × 22,5 = 328.857,57 before the anyway
    // share moves it down.
    assert_ne!(*s.scenario, *before);
    let moved = Rc::clone(&s.scenario);
    let s = act(s, DecisionAction::ResetSliders);
    // Values and source notes as they were (the slider wrote "your own"),
    // and the FP rate the table's again, not a typed copy of its figure.
    assert_eq!(*s.scenario, *before);
    assert!(matches!(s.scenario.groups[0].fp.rate, Rate::Table { .. }));
    assert_eq!(net(&s).round_dp(2), dec!(-386642.43));
    let s = s.apply(Action::Undid);
    assert_eq!(*s.scenario, *moved);
}

#[test]
fn the_tornado_says_where_each_spread_comes_from() {
    let s = start().apply(Action::ChosePreset("norddjurs-2018-realistic".into()));
    let indsats = InputId::group(0, Field::IndsatsMonthly);
    assert_eq!(spread(&s.scenario, indsats), Spread::Sources);
    assert_eq!(
        spread(&s.scenario, InputId::group(0, Field::FpMonthly)),
        Spread::Default
    );
    // A range the user gives has no source notes: "your range".
    let s = act(
        s,
        DecisionAction::SetRange {
            input: InputId::group(0, Field::FpMonthly),
            low: dec!(18000),
            likely: None,
            high: dec!(19000),
        },
    );
    assert_eq!(
        spread(&s.scenario, InputId::group(0, Field::FpMonthly)),
        Spread::Yours
    );
}

#[test]
fn a_changed_or_removed_range_keeps_the_other_ranges_notes_in_step() {
    let s = start().apply(Action::ChosePreset("norddjurs-2018-realistic".into()));
    let indsats = InputId::group(0, Field::IndsatsMonthly);
    let granted = InputId::group(0, Field::GrantedPct);
    let granted_low = s.scenario.sources["ranges[2].low"].clone();
    // Removing the first range: the granted share's notes move from
    // ranges[2] to ranges[1], and its spread is still the sources'.
    let s = act(s, DecisionAction::RemovedRange(indsats));
    assert_eq!(s.scenario.sources.get("ranges[1].low"), Some(&granted_low));
    assert!(!s.scenario.sources.contains_key("ranges[2].low"));
    assert_eq!(spread(&s.scenario, granted), Spread::Sources);
    // Changing its figures makes it the user's own.
    let s = act(
        s,
        DecisionAction::SetRange {
            input: granted,
            low: dec!(40),
            likely: None,
            high: dec!(100),
        },
    );
    assert_eq!(spread(&s.scenario, granted), Spread::Yours);
}
