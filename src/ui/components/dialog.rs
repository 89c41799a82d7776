use yew::prelude::*;

use super::{send, use_app};
use crate::text::{t, T};
use crate::ui::state::Action;

/// The id of the button that opens the dialog.
pub const RESET_BUTTON_ID: &str = "reset-preset-button";

/// "Reset to preset?" – asks before the user's work is replaced.
#[function_component(ConfirmReset)]
pub fn confirm_reset() -> Html {
    let app = use_app();
    let lang = app.lang;
    let cancel_ref = use_node_ref();
    let confirm_ref = use_node_ref();
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
    // Escape cancels; Tab stays inside the dialog (its two buttons).
    let onkeydown = {
        let dispatcher = app.dispatcher();
        let (cancel_ref, confirm_ref) = (cancel_ref.clone(), confirm_ref.clone());
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Escape" => dispatcher.dispatch(Action::CancelledReset),
            "Tab" => {
                e.prevent_default();
                let on_cancel = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.active_element())
                    .is_some_and(|el| {
                        el.get_attribute("data-testid").as_deref() == Some("cancel-reset")
                    });
                let next = if on_cancel { &confirm_ref } else { &cancel_ref };
                if let Some(el) = next.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
            _ => {}
        })
    };
    html! {
        <div class="backdrop">
            <div class="dialog" role="alertdialog" aria-modal="true"
                aria-labelledby="reset-title" aria-describedby="reset-desc" {onkeydown}>
                <h2 id="reset-title">{ t(T::ResetQuestion, lang) }</h2>
                <p id="reset-desc">{ t(T::ResetExplanation, lang) }</p>
                <div class="dialog-buttons">
                    <button type="button" class="danger" ref={confirm_ref} onclick={send(&app, Action::ConfirmedReset)} data-testid="confirm-reset">{ t(T::ConfirmReset, lang) }</button>
                    <button type="button" ref={cancel_ref} onclick={send(&app, Action::CancelledReset)} data-testid="cancel-reset">{ t(T::CancelReset, lang) }</button>
                </div>
            </div>
        </div>
    }
}
