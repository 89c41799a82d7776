//! Formats that leave or enter the app: the scenario document (JSON, the one
//! format for links, files and tests) and numbers as people read them.

pub mod document;
pub mod number;
