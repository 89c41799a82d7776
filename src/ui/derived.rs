//! What is derived from the inputs, besides the outcome: goal seek, the
//! tornado, meeting mode's slider break-evens, the working and the
//! comparison. Each part remembers what it was computed from (`Basis`), so
//! the reducer's one derivation step per change (`AppState::derive`)
//! recomputes only the parts whose basis changed, and views only read.
//!
//! A part that cannot fit in a keystroke on a large scenario is deferred:
//! the reducer leaves it as it was, sets `later`, and the app asks for it
//! (`Action::DerivedLater`) in a timeout after the headline is on screen.
//! Until then the part shows its previous value. Pure; knows nothing of the
//! app's state.

use std::rc::Rc;

use crate::engine::compare::{differing_inputs, result_rows, Comparison};
use crate::engine::scenario::Scenario;
use crate::engine::trace::Trace;
use crate::engine::working::{from_trace, workings, Workings};
use crate::engine::{evaluate, BreakEven, InputId, Outcome, Rejected};
use crate::lang::Lang;
use crate::ui::decision::{
    goal_view, meeting_inputs, slider_span, solve_from, tornado_rows, GoalView, SliderSpan, Tornado,
};

/// Month-group evaluations (groups × months) up to which every derived
/// part is computed in the keystroke itself. The tornado tries each
/// decision input twice (about 40 group-evaluations per group), at about a
/// microsecond per group-month in the release build: 1,200 group-months
/// keep the slowest part near 50 ms. The 50 × 120 benchmark scenario
/// (6,000) defers.
pub const INLINE_WORK: u64 = 1_200;

/// Whether every derived part of `s` fits in one keystroke.
pub fn fits(s: &Scenario) -> bool {
    (s.groups.len() as u64).saturating_mul(u64::from(s.horizon_months)) <= INLINE_WORK
}

/// A scenario compared by identity: the reducer replaces the `Rc` on every
/// change, so the same pointer means the same figures.
#[derive(Clone, Debug)]
pub struct Same(pub Rc<Scenario>);

impl PartialEq for Same {
    fn eq(&self, other: &Same) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A derived value with what it was computed from.
#[derive(Clone, Debug)]
pub struct Part<B, V> {
    basis: Option<B>,
    pub value: Option<Rc<V>>,
}

impl<B, V> Default for Part<B, V> {
    fn default() -> Self {
        Part {
            basis: None,
            value: None,
        }
    }
}

impl<B: PartialEq, V> Part<B, V> {
    pub fn is_for(&self, basis: &B) -> bool {
        self.basis.as_ref() == Some(basis)
    }

    pub fn set(&mut self, basis: B, value: Option<V>) {
        self.basis = Some(basis);
        self.value = value.map(Rc::new);
    }

