//! "How sure are we?": the seeded Monte Carlo run, opt-in. The `Run` lives
//! here and is driven in chunks of a few milliseconds from a timeout, so
//! typing never waits for it; progress stays in this component, the start,
//! the result and a cancel go through the reducer.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{send, send_with, use_app};
use crate::engine::uncertainty::{MonteCarlo, Run};
use crate::format::number::{format_decimal, format_kr};
use crate::lang::Lang;
use crate::text::{self, dt, D};
use crate::ui::chart_geometry::svg_number as px;
use crate::ui::decision::{parse_run_settings, summary_view, DecisionAction as DA};
use crate::ui::decision_chart::{histogram, HIST_HEIGHT, WIDTH};
use crate::ui::state::{Action, AppState};

/// Work per chunk before the browser gets the thread back.
const CHUNK_MS: f64 = 10.0;

/// The next chunk of the run, if one is due. Dropping it cancels the chunk
/// (gloo clears the timeout), which is how a run stops: the component's
/// effect empties this when the run is cancelled or replaced, or the
/// component goes away.
type NextChunk = Rc<RefCell<Option<Timeout>>>;

struct Driver {
    run: RefCell<Run>,
    id: u32,
    next: NextChunk,
    dispatcher: UseReducerDispatcher<AppState>,
    progress: UseStateSetter<(u32, u32)>,
    lang: Lang,
}

fn schedule(driver: Rc<Driver>) {
    let next = Rc::clone(&driver.next);
    // Replaces the timeout that is running this chunk, if any: wasm-bindgen
    // frees a closure dropped during its own call only once the call returns.
    *next.borrow_mut() = Some(Timeout::new(0, move || chunk(driver)));
}

fn chunk(driver: Rc<Driver>) {
    let deadline = js_sys::Date::now() + CHUNK_MS;
    let step = driver
        .run
        .borrow_mut()
        .step_until(u32::MAX, || js_sys::Date::now() > deadline);
    let d = &driver.dispatcher;
    match step {
        Err(e) => d.dispatch(Action::Decision(DA::UncertaintyFailed {
            run: driver.id,
            messages: e.messages(driver.lang),
        })),
        Ok(p) if p.finished => {
            let summary = driver.run.borrow().result().cloned();
            if let Some(summary) = summary {
                d.dispatch(Action::Decision(DA::UncertaintyFinished {
                    run: driver.id,
                    summary: Rc::new(summary),
                }));
            }
        }
        Ok(p) => {
            driver.progress.set((p.draws_done, p.draws));
            schedule(driver);
        }
    }
}

