//! Scenarios side by side: which inputs differ, and how each result differs
//! from the first scenario (the baseline).
//!
//! Inputs are compared by field path (the paths of the scenario document and
//! of [`InputId::path`]), over the union of the scenarios' groups. Numeric
//! inputs are compared by the value the engine uses ([`InputId::get`]: a
//! table rate is its looked-up amount), so a difference is reported once per
//! path; choices (rate table or typed-in, year, status, timing kind, refusion
//! rule, tax on/off) and texts (names, labels, sources) have paths of their
//! own. Results: for each scenario the absolute and per-cent difference from
//! the baseline. All arithmetic is checked; nothing here panics.

use rust_decimal::Decimal;

use super::arith::{div, mul, sub};
use super::calc::{evaluate, Rejected};
use super::inputs::{BenefitKind, CostPart, Field, InputId};
use super::outcome::{items_in_use, LineItem, Outcome, Split};
use super::scenario::{BenefitRefusion, CaseGroup, CostLine, Instead, Named, Rate, Scenario};

/// One scenario's value at a path.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Compared as numbers: `25.0` equals `25`.
    Number(Decimal),
    /// Names, labels, source notes, and choices by their document name
    /// (`table`, `custom`, `even`, `ikke_forsorger` …).
    Text(String),
    Flag(bool),
    /// The scenario has no such input (a group it lacks, the other timing
    /// kind, a typed-in rate's year).
    Absent,
}

/// A part of a scenario that is not a numeric input: a name, a choice, a
/// range or a source note. The text layer names it for people.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Setting {
    Name,
    Description,
    GroupCount,
    GroupLabel(usize),
    TimingKind(usize),
    RateSource(usize, BenefitKind),
    RateYear(usize, BenefitKind),
    RateStatus(usize, BenefitKind),
    RefusionSource(usize, Refunded),
    /// What the cases that would not have reached their destination get
    /// instead (`kontanthjaelp`, `fleksjob`, `job`, `typed`).
    InsteadKind(usize),
    /// How long their difference lasts (`months`, `until_horizon`).
    LastingKind(usize),
    IncludeIncomeTax,
    Indexing,
    /// The `i`th range the user gave, and which of its parts.
    Range(usize, RangePart),
    /// The source note of the figure at this path, and which of its parts.
    Source(String, SourcePart),
    /// How many cost lines besides the buy-out.
    CostLineCount,
    /// The `i`th cost line, and which of its parts.
    CostLine(usize, CostLinePart),
}

impl Setting {
    /// The case group the setting belongs to, if it belongs to one.
    pub fn group(&self) -> Option<usize> {
        match self {
            Setting::GroupLabel(g)
            | Setting::TimingKind(g)
            | Setting::RateSource(g, _)
            | Setting::RateYear(g, _)
            | Setting::RateStatus(g, _)
            | Setting::RefusionSource(g, _)
            | Setting::InsteadKind(g)
            | Setting::LastingKind(g) => Some(*g),
            Setting::Name
            | Setting::Description
            | Setting::GroupCount
            | Setting::IncludeIncomeTax
            | Setting::Indexing
            | Setting::Range(..)
            | Setting::Source(..)
            | Setting::CostLineCount
            | Setting::CostLine(..) => None,
        }
    }
}

/// The parts of a cost line, as the document names them: its figures are
/// the form's [`CostPart`]s.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CostLinePart {
    Label,
    /// `per_reviewed_case`, `per_shortened_case`, `monthly`, `one_off`.
    BasisKind,
    Figure(CostPart),
}

impl CostLinePart {
    /// Every part, in the document's order.
    pub const ALL: [CostLinePart; 7] = [
        CostLinePart::Label,
        CostLinePart::Figure(CostPart::Amount),
        CostLinePart::BasisKind,
        CostLinePart::Figure(CostPart::FromMonth),
        CostLinePart::Figure(CostPart::Months),
        CostLinePart::Figure(CostPart::Month),
        CostLinePart::Figure(CostPart::StatePct),
    ];

    /// The part's path after `costs[i].`.
    pub fn path_suffix(self) -> &'static str {
        match self {
            CostLinePart::Label => "label",
            CostLinePart::BasisKind => "basis.kind",
            CostLinePart::Figure(part) => part.path_suffix(),
        }
    }

    /// The part a path after `costs[i].` names (`basis` for its kind too).
    pub fn parse(suffix: &str) -> Option<CostLinePart> {
        if suffix == "basis" {
            return Some(CostLinePart::BasisKind);
        }
        Self::ALL.into_iter().find(|p| p.path_suffix() == suffix)
    }

    fn value(self, line: &CostLine) -> Value {
        match self {
            CostLinePart::Label => Value::Text(line.label.clone()),
            CostLinePart::BasisKind => Value::Text(line.basis.kind_name().into()),
            CostLinePart::Figure(part) => part.get(line).map_or(Value::Absent, Value::Number),
        }
    }
}

