//! Scenarios side by side: which to compare, then their results with the
//! difference from the first (absolute and per cent), then the inputs that
//! differ, each named in words; source notes, names and other texts that
//! differ are folded away below. Also the print-only list of assumptions
//! with their sources.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::sharing::compared;
use super::{send_with, use_app, AppHandle};
use crate::engine::compare::{
    Comparison, CostLinePart, Figure, InputDifference, ResultRow, Setting, Value,
};
use crate::engine::inputs::{Field, InputId, Unit};
use crate::engine::Scenario;
use crate::format::number::{format_decimal, format_money, format_value};
use crate::lang::Lang;
use crate::text::{self, t, T};
use crate::ui::state::{Action, CostBasisKind, InsteadKind, LastingKind};
use crate::ui::view::{
    self, applies, cost_basis_label, cost_line_views, counterfactual_choice, field_view,
    instead_label, warning_text,
};

/// Each case group's name for the row labels: the compared scenarios' own
/// names for it, the different ones side by side ("Over 40 / Over 45").
fn group_names(list: &[Rc<Scenario>]) -> Vec<String> {
    let count = list.iter().map(|s| s.groups.len()).max().unwrap_or(0);
    (0..count)
        .map(|g| {
            let mut names: Vec<&str> = Vec::new();
            for name in list.iter().filter_map(|s| s.groups.get(g)) {
                let name = name.label.trim();
                if !name.is_empty() && !names.contains(&name) {
                    names.push(name);
                }
            }
            names.join(" / ")
        })
        .collect()
}

/// A path in words (`text::place`); the path itself only where there are
/// no words for it.
fn place(path: &str, names: &[String], lang: Lang) -> String {
    text::place(path, names, lang).unwrap_or_else(|| path.to_string())
}

/// A difference's label: a numeric input by its field's label, anything
/// else by what it is (`Setting`), after its group's name where it has one.
fn difference_label(d: &InputDifference, names: &[String], lang: Lang) -> String {
    let Some(setting) = &d.setting else {
        return place(&d.path, names, lang);
    };
    let figure = match setting {
        Setting::Source(path, _) => place(path, names, lang),
        _ => String::new(),
    };
    let label = text::setting_label(setting, &figure, lang);
    match setting.group() {
        Some(g) => format!("{}: {label}", place(&format!("groups[{g}]"), names, lang)),
        None => label,
    }
}

/// Not a figure or a choice the calculation uses: names, descriptions,
/// source notes, decision support's ranges. Folded away below the figures.
fn is_text(d: &InputDifference) -> bool {
    matches!(
        d.setting,
        Some(
            Setting::Name
                | Setting::Description
                | Setting::GroupLabel(_)
                | Setting::Source(..)
                | Setting::Range(..)
                | Setting::CostLine(_, CostLinePart::Label)
        )
    )
}

fn amount(figure: Figure, v: rust_decimal::Decimal, lang: Lang) -> String {
    match figure {
        Figure::PaybackMonth => format_value(v, Unit::Month, lang),
        _ => format!("{} kr.", format_money(v, lang)),
    }
}

/// A choice by its document name (`even`, `ikke_forsorger`, `trappe` …)
/// in words, as the form offers it; `None` for what is not a choice.
fn choice_word(setting: &Setting, name: &str, lang: Lang) -> Option<&'static str> {
    let key = match setting {
        Setting::TimingKind(_) if name == "even" => T::TimingEven,
        Setting::TimingKind(_) => T::TimingFromMonth,
        Setting::RateSource(..) | Setting::RefusionSource(..) if name == "custom" => T::ChoiceOwn,
        Setting::RateSource(..) => T::ChoiceTable,
        Setting::RefusionSource(..) if name == "by_year" => T::ChoiceYearRule,
        Setting::RefusionSource(..) => T::ChoiceTrappe,
        Setting::RateStatus(_, benefit) => return view::status_label(*benefit, name, lang),
        Setting::InsteadKind(_) => {
            let kind = InsteadKind::ALL.into_iter().find(|k| k.name() == name)?;
            return Some(view::instead_label(kind, lang));
        }
        Setting::LastingKind(_) if name == LastingKind::Months.name() => T::LastingMonthsChoice,
        Setting::LastingKind(_) => T::LastingUntilHorizon,
        Setting::Indexing if name == "assumption_only" => T::ChoiceAssumptionOnly,
        Setting::Indexing => T::ChoicePublished,
        Setting::CostLine(_, CostLinePart::BasisKind) => {
            let kind = CostBasisKind::ALL.into_iter().find(|k| k.name() == name)?;
            return Some(cost_basis_label(kind, lang));
        }
        _ => return None,
    };
    Some(t(key, lang))
}

