//! Benefit rate tables, gross kr. per month, each row with its source.
//! Facts from `shared/domain.md`; rows marked `verified: false` are estimates
//! the UI flags as such and the user should replace.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::engine::scenario::{FpStatus, RfyStatus};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RateRow {
    pub year: u16,
    /// For RFY: forsørger; for FP: enlig.
    pub first: Decimal,
    /// For RFY: ikke-forsørger; for FP: gift/samlevende.
    pub second: Decimal,
    pub verified: bool,
    pub source: &'static str,
}

/// Ressourceforløbsydelse (the kontanthjælp level for people 30+).
pub const RFY: &[RateRow] = &[
    RateRow {
        year: 2015,
        first: dec!(14416),
        second: dec!(10849),
        verified: true,
        source: "bm.dk, Satser for 2015",
    },
    RateRow {
        year: 2017,
        first: dec!(14808),
        second: dec!(11143),
        verified: true,
        source: "bm.dk, Satser for 2017 (gældende fra 2. januar 2017)",
    },
    // Estimate: the 2017 rate × 1.020 (an assumed satsregulering of 2.0 %); no published 2018 figure was found.
    RateRow {
        year: 2018,
        first: dec!(15104.16),
        second: dec!(11365.86),
        verified: false,
        source: "Skøn: 2017-sats × 1,020 (antaget satsregulering 2,0 %); ikke verificeret",
    },
    RateRow {
        year: 2020,
        first: dec!(15355),
        second: dec!(11554),
        verified: true,
        source: "bm.dk/satser/satser-for-2020/ressourceforloebsydelse",
    },
    RateRow {
        year: 2021,
        first: dec!(15547),
        second: dec!(11698),
        verified: true,
        source: "Ældre Sagen (2021)",
    },
    RateRow {
        year: 2022,
        first: dec!(15570),
        second: dec!(11716),
        verified: true,
        source: "bm.dk/satser/satser-for-2022/ressourceforloebsydelse",
    },
    RateRow {
        year: 2024,
        first: dec!(16382),
        second: dec!(12326),
        verified: true,
        source: "bm.dk/satser/satser-for-2024/ressourceforloebsydelse",
    },
];

/// Førtidspension granted after 2003, full amount before income test.
pub const FP: &[RateRow] = &[
    RateRow {
        year: 2015,
        first: dec!(17925),
        second: dec!(15236),
        verified: true,
        source: "bm.dk, Satser for 2015",
    },
    RateRow {
        year: 2018,
        first: dec!(18642),
        second: dec!(15846),
        verified: true,
        source: "Ældre Sagen, \"Ny førtidspensions størrelse\" (januar 2018)",
    },
    RateRow {
        year: 2020,
        first: dec!(19092),
        second: dec!(16229),
        verified: true,
        source: "bm.dk/satser/satser-for-2020/foertidspension",
    },
    RateRow {
        year: 2022,
        first: dec!(19360),
        second: dec!(16457),
        verified: true,
        source: "borger.dk (2022)",
    },
    RateRow {
        year: 2024,
        first: dec!(20370),
        second: dec!(17315),
        verified: true,
        source: "seniorhaandbogen.dk (november 2023)",
    },
];

/// A rate looked up in a table, with where it comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TableRate {
    pub monthly: Decimal,
    pub verified: bool,
    pub source: &'static str,
}

pub fn rfy_rate(year: u16, status: RfyStatus) -> Option<TableRate> {
    let row = RFY.iter().find(|row| row.year == year)?;
    let monthly = match status {
        RfyStatus::Forsorger => row.first,
        RfyStatus::IkkeForsorger => row.second,
    };
    Some(TableRate {
        monthly,
        verified: row.verified,
        source: row.source,
    })
}

pub fn fp_rate(year: u16, status: FpStatus) -> Option<TableRate> {
    let row = FP.iter().find(|row| row.year == year)?;
    let monthly = match status {
        FpStatus::Enlig => row.first,
        FpStatus::GiftSamlevende => row.second,
    };
    Some(TableRate {
        monthly,
        verified: row.verified,
        source: row.source,
    })
}

pub fn years(table: &[RateRow]) -> impl Iterator<Item = u16> + '_ {
    table.iter().map(|row| row.year)
}

/// The newest verified year of a table: what "latest rates" means.
pub fn latest_verified_year(table: &[RateRow]) -> u16 {
    table
        .iter()
        .filter(|row| row.verified)
        .map(|row| row.year)
        .max()
        .unwrap_or(2024)
}
