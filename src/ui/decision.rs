//! Decision support: what must we believe (goal seek), what matters most
//! (sensitivity), how sure are we (Monte Carlo), meeting mode and the
//! working. The state lives in `AppState::decision`; its actions come
//! wrapped as `Action::Decision`. Everything shown is derived here by pure
//! functions, so components only render; tested natively.

use std::rc::Rc;
use std::str::FromStr;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

use crate::engine::inputs::{decision_inputs, Field, InputId, Unit};
use crate::engine::scenario::{InputRange, Scenario};
use crate::engine::solve::{effective_range, low_high, net_with, SensitivityRow};
use crate::engine::uncertainty::{MonteCarlo, Run, Summary, DEFAULT_DRAWS, DEFAULT_SEED};
use crate::engine::{break_even, break_even_from, sensitivity, BreakEven, Rejected};
use crate::format::number::{format_decimal, format_kr, format_plain, parse_number};
use crate::lang::Lang;
use crate::text;
use crate::ui::state::AppState;

/// How many sliders meeting mode shows when the analyst picked none.
pub const DEFAULT_MEETING_INPUTS: usize = 4;
/// Most sliders in meeting mode.
pub const MAX_MEETING_INPUTS: usize = 5;

#[derive(Clone, Debug, PartialEq)]
pub struct DecisionState {
    /// The input goal seek solves for.
    pub goal_input: InputId,
    /// The target as typed (Danish or English number).
    pub goal_text: String,
    /// The target, when the text is a number.
    pub goal_target: Option<Decimal>,
    /// The inputs the analyst picked for meeting mode (empty: the top of
    /// the tornado). Saved with the rest of the state.
    pub meeting_inputs: Vec<InputId>,
    /// Meeting mode is on: its sliders, spans fixed when it opened so a
    /// slider does not jump while it is moved.
    pub meeting: Option<Vec<SliderSpan>>,
    /// The tornado is shown. It costs two evaluations per input, so it is
    /// only computed while open, never on every keystroke of a closed panel.
    pub tornado_open: bool,
    pub uncertainty: Uncertainty,
}

