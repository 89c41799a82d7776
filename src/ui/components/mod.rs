//! View components: each renders part of the state and dispatches actions.
//! They format figures the engine computed; they do no arithmetic.
//!
//! A component that reads the state from the context (`use_app`) renders on
//! every change of it. The numeric fields do not: each gets its view and the
//! dispatcher as props, so a keystroke renders the field typed in, not the
//! whole form (`tests/ui_components.rs` checks it).

pub mod breakdown;
pub mod compare;
pub mod cost_lines;
pub mod decision;
pub mod dialog;
pub mod group;
pub mod headline;
pub mod meeting;
pub mod number_field;
pub mod report;
pub mod results;
pub mod scenario_inputs;
pub mod sharing;
pub mod story;
pub mod toolbar;
pub mod uncertainty;
pub mod working;
pub mod year_chart;

use yew::prelude::*;

use crate::ui::state::{Action, AppState};

/// The app state as every component sees it (provided by `App`).
pub type AppHandle = UseReducerHandle<AppState>;

/// Sends actions to the reducer; the same for the app's whole life, so a
/// component that gets it as a prop is not rendered again because of it.
pub type Dispatch = UseReducerDispatcher<AppState>;

/// The state from the `App` around this component.
#[hook]
pub fn use_app() -> AppHandle {
    // Only ever rendered inside App's ContextProvider.
    use_context::<AppHandle>().expect("components are rendered inside App")
}

/// A callback that dispatches `action` whatever the event.
pub fn send<E: 'static>(app: &AppHandle, action: Action) -> Callback<E> {
    let dispatcher = app.dispatcher();
    Callback::from(move |_: E| dispatcher.dispatch(action.clone()))
}

/// A callback that turns the event into an action, or nothing.
pub fn send_with<E: 'static>(
    app: &AppHandle,
    make: impl Fn(E) -> Option<Action> + 'static,
) -> Callback<E> {
    let dispatcher = app.dispatcher();
    Callback::from(move |e: E| {
        if let Some(action) = make(e) {
            dispatcher.dispatch(action);
        }
    })
}
