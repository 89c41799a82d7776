//! "Show the working": the formula with the scenario's own numbers, for
//! the headline and for each line item.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::working::{Working, Workings};
use crate::engine::LineItem;
use crate::lang::Lang;
use crate::text::{dt, D};

fn lines(w: &Working, lang: Lang) -> Html {
    html! {
        <ol class="formula">
            if w.lines.is_empty() {
                <li>{ w.render(lang) }</li>
            }
            { for w.lines.iter().map(|l| html! { <li>{ l.render(lang) }</li> }) }
        </ol>
    }
}

#[derive(Properties)]
pub struct WorkingProps {
    /// The workings of the scenario on screen, derived once by `App` (both
    /// disclosures show parts of the same computation).
    pub workings: Option<Rc<Workings>>,
    pub lang: Lang,
    /// The line items shown (`view::shown_items`).
    pub items: Rc<Vec<LineItem>>,
}

/// The same workings (the same derivation, not equal numbers) in the same
/// language: a keystroke leaves the working as it is until its new one is
/// derived, instead of writing out every line again (thousands on a large
/// scenario) to find nothing changed.
impl PartialEq for WorkingProps {
    fn eq(&self, other: &Self) -> bool {
        let same = match (&self.workings, &other.workings) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        same && self.lang == other.lang && self.items == other.items
    }
}

/// Under the headline: how the net is made up.
#[function_component(NetWorking)]
pub fn net_working(props: &WorkingProps) -> Html {
    let lang = props.lang;
    let Some(w) = &props.workings else {
        return html! {};
    };
    html! {
        <details class="working" data-testid="working-net">
            <summary>{ dt(D::Working, lang) }</summary>
            { lines(&w.net, lang) }
        </details>
    }
}

/// Under the breakdown: one disclosure per line item.
#[function_component(ItemWorkings)]
pub fn item_workings(props: &WorkingProps) -> Html {
    let lang = props.lang;
    let Some(w) = &props.workings else {
        return html! {};
    };
    html! {
        <section class="workings" aria-labelledby="workings-title">
            <h2 id="workings-title">{ dt(D::WorkingItems, lang) }</h2>
            { for props.items.iter().map(|item| html! {
                <details class="working" data-testid={format!("working-{}", item.key())}>
                    <summary>{ item.label(lang) }</summary>
                    { lines(w.item(*item), lang) }
                </details>
            }) }
        </section>
    }
}
