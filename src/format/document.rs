//! The scenario document: JSON with a `version`, the single format for share
//! links, files and tests (`docs/scenario-format.md`). Reading migrates older
//! versions, refuses newer ones, and reports problems by field path.
//!
//! The mapping between the model and JSON is written out by hand, field by
//! field, in the order the format documents them: it replaced serde's derive,
//! which cost more of the shipped size than the rest of the format code
//! together (issue 6), and it lets every shape error speak Danish.

use rust_decimal::Decimal;

use super::json::{self, Value};
use crate::engine::scenario::*;
use crate::engine::sorted_map::SortedMap;
use crate::engine::validate::{validate, Expected, FieldError, Problem, MAX_SOURCES};

/// Larger documents are refused before parsing: no real scenario comes close.
pub const MAX_DOCUMENT_BYTES: usize = 2_000_000;

/// The document for a scenario, pretty-printed (files, tests).
pub fn to_json(s: &Scenario) -> String {
    to_value(s).to_pretty()
}

/// The document on one line (share links, storage).
pub fn to_json_compact(s: &Scenario) -> String {
    to_value(s).to_compact()
}

/// Reads a document into a scenario. Values out of range are kept (so a
/// user's work in progress survives a round trip); use [`read_valid`] to
/// also check them.
pub fn read(text: &str) -> Result<Scenario, Vec<FieldError>> {
    parse(text).and_then(read_value)
}

/// Parses a document's JSON, refusing texts too long to be a document.
pub fn parse(text: &str) -> Result<Value, Vec<FieldError>> {
    let refuse = |problem| Err(vec![FieldError::new("", problem)]);
    if text.len() > MAX_DOCUMENT_BYTES {
        return refuse(Problem::TooLong {
            max_chars: MAX_DOCUMENT_BYTES,
        });
    }
    json::parse(text).or_else(|at| {
        refuse(Problem::NotJson {
            line: at.line,
            column: at.column,
        })
    })
}

/// Reads a document already parsed as JSON (one scenario inside a larger
/// document, such as a comparison), exactly as [`read`] does.
pub fn read_value(value: Value) -> Result<Scenario, Vec<FieldError>> {
    migrate(value).and_then(scenario)
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

/// The `version` of a document (or of a comparison wrapper), checked against
/// the newest this build reads.
pub fn version(value: &Value, newest: u32) -> Result<u64, FieldError> {
    let Value::Object(_) = value else {
        return Err(FieldError::new(
            "",
            Problem::WrongType {
                expected: Expected::Object,
            },
        ));
    };
    let refuse = |problem| Err(FieldError::new("version", problem));
    match value.get("version").map(Value::as_u64) {
        None | Some(None) => refuse(Problem::MissingVersion),
        Some(Some(version)) if version > u64::from(newest) => refuse(Problem::TooNew { version }),
        Some(Some(0)) => refuse(Problem::UnsupportedVersion { version: 0 }),
        Some(Some(version)) => Ok(version),
    }
}

/// Brings a document of any supported version to the current one. Each
/// format change adds a step here, so links and files made by earlier
/// versions of the app keep opening.
fn migrate(value: Value) -> Result<Value, Vec<FieldError>> {
    let _version = version(&value, CURRENT_VERSION).map_err(|e| vec![e])?;
    // Version 1 is the first format: nothing to migrate yet.
    Ok(value)
}

// ---- Writing -------------------------------------------------------------

/// The document as a JSON value: written out by [`to_json`] and
/// [`to_json_compact`], and placed inside a comparison's wrapper.
pub fn to_value(s: &Scenario) -> Value {
    let mut doc = vec![
        ("version", Value::number(CURRENT_VERSION)),
        ("name", text(&s.name)),
        ("description", text(&s.description)),
        (
            "start",
            object(vec![
                ("year", Value::number(s.start.year)),
                ("month", Value::number(s.start.month)),
            ]),
        ),
        ("horizon_months", Value::number(s.horizon_months)),
        (
            "groups",
            Value::List(s.groups.iter().map(group_value).collect()),
        ),
        ("investment", investment_value(&s.investment)),
        ("perspective", perspective_value(&s.perspective)),
    ];
    if !s.ranges.is_empty() {
        doc.push((
            "ranges",
            Value::List(s.ranges.iter().map(range_value).collect()),
        ));
    }
    if !s.sources.is_empty() {
        let notes = s
            .sources
            .iter()
            .map(|(path, note)| (path.clone(), source_value(note)))
            .collect();
        doc.push(("sources", Value::Object(notes)));
    }
    object(doc)
}

fn object(members: Vec<(&str, Value)>) -> Value {
    Value::Object(
        members
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    )
}

fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}

