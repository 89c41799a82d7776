//! Meeting mode: the headline in very large type and sliders for the
//! assumptions the analyst picked, each marking its break-even. Escape or
//! "Tilbage" leaves; focus goes back to the button that opened it.

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::year_chart::YearChart;
use super::{send, send_with, use_app};
use crate::text::{dt, t, D, T};
use crate::ui::chart_geometry::svg_number as px;
use crate::ui::decision::{slider_value, slider_views, DecisionAction as DA};
use crate::ui::state::Action;
use crate::ui::view::headline_text;

#[function_component(MeetingView)]
pub fn meeting_view() -> Html {
    let app = use_app();
    if app.decision.meeting.is_none() {
        return html! {};
    }
    html! { <MeetingOverlay /> }
}

#[function_component(MeetingOverlay)]
fn meeting_overlay() -> Html {
    let app = use_app();
    let lang = app.lang;
    let root = use_node_ref();
    let spans = app.decision.meeting.as_deref().unwrap_or_default();
    {
        let root = root.clone();
        // Again when the sliders arrive: on a large scenario they are
        // chosen after the headline is shown (`ui::derived`).
        use_effect_with(!spans.is_empty(), move |_| {
            // Focus the first slider (arrows work at once); on leaving, the
            // button that opened meeting mode.
            if let Some(el) = root
                .cast::<web_sys::Element>()
                .and_then(|r| {
                    let first = |q: &str| r.query_selector(q).ok().flatten();
                    first("input").or_else(|| first("button"))
                })
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.focus();
            }
            || {
                if let Some(el) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("meeting-open"))
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = el.focus();
                }
            }
        });
    }
    let onkeydown = send_with(&app, |e: KeyboardEvent| {
        (e.key() == "Escape").then_some(Action::Decision(DA::LeftMeetingMode))
    });
    let solved = app.derived.sliders.value.as_deref().map(|v| v.as_slice());
    let sliders = slider_views(&app.scenario, lang, spans, solved);
    // The same words as the headline, with the period it covers.
    let (context, figure, verdict, class) = match app.outcome.as_deref() {
        Some(o) => {
            let h = headline_text(o, lang);
            let tone = h.tone();
            (h.context, h.figure, h.verdict, tone)
        }
        None => (
            t(T::HeadlineContext, lang).to_string(),
            String::new(),
            t(T::NoResult, lang),
            "",
        ),
    };
    html! {
        <div class="meeting" ref={root} role="dialog" aria-modal="true" aria-labelledby="meeting-context" {onkeydown}>
            <div class="meeting-top">
                <button type="button" class="back" onclick={send(&app, Action::Decision(DA::LeftMeetingMode))}
                    aria-keyshortcuts="Escape" data-testid="meeting-close">{ "← " }{ dt(D::MeetingBack, lang) }</button>
                <span class="hint">{ dt(D::MeetingHint, lang) }</span>
                <button type="button" class="reset-sliders" data-testid="meeting-reset"
                    onclick={send(&app, Action::Decision(DA::ResetSliders))}>{ dt(D::MeetingReset, lang) }</button>
            </div>
            <div class={classes!("meeting-headline", class, app.stale().then_some("stale"))}>
                <div class="meeting-name" data-testid="meeting-name">{ &app.scenario.name }</div>
                <div id="meeting-context" class="context" data-testid="meeting-context">{ context }</div>
                <div class="answer" aria-live="polite" aria-atomic="true">
                    <span class="figure" data-testid="meeting-headline">{ figure }</span>
                    { " " }<span class="verdict" data-testid="meeting-verdict">{ verdict }</span>
                </div>
            </div>
            <div class="meeting-body">
            <div class="sliders">
                { for sliders.iter().map(|v| {
                    let input = v.input;
                    let id = format!("slider-{}", v.path);
                    let list = format!("be-{}", v.path);
                    let oninput = send_with(&app, move |e: InputEvent| {
                        let el: HtmlInputElement = e.target_unchecked_into();
                        let value = slider_value(&el.value())?;
                        Some(Action::Decision(DA::MovedSlider { input, value }))
                    });
                    html! {
                        <div class="slider">
                            <label for={id.clone()}>{ &v.label }</label>
                            <output for={id.clone()}>{ &v.shown }</output>
                            <input type="range" id={id} min={v.min.clone()} max={v.max.clone()} step={v.step.clone()}
                                value={v.value.clone()} list={list.clone()} aria-valuetext={v.shown.clone()}
                                data-testid={format!("meeting-slider-{}", v.path)} {oninput} />
                            if let Some(be) = &v.break_even {
                                <datalist id={list}><option value={be.clone()}></option></datalist>
                            }
                            <div class="track-ends" aria-hidden="true">
                                <span>{ &v.min_shown }</span><span>{ &v.max_shown }</span>
                            </div>
                            if let Some(at) = v.break_even_at {
                                // Where the net is zero, drawn on the track.
                                <svg class="be-mark" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"
                                    data-testid={format!("meeting-be-{}", v.path)} data-at={px(at)}>
                                    <line x1={px(at)} x2={px(at)} y1="0" y2="10" />
                                </svg>
                            }
                            if !v.break_even_text.is_empty() {
                                <p class="be">{ "◆ " }{ &v.break_even_text }</p>
                            }
                        </div>
                    }
                }) }
            </div>
            <div class="meeting-chart"><YearChart prefix="meeting-" /></div>
            </div>
        </div>
    }
}
