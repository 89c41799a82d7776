use yew::prelude::*;

use super::components::headline::Headline;
use super::state::AppState;

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(AppState::initial);
    let lang = state.lang;
    html! {
        <main>
            <h1>{ lang.pick("Afkortning af ressourceforløb – business case", "Shortening resource courses – business case") }</h1>
            <p>{ &state.scenario.name }</p>
            <Headline outcome={state.outcome.clone()} stale={!state.errors.is_empty()} {lang} />
        </main>
    }
}
