use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

use super::components::breakdown::BreakdownTable;
use super::components::compare::{CompareView, PrintAssumptions};
use super::components::decision::{DecisionPanel, MeetingOpen};
use super::components::dialog::ConfirmReset;
use super::components::group::GroupEditor;
use super::components::headline::Headline;
use super::components::meeting::MeetingView;
use super::components::report::ReportHeader;
use super::components::results::{KeyFacts, PerCaseFigures, Warnings};
use super::components::scenario_inputs::ScenarioInputs;
use super::components::sharing::ScenarioBar;
use super::components::story::Story;
use super::components::toolbar::Toolbar;
use super::components::working::{ItemWorkings, NetWorking};
use super::components::year_chart::YearChart;
use super::components::{send, AppHandle};
use super::decision::DecisionAction;
use super::state::{Action, AppState, StorageNotice, CORRUPT_COPY_KEY};
use super::storage;
use crate::data::presets;
use crate::engine::validate::MAX_GROUPS;
use crate::text::{t, T};

/// Keyboard undo/redo for the page: Ctrl/Cmd+Z undoes a change of the
/// scenario, Ctrl/Cmd+Shift+Z and Ctrl+Y redo. Inside a text box the browser's
/// own text undo is left alone, as in any form or a spreadsheet cell being
/// edited (it fires `input` events, so the state follows); the Undo/Redo
/// buttons always undo whole changes.
fn undo_key(e: &KeyboardEvent) -> Option<Action> {
    if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
        return None;
    }
    let in_text_box = e
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .is_some_and(|el| {
            el.tag_name().eq_ignore_ascii_case("textarea")
                || (el.tag_name().eq_ignore_ascii_case("input")
                    && el.get_attribute("type").as_deref() == Some("text"))
        });
    if in_text_box {
        return None;
    }
    let key = e.key();
    if key.eq_ignore_ascii_case("z") {
        Some(if e.shift_key() {
            Action::Redid
        } else {
            Action::Undid
        })
    } else if key.eq_ignore_ascii_case("y") && e.ctrl_key() {
        Some(Action::Redid)
    } else {
        None
    }
}

/// Opens a share link in the page's fragment, if there is one. A link that
/// opened is removed from the address (so a reload does not add it again);
/// a broken one stays, with its message on screen.
fn open_link_in_fragment(dispatcher: &UseReducerDispatcher<AppState>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let Ok(hash) = location.hash() else {
        return;
    };
    if !crate::format::link::is_link_fragment(&hash) {
        return;
    }
    let fragment = hash.trim_start_matches('#').to_string();
    let read = crate::format::link::decode(&fragment);
    let opened = read.is_ok();
    dispatcher.dispatch(Action::OpenedLink(read));
    if opened {
        if let (Ok(history), Ok(path), Ok(search)) =
            (window.history(), location.pathname(), location.search())
        {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("{path}{search}")),
            );
        }
    }
}

/// Whether the browser has painted the first render. The first render draws
/// the toolbar and the answer alone; the form, the results and the views
/// that start hidden follow right after that paint. On a slow laptop they
/// are most of the first render's work and nearly all of its layout, so the
/// answer shows that much sooner (`scripts/bench.sh`, row (e)).
/// The reducer hears of it (`Action::Painted`): the working is derived
/// only then.
#[hook]
fn use_first_paint_done(state: &UseReducerHandle<AppState>) -> bool {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        // A frame callback runs just before the paint; a timeout set
        // there runs after it.
        let frame = gloo::render::request_animation_frame(move |_| {
            Timeout::new(0, move || dispatcher.dispatch(Action::Painted)).forget();
        });
        move || drop(frame)
    });
    state.painted
}

