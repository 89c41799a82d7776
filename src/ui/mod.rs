//! The browser shell (wasm only): renders state, turns user intent into
//! actions. It computes nothing itself; every figure comes from the engine.

pub fn start() {}
