//! Decision support: goal seek, the tornado, ranges and the meeting-mode
//! pick. Figures come from `ui::decision`; these render and dispatch.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::uncertainty::UncertaintyPanel;
use super::{send, send_with, use_app};
use crate::engine::inputs::decision_inputs;
use crate::engine::InputId;
use crate::format::number::format_kr;
use crate::text::{dt, D};
use crate::ui::chart_geometry::svg_number as px;
use crate::ui::decision::{
    default_range, input_label, parse_range, range_views, spread, with_unit, DecisionAction as DA,
    GoalResult, Spread, MAX_MEETING_INPUTS,
};
use crate::ui::decision_chart::{tornado, WIDTH};
use crate::ui::state::Action;

fn decide(a: DA) -> Action {
    Action::Decision(a)
}

#[function_component(DecisionPanel)]
pub fn decision_panel() -> Html {
    let lang = use_app().lang;
    html! {
        <section class="decision" aria-labelledby="decision-title">
            <h2 id="decision-title">{ dt(D::Title, lang) }</h2>
            <GoalSeek />
            <TornadoToggle />
            <Ranges />
            <UncertaintyPanel />
            <MeetingPick />
        </section>
    }
}

#[function_component(GoalSeek)]
fn goal_seek() -> Html {
    let app = use_app();
    let lang = app.lang;
    // Derived by the reducer once per change (`ui::derived`).
    let Some(v) = app.derived.goal.value.clone() else {
        return html! {};
    };
    let onchange = send_with(&app, |e: Event| {
        let el: HtmlSelectElement = e.target_unchecked_into();
        InputId::parse(&el.value()).map(|i| decide(DA::ChoseGoalInput(i)))
    });
    let oninput = send_with(&app, |e: InputEvent| {
        let el: HtmlInputElement = e.target_unchecked_into();
        Some(decide(DA::TypedGoalTarget(el.value())))
    });
    let unit = v.chosen.spec().unit.label(lang);
    let fact = |label: D, value: Html| html! { <div class="fact"><dt>{ dt(label, lang) }</dt><dd>{ value }</dd></div> };
    html! {
        <div class="goal" role="group" aria-labelledby="goal-title">
            <h3 id="goal-title">{ dt(D::GoalTitle, lang) }</h3>
            <p class="help">{ dt(D::GoalIntro, lang) }</p>
            <div class="goal-controls">
                <div class="field">
                    <label for="goal-input">{ dt(D::GoalInput, lang) }</label>
                    <select id="goal-input" data-testid="goal-input" {onchange}>
                        { for v.inputs.iter().map(|(i, label)| html! {
                            <option value={i.path()} selected={*i == v.chosen}>{ label }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="goal-target">{ dt(D::GoalTarget, lang) }</label>
                    <input type="text" inputmode="decimal" autocomplete="off" id="goal-target"
                        data-testid="goal-target" value={app.decision.goal_text.clone()} {oninput} />
                </div>
            </div>
            // On paper the boxes are gone: which input and which target, in words.
            <p class="print-only" data-testid="goal-printed">
                { dt(D::GoalInput, lang) }{ ": " }
                { v.inputs.iter().find(|(i, _)| *i == v.chosen).map(|(_, label)| label.clone()).unwrap_or_default() }
                { " · " }{ dt(D::GoalTarget, lang) }{ ": " }{ &app.decision.goal_text }
            </p>
            <div class="goal-answer" aria-live="polite">
                { match &v.result {
                    GoalResult::Reached { value, net, gap } => html! {
                        <dl>
                            { fact(D::GoalNeeded, html! { <><span data-testid="goal-result">{ value }</span>{ " " }{ unit }</> }) }
                            { fact(D::GoalNow, html! { { v.current.clone() } }) }
                            { fact(D::GoalGap, html! { <span data-testid="goal-gap">{ gap }</span> }) }
                            { fact(D::GoalGives, html! { <span data-testid="goal-net">{ net }</span> }) }
                        </dl>
                    },
                    GoalResult::Unreachable(why) => html! {
                        <p class="notice" data-testid="goal-unreachable">{ why }</p>
                    },
                    GoalResult::NoResult => html! { <p class="notice">{ dt(D::GoalNoResult, lang) }</p> },
                } }
            </div>
        </div>
    }
}

/// "What matters most", behind a button: the chart is computed only while
/// it is shown.
#[function_component(TornadoToggle)]
fn tornado_toggle() -> Html {
    let app = use_app();
    let open = app.decision.tornado_open;
    html! {
        <div class="tornado-box">
            <button type="button" class="disclosure" aria-expanded={open.to_string()}
                aria-controls="tornado-panel" data-testid="tornado-open"
                onclick={send(&app, decide(DA::ToggledTornado))}>
                { dt(D::TornadoTitle, app.lang) }
            </button>
            if open {
                <div id="tornado-panel"><TornadoChart /></div>
            }
        </div>
    }
}

#[function_component(TornadoChart)]
fn tornado_chart() -> Html {
    let app = use_app();
    let lang = app.lang;
    // Derived by the reducer while the tornado is open (`ui::derived`).
    let Some(data) = app.derived.tornado.value.clone() else {
        return html! {};
    };
    let (rows, base) = (&data.rows, &data.net);
    let s = &app.scenario;
    let g = tornado(rows, *base);
    let h = px(g.height);
    let label = |r: &crate::engine::solve::SensitivityRow| {
        let spread = match spread(s, r.input) {
            Spread::Sources => D::SpreadSources,
            Spread::Yours => D::SpreadYours,
            Spread::Default => D::SpreadDefault,
        };
        format!("{} ({})", input_label(s, r.input, lang), dt(spread, lang))
    };
    let describe = |r: &crate::engine::solve::SensitivityRow| {
        format!(
            "{}: {} {} → {}; {} {} → {}.",
            label(r),
            dt(D::Low, lang),
            with_unit(r.low, r.input, lang),
            format_kr(r.net_low, lang),
            dt(D::High, lang),
            with_unit(r.high, r.input, lang),
            format_kr(r.net_high, lang),
        )
    };
    let line = |class: &'static str, x: f64| {
        html! { <line class={class} x1={px(x)} x2={px(x)} y1="16" y2={h.clone()} /> }
    };
    html! {
        <div class="tornado">
            <h3 id="tornado-title">{ dt(D::TornadoTitle, lang) }</h3>
            <p class="help" id="tornado-help">{ dt(D::TornadoIntro, lang) }</p>
            <svg viewBox={format!("0 0 {} {h}", px(WIDTH))} role="img" data-testid="tornado"
                aria-labelledby="tornado-title tornado-desc">
                <desc id="tornado-desc">
                    { format!("{} {}. ", dt(D::TornadoToday, lang), format_kr(*base, lang)) }
                    { for rows.iter().map(describe) }
                </desc>
                { for rows.iter().zip(&g.bars).map(|(r, b)| html! {
                    <g class="row" data-testid={format!("tornado-row-{}", r.input.path())}>
                        <title>{ describe(r) }</title>
                        <text x="12" y={px(b.y + 12.0)}>
                            { label(r) }{ ": " }
                            { format_kr(r.net_low, lang) }{ " … " }{ format_kr(r.net_high, lang) }
                        </text>
                        <rect class="low" x={px(b.low_x)} y={px(b.y + 17.0)} width={px(b.low_w)} height="14" />
                        <rect class="high" x={px(b.high_x)} y={px(b.y + 17.0)} width={px(b.high_w)} height="14" />
                    </g>
                }) }
                { line("zero", g.zero_x) }
                { line("base", g.base_x) }
                <text class="mark" x={px(g.zero_x)} y="12" text-anchor="middle">{ "0" }</text>
            </svg>
            <p class="legend" aria-hidden="true">
                <span class="key low-key"></span>{ dt(D::Low, lang) }
                <span class="key high-key"></span>{ dt(D::High, lang) }
                <span class="key zero-key"></span>{ dt(D::TornadoZero, lang) }
                <span class="key base-key"></span>{ dt(D::TornadoToday, lang) }{ ": " }{ format_kr(*base, lang) }
            </p>
        </div>
    }
}

#[function_component(Ranges)]
fn ranges() -> Html {
    let app = use_app();
    let lang = app.lang;
    let s = &app.scenario;
    let views = range_views(s, lang);
    let select = use_node_ref();
    let free: Vec<InputId> = decision_inputs(s)
        .into_iter()
        .filter(|i| !views.iter().any(|v| v.input == *i))
        .collect();
    let add = {
        let select = select.clone();
        let scenario = s.clone();
        send_with(&app, move |_: MouseEvent| {
            let input = InputId::parse(&select.cast::<HtmlSelectElement>()?.value())?;
            let (low, high) = default_range(&scenario, input)?;
            Some(decide(DA::SetRange {
                input,
                low,
                likely: None,
                high,
            }))
        })
    };
    let row = |v: &crate::ui::decision::RangeView| {
        let input = v.input;
        let path = input.path();
        // Any box changed: read all three from the row.
        let onchange = send_with(&app, move |e: Event| {
            let el: HtmlInputElement = e.target_unchecked_into();
            let row = el.closest("tr").ok()??;
            let get = |k: &str| {
                row.query_selector(&format!("[data-k=\"{k}\"]"))
                    .ok()
                    .flatten()
                    .and_then(|n| wasm_bindgen::JsCast::dyn_into::<HtmlInputElement>(n).ok())
                    .map(|i| i.value())
                    .unwrap_or_default()
            };
            let (low, likely, high) = parse_range(&get("low"), &get("likely"), &get("high"), lang)?;
            Some(decide(DA::SetRange {
                input,
                low,
                likely,
                high,
            }))
        });
        let cell = |k: &'static str, d: D, value: &String| {
            html! {
                <td><input type="text" inputmode="decimal" data-k={k} value={value.clone()}
                    aria-label={format!("{} – {}", v.label, dt(d, lang))}
                    data-testid={format!("range-{k}-{path}")} onchange={onchange.clone()} /></td>
            }
        };
        html! { <>
            <tr>
                <th scope="row">{ &v.label }</th>
                { cell("low", D::Low, &v.low) }
                { cell("likely", D::Likely, &v.likely) }
                { cell("high", D::High, &v.high) }
                <td><button type="button" class="link" onclick={send(&app, decide(DA::RemovedRange(input)))}
                    aria-label={format!("{} – {}", dt(D::Remove, lang), v.label)}>{ dt(D::Remove, lang) }</button></td>
            </tr>
            if !v.sources.is_empty() {
                <tr class="range-sources"><td colspan="5" data-testid={format!("range-sources-{path}")}>{ &v.sources }</td></tr>
            }
        </> }
    };
    html! {
        <div class="ranges" role="group" aria-labelledby="ranges-title">
            <h3 id="ranges-title">{ dt(D::RangesTitle, lang) }</h3>
            <p class="help">{ dt(D::RangesIntro, lang) }</p>
            if !views.is_empty() {
                <div class="table-wrap">
                    <table data-testid="ranges">
                        <thead><tr>
                            <th scope="col">{ dt(D::GoalInput, lang) }</th>
                            <th scope="col">{ dt(D::Low, lang) }</th>
                            <th scope="col">{ dt(D::Likely, lang) }</th>
                            <th scope="col">{ dt(D::High, lang) }</th>
                            <th></th>
                        </tr></thead>
                        <tbody>{ for views.iter().map(row) }</tbody>
                    </table>
                </div>
            }
            <div class="add-range">
                <label for="range-add">{ dt(D::AddRange, lang) }</label>
                <select id="range-add" ref={select} data-testid="range-add">
                    { for free.iter().map(|i| html! { <option value={i.path()}>{ input_label(s, *i, lang) }</option> }) }
                </select>
                <button type="button" onclick={add} disabled={free.is_empty()} data-testid="range-add-button">{ dt(D::Add, lang) }</button>
            </div>
        </div>
    }
}

#[function_component(MeetingPick)]
fn meeting_pick() -> Html {
    let app = use_app();
    let lang = app.lang;
    let s = &app.scenario;
    let chosen = app.decision.meeting_inputs.clone();
    let full = chosen.len() >= MAX_MEETING_INPUTS;
    html! {
        <details class="meeting-pick">
            <summary>{ dt(D::MeetingPick, lang) }</summary>
            <div class="checks">
                { for decision_inputs(s).into_iter().map(|input| {
                    let on = chosen.contains(&input);
                    let mut next = chosen.clone();
                    if on { next.retain(|i| *i != input) } else { next.push(input) }
                    let id = format!("meet-{}", input.path());
                    html! {
                        <div class="field checkbox">
                            <input type="checkbox" id={id.clone()} checked={on} disabled={full && !on}
                                data-testid={format!("meeting-pick-{}", input.path())}
                                onchange={send(&app, decide(DA::ChoseMeetingInputs(next)))} />
                            <label for={id}>{ input_label(s, input, lang) }</label>
                        </div>
                    }
                }) }
            </div>
        </details>
    }
}

/// Opens meeting mode (beside the headline).
#[function_component(MeetingOpen)]
pub fn meeting_open() -> Html {
    let app = use_app();
    html! {
        <button type="button" id="meeting-open" class="meeting-open" data-testid="meeting-open"
            disabled={app.outcome.is_none()} onclick={send(&app, decide(DA::OpenedMeetingMode))}>
            { dt(D::MeetingOpen, app.lang) }
        </button>
    }
}
