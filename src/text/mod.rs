//! Every sentence the app shows, one file per language: `da.rs` and `en.rs`
//! hold the same sentences, function for function; this module picks by
//! language and gives the engine's and the formats' problems, warnings and
//! names their words. The engine reports data (a field's path, the kind of
//! problem, the limits); only here do they become Danish or English.
//!
//! The `message`/`label` methods on engine and format types are defined
//! here (inherent impls may live anywhere in the crate), so callers write
//! `error.message(lang)` while the engine itself holds no words.

mod da;
mod en;

use crate::data::presets::Preset;
use crate::engine::compare::{Figure, Party, Setting};
use crate::engine::inputs::{Field, Unit};
use crate::engine::outcome::{LineItem, Warning};
use crate::engine::scenario::{indexed_entry, SourceKind};
use crate::engine::uncertainty::{Method, UncertaintyError};
use crate::engine::validate::{FieldError, Problem};
use crate::format::document::{DocumentError, DocumentProblem};
use crate::format::link::{EncodeError, LinkError, ReadError, MAX_LISTED_PROBLEMS};
use crate::format::number::format_plain;
use crate::lang::Lang;

/// Calls the language's own function of the same name.
macro_rules! pick {
    ($lang:expr, $f:ident ( $($arg:expr),* )) => {
        match $lang {
            Lang::Da => da::$f($($arg),*),
            Lang::En => en::$f($($arg),*),
        }
    };
}

mod working;

/// A fixed UI text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum T {
    Title,
    Subtitle,
    Language,
    Undo,
    Redo,
    UndoHint,
    Preset,
    ResetToPreset,
    /// The reset button's visible word on a narrow toolbar; its full name
    /// stays `ResetToPreset`.
    ResetShort,
    ResetQuestion,
    ResetExplanation,
    ConfirmReset,
    CancelReset,
    Inputs,
    Results,
    CaseGroups,
    GroupLabel,
    AddGroup,
    DuplicateGroup,
    RemoveGroup,
    Review,
    Timing,
    TimingKind,
    TimingEven,
    TimingFromMonth,
    Rfy,
    Fp,
    Indsats,
    Counterfactual,
    Destinations,
    Instead,
    InsteadKontanthjaelp,
    InsteadFleksjob,
    InsteadJob,
    InsteadTyped,
    Lasting,
    LastingMonthsChoice,
    LastingUntilHorizon,
    LastingHelp,
    CostLines,
    CostLinesHelp,
    NoCostLines,
    AddCostLine,
    RemoveCostLine,
    CostLabel,
    CostAmount,
    CostBasis,
    CostPerReviewedCase,
    CostPerCasePutForward,
    CostPerShortenedCase,
    CostMonthly,
    CostOneOff,
    CostFromMonth,
    CostMonths,
    CostMonth,
    CostStatePct,
    CostStatePctHelp,
    RateYear,
    OwnRate,
    RfyStatus,
    FpStatus,
    Forsorger,
    IkkeForsorger,
    Enlig,
    GiftSamlevende,
    /// The item picker of a destination's table amount.
    TableItem,
    Ledighedsydelse,
    MaxFlekslontilskud,
    ForhojetSats,
    Grundsats,
    UseTrappe,
    UseYearRule,
    Investment,
    HorizonPerspective,
    IncludeIncomeTax,
    IncludeIncomeTaxHelp,
    Source,
    NotVerified,
    UnnamedFile,
    IndexedFrom,
    YearEstimate,
    YearIndexedFrom,
    NotANumber,
    Empty,
    StaleNotice,
    OtherErrors,
    Breakdown,
    BreakdownCaption,
    LineItem,
    Kommune,
    Stat,
    Total,
    Net,
    TotalHorizon,
    NetTotal,
    Months,
    PerCase,
    CasesShortened,
    CaseMonths,
    NetPerCase,
    SwingPerCaseMonth,
    CostPerCase,
    Npv,
    Payback,
    NoPayback,
    Warnings,
    Chart,
    ChartDesc,
    ChartNet,
    ChartCumulative,
    BreakEvenIndsats,
    BreakEvenNone,
    StorageUnavailable,
    StorageFull,
    StorageCorrupt,
    Dismiss,
    PresetStory,
    /// The story on the first screen: its heading, a card's button, the
    /// card of the scenario on screen.
    StoryTitle,
    /// The printed report's first line: what the document is.
    ReportKind,
    ReportPeriod,
    StoryOpen,
    StoryShown,
    NotApplicable,
    Saving,
    ExtraCost,
    HeadlineContext,
    NoResult,
    /// No result because the inputs on screen do not evaluate.
    NoResultInvalid,
    LoadingCalculator,
    /// The page's own message when the app cannot load or start (index.html,
    /// shown by static/boot.js): what happened, why, what to do.
    LoadFailed,
    LoadFailedFiles,
    LoadFailedNoWasm,
    LoadFailedWhatToDo,
    Reload,
    KeyboardHelp,
    Scenarios,
    ScenarioName,
    NewScenario,
    DuplicateScenario,
    DeleteScenario,
    DeleteQuestion,
    DeleteExplanation,
    ConfirmDelete,
    Compare,
    CompareTitle,
    ComparePick,
    /// The heading of the figures and choices that differ.
    CompareInputs,
    /// The folded list of names, descriptions and source notes that differ.
    CompareTexts,
    /// No figure or choice differs.
    CompareSame,
    CompareResults,
    CompareResultsCaption,
    /// A compared choice's value: the rate table, the refusion trappe, the
    /// year's rule, one's own figure; the published regulation or the
    /// user's assumption alone.
    ChoiceTable,
    ChoiceTrappe,
    ChoiceYearRule,
    ChoiceOwn,
    ChoicePublished,
    ChoiceAssumptionOnly,
    Difference,
    Input,
    Share,
    CopyLink,
    LinkText,
    LinkTextComparison,
    LinkCopied,
    LinkCopyFailed,
    LinkPrivacy,
    QrCode,
    QrTooLong,
    ShowLargeQr,
    QrTooDenseSmall,
    QrTooDenseScreen,
    Close,
    ExportJson,
    ImportJson,
    ExportCsv,
    Print,
    OpenedFromLink,
    LinkFailed,
    Imported,
    ImportFailed,
    ImportProblems,
    Assumptions,
    Yes,
    No,
    Value,
}

