//! An independent reader for the rendered "show the working" formulas, shared
//! by the native and the browser tests: it knows nothing of how the engine
//! builds them, only how a person reads them.

#![allow(dead_code)] // not every test file reads formulas

use afkortning::format::number::parse_number;
use afkortning::lang::Lang;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

#[derive(Debug, Clone, PartialEq)]
pub enum Tok {
    Num(Decimal),
    Plus,
    Minus,
    Times,
    Divide,
    Open,
    Close,
}

/// Numbers as the language writes them (`9.860,80` / `9,860.80`), `25 %`
/// as 0.25, words (`sagsmåneder`, `afrunding`) skipped.
pub fn tokenize(text: &str, lang: Lang) -> Vec<Tok> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_digit() || chars[i] == '.' || chars[i] == ',')
            {
                i += 1;
            }
            let literal: String = chars[start..i].iter().collect();
            let mut value = parse_number(&literal, lang)
                .unwrap_or_else(|e| panic!("{literal:?} in {text:?}: {e:?}"));
            let mut j = i;
            while j < chars.len() && chars[j] == ' ' {
                j += 1;
            }
            if j < chars.len() && chars[j] == '%' {
                value /= dec!(100);
                i = j + 1;
            }
            out.push(Tok::Num(value));
            continue;
        }
        if c.is_alphabetic() {
            while i < chars.len() && (chars[i].is_alphabetic() || chars[i] == '-') {
                i += 1;
            }
            continue;
        }
        match c {
            ' ' => {}
            '+' => out.push(Tok::Plus),
            '−' | '-' => out.push(Tok::Minus),
            '×' => out.push(Tok::Times),
            '/' => out.push(Tok::Divide),
            '(' => out.push(Tok::Open),
            ')' => out.push(Tok::Close),
            other => panic!("unexpected {other:?} in {text:?}"),
        }
        i += 1;
    }
    out
}

/// School arithmetic: brackets, × and / before + and −, a leading minus.
pub fn calc(toks: &[Tok]) -> Decimal {
    fn sum(t: &[Tok], i: &mut usize) -> Decimal {
        let mut v = product(t, i);
        while let Some(op @ (Tok::Plus | Tok::Minus)) = t.get(*i) {
            *i += 1;
            let w = product(t, i);
            v = if *op == Tok::Plus { v + w } else { v - w };
        }
        v
    }
    fn product(t: &[Tok], i: &mut usize) -> Decimal {
        let mut v = factor(t, i);
        while let Some(op @ (Tok::Times | Tok::Divide)) = t.get(*i) {
            *i += 1;
            let w = factor(t, i);
            v = if *op == Tok::Times { v * w } else { v / w };
        }
        v
    }
    fn factor(t: &[Tok], i: &mut usize) -> Decimal {
        let tok = t[*i].clone();
        *i += 1;
        match tok {
            Tok::Num(v) => v,
            Tok::Minus => -factor(t, i),
            Tok::Open => {
                let v = sum(t, i);
                assert_eq!(t[*i], Tok::Close);
                *i += 1;
                v
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    let mut i = 0;
    let v = sum(toks, &mut i);
    assert_eq!(i, toks.len(), "trailing tokens in {toks:?}");
    v
}