    pub fn clear(&mut self) {
        self.basis = None;
        self.value = None;
    }
}

// Parts compare by what they were computed from: equal bases give equal
// values, and comparing a basis is cheap where comparing values is not.
impl<B: PartialEq, V> PartialEq for Part<B, V> {
    fn eq(&self, other: &Self) -> bool {
        self.basis == other.basis && self.value.is_some() == other.value.is_some()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct GoalBasis {
    pub scenario: Same,
    pub lang: Lang,
    pub input: InputId,
    pub target: Option<rust_decimal::Decimal>,
    pub up_to_date: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SliderBasis {
    pub scenario: Same,
    pub spans: Vec<SliderSpan>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Derived {
    pub goal: Part<GoalBasis, GoalView>,
    /// Only while "what matters most" is open.
    pub tornado: Part<Same, Tornado>,
    /// Each meeting slider's break-even, in the order of the spans.
    pub sliders: Part<SliderBasis, Vec<Option<BreakEven>>>,
    /// Only after the first paint (the first render shows the answer alone).
    pub workings: Part<Same, Workings>,
    pub comparison: Part<Vec<Same>, Comparison>,
    /// Meeting mode was opened and its sliders are still to be chosen.
    pub spans_pending: bool,
    /// Deferred parts wait for `Action::DerivedLater(id)`.
    pub later: Option<u32>,
    next_later: u32,
}

/// Everything a derivation reads, borrowed from the app's state.
pub struct Basis<'a> {
    pub scenario: &'a Rc<Scenario>,
    /// The kommune's net of `scenario`, when its outcome is up to date
    /// (typed text that is not understood does not matter here).
    pub net: Option<rust_decimal::Decimal>,
    /// The outcome on screen belongs to these very inputs, drafts included.
    pub up_to_date: bool,
    pub outcome: Option<&'a Rc<Outcome>>,
    pub lang: Lang,
    pub decision: &'a crate::ui::decision::DecisionState,
    pub painted: bool,
    /// The scenarios compared (empty when not comparing).
    pub compared: Vec<Rc<Scenario>>,
    /// The break-even the headline shows, already solved for `scenario`.
    pub break_even: Option<crate::ui::decision::Solved<'a>>,
    /// The steps of the evaluation just made of `scenario`, if recorded.
    pub trace: Option<&'a Trace>,
}

impl Derived {
    /// Brings every wanted part up to date with `b`. Parts that do not fit
    /// are left for [`Action::DerivedLater`](crate::ui::state::Action)
    /// unless `now`. Returns the spans of meeting mode when they were
    /// chosen in this step.
    pub fn update(&mut self, b: &Basis, now: bool) -> Option<Vec<SliderSpan>> {
        let inline = now || fits(b.scenario);
        let mut deferred = false;
        let same = || Same(Rc::clone(b.scenario));
        let mut spans_chosen = None;

        let goal = GoalBasis {
            scenario: same(),
            lang: b.lang,
            input: b.decision.goal_input,
            target: b.decision.goal_target,
            up_to_date: b.up_to_date,
        };
        if !self.goal.is_for(&goal) {
            if inline {
                let net = b.net.filter(|_| b.up_to_date);
                let view = goal_view(b.scenario, net, b.lang, b.decision, b.break_even);
                self.goal.set(goal, Some(view));
            } else {
                deferred = true;
            }
        }

        let wants_tornado = b.decision.tornado_open || self.spans_pending;
        if !wants_tornado {
            self.tornado.clear();
        } else if !self.tornado.is_for(&same()) {
            if inline {
                let rows = b.net.and_then(|net| tornado_rows(b.scenario, net));
                self.tornado.set(same(), rows);
            } else {
                deferred = true;
            }
        }

        if self.spans_pending && b.decision.meeting.is_some() {
            if inline {
                let rows = self.tornado.value.as_ref().map(|t| t.rows.as_slice());
                let inputs = meeting_inputs(b.scenario, &b.decision.meeting_inputs, rows);
                let mut spans = Vec::new();
                let mut solved = Vec::new();
                for input in inputs {
                    let be = b.net.and_then(|net| {
                        solve_from(b.scenario, net, input, rust_decimal::Decimal::ZERO).ok()
                    });
                    if let Some(span) = slider_span(b.scenario, input, be.as_ref()) {
                        spans.push(span);
                        solved.push(be);
                    }
                }
                // The solves that set the spans are the sliders' break-evens.
                let basis = SliderBasis {
                    scenario: same(),
                    spans: spans.clone(),
                };
                self.sliders.set(basis, Some(solved));
                self.spans_pending = false;
                if !b.decision.tornado_open {
                    self.tornado.clear();
                }
                spans_chosen = Some(spans);
            } else {
                deferred = true;
            }
        } else if let Some(spans) = &b.decision.meeting {
            self.spans_pending = false;
            let basis = SliderBasis {
                scenario: same(),
                spans: spans.clone(),
            };
            if !self.sliders.is_for(&basis) {
                if inline {
                    let solved = spans
                        .iter()
                        .map(|span| {
                            b.net.and_then(|net| {
                                solve_from(b.scenario, net, span.input, rust_decimal::Decimal::ZERO)
                                    .ok()
                            })
                        })
                        .collect();
                    self.sliders.set(basis, Some(solved));
                } else {
                    deferred = true;
                }
            }
        } else {
            self.spans_pending = false;
            self.sliders.clear();
        }

        if !b.painted {
            self.workings.clear();
        } else if !self.workings.is_for(&same()) {
            if let (Some(trace), Some(outcome)) = (b.trace, b.outcome) {
                let written = from_trace(b.scenario, outcome, trace).ok();
                self.workings.set(same(), written);
            } else if inline {
                // Deferred, or the outcome was evaluated before the paint:
                // the working evaluates the scenario with its steps.
                self.workings.set(same(), workings(b.scenario).ok());
            } else {
                deferred = true;
            }
        }

        let compared: Vec<Same> = b.compared.iter().cloned().map(Same).collect();
        if compared.is_empty() {
            self.comparison.clear();
        } else if !self.comparison.is_for(&compared) {
            let comparison = self.compare(b, &compared);
            self.comparison.set(compared, Some(comparison));
        }

        self.later = if deferred {
            self.next_later = self.next_later.wrapping_add(1);
            Some(self.next_later)
        } else {
            None
        };
        spans_chosen
    }

    /// The comparison, evaluating only scenarios not evaluated before: the
    /// one on screen has its outcome, the others kept theirs from the last
    /// comparison.
    fn compare(&self, b: &Basis, compared: &[Same]) -> Comparison {
        let earlier = self.comparison.value.as_deref();
        let earlier_basis = self.comparison.basis.as_deref().unwrap_or(&[]);
        let outcomes: Vec<Result<Outcome, Rejected>> = compared
            .iter()
            .map(|s| {
                if Rc::ptr_eq(&s.0, b.scenario) {
                    if let (Some(outcome), Some(_)) = (b.outcome, b.net) {
                        return Ok((**outcome).clone());
                    }
                }
                let known = earlier_basis
                    .iter()
                    .position(|e| e == s)
                    .and_then(|i| earlier?.outcomes.get(i));
                match known {
                    Some(outcome) => outcome.clone(),
                    None => evaluate(&s.0),
                }
            })
            .collect();
        let scenarios: Vec<Scenario> = compared.iter().map(|s| (*s.0).clone()).collect();
        let refs: Vec<Option<&Outcome>> = outcomes.iter().map(|o| o.as_ref().ok()).collect();
        Comparison {
            inputs: differing_inputs(&scenarios),
            results: result_rows(&refs),
            outcomes,
        }
    }
}
