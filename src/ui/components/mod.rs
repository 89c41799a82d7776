//! View components: each renders part of the state and dispatches actions.

pub mod headline;