#[function_component(UncertaintyPanel)]
pub fn uncertainty_panel() -> Html {
    let app = use_app();
    let lang = app.lang;
    let u = &app.decision.uncertainty;
    let progress = use_state(|| (0u32, 0u32));
    {
        let scenario = app.scenario.clone();
        let (seed, draws) = (u.seed, u.draws);
        let dispatcher = app.dispatcher();
        let progress = progress.setter();
        let next: NextChunk = use_mut_ref(|| None);
        use_effect_with(u.running, move |running| {
            if let Some(id) = *running {
                progress.set((0, draws));
                match Run::new(&scenario, MonteCarlo::new(seed, draws)) {
                    Ok(run) => schedule(Rc::new(Driver {
                        run: RefCell::new(run),
                        id,
                        next: Rc::clone(&next),
                        dispatcher,
                        progress,
                        lang,
                    })),
                    Err(e) => dispatcher.dispatch(Action::Decision(DA::UncertaintyFailed {
                        run: id,
                        messages: e.messages(lang),
                    })),
                }
            }
            move || {
                let cancelled = next.borrow_mut().take();
                drop(cancelled);
            }
        });
    }
    let seed_ref = use_node_ref();
    let draws_ref = use_node_ref();
    let onrun = {
        let (seed_ref, draws_ref) = (seed_ref.clone(), draws_ref.clone());
        send_with(&app, move |_: MouseEvent| {
            let value = |r: &NodeRef| {
                r.cast::<HtmlInputElement>()
                    .map(|i| i.value())
                    .unwrap_or_default()
            };
            let (seed, draws) = parse_run_settings(&value(&seed_ref), &value(&draws_ref), lang)
                .unwrap_or((u64::MAX, 0));
            Some(Action::Decision(DA::StartedUncertaintyRun { seed, draws }))
        })
    };
    let n = |v: u32| format_decimal(v.into(), lang, 0);
    let running = u.running.is_some();
    html! {
        <div class="uncertainty" role="group" aria-labelledby="uncertainty-title">
            <h3 id="uncertainty-title">{ dt(D::UncertaintyTitle, lang) }</h3>
            <p class="help">{ dt(D::UncertaintyIntro, lang) }</p>
            <div class="run-controls">
                <div class="field">
                    <label for="mc-seed">{ dt(D::Seed, lang) }</label>
                    <input type="text" inputmode="numeric" id="mc-seed" ref={seed_ref}
                        value={u.seed.to_string()} data-testid="uncertainty-seed" />
                </div>
                <div class="field">
                    <label for="mc-draws">{ dt(D::Draws, lang) }</label>
                    <input type="text" inputmode="numeric" id="mc-draws" ref={draws_ref}
                        value={n(u.draws)} data-testid="uncertainty-draws" />
                </div>
                if running {
                    <button type="button" onclick={send(&app, Action::Decision(DA::CancelledUncertaintyRun))}
                        data-testid="uncertainty-stop">{ dt(D::Stop, lang) }</button>
                } else {
                    <button type="button" onclick={onrun} data-testid="uncertainty-run">{ dt(D::Run, lang) }</button>
                }
            </div>
            <div aria-live="polite">
                if running {
                    <p role="status" data-testid="uncertainty-progress">
                        <progress max={progress.1.to_string()} value={progress.0.to_string()}></progress>
                        { " " }{ text::progress(&n(progress.0), &n(progress.1), lang) }
                    </p>
                }
                if let Some(messages) = &u.error {
                    <div class="notice" role="alert" data-testid="uncertainty-error">
                        { for messages.iter().map(|m| html! { <p>{ m }</p> }) }
                    </div>
                }
            </div>
            if let Some(summary) = &u.result {
                <Result summary={summary.clone()} stale={u.result_stale} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ResultProps {
    summary: Rc<crate::engine::uncertainty::Summary>,
    stale: bool,
}

#[function_component(Result)]
fn result(props: &ResultProps) -> Html {
    let lang = use_app().lang;
    let s = &props.summary;
    let v = summary_view(s, lang);
    let g = histogram(&s.histogram);
    let fact = |label: D, value: &String, id: &'static str| {
        html! { <div class="fact"><dt>{ dt(label, lang) }</dt><dd data-testid={id}>{ value }</dd></div> }
    };
    html! {
        <div class={classes!("mc-result", props.stale.then_some("stale"))}>
            if props.stale {
                <p class="notice" role="status" data-testid="uncertainty-stale">{ dt(D::ResultStale, lang) }</p>
            }
            <dl class="facts">
                { fact(D::Probability, &v.probability, "uncertainty-probability") }
                { fact(D::P10, &v.p10, "uncertainty-p10") }
                { fact(D::P50, &v.p50, "uncertainty-p50") }
                { fact(D::P90, &v.p90, "uncertainty-p90") }
            </dl>
            <p class="help" data-testid="uncertainty-settings">
                { text::run_settings(&v.draws, &v.seed, &v.at_current, lang) }{ " " }{ s.method.describe(lang) }
            </p>
            <svg viewBox={format!("0 0 {} {}", px(WIDTH), px(HIST_HEIGHT))} role="img" class="histogram"
                data-testid="uncertainty-histogram"
                aria-label={format!("{}: {} … {}; P10 {}, P50 {}, P90 {}.", dt(D::Histogram, lang),
                    format_kr(s.min, lang), format_kr(s.max, lang), v.p10, v.p50, v.p90)}>
                { for s.histogram.iter().zip(&g.bars).map(|(bin, b)| html! {
                    <rect class={if b.saving { "saving" } else { "cost" }} x={px(b.x)} y={px(b.y)}
                        width={px(b.width)} height={px(b.height.max(0.5))}>
                        <title>{ format!("{} … {}: {}", format_kr(bin.from, lang), format_kr(bin.to, lang), bin.count) }</title>
                    </rect>
                }) }
                if let Some(x) = g.zero_x {
                    <line class="zero" x1={px(x)} x2={px(x)} y1="4" y2={px(g.base_y)} />
                }
                <text x="12" y={px(HIST_HEIGHT - 4.0)}>{ format_kr(s.min, lang) }</text>
                <text x={px(WIDTH - 12.0)} y={px(HIST_HEIGHT - 4.0)} text-anchor="end">{ format_kr(s.max, lang) }</text>
            </svg>
        </div>
    }
}
