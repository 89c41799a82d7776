//! Business-case calculator for shortening resource courses (the Norddjurs
//! model). Layers, each using only those before it (docs/ARCHITECTURE.md,
//! checked by tests/architecture.rs): `data` holds rate tables and presets;
//! `engine` computes and reports problems as data; `format` reads and writes
//! documents, links, CSV and numbers, and `text` holds every sentence in
//! Danish and English; `ui` (browser only) shows it all.

pub mod data;
pub mod engine;
pub mod format;
pub mod lang;
pub mod text;

/// The browser shell. Its pure parts (state, view model, texts, chart
/// geometry) also build natively so their tests run with `cargo test`; the
/// Yew components only build for wasm32.
pub mod ui;
