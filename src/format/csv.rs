//! The breakdown of an outcome as CSV that opens correctly in Danish Excel
//! and LibreOffice (`docs/share-links.md`, "CSV export"):
//!
//! - UTF-8 with a byte-order mark (so Excel reads æ, ø, å right);
//! - `;` between fields, CRLF after every row; on top, the scenario's name,
//!   the export's date and the net present value, then an empty row and the
//!   table's one header row (every row as wide as the table);
//! - amounts rounded to øre (half away from zero), written as plain numbers
//!   with a decimal comma and no thousands separators: `-383623,47`;
//! - text fields quoted per RFC 4180 when they hold `;`, `"` or a line
//!   break, and a text field that could start a formula (`=`, `+`, `-`, `@`,
//!   tab, carriage return) and is not a number gets a leading `'`, so a
//!   scenario name from a link is never run as a formula.
//!
//! Headers and labels follow the language; the number format stays Danish in
//! both, since the file is made for a Danish spreadsheet.
//!
//! Each amount is the exact figure rounded, so `I alt` can differ by 0,01
//! from the sum of the rounded `Kommune` and `Stat` next to it.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::engine::outcome::{
    items_in_use, CostLineOutcome, LineItem, LineItems, Outcome, Split, Warning,
};
use crate::format::number::format_plain;
use crate::lang::Lang;
use crate::text::{csv_word, CsvWord};

/// Excel's signal that the file is UTF-8.
pub const BOM: &str = "\u{FEFF}";
pub const SEPARATOR: char = ';';
pub const LINE_END: &str = "\r\n";

/// The day an export is made, as the caller's clock gives it (this module
/// keeps none, so an export is the same text for the same inputs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportDate {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// One scenario in an export: its name and discount rate (for the net
/// present value at the top), its outcome and its cost lines' labels (the
/// scenario's `costs`, in order).
#[derive(Clone, Copy, Debug)]
pub struct Exported<'a> {
    pub name: &'a str,
    pub discount_pct: Decimal,
    pub outcome: &'a Outcome,
    pub cost_labels: &'a [&'a str],
}

impl Exported<'_> {
    /// The kommune's net present value at the scenario's discount rate; at
    /// 0 % (where the engine does not discount) that is its net.
    fn npv_row(&self, lang: Lang) -> [Cell; 2] {
        let rate = format_plain(self.discount_pct, Lang::Da, 2);
        let npv = self.outcome.npv_kommune.unwrap_or(self.outcome.net.kommune);
        [
            Cell::Text(crate::text::csv_npv(&rate, lang)),
            Cell::Amount(npv),
        ]
    }
}

/// Yearly breakdown of one scenario. On top, each on its row: the
/// scenario's name, the export's date and the kommune's net present value
/// (named with its discount rate), then an empty row; then the table
/// `År;Post;Kommune;Stat;I alt`: for each calendar year one row per line
/// item and a net row, then the same for the whole horizon with `I alt` as
/// the year; after each net, each cost line's figures, named by its label
/// (`Udgiftslinje 1: Sundhedsfaglig rådgivning`, or numbered alone where a
/// label is missing).
pub fn yearly(scenario: &Exported, date: ExportDate, lang: Lang) -> String {
    let mut csv = Csv::new();
    let lead = [year_header(lang), item_header(lang)];
    let width = table_width(&lead);
    csv.padded(
        &[text(csv_word(CsvWord::Scenario, lang)), text(scenario.name)],
        width,
    );
    csv.padded(&date_row(date, lang), width);
    csv.padded(&scenario.npv_row(lang), width);
    csv.padded(&[], width);
    csv.header(&lead, lang);
    let outcome = scenario.outcome;
    yearly_rows(
        &mut csv,
        &[],
        outcome,
        &outcome.items_in_use,
        scenario.cost_labels,
        lang,
    );
    notice_rows(&mut csv, &[], 0, outcome, lang);
    csv.finish()
}

/// Yearly breakdown of several scenarios (a comparison). On top: the
/// export's date, then one row per scenario with its name and its kommune's
/// net present value, then an empty row; then the scenarios one after the
/// other, each row with the scenario's name first: `Scenarie;År;Post;…`.
pub fn yearly_comparison(scenarios: &[Exported], date: ExportDate, lang: Lang) -> String {
    let mut csv = Csv::new();
    let lead = [
        csv_word(CsvWord::Scenario, lang),
        year_header(lang),
        item_header(lang),
    ];
    let width = table_width(&lead);
    csv.padded(&date_row(date, lang), width);
    for scenario in scenarios {
        let [label, npv] = scenario.npv_row(lang);
        csv.padded(&[text(scenario.name), label, npv], width);
    }
    csv.padded(&[], width);
    csv.header(&lead, lang);
    // The same rows for every scenario, so the blocks line up.
    let shown = items_in_use(scenarios.iter().map(|s| s.outcome));
    for s in scenarios {
        yearly_rows(
            &mut csv,
            &[text(s.name)],
            s.outcome,
            &shown,
            s.cost_labels,
            lang,
        );
    }
    for s in scenarios {
        notice_rows(&mut csv, &[text(s.name)], 0, s.outcome, lang);
    }
    csv.finish()
}