/// Decimals are written as strings, so they come back exactly.
fn decimal_value(d: Decimal) -> Value {
    Value::Text(d.to_string())
}

fn group_value(g: &CaseGroup) -> Value {
    let kind = ("kind", text(g.timing.kind_name()));
    let timing = match g.timing {
        Timing::Even {
            from_month,
            over_months,
        } => vec![
            kind,
            ("from_month", Value::number(from_month)),
            ("over_months", Value::number(over_months)),
        ],
        Timing::FromMonth { month } => vec![kind, ("month", Value::number(month))],
    };
    let mut indsats_refusion = vec![("source", text(g.indsats.refusion.source_name()))];
    if let IndsatsRefusion::Custom { pct } = g.indsats.refusion {
        indsats_refusion.push(("pct", decimal_value(pct)));
    }
    object(vec![
        ("label", text(&g.label)),
        ("cases_reviewed", decimal_value(g.cases_reviewed)),
        ("cases_shortened", decimal_value(g.cases_shortened)),
        ("months_shortened", decimal_value(g.months_shortened)),
        ("timing", object(timing)),
        ("rfy", benefit_value(&g.rfy)),
        (
            "indsats",
            object(vec![
                ("monthly", decimal_value(g.indsats.monthly)),
                ("refusion", object(indsats_refusion)),
            ]),
        ),
        ("fp", benefit_value(&g.fp)),
        ("handling_per_case", decimal_value(g.handling_per_case)),
    ])
}

fn benefit_value<S: Named>(b: &Benefit<S>) -> Value {
    let mut rate = vec![("source", text(b.rate.source_name()))];
    match b.rate {
        Rate::Table { year, status } => {
            rate.push(("year", Value::number(year)));
            rate.push(("status", text(status.name())));
        }
        Rate::Custom { monthly } => rate.push(("monthly", decimal_value(monthly))),
    }
    let mut refusion = vec![("source", text(b.refusion.source_name()))];
    match b.refusion {
        BenefitRefusion::Trappe { weeks_on_benefit } => {
            refusion.push(("weeks_on_benefit", Value::number(weeks_on_benefit)))
        }
        BenefitRefusion::Custom { pct } => refusion.push(("pct", decimal_value(pct))),
    }
    object(vec![("rate", object(rate)), ("refusion", object(refusion))])
}

fn investment_value(i: &Investment) -> Value {
    object(vec![
        ("hours_per_week", decimal_value(i.hours_per_week)),
        ("full_time_hours", decimal_value(i.full_time_hours)),
        ("annual_cost", decimal_value(i.annual_cost)),
        ("overhead_pct", decimal_value(i.overhead_pct)),
        ("months", Value::number(i.months)),
        ("from_month", Value::number(i.from_month)),
    ])
}

fn perspective_value(p: &Perspective) -> Value {
    object(vec![
        ("include_income_tax", Value::Bool(p.include_income_tax)),
        ("income_tax_pct", decimal_value(p.income_tax_pct)),
        ("discount_pct", decimal_value(p.discount_pct)),
        ("rate_adjustment_pct", decimal_value(p.rate_adjustment_pct)),
    ])
}

fn range_value(r: &InputRange) -> Value {
    let mut members = vec![("input", text(&r.input)), ("low", decimal_value(r.low))];
    if let Some(likely) = r.likely {
        members.push(("likely", decimal_value(likely)));
    }
    members.push(("high", decimal_value(r.high)));
    object(members)
}

fn source_value(note: &SourceNote) -> Value {
    let mut members = vec![("kind", text(note.kind.name())), ("text", text(&note.text))];
    if let Some(en) = &note.text_en {
        members.push(("text_en", text(en)));
    }
    object(members)
}

// ---- Reading -------------------------------------------------------------
//
// Reading goes on past a problem wherever the rest can still be read, so a
// file with several mistakes lists them all at once.

type Read<T> = Result<T, Vec<FieldError>>;

