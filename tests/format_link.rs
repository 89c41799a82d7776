//! Share links (`src/format/link.rs`, `docs/share-links.md`): round trips,
//! links stored from the first version that must keep opening, and a corpus
//! of broken links that each say what is wrong and change nothing.

use afkortning::data::presets;
use afkortning::engine::evaluate;
use afkortning::engine::scenario::{Scenario, CURRENT_VERSION};
use afkortning::format::document::{self, MAX_DOCUMENT_BYTES};
use afkortning::format::document::{DocumentError, DocumentProblem};
use afkortning::format::link::{
    decode, encode, encode_comparison, encode_scenario, is_link_fragment, pack, read_content,
    unpack, EncodeError, LinkContent, LinkError, LinkKind, ReadError, MAX_COMPARED, MAX_LINK_CHARS,
};
use afkortning::lang::Lang;
use rust_decimal_macros::dec;

fn preset(id: &str) -> Scenario {
    presets::find(id)
        .expect("preset exists")
        .scenario()
        .expect("preset is valid")
}

fn all_presets() -> Vec<Scenario> {
    presets::PRESETS
        .iter()
        .map(|p| p.scenario().expect("preset is valid"))
        .collect()
}

fn claimed_link() -> String {
    static LINK: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    LINK.get_or_init(|| encode_scenario(&preset("norddjurs-2018-claimed")).expect("encodes"))
        .clone()
}

// ---------------------------------------------------------------- round trips

#[test]
fn every_preset_round_trips_and_is_shorter_than_its_json() {
    for p in presets::PRESETS {
        let s = p.scenario().expect("preset is valid");
        let link = encode_scenario(&s).expect("encodes");
        assert!(link.starts_with("s2."), "{}: {link}", p.id);
        assert_eq!(
            decode(&link),
            Ok(LinkContent::Scenario(s.clone())),
            "{}",
            p.id
        );
        // With the `#` the browser shows, and as a whole address.
        assert_eq!(
            decode(&format!("#{link}")),
            Ok(LinkContent::Scenario(s.clone()))
        );
        assert_eq!(
            decode(&format!("https://example.org/afkortning/#{link}")),
            Ok(LinkContent::Scenario(s.clone()))
        );
        let json = document::to_json_compact(&s);
        assert!(
            link.len() < json.len(),
            "{}: link {} chars, JSON {}",
            p.id,
            link.len(),
            json.len()
        );
        // Only characters that never need escaping in a URL fragment.
        assert!(link
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')));
    }
}

#[test]
fn a_comparison_of_all_presets_round_trips() {
    let all = all_presets();
    let link = encode_comparison(&all).expect("encodes");
    assert!(link.starts_with("c2."));
    let decoded = decode(&link).expect("decodes");
    assert_eq!(decoded, LinkContent::Comparison(all.clone()));
    assert_eq!(decoded.kind(), LinkKind::Comparison);
    assert_eq!(decoded.scenarios(), &all[..]);
    // The order is kept: the first is the baseline.
    assert_eq!(decoded.scenarios()[0].name, all[0].name);
    let json = decoded.to_json_compact();
    assert!(link.len() < json.len());
    // `encode` picks the kind from the content.
    assert_eq!(encode(&decoded), Ok(link));
}

#[test]
fn a_comparison_needs_two_to_twenty_scenarios() {
    let s = preset("norddjurs-2018-claimed");
    assert_eq!(
        encode_comparison(std::slice::from_ref(&s)),
        Err(EncodeError::ScenarioCount { found: 1 })
    );
    assert_eq!(
        encode_comparison(&[]),
        Err(EncodeError::ScenarioCount { found: 0 })
    );
    let many = vec![s; MAX_COMPARED + 1];
    assert_eq!(
        encode_comparison(&many),
        Err(EncodeError::ScenarioCount { found: 21 })
    );
    assert!(encode_comparison(&many[..MAX_COMPARED]).is_ok());
    for e in [
        EncodeError::ScenarioCount { found: 1 },
        EncodeError::TooLarge,
    ] {
        assert!(!e.message(Lang::Da).is_empty());
        assert!(!e.message(Lang::En).is_empty());
        assert_ne!(e.message(Lang::Da), e.message(Lang::En));
    }
}

#[test]
fn a_scenario_too_large_for_a_link_is_refused_when_encoding() {
    let mut s = preset("norddjurs-2018-claimed");
    // Incompressible text past the document limit.
    let mut x: u32 = 1;
    s.description = (0..MAX_DOCUMENT_BYTES)
        .map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
            char::from(b'a' + ((x >> 16) % 26) as u8)
        })
        .collect();
    assert_eq!(encode_scenario(&s), Err(EncodeError::TooLarge));
}

