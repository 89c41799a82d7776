//! Formats that leave or enter the app: the scenario document (JSON, the one
//! format for links, files and tests), share links that carry it in the URL
//! fragment, CSV for spreadsheets, and numbers as people read them.

pub mod csv;
pub mod document;
pub mod link;
pub mod number;
pub mod presets;
