#![cfg(target_arch = "wasm32")]
//! Component tests of decision support in headless Chromium: goal seek,
//! the tornado, the Monte Carlo run, meeting mode and the working. The App
//! is mounted into a fresh `div`; events are real DOM events.
//!
//! Default preset "your-municipality-latest" (see tests/ui_components.rs):
//! 45 case-months; per case-month the kommune saves RFY 10.676 (13.345 ×
//! 80 %) and indsats 2.700 and pays FP 17.642,40 (22.053 × 80 %); buy-out
//! 15/37 × 532.500 = 215.878,38:
//! 45 × (10.676 + 2.700 − 17.642,40) − 215.878,38 = −407.866,38.

use std::str::FromStr;

use rust_decimal::Decimal;
use wasm_bindgen_test::*;
use web_sys::{Element, KeyboardEvent, KeyboardEventInit};

mod ui_support;
use ui_support::*;
#[path = "support/formula.rs"]
mod formula;
use afkortning::lang::Lang;

wasm_bindgen_test_configure!(run_in_browser);

const INDSATS: &str = "groups[0].indsats.monthly";

impl Mounted {
    /// Adds a ±20 % range for an input from the ranges editor.
    async fn add_range(&self, path: &str) {
        self.choose("range-add", path).await;
        self.click("range-add-button").await;
    }

    /// Runs the simulation and waits for it to finish; returns the figures.
    async fn run(&self, seed: &str, draws: &str) -> [String; 4] {
        self.change("uncertainty-seed", seed).await;
        self.change("uncertainty-draws", draws).await;
        self.click("uncertainty-run").await;
        for _ in 0..400 {
            if self.get("uncertainty-run").is_some() {
                break;
            }
            sleep(25).await;
        }
        assert!(self.get("uncertainty-run").is_some(), "the run finishes");
        assert!(self.get("uncertainty-error").is_none());
        [
            "uncertainty-probability",
            "uncertainty-p10",
            "uncertainty-p50",
            "uncertainty-p90",
        ]
        .map(|id| self.text(id))
    }
}

/// A Danish amount as shown ("−378.894,81", "-407.866 kr.") as a number.
fn amount(text: &str) -> Decimal {
    let cleaned: String = text
        .replace('−', "-")
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == ',' || *c == '-')
        .collect();
    Decimal::from_str(&cleaned.replace(',', ".")).unwrap_or_else(|_| panic!("amount {text:?}"))
}

// ---- goal seek ----

#[wasm_bindgen_test]
async fn goal_seek_values_typed_back_give_zero_and_the_target() {
    clear_storage();
    let app = Mounted::new().await;
    assert_eq!(app.figure(), "407.866 kr.");

    // Indsats (the default input), target 0: 2.700 + 407.866,38 / 45 =
    // 2.700 + 9.063,70 = 11.763,70: kroner with both decimals, never one.
    let value = app.text("goal-result");
    assert_eq!(value, "11.763,70");
    assert!(app.text("goal-gap").starts_with("+9.063,70 kr."));
    app.type_into(INDSATS, &value).await;
    assert_eq!(app.figure(), "0 kr.");

    // Norddjurs' +0,33 mio. kr.: at 11.763,70 the net is 45 × 9.063,70 −
    // 407.866,38 = +0,12, so 11.763,70 + 329.999,88 / 45 = 19.097,03.
    app.input("goal-target", "330.000").await;
    let value = app.text("goal-result");
    assert_eq!(value, "19.097,03");
    app.type_into(INDSATS, &value).await;
    assert_eq!(app.figure(), "330.000 kr.");
    assert_eq!(app.text("headline-verdict"), "besparelse");

    // FP refusion: the kommune's FP share must fall until the net is zero.
    app.type_into(INDSATS, "2700").await;
    app.input("goal-target", "0").await;
    let fp_refusion = "groups[0].fp.refusion.pct";
    app.choose("goal-input", fp_refusion).await;
    let value = app.text("goal-result");
    app.type_into(fp_refusion, &value).await;
    assert_eq!(app.figure(), "0 kr.", "FP refusion {value}");

    // Cases shortened, from a scenario that saves (indsats 12.000):
    // each case saves 3 × (10.676 + 12.000 − 17.642,40) = 3 × 5.033,60 =
    // 15.100,80, so 215.878,38 / 15.100,80 = 14,2958… cases.
    app.type_into(fp_refusion, "20").await;
    app.type_into(INDSATS, "12000").await;
    let cases = "groups[0].cases_shortened";
    app.choose("goal-input", cases).await;
    let value = app.text("goal-result");
    assert!(value.starts_with("14,29"), "{value}");
    app.type_into(cases, &value).await;
    assert_eq!(app.figure(), "0 kr.");

    // Hours bought out can never earn +330.000: the buy-out only costs.
    app.input("goal-target", "330.000").await;
    app.choose("goal-input", "investment.hours_per_week").await;
    assert!(app.get("goal-unreachable").is_some());
    assert!(app.get("goal-result").is_none());
    app.unmount().await;
}

