use yew::prelude::*;

use super::cost_lines::CostLines;
use super::number_field::NumberField;
use super::{send, use_app};
use crate::engine::inputs::{Field, InputId, Section};
use crate::text::{t, T};
use crate::ui::state::Action;
use crate::ui::view::field_view;

/// The buy-out and the other cost lines, then the horizon and the perspective.
#[function_component(ScenarioInputs)]
pub fn scenario_inputs() -> Html {
    let app = use_app();
    let lang = app.lang;
    // A section's fields as declared (`engine::inputs`).
    let fields = |section: Section| {
        Field::in_section(section)
            .map(|f| InputId::scenario(f))
            .map(|input| html! { <NumberField key={input.path()} view={field_view(&app, input)} dispatch={app.dispatcher()} /> })
            .collect::<Html>()
    };
    let tax_on = app.scenario.perspective.include_income_tax;
    html! {
        <>
            <fieldset class="block">
                <legend>{ t(T::Investment, lang) }</legend>
                <div class="fields">
                    { fields(Section::Investment) }
                </div>
            </fieldset>
            <CostLines />
            <fieldset class="block">
                <legend>{ t(T::HorizonPerspective, lang) }</legend>
                <div class="fields">
                    { fields(Section::HorizonPerspective) }
                </div>
                <div class="field checkbox">
                    <input type="checkbox" id="include-income-tax" checked={tax_on}
                        onchange={send(&app, Action::ToggledIncomeTax(!tax_on))}
                        aria-describedby="include-income-tax-help"
                        data-testid="include-income-tax" />
                    <label for="include-income-tax">{ t(T::IncludeIncomeTax, lang) }</label>
                    <p class="help" id="include-income-tax-help">{ t(T::IncludeIncomeTaxHelp, lang) }</p>
                </div>
                if tax_on {
                    <div class="fields">{ fields(Section::IncomeTax) }</div>
                }
            </fieldset>
        </>
    }
}