/// The amounts' columns after a table's lead columns.
const AMOUNT_COLUMNS: [CsvWord; 3] = [CsvWord::Kommune, CsvWord::Stat, CsvWord::Total];

/// How many columns a table with these lead columns has.
fn table_width(lead_headers: &[&str]) -> usize {
    lead_headers.len() + AMOUNT_COLUMNS.len()
}

/// `Eksporteret;30. november 2026`: as text, so a spreadsheet shows the day
/// as written instead of guessing a date format.
fn date_row(date: ExportDate, lang: Lang) -> [Cell; 2] {
    [
        text(csv_word(CsvWord::Exported, lang)),
        Cell::Text(crate::text::date(date.year, date.month, date.day, lang)),
    ]
}

/// Monthly breakdown of one scenario: `År;Måned;Post;Kommune;Stat;I alt`,
/// for each month one row per line item and a net row (year and month as
/// numbers, so a spreadsheet never reads them as a date).
pub fn monthly(outcome: &Outcome, lang: Lang) -> String {
    let mut csv = Csv::new();
    csv.header(
        &[
            year_header(lang),
            csv_word(CsvWord::Month, lang),
            item_header(lang),
        ],
        lang,
    );
    let shown = &outcome.items_in_use;
    for row in &outcome.months {
        let lead = [
            Cell::Whole(u32::from(row.at.year)),
            Cell::Whole(u32::from(row.at.month)),
        ];
        item_rows(&mut csv, &lead, &shown, &row.items, row.net, lang);
    }
    notice_rows(&mut csv, &[], 1, outcome, lang);
    csv.finish()
}

fn year_header(lang: Lang) -> &'static str {
    csv_word(CsvWord::Year, lang)
}

fn item_header(lang: Lang) -> &'static str {
    csv_word(CsvWord::Item, lang)
}

fn net_label(lang: Lang) -> &'static str {
    csv_word(CsvWord::Net, lang)
}

fn yearly_rows(
    csv: &mut Csv,
    lead: &[Cell],
    outcome: &Outcome,
    shown: &[LineItem],
    cost_labels: &[&str],
    lang: Lang,
) {
    for (y, row) in outcome.years.iter().enumerate() {
        let mut cells = lead.to_vec();
        cells.push(Cell::Whole(u32::from(row.year)));
        item_rows(csv, &cells, shown, &row.items, row.net, lang);
        cost_line_rows(
            csv,
            &cells,
            outcome,
            cost_labels,
            |c| c.years.get(y).copied(),
            lang,
        );
    }
    let mut cells = lead.to_vec();
    cells.push(text(csv_word(CsvWord::Total, lang)));
    item_rows(csv, &cells, shown, &outcome.totals, outcome.net, lang);
    cost_line_rows(csv, &cells, outcome, cost_labels, |c| Some(c.total), lang);
}

/// Each cost line's figures after the net, by `figure` (a year's or the
/// total): a breakdown of the cost-lines row, not one more term of the net.
fn cost_line_rows(
    csv: &mut Csv,
    cells: &[Cell],
    outcome: &Outcome,
    cost_labels: &[&str],
    figure: impl Fn(&CostLineOutcome) -> Option<Split>,
    lang: Lang,
) {
    for (i, line) in outcome.cost_lines.iter().enumerate() {
        let Some(split) = figure(line) else { continue };
        let number = format!("{} {}", csv_word(CsvWord::CostLine, lang), i + 1);
        let label = match cost_labels.get(i).map(|l| l.trim()) {
            Some(l) if !l.is_empty() => format!("{number}: {l}"),
            _ => number,
        };
        let mut row = cells.to_vec();
        row.extend([
            Cell::Text(label),
            Cell::Amount(split.kommune),
            Cell::Amount(split.stat),
            Cell::Amount(split.public()),
        ]);
        csv.row(&row);
    }
}

/// The notices a reader of the figures must see with them (today: the 2026
/// reform), after the figures: `lead…;Bemærk;[blank…;]text;;;`, so every
/// row keeps the same columns.
fn notice_rows(csv: &mut Csv, lead: &[Cell], blanks: usize, outcome: &Outcome, lang: Lang) {
    for warning in &outcome.warnings {
        if !matches!(warning, Warning::RessourceforlobAbolished) {
            continue;
        }
        let mut cells = lead.to_vec();
        cells.push(text(csv_word(CsvWord::Note, lang)));
        cells.extend(std::iter::repeat_n(text(""), blanks));
        cells.push(Cell::Text(warning.message(lang)));
        cells.extend(std::iter::repeat_n(text(""), 3));
        csv.row(&cells);
    }
}