/// One scenario's value of a difference, in its unit; a dash where the
/// input does not apply to that scenario.
fn difference_values(d: &InputDifference, list: &[Rc<Scenario>], lang: Lang) -> Vec<String> {
    d.values
        .iter()
        .zip(list)
        .map(|(v, s)| match (d.input, &d.setting) {
            (Some(input), _) if !applies(s, input) => {
                view::compared_value(&Value::Absent, None, lang)
            }
            (Some(input), _) => view::compared_value(v, Some(input.spec().unit), lang),
            (None, Some(setting)) => match v {
                Value::Text(name) => {
                    choice_word(setting, name, lang).map_or_else(|| name.clone(), str::to_string)
                }
                _ => view::compared_value(v, view::setting_unit(setting, s), lang),
            },
            (None, None) => view::compared_value(v, None, lang),
        })
        .collect()
}

fn difference_rows(
    list: &[&InputDifference],
    scenarios: &[Rc<Scenario>],
    names: &[String],
    lang: Lang,
) -> Html {
    html! {
        { for list.iter().map(|d| html! {
            <tr data-testid={format!("compare-diff-{}", d.path)}>
                <th scope="row">{ difference_label(d, names, lang) }</th>
                { for difference_values(d, scenarios, lang).into_iter().map(|v| html! { <td>{ v }</td> }) }
            </tr>
        }) }
    }
}

fn result_row(row: &ResultRow, lang: Lang) -> Html {
    let figure = row.figure;
    let dash = || t(T::NotApplicable, lang).to_string();
    html! {
        <tr class={classes!(row.differs().then_some("differs"), matches!(figure, Figure::Net(_)).then_some("net"))}>
            <th scope="row">{ figure.label(lang) }</th>
            { for row.values.iter().map(|v| html! { <td>{ v.map_or_else(dash, |v| amount(figure, v, lang)) }</td> }) }
            { for row.differences.iter().skip(1).map(|d| html! {
                <>
                    <td>{ d.map_or_else(dash, |d| amount(figure, d.absolute, lang)) }</td>
                    <td>{ d.and_then(|d| d.pct).map_or_else(dash, |p| format!("{} %", format_decimal(p, lang, 1))) }</td>
                </>
            }) }
        </tr>
    }
}

const COMPARE_TITLE_ID: &str = "compare-title";

#[function_component(CompareView)]
pub fn compare_view() -> Html {
    let app = use_app();
    let lang = app.lang;
    let list = compared(&app);
    {
        // Opening the comparison brings it into view and gives its heading
        // the focus: above the calculator it would otherwise open out of
        // sight on a phone, and unannounced for a screen reader. Not when
        // the page opens with it (a comparison link): nothing was clicked.
        let was_open = use_mut_ref(|| None::<bool>);
        use_effect_with(app.comparing, move |&open| {
            let opened = open && was_open.borrow().is_some_and(|was| !was);
            *was_open.borrow_mut() = Some(open);
            if opened {
                if let Some(heading) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(COMPARE_TITLE_ID))
                    .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = heading.focus();
                    heading.scroll_into_view_with_bool(true);
                }
            }
        });
    }
    if !app.comparing {
        return html! {};
    }
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
    // Derived by the reducer when the compared scenarios change.
    let comparison: Option<Rc<Comparison>> = app.derived.comparison.value.clone();
    let body = match comparison {
        Some(c) if list.len() >= 2 => compared_view(&c, &list, lang),
        _ => html! {},
    };
    html! {
        <section class="compare" aria-labelledby={COMPARE_TITLE_ID} data-testid="compare-view">
            <h2 id={COMPARE_TITLE_ID} tabindex="-1" data-testid="compare-title">{ t(T::CompareTitle, lang) }</h2>
            <fieldset class="compare-picks">
                <legend>{ t(T::ComparePick, lang) }</legend>
                <ul>{ for picks }</ul>
            </fieldset>
            { body }
        </section>
    }
}

