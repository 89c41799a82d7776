//! Link version 2: a scenario's source notes that equal a shipped preset's
//! are written as a reference to that preset (`notes_from`), so a shared
//! scenario stays short, and reading puts back exactly the same notes
//! (`docs/share-links.md`, "Notes from a preset").

use afkortning::data::presets;
use afkortning::engine::scenario::{Scenario, SourceKind, SourceNote};
use afkortning::format::document::{self, DocumentProblem, Expected};
use afkortning::format::link::{
    decode, encode_comparison, encode_scenario, note_set, note_set_ids, pack, pack_version, unpack,
    LinkContent, LinkError, LinkKind, ReadError, NOTE_SETS,
};
use afkortning::lang::Lang;

fn preset(id: &str) -> Scenario {
    presets::find(id)
        .expect("preset exists")
        .scenario()
        .expect("preset is valid")
}

/// What a link carries, as text.
fn content(link: &str) -> String {
    String::from_utf8(unpack(link).expect("unpacks").1).expect("UTF-8")
}

/// The id a link made today refers to for a preset: the one standing for
/// all its notes (older ids leave out notes it gained later).
fn current_id(preset: &str) -> &'static str {
    NOTE_SETS
        .iter()
        .rev()
        .find(|r| r.preset == preset && r.gained_since.is_empty())
        .expect("a current note set")
        .id
}

/// The same scenario as a version-1 link (a bare document, notes in full).
fn version_1(s: &Scenario) -> String {
    pack(LinkKind::Scenario, document::to_json_compact(s).as_bytes()).expect("packs")
}

