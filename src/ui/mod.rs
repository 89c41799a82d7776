//! The browser shell: renders state, turns user intent into actions. It
//! computes nothing itself; every figure comes from the engine.
//!
//! `state` (the reducer), `view` (what each field shows) and
//! `chart_geometry` are plain Rust and tested natively (the words are in
//! `crate::text`);
//! the Yew components and browser storage exist only on wasm32.

pub mod chart_geometry;
pub mod decision;
pub mod decision_chart;
pub mod derived;
pub mod state;
pub mod view;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod storage;

#[cfg(target_arch = "wasm32")]
pub use app::App;

/// Mounts the app on the page's body and removes the static blocks that
/// `index.html` shows until then (`view::first_answer_html`: the first
/// answer, and the loading line or load-failure message). Yew renders in a
/// microtask of this same task, so the browser never paints the page without
/// a headline, nor with two.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    yew::Renderer::<App>::new().render();
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        for id in [view::FIRST_ANSWER_ID, view::BOOT_STATUS_ID] {
            if let Some(block) = document.get_element_by_id(id) {
                block.remove();
            }
        }
    }
}
