//! The scenario document: round trips, number forms, versions, and errors
//! that name the field and say what is allowed.

use afkortning::data::presets::{self, PRESETS};
use afkortning::engine::inputs::Unit;
use afkortning::engine::scenario::{Scenario, CURRENT_VERSION};
use afkortning::engine::validate::Problem;
use afkortning::format::document::{self, read, read_valid, to_json, to_json_compact};
use afkortning::format::document::{DocumentError, DocumentProblem, Expected};
use afkortning::lang::Lang;
use rust_decimal_macros::dec;
use serde_json::{json, Value};

fn preset_value(id: &str) -> Value {
    serde_json::from_str(presets::find(id).expect("preset").document).expect("preset is JSON")
}

/// The realistic preset as a version-2 document (as it was shipped until the
/// presets moved to version 3 for the 2018 alternative): the form most
/// links and files in use have.
fn realistic() -> Value {
    let mut value = preset_value("norddjurs-2018-realistic");
    value["version"] = json!(2);
    let group = value["groups"][0].as_object_mut().expect("a group");
    group.remove("counterfactual");
    let sources = value["sources"].as_object_mut().expect("notes");
    sources.retain(|path, _| !path.contains(".counterfactual.instead."));
    value
}

fn only_error(result: Result<Scenario, Vec<DocumentError>>) -> DocumentError {
    let errors = result.expect_err("the document must be refused");
    assert_eq!(errors.len(), 1, "{errors:?}");
    errors.into_iter().next().unwrap()
}

fn assert_messages(e: &DocumentError) {
    let da = e.message(Lang::Da);
    let en = e.message(Lang::En);
    assert!(!e.problem.message(Lang::Da).trim().is_empty(), "{e:?}");
    assert!(!e.problem.message(Lang::En).trim().is_empty(), "{e:?}");
    assert_ne!(da, en, "{e:?} is not translated");
}

#[test]
fn every_preset_round_trips() {
    for preset in PRESETS {
        let scenario = read(preset.document).unwrap_or_else(|e| panic!("{}: {e:?}", preset.id));
        assert!(
            read_valid(preset.document).is_ok(),
            "{} is valid",
            preset.id
        );
        for text in [to_json(&scenario), to_json_compact(&scenario)] {
            let again = read(&text).unwrap_or_else(|e| panic!("{}: {e:?}", preset.id));
            assert_eq!(again, scenario, "{}", preset.id);
            // Writing what was read gives the same text: the form is stable.
            assert_eq!(to_json(&again), to_json(&scenario), "{}", preset.id);
        }
        assert!(!to_json_compact(&scenario).contains('\n'));
    }
}

#[test]
fn writing_sets_the_current_version() {
    let mut s = read(&realistic().to_string()).unwrap();
    s.version = 0;
    let written: Value = serde_json::from_str(&to_json(&s)).unwrap();
    assert_eq!(written["version"], json!(CURRENT_VERSION));
}

#[test]
fn decimals_are_written_as_strings() {
    let s = read(&realistic().to_string()).unwrap();
    let written: Value = serde_json::from_str(&to_json(&s)).unwrap();
    assert_eq!(written["groups"][0]["indsats"]["monthly"], json!("2700"));
    assert_eq!(written["investment"]["annual_cost"], json!("450000"));
    assert_eq!(written["horizon_months"], json!(12));
}

/// Every decimal string of a document (not texts, tags or keys) as a JSON
/// number.
fn numbers_for_strings(value: &mut Value) {
    const TEXT: [&str; 10] = [
        "name",
        "description",
        "label",
        "text",
        "text_en",
        "kind",
        "source",
        "status",
        "item",
        // A range's input is a field path.
        "input",
    ];
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                if key == "sources" || TEXT.contains(&key.as_str()) {
                    continue;
                }
                if let Value::String(text) = v {
                    *v = match (text.parse::<i64>(), text.parse::<f64>()) {
                        (Ok(n), _) => json!(n),
                        (_, Ok(f)) => json!(f),
                        _ => panic!("{key}: {text} is not a number"),
                    };
                } else {
                    numbers_for_strings(v);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(numbers_for_strings),
        _ => {}
    }
}

#[test]
fn json_numbers_read_as_the_same_values() {
    for preset in PRESETS {
        let mut value: Value = serde_json::from_str(preset.document).unwrap();
        numbers_for_strings(&mut value);
        let text = value.to_string();
        assert!(text.contains("\"cases_shortened\":15"), "{text}");
        assert_eq!(
            read(&text).unwrap(),
            read(preset.document).unwrap(),
            "{}",
            preset.id
        );
    }
    // Fractions typed as numbers are read exactly, not as the nearest binary
    // fraction.
    let mut value = realistic();
    value["groups"][0]["months_shortened"] = json!(1.5);
    value["groups"][0]["indsats"]["monthly"] = json!(0.1);
    value["perspective"]["income_tax_pct"] = json!(24.97);
    let s = read(&value.to_string()).unwrap();
    assert_eq!(s.groups[0].months_shortened, dec!(1.5));
    assert_eq!(s.groups[0].indsats.monthly, dec!(0.1));
    assert_eq!(s.perspective.income_tax_pct, dec!(24.97));
}

#[test]
fn a_missing_version_is_refused_on_the_path_version() {
    let mut value = realistic();
    value.as_object_mut().unwrap().remove("version");
    let e = only_error(read(&value.to_string()));
    assert_eq!(e.path, "version");
    assert_eq!(e.problem, DocumentProblem::MissingVersion);
    assert_messages(&e);
    assert!(e.message(Lang::En).contains("version"));

    // Not a whole number is no better.
    for bad in [json!("1"), json!(1.5), json!(-1), json!(null)] {
        value["version"] = bad.clone();
        let e = only_error(read(&value.to_string()));
        assert_eq!(
            (e.path.as_str(), &e.problem),
            ("version", &DocumentProblem::MissingVersion),
            "{bad}"
        );
    }
}

#[test]
fn version_zero_does_not_exist() {
    let mut value = realistic();
    value["version"] = json!(0);
    let e = only_error(read(&value.to_string()));
    assert_eq!(e.path, "version");
    assert_eq!(
        e.problem,
        DocumentProblem::UnsupportedVersion { version: 0 }
    );
    assert_messages(&e);
    assert!(e.message(Lang::En).contains("does not exist"));
}