#[test]
fn out_of_range_values_travel_and_are_marked_not_lost() {
    // A user's work in progress: a value out of range must survive the link,
    // and the problems say where it is.
    let mut s = preset("norddjurs-2018-realistic");
    s.groups[0].months_shortened = dec!(99);
    let link = encode_scenario(&s).expect("encodes");
    let content = decode(&link).expect("a link keeps out-of-range values");
    assert_eq!(content, LinkContent::Scenario(s));
    let problems = content.problems();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, "groups[0].months_shortened");
}

// ------------------------------------------------- links from the first version

/// Made once by the first version of the link format (`s1.`) from the preset
/// "norddjurs-2018-claimed". NEVER regenerate this file: it stands for every
/// link people have already sent. If it stops opening, the change that broke
/// it must add a migration instead.
const STORED_SCENARIO_LINK: &str =
    include_str!("fixtures/links/v1-scenario-norddjurs-2018-claimed.txt");
/// The preset's document as it was when the link was made.
const STORED_SCENARIO_DOCUMENT: &str =
    include_str!("fixtures/links/v1-scenario-norddjurs-2018-claimed.json");
/// Made once by the first version (`c1.`): claimed, then realistic. NEVER
/// regenerate.
const STORED_COMPARISON_LINK: &str =
    include_str!("fixtures/links/v1-comparison-claimed-realistic.txt");

#[test]
fn a_stored_first_version_link_still_opens_with_the_same_figures() {
    assert!(STORED_SCENARIO_LINK.starts_with("s1."));
    let content = decode(STORED_SCENARIO_LINK).expect("the first-version link opens");
    let LinkContent::Scenario(s) = content else {
        panic!("a scenario link opens as a scenario");
    };
    // Exactly the document it was made from …
    assert_eq!(
        s,
        document::read(STORED_SCENARIO_DOCUMENT).expect("stored document reads")
    );
    // (It was the preset "norddjurs-2018-claimed" then; presets may change
    // since, so the stored document, not today's preset, is the reference.)
    assert_eq!(s.name, "Norddjurs 2018 som påstået");
    assert_eq!(s.groups[0].indsats.monthly, dec!(34417));
    // Net kommune, as the claim, when it was stored: RFY saved 409,170.96
    // (the 2018 estimate 11,365.86) + indsats saved 34,417 × 45 case-months
    // × 50 % = 774,382.50 − FP 671,112 − buy-out 182,432.43 = 330,009.03.
    // It asked for the 2018 table row, since corrected to 11,282: RFY saved
    // 11,282 × 45 × 0.8 = 406,152, so 330,009.03 − 3,018.96 = 326,990.07,
    // and opening it says so.
    let out = evaluate(&s).expect("evaluates");
    assert_eq!(out.net.kommune.round_dp(2), dec!(326990.07));
    assert!(out.warnings.iter().any(|w| matches!(
        w,
        afkortning::engine::outcome::Warning::RateCorrected { year: 2018, .. }
    )));
}

#[test]
fn a_stored_first_version_comparison_link_still_opens() {
    assert!(STORED_COMPARISON_LINK.starts_with("c1."));
    let content = decode(STORED_COMPARISON_LINK).expect("the first-version link opens");
    let LinkContent::Comparison(list) = content else {
        panic!("a comparison link opens as a comparison");
    };
    assert_eq!(list.len(), 2);
    assert_eq!(
        list[0],
        document::read(STORED_SCENARIO_DOCUMENT).expect("stored document reads")
    );
    assert_eq!(list[1].name, "Norddjurs 2018 med realistisk indsats");
    assert_eq!(list[1].groups[0].indsats.monthly, dec!(2700));
    let nets: Vec<_> = list
        .iter()
        .map(|s| evaluate(s).expect("evaluates").net.kommune.round_dp(2))
        .collect();
    // Both asked for the 2018 RFY row, corrected since they were stored
    // (3,018.96 less RFY saved each). Claimed 326,990.07; realistic:
    // indsats 2,700 × 45 × 50 % = 60,750 instead of 774,382.50, so
    // 326,990.07 − 713,632.50 = −386,642.43.
    assert_eq!(nets, vec![dec!(326990.07), dec!(-386642.43)]);
}

