//! Scenarios side by side: which to compare, their inputs (differing ones
//! marked ≠, not by colour alone) and their results with the difference from
//! the first (absolute and per cent). Also the print-only list of
//! assumptions with their sources.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::sharing::compared;
use super::{send_with, use_app, AppHandle};
use crate::engine::compare::{Comparison, Figure, InputDifference, Setting, Value};
use crate::engine::inputs::{Field, InputId};
use crate::engine::Scenario;
use crate::format::number::{format_decimal, format_plain};
use crate::lang::Lang;
use crate::text::{self, t, T};
use crate::ui::state::Action;
use crate::ui::view::{self, applies, cost_basis_label, cost_line_views, field_view, warning_text};

/// "Gruppe 2 (Under 30) – label" for what belongs to a group.
fn in_group(group: usize, label: String, scenarios: &[Rc<Scenario>], lang: Lang) -> String {
    let name = scenarios
        .iter()
        .find_map(|s| s.groups.get(group))
        .map(|g| g.label.clone())
        .unwrap_or_default();
    format!("{} – {label}", text::group_legend(group, &name, lang))
}

/// A path's label: the field's label, with the group's name for group fields.
fn path_label(path: &str, scenarios: &[Rc<Scenario>], lang: Lang) -> String {
    match InputId::parse(path) {
        Some(input) if input.field.is_group_field() => in_group(
            input.group,
            text::field_label(input.field, lang).to_string(),
            scenarios,
            lang,
        ),
        Some(input) => text::field_label(input.field, lang).to_string(),
        None if path == "name" => t(T::ScenarioName, lang).to_string(),
        None => path.to_string(),
    }
}

/// A difference's label: a numeric input by its field, anything else by
/// what it is (`Setting`), with its group's name where it has one.
fn difference_label(d: &InputDifference, scenarios: &[Rc<Scenario>], lang: Lang) -> String {
    let Some(setting) = &d.setting else {
        return path_label(&d.path, scenarios, lang);
    };
    let figure = match setting {
        Setting::Source(path, _) => path_label(path, scenarios, lang),
        _ => String::new(),
    };
    let label = text::setting_label(setting, &figure, lang);
    match setting.group() {
        Some(g) => in_group(g, label, scenarios, lang),
        None => label,
    }
}

fn amount(figure: Figure, v: rust_decimal::Decimal, lang: Lang) -> String {
    match figure {
        Figure::PaybackMonth => format_plain(v, lang, 0),
        _ => format!("{} kr.", format_decimal(v, lang, 2)),
    }
}

