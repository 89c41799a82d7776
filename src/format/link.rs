//! Share links: a scenario, or a comparison of several, carried whole in the
//! URL fragment (`#…`, which the browser never sends to a server).
//!
//! A link fragment is `<kind><version>.<payload>` (`docs/share-links.md`):
//!
//! - `s2.` one scenario, `c2.` a comparison: the letter names the content,
//!   the number the link encoding (this module's [`LINK_VERSION`]; `s1.`
//!   and `c1.` links are still read);
//! - the payload is base64url without padding of
//!   `CRC-32 (4 bytes) | deflate length (3 bytes) | length check (1 byte) |
//!   raw deflate of the compact JSON document`. The CRC-32 covers the prefix
//!   and every byte after it, so a damaged link is reported as damaged, and a
//!   link cut short is told apart from one that was changed by the length.
//!   Compression and decompression are miniz_oxide's; any valid deflate
//!   stream decodes (inflate is capped at `MAX_DOCUMENT_BYTES`), so links
//!   made by earlier builds, whose compressor was our own, open unchanged.
//!
//! The JSON inside is the scenario document of `format::document` (for a
//! comparison, a small wrapper `{"version":1,"scenarios":[…]}`); from link
//! version 2 each document sits in an entry that may refer to a shipped
//! preset's source notes and description instead of carrying them
//! ([`NOTE_SETS`]), which keeps a preset's link a third of its length. Reading
//! goes through `document::read`, so links made by earlier versions of the app
//! are migrated like files. Values out of range are kept, as in a file: call
//! [`LinkContent::problems`] (or `validate` per scenario) to mark them.
//!
//! Decoding is total: whatever text comes in, the answer is a [`LinkContent`]
//! or a [`LinkError`] with a Danish and an English message. Nothing here
//! touches the user's saved work; the UI replaces it only on success, and
//! only as the user chooses.

use base64::alphabet;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use base64::Engine as _;
use miniz_oxide::deflate::{compress_to_vec, CompressionLevel};
use miniz_oxide::inflate::TINFLStatus;
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::engine::scenario::{Scenario, SourceNote};
use crate::engine::validate::validate;
use crate::format::document::{self, DocumentError, DocumentProblem, Expected, MAX_DOCUMENT_BYTES};
use crate::format::presets::PRESETS;

/// The link encoding this build writes and the newest it reads. Version 2
/// wraps each scenario document in an entry that may refer to a shipped
/// preset's source notes instead of carrying them ([`NOTE_SETS`]); version 1
/// carries bare documents and is still read.
pub const LINK_VERSION: u32 = 2;
/// The version of the comparison wrapper document.
pub const COMPARISON_VERSION: u32 = 1;
/// Longer link texts are refused before decoding. A preset makes a link of
/// about 2,500 characters; this leaves room for dozens of scenarios.
pub const MAX_LINK_CHARS: usize = 200_000;
/// A comparison holds this many scenarios at least …
pub const MIN_COMPARED: usize = 2;
/// … and at most.
pub const MAX_COMPARED: usize = 20;
/// Problems listed one by one before the rest are counted: a 2 MB file can
/// hold a hundred thousand, and a list that long would freeze the page.
pub const MAX_LISTED_PROBLEMS: usize = 20;

/// Payload header: CRC-32, 3-byte length, length check.
const HEADER_BYTES: usize = 8;
const MAX_DEFLATE_BYTES: usize = 0xFF_FFFF;
const LENGTH_CHECK_SALT: u8 = 0x5A;

/// What a link holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKind {
    Scenario,
    Comparison,
}

impl LinkKind {
    fn letter(self) -> char {
        match self {
            LinkKind::Scenario => 's',
            LinkKind::Comparison => 'c',
        }
    }

    fn from_letter(c: char) -> Option<LinkKind> {
        match c {
            's' => Some(LinkKind::Scenario),
            'c' => Some(LinkKind::Comparison),
            _ => None,
        }
    }
}

