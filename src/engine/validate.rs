//! Checks a scenario against the allowed ranges. Every problem names the
//! field by its path and says what is allowed, in Danish and English.

use rust_decimal::Decimal;

use super::indexing;
use super::inputs::{Field, InputId, Unit};
use super::scenario::{Rate, Scenario, Timing, CURRENT_VERSION};
use crate::data::rates;
use crate::format::number::format_plain;
use crate::lang::Lang;

pub const MAX_GROUPS: usize = 100;
pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_LABEL_CHARS: usize = 100;
pub const MAX_DESCRIPTION_CHARS: usize = 5000;
pub const MAX_RANGES: usize = 200;
pub const MAX_SOURCES: usize = 2000;
pub const MAX_SOURCE_CHARS: usize = 2000;

#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    /// e.g. `groups[1].months_shortened`; empty for the document as a whole.
    pub path: String,
    pub problem: Problem,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    OutOfRange {
        min: Decimal,
        max: Decimal,
        unit: Unit,
    },
    NotWhole,
    TooLong {
        max_chars: usize,
    },
    /// A list or map with more entries than the app keeps.
    TooMany {
        max: usize,
    },
    GroupCount {
        max: usize,
    },
    MoreShortenedThanReviewed,
    AfterHorizon {
        horizon_months: u32,
    },
    /// A table year with no rate: `available` are the rows' years; a year
    /// after the last of them, up to `indexed_until`, is indexed.
    NoRateForYear {
        available: Vec<u16>,
        indexed_until: u16,
    },
    UnknownInput,
    RangeOrder,
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
    /// A calculation left the range of numbers the engine can hold.
    Overflow,
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

impl Expected {
    fn describe(&self, lang: Lang) -> String {
        match (self, lang) {
            (Expected::Object, Lang::Da) => "et objekt { … }".into(),
            (Expected::Object, Lang::En) => "an object { … }".into(),
            (Expected::List, Lang::Da) => "en liste [ … ]".into(),
            (Expected::List, Lang::En) => "a list [ … ]".into(),
            (Expected::Text, Lang::Da) => "en tekst i anførselstegn".into(),
            (Expected::Text, Lang::En) => "a text in quotes".into(),
            (Expected::Bool, _) => lang.pick("true eller false", "true or false").into(),
            (Expected::Number, Lang::Da) => "et tal, fx \"2700.50\"".into(),
            (Expected::Number, Lang::En) => "a number, e.g. \"2700.50\"".into(),
            (Expected::WholeNumber { max }, Lang::Da) => format!("et helt tal fra 0 til {max}"),
            (Expected::WholeNumber { max }, Lang::En) => format!("a whole number from 0 to {max}"),
            (Expected::OneOf(names), _) => {
                lang.pick("en af: ", "one of: ").to_string() + &names.join(", ")
            }
        }
    }
}

impl FieldError {
    pub fn new(path: impl Into<String>, problem: Problem) -> FieldError {
        FieldError {
            path: path.into(),
            problem,
        }
    }

    /// `path: what is wrong and what is allowed`.
    pub fn message(&self, lang: Lang) -> String {
        let text = self.problem.message(lang);
        if self.path.is_empty() {
            text
        } else {
            format!("{}: {}", self.path, text)
        }
    }
}

