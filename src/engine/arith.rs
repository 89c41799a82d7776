//! Checked decimal arithmetic. `Decimal`'s operators panic on overflow; the
//! engine must not, whatever it is fed, so every operation goes through here.

use rust_decimal::Decimal;

/// An operation left the range `Decimal` can hold (about ±7.9 × 10²⁸), or
/// divided by zero.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Overflow;

pub type Calc<T> = Result<T, Overflow>;

pub fn add(a: Decimal, b: Decimal) -> Calc<Decimal> {
    a.checked_add(b).ok_or(Overflow)
}

pub fn sub(a: Decimal, b: Decimal) -> Calc<Decimal> {
    a.checked_sub(b).ok_or(Overflow)
}

pub fn mul(a: Decimal, b: Decimal) -> Calc<Decimal> {
    a.checked_mul(b).ok_or(Overflow)
}

pub fn div(a: Decimal, b: Decimal) -> Calc<Decimal> {
    a.checked_div(b).ok_or(Overflow)
}

/// `pct` per cent as a fraction: 20 → 0.2.
pub fn fraction(pct: Decimal) -> Calc<Decimal> {
    div(pct, Decimal::ONE_HUNDRED)
}

pub fn sum(values: impl IntoIterator<Item = Decimal>) -> Calc<Decimal> {
    values.into_iter().try_fold(Decimal::ZERO, add)
}

/// What was worked out from the last key, kept while the key repeats: a
/// month's counts often equal the month before's, and the arithmetic on
/// them is the costly part of an evaluation. Keys are compared as written
/// (`Decimal::serialize`), which is cheaper than comparing values; equal
/// values written differently only miss the reuse.
#[derive(Clone, Copy)]
pub struct Repeat<K, T> {
    last: Option<(K, T)>,
}

impl<K: PartialEq + Copy, T: Copy> Repeat<K, T> {
    pub const NEW: Repeat<K, T> = Repeat { last: None };

    pub fn get(&mut self, key: K, work: impl FnOnce() -> Calc<T>) -> Calc<T> {
        match self.last {
            Some((k, v)) if k == key => Ok(v),
            _ => {
                let v = work()?;
                self.last = Some((key, v));
                Ok(v)
            }
        }
    }
}
