//! Decision support: what must we believe (goal seek), what matters most
//! (sensitivity), how sure are we (Monte Carlo), meeting mode and the
//! working. Its state (`DecisionState`) and pure functions know nothing of
//! the app's state: the reducer (`ui::state`) keeps a `DecisionState`, hands
//! it the actions that are its own, and calls the solves here once per
//! change (`ui::derived`); components only format and render what is
//! stored. Tested natively.

use std::rc::Rc;
use std::str::FromStr;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

use crate::engine::inputs::{decision_inputs, Field, InputId};
use crate::engine::scenario::{after_removing, InputRange, Scenario, SourceKind};
use crate::engine::solve::{
    effective_range, low_high, net_with_from, sensitivity_from, SensitivityRow,
};
use crate::engine::uncertainty::{MonteCarlo, Run, Summary, DEFAULT_DRAWS, DEFAULT_SEED};
use crate::engine::{break_even_from, BreakEven, Rejected};
use crate::format::number::{format_decimal, format_kr, format_plain, format_value, parse_number};
use crate::lang::Lang;
use crate::text;
use crate::text::D;

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
    /// The scenario when meeting mode opened: what "Nulstil skydere" puts
    /// back, rates' kinds and source notes included (only the sliders can
    /// change it while meeting mode is open).
    pub meeting_start: Option<std::rc::Rc<Scenario>>,
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
            meeting_start: None,
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
    /// Put every slider back where it was when meeting mode opened.
    ResetSliders,
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

impl DecisionState {
    /// The actions that change decision support's own state. The reducer
    /// handles those that change the scenario (ranges, sliders) and the
    /// start of a run, with [`set_range`], [`remove_range`] and
    /// [`DecisionState::start_run`].
    pub fn apply(&mut self, action: DecisionAction, lang: Lang) {
        match action {
            DecisionAction::ChoseGoalInput(input) => self.goal_input = input,
            DecisionAction::TypedGoalTarget(text) => {
                self.goal_target = parse_number(&text, lang).ok();
                self.goal_text = text;
            }
            DecisionAction::ChoseMeetingInputs(mut inputs) => {
                inputs.truncate(MAX_MEETING_INPUTS);
                self.meeting_inputs = inputs;
            }
            DecisionAction::LeftMeetingMode => self.meeting = None,
            DecisionAction::ToggledTornado => self.tornado_open = !self.tornado_open,
            DecisionAction::UncertaintyFinished { run, summary } => {
                let u = &mut self.uncertainty;
                if u.running == Some(run) {
                    u.running = None;
                    u.result = Some(summary);
                    u.result_stale = false;
                }
            }
            DecisionAction::UncertaintyFailed { run, messages } => {
                let u = &mut self.uncertainty;
                if u.running == Some(run) {
                    u.running = None;
                    u.error = Some(messages);
                }
            }
            DecisionAction::CancelledUncertaintyRun => self.uncertainty.running = None,
            // Handled by the reducer (they change the scenario or need it).
            DecisionAction::SetRange { .. }
            | DecisionAction::RemovedRange(_)
            | DecisionAction::MovedSlider { .. }
            | DecisionAction::ResetSliders
            | DecisionAction::OpenedMeetingMode
            | DecisionAction::StartedUncertaintyRun { .. } => {}
        }
    }

    /// Starts a Monte Carlo run on `s`, or says why it cannot start.
    pub fn start_run(&mut self, s: &Scenario, seed: u64, draws: u32, lang: Lang) {
        let u = &mut self.uncertainty;
        u.seed = seed;
        u.draws = draws;
        match Run::new(s, MonteCarlo::new(seed, draws)) {
            Ok(_) => {
                u.running = Some(u.next_run);
                u.next_run = u.next_run.wrapping_add(1);
                u.error = None;
            }
            Err(e) => {
                u.running = None;
                u.error = Some(e.messages(lang));
            }
        }
    }
}

/// Gives `input` a low / likely / high range (or replaces its range).
pub fn set_range(
    s: &mut Scenario,
    input: InputId,
    low: Decimal,
    likely: Option<Decimal>,
    high: Decimal,
) {
    let path = input.path();
    let range = InputRange {
        input: path.clone(),
        low,
        likely,
        high,
    };
    match s.ranges.iter().position(|r| r.input == path) {
        Some(i) if s.ranges[i] != range => {
            // The sources' notes were for the old figures.
            s.renumber_notes("ranges", |j| (j != i).then_some(j));
            s.ranges[i] = range;
        }
        Some(_) => {}
        None => s.ranges.push(range),
    }
}

pub fn remove_range(s: &mut Scenario, input: InputId) {
    let path = input.path();
    let Some(i) = s.ranges.iter().position(|r| r.input == path) else {
        return;
    };
    s.ranges.remove(i);
    s.renumber_notes("ranges", after_removing(i));
}

/// Where an input's low and high in the tornado come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spread {
    /// A range whose low and high have source notes (a preset's).
    Sources,
    /// A range the user gave.
    Yours,
    /// No range: ±20 % of today's value.
    Default,
}

