//! Where citizens go when a ressourceforløb ends, and what the review of a
//! forløb costs: the facts the counterfactual, the destinations and the
//! phase-out preset use (from `shared/domain.md`, "2026" and "Defaults for
//! destinations and the review's costs").
//!
//! Amounts are gross kr. a month at one year's level. A figure is published,
//! derived (exact arithmetic on printed figures) or an estimate; derived and
//! estimated figures carry their arithmetic as data and a test recomputes
//! each one.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::rates::{self, indexed_whole_kroner, Arithmetic, Cell, RateRow, Table};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// Maximum dagpenge (unemployment benefit).
    MaxDagpenge,
    /// Maximum fleksløntilskud: 98 % of maximum dagpenge (LAB § 123).
    MaxFlekslontilskud,
    /// The wage above which the fleksløntilskud is cut by 55 % instead of
    /// 30 % (the same amount as the RFY earnings limit).
    FlekslontilskudThreshold,
    /// Ledighedsydelse at the high rate: 89 % of maximum dagpenge.
    Ledighedsydelse,
}

/// How a derived or estimated figure follows from other figures; rounded
/// to whole kroner, half away from zero, as the rates are printed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Rule {
    /// A share of another item in the same year.
    ShareOf { item: Item, factor: Decimal },
    /// The same item in `from_year`, times each yearly rise.
    Indexed {
        from_year: u16,
        factors: &'static [Decimal],
    },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Status {
    Published,
    Derived(Rule),
    Estimate(Rule),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Amount {
    pub item: Item,
    pub year: u16,
    pub monthly: Decimal,
    pub status: Status,
    /// In Danish, as the UI shows it.
    pub source: &'static str,
}

const SHARE_98: Rule = Rule::ShareOf {
    item: Item::MaxDagpenge,
    factor: dec!(0.98),
};
const SHARE_89: Rule = Rule::ShareOf {
    item: Item::MaxDagpenge,
    factor: dec!(0.89),
};
const RISE_2025: &[Decimal] = &[dec!(1.036)];

/// What a case sent to fleksjob gets by default: ledighedsydelse at the
/// high rate, the latest year (a fleksjob's own subsidy depends on the wage
/// and hours; a typical one is a little lower, about 18,900 kr. in 2026).
pub const DEFAULT_FLEKSJOB: Amount = Amount {
    item: Item::Ledighedsydelse,
    year: 2026,
    monthly: dec!(19616),
    status: Status::Derived(SHARE_89),
    source: "Udledt: 89 % af maksimale dagpenge (giver de offentliggjorte satser for 2019 og 2020)",
};

const MAX_FLEKSLONTILSKUD_2024: Amount = Amount {
    item: Item::MaxFlekslontilskud,
    year: 2024,
    monthly: dec!(19952),
    status: Status::Published,
    source: "Det Faglige Hus, fleksløntilskud 2024",
};

const MAX_FLEKSLONTILSKUD_2025: Amount = Amount {
    item: Item::MaxFlekslontilskud,
    year: 2025,
    monthly: dec!(20670),
    status: Status::Derived(SHARE_98),
    source: "Udledt: 98 % af maksimale dagpenge (LAB § 123)",
};

const MAX_FLEKSLONTILSKUD_2026: Amount = Amount {
    item: Item::MaxFlekslontilskud,
    year: 2026,
    monthly: dec!(21600),
    status: Status::Derived(SHARE_98),
    source: "Udledt: 98 % af maksimale dagpenge (LAB § 123)",
};

const LEDIGHEDSYDELSE_2024: Amount = Amount {
    item: Item::Ledighedsydelse,
    year: 2024,
    monthly: dec!(18120),
    status: Status::Derived(SHARE_89),
    source: "Udledt: 89 % af maksimale dagpenge (giver de offentliggjorte satser for 2019 og 2020)",
};

const LEDIGHEDSYDELSE_2025: Amount = Amount {
    item: Item::Ledighedsydelse,
    year: 2025,
    monthly: dec!(18772),
    status: Status::Derived(SHARE_89),
    source: "Udledt: 89 % af maksimale dagpenge (giver de offentliggjorte satser for 2019 og 2020)",
};

pub const AMOUNTS: &[Amount] = &[
    Amount {
        item: Item::MaxDagpenge,
        year: 2024,
        monthly: dec!(20359),
        status: Status::Published,
        source: "detfagligehus.dk, satser 2024",
    },
    Amount {
        item: Item::MaxDagpenge,
        year: 2025,
        monthly: dec!(21092),
        status: Status::Published,
        source: "bm.dk, satser for 2025",
    },
    Amount {
        item: Item::MaxDagpenge,
        year: 2026,
        monthly: dec!(22041),
        status: Status::Published,
        source: "Side der citerer bm.dk, satser for 2026 (2025 × 1,045 giver det samme)",
    },
    MAX_FLEKSLONTILSKUD_2024,
    MAX_FLEKSLONTILSKUD_2025,
    MAX_FLEKSLONTILSKUD_2026,
    Amount {
        item: Item::FlekslontilskudThreshold,
        year: 2024,
        monthly: dec!(16323),
        status: Status::Published,
        source: "Det Faglige Hus, fleksløntilskud 2024",
    },
    Amount {
        item: Item::FlekslontilskudThreshold,
        year: 2025,
        monthly: dec!(16911),
        status: Status::Derived(Rule::Indexed {
            from_year: 2024,
            factors: RISE_2025,
        }),
        source: "Udledt: 2024-beløbet × 1,036 (satsregulering 2025)",
    },
    Amount {
        item: Item::FlekslontilskudThreshold,
        year: 2026,
        monthly: dec!(17672),
        status: Status::Published,
        source: "Kommunal side om satser 2026 (RFY's indtægtsgrænse)",
    },
    LEDIGHEDSYDELSE_2024,
    LEDIGHEDSYDELSE_2025,
    DEFAULT_FLEKSJOB,
];

pub const FLEKSJOB_LEDIGHEDSYDELSE: usize = 0;
pub const FLEKSJOB_MAX_FLEKSLONTILSKUD: usize = 1;

/// What a case sent to fleksjob can get, as a rate table a destination's
/// amount is looked up in (by year, indexed after the last row, as the
/// benefit rates are): ledighedsydelse, maximum fleksløntilskud. The same
/// figures as [`AMOUNTS`].
pub const FLEKSJOB: &Table = &Table {
    name: "fleksjob",
    columns: ["ledighedsydelse", "max_flekslontilskud"],
    rows: &[
        RateRow {
            year: 2024,
            cells: [LEDIGHEDSYDELSE_2024.cell(), MAX_FLEKSLONTILSKUD_2024.cell()],
        },
        RateRow {
            year: 2025,
            cells: [LEDIGHEDSYDELSE_2025.cell(), MAX_FLEKSLONTILSKUD_2025.cell()],
        },
        RateRow {
            year: 2026,
            cells: [DEFAULT_FLEKSJOB.cell(), MAX_FLEKSLONTILSKUD_2026.cell()],
        },
    ],
};

pub fn amount(item: Item, year: u16) -> Option<&'static Amount> {
    AMOUNTS.iter().find(|a| a.item == item && a.year == year)
}

