//! Data tables with their sources: benefit rates, refusion rules, presets.

pub mod presets;
pub mod rates;
pub mod refusion;