/// The content of a link or an exported file: one scenario, or several to
/// compare (the first is the baseline).
// Built once per link or file, so the size of a scenario inline is no cost,
// and it keeps `LinkContent::Scenario(s)` plain to build and match.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum LinkContent {
    Scenario(Scenario),
    Comparison(Vec<Scenario>),
}

impl LinkContent {
    pub fn kind(&self) -> LinkKind {
        match self {
            LinkContent::Scenario(_) => LinkKind::Scenario,
            LinkContent::Comparison(_) => LinkKind::Comparison,
        }
    }

    pub fn scenarios(&self) -> &[Scenario] {
        match self {
            LinkContent::Scenario(s) => std::slice::from_ref(s),
            LinkContent::Comparison(list) => list,
        }
    }

    /// The document, pretty-printed: the file export. A single scenario is
    /// exactly `document::to_json`.
    pub fn to_json(&self) -> String {
        match self {
            LinkContent::Scenario(s) => document::to_json(s),
            LinkContent::Comparison(list) => document::pretty(&comparison(list)),
        }
    }

    /// The document on one line: what a link carries.
    pub fn to_json_compact(&self) -> String {
        match self {
            LinkContent::Scenario(s) => document::to_json_compact(s),
            LinkContent::Comparison(list) => document::compact(&comparison(list)),
        }
    }

    /// Every value out of range in every scenario, by field path; in a
    /// comparison the paths start with `scenarios[i].`. Empty when all can be
    /// evaluated. This is the import report's list.
    pub fn problems(&self) -> Vec<DocumentError> {
        match self {
            LinkContent::Scenario(s) => validate(s).into_iter().map(DocumentError::from).collect(),
            LinkContent::Comparison(list) => list
                .iter()
                .enumerate()
                .flat_map(|(i, s)| prefixed(i, validate(s).into_iter().map(DocumentError::from)))
                .collect(),
        }
    }
}

fn comparison(list: &[Scenario]) -> ComparisonWritten<impl Serialize> {
    ComparisonWritten {
        version: COMPARISON_VERSION,
        scenarios: list.iter().map(document::serializable).collect(),
    }
}

/// Why a document cannot be opened as a scenario or a comparison.
#[derive(Clone, Debug, PartialEq)]
pub enum ReadError {
    /// Problems by field path: not JSON, wrong shape, missing or too new a
    /// version (the first such problem of a document). In a comparison every
    /// scenario is read, and the paths start with `scenarios[i].`.
    Fields(Vec<DocumentError>),
    /// A comparison must hold from [`MIN_COMPARED`] to [`MAX_COMPARED`]
    /// scenarios.
    ScenarioCount { found: usize },
}

impl ReadError {
    /// The newest document version named by a "too new" problem, if any.
    fn too_new(&self) -> Option<u64> {
        match self {
            ReadError::Fields(errors) => errors
                .iter()
                .filter_map(|e| match e.problem {
                    DocumentProblem::TooNew { version } => Some(version),
                    _ => None,
                })
                .max(),
            ReadError::ScenarioCount { .. } => None,
        }
    }
}

/// Reads a document of either kind (a file's text): a comparison when it is an
/// object with `scenarios`, otherwise a scenario. Values out of range are kept;
/// see [`LinkContent::problems`].
pub fn read_content(text: &str) -> Result<LinkContent, ReadError> {
    let head = document::head(text).map_err(fields)?;
    if head.scenarios {
        read_comparison_after(head, text, document::read).map(LinkContent::Comparison)
    } else {
        document::read_after_head(head, text)
            .map(LinkContent::Scenario)
            .map_err(fields)
    }
}

/// Reads a comparison document: `{"version": 1, "scenarios": [ … ]}`, each
/// scenario through `document::read`. All scenarios are read, so every
/// scenario's problem is reported.
pub fn read_comparison(text: &str) -> Result<Vec<Scenario>, ReadError> {
    let head = document::head(text).map_err(fields)?;
    read_comparison_after(head, text, document::read)
}

fn fields(e: DocumentError) -> ReadError {
    ReadError::Fields(vec![e])
}

