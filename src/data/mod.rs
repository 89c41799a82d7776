//! Data tables with their sources: benefit rates, their yearly regulation,
//! kontanthjælp after the 2025 reform, where citizens go when a forløb ends
//! and what a review costs, refusion rules, presets.

pub mod exits;
pub mod kontanthjaelp;
pub mod presets;
pub mod rates;
pub mod refusion;
pub mod regulation;