pub fn spread(s: &Scenario, input: InputId) -> Spread {
    let path = input.path();
    let Some(i) = s.ranges.iter().position(|r| r.input == path) else {
        return Spread::Default;
    };
    let sourced = |part: &str| {
        s.sources
            .get(&format!("ranges[{i}].{part}"))
            .is_some_and(|n| n.kind != SourceKind::User)
    };
    if sourced("low") && sourced("high") {
        Spread::Sources
    } else {
        Spread::Yours
    }
}

/// The inputs meeting mode shows: the analyst's pick (those that still
/// apply), else the inputs with a range (the disputed ones, in the
/// scenario's order), then the top of the tornado (`rows`, biggest swing
/// first), up to [`DEFAULT_MEETING_INPUTS`].
pub fn meeting_inputs(
    s: &Scenario,
    picked: &[InputId],
    rows: Option<&[SensitivityRow]>,
) -> Vec<InputId> {
    let picked: Vec<InputId> = picked
        .iter()
        .copied()
        .filter(|i| i.get(s).is_some())
        .collect();
    if !picked.is_empty() {
        return picked;
    }
    let movable = decision_inputs(s);
    let mut inputs: Vec<InputId> = s
        .ranges
        .iter()
        .filter_map(|r| InputId::parse(&r.input))
        .filter(|i| movable.contains(i))
        .collect();
    let rest: Vec<InputId> = match rows {
        Some(rows) => rows
            .iter()
            .filter(|r| r.swing() > Decimal::ZERO)
            .map(|r| r.input)
            .collect(),
        None => movable,
    };
    for input in rest {
        if inputs.len() >= DEFAULT_MEETING_INPUTS {
            break;
        }
        if !inputs.contains(&input) {
            inputs.push(input);
        }
    }
    inputs.truncate(MAX_MEETING_INPUTS);
    inputs
}

/// Break-even of `input` at `target` on a scenario whose net for the
/// kommune is `net` (known: the scenario is not evaluated again).
pub fn solve_from(
    s: &Scenario,
    net: Decimal,
    input: InputId,
    target: Decimal,
) -> Result<BreakEven, Rejected> {
    break_even_from(s, net, input, target)
}