/// The comparison wrapper as read: each scenario is kept as its JSON text, to
/// be read (and migrated) as a document of its own.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ComparisonDocument {
    #[allow(dead_code)] // checked in the head
    version: IgnoredAny,
    scenarios: Vec<Box<RawValue>>,
}

/// The comparison wrapper as written.
#[derive(Serialize)]
struct ComparisonWritten<D> {
    version: u32,
    scenarios: Vec<D>,
}

type ReadItem = fn(&str) -> Result<Scenario, Vec<DocumentError>>;

fn read_comparison_after(
    head: document::Head,
    text: &str,
    read_item: ReadItem,
) -> Result<Vec<Scenario>, ReadError> {
    // A scenario document opened as a comparison lacks `scenarios` and has
    // many unknown fields: the missing list is what to say, before the
    // version (a scenario of format 2 is not a comparison from a newer build).
    if !head.scenarios {
        return Err(fields(DocumentError::new(
            "scenarios",
            DocumentProblem::MissingField,
        )));
    }
    document::version(head.version, COMPARISON_VERSION).map_err(fields)?;
    let wrapper: ComparisonDocument = document::read_wrapper(text).map_err(fields)?;
    let list = wrapper.scenarios;
    if !(MIN_COMPARED..=MAX_COMPARED).contains(&list.len()) {
        return Err(ReadError::ScenarioCount { found: list.len() });
    }
    let mut scenarios = Vec::with_capacity(list.len());
    let mut errors = Vec::new();
    for (i, item) in list.iter().enumerate() {
        match read_item(item.get()) {
            Ok(s) => scenarios.push(s),
            Err(e) => errors.extend(prefixed(i, e)),
        }
    }
    if errors.is_empty() {
        Ok(scenarios)
    } else {
        Err(ReadError::Fields(errors))
    }
}

fn prefixed(
    index: usize,
    errors: impl IntoIterator<Item = DocumentError>,
) -> impl Iterator<Item = DocumentError> {
    errors.into_iter().map(move |e| {
        let path = if e.path.is_empty() {
            format!("scenarios[{index}]")
        } else {
            format!("scenarios[{index}].{}", e.path)
        };
        DocumentError::new(path, e.problem)
    })
}

/// Why a link cannot be opened. Each says what is wrong in Danish and English
/// ([`LinkError::message`]); none changes anything.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkError {
    /// Nothing after the `#`.
    Empty,
    /// The text does not start like a link of this calculator.
    NotALink,
    /// A link encoding newer than this build reads (`s2.` …).
    NewerLinkFormat { version: u64 },
    /// A character that base64url never contains; `position` counts
    /// characters from 1 at the start of the fragment (after any `#`).
    BadCharacter { found: char, position: usize },
    /// Part of the link is missing at the end.
    Truncated,
    /// The checksum or the length does not match: characters were changed.
    Damaged,
    /// The link text is longer than [`MAX_LINK_CHARS`].
    TooLong { max_chars: usize },
    /// The content unpacks to more than [`MAX_DOCUMENT_BYTES`].
    TooLarge { max_bytes: usize },
    /// The content is intact but not JSON text.
    NotJson,
    /// The content is JSON but not a scenario (or comparison) document;
    /// with each scenario's group names as far as they could be read
    /// ([`group_names`]), so its problems name a group by its name.
    NotAScenario(ReadError, Vec<Vec<String>>),
    /// The scenario was made by a newer version of the calculator.
    NewerDocument { version: u64 },
}

/// Why content cannot be put in a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EncodeError {
    /// A comparison needs from [`MIN_COMPARED`] to [`MAX_COMPARED`] scenarios.
    ScenarioCount { found: usize },
    /// The document is larger than [`MAX_DOCUMENT_BYTES`] or the link would be
    /// longer than [`MAX_LINK_CHARS`]: share a file instead.
    TooLarge,
}

/// The link fragment (without `#`) for one scenario.
pub fn encode_scenario(s: &Scenario) -> Result<String, EncodeError> {
    let entry = Entry::of(s);
    encode_json(LinkKind::Scenario, &document::compact(&entry.written()))
}