impl Rule {
    const fn arithmetic(self) -> Arithmetic {
        match self {
            Rule::ShareOf { factor, .. } => Arithmetic::ShareOf { factor },
            Rule::Indexed { from_year, factors } => Arithmetic::Indexed { from_year, factors },
        }
    }
}

impl Amount {
    /// The figure as a cell of a rate table.
    pub const fn cell(self) -> Cell {
        Cell {
            monthly: self.monthly,
            status: match self.status {
                Status::Published => rates::Status::Published,
                Status::Derived(rule) => rates::Status::Derived(rule.arithmetic()),
                Status::Estimate(rule) => rates::Status::Estimate(rule.arithmetic()),
            },
            source: self.source,
        }
    }

    /// What the stated arithmetic gives (`None` for a published figure, or
    /// when a figure it needs is missing).
    pub fn recompute(&self) -> Option<Decimal> {
        let rule = match self.status {
            Status::Published => return None,
            Status::Derived(rule) | Status::Estimate(rule) => rule,
        };
        match rule {
            Rule::ShareOf { item, factor } => {
                indexed_whole_kroner(amount(item, self.year)?.monthly, &[factor])
            }
            Rule::Indexed { from_year, factors } => {
                indexed_whole_kroner(amount(self.item, from_year)?.monthly, factors)
            }
        }
    }
}

