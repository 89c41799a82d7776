//! localStorage through gloo, used only from effects in `app.rs`. Every
//! failure is returned as a notice for the user; nothing here panics.
//!
//! The stored texts are exactly what earlier versions wrote, so saved work
//! keeps loading; every key goes through gloo's raw handle, not its typed
//! `get`/`set`, which store a value's JSON. For the language, the preset id
//! and the meeting picks that would change the text (`"da"` for `da`); the
//! scenario documents are JSON, but written and read by `format::document`
//! (the format of files and links), which typed `get`/`set` would bypass or
//! store as one quoted string; the corrupt copy is whatever text could not be
//! read. Only the active index (a bare number is its own JSON) would be
//! stored alike by typed `set`; it is written with the library it points
//! into, in one batch whose first failure is the one notice.

use std::rc::Rc;

use gloo::storage::{LocalStorage, Storage as _};
use web_sys::Storage;

use crate::engine::Scenario;
use crate::format::document;
use crate::lang::Lang;
use crate::ui::state::{StorageNotice, CORRUPT_COPY_KEY};

pub const SCENARIO_KEY: &str = "afkortning.scenario";
pub const LANG_KEY: &str = "afkortning.lang";
pub const PRESET_KEY: &str = "afkortning.preset";
/// Every scenario of the session: a JSON array of scenario documents.
/// `SCENARIO_KEY` keeps the active one too (what earlier versions read), and
/// is migrated into the list when there is no list yet.
pub const LIBRARY_KEY: &str = "afkortning.scenarios";
pub const ACTIVE_KEY: &str = "afkortning.active";
/// The inputs picked for meeting mode, as field paths separated by commas.
pub const MEETING_KEY: &str = "afkortning.meeting";

/// The inputs picked for meeting mode (unknown paths are skipped).
pub fn load_meeting() -> Vec<crate::engine::InputId> {
    storage()
        .ok()
        .and_then(|s| s.get_item(MEETING_KEY).ok().flatten())
        .map(|text| {
            text.split(',')
                .filter_map(crate::engine::InputId::parse)
                .collect()
        })
        .unwrap_or_default()
}

pub fn save_meeting(inputs: &[crate::engine::InputId]) -> Result<(), StorageNotice> {
    let text: Vec<String> = inputs.iter().map(|i| i.path()).collect();
    write(&storage()?, &[(MEETING_KEY, &text.join(","))])
}

/// gloo's handle on localStorage, if the browser lets the page have one.
/// `LocalStorage::raw()` throws when storage is refused (private mode,
/// blocked cookies), so the browser is asked first: a refusal is a notice,
/// not a crash.
fn storage() -> Result<Storage, StorageNotice> {
    let allowed = web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))));
    if allowed {
        Ok(LocalStorage::raw())
    } else {
        Err(StorageNotice::Unavailable)
    }
}

/// What was found in storage.
#[derive(Default)]
pub struct Saved {
    pub scenario: Option<Scenario>,
    pub lang: Option<Lang>,
    pub preset: Option<String>,
    pub problem: Option<StorageNotice>,
    /// The saved list (empty when there was none: then `scenario` alone).
    pub library: Vec<Scenario>,
    pub active: usize,
}

/// Reads a saved list; `None` if it is not one.
fn read_library(text: &str) -> Option<Vec<Scenario>> {
    document::read_list(text)
}

/// Reads the saved state. A saved scenario that cannot be read is copied to
/// [`CORRUPT_COPY_KEY`] (so it is not lost) and reported.
pub fn load() -> Saved {
    let storage = match storage() {
        Ok(storage) => storage,
        Err(problem) => {
            return Saved {
                problem: Some(problem),
                ..Saved::default()
            }
        }
    };
    let get = |key: &str| storage.get_item(key).ok().flatten();
    let lang = match get(LANG_KEY).as_deref() {
        Some("en") => Some(Lang::En),
        Some("da") => Some(Lang::Da),
        _ => None,
    };
    let mut saved = Saved {
        lang,
        preset: get(PRESET_KEY),
        ..Saved::default()
    };
    if let Some(text) = get(SCENARIO_KEY) {
        match document::read(&text) {
            Ok(scenario) => saved.scenario = Some(scenario),
            Err(_) => {
                let _ = storage.set_item(CORRUPT_COPY_KEY, &text);
                saved.problem = Some(StorageNotice::Corrupt);
            }
        }
    }
    if let Some(text) = get(LIBRARY_KEY) {
        match read_library(&text) {
            Some(list) => {
                saved.active = get(ACTIVE_KEY)
                    .and_then(|a| a.parse().ok())
                    .unwrap_or(0)
                    .min(list.len() - 1);
                saved.scenario = list.get(saved.active).cloned();
                saved.library = list;
            }
            None => {
                let _ = storage.set_item(CORRUPT_COPY_KEY, &text);
                saved.problem = Some(StorageNotice::Corrupt);
            }
        }
    }
    saved
}

/// The JSON last written for each scenario. A keystroke changes one
/// scenario, so the others are not turned into JSON again (that was most of
/// the time a keystroke spent saving).
#[derive(Default)]
pub struct Written(Vec<(Rc<Scenario>, Rc<str>)>);

impl Written {
    fn json(&self, scenario: &Rc<Scenario>) -> Rc<str> {
        match self.0.iter().find(|(s, _)| Rc::ptr_eq(s, scenario)) {
            Some((_, json)) => Rc::clone(json),
            None => document::to_json_compact(scenario).into(),
        }
    }
}

/// Saves every scenario, which one is on screen, and that one again under
/// [`SCENARIO_KEY`] (what earlier versions read); each is turned into JSON
/// once.
pub fn save_library(
    written: &mut Written,
    library: &[Rc<Scenario>],
    active: usize,
) -> Result<(), StorageNotice> {
    let storage = storage()?;
    let docs: Vec<(Rc<Scenario>, Rc<str>)> = library
        .iter()
        .map(|s| (Rc::clone(s), written.json(s)))
        .collect();
    let list: Vec<&str> = docs.iter().map(|(_, json)| &**json).collect();
    let list = format!("[{}]", list.join(","));
    let on_screen = docs
        .get(active)
        .map_or(Rc::from(""), |(_, json)| Rc::clone(json));
    written.0 = docs;
    write(
        &storage,
        &[
            (LIBRARY_KEY, &list),
            (ACTIVE_KEY, &active.to_string()),
            (SCENARIO_KEY, &on_screen),
        ],
    )
}

/// Saves the language and the preset.
pub fn save_choices(lang: Lang, preset: &str) -> Result<(), StorageNotice> {
    write(
        &storage()?,
        &[(LANG_KEY, lang.code()), (PRESET_KEY, preset)],
    )
}

fn write(storage: &Storage, items: &[(&str, &str)]) -> Result<(), StorageNotice> {
    for (key, value) in items {
        storage
            .set_item(key, value)
            .map_err(|_| StorageNotice::Full)?;
    }
    Ok(())
}
