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

    /// `count` times this amount, each part.
    #[inline(always)]
    pub fn times(self, count: Decimal) -> Calc<Split> {
        if count.is_zero() {
            return Ok(Split::default());
        }
        Ok(Split {
            kommune: mul(count, self.kommune)?,
            stat: mul(count, self.stat)?,
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

/// What the result is made of. The order is the order shown; the first six
/// are what every scenario had before destinations, the counterfactual and
/// cost lines (`Outcome::items_in_use` leaves out the others when unused).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LineItem {
    RfySaved,
    IndsatsSaved,
    /// Førtidspension in the months cut.
    FpAdded,
    /// Fleksjob / ledighedsydelse in the months cut.
    FleksjobAdded,
    /// Kontanthjælp in the months cut.
    KontanthjaelpAdded,
    /// The destinations' benefits after the months cut, for the granted
    /// cases that would not have reached their destination anyway.
    LastingAdded,
    /// What those cases would have received instead, not paid.
    InsteadSaved,
    Buyout,
    /// The cost lines besides the buy-out.
    CostLines,
    Handling,
    TaxEffect,
}

impl LineItem {
    pub const ALL: [LineItem; 11] = [
        LineItem::RfySaved,
        LineItem::IndsatsSaved,
        LineItem::FpAdded,
        LineItem::FleksjobAdded,
        LineItem::KontanthjaelpAdded,
        LineItem::LastingAdded,
        LineItem::InsteadSaved,
        LineItem::Buyout,
        LineItem::CostLines,
        LineItem::Handling,
        LineItem::TaxEffect,
    ];

    /// A stable machine name (CSV headers, test ids).
    pub fn key(self) -> &'static str {
        match self {
            LineItem::RfySaved => "rfy_saved",
            LineItem::IndsatsSaved => "indsats_saved",
            LineItem::FpAdded => "fp_added",
            LineItem::FleksjobAdded => "fleksjob_added",
            LineItem::KontanthjaelpAdded => "kontanthjaelp_added",
            LineItem::LastingAdded => "lasting_added",
            LineItem::InsteadSaved => "instead_saved",
            LineItem::Buyout => "buyout",
            LineItem::CostLines => "cost_lines",
            LineItem::Handling => "handling",
            LineItem::TaxEffect => "tax_effect",
        }
    }
}

/// One `Split` per line item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LineItems([Split; 11]);

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
    /// A group's lasting difference (a destination's benefit instead of the
    /// alternative, after the months cut) goes on after the horizon and is
    /// not counted: for `case_months` more case-months (`None`: it lasts
    /// to the horizon and beyond, by choice). `kommune_last_month` is what
    /// it cost the kommune in the horizon's last month (negative: a cost),
    /// a guide to each month after it.
    LastingAfterHorizon {
        group: usize,
        case_months: Option<Decimal>,
        kommune_last_month: Decimal,
    },
    /// Part of a cost line falls after the horizon and is not counted.
    CostAfterHorizon { line: usize, months: u32 },
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
    /// The line items worth a row when this outcome is shown, in order.
    pub items_in_use: Vec<LineItem>,
    /// Each cost line's figures, in the scenario's order.
    pub cost_lines: Vec<CostLineOutcome>,
}

/// One cost line's share of the `CostLines` item.
#[derive(Clone, Debug, PartialEq)]
pub struct CostLineOutcome {
    pub total: Split,
    /// By calendar year, as `Outcome::years`.
    pub years: Vec<Split>,
}

/// The line items worth a row when `outcomes` are shown side by side: those
/// any of them uses.
pub fn items_in_use<'a>(outcomes: impl IntoIterator<Item = &'a Outcome>) -> Vec<LineItem> {
    let outcomes: Vec<&Outcome> = outcomes.into_iter().collect();
    LineItem::ALL
        .into_iter()
        .filter(|item| outcomes.iter().any(|o| o.items_in_use.contains(item)))
        .collect()
}