/// Whose refusion a choice is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refunded {
    Rfy,
    Fp,
    Indsats,
    Fleksjob,
    Kontanthjaelp,
    /// The typed amount a case would have got instead.
    Instead,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangePart {
    Input,
    Low,
    Likely,
    High,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourcePart {
    Kind,
    Text,
    TextEn,
}

/// An input whose value is not the same in all scenarios.
#[derive(Clone, Debug, PartialEq)]
pub struct InputDifference {
    /// Field path, e.g. `groups[0].indsats.monthly`, `name`,
    /// `groups[1].rfy.rate.year`, `sources.horizon_months.text`.
    pub path: String,
    /// The numeric input at this path, if it is one (the UI's field).
    pub input: Option<InputId>,
    /// What it is when it is not a numeric input.
    pub setting: Option<Setting>,
    /// One per scenario, in the order given.
    pub values: Vec<Value>,
}

/// Every input whose value differs between the scenarios, in the order of
/// the scenario document. Empty for fewer than two scenarios.
pub fn differing_inputs(scenarios: &[Scenario]) -> Vec<InputDifference> {
    let mut out = Differences {
        scenarios,
        list: Vec::new(),
    };
    if scenarios.len() < 2 {
        return out.list;
    }
    out.text("name", Setting::Name, |s| Value::Text(s.name.clone()));
    out.text("description", Setting::Description, |s| {
        Value::Text(s.description.clone())
    });
    let (investment, rest): (Vec<Field>, Vec<Field>) = Field::SCENARIO_FIELDS
        .into_iter()
        .partition(|f| f.path_suffix().starts_with("investment."));
    let (perspective, general): (Vec<Field>, Vec<Field>) = rest
        .into_iter()
        .partition(|f| f.path_suffix().starts_with("perspective."));
    for field in general {
        out.number(InputId::scenario(field));
    }
    out.text("groups", Setting::GroupCount, |s| {
        Value::Number(Decimal::from(s.groups.len()))
    });
    let groups = scenarios.iter().map(|s| s.groups.len()).max().unwrap_or(0);
    for g in 0..groups {
        out.group(g);
    }
    for field in investment {
        out.number(InputId::scenario(field));
    }
    out.cost_lines();
    out.text(
        "perspective.include_income_tax",
        Setting::IncludeIncomeTax,
        |s| Value::Flag(s.perspective.include_income_tax),
    );
    out.text("perspective.indexing", Setting::Indexing, |s| {
        Value::Text(s.perspective.indexing.name().into())
    });
    for field in perspective {
        out.number(InputId::scenario(field));
    }
    let ranges = scenarios.iter().map(|s| s.ranges.len()).max().unwrap_or(0);
    for i in 0..ranges {
        let range = |s: &Scenario| s.ranges.get(i).cloned();
        out.text(
            &format!("ranges[{i}].input"),
            Setting::Range(i, RangePart::Input),
            |s| range(s).map_or(Value::Absent, |r| Value::Text(r.input)),
        );
        out.text(
            &format!("ranges[{i}].low"),
            Setting::Range(i, RangePart::Low),
            |s| range(s).map_or(Value::Absent, |r| Value::Number(r.low)),
        );
        out.text(
            &format!("ranges[{i}].likely"),
            Setting::Range(i, RangePart::Likely),
            |s| {
                range(s)
                    .and_then(|r| r.likely)
                    .map_or(Value::Absent, Value::Number)
            },
        );
        out.text(
            &format!("ranges[{i}].high"),
            Setting::Range(i, RangePart::High),
            |s| range(s).map_or(Value::Absent, |r| Value::Number(r.high)),
        );
    }
    let mut keys: Vec<&String> = scenarios.iter().flat_map(|s| s.sources.keys()).collect();
    keys.sort_unstable();
    keys.dedup();
    for key in keys {
        let note = |s: &Scenario| s.sources.get(key).cloned();
        let source = |part| Setting::Source(key.clone(), part);
        out.text(
            &format!("sources.{key}.kind"),
            source(SourcePart::Kind),
            |s| note(s).map_or(Value::Absent, |n| Value::Text(n.kind.name().into())),
        );
        out.text(
            &format!("sources.{key}.text"),
            source(SourcePart::Text),
            |s| note(s).map_or(Value::Absent, |n| Value::Text(n.text)),
        );
        out.text(
            &format!("sources.{key}.text_en"),
            source(SourcePart::TextEn),
            |s| {
                note(s)
                    .and_then(|n| n.text_en)
                    .map_or(Value::Absent, Value::Text)
            },
        );
    }
    out.list
}

struct Differences<'a> {
    scenarios: &'a [Scenario],
    list: Vec<InputDifference>,
}

