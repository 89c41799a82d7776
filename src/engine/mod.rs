//! The calculation engine: plain Rust, no browser. A `Scenario` goes in, an
//! `Outcome` comes out; break-even and sensitivity re-evaluate scenarios;
//! `compare` sets several side by side.

pub mod arith;
pub mod calc;
pub mod compare;
pub mod inputs;
pub mod outcome;
pub mod scenario;
pub mod solve;
pub mod trace;
pub mod uncertainty;
pub mod validate;
pub mod working;

pub use calc::{evaluate, evaluate_traced, Rejected};
pub use inputs::{Field, InputId};
pub use outcome::{LineItem, Outcome, Split};
pub use scenario::Scenario;
pub use solve::{break_even, break_even_from, sensitivity, BreakEven};