/// Tagged objects: each variant's name (from the model, which writes it) and
/// its fields (the tag first), in the order of the variants.
const TIMINGS: &[(&str, &[&str])] = &[
    (Timing::KINDS[0], &["kind", "from_month", "over_months"]),
    (Timing::KINDS[1], &["kind", "month"]),
];
const RATES: &[(&str, &[&str])] = &[
    (RATE_SOURCES[0], &["source", "year", "status"]),
    (RATE_SOURCES[1], &["source", "monthly"]),
];
const BENEFIT_REFUSIONS: &[(&str, &[&str])] = &[
    (BenefitRefusion::SOURCES[0], &["source", "weeks_on_benefit"]),
    (BenefitRefusion::SOURCES[1], &["source", "pct"]),
];
const INDSATS_REFUSIONS: &[(&str, &[&str])] = &[
    (IndsatsRefusion::SOURCES[0], &["source"]),
    (IndsatsRefusion::SOURCES[1], &["source", "pct"]),
];

fn wrong(path: &str, expected: Expected) -> Vec<FieldError> {
    vec![FieldError::new(path, Problem::WrongType { expected })]
}

/// The names of a table of names, for a message.
fn one_of<T>(names: &[(&'static str, T)]) -> Expected {
    Expected::OneOf(names.iter().map(|(n, _)| *n).collect())
}

/// The path of member `key` inside `path`.
fn at(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// The members of one JSON object, taken one by one as a struct is read,
/// and the problems found so far.
struct Members {
    path: String,
    members: Vec<(String, Value)>,
    errors: Vec<FieldError>,
}

/// Opens an object whose members must all be in `allowed`, each once.
fn members(value: Value, path: &str, allowed: &'static [&'static str]) -> Read<Members> {
    let (members, mut errors) = object_members(value, path)?;
    for (key, _) in &members {
        if !allowed.contains(&key.as_str()) {
            errors.push(FieldError::new(
                at(path, key),
                Problem::UnknownField { allowed },
            ));
        }
    }
    Ok(Members {
        path: path.to_string(),
        members,
        errors,
    })
}

/// The members of an object, and a problem for each key given twice (JSON
/// allows it, but which value was meant cannot be known).
pub(crate) fn object_members(
    value: Value,
    path: &str,
) -> Read<(Vec<(String, Value)>, Vec<FieldError>)> {
    let Value::Object(members) = value else {
        return Err(wrong(path, Expected::Object));
    };
    // Keys that occur more than once are found by sorting the keys (a 2 MB
    // file can hold 150,000 members; comparing each with all before it took
    // a minute). Sorting references to strings reuses a sort the comparison
    // already has, where sorting positions would add two of its own (5 KB).
    let mut keys: Vec<&String> = members.iter().map(|(key, _)| key).collect();
    keys.sort_unstable();
    let mut repeated: Vec<&String> = keys
        .windows(2)
        .filter(|pair| pair[0] == pair[1])
        .map(|pair| pair[0])
        .collect();
    repeated.dedup();
    // The first of each is taken as meant; every later one is a problem, in
    // the order written.
    let mut seen = vec![false; repeated.len()];
    let mut twice = Vec::new();
    for (key, _) in &members {
        if let Ok(i) = repeated.binary_search(&key) {
            if std::mem::replace(&mut seen[i], true) {
                twice.push(FieldError::new(at(path, key), Problem::DuplicateField));
            }
        }
    }
    Ok((members, twice))
}

impl Members {
    fn take(&mut self, key: &str) -> Option<Value> {
        let i = self.members.iter().position(|(k, _)| k == key)?;
        Some(self.members.swap_remove(i).1)
    }

    /// The value read, or `None` with its problems noted.
    fn keep<T>(&mut self, read: Read<T>) -> Option<T> {
        read.map_err(|e| self.errors.extend(e)).ok()
    }

    fn required<T>(&mut self, key: &str, read: fn(Value, &str) -> Read<T>) -> Option<T> {
        let path = at(&self.path, key);
        match self.take(key) {
            Some(value) => self.keep(read(value, &path)),
            None => {
                self.errors
                    .push(FieldError::new(path, Problem::MissingField));
                None
            }
        }
    }

    /// A member that may be left out (or, for optional values, be `null`).
    fn or_default<T>(
        &mut self,
        key: &str,
        read: fn(Value, &str) -> Read<T>,
        default: T,
    ) -> Option<T> {
        match self.take(key) {
            None | Some(Value::Null) => Some(default),
            Some(value) => {
                let path = at(&self.path, key);
                self.keep(read(value, &path))
            }
        }
    }

    /// The struct, when every member could be read; otherwise every problem.
    /// `make` unwraps the members read, which are all there when no problem
    /// was noted.
    fn build<T>(self, make: impl FnOnce() -> Option<T>) -> Read<T> {
        if !self.errors.is_empty() {
            return Err(self.errors);
        }
        make().ok_or_else(|| vec![FieldError::new(self.path, Problem::MissingField)])
    }
}

/// Reads an object tagged by its member `tag` (`"kind": "even"`): the index
/// of the variant in `variants`, and its other members, which must be in the
/// variant's own list.
fn tagged(
    value: Value,
    path: &str,
    tag: &str,
    variants: &'static [(&'static str, &'static [&'static str])],
) -> Read<(usize, Members)> {
    let Value::Object(_) = value else {
        return Err(wrong(path, Expected::Object));
    };
    let tag_path = at(path, tag);
    let chosen = match value.get(tag) {
        None => return Err(vec![FieldError::new(tag_path, Problem::MissingField)]),
        Some(Value::Text(name)) => variants.iter().position(|(v, _)| v == name),
        Some(_) => None,
    };
    let Some(index) = chosen else {
        return Err(wrong(&tag_path, one_of(variants)));
    };
    let mut m = members(value, path, variants[index].1)?;
    m.take(tag);
    Ok((index, m))
}