/// Where a meeting-mode slider runs.
#[derive(Clone, Debug, PartialEq)]
pub struct SliderSpan {
    pub input: InputId,
    pub min: Decimal,
    pub max: Decimal,
    pub step: Decimal,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Uncertainty {
    pub seed: u64,
    pub draws: u32,
    /// The id of the run under way.
    pub running: Option<u32>,
    next_run: u32,
    pub result: Option<Rc<Summary>>,
    /// The result belongs to figures that have changed since.
    pub result_stale: bool,
    /// Why the last run could not start or go on.
    pub error: Option<Vec<String>>,
}

impl Default for DecisionState {
    fn default() -> DecisionState {
        DecisionState {
            goal_input: InputId::group(0, Field::IndsatsMonthly),
            goal_text: "0".into(),
            goal_target: Some(Decimal::ZERO),
            meeting_inputs: Vec::new(),
            meeting: None,
            tornado_open: false,
            uncertainty: Uncertainty {
                seed: DEFAULT_SEED,
                draws: DEFAULT_DRAWS,
                running: None,
                next_run: 1,
                result: None,
                result_stale: false,
                error: None,
            },
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum DecisionAction {
    ChoseGoalInput(InputId),
    TypedGoalTarget(String),
    /// Opened or closed "what matters most".
    ToggledTornado,
    /// Gave an input a low / likely / high value (kept in the scenario, so
    /// it travels in links and files and is undone like any edit).
    SetRange {
        input: InputId,
        low: Decimal,
        likely: Option<Decimal>,
        high: Decimal,
    },
    RemovedRange(InputId),
    ChoseMeetingInputs(Vec<InputId>),
    OpenedMeetingMode,
    LeftMeetingMode,
    MovedSlider {
        input: InputId,
        value: Decimal,
    },
    StartedUncertaintyRun {
        seed: u64,
        draws: u32,
    },
    UncertaintyFinished {
        run: u32,
        summary: Rc<Summary>,
    },
    UncertaintyFailed {
        run: u32,
        messages: Vec<String>,
    },
    CancelledUncertaintyRun,
}

impl DecisionState {
    /// The scenario changed: a run under way stops, a result is marked as
    /// belonging to earlier figures.
    pub fn scenario_changed(&mut self) {
        let u = &mut self.uncertainty;
        u.running = None;
        if u.result.is_some() {
            u.result_stale = true;
        }
    }
}

impl AppState {
    pub(crate) fn decide(&mut self, action: DecisionAction) {
        match action {
            DecisionAction::ChoseGoalInput(input) => self.decision.goal_input = input,
            DecisionAction::TypedGoalTarget(text) => {
                self.decision.goal_target = parse_number(&text, self.lang).ok();
                self.decision.goal_text = text;
            }
            DecisionAction::SetRange {
                input,
                low,
                likely,
                high,
            } => {
                let path = input.path();
                self.change(None, move |s| {
                    let range = InputRange {
                        input: path.clone(),
                        low,
                        likely,
                        high,
                    };
                    match s.ranges.iter_mut().find(|r| r.input == path) {
                        Some(r) => *r = range,
                        None => s.ranges.push(range),
                    }
                });
            }
            DecisionAction::RemovedRange(input) => {
                let path = input.path();
                self.change(None, move |s| s.ranges.retain(|r| r.input != path));
            }
            DecisionAction::ChoseMeetingInputs(mut inputs) => {
                inputs.truncate(MAX_MEETING_INPUTS);
                self.decision.meeting_inputs = inputs;
            }
            DecisionAction::OpenedMeetingMode => {
                let inputs = meeting_inputs(self);
                let spans = inputs
                    .into_iter()
                    .filter_map(|input| slider_span(&self.scenario, input))
                    .collect();
                self.decision.meeting = Some(spans);
            }
            DecisionAction::LeftMeetingMode => self.decision.meeting = None,
            DecisionAction::ToggledTornado => {
                self.decision.tornado_open = !self.decision.tornado_open
            }
            DecisionAction::MovedSlider { input, value } => {
                self.drafts.remove(&input);
                let mut probe = (*self.scenario).clone();
                if input.set(&mut probe, value).is_ok() {
                    let path = input.path();
                    let note = self.user_source();
                    self.change(Some(path.clone()), move |s| {
                        *s = probe;
                        s.sources.insert(path, note);
                    });
                }
            }
            DecisionAction::StartedUncertaintyRun { seed, draws } => {
                let u = &mut self.decision.uncertainty;
                u.seed = seed;
                u.draws = draws;
                match Run::new(&self.scenario, MonteCarlo::new(seed, draws)) {
                    Ok(_) => {
                        u.running = Some(u.next_run);
                        u.next_run = u.next_run.wrapping_add(1);
                        u.error = None;
                    }
                    Err(e) => {
                        u.running = None;
                        u.error = Some(e.messages(self.lang));
                    }
                }
            }
            DecisionAction::UncertaintyFinished { run, summary } => {
                let u = &mut self.decision.uncertainty;
                if u.running == Some(run) {
                    u.running = None;
                    u.result = Some(summary);
                    u.result_stale = false;
                }
            }
            DecisionAction::UncertaintyFailed { run, messages } => {
                let u = &mut self.decision.uncertainty;
                if u.running == Some(run) {
                    u.running = None;
                    u.error = Some(messages);
                }
            }
            DecisionAction::CancelledUncertaintyRun => self.decision.uncertainty.running = None,
        }
    }
}

/// The inputs meeting mode shows: the analyst's pick (those that still
/// apply), else the top of the tornado.
pub fn meeting_inputs(state: &AppState) -> Vec<InputId> {
    let s = &state.scenario;
    let picked: Vec<InputId> = state
        .decision
        .meeting_inputs
        .iter()
        .copied()
        .filter(|i| i.get(s).is_some())
        .collect();
    if !picked.is_empty() {
        return picked;
    }
    match sensitivity(s) {
        Ok(rows) => rows
            .into_iter()
            .filter(|r| r.swing() > Decimal::ZERO)
            .take(DEFAULT_MEETING_INPUTS)
            .map(|r| r.input)
            .collect(),
        Err(_) => decision_inputs(s)
            .into_iter()
            .take(DEFAULT_MEETING_INPUTS)
            .collect(),
    }
}

/// Break-even on the scenario on screen, reusing its net when the outcome
/// shown is up to date (this runs while the user types or drags).
fn solve(state: &AppState, input: InputId, target: Decimal) -> Result<BreakEven, Rejected> {
    match &state.outcome {
        Some(outcome) if !state.stale() => {
            break_even_from(&state.scenario, outcome.net.kommune, input, target)
        }
        _ => break_even(&state.scenario, input, target),
    }
}

/// A slider's span: the tornado's low and high, widened to take in the
/// break-even value, within the input's allowed range.
pub fn slider_span(s: &Scenario, input: InputId) -> Option<SliderSpan> {
    let current = input.get(s)?;
    let (min, max) = effective_range(s, input);
    let (mut lo, mut hi) = low_high(s, input)?;
    lo = lo.min(current);
    hi = hi.max(current);
    if let Ok(BreakEven::Reached { value, .. }) = break_even(s, input, Decimal::ZERO) {
        lo = lo.min(value);
        hi = hi.max(value);
    }
    let pad = (hi - lo) / Decimal::TEN;
    lo = lo.saturating_sub(pad).max(min);
    hi = hi.saturating_add(pad).min(max);
    if hi <= lo {
        lo = min;
        hi = max.min(min.saturating_add(Decimal::ONE_HUNDRED));
    }
    let step = if input.spec().integer {
        Decimal::ONE
    } else {
        nice_step(hi - lo)
    };
    // Ends on the step grid, so every position is a value one could type.
    let lo = ((lo / step).floor() * step).max(min);
    let hi = ((hi / step).ceil() * step).min(max);
    Some(SliderSpan {
        input,
        min: lo,
        max: hi,
        step,
    })
}

/// A power of ten that cuts `width` into 100 to 1,000 steps (at most 1).
pub fn nice_step(width: Decimal) -> Decimal {
    let mut step = Decimal::ONE;
    if width <= Decimal::ZERO {
        return step;
    }
    while width / step > Decimal::from(1000) && step < Decimal::from(1_000_000_000) {
        step *= Decimal::TEN;
    }
    while width / step < Decimal::ONE_HUNDRED && step > Decimal::new(1, 4) {
        step /= Decimal::TEN;
    }
    step.normalize()
}

/// An input's name as the user knows it, with its group when there are several.
pub fn input_label(s: &Scenario, input: InputId, lang: Lang) -> String {
    let mut label = text::field_label(input.field, lang).to_string();
    // Three fields are called "state refusion": say which.
    let of = match input.field {
        Field::RfyRefusionPct => "RFY",
        Field::FpRefusionPct => "FP",
        Field::IndsatsRefusionPct => "indsats",
        _ => "",
    };
    if !of.is_empty() {
        label = format!("{label} – {of}");
    }
    match s.groups.get(input.group) {
        Some(g) if input.field.is_group_field() && s.groups.len() > 1 => {
            format!("{label} ({})", g.label)
        }
        _ => label,
    }
}

/// A value with its unit: `2.700 kr. pr. måned`, `20 %`.
pub fn with_unit(value: Decimal, input: InputId, lang: Lang, decimals: u32) -> String {
    let unit = input.spec().unit;
    let number = match unit {
        Unit::Year => value.round().normalize().to_string(),
        _ => format_plain(value, lang, decimals),
    };
    format!("{number} {}", unit.label(lang))
}

// ---------------------------------------------------------------------------
// Goal seek

#[derive(Clone, Debug, PartialEq)]
pub enum GoalResult {
    /// `value` (as the user would type it) gives the net `net`.
    Reached {
        value: String,
        net: String,
        /// "needed − now", with its sign, and in per cent when now ≠ 0.
        gap: String,
    },
    /// No allowed value gets there: why, in words.
    Unreachable(String),
    /// The scenario does not evaluate.
    NoResult,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GoalView {
    pub inputs: Vec<(InputId, String)>,
    pub chosen: InputId,
    pub current: String,
    pub result: GoalResult,
}

/// What the goal-seek panel shows.
pub fn goal_view(state: &AppState) -> GoalView {
    let s = &state.scenario;
    let lang = state.lang;
    let inputs: Vec<(InputId, String)> = decision_inputs(s)
        .into_iter()
        .map(|i| (i, input_label(s, i, lang)))
        .collect();
    let chosen = if inputs.iter().any(|(i, _)| *i == state.decision.goal_input) {
        state.decision.goal_input
    } else {
        inputs
            .first()
            .map_or(state.decision.goal_input, |(i, _)| *i)
    };
    let current = chosen
        .get(s)
        .map(|v| with_unit(v, chosen, lang, 2))
        .unwrap_or_default();
    let result = match state.decision.goal_target {
        Some(target) if !state.stale() => goal_result(state, chosen, target),
        _ => GoalResult::NoResult,
    };
    GoalView {
        inputs,
        chosen,
        current,
        result,
    }
}

fn goal_result(state: &AppState, input: InputId, target: Decimal) -> GoalResult {
    let (s, lang) = (&*state.scenario, state.lang);
    let Ok(solved) = solve(state, input, target) else {
        return GoalResult::NoResult;
    };
    match solved {
        BreakEven::Reached { value, current, .. } => {
            let (shown, net) = shown_value(s, input, value, target);
            let gap = shown - current;
            let sign = if gap > Decimal::ZERO { "+" } else { "" };
            let mut gap_text = format!("{sign}{}", with_unit(gap, input, lang, 2));
            if !current.is_zero() {
                let pct = (gap / current.abs() * Decimal::ONE_HUNDRED)
                    .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
                gap_text = format!("{gap_text} ({sign}{} %)", format_decimal(pct, lang, 0));
            }
            GoalResult::Reached {
                value: format_plain(shown, lang, 6),
                net: format_kr(net, lang),
                gap: gap_text,
            }
        }
        BreakEven::NoEffect { .. } => GoalResult::Unreachable(text::goal_no_effect(lang)),
        BreakEven::OutOfRange {
            min,
            max,
            net_at_min,
            net_at_max,
            ..
        } => GoalResult::Unreachable(text::goal_out_of_range(
            &with_unit(min, input, lang, 2),
            &format_kr(net_at_min, lang),
            &with_unit(max, input, lang, 2),
            &format_kr(net_at_max, lang),
            lang,
        )),
    }
}

/// The solved value rounded to the fewest decimals (from 2, whole numbers
/// for whole-number inputs) at which typing it back gives the target to the
/// krone; with the net it gives.
pub fn shown_value(
    s: &Scenario,
    input: InputId,
    value: Decimal,
    target: Decimal,
) -> (Decimal, Decimal) {
    let net_at = |v: Decimal| net_with(s, input, v).unwrap_or(target);
    if input.spec().integer {
        return (value, net_at(value));
    }
    let mut last = (value, target);
    for d in 2..=8 {
        let v = value.round_dp_with_strategy(d, RoundingStrategy::MidpointAwayFromZero);
        let net = net_at(v);
        last = (v, net);
        if (net - target).abs() < Decimal::new(5, 1) {
            break;
        }
    }
    last
}

// ---------------------------------------------------------------------------
// Sensitivity, ranges

/// The tornado's rows (biggest swing first) with the net at current values.
pub fn tornado_rows(s: &Scenario) -> Option<(Vec<SensitivityRow>, Decimal)> {
    let net = crate::engine::evaluate(s).ok()?.net.kommune;
    Some((sensitivity(s).ok()?, net))
}

/// A range as the editor shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct RangeView {
    pub input: InputId,
    pub label: String,
    pub low: String,
    pub likely: String,
    pub high: String,
}

pub fn range_views(s: &Scenario, lang: Lang) -> Vec<RangeView> {
    s.ranges
        .iter()
        .filter_map(|r| {
            let input = InputId::parse(&r.input)?;
            Some(RangeView {
                input,
                label: input_label(s, input, lang),
                low: format_plain(r.low, lang, 6),
                likely: r
                    .likely
                    .map(|v| format_plain(v, lang, 6))
                    .unwrap_or_default(),
                high: format_plain(r.high, lang, 6),
            })
        })
        .collect()
}

/// A new range for `input`: ±20 % of the current value (the tornado's default).
pub fn default_range(s: &Scenario, input: InputId) -> Option<(Decimal, Decimal)> {
    low_high(s, input)
}

/// Reads the three boxes of a range; `likely` may be empty.
pub fn parse_range(
    low: &str,
    likely: &str,
    high: &str,
    lang: Lang,
) -> Option<(Decimal, Option<Decimal>, Decimal)> {
    let low = parse_number(low, lang).ok()?;
    let high = parse_number(high, lang).ok()?;
    let likely = match likely.trim() {
        "" => None,
        t => Some(parse_number(t, lang).ok()?),
    };
    Some((low, likely, high))
}

/// Reads the seed (a whole number ≥ 0) and the number of draws.
pub fn parse_run_settings(seed: &str, draws: &str, lang: Lang) -> Option<(u64, u32)> {
    let seed = parse_number(seed, lang).ok()?;
    let draws = parse_number(draws, lang).ok()?;
    if !seed.fract().is_zero() || !draws.fract().is_zero() {
        return None;
    }
    Some((seed.to_u64()?, draws.to_u32()?))
}

// ---------------------------------------------------------------------------
// Meeting mode

#[derive(Clone, Debug, PartialEq)]
pub struct SliderView {
    pub input: InputId,
    pub path: String,
    pub label: String,
    /// For the `<input type="range">`: plain numbers with a decimal point.
    pub min: String,
    pub max: String,
    pub step: String,
    pub value: String,
    /// The value, formatted with its unit.
    pub shown: String,
    /// Where the net is zero (plain, for the tick) and as a sentence.
    pub break_even: Option<String>,
    pub break_even_text: String,
}

pub fn slider_views(state: &AppState) -> Vec<SliderView> {
    let s = &state.scenario;
    let lang = state.lang;
    let Some(spans) = &state.decision.meeting else {
        return Vec::new();
    };
    spans
        .iter()
        .filter_map(|span| {
            let input = span.input;
            let current = input.get(s)?;
            let solved = solve(state, input, Decimal::ZERO).ok();
            let (break_even, break_even_text) = match solved {
                Some(BreakEven::Reached { value, .. }) => {
                    let v = value.round_dp(4).normalize();
                    (
                        (v >= span.min && v <= span.max).then(|| v.to_string()),
                        text::slider_break_even(&with_unit(value, input, lang, 2), lang),
                    )
                }
                _ => (None, text::slider_no_break_even(lang)),
            };
            Some(SliderView {
                input,
                path: input.path(),
                label: input_label(s, input, lang),
                min: span.min.normalize().to_string(),
                max: span.max.normalize().to_string(),
                step: span.step.normalize().to_string(),
                value: current.normalize().to_string(),
                shown: with_unit(current, input, lang, 2),
                break_even,
                break_even_text,
            })
        })
        .collect()
}

/// A slider's value as the browser gives it (`"1234.5"`).
pub fn slider_value(text: &str) -> Option<Decimal> {
    Decimal::from_str(text.trim()).ok()
}

// ---------------------------------------------------------------------------
// Uncertainty

#[derive(Clone, Debug, PartialEq)]
pub struct SummaryView {
    pub probability: String,
    pub p10: String,
    pub p50: String,
    pub p90: String,
    pub draws: String,
    pub seed: String,
    pub at_current: String,
}

pub fn summary_view(summary: &Summary, lang: Lang) -> SummaryView {
    let pct = summary.probability_of_saving * Decimal::ONE_HUNDRED;
    SummaryView {
        probability: format!("{} %", format_decimal(pct, lang, 1)),
        p10: format_kr(summary.p10, lang),
        p50: format_kr(summary.p50, lang),
        p90: format_kr(summary.p90, lang),
        draws: format_decimal(Decimal::from(summary.draws), lang, 0),
        seed: summary.seed.to_string(),
        at_current: format_kr(summary.net_at_current, lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::presets;
    use crate::ui::state::Action;
    use rust_decimal_macros::dec;

    fn start() -> Rc<AppState> {
        Rc::new(AppState::initial())
    }

    fn act(state: Rc<AppState>, a: DecisionAction) -> Rc<AppState> {
        state.apply(Action::Decision(a))
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
                let v = goal_view(&s);
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
        // Cases: 210.810,81 / (3 × 5.564,80) = 12,63 cases for zero.
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
        let GoalResult::Unreachable(why) = goal_view(&s).result else {
            panic!("reachable?")
        };
        assert!(why.contains("330") || why.contains("0 timer"), "{why}");
        let s = act(
            s,
            DecisionAction::ChoseGoalInput(InputId::group(0, Field::IndsatsRefusionPct)),
        );
        let s = act(s, DecisionAction::TypedGoalTarget("x".into()));
        assert_eq!(goal_view(&s).result, GoalResult::NoResult);
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
        let rows = tornado_rows(&s.scenario).unwrap().0;
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
        let (rows, _) = tornado_rows(&s).unwrap();
        // FP ±20 %: 18.642 × 0,2 × 0,8 × 45 = 134.222,40 each way → 268.444,80;
        // RFY 11.282 × 0,2 × 0,8 × 45 = 81.230,40 → 162.460,80.
        assert_eq!(rows[0].input, InputId::group(0, Field::FpMonthly));
        assert_eq!(rows[0].swing().round_dp(2), dec!(268444.80));
        assert_eq!(rows[1].input, InputId::group(0, Field::RfyMonthly));
        assert_eq!(rows[1].swing().round_dp(2), dec!(162460.80));
    }

    #[test]
    fn meeting_mode_sliders_move_the_net() {
        let s = act(start(), DecisionAction::OpenedMeetingMode);
        let sliders = slider_views(&s);
        assert_eq!(sliders.len(), DEFAULT_MEETING_INPUTS);
        // Default preset: FP ±20 % swings 22.053 × 0,2 × 0,8 × 45 × 2 =
        // 317.563,20, the largest.
        assert_eq!(sliders[0].input, InputId::group(0, Field::FpMonthly));
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
        assert_eq!(meeting_inputs(&s).len(), MAX_MEETING_INPUTS);
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
}