/// A slider's span: the tornado's low and high, widened to take in the
/// break-even value (`solved`), within the input's allowed range.
pub fn slider_span(s: &Scenario, input: InputId, solved: Option<&BreakEven>) -> Option<SliderSpan> {
    let current = input.get(s)?;
    let (min, max) = effective_range(s, input);
    let (mut lo, mut hi) = low_high(s, input)?;
    lo = lo.min(current);
    hi = hi.max(current);
    if let Some(BreakEven::Reached { value, .. }) = solved {
        lo = lo.min(*value);
        hi = hi.max(*value);
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
    if let Some(of) = text::field_qualifier(input.field, lang) {
        label = format!("{label} – {of}");
    }
    match s.groups.get(input.group) {
        Some(g) if input.field.is_group_field() && s.groups.len() > 1 => {
            format!("{label} ({})", g.label)
        }
        _ => label,
    }
}

/// A value with its unit: `2.700 kr. pr. måned`, `20,50 kr.`, `20 %`, `2024`.
pub fn with_unit(value: Decimal, input: InputId, lang: Lang) -> String {
    let unit = input.spec().unit;
    format!("{} {}", format_value(value, unit, lang), unit.label(lang))
}

/// A value to be typed into or read from a box: as [`with_unit`] writes it
/// when it is whole øre, otherwise to `precision` decimals.
pub fn precise(value: Decimal, input: InputId, lang: Lang, precision: u32) -> String {
    if value.round_dp(2) == value {
        format_value(value, input.spec().unit, lang)
    } else {
        format_plain(value, lang, precision)
    }
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

/// A break-even already solved for the scenario: its input, its target and
/// the answer (the headline's, for the first group's indsats to zero).
pub type Solved<'a> = (InputId, Decimal, &'a BreakEven);

/// What the goal-seek panel shows. `net` is the kommune's net of `s`, or
/// `None` when the figures on screen are not up to date (no answer then).
/// Where the goal is what `solved` answers, it is not solved again.
pub fn goal_view(
    s: &Scenario,
    net: Option<Decimal>,
    lang: Lang,
    d: &DecisionState,
    solved: Option<Solved>,
) -> GoalView {
    let inputs: Vec<(InputId, String)> = decision_inputs(s)
        .into_iter()
        .map(|i| (i, input_label(s, i, lang)))
        .collect();
    let chosen = if inputs.iter().any(|(i, _)| *i == d.goal_input) {
        d.goal_input
    } else {
        inputs.first().map_or(d.goal_input, |(i, _)| *i)
    };
    let current = chosen
        .get(s)
        .map(|v| with_unit(v, chosen, lang))
        .unwrap_or_default();
    let result = match (d.goal_target, net) {
        (Some(target), Some(net)) => {
            let known = solved
                .filter(|(input, at, _)| *input == chosen && *at == target)
                .map(|(_, _, answer)| answer.clone());
            goal_result(s, net, lang, chosen, target, known)
        }
        _ => GoalResult::NoResult,
    };
    GoalView {
        inputs,
        chosen,
        current,
        result,
    }
}

fn goal_result(
    s: &Scenario,
    net: Decimal,
    lang: Lang,
    input: InputId,
    target: Decimal,
    known: Option<BreakEven>,
) -> GoalResult {
    let Some(solved) = known.or_else(|| break_even_from(s, net, input, target).ok()) else {
        return GoalResult::NoResult;
    };
    match solved {
        BreakEven::Reached { value, current, .. } => {
            let (shown, net) = shown_value(s, net, input, value, target);
            let gap = shown - current;
            let sign = if gap > Decimal::ZERO { "+" } else { "" };
            let mut gap_text = format!("{sign}{}", with_unit(gap, input, lang));
            if !current.is_zero() {
                let pct = (gap / current.abs() * Decimal::ONE_HUNDRED)
                    .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
                gap_text = format!("{gap_text} ({sign}{} %)", format_decimal(pct, lang, 0));
            }
            GoalResult::Reached {
                value: precise(shown, input, lang, 6),
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
            &with_unit(min, input, lang),
            &format_kr(net_at_min, lang),
            &with_unit(max, input, lang),
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
    net: Decimal,
    input: InputId,
    value: Decimal,
    target: Decimal,
) -> (Decimal, Decimal) {
    let net_at = |v: Decimal| net_with_from(s, net, input, v).unwrap_or(target);
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
#[derive(Clone, Debug, PartialEq)]
pub struct Tornado {
    pub rows: Vec<SensitivityRow>,
    pub net: Decimal,
}

/// The tornado of `s`, whose kommune's net is `net`.
pub fn tornado_rows(s: &Scenario, net: Decimal) -> Option<Tornado> {
    Some(Tornado {
        rows: sensitivity_from(s, net).ok()?,
        net,
    })
}

/// A range as the editor shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct RangeView {
    pub input: InputId,
    pub label: String,
    pub low: String,
    pub likely: String,
    pub high: String,
    /// Where its figures come from (a preset's notes), e.g. "Lav: …".
    pub sources: String,
}

pub fn range_views(s: &Scenario, lang: Lang) -> Vec<RangeView> {
    s.ranges
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let input = InputId::parse(&r.input)?;
            let parts = [("low", D::Low), ("likely", D::Likely), ("high", D::High)];
            let sources: Vec<String> = parts
                .iter()
                .filter_map(|(part, word)| {
                    let note = s.sources.get(&format!("ranges[{i}].{part}"))?;
                    let text = match (lang, &note.text_en) {
                        (Lang::En, Some(en)) => en,
                        _ => &note.text,
                    };
                    Some(format!("{}: {text}", text::dt(*word, lang)))
                })
                .collect();
            Some(RangeView {
                sources: sources.join(" "),
                input,
                label: input_label(s, input, lang),
                low: precise(r.low, input, lang, 6),
                likely: r
                    .likely
                    .map(|v| precise(v, input, lang, 6))
                    .unwrap_or_default(),
                high: precise(r.high, input, lang, 6),
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
    /// Where on the track the break-even is, in per cent from the left.
    pub break_even_at: Option<f64>,
    pub break_even_text: String,
    /// The track's ends with their unit, under it.
    pub min_shown: String,
    pub max_shown: String,
}

/// The sliders as shown: `solved` holds each slider's break-even (in the
/// order of `spans`), or is `None` while those solves are still to come.
pub fn slider_views(
    s: &Scenario,
    lang: Lang,
    spans: &[SliderSpan],
    solved: Option<&[Option<BreakEven>]>,
) -> Vec<SliderView> {
    spans
        .iter()
        .enumerate()
        .filter_map(|(i, span)| {
            let input = span.input;
            let current = input.get(s)?;
            let (break_even, break_even_text) = match solved.map(|all| all.get(i)) {
                None => (None, String::new()),
                Some(Some(Some(BreakEven::Reached { value, .. }))) => {
                    let v = value.round_dp(4).normalize();
                    (
                        (v >= span.min && v <= span.max).then_some(v),
                        text::slider_break_even(&with_unit(*value, input, lang), lang),
                    )
                }
                Some(_) => (None, text::slider_no_break_even(lang)),
            };
            let width = span.max - span.min;
            let break_even_at = break_even
                .filter(|_| width > Decimal::ZERO)
                .and_then(|v| ((v - span.min) / width * Decimal::ONE_HUNDRED).to_f64());
            Some(SliderView {
                input,
                path: input.path(),
                label: input_label(s, input, lang),
                min: span.min.normalize().to_string(),
                max: span.max.normalize().to_string(),
                step: span.step.normalize().to_string(),
                value: current.normalize().to_string(),
                shown: with_unit(current, input, lang),
                break_even: break_even.map(|v| v.to_string()),
                break_even_at,
                break_even_text,
                min_shown: with_unit(span.min, input, lang),
                max_shown: with_unit(span.max, input, lang),
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