fn string(value: Value, path: &str) -> Read<String> {
    match value {
        Value::Text(s) => Ok(s),
        _ => Err(wrong(path, Expected::Text)),
    }
}

fn boolean(value: Value, path: &str) -> Read<bool> {
    match value {
        Value::Bool(b) => Ok(b),
        _ => Err(wrong(path, Expected::Bool)),
    }
}

/// A decimal, written as a string (`"2700.50"`) or a JSON number (`2700.5`);
/// either way from its digits, never through a float.
fn decimal(value: Value, path: &str) -> Read<Decimal> {
    let parsed = match &value {
        Value::Text(t) | Value::Number(t) => {
            t.parse().or_else(|_| Decimal::from_scientific(t)).ok()
        }
        _ => None,
    };
    parsed.ok_or_else(|| wrong(path, Expected::Number))
}

fn whole<T: TryFrom<u64>>(value: Value, path: &str, max: u64) -> Read<T> {
    value
        .as_u64()
        .and_then(|n| T::try_from(n).ok())
        .ok_or_else(|| wrong(path, Expected::WholeNumber { max }))
}

fn whole_u32(value: Value, path: &str) -> Read<u32> {
    whole(value, path, u32::MAX.into())
}

fn whole_u16(value: Value, path: &str) -> Read<u16> {
    whole(value, path, u16::MAX.into())
}

/// Each item read; the problems of all items that cannot be.
fn all<T>(items: impl Iterator<Item = (String, Read<T>)>) -> Read<Vec<(String, T)>> {
    let mut read = Vec::new();
    let mut errors = Vec::new();
    for (key, item) in items {
        match item {
            Ok(v) => read.push((key, v)),
            Err(e) => errors.extend(e),
        }
    }
    if errors.is_empty() {
        Ok(read)
    } else {
        Err(errors)
    }
}

fn list<T>(value: Value, path: &str, read: impl Fn(Value, &str) -> Read<T>) -> Read<Vec<T>> {
    let Value::List(items) = value else {
        return Err(wrong(path, Expected::List));
    };
    let items = items.into_iter().enumerate().map(|(i, item)| {
        let r = read(item, &format!("{path}[{i}]"));
        (String::new(), r)
    });
    Ok(all(items)?.into_iter().map(|(_, v)| v).collect())
}

fn named<T: Named>(value: Value, path: &str) -> Read<T> {
    match &value {
        Value::Text(name) => T::from_name(name),
        _ => None,
    }
    .ok_or_else(|| wrong(path, one_of(T::NAMES)))
}

