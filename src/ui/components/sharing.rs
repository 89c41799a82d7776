//! The scenario library bar (tabs, new, duplicate, rename, delete, compare)
//! with, folded behind its "Del og eksportér" button, files (JSON
//! export/import, CSV), printing and share links with a QR code; and the
//! notices about links and imports. Everything from a link or a file is
//! rendered as text (Yew escapes text nodes); nothing is ever markup.

use std::rc::Rc;

use gloo::events::EventListener;
use gloo::file::{Blob, ObjectUrl};
use gloo::timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{send, send_with, use_app};
use crate::engine::Scenario;
use crate::format::{csv, document, link};
use crate::lang::Lang;
use crate::text::{self, t, T};
use crate::ui::state::{Action, AppState, Notice};
use crate::ui::view;

/// Offers `text` as a file download named `name`.
fn download(name: &str, mime: &str, text: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let url = ObjectUrl::from(Blob::new_with_options(text, Some(mime)));
    if let Some(a) = doc
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        if let Some(body) = doc.body() {
            let _ = body.append_child(&a);
            a.click();
            a.remove();
        }
    }
    // The URL is revoked when dropped: kept until the download has started.
    Timeout::new(10_000, move || drop(url)).forget();
}

/// The scenarios compared, when the compare view shows two or more.
pub fn compared(app: &AppState) -> Vec<Rc<Scenario>> {
    app.compared_scenarios()
}

