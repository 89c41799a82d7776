//! Business-case calculator for shortening resource courses (the Norddjurs
//! model). `engine` computes, `data` holds rate tables and presets, `format`
//! reads and writes documents and numbers; `ui` (browser only) shows it all.

pub mod data;
pub mod engine;
pub mod format;
pub mod lang;

/// The browser shell. Its pure parts (state, view model, texts, chart
/// geometry) also build natively so their tests run with `cargo test`; the
/// Yew components only build for wasm32.
pub mod ui;
