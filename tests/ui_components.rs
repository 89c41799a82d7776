#![cfg(target_arch = "wasm32")]
//! Component tests of the calculator in headless Chromium. Each test mounts
//! the whole App into a fresh `div`, types with real DOM input events and
//! reads what is on screen. Every expected figure is worked out by hand in a
//! comment from the default preset "your-municipality-latest":
//!
//! 15 cases shortened by 3 months = 45 case-months, all inside the 24-month
//! horizon (2026–2027, no published rise for 2027 and a 0 % adjustment, so
//! factor 1), kommune pays 80 % of benefits (week 53+), 0 % refusion on
//! indsats (2022 rules on):
//!   RFY 2026 ikke-forsørger 13,345 × 45 × 80 % = 480,420.00 saved
//!   indsats 2,700 × 45                        = 121,500.00 saved
//!   FP 2026 enlig 22,053 × 45 × 80 %          = 793,908.00 added
//!   buy-out 15/37 × 532,500                   = 215,878.38 cost
//!   net = 480,420 + 121,500 − 793,908 − 215,878.38 = −407,866.38
//! so the headline reads "407.866 kr." and "merudgift". Each kr. of indsats
//! per case-month moves the net by 45 kr.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlInputElement, KeyboardEvent, KeyboardEventInit};

use afkortning::ui::storage::{LANG_KEY, PRESET_KEY, SCENARIO_KEY};

mod ui_support;
use ui_support::*;

wasm_bindgen_test_configure!(run_in_browser);

const INDSATS: &str = "groups[0].indsats.monthly";

impl Mounted {
    fn label_for(&self, path: &str) -> String {
        self.root
            .query_selector(&format!("label[for=\"f-{path}\"]"))
            .unwrap()
            .and_then(|l| l.text_content())
            .unwrap_or_default()
    }

    /// Puts text in a numeric field's box without an event: the app does
    /// not hear of it, so the box keeps it until the field is rendered again.
    fn write_behind_the_apps_back(&self, path: &str, text: &str) {
        self.el(&format!("field-{path}"))
            .dyn_into::<HtmlInputElement>()
            .unwrap()
            .set_value(text);
    }

    /// Every figure cell of the breakdown table.
    fn table_cells(&self) -> Vec<String> {
        let cells = self.el("breakdown-table").query_selector_all("td").unwrap();
        (0..cells.length())
            .filter_map(|i| cells.item(i))
            .filter_map(|n| n.text_content())
            .collect()
    }
}

/// Only the digits and the sign: figures compared across languages.
fn digits(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_digit() || *c == '-')
        .collect()
}

#[wasm_bindgen_test]
async fn typing_a_value_updates_the_headline() {
    clear_storage();
    let app = Mounted::new().await;
    assert_eq!(app.figure(), "407.866 kr.");
    assert_eq!(app.verdict(), "merudgift");
    assert!(app.get("stale-notice").is_none());

    // Indsats 12,000 instead of 2,700: +45 × 9,300 = +418,500, so the net is
    // −407,866.38 + 418,500 = 10,633.62: a saving.
    app.type_into(INDSATS, "12000").await;
    assert_eq!(app.figure(), "10.634 kr.");
    assert_eq!(app.verdict(), "besparelse");
    // The box keeps what was typed.
    assert_eq!(app.value(INDSATS), "12000");
    // The buy-out is paid from month 1 while the savings build up, so the
    // cumulative net turns positive later: a payback month is named.
    assert!(app
        .text("payback")
        .starts_with("Tilbagebetaling: Tilbagebetalt i måned"));
    app.unmount().await;
}

/// A keystroke renders the field typed in and the results, not the whole
/// form. Yew writes a field's text into its box whenever it renders the
/// field, so a box given other text behind the app's back shows whether its
/// field was rendered again.
#[wasm_bindgen_test]
async fn typing_in_one_field_does_not_render_the_other_fields() {
    clear_storage();
    let app = Mounted::new().await;
    // One field in the same group as the indsats, one outside the groups.
    let others = ["groups[0].rfy.rate.monthly", "investment.hours_per_week"];
    for path in others {
        app.write_behind_the_apps_back(path, "untouched");
    }
    app.type_into(INDSATS, "12000").await;
    app.type_into(INDSATS, "12100").await;
    // 12,100: 100 × 45 = 4,500 more than at 12,000: 15,133.62.
    assert_eq!(app.figure(), "15.134 kr.");
    for path in others {
        assert_eq!(app.value(path), "untouched", "{path} was rendered again");
    }
    // A change that concerns every field renders every field again, and
    // each box shows its own value: the check above can fail.
    app.click("lang-en").await;
    assert_eq!(app.value("groups[0].rfy.rate.monthly"), "13,345");
    assert_eq!(app.value("investment.hours_per_week"), "15");
    app.unmount().await;
}