/// Tabs of the scenarios and what can be done with them.
#[function_component(ScenarioBar)]
pub fn scenario_bar() -> Html {
    let app = use_app();
    let lang = app.lang;
    let share_open = use_state(|| false);
    let onrename = send_with(&app, |e: InputEvent| {
        let el: HtmlInputElement = e.target_unchecked_into();
        Some(Action::RenamedScenario(el.value()))
    });
    let onimport = {
        let dispatcher = app.dispatcher();
        Callback::from(move |e: Event| {
            let el: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = el.files().and_then(|f| f.get(0)) else {
                return;
            };
            // The same file can be chosen again.
            el.set_value("");
            let dispatcher = dispatcher.clone();
            let read = gloo::file::futures::read_as_text(&Blob::from(file));
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(text) = read.await {
                    dispatcher.dispatch(Action::ImportedFile(text));
                }
            });
        })
    };
    let onexport = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            let list = compared(&app);
            let (name, json) = if list.is_empty() {
                (app.scenario.name.clone(), document::to_json(&app.scenario))
            } else {
                let content =
                    link::LinkContent::Comparison(list.iter().map(|s| (**s).clone()).collect());
                (t(T::Compare, app.lang).to_string(), content.to_json())
            };
            download(
                &view::file_name(&name, "json", app.lang),
                "application/json",
                &json,
            );
        })
    };
    let oncsv = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| {
            let list = compared(&app);
            if list.is_empty() {
                if let Some(outcome) = &app.outcome {
                    let labels: Vec<&str> = app
                        .scenario
                        .costs
                        .iter()
                        .map(|c| c.label.as_str())
                        .collect();
                    let exported = csv::Exported {
                        name: &app.scenario.name,
                        discount_pct: app.scenario.perspective.discount_pct,
                        outcome,
                        cost_labels: &labels,
                    };
                    let text = csv::yearly(&exported, today(), app.lang);
                    download(
                        &view::file_name(&app.scenario.name, "csv", app.lang),
                        "text/csv;charset=utf-8",
                        &text,
                    );
                }
            } else {
                // The comparison's outcomes, derived by the reducer.
                let comparison = app.derived.comparison.value.clone();
                let outcomes = comparison
                    .as_ref()
                    .map_or(&[][..], |c| c.outcomes.as_slice());
                let labels: Vec<Vec<&str>> = list
                    .iter()
                    .map(|s| s.costs.iter().map(|c| c.label.as_str()).collect())
                    .collect();
                let exported: Vec<csv::Exported> = list
                    .iter()
                    .zip(outcomes)
                    .zip(&labels)
                    .filter_map(|((s, o), l)| {
                        Some(csv::Exported {
                            name: &s.name,
                            discount_pct: s.perspective.discount_pct,
                            outcome: o.as_ref().ok()?,
                            cost_labels: l,
                        })
                    })
                    .collect();
                let text = csv::yearly_comparison(&exported, today(), app.lang);
                download(
                    &view::file_name(t(T::Compare, app.lang), "csv", app.lang),
                    "text/csv;charset=utf-8",
                    &text,
                );
            }
        })
    };
    let onprint = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let oncopy = {
        let app = app.clone();
        let share_open = share_open.clone();
        Callback::from(move |_: MouseEvent| {
            share_open.set(true);
            let Some(url) = share_url(&app) else {
                app.dispatch(Action::CopyFailed);
                return;
            };
            let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
                return;
            };
            let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
                .is_ok_and(|c| !c.is_undefined() && !c.is_null());
            let dispatcher = app.dispatcher();
            if !has_clipboard {
                select_link_text();
                dispatcher.dispatch(Action::CopyFailed);
                return;
            }
            let promise = navigator.clipboard().write_text(&url);
            wasm_bindgen_futures::spawn_local(async move {
                if JsFuture::from(promise).await.is_ok() {
                    dispatcher.dispatch(Action::CopiedLink);
                } else {
                    select_link_text();
                    dispatcher.dispatch(Action::CopyFailed);
                }
            });
        })
    };
    let count = app.library.len();
    html! {
        <section class="scenario-bar" aria-labelledby="scenarios-title">
            <h2 id="scenarios-title" class="visually-hidden">{ t(T::Scenarios, lang) }</h2>
            <ul class="scenario-list" data-testid="scenario-list" aria-label={t(T::Scenarios, lang)}>
                { for app.library.iter().enumerate().map(|(i, s)| html! {
                    <li>
                        <button type="button" class={classes!("scenario-tab", (i == app.active).then_some("active"))}
                            aria-current={if i == app.active { "true" } else { "false" }}
                            onclick={send(&app, Action::SwitchedScenario(i))}
                            data-testid={format!("scenario-tab-{i}")}>{ &s.name }</button>
                    </li>
                }) }
            </ul>
            <div class="scenario-tools">
                <label for="scenario-name">{ t(T::ScenarioName, lang) }</label>
                <input id="scenario-name" type="text" value={app.scenario.name.clone()} oninput={onrename}
                    onblur={send(&app, Action::LeftGroupLabel)} data-testid="rename-scenario" />
                <button type="button" onclick={send(&app, Action::CreatedScenario)} data-testid="new-scenario">{ "+ " }{ t(T::NewScenario, lang) }</button>
                <button type="button" onclick={send(&app, Action::DuplicatedScenario)} data-testid="duplicate-scenario">{ t(T::DuplicateScenario, lang) }</button>
                <button type="button" onclick={send(&app, Action::AskedToDeleteScenario(app.active))} disabled={count < 2}
                    data-testid="delete-scenario">{ t(T::DeleteScenario, lang) }</button>
                <button type="button" onclick={send(&app, Action::ToggledCompare)} disabled={count < 2 && !app.comparing}
                    aria-pressed={if app.comparing { "true" } else { "false" }} data-testid="compare-open">{ t(T::Compare, lang) }</button>
                <ShareMenu label={t(T::Share, lang)}>
                    <button type="button" onclick={oncopy} data-testid="copy-link">{ t(T::CopyLink, lang) }</button>
                    <button type="button" onclick={onexport} data-testid="export-json">{ t(T::ExportJson, lang) }</button>
                    <label class="file-button">{ t(T::ImportJson, lang) }
                        <input type="file" accept=".json,application/json" onchange={onimport} data-testid="import-json" />
                    </label>
                    <button type="button" onclick={oncsv} disabled={app.outcome.is_none()} data-testid="export-csv">{ t(T::ExportCsv, lang) }</button>
                    <button type="button" onclick={onprint} data-testid="print">{ t(T::Print, lang) }</button>
                </ShareMenu>
            </div>
            if let Some(i) = app.confirming_delete {
                <div class="confirm-delete" role="alertdialog" aria-labelledby="delete-title" aria-describedby="delete-desc">
                    <p id="delete-title"><strong>{ t(T::DeleteQuestion, lang) }{ " \u{201c}" }{ app.library.get(i).map(|s| s.name.clone()).unwrap_or_default() }{ "\u{201d}?" }</strong></p>
                    <p id="delete-desc">{ t(T::DeleteExplanation, lang) }</p>
                    <button type="button" class="danger" onclick={send(&app, Action::DeletedScenario)} data-testid="confirm-delete">{ t(T::ConfirmDelete, lang) }</button>
                    <button type="button" autofocus=true onclick={send(&app, Action::CancelledDelete)} data-testid="cancel-delete">{ t(T::CancelReset, lang) }</button>
                </div>
            }
            if *share_open {
                <SharePanel onclose={Callback::from(move |_| share_open.set(false))} />
            }
            <Notices />
        </section>
    }
}

