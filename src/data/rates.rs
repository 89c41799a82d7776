//! Benefit rate tables, gross kr. per month, 2015–2026, each figure with its
//! source and its status (facts from `shared/domain.md`).
//!
//! The data layer knows no engine type: a table has two named columns and
//! the engine picks the column for a citizen's status. A figure is
//! *published* (a source prints it), *derived* (exact arithmetic on a
//! printed figure) or an *estimate* (arithmetic under a stated assumption,
//! flagged wherever it is shown or used). Derived and estimated figures
//! carry their arithmetic as data, so a test recomputes every one.

use rust_decimal::{Decimal, RoundingStrategy};
use rust_decimal_macros::dec;

use super::regulation;

/// How a derived or estimated figure was computed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Arithmetic {
    /// The same column of the row for `from_year`, times each factor, rounded
    /// to whole kroner (half away from zero): the rates are printed in whole
    /// kroner. FP is set as a yearly amount divisible by 12, so a published
    /// FP figure may differ from such an estimate by ±1 kr. a month.
    Indexed {
        from_year: u16,
        factors: &'static [Decimal],
    },
    /// A printed yearly amount ÷ 12 (FP is set as yearly amounts).
    Yearly { yearly: Decimal },
    /// A share of another figure of the same year that this table does
    /// not hold (e.g. ledighedsydelse: 89 % of maximum dagpenge); the data
    /// module that states both recomputes it (`exits::Amount::recompute`).
    ShareOf { factor: Decimal },
}

impl Arithmetic {
    /// The figure the arithmetic gives, looking earlier rows up in `table`
    /// and `column`; `None` when a row it needs is missing.
    pub fn recompute(&self, table: &Table, column: usize) -> Option<Decimal> {
        match *self {
            Arithmetic::Indexed { from_year, factors } => {
                indexed_whole_kroner(table.cell(from_year, column)?.monthly, factors)
            }
            Arithmetic::Yearly { yearly } => yearly.checked_div(dec!(12)),
            Arithmetic::ShareOf { .. } => None,
        }
    }
}

/// `base` times each factor, in whole kroner: how every indexed figure in
/// the data tables is stated. `None` on overflow.
pub fn indexed_whole_kroner(base: Decimal, factors: &[Decimal]) -> Option<Decimal> {
    let raw = factors
        .iter()
        .try_fold(base, |acc, factor| acc.checked_mul(*factor))?;
    Some(whole_kroner(raw))
}

