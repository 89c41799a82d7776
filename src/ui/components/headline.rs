use std::rc::Rc;

use yew::prelude::*;

use crate::engine::Outcome;
use crate::format::number::format_kr;
use crate::lang::Lang;

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
        return html! { <section class="headline" data-testid="headline">{ lang.pick("Ingen beregning endnu", "No result yet") }</section> };
    };
    let net = outcome.net.kommune;
    let saving = net >= rust_decimal::Decimal::ZERO;
    let verdict = match (saving, lang) {
        (true, Lang::Da) => "besparelse",
        (false, Lang::Da) => "merudgift",
        (true, Lang::En) => "saving",
        (false, Lang::En) => "extra cost",
    };
    html! {
        <section class={classes!("headline", if saving { "saving" } else { "cost" })} data-testid="headline" aria-live="polite">
            <div class="context">{ lang.pick("Nettoresultat for kommunen over perioden", "Net result for the municipality over the horizon") }</div>
            <div class="figure" data-testid="headline-figure">{ format_kr(net.abs(), lang) }</div>
            <div class="verdict" data-testid="headline-verdict">{ verdict }</div>
            if props.stale {
                <p class="notice" role="status">{ lang.pick("Ikke opdateret: ret de markerede felter.", "Not updated: correct the marked fields.") }</p>
            }
        </section>
    }
}
