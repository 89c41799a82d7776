//! Version 3 of the scenario document (draft: not yet released). What
//! changed from version 2: each case group may say what share of the cases
//! put forward is granted (`granted_pct`), how many months are left in the
//! forløb (`months_left`, a cap on `months_shortened`) and what the granted
//! cases would have got when the forløb ended (`counterfactual`). Every
//! other type is version 2's, re-used unchanged.
//!
//! These types are frozen once a later version exists.

use serde::{Deserialize, Serialize};

use super::shape::{self, objects_only, Amount};
use super::v2;
pub use super::v2::{
    Benefit, BenefitRefusion, BenefitRefusionSource, FpStatus, Indexing, Indsats, IndsatsRefusion,
    IndsatsRefusionSource, Investment, Perspective, Range, Rate, RateSource, RfyStatus, SourceKind,
    SourceNote, Sources, Start, Timing, TimingKind, RATE_CUSTOM, RATE_TABLE,
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
pub struct Group {
    pub label: String,
    pub cases_reviewed: Amount,
    pub cases_shortened: Amount,
    pub months_shortened: Amount,
    pub timing: Timing,
    pub rfy: Benefit<RfyStatus>,
    pub indsats: Indsats,
    pub fp: Benefit<FpStatus>,
    #[serde(default)]
    pub handling_per_case: Option<Amount>,
    /// Default 100: every case put forward is granted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub granted_pct: Option<Amount>,
    /// Default: no cap.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months_left: Option<Amount>,
    /// Default: every granted case would have got FP anyway.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counterfactual: Option<Counterfactual>,
}

#[derive(Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Counterfactual {
    pub anyway_pct: Amount,
    pub instead: Instead,
    pub lasting_months: u32,
}

#[derive(Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Instead {
    pub monthly: Amount,
    pub refusion: BenefitRefusion,
}

objects_only!(Document, Group, Counterfactual, Instead);

/// Version 2 meant: every case put forward is granted and would have got FP
/// when its forløb ended. Leaving the new fields out says exactly that.
impl From<v2::Document> for Document {
    fn from(d: v2::Document) -> Self {
        Document {
            version: 3,
            name: d.name,
            description: d.description,
            start: d.start,
            horizon_months: d.horizon_months,
            groups: d
                .groups
                .into_iter()
                .map(|g| Group {
                    label: g.label,
                    cases_reviewed: g.cases_reviewed,
                    cases_shortened: g.cases_shortened,
                    months_shortened: g.months_shortened,
                    timing: g.timing,
                    rfy: g.rfy,
                    indsats: g.indsats,
                    fp: g.fp,
                    handling_per_case: g.handling_per_case,
                    granted_pct: None,
                    months_left: None,
                    counterfactual: None,
                })
                .collect(),
            investment: d.investment,
            perspective: d.perspective,
            ranges: d.ranges,
            sources: d.sources,
        }
    }
}

/// The field lists of every object of this version, for the problem of an
/// unknown field.
pub fn field_lists() -> Vec<&'static [&'static str]> {
    use shape::fields_of;
    let mut lists = v2::field_lists();
    // Version 2's Document and Group give way to this version's.
    lists.retain(|l| *l != fields_of::<v2::Document>() && *l != fields_of::<v2::Group>());
    lists.push(fields_of::<Document>());
    lists.push(fields_of::<Group>());
    lists.push(fields_of::<Counterfactual>());
    lists.push(fields_of::<Instead>());
    lists
}

/// The names of every enum of this version: version 2's.
pub const NAME_LISTS: &[&[&str]] = v2::NAME_LISTS;
