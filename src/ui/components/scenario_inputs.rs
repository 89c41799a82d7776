use yew::prelude::*;

use super::number_field::NumberField;
use super::{send, use_app};
use crate::engine::{Field, InputId};
use crate::text::{t, T};
use crate::ui::state::Action;
use crate::ui::view::field_view;

/// The buy-out, then the horizon and the perspective.
#[function_component(ScenarioInputs)]
pub fn scenario_inputs() -> Html {
    let app = use_app();
    let lang = app.lang;
    let field = |f: Field| {
        html! { <NumberField view={field_view(&app, InputId::scenario(f))} dispatch={app.dispatcher()} /> }
    };
    let tax_on = app.scenario.perspective.include_income_tax;
    html! {
        <>
            <fieldset class="block">
                <legend>{ t(T::Investment, lang) }</legend>
                <div class="fields">
                    { field(Field::HoursPerWeek) }
                    { field(Field::FullTimeHours) }
                    { field(Field::AnnualCost) }
                    { field(Field::OverheadPct) }
                    { field(Field::InvestmentMonths) }
                    { field(Field::InvestmentFromMonth) }
                </div>
            </fieldset>
            <fieldset class="block">
                <legend>{ t(T::HorizonPerspective, lang) }</legend>
                <div class="fields">
                    { field(Field::StartYear) }
                    { field(Field::StartMonth) }
                    { field(Field::HorizonMonths) }
                    { field(Field::DiscountPct) }
                    { field(Field::RateAdjustmentPct) }
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
                    <div class="fields">{ field(Field::IncomeTaxPct) }</div>
                }
            </fieldset>
        </>
    }
}