/// Results first, then the figures and choices that differ, then the texts.
fn compared_view(comparison: &Comparison, list: &[Rc<Scenario>], lang: Lang) -> Html {
    let names = group_names(list);
    let heads = html! {
        { for list.iter().map(|s| html! { <th scope="col">{ &s.name }</th> }) }
    };
    let diff_heads = html! {
        { for list.iter().skip(1).map(|s| html! {
            <>
                <th scope="col">{ t(T::Difference, lang) }{ " (kr.) " }{ &s.name }</th>
                <th scope="col">{ t(T::Difference, lang) }{ " (%) " }{ &s.name }</th>
            </>
        }) }
    };
    // No discount rate in any: no NPV row.
    let results = comparison
        .results
        .iter()
        .filter(|r| r.figure != Figure::NpvKommune || r.values.iter().any(Option::is_some));
    let (texts, figures): (Vec<&InputDifference>, Vec<&InputDifference>) = comparison
        .inputs
        .iter()
        .filter(|d| {
            d.input
                .is_none_or(|input| list.iter().any(|s| applies(s, input)))
        })
        .partition(|d| is_text(d));
    let columns = (list.len() + 1).to_string();
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
        <>
            <div class="table-wrap" tabindex="0" role="region" aria-label={t(T::CompareResults, lang)}>
                <table class="figures" data-testid="compare-results">
                    <caption>{ t(T::CompareResults, lang) }{ ". " }{ t(T::CompareResultsCaption, lang) }</caption>
                    <thead><tr><th scope="col">{ t(T::LineItem, lang) }</th>{ heads.clone() }{ diff_heads }</tr></thead>
                    <tbody>{ for results.map(|r| result_row(r, lang)) }</tbody>
                </table>
            </div>
            if !notices.is_empty() {
                <div class="warnings" data-testid="compare-warnings">
                    <h3>{ t(T::Warnings, lang) }</h3>
                    <ul>{ for notices }</ul>
                </div>
            }
            <div class="table-wrap" tabindex="0" role="region" aria-label={t(T::CompareInputs, lang)}>
                <table data-testid="compare-table">
                    <caption>{ t(T::CompareInputs, lang) }</caption>
                    <thead><tr><th scope="col">{ t(T::Input, lang) }</th>{ heads.clone() }</tr></thead>
                    <tbody>
                        if figures.is_empty() {
                            <tr><td colspan={columns}>{ t(T::CompareSame, lang) }</td></tr>
                        }
                        { difference_rows(&figures, list, &names, lang) }
                    </tbody>
                </table>
            </div>
            if !texts.is_empty() {
                <details class="compare-texts" data-testid="compare-texts">
                    <summary>{ format!("{} ({})", t(T::CompareTexts, lang), texts.len()) }</summary>
                    <div class="table-wrap" tabindex="0" role="region" aria-label={t(T::CompareTexts, lang)}>
                        <table>
                            <thead><tr><th scope="col">{ t(T::Input, lang) }</th>{ heads }</tr></thead>
                            <tbody>{ difference_rows(&texts, list, &names, lang) }</tbody>
                        </table>
                    </div>
                </details>
            }
        </>
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
    let names = group_names(std::slice::from_ref(s));
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
                        html! {
                            <tr>
                                <th scope="row">{ place(&view.path, &names, lang) }</th>
                                <td>{ view.text }{ " " }{ view.unit }</td>
                                <td>{ view.source.line() }</td>
                            </tr>
                        }
                    }) }
                    { for (0..s.groups.len()).filter_map(|g| {
                        let choice = counterfactual_choice(s, g, lang)?;
                        let path = format!("groups[{g}].counterfactual.instead.kind");
                        Some(html! {
                            <tr data-testid="print-instead">
                                <th scope="row">{ place(&path, &names, lang) }</th>
                                <td>{ instead_label(choice.instead, lang) }</td>
                                <td>{ choice.instead_source.map(|v| v.line()) }</td>
                            </tr>
                        })
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
                                    <td>{ part.source.as_ref().map(|v| v.line()) }</td>
                                </tr>
                            }) }
                        </>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