/// Rounds to whole kroner, half away from zero.
pub fn whole_kroner(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Status {
    Published,
    Derived(Arithmetic),
    Estimate(Arithmetic),
}

impl Status {
    pub fn is_estimate(&self) -> bool {
        matches!(self, Status::Estimate(_))
    }

    pub fn arithmetic(&self) -> Option<&Arithmetic> {
        match self {
            Status::Published => None,
            Status::Derived(a) | Status::Estimate(a) => Some(a),
        }
    }
}

/// One figure of a table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cell {
    pub monthly: Decimal,
    pub status: Status,
    /// In Danish, as the UI shows it.
    pub source: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RateRow {
    pub year: u16,
    /// In the order of [`Table::columns`].
    pub cells: [Cell; 2],
}

#[derive(Debug, PartialEq)]
pub struct Table {
    pub name: &'static str,
    /// The columns' names (the names the scenario document uses for the
    /// status they belong to).
    pub columns: [&'static str; 2],
    /// By year, oldest first; a year may be missing.
    pub rows: &'static [RateRow],
}

impl Table {
    pub fn row(&self, year: u16) -> Option<&RateRow> {
        self.rows.iter().find(|row| row.year == year)
    }

    pub fn cell(&self, year: u16, column: usize) -> Option<&Cell> {
        self.row(year)?.cells.get(column)
    }

    pub fn last(&self) -> Option<&RateRow> {
        self.rows.last()
    }

    pub fn column(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| *c == name)
    }
}

const fn published(monthly: Decimal, source: &'static str) -> Cell {
    Cell {
        monthly,
        status: Status::Published,
        source,
    }
}

const fn derived(monthly: Decimal, arithmetic: Arithmetic, source: &'static str) -> Cell {
    Cell {
        monthly,
        status: Status::Derived(arithmetic),
        source,
    }
}

const fn estimate(monthly: Decimal, arithmetic: Arithmetic, source: &'static str) -> Cell {
    Cell {
        monthly,
        status: Status::Estimate(arithmetic),
        source,
    }
}

const fn indexed(from_year: u16, factors: &'static [Decimal]) -> Arithmetic {
    Arithmetic::Indexed { from_year, factors }
}

const fn yearly(yearly: Decimal) -> Arithmetic {
    Arithmetic::Yearly { yearly }
}

const RISE_2018: &[Decimal] = &[dec!(1.0125)];
const RISE_2021: &[Decimal] = &[dec!(1.0125)];
const RISE_2025: &[Decimal] = &[dec!(1.036)];
const RISE_2026: &[Decimal] = &[dec!(1.045)];

pub const RFY_FORSORGER: usize = 0;
pub const RFY_IKKE_FORSORGER: usize = 1;

/// Ressourceforløbsydelse (the kontanthjælp level for people 30+):
/// forsørger, ikke-forsørger.
pub const RFY: &Table = &Table {
    name: "ressourceforløbsydelse",
    columns: ["forsorger", "ikke_forsorger"],
    rows: &[
        RateRow {
            year: 2015,
            cells: [
                published(dec!(14416), "bm.dk, Satser for 2015 – Ressourceforløbsydelse"),
                published(dec!(10849), "bm.dk, Satser for 2015 – Ressourceforløbsydelse"),
            ],
        },
        RateRow {
            year: 2016,
            cells: [
                published(dec!(14575), "bm.dk, Satser for 2016 – Kontanthjælp, 30 år og derover (= ressourceforløbsydelsens niveau)"),
                published(dec!(10968), "bm.dk, Satser for 2016 – Kontanthjælp, 30 år og derover (= ressourceforløbsydelsens niveau)"),
            ],
        },
        RateRow {
            year: 2017,
            cells: [
                published(dec!(14808), "bm.dk, Satser for 2017 – Ressourceforløbsydelse (gældende fra 2. januar 2017)"),
                published(dec!(11143), "bm.dk, Satser for 2017 – Ressourceforløbsydelse (gældende fra 2. januar 2017)"),
            ],
        },
        RateRow {
            year: 2018,
            cells: [
                derived(dec!(14993), indexed(2017, RISE_2018), "bm.dk, Satser for 2018 – Kontantydelse, niveau 30 år og derover (= ressourceforløbsydelsen); = 2017-sats × 1,0125"),
                derived(dec!(11282), indexed(2017, RISE_2018), "bm.dk, Satser for 2018 – Kontantydelse, niveau 30 år og derover (= ressourceforløbsydelsen); = 2017-sats × 1,0125"),
            ],
        },
        RateRow {
            year: 2019,
            cells: [
                published(dec!(15180), "net-revisor.dk, kontanthjælp 2019 (sekundær kilde); = 2018-sats × 1,0125"),
                published(dec!(11423), "net-revisor.dk, kontanthjælp 2019 (sekundær kilde); = 2018-sats × 1,0125"),
            ],
        },
        RateRow {
            year: 2020,
            cells: [
                published(dec!(15355), "bm.dk/satser/satser-for-2020/ressourceforloebsydelse"),
                published(dec!(11554), "bm.dk/satser/satser-for-2020/ressourceforloebsydelse"),
            ],
        },
        RateRow {
            year: 2021,
            cells: [
                published(dec!(15547), "Ældre Sagen, Forsørgelse under ressourceforløb (2021)"),
                published(dec!(11698), "Ældre Sagen, Forsørgelse under ressourceforløb (2021)"),
            ],
        },
        RateRow {
            year: 2022,
            cells: [
                published(dec!(15570), "bm.dk/satser/satser-for-2022/ressourceforloebsydelse"),
                published(dec!(11716), "bm.dk/satser/satser-for-2022/ressourceforloebsydelse"),
            ],
        },
        RateRow {
            year: 2023,
            cells: [
                published(dec!(15874), "bm.dk/satser/satser-for-2023/kontanthjaelp, fyldt 30 år (= ressourceforløbsydelsens niveau)"),
                published(dec!(11944), "bm.dk/satser/satser-for-2023/kontanthjaelp, fyldt 30 år (= ressourceforløbsydelsens niveau)"),
            ],
        },
        RateRow {
            year: 2024,
            cells: [
                published(dec!(16382), "bm.dk/satser/satser-for-2024/ressourceforloebsydelse"),
                published(dec!(12326), "bm.dk/satser/satser-for-2024/ressourceforloebsydelse"),
            ],
        },
        RateRow {
            year: 2025,
            cells: [
                estimate(dec!(16972), indexed(2024, RISE_2025), "Skøn: 2024-sats × 1,036 (satsregulering 2025); antager, at ressourceforløbsydelsen beholdt sine to niveauer efter kontanthjælpsreformen 1. juli 2025 (ikke verificeret)"),
                estimate(dec!(12770), indexed(2024, RISE_2025), "Skøn: 2024-sats × 1,036 (satsregulering 2025); antager, at ressourceforløbsydelsen beholdt sine to niveauer efter kontanthjælpsreformen 1. juli 2025 (ikke verificeret)"),
            ],
        },
        RateRow {
            year: 2026,
            cells: [
                estimate(dec!(17736), indexed(2025, RISE_2026), "Skøn: 2025-sats × 1,045 (satsregulering 2026); gælder kun borgere, der allerede er i et ressourceforløb (lov nr. 1750 af 29/12/2025)"),
                estimate(dec!(13345), indexed(2025, RISE_2026), "Skøn: 2025-sats × 1,045 (satsregulering 2026); gælder kun borgere, der allerede er i et ressourceforløb (lov nr. 1750 af 29/12/2025)"),
            ],
        },
    ],
};

pub const FP_ENLIG: usize = 0;
pub const FP_GIFT_SAMLEVENDE: usize = 1;

/// Førtidspension granted after 2003, full amount before the income test:
/// enlig, gift/samlevende. (No 2017 row: no source was found.)
pub const FP: &Table = &Table {
    name: "førtidspension",
    columns: ["enlig", "gift_samlevende"],
    rows: &[
        RateRow {
            year: 2015,
            cells: [
                published(dec!(17925), "bm.dk, Satser for 2015"),
                published(dec!(15236), "bm.dk, Satser for 2015"),
            ],
        },
        RateRow {
            year: 2016,
            cells: [
                derived(dec!(18122), yearly(dec!(217464)), "brondby.dk: 217.464 kr. om året (2016) ÷ 12"),
                derived(dec!(15404), yearly(dec!(184848)), "brondby.dk: 184.848 kr. om året (2016) ÷ 12"),
            ],
        },
        RateRow {
            year: 2018,
            cells: [
                published(dec!(18642), "Ældre Sagen, \"Ny førtidspensions størrelse\" (januar 2018)"),
                published(dec!(15846), "Ældre Sagen, \"Ny førtidspensions størrelse\" (januar 2018)"),
            ],
        },
        RateRow {
            year: 2019,
            cells: [
                derived(dec!(18875), yearly(dec!(226500)), "Pensionsloven § 49 nr. 9 i 2019-niveau: 226.500 kr. om året ÷ 12"),
                derived(dec!(16044), yearly(dec!(192528)), "Pensionsloven § 49 nr. 9 i 2019-niveau: 192.528 kr. om året ÷ 12"),
            ],
        },
        RateRow {
            year: 2020,
            cells: [
                published(dec!(19092), "bm.dk/satser/satser-for-2020/foertidspension"),
                published(dec!(16229), "bm.dk/satser/satser-for-2020/foertidspension"),
            ],
        },
        RateRow {
            year: 2021,
            cells: [
                estimate(dec!(19331), indexed(2020, RISE_2021), "Skøn: 2020-sats × 1,0125 (satsregulering 2021)"),
                derived(dec!(16432), yearly(dec!(197184)), "borger.dk, regneeksempel (2021): 197.184 kr. om året ÷ 12"),
            ],
        },
        RateRow {
            year: 2022,
            cells: [
                published(dec!(19360), "borger.dk (2022)"),
                published(dec!(16457), "borger.dk (2022)"),
            ],
        },
        RateRow {
            year: 2023,
            cells: [
                published(dec!(19738), "seniorfolk.dk, Førtidspension satser 2023 (236.856 kr. om året)"),
                published(dec!(16778), "seniorfolk.dk, Førtidspension satser 2023 (201.336 kr. om året)"),
            ],
        },
        RateRow {
            year: 2024,
            cells: [
                published(dec!(20370), "seniorhaandbogen.dk (november 2023)"),
                published(dec!(17315), "seniorhaandbogen.dk (november 2023)"),
            ],
        },
        RateRow {
            year: 2025,
            cells: [
                estimate(dec!(21103), indexed(2024, RISE_2025), "Skøn: 2024-sats × 1,036 (førtidspension +3,6 % i 2025: Serviceforbundet, 22. oktober 2024)"),
                derived(dec!(17938), yearly(dec!(215256)), "borger.dk, regneeksempel (2025): 215.256 kr. om året ÷ 12"),
            ],
        },
        RateRow {
            year: 2026,
            cells: [
                estimate(dec!(22053), indexed(2025, RISE_2026), "Skøn: 2025-sats × 1,045 (satsregulering 2026)"),
                estimate(dec!(18745), indexed(2025, RISE_2026), "Skøn: 2025-sats × 1,045 (satsregulering 2026)"),
            ],
        },
    ],
};

/// A figure of the table as a scenario uses it: a row's cell, or (for a year
/// after the last row) the last row indexed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TableRate {
    pub monthly: Decimal,
    pub basis: Basis,
    pub source: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Basis {
    /// A row of the table, with its status.
    Row(Status),
    /// No row yet: the last row (`from_year`) indexed by the published
    /// rises for the years they cover and by the user's assumption for the
    /// rest (`assumed_years` of them).
    Indexed {
        from_year: u16,
        from_status: Status,
        assumed_years: u16,
        assumption_pct: Decimal,
    },
}

impl Basis {
    /// Whether the figure is not a published (or exactly derived) rate, so
    /// the user must be told.
    pub fn is_estimate(&self) -> bool {
        match self {
            Basis::Row(status) => status.is_estimate(),
            Basis::Indexed { .. } => true,
        }
    }
}

/// The latest year a table row can be indexed to (the last year a scenario
/// may start in).
pub const LAST_INDEXED_YEAR: u16 = 2100;

/// The figure for `year` in `column`: the row's, or for a year after the
/// last row, the last row × (1 + each year's rise), where a year's rise is
/// the published one (`regulation::RISES`) if there is one and else
/// `assumption_pct` (the user's yearly rate adjustment). Not rounded: an
/// indexed figure is the arithmetic, not a printed rate. `None` for a year
/// before the first row, a missing year, or after [`LAST_INDEXED_YEAR`].
pub fn lookup(
    table: &Table,
    year: u16,
    column: usize,
    assumption_pct: Decimal,
) -> Option<TableRate> {
    if let Some(cell) = table.cell(year, column) {
        return Some(TableRate {
            monthly: cell.monthly,
            basis: Basis::Row(cell.status),
            source: cell.source,
        });
    }
    let last = table.last()?;
    if year <= last.year || year > LAST_INDEXED_YEAR {
        return None;
    }
    let cell = last.cells.get(column)?;
    let mut monthly = cell.monthly;
    let mut assumed_years = 0;
    for y in last.year + 1..=year {
        let pct = match regulation::rise(y) {
            Some(rise) => rise.pct,
            None => {
                assumed_years += 1;
                assumption_pct
            }
        };
        let factor = Decimal::ONE.checked_add(pct.checked_div(Decimal::ONE_HUNDRED)?)?;
        monthly = monthly.checked_mul(factor)?;
    }
    Some(TableRate {
        monthly,
        basis: Basis::Indexed {
            from_year: last.year,
            from_status: cell.status,
            assumed_years,
            assumption_pct,
        },
        source: cell.source,
    })
}

pub fn years(table: &Table) -> impl Iterator<Item = u16> + '_ {
    table.rows.iter().map(|row| row.year)
}