// --------------------------------------------------------- broken-link corpus

/// What the UI does with a link: replace the saved work only when it opens.
fn open_over(saved: &mut Vec<Scenario>, link: &str) -> Result<(), LinkError> {
    let content = decode(link)?;
    *saved = content.scenarios().to_vec();
    Ok(())
}

fn assert_gives(link: &str, expected: &LinkError) {
    let saved_before = vec![preset("your-municipality-latest")];
    let mut saved = saved_before.clone();
    let result = open_over(&mut saved, link);
    let shown: String = link.chars().take(60).collect();
    assert_eq!(result.as_ref().err(), Some(expected), "link {shown:?}");
    assert_eq!(
        saved, saved_before,
        "a broken link left the saved work alone"
    );
    let (da, en) = (expected.message(Lang::Da), expected.message(Lang::En));
    assert!(!da.is_empty() && !en.is_empty());
    assert_ne!(da, en, "a message in each language");
}

fn assert_kind(link: &str, matches: impl Fn(&LinkError) -> bool, what: &str) {
    let saved_before = vec![preset("your-municipality-latest")];
    let mut saved = saved_before.clone();
    let shown: String = link.chars().take(60).collect();
    match open_over(&mut saved, link) {
        Ok(()) => panic!("{what}: link {shown:?} opened"),
        Err(e) => {
            assert!(matches(&e), "{what}: link {shown:?} gave {e:?}");
            assert!(!e.message(Lang::Da).is_empty());
            assert!(!e.message(Lang::En).is_empty());
            assert_ne!(e.message(Lang::Da), e.message(Lang::En));
        }
    }
    assert_eq!(
        saved, saved_before,
        "a broken link left the saved work alone"
    );
}

#[test]
fn empty_links() {
    for link in ["", "#", "   ", " # "] {
        assert_gives(link, &LinkError::Empty);
    }
    assert!(LinkError::Empty.message(Lang::Da).contains("tomt"));
    assert!(LinkError::Empty.message(Lang::En).contains("empty"));
}

#[test]
fn only_the_prefix() {
    assert_gives("s1.", &LinkError::Truncated);
    assert_gives("#c1.", &LinkError::Truncated);
}

#[test]
fn not_a_calculator_link() {
    for link in [
        "main",
        "#main-content",
        "x1.TGbeIAAG",
        "S1.TGbeIAAG",
        "s.TGbeIAAG",
        "s0.TGbeIAAG",
        "s01.TGbeIAAG",
        "sa.TGbeIAAG",
        "https://example.org/",
        "s1",
        "s",
    ] {
        assert_gives(link, &LinkError::NotALink);
        assert!(!is_link_fragment(link), "{link}");
    }
    assert!(is_link_fragment(&claimed_link()));
    assert!(is_link_fragment("#s1."));
}

#[test]
fn a_link_from_a_newer_link_format() {
    // Link version 2 is read since issue 15: 3 is the first newer one.
    assert_gives("s3.TGbeIAAG", &LinkError::NewerLinkFormat { version: 3 });
    assert_gives("#c17.", &LinkError::NewerLinkFormat { version: 17 });
    let message = LinkError::NewerLinkFormat { version: 3 }.message(Lang::Da);
    assert!(message.contains("nyere udgave") && message.contains("linkformat 3"));
    assert!(message.contains("læser op til 2"), "{message}");
    let message = LinkError::NewerLinkFormat { version: 3 }.message(Lang::En);
    assert!(message.contains("newer version") && message.contains("link format 3"));
}

#[test]
fn truncated_links() {
    let link = claimed_link();
    let n = link.len();
    for cut in [4, 5, 8, 11, 12, 13, 14, 100, n / 2, n - 3, n - 2, n - 1] {
        assert_gives(&link[..cut], &LinkError::Truncated);
    }
    let comparison = encode_comparison(&all_presets()).expect("encodes");
    let m = comparison.len();
    for cut in [20, m / 3, m - 1] {
        assert_gives(&comparison[..cut], &LinkError::Truncated);
    }
    assert!(LinkError::Truncated.message(Lang::Da).contains("afkortet"));
    assert!(LinkError::Truncated.message(Lang::En).contains("cut off"));
}

fn with_char(link: &str, at: usize, c: char) -> String {
    let mut chars: Vec<char> = link.chars().collect();
    chars[at] = c;
    chars.into_iter().collect()
}

