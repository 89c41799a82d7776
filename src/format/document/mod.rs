//! The scenario document: JSON with a `version`, the single format for share
//! links, files and tests (`docs/scenario-format.md`). Reading migrates older
//! versions, refuses newer ones, and reports problems by field path.
//!
//! Each format version is a module of types with serde derives (`v1.rs`,
//! `v2.rs`),
//! kept apart from the model so that the model can change without changing
//! the format; `current.rs` converts between the current version and the
//! model; `shape.rs` holds what all versions share (decimals, names, and
//! serde's errors as problems by path).
//!
//! Reading has two passes. The first ([`head`]) reads the document's
//! `version` (and whether it is a comparison) without looking at the rest's
//! shape, so a document from a newer version is refused as such; the second
//! reads the whole document as that version's types and migrates them to
//! the current version, stopping at the first shape problem.

mod current;
mod error;
mod shape;
mod v1;
mod v2;
mod v3;

pub use error::{DocumentError, DocumentProblem, Expected};

use std::fmt;

use serde::de::{
    self, Deserialize, DeserializeOwned, Deserializer, IgnoredAny, MapAccess, Visitor,
};
use serde::Serialize;
use serde_json::value::RawValue;

use crate::engine::scenario::{Scenario, CURRENT_VERSION};
use crate::engine::validate::{validate, Problem, MAX_SOURCES};

/// Larger documents are refused before parsing: no real scenario comes close.
pub const MAX_DOCUMENT_BYTES: usize = 2_000_000;

/// The document for a scenario, pretty-printed (files, tests).
pub fn to_json(s: &Scenario) -> String {
    pretty(&serializable(s))
}

/// The document on one line (share links, storage).
pub fn to_json_compact(s: &Scenario) -> String {
    compact(&serializable(s))
}

/// The document of the current version for a scenario, to be written alone
/// or inside a larger document (a comparison).
pub fn serializable(s: &Scenario) -> impl Serialize {
    current::from_model(s)
}

/// Indented by two spaces per level.
pub fn pretty(value: &impl Serialize) -> String {
    // Cannot fail: every document type writes strings, numbers, lists and
    // objects with string keys.
    serde_json::to_string_pretty(value).unwrap_or_default()
}

/// On one line, without spaces.
pub fn compact(value: &impl Serialize) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// Reads a document into a scenario. Values out of range are kept (so a
/// user's work in progress survives a round trip); use [`read_valid`] to
/// also check them. A document that cannot be read gives its first problem.
pub fn read(text: &str) -> Result<Scenario, Vec<DocumentError>> {
    read_one(text).map_err(|e| vec![e])
}

fn read_one(text: &str) -> Result<Scenario, DocumentError> {
    read_after_head(head(text)?, text)
}

/// Reads a document whose [`head`] the caller has already read (a file that
/// may be a scenario or a comparison), so the text is not scanned twice.
pub(crate) fn read_after_head(head: Head, text: &str) -> Result<Scenario, DocumentError> {
    let version = version(head.version, CURRENT_VERSION)?;
    // Refused before the notes are read: no document needs more, and a
    // 2 MB file could hold 150,000.
    if head.sources > MAX_SOURCES {
        return Err(DocumentError::new(
            "sources",
            Problem::TooMany { max: MAX_SOURCES },
        ));
    }
    current::to_model(migrate(version, text)?)
}

/// Reads a document and checks every value: all problems, each with its path.
pub fn read_valid(text: &str) -> Result<Scenario, Vec<DocumentError>> {
    let scenario = read(text)?;
    let errors = validate(&scenario);
    if errors.is_empty() {
        Ok(scenario)
    } else {
        Err(errors.into_iter().map(DocumentError::from).collect())
    }
}

/// Reads a document of `version` as the current version's types. Each
/// format change adds a version module with its types and a
/// `From<previous::Document>` for its `Document`, and one arm here, so links
/// and files made by earlier versions of the app keep opening:
///
/// ```text
/// 1 => read_as::<v1::Document>(text).map(v2::Document::from),
/// 2 => read_as::<v2::Document>(text).map(v3::Document::from),
/// 3 => read_as::<v3::Document>(text),
/// ```
fn migrate(version: u64, text: &str) -> Result<current::Document, DocumentError> {
    match version {
        1 => read_as::<v1::Document>(text, v1::field_lists, v1::NAME_LISTS)
            .map(v2::Document::from)
            .map(v3::Document::from),
        2 => read_as::<v2::Document>(text, v2::field_lists, v2::NAME_LISTS).map(v3::Document::from),
        3 => read_as::<v3::Document>(text, v3::field_lists, v3::NAME_LISTS),
        _ => Err(DocumentError::new(
            "version",
            DocumentProblem::UnsupportedVersion { version },
        )),
    }
}

fn read_as<T: DeserializeOwned>(
    text: &str,
    field_lists: fn() -> Vec<&'static [&'static str]>,
    name_lists: &[&'static [&'static str]],
) -> Result<T, DocumentError> {
    shape::parse(text, field_lists, name_lists)
}

/// Reads a JSON document of another kind (a comparison's wrapper, the saved
/// library): its first shape problem by path, if any.
pub(crate) fn read_wrapper<T: DeserializeOwned>(text: &str) -> Result<T, DocumentError> {
    shape::parse(text, Vec::new, &[])
}