const SHARE_MENU_ID: &str = "share-menu";
const SHARE_MENU_BUTTON_ID: &str = "share-menu-button";

#[derive(Properties, PartialEq)]
struct ShareMenuProps {
    label: AttrValue,
    children: Html,
}

/// The file, share and print actions folded behind one button ("Del og
/// eksportér"), so the scenario bar stays short and the story stays on the
/// first screen; opened, they show as a row of their own under it. A
/// disclosure (not an ARIA menu): Tab walks its actions; Escape, a chosen
/// action, focus or a click elsewhere close it. The actions stay in the
/// page while it is closed (`hidden`), so the file input still gets the
/// file chosen from it.
#[function_component(ShareMenu)]
fn share_menu(props: &ShareMenuProps) -> Html {
    let open = use_state(|| false);
    let container = use_node_ref();
    {
        let open = open.clone();
        let container = container.clone();
        use_effect_with(*open, move |&is_open| {
            let listener = is_open
                .then(|| web_sys::window().and_then(|w| w.document()))
                .flatten()
                .map(|document| {
                    EventListener::new(&document, "pointerdown", move |e| {
                        let target = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
                        if !contains(&container, target.as_ref()) {
                            open.set(false);
                        }
                    })
                });
            move || drop(listener)
        });
    }
    // Focus goes back to the button before the chosen action is hidden,
    // so it is not lost to the page.
    let close_to_button = {
        let open = open.clone();
        Callback::from(move |()| {
            focus_by_id(SHARE_MENU_BUTTON_ID);
            open.set(false);
        })
    };
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let onkeydown = {
        let close = close_to_button.clone();
        let is_open = *open;
        Callback::from(move |e: KeyboardEvent| {
            if is_open && e.key() == "Escape" {
                e.prevent_default();
                e.stop_propagation();
                close.emit(());
            }
        })
    };
    let onfocusout = {
        let open = open.clone();
        let container = container.clone();
        Callback::from(move |e: FocusEvent| {
            // No related target: the window lost focus (the file picker,
            // the print dialog); the menu stays until the action is done.
            let Some(next) = e.related_target() else {
                return;
            };
            if !contains(&container, next.dyn_ref::<web_sys::Node>()) {
                open.set(false);
            }
        })
    };
    let onclick = {
        let close = close_to_button.clone();
        Callback::from(move |e: MouseEvent| {
            let on_button = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("button").ok().flatten())
                .is_some();
            if on_button {
                close.emit(());
            }
        })
    };
    // A file was chosen for import.
    let onchange = Callback::from(move |_: Event| close_to_button.emit(()));
    html! {
        <div class="fold-menu" ref={container} {onkeydown} {onfocusout}>
            <button type="button" id={SHARE_MENU_BUTTON_ID} class="fold-menu-button"
                aria-expanded={if *open { "true" } else { "false" }} aria-controls={SHARE_MENU_ID}
                onclick={ontoggle} data-testid="share-menu">
                { props.label.clone() }<span aria-hidden="true">{ if *open { " ▴" } else { " ▾" } }</span>
            </button>
            <div id={SHARE_MENU_ID} class="fold-menu-list" role="group" aria-label={props.label.clone()}
                hidden={!*open} {onclick} {onchange} data-testid="share-menu-list">
                { props.children.clone() }
            </div>
        </div>
    }
}

fn contains(container: &NodeRef, node: Option<&web_sys::Node>) -> bool {
    container
        .get()
        .is_some_and(|c| node.is_some_and(|n| c.contains(Some(n))))
}

fn select_link_text() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("link-text"))
        .and_then(|el| el.dyn_into::<HtmlInputElement>().ok())
    {
        let _ = el.focus();
        el.select();
    }
}

/// The address of the page with the active scenario (or the comparison) in
/// the fragment.
pub fn share_url(app: &AppState) -> Option<String> {
    let list = compared(app);
    let fragment = if list.is_empty() {
        link::encode_scenario(&app.scenario)
    } else {
        link::encode_comparison(&list.iter().map(|s| (**s).clone()).collect::<Vec<_>>())
    }
    .ok()?;
    let location = web_sys::window()?.location();
    Some(format!(
        "{}{}#{fragment}",
        location.origin().ok()?,
        location.pathname().ok()?
    ))
}