#[test]
fn a_newer_version_is_refused_with_a_clear_message() {
    let mut value = realistic();
    value["version"] = json!(99);
    // Fields of that newer version are not even looked at.
    value["a_field_from_the_future"] = json!(true);
    let e = only_error(read(&value.to_string()));
    assert_eq!(e.path, "version");
    assert_eq!(e.problem, DocumentProblem::TooNew { version: 99 });
    assert_messages(&e);
    let en = e.message(Lang::En);
    assert!(
        en.contains("newer version") && en.contains("99") && en.contains("latest"),
        "{en}"
    );
    let da = e.message(Lang::Da);
    assert!(da.contains("nyere udgave") && da.contains("99"), "{da}");
}

#[test]
fn a_wrong_type_deep_inside_names_its_path_and_the_kind_wanted() {
    let mut value = realistic();
    value["groups"][0]["months_shortened"] = json!(true);
    let e = only_error(read(&value.to_string()));
    assert_eq!(e.path, "groups[0].months_shortened");
    assert_eq!(
        e.problem,
        DocumentProblem::WrongType {
            expected: Expected::Number
        }
    );
    assert_messages(&e);
    assert!(
        e.message(Lang::Da).contains("skal være et tal"),
        "{}",
        e.message(Lang::Da)
    );

    let mut value = realistic();
    value["investment"]["months"] = json!("twelve");
    let e = only_error(read(&value.to_string()));
    assert_eq!(e.path, "investment.months");
    // u32::MAX = 4,294,967,295: the largest whole number the field can hold.
    assert_eq!(
        e.problem,
        DocumentProblem::WrongType {
            expected: Expected::WholeNumber { max: 4_294_967_295 }
        }
    );

    let mut value = realistic();
    value["start"]["month"] = json!(-1);
    let e = only_error(read(&value.to_string()));
    assert_eq!(e.path, "start.month");
    assert_eq!(
        e.problem,
        DocumentProblem::WrongType {
            expected: Expected::WholeNumber { max: 255 }
        }
    );
    assert!(
        e.message(Lang::En).contains("a whole number from 0 to 255"),
        "{}",
        e.message(Lang::En)
    );

    // A tag with a name the format does not have lists the names it has.
    let mut value = realistic();
    value["groups"][0]["timing"]["kind"] = json!("sometimes");
    let e = only_error(read(&value.to_string()));
    assert_eq!(e.path, "groups[0].timing.kind");
    assert_eq!(
        e.problem,
        DocumentProblem::WrongType {
            expected: Expected::OneOf(vec!["even", "from_month"])
        }
    );
    assert!(
        e.message(Lang::Da)
            .ends_with("skal være en af: even, from_month"),
        "{}",
        e.message(Lang::Da)
    );

    let mut value = realistic();
    value["groups"][0]["fp"]["rate"] =
        json!({ "source": "table", "year": 2018, "status": "single" });
    let e = only_error(read(&value.to_string()));
    assert_eq!(e.path, "groups[0].fp.rate.status");
    assert_eq!(
        e.problem,
        DocumentProblem::WrongType {
            expected: Expected::OneOf(vec!["enlig", "gift_samlevende"])
        }
    );
}

#[test]
fn a_missing_field_is_named_by_its_own_path() {
    let mut value = realistic();
    value["groups"][0]
        .as_object_mut()
        .unwrap()
        .remove("cases_shortened");
    let e = only_error(read(&value.to_string()));
    assert_eq!(e.path, "groups[0].cases_shortened");
    assert_eq!(e.problem, DocumentProblem::MissingField);
    assert_messages(&e);

    // A tagged object without its tag.
    let mut value = realistic();
    value["groups"][0]["rfy"]["refusion"] = json!({ "weeks_on_benefit": 53 });
    let e = only_error(read(&value.to_string()));
    assert_eq!(e.path, "groups[0].rfy.refusion.source");
    assert_eq!(e.problem, DocumentProblem::MissingField);
}

#[test]
fn an_unknown_field_is_refused_by_name_with_the_fields_allowed() {
    let mut value = realistic();
    value["groups"][0]["colour"] = json!("red");
    let e = only_error(read(&value.to_string()));
    assert_eq!(e.path, "groups[0].colour");
    let DocumentProblem::UnknownField { allowed } = &e.problem else {
        panic!("{e:?}");
    };
    assert!(
        allowed.contains(&"months_shortened") && allowed.len() == 9,
        "{allowed:?}"
    );
    for lang in [Lang::Da, Lang::En] {
        assert!(e.message(lang).contains("colour"), "{}", e.message(lang));
        assert!(
            e.message(lang).contains("handling_per_case"),
            "{}",
            e.message(lang)
        );
    }

    let mut value = realistic();
    value["perspective"]["discount"] = json!("4");
    let e = only_error(read(&value.to_string()));
    assert!(e.message(Lang::En).contains("discount"), "{e:?}");

    // A field of the other variant of a tagged object is unknown here.
    let mut value = realistic();
    value["groups"][0]["timing"] = json!({ "kind": "from_month", "month": 1, "over_months": 3 });
    let e = only_error(read(&value.to_string()));
    assert_eq!(e.path, "groups[0].timing.over_months");
    assert_eq!(
        e.problem,
        DocumentProblem::UnknownField {
            allowed: &["kind", "month"]
        }
    );
}

