//! Kontanthjælp after the reform of 1 July 2025, as a rate table with
//! sources (facts from `shared/domain.md`): the likely benefit for a citizen
//! who no longer gets ressourceforløbsydelse. Means-tested against a
//! spouse's income and assets, unlike RFY. A destination of the granted
//! cases and the default benefit a case would have got instead.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::rates::{Arithmetic, Cell, RateRow, Status, Table};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// Forhøjet sats (the higher main rate).
    ForhojetSats,
    Grundsats,
    /// Tillæg, enlig ikke-forsørger.
    EnligIkkeForsorger,
    /// Tillæg, enlig forsørger.
    EnligForsorger,
    /// Tillæg pr. barn.
    PerChild,
}

/// One figure, kr. a month, at one year's level.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rate {
    pub item: Item,
    pub year: u16,
    pub monthly: Decimal,
    pub status: Status,
    /// In Danish.
    pub source: &'static str,
}

const AGREEMENT: &str =
    "2024-niveau fra aftalen om kontanthjælpsreformen (lundsteenwiederquist.dk)";
const KALUNDBORG: &str = "kalundborg.dk, Satser 2025";
const TO_2026: &str = "Skøn: 2024-niveau × 1,036 × 1,045 (satsregulering 2025 og 2026)";
const SUPPLEMENT_2026: &str = "Skøn: 2025-sats × 1,045 (satsregulering 2026)";

const RISES_2025_2026: &[Decimal] = &[dec!(1.036), dec!(1.045)];
const RISE_2026: &[Decimal] = &[dec!(1.045)];

/// What a case that goes to kontanthjælp gets by default: the forhøjet
/// sats, the latest year (an estimate; supplements come on top for some).
pub const DEFAULT: Rate = Rate {
    item: Item::ForhojetSats,
    year: 2026,
    monthly: dec!(13061),
    status: Status::Estimate(Arithmetic::Indexed {
        from_year: 2024,
        factors: RISES_2025_2026,
    }),
    source: TO_2026,
};

const FORHOJET_SATS_2024: Rate = Rate {
    item: Item::ForhojetSats,
    year: 2024,
    monthly: dec!(12064),
    status: Status::Published,
    source: AGREEMENT,
};

const GRUNDSATS_2024: Rate = Rate {
    item: Item::Grundsats,
    year: 2024,
    monthly: dec!(6955),
    status: Status::Published,
    source: AGREEMENT,
};

const GRUNDSATS_2026: Rate = Rate {
    item: Item::Grundsats,
    year: 2026,
    monthly: dec!(7530),
    status: Status::Estimate(Arithmetic::Indexed {
        from_year: 2024,
        factors: RISES_2025_2026,
    }),
    source: TO_2026,
};

pub const RATES: &[Rate] = &[
    FORHOJET_SATS_2024,
    DEFAULT,
    GRUNDSATS_2024,
    GRUNDSATS_2026,
    Rate {
        item: Item::EnligIkkeForsorger,
        year: 2025,
        monthly: dec!(1092),
        status: Status::Published,
        source: KALUNDBORG,
    },
    Rate {
        item: Item::EnligIkkeForsorger,
        year: 2026,
        monthly: dec!(1141),
        status: Status::Estimate(Arithmetic::Indexed {
            from_year: 2025,
            factors: RISE_2026,
        }),
        source: SUPPLEMENT_2026,
    },
    Rate {
        item: Item::EnligForsorger,
        year: 2025,
        monthly: dec!(1638),
        status: Status::Published,
        source: KALUNDBORG,
    },
    Rate {
        item: Item::EnligForsorger,
        year: 2026,
        monthly: dec!(1712),
        status: Status::Estimate(Arithmetic::Indexed {
            from_year: 2025,
            factors: RISE_2026,
        }),
        source: SUPPLEMENT_2026,
    },
    Rate {
        item: Item::PerChild,
        year: 2025,
        monthly: dec!(2784),
        status: Status::Published,
        source: KALUNDBORG,
    },
    Rate {
        item: Item::PerChild,
        year: 2026,
        monthly: dec!(2909),
        status: Status::Estimate(Arithmetic::Indexed {
            from_year: 2025,
            factors: RISE_2026,
        }),
        source: SUPPLEMENT_2026,
    },
];

pub const FORHOJET_SATS: usize = 0;
pub const GRUNDSATS: usize = 1;

/// The two main rates as a rate table a destination's amount is looked up
/// in (by year, indexed after the last row, as the benefit rates are):
/// forhøjet sats, grundsats. The same figures as [`RATES`]; no 2025 row
/// (the reform took effect mid-year, and no source printed the main rates).
pub const TABLE: &Table = &Table {
    name: "kontanthjælp",
    columns: ["forhojet_sats", "grundsats"],
    rows: &[
        RateRow {
            year: 2024,
            cells: [FORHOJET_SATS_2024.cell(), GRUNDSATS_2024.cell()],
        },
        RateRow {
            year: 2026,
            cells: [DEFAULT.cell(), GRUNDSATS_2026.cell()],
        },
    ],
};

pub fn rate(item: Item, year: u16) -> Option<&'static Rate> {
    RATES.iter().find(|r| r.item == item && r.year == year)
}

impl Rate {
    /// The figure as a cell of a rate table.
    pub const fn cell(self) -> Cell {
        Cell {
            monthly: self.monthly,
            status: self.status,
            source: self.source,
        }
    }

    /// What the stated arithmetic gives (same rounding as the benefit
    /// tables: whole kroner, half away from zero); `None` for a published
    /// figure or a missing base.
    pub fn recompute(&self) -> Option<Decimal> {
        match self.status.arithmetic()? {
            Arithmetic::Indexed { from_year, factors } => {
                super::rates::indexed_whole_kroner(rate(self.item, *from_year)?.monthly, factors)
            }
            Arithmetic::Yearly { yearly } => yearly.checked_div(dec!(12)),
            Arithmetic::ShareOf { .. } => None,
        }
    }
}