#[derive(Properties, PartialEq)]
struct ShareProps {
    onclose: Callback<MouseEvent>,
}

/// The link as text and as a QR code.
#[function_component(SharePanel)]
fn share_panel(props: &ShareProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let url = share_url(&app).unwrap_or_default();
    let qr = use_memo(url.clone(), |url| view::qr_drawing(url));
    let large_open = use_state(|| false);
    {
        // Opening the large code focuses its "Close"; closing gives focus
        // back to the button that opened it.
        let was_open = use_mut_ref(|| false);
        use_effect_with(*large_open, move |open| {
            if *open {
                focus_by_id(LARGE_QR_CLOSE_ID);
            } else if *was_open.borrow() {
                focus_by_id(LARGE_QR_BUTTON_ID);
            }
            *was_open.borrow_mut() = *open;
        });
    }
    let label = if compared(&app).is_empty() {
        T::LinkText
    } else {
        T::LinkTextComparison
    };
    html! {
        <div class="share-panel" data-testid="share-panel">
            <label for="link-text">{ t(label, lang) }</label>
            <input id="link-text" type="text" readonly=true value={url.clone()} data-testid="link-text" />
            <p class="hint">{ t(T::LinkPrivacy, lang) }</p>
            <p class="link-status" role="status" data-testid="link-status">{
                match app.copy_status {
                    Some(true) => t(T::LinkCopied, lang),
                    Some(false) => t(T::LinkCopyFailed, lang),
                    None => "",
                }
            }</p>
            {
                match &*qr {
                    Some(drawing) => html! {
                        <>
                            if view::qr_scans_at(drawing, view::QR_SMALL_PX) {
                                { qr_svg(drawing, "qr-code", "qr", view::QR_SMALL_PX, lang) }
                            } else {
                                <p class="hint" data-testid="qr-too-dense">{ t(T::QrTooDenseSmall, lang) }</p>
                            }
                            <button type="button" id={LARGE_QR_BUTTON_ID} aria-haspopup="dialog"
                                onclick={{ let large_open = large_open.clone(); Callback::from(move |_| large_open.set(true)) }}
                                data-testid="show-large-qr">{ t(T::ShowLargeQr, lang) }</button>
                            if *large_open {
                                { large_qr(drawing, &url, { let large_open = large_open.clone(); Callback::from(move |_| large_open.set(false)) }, lang) }
                            }
                        </>
                    },
                    None => html! { <p class="notice" data-testid="qr-too-long">{ t(T::QrTooLong, lang) }</p> },
                }
            }
            <button type="button" onclick={props.onclose.clone()} data-testid="close-share">{ t(T::Close, lang) }</button>
        </div>
    }
}

/// The id of the button that opens the large code, which gets focus back
/// when it closes.
const LARGE_QR_BUTTON_ID: &str = "show-large-qr";
const LARGE_QR_CLOSE_ID: &str = "close-large-qr";

/// A code as SVG: the modules in a `viewBox` of module units, drawn at the
/// largest side up to `side_px` that gives every module the same whole
/// number of pixels, as SVG attributes, since the page's CSP allows no
/// inline style.
fn qr_svg(
    drawing: &view::QrDrawing,
    testid: &'static str,
    class: &'static str,
    side_px: usize,
    lang: Lang,
) -> Html {
    let side = view::qr_whole_module_side(drawing, side_px).to_string();
    html! {
        <svg {class} viewBox={drawing.view_box.clone()}
            width={side.clone()} height={side} role="img" aria-label={t(T::QrCode, lang)}
            shape-rendering="crispEdges" data-testid={testid}>
            <rect x={format!("-{}", view::QR_QUIET_ZONE)} y={format!("-{}", view::QR_QUIET_ZONE)}
                width="100%" height="100%" class="qr-bg" />
            <path d={drawing.path.clone()} />
        </svg>
    }
}

