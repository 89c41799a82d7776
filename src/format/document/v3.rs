//! Version 3 of the scenario document. What changed from version 2: each
//! case group may say what share of the cases put forward is granted
//! (`granted_pct`), how many months are left in the forløb (`months_left`,
//! a cap on `months_shortened`), where the granted cases go
//! (`destinations`) and what they would have got had the forløb run to its
//! end (`counterfactual`); the scenario may list cost lines besides the
//! buy-out (`costs`). Every new field may be left out, which says what
//! version 2 meant. A destination's amount may be a table figure (`rate`,
//! added after the first version-3 documents; one written with `monthly`
//! stays typed). Every other type is version 2's, re-used unchanged.
//!
//! These types are frozen once a later version exists.

use serde::{Deserialize, Serialize};

use super::shape::{self, named, objects_only, present, Amount};
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
    /// Default: none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub costs: Option<Vec<CostLine>>,
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
    /// Default: every granted case goes to førtidspension.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destinations: Option<Destinations>,
    /// Default: every granted case would have reached its destination anyway.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counterfactual: Option<Counterfactual>,
}

/// Shares of the granted cases going elsewhere than FP; FP takes the rest.
/// A destination left out has share 0 and the default amount.
#[derive(Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Destinations {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fleksjob: Option<Destination<FleksjobItem>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kontanthjaelp: Option<Destination<KontanthjaelpItem>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_pct: Option<Amount>,
}

/// The amount is typed (`monthly`, as the first version-3 documents all
/// have it) or a table figure (`rate`): exactly one of the two (checked in
/// `current.rs`).
#[derive(Deserialize, Serialize)]
#[serde(
    remote = "Self",
    deny_unknown_fields,
    bound(deserialize = "I: Deserialize<'de>")
)]
pub struct Destination<I> {
    pub share_pct: Amount,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub monthly: Option<Amount>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub rate: Option<DestinationRate<I>>,
    pub refusion: BenefitRefusion,
}

/// A figure of the destination's table: a year (indexed after the last
/// row) and an item.
#[derive(Deserialize, Serialize)]
#[serde(
    remote = "Self",
    deny_unknown_fields,
    bound(deserialize = "I: Deserialize<'de>")
)]
pub struct DestinationRate<I> {
    pub year: u16,
    pub item: I,
}

named! {
    pub enum FleksjobItem {
        Ledighedsydelse = "ledighedsydelse",
        MaxFlekslontilskud = "max_flekslontilskud",
    }
}

named! {
    pub enum KontanthjaelpItem {
        ForhojetSats = "forhojet_sats",
        Grundsats = "grundsats",
    }
}

#[derive(Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Counterfactual {
    pub anyway_pct: Amount,
    pub instead: Instead,
    pub lasting: Lasting,
}

/// Tagged by `kind`; `monthly` and `refusion` belong to `typed` only
/// (checked in `current.rs` against [`Instead::TYPED`]).
#[derive(Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Instead {
    pub kind: InsteadKind,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub monthly: Option<Amount>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub refusion: Option<BenefitRefusion>,
}

impl Instead {
    pub const DESTINATION: &'static [&'static str] = &["kind"];
    pub const TYPED: &'static [&'static str] = &["kind", "monthly", "refusion"];
}

named! {
    pub enum InsteadKind {
        Kontanthjaelp = "kontanthjaelp",
        Fleksjob = "fleksjob",
        Job = "job",
        Typed = "typed",
    }
}

/// Tagged by `kind`: `months` belongs to `months` only.
#[derive(Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Lasting {
    pub kind: LastingKind,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub months: Option<u32>,
}

impl Lasting {
    pub const MONTHS: &'static [&'static str] = &["kind", "months"];
    pub const UNTIL_HORIZON: &'static [&'static str] = &["kind"];
}

named! {
    pub enum LastingKind {
        Months = "months",
        UntilHorizon = "until_horizon",
    }
}

#[derive(Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct CostLine {
    pub label: String,
    pub amount: Amount,
    pub basis: CostBasis,
    /// Default 0: the kommune's own cost.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_pct: Option<Amount>,
}

/// Tagged by `kind`: `from_month` and `months` belong to `monthly`, `month`
/// to `one_off`.
#[derive(Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct CostBasis {
    pub kind: CostBasisKind,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub from_month: Option<u32>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub months: Option<u32>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub month: Option<u32>,
}

impl CostBasis {
    pub const PER_CASE: &'static [&'static str] = &["kind"];
    pub const MONTHLY: &'static [&'static str] = &["kind", "from_month", "months"];
    pub const ONE_OFF: &'static [&'static str] = &["kind", "month"];
}

named! {
    pub enum CostBasisKind {
        PerReviewedCase = "per_reviewed_case",
        PerCasePutForward = "per_case_put_forward",
        PerShortenedCase = "per_shortened_case",
        Monthly = "monthly",
        OneOff = "one_off",
    }
}

objects_only!(
    Document,
    Group,
    Destinations,
    Destination<I>,
    DestinationRate<I>,
    Counterfactual,
    Instead,
    Lasting,
    CostLine,
    CostBasis
);

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
                    destinations: None,
                    counterfactual: None,
                })
                .collect(),
            investment: d.investment,
            perspective: d.perspective,
            ranges: d.ranges,
            sources: d.sources,
            costs: None,
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
    lists.push(fields_of::<Destinations>());
    lists.push(fields_of::<Destination<FleksjobItem>>());
    lists.push(fields_of::<DestinationRate<FleksjobItem>>());
    lists.push(fields_of::<Counterfactual>());
    lists.push(fields_of::<Instead>());
    lists.push(fields_of::<Lasting>());
    lists.push(fields_of::<CostLine>());
    lists.push(fields_of::<CostBasis>());
    lists
}

/// The names of every enum of this version.
pub const NAME_LISTS: &[&[&str]] = &[
    super::v2::TimingKind::NAMES,
    super::v2::RateSource::NAMES,
    super::v2::RfyStatus::NAMES,
    super::v2::FpStatus::NAMES,
    super::v2::BenefitRefusionSource::NAMES,
    super::v2::IndsatsRefusionSource::NAMES,
    super::v2::SourceKind::NAMES,
    super::v2::Indexing::NAMES,
    InsteadKind::NAMES,
    LastingKind::NAMES,
    FleksjobItem::NAMES,
    KontanthjaelpItem::NAMES,
    CostBasisKind::NAMES,
];
