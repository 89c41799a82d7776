//! The browser shell: renders state, turns user intent into actions. It
//! computes nothing itself; every figure comes from the engine.
//!
//! `state` (the reducer), `view` (what each field shows), `text` (every UI
//! string, da/en) and `chart_geometry` are plain Rust and tested natively;
//! the Yew components and browser storage exist only on wasm32.

pub mod chart_geometry;
pub mod decision;
pub mod decision_chart;
pub mod state;
pub mod text;
pub mod view;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod storage;

#[cfg(target_arch = "wasm32")]
pub use app::App;

/// Mounts the app on the page's body.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    yew::Renderer::<App>::new().render();
}
