use yew::prelude::*;

use super::use_app;
use crate::engine::BreakEven;
use crate::format::number::{format_kr, format_plain};
use crate::text::{self, t, T};
use crate::ui::view::{other_errors, warning_text};

/// Payback and the break-even indsats: the two lines under the headline.
#[function_component(KeyFacts)]
pub fn key_facts() -> Html {
    let app = use_app();
    let lang = app.lang;
    let payback = app.outcome.as_ref().map(|outcome| match outcome.payback {
        Some(p) => text::payback(p.month_number, p.at.month, p.at.year, lang),
        None => t(T::NoPayback, lang).to_string(),
    });
    let break_even = match &app.break_even {
        Some(BreakEven::Reached { value, current, .. }) => Some(text::break_even(
            &format_kr(*value, lang),
            &format_kr(*current, lang),
            lang,
        )),
        Some(BreakEven::OutOfRange { .. }) => Some(t(T::BreakEvenNone, lang).to_string()),
        _ => None,
    };
    let others = other_errors(&app);
    html! {
        <div class={classes!("key-facts", app.stale().then_some("stale"))}>
            if let Some(payback) = payback {
                <p class="payback" data-testid="payback"><strong>{ t(T::Payback, lang) }{ ": " }</strong>{ payback }</p>
            }
            if let Some(line) = break_even {
                <p class="break-even" data-testid="break-even">{ line }</p>
            }
            if !others.is_empty() {
                <div class="notice" role="alert">
                    <strong>{ t(T::OtherErrors, lang) }</strong>
                    <ul>{ for others.iter().map(|m| html! { <li>{ m }</li> }) }</ul>
                </div>
            }
        </div>
    }
}

/// Figures per case shortened, and the net present value when discounting.
#[function_component(PerCaseFigures)]
pub fn per_case_figures() -> Html {
    let app = use_app();
    let lang = app.lang;
    let Some(outcome) = &app.outcome else {
        return html! {};
    };
    let pc = &outcome.per_case;
    let kr = |v: Option<rust_decimal::Decimal>| {
        v.map_or_else(
            || t(T::NotApplicable, lang).to_string(),
            |v| format_kr(v, lang),
        )
    };
    let row = |label: T, value: String| {
        html! {
            <div class="fact"><dt>{ t(label, lang) }</dt><dd>{ value }</dd></div>
        }
    };
    html! {
        <section class="per-case" aria-labelledby="per-case-title" data-testid="per-case">
            <h2 id="per-case-title">{ t(T::PerCase, lang) }</h2>
            <dl>
                { row(T::CasesShortened, format_plain(pc.cases_shortened, lang, 2)) }
                { row(T::CaseMonths, format_plain(pc.case_months, lang, 2)) }
                { row(T::NetPerCase, kr(pc.net_kommune_per_case)) }
                { row(T::SwingPerCaseMonth, kr(pc.benefit_swing_per_case_month)) }
                { row(T::CostPerCase, kr(pc.cost_per_case)) }
                if let Some(npv) = outcome.npv_kommune {
                    { row(T::Npv, format_kr(npv, lang)) }
                }
            </dl>
        </section>
    }
}

/// The engine's warnings (effects after the horizon, estimated rates).
#[function_component(Warnings)]
pub fn warnings() -> Html {
    let app = use_app();
    let lang = app.lang;
    let Some(outcome) = &app.outcome else {
        return html! {};
    };
    if outcome.warnings.is_empty() {
        return html! {};
    }
    html! {
        <section class="warnings" aria-labelledby="warnings-title" data-testid="warnings">
            <h2 id="warnings-title">{ t(T::Warnings, lang) }</h2>
            <ul>{ for outcome.warnings.iter().map(|w| html! { <li>{ warning_text(w, &app.scenario, lang) }</li> }) }</ul>
        </section>
    }
}
