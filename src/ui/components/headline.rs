use std::rc::Rc;

use yew::prelude::*;

use crate::engine::Outcome;
use crate::lang::Lang;
use crate::text::{t, T};
use crate::ui::view::headline_text;

#[derive(Properties, PartialEq)]
pub struct HeadlineProps {
    pub outcome: Option<Rc<Outcome>>,
    /// The figure belongs to an earlier, valid state of the inputs.
    pub stale: bool,
    pub lang: Lang,
}

/// The answer in one line: the kommune's net over the horizon, in words.
#[function_component(Headline)]
pub fn headline(props: &HeadlineProps) -> Html {
    let lang = props.lang;
    let Some(outcome) = &props.outcome else {
        let why = if props.stale {
            T::NoResultInvalid
        } else {
            T::NoResult
        };
        return html! { <section class="headline" data-testid="headline" role="status">{ t(why, lang) }</section> };
    };
    // The same words as the static first answer in index.html (`view::first_answer_html`).
    let text = headline_text(outcome, lang);
    html! {
        <section class={classes!("headline", text.tone(), props.stale.then_some("stale"))}
            data-testid="headline" aria-labelledby="headline-context">
            <div class="context" id="headline-context">{ text.context }</div>
            <div class="answer" aria-live="polite" aria-atomic="true">
                <span class="figure" data-testid="headline-figure">{ text.figure }</span>
                { " " }
                <span class="verdict" data-testid="headline-verdict">{ text.verdict }</span>
            </div>
            if props.stale {
                <p class="notice stale-notice" role="status" data-testid="stale-notice">{ t(T::StaleNotice, lang) }</p>
            }
        </section>
    }
}
