//! The printed report's first lines: what the document is, which scenario,
//! which period, when it was printed and by which version, and the
//! scenario's story. Shown only on paper (`print-only`).

use yew::prelude::*;

use super::sharing::today;
use super::use_app;
use crate::text::{self, t, T};
use crate::ui::view::outcome_period;

#[function_component(ReportHeader)]
pub fn report_header() -> Html {
    let app = use_app();
    let lang = app.lang;
    let period = app
        .outcome
        .as_deref()
        .map(|o| outcome_period(o, lang))
        .unwrap_or_default();
    let day = today();
    let printed = text::printed(
        &text::date(day.year, day.month, day.day, lang),
        env!("CARGO_PKG_VERSION"),
        lang,
    );
    html! {
        <header class="print-only report-header" data-testid="report-header">
            <p class="report-kind">{ t(T::ReportKind, lang) }</p>
            <h1>{ &app.scenario.name }</h1>
            <p>{ t(T::ReportPeriod, lang) }{ ": " }{ period }</p>
            <p class="report-printed">{ printed }</p>
            if !app.scenario.description.is_empty() {
                <p class="report-story">{ &app.scenario.description }</p>
            }
        </header>
    }
}