fn scenario(value: Value) -> Read<Scenario> {
    let mut m = members(
        value,
        "",
        &[
            "version",
            "name",
            "description",
            "start",
            "horizon_months",
            "groups",
            "investment",
            "perspective",
            "ranges",
            "sources",
        ],
    )?;
    m.take("version");
    let name = m.required("name", string);
    let description = m.or_default("description", string, String::new());
    let start = m.required("start", |v, path| {
        let mut m = members(v, path, &["year", "month"])?;
        let year = m.required("year", whole_u16);
        let month = m.required("month", |v, p| whole(v, p, u8::MAX.into()));
        m.build(|| {
            Some(YearMonth {
                year: year?,
                month: month?,
            })
        })
    });
    let horizon_months = m.required("horizon_months", whole_u32);
    let groups = m.required("groups", |v, p| list(v, p, group));
    let investment = m.required("investment", investment);
    let perspective = m.or_default("perspective", perspective, Perspective::default());
    let ranges = m.or_default("ranges", |v, p| list(v, p, range), Vec::new());
    let sources = m.or_default("sources", sources, SortedMap::new());
    m.build(|| {
        Some(Scenario {
            version: CURRENT_VERSION,
            name: name?,
            description: description?,
            start: start?,
            horizon_months: horizon_months?,
            groups: groups?,
            investment: investment?,
            perspective: perspective?,
            ranges: ranges?,
            sources: sources?,
        })
    })
}

fn group(value: Value, path: &str) -> Read<CaseGroup> {
    let mut m = members(
        value,
        path,
        &[
            "label",
            "cases_reviewed",
            "cases_shortened",
            "months_shortened",
            "timing",
            "rfy",
            "indsats",
            "fp",
            "handling_per_case",
        ],
    )?;
    let label = m.required("label", string);
    let cases_reviewed = m.required("cases_reviewed", decimal);
    let cases_shortened = m.required("cases_shortened", decimal);
    let months_shortened = m.required("months_shortened", decimal);
    let timing = m.required("timing", timing);
    let rfy = m.required("rfy", benefit::<RfyStatus>);
    let indsats = m.required("indsats", indsats);
    let fp = m.required("fp", benefit::<FpStatus>);
    let handling_per_case = m.or_default("handling_per_case", decimal, Decimal::ZERO);
    m.build(|| {
        Some(CaseGroup {
            label: label?,
            cases_reviewed: cases_reviewed?,
            cases_shortened: cases_shortened?,
            months_shortened: months_shortened?,
            timing: timing?,
            rfy: rfy?,
            indsats: indsats?,
            fp: fp?,
            handling_per_case: handling_per_case?,
        })
    })
}

fn timing(value: Value, path: &str) -> Read<Timing> {
    let (kind, mut m) = tagged(value, path, "kind", TIMINGS)?;
    if kind == 0 {
        let from_month = m.required("from_month", whole_u32);
        let over_months = m.required("over_months", whole_u32);
        m.build(|| {
            Some(Timing::Even {
                from_month: from_month?,
                over_months: over_months?,
            })
        })
    } else {
        let month = m.required("month", whole_u32);
        m.build(|| Some(Timing::FromMonth { month: month? }))
    }
}

fn benefit<S: Named>(value: Value, path: &str) -> Read<Benefit<S>> {
    let mut m = members(value, path, &["rate", "refusion"])?;
    let rate = m.required("rate", |v, path| {
        let (source, mut m) = tagged(v, path, "source", RATES)?;
        if source == 0 {
            let year = m.required("year", whole_u16);
            let status = m.required("status", named::<S>);
            m.build(|| {
                Some(Rate::Table {
                    year: year?,
                    status: status?,
                })
            })
        } else {
            let monthly = m.required("monthly", decimal);
            m.build(|| Some(Rate::Custom { monthly: monthly? }))
        }
    });
    let refusion = m.required("refusion", |v, path| {
        let (source, mut m) = tagged(v, path, "source", BENEFIT_REFUSIONS)?;
        if source == 0 {
            let weeks = m.required("weeks_on_benefit", whole_u32);
            m.build(|| {
                Some(BenefitRefusion::Trappe {
                    weeks_on_benefit: weeks?,
                })
            })
        } else {
            custom_pct(m, |pct| BenefitRefusion::Custom { pct })
        }
    });
    m.build(|| {
        Some(Benefit {
            rate: rate?,
            refusion: refusion?,
        })
    })
}

