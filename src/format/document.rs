//! The scenario document: JSON with a `version`, the single format for share
//! links, files and tests (`docs/scenario-format.md`). Reading migrates older
//! versions, refuses newer ones, and reports problems by field path.

use serde_json::Value;

use crate::engine::scenario::{Scenario, CURRENT_VERSION};
use crate::engine::validate::{validate, FieldError, Problem};

/// Larger documents are refused before parsing: no real scenario comes close.
pub const MAX_DOCUMENT_BYTES: usize = 2_000_000;

/// The document for a scenario, pretty-printed (files, tests).
pub fn to_json(s: &Scenario) -> String {
    serde_json::to_string_pretty(&with_current_version(s)).unwrap_or_default()
}

/// The document on one line (share links).
pub fn to_json_compact(s: &Scenario) -> String {
    serde_json::to_string(&with_current_version(s)).unwrap_or_default()
}

fn with_current_version(s: &Scenario) -> Scenario {
    Scenario {
        version: CURRENT_VERSION,
        ..s.clone()
    }
}

/// Reads a document into a scenario. Values out of range are kept (so a
/// user's work in progress survives a round trip); use [`read_valid`] to
/// also check them.
pub fn read(text: &str) -> Result<Scenario, Vec<FieldError>> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(vec![FieldError::new(
            "",
            Problem::TooLong {
                max_chars: MAX_DOCUMENT_BYTES,
            },
        )]);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| {
        vec![FieldError::new(
            "",
            Problem::NotJson {
                detail: e.to_string(),
            },
        )]
    })?;
    read_value(value)
}

/// Reads a document already parsed as JSON (one scenario inside a larger
/// document, such as a comparison), exactly as [`read`] does.
pub fn read_value(value: Value) -> Result<Scenario, Vec<FieldError>> {
    let value = migrate(value)?;
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let path = if path == "." { String::new() } else { path };
        vec![FieldError::new(
            path,
            Problem::Unreadable {
                detail: e.into_inner().to_string(),
            },
        )]
    })
}

/// Reads a document and checks every value: all problems, each with its path.
pub fn read_valid(text: &str) -> Result<Scenario, Vec<FieldError>> {
    let scenario = read(text)?;
    let errors = validate(&scenario);
    if errors.is_empty() {
        Ok(scenario)
    } else {
        Err(errors)
    }
}

/// Brings a document of any supported version to the current one. Each
/// format change adds a step here, so links and files made by earlier
/// versions of the app keep opening.
fn migrate(mut value: Value) -> Result<Value, Vec<FieldError>> {
    let version = match value.get("version") {
        Some(v) => v
            .as_u64()
            .ok_or_else(|| vec![FieldError::new("version", Problem::MissingVersion)])?,
        None if value.is_object() => {
            return Err(vec![FieldError::new("version", Problem::MissingVersion)])
        }
        None => {
            return Err(vec![FieldError::new(
                "",
                Problem::Unreadable {
                    detail: "expected a JSON object".into(),
                },
            )])
        }
    };
    if version > u64::from(CURRENT_VERSION) {
        return Err(vec![FieldError::new(
            "version",
            Problem::TooNew { version },
        )]);
    }
    if version == 0 {
        return Err(vec![FieldError::new(
            "version",
            Problem::UnsupportedVersion { version },
        )]);
    }
    // Version 1 is the first format: nothing to migrate yet.
    if let Some(v) = value.get_mut("version") {
        *v = Value::from(CURRENT_VERSION);
    }
    Ok(value)
}