/// The text for `key` in `lang`.
pub fn t(key: T, lang: Lang) -> &'static str {
    pick!(lang, t(key))
}

pub fn dt(key: D, lang: Lang) -> &'static str {
    pick!(lang, dt(key))
}

/// The CSV export's headings and row names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvWord {
    Scenario,
    Year,
    Month,
    Item,
    Kommune,
    Stat,
    Total,
    Net,
    /// The lead of a notice row.
    Note,
    /// A cost line's total, numbered from 1 (`Udgiftslinje 1: label`).
    CostLine,
    /// The row with the export's date.
    Exported,
}

/// "Nutidsværdi for kommunen (diskonteringsrente 4 %)"; `rate` formatted.
pub fn csv_npv(rate: &str, lang: Lang) -> String {
    pick!(lang, csv_npv(rate))
}

/// "30. november 2026", "30 November 2026".
pub fn date(year: u16, month: u8, day: u8, lang: Lang) -> String {
    let name = month_name(month, lang);
    pick!(lang, date(year, name, day))
}

pub fn csv_word(key: CsvWord, lang: Lang) -> &'static str {
    pick!(lang, csv_word(key))
}

/// A field's label, looked up by its id (`Field`): each language matches on
/// every field, so a new field does not compile without its labels.
pub fn field_label(field: Field, lang: Lang) -> &'static str {
    pick!(lang, field_label(field))
}

/// A field's one-line help text, by its id like [`field_label`].
pub fn field_help(field: Field, lang: Lang) -> &'static str {
    pick!(lang, field_help(field))
}

/// A scenario's non-numeric part as the comparison names it; `figure` is
/// the label of the figure a source note is about.
pub fn setting_label(
    setting: &crate::engine::compare::Setting,
    figure: &str,
    lang: Lang,
) -> String {
    pick!(lang, setting(setting, figure))
}