/// The link fragment (without `#`) for a comparison; the first scenario is
/// the baseline.
pub fn encode_comparison(scenarios: &[Scenario]) -> Result<String, EncodeError> {
    let found = scenarios.len();
    if !(MIN_COMPARED..=MAX_COMPARED).contains(&found) {
        return Err(EncodeError::ScenarioCount { found });
    }
    let entries: Vec<Entry> = scenarios.iter().map(Entry::of).collect();
    let wrapper = ComparisonWritten {
        version: COMPARISON_VERSION,
        scenarios: entries.iter().map(Entry::written).collect(),
    };
    encode_json(LinkKind::Comparison, &document::compact(&wrapper))
}

/// The link fragment (without `#`) for either kind of content.
pub fn encode(content: &LinkContent) -> Result<String, EncodeError> {
    match content {
        LinkContent::Scenario(s) => encode_scenario(s),
        LinkContent::Comparison(list) => encode_comparison(list),
    }
}

fn encode_json(kind: LinkKind, json: &str) -> Result<String, EncodeError> {
    if json.len() > MAX_DOCUMENT_BYTES {
        return Err(EncodeError::TooLarge);
    }
    pack_version(kind, LINK_VERSION, json.as_bytes())
}

/// A set of notes a version-2 link may refer to by id instead of carrying
/// them: a shipped preset's source notes and description, less the notes
/// the preset gained after the id was first written. A reference must always
/// expand to the notes it stood for when the link was made
/// (`tests/fixtures/links/preset-notes.json` pins every id): a preset that
/// gains notes gets a new id for all of them, and its old id leaves the new
/// ones out. A note's text never changes under an id.
pub struct NoteSetRef {
    pub id: &'static str,
    pub preset: &'static str,
    pub gained_since: &'static [&'static [&'static str]],
}

/// Every figure of the first three presets got its source in November 2026:
/// the inputs format version 3 added and the ones they had left bare.
const EVERY_FIGURE_SOURCED: &[&str] = &[
    "start.month",
    "groups[0].rfy.refusion.weeks_on_benefit",
    "groups[0].fp.refusion.weeks_on_benefit",
    "groups[0].granted_pct",
    "groups[0].destinations.fleksjob.share_pct",
    "groups[0].destinations.fleksjob.monthly",
    "groups[0].destinations.fleksjob.refusion.pct",
    "groups[0].destinations.kontanthjaelp.share_pct",
    "groups[0].destinations.kontanthjaelp.monthly",
    "groups[0].destinations.kontanthjaelp.refusion.pct",
    "groups[0].destinations.job_pct",
    "groups[0].counterfactual.anyway_pct",
    "groups[0].counterfactual.instead.kind",
    "investment.from_month",
    "perspective.income_tax_pct",
    "perspective.discount_pct",
    "perspective.rate_adjustment_pct",
];

/// The 2018 presets' alternative, typed at the 2018 level at the same time.
const ALTERNATIVE_2018: &[&str] = &[
    "groups[0].counterfactual.instead.monthly",
    "groups[0].counterfactual.instead.refusion.pct",
];

pub const NOTE_SETS: &[NoteSetRef] = &[
    NoteSetRef {
        id: "your-municipality-latest",
        preset: "your-municipality-latest",
        gained_since: &[EVERY_FIGURE_SOURCED],
    },
    NoteSetRef {
        id: "norddjurs-2018-claimed",
        preset: "norddjurs-2018-claimed",
        gained_since: &[EVERY_FIGURE_SOURCED, ALTERNATIVE_2018],
    },
    NoteSetRef {
        id: "norddjurs-2018-realistic",
        preset: "norddjurs-2018-realistic",
        gained_since: &[EVERY_FIGURE_SOURCED, ALTERNATIVE_2018],
    },
    NoteSetRef {
        id: "udfasning-2026",
        preset: "udfasning-2026",
        gained_since: &[],
    },
    NoteSetRef {
        id: "your-municipality-latest@2",
        preset: "your-municipality-latest",
        gained_since: &[],
    },
    NoteSetRef {
        id: "norddjurs-2018-claimed@2",
        preset: "norddjurs-2018-claimed",
        gained_since: &[],
    },
    NoteSetRef {
        id: "norddjurs-2018-realistic@2",
        preset: "norddjurs-2018-realistic",
        gained_since: &[],
    },
];

/// The ids a link may name, as a message lists them.
pub fn note_set_ids() -> Vec<&'static str> {
    NOTE_SETS.iter().map(|r| r.id).collect()
}

