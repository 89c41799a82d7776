//! Business-case calculator for shortening resource courses (the Norddjurs
//! model). `engine` computes, `data` holds rate tables and presets, `format`
//! reads and writes documents and numbers; `ui` (browser only) shows it all.

pub mod data;
pub mod engine;
pub mod format;
pub mod lang;

#[cfg(target_arch = "wasm32")]
pub mod ui;
