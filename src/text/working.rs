//! "Show the working" put into words: the engine's [`Working`]s (the
//! calculation's own steps, `engine::working`) as `label: formula = result`
//! lines. The words themselves are in `da.rs` and `en.rs`; here is only how
//! a number, an operator and a line are laid out, which is the same in both
//! languages.

use rust_decimal::Decimal;

use super::{da, en};
use crate::engine::working::{Caption, Line, Number, Op, Term, Unit, Working};
use crate::format::number::format_decimal;
use crate::lang::Lang;

/// A group's label in brackets after its number, when it has one.
pub(super) fn named(label: &str) -> String {
    if label.is_empty() {
        String::new()
    } else {
        format!(" ({label})")
    }
}

/// `2026` or `2026–2027`.
pub(super) fn years(first: u16, last: u16) -> String {
    if first == last {
        first.to_string()
    } else {
        format!("{first}–{last}")
    }
}

/// A typographic minus, as the formulas use between terms.
fn minus_sign(text: String) -> String {
    match text.strip_prefix('-') {
        Some(rest) => format!("−{rest}"),
        None => text,
    }
}

fn money(d: Decimal, lang: Lang) -> String {
    minus_sign(format_decimal(d, lang, 2))
}

impl Caption {
    pub fn text(&self, lang: Lang) -> String {
        pick!(lang, caption(self))
    }
}

impl crate::engine::working::Meaning {
    pub fn label(self, lang: Lang) -> String {
        pick!(lang, meaning(self))
    }
}

impl Number {
    pub fn render(&self, lang: Lang) -> String {
        let mut text = minus_sign(format_decimal(self.value, lang, self.decimals));
        match self.unit {
            Unit::Plain => {}
            Unit::Pct => text.push_str(" %"),
            Unit::CaseMonths | Unit::Cases => {
                text.push(' ');
                text.push_str(pick!(lang, counted(self.unit, self.value == Decimal::ONE)));
            }
        }
        if self.meaning == crate::engine::working::Meaning::Rounding {
            text = format!("{} {text}", pick!(lang, rounding()));
        }
        text
    }
}

impl Line {
    /// The formula alone: `45 sagsmåneder × (…) − 210.810,81`.
    pub fn formula(&self, lang: Lang) -> String {
        let mut out = String::new();
        for term in &self.terms {
            match term {
                Term::Number(n) => out.push_str(&n.render(lang)),
                Term::Op(Op::Plus) => out.push_str(" + "),
                Term::Op(Op::Minus) => out.push_str(" − "),
                Term::Op(Op::Times) => out.push_str(" × "),
                Term::Op(Op::Divide) => out.push_str(" / "),
                Term::Negate => out.push('−'),
                Term::Open => out.push('('),
                Term::Close => out.push(')'),
            }
        }
        out
    }

    /// `label: formula = result`.
    pub fn render(&self, lang: Lang) -> String {
        format!(
            "{}: {} = {}",
            self.label.text(lang),
            self.formula(lang),
            money(self.result, lang)
        )
    }
}

impl Working {
    /// One line per formula; a working without lines renders its note and 0,00.
    pub fn render(&self, lang: Lang) -> String {
        if self.lines.is_empty() {
            let note = self.note.as_ref().unwrap_or(&self.title).text(lang);
            return format!("{note}: {}", money(Decimal::ZERO, lang));
        }
        let lines: Vec<String> = self.lines.iter().map(|l| l.render(lang)).collect();
        lines.join("\n")
    }
}