/// The source notes and the description a reference stands for.
pub fn note_set(id: &str) -> Option<&'static NoteSet> {
    note_sets()
        .iter()
        .find(|(n, _)| *n == id)
        .map(|(_, set)| set)
}

/// Every note set, read from the presets' documents once: writing a link
/// weighs each set, and the share panel writes its link on every render.
fn note_sets() -> &'static [(&'static str, NoteSet)] {
    static SETS: OnceLock<Vec<(&'static str, NoteSet)>> = OnceLock::new();
    SETS.get_or_init(|| {
        NOTE_SETS
            .iter()
            .filter_map(|r| {
                let s = PRESETS.iter().find(|p| p.id == r.preset)?.scenario().ok()?;
                let mut notes = s.sources;
                notes.retain(|path, _| !r.gained_since.iter().any(|g| g.contains(&path.as_str())));
                let set = NoteSet {
                    notes,
                    description: s.description,
                };
                Some((r.id, set))
            })
            .collect()
    })
}

/// The texts of a preset a link can refer to: its source notes by field
/// path, and its description (the preset's story, often the longest text
/// after the notes).
#[derive(Clone, Debug, PartialEq)]
pub struct NoteSet {
    pub notes: BTreeMap<String, SourceNote>,
    pub description: String,
}

/// A scenario as a version-2 link writes it: the notes of the note set that
/// saves the most text are left to the reference, and the set's notes the
/// scenario lacks are named, so reading gives back exactly its notes; the
/// description too when it is the set's.
struct Entry {
    notes_from: Option<&'static str>,
    notes_left_out: Vec<String>,
    description_from_preset: bool,
    scenario: Scenario,
}

impl Entry {
    fn of(s: &Scenario) -> Entry {
        let size = |key: &str, note: &SourceNote| {
            key.len() + note.text.len() + note.text_en.as_ref().map_or(0, String::len)
        };
        let mut best: Option<(usize, &'static str, &NoteSet)> = None;
        for (id, set) in note_sets() {
            let saved: usize = set
                .notes
                .iter()
                .filter(|(k, n)| s.sources.get(*k) == Some(*n))
                .map(|(k, n)| size(k, n))
                .sum::<usize>()
                + if s.description == set.description {
                    s.description.len()
                } else {
                    0
                };
            let cost: usize = set
                .notes
                .keys()
                .filter(|k| !s.sources.contains_key(*k))
                .map(|k| k.len() + 3)
                .sum();
            let gain = saved.saturating_sub(cost);
            if gain > best.as_ref().map_or(0, |b| b.0) {
                best = Some((gain, id, set));
            }
        }
        let mut scenario = s.clone();
        let Some((_, id, set)) = best else {
            return Entry {
                notes_from: None,
                notes_left_out: Vec::new(),
                description_from_preset: false,
                scenario,
            };
        };
        scenario.sources.retain(|k, n| set.notes.get(k) != Some(n));
        let description_from_preset = s.description == set.description;
        if description_from_preset {
            scenario.description.clear();
        }
        let notes_left_out = set
            .notes
            .keys()
            .filter(|k| !s.sources.contains_key(*k))
            .cloned()
            .collect();
        Entry {
            notes_from: Some(id),
            notes_left_out,
            description_from_preset,
            scenario,
        }
    }

    fn written(&self) -> EntryWritten<'_, impl Serialize> {
        EntryWritten {
            notes_from: self.notes_from,
            notes_left_out: &self.notes_left_out,
            description_from_preset: self.description_from_preset,
            scenario: document::serializable(&self.scenario),
        }
    }
}

#[derive(Serialize)]
struct EntryWritten<'a, D> {
    #[serde(skip_serializing_if = "Option::is_none")]
    notes_from: Option<&'static str>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    notes_left_out: &'a [String],
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    description_from_preset: bool,
    scenario: D,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryRead {
    #[serde(default)]
    notes_from: Option<String>,
    #[serde(default)]
    notes_left_out: Vec<String>,
    #[serde(default)]
    description_from_preset: bool,
    scenario: Box<RawValue>,
}

/// Reads a version-2 entry: the scenario document (problems by the
/// scenario's own field paths) with the referred notes put back.
fn read_entry(text: &str) -> Result<Scenario, Vec<DocumentError>> {
    let entry: EntryRead = document::read_wrapper(text).map_err(|e| vec![e])?;
    let mut scenario = document::read(entry.scenario.get())?;
    if let Some(id) = entry.notes_from {
        let set = note_set(&id).ok_or_else(|| {
            vec![DocumentError::new(
                "notes_from",
                DocumentProblem::WrongType {
                    expected: Expected::OneOf(note_set_ids()),
                },
            )]
        })?;
        for (key, note) in &set.notes {
            if !entry.notes_left_out.contains(key) {
                scenario
                    .sources
                    .entry(key.clone())
                    .or_insert_with(|| note.clone());
            }
        }
        if entry.description_from_preset {
            scenario.description = set.description.clone();
        }
    }
    Ok(scenario)
}

/// Packs content bytes into a version-1 link fragment, whose content is a
/// bare document: the transport layer under [`encode`]. It does not check
/// what the bytes are, so tests and tools can build links with any content.
pub fn pack(kind: LinkKind, content: &[u8]) -> Result<String, EncodeError> {
    pack_version(kind, 1, content)
}

/// [`pack`] with the link version in the prefix.
pub fn pack_version(kind: LinkKind, version: u32, content: &[u8]) -> Result<String, EncodeError> {
    let prefix = format!("{}{version}.", kind.letter());
    let deflated = compress_to_vec(content, CompressionLevel::BestCompression as u8);
    let n = deflated.len();
    if n > MAX_DEFLATE_BYTES {
        return Err(EncodeError::TooLarge);
    }
    let mut body = Vec::with_capacity(HEADER_BYTES + n);
    body.extend_from_slice(&[0; 4]);
    let len = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
    body.extend_from_slice(&len);
    body.push(len[0] ^ len[1] ^ len[2] ^ LENGTH_CHECK_SALT);
    body.extend_from_slice(&deflated);
    let crc = crc32(&[prefix.as_bytes(), &body[4..]]);
    body[..4].copy_from_slice(&crc.to_be_bytes());
    let link = prefix + &base64url_encode(&body);
    if link.len() > MAX_LINK_CHARS {
        return Err(EncodeError::TooLarge);
    }
    Ok(link)
}

/// Unpacks a link fragment to its kind and content bytes, checking the
/// prefix, the characters, the length, the checksum and the unpacked size.
/// Accepts the fragment with or without `#`, or a whole address.
pub fn unpack(text: &str) -> Result<(LinkKind, Vec<u8>), LinkError> {
    unpack_version(text).map(|(kind, _, bytes)| (kind, bytes))
}

/// [`unpack`] with the link version.
fn unpack_version(text: &str) -> Result<(LinkKind, u64, Vec<u8>), LinkError> {
    let text = text.trim();
    let fragment = match text.bytes().rposition(|b| b == b'#') {
        Some(i) => &text[i + 1..],
        None => text,
    };
    if fragment.is_empty() {
        return Err(LinkError::Empty);
    }
    if fragment.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLong {
            max_chars: MAX_LINK_CHARS,
        });
    }
    let (kind, version, prefix, payload) = split_prefix(fragment)?;
    let prefix_chars = prefix.chars().count();
    let (bytes, canonical) =
        base64url_decode(payload).map_err(|(found, index)| LinkError::BadCharacter {
            found,
            position: prefix_chars + index + 1,
        })?;
    if bytes.len() < HEADER_BYTES {
        return Err(LinkError::Truncated);
    }
    let (len, check) = (&bytes[4..7], bytes[7]);
    if len[0] ^ len[1] ^ len[2] ^ LENGTH_CHECK_SALT != check {
        return Err(LinkError::Damaged);
    }
    let n = (usize::from(len[0]) << 16) | (usize::from(len[1]) << 8) | usize::from(len[2]);
    let expected = HEADER_BYTES + n;
    if bytes.len() < expected {
        return Err(LinkError::Truncated);
    }
    if bytes.len() > expected || !canonical {
        return Err(LinkError::Damaged);
    }
    let stored = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
    if crc32(&[prefix.as_bytes(), &bytes[4..]]) != stored {
        return Err(LinkError::Damaged);
    }
    let content = miniz_oxide::inflate::decompress_to_vec_with_limit(
        &bytes[HEADER_BYTES..],
        MAX_DOCUMENT_BYTES,
    )
    .map_err(|e| match e.status {
        TINFLStatus::HasMoreOutput => LinkError::TooLarge {
            max_bytes: MAX_DOCUMENT_BYTES,
        },
        // The checksum matched, so the link arrived as it was made,
        // but what was made is not a valid deflate stream.
        _ => LinkError::Damaged,
    })?;
    Ok((kind, version, content))
}