/// Reads a list of scenario documents (the autosaved library): `None` when it
/// is not one or any scenario in it cannot be read.
pub fn read_list(text: &str) -> Option<Vec<Scenario>> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return None;
    }
    let list: Vec<Box<RawValue>> = read_wrapper(text).ok()?;
    let scenarios: Vec<Scenario> = list
        .iter()
        .map(|doc| read_one(doc.get()))
        .collect::<Result<_, _>>()
        .ok()?;
    (!scenarios.is_empty()).then_some(scenarios)
}

// ---- The head: what is read before the shape ------------------------------

/// What a reader learns from a document before reading its shape.
pub(crate) struct Head {
    /// `version`, when it is a whole number (`None`: missing or not one).
    pub version: Option<u64>,
    /// Whether it has `scenarios`: a comparison rather than a scenario.
    pub scenarios: bool,
    /// How many members `sources` has (counted up to one past the limit).
    pub sources: usize,
}

/// The head of a document: refuses a text too long to be a document, text
/// that is not JSON, and JSON that is not an object.
pub(crate) fn head(text: &str) -> Result<Head, DocumentError> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(DocumentError::new(
            "",
            Problem::TooLong {
                max_chars: MAX_DOCUMENT_BYTES,
            },
        ));
    }
    let mut reader = serde_json::Deserializer::from_str(text);
    let read = reader
        .deserialize_map(HeadVisitor)
        .and_then(|head| reader.end().map(|()| head));
    read.map_err(|e| {
        // Not an object: but if it is not JSON either, that is what to say
        // (where it breaks), as for an object.
        let syntax = if e.is_data() {
            serde_json::from_str::<IgnoredAny>(text).err()
        } else {
            Some(e)
        };
        match syntax {
            Some(e) => shape::not_json(&e, text),
            None => {
                let expected = Expected::Object;
                DocumentError::new("", DocumentProblem::WrongType { expected })
            }
        }
    })
}

/// The `version` of a document (or of a comparison wrapper), checked against
/// the newest this build reads.
pub(crate) fn version(found: Option<u64>, newest: u32) -> Result<u64, DocumentError> {
    let refuse = |problem| Err(DocumentError::new("version", problem));
    match found {
        None => refuse(DocumentProblem::MissingVersion),
        Some(version) if version > u64::from(newest) => refuse(DocumentProblem::TooNew { version }),
        Some(0) => refuse(DocumentProblem::UnsupportedVersion { version: 0 }),
        Some(version) => Ok(version),
    }
}

struct HeadVisitor;

impl<'de> Visitor<'de> for HeadVisitor {
    type Value = Head;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(shape::OBJECT)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Head, A::Error> {
        let mut head = Head {
            version: None,
            scenarios: false,
            sources: 0,
        };
        let mut seen_version = false;
        let mut seen_sources = false;
        while let Some(key) = map.next_key()? {
            // A repeated key is the shape's problem; the first is taken here.
            match key {
                HeadKey::Version if !seen_version => {
                    seen_version = true;
                    if let Glance::Whole(n) = map.next_value()? {
                        head.version = Some(n);
                    }
                }
                HeadKey::Sources if !seen_sources => {
                    seen_sources = true;
                    if let Glance::Members(n) = map.next_value()? {
                        head.sources = n;
                    }
                }
                HeadKey::Scenarios => {
                    head.scenarios = true;
                    map.next_value::<IgnoredAny>()?;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(head)
    }
}

/// The members the head looks at (compared in place: a 2 MB document can
/// have 150,000 keys).
enum HeadKey {
    Version,
    Sources,
    Scenarios,
    Other,
}

impl<'de> Deserialize<'de> for HeadKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;

        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = HeadKey;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }

            fn visit_str<E>(self, key: &str) -> Result<HeadKey, E> {
                Ok(match key {
                    "version" => HeadKey::Version,
                    "sources" => HeadKey::Sources,
                    "scenarios" => HeadKey::Scenarios,
                    _ => HeadKey::Other,
                })
            }
        }

        deserializer.deserialize_identifier(KeyVisitor)
    }
}

/// What the head needs of a value, without reading it into memory: a plain
/// whole number, or how many members an object has (up to one past
/// [`MAX_SOURCES`]; the rest are skipped).
enum Glance {
    Whole(u64),
    Members(usize),
    Other,
}

impl<'de> Deserialize<'de> for Glance {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(GlanceVisitor)
    }
}

struct GlanceVisitor;

impl<'de> Visitor<'de> for GlanceVisitor {
    type Value = Glance;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_u64<E>(self, n: u64) -> Result<Glance, E> {
        Ok(Glance::Whole(n))
    }

    /// An object, or (with `arbitrary_precision`) a number that is not a
    /// whole `u64`, which serde_json passes as a one-member map.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Glance, A::Error> {
        let mut members = 0;
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {
            members = (members + 1).min(MAX_SOURCES + 1);
        }
        Ok(Glance::Members(members))
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Glance, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Glance::Other)
    }

    fn visit_bool<E>(self, _: bool) -> Result<Glance, E> {
        Ok(Glance::Other)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Glance, E> {
        Ok(Glance::Other)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Glance, E> {
        Ok(Glance::Other)
    }

    fn visit_str<E>(self, _: &str) -> Result<Glance, E> {
        Ok(Glance::Other)
    }

    fn visit_unit<E>(self) -> Result<Glance, E> {
        Ok(Glance::Other)
    }
}