// ---- tornado ----

#[wasm_bindgen_test]
async fn tornado_orders_inputs_by_swing() {
    clear_storage();
    let app = Mounted::new().await;
    app.choose("preset-select", "norddjurs-2018-realistic")
        .await;
    // Closed, nothing is computed or drawn; opening it draws the chart.
    assert!(app.testids("tornado-row-").is_empty());
    app.click("tornado-open").await;
    let rows = app.testids("tornado-row-");
    // The indsats over the preset's range from the sources, 1.000 …
    // 34.551: 33.551 × 45 case-months × 50 % refusion = 754.897,50. FP
    // ±20 %: 18.642 × 0,2 × 0,8 × 45 = 134.222,40 each way, swing
    // 268.444,80; the anyway share 56–100 %: 29,7 lasting case-months ×
    // (18.642 − 11.282, the 2018 kontanthjælp) × 0,8 = 174.873,60; RFY
    // 11.282 × 0,2 × 0,8 × 45 = 81.230,40, swing 162.460,80.
    assert_eq!(rows[0], "tornado-row-groups[0].indsats.monthly");
    assert_eq!(rows[1], "tornado-row-groups[0].fp.rate.monthly");
    assert_eq!(rows[2], "tornado-row-groups[0].counterfactual.anyway_pct");
    assert_eq!(rows[3], "tornado-row-groups[0].rfy.rate.monthly");
    // Each row's label ends "low net … high net"; swings never grow.
    let swings: Vec<Decimal> = rows
        .iter()
        .map(|id| {
            let text = app
                .el(id)
                .query_selector("text")
                .unwrap()
                .unwrap()
                .text_content()
                .unwrap();
            let (_, nets) = text.rsplit_once(": ").unwrap();
            let (low, high) = nets.split_once(" … ").unwrap();
            (amount(high) - amount(low)).abs()
        })
        .collect();
    for (swing, expected) in swings.iter().zip([754_898, 268_445, 174_874, 162_461]) {
        assert!(
            (*swing - Decimal::from(expected)).abs() <= Decimal::ONE,
            "{swings:?}"
        );
    }
    // Where each spread comes from, in the row's label.
    let label = |id: &str| {
        app.el(id)
            .query_selector("text")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
    };
    assert!(label(&rows[0]).contains("(spænd fra kilderne)"));
    assert!(label(&rows[1]).contains("(±20 %)"));
    assert!(
        swings.windows(2).all(|w| w[0] + Decimal::ONE >= w[1]),
        "{swings:?}"
    );
    let svg = app.el("tornado");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert!(
        svg.query_selector("line.zero").unwrap().is_some(),
        "break-even marked"
    );
    app.unmount().await;
}

// ---- uncertainty ----