/// The prefix `s1.` / `c1.`: kind, link version, and the payload after it.
fn split_prefix(fragment: &str) -> Result<(LinkKind, u64, &str, &str), LinkError> {
    let Some(dot) = fragment.bytes().position(|b| b == b'.') else {
        return Err(LinkError::NotALink);
    };
    let (prefix, payload) = (&fragment[..=dot], &fragment[dot + 1..]);
    let mut chars = prefix[..dot].chars();
    let kind = chars
        .next()
        .and_then(LinkKind::from_letter)
        .ok_or(LinkError::NotALink)?;
    let digits = chars.as_str();
    if digits.is_empty() || digits.len() > 18 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(LinkError::NotALink);
    }
    let version: u64 = digits.parse().map_err(|_| LinkError::NotALink)?;
    if version == 0 || digits.starts_with('0') {
        return Err(LinkError::NotALink);
    }
    if version > u64::from(LINK_VERSION) {
        return Err(LinkError::NewerLinkFormat { version });
    }
    if payload.is_empty() {
        return Err(LinkError::Truncated);
    }
    Ok((kind, version, prefix, payload))
}

/// Opens a link: its scenario or comparison, or what is wrong with it.
pub fn decode(text: &str) -> Result<LinkContent, LinkError> {
    let (kind, version, bytes) = unpack_version(text)?;
    let json = std::str::from_utf8(&bytes).map_err(|_| LinkError::NotJson)?;
    let read_item = if version == 1 {
        document::read
    } else {
        read_entry
    };
    let read = match kind {
        LinkKind::Scenario => read_item(json)
            .map(LinkContent::Scenario)
            .map_err(ReadError::Fields),
        LinkKind::Comparison => document::head(json)
            .map_err(fields)
            .and_then(|head| read_comparison_after(head, json, read_item))
            .map(LinkContent::Comparison),
    };
    read.map_err(|e| {
        if let Some(version) = e.too_new() {
            return LinkError::NewerDocument { version };
        }
        match &e {
            ReadError::Fields(errors)
                if errors.iter().any(|f| {
                    f.path.is_empty() && matches!(f.problem, DocumentProblem::NotJson { .. })
                }) =>
            {
                LinkError::NotJson
            }
            ReadError::Fields(_) => LinkError::NotAScenario(e, group_names(json)),
            ReadError::ScenarioCount { .. } => LinkError::NotAScenario(e, Vec::new()),
        }
    })
}

