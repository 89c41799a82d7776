//! Checks a scenario against the allowed ranges. Every problem is data: the
//! field's path, what kind of problem, and the limits; `crate::text` words
//! it in Danish and English.

use rust_decimal::Decimal;

use super::indexing;
use super::inputs::{CostPart, Field, InputId, Source, Unit};
use super::scenario::{Rate, Scenario, Timing};
use crate::data::rates::{self, Table};
use crate::data::{exits, kontanthjaelp};

pub const MAX_GROUPS: usize = 100;
pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_LABEL_CHARS: usize = 100;
pub const MAX_DESCRIPTION_CHARS: usize = 5000;
pub const MAX_RANGES: usize = 200;
pub const MAX_SOURCES: usize = 2000;
pub const MAX_SOURCE_CHARS: usize = 2000;
pub const MAX_COST_LINES: usize = 50;

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
    /// The shares sent to fleksjob, kontanthjælp and job add up to more
    /// than 100 % (FP takes what they leave).
    SharesOver100 {
        total: Decimal,
    },
    /// Months cut beyond the months left in the forløb (`months_left`).
    MoreThanMonthsLeft {
        months_left: Decimal,
    },
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
    /// A calculation left the range of numbers the engine can hold.
    Overflow,
}

impl FieldError {
    pub fn new(path: impl Into<String>, problem: Problem) -> FieldError {
        FieldError {
            path: path.into(),
            problem,
        }
    }
}

/// A table year with no figure: the rows' years are what may be chosen.
fn no_rate_for_year(path: String, table: &Table) -> FieldError {
    FieldError::new(
        path,
        Problem::NoRateForYear {
            available: rates::years(table).collect(),
            indexed_until: rates::LAST_INDEXED_YEAR,
        },
    )
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
    for (i, c) in s.costs.iter().enumerate() {
        text(format!("costs[{i}].label"), &c.label, MAX_LABEL_CHARS);
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
        let typed_in = match input.field.source() {
            Source::RateTable(_) => !input.from_rule(s),
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
        let d = &g.destinations;
        let elsewhere = [d.fleksjob.share_pct, d.kontanthjaelp.share_pct, d.job_pct];
        if elsewhere.iter().all(|p| *p >= Decimal::ZERO) {
            if let Some(total) = elsewhere
                .iter()
                .try_fold(Decimal::ZERO, |a, b| a.checked_add(*b))
                .filter(|total| *total > Decimal::ONE_HUNDRED)
            {
                for field in [Field::FleksjobPct, Field::KontanthjaelpPct, Field::JobPct] {
                    errors.push(FieldError::new(
                        InputId::group(i, field).path(),
                        Problem::SharesOver100 { total },
                    ));
                }
            }
        }
        if let Some(months_left) = g.months_left {
            if g.months_shortened > months_left && months_left >= Decimal::ZERO {
                errors.push(FieldError::new(
                    InputId::group(i, Field::MonthsShortened).path(),
                    Problem::MoreThanMonthsLeft { months_left },
                ));
            }
        }
        if let Rate::Table { year, status } = g.rfy.rate {
            if indexing::rfy_rate(year, status, &s.perspective).is_none() {
                errors.push(no_rate_for_year(
                    format!("groups[{i}].rfy.rate.year"),
                    rates::RFY,
                ));
            }
        }
        if let Rate::Table { year, status } = g.fp.rate {
            if indexing::fp_rate(year, status, &s.perspective).is_none() {
                errors.push(no_rate_for_year(
                    format!("groups[{i}].fp.rate.year"),
                    rates::FP,
                ));
            }
        }
        if let Rate::Table { year, status } = g.destinations.fleksjob.rate {
            if indexing::fleksjob_rate(year, status, &s.perspective).is_none() {
                errors.push(no_rate_for_year(
                    format!("groups[{i}].destinations.fleksjob.rate.year"),
                    exits::FLEKSJOB,
                ));
            }
        }
        if let Rate::Table { year, status } = g.destinations.kontanthjaelp.rate {
            if indexing::kontanthjaelp_rate(year, status, &s.perspective).is_none() {
                errors.push(no_rate_for_year(
                    format!("groups[{i}].destinations.kontanthjaelp.rate.year"),
                    kontanthjaelp::TABLE,
                ));
            }
        }
    }

    if s.costs.len() > MAX_COST_LINES {
        errors.push(FieldError::new(
            "costs",
            Problem::TooMany {
                max: MAX_COST_LINES,
            },
        ));
    }
    for (i, c) in s.costs.iter().enumerate().take(MAX_COST_LINES) {
        for part in CostPart::of_line(c) {
            let (min, max, unit) = part.range();
            if part.get(c).is_some_and(|v| v < min || v > max) {
                errors.push(FieldError::new(
                    format!("costs[{i}].{}", part.path_suffix()),
                    Problem::OutOfRange { min, max, unit },
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