/// How many years after the last row a year picker offers: the years a
/// municipality plans for now, each the last row indexed (an estimate).
/// Later years, up to [`LAST_INDEXED_YEAR`], come only from a document.
pub const INDEXED_YEARS_OFFERED: u16 = 2;

/// The years a picker offers, oldest first: every row's, then
/// [`INDEXED_YEARS_OFFERED`] years after the last row.
pub fn offered_years(table: &Table) -> impl Iterator<Item = u16> + '_ {
    let after = table
        .last()
        .map(|row| row.year)
        .into_iter()
        .flat_map(|last| (1..=INDEXED_YEARS_OFFERED).filter_map(move |n| last.checked_add(n)));
    years(table).chain(after)
}

/// A table figure that has been corrected: documents made before the
/// correction (format version 1) are told, when opened, what they had.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Correction {
    pub year: u16,
    pub column: usize,
    pub was: Decimal,
}

/// The 2018 RFY row was an estimate (2017 × 1.020) until format version 2;
/// the published level is 2017 × 1.0125 (benefits rose by the
/// satsreguleringsprocent less 0.75 points in 2018–2023).
pub const RFY_CORRECTIONS: &[Correction] = &[
    Correction {
        year: 2018,
        column: RFY_FORSORGER,
        was: dec!(15104.16),
    },
    Correction {
        year: 2018,
        column: RFY_IKKE_FORSORGER,
        was: dec!(11365.86),
    },
];

pub fn rfy_correction(year: u16, column: usize) -> Option<&'static Correction> {
    RFY_CORRECTIONS
        .iter()
        .find(|c| c.year == year && c.column == column)
}
