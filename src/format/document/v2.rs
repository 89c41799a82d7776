//! Version 2 of the scenario document. What changed from version 1: the
//! yearly rise of amounts after the start year follows the published
//! benefit regulation for the years it covers and the user's
//! `rate_adjustment_pct` after them, and `perspective.indexing` says so
//! (`"assumption_only"` keeps version 1's meaning: the user's adjustment
//! every year). Every other type is version 1's, re-used unchanged.
//!
//! These types are frozen once a later version exists.

use serde::{Deserialize, Serialize};

use super::shape::{self, named, objects_only, Amount};
use super::v1;
pub use super::v1::{
    Benefit, BenefitRefusion, BenefitRefusionSource, FpStatus, Group, Indsats, IndsatsRefusion,
    IndsatsRefusionSource, Investment, Range, Rate, RateSource, RfyStatus, SourceKind, SourceNote,
    Sources, Start, Timing, TimingKind, RATE_CUSTOM, RATE_TABLE,
};

#[derive(Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Document {
    /// Checked before the rest is read (`document::read`).
    pub version: u32,
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    pub start: Start,
    pub horizon_months: u32,
    pub groups: Vec<Group>,
    pub investment: Investment,
    #[serde(default)]
    pub perspective: Option<Perspective>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ranges: Option<Vec<Range>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sources: Option<Sources>,
}

#[derive(Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Perspective {
    #[serde(default)]
    pub include_income_tax: Option<bool>,
    #[serde(default)]
    pub income_tax_pct: Option<Amount>,
    #[serde(default)]
    pub discount_pct: Option<Amount>,
    #[serde(default)]
    pub rate_adjustment_pct: Option<Amount>,
    /// Default: `published_then_assumption`.
    #[serde(default)]
    pub indexing: Option<Indexing>,
}

named! {
    pub enum Indexing {
        PublishedThenAssumption = "published_then_assumption",
        AssumptionOnly = "assumption_only",
    }
}

objects_only!(Document, Perspective);

/// Version 1 meant: every amount rises by the user's adjustment each year
/// after the start. That meaning is kept, written out.
impl From<v1::Document> for Document {
    fn from(d: v1::Document) -> Self {
        let old = d.perspective;
        let perspective = Perspective {
            include_income_tax: old.as_ref().and_then(|p| p.include_income_tax),
            income_tax_pct: old.as_ref().and_then(|p| p.income_tax_pct),
            discount_pct: old.as_ref().and_then(|p| p.discount_pct),
            rate_adjustment_pct: old.as_ref().and_then(|p| p.rate_adjustment_pct),
            indexing: Some(Indexing::AssumptionOnly),
        };
        Document {
            version: 2,
            name: d.name,
            description: d.description,
            start: d.start,
            horizon_months: d.horizon_months,
            groups: d.groups,
            investment: d.investment,
            perspective: Some(perspective),
            ranges: d.ranges,
            sources: d.sources,
        }
    }
}

/// The field lists of every object of this version, for the problem of an
/// unknown field.
pub fn field_lists() -> Vec<&'static [&'static str]> {
    use shape::fields_of;
    let mut lists = v1::field_lists();
    // Version 1's own Document and Perspective give way to this version's.
    lists.retain(|l| *l != fields_of::<v1::Document>() && *l != fields_of::<v1::Perspective>());
    lists.push(fields_of::<Document>());
    lists.push(fields_of::<Perspective>());
    lists
}

/// The names of every enum of this version.
pub const NAME_LISTS: &[&[&str]] = &[
    TimingKind::NAMES,
    RateSource::NAMES,
    RfyStatus::NAMES,
    FpStatus::NAMES,
    BenefitRefusionSource::NAMES,
    IndsatsRefusionSource::NAMES,
    SourceKind::NAMES,
    Indexing::NAMES,
];