/// What a field's label leaves to the form's section, for where the label
/// stands alone: `Some("RFY")` for the benefit's state refusion.
pub fn field_qualifier(field: Field, lang: Lang) -> Option<&'static str> {
    pick!(lang, field_qualifier(field))
}

/// How a source kind is named next to a figure.
pub fn source_kind(kind: SourceKind, lang: Lang) -> &'static str {
    pick!(lang, source_kind(kind))
}

/// The name of a calendar month (1 = January); Danish in lower case.
pub fn month_name(month: u8, lang: Lang) -> &'static str {
    let i = usize::from(month.clamp(1, 12) - 1);
    match lang {
        Lang::Da => da::MONTHS[i],
        Lang::En => en::MONTHS[i],
    }
}

/// "Tilbagebetalt i måned 17 (maj 2025)".
pub fn payback(month_number: u32, month: u8, year: u16, lang: Lang) -> String {
    let name = month_name(month, lang);
    pick!(lang, payback(month_number, name, year))
}

/// "For at gå i nul skal ... være 11.120 kr. pr. sagsmåned (i dag 2.700 kr.)."
pub fn break_even(value: &str, current: &str, lang: Lang) -> String {
    pick!(lang, break_even(value, current))
}

/// The heading of one calendar year in the breakdown.
pub fn year_heading(year: u16, months: u32, lang: Lang) -> String {
    pick!(lang, year_heading(year, months))
}

pub fn group_legend(index: usize, label: &str, lang: Lang) -> String {
    pick!(lang, group_legend(index + 1, label))
}

/// "Udgiftslinje 2: Helbredsrådgivning" (`index` from 0).
pub fn cost_line_legend(index: usize, label: &str, lang: Lang) -> String {
    pick!(lang, cost_line_legend(index + 1, label))
}

/// The share førtidspension takes, formatted: "Førtidspension: resten, 75 %".
pub fn fp_remainder(pct: &str, lang: Lang) -> String {
    pick!(lang, fp_remainder(pct))
}

/// The label of a duplicated group.
pub fn copy_of(label: &str, lang: Lang) -> String {
    pick!(lang, copy_of(label))
}

/// The period a result covers: its calendar years, without separators, and
/// its months ("2026–2027, 24 mdr.").
pub fn period(first_year: u16, last_year: u16, months: u32, lang: Lang) -> String {
    let years = if first_year == last_year {
        first_year.to_string()
    } else {
        format!("{first_year}–{last_year}")
    };
    pick!(lang, months_of(&years, months))
}

/// When a report was printed, and by which version of the calculator.
pub fn printed(date: &str, version: &str, lang: Lang) -> String {
    pick!(lang, printed(date, version))
}

/// A preset opened beside the scenario that was on screen.
pub fn opened_preset(opened: &str, kept: &str, lang: Lang) -> String {
    pick!(lang, opened_preset(opened, kept))
}

pub fn new_scenario_name(n: usize, lang: Lang) -> String {
    pick!(lang, new_scenario_name(n))
}

pub fn new_group_label(n: usize, lang: Lang) -> String {
    pick!(lang, new_group_label(n))
}

/// Text that is not a whole number where one belongs: what is allowed.
pub fn whole_number_allowed(min: &str, max: &str, unit: &str, lang: Lang) -> String {
    pick!(lang, whole_number_allowed(min, max, unit))
}

pub fn goal_no_effect(lang: Lang) -> String {
    pick!(lang, goal_no_effect()).to_string()
}

/// No allowed value reaches the target: the net at both ends of the range.
pub fn goal_out_of_range(min: &str, at_min: &str, max: &str, at_max: &str, lang: Lang) -> String {
    pick!(lang, goal_out_of_range(min, at_min, max, at_max))
}

pub fn slider_break_even(value: &str, lang: Lang) -> String {
    pick!(lang, slider_break_even(value))
}

pub fn slider_no_break_even(lang: Lang) -> String {
    pick!(lang, slider_no_break_even()).to_string()
}