fn focus_by_id(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// "Vis stor QR-kode": the code over the whole window, as large as the
/// window allows, for a room to scan from a screen or a projector. If even
/// that gives modules too small to scan, it says so and offers the link.
fn large_qr(drawing: &view::QrDrawing, url: &str, onclose: Callback<()>, lang: Lang) -> Html {
    // The window less the close button's row and a margin, at the time
    // it opens, which is when the room looks at it.
    let dimension = |v: Result<JsValue, JsValue>| {
        v.ok()
            .and_then(|v| v.as_f64())
            .map_or(0, |px| px.max(0.0) as usize)
    };
    let window = web_sys::window();
    let width = window.as_ref().map_or(0, |w| dimension(w.inner_width()));
    let height = window.as_ref().map_or(0, |w| dimension(w.inner_height()));
    let side = width.saturating_sub(32).min(height.saturating_sub(96));
    let scans = view::qr_scans_at(drawing, side);
    let onkeydown = {
        let onclose = onclose.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Escape" => onclose.emit(()),
            // Focus stays in the view: "Close", and the link when shown.
            "Tab" => {
                e.prevent_default();
                let on_close = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.active_element())
                    .is_some_and(|el| el.id() == LARGE_QR_CLOSE_ID);
                focus_by_id(if on_close && !scans {
                    "large-link-text"
                } else {
                    LARGE_QR_CLOSE_ID
                });
            }
            _ => {}
        })
    };
    html! {
        <div class="qr-large" role="dialog" aria-modal="true" aria-label={t(T::QrCode, lang)}
            {onkeydown} data-testid="large-qr-view">
            <button type="button" id={LARGE_QR_CLOSE_ID} onclick={Callback::from(move |_| onclose.emit(()))}
                data-testid="close-large-qr">{ t(T::Close, lang) }</button>
            if scans {
                { qr_svg(drawing, "qr-code-large", "qr-large-code", side, lang) }
            } else {
                <p data-testid="qr-too-dense-screen">
                    <label for="large-link-text">{ t(T::QrTooDenseScreen, lang) }</label>
                    <input id="large-link-text" type="text" readonly=true value={url.to_string()} />
                </p>
            }
        </div>
    }
}

/// What happened to a link or a file.
#[function_component(Notices)]
fn notices() -> Html {
    let app = use_app();
    let lang = app.lang;
    let dismiss = html! {
        <button type="button" onclick={send(&app, Action::DismissedNotice)} data-testid="dismiss-notice">{ t(T::Dismiss, lang) }</button>
    };
    let names = |names: &[String]| names.join(", ");
    html! {
        <>
            {
                match &app.notice {
                    Some(Notice::OpenedLink(list)) => html! {
                        <div class="notice" role="status" data-testid="link-notice">
                            <span>{ t(T::OpenedFromLink, lang) }{ " " }<strong>{ names(list) }</strong></span>
                            { dismiss.clone() }
                        </div>
                    },
                    Some(Notice::Imported(list)) => html! {
                        <div class="notice" role="status" data-testid="import-notice">
                            <span>{ t(T::Imported, lang) }{ " " }<strong>{ names(list) }</strong></span>
                            { dismiss.clone() }
                        </div>
                    },
                    Some(Notice::OpenedPreset { opened, kept }) => html! {
                        <div class="notice" role="status" data-testid="preset-notice">
                            <span>{ text::opened_preset(opened, kept, lang) }</span>
                            { dismiss.clone() }
                        </div>
                    },
                    Some(Notice::LinkFailed(e)) => html! {
                        <div class="notice error" role="alert" data-testid="link-error">
                            <span><strong>{ t(T::LinkFailed, lang) }</strong>{ " " }{ e.message(lang) }</span>
                            { dismiss.clone() }
                        </div>
                    },
                    None => html! {},
                }
            }
            if let Some(report) = &app.import_report {
                <div class="notice error" role="alert">
                    <strong>{ t(if report.added { T::ImportProblems } else { T::ImportFailed }, lang) }</strong>
                    <ul data-testid="import-errors">
                        { for report.messages(lang).into_iter().map(|m| html! { <li>{ m }</li> }) }
                    </ul>
                    { dismiss }
                </div>
            }
        </>
    }
}

/// Today by the browser's clock, in the user's time zone: the day an
/// export is made.
pub(super) fn today() -> csv::ExportDate {
    let now = js_sys::Date::new_0();
    // Date's fields are small whole numbers (month from 0).
    csv::ExportDate {
        year: now.get_full_year() as u16,
        month: now.get_month() as u8 + 1,
        day: now.get_date() as u8,
    }
}