impl Differences<'_> {
    fn push(
        &mut self,
        path: String,
        input: Option<InputId>,
        setting: Option<Setting>,
        values: Vec<Value>,
    ) {
        let differ = values.windows(2).any(|w| w[0] != w[1]);
        if differ {
            self.list.push(InputDifference {
                path,
                input,
                setting,
                values,
            });
        }
    }

    fn text(&mut self, path: &str, setting: Setting, value: impl Fn(&Scenario) -> Value) {
        let values = self.scenarios.iter().map(value).collect();
        self.push(path.to_string(), None, Some(setting), values);
    }

    fn number(&mut self, input: InputId) {
        let values = self
            .scenarios
            .iter()
            .map(|s| input.get(s).map_or(Value::Absent, Value::Number))
            .collect();
        self.push(input.path(), Some(input), None, values);
    }

    fn choice(
        &mut self,
        g: usize,
        suffix: &str,
        setting: Setting,
        value: impl Fn(&CaseGroup) -> Value,
    ) {
        let values = self
            .scenarios
            .iter()
            .map(|s| s.groups.get(g).map_or(Value::Absent, &value))
            .collect();
        self.push(format!("groups[{g}].{suffix}"), None, Some(setting), values);
    }

    /// A group's inputs, each choice just before the numbers it governs.
    fn group(&mut self, g: usize) {
        self.choice(g, "label", Setting::GroupLabel(g), |c| {
            Value::Text(c.label.clone())
        });
        for field in Field::GROUP_FIELDS {
            match field {
                Field::TimingFromMonth => {
                    self.choice(g, "timing.kind", Setting::TimingKind(g), |c| {
                        Value::Text(c.timing.kind_name().into())
                    })
                }
                Field::RfyMonthly => {
                    self.rate_choices(g, BenefitKind::Rfy, |c| rate_parts(&c.rfy.rate))
                }
                Field::FpMonthly => {
                    self.rate_choices(g, BenefitKind::Fp, |c| rate_parts(&c.fp.rate))
                }
                Field::FleksjobMonthly => self.rate_choices(g, BenefitKind::Fleksjob, |c| {
                    rate_parts(&c.destinations.fleksjob.rate)
                }),
                Field::KontanthjaelpMonthly => {
                    self.rate_choices(g, BenefitKind::Kontanthjaelp, |c| {
                        rate_parts(&c.destinations.kontanthjaelp.rate)
                    })
                }
                Field::RfyRefusionPct => self.choice(
                    g,
                    "rfy.refusion.source",
                    Setting::RefusionSource(g, Refunded::Rfy),
                    |c| Value::Text(c.rfy.refusion.source_name().into()),
                ),
                Field::FpRefusionPct => self.choice(
                    g,
                    "fp.refusion.source",
                    Setting::RefusionSource(g, Refunded::Fp),
                    |c| Value::Text(c.fp.refusion.source_name().into()),
                ),
                Field::IndsatsRefusionPct => self.choice(
                    g,
                    "indsats.refusion.source",
                    Setting::RefusionSource(g, Refunded::Indsats),
                    |c| Value::Text(c.indsats.refusion.source_name().into()),
                ),
                Field::FleksjobRefusionPct => self.choice(
                    g,
                    "destinations.fleksjob.refusion.source",
                    Setting::RefusionSource(g, Refunded::Fleksjob),
                    |c| refusion_source(&c.destinations.fleksjob.refusion),
                ),
                Field::KontanthjaelpRefusionPct => self.choice(
                    g,
                    "destinations.kontanthjaelp.refusion.source",
                    Setting::RefusionSource(g, Refunded::Kontanthjaelp),
                    |c| refusion_source(&c.destinations.kontanthjaelp.refusion),
                ),
                Field::InsteadMonthly => {
                    self.choice(
                        g,
                        "counterfactual.instead.kind",
                        Setting::InsteadKind(g),
                        |c| Value::Text(c.counterfactual.instead.kind_name().into()),
                    );
                }
                Field::InsteadRefusionPct => self.choice(
                    g,
                    "counterfactual.instead.refusion.source",
                    Setting::RefusionSource(g, Refunded::Instead),
                    |c| match &c.counterfactual.instead {
                        Instead::Typed { refusion, .. } => refusion_source(refusion),
                        Instead::Kontanthjaelp | Instead::Fleksjob | Instead::Job => Value::Absent,
                    },
                ),
                Field::LastingMonths => self.choice(
                    g,
                    "counterfactual.lasting.kind",
                    Setting::LastingKind(g),
                    |c| Value::Text(c.counterfactual.lasting.kind_name().into()),
                ),
                _ => {}
            }
            self.number(InputId::group(g, field));
        }
    }

    fn rate_choices(
        &mut self,
        g: usize,
        benefit: BenefitKind,
        parts: impl Fn(&CaseGroup) -> (Value, Value, Value),
    ) {
        // The typed alternative has no rate table and no table choice to
        // compare. Every kind is named, so a new one must be placed here
        // rather than borrow another's label. A destination's column is an
        // item, a benefit's a status (the document's names).
        let (key, column) = match benefit {
            BenefitKind::Rfy => ("rfy", "status"),
            BenefitKind::Fp => ("fp", "status"),
            BenefitKind::Fleksjob => ("destinations.fleksjob", "item"),
            BenefitKind::Kontanthjaelp => ("destinations.kontanthjaelp", "item"),
            BenefitKind::Instead => return,
        };
        self.choice(
            g,
            &format!("{key}.rate.source"),
            Setting::RateSource(g, benefit),
            |c| parts(c).0,
        );
        self.choice(
            g,
            &format!("{key}.rate.year"),
            Setting::RateYear(g, benefit),
            |c| parts(c).1,
        );
        self.choice(
            g,
            &format!("{key}.rate.{column}"),
            Setting::RateStatus(g, benefit),
            |c| parts(c).2,
        );
    }
}

