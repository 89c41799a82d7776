//! `index.html` carries the default scenario's headline so a first-time
//! visitor sees the answer before the wasm has arrived. That block must be
//! exactly what the app itself renders first (`ui::view::first_answer_html`);
//! this test fails when they differ, e.g. after a change of the default
//! preset, a rate or a text.
//!
//! To rewrite the block: `UPDATE_FIRST_ANSWER=1 cargo test --test first_answer`.

use afkortning::ui::view::first_answer_html;

const START: &str = "<!-- first-answer: written by ui::view::first_answer_html, checked by tests/first_answer.rs -->\n";
const END: &str = "<!-- /first-answer -->";
const INDENT: &str = "    ";

fn index_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html")
}

/// The block as it stands in `index.html`, between the two markers.
fn indented(block: &str) -> String {
    block
        .lines()
        .map(|line| format!("{INDENT}{line}\n"))
        .collect::<String>()
        + INDENT
}

#[test]
fn index_html_shows_what_the_app_renders_first() {
    let path = index_path();
    let page = std::fs::read_to_string(&path).expect("index.html is readable");
    let start = page
        .find(START)
        .map(|at| at + START.len())
        .expect("index.html has the first-answer start marker");
    let end = start
        + page[start..]
            .find(END)
            .expect("index.html has the first-answer end marker");
    let expected = indented(&first_answer_html());
    if page[start..end] == expected {
        return;
    }
    if std::env::var_os("UPDATE_FIRST_ANSWER").is_some() {
        let updated = format!("{}{}{}", &page[..start], expected, &page[end..]);
        std::fs::write(&path, updated).expect("index.html is writable");
        return;
    }
    panic!(
        "index.html's first answer differs from what the app renders first.\n\
         Run `UPDATE_FIRST_ANSWER=1 cargo test --test first_answer`, or put this \
         between the markers:\n\n{expected}\n\nindex.html has:\n\n{}\n",
        &page[start..end]
    );
}

/// The figure itself, worked out by hand, so that a change in how the block
/// is built cannot pass by also changing what the app shows.
/// The default preset, "Jeres kommune – seneste satser (2026)" (worked in
/// full in `tests/golden/preset-your-municipality-latest.json`): per
/// case-month the kommune saves RFY 13.345 × 0,8 = 10.676 and indsats 2.700
/// but pays FP 22.053 × 0,8 = 17.642,40, a swing of −4.266,40; 45 case-months
/// give −191.988, and the buy-out 15/37 × 532.500 = 215.878,38 on top makes
/// −407.866,38, shown rounded and without its sign: "407.866 kr. merudgift".
#[test]
fn the_first_answer_is_the_default_presets_net_in_danish() {
    let block = first_answer_html();
    assert!(
        block.contains("<span class=\"figure\" data-testid=\"headline-figure\">407.866 kr.</span>"),
        "{block}"
    );
    assert!(block.contains(">merudgift</span>"), "{block}");
    assert!(block.contains("class=\"headline cost\""), "{block}");
    assert!(block.contains("Beregneren indlæses …"), "{block}");
    assert!(block.contains("aria-busy=\"true\""), "{block}");
    assert!(!block.contains("aria-live"), "{block}");
}

/// After the first answer: a loading line for the visitor it is hidden from
/// (saved work, a link) and the message static/boot.js shows when the app
/// cannot load or start, both in Danish and English, the failure hidden
/// until then and announced when shown.
#[test]
fn the_page_says_it_is_loading_and_what_to_do_when_it_cannot_start() {
    let block = first_answer_html();
    let status = &block[block
        .find("<div id=\"boot-status\">")
        .expect("the boot status follows the first answer")..];
    assert!(
        status.contains(
            "<p class=\"boot-loading\" data-testid=\"boot-loading\">Beregneren indlæses … / \
             <span lang=\"en\">Loading the calculator …</span></p>"
        ),
        "{status}"
    );
    assert!(
        status.contains(
            "<div class=\"load-failure\" role=\"alert\" data-testid=\"load-failure\" hidden>"
        ),
        "{status}"
    );
    for sentence in [
        "Beregneren kunne ikke starte.",
        "Det, du har gemt, ligger stadig i denne browser.",
        "The calculator could not start.",
        "Your saved work is still kept in this browser.",
        "<span data-reason=\"no-wasm\" hidden>Denne browser kan ikke køre WebAssembly",
        "<span data-reason=\"no-wasm\" hidden>This browser cannot run WebAssembly",
        ">Genindlæs / <span lang=\"en\">Reload</span></button>",
    ] {
        assert!(status.contains(sentence), "{sentence} in {status}");
    }
    assert!(status.contains("<div lang=\"en\">"), "{status}");
}