#[function_component(CompareView)]
pub fn compare_view() -> Html {
    let app = use_app();
    let lang = app.lang;
    let list = compared(&app);
    if !app.comparing {
        return html! {};
    }
    // Derived by the reducer when the compared scenarios change.
    let comparison = app.derived.comparison.value.clone().unwrap_or_else(|| {
        Rc::new(Comparison {
            inputs: Vec::new(),
            outcomes: Vec::new(),
            results: Vec::new(),
        })
    });
    let picks = app.library.iter().enumerate().map(|(i, s)| {
        let on = app.compared.contains(&i);
        let onchange = send_with(&app, move |e: Event| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            Some(Action::PickedForComparison {
                index: i,
                on: el.checked(),
            })
        });
        html! {
            <li><label><input type="checkbox" checked={on} {onchange} data-testid={format!("compare-pick-{i}")} />{ " " }{ &s.name }</label></li>
        }
    });
    let heads = html! {
        { for list.iter().map(|s| html! { <th scope="col">{ &s.name }</th> }) }
    };
    // Every numeric input of any compared scenario, then the other
    // differences (choices, names, sources).
    let groups = list.iter().map(|s| s.groups.len()).max().unwrap_or(0);
    let numeric: Vec<InputId> = Field::SCENARIO_FIELDS
        .iter()
        .map(|&f| InputId::scenario(f))
        .chain((0..groups).flat_map(|g| {
            Field::GROUP_FIELDS
                .iter()
                .map(move |&f| InputId::group(g, f))
        }))
        .filter(|input| list.iter().any(|s| applies(s, *input)))
        .collect();
    let differing = &comparison.inputs;
    let input_rows = numeric
        .iter()
        .map(|input| {
            let path = input.path();
            let unit = Some(input.spec().unit);
            let values: Vec<String> = list
                .iter()
                .map(|s| match input.get(s) {
                    Some(v) if applies(s, *input) => Value::Number(v),
                    _ => Value::Absent,
                })
                .map(|v| view::compared_value(&v, unit, lang))
                .collect();
            let label = path_label(&path, &list, lang);
            (path, label, values)
        })
        .chain(differing.iter().filter(|d| d.input.is_none()).map(|d| {
            let values = d
                .values
                .iter()
                .zip(&list)
                .map(|(v, s)| {
                    let unit = d.setting.as_ref().and_then(|set| view::setting_unit(set, s));
                    view::compared_value(v, unit, lang)
                })
                .collect();
            (d.path.clone(), difference_label(d, &list, lang), values)
        }))
        .map(|(path, label, values)| {
            let differs = differing.iter().any(|d| d.path == path);
            html! {
                <tr class={classes!(differs.then_some("differs"))}
                    data-testid={differs.then(|| format!("compare-diff-{path}"))}>
                    <th scope="row">
                        if differs { <span class="marker" aria-hidden="true">{ "≠ " }</span><span class="visually-hidden">{ t(T::Differs, lang) }{ ": " }</span> }
                        { label }
                    </th>
                    { for values.into_iter().map(|v| html! { <td>{ v }</td> }) }
                </tr>
            }
        });
    let diff_heads = html! {
        { for list.iter().skip(1).map(|s| html! {
            <>
                <th scope="col">{ t(T::Difference, lang) }{ " (kr.) " }{ &s.name }</th>
                <th scope="col">{ t(T::Difference, lang) }{ " (%) " }{ &s.name }</th>
            </>
        }) }
    };
    let dash = t(T::NotApplicable, lang);
    let result_rows = comparison.results.iter().map(|row| {
        let figure = row.figure;
        html! {
            <tr class={classes!(row.differs().then_some("differs"))}>
                <th scope="row">{ figure.label(lang) }</th>
                { for row.values.iter().map(|v| html! { <td>{ v.map_or_else(|| dash.to_string(), |v| amount(figure, v, lang)) }</td> }) }
                { for row.differences.iter().skip(1).map(|d| html! {
                    <>
                        <td>{ d.map_or_else(|| dash.to_string(), |d| amount(figure, d.absolute, lang)) }</td>
                        <td>{ d.and_then(|d| d.pct).map_or_else(|| dash.to_string(), |p| format!("{} %", format_decimal(p, lang, 1))) }</td>
                    </>
                }) }
            </tr>
        }
    });
    // Each scenario's own notices (estimated rates, the 2026 reform), so a
    // comparison shows what the results section shows for one scenario.
    let notices: Vec<Html> = list
        .iter()
        .zip(comparison.outcomes.iter())
        .flat_map(|(s, outcome)| {
            let warnings = outcome.as_ref().map_or(&[][..], |o| &o.warnings[..]);
            warnings.iter().map(move |w| {
                html! { <li>{ &s.name }{ ": " }{ warning_text(w, s, lang) }</li> }
            })
        })
        .collect();
    html! {
        <section class="compare" aria-labelledby="compare-title" data-testid="compare-view">
            <h2 id="compare-title">{ t(T::CompareTitle, lang) }</h2>
            <fieldset class="compare-picks">
                <legend>{ t(T::ComparePick, lang) }</legend>
                <ul>{ for picks }</ul>
            </fieldset>
            if list.len() >= 2 {
                <div class="table-wrap" tabindex="0" role="region" aria-label={t(T::CompareInputs, lang)}>
                    <table data-testid="compare-table">
                        <caption>{ t(T::CompareInputs, lang) }{ ". " }{ t(T::CompareInputsCaption, lang) }</caption>
                        <thead><tr><th scope="col">{ t(T::Input, lang) }</th>{ heads.clone() }</tr></thead>
                        <tbody>{ for input_rows }</tbody>
                    </table>
                </div>
                <div class="table-wrap" tabindex="0" role="region" aria-label={t(T::CompareResults, lang)}>
                    <table data-testid="compare-results">
                        <caption>{ t(T::CompareResults, lang) }{ ". " }{ t(T::CompareResultsCaption, lang) }</caption>
                        <thead><tr><th scope="col">{ t(T::LineItem, lang) }</th>{ heads }{ diff_heads }</tr></thead>
                        <tbody>{ for result_rows }</tbody>
                    </table>
                </div>
                if !notices.is_empty() {
                    <div class="warnings" data-testid="compare-warnings">
                        <h3>{ t(T::Warnings, lang) }</h3>
                        <ul>{ for notices }</ul>
                    </div>
                }
            }
        </section>
    }
}

