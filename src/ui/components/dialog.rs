use yew::prelude::*;

use super::{send, send_with, use_app};
use crate::ui::state::Action;
use crate::ui::text::{t, T};

/// The id of the button that opens the dialog.
pub const RESET_BUTTON_ID: &str = "reset-preset-button";

/// "Reset to preset?" – asks before the user's work is replaced.
#[function_component(ConfirmReset)]
pub fn confirm_reset() -> Html {
    let app = use_app();
    let lang = app.lang;
    let cancel_ref = use_node_ref();
    let was_open = use_mut_ref(|| false);
    {
        // Opening focuses "Cancel" (the safe choice); closing gives focus
        // back to the button that opened the dialog.
        let cancel_ref = cancel_ref.clone();
        use_effect_with(app.confirming_reset, move |open| {
            if *open {
                if let Some(el) = cancel_ref.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            } else if *was_open.borrow() {
                if let Some(el) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(RESET_BUTTON_ID))
                    .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
                {
                    let _ = el.focus();
                }
            }
            *was_open.borrow_mut() = *open;
        });
    }
    if !app.confirming_reset {
        return html! {};
    }
    let onkeydown = send_with(&app, |e: KeyboardEvent| {
        (e.key() == "Escape").then_some(Action::CancelledReset)
    });
    html! {
        <div class="backdrop">
            <div class="dialog" role="alertdialog" aria-modal="true"
                aria-labelledby="reset-title" aria-describedby="reset-desc" {onkeydown}>
                <h2 id="reset-title">{ t(T::ResetQuestion, lang) }</h2>
                <p id="reset-desc">{ t(T::ResetExplanation, lang) }</p>
                <div class="dialog-buttons">
                    <button type="button" class="danger" onclick={send(&app, Action::ConfirmedReset)} data-testid="confirm-reset">{ t(T::ConfirmReset, lang) }</button>
                    <button type="button" ref={cancel_ref} onclick={send(&app, Action::CancelledReset)} data-testid="cancel-reset">{ t(T::CancelReset, lang) }</button>
                </div>
            </div>
        </div>
    }
}
