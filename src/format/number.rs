//! Numbers as people read and type them: Danish `1.234.567,50`, English
//! `1,234,567.50`. Rounding is half away from zero, as in Danish accounting.

use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};

use crate::engine::inputs::Unit;
use crate::lang::Lang;

/// `value` rounded to `decimals` places with the language's separators.
pub fn format_decimal(value: Decimal, lang: Lang, decimals: u32) -> String {
    let (thousands, comma) = match lang {
        Lang::Da => ('.', ','),
        Lang::En => (',', '.'),
    };
    let rounded = value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    let text = format!("{:.*}", decimals as usize, rounded.abs());
    let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::with_capacity(text.len() + text.len() / 3 + 2);
    if rounded.is_sign_negative() && !rounded.is_zero() {
        out.push('-');
    }
    let digits = int_part.len();
    for (i, ch) in int_part.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            out.push(thousands);
        }
        out.push(ch);
    }
    if !frac_part.is_empty() {
        out.push(comma);
        out.push_str(frac_part);
    }
    out
}

/// Whole kroner with a unit: `-1.234.568 kr.`.
pub fn format_kr(value: Decimal, lang: Lang) -> String {
    format!("{} kr.", format_decimal(value, lang, 0))
}

/// `value` with as many decimals as it needs (at most `max_decimals`):
/// what an input field shows for a stored value.
pub fn format_plain(value: Decimal, lang: Lang, max_decimals: u32) -> String {
    let rounded = value
        .round_dp_with_strategy(max_decimals, RoundingStrategy::MidpointAwayFromZero)
        .normalize();
    format_decimal(rounded, lang, rounded.scale())
}

/// Kroner with no decimals when rounded to øre they are whole, otherwise
/// with both: `20.370,50`, never `20.370,5`.
pub fn format_money(value: Decimal, lang: Lang) -> String {
    let rounded = value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    format_decimal(rounded, lang, if rounded.fract().is_zero() { 0 } else { 2 })
}

/// A year or a month number as written on a calendar: digits alone, never
/// grouped (`2024`, not `2.024`).
pub fn format_year(value: Decimal) -> String {
    value
        .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
        .normalize()
        .to_string()
}

/// A value of an input in its unit's way: years and months plain, kroner
/// with 0 or 2 decimals, anything else with as many decimals as it needs
/// (at most 2).
pub fn format_value(value: Decimal, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::Year | Unit::Month => format_year(value),
        Unit::Kr | Unit::KrPerMonth | Unit::KrPerYear => format_money(value, lang),
        _ => format_plain(value, lang, 2),
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumberError {
    Empty,
    NotANumber,
}

/// Reads what a person types: `1.234,50`, `1234,5`, `12 000`, `15 %`,
/// `-3`, `20.000 kr.`. In Danish `,` is the decimal comma and `.` groups
/// thousands; a lone `.` not followed by exactly three digits is read as a
/// decimal point, since nobody groups `1.5` as thousands. English mirrors it.
pub fn parse_number(input: &str, lang: Lang) -> Result<Decimal, NumberError> {
    let mut text: String = input
        .trim()
        .trim_end_matches("kr.")
        .trim_end_matches("kr")
        .trim_end_matches('%')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202f}' && *c != '\'')
        .collect();
    if text.is_empty() {
        return Err(NumberError::Empty);
    }
    text = text.replace('\u{2212}', "-");
    let (group, decimal) = match lang {
        Lang::Da => ('.', ','),
        Lang::En => (',', '.'),
    };
    let normalised = if text.contains(decimal) {
        let (int_part, frac_part) = text.rsplit_once(decimal).ok_or(NumberError::NotANumber)?;
        if frac_part.contains(group) || !grouped_correctly(int_part, group) {
            return Err(NumberError::NotANumber);
        }
        format!("{}.{}", int_part.replace(group, ""), frac_part)
    } else if text.matches(group).count() == 1 && !grouped_correctly(&text, group) {
        // `1.5` in Danish, `1,5` in English: a decimal separator after all.
        text.replace(group, ".")
    } else if grouped_correctly(&text, group) {
        text.replace(group, "")
    } else {
        return Err(NumberError::NotANumber);
    };
    let body = normalised.strip_prefix(['-', '+']).unwrap_or(&normalised);
    let well_formed = !body.is_empty()
        && body.chars().all(|c| c.is_ascii_digit() || c == '.')
        && body.matches('.').count() <= 1
        && body.chars().any(|c| c.is_ascii_digit());
    if !well_formed {
        return Err(NumberError::NotANumber);
    }
    Decimal::from_str(&normalised).map_err(|_| NumberError::NotANumber)
}