impl Problem {
    pub fn message(&self, lang: Lang) -> String {
        let num = |d: Decimal| format_plain(d, lang, 2);
        match (self, lang) {
            (Problem::OutOfRange { min, max, unit }, Lang::Da) => {
                format!("skal være et tal fra {} til {} {}", num(*min), num(*max), unit.label(lang))
            }
            (Problem::OutOfRange { min, max, unit }, Lang::En) => {
                format!("must be a number from {} to {} {}", num(*min), num(*max), unit.label(lang))
            }
            (Problem::NotWhole, Lang::Da) => "skal være et helt tal".into(),
            (Problem::NotWhole, Lang::En) => "must be a whole number".into(),
            (Problem::TooLong { max_chars }, Lang::Da) => format!("må højst være {max_chars} tegn"),
            (Problem::TooLong { max_chars }, Lang::En) => format!("must be at most {max_chars} characters"),
            (Problem::TooMany { max }, Lang::Da) => format!("må højst have {max} elementer"),
            (Problem::TooMany { max }, Lang::En) => format!("must have at most {max} entries"),
            (Problem::GroupCount { max }, Lang::Da) => format!("skal have fra 1 til {max} sagsgrupper"),
            (Problem::GroupCount { max }, Lang::En) => format!("must have from 1 to {max} case groups"),
            (Problem::MoreShortenedThanReviewed, Lang::Da) => {
                "kan ikke være større end antallet af gennemgåede sager".into()
            }
            (Problem::MoreShortenedThanReviewed, Lang::En) => "cannot exceed the number of cases reviewed".into(),
            (Problem::AfterHorizon { horizon_months }, Lang::Da) => {
                format!("skal ligge i perioden: måned 1 til {horizon_months}")
            }
            (Problem::AfterHorizon { horizon_months }, Lang::En) => {
                format!("must lie within the horizon: month 1 to {horizon_months}")
            }
            (Problem::NoRateForYear { available, indexed_until }, _) => {
                let years: Vec<String> = available.iter().map(u16::to_string).collect();
                let mut text = lang
                    .pick("der er ingen sats for det år; vælg et af årene ", "there is no rate for that year; choose one of ")
                    .to_string()
                    + &years.join(", ");
                if let Some(last) = available.last().filter(|last| *last < indexed_until) {
                    text += &match lang {
                        Lang::Da => format!(" eller et senere år til og med {indexed_until} (skøn: {last}-satsen reguleret)"),
                        Lang::En => format!(", or a later year up to {indexed_until} (an estimate: the {last} rate indexed)"),
                    };
                }
                text
            }
            (Problem::UnknownInput, Lang::Da) => "er ikke et talfelt i scenariet".into(),
            (Problem::UnknownInput, Lang::En) => "is not a numeric field of the scenario".into(),
            (Problem::RangeOrder, Lang::Da) => "lav ≤ sandsynlig ≤ høj skal gælde".into(),
            (Problem::RangeOrder, Lang::En) => "low ≤ likely ≤ high must hold".into(),
            (Problem::MissingField, Lang::Da) => "mangler; feltet skal være med".into(),
            (Problem::MissingField, Lang::En) => "is missing; the field is required".into(),
            (Problem::UnknownField { allowed }, _) => {
                lang.pick("er ikke et felt her (tilladte: ", "is not a field here (allowed: ").to_string()
                    + &allowed.join(", ")
                    + ")"
            }
            (Problem::DuplicateField, Lang::Da) => "står der mere end én gang".into(),
            (Problem::DuplicateField, Lang::En) => "appears more than once".into(),
            (Problem::WrongType { expected }, _) => {
                lang.pick("skal være ", "must be ").to_string() + &expected.describe(lang)
            }
            (Problem::Shape { detail }, Lang::Da) => {
                format!("har ikke den form, formatet kræver (JSON-læseren siger: {detail})")
            }
            (Problem::Shape { detail }, Lang::En) => {
                format!("does not have the shape the format requires (the JSON reader says: {detail})")
            }
            (Problem::NotJson { line, column }, Lang::Da) => {
                format!("er ikke gyldig JSON (fejl i linje {line}, tegn {column})")
            }
            (Problem::NotJson { line, column }, Lang::En) => {
                format!("is not valid JSON (error at line {line}, character {column})")
            }
            (Problem::MissingVersion, Lang::Da) => "mangler feltet \"version\" (et helt tal)".into(),
            (Problem::MissingVersion, Lang::En) => "lacks the field \"version\" (a whole number)".into(),
            (Problem::TooNew { version }, Lang::Da) => format!(
                "er lavet med en nyere udgave af beregneren (format {version}; denne udgave læser op til {CURRENT_VERSION}). Åbn det i den nyeste udgave."
            ),
            (Problem::TooNew { version }, Lang::En) => format!(
                "was made by a newer version of the calculator (format {version}; this one reads up to {CURRENT_VERSION}). Open it in the latest version."
            ),
            (Problem::UnsupportedVersion { version }, Lang::Da) => {
                format!("formatversion {version} findes ikke (gyldige: 1 til {CURRENT_VERSION})")
            }
            (Problem::UnsupportedVersion { version }, Lang::En) => {
                format!("format version {version} does not exist (valid: 1 to {CURRENT_VERSION})")
            }
            (Problem::Overflow, Lang::Da) => "giver tal, der er for store til at regne med".into(),
            (Problem::Overflow, Lang::En) => "gives numbers too large to calculate with".into(),
        }
    }
}

