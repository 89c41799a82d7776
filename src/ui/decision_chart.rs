//! Where the tornado's bars and the histogram's bins go. Pure geometry;
//! `f64` for pixels only (figures shown as text stay `Decimal`).

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::engine::solve::SensitivityRow;
use crate::engine::uncertainty::Bin;

pub const WIDTH: f64 = 640.0;
/// Height of one tornado row: a label line above a bar.
pub const ROW: f64 = 38.0;
const PAD: f64 = 12.0;
const TOP: f64 = 22.0;

fn f(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

/// A horizontal scale from the smallest to the largest value (0 always in).
struct Scale {
    lo: f64,
    span: f64,
}

impl Scale {
    fn new(values: impl Iterator<Item = f64>) -> Scale {
        let (lo, hi) = values.fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        let span = if hi - lo > 0.0 { hi - lo } else { 1.0 };
        Scale { lo, span }
    }

    fn x(&self, v: f64) -> f64 {
        PAD + (v - self.lo) / self.span * (WIDTH - 2.0 * PAD)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct TornadoBar {
    /// Top of the row (its label's baseline is `y + 13`).
    pub y: f64,
    /// The bar from today's net to the net at the low value.
    pub low_x: f64,
    pub low_w: f64,
    pub high_x: f64,
    pub high_w: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tornado {
    pub height: f64,
    pub bars: Vec<TornadoBar>,
    /// Today's net and zero (break-even).
    pub base_x: f64,
    pub zero_x: f64,
}

/// One row per sensitivity row, in order; a bar each way from today's net.
pub fn tornado(rows: &[SensitivityRow], base: Decimal) -> Tornado {
    let scale = Scale::new(
        rows.iter()
            .flat_map(|r| [f(r.net_low), f(r.net_high)])
            .chain([f(base)]),
    );
    let base_x = scale.x(f(base));
    let span = |v: Decimal| {
        let x = scale.x(f(v));
        (x.min(base_x), (x - base_x).abs().max(1.0))
    };
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let (low_x, low_w) = span(r.net_low);
            let (high_x, high_w) = span(r.net_high);
            TornadoBar {
                y: TOP + i as f64 * ROW,
                low_x,
                low_w,
                high_x,
                high_w,
            }
        })
        .collect();
    Tornado {
        height: TOP + rows.len() as f64 * ROW + 4.0,
        bars,
        base_x,
        zero_x: scale.x(0.0),
    }
}

pub const HIST_HEIGHT: f64 = 180.0;
const HIST_BOTTOM: f64 = 20.0;

#[derive(Clone, Debug, PartialEq)]
pub struct HistBar {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// The bin is above zero (a saving).
    pub saving: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Histogram {
    pub bars: Vec<HistBar>,
    /// Where zero falls, when it is within the bins.
    pub zero_x: Option<f64>,
    pub base_y: f64,
}

/// Equal-width bars for the bins, the tallest filling the height.
pub fn histogram(bins: &[Bin]) -> Histogram {
    let base_y = HIST_HEIGHT - HIST_BOTTOM;
    let (Some(first), Some(last)) = (bins.first(), bins.last()) else {
        return Histogram {
            bars: Vec::new(),
            zero_x: None,
            base_y,
        };
    };
    let most = bins.iter().map(|b| b.count).max().unwrap_or(0).max(1) as f64;
    let slot = (WIDTH - 2.0 * PAD) / bins.len() as f64;
    let bars = bins
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let height = f64::from(b.count) / most * (base_y - PAD);
            HistBar {
                x: PAD + i as f64 * slot + 1.0,
                y: base_y - height,
                width: (slot - 2.0).max(1.0),
                height,
                saving: b.from >= Decimal::ZERO,
            }
        })
        .collect();
    let (lo, hi) = (f(first.from), f(last.to));
    let zero_x = (lo < 0.0 && hi > 0.0).then(|| PAD + (0.0 - lo) / (hi - lo) * (WIDTH - 2.0 * PAD));
    Histogram {
        bars,
        zero_x,
        base_y,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::InputId;
    use rust_decimal_macros::dec;

    fn row(low: Decimal, high: Decimal) -> SensitivityRow {
        SensitivityRow {
            input: InputId::scenario(crate::engine::Field::HoursPerWeek),
            current: dec!(1),
            low: dec!(0),
            high: dec!(2),
            net_low: low,
            net_high: high,
        }
    }

    #[test]
    fn tornado_bars_start_at_todays_net() {
        let t = tornado(
            &[row(dec!(-300), dec!(100)), row(dec!(-150), dec!(-50))],
            dec!(-100),
        );
        // Scale −300 … 100 over 616 px: −100 is at 12 + 200/400 × 616 = 320.
        assert!((t.base_x - 320.0).abs() < 1e-9);
        assert!((t.zero_x - 474.0).abs() < 1e-9);
        let b = &t.bars[0];
        assert!((b.low_x - 12.0).abs() < 1e-9 && (b.low_w - 308.0).abs() < 1e-9);
        assert!((b.high_x - 320.0).abs() < 1e-9 && (b.high_w - 308.0).abs() < 1e-9);
        assert!(t.bars[1].y > b.y);
    }

    #[test]
    fn histogram_bars_fill_the_box() {
        let bins = vec![
            Bin {
                from: dec!(-10),
                to: dec!(0),
                count: 4,
            },
            Bin {
                from: dec!(0),
                to: dec!(10),
                count: 2,
            },
        ];
        let h = histogram(&bins);
        assert_eq!(h.bars.len(), 2);
        assert!((h.bars[0].y - PAD).abs() < 1e-9);
        assert!(!h.bars[0].saving && h.bars[1].saving);
        assert!((h.zero_x.unwrap() - 320.0).abs() < 1e-9);
        assert!(histogram(&[]).bars.is_empty());
    }
}