fn other_base64_char(c: char) -> char {
    if c == 'A' {
        'B'
    } else {
        'A'
    }
}

#[test]
fn one_character_changed() {
    let link = claimed_link();
    let n = link.len();
    // In the checksum (3–8), the length and its check (8–13), the data, and
    // the last character (whose unused bits are checked too).
    for at in [3, 4, 7, 8, 9, 10, 11, 12, 13, 14, 50, n / 2, n - 2, n - 1] {
        let c = link.chars().nth(at).expect("in range");
        assert_gives(
            &with_char(&link, at, other_base64_char(c)),
            &LinkError::Damaged,
        );
    }
    // The prefix is in the checksum too: a scenario link read as a comparison.
    assert_gives(&with_char(&link, 0, 'c'), &LinkError::Damaged);
    assert!(LinkError::Damaged.message(Lang::Da).contains("kontrolsum"));
    assert!(LinkError::Damaged.message(Lang::En).contains("checksum"));
}

#[test]
fn characters_that_never_occur_in_a_link() {
    let link = claimed_link();
    for (at, c) in [
        (3, '+'),
        (10, '/'),
        (20, '='),
        (30, 'ä'),
        (40, ' '),
        (50, '<'),
    ] {
        assert_gives(
            &with_char(&link, at, c),
            &LinkError::BadCharacter {
                found: c,
                position: at + 1,
            },
        );
    }
    // Padding some tool added.
    assert_gives(
        &format!("{link}=="),
        &LinkError::BadCharacter {
            found: '=',
            position: link.len() + 1,
        },
    );
    // The message names the character, invisible ones by code point.
    let message = LinkError::BadCharacter {
        found: 'ä',
        position: 31,
    }
    .message(Lang::Da);
    assert!(message.contains("tegn nr. 31") && message.contains("«ä»"));
    let message = LinkError::BadCharacter {
        found: '\u{200b}',
        position: 7,
    }
    .message(Lang::En);
    assert!(message.contains("character 7") && message.contains("U+200B"));
}

#[test]
fn extra_characters_at_the_end() {
    let link = claimed_link();
    assert_gives(&format!("{link}A"), &LinkError::Damaged);
    assert_gives(&format!("{link}AAAA"), &LinkError::Damaged);
}

#[test]
fn valid_base64_of_garbage() {
    // 24 bytes of "hello, this is not a li" and 12 zero bytes, as base64url:
    // the length check in the header does not match.
    assert_gives("s1.aGVsbG8sIHRoaXMgaXMgbm90IGEgbGk", &LinkError::Damaged);
    assert_gives("s1.AAAAAAAAAAAAAAAA", &LinkError::Damaged);
    assert_gives("c1.AAAAAAAAAAAAAAAA", &LinkError::Damaged);
    // Header bytes that pass the length check (length 0, check 0x5A) but no
    // matching checksum.
    assert_gives("s1.AAAAAAAAAFo", &LinkError::Damaged);
    // Too short to hold the header at all.
    assert_gives("s1.AAAA", &LinkError::Truncated);
}

#[test]
fn compressed_text_that_is_not_json() {
    let link = pack(LinkKind::Scenario, b"hello, world").expect("packs");
    assert_gives(&link, &LinkError::NotJson);
    let link = pack(LinkKind::Scenario, &[0xff, 0xfe, 0x00, 0x41]).expect("packs");
    assert_gives(&link, &LinkError::NotJson);
    let link = pack(LinkKind::Comparison, b"<html>").expect("packs");
    assert_gives(&link, &LinkError::NotJson);
    let link = pack(LinkKind::Scenario, b"").expect("packs");
    assert_gives(&link, &LinkError::NotJson);
}