#[test]
fn shape_problems_are_reported_one_at_a_time_in_reading_order() {
    // Reading stops at the first shape problem. serde_json's Value writes
    // keys sorted, so the text reads "groups" (inside it "colour" before
    // "months_shortened"), then "investment", "name" and "sources". Each fix
    // brings the next problem to light.
    let mut value = realistic();
    value["name"] = json!(7);
    value["groups"][0]["months_shortened"] = json!([]);
    value["groups"][0]["colour"] = json!("red");
    value["investment"]
        .as_object_mut()
        .unwrap()
        .remove("months");
    value["sources"]["horizon_months"]["kind"] = json!("rumour");

    let e = only_error(read(&value.to_string()));
    assert_eq!(e.path, "groups[0].colour");
    assert!(
        matches!(e.problem, DocumentProblem::UnknownField { .. }),
        "{e:?}"
    );

    value["groups"][0].as_object_mut().unwrap().remove("colour");
    let e = only_error(read(&value.to_string()));
    assert_eq!(
        (e.path.as_str(), e.problem),
        (
            "groups[0].months_shortened",
            DocumentProblem::WrongType {
                expected: Expected::Number
            }
        )
    );

    value["groups"][0]["months_shortened"] = json!("3");
    let e = only_error(read(&value.to_string()));
    assert_eq!(
        (e.path.as_str(), e.problem),
        ("investment.months", DocumentProblem::MissingField)
    );

    value["investment"]["months"] = json!(12);
    let e = only_error(read(&value.to_string()));
    assert_eq!(
        (e.path.as_str(), e.problem),
        (
            "name",
            DocumentProblem::WrongType {
                expected: Expected::Text
            }
        )
    );

    value["name"] = json!("Norddjurs");
    let e = only_error(read(&value.to_string()));
    assert_eq!(
        (e.path.as_str(), e.problem),
        (
            "sources.horizon_months.kind",
            DocumentProblem::WrongType {
                expected: Expected::OneOf(vec![
                    "seed_memo",
                    "published",
                    "derived",
                    "assumption",
                    "user"
                ])
            }
        )
    );

    value["sources"]["horizon_months"]["kind"] = json!("published");
    assert!(read(&value.to_string()).is_ok());
}

#[test]
fn a_field_given_twice_is_refused() {
    // serde_json's Value cannot hold a duplicate key, so the text is edited.
    let text = realistic()
        .to_string()
        .replacen("\"name\":", "\"name\":\"A\",\"name\":", 1);
    let e = only_error(read(&text));
    assert_eq!(e.path, "name");
    assert_eq!(e.problem, DocumentProblem::DuplicateField);
    assert_messages(&e);
}

#[test]
fn a_repeated_key_is_refused_where_it_is_first_repeated() {
    // serde_json writes keys sorted, so the document's own "description"
    // comes first; before its "name" go name A, description x, name B and
    // description y. The first repeat read is description x.
    let text = realistic().to_string().replacen(
        "\"name\":",
        "\"name\":\"A\",\"description\":\"x\",\"name\":\"B\",\"description\":\"y\",\"name\":",
        1,
    );
    assert!(text.find("\"description\":") < text.find("\"name\":"));
    let e = only_error(read(&text));
    assert_eq!(
        (e.path.as_str(), e.problem),
        ("description", DocumentProblem::DuplicateField)
    );
}

#[test]
fn a_repeated_key_inside_a_group_or_a_tagged_object_names_its_path() {
    let text = realistic()
        .to_string()
        .replacen("\"label\":", "\"label\":\"A\",\"label\":", 1);
    let e = only_error(read(&text));
    assert_eq!(
        (e.path.as_str(), e.problem),
        ("groups[0].label", DocumentProblem::DuplicateField)
    );

    let text = realistic().to_string().replacen(
        "\"kind\":\"even\"",
        "\"kind\":\"even\",\"kind\":\"from_month\"",
        1,
    );
    let e = only_error(read(&text));
    assert_eq!(
        (e.path.as_str(), e.problem),
        ("groups[0].timing.kind", DocumentProblem::DuplicateField)
    );
}

#[test]
fn a_repeated_key_in_sources_is_refused_not_overwritten() {
    // A map would keep the second note silently; which was meant cannot be
    // known.
    let mut value = realistic();
    let note = json!({ "kind": "user", "text": "første" });
    value["sources"] = json!({ "horizon_months": note });
    let once = value.to_string();
    assert!(read(&once).is_ok());
    let twice = once.replacen(
        "\"horizon_months\":{",
        "\"horizon_months\":{\"kind\":\"user\",\"text\":\"anden\"},\"horizon_months\":{",
        1,
    );
    let e = only_error(read(&twice));
    assert_eq!(
        (e.path.as_str(), &e.problem),
        ("sources.horizon_months", &DocumentProblem::DuplicateField)
    );
    assert_eq!(
        e.message(Lang::En),
        "sources.horizon_months: appears more than once"
    );
    assert_eq!(
        e.message(Lang::Da),
        "sources.horizon_months: står der mere end én gang"
    );
}

#[test]
fn source_notes_past_the_limit_are_refused_even_when_each_is_valid() {
    // 2,000 notes are allowed; the 2,001st is one too many.
    let mut value = realistic();
    let notes = |n: usize| -> serde_json::Map<String, Value> {
        (0..n)
            .map(|i| (format!("k{i}"), json!({ "kind": "user", "text": "x" })))
            .collect()
    };
    value["sources"] = Value::Object(notes(2000));
    assert_eq!(
        read(&value.to_string()).expect("2000 notes").sources.len(),
        2000
    );
    value["sources"] = Value::Object(notes(2001));
    let e = only_error(read(&value.to_string()));
    assert_eq!(
        (e.path.as_str(), e.problem),
        (
            "sources",
            DocumentProblem::Invalid(Problem::TooMany { max: 2000 })
        )
    );
}

#[test]
fn a_file_with_too_many_source_notes_is_refused_before_they_are_read() {
    // 150,000 members fit in the 2 MB a file may have. Checking each key
    // against all before it took over a minute; now the keys are sorted.
    let mut doc = realistic();
    let notes: serde_json::Map<String, Value> =
        (0..150_000).map(|i| (format!("k{i}"), json!(0))).collect();
    doc["sources"] = Value::Object(notes);
    let text = doc.to_string();
    assert!(
        text.len() < document::MAX_DOCUMENT_BYTES,
        "{} bytes",
        text.len()
    );
    let e = only_error(read(&text));
    assert_eq!(e.path, "sources");
    assert_eq!(
        e.problem,
        DocumentProblem::Invalid(Problem::TooMany { max: 2000 })
    );
    assert_eq!(
        e.problem.message(Lang::En),
        "must have at most 2000 entries"
    );
    assert_messages(&e);
}

#[test]
fn json_numbers_give_decimals_digit_for_digit() {
    // 0.1 has no exact binary form; 12345678901234567.89 has more digits than
    // a float keeps (about 17); 1.5e3 = 1500. Read from their digits, all three
    // come out exactly as written.
    let mut value = realistic();
    value["groups"][0]["months_shortened"] = json!(0.1);
    let text = value
        .to_string()
        .replacen("\"monthly\":\"2700\"", "\"monthly\":1.5e3", 1)
        .replacen(
            "\"annual_cost\":\"450000\"",
            "\"annual_cost\":12345678901234567.89",
            1,
        );
    let s = read(&text).expect("numbers are accepted");
    assert_eq!(s.groups[0].months_shortened, dec!(0.1));
    assert_eq!(s.groups[0].indsats.monthly, dec!(1500));
    assert_eq!(s.investment.annual_cost, dec!(12345678901234567.89));
}

