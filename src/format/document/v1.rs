//! Version 1 of the scenario document, as types: what a version-1 file may
//! hold, field for field, and nothing else. These types are frozen once a
//! later version exists; the model (`engine::scenario`) can change freely,
//! because only `current.rs` converts between the two.
//!
//! Optional fields: `Option` with `#[serde(default)]` may be left out or be
//! `null` (the default then applies); `present` fields (the fields of one
//! variant of a tagged object) may be left out but not be `null`.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::shape::{self, named, objects_only, present, Amount};
use crate::engine::validate::MAX_SOURCES;

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
pub struct Start {
    pub year: u16,
    pub month: u8,
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
}

/// Tagged by `kind`; which of the other fields belong is checked when the
/// model is built (`current.rs`), against [`Timing::EVEN`] and
/// [`Timing::FROM_MONTH`].
#[derive(Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Timing {
    pub kind: TimingKind,
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
    pub over_months: Option<u32>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub month: Option<u32>,
}

impl Timing {
    pub const EVEN: &'static [&'static str] = &["kind", "from_month", "over_months"];
    pub const FROM_MONTH: &'static [&'static str] = &["kind", "month"];
}

named! {
    pub enum TimingKind {
        Even = "even",
        FromMonth = "from_month",
    }
}

#[derive(Deserialize, Serialize)]
#[serde(
    remote = "Self",
    deny_unknown_fields,
    bound(deserialize = "S: Deserialize<'de>")
)]
pub struct Benefit<S> {
    pub rate: Rate<S>,
    pub refusion: BenefitRefusion,
}

/// Tagged by `source`: [`RATE_TABLE`] or [`RATE_CUSTOM`].
#[derive(Deserialize, Serialize)]
#[serde(
    remote = "Self",
    deny_unknown_fields,
    bound(deserialize = "S: Deserialize<'de>")
)]
pub struct Rate<S> {
    pub source: RateSource,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub year: Option<u16>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub status: Option<S>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub monthly: Option<Amount>,
}

pub const RATE_TABLE: &[&str] = &["source", "year", "status"];
pub const RATE_CUSTOM: &[&str] = &["source", "monthly"];

named! {
    pub enum RateSource {
        Table = "table",
        Custom = "custom",
    }
}

named! {
    pub enum RfyStatus {
        Forsorger = "forsorger",
        IkkeForsorger = "ikke_forsorger",
    }
}

named! {
    pub enum FpStatus {
        Enlig = "enlig",
        GiftSamlevende = "gift_samlevende",
    }
}

/// Tagged by `source`: [`BenefitRefusion::TRAPPE`] or
/// [`BenefitRefusion::CUSTOM`].
#[derive(Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct BenefitRefusion {
    pub source: BenefitRefusionSource,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub weeks_on_benefit: Option<u32>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub pct: Option<Amount>,
}

impl BenefitRefusion {
    pub const TRAPPE: &'static [&'static str] = &["source", "weeks_on_benefit"];
    pub const CUSTOM: &'static [&'static str] = &["source", "pct"];
}

named! {
    pub enum BenefitRefusionSource {
        Trappe = "trappe",
        Custom = "custom",
    }
}

#[derive(Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Indsats {
    pub monthly: Amount,
    pub refusion: IndsatsRefusion,
}

/// Tagged by `source`: [`IndsatsRefusion::BY_YEAR`] or
/// [`IndsatsRefusion::CUSTOM`].
#[derive(Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct IndsatsRefusion {
    pub source: IndsatsRefusionSource,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub pct: Option<Amount>,
}

impl IndsatsRefusion {
    pub const BY_YEAR: &'static [&'static str] = &["source"];
    pub const CUSTOM: &'static [&'static str] = &["source", "pct"];
}

named! {
    pub enum IndsatsRefusionSource {
        ByYear = "by_year",
        Custom = "custom",
    }
}

#[derive(Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Investment {
    pub hours_per_week: Amount,
    pub full_time_hours: Amount,
    pub annual_cost: Amount,
    #[serde(default)]
    pub overhead_pct: Option<Amount>,
    pub months: u32,
    #[serde(default)]
    pub from_month: Option<u32>,
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
}

#[derive(Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Range {
    pub input: String,
    pub low: Amount,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub likely: Option<Amount>,
    pub high: Amount,
}

#[derive(Deserialize, Serialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct SourceNote {
    pub kind: SourceKind,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text_en: Option<String>,
}

named! {
    pub enum SourceKind {
        SeedMemo = "seed_memo",
        Published = "published",
        Derived = "derived",
        Assumption = "assumption",
        User = "user",
    }
}

objects_only!(
    Document,
    Start,
    Group,
    Timing,
    Benefit<S>,
    Rate<S>,
    BenefitRefusion,
    Indsats,
    IndsatsRefusion,
    Investment,
    Perspective,
    Range,
    SourceNote,
);

/// The field lists of every object of this version, for the problem of an
/// unknown field.
pub fn field_lists() -> Vec<&'static [&'static str]> {
    use shape::fields_of;
    vec![
        fields_of::<Document>(),
        fields_of::<Start>(),
        fields_of::<Group>(),
        fields_of::<Timing>(),
        fields_of::<Benefit<RfyStatus>>(),
        fields_of::<Rate<RfyStatus>>(),
        fields_of::<BenefitRefusion>(),
        fields_of::<Indsats>(),
        fields_of::<IndsatsRefusion>(),
        fields_of::<Investment>(),
        fields_of::<Perspective>(),
        fields_of::<Range>(),
        fields_of::<SourceNote>(),
    ]
}

/// The names of every enum of this version, for the problem of a name the
/// format does not have.
pub const NAME_LISTS: &[&[&str]] = &[
    TimingKind::NAMES,
    RateSource::NAMES,
    RfyStatus::NAMES,
    FpStatus::NAMES,
    BenefitRefusionSource::NAMES,
    IndsatsRefusionSource::NAMES,
    SourceKind::NAMES,
];

/// The source notes, by key. Read as a map that refuses a key given twice
/// (serde's map would keep the last silently) and more than
/// [`MAX_SOURCES`] notes.
pub struct Sources(pub BTreeMap<String, SourceNote>);

impl Serialize for Sources {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(&self.0)
    }
}

impl<'de> Deserialize<'de> for Sources {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NotesVisitor;

        impl<'de> Visitor<'de> for NotesVisitor {
            type Value = Sources;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(shape::OBJECT)
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Sources, A::Error> {
                let mut notes = BTreeMap::new();
                while let Some(key) = map.next_key::<String>()? {
                    if notes.contains_key(&key) {
                        return Err(shape::repeated(&key));
                    }
                    if notes.len() == MAX_SOURCES {
                        return Err(shape::too_many(notes.len() + 1, MAX_SOURCES));
                    }
                    let note = map.next_value()?;
                    notes.insert(key, note);
                }
                Ok(Sources(notes))
            }
        }

        deserializer.deserialize_map(NotesVisitor)
    }
}