/// All problems with a scenario; empty when it can be evaluated.
pub fn validate(s: &Scenario) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut text = |path: String, value: &str, max_chars: usize| {
        if value.chars().count() > max_chars {
            errors.push(FieldError::new(path, Problem::TooLong { max_chars }));
        }
    };
    text("name".into(), &s.name, MAX_NAME_CHARS);
    text("description".into(), &s.description, MAX_DESCRIPTION_CHARS);
    for (i, g) in s.groups.iter().enumerate() {
        text(format!("groups[{i}].label"), &g.label, MAX_LABEL_CHARS);
    }
    for (key, note) in &s.sources {
        text(format!("sources.{key}"), &note.text, MAX_SOURCE_CHARS);
        text(
            format!("sources.{key}"),
            note.text_en.as_deref().unwrap_or(""),
            MAX_SOURCE_CHARS,
        );
    }

    if s.groups.is_empty() || s.groups.len() > MAX_GROUPS {
        errors.push(FieldError::new(
            "groups",
            Problem::GroupCount { max: MAX_GROUPS },
        ));
    }
    if s.ranges.len() > MAX_RANGES {
        errors.push(FieldError::new(
            "ranges",
            Problem::TooMany { max: MAX_RANGES },
        ));
    }
    if s.sources.len() > MAX_SOURCES {
        errors.push(FieldError::new(
            "sources",
            Problem::TooMany { max: MAX_SOURCES },
        ));
    }

    let groups = s.groups.len().min(MAX_GROUPS);
    let inputs = Field::SCENARIO_FIELDS
        .into_iter()
        .map(InputId::scenario)
        .chain((0..groups).flat_map(|g| {
            Field::GROUP_FIELDS
                .into_iter()
                .map(move |f| InputId::group(g, f))
        }));
    for input in inputs {
        // Table rates and refusion rules are checked below or cannot be wrong.
        let typed_in = match input.field {
            Field::RfyMonthly => matches!(s.groups[input.group].rfy.rate, Rate::Custom { .. }),
            Field::FpMonthly => matches!(s.groups[input.group].fp.rate, Rate::Custom { .. }),
            _ => true,
        };
        if let (true, Some(value)) = (typed_in, input.get(s)) {
            if let Some(problem) = check_value(input.field, value) {
                errors.push(FieldError::new(input.path(), problem));
            }
        }
    }

    let horizon = s.horizon_months;
    let mut within_horizon = |path: String, month: u32| {
        if (1..=240).contains(&month) && month > horizon && (1..=240).contains(&horizon) {
            errors.push(FieldError::new(
                path,
                Problem::AfterHorizon {
                    horizon_months: horizon,
                },
            ));
        }
    };
    within_horizon(
        InputId::scenario(Field::InvestmentFromMonth).path(),
        s.investment.from_month,
    );
    for (i, g) in s.groups.iter().enumerate().take(MAX_GROUPS) {
        match g.timing {
            Timing::Even { from_month, .. } => {
                within_horizon(InputId::group(i, Field::TimingFromMonth).path(), from_month)
            }
            Timing::FromMonth { month } => {
                within_horizon(InputId::group(i, Field::TimingMonth).path(), month)
            }
        }
    }

    for (i, g) in s.groups.iter().enumerate().take(MAX_GROUPS) {
        if g.cases_shortened > g.cases_reviewed && g.cases_reviewed >= Decimal::ZERO {
            errors.push(FieldError::new(
                InputId::group(i, Field::CasesShortened).path(),
                Problem::MoreShortenedThanReviewed,
            ));
        }
        if let Rate::Table { year, status } = g.rfy.rate {
            if indexing::rfy_rate(year, status, &s.perspective).is_none() {
                let available = rates::years(rates::RFY).collect();
                errors.push(FieldError::new(
                    format!("groups[{i}].rfy.rate.year"),
                    Problem::NoRateForYear {
                        available,
                        indexed_until: rates::LAST_INDEXED_YEAR,
                    },
                ));
            }
        }
        if let Rate::Table { year, status } = g.fp.rate {
            if indexing::fp_rate(year, status, &s.perspective).is_none() {
                let available = rates::years(rates::FP).collect();
                errors.push(FieldError::new(
                    format!("groups[{i}].fp.rate.year"),
                    Problem::NoRateForYear {
                        available,
                        indexed_until: rates::LAST_INDEXED_YEAR,
                    },
                ));
            }
        }
    }

    for (i, range) in s.ranges.iter().enumerate().take(MAX_RANGES) {
        let path = format!("ranges[{i}]");
        let Some(input) = InputId::parse(&range.input).filter(|input| input.get(s).is_some())
        else {
            errors.push(FieldError::new(
                format!("{path}.input"),
                Problem::UnknownInput,
            ));
            continue;
        };
        for (name, value) in [
            ("low", Some(range.low)),
            ("likely", range.likely),
            ("high", range.high.into()),
        ] {
            if let Some(problem) = value.and_then(|v| check_value(input.field, v)) {
                errors.push(FieldError::new(format!("{path}.{name}"), problem));
            }
        }
        let likely = range.likely.unwrap_or(range.low);
        if !(range.low <= likely && likely <= range.high) {
            errors.push(FieldError::new(path, Problem::RangeOrder));
        }
    }
    errors
}

/// The problem with one value of a field, if any.
pub fn check_value(field: Field, value: Decimal) -> Option<Problem> {
    let spec = field.spec();
    if value < spec.min || value > spec.max {
        Some(Problem::OutOfRange {
            min: spec.min,
            max: spec.max,
            unit: spec.unit,
        })
    } else if spec.integer && !value.fract().is_zero() {
        Some(Problem::NotWhole)
    } else {
        None
    }
}