#[test]
fn not_json_and_not_an_object_are_refused() {
    // The text breaks at line 1, character 15: the end, where a field should follow.
    let e = only_error(read("{\"version\": 1,"));
    assert_eq!(e.path, "");
    assert_eq!(
        e.problem,
        DocumentProblem::NotJson {
            line: 1,
            column: 15
        }
    );
    assert_messages(&e);
    assert!(
        e.message(Lang::Da).contains("linje 1, tegn 15"),
        "{}",
        e.message(Lang::Da)
    );

    let e = only_error(read("[1, 2]"));
    assert_eq!(
        e.problem,
        DocumentProblem::WrongType {
            expected: Expected::Object
        }
    );
    assert_messages(&e);

    let too_long = " ".repeat(document::MAX_DOCUMENT_BYTES + 1);
    let e = only_error(read(&too_long));
    assert!(matches!(
        e.problem,
        DocumentProblem::Invalid(Problem::TooLong { .. })
    ));
}

#[test]
fn reading_keeps_values_out_of_range() {
    let mut value = realistic();
    value["groups"][0]["months_shortened"] = json!("61");
    let text = value.to_string();
    let s = read(&text).expect("the shape is right");
    assert_eq!(s.groups[0].months_shortened, dec!(61));
    assert!(read_valid(&text).is_err());
}

#[test]
fn read_valid_reports_every_range_error_with_what_is_allowed() {
    let mut value = realistic();
    value["horizon_months"] = json!(0);
    value["groups"][0]["months_shortened"] = json!("61");
    value["groups"][0]["indsats"]["monthly"] = json!("-5");
    value["investment"]["full_time_hours"] = json!("0.5");
    value["perspective"]["discount_pct"] = json!("101");
    value["perspective"]["rate_adjustment_pct"] = json!("-60");
    let errors = read_valid(&value.to_string()).expect_err("out of range");

    // (path, max, unit in English, unit in Danish)
    let expected = [
        ("horizon_months", "240", "months", "måneder"),
        ("groups[0].months_shortened", "60", "months", "måneder"),
        (
            "groups[0].indsats.monthly",
            "1,000,000",
            "kr. per month",
            "kr. pr. måned",
        ),
        (
            "investment.full_time_hours",
            "100",
            "hours per week",
            "timer pr. uge",
        ),
        ("perspective.discount_pct", "100", "%", "%"),
        ("perspective.rate_adjustment_pct", "100", "%", "%"),
    ];
    let mut paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    paths.sort_unstable();
    let mut expected_paths: Vec<&str> = expected.iter().map(|e| e.0).collect();
    expected_paths.sort_unstable();
    assert_eq!(paths, expected_paths);

    for (path, max, unit_en, unit_da) in expected {
        let e = errors.iter().find(|e| e.path == path).unwrap();
        assert!(
            matches!(
                e.problem,
                DocumentProblem::Invalid(Problem::OutOfRange { .. })
            ),
            "{path}: {e:?}"
        );
        assert_messages(&e.clone());
        let en = e.message(Lang::En);
        let da = e.message(Lang::Da);
        assert!(en.starts_with(path) && da.starts_with(path), "{en} / {da}");
        assert!(en.contains("must be a number from"), "{en}");
        assert!(en.contains(max) && en.contains(unit_en), "{en}");
        assert!(da.contains("skal være et tal fra"), "{da}");
        assert!(
            da.contains(&max.replace(',', ".")) && da.contains(unit_da),
            "{da}"
        );
    }
    // The rate adjustment names its negative lower limit.
    let e = errors
        .iter()
        .find(|e| e.path == "perspective.rate_adjustment_pct")
        .unwrap();
    assert_eq!(
        e.problem,
        DocumentProblem::Invalid(Problem::OutOfRange {
            min: dec!(-50),
            max: dec!(100),
            unit: Unit::Pct
        })
    );
    assert!(e.message(Lang::En).contains("-50"));
}

#[test]
fn ranges_and_sources_round_trip() {
    let mut value = realistic();
    value["ranges"] = json!([
        { "input": "groups[0].indsats.monthly", "low": "1000", "likely": "2700", "high": "8000" },
        { "input": "investment.annual_cost", "low": "400000", "high": "500000" }
    ]);
    let text = value.to_string();
    let s = read_valid(&text).expect("valid");
    assert_eq!(s.ranges.len(), 2);
    assert_eq!(s.ranges[1].likely, None);
    assert_eq!(read(&to_json(&s)).unwrap(), s);
    // An absent `likely` stays absent when written.
    let written: Value = serde_json::from_str(&to_json(&s)).unwrap();
    assert!(written["ranges"][1].get("likely").is_none());
    assert_eq!(
        s.sources.len(),
        realistic()["sources"].as_object().unwrap().len()
    );
}

#[test]
fn defaults_fill_optional_fields() {
    let mut value = realistic();
    let obj = value.as_object_mut().unwrap();
    obj.remove("description");
    obj.remove("perspective");
    obj.remove("sources");
    value["groups"][0]
        .as_object_mut()
        .unwrap()
        .remove("handling_per_case");
    let inv = value["investment"].as_object_mut().unwrap();
    inv.remove("overhead_pct");
    inv.remove("from_month");
    let s = read_valid(&value.to_string()).expect("valid with defaults");
    assert_eq!(s.description, "");
    assert!(!s.perspective.include_income_tax);
    assert_eq!(s.perspective.income_tax_pct, dec!(25));
    assert_eq!(s.perspective.discount_pct, dec!(0));
    assert_eq!(s.investment.from_month, 1);
    assert_eq!(s.investment.overhead_pct, dec!(0));
    assert_eq!(s.groups[0].handling_per_case, dec!(0));
    assert!(s.sources.is_empty());
}

