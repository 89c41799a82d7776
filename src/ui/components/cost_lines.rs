use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::number_field::source_line;
use super::{send, send_with, use_app};
use crate::engine::validate::MAX_COST_LINES;
use crate::text::{t, T};
use crate::ui::state::{Action, CostBasisKind};
use crate::ui::view::{cost_basis_label, cost_line_views, CostFieldView, CostLineView};

/// The costs besides the buy-out: one line each, added and removed by the user.
#[function_component(CostLines)]
pub fn cost_lines() -> Html {
    let app = use_app();
    let lang = app.lang;
    let lines = cost_line_views(&app);
    let full = lines.len() >= MAX_COST_LINES;
    html! {
        <fieldset class="block cost-lines" data-testid="cost-lines">
            <legend>{ t(T::CostLines, lang) }</legend>
            <p class="help">{ t(T::CostLinesHelp, lang) }</p>
            if lines.is_empty() {
                <p class="empty">{ t(T::NoCostLines, lang) }</p>
            }
            { for lines.into_iter().map(|line| { let key = line.index; html! { <CostLineEditor {key} {line} /> } }) }
            <button type="button" onclick={send(&app, Action::AddedCostLine)} disabled={full}
                data-testid="add-cost-line">{ t(T::AddCostLine, lang) }</button>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct CostLineProps {
    line: CostLineView,
}

#[function_component(CostLineEditor)]
fn cost_line_editor(props: &CostLineProps) -> Html {
    let app = use_app();
    let lang = app.lang;
    let line = &props.line;
    let i = line.index;
    let label_id = format!("cost-label-{i}");
    let label_error_id = format!("error-costs[{i}].label");
    let onrename = send_with(&app, move |e: InputEvent| {
        let el: HtmlInputElement = e.target_unchecked_into();
        Some(Action::RenamedCostLine {
            index: i,
            label: el.value(),
        })
    });
    let basis_id = format!("cost-basis-{i}");
    let onbasis = send_with(&app, move |e: Event| {
        let el: HtmlSelectElement = e.target_unchecked_into();
        let basis = CostBasisKind::ALL
            .into_iter()
            .find(|k| k.name() == el.value())?;
        Some(Action::ChoseCostBasis { index: i, basis })
    });
    html! {
        <fieldset class="sub cost-line" data-testid={format!("cost-line-{i}")}>
            <legend>{ line.legend.clone() }</legend>
            <div class="fields">
                <div class="field label-field">
                    <label for={label_id.clone()}>{ t(T::CostLabel, lang) }</label>
                    <input type="text" id={label_id.clone()} value={line.label.clone()}
                        oninput={onrename}
                        onblur={send(&app, Action::LeftCostLine)}
                        aria-invalid={if line.label_error.is_some() { "true" } else { "false" }}
                        aria-describedby={line.label_error.as_ref().map(|_| label_error_id.clone())}
                        data-testid={label_id} />
                    if let Some(message) = &line.label_error {
                        <p class="error" id={label_error_id}>{ message }</p>
                    }
                </div>
                <div class="field">
                    <label for={basis_id.clone()}>{ t(T::CostBasis, lang) }</label>
                    <select id={basis_id.clone()} onchange={onbasis} data-testid={basis_id}>
                        { for CostBasisKind::ALL.iter().map(|k| html! {
                            <option value={k.name()} selected={*k == line.basis}>{ cost_basis_label(*k, lang) }</option>
                        }) }
                    </select>
                </div>
                { for line.parts.iter().map(|part| html! { <CostNumber key={part.path.clone()} view={part.clone()} /> }) }
            </div>
            <button type="button" class="danger" onclick={send(&app, Action::RemovedCostLine(i))}
                aria-label={format!("{} {}", t(T::RemoveCostLine, lang), line.legend)}
                data-testid={format!("remove-cost-line-{i}")}>{ t(T::RemoveCostLine, lang) }</button>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct CostNumberProps {
    view: CostFieldView,
}

/// One of a cost line's number boxes: every keystroke is an `EditedCostLine`.
#[function_component(CostNumber)]
fn cost_number(props: &CostNumberProps) -> Html {
    let app = use_app();
    let v = &props.view;
    let (index, part) = (v.index, v.part);
    let id = format!("f-{}", v.path);
    let error_id = format!("error-{}", v.path);
    let help_id = format!("help-{}", v.path);
    let source_id = format!("source-{}", v.path);
    let oninput = send_with(&app, move |e: InputEvent| {
        let el: HtmlInputElement = e.target_unchecked_into();
        Some(Action::EditedCostLine {
            index,
            part,
            text: el.value(),
        })
    });
    let invalid = v.error.is_some();
    let described_by = [
        invalid.then(|| error_id.clone()),
        v.help.map(|_| help_id.clone()),
        v.source.as_ref().map(|_| source_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    html! {
        <div class={classes!("field", invalid.then_some("invalid"))}>
            <label for={id.clone()}>{ v.label }</label>
            <div class="control">
                <input type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
                    id={id} value={v.text.clone()} {oninput}
                    onblur={send(&app, Action::LeftCostLine)}
                    aria-invalid={if invalid { "true" } else { "false" }}
                    aria-describedby={(!described_by.is_empty()).then_some(described_by)}
                    data-testid={format!("field-{}", v.path)} />
                <span class="unit">{ v.unit }</span>
            </div>
            if let Some(message) = &v.error {
                <p class="error" id={error_id} data-testid={format!("error-{}", v.path)}>{ message }</p>
            }
            if let Some(help) = v.help {
                <p class="help" id={help_id}>{ help }</p>
            }
            if let Some(source) = &v.source {
                { source_line(source, source_id) }
            }
        </div>
    }
}