/// "Kører: 40.000 af 100.000 trækninger".
pub fn progress(done: &str, total: &str, lang: Lang) -> String {
    pick!(lang, progress(done, total))
}

/// What a result was computed with, so it can be repeated.
pub fn run_settings(draws: &str, seed: &str, at_current: &str, lang: Lang) -> String {
    pick!(lang, run_settings(draws, seed, at_current))
}

/// A character for a message: visible ASCII and Latin letters (æ, ø, å …)
/// quoted, any other by code point, so nothing invisible or layout-changing
/// ends up in the text. (Plain ranges: Unicode tables would cost app size.)
fn describe_char(c: char) -> String {
    if c.is_ascii_graphic() || ('\u{C0}'..='\u{24F}').contains(&c) {
        format!("«{c}»")
    } else {
        format!("U+{:04X}", u32::from(c))
    }
}

// The words of the engine's and the formats' data.

impl Unit {
    pub fn label(self, lang: Lang) -> &'static str {
        pick!(lang, unit(self))
    }
}

impl LineItem {
    pub fn label(self, lang: Lang) -> &'static str {
        pick!(lang, line_item(self))
    }
}

impl Party {
    pub fn label(self, lang: Lang) -> &'static str {
        pick!(lang, party(self))
    }
}

impl Figure {
    pub fn label(self, lang: Lang) -> String {
        pick!(lang, figure(self))
    }
}

impl Warning {
    pub fn message(&self, lang: Lang) -> String {
        pick!(lang, warning(self))
    }
}

impl Problem {
    /// What is wrong and what is allowed, without the field's path.
    pub fn message(&self, lang: Lang) -> String {
        pick!(lang, problem(self))
    }
}

impl FieldError {
    /// `path: what is wrong and what is allowed`.
    pub fn message(&self, lang: Lang) -> String {
        with_path(&self.path, self.problem.message(lang))
    }
}

impl DocumentProblem {
    pub fn message(&self, lang: Lang) -> String {
        pick!(lang, document_problem(self))
    }
}

impl DocumentError {
    /// `path: what is wrong and what is allowed`.
    pub fn message(&self, lang: Lang) -> String {
        with_path(&self.path, self.problem.message(lang))
    }
}

/// A part of a document with no field of its own, named in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentPlace {
    Version,
    Sources,
}

/// A field's label as it stands alone: "Statens refusion – RFY".
fn label_alone(field: Field, lang: Lang) -> String {
    let label = field_label(field, lang);
    match field_qualifier(field, lang) {
        Some(of) => format!("{label} – {of}"),
        None => label.to_string(),
    }
}

/// The field at `path` by its label, or the form section of the first
/// declared field under it (`rfy.rate` holds `rfy.rate.monthly`: the
/// ressourceforløbsydelse), among `fields`.
fn field_words(fields: &[Field], path: &str, lang: Lang) -> Option<String> {
    use crate::engine::inputs::Section;
    let (field, rest) = fields.iter().find_map(|f| {
        let rest = f.path_suffix().strip_prefix(path)?;
        (rest.is_empty() || rest.starts_with('.')).then_some((*f, rest))
    })?;
    if rest.is_empty() {
        return Some(label_alone(field, lang));
    }
    let section = match field.section() {
        Section::Review => T::Review,
        Section::Timing => T::Timing,
        Section::Rfy => T::Rfy,
        Section::Fp => T::Fp,
        Section::Indsats => T::Indsats,
        Section::Destinations => T::Destinations,
        Section::Counterfactual => T::Counterfactual,
        Section::Investment => T::Investment,
        Section::HorizonPerspective => T::HorizonPerspective,
        Section::IncomeTax => T::IncludeIncomeTax,
    };
    Some(t(section, lang).to_string())
}

