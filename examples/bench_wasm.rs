//! The engine's work, exported to JavaScript so `scripts/bench.mjs` can time
//! it in headless Chromium on the release profile. Not part of the app.

#[cfg(target_arch = "wasm32")]
#[path = "support/bench_scenarios.rs"]
mod bench_scenarios;

#[cfg(target_arch = "wasm32")]
mod exports {
    use super::bench_scenarios::{five_ranges, large, small, three_ranges};
    use afkortning::engine::scenario::Scenario;
    use afkortning::engine::uncertainty::{MonteCarlo, Run};
    use afkortning::engine::{break_even, evaluate, sensitivity, Field, InputId};
    use std::cell::OnceCell;
    use wasm_bindgen::prelude::*;

    thread_local! {
        static SMALL: OnceCell<Scenario> = const { OnceCell::new() };
        static LARGE: OnceCell<Scenario> = const { OnceCell::new() };
    }

    /// One evaluation of 1 group × 12 months; true when it evaluated.
    #[wasm_bindgen]
    pub fn evaluate_small() -> bool {
        SMALL.with(|s| evaluate(s.get_or_init(small)).is_ok())
    }

    /// One evaluation of 50 groups × 120 months.
    #[wasm_bindgen]
    pub fn evaluate_large() -> bool {
        LARGE.with(|s| evaluate(s.get_or_init(large)).is_ok())
    }

    /// Goal seek on the 50 × 120 scenario: months shortened of one group to
    /// break even (not a straight line, so the range is sampled).
    #[wasm_bindgen]
    pub fn goal_seek_large() -> bool {
        let input = InputId::group(7, Field::MonthsShortened);
        LARGE.with(|s| break_even(s.get_or_init(large), input, Default::default()).is_ok())
    }

    /// The tornado's sensitivity of every decision input, 50 × 120.
    #[wasm_bindgen]
    pub fn sensitivity_large() -> bool {
        LARGE.with(|s| sensitivity(s.get_or_init(large)).is_ok())
    }

    /// The 50 × 120 scenario as a share link's fragment, for the app's
    /// rows on that scenario (`scripts/bench.mjs`, (f)).
    #[wasm_bindgen]
    pub fn large_link() -> String {
        LARGE
            .with(|s| afkortning::format::link::encode_scenario(s.get_or_init(large)))
            .unwrap_or_default()
    }

    /// A whole Monte Carlo run over 3 or 5 uncertain inputs; returns the
    /// probability of a saving (so the work cannot be optimised away).
    #[wasm_bindgen]
    pub fn monte_carlo(draws: u32, inputs: u32) -> f64 {
        let scenario = if inputs >= 5 {
            five_ranges()
        } else {
            three_ranges()
        };
        let Ok(mut run) = Run::new(&scenario, MonteCarlo::new(2018, draws)) else {
            return -1.0;
        };
        while run.result().is_none() {
            if run.step(u32::MAX).is_err() {
                return -1.0;
            }
        }
        run.result()
            .map_or(-1.0, |s| f64::from(s.savings) / f64::from(s.draws))
    }
}
