use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::dialog::RESET_BUTTON_ID;
use super::{send, send_with, use_app};
use crate::lang::Lang;
use crate::text::{t, T};
use crate::ui::state::Action;
use crate::ui::view::preset_titles;

/// Title, preset, reset, undo/redo and language.
#[function_component(Toolbar)]
pub fn toolbar() -> Html {
    let app = use_app();
    let lang = app.lang;
    // This renders on every change of the state; the titles change only
    // with the language.
    let titles = use_memo(lang, |&lang| preset_titles(lang));
    let onpreset = send_with(&app, |e: Event| {
        let el: HtmlSelectElement = e.target_unchecked_into();
        Some(Action::ChosePreset(el.value()))
    });
    let lang_button = |l: Lang, label: &'static str, name: &'static str| {
        html! {
            <button type="button" class="lang" lang={l.code()}
                aria-pressed={if lang == l { "true" } else { "false" }}
                title={name}
                onclick={send(&app, Action::SwitchedLanguage(l))}
                data-testid={format!("lang-{}", l.code())}>{ label }</button>
        }
    };
    html! {
        // On smaller screens (styles/app.css) the tools show short words or
        // icons, their full names kept for screen readers, so the title
        // fits beside them.
        <header class="topbar">
            <div class="brand">
                <h1>{ t(T::Title, lang) }</h1>
                <p class="subtitle">{ &app.scenario.name }</p>
            </div>
            <div class="tools" role="group" aria-label={t(T::Preset, lang)}>
                <label for="preset-select" class="narrow-hidden">{ t(T::Preset, lang) }</label>
                <select id="preset-select" onchange={onpreset} data-testid="preset-select">
                    { for titles.iter().map(|(id, title)| html! {
                        <option value={*id} selected={app.preset_id == *id}>{ title }</option>
                    }) }
                </select>
                // A narrow toolbar shows the short word; the name read out
                // and the tooltip are the full one.
                <button type="button" id={RESET_BUTTON_ID} onclick={send(&app, Action::AskedToReset)}
                    aria-haspopup="dialog" aria-label={t(T::ResetToPreset, lang)} title={t(T::ResetToPreset, lang)}
                    data-testid="reset-preset">
                    <span class="wide-only">{ t(T::ResetToPreset, lang) }</span>
                    <span class="narrow-only">{ t(T::ResetShort, lang) }</span>
                </button>
            </div>
            <div class="tools" role="group" aria-label={t(T::KeyboardHelp, lang)}>
                <button type="button" onclick={send(&app, Action::Undid)} disabled={!app.can_undo()}
                    aria-keyshortcuts="Control+Z Meta+Z" title={t(T::UndoHint, lang)} data-testid="undo">
                    <span class="tool-icon" aria-hidden="true">{ "↶" }</span><span class="icon-label">{ " " }{ t(T::Undo, lang) }</span>
                </button>
                <button type="button" onclick={send(&app, Action::Redid)} disabled={!app.can_redo()}
                    aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y" title={t(T::UndoHint, lang)} data-testid="redo">
                    <span class="tool-icon" aria-hidden="true">{ "↷" }</span><span class="icon-label">{ " " }{ t(T::Redo, lang) }</span>
                </button>
            </div>
            <div class="tools lang-switch" role="group" aria-label={t(T::Language, lang)}>
                { lang_button(Lang::Da, "DA", "Dansk") }
                { lang_button(Lang::En, "EN", "English") }
            </div>
        </header>
    }
}
