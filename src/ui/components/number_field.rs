use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::Dispatch;
use crate::ui::state::Action;
use crate::ui::view::{FieldView, SourceView};

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    /// What the field shows (`view::field_view`). The field does not read
    /// the app state itself: typing in another field leaves its props equal,
    /// so Yew does not render it again.
    pub view: FieldView,
    pub dispatch: Dispatch,
}

/// One numeric input: label, box with unit, help, source, and its message.
/// Every keystroke is an `EditedField`; the box shows the text as typed.
#[function_component(NumberField)]
pub fn number_field(props: &NumberFieldProps) -> Html {
    let v = &props.view;
    let input = v.input;
    let id = format!("f-{}", v.path);
    let help_id = format!("help-{}", v.path);
    let source_id = format!("source-{}", v.path);
    let error_id = format!("error-{}", v.path);
    let described_by = if v.error.is_some() {
        format!("{error_id} {help_id} {source_id}")
    } else {
        format!("{help_id} {source_id}")
    };
    let oninput = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let el: HtmlInputElement = e.target_unchecked_into();
            dispatch.dispatch(Action::EditedField {
                input,
                text: el.value(),
            });
        })
    };
    let onblur = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: FocusEvent| dispatch.dispatch(Action::LeftField { input }))
    };
    let invalid = v.error.is_some();
    html! {
        <div class={classes!("field", invalid.then_some("invalid"))}>
            <label for={id.clone()}>{ v.label }</label>
            <div class="control">
                <input
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    id={id}
                    value={v.text.clone()}
                    {oninput}
                    {onblur}
                    aria-invalid={if invalid { "true" } else { "false" }}
                    aria-describedby={described_by}
                    data-testid={format!("field-{}", v.path)}
                />
                <span class="unit">{ v.unit }</span>
            </div>
            if let Some(message) = &v.error {
                <p class="error" id={error_id} data-testid={format!("error-{}", v.path)}>{ message }</p>
            }
            <p class="help" id={help_id}>{ v.help }</p>
            { source_line(&v.source, source_id) }
        </div>
    }
}

/// Where a figure or a choice comes from, under its control: the kind
/// ("Antagelse", "Offentliggjort" …) and the note.
pub fn source_line(source: &SourceView, id: String) -> Html {
    html! {
        <p id={id.clone()} class={classes!("source", source.unverified.then_some("unverified"), source.user.then_some("user"))}
            data-testid={id}>
            <span class="kind">{ source.kind }</span>
            if !source.text.is_empty() {
                { " " }{ &source.text }
            }
        </p>
    }
}