impl Differences<'_> {
    /// The cost lines, by position: how many, then each line's label,
    /// amount, basis (its kind and months) and the state's share.
    fn cost_lines(&mut self) {
        self.text("costs", Setting::CostLineCount, |s| {
            Value::Number(Decimal::from(s.costs.len()))
        });
        let lines = self
            .scenarios
            .iter()
            .map(|s| s.costs.len())
            .max()
            .unwrap_or(0);
        for i in 0..lines {
            for part in CostLinePart::ALL {
                self.text(
                    &format!("costs[{i}].{}", part.path_suffix()),
                    Setting::CostLine(i, part),
                    |s| s.costs.get(i).map_or(Value::Absent, |c| part.value(c)),
                );
            }
        }
    }
}

fn refusion_source(refusion: &BenefitRefusion) -> Value {
    Value::Text(refusion.source_name().into())
}

/// A rate's source, table year and status.
fn rate_parts<S: Named>(rate: &Rate<S>) -> (Value, Value, Value) {
    let source = Value::Text(rate.source_name().into());
    match rate {
        Rate::Table { year, status } => (
            source,
            Value::Number(Decimal::from(*year)),
            Value::Text(status.name().into()),
        ),
        Rate::Custom { .. } => (source, Value::Absent, Value::Absent),
    }
}

/// Who bears an amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Party {
    Kommune,
    Stat,
    /// Kommune and stat together.
    Public,
}

impl Party {
    pub const ALL: [Party; 3] = [Party::Kommune, Party::Stat, Party::Public];

    fn of(self, split: Split) -> Decimal {
        match self {
            Party::Kommune => split.kommune,
            Party::Stat => split.stat,
            Party::Public => split.public(),
        }
    }
}

/// A result compared across scenarios.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Figure {
    /// Net over the horizon.
    Net(Party),
    /// Net in one calendar year; absent for a scenario whose horizon does
    /// not reach into it.
    YearNet(u16, Party),
    /// A line item's total over the horizon.
    Item(LineItem, Party),
    /// The month the kommune's cumulative net turns and stays non-negative
    /// (1 = first month of the horizon); absent when it never does.
    PaybackMonth,
    /// Net present value for the kommune; absent without a discount rate.
    NpvKommune,
}

impl Figure {
    fn value(self, outcome: &Outcome) -> Option<Decimal> {
        match self {
            Figure::Net(party) => Some(party.of(outcome.net)),
            Figure::YearNet(year, party) => outcome
                .years
                .iter()
                .find(|y| y.year == year)
                .map(|y| party.of(y.net)),
            Figure::Item(item, party) => Some(party.of(outcome.totals.get(item))),
            Figure::PaybackMonth => outcome.payback.map(|p| Decimal::from(p.month_number)),
            Figure::NpvKommune => outcome.npv_kommune,
        }
    }
}