/// The complete example in `docs/scenario-format.md` is a valid document
/// with the result the text beside it states.
#[test]
fn the_documented_example_reads_and_evaluates() {
    let doc = include_str!("../docs/scenario-format.md");
    let section = doc
        .split("## Complete example")
        .nth(1)
        .expect("the format doc has a complete example");
    let example = section
        .split("```json")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("a json block");
    let s = read_valid(example).expect("the example is valid");
    let out = afkortning::engine::evaluate(&s).expect("it evaluates");
    // 45 × (11,282 × 0.8 + 2,700 × 0.5 − 18,642 × 0.8) − 182,432.43.
    assert_eq!(out.net.kommune.round_dp(2), dec!(-386642.43));
    // The same inputs as the preset it is taken from.
    let preset = read(presets::find("norddjurs-2018-realistic").unwrap().document).unwrap();
    assert_eq!(s.groups, preset.groups);
    assert_eq!(s.investment, preset.investment);
    assert_eq!(s.perspective, preset.perspective);
    assert_eq!(
        (s.start, s.horizon_months),
        (preset.start, preset.horizon_months)
    );
}

#[test]
fn a_json_number_reads_as_its_digits() {
    // 1.5e3 = 1.5 × 1000 = 1500; 2700.5 has an exact binary form, 2700.51
    // does not (as a float it is 2700.510000000000218…): both come out as
    // written.
    let text = realistic()
        .to_string()
        .replacen("\"monthly\":\"2700\"", "\"monthly\":1.5e3", 1)
        .replacen("\"annual_cost\":\"450000\"", "\"annual_cost\":2700.5", 1)
        .replacen("\"hours_per_week\":\"15\"", "\"hours_per_week\":2700.51", 1);
    let s = read(&text).expect("numbers are accepted");
    assert_eq!(s.groups[0].indsats.monthly, dec!(1500));
    assert_eq!(s.investment.annual_cost, dec!(2700.5));
    assert_eq!(s.investment.hours_per_week, dec!(2700.51));
    // Written back as strings.
    let written: Value = serde_json::from_str(&to_json(&s)).unwrap();
    assert_eq!(written["investment"]["annual_cost"], json!("2700.5"));
    assert_eq!(written["groups"][0]["indsats"]["monthly"], json!("1500"));
    // A number too large for a decimal is the wrong kind of value, not a
    // rounded one.
    let text =
        realistic()
            .to_string()
            .replacen("\"annual_cost\":\"450000\"", "\"annual_cost\":1e400", 1);
    let e = only_error(read(&text));
    assert_eq!(
        (e.path.as_str(), e.problem),
        (
            "investment.annual_cost",
            DocumentProblem::WrongType {
                expected: Expected::Number
            }
        )
    );
}

#[test]
fn a_shape_problem_speaks_danish_and_english() {
    let mut value = realistic();
    value["groups"][0]["timing"]["kind"] = json!("sometimes");
    let e = only_error(read(&value.to_string()));
    assert_eq!(
        e.message(Lang::Da),
        "groups[0].timing.kind: skal være en af: even, from_month"
    );
    assert_eq!(
        e.message(Lang::En),
        "groups[0].timing.kind: must be one of: even, from_month"
    );

    let mut value = realistic();
    value["investment"]["months"] = json!(1.5);
    let e = only_error(read(&value.to_string()));
    assert_eq!(
        e.message(Lang::Da),
        "investment.months: skal være et helt tal fra 0 til 4294967295"
    );
    assert_eq!(
        e.message(Lang::En),
        "investment.months: must be a whole number from 0 to 4294967295"
    );

    let mut value = realistic();
    value["groups"][0]["colour"] = json!("red");
    let e = only_error(read(&value.to_string()));
    assert_eq!(
        e.message(Lang::En),
        "groups[0].colour: is not a field here (allowed: label, cases_reviewed, \
         cases_shortened, months_shortened, timing, rfy, indsats, fp, handling_per_case)"
    );
    assert!(e
        .message(Lang::Da)
        .starts_with("groups[0].colour: er ikke et felt her (tilladte: label, "));
}

#[test]
fn a_list_where_an_object_belongs_is_refused() {
    // serde could read a struct from its fields in order; the format has no
    // such form.
    let mut value = realistic();
    value["start"] = json!([2018, 1]);
    let e = only_error(read(&value.to_string()));
    assert_eq!(
        (e.path.as_str(), e.problem),
        (
            "start",
            DocumentProblem::WrongType {
                expected: Expected::Object
            }
        )
    );
    let mut value = realistic();
    value["groups"][0]["timing"] = json!(["even", 1, 10]);
    let e = only_error(read(&value.to_string()));
    assert_eq!(e.path, "groups[0].timing");
    let mut value = realistic();
    value["sources"] = json!([]);
    let e = only_error(read(&value.to_string()));
    assert_eq!(
        (e.path.as_str(), e.problem),
        (
            "sources",
            DocumentProblem::WrongType {
                expected: Expected::Object
            }
        )
    );
}

#[test]
fn a_tag_or_name_that_is_not_text_lists_the_names() {
    let mut value = realistic();
    value["groups"][0]["rfy"]["refusion"]["source"] = json!(1);
    let e = only_error(read(&value.to_string()));
    assert_eq!(
        (e.path.as_str(), e.problem),
        (
            "groups[0].rfy.refusion.source",
            DocumentProblem::WrongType {
                expected: Expected::OneOf(vec!["trappe", "custom"])
            }
        )
    );
}

#[test]
fn a_field_of_a_variant_needs_a_value_and_the_variant_needs_its_fields() {
    // `null` is not "left out" where the field has no default.
    let mut value = realistic();
    value["groups"][0]["timing"]["over_months"] = json!(null);
    let e = only_error(read(&value.to_string()));
    assert_eq!(
        (e.path.as_str(), e.problem),
        (
            "groups[0].timing.over_months",
            DocumentProblem::WrongType {
                expected: Expected::WholeNumber { max: 4_294_967_295 }
            }
        )
    );
    let mut value = realistic();
    value["groups"][0]["fp"]["rate"] = json!({ "source": "custom" });
    let e = only_error(read(&value.to_string()));
    assert_eq!(
        (e.path.as_str(), e.problem),
        ("groups[0].fp.rate.monthly", DocumentProblem::MissingField)
    );
    let mut value = realistic();
    value["groups"][0]["indsats"]["refusion"] = json!({ "source": "by_year", "pct": "50" });
    let e = only_error(read(&value.to_string()));
    assert_eq!(
        (e.path.as_str(), e.problem),
        (
            "groups[0].indsats.refusion.pct",
            DocumentProblem::UnknownField {
                allowed: &["source"]
            }
        )
    );
}

