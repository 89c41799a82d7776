//! What the engine reports: every figure per month, per calendar year and in
//! total, per line item, split into who pays. Savings are positive, costs
//! negative; amounts are unrounded (presentation rounds to øre).

use rust_decimal::Decimal;

use super::arith::{add, mul, sub, Calc};
use super::scenario::YearMonth;
use crate::lang::Lang;

/// An amount split by who bears it. The public sector as a whole is the sum.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Split {
    pub kommune: Decimal,
    pub stat: Decimal,
}

impl Split {
    /// `gross` shared so that the state carries `state_share` (a fraction) of
    /// it. The kommune part is the remainder, so the two always add up.
    pub fn shared(gross: Decimal, state_share: Decimal) -> Calc<Split> {
        let stat = mul(gross, state_share)?;
        Ok(Split {
            kommune: sub(gross, stat)?,
            stat,
        })
    }

    pub fn kommune_only(amount: Decimal) -> Split {
        Split {
            kommune: amount,
            stat: Decimal::ZERO,
        }
    }

    pub fn public(&self) -> Decimal {
        // Both parts are bounded by validation far below Decimal's range.
        self.kommune.saturating_add(self.stat)
    }

    pub fn plus(self, other: Split) -> Calc<Split> {
        Ok(Split {
            kommune: add(self.kommune, other.kommune)?,
            stat: add(self.stat, other.stat)?,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LineItem {
    RfySaved,
    IndsatsSaved,
    FpAdded,
    Buyout,
    Handling,
    TaxEffect,
}

impl LineItem {
    pub const ALL: [LineItem; 6] = [
        LineItem::RfySaved,
        LineItem::IndsatsSaved,
        LineItem::FpAdded,
        LineItem::Buyout,
        LineItem::Handling,
        LineItem::TaxEffect,
    ];

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            LineItem::RfySaved => lang.pick(
                "Sparet ressourceforløbsydelse",
                "Resource-course benefit saved",
            ),
            LineItem::IndsatsSaved => lang.pick("Sparet indsats", "Efforts (indsats) saved"),
            LineItem::FpAdded => lang.pick("Merudgift til førtidspension", "Early pension added"),
            LineItem::Buyout => lang.pick("Frikøb af medarbejder", "Caseworker buy-out"),
            LineItem::Handling => lang.pick("Sagsbehandling pr. sag", "Handling per case"),
            LineItem::TaxEffect => lang.pick("Kommuneskat af ydelser", "Municipal tax on benefits"),
        }
    }

    /// A stable machine name (CSV headers, test ids).
    pub fn key(self) -> &'static str {
        match self {
            LineItem::RfySaved => "rfy_saved",
            LineItem::IndsatsSaved => "indsats_saved",
            LineItem::FpAdded => "fp_added",
            LineItem::Buyout => "buyout",
            LineItem::Handling => "handling",
            LineItem::TaxEffect => "tax_effect",
        }
    }
}

/// One `Split` per line item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LineItems([Split; 6]);

impl LineItems {
    pub fn get(&self, item: LineItem) -> Split {
        self.0[item as usize]
    }

    pub fn add(&mut self, item: LineItem, amount: Split) -> Calc<()> {
        let slot = &mut self.0[item as usize];
        *slot = slot.plus(amount)?;
        Ok(())
    }

    pub fn plus(&self, other: &LineItems) -> Calc<LineItems> {
        let mut sum = *self;
        for item in LineItem::ALL {
            sum.add(item, other.get(item))?;
        }
        Ok(sum)
    }

    /// The sum of all line items.
    pub fn net(&self) -> Calc<Split> {
        self.0
            .iter()
            .try_fold(Split::default(), |acc, s| acc.plus(*s))
    }