/// Derived values that did not fit in the change that needed them
/// (`derived.later`): asked for in a timeout after the next frame, once the
/// browser has painted the headline. A newer change cancels the wait (the timeout is dropped)
/// and sets its own, so dragging a slider does not queue solves.
#[hook]
fn use_deferred_derivation(state: &UseReducerHandle<AppState>) {
    let dispatcher = state.dispatcher();
    use_effect_with(state.derived.later, move |later| {
        // After the next paint, as in `use_first_paint_done`: a timeout set
        // now could run before the browser paints the headline, and the
        // headline would wait for the solves after all.
        let timeout = Rc::new(RefCell::new(None));
        let frame = later.map(|id| {
            let timeout = Rc::clone(&timeout);
            gloo::render::request_animation_frame(move |_| {
                *timeout.borrow_mut() = Some(Timeout::new(0, move || {
                    dispatcher.dispatch(Action::DerivedLater(id))
                }));
            })
        });
        move || {
            drop(frame);
            timeout.borrow_mut().take();
        }
    });
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(AppState::initial);
    let painted = use_first_paint_done(&state);
    use_deferred_derivation(&state);

    // Restore what was saved, once.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let saved = storage::load();
            dispatcher.dispatch(Action::RestoredSaved {
                scenario: saved.scenario.map(Box::new),
                lang: saved.lang,
                preset: saved.preset,
            });
            if !saved.library.is_empty() {
                dispatcher.dispatch(Action::RestoredLibrary {
                    scenarios: saved.library,
                    active: saved.active,
                });
            }
            if let Some(problem) = saved.problem {
                dispatcher.dispatch(Action::StorageFailed(problem));
            }
            let meeting = storage::load_meeting();
            if !meeting.is_empty() {
                dispatcher.dispatch(Action::Decision(DecisionAction::ChoseMeetingInputs(
                    meeting,
                )));
            }
            // A share link in the fragment: added beside what was restored.
            open_link_in_fragment(&dispatcher);
        });
    }

    // A link pasted into the address bar of the open page.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            // Removed from the window when dropped, i.e. on unmount.
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    open_link_in_fragment(&dispatcher)
                })
            });
            move || drop(listener)
        });
    }

    // Save the whole library after every change (the scenario on screen is
    // one of it).
    {
        let dispatcher = state.dispatcher();
        let written = use_mut_ref(storage::Written::default);
        let deps = (state.loaded, state.library.clone(), state.active);
        use_effect_with(deps, move |(loaded, library, active)| {
            if *loaded {
                if let Err(problem) =
                    storage::save_library(&mut written.borrow_mut(), library, *active)
                {
                    dispatcher.dispatch(Action::StorageFailed(problem));
                }
            }
        });
    }

    // The inputs picked for meeting mode are saved too.
    {
        let dispatcher = state.dispatcher();
        let deps = (state.loaded, state.decision.meeting_inputs.clone());
        use_effect_with(deps, move |(loaded, inputs)| {
            if *loaded {
                if let Err(problem) = storage::save_meeting(inputs) {
                    dispatcher.dispatch(Action::StorageFailed(problem));
                }
            }
        });
    }

    // The language and the preset, when one of them changes.
    {
        let dispatcher = state.dispatcher();
        let deps = (state.loaded, state.lang, state.preset_id.clone());
        use_effect_with(deps, move |(loaded, lang, preset)| {
            if *loaded {
                if let Err(problem) = storage::save_choices(*lang, preset) {
                    dispatcher.dispatch(Action::StorageFailed(problem));
                }
            }
        });
    }

    // The page's language follows the app's.
    use_effect_with(state.lang, |lang| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", lang.code());
        }
    });

    // Keyboard undo/redo.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            // gloo's listeners are passive unless asked: this one must be
            // able to stop the browser's own undo.
            let listener = web_sys::window().map(|window| {
                EventListener::new_with_options(
                    &window,
                    "keydown",
                    EventListenerOptions::enable_prevent_default(),
                    move |e| {
                        let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                            return;
                        };
                        if let Some(action) = undo_key(e) {
                            e.prevent_default();
                            dispatcher.dispatch(action);
                        }
                    },
                )
            });
            move || drop(listener)
        });
    }

    let lang = state.lang;
    let handle: AppHandle = state.clone();
    // Read from the preset's document: only when the preset or the language changes.
    let story = use_memo((state.preset_id.clone(), lang), |(id, lang)| {
        presets::find(id).map(|p| p.story(*lang))
    });
    let groups = state.scenario.groups.len();
    // Shown under the headline and under the breakdown: worked out once per
    // scenario, not once per disclosure.
    let working = state.derived.workings.value.clone();
    let items = Rc::new(crate::ui::view::shown_items(&state.scenario));
    let storage_notice = state.storage_notice.map(|n| match n {
        StorageNotice::Unavailable => t(T::StorageUnavailable, lang).to_string(),
        StorageNotice::Full => t(T::StorageFull, lang).to_string(),
        StorageNotice::Corrupt => format!("{} \"{CORRUPT_COPY_KEY}\".", t(T::StorageCorrupt, lang)),
    });
    html! {
        <ContextProvider<AppHandle> context={handle}>
            <div class={classes!("app", state.decision.meeting.is_some().then_some("in-meeting"), state.comparing.then_some("comparing"))} lang={lang.code()}
                data-drawn={if painted { "all" } else { "answer" }}>
                <Toolbar />
                if let Some(message) = storage_notice {
                    <div class="notice storage-notice" role="status" data-testid="storage-notice">
                        <span>{ message }</span>
                        <button type="button" onclick={send(&state, Action::DismissedStorageNotice)}>{ t(T::Dismiss, lang) }</button>
                    </div>
                }
                if painted {
                    <CompareView />
                }
                if painted {
                    <ReportHeader />
                }
                <main class="layout">
                    <div class="area-headline">
                        <Headline outcome={state.outcome.clone()} stale={state.stale()} {lang} />
                        <KeyFacts />
                        if painted {
                            <div class="headline-tools">
                                <NetWorking workings={working.clone()} {lang} items={Rc::clone(&items)} />
                                <MeetingOpen />
                            </div>
                        }
                    </div>
                    if painted {
                        <section class="area-inputs" aria-labelledby="inputs-title">
                            <h2 id="inputs-title" class="visually-hidden">{ t(T::Inputs, lang) }</h2>
                            // The scenarios and the story head the inputs column:
                            // on a laptop the results get the screen's height
                            // under the toolbar; on a phone they are not in the
                            // sticky headline.
                            <ScenarioBar />
                            <Story />
                            if let Some(story) = &*story {
                                <details class="story" open=true>
                                    <summary>{ t(T::PresetStory, lang) }</summary>
                                    <p data-testid="preset-story">{ story }</p>
                                </details>
                            }
                            { for (0..groups).map(|i| html! { <GroupEditor key={i} index={i} basis={crate::ui::view::group_basis(&state, i)} app={state.clone()} /> }) }
                            <button type="button" class="add-group" onclick={send(&state, Action::AddedGroup)}
                                disabled={groups >= MAX_GROUPS} data-testid="add-group">{ "+ " }{ t(T::AddGroup, lang) }</button>
                            <ScenarioInputs />
                            <p class="hint">{ t(T::UndoHint, lang) }</p>
                        </section>
                        <section class={classes!("area-results", state.stale().then_some("stale"))}
                            aria-labelledby="results-title" tabindex="0">
                            <h2 id="results-title" class="visually-hidden">{ t(T::Results, lang) }</h2>
                            // The headline's notice is the one announced; this
                            // one marks the figures below it for the eye.
                            if state.stale() && state.outcome.is_some() {
                                <p class="notice stale-notice" data-testid="results-stale">{ t(T::StaleNotice, lang) }</p>
                            }
                            <YearChart />
                            <PerCaseFigures />
                            <DecisionPanel />
                            <BreakdownTable />
                            <ItemWorkings workings={working} {lang} {items} />
                            <Warnings />
                        </section>
                        <PrintAssumptions />
                    }
                </main>
                if painted {
                    <ConfirmReset />
                    <MeetingView />
                }
            </div>
        </ContextProvider<AppHandle>>
    }
}
