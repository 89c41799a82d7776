//! The browser shell (wasm only): renders state, turns user intent into
//! actions. It computes nothing itself; every figure comes from the engine.

mod app;
pub mod components;
pub mod state;

pub use app::App;

/// Mounts the app on the page's body.
pub fn start() {
    yew::Renderer::<App>::new().render();
}