/// The `pct` of a refusion typed in.
fn custom_pct<T>(mut m: Members, make: impl FnOnce(Decimal) -> T) -> Read<T> {
    let pct = m.required("pct", decimal);
    m.build(|| pct.map(make))
}

fn indsats(value: Value, path: &str) -> Read<Indsats> {
    let mut m = members(value, path, &["monthly", "refusion"])?;
    let monthly = m.required("monthly", decimal);
    let refusion = m.required("refusion", |v, path| {
        let (source, m) = tagged(v, path, "source", INDSATS_REFUSIONS)?;
        if source == 0 {
            m.build(|| Some(IndsatsRefusion::ByYear))
        } else {
            custom_pct(m, |pct| IndsatsRefusion::Custom { pct })
        }
    });
    m.build(|| {
        Some(Indsats {
            monthly: monthly?,
            refusion: refusion?,
        })
    })
}

fn investment(value: Value, path: &str) -> Read<Investment> {
    let mut m = members(
        value,
        path,
        &[
            "hours_per_week",
            "full_time_hours",
            "annual_cost",
            "overhead_pct",
            "months",
            "from_month",
        ],
    )?;
    let hours_per_week = m.required("hours_per_week", decimal);
    let full_time_hours = m.required("full_time_hours", decimal);
    let annual_cost = m.required("annual_cost", decimal);
    let overhead_pct = m.or_default("overhead_pct", decimal, Decimal::ZERO);
    let months = m.required("months", whole_u32);
    let from_month = m.or_default("from_month", whole_u32, 1);
    m.build(|| {
        Some(Investment {
            hours_per_week: hours_per_week?,
            full_time_hours: full_time_hours?,
            annual_cost: annual_cost?,
            overhead_pct: overhead_pct?,
            months: months?,
            from_month: from_month?,
        })
    })
}

fn perspective(value: Value, path: &str) -> Read<Perspective> {
    let mut m = members(
        value,
        path,
        &[
            "include_income_tax",
            "income_tax_pct",
            "discount_pct",
            "rate_adjustment_pct",
        ],
    )?;
    let default = Perspective::default();
    let include_income_tax =
        m.or_default("include_income_tax", boolean, default.include_income_tax);
    let income_tax_pct = m.or_default("income_tax_pct", decimal, default.income_tax_pct);
    let discount_pct = m.or_default("discount_pct", decimal, default.discount_pct);
    let rate_adjustment_pct =
        m.or_default("rate_adjustment_pct", decimal, default.rate_adjustment_pct);
    m.build(|| {
        Some(Perspective {
            include_income_tax: include_income_tax?,
            income_tax_pct: income_tax_pct?,
            discount_pct: discount_pct?,
            rate_adjustment_pct: rate_adjustment_pct?,
        })
    })
}

fn range(value: Value, path: &str) -> Read<InputRange> {
    let mut m = members(value, path, &["input", "low", "likely", "high"])?;
    let input = m.required("input", string);
    let low = m.required("low", decimal);
    let likely = m.or_default("likely", |v, p| decimal(v, p).map(Some), None);
    let high = m.required("high", decimal);
    m.build(|| {
        Some(InputRange {
            input: input?,
            low: low?,
            likely: likely?,
            high: high?,
        })
    })
}

fn sources(value: Value, path: &str) -> Read<SortedMap<String, SourceNote>> {
    let (notes, twice) = object_members(value, path)?;
    if !twice.is_empty() {
        return Err(twice);
    }
    // Refused before the map is built: the map is meant for a few thousand
    // notes at most (validation would refuse more anyway).
    if notes.len() > MAX_SOURCES {
        return Err(vec![FieldError::new(
            path,
            Problem::TooMany { max: MAX_SOURCES },
        )]);
    }
    let notes = notes.into_iter().map(|(key, note)| {
        let path = at(path, &key);
        let read = members(note, &path, &["kind", "text", "text_en"]).and_then(|mut m| {
            let kind = m.required("kind", named::<SourceKind>);
            let text = m.required("text", string);
            let text_en = m.or_default("text_en", |v, p| string(v, p).map(Some), None);
            m.build(|| {
                Some(SourceNote {
                    kind: kind?,
                    text: text?,
                    text_en: text_en?,
                })
            })
        });
        (key, read)
    });
    Ok(all(notes)?.into_iter().collect())
}