/// One row per shown line item and a net row, each
/// `lead…;label;kommune;stat;total`.
fn item_rows(
    csv: &mut Csv,
    lead: &[Cell],
    shown: &[LineItem],
    items: &LineItems,
    net: Split,
    lang: Lang,
) {
    let rows = shown
        .iter()
        .map(|&item| (LineItem::label(item, lang), items.get(item)))
        .chain(std::iter::once((net_label(lang), net)));
    for (label, split) in rows {
        let mut cells = lead.to_vec();
        cells.extend([
            text(label),
            Cell::Amount(split.kommune),
            Cell::Amount(split.stat),
            Cell::Amount(split.public()),
        ]);
        csv.row(&cells);
    }
}

#[derive(Clone, Debug)]
enum Cell {
    Text(String),
    /// Kroner: two decimals.
    Amount(Decimal),
    /// A year or a month.
    Whole(u32),
}

fn text(s: &str) -> Cell {
    Cell::Text(s.to_string())
}

struct Csv {
    out: String,
}

impl Csv {
    fn new() -> Csv {
        Csv {
            out: String::from(BOM),
        }
    }

    /// The table's header row: `lead_headers`, then the amounts' columns.
    fn header(&mut self, lead_headers: &[&str], lang: Lang) {
        let headers: Vec<Cell> = lead_headers
            .iter()
            .copied()
            .chain(AMOUNT_COLUMNS.map(|word| csv_word(word, lang)))
            .map(text)
            .collect();
        self.row(&headers);
    }

    /// A row above the table, filled with empty cells to the table's
    /// `width`, so every row has as many columns.
    fn padded(&mut self, cells: &[Cell], width: usize) {
        let mut row = cells.to_vec();
        row.resize(width.max(cells.len()), text(""));
        self.row(&row);
    }

    fn row(&mut self, cells: &[Cell]) {
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                self.out.push(SEPARATOR);
            }
            match cell {
                Cell::Text(s) => self.out.push_str(&text_field(s)),
                Cell::Amount(d) => self.out.push_str(&number_field(*d)),
                Cell::Whole(n) => self.out.push_str(&n.to_string()),
            }
        }
        self.out.push_str(LINE_END);
    }

    fn finish(self) -> String {
        self.out
    }
}

/// An amount as a Danish spreadsheet reads a number: rounded to 2 decimals
/// half away from zero, decimal comma, no thousands separators, `-` for
/// negatives.
pub fn number_field(value: Decimal) -> String {
    let rounded = value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    // No "-0,00".
    let rounded = if rounded.is_zero() {
        Decimal::ZERO
    } else {
        rounded
    };
    format!("{rounded:.2}").replace('.', ",")
}

/// A text field: neutralised against formulas, then quoted if it must be.
pub fn text_field(value: &str) -> String {
    let starts_formula = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let value = if starts_formula && !is_plain_number(value) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if value.contains([SEPARATOR, '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// `-12`, `+3,5`, `0.25`: a sign, digits and at most one decimal separator.
fn is_plain_number(s: &str) -> bool {
    let body = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (int_part, frac_part) = match body.find([',', '.']) {
        Some(i) => (&body[..i], &body[i + 1..]),
        None => (body, "0"),
    };
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    digits(int_part) && digits(frac_part)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn numbers_as_a_danish_spreadsheet_reads_them() {
        assert_eq!(number_field(dec!(-383623.4724)), "-383623,47");
        assert_eq!(number_field(dec!(60750)), "60750,00");
        assert_eq!(number_field(dec!(60750.0000)), "60750,00");
        assert_eq!(number_field(dec!(0.005)), "0,01");
        assert_eq!(number_field(dec!(-0.005)), "-0,01");
        assert_eq!(number_field(dec!(-0.004)), "0,00");
        assert_eq!(number_field(dec!(1234567.891)), "1234567,89");
        assert_eq!(number_field(dec!(0)), "0,00");
    }

    #[test]
    fn text_is_quoted_and_neutralised() {
        assert_eq!(text_field("Netto"), "Netto");
        assert_eq!(text_field("a;b"), "\"a;b\"");
        assert_eq!(text_field("sagt \"nej\""), "\"sagt \"\"nej\"\"\"");
        assert_eq!(text_field("to\r\nlinjer"), "\"to\r\nlinjer\"");
        assert_eq!(text_field("=1+1"), "'=1+1");
        assert_eq!(text_field("+45 1234"), "'+45 1234");
        assert_eq!(text_field("-2+3"), "'-2+3");
        assert_eq!(text_field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text_field("\t=1"), "'\t=1");
        assert_eq!(
            text_field("=HYPERLINK(\"x\";\"y\")"),
            "\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\""
        );
        // Numbers are numbers, not formulas.
        assert_eq!(text_field("-5"), "-5");
        assert_eq!(text_field("+3,5"), "+3,5");
        assert_eq!(text_field("-"), "'-");
        assert_eq!(text_field("-,5"), "'-,5");
    }
}