#[wasm_bindgen_test]
async fn monte_carlo_repeats_with_a_seed_and_degenerates_to_the_headline() {
    clear_storage();
    let app = Mounted::new().await;
    // Opt-in: nothing has run.
    assert!(app.get("uncertainty-p50").is_none());
    app.add_range(INDSATS).await;
    app.add_range("groups[0].fp.rate.monthly").await;
    let first = app.run("7", "20.000").await;
    assert!(app.get("uncertainty-histogram").is_some());
    assert!(app
        .text("uncertainty-settings")
        .starts_with("20.000 trækninger, seed 7."));
    let again = app.run("7", "20.000").await;
    assert_eq!(first, again, "same seed, same figures");
    // ±20 % on indsats and FP cannot reach zero: no saving in any draw.
    assert_eq!(first[0], "0,0 %");
    let (p10, p50, p90) = (amount(&first[1]), amount(&first[2]), amount(&first[3]));
    assert!(p10 < p50 && p50 < p90, "{first:?}");

    // Degenerate ranges (low = likely = high = today's value): every draw
    // is the deterministic net.
    for path in [INDSATS, "groups[0].fp.rate.monthly"] {
        let value = if path == INDSATS { "2.700" } else { "22.053" };
        for k in ["low", "likely", "high"] {
            app.change(&format!("range-{k}-{path}"), value).await;
        }
    }
    assert_eq!(app.figure(), "407.866 kr.");
    let fixed = app.run("7", "1.000").await;
    assert_eq!(fixed[1], "-407.866 kr.");
    assert_eq!(fixed[2], "-407.866 kr.");
    assert_eq!(fixed[3], "-407.866 kr.");

    // An edit marks the result as belonging to earlier figures.
    app.type_into(INDSATS, "3000").await;
    assert!(app.get("uncertainty-stale").is_some());
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn a_long_run_does_not_block_typing() {
    clear_storage();
    let app = Mounted::new().await;
    app.add_range(INDSATS).await;
    app.add_range("groups[0].months_shortened").await;
    app.change("uncertainty-draws", "100.000").await;
    app.click("uncertainty-run").await;
    sleep(30).await;
    assert!(app.get("uncertainty-stop").is_some(), "still running");
    // Typing goes through at once; the run stops (its figures would be old).
    app.type_into(INDSATS, "12000").await;
    assert_eq!(app.figure(), "10.634 kr.");
    assert!(app.get("uncertainty-run").is_some());
    app.unmount().await;
}

// ---- meeting mode ----

#[wasm_bindgen_test]
async fn meeting_mode_on_a_preset_with_ranges_marks_break_even_shows_the_chart_and_resets() {
    clear_storage();
    let app = Mounted::new().await;
    app.choose("preset-select", "norddjurs-2018-realistic")
        .await;
    app.click("meeting-open").await;
    assert_eq!(app.text("meeting-headline"), "386.642 kr.");
    // The inputs with ranges first (the preset's order), then FP.
    let indsats = "meeting-slider-groups[0].indsats.monthly";
    assert_eq!(
        app.testids("meeting-slider-"),
        [
            indsats,
            "meeting-slider-groups[0].counterfactual.anyway_pct",
            "meeting-slider-groups[0].granted_pct",
            "meeting-slider-groups[0].fp.rate.monthly",
        ]
    );
    // The track reaches the claim (34.417 then, 34.551 with today's RFY).
    assert_eq!(
        app.el(indsats).get_attribute("max").as_deref(),
        Some("38000")
    );
    // Break-even 19.884,11 on 0 … 38.000: a mark 52,3 % along the track.
    let mark = app.el("meeting-be-groups[0].indsats.monthly");
    assert_eq!(mark.get_attribute("data-at").as_deref(), Some("52.3"));
    assert!(app.get("meeting-chart").is_some(), "the year chart");
    // −386.642,43 + (12.000 − 2.700) × 22,5 = −177.392,43.
    app.input(indsats, "12000").await;
    assert_eq!(app.text("meeting-headline"), "177.392 kr.");
    app.click("meeting-reset").await;
    assert_eq!(app.text("meeting-headline"), "386.642 kr.");
    app.unmount().await;
}

#[wasm_bindgen_test]
async fn meeting_mode_sliders_change_the_headline() {
    clear_storage();
    let app = Mounted::new().await;
    app.click("meeting-open").await;
    assert_eq!(app.text("meeting-headline"), "407.866 kr.");
    // Default sliders: the top of the tornado, the anyway share first (its
    // swing 334.502,40 is worked out in src/ui/decision_tests.rs), FP next.
    let sliders = app.testids("meeting-slider-");
    assert!((3..=5).contains(&sliders.len()), "{sliders:?}");
    assert_eq!(
        sliders[0],
        "meeting-slider-groups[0].counterfactual.anyway_pct"
    );
    assert_eq!(sliders[1], "meeting-slider-groups[0].fp.rate.monthly");
    // Each slider marks its break-even (a datalist tick and a sentence):
    // FP 22.053 − 407.866,38 / 36 = 22.053 − 11.329,62 = 10.723,38.
    let fp = app.el(&sliders[1]);
    let list = fp.get_attribute("list").unwrap();
    assert!(document().get_element_by_id(&list).is_some());
    assert!(fp
        .parent_element()
        .unwrap()
        .text_content()
        .unwrap()
        .contains("Går i nul ved 10.723,38"));
    // FP 15.000: 45 × 0,8 × 7.053 = 253.908 less, so −153.958,38.
    app.input(&sliders[1], "15000").await;
    assert_eq!(app.text("meeting-headline"), "153.958 kr.");
    assert_eq!(app.figure(), "153.958 kr.");
    // Escape goes back, focus on the button that opened it.
    let init = KeyboardEventInit::new();
    init.set_key("Escape");
    init.set_bubbles(true);
    let escape = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    app.el(&sliders[1]).dispatch_event(&escape).unwrap();
    settle().await;
    assert!(app.get("meeting-headline").is_none());
    assert_eq!(
        document()
            .active_element()
            .and_then(|e| e.get_attribute("data-testid"))
            .as_deref(),
        Some("meeting-open")
    );
    // The slider's move is one undo step like any edit.
    app.click("undo").await;
    assert_eq!(app.figure(), "407.866 kr.");
    // One click back, and the analyst's pick is used and saved.
    app.click("meeting-pick-groups[0].indsats.monthly").await;
    app.click("meeting-open").await;
    assert_eq!(
        app.testids("meeting-slider-"),
        ["meeting-slider-groups[0].indsats.monthly"]
    );
    app.click("meeting-close").await;
    assert!(app.get("meeting-headline").is_none());
    let saved = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    assert_eq!(
        saved.get_item("afkortning.meeting").unwrap().as_deref(),
        Some("groups[0].indsats.monthly")
    );
    app.unmount().await;
}

// ---- the working ----

/// Every line "label: formula = result" of a working: the formula, worked
/// by hand, gives the result to the øre. Returns the last line's result.
fn check_working(el: &Element) -> Decimal {
    let items = el.query_selector_all("li").unwrap();
    assert!(items.length() > 0);
    let mut last = Decimal::ZERO;
    for i in 0..items.length() {
        let line = items.item(i).unwrap().text_content().unwrap();
        let (left, shown) = line.rsplit_once(" = ").unwrap_or(("", line.as_str()));
        let shown = amount(shown.rsplit(": ").next().unwrap());
        if let Some((_, formula)) = left.rsplit_once(": ") {
            let value = formula::calc(&formula::tokenize(formula, Lang::Da));
            assert_eq!(value.round_dp(2), shown, "{line}");
        }
        last = shown;
    }
    last
}

#[wasm_bindgen_test]
async fn the_working_recomputes_to_the_shown_figures() {
    clear_storage();
    let app = Mounted::new().await;
    for preset in ["your-municipality-latest", "norddjurs-2018-claimed"] {
        app.choose("preset-select", preset).await;
        let net = check_working(&app.el("working-net"));
        // The net's working ends in the headline figure.
        let headline = amount(&app.figure());
        assert_eq!(net.abs().round(), headline, "{preset}");
        for key in ["rfy_saved", "indsats_saved", "fp_added", "buyout"] {
            check_working(&app.el(&format!("working-{key}")));
        }
    }
    // The default preset's net, line by line as in the brief.
    app.choose("preset-select", "your-municipality-latest")
        .await;
    let text = app.text("working-net");
    assert!(
        text.contains("45 sagsmåneder × (10.676,00 + 2.700,00 − 17.642,40)"),
        "{text}"
    );
    assert!(text.contains("−407.866,38"), "{text}");
    app.unmount().await;
}