/// How a value differs from the baseline's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Difference {
    /// value − baseline.
    pub absolute: Decimal,
    /// absolute / |baseline| × 100, unrounded: positive means higher than
    /// the baseline whatever the baseline's sign. `None` when the baseline
    /// is 0, and for the payback month (a shift in months, not a share).
    pub pct: Option<Decimal>,
}

/// The difference of `value` from `baseline`; `None` only if it overflows.
pub fn difference(baseline: Decimal, value: Decimal) -> Option<Difference> {
    let absolute = no_negative_zero(sub(value, baseline).ok()?);
    let pct = if baseline.is_zero() {
        None
    } else {
        div(absolute, baseline.abs())
            .and_then(|f| mul(f, Decimal::ONE_HUNDRED))
            .ok()
            .map(no_negative_zero)
    };
    Some(Difference { absolute, pct })
}

/// `-0` (from `0 - 0` with signs) as plain `0`, so nothing shows "-0".
fn no_negative_zero(d: Decimal) -> Decimal {
    if d.is_zero() {
        Decimal::ZERO
    } else {
        d
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ResultRow {
    pub figure: Figure,
    /// One per scenario; `None` where a scenario has no outcome or the figure
    /// does not apply.
    pub values: Vec<Option<Decimal>>,
    /// One per scenario, against the first; the first is always `None`, as
    /// is any where either value is missing.
    pub differences: Vec<Option<Difference>>,
}

impl ResultRow {
    /// Some scenario's value is not the baseline's.
    pub fn differs(&self) -> bool {
        self.values.windows(2).any(|w| w[0] != w[1])
    }
}

/// Every compared figure, in order: net (kommune, stat, public), each
/// calendar year any scenario reaches into (kommune, stat), each line
/// item's total (kommune, stat, public), payback month, NPV. `outcomes` has
/// one entry per scenario, `None` for one that could not be evaluated; the
/// first is the baseline.
pub fn result_rows(outcomes: &[Option<&Outcome>]) -> Vec<ResultRow> {
    // The lasting items only when some scenario counts them, so comparing
    // scenarios without a counterfactual gives the rows it gave.
    let items = items_in_use(outcomes.iter().copied().flatten());
    let mut years: Vec<u16> = outcomes
        .iter()
        .flatten()
        .flat_map(|o| o.years.iter().map(|y| y.year))
        .collect();
    years.sort_unstable();
    years.dedup();
    let figures = Party::ALL
        .into_iter()
        .map(Figure::Net)
        .chain(years.into_iter().flat_map(|year| {
            [Party::Kommune, Party::Stat]
                .into_iter()
                .map(move |p| Figure::YearNet(year, p))
        }))
        .chain(
            items
                .into_iter()
                .flat_map(|item| Party::ALL.into_iter().map(move |p| Figure::Item(item, p))),
        )
        .chain([Figure::PaybackMonth, Figure::NpvKommune]);
    figures
        .map(|figure| {
            let values: Vec<Option<Decimal>> = outcomes
                .iter()
                .map(|o| o.and_then(|o| figure.value(o)).map(no_negative_zero))
                .collect();
            let baseline = values.first().copied().flatten();
            let differences = values
                .iter()
                .enumerate()
                .map(|(i, v)| match (i, baseline, v) {
                    (0, _, _) => None,
                    (_, Some(b), Some(v)) => difference(b, *v).map(|d| match figure {
                        Figure::PaybackMonth => Difference { pct: None, ..d },
                        _ => d,
                    }),
                    _ => None,
                })
                .collect();
            ResultRow {
                figure,
                values,
                differences,
            }
        })
        .collect()
}

/// A comparison of scenarios: the inputs that differ, each scenario's
/// evaluation, and the result rows against the first.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub inputs: Vec<InputDifference>,
    pub outcomes: Vec<Result<Outcome, Rejected>>,
    pub results: Vec<ResultRow>,
}

/// Evaluates each scenario and compares them; the first is the baseline.
pub fn compare(scenarios: &[Scenario]) -> Comparison {
    let outcomes: Vec<Result<Outcome, Rejected>> = scenarios.iter().map(evaluate).collect();
    let refs: Vec<Option<&Outcome>> = outcomes.iter().map(|o| o.as_ref().ok()).collect();
    Comparison {
        inputs: differing_inputs(scenarios),
        results: result_rows(&refs),
        outcomes,
    }
}
