use yew::prelude::*;

use super::use_app;
use crate::engine::LineItem;
use crate::engine::Split;
use crate::format::number::format_decimal;
use crate::text::{self, t, T};
use crate::ui::view::{cost_line_rows, shown_items};

/// By calendar year and line item, split into kommune / stat / in total.
#[function_component(BreakdownTable)]
pub fn breakdown_table() -> Html {
    let app = use_app();
    let lang = app.lang;
    let Some(outcome) = &app.outcome else {
        return html! {};
    };
    let items = shown_items(&app.scenario);
    let cells = |s: Split| {
        html! {
            <>
                <td>{ format_decimal(s.kommune, lang, 0) }</td>
                <td>{ format_decimal(s.stat, lang, 0) }</td>
                <td>{ format_decimal(s.public(), lang, 0) }</td>
            </>
        }
    };
    let body = |heading: String,
                lines: crate::engine::outcome::LineItems,
                net: Split,
                net_label: String,
                class: &'static str,
                year: Option<usize>| {
        // Under the cost-lines row, one row per line.
        let per_line = cost_line_rows(&app.scenario, outcome, year, lang);
        html! {
            <tbody class={class}>
                <tr class="year"><th scope="rowgroup" colspan="4">{ heading }</th></tr>
                { for items.iter().map(|item| html! {
                    <>
                        <tr><th scope="row">{ item.label(lang) }</th>{ cells(lines.get(*item)) }</tr>
                        if *item == LineItem::CostLines {
                            { for per_line.iter().map(|(label, total)| html! {
                                <tr class="cost-line" data-testid={if year.is_some() { "cost-line-year" } else { "cost-line-total" }}><th scope="row">{ label.clone() }</th>{ cells(*total) }</tr>
                            }) }
                        }
                    </>
                }) }
                <tr class="net"><th scope="row">{ net_label }</th>{ cells(net) }</tr>
            </tbody>
        }
    };
    html! {
        <section class="breakdown" aria-labelledby="breakdown-title">
            <h2 id="breakdown-title">{ t(T::Breakdown, lang) }</h2>
            <div class="table-wrap">
                <table data-testid="breakdown-table">
                    <caption>{ t(T::BreakdownCaption, lang) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t(T::LineItem, lang) }</th>
                            <th scope="col">{ t(T::Kommune, lang) }</th>
                            <th scope="col">{ t(T::Stat, lang) }</th>
                            <th scope="col">{ t(T::Total, lang) }</th>
                        </tr>
                    </thead>
                    { for outcome.years.iter().enumerate().map(|(i, y)| body(
                        text::year_heading(y.year, y.months, lang),
                        y.items,
                        y.net,
                        format!("{} {}", t(T::Net, lang), y.year),
                        "",
                        Some(i),
                    )) }
                    { body(
                        t(T::TotalHorizon, lang).to_string(),
                        outcome.totals,
                        outcome.net,
                        t(T::NetTotal, lang).to_string(),
                        "totals",
                        None,
                    ) }
                </table>
            </div>
        </section>
    }
}