/// What a path within case group `g` is, in words.
fn group_words(g: usize, rest: &str, lang: Lang) -> Option<String> {
    use crate::engine::compare::Refunded;
    use crate::engine::inputs::BenefitKind as B;
    if rest.is_empty() {
        return None;
    }
    let setting = match rest {
        "label" => Some(Setting::GroupLabel(g)),
        "timing.kind" => Some(Setting::TimingKind(g)),
        "rfy.rate.source" => Some(Setting::RateSource(g, B::Rfy)),
        "rfy.rate.year" => Some(Setting::RateYear(g, B::Rfy)),
        "rfy.rate.status" => Some(Setting::RateStatus(g, B::Rfy)),
        "fp.rate.source" => Some(Setting::RateSource(g, B::Fp)),
        "fp.rate.year" => Some(Setting::RateYear(g, B::Fp)),
        "fp.rate.status" => Some(Setting::RateStatus(g, B::Fp)),
        "rfy.refusion.source" => Some(Setting::RefusionSource(g, Refunded::Rfy)),
        "fp.refusion.source" => Some(Setting::RefusionSource(g, Refunded::Fp)),
        "indsats.refusion.source" => Some(Setting::RefusionSource(g, Refunded::Indsats)),
        "destinations.fleksjob.refusion.source" => {
            Some(Setting::RefusionSource(g, Refunded::Fleksjob))
        }
        "destinations.kontanthjaelp.refusion.source" => {
            Some(Setting::RefusionSource(g, Refunded::Kontanthjaelp))
        }
        "counterfactual.instead.refusion.source" => {
            Some(Setting::RefusionSource(g, Refunded::Instead))
        }
        "counterfactual.instead.kind" => Some(Setting::InsteadKind(g)),
        "counterfactual.lasting.kind" => Some(Setting::LastingKind(g)),
        _ => None,
    };
    match setting {
        Some(setting) => Some(setting_label(&setting, "", lang)),
        None => field_words(&Field::GROUP_FIELDS, rest, lang),
    }
}

/// What a path outside the case groups is, in words.
fn scenario_words(path: &str, groups: &[String], lang: Lang) -> Option<String> {
    use crate::engine::compare::{CostLinePart as C, RangePart as R, SourcePart as S};
    let setting = |setting: Setting| Some(setting_label(&setting, "", lang));
    if let Some((i, part)) = indexed_entry(path, "costs") {
        let Some(part) = C::parse(part) else {
            // The line as a whole: "Udgiftslinje 2".
            return Some(format!("{} {}", csv_word(CsvWord::CostLine, lang), i + 1));
        };
        return setting(Setting::CostLine(i, part));
    }
    if let Some((i, part)) = indexed_entry(path, "ranges") {
        let part = match part {
            "low" => R::Low,
            "likely" => R::Likely,
            "high" => R::High,
            _ => R::Input,
        };
        return setting(Setting::Range(i, part));
    }
    if let Some(key) = path.strip_prefix("sources.") {
        let (key, part) = match key.rsplit_once('.') {
            Some((key, "kind")) => (key, Some(S::Kind)),
            Some((key, "text")) => (key, Some(S::Text)),
            Some((key, "text_en")) => (key, Some(S::TextEn)),
            _ => (key, None),
        };
        let figure = place(key, groups, lang).unwrap_or_else(|| key.to_string());
        return Some(match part {
            Some(part) => setting_label(&Setting::Source(key.into(), part), &figure, lang),
            None => pick!(lang, source_of(&figure)),
        });
    }
    match path {
        "" => None,
        "version" => Some(pick!(lang, document_place(DocumentPlace::Version)).into()),
        "sources" => Some(pick!(lang, document_place(DocumentPlace::Sources)).into()),
        "name" => setting(Setting::Name),
        "description" => setting(Setting::Description),
        "groups" => setting(Setting::GroupCount),
        "costs" => setting(Setting::CostLineCount),
        "perspective.include_income_tax" => setting(Setting::IncludeIncomeTax),
        "perspective.indexing" => setting(Setting::Indexing),
        _ => field_words(&Field::SCENARIO_FIELDS, path, lang),
    }
}

/// The most characters of a group's name a message repeats.
const MAX_NAME_SHOWN: usize = 60;