/// Groups after the first separator have three digits each.
fn grouped_correctly(int_part: &str, group: char) -> bool {
    let unsigned = int_part.strip_prefix(['-', '+']).unwrap_or(int_part);
    let mut parts = unsigned.split(group);
    let first_ok = parts
        .next()
        .is_some_and(|p| !p.is_empty() || !unsigned.contains(group));
    first_ok && parts.all(|p| p.len() == 3 && p.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn formats_danish_and_english() {
        assert_eq!(format_decimal(dec!(1234567.5), Lang::Da, 2), "1.234.567,50");
        assert_eq!(format_decimal(dec!(1234567.5), Lang::En, 2), "1,234,567.50");
        assert_eq!(format_decimal(dec!(-330000), Lang::Da, 0), "-330.000");
        assert_eq!(format_decimal(dec!(999.995), Lang::Da, 2), "1.000,00");
        assert_eq!(format_decimal(dec!(-0.004), Lang::Da, 2), "0,00");
        assert_eq!(format_decimal(dec!(12), Lang::Da, 0), "12");
        assert_eq!(format_kr(dec!(-383623.4), Lang::Da), "-383.623 kr.");
        assert_eq!(format_plain(dec!(15104.160), Lang::Da, 2), "15.104,16");
        assert_eq!(format_plain(dec!(3), Lang::Da, 2), "3");
    }

    #[test]
    fn money_has_no_decimals_or_two() {
        // 20 370,5 kr. is 20 370 kr. and 50 øre.
        assert_eq!(format_money(dec!(20370.5), Lang::Da), "20.370,50");
        assert_eq!(format_money(dec!(20370.5), Lang::En), "20,370.50");
        assert_eq!(format_money(dec!(11282.00), Lang::Da), "11.282");
        // 0,004 rounds to 0 øre: whole; 0,005 rounds up to 1 øre.
        assert_eq!(format_money(dec!(2700.004), Lang::Da), "2.700");
        assert_eq!(format_money(dec!(2700.005), Lang::Da), "2.700,01");
        assert_eq!(format_money(dec!(-15104.1), Lang::Da), "-15.104,10");
        assert_eq!(
            format_value(dec!(20370.5), Unit::KrPerMonth, Lang::Da),
            "20.370,50"
        );
        // Other units keep the decimals they need: 12,5 %.
        assert_eq!(format_value(dec!(12.50), Unit::Pct, Lang::Da), "12,5");
    }

    #[test]
    fn years_and_months_are_never_grouped() {
        assert_eq!(format_year(dec!(2024)), "2024");
        assert_eq!(format_year(dec!(2100.0)), "2100");
        assert_eq!(format_value(dec!(2000), Unit::Year, Lang::Da), "2000");
        assert_eq!(format_value(dec!(2000), Unit::Year, Lang::En), "2000");
        assert_eq!(format_value(dec!(12), Unit::Month, Lang::Da), "12");
        // A count of cases is grouped as any number.
        assert_eq!(format_value(dec!(2000), Unit::Cases, Lang::Da), "2.000");
    }

    #[test]
    fn parses_what_danes_type() {
        let da = |s| parse_number(s, Lang::Da);
        assert_eq!(da("1.234,50"), Ok(dec!(1234.50)));
        assert_eq!(da("1234,5"), Ok(dec!(1234.5)));
        assert_eq!(da("12 000"), Ok(dec!(12000)));
        assert_eq!(da("15 %"), Ok(dec!(15)));
        assert_eq!(da("20.000 kr."), Ok(dec!(20000)));
        assert_eq!(da("1.234.567"), Ok(dec!(1234567)));
        assert_eq!(da("1.5"), Ok(dec!(1.5)));
        assert_eq!(da("−3"), Ok(dec!(-3)));
        assert_eq!(da(""), Err(NumberError::Empty));
        assert_eq!(da("abc"), Err(NumberError::NotANumber));
        assert_eq!(da("1,2,3"), Err(NumberError::NotANumber));
        assert_eq!(da("1.23.4"), Err(NumberError::NotANumber));
        assert_eq!(da("-"), Err(NumberError::NotANumber));
        assert_eq!(da("1e5"), Err(NumberError::NotANumber));
    }

    #[test]
    fn parses_english() {
        let en = |s| parse_number(s, Lang::En);
        assert_eq!(en("1,234.50"), Ok(dec!(1234.50)));
        assert_eq!(en("1,234"), Ok(dec!(1234)));
        assert_eq!(en("0.25"), Ok(dec!(0.25)));
    }
}
