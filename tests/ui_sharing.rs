#![cfg(target_arch = "wasm32")]
//! Component tests of scenarios, share links and files in headless Chromium.
//! Links come from `tests/fixtures/links/` (made by the first link version),
//! so a link made today keeps opening in later versions of the app.
//!
//! The stored first-version link to the claimed Norddjurs preset (indsats
//! 34,417) asked for the 2018 RFY row, since corrected from the estimate
//! 11,365.86 to 11,282: 45 × (9,025.60 + 17,208.50 − 14,913.60) −
//! 182,432.43 = 326,990.07 kr. for the kommune (`tests/format_link.rs`), so
//! its headline reads "326.990 kr." "besparelse" and the results name the
//! correction; the default preset reads "407.866 kr." "merudgift".

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlInputElement, InputEvent, InputEventInit, KeyboardEvent, KeyboardEventInit};

use afkortning::data::presets::PRESETS;
use afkortning::engine::Scenario;
use afkortning::format::link;
use afkortning::ui::storage::{
    ACTIVE_KEY, LANG_KEY, LIBRARY_KEY, MEETING_KEY, PRESET_KEY, SCENARIO_KEY,
};
use afkortning::ui::view::{qr_drawing, qr_scans_at, QR_SMALL_PX};

mod incompressible;
mod ui_support;
use ui_support::*;

wasm_bindgen_test_configure!(run_in_browser);

const CLAIMED_LINK: &str = include_str!("fixtures/links/v1-scenario-norddjurs-2018-claimed.txt");
const INDSATS: &str = "groups[0].indsats.monthly";

/// Puts `fragment` after the `#` of the page's address without a reload.
fn set_hash(fragment: &str) {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    let url = if fragment.is_empty() {
        path
    } else {
        format!("{path}#{fragment}")
    };
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .unwrap();
}

impl Mounted {
    fn tabs(&self) -> Vec<String> {
        let list = self
            .root
            .query_selector_all("[data-testid^=\"scenario-tab-\"]")
            .unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
            .collect()
    }

    /// Chooses a file with `text` in the import field.
    async fn import(&self, name: &str, text: &str) {
        let parts = js_sys::Array::of1(&text.into());
        let file = web_sys::File::new_with_str_sequence(&parts, name).unwrap();
        let transfer = web_sys::DataTransfer::new().unwrap();
        transfer.items().add_with_file(&file).unwrap();
        let input: HtmlInputElement = self.get("import-json").unwrap().dyn_into().unwrap();
        input.set_files(transfer.files().as_ref());
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        let event = web_sys::Event::new_with_event_init_dict("change", &init).unwrap();
        input.dispatch_event(&event).unwrap();
        for _ in 0..20 {
            // A file read is a promise: give the browser time.
            sleep(50).await;
            if self.get("import-errors").is_some() || self.get("import-notice").is_some() {
                break;
            }
        }
    }
}

/// The user's own work: the default preset with indsats 12,000
/// (−407,866.38 + 45 × 9,300 = +10,633.62).
async fn own_work() -> Option<String> {
    storage().clear().unwrap();
    set_hash("");
    let app = Mounted::new().await;
    app.type_into(INDSATS, "12000").await;
    assert_eq!(app.text("headline-figure"), "10.634 kr.");
    app.unmount().await;
    storage().get_item(LIBRARY_KEY).unwrap()
}

#[wasm_bindgen_test]
async fn a_link_adds_its_scenario_beside_the_users_own() {
    let saved = own_work().await;
    assert!(saved.is_some());
    set_hash(CLAIMED_LINK.trim());
    let app = Mounted::new().await;
    assert!(app.text("link-notice").contains("Norddjurs"));
    assert_eq!(app.text("headline-figure"), "326.990 kr.");
    assert_eq!(app.text("headline-verdict"), "besparelse");
    let warnings = app.text("warnings");
    assert!(
        warnings.contains("satsen for 2018 er rettet fra skønnet 11.365,86 kr. til den offentliggjorte sats 11.282 kr."),
        "{warnings}"
    );
    assert_eq!(app.tabs().len(), 2, "{:?}", app.tabs());
    // The link is gone from the address, so a reload does not add it again.
    assert_eq!(web_sys::window().unwrap().location().hash().unwrap(), "");
    // The user's own scenario is still there, as it was.
    app.click("scenario-tab-0").await;
    assert_eq!(app.text("headline-figure"), "10.634 kr.");
    app.unmount().await;
    let saved = storage().get_item(LIBRARY_KEY).unwrap().unwrap();
    assert_eq!(saved.matches("\"version\"").count(), 2);
}