/// How long after the last change the printed list of assumptions follows.
const PRINT_DELAY_MS: u32 = 300;

/// On paper only: every input of the scenario with its value and source.
/// It lists every input of every group (over 1,600 rows on the 50 × 120
/// benchmark), which cost more than the calculation when written out on
/// each keystroke; it is only seen on paper, so it follows the state a
/// moment after the typing stops.
#[function_component(PrintAssumptions)]
pub fn print_assumptions() -> Html {
    let app = use_app();
    let shown = use_state(|| (0u64, app.clone()));
    {
        let shown = shown.clone();
        let latest = app.clone();
        let key = (Rc::as_ptr(&app.scenario) as usize, app.lang);
        use_effect_with(key, move |_| {
            let timeout = Timeout::new(PRINT_DELAY_MS, move || {
                shown.set((shown.0 + 1, latest));
            });
            move || drop(timeout)
        });
    }
    html! { <AssumptionsTable generation={shown.0} app={shown.1.clone()} /> }
}

#[derive(Properties)]
struct AssumptionsProps {
    /// Counts the snapshots: the table is written again for a new one only.
    generation: u64,
    app: AppHandle,
}

impl PartialEq for AssumptionsProps {
    fn eq(&self, other: &Self) -> bool {
        self.generation == other.generation
    }
}

#[function_component(AssumptionsTable)]
fn assumptions_table(props: &AssumptionsProps) -> Html {
    let app = &props.app;
    let lang = app.lang;
    let s = &app.scenario;
    let inputs = Field::SCENARIO_FIELDS
        .iter()
        .map(|&f| InputId::scenario(f))
        .chain((0..s.groups.len()).flat_map(|g| {
            Field::GROUP_FIELDS
                .iter()
                .map(move |&f| InputId::group(g, f))
        }))
        .filter(|input| applies(s, *input));
    html! {
        <section class="print-only assumptions" aria-labelledby="assumptions-title" data-testid="print-assumptions">
            <h2 id="assumptions-title">{ t(T::Assumptions, lang) }{ ": " }{ &s.name }</h2>
            <table>
                <thead><tr>
                    <th scope="col">{ t(T::Input, lang) }</th>
                    <th scope="col">{ t(T::Value, lang) }</th>
                    <th scope="col">{ t(T::Source, lang) }</th>
                </tr></thead>
                <tbody>
                    { for inputs.map(|input| {
                        let view = field_view(&app, input);
                        let source = if view.source.text.is_empty() {
                            view.source.kind.to_string()
                        } else {
                            format!("{}: {}", view.source.kind, view.source.text)
                        };
                        html! {
                            <tr>
                                <th scope="row">{ path_label(&view.path, std::slice::from_ref(&app.scenario), lang) }</th>
                                <td>{ view.text }{ " " }{ view.unit }</td>
                                <td>{ source }</td>
                            </tr>
                        }
                    }) }
                    { for cost_line_views(&app).into_iter().map(|line| html! {
                        <>
                            <tr data-testid="print-cost-line">
                                <th scope="row">{ format!("{} – {}", line.legend, t(T::CostBasis, lang)) }</th>
                                <td>{ cost_basis_label(line.basis, lang) }</td>
                                <td></td>
                            </tr>
                            { for line.parts.iter().map(|part| html! {
                                <tr>
                                    <th scope="row">{ format!("{} – {}", line.legend, part.label) }</th>
                                    <td>{ part.text.clone() }{ " " }{ part.unit }</td>
                                    <td></td>
                                </tr>
                            }) }
                        </>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