/// Every object of a document refuses a field it does not have, naming it
/// and listing the fields it does have (so no object type is missing from
/// the lists the reader consults).
#[test]
fn every_object_refuses_an_unknown_field_listing_its_own() {
    /// Each object inside `value`: its field path and its JSON pointer.
    fn objects(value: &Value, path: String, pointer: String, out: &mut Vec<(String, String)>) {
        let member = |key: &str| {
            let inner = if path.is_empty() {
                key.to_string()
            } else {
                format!("{path}.{key}")
            };
            let escaped = key.replace('~', "~0").replace('/', "~1");
            (inner, format!("{pointer}/{escaped}"))
        };
        match value {
            Value::Object(map) => {
                out.push((path.clone(), pointer.clone()));
                for (key, v) in map {
                    let (inner, inner_pointer) = member(key);
                    if inner == "sources" {
                        // The notes' keys are free; each note is an object.
                        for (k, note) in v.as_object().unwrap() {
                            let escaped = k.replace('~', "~0").replace('/', "~1");
                            objects(
                                note,
                                format!("sources.{k}"),
                                format!("/sources/{escaped}"),
                                out,
                            );
                        }
                    } else {
                        objects(v, inner, inner_pointer, out);
                    }
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    objects(item, format!("{path}[{i}]"), format!("{pointer}/{i}"), out);
                }
            }
            _ => {}
        }
    }
    let mut value = realistic();
    value["ranges"] = json!([{ "input": "horizon_months", "low": "6", "high": "24" }]);
    let mut found = Vec::new();
    objects(&value, String::new(), String::new(), &mut found);
    // The document, start, group, timing, rfy/fp with rate and refusion,
    // indsats and its refusion, investment, perspective, a range and the
    // notes: every kind of object at least once.
    assert!(found.len() > 15, "{found:?}");
    let checks = found.into_iter().map(|f| (value.clone(), f));
    // Version 3's objects: destinations and each destination, the
    // counterfactual with its alternative and lasting, cost lines and their
    // bases.
    let v3 = version_3_document();
    let mut found_v3 = Vec::new();
    objects(&v3, String::new(), String::new(), &mut found_v3);
    for object in [
        "groups[0].destinations",
        "groups[0].destinations.fleksjob",
        "groups[0].counterfactual",
        "groups[0].counterfactual.instead",
        "groups[0].counterfactual.lasting",
        "costs[0]",
        "costs[2].basis",
    ] {
        assert!(found_v3.iter().any(|(p, _)| p == object), "{object}");
    }
    let checks = checks.chain(found_v3.into_iter().map(|f| (v3.clone(), f)));
    for (value, (path, pointer)) in checks {
        let mut changed = value.clone();
        changed.pointer_mut(&pointer).unwrap()["zz_unknown"] = json!(1);
        let e = only_error(read(&changed.to_string()));
        let wanted = if path.is_empty() {
            "zz_unknown".to_string()
        } else {
            format!("{path}.zz_unknown")
        };
        assert_eq!(e.path, wanted);
        let DocumentProblem::UnknownField { allowed } = e.problem else {
            panic!("{path}: {e:?}");
        };
        let own = value.pointer(&pointer).unwrap().as_object().unwrap();
        assert!(
            own.keys().all(|k| allowed.contains(&k.as_str())),
            "{path}: {allowed:?}"
        );
    }
}

#[test]
fn a_saved_library_reads_each_scenario_as_a_document_of_its_own() {
    let claimed = presets::find("norddjurs-2018-claimed").unwrap().document;
    let realistic_text = realistic().to_string();
    let list = format!("[{claimed},{realistic_text}]");
    let read_back = document::read_list(&list).expect("a list of two documents");
    assert_eq!(
        read_back,
        vec![read(claimed).unwrap(), read(&realistic_text).unwrap()]
    );
    // One scenario that cannot be read, an empty list, or not a list: no
    // library (the app keeps the text aside and says so).
    // The preset is stored as version 2; the first version this build does
    // not read is the one after the current (3 + 1 = 4).
    let newer = realistic_text.replacen(
        "\"version\":2",
        &format!("\"version\":{}", CURRENT_VERSION + 1),
        1,
    );
    assert_ne!(newer, realistic_text);
    for bad in [
        format!("[{claimed},{newer}]"),
        "[]".to_string(),
        realistic_text.clone(),
        "[1,".to_string(),
    ] {
        assert_eq!(document::read_list(&bad), None, "{bad:.40}");
    }
}

#[test]
fn text_that_is_neither_json_nor_an_object_says_where_it_breaks() {
    // A list cut short: not JSON is the first thing wrong with it, at the
    // end of its 5 characters.
    let e = only_error(read("[1, 2"));
    assert_eq!(e.problem, DocumentProblem::NotJson { line: 1, column: 6 });
}

#[test]
fn a_version_that_is_not_a_plain_whole_number_is_missing() {
    // 1e0 and 1.0 equal 1 but are not written as a whole number; 2^64 does
    // not fit.
    let text = realistic().to_string();
    for version in ["1e0", "1.0", "18446744073709551616", "[1]", "{\"v\":1}"] {
        let e = only_error(read(&text.replacen(
            "\"version\":2",
            &format!("\"version\":{version}"),
            1,
        )));
        assert_eq!(
            (e.path.as_str(), e.problem),
            ("version", DocumentProblem::MissingVersion),
            "{version}"
        );
    }
    // Given twice, which was meant cannot be known.
    let e = only_error(read(&text.replacen(
        "\"version\":2",
        "\"version\":2,\"version\":2",
        1,
    )));
    assert_eq!(
        (e.path.as_str(), e.problem),
        ("version", DocumentProblem::DuplicateField)
    );
}

// --- Version 3: destinations, the counterfactual and cost lines ------------