#[wasm_bindgen_test]
async fn broken_links_say_what_is_wrong_and_change_nothing() {
    let link = CLAIMED_LINK.trim();
    let mut tampered = link.to_string();
    let at = 40;
    let swap = if &link[at..=at] == "A" { "B" } else { "A" };
    tampered.replace_range(at..=at, swap);
    let cases = [
        (link[..link.len() - 30].to_string(), "afkortet"),
        (tampered, "kontrolsummen"),
        (link.replacen("s1.", "s7.", 1), "nyere udgave"),
        ("s1.<img src=x onerror=alert(1)>".to_string(), "tegn nr."),
    ];
    for (fragment, expected) in cases {
        let saved = own_work().await;
        let single = storage().get_item(SCENARIO_KEY).unwrap();
        set_hash(&fragment);
        let app = Mounted::new().await;
        let message = app.text("link-error");
        assert!(
            message.contains(expected),
            "{fragment:.20}…: {message} (expected {expected})"
        );
        assert!(app.root.query_selector("img").unwrap().is_none());
        assert_eq!(app.text("headline-figure"), "10.634 kr.");
        assert_eq!(app.tabs().len(), 1);
        app.unmount().await;
        assert_eq!(storage().get_item(LIBRARY_KEY).unwrap(), saved);
        assert_eq!(storage().get_item(SCENARIO_KEY).unwrap(), single);
    }
    set_hash("");
}

