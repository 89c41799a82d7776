use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::number_field::{source_line, NumberField};
use super::{send, send_with, AppHandle, Dispatch};
use crate::engine::inputs::{Field, InputId, Section};
use crate::engine::scenario::{BenefitRefusion, IndsatsRefusion, Timing};
use crate::engine::validate::MAX_GROUPS;
use crate::lang::Lang;
use crate::text::{self, t, T};
use crate::ui::state::{Action, Benefit, InsteadKind, LastingKind, TimingKind};
use crate::ui::view::{
    counterfactual_choice, error_at, field_view, fp_remainder_text, in_form, instead_label,
    rate_action, rate_choice, GroupBasis, RateChoice, OWN_RATE,
};

#[derive(Properties)]
pub struct GroupProps {
    pub index: usize,
    /// What the group shows, from the state (`view::group_basis`).
    pub basis: GroupBasis,
    /// The state the group renders; not compared, because `basis` holds
    /// all of it the group reads.
    pub app: AppHandle,
}

impl PartialEq for GroupProps {
    fn eq(&self, other: &Self) -> bool {
        self.index == other.index && self.basis == other.basis
    }
}

/// One case group: its name, the review, the benefits, the indsats.
#[function_component(GroupEditor)]
pub fn group_editor(props: &GroupProps) -> Html {
    let app = &props.app;
    let lang = app.lang;
    let i = props.index;
    let Some(g) = app.scenario.groups.get(i) else {
        return html! {};
    };
    let count = app.scenario.groups.len();
    // A section's fields as declared (`engine::inputs`), those the form
    // shows for the group as it stands.
    let shown =
        |f: Field| Some(InputId::group(i, f)).filter(|input| in_form(&app.scenario, *input));
    let field = |input: InputId| html! { <NumberField key={input.path()} view={field_view(&app, input)} dispatch={app.dispatcher()} /> };
    let fields = |section: Section| {
        Field::in_section(section)
            .filter_map(shown)
            .map(field)
            .collect::<Html>()
    };
    let one = |f: Field| shown(f).map(field).unwrap_or_default();
    let choice = counterfactual_choice(&app.scenario, i, lang);
    let instead_id = format!("instead-kind-{i}");
    let oninstead = send_with(&app, move |e: Event| {
        let el: HtmlSelectElement = e.target_unchecked_into();
        let kind = InsteadKind::ALL
            .into_iter()
            .find(|k| k.name() == el.value())?;
        Some(Action::ChoseInstead { group: i, kind })
    });
    let lasting_id = format!("lasting-kind-{i}");
    let lasting_help_id = format!("lasting-help-{i}");
    let onlasting = send_with(&app, move |e: Event| {
        let el: HtmlSelectElement = e.target_unchecked_into();
        let kind = LastingKind::ALL
            .into_iter()
            .find(|k| k.name() == el.value())?;
        Some(Action::ChoseLasting { group: i, kind })
    });
    let label_id = format!("group-label-input-{i}");
    let label_error = error_at(&app, &format!("groups[{i}].label"));
    let label_error_id = format!("error-groups[{i}].label");
    let onrename = send_with(&app, move |e: InputEvent| {
        let el: HtmlInputElement = e.target_unchecked_into();
        Some(Action::RenamedGroup {
            group: i,
            label: el.value(),
        })
    });
    let timing_id = format!("timing-kind-{i}");
    let even = matches!(g.timing, Timing::Even { .. });
    let ontiming = send_with(&app, move |e: Event| {
        let el: HtmlSelectElement = e.target_unchecked_into();
        let kind = if el.value() == "even" {
            TimingKind::Even
        } else {
            TimingKind::FromMonth
        };
        Some(Action::ChangedTimingKind { group: i, kind })
    });
    let rfy_custom = matches!(g.rfy.refusion, BenefitRefusion::Custom { .. });
    let fp_custom = matches!(g.fp.refusion, BenefitRefusion::Custom { .. });
    let indsats_custom = matches!(g.indsats.refusion, IndsatsRefusion::Custom { .. });
    html! {
        <fieldset class="group">
            <legend>{ text::group_legend(i, &g.label, lang) }</legend>
            <div class="group-head">
                <div class="field label-field">
                    <label for={label_id.clone()}>{ t(T::GroupLabel, lang) }</label>
                    <input
                        type="text"
                        id={label_id}
                        value={g.label.clone()}
                        oninput={onrename}
                        onblur={send(&app, Action::LeftGroupLabel)}
                        aria-invalid={if label_error.is_some() { "true" } else { "false" }}
                        aria-describedby={label_error.as_ref().map(|_| label_error_id.clone())}
                        data-testid={format!("group-label-{i}")}
                    />
                    if let Some(message) = label_error {
                        <p class="error" id={label_error_id}>{ message }</p>
                    }
                </div>
                <div class="group-actions">
                    <button type="button" onclick={send(&app, Action::DuplicatedGroup(i))}
                        disabled={count >= MAX_GROUPS}
                        aria-label={format!("{} {}", t(T::DuplicateGroup, lang), text::group_legend(i, &g.label, lang))}
                        data-testid={format!("duplicate-group-{i}")}>{ t(T::DuplicateGroup, lang) }</button>
                    <button type="button" class="danger" onclick={send(&app, Action::RemovedGroup(i))}
                        disabled={count <= 1}
                        aria-label={format!("{} {}", t(T::RemoveGroup, lang), text::group_legend(i, &g.label, lang))}
                        data-testid={format!("remove-group-{i}")}>{ t(T::RemoveGroup, lang) }</button>
                </div>
            </div>
            <fieldset class="sub">
                <legend>{ t(T::Review, lang) }</legend>
                <div class="fields">
                    { fields(Section::Review) }
                    <div class="field">
                        <label for={timing_id.clone()}>{ t(T::TimingKind, lang) }</label>
                        <select id={timing_id} onchange={ontiming} data-testid={format!("timing-kind-{i}")}>
                            <option value="even" selected={even}>{ t(T::TimingEven, lang) }</option>
                            <option value="from_month" selected={!even}>{ t(T::TimingFromMonth, lang) }</option>
                        </select>
                    </div>
                    { fields(Section::Timing) }
                </div>
            </fieldset>
            <fieldset class="sub">
                <legend>{ t(T::Rfy, lang) }</legend>
                <RatePicker group={i} benefit={Benefit::Rfy} choice={rate_choice(app, i, Benefit::Rfy)} {lang} dispatch={app.dispatcher()} />
                <div class="fields">
                    { fields(Section::Rfy) }
                </div>
                if rfy_custom {
                    <button type="button" class="link" onclick={send(&app, Action::ChoseTrappe { group: i, benefit: Benefit::Rfy })}>{ t(T::UseTrappe, lang) }</button>
                }
            </fieldset>
            <fieldset class="sub">
                <legend>{ t(T::Fp, lang) }</legend>
                <RatePicker group={i} benefit={Benefit::Fp} choice={rate_choice(app, i, Benefit::Fp)} {lang} dispatch={app.dispatcher()} />
                <div class="fields">
                    { fields(Section::Fp) }
                </div>
                if fp_custom {
                    <button type="button" class="link" onclick={send(&app, Action::ChoseTrappe { group: i, benefit: Benefit::Fp })}>{ t(T::UseTrappe, lang) }</button>
                }
            </fieldset>
            <fieldset class="sub">
                <legend>{ t(T::Indsats, lang) }</legend>
                <div class="fields">
                    { fields(Section::Indsats) }
                </div>
                if indsats_custom {
                    <button type="button" class="link" onclick={send(&app, Action::ChoseIndsatsByYear { group: i })}>{ t(T::UseYearRule, lang) }</button>
                }
            </fieldset>
            <fieldset class="sub" data-testid={format!("destinations-{i}")}>
                <legend>{ t(T::Destinations, lang) }</legend>
                // Each amount's table pickers just before it, as the
                // benefits' are.
                <div class="fields">
                    { one(Field::FleksjobPct) }
                </div>
                <RatePicker group={i} benefit={Benefit::Fleksjob} choice={rate_choice(app, i, Benefit::Fleksjob)} {lang} dispatch={app.dispatcher()} />
                <div class="fields">
                    { one(Field::FleksjobMonthly) }
                    { one(Field::FleksjobRefusionPct) }
                    { one(Field::KontanthjaelpPct) }
                </div>
                <RatePicker group={i} benefit={Benefit::Kontanthjaelp} choice={rate_choice(app, i, Benefit::Kontanthjaelp)} {lang} dispatch={app.dispatcher()} />
                <div class="fields">
                    { one(Field::KontanthjaelpMonthly) }
                    { one(Field::KontanthjaelpRefusionPct) }
                    { one(Field::JobPct) }
                </div>
                <p class="remainder" data-testid={format!("fp-remainder-{i}")}>{ fp_remainder_text(&app.scenario, i, lang) }</p>
            </fieldset>
            <fieldset class="sub" data-testid={format!("counterfactual-{i}")}>
                <legend>{ t(T::Counterfactual, lang) }</legend>
                <div class="fields">
                    { one(Field::AnywayPct) }
                    if let Some(choice) = &choice {
                        <div class="field">
                            <label for={instead_id.clone()}>{ t(T::Instead, lang) }</label>
                            <select id={instead_id.clone()} onchange={oninstead} data-testid={instead_id.clone()}
                                aria-describedby={choice.instead_source.as_ref().map(|_| format!("source-{instead_id}"))}>
                                { for InsteadKind::ALL.iter().map(|k| html! {
                                    <option value={k.name()} selected={*k == choice.instead}>{ instead_label(*k, lang) }</option>
                                }) }
                            </select>
                            if let Some(source) = &choice.instead_source {
                                { source_line(source, format!("source-{instead_id}")) }
                            }
                        </div>
                    }
                    { one(Field::InsteadMonthly) }
                    { one(Field::InsteadRefusionPct) }
                    if let Some(choice) = &choice {
                        <div class="field">
                            <label for={lasting_id.clone()}>{ t(T::Lasting, lang) }</label>
                            <select id={lasting_id.clone()} onchange={onlasting} data-testid={lasting_id}
                                aria-describedby={lasting_help_id.clone()}>
                                <option value={LastingKind::Months.name()} selected={choice.lasting == LastingKind::Months}>{ t(T::LastingMonthsChoice, lang) }</option>
                                <option value={LastingKind::UntilHorizon.name()} selected={choice.lasting == LastingKind::UntilHorizon}>{ t(T::LastingUntilHorizon, lang) }</option>
                            </select>
                            <p class="help" id={lasting_help_id}>{ t(T::LastingHelp, lang) }</p>
                        </div>
                    }
                    { one(Field::LastingMonths) }
                </div>
            </fieldset>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct RatePickerProps {
    pub group: usize,
    pub benefit: Benefit,
    pub choice: RateChoice,
    pub lang: Lang,
    pub dispatch: Dispatch,
}

/// Year and status pickers that fill in a benefit rate from the table.
#[function_component(RatePicker)]
pub fn rate_picker(props: &RatePickerProps) -> Html {
    let lang = props.lang;
    let (group, benefit) = (props.group, props.benefit);
    let choice = props.choice.clone();
    let on_change = |make: Box<dyn Fn(Event) -> Option<Action>>| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            if let Some(action) = make(e) {
                dispatch.dispatch(action);
            }
        })
    };
    let key = benefit.key();
    let year_id = format!("{key}-year-{group}");
    let status_id = format!("{key}-status-{group}");
    let year_error_id = format!("error-groups[{group}].{}.rate.year", benefit.path_prefix());
    let status = choice.status;
    let onyear = on_change(Box::new(move |e: Event| {
        let el: HtmlSelectElement = e.target_unchecked_into();
        rate_action(group, benefit, &el.value(), status)
    }));
    let year_value = choice
        .year
        .map_or_else(|| OWN_RATE.to_string(), |y| y.to_string());
    let year_for_status = year_value.clone();
    let onstatus = on_change(Box::new(move |e: Event| {
        let el: HtmlSelectElement = e.target_unchecked_into();
        rate_action(group, benefit, &year_for_status, &el.value())
    }));
    let status_label = match benefit {
        Benefit::Rfy => t(T::RfyStatus, lang),
        Benefit::Fp => t(T::FpStatus, lang),
        Benefit::Fleksjob | Benefit::Kontanthjaelp => t(T::TableItem, lang),
    };
    html! {
        <div class="fields pickers">
            <div class="field">
                <label for={year_id.clone()}>{ t(T::RateYear, lang) }</label>
                <select id={year_id} onchange={onyear} data-testid={format!("{key}-year-{group}")}
                    aria-invalid={if choice.year_error.is_some() { "true" } else { "false" }}
                    aria-describedby={choice.year_error.as_ref().map(|_| year_error_id.clone())}>
                    { for choice.years.iter().map(|y| html! {
                        <option value={y.year.to_string()} selected={choice.year == Some(y.year)}>{ y.label.clone() }</option>
                    }) }
                    <option value={OWN_RATE} selected={choice.year.is_none()}>{ t(T::OwnRate, lang) }</option>
                </select>
                if let Some(message) = choice.year_error {
                    <p class="error" id={year_error_id}>{ message }</p>
                }
            </div>
            if choice.year.is_some() {
                <div class="field">
                    <label for={status_id.clone()}>{ status_label }</label>
                    <select id={status_id} onchange={onstatus} data-testid={format!("{key}-status-{group}")}>
                        { for choice.statuses.iter().map(|(k, label)| html! {
                            <option value={*k} selected={*k == choice.status}>{ *label }</option>
                        }) }
                    </select>
                </div>
            }
        </div>
    }
}