/// With several case groups, a keystroke renders the group typed in, not
/// the others (`view::group_basis`): a group's name box given other text
/// behind the app's back keeps it until its own group changes.
#[wasm_bindgen_test]
async fn typing_in_one_group_does_not_render_the_other_groups() {
    clear_storage();
    let app = Mounted::new().await;
    app.click("add-group").await;
    let second_name = || {
        app.el("group-label-1")
            .dyn_into::<HtmlInputElement>()
            .unwrap()
    };
    second_name().set_value("untouched");
    app.type_into(INDSATS, "12000").await;
    app.type_into(INDSATS, "12100").await;
    assert_eq!(
        second_name().value(),
        "untouched",
        "group 2 was rendered again"
    );
    // A change in group 2 renders it, and its box shows its own name again:
    // the check above can fail.
    app.type_into("groups[1].indsats.monthly", "100").await;
    assert_ne!(second_name().value(), "untouched");
    assert!(!second_name().value().is_empty());
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn danish_formatted_values_are_understood() {
    clear_storage();
    let app = Mounted::new().await;
    // "1.234,50" is 1,234.50: 45 × (1,234.50 − 2,700) = −65,947.50, so the net
    // is −407,866.38 − 65,947.50 = −473,813.88.
    app.type_into(INDSATS, "1.234,50").await;
    assert_eq!(app.figure(), "473.814 kr.");
    assert_eq!(app.verdict(), "merudgift");
    assert!(app.get(&format!("error-{INDSATS}")).is_none());
    // "12 000" is 12,000 (see the first test): 10,633.62.
    app.type_into(INDSATS, "12 000").await;
    assert_eq!(app.figure(), "10.634 kr.");
    // "10 %" overhead: the buy-out grows by 10 %: 215,878.38 × 0.1 = 21,587.84
    // more, so 10,633.62 − 21,587.84 = −10,954.22: an extra cost again.
    app.type_into("investment.overhead_pct", "10 %").await;
    assert_eq!(app.figure(), "10.954 kr.");
    assert_eq!(app.verdict(), "merudgift");
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn a_bad_value_shows_its_message_and_keeps_the_last_result() {
    clear_storage();
    let app = Mounted::new().await;
    app.type_into(INDSATS, "12x").await;
    let error = app.text(&format!("error-{INDSATS}"));
    assert!(error.starts_with("Ikke et tal"), "{error}");
    assert!(
        error.contains("fra 0 til 1.000.000 kr. pr. måned"),
        "{error}"
    );
    let input = app.el(&format!("field-{INDSATS}"));
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(input
        .get_attribute("aria-describedby")
        .unwrap_or_default()
        .contains(&format!("error-{INDSATS}")));
    assert_eq!(app.value(INDSATS), "12x", "the text stays as typed");
    assert_eq!(app.figure(), "407.866 kr.", "last result stays");
    assert!(app.get("stale-notice").is_some());

    // A number out of range: the engine's message, still the last result.
    app.type_into(INDSATS, "-5").await;
    assert_eq!(
        app.text(&format!("error-{INDSATS}")),
        "Skal være et tal fra 0 til 1.000.000 kr. pr. måned"
    );
    assert_eq!(app.figure(), "407.866 kr.");
    assert!(app.get("stale-notice").is_some());

    // A whole-number field given a fraction.
    app.type_into(INDSATS, "2700").await;
    app.type_into("horizon_months", "12,5").await;
    assert!(app
        .text("error-horizon_months")
        .starts_with("Skal være et helt tal"));
    assert!(app.get("stale-notice").is_some());

    // Corrected: the notice goes, the result is current again.
    app.type_into("horizon_months", "24").await;
    assert!(app.get("stale-notice").is_none());
    assert!(app.get("error-horizon_months").is_none());
    assert_eq!(app.figure(), "407.866 kr.");
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn reload_restores_the_state() {
    clear_storage();
    let app = Mounted::new().await;
    app.type_into(INDSATS, "12000").await;
    app.click("lang-en").await;
    assert_eq!(app.figure(), "10,634 kr.");
    app.unmount().await;

    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    assert!(storage.get_item(SCENARIO_KEY).unwrap().is_some());
    assert_eq!(storage.get_item(LANG_KEY).unwrap().as_deref(), Some("en"));
    assert!(storage.get_item(PRESET_KEY).unwrap().is_some());

    let app = Mounted::new().await;
    assert_eq!(app.figure(), "10,634 kr.");
    assert_eq!(app.verdict(), "saving");
    assert_eq!(app.value(INDSATS), "12,000");
    assert_eq!(
        app.el("lang-en").get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn a_corrupt_save_is_kept_and_reported() {
    clear_storage();
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage
        .set_item(SCENARIO_KEY, "{\"version\": 1, oops")
        .unwrap();
    let app = Mounted::new().await;
    assert!(app.text("storage-notice").contains("kunne ikke læses"));
    assert_eq!(app.figure(), "407.866 kr.", "starts from the preset");
    assert_eq!(
        storage
            .get_item(afkortning::ui::state::CORRUPT_COPY_KEY)
            .unwrap()
            .as_deref(),
        Some("{\"version\": 1, oops")
    );
    app.unmount().await;
}

/// Runs JavaScript in the page (test set-up only).
fn run_js(code: &str) {
    js_sys::Function::new_no_args(code)
        .call0(&wasm_bindgen::JsValue::NULL)
        .unwrap();
}

#[wasm_bindgen_test]
async fn full_storage_is_reported_and_the_app_keeps_working() {
    clear_storage();
    run_js(
        "Storage.prototype.__setItem = Storage.prototype.setItem;
         Storage.prototype.setItem = function () {
             throw new DOMException('full', 'QuotaExceededError');
         };",
    );
    let app = Mounted::new().await;
    app.type_into(INDSATS, "12000").await;
    run_js("Storage.prototype.setItem = Storage.prototype.__setItem;");
    assert!(app.text("storage-notice").contains("fuldt"));
    assert_eq!(app.figure(), "10.634 kr.", "still calculating");
    app.type_into(INDSATS, "2700").await;
    assert_eq!(app.figure(), "407.866 kr.");
    app.unmount().await;
}

/// A browser that refuses localStorage (blocked cookies, some private
/// modes) throws when the page asks for it: the app says so and calculates.
#[wasm_bindgen_test]
async fn refused_storage_is_reported_and_the_app_keeps_working() {
    clear_storage();
    run_js(
        "window.__localStorage = Object.getOwnPropertyDescriptor(window, 'localStorage');
         Object.defineProperty(window, 'localStorage', {
             configurable: true,
             get() { throw new DOMException('refused', 'SecurityError'); },
         });",
    );
    let app = Mounted::new().await;
    app.type_into(INDSATS, "12000").await;
    run_js("Object.defineProperty(window, 'localStorage', window.__localStorage);");
    assert!(app.text("storage-notice").contains("ikke tilgængeligt"));
    assert_eq!(app.figure(), "10.634 kr.", "still calculating");
    app.unmount().await;
    assert_eq!(
        storage().get_item(SCENARIO_KEY).unwrap(),
        None,
        "nothing written"
    );
}

#[wasm_bindgen_test]
async fn the_reset_dialog_focuses_cancel_and_gives_focus_back() {
    clear_storage();
    let app = Mounted::new().await;
    app.click("reset-preset").await;
    let active = || {
        document()
            .active_element()
            .and_then(|e| e.get_attribute("data-testid"))
    };
    assert_eq!(active().as_deref(), Some("cancel-reset"));
    app.click("cancel-reset").await;
    assert_eq!(active().as_deref(), Some("reset-preset"));
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn undo_brings_back_the_previous_value() {
    clear_storage();
    let app = Mounted::new().await;
    // Three keystrokes in one field are one undo step.
    app.type_into(INDSATS, "1").await;
    app.type_into(INDSATS, "12").await;
    app.type_into(INDSATS, "12000").await;
    assert_eq!(app.figure(), "10.634 kr.");
    app.click("undo").await;
    assert_eq!(app.value(INDSATS), "2.700");
    assert_eq!(app.figure(), "407.866 kr.");
    app.click("redo").await;
    assert_eq!(app.value(INDSATS), "12.000");
    assert_eq!(app.figure(), "10.634 kr.");

    let ctrl_z = || {
        let init = KeyboardEventInit::new();
        init.set_key("z");
        init.set_ctrl_key(true);
        init.set_bubbles(true);
        init.set_cancelable(true);
        KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()
    };
    // Ctrl+Z inside a text box is the box's own text undo: the app leaves it.
    app.el(&format!("field-{INDSATS}"))
        .dispatch_event(&ctrl_z())
        .unwrap();
    settle().await;
    assert_eq!(app.figure(), "10.634 kr.");
    // Ctrl+Z elsewhere on the page undoes the change, and the browser's own
    // undo is held back (the event is cancelled: `dispatch_event` is false).
    let not_cancelled = web_sys::window()
        .unwrap()
        .dispatch_event(&ctrl_z())
        .unwrap();
    assert!(!not_cancelled);
    settle().await;
    assert_eq!(app.figure(), "407.866 kr.");
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn switching_language_changes_labels_not_numbers() {
    clear_storage();
    let app = Mounted::new().await;
    let da_figure = app.figure();
    let da_cells = app.table_cells();
    assert_eq!(app.label_for(INDSATS), "Sparet indsats pr. sagsmåned");
    assert_eq!(app.verdict(), "merudgift");

    app.click("lang-en").await;
    assert_eq!(app.label_for(INDSATS), "Indsats saved per case-month");
    assert_eq!(app.verdict(), "extra cost");
    assert_eq!(app.figure(), "407,866 kr.");
    assert_eq!(digits(&app.figure()), digits(&da_figure));
    let en_cells = app.table_cells();
    assert_eq!(en_cells.len(), da_cells.len());
    assert!(!da_cells.is_empty());
    for (da, en) in da_cells.iter().zip(&en_cells) {
        assert_eq!(digits(da), digits(en));
    }
    assert_eq!(app.value(INDSATS), "2,700");

    app.click("lang-da").await;
    assert_eq!(app.figure(), da_figure);
    app.unmount().await;
}

/// The form is generated from the field declarations (`engine::inputs`):
/// each section shows its declared fields that apply, in order, each with
/// its label; the income-tax rate only once the tax is counted.
#[wasm_bindgen_test]
async fn the_form_shows_the_declared_fields_with_their_labels() {
    use afkortning::engine::inputs::{Field, InputId, Section};
    use afkortning::lang::Lang;
    use afkortning::text::field_label;

    clear_storage();
    let app = Mounted::new().await;
    let s = afkortning::format::presets::default_scenario().unwrap();
    let expected = |tax: bool| -> Vec<InputId> {
        Section::ALL
            .into_iter()
            .filter(|section| tax || *section != Section::IncomeTax)
            .flat_map(Field::in_section)
            .map(|f| match f.is_group_field() {
                true => InputId::group(0, f),
                false => InputId::scenario(f),
            })
            .filter(|input| afkortning::ui::view::in_form(&s, *input))
            .collect()
    };
    let shown = |app: &Mounted| app.testids("field-");
    let ids = |inputs: &[InputId]| -> Vec<String> {
        inputs
            .iter()
            .map(|i| format!("field-{}", i.path()))
            .collect()
    };
    let without_tax = expected(false);
    // One group, spread evenly, refusion on the ladder: every group field
    // but the single-month timing: the 14 of before (3 review, 2 timing,
    // 3 RFY, 3 FP, indsats, its refusion, handling), the granted share and
    // the months left (an empty box: no cap), the 7 of the destinations
    // (fleksjob and kontanthjælp share, amount and refusion; the job share)
    // and the anyway share, as the alternative is kontanthjælp (not typed)
    // lasting to the horizon (no months): 14 + 2 + 7 + 1 = 24; and the 11
    // scenario fields.
    assert_eq!(without_tax.len(), 24 + 11);
    assert_eq!(shown(&app), ids(&without_tax));
    for input in &without_tax {
        assert_eq!(
            app.label_for(&input.path()),
            field_label(input.field, Lang::Da)
        );
    }
    app.click("include-income-tax").await;
    let with_tax = expected(true);
    assert_eq!(
        with_tax.last(),
        Some(&InputId::scenario(Field::IncomeTaxPct))
    );
    assert_eq!(shown(&app), ids(&with_tax));
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn groups_and_reset_to_preset() {
    clear_storage();
    let app = Mounted::new().await;
    // Two equal groups: benefits and indsats twice, buy-out once:
    // 2 × (480,420 + 121,500 − 793,908) − 215,878.38 = −599,854.38.
    app.click("duplicate-group-0").await;
    assert!(app.get("group-label-1").is_some());
    assert_eq!(app.figure(), "599.854 kr.");
    app.click("remove-group-1").await;
    assert!(app.get("group-label-1").is_none());
    assert_eq!(app.figure(), "407.866 kr.");

    app.type_into(INDSATS, "12000").await;
    app.click("reset-preset").await;
    assert!(app.get("confirm-reset").is_some(), "asks first");
    app.click("cancel-reset").await;
    assert!(app.get("confirm-reset").is_none());
    assert_eq!(app.figure(), "10.634 kr.", "cancel keeps the work");
    app.click("reset-preset").await;
    app.click("confirm-reset").await;
    assert_eq!(app.figure(), "407.866 kr.");
    assert!(app.get("breakdown-table").is_some());
    assert!(app.get("chart").is_some());
    app.unmount().await;
}

/// The default preset runs in 2026 on estimated rates: the results say so
/// for both rates and carry the reform notice; the form's source lines for
/// the rates say "estimate"; the year picker marks the estimated and the
/// indexed years. A 2018 preset has none of it.
#[wasm_bindgen_test]
async fn estimates_and_the_reform_notice_are_shown() {
    clear_storage();
    let app = Mounted::new().await;
    let warnings = app.text("warnings");
    assert!(
        warnings.contains("lov nr. 1750 af 29/12/2025"),
        "{warnings}"
    );
    assert!(
        warnings.contains("Ydelse pr. måned (brutto): satsen for 2026 er et skøn"),
        "{warnings}"
    );
    assert_eq!(warnings.matches("satsen for 2026 er et skøn").count(), 2);
    for path in ["groups[0].rfy.rate.monthly", "groups[0].fp.rate.monthly"] {
        let source = document()
            .get_element_by_id(&format!("source-{path}"))
            .expect("source line");
        let class = source.get_attribute("class").unwrap_or_default();
        assert!(
            class.split(' ').any(|c| c == "unverified"),
            "{path}: {class}"
        );
        let text = source.text_content().unwrap_or_default();
        assert!(
            text.starts_with("ikke verificeret (skøn)"),
            "{path}: {text}"
        );
        assert!(text.contains("2025-sats × 1,045"), "{path}: {text}");
    }
    let year = app.el("rfy-year-0");
    let options = year.text_content().unwrap_or_default();
    assert!(
        options.contains("2027 (skøn: reguleret fra 2026)"),
        "{options}"
    );
    assert!(options.contains("2026 (skøn)"), "{options}");
    // In English too.
    app.click("lang-en").await;
    assert!(app
        .text("warnings")
        .contains("From 1 February 2026 ressourceforløb exist only for citizens already in one"));
    // Choosing 2027 indexes the 2026 rate by the adjustment (0 %): the
    // figure stays 13,345 and the results say it is indexed.
    app.choose("rfy-year-0", "2027").await;
    assert_eq!(app.value("groups[0].rfy.rate.monthly"), "13,345");
    assert!(app
        .text("warnings")
        .contains("there is no 2027 rate yet. The rate is the 2026 rate indexed"));
    app.click("lang-da").await;
    // The realistic 2018 preset: published and derived rates, 2018 only.
    app.choose("preset-select", "norddjurs-2018-realistic")
        .await;
    assert!(app.get("warnings").is_none());
    let source = document()
        .get_element_by_id("source-groups[0].rfy.rate.monthly")
        .unwrap();
    let class = source.get_attribute("class").unwrap_or_default();
    assert!(!class.split(' ').any(|c| c == "unverified"), "{class}");
    app.unmount().await;
}

/// The group's destinations have their own fieldset, FP taking the rest;
/// the counterfactual's pickers show the boxes their choice needs.
#[wasm_bindgen_test]
async fn destinations_and_the_counterfactual_pickers() {
    clear_storage();
    let app = Mounted::new().await;
    let destinations = app.text("destinations-0");
    assert!(
        destinations.starts_with("Hvor de bevilgede sager går hen"),
        "{destinations}"
    );
    assert_eq!(app.text("fp-remainder-0"), "Førtidspension: resten, 100 %");
    // 25 % to fleksjob and 5 % to a job leave 100 − 25 − 5 = 70 % to FP.
    app.type_into("groups[0].destinations.fleksjob.share_pct", "25")
        .await;
    app.type_into("groups[0].destinations.job_pct", "5").await;
    assert_eq!(app.text("fp-remainder-0"), "Førtidspension: resten, 70 %");

    // The alternative is the group's kontanthjælp, lasting to the horizon:
    // no amount box, no months box.
    const TYPED: &str = "groups[0].counterfactual.instead.monthly";
    const LASTING: &str = "groups[0].counterfactual.lasting.months";
    assert!(app.get(&format!("field-{TYPED}")).is_none());
    assert!(app.get(&format!("field-{LASTING}")).is_none());
    // "Eget beløb" starts from the group's kontanthjælp (13,061 kr.), with
    // the refusion after week 52 (20 %).
    app.choose("instead-kind-0", "typed").await;
    assert_eq!(app.value(TYPED), "13.061");
    assert_eq!(
        app.value("groups[0].counterfactual.instead.refusion.pct"),
        "20"
    );
    app.choose("lasting-kind-0", "months").await;
    assert_eq!(app.value(LASTING), "228");
    assert!(app
        .text("counterfactual-0")
        .contains("Fx 48 år til folkepension ved 67"));
    app.choose("instead-kind-0", "job").await;
    assert!(app.get(&format!("field-{TYPED}")).is_none());
    app.unmount().await;
}

/// A destination's amount from its table, on the default preset: 40 % of
/// the granted cases to kontanthjælp at the 2026 grundsats (7,530 kr.).
/// Of the 45 case-months 40 % = 18 go to kontanthjælp and 27 stay on FP:
///   RFY 480,420.00 + indsats 121,500.00 saved
///   FP 27 × 22,053 × 80 %          = 476,344.80 added
///   kontanthjælp 18 × 7,530 × 80 % = 108,432.00 added
///   buy-out                          215,878.38
///   net = 601,920 − 476,344.80 − 108,432 − 215,878.38 = −198,735.18.
/// Typing a figure makes the amount typed: the year picker says "own".
#[wasm_bindgen_test]
async fn a_destinations_amount_is_picked_from_its_table() {
    use web_sys::HtmlSelectElement;
    const AMOUNT: &str = "groups[0].destinations.kontanthjaelp.monthly";
    clear_storage();
    let app = Mounted::new().await;
    // The default: forhøjet sats 2026, an estimate.
    assert_eq!(app.value(AMOUNT), "13.061");
    let years = app.text("kontanthjaelp-year-0");
    assert!(years.contains("2026 (skøn)"), "{years}");
    assert!(!years.contains("2025"), "no 2025 figure: {years}");
    // Its source line names the table figure and flags the estimate (once
    // the user picks another, the line says the user chose it, as for FP).
    let source = document()
        .get_element_by_id(&format!("source-{AMOUNT}"))
        .expect("source line")
        .text_content()
        .unwrap_or_default();
    assert!(source.starts_with("ikke verificeret (skøn)"), "{source}");
    assert!(
        source.contains("forhøjet sats 2026: Skøn: 2024-niveau × 1,036 × 1,045"),
        "{source}"
    );
    app.type_into("groups[0].destinations.kontanthjaelp.share_pct", "40")
        .await;
    app.choose("kontanthjaelp-status-0", "grundsats").await;
    assert_eq!(app.value(AMOUNT), "7.530");
    assert_eq!(app.figure(), "198.735 kr.");
    // The fleksjob amount has the same pickers, its items named.
    let items = app.text("fleksjob-status-0");
    assert!(items.contains("maksimalt fleksløntilskud"), "{items}");
    app.click("lang-en").await;
    let items = app.text("kontanthjaelp-status-0");
    assert!(items.contains("basic rate (grundsats)"), "{items}");
    app.click("lang-da").await;
    // Typed: 8,000 kr.; the year picker shows "own rate" and no item.
    app.type_into(AMOUNT, "8000").await;
    let year: HtmlSelectElement = app.el("kontanthjaelp-year-0").dyn_into().unwrap();
    assert_eq!(year.value(), "own");
    assert!(app.get("kontanthjaelp-status-0").is_none());
    app.unmount().await;
}

/// The anyway share on the default preset, worked by hand: 15 cases move
/// 1.25 a month in months 1–12, each cut 3 months, so a case moving in
/// month m would have ended its forløb after month m + 2 and the
/// difference lasts months m + 3 … 24: 22 − m months. Over m = 1 … 12:
/// 1.25 × (12 × 22 − 78) = 1.25 × 186 = 232.5 case-months, of which the
/// share not reached anyway counts. Each costs the kommune FP instead of
/// kontanthjælp: (22,053 − 13,061) × 80 % = 7,193.60. At 56 %:
/// 0.44 × 232.5 × 7,193.60 = 102.3 × 7,193.60 = 735,905.28 more cost, so
/// −407,866.38 − 735,905.28 = −1,143,771.66.
#[wasm_bindgen_test]
async fn the_anyway_share_moves_the_headline_by_the_lasting_cost() {
    clear_storage();
    let app = Mounted::new().await;
    app.type_into("groups[0].counterfactual.anyway_pct", "56")
        .await;
    assert_eq!(app.figure(), "1.143.772 kr.");
    assert_eq!(app.verdict(), "merudgift");
    // The lasting difference goes on after the horizon: the notice says so.
    assert!(app
        .text("warnings")
        .contains("den varige forskel fortsætter efter perioden"));
    app.unmount().await;
}

/// A cost line: added, named, typed in; a bad value keeps the text and the
/// last result; its own total in the breakdown.
#[wasm_bindgen_test]
async fn a_cost_line_changes_the_headline_by_its_amount() {
    clear_storage();
    let app = Mounted::new().await;
    assert!(app.get("cost-line-0").is_none());
    app.click("add-cost-line").await;
    assert!(app.get("cost-line-0").is_some());
    app.input("cost-label-0", "Helbredsrådgivning").await;
    // A one-off in month 1 (the default) of 10.000 kr., the kommune's own:
    // −407,866.38 − 10,000 = −417,866.38.
    app.type_into("costs[0].amount", "10.000").await;
    assert_eq!(app.figure(), "417.866 kr.");
    // One row under the totals' cost lines: the line's name and its total.
    assert_eq!(app.testids("cost-line-total").len(), 1);
    let total = app.text("cost-line-total");
    assert!(
        total.starts_with("Udgiftslinje 1: Helbredsrådgivning"),
        "{total}"
    );
    assert!(total.contains("10.000"), "{total}");
    // Half paid by the state: the kommune pays 5,000, so −412,866.38.
    app.type_into("costs[0].state_pct", "50").await;
    assert_eq!(app.figure(), "412.866 kr.");
    // Not a number: the text stays, the message names what is allowed, the
    // last result stays.
    app.type_into("costs[0].amount", "10x").await;
    assert_eq!(app.value("costs[0].amount"), "10x");
    let error = app.text("error-costs[0].amount");
    assert!(error.starts_with("Ikke et tal"), "{error}");
    assert!(error.contains("kr."), "{error}");
    assert_eq!(app.figure(), "412.866 kr.");
    assert!(app.get("stale-notice").is_some());
    // A month outside the horizon's 240: validation's message at the box.
    app.type_into("costs[0].amount", "10000").await;
    app.type_into("costs[0].basis.month", "0").await;
    assert!(app
        .text("error-costs[0].basis.month")
        .starts_with("Skal være"));
    app.type_into("costs[0].basis.month", "1").await;
    assert!(app.get("stale-notice").is_none());
    app.click("remove-cost-line-0").await;
    assert!(app.get("cost-line-0").is_none());
    assert_eq!(app.figure(), "407.866 kr.");
    app.unmount().await;
}

/// Months left caps the months cut; an empty box is no cap.
#[wasm_bindgen_test]
async fn months_left_can_be_given_and_cleared() {
    clear_storage();
    let app = Mounted::new().await;
    const LEFT: &str = "groups[0].months_left";
    assert_eq!(app.value(LEFT), "");
    // 2 months left, 3 cut: the months cut go beyond what is left.
    app.type_into(LEFT, "2").await;
    // The message stands at the months cut, the field it bounds.
    assert!(app.text("error-groups[0].months_shortened").contains("2"));
    assert!(app.get("stale-notice").is_some());
    app.type_into(LEFT, "").await;
    assert_eq!(app.value(LEFT), "");
    assert!(app.get("stale-notice").is_none());
    assert_eq!(app.figure(), "407.866 kr.");
    app.type_into(LEFT, "6").await;
    assert!(app.get("stale-notice").is_none());
    assert_eq!(app.figure(), "407.866 kr.");
    app.unmount().await;
}