#[test]
fn json_that_is_not_a_scenario() {
    let not_a_scenario = |link: &str, path: &str| {
        assert_kind(
            link,
            |e| match e {
                LinkError::NotAScenario(ReadError::Fields(errors), _) => {
                    errors.iter().any(|f| f.path == path)
                }
                _ => false,
            },
            path,
        );
    };
    let link = pack(LinkKind::Scenario, b"[1, 2, 3]").expect("packs");
    not_a_scenario(&link, "");
    let link = pack(LinkKind::Scenario, br#"{"hello": "world"}"#).expect("packs");
    not_a_scenario(&link, "version");
    let link = pack(LinkKind::Scenario, br#"{"version": 1, "name": 7}"#).expect("packs");
    not_a_scenario(&link, "name");
    // A scenario document sent as a comparison.
    let json = document::to_json_compact(&preset("norddjurs-2018-claimed"));
    let link = pack(LinkKind::Comparison, json.as_bytes()).expect("packs");
    not_a_scenario(&link, "scenarios");
    // A comparison whose second scenario lacks a field: the path says which.
    let mut doc: serde_json::Value = serde_json::from_str(&json).expect("json");
    if let Some(map) = doc.as_object_mut() {
        map.remove("investment");
    }
    let bad = format!(r#"{{"version":1,"scenarios":[{json},{doc}]}}"#);
    let link = pack(LinkKind::Comparison, bad.as_bytes()).expect("packs");
    not_a_scenario(&link, "scenarios[1].investment");
    // A comparison of one.
    let one = format!(r#"{{"version":1,"scenarios":[{json}]}}"#);
    let link = pack(LinkKind::Comparison, one.as_bytes()).expect("packs");
    assert_gives(
        &link,
        &LinkError::NotAScenario(ReadError::ScenarioCount { found: 1 }, Vec::new()),
    );
    // The message carries the reader's problem, where it is in words and
    // the path.
    let e = decode(&pack(LinkKind::Scenario, br#"{"version": 1, "name": 7}"#).expect("packs"))
        .expect_err("not a scenario");
    assert_eq!(
        e.message(Lang::Da),
        "Linket indeholder ikke et gyldigt scenarie: Navn på scenariet: skal være en tekst i anførselstegn (name)"
    );
    assert_eq!(
        e.message(Lang::En),
        "The link does not hold a valid scenario: Scenario name: must be a text in quotes (name)"
    );
}

#[test]
fn a_scenario_from_a_newer_version() {
    let json = document::to_json_compact(&preset("norddjurs-2018-claimed"));
    // Written in the current version (3 since the counterfactual draft).
    let newer = json.replacen(
        &format!("\"version\":{CURRENT_VERSION}"),
        "\"version\":99",
        1,
    );
    assert_ne!(newer, json);
    let link = pack(LinkKind::Scenario, newer.as_bytes()).expect("packs");
    assert_gives(&link, &LinkError::NewerDocument { version: 99 });
    let message = LinkError::NewerDocument { version: 99 }.message(Lang::Da);
    assert!(message.contains("nyere udgave") && message.contains("format 99"));
    let message = LinkError::NewerDocument { version: 99 }.message(Lang::En);
    assert!(message.contains("newer version") && message.contains("format 99"));
    // One newer scenario in a comparison, or a newer comparison wrapper.
    let comparison = format!(r#"{{"version":1,"scenarios":[{json},{newer}]}}"#);
    let link = pack(LinkKind::Comparison, comparison.as_bytes()).expect("packs");
    assert_gives(&link, &LinkError::NewerDocument { version: 99 });
    let comparison = format!(r#"{{"version":3,"scenarios":[{json},{json}]}}"#);
    let link = pack(LinkKind::Comparison, comparison.as_bytes()).expect("packs");
    assert_gives(&link, &LinkError::NewerDocument { version: 3 });
}

#[test]
fn a_payload_that_unpacks_too_large() {
    // A decompression bomb: 2 MB of spaces inside valid JSON packs to under
    // 1 % of that, and is refused while unpacking.
    let mut bomb = String::from("{\"version\":1,\"name\":\"");
    bomb.push_str(&" ".repeat(MAX_DOCUMENT_BYTES));
    bomb.push_str("\"}");
    let link = pack(LinkKind::Scenario, bomb.as_bytes()).expect("packs");
    assert!(
        link.len() < MAX_DOCUMENT_BYTES / 100,
        "{} chars",
        link.len()
    );
    assert_gives(
        &link,
        &LinkError::TooLarge {
            max_bytes: MAX_DOCUMENT_BYTES,
        },
    );
    // A link text past the limit is refused before decoding.
    let long = format!("s1.{}", "A".repeat(MAX_LINK_CHARS));
    assert_gives(
        &long,
        &LinkError::TooLong {
            max_chars: MAX_LINK_CHARS,
        },
    );
}

// ------------------------------------------------------------- file import

#[test]
fn a_file_round_trips_for_a_scenario_and_a_comparison() {
    for s in all_presets() {
        let content = LinkContent::Scenario(s.clone());
        assert_eq!(content.to_json(), document::to_json(&s));
        assert_eq!(read_content(&content.to_json()), Ok(content));
    }
    let content = LinkContent::Comparison(all_presets());
    let text = content.to_json();
    assert!(text.starts_with("{\n  \"version\": 1,\n  \"scenarios\": [\n    {\n"));
    // Pretty and compact are the same document.
    let pretty: serde_json::Value = serde_json::from_str(&text).expect("json");
    let compact: serde_json::Value =
        serde_json::from_str(&content.to_json_compact()).expect("json");
    assert_eq!(pretty, compact);
    assert_eq!(read_content(&text), Ok(content));
}

#[test]
fn importing_a_file_with_errors_lists_every_one_by_path() {
    let mut doc: serde_json::Value =
        serde_json::from_str(&document::to_json(&preset("norddjurs-2018-realistic")))
            .expect("json");
    doc["horizon_months"] = 0.into();
    doc["groups"][0]["months_shortened"] = "61".into();
    doc["groups"][0]["cases_shortened"] = "200".into();
    doc["investment"]["overhead_pct"] = "-5".into();
    let content = read_content(&doc.to_string()).expect("the shape is right");
    let problems = content.problems();
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        vec![
            "horizon_months",
            "investment.overhead_pct",
            "groups[0].months_shortened",
            "groups[0].cases_shortened",
        ]
    );
    assert_eq!(
        problems[0].message(Lang::Da),
        "horizon_months: skal være et tal fra 1 til 240 måneder"
    );
    assert_eq!(
        problems[3].message(Lang::En),
        "groups[0].cases_shortened: cannot exceed the number of cases reviewed"
    );

    // In a comparison file the paths name the scenario, and a shape problem
    // in one scenario is reported with every other scenario's (the first of
    // each).
    let good = document::to_json_compact(&preset("norddjurs-2018-claimed"));
    let comparison = format!(r#"{{"version":1,"scenarios":[{good},{doc}]}}"#);
    let content = read_content(&comparison).expect("the shape is right");
    let paths: Vec<String> = content.problems().into_iter().map(|p| p.path).collect();
    assert_eq!(
        paths,
        vec![
            "scenarios[1].horizon_months",
            "scenarios[1].investment.overhead_pct",
            "scenarios[1].groups[0].months_shortened",
            "scenarios[1].groups[0].cases_shortened",
        ]
    );
    let broken = good.replacen("\"name\":", "\"nmae\":", 1);
    let comparison = format!(r#"{{"version":1,"scenarios":[{broken},{good},{broken}]}}"#);
    let Err(ReadError::Fields(errors)) = read_content(&comparison) else {
        panic!("two scenarios cannot be read");
    };
    let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    // Each scenario's first shape problem: the misspelt field is unknown.
    assert_eq!(paths, vec!["scenarios[0].nmae", "scenarios[2].nmae"]);
    assert!(matches!(
        errors[0].problem,
        DocumentProblem::UnknownField { .. }
    ));
    assert_eq!(errors[0].problem, errors[1].problem);
}

#[test]
fn importing_something_that_is_not_a_document() {
    let Err(ReadError::Fields(errors)) = read_content("not json") else {
        panic!("not json");
    };
    assert!(matches!(errors[0].problem, DocumentProblem::NotJson { .. }));
    let Err(ReadError::Fields(errors)) = read_content(r#"{"version":1,"scenarios":{}}"#) else {
        panic!("scenarios not a list");
    };
    assert_eq!(errors[0].path, "scenarios");
    let Err(ReadError::Fields(errors)) = read_content(r#"{"version":1,"scenarios":[],"extra":1}"#)
    else {
        panic!("unknown field");
    };
    assert_eq!(errors[0].path, "extra");
    let Err(ReadError::Fields(errors)) = read_content(r#"{"scenarios":[]}"#) else {
        panic!("no version");
    };
    assert_eq!(errors[0].problem, DocumentProblem::MissingVersion);
    // Which of two lists was meant cannot be known: refused as in a scenario.
    let Err(ReadError::Fields(errors)) =
        read_content(r#"{"version":1,"scenarios":[],"scenarios":[]}"#)
    else {
        panic!("scenarios twice");
    };
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].path, "scenarios");
    assert_eq!(errors[0].problem, DocumentProblem::DuplicateField);
    let Err(e) = read_content(r#"{"version":1,"scenarios":[]}"#) else {
        panic!("empty comparison");
    };
    assert_eq!(e, ReadError::ScenarioCount { found: 0 });
    assert_eq!(
        e.messages(Lang::Da),
        vec!["scenarios: en sammenligning skal have fra 2 til 20 scenarier, ikke 0"]
    );
}

// ---------------------------------------------------------------- properties

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    const BASE64URL: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    fn has_messages(e: &LinkError) -> bool {
        !e.message(Lang::Da).is_empty() && !e.message(Lang::En).is_empty()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

        #[test]
        fn random_text_never_panics(text in "\\PC{0,200}") {
            if let Err(e) = decode(&text) {
                prop_assert!(has_messages(&e));
            }
        }

        #[test]
        fn random_payloads_never_panic(
            prefix in prop::sample::select(vec!["s1.", "c1.", "#s1.", "s2.", "c1"]),
            body in "[A-Za-z0-9_-]{0,120}",
        ) {
            if let Err(e) = decode(&format!("{prefix}{body}")) {
                prop_assert!(has_messages(&e));
            }
        }

        #[test]
        fn random_bytes_packed_never_panic(
            bytes in prop::collection::vec(any::<u8>(), 0..300),
            comparison in any::<bool>(),
        ) {
            let kind = if comparison { LinkKind::Comparison } else { LinkKind::Scenario };
            let link = pack(kind, &bytes).expect("packs");
            match decode(&link) {
                Ok(_) => prop_assert!(false, "random bytes opened as a scenario"),
                Err(e) => prop_assert!(has_messages(&e)),
            }
        }

        /// The transport alone: whatever bytes go in come out (the encoder's
        /// deflate read back by the decoder's inflate).
        #[test]
        fn any_bytes_survive_pack_and_unpack(
            bytes in prop::collection::vec(any::<u8>(), 0..600),
            repeats in 1usize..8,
        ) {
            let data = bytes.repeat(repeats);
            let link = pack(LinkKind::Scenario, &data).expect("packs");
            prop_assert_eq!(unpack(&link), Ok((LinkKind::Scenario, data)));
        }

        /// Any one character of the payload replaced by another base64url
        /// character is caught by the length check or the checksum.
        #[test]
        fn one_substitution_is_always_damaged(at in 3usize..2000, pick in 0usize..63) {
            let link = claimed_link();
            let at = at % link.len().max(4);
            prop_assume!(at >= 3);
            let original = link.chars().nth(at).expect("in range");
            let c = BASE64URL
                .chars()
                .filter(|c| *c != original)
                .nth(pick)
                .expect("63 others");
            prop_assert_eq!(decode(&with_char(&link, at, c)), Err(LinkError::Damaged));
        }

        /// Cuts, insertions, deletions and replacements anywhere in a valid
        /// link: never a panic; every error has messages; whatever still opens
        /// is the original scenario.
        #[test]
        fn mutated_links_never_panic(
            edits in prop::collection::vec((0usize..4, 0usize..4000, 0usize..4000, any::<char>()), 1..4),
        ) {
            static ORIGINAL: std::sync::OnceLock<Scenario> = std::sync::OnceLock::new();
            let original = ORIGINAL.get_or_init(|| preset("norddjurs-2018-claimed")).clone();
            let mut link: Vec<char> = claimed_link().chars().collect();
            for (op, a, b, c) in edits {
                let n = link.len();
                if n == 0 {
                    break;
                }
                let (a, b) = (a % n, b % n);
                match op {
                    0 => link.truncate(a),
                    1 => link.insert(a, c),
                    2 => {
                        let (lo, hi) = (a.min(b), a.max(b));
                        link.drain(lo..=hi);
                    }
                    _ => link[a] = c,
                }
            }
            let text: String = link.into_iter().collect();
            match decode(&text) {
                Ok(content) => prop_assert_eq!(content, LinkContent::Scenario(original)),
                Err(e) => prop_assert!(has_messages(&e)),
            }
        }
    }
}

#[test]
fn a_long_list_of_problems_names_the_first_twenty_and_counts_the_rest() {
    // 1,234 problems: 20 listed by path, then one line for 1,234 − 20 = 1,214.
    let errors: Vec<DocumentError> = (0..1234)
        .map(|i| DocumentError::new(format!("x{i}"), DocumentProblem::DuplicateField))
        .collect();
    let e = ReadError::Fields(errors);
    let da = e.messages(Lang::Da);
    assert_eq!(da.len(), 21);
    assert!(da[0].starts_with("x0"), "{}", da[0]);
    assert!(da[19].starts_with("x19"), "{}", da[19]);
    assert_eq!(da[20], "… og 1.214 problemer mere");
    assert_eq!(e.messages(Lang::En)[20], "… and 1,214 more problems");
    // Exactly twenty: no extra line.
    let twenty = ReadError::Fields(
        (0..20)
            .map(|i| DocumentError::new(format!("x{i}"), DocumentProblem::DuplicateField))
            .collect(),
    );
    assert_eq!(twenty.messages(Lang::En).len(), 20);
}

/// Import and link problems name the field by its label and the group by
/// its own name, in Danish and English, the path kept in brackets.
#[test]
fn problems_name_the_field_and_the_group_in_words() {
    use afkortning::engine::inputs::Field;
    use afkortning::format::link::group_names;
    use afkortning::text::{field_label, place};
    let json = presets::find("norddjurs-2018-realistic").unwrap().document;
    let mut doc: serde_json::Value = serde_json::from_str(json).unwrap();
    doc["groups"][0]["label"] = "Over 40".into();
    doc["groups"][0]["indsats"]["monthly"] = serde_json::json!(["2700"]);
    let text = doc.to_string();
    assert_eq!(group_names(&text), vec![vec!["Over 40".to_string()]]);
    let Err(e) = read_content(&text) else {
        panic!("a list is not an amount")
    };
    let da = e.messages_named(&group_names(&text), Lang::Da);
    assert_eq!(
        da,
        [format!(
            "Gruppe «Over 40»: {}: skal være et tal, fx \"2700.50\" (groups[0].indsats.monthly)",
            field_label(Field::IndsatsMonthly, Lang::Da)
        )]
    );
    let en = e.messages_named(&group_names(&text), Lang::En);
    assert_eq!(
        en,
        [format!(
            "Group «Over 40»: {}: must be a number, e.g. \"2700.50\" (groups[0].indsats.monthly)",
            field_label(Field::IndsatsMonthly, Lang::En)
        )]
    );
    // Without names a group is numbered; places without a field of their
    // own are said in words: an object by its form section, the version,
    // a source note by the figure it is about.
    assert_eq!(
        place("groups[1].rfy.rate", &[], Lang::Da).as_deref(),
        Some("Gruppe 2: Ressourceforløbsydelse (spares)")
    );
    assert_eq!(
        place("version", &[], Lang::Da).as_deref(),
        Some("Formatversionen")
    );
    assert_eq!(
        place("version", &[], Lang::En).as_deref(),
        Some("The format version")
    );
    let names = ["Over 40".to_string()];
    assert_eq!(
        place("sources.groups[0].cases_reviewed.text_en", &names, Lang::Da),
        Some(format!(
            "Kilde til Gruppe «Over 40»: {}: engelsk tekst",
            field_label(Field::CasesReviewed, Lang::Da)
        ))
    );
    assert_eq!(place("", &names, Lang::Da), None);
    // A name too long to be allowed is cut after 60 characters.
    let long = ["x".repeat(500)];
    let label = afkortning::text::setting_label(
        &afkortning::engine::compare::Setting::GroupLabel(0),
        "",
        Lang::En,
    );
    assert_eq!(
        place("groups[0].label", &long, Lang::En),
        Some(format!("Group «{}…»: {label}", "x".repeat(60)))
    );
    // Every path the comparison reports (choices, cost lines, ranges,
    // source notes) has words, so none is left as a bare path.
    let two = [preset("udfasning-2026"), preset("norddjurs-2018-realistic")];
    let differences = afkortning::engine::compare::differing_inputs(&two);
    assert!(differences.len() > 50);
    for d in differences {
        for lang in [Lang::Da, Lang::En] {
            let words = place(&d.path, &names, lang);
            assert!(words.is_some_and(|w| !w.contains('[')), "{}", d.path);
        }
    }
    assert_eq!(place("something.else", &names, Lang::Da), None);

    // A comparison's link: the scenario's number first.
    let mut second: serde_json::Value = serde_json::from_str(json).unwrap();
    second.as_object_mut().unwrap().remove("investment");
    let bad = format!(r#"{{"version":1,"scenarios":[{json},{second}]}}"#);
    let link = pack(LinkKind::Comparison, bad.as_bytes()).unwrap();
    let message = decode(&link).unwrap_err().message(Lang::Da);
    assert!(
        message.ends_with("Scenarie 2, Investeringen: frikøb af medarbejder: mangler; feltet skal være med (scenarios[1].investment)"),
        "{message}"
    );
}