    pub fn iter(&self) -> impl Iterator<Item = (LineItem, Split)> + '_ {
        LineItem::ALL.into_iter().map(|item| (item, self.get(item)))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct MonthRow {
    pub at: YearMonth,
    pub items: LineItems,
    pub net: Split,
    /// Net for the kommune from the first month up to and including this one.
    pub cumulative_kommune: Decimal,
    /// Case-months of RFY replaced by FP in this month, all groups.
    pub case_months: Decimal,
    /// Cases moving to FP in this month, all groups.
    pub cases_moved: Decimal,
}

#[derive(Clone, Debug, PartialEq)]
pub struct YearRow {
    pub year: u16,
    /// How many months of this calendar year lie in the horizon.
    pub months: u32,
    pub items: LineItems,
    pub net: Split,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GroupOutcome {
    /// The group's own line items (the buy-out is not attributed to groups).
    pub items: LineItems,
    pub net: Split,
    pub case_months: Decimal,
    pub cases_moved: Decimal,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Payback {
    /// 1 = the first month of the horizon.
    pub month_number: u32,
    pub at: YearMonth,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PerCase {
    /// Cases that move within the horizon.
    pub cases_shortened: Decimal,
    pub case_months: Decimal,
    /// Net for the kommune divided by the cases shortened.
    pub net_kommune_per_case: Option<Decimal>,
    /// RFY and indsats saved less FP added (and tax, if on), kommune share,
    /// per case-month: the sign of this decides whether shortening can pay.
    pub benefit_swing_per_case_month: Option<Decimal>,
    /// Buy-out and handling per case shortened.
    pub cost_per_case: Option<Decimal>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Warning {
    /// Some of a group's case-months fall after the horizon and are not counted.
    EffectsAfterHorizon { group: usize, case_months: Decimal },
    /// Part of the buy-out falls after the horizon and is not counted.
    BuyoutAfterHorizon { months: u32 },
    /// A rate comes from a table row that is an estimate.
    UnverifiedRate { path: String, year: u16 },
    /// A rate for a year after the table's last row: that row indexed by the
    /// published rises and, for `assumed_years` years, by the user's yearly
    /// adjustment.
    IndexedRate {
        path: String,
        year: u16,
        from_year: u16,
        assumed_years: u16,
        assumption_pct: Decimal,
    },
    /// A document of format version 1 asked for a table row that has since
    /// been corrected: it now gets `now` instead of `was`.
    RateCorrected {
        path: String,
        year: u16,
        was: Decimal,
        now: Decimal,
    },
    /// The horizon reaches February 2026 or later: ressourceforløb exist
    /// only for citizens already in one (lov nr. 1750 af 29/12/2025).
    RessourceforlobAbolished,
}

impl Warning {
    pub fn message(&self, lang: Lang) -> String {
        use crate::format::number::{format_decimal, format_plain};
        match self {
            Warning::EffectsAfterHorizon { group, case_months } => {
                let n = format_decimal(*case_months, lang, 2);
                match lang {
                    Lang::Da => format!("Gruppe {}: {n} sagsmåneder ligger efter perioden og er ikke medregnet.", group + 1),
                    Lang::En => format!("Group {}: {n} case-months fall after the horizon and are not counted.", group + 1),
                }
            }
            Warning::BuyoutAfterHorizon { months } => match lang {
                Lang::Da => format!("{months} måneder af frikøbet ligger efter perioden og er ikke medregnet."),
                Lang::En => format!("{months} months of the buy-out fall after the horizon and are not counted."),
            },
            Warning::UnverifiedRate { path, year } => match lang {
                Lang::Da => format!("{path}: satsen for {year} er et skøn, ikke en offentliggjort sats. Ret den til jeres egen."),
                Lang::En => format!("{path}: the {year} rate is an estimate, not a published rate. Replace it with your own."),
            },
            Warning::IndexedRate { path, year, from_year, assumed_years, assumption_pct } => {
                let pct = format_plain(*assumption_pct, lang, 2);
                match lang {
                    Lang::Da => format!("{path}: der er ingen sats for {year} endnu. Satsen er {from_year}-satsen reguleret med de offentliggjorte stigninger og i {assumed_years} år med jeres egen antagelse på {pct} % om året (årlig regulering). Det er et skøn."),
                    Lang::En => format!("{path}: there is no {year} rate yet. The rate is the {from_year} rate indexed by the published rises and for {assumed_years} year(s) by your own assumption of {pct} % a year (yearly adjustment). It is an estimate."),
                }
            }
            Warning::RateCorrected { path, year, was, now } => {
                let was = format_plain(*was, lang, 2);
                let now = format_plain(*now, lang, 2);
                match lang {
                    Lang::Da => format!("{path}: satsen for {year} er rettet fra skønnet {was} kr. til den offentliggjorte sats {now} kr. om måneden; resultatet er derfor ændret, siden scenariet blev gemt."),
                    Lang::En => format!("{path}: the {year} rate was corrected from the estimate {was} kr. to the published rate {now} kr. a month, so the result differs from when the scenario was saved."),
                }
            }
            Warning::RessourceforlobAbolished => match lang {
                Lang::Da => "Fra 1. februar 2026 findes ressourceforløb kun for borgere, der allerede er i et (lov nr. 1750 af 29/12/2025): der kommer ingen nye forløb, så regnestykket gælder kun de igangværende.".to_string(),
                Lang::En => "From 1 February 2026 ressourceforløb exist only for citizens already in one (lov nr. 1750 af 29/12/2025): no new courses start, so the calculation applies to ongoing ones only.".to_string(),
            },
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub months: Vec<MonthRow>,
    pub years: Vec<YearRow>,
    pub groups: Vec<GroupOutcome>,
    pub totals: LineItems,
    pub net: Split,
    /// The first month from which the kommune's cumulative net stays at or
    /// above zero to the end of the horizon; `None` if it ends below zero.
    pub payback: Option<Payback>,
    /// Net present value for the kommune (yearly discounting, first year
    /// undiscounted); only when a discount rate is set.
    pub npv_kommune: Option<Decimal>,
    pub per_case: PerCase,
    pub warnings: Vec<Warning>,
}