/// Each scenario's case-group names in a document, as far as they can be
/// read without the rest of its shape (a scenario gives one list, a
/// comparison one per scenario; none when the groups cannot be read), for
/// messages that name a group by its own name.
pub fn group_names(text: &str) -> Vec<Vec<String>> {
    #[derive(Deserialize)]
    struct Names {
        #[serde(default)]
        groups: Vec<Group>,
        #[serde(default)]
        scenarios: Vec<Names>,
        /// A version-2 link's entry holds its document here.
        #[serde(default)]
        scenario: Option<Box<Names>>,
    }
    #[derive(Deserialize)]
    struct Group {
        #[serde(default)]
        label: String,
    }
    if text.len() > MAX_DOCUMENT_BYTES {
        return Vec::new();
    }
    let Ok(names) = serde_json::from_str::<Names>(text) else {
        return Vec::new();
    };
    fn labels(n: Names) -> Vec<String> {
        match n.scenario {
            Some(inner) => labels(*inner),
            None => n.groups.into_iter().map(|g| g.label).collect(),
        }
    }
    if names.scenarios.is_empty() {
        vec![labels(names)]
    } else {
        names.scenarios.into_iter().map(labels).collect()
    }
}

/// Whether a fragment looks meant for this calculator (`s1.…`, `c2.…`), so
/// the UI can leave other fragments (`#main`) alone without a message.
pub fn is_link_fragment(text: &str) -> bool {
    let fragment = text.trim().trim_start_matches('#');
    match split_prefix(fragment) {
        Ok(_) | Err(LinkError::NewerLinkFormat { .. }) | Err(LinkError::Truncated) => true,
        Err(_) => false,
    }
}

