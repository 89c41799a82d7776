//! The one place app state lives: a reducer whose actions are named after
//! what the user did. It is pure: persistence happens in effects.

use std::rc::Rc;

use yew::Reducible;

use crate::data::presets;
use crate::engine::validate::FieldError;
use crate::engine::{evaluate, Outcome, Scenario};
use crate::lang::Lang;

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub scenario: Scenario,
    /// The outcome of the last scenario that evaluated.
    pub outcome: Option<Rc<Outcome>>,
    /// Why the current scenario does not evaluate (the outcome shown is then
    /// stale).
    pub errors: Vec<FieldError>,
}

impl AppState {
    pub fn new(scenario: Scenario) -> AppState {
        let mut state = AppState {
            lang: Lang::Da,
            scenario: scenario.clone(),
            outcome: None,
            errors: Vec::new(),
        };
        state.recompute();
        state
    }

    /// Starts from the default preset.
    pub fn initial() -> AppState {
        match presets::default_scenario() {
            Ok(scenario) => AppState::new(scenario),
            // Every preset is checked by the tests; this only guards a broken build.
            Err(errors) => panic!("default preset is invalid: {errors:?}"),
        }
    }

    fn recompute(&mut self) {
        match evaluate(&self.scenario) {
            Ok(outcome) => {
                self.outcome = Some(Rc::new(outcome));
                self.errors.clear();
            }
            Err(rejected) => self.errors = rejected.0,
        }
    }
}

pub enum Action {
    SwitchedLanguage(Lang),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SwitchedLanguage(lang) => next.lang = lang,
        }
        Rc::new(next)
    }
}