/// The realistic preset as a version-3 document with every new field:
/// four groups with each kind of alternative and both kinds of lasting,
/// destinations, and a cost line of each basis.
fn version_3_document() -> Value {
    let mut value = realistic();
    value["version"] = json!(3);
    let group = value["groups"][0].clone();
    let with = |extra: Value| {
        let mut g = group.clone();
        for (k, v) in extra.as_object().unwrap() {
            g[k] = v.clone();
        }
        g
    };
    value["groups"] = json!([
        with(json!({
            "granted_pct": "50",
            "months_left": "24",
            "destinations": {
                "fleksjob": {
                    "share_pct": "25",
                    "monthly": "18900",
                    "refusion": { "source": "trappe", "weeks_on_benefit": 53 }
                },
                "kontanthjaelp": {
                    "share_pct": "10",
                    "monthly": "13061",
                    "refusion": { "source": "custom", "pct": "20" }
                },
                "job_pct": "4"
            },
            "counterfactual": {
                "anyway_pct": "56",
                "instead": {
                    "kind": "typed",
                    "monthly": "9500.50",
                    "refusion": { "source": "custom", "pct": "30" }
                },
                "lasting": { "kind": "months", "months": 216 }
            }
        })),
        with(json!({
            "counterfactual": {
                "anyway_pct": "60",
                "instead": { "kind": "kontanthjaelp" },
                "lasting": { "kind": "until_horizon" }
            }
        })),
        with(json!({
            "counterfactual": {
                "anyway_pct": "0",
                "instead": { "kind": "fleksjob" },
                "lasting": { "kind": "months", "months": 0 }
            }
        })),
        with(json!({
            "counterfactual": {
                "anyway_pct": "75",
                "instead": { "kind": "job" },
                "lasting": { "kind": "until_horizon" }
            }
        })),
    ]);
    value["costs"] = json!([
        { "label": "Helbredsfaglig rådgivning", "amount": "2000",
          "basis": { "kind": "per_reviewed_case" } },
        { "label": "Sagsforberedelse", "amount": "8600", "state_pct": "50",
          "basis": { "kind": "per_shortened_case" } },
        { "label": "Mentor", "amount": "45000",
          "basis": { "kind": "monthly", "from_month": 3, "months": 24 } },
        { "label": "Opstart", "amount": "25000",
          "basis": { "kind": "one_off", "month": 1 } }
    ]);
    value
}

#[test]
fn a_version_3_document_with_every_new_field_round_trips_exactly() {
    use afkortning::engine::scenario::*;
    let value = version_3_document();
    let s = read(&value.to_string()).expect("reads");
    // What was read, in the model.
    let g = &s.groups[0];
    assert_eq!(g.granted_pct, dec!(50));
    assert_eq!(g.months_left, Some(dec!(24)));
    assert_eq!(
        g.destinations.share_pct(DestinationKind::Fp),
        Some(dec!(61))
    );
    assert_eq!(
        g.counterfactual.instead,
        Instead::Typed {
            monthly: dec!(9500.50),
            refusion: BenefitRefusion::Custom { pct: dec!(30) }
        }
    );
    assert_eq!(g.counterfactual.lasting, Lasting::Months(216));
    assert_eq!(s.groups[1].counterfactual.instead, Instead::Kontanthjaelp);
    assert_eq!(s.groups[1].counterfactual.lasting, Lasting::UntilHorizon);
    assert_eq!(s.groups[2].counterfactual.instead, Instead::Fleksjob);
    assert_eq!(s.groups[3].counterfactual.instead, Instead::Job);
    assert_eq!(
        s.costs.iter().map(|c| c.basis.clone()).collect::<Vec<_>>(),
        [
            CostBasis::PerReviewedCase,
            CostBasis::PerShortenedCase,
            CostBasis::Monthly {
                from_month: 3,
                months: 24
            },
            CostBasis::OneOff { month: 1 },
        ]
    );
    assert_eq!(s.costs[1].state_pct, dec!(50));
    assert_eq!(s.costs[0].state_pct, dec!(0));
    // Written back, the new parts are exactly what was given (decimals as
    // strings, tags and fields as they were), and reading that again gives
    // the same scenario.
    for text in [to_json(&s), to_json_compact(&s)] {
        let written: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(written["version"], json!(3));
        assert_eq!(written["costs"], value["costs"]);
        for (i, g) in value["groups"].as_array().unwrap().iter().enumerate() {
            for field in [
                "granted_pct",
                "months_left",
                "destinations",
                "counterfactual",
            ] {
                // A group with an anyway share below 100 % gets its
                // destinations written in full even where the document left
                // them out: their amounts then matter, and a later build's
                // defaults must not change them. The defaults are table
                // figures (2026: 13,061 and 19,616 kr.), written as such.
                let pinned = field == "destinations"
                    && g.get(field).is_none()
                    && s.groups[i].counterfactual.anyway_pct != dec!(100);
                if pinned {
                    let d = &written["groups"][i]["destinations"];
                    assert_eq!(
                        d["kontanthjaelp"]["rate"],
                        json!({"year": 2026, "item": "forhojet_sats"})
                    );
                    assert_eq!(d["kontanthjaelp"].get("monthly"), None);
                    assert_eq!(
                        d["fleksjob"]["rate"],
                        json!({"year": 2026, "item": "ledighedsydelse"})
                    );
                    assert_eq!(d["kontanthjaelp"]["share_pct"], json!("0"));
                } else {
                    assert_eq!(written["groups"][i].get(field), g.get(field), "{i} {field}");
                }
            }
        }
        assert_eq!(read(&text).unwrap(), s);
    }
    // And it is a valid scenario that evaluates.
    let valid = read_valid(&value.to_string()).expect("valid");
    assert!(afkortning::engine::evaluate(&valid).is_ok());
}

#[test]
fn a_version_3_document_leaving_out_the_new_fields_means_what_version_2_meant() {
    let v2 = realistic();
    assert_eq!(v2["version"], json!(2));
    let from_v2 = read(&v2.to_string()).unwrap();
    let mut v3 = v2.clone();
    v3["version"] = json!(3);
    let from_v3 = read(&v3.to_string()).unwrap();
    assert_eq!(from_v3, from_v2);
    // Spelled out: every case granted, no cap, all to FP, all of them
    // anyway (the others, were the share lowered, on kontanthjælp to the
    // horizon), no cost lines.
    let mut spelled = v3.clone();
    let g = &mut spelled["groups"][0];
    g["granted_pct"] = json!("100");
    g["destinations"] = json!({});
    g["counterfactual"] = json!({
        "anyway_pct": "100",
        "instead": { "kind": "kontanthjaelp" },
        "lasting": { "kind": "until_horizon" }
    });
    spelled["costs"] = json!([]);
    assert_eq!(read(&spelled.to_string()).unwrap(), from_v2);
    // Writing the defaults leaves them out again.
    let written: Value = serde_json::from_str(&to_json(&from_v3)).unwrap();
    for field in [
        "granted_pct",
        "months_left",
        "destinations",
        "counterfactual",
    ] {
        assert!(written["groups"][0].get(field).is_none(), "{field}");
    }
    assert!(written.get("costs").is_none());
    // Version 2 does not know the new fields: refused by name.
    let mut wrong = v2;
    wrong["costs"] = json!([]);
    let e = only_error(read(&wrong.to_string()));
    assert_eq!(e.path, "costs");
    assert!(matches!(e.problem, DocumentProblem::UnknownField { .. }));
}