/// Where a document's `path` points, in words: in a comparison the
/// scenario's number, then a case group by its own name (from `groups`,
/// each scenario's group names as far as they could be read), then the
/// field's label or what the setting is. `None` where there is nothing to
/// say but the path.
pub fn place(path: &str, groups: &[String], lang: Lang) -> Option<String> {
    let (where_group, what) = match indexed_entry(path, "groups") {
        Some((g, rest)) => {
            let name = groups.get(g).map_or("", String::as_str);
            // A name too long to be allowed is itself a problem: shown cut.
            let name = match name.char_indices().nth(MAX_NAME_SHOWN) {
                Some((end, _)) => format!("{}…", &name[..end]),
                None => name.to_string(),
            };
            (
                Some(pick!(lang, group_place(g + 1, &name))),
                group_words(g, rest, lang),
            )
        }
        None => (None, scenario_words(path, groups, lang)),
    };
    match (where_group, what) {
        (Some(group), Some(what)) => Some(format!("{group}: {what}")),
        (group, what) => group.or(what),
    }
}

/// A document's problem as a person reads it: where, what is wrong, and
/// the path in brackets for whoever edits the file. `names` holds each
/// scenario's group names (one list for a single scenario).
fn placed(path: &str, problem: String, names: &[Vec<String>], lang: Lang) -> String {
    let (scenario, rest) = match indexed_entry(path, "scenarios") {
        Some((i, rest)) => (Some(i), rest),
        None => (None, path),
    };
    let groups = names
        .get(scenario.unwrap_or(0))
        .map_or(&[][..], Vec::as_slice);
    let place = match (
        scenario.map(|i| pick!(lang, scenario_place(i + 1))),
        place(rest, groups, lang),
    ) {
        (Some(s), Some(p)) => Some(format!("{s}, {p}")),
        (s, p) => s.or(p),
    };
    match place {
        Some(place) => format!("{place}: {problem} ({path})"),
        None => with_path(path, problem),
    }
}

fn with_path(path: &str, text: String) -> String {
    if path.is_empty() {
        text
    } else {
        format!("{path}: {text}")
    }
}

impl UncertaintyError {
    pub fn messages(&self, lang: Lang) -> Vec<String> {
        match self {
            UncertaintyError::Invalid(errors) => errors.iter().map(|e| e.message(lang)).collect(),
            UncertaintyError::NoRanges => vec![pick!(lang, no_ranges()).to_string()],
            UncertaintyError::DuplicateInput { path } => vec![pick!(lang, duplicate_range(path))],
            UncertaintyError::TooManyInputs { count, max } => {
                vec![pick!(lang, too_many_varying(*count, *max))]
            }
            UncertaintyError::DrawCount { max, .. } => vec![pick!(lang, draw_count(*max))],
        }
    }
}

impl Method {
    pub fn describe(&self, lang: Lang) -> String {
        pick!(lang, method(self))
    }
}

impl ReadError {
    /// One message per problem, each starting with its field path; after
    /// [`MAX_LISTED_PROBLEMS`], one line saying how many more there are.
    pub fn messages(&self, lang: Lang) -> Vec<String> {
        self.messages_named(&[], lang)
    }

    /// As [`ReadError::messages`], each problem named by where it is (the
    /// field's label, its group by name from `names`: each scenario's group
    /// names, [`crate::format::link::group_names`]), the path in brackets.
    pub fn messages_named(&self, names: &[Vec<String>], lang: Lang) -> Vec<String> {
        match self {
            ReadError::Fields(errors) => {
                let mut list: Vec<String> = errors
                    .iter()
                    .take(MAX_LISTED_PROBLEMS)
                    .map(|e| placed(&e.path, e.problem.message(lang), names, lang))
                    .collect();
                let more = errors.len().saturating_sub(MAX_LISTED_PROBLEMS);
                if more > 0 {
                    let count = format_plain(more.into(), lang, 0);
                    list.push(pick!(lang, more_problems(&count)));
                }
                list
            }
            ReadError::ScenarioCount { found } => vec![pick!(lang, comparison_count(*found))],
        }
    }
}

