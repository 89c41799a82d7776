//! What the engine reports: every figure per month, per calendar year and in
//! total, per line item, split into who pays. Savings are positive, costs
//! negative; amounts are unrounded (presentation rounds to øre).

use rust_decimal::Decimal;

use super::arith::{add, mul, sub, Calc};
use super::scenario::YearMonth;

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
    /// FP after the months cut, for the granted cases that would not have
    /// got FP when their forløb ended.
    FpLasting,
    /// What those cases would have received instead, not paid.
    InsteadSaved,
}

impl LineItem {
    pub const ALL: [LineItem; 8] = [
        LineItem::RfySaved,
        LineItem::IndsatsSaved,
        LineItem::FpAdded,
        LineItem::Buyout,
        LineItem::Handling,
        LineItem::TaxEffect,
        LineItem::FpLasting,
        LineItem::InsteadSaved,
    ];

    /// FP after the months cut and the alternative it replaces: counted only
    /// for a group with a lasting difference.
    pub fn is_lasting(self) -> bool {
        matches!(self, LineItem::FpLasting | LineItem::InsteadSaved)
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
            LineItem::FpLasting => "fp_lasting",
            LineItem::InsteadSaved => "instead_saved",
        }
    }
}

/// One `Split` per line item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LineItems([Split; 8]);

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
    /// Some of a group's lasting case-months (FP instead of the
    /// alternative, after the months cut) fall after the horizon and are
    /// not counted.
    LastingAfterHorizon { group: usize, case_months: Decimal },
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
    /// Some group has a lasting difference (`CaseGroup::has_lasting_difference`);
    /// when none has, the lasting items are zero and left out of what is
    /// shown, so a scenario without a counterfactual gives the rows it gave.
    pub counts_lasting: bool,
}

impl Outcome {
    /// The line items worth a row in a table of this outcome (CSV): every
    /// item, less the lasting items when nothing lasts.
    pub fn items_in_use(&self) -> Vec<LineItem> {
        items_in_use([self])
    }
}

/// The line items worth a row when `outcomes` are shown side by side: the
/// lasting items if any of them counts them.
pub fn items_in_use<'a>(outcomes: impl IntoIterator<Item = &'a Outcome>) -> Vec<LineItem> {
    let lasting = outcomes.into_iter().any(|o| o.counts_lasting);
    LineItem::ALL
        .into_iter()
        .filter(|item| lasting || !item.is_lasting())
        .collect()
}
