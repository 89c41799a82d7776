//! Where the bars, the line and the axis ticks of the yearly chart go. Pure
//! geometry over the engine's outcome; `f64` is used only for pixel
//! positions, never for a figure shown as text (tick values are exact).

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::engine::Outcome;

/// Space around the plot for the axis labels.
pub const LEFT: f64 = 84.0;
pub const RIGHT: f64 = 12.0;
pub const TOP: f64 = 12.0;
pub const BOTTOM: f64 = 28.0;

#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub year: u16,
    pub net: Decimal,
    /// Cumulative net for the kommune at the end of this year.
    pub cumulative: Decimal,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// Centre of the year's slot (labels, line points).
    pub centre: f64,
    /// y of the cumulative line at this year.
    pub cumulative_y: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub value: Decimal,
    pub y: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChartGeometry {
    pub width: f64,
    pub height: f64,
    pub bars: Vec<Bar>,
    pub ticks: Vec<Tick>,
    /// y of the zero line.
    pub zero_y: f64,
    pub plot_left: f64,
    pub plot_right: f64,
    pub plot_bottom: f64,
}

/// A pixel coordinate for an SVG attribute, to a tenth of a pixel. Written
/// by hand: `format!` for floats would pull float printing into the wasm.
pub fn svg_number(v: f64) -> String {
    let tenths = if v.is_finite() {
        (v * 10.0).round().clamp(-1e12, 1e12) as i64
    } else {
        0
    };
    let sign = if tenths < 0 { "-" } else { "" };
    let abs = tenths.unsigned_abs();
    format!("{sign}{}.{}", abs / 10, abs % 10)
}

fn f(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0)
}

/// A "nice" step (1, 2 or 5 × 10ⁿ) that splits `range` into about four parts.
pub fn nice_step(range: f64) -> Decimal {
    if !(range.is_finite() && range > 0.0) {
        return Decimal::ONE;
    }
    let raw = range / 4.0;
    let exponent = raw.log10().floor();
    let magnitude = 10f64.powf(exponent);
    let mantissa = [1i64, 2, 5, 10]
        .into_iter()
        .find(|m| *m as f64 * magnitude >= raw * 0.999_999)
        .unwrap_or(10);
    let exponent = exponent as i32;
    if exponent >= 0 {
        let power = 10i64.checked_pow(exponent as u32).unwrap_or(i64::MAX / 10);
        Decimal::from(mantissa.saturating_mul(power))
    } else {
        Decimal::new(mantissa, exponent.unsigned_abs().min(28))
    }
}

/// The chart of the kommune's net per calendar year (bars) and the
/// cumulative net at each year's end (line), in a `width` × `height` box.
pub fn layout(outcome: &Outcome, width: f64, height: f64) -> ChartGeometry {
    let mut cumulative: Vec<Decimal> = Vec::with_capacity(outcome.years.len());
    for year in &outcome.years {
        let end = outcome
            .months
            .iter()
            .rev()
            .find(|m| m.at.year == year.year)
            .map_or(Decimal::ZERO, |m| m.cumulative_kommune);
        cumulative.push(end);
    }
    let values = outcome
        .years
        .iter()
        .map(|y| f(y.net.kommune))
        .chain(cumulative.iter().map(|c| f(*c)));
    let (mut lo, mut hi) = values.fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    if hi - lo <= 0.0 {
        hi = lo + 1.0;
    }
    let step = nice_step(hi - lo);
    let step_f = f(step);
    let first = (lo / step_f).floor() as i64;
    let last = (hi / step_f).ceil() as i64;
    lo = first as f64 * step_f;
    hi = last as f64 * step_f;

    let plot_left = LEFT;
    let plot_right = (width - RIGHT).max(LEFT + 1.0);
    let plot_top = TOP;
    let plot_bottom = (height - BOTTOM).max(TOP + 1.0);
    let plot_h = plot_bottom - plot_top;
    let y_of = |v: f64| plot_top + (hi - v) / (hi - lo) * plot_h;
    let zero_y = y_of(0.0);

    let ticks = (first..=last)
        .take(20)
        .map(|n| {
            let value = step.checked_mul(Decimal::from(n)).unwrap_or_default();
            Tick {
                y: y_of(f(value)),
                value,
            }
        })
        .collect();

    let count = outcome.years.len().max(1) as f64;
    let slot = (plot_right - plot_left) / count;
    let bars = outcome
        .years
        .iter()
        .zip(&cumulative)
        .enumerate()
        .map(|(i, (year, cum))| {
            let v = y_of(f(year.net.kommune));
            let centre = plot_left + slot * (i as f64 + 0.5);
            let width = (slot * 0.5).min(120.0);
            Bar {
                year: year.year,
                net: year.net.kommune,
                cumulative: *cum,
                x: centre - width / 2.0,
                y: v.min(zero_y),
                width,
                height: (v - zero_y).abs(),
                centre,
                cumulative_y: y_of(f(*cum)),
            }
        })
        .collect();

    ChartGeometry {
        width,
        height,
        bars,
        ticks,
        zero_y,
        plot_left,
        plot_right,
        plot_bottom,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::evaluate;
    use crate::format::presets;
    use rust_decimal_macros::dec;

    #[test]
    fn svg_numbers() {
        assert_eq!(svg_number(12.34), "12.3");
        assert_eq!(svg_number(-0.46), "-0.5");
        assert_eq!(svg_number(-0.04), "0.0");
        assert_eq!(svg_number(640.0), "640.0");
        assert_eq!(svg_number(f64::NAN), "0.0");
    }

    #[test]
    fn nice_steps() {
        assert_eq!(nice_step(400_000.0), dec!(100000));
        assert_eq!(nice_step(900_000.0), dec!(500000));
        assert_eq!(nice_step(700.0), dec!(200));
        assert_eq!(nice_step(0.4), dec!(0.1));
        assert_eq!(nice_step(0.0), dec!(1));
        assert_eq!(nice_step(f64::NAN), dec!(1));
    }

    #[test]
    fn default_preset_chart() {
        let s = presets::default_scenario().unwrap();
        let out = evaluate(&s).unwrap();
        let g = layout(&out, 600.0, 240.0);
        assert_eq!(g.bars.len(), 2);
        // Everything is negative: the zero line is the top tick.
        let top = g.ticks.last().unwrap();
        assert_eq!(top.value, Decimal::ZERO);
        assert!((g.zero_y - TOP).abs() < 1e-9);
        // 2024 net is a cost: the bar hangs from zero downwards.
        let b = &g.bars[0];
        assert_eq!(b.year, 2024);
        assert!(b.net < Decimal::ZERO);
        assert!((b.y - g.zero_y).abs() < 1e-9);
        assert!(b.height > 0.0);
        // The final cumulative is the total net.
        assert_eq!(g.bars[1].cumulative, out.net.kommune);
        // Every shape lies inside the box.
        for b in &g.bars {
            assert!(b.x >= LEFT && b.x + b.width <= 600.0 - RIGHT);
            assert!(b.y >= 0.0 && b.y + b.height <= 240.0 - BOTTOM + 1e-9);
            assert!(b.cumulative_y >= TOP - 1e-9 && b.cumulative_y <= 240.0 - BOTTOM + 1e-9);
        }
        // Ticks are whole multiples of a nice step.
        for t in &g.ticks {
            assert_eq!(t.value % dec!(100000), Decimal::ZERO);
        }
    }
}