/// CRC-32 (IEEE 802.3, as in zip and PNG) over the parts in order.
fn crc32(parts: &[&[u8]]) -> u32 {
    let mut hasher = crc32fast::Hasher::new();
    for part in parts {
        hasher.update(part);
    }
    hasher.finalize()
}

/// base64url without padding, reading texts whose unused bits are not zero
/// too, so that such a text can be reported as damaged rather than as
/// unreadable.
const BASE64URL_LENIENT: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::RequireNone)
        .with_decode_allow_trailing_bits(true),
);

/// base64url (RFC 4648 §5) without padding.
fn base64url_encode(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Decodes base64url without padding. Returns the bytes and whether the text
/// was canonical (no dangling character, unused bits zero), or the first
/// character that is not base64url with its index (in characters), which
/// the user is shown (the crate's error counts bytes, not characters).
fn base64url_decode(text: &str) -> Result<(Vec<u8>, bool), (char, usize)> {
    let foreign = |c: &char| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_');
    if let Some((index, c)) = text.chars().enumerate().find(|(_, c)| foreign(c)) {
        return Err((c, index));
    }
    // A dangling last character holds no whole byte: the bytes before it
    // still tell a cut-off link (too short) from a changed one.
    let whole = text.len() - usize::from(text.len() % 4 == 1);
    // Cannot fail: every character is base64url and the length is whole.
    let bytes = BASE64URL_LENIENT.decode(&text[..whole]).unwrap_or_default();
    let canonical = whole == text.len() && base64url_encode(&bytes) == text;
    Ok((bytes, canonical))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_check_value() {
        // The standard check value of CRC-32/ISO-HDLC.
        assert_eq!(crc32(&[b"123456789"]), 0xCBF4_3926);
        assert_eq!(crc32(&[b"1234", b"56789"]), 0xCBF4_3926);
    }

    #[test]
    fn base64url_rfc4648_vectors() {
        // RFC 4648 §10 test vectors, without padding.
        let cases = [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in cases {
            assert_eq!(base64url_encode(plain.as_bytes()), encoded);
            assert_eq!(
                base64url_decode(encoded),
                Ok((plain.as_bytes().to_vec(), true))
            );
        }
        // The two characters that differ from standard base64.
        assert_eq!(base64url_encode(&[0xFB, 0xFF]), "-_8");
        assert_eq!(base64url_decode("-_8"), Ok((vec![0xFB, 0xFF], true)));
        // Non-zero unused bits, a dangling character, a foreign character.
        assert_eq!(base64url_decode("Zh"), Ok((b"f".to_vec(), false)));
        assert_eq!(base64url_decode("Zm9vY"), Ok((b"foo".to_vec(), false)));
        assert_eq!(base64url_decode("Zm+v"), Err(('+', 2)));
    }
}
