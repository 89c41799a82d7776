//! How a benefit rate follows the year before: the effective yearly rise of
//! RFY and FP each January (the satsreguleringsprocent, less a deliberate
//! under-regulation of 0.3–0.75 points in 2016–2023), checked against the
//! published rates (facts from `shared/domain.md`). A year not listed has no
//! published rise yet: a scenario uses the user's own assumption for it.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rise {
    pub year: u16,
    /// Per cent: 1.25 is 1.25 %.
    pub pct: Decimal,
    /// In Danish.
    pub source: &'static str,
}

const CHECKED: &str = "Effektiv stigning, kontrolleret mod de offentliggjorte satser (satsreguleringsprocenten med puljenedsættelse)";

pub const RISES: &[Rise] = &[
    Rise {
        year: 2018,
        pct: dec!(1.25),
        source: CHECKED,
    },
    Rise {
        year: 2019,
        pct: dec!(1.25),
        source: CHECKED,
    },
    Rise {
        year: 2020,
        pct: dec!(1.15),
        source: CHECKED,
    },
    Rise {
        year: 2021,
        pct: dec!(1.25),
        source: CHECKED,
    },
    Rise {
        year: 2022,
        pct: dec!(0.15),
        source: CHECKED,
    },
    Rise {
        year: 2023,
        pct: dec!(1.95),
        source: CHECKED,
    },
    Rise {
        year: 2024,
        pct: dec!(3.2),
        source: CHECKED,
    },
    Rise {
        year: 2025,
        pct: dec!(3.6),
        source: "Satsregulering 2025: førtidspension +3,6 % (Serviceforbundet, 22. oktober 2024)",
    },
    Rise {
        year: 2026,
        pct: dec!(4.5),
        source: "Afledt: 2026-indtægtsgrænsen for ressourceforløbsydelse (17.672 kr.) og maksimale dagpenge 2026 (22.041 kr.) passer begge til kronen med 4,5 %",
    },
];

pub fn rise(year: u16) -> Option<&'static Rise> {
    RISES.iter().find(|r| r.year == year)
}

/// The last year with a published rise.
pub fn last_year() -> Option<u16> {
    RISES.last().map(|r| r.year)
}
