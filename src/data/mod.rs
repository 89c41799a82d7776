//! Data tables with their sources: benefit rates, their yearly regulation,
//! kontanthjælp after the 2025 reform, refusion rules, presets.

pub mod kontanthjaelp;
pub mod presets;
pub mod rates;
pub mod refusion;
pub mod regulation;