impl LinkError {
    /// A document's problems are named by where they are, each group by
    /// its own name ([`ReadError::messages_named`]).
    pub fn message(&self, lang: Lang) -> String {
        let not_a_scenario = match self {
            LinkError::NotAScenario(e, names) => e.messages_named(names, lang).join("; "),
            _ => String::new(),
        };
        pick!(lang, link_error(self, &not_a_scenario))
    }
}

impl EncodeError {
    pub fn message(&self, lang: Lang) -> String {
        pick!(lang, encode_error(self))
    }
}

impl Preset {
    /// The Danish title is the preset document's `name`, the English one is
    /// kept beside it in `data::presets`.
    pub fn title(&self, lang: Lang) -> String {
        match lang {
            Lang::Da => self.scenario().map(|s| s.name).unwrap_or_default(),
            Lang::En => self.title_en.to_string(),
        }
    }

    pub fn story(&self, lang: Lang) -> String {
        match lang {
            Lang::Da => self.scenario().map(|s| s.description).unwrap_or_default(),
            Lang::En => self.story_en.to_string(),
        }
    }
}

/// Decision support texts (goal seek, tornado, uncertainty, meeting mode,
/// the working).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum D {
    Title,
    GoalTitle,
    GoalIntro,
    GoalInput,
    GoalTarget,
    GoalNeeded,
    GoalNow,
    GoalGap,
    GoalGives,
    GoalNoResult,
    TornadoTitle,
    TornadoIntro,
    SpreadSources,
    SpreadYours,
    SpreadDefault,
    TornadoZero,
    TornadoToday,
    RangesTitle,
    RangesIntro,
    Low,
    Likely,
    High,
    AddRange,
    Add,
    Remove,
    UncertaintyTitle,
    UncertaintyIntro,
    Seed,
    Draws,
    Run,
    Stop,
    Running,
    Probability,
    P10,
    P50,
    P90,
    ResultStale,
    Histogram,
    MeetingOpen,
    MeetingBack,
    MeetingHint,
    MeetingReset,
    MeetingPick,
    Working,
    WorkingItems,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_has_label_and_help_in_both_languages() {
        for field in Field::GROUP_FIELDS
            .into_iter()
            .chain(Field::SCENARIO_FIELDS)
        {
            for lang in [Lang::Da, Lang::En] {
                assert!(!field_label(field, lang).is_empty());
                assert!(field_help(field, lang).len() > 10);
            }
        }
    }

    #[test]
    fn payback_names_the_month() {
        assert_eq!(
            payback(17, 5, 2025, Lang::Da),
            "Tilbagebetalt i måned 17 (maj 2025)"
        );
        assert_eq!(month_name(0, Lang::En), "January");
        assert_eq!(month_name(13, Lang::Da), "december");
    }

    #[test]
    fn allowed_years_have_no_separator_and_money_two_decimals_or_none() {
        use crate::engine::inputs::Unit;
        use rust_decimal_macros::dec;
        let years = Problem::OutOfRange {
            min: dec!(2000),
            max: dec!(2100),
            unit: Unit::Year,
        };
        assert_eq!(
            years.message(Lang::Da),
            "skal være et tal fra 2000 til 2100 år"
        );
        assert_eq!(
            years.message(Lang::En),
            "must be a number from 2000 to 2100 year"
        );
        let money = Problem::OutOfRange {
            min: dec!(0),
            max: dec!(1000000),
            unit: Unit::KrPerMonth,
        };
        assert_eq!(
            money.message(Lang::Da),
            "skal være et tal fra 0 til 1.000.000 kr. pr. måned"
        );
        // A corrected rate: 11.282,5 was, 11.290 now (kr. and øre).
        let corrected = Warning::RateCorrected {
            path: "groups[0].rfy.rate.monthly".into(),
            year: 2018,
            was: dec!(11282.5),
            now: dec!(11290),
        };
        let text = corrected.message(Lang::Da);
        assert!(
            text.contains("fra skønnet 11.282,50 kr. til den offentliggjorte sats 11.290 kr."),
            "{text}"
        );
    }
}