/// Where ended ressourceforløb went in 2018, per cent of those that ended
/// (STAR data via nb-beskaeftigelse.dk, 24 May 2019). The rest went
/// elsewhere, mainly to kontanthjælp or a new forløb.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ExitShares {
    pub fortidspension: Decimal,
    pub fleksjob_or_ledighedsydelse: Decimal,
    pub job: Decimal,
    pub source: &'static str,
}

pub const EXITS_2018: ExitShares = ExitShares {
    fortidspension: dec!(56),
    fleksjob_or_ledighedsydelse: dec!(25),
    job: dec!(4),
    source: "STAR-data via nb-beskaeftigelse.dk (24. maj 2019): afsluttede ressourceforløb i 2018",
};

impl ExitShares {
    /// The share that went elsewhere: 100 % less the three named.
    pub fn elsewhere(&self) -> Option<Decimal> {
        Decimal::ONE_HUNDRED
            .checked_sub(self.fortidspension)?
            .checked_sub(self.fleksjob_or_ledighedsydelse)?
            .checked_sub(self.job)
    }
}

/// Norddjurs' own 2018 push: of the cases sent to the pension board from 1
/// June, how many were approved; after 24 October the rest were all
/// rejected (a press account, late 2018).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Granted {
    pub sent: u32,
    pub approved: u32,
    /// Sent after 24 October, none approved.
    pub rejected_later: u32,
    pub source: &'static str,
}

pub const NORDDJURS_2018: Granted = Granted {
    sent: 106,
    approved: 53,
    rejected_later: 36,
    source:
        "Presseomtale, sidst i 2018: Norddjurs' sager sendt til pensionsnævnet fra 1. juni 2018",
};

impl Granted {
    /// Approved, per cent of those sent: 53 / 106 = 50 %.
    pub fn approved_pct(&self) -> Option<Decimal> {
        Decimal::from(self.approved)
            .checked_mul(Decimal::ONE_HUNDRED)?
            .checked_div(Decimal::from(self.sent))
    }
}

/// The folkepension age by year of birth (how long an early FP can last
/// instead of another benefit); enacted up to 70 for those born 1971 or
/// later (borger.dk; the 2025 law for age 70).
pub const FOLKEPENSION_AGE: &[(std::ops::RangeInclusive<u16>, u8)] = &[
    (0..=1962, 67),
    (1963..=1966, 68),
    (1967..=1970, 69),
    (1971..=u16::MAX, 70),
];

pub fn folkepension_age(born: u16) -> u8 {
    FOLKEPENSION_AGE
        .iter()
        .find(|(years, _)| years.contains(&born))
        .map_or(70, |(_, age)| *age)
}

/// What the review of a forløb costs besides the buy-out hours, as far as
/// public sources say; the figures a phase-out scenario starts from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReviewCosts {
    /// Effective caseworker hours to prepare a førtidspension case.
    pub hours_per_fp_case: Decimal,
    pub hours_source: &'static str,
    /// Months from the decision until FP is paid: 3–6, 4 by default.
    pub months_to_fp: (u32, u32, u32),
    pub months_source: &'static str,
    /// A socialrådgiver's yearly employer cost: the base (derived) and the
    /// usual range with supplements (an estimate).
    pub caseworker_base: Decimal,
    pub caseworker_range: (Decimal, Decimal),
    pub caseworker_source: &'static str,
}

pub const REVIEW_COSTS: ReviewCosts = ReviewCosts {
    hours_per_fp_case: dec!(20),
    hours_source: "MPLOY for STAR (2015): ca. 20 effektive timer til at forberede en sag om førtidspension",
    months_to_fp: (3, 4, 6),
    months_source: "Kommunen træffer afgørelse inden 3 måneder efter overgangen til pensionsreglerne; klare sager tog i gennemsnit 17½ uge (MPLOY 2015); pensionen udbetales bagud",
    caseworker_base: dec!(462770),
    caseworker_range: (dec!(510000), dec!(555000)),
    caseworker_source: "Grundløn udledt af Dansk Socialrådgiverforenings OK24-stigninger (niveau november 2025, trin 32, 16 % pension); spændet med sædvanlige tillæg er et skøn",
};