#[wasm_bindgen_test]
async fn importing_a_file_with_errors_lists_each_path() {
    storage().clear().unwrap();
    set_hash("");
    let app = Mounted::new().await;
    let text = r#"{"version": 1, "name": "Fra fil", "horizon_months": "lang"}"#;
    app.import("fejl.json", text).await;
    let errors = app.text("import-errors");
    // The field by its label, the path in brackets after.
    assert!(errors.contains("Periode: "), "{errors}");
    assert!(errors.contains("(horizon_months)"), "{errors}");
    assert_eq!(app.tabs().len(), 1, "nothing added");
    // A readable file with values out of range: added, each path listed.
    let claimed = include_str!("fixtures/links/v1-scenario-norddjurs-2018-claimed.json")
        .replace("\"horizon_months\": 12", "\"horizon_months\": 0");
    app.import("claimed.json", &claimed).await;
    assert_eq!(app.tabs().len(), 2);
    let errors = app.text("import-errors");
    assert!(
        errors.contains("Periode: skal være et tal fra 1 til ")
            && errors.contains("(horizon_months)"),
        "{errors}"
    );
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn scenarios_are_created_renamed_and_deleted_after_asking() {
    storage().clear().unwrap();
    set_hash("");
    let app = Mounted::new().await;
    app.click("duplicate-scenario").await;
    assert_eq!(app.tabs().len(), 2);
    let name: HtmlInputElement = app.get("rename-scenario").unwrap().dyn_into().unwrap();
    name.set_value("<b>Mit</b> scenarie");
    let init = InputEventInit::new();
    init.set_bubbles(true);
    name.dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    settle().await;
    assert_eq!(app.tabs()[1], "<b>Mit</b> scenarie", "shown as text");
    app.click("delete-scenario").await;
    assert!(app.get("confirm-delete").is_some());
    app.click("cancel-delete").await;
    assert_eq!(app.tabs().len(), 2);
    app.click("delete-scenario").await;
    app.click("confirm-delete").await;
    assert_eq!(app.tabs().len(), 1);
    app.unmount().await;
}

/// "Del og eksportér": the link, the files and printing fold behind one
/// button that says whether it is open and what it opens; Escape closes it
/// and gives the button the focus; an action chosen closes it too ("Kopiér
/// link" then opens the share panel as before).
#[wasm_bindgen_test]
async fn the_share_and_export_actions_fold_behind_one_button() {
    storage().clear().unwrap();
    set_hash("");
    let app = Mounted::new().await;
    let button = app.el("share-menu");
    let list = app.el("share-menu-list");
    assert_eq!(
        button.text_content().unwrap_or_default(),
        "Del og eksportér ▾"
    );
    assert_eq!(button.get_attribute("aria-controls"), Some(list.id()));
    let expanded = || button.get_attribute("aria-expanded").unwrap_or_default();
    assert_eq!(expanded(), "false");
    assert!(list.has_attribute("hidden"));
    // Every action is in it, and the import's file field stays in the page.
    for id in [
        "copy-link",
        "export-json",
        "import-json",
        "export-csv",
        "print",
    ] {
        assert!(list.contains(app.get(id).as_deref()), "{id}");
    }

    app.click("share-menu").await;
    assert_eq!(expanded(), "true");
    assert!(!list.has_attribute("hidden"));
    let init = KeyboardEventInit::new();
    init.set_key("Escape");
    init.set_bubbles(true);
    let escape = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    app.el("export-json").dispatch_event(&escape).unwrap();
    settle().await;
    assert_eq!(expanded(), "false");
    assert!(list.has_attribute("hidden"));
    let focused = document()
        .active_element()
        .and_then(|e| e.get_attribute("data-testid"));
    assert_eq!(focused.as_deref(), Some("share-menu"));

    app.click("share-menu").await;
    assert_eq!(expanded(), "true");
    app.click("copy-link").await;
    assert_eq!(expanded(), "false");
    assert!(app.get("share-panel").is_some());
    app.unmount().await;
}

/// The share panel draws what `view::qr_drawing` makes of the link it shows
/// (tests/share_qr.rs reads those drawings back) when it scans at the small
/// size; a comparison of the four presets (version 26) is offered only
/// large ("Vis stor QR-kode"), and a link beyond the largest QR code (2,953
/// bytes) gets a notice instead.
#[wasm_bindgen_test]
async fn the_share_panel_draws_the_links_qr_code_or_says_it_is_too_long() {
    storage().clear().unwrap();
    set_hash("");
    let app = Mounted::new().await;
    app.click("copy-link").await;
    let url = app
        .el("link-text")
        .dyn_into::<HtmlInputElement>()
        .unwrap()
        .value();
    assert!(url.contains("#s2."), "{url}");
    let drawing = qr_drawing(&url).expect("one preset fits in a QR code");
    let svg = app.el("qr-code");
    assert_eq!(svg.get_attribute("viewBox"), Some(drawing.view_box));
    let path = svg.query_selector("path").unwrap().unwrap();
    assert_eq!(path.get_attribute("d"), Some(drawing.path));
    assert!(app.get("qr-too-long").is_none());
    assert!(app.get("qr-too-dense").is_none());
    assert_eq!(app.text("show-large-qr"), "Vis stor QR-kode");
    app.unmount().await;

    let presets: Vec<Scenario> = PRESETS.iter().map(|p| p.scenario().unwrap()).collect();
    set_hash(&link::encode_comparison(&presets).unwrap());
    let app = Mounted::new().await;
    assert!(
        app.get("compare-results").is_some(),
        "the link opens compared"
    );
    // Each compared scenario's notices are listed under its name: the 2026
    // preset (months from February 2026) carries the reform notice and its
    // estimated rates; the 2018 presets carry none.
    let notices = app.text("compare-warnings");
    let latest = &presets[0].name;
    assert!(
        notices.contains(&format!(
            "{latest}: Fra 1. februar 2026 findes ressourceforløb kun"
        )),
        "{notices}"
    );
    assert!(notices.contains("satsen for 2026 er et skøn"), "{notices}");
    assert!(!notices.contains("Norddjurs 2018"), "{notices}");
    app.click("copy-link").await;
    let url = app
        .el("link-text")
        .dyn_into::<HtmlInputElement>()
        .unwrap()
        .value();
    assert!(url.contains("#c2."), "{url}");
    let drawing = qr_drawing(&url).expect("four presets fit in a QR code");
    assert!(
        !qr_scans_at(&drawing, QR_SMALL_PX),
        "{} modules",
        drawing.size
    );
    assert!(app.get("qr-code").is_none());
    assert!(app.text("qr-too-dense").contains("vis den stor"));
    app.click("show-large-qr").await;
    // The test runner's window may be too small for the code (the e2e spec
    // sets the window and reads the code back): either way the view opens.
    assert!(app.get("large-qr-view").is_some());
    match app.get("qr-code-large") {
        Some(large) => assert_eq!(large.get_attribute("viewBox"), Some(drawing.view_box)),
        None => assert!(app
            .text("qr-too-dense-screen")
            .contains("Skærmen er for lille")),
    }
    app.unmount().await;

    // Text deflate cannot shrink (digits of a linear congruential
    // sequence) makes a link beyond the largest code.
    let mut s = presets[0].clone();
    s.description = incompressible::digits(5000);
    set_hash(&link::encode_scenario(&s).unwrap());
    let app = Mounted::new().await;
    app.click("copy-link").await;
    assert!(app.get("qr-code").is_none());
    assert!(app.get("show-large-qr").is_none());
    assert!(app.text("qr-too-long").contains("for langt til en QR-kode"));
    app.unmount().await;
    set_hash("");
}

/// What earlier versions left in localStorage, text for text: the list as a
/// JSON array of scenario documents, the active index as a bare number, the
/// language, the preset id and the meeting picks as plain text. It loads, and
/// what is saved after an edit has the same shape (a number, not a quoted
/// string; `en`, not `"en"`), so a later version can read it again.
#[wasm_bindgen_test]
async fn what_earlier_versions_saved_keeps_loading_and_is_saved_alike() {
    storage().clear().unwrap();
    set_hash("");
    let claimed = include_str!("fixtures/links/v1-scenario-norddjurs-2018-claimed.json");
    // The stored claimed document nets 326,990.07 (module comment); its
    // indsats (34,417 a case-month, 45 case-months, 50 % refusion) counts
    // 45 × 50 % = 22.5 per kr., so 10,000 kr. less indsats:
    // 326,990.07 − 225,000 = 101,990.07.
    let cheaper = claimed
        .replace("\"monthly\": \"34417\"", "\"monthly\": \"24417\"")
        .replace("Norddjurs 2018 som påstået", "Billigere indsats");
    let meeting = "groups[0].indsats.monthly,investment.annual_cost";
    let old = [
        (LIBRARY_KEY, format!("[{claimed},{cheaper}]")),
        (ACTIVE_KEY, "1".to_string()),
        (SCENARIO_KEY, cheaper.clone()),
        (LANG_KEY, "en".to_string()),
        (PRESET_KEY, "norddjurs-2018-claimed".to_string()),
        (MEETING_KEY, meeting.to_string()),
    ];
    for (key, text) in &old {
        storage().set_item(key, text).unwrap();
    }

    let app = Mounted::new().await;
    assert!(app.get("storage-notice").is_none());
    assert_eq!(
        app.tabs(),
        ["Norddjurs 2018 som påstået", "Billigere indsats"]
    );
    assert_eq!(app.text("headline-figure"), "101,990 kr.", "English, tab 1");
    assert_eq!(app.text("headline-verdict"), "saving");
    app.click("meeting-open").await;
    assert_eq!(
        app.testids("meeting-slider-"),
        [
            "meeting-slider-groups[0].indsats.monthly",
            "meeting-slider-investment.annual_cost"
        ]
    );
    app.click("meeting-close").await;
    app.click("scenario-tab-0").await;
    assert_eq!(app.text("headline-figure"), "326,990 kr.");
    app.unmount().await;

    let saved = |key: &str| storage().get_item(key).unwrap().unwrap_or_default();
    assert_eq!(saved(ACTIVE_KEY), "0");
    assert_eq!(saved(LANG_KEY), "en");
    assert_eq!(saved(PRESET_KEY), "norddjurs-2018-claimed");
    assert_eq!(saved(MEETING_KEY), meeting);
    let list: Vec<serde_json::Value> = serde_json::from_str(&saved(LIBRARY_KEY)).unwrap();
    let names: Vec<&str> = list.iter().filter_map(|d| d["name"].as_str()).collect();
    assert_eq!(names, ["Norddjurs 2018 som påstået", "Billigere indsats"]);
    assert_eq!(list[1]["groups"][0]["indsats"]["monthly"], "24417");
    let on_screen: serde_json::Value = serde_json::from_str(&saved(SCENARIO_KEY)).unwrap();
    assert_eq!(on_screen, list[0]);

    // And it loads again as it was left.
    let app = Mounted::new().await;
    assert_eq!(app.text("headline-figure"), "326,990 kr.");
    assert_eq!(app.tabs().len(), 2);
    app.unmount().await;
    storage().clear().unwrap();
}

/// The comparison reads as a report: results first, then the figures that
/// differ named in words with each scenario's own group names, and the
/// texts that differ folded away. The default preset against a copy with
/// indsats 5,000 instead of 2,700, its group renamed "Over 40", another
/// name and another source note for the start year.
#[wasm_bindgen_test]
async fn the_comparison_shows_results_first_and_names_rows_in_words() {
    storage().clear().unwrap();
    let a = PRESETS
        .iter()
        .find(|p| p.id == "your-municipality-latest")
        .unwrap()
        .scenario()
        .unwrap();
    let mut b = a.clone();
    b.name = "Høj indsats".into();
    b.groups[0].label = "Over 40".into();
    b.groups[0].indsats.monthly = rust_decimal::Decimal::from(5000);
    b.sources.get_mut("start.year").unwrap().text = "Egen antagelse".into();
    set_hash(&link::encode_comparison(&[a, b]).unwrap());
    let app = Mounted::new().await;
    let results = app.el("compare-results");
    let figures = app.el("compare-table");
    // DOCUMENT_POSITION_FOLLOWING (4): the inputs come after the results.
    assert_eq!(results.compare_document_position(&figures) & 4, 4);

    // Net kommune −407,866.38; with 2,300 kr. more indsats saved in each of
    // the 45 case-months: −407,866.38 + 103,500 = −304,366.38, i.e.
    // +103,500 / 407,866.38 = +25.4 %.
    let net = row_cells(&results, "Netto (kommune)");
    assert_eq!(
        net,
        [
            "-407.866,38 kr.",
            "-304.366,38 kr.",
            "103.500 kr.",
            "25,4 %"
        ]
    );
    // One row per calendar year of the horizon (2026–2027), the year written
    // without a separator.
    assert!(!row_cells(&results, "Netto 2026 (kommune)").is_empty());
    assert!(!row_cells(&results, "Netto 2027 (stat)").is_empty());
    assert!(!results.text_content().unwrap().contains("2.026"));
    // No discount rate in either: no NPV row.
    assert!(!results.text_content().unwrap().contains("Nutidsværdi"));

    // The one figure that differs, named by its field and both group names.
    let labels = row_labels(&figures);
    assert_eq!(
        labels,
        ["Gruppe «Ressourceforløb til gennemgang / Over 40»: Sparet indsats pr. sagsmåned"]
    );
    assert_eq!(row_cells(&figures, "Sparet indsats"), ["2.700", "5.000"]);
    // Name, group name and the source note: folded, closed.
    let texts = app.el("compare-texts");
    assert!(!texts.has_attribute("open"));
    assert_eq!(
        texts
            .query_selector("summary")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Kilder og tekster, der er forskellige (3)"
    );
    let labels = row_labels(&texts);
    assert_eq!(labels.len(), 3, "{labels:?}");
    assert!(
        labels.iter().all(|l| !l.contains('[') && !l.contains('_')),
        "{labels:?}"
    );
    assert!(
        labels.contains(
            &"Gruppe «Ressourceforløb til gennemgang / Over 40»: Navn på gruppen".to_string()
        ),
        "{labels:?}"
    );

    // In English, English words around the scenarios' own names.
    app.click("lang-en").await;
    assert_eq!(
        row_labels(&app.el("compare-table")),
        ["Group «Ressourceforløb til gennemgang / Over 40»: Indsats saved per case-month"]
    );
    let summary = app.el("compare-texts").query_selector("summary").unwrap();
    assert_eq!(
        summary.unwrap().text_content().unwrap(),
        "Sources and texts that differ (3)"
    );
    app.unmount().await;
    storage().clear().unwrap();
    set_hash("");
}

/// The text of each row header of a table under `el`.
fn row_labels(el: &web_sys::Element) -> Vec<String> {
    let cells = el.query_selector_all("tbody th").unwrap();
    (0..cells.length())
        .filter_map(|i| cells.item(i))
        .filter_map(|n| n.text_content())
        .collect()
}

/// The cells of the first row of `el` whose header contains `label`.
fn row_cells(el: &web_sys::Element, label: &str) -> Vec<String> {
    let rows = el.query_selector_all("tbody tr").unwrap();
    (0..rows.length())
        .filter_map(|i| rows.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .find(|r| {
            r.query_selector("th")
                .unwrap()
                .and_then(|th| th.text_content())
                .is_some_and(|t| t.contains(label))
        })
        .map(|r| {
            let cells = r.query_selector_all("td").unwrap();
            (0..cells.length())
                .filter_map(|i| cells.item(i))
                .filter_map(|n| n.text_content())
                .collect()
        })
        .unwrap_or_default()
}
