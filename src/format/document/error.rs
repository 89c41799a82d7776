//! Why a text cannot be read as a scenario document: the document's own
//! shape (not JSON, a field missing, unknown or given twice, a value of the
//! wrong kind, a version this build does not read) or a value the model does
//! not allow (the engine's [`Problem`], wrapped). Data only: `crate::text`
//! words each one in Danish and English.

use crate::engine::validate::{FieldError, Problem};

#[derive(Clone, Debug, PartialEq)]
pub struct DocumentError {
    /// e.g. `groups[1].timing.kind`; empty for the document as a whole.
    pub path: String,
    pub problem: DocumentProblem,
}

#[derive(Clone, Debug, PartialEq)]
pub enum DocumentProblem {
    /// A value the model does not allow, or a list longer than it keeps.
    Invalid(Problem),
    /// A field the document format requires is left out.
    MissingField,
    /// A field the format does not have at this place (often a typo).
    UnknownField {
        allowed: &'static [&'static str],
    },
    /// The same field twice in one object.
    DuplicateField,
    /// A value of the wrong kind (text where a number belongs, …).
    WrongType {
        expected: Expected,
    },
    /// JSON of a shape the format does not have, where none of the problems
    /// above says it better; `detail` is the JSON reader's own (English)
    /// description.
    Shape {
        detail: String,
    },
    /// Where the text stops being JSON, counted from 1.
    NotJson {
        line: usize,
        column: usize,
    },
    MissingVersion,
    TooNew {
        version: u64,
    },
    UnsupportedVersion {
        version: u64,
    },
}

/// What kind of value the document format wants at a place.
#[derive(Clone, Debug, PartialEq)]
pub enum Expected {
    Object,
    List,
    Text,
    Bool,
    Number,
    WholeNumber { max: u64 },
    OneOf(Vec<&'static str>),
}

impl DocumentError {
    pub fn new(path: impl Into<String>, problem: impl Into<DocumentProblem>) -> DocumentError {
        DocumentError {
            path: path.into(),
            problem: problem.into(),
        }
    }
}

impl From<Problem> for DocumentProblem {
    fn from(problem: Problem) -> DocumentProblem {
        DocumentProblem::Invalid(problem)
    }
}

impl From<FieldError> for DocumentError {
    fn from(e: FieldError) -> DocumentError {
        DocumentError::new(e.path, e.problem)
    }
}