#[test]
fn a_tagged_object_of_version_3_refuses_fields_of_another_kind_by_path() {
    let cases: [(&str, Value, &str, DocumentProblem); 8] = [
        (
            "/groups/0/counterfactual/instead",
            json!({ "kind": "kontanthjaelp", "monthly": "13061" }),
            "groups[0].counterfactual.instead.monthly",
            DocumentProblem::UnknownField { allowed: &["kind"] },
        ),
        (
            "/groups/0/counterfactual/instead",
            json!({ "kind": "typed", "monthly": "13061" }),
            "groups[0].counterfactual.instead.refusion",
            DocumentProblem::MissingField,
        ),
        (
            "/groups/1/counterfactual/lasting",
            json!({ "kind": "months" }),
            "groups[1].counterfactual.lasting.months",
            DocumentProblem::MissingField,
        ),
        (
            "/groups/1/counterfactual/lasting",
            json!({ "kind": "until_horizon", "months": 12 }),
            "groups[1].counterfactual.lasting.months",
            DocumentProblem::UnknownField { allowed: &["kind"] },
        ),
        (
            "/costs/0/basis",
            json!({ "kind": "per_reviewed_case", "month": 2 }),
            "costs[0].basis.month",
            DocumentProblem::UnknownField { allowed: &["kind"] },
        ),
        (
            "/costs/2/basis",
            json!({ "kind": "monthly", "from_month": 3, "months": 24, "month": 3 }),
            "costs[2].basis.month",
            DocumentProblem::UnknownField {
                allowed: &["kind", "from_month", "months"],
            },
        ),
        (
            "/costs/2/basis",
            json!({ "kind": "monthly", "from_month": 3 }),
            "costs[2].basis.months",
            DocumentProblem::MissingField,
        ),
        (
            "/costs/3/basis",
            json!({ "kind": "one_off" }),
            "costs[3].basis.month",
            DocumentProblem::MissingField,
        ),
    ];
    for (pointer, replacement, path, problem) in cases {
        let mut value = version_3_document();
        *value.pointer_mut(pointer).unwrap() = replacement;
        let e = only_error(read(&value.to_string()));
        assert_eq!((e.path.as_str(), &e.problem), (path, &problem), "{pointer}");
        assert_messages(&e);
    }
    // A kind that does not exist is refused at the kind, naming the kinds.
    let mut value = version_3_document();
    value["costs"][0]["basis"]["kind"] = json!("weekly");
    let e = only_error(read(&value.to_string()));
    assert_eq!(e.path, "costs[0].basis.kind");
    let en = e.message(Lang::En);
    assert!(
        en.contains("one_off") && en.contains("per_reviewed_case"),
        "{en}"
    );
}

/// A destination's amount from its table: `rate` (year and item) in place
/// of `monthly`, added to version 3 without changing what a document with
/// `monthly` means.
#[test]
fn a_destinations_table_figure_round_trips_and_a_typed_one_stays_typed() {
    use afkortning::engine::scenario::*;
    let mut value = version_3_document();
    let d = &mut value["groups"][0]["destinations"];
    d["fleksjob"] = json!({
        "share_pct": "25",
        "rate": { "year": 2027, "item": "max_flekslontilskud" },
        "refusion": { "source": "trappe", "weeks_on_benefit": 53 }
    });
    let s = read(&value.to_string()).expect("reads");
    let g = &s.groups[0];
    assert_eq!(
        g.destinations.fleksjob.rate,
        Rate::Table {
            year: 2027,
            status: FleksjobItem::MaxFlekslontilskud
        }
    );
    // The first version-3 documents typed every amount: "monthly": "13061"
    // is the forhøjet sats 2026 to the krone, and still a typed amount.
    assert_eq!(
        g.destinations.kontanthjaelp.rate,
        Rate::Custom {
            monthly: dec!(13061)
        }
    );
    for text in [to_json(&s), to_json_compact(&s)] {
        let written: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            written["groups"][0]["destinations"],
            value["groups"][0]["destinations"]
        );
        assert_eq!(read(&text).unwrap(), s);
    }
}

#[test]
fn a_destination_with_both_amounts_neither_or_another_tables_item_is_refused() {
    let with = |fleksjob: Value| {
        let mut value = version_3_document();
        value["groups"][0]["destinations"]["fleksjob"] = fleksjob;
        read(&value.to_string())
    };
    let refusion = json!({ "source": "trappe", "weeks_on_benefit": 53 });
    let both = only_error(with(json!({
        "share_pct": "25",
        "monthly": "18900",
        "rate": { "year": 2026, "item": "ledighedsydelse" },
        "refusion": refusion
    })));
    assert_eq!(both.path, "groups[0].destinations.fleksjob.rate");
    assert!(matches!(both.problem, DocumentProblem::UnknownField { .. }));
    assert_messages(&both);
    let neither = only_error(with(json!({ "share_pct": "25", "refusion": refusion })));
    assert_eq!(neither.path, "groups[0].destinations.fleksjob.monthly");
    assert_eq!(neither.problem, DocumentProblem::MissingField);
    // Grundsats is a kontanthjælp figure, not a fleksjob one.
    let other = only_error(with(json!({
        "share_pct": "25",
        "rate": { "year": 2026, "item": "grundsats" },
        "refusion": refusion
    })));
    assert_eq!(other.path, "groups[0].destinations.fleksjob.rate.item");
    assert_eq!(
        other.problem,
        DocumentProblem::WrongType {
            expected: Expected::OneOf(vec!["ledighedsydelse", "max_flekslontilskud"])
        }
    );
    assert_messages(&other);
}