#[test]
fn a_preset_link_refers_to_the_presets_notes_and_opens_to_the_same_scenario() {
    for p in presets::PRESETS {
        let s = p.scenario().expect("valid");
        let link = encode_scenario(&s).expect("encodes");
        let json = content(&link);
        assert!(
            json.starts_with(&format!(
                r#"{{"notes_from":"{}","description_from_preset":true,"scenario":{{"#,
                current_id(p.id)
            )),
            "{}: {json}",
            p.id
        );
        // Every note is the preset's: none is written out, nor the story.
        assert!(!json.contains("\"sources\""), "{}", p.id);
        assert!(json.contains(r#""description":"""#), "{}", p.id);
        assert_eq!(decode(&link), Ok(LinkContent::Scenario(s.clone())));
        // The link made before issue 15 keeps opening to the same scenario.
        assert_eq!(decode(&version_1(&s)), Ok(LinkContent::Scenario(s.clone())));
        assert!(link.len() < version_1(&s).len() / 2, "{}", p.id);
    }
}

/// The lengths written in docs/share-links.md (before: the version-1 link of
/// the same scenario, with every note written out).
#[test]
fn link_lengths_before_and_after() {
    let default = preset(presets::DEFAULT_PRESET);
    let phase_out = preset("udfasning-2026");
    let pair = [preset("norddjurs-2018-claimed"), preset("udfasning-2026")];
    let pair_before = pack(
        LinkKind::Comparison,
        LinkContent::Comparison(pair.to_vec())
            .to_json_compact()
            .as_bytes(),
    )
    .expect("packs");
    let rows = [
        (
            "default",
            version_1(&default).len(),
            encode_scenario(&default).expect("encodes").len(),
        ),
        (
            "udfasning-2026",
            version_1(&phase_out).len(),
            encode_scenario(&phase_out).expect("encodes").len(),
        ),
        (
            "claimed + udfasning",
            pair_before.len(),
            encode_comparison(&pair).expect("encodes").len(),
        ),
    ];
    for (what, before, after) in rows {
        println!("{what}: {before} -> {after}");
    }
    // Each link at most about a third of what it was, and the default
    // preset's short enough for a QR code of version 19 or less with a
    // page address of up to about 90 characters (level L holds 792 bytes).
    for (what, before, after) in rows {
        assert!(after * 3 < before, "{what}: {before} -> {after}");
    }
    assert!(rows[0].2 < 700, "{}", rows[0].2);
}

#[test]
fn a_changed_note_is_written_out_and_the_others_referred_to() {
    let mut s = preset("udfasning-2026");
    let key = s.sources.keys().next().expect("a note").clone();
    let own = SourceNote {
        kind: SourceKind::User,
        text: "Vores egen opgørelse, marts 2026".into(),
        text_en: None,
    };
    s.sources.insert(key.clone(), own);
    let link = encode_scenario(&s).expect("encodes");
    let json = content(&link);
    assert!(json.contains(r#""notes_from":"udfasning-2026""#), "{json}");
    assert!(json.contains("Vores egen opgørelse, marts 2026"), "{json}");
    // One note written out: its key appears once, in `sources`.
    assert_eq!(json.matches(&format!("\"{key}\"")).count(), 1, "{json}");
    assert_eq!(decode(&link), Ok(LinkContent::Scenario(s)));
}

#[test]
fn a_note_the_scenario_dropped_stays_dropped() {
    let mut s = preset("udfasning-2026");
    let key = s.sources.keys().nth(3).expect("a note").clone();
    s.sources.remove(&key);
    let link = encode_scenario(&s).expect("encodes");
    let json = content(&link);
    assert!(
        json.contains(&format!(r#""notes_left_out":["{key}"]"#)),
        "{json}"
    );
    let read = decode(&link).expect("decodes");
    assert!(!read.scenarios()[0].sources.contains_key(&key));
    assert_eq!(read, LinkContent::Scenario(s));
}

#[test]
fn a_scenario_without_preset_notes_refers_to_none() {
    let mut s = preset(presets::DEFAULT_PRESET);
    s.sources.clear();
    s.description = "Vores egen beregning".into();
    let json = content(&encode_scenario(&s).expect("encodes"));
    assert!(json.starts_with(r#"{"scenario":{"version":"#), "{json}");
    assert_eq!(
        decode(&encode_scenario(&s).expect("encodes")),
        Ok(LinkContent::Scenario(s))
    );
}

#[test]
fn each_scenario_of_a_comparison_refers_to_its_own_preset() {
    let mut variant = preset("norddjurs-2018-realistic");
    variant.name = "Realistisk, 20 sager".into();
    variant.description = "Vores egen variant".into();
    variant.groups[0].cases_shortened = 20.into();
    let list = vec![
        preset("udfasning-2026"),
        variant,
        preset("norddjurs-2018-claimed"),
    ];
    let link = encode_comparison(&list).expect("encodes");
    assert!(link.starts_with("c2."));
    let json = content(&link);
    assert!(json.starts_with(r#"{"version":1,"scenarios":[{"notes_from":"udfasning-2026","#));
    assert!(json.contains(r#"{"notes_from":"norddjurs-2018-realistic@2","#));
    assert!(json.contains(r#"{"notes_from":"norddjurs-2018-claimed@2","#));
    assert_eq!(decode(&link), Ok(LinkContent::Comparison(list)));
}

#[test]
fn a_reference_to_notes_this_build_does_not_have_is_refused_by_name() {
    let doc = document::to_json_compact(&preset(presets::DEFAULT_PRESET));
    let entry = format!(r#"{{"notes_from":"oslo-2031","scenario":{doc}}}"#);
    let link = pack_version(LinkKind::Scenario, 2, entry.as_bytes()).expect("packs");
    let Err(LinkError::NotAScenario(ReadError::Fields(errors), _)) = decode(&link) else {
        panic!("refused");
    };
    assert_eq!(errors[0].path, "notes_from");
    assert_eq!(
        errors[0].problem,
        DocumentProblem::WrongType {
            expected: Expected::OneOf(note_set_ids())
        }
    );
    let message = decode(&link).unwrap_err().message(Lang::En);
    assert!(message.contains("udfasning-2026"), "{message}");
    // An unknown field in the entry is a shape problem too, not ignored.
    let entry = format!(r#"{{"notes":"x","scenario":{doc}}}"#);
    let link = pack_version(LinkKind::Scenario, 2, entry.as_bytes()).expect("packs");
    assert!(matches!(decode(&link), Err(LinkError::NotAScenario(..))));
    // A version-2 link's scenario problems keep the scenario's own paths.
    let entry = r#"{"scenario":{"version":3,"name":7}}"#;
    let link = pack_version(LinkKind::Scenario, 2, entry.as_bytes()).expect("packs");
    let Err(LinkError::NotAScenario(ReadError::Fields(errors), _)) = decode(&link) else {
        panic!("refused");
    };
    assert_eq!(errors[0].path, "name");
}

/// A reference made today must expand to the same notes in every later
/// build: the notes each reference stands for are stored here and never
/// regenerated. If a preset's notes must change, the preset gets a new
/// reference id and the old id keeps its old notes (docs/share-links.md).
#[test]
fn the_notes_a_reference_stands_for_never_change() {
    let stored: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/links/preset-notes.json")).expect("JSON");
    let stored = stored.as_object().expect("an object");
    assert_eq!(
        stored.keys().collect::<Vec<_>>().len(),
        NOTE_SETS.len(),
        "every reference is pinned"
    );
    for id in NOTE_SETS.iter().map(|r| r.id) {
        // The stored notes read through the document format, as a link's
        // written notes would be.
        let mut doc: serde_json::Value =
            serde_json::from_str(&document::to_json_compact(&preset(presets::DEFAULT_PRESET)))
                .expect("JSON");
        doc["sources"] = stored[id]["sources"].clone();
        let pinned = document::read(&doc.to_string()).expect("reads").sources;
        let set = note_set(id).expect("a note set");
        assert_eq!(set.notes, pinned, "{id}: its notes changed");
        assert_eq!(
            set.description,
            stored[id]["description"].as_str().expect("text"),
            "{id}: its description changed"
        );
    }
    assert!(note_set("oslo-2031").is_none());
}

/// Made once by link version 2 from the phase-out preset, with the document
/// it held. NEVER regenerate: the link must keep opening to that document,
/// whatever later builds do to the preset's figures.
const STORED_V2_LINK: &str = include_str!("fixtures/links/v2-scenario-udfasning-2026.txt");
const STORED_V2_DOCUMENT: &str = include_str!("fixtures/links/v2-scenario-udfasning-2026.json");

#[test]
fn a_stored_version_2_link_opens_to_the_same_scenario() {
    let link = STORED_V2_LINK.trim();
    assert!(link.starts_with("s2."));
    let stored = document::read(STORED_V2_DOCUMENT).expect("reads");
    assert_eq!(
        stored.sources.len(),
        // 42 for the figures, 9 for the evidence ranges' bounds.
        51,
        "the notes came from the reference"
    );
    assert_eq!(decode(link), Ok(LinkContent::Scenario(stored)));
}
