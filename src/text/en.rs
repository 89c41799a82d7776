//! Every sentence the app shows, in English: the same sentences as `da.rs`,
//! function for function; `mod.rs` picks by language. Numbers in a sentence
//! are written the English way (`format::number`).

use rust_decimal::Decimal;

use super::working::{named, years};
use super::{CsvWord, DocumentPlace, D, T};
use crate::engine::compare::{CostLinePart, RangePart, Refunded, Setting, SourcePart};
use crate::engine::compare::{Figure, Party};
use crate::engine::inputs::{BenefitKind, CostPart};
use crate::engine::inputs::{Field, Unit};
use crate::engine::outcome::{LineItem, Warning};
use crate::engine::scenario::{SourceKind, CURRENT_VERSION};
use crate::engine::trace::Paid;
use crate::engine::uncertainty::Method;
use crate::engine::validate::Problem;
use crate::engine::working::{Caption, Meaning, Unit as WorkingUnit};
use crate::format::document::{DocumentProblem, Expected};
use crate::format::link::{EncodeError, LinkError, LINK_VERSION, MAX_COMPARED, MIN_COMPARED};
use crate::format::number::{format_decimal, format_money, format_plain, format_value};
use crate::lang::Lang;

const LANG: Lang = Lang::En;

fn num(d: Decimal) -> String {
    format_plain(d, LANG, 2)
}

fn count(n: u32) -> String {
    format_decimal(Decimal::from(n), LANG, 0)
}

/// Calendar months, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "Paid back in month 17 (May 2025)".
pub fn payback(month_number: u32, month_name: &str, year: u16) -> String {
    format!("Paid back in month {month_number} ({month_name} {year})")
}

/// "To break even, ... must be 11,120 kr. per case-month (now 2,700 kr.)."
pub fn break_even(value: &str, current: &str) -> String {
    format!(
        "{} {value} per case-month (now {current}).",
        t(T::BreakEvenIndsats)
    )
}

/// The heading of one calendar year in the breakdown.
pub fn year_heading(year: u16, months: u32) -> String {
    format!(
        "{year} ({months} {})",
        if months == 1 { "month" } else { "months" }
    )
}

/// A case group's legend; `number` counts from 1.
pub fn group_legend(number: usize, label: &str) -> String {
    format!("Case group {number}: {label}")
}

pub fn cost_line_legend(number: usize, label: &str) -> String {
    format!("Cost line {number}: {label}")
}

pub fn fp_remainder(pct: &str) -> String {
    format!("Førtidspension: the rest, {pct} %")
}

/// The label of a duplicated group.
pub fn copy_of(label: &str) -> String {
    format!("{label} (copy)")
}

pub fn printed(date: &str, version: &str) -> String {
    format!("Printed {date} · calculator version {version}")
}

pub fn months_of(years: &str, months: u32) -> String {
    format!("{years}, {months} months")
}

pub fn opened_preset(opened: &str, kept: &str) -> String {
    format!("“{opened}” opened as a new scenario. “{kept}” is kept as it was: pick it in the list of scenarios.")
}

pub fn new_scenario_name(n: usize) -> String {
    format!("Scenario {n}")
}

pub fn new_group_label(n: usize) -> String {
    format!("New group {n}")
}

/// Text that is not a whole number where one belongs: what is allowed.
pub fn whole_number_allowed(min: &str, max: &str, unit: &str) -> String {
    format!("Must be a whole number from {min} to {max} {unit}")
}

pub fn goal_no_effect() -> &'static str {
    "No value of this input reaches the target: the municipality's net does not depend on it."
}

/// No allowed value reaches the target: the net at both ends of the range.
pub fn goal_out_of_range(min: &str, at_min: &str, max: &str, at_max: &str) -> String {
    format!("No allowed value of this input reaches the target: at {min} the net is {at_min}, at {max} it is {at_max}.")
}

pub fn slider_break_even(value: &str) -> String {
    format!("Breaks even at {value}")
}

pub fn slider_no_break_even() -> &'static str {
    "Does not break even within the allowed values"
}

/// "Running: 40,000 of 100,000 draws".
pub fn progress(done: &str, total: &str) -> String {
    format!("{}: {done} of {total} draws", dt(D::Running))
}

/// What a result was computed with, so it can be repeated.
pub fn run_settings(draws: &str, seed: &str, at_current: &str) -> String {
    format!("{draws} draws, seed {seed}. Net with today's figures: {at_current}")
}

/// The CSV export's headings and row names.
pub fn csv_word(key: CsvWord) -> &'static str {
    match key {
        CsvWord::Scenario => "Scenario",
        CsvWord::Year => "Year",
        CsvWord::Month => "Month",
        CsvWord::Item => "Item",
        CsvWord::Kommune => "Municipality",
        CsvWord::Stat => "State",
        CsvWord::Total => "Total",
        CsvWord::Net => "Net",
        CsvWord::Note => "Note",
        CsvWord::CostLine => "Cost line",
        CsvWord::Exported => "Exported",
    }
}

/// The net present value's row name in an export, with its rate.
pub fn csv_npv(rate: &str) -> String {
    format!("Net present value for the municipality (discount rate {rate} %)")
}

/// A day as written in a sentence: "30. november 2026".
pub fn date(year: u16, month_name: &str, day: u8) -> String {
    format!("{day} {month_name} {year}")
}

pub fn unit(unit: Unit) -> &'static str {
    match unit {
        Unit::Kr => "kr.",
        Unit::KrPerMonth => "kr. per month",
        Unit::KrPerYear => "kr. per year",
        Unit::Pct => "%",
        Unit::Months => "months",
        Unit::MonthOfHorizon => "month of the horizon",
        Unit::Cases => "cases",
        Unit::HoursPerWeek => "hours per week",
        Unit::Weeks => "weeks",
        Unit::Year => "year",
        Unit::Month => "month",
    }
}

pub fn line_item(item: LineItem) -> &'static str {
    match item {
        LineItem::RfySaved => "Resource-course benefit saved",
        LineItem::IndsatsSaved => "Efforts (indsats) saved",
        LineItem::FpAdded => "Early pension added",
        LineItem::Buyout => "Caseworker buy-out",
        LineItem::Handling => "Handling per case",
        LineItem::TaxEffect => "Municipal tax on benefits",
        LineItem::FleksjobAdded => "Extra cost of flex job / unemployment benefit",
        LineItem::KontanthjaelpAdded => "Extra cost of social assistance",
        LineItem::LastingAdded => "Lasting extra cost after the months cut",
        LineItem::InsteadSaved => "Other benefit saved (would not have got there anyway)",
        LineItem::CostLines => "Other investments and costs",
    }
}

pub fn party(party: Party) -> &'static str {
    match party {
        Party::Kommune => "municipality",
        Party::Stat => "state",
        Party::Public => "public sector",
    }
}

/// A result's name in a comparison.
pub fn figure(figure: Figure) -> String {
    match figure {
        Figure::Net(p) => format!("Net ({})", party(p)),
        Figure::YearNet(year, p) => format!("Net {year} ({})", party(p)),
        Figure::Item(item, p) => format!("{} ({})", line_item(item), party(p)),
        Figure::PaybackMonth => "Paid back in month".into(),
        Figure::NpvKommune => "Net present value for the municipality".into(),
    }
}

pub fn warning(warning: &Warning) -> String {
    match warning {
        Warning::EffectsAfterHorizon { group, case_months } => format!(
            "Group {}: {} case-months fall after the horizon and are not counted.",
            group + 1,
            format_decimal(*case_months, LANG, 2)
        ),
        Warning::LastingAfterHorizon {
            group,
            case_months,
            kommune_last_month,
        } => {
            let how_long = match case_months {
                Some(cm) => format!(
                    "goes on for {} case-months after the horizon",
                    format_decimal(*cm, LANG, 2)
                ),
                None => "goes on after the horizon (chosen: to the horizon and beyond)".into(),
            };
            format!(
                "Group {}: the lasting difference {how_long} and is not counted. In the horizon's last month it was {} kr. for the municipality.",
                group + 1,
                format_decimal(*kommune_last_month, LANG, 2)
            )
        }
        Warning::CostAfterHorizon { line, months } => format!(
            "Cost line {}: {months} months fall after the horizon and are not counted.",
            line + 1
        ),
        Warning::BuyoutAfterHorizon { months } => {
            format!("{months} months of the buy-out fall after the horizon and are not counted.")
        }
        Warning::UnverifiedRate { path, year } => format!(
            "{path}: the {year} rate is an estimate, not a published rate. Replace it with your own."
        ),
        Warning::IndexedRate {
            path,
            year,
            from_year,
            assumed_years,
            assumption_pct,
        } => format!(
            "{path}: there is no {year} rate yet. The rate is the {from_year} rate indexed by the published rises and for {assumed_years} year(s) by your own assumption of {} % a year (yearly adjustment). It is an estimate.",
            format_plain(*assumption_pct, LANG, 2)
        ),
        Warning::RateCorrected {
            path,
            year,
            was,
            now,
        } => format!(
            "{path}: the {year} rate was corrected from the estimate {} kr. to the published rate {} kr. a month, so the result differs from when the scenario was saved.",
            format_money(*was, LANG),
            format_money(*now, LANG)
        ),
        Warning::RessourceforlobAbolished => "From 1 February 2026 ressourceforløb exist only for citizens already in one (lov nr. 1750 af 29/12/2025): no new courses start, so the calculation applies to ongoing ones only.".to_string(),
    }
}

/// What is wrong with a value and what is allowed (after the field's path).
pub fn problem(problem: &Problem) -> String {
    match problem {
        Problem::OutOfRange { min, max, unit: u } => {
            format!(
                "must be a number from {} to {} {}",
                format_value(*min, *u, LANG),
                format_value(*max, *u, LANG),
                unit(*u)
            )
        }
        Problem::NotWhole => "must be a whole number".into(),
        Problem::TooLong { max_chars } => format!("must be at most {max_chars} characters"),
        Problem::TooMany { max } => format!("must have at most {max} entries"),
        Problem::GroupCount { max } => format!("must have from 1 to {max} case groups"),
        Problem::MoreShortenedThanReviewed => "cannot exceed the number of cases reviewed".into(),
        Problem::SharesOver100 { total } => format!(
            "the shares to flex job, social assistance and job add up to {} %; at most 100 % is allowed (early pension takes the rest)",
            num(*total)
        ),
        Problem::MoreThanMonthsLeft { months_left } => format!(
            "cannot be more than the months left in the course (months_left: {} months)",
            num(*months_left)
        ),
        Problem::AfterHorizon { horizon_months } => {
            format!("must lie within the horizon: month 1 to {horizon_months}")
        }
        Problem::NoRateForYear {
            available,
            indexed_until,
        } => {
            let years: Vec<String> = available.iter().map(u16::to_string).collect();
            let mut text = format!(
                "there is no rate for that year; choose one of {}",
                years.join(", ")
            );
            if let Some(last) = available.last().filter(|last| *last < indexed_until) {
                text += &format!(
                    ", or a later year up to {indexed_until} (an estimate: the {last} rate indexed)"
                );
            }
            text
        }
        Problem::UnknownInput => "is not a numeric field of the scenario".into(),
        Problem::RangeOrder => "low ≤ likely ≤ high must hold".into(),
        Problem::Overflow => "gives numbers too large to calculate with".into(),
    }
}

/// What is wrong with a document at a place (after the path).
pub fn document_problem(found: &DocumentProblem) -> String {
    match found {
        DocumentProblem::Invalid(p) => problem(p),
        DocumentProblem::MissingField => "is missing; the field is required".into(),
        DocumentProblem::UnknownField { allowed } => {
            format!("is not a field here (allowed: {})", allowed.join(", "))
        }
        DocumentProblem::DuplicateField => "appears more than once".into(),
        DocumentProblem::WrongType { expected: e } => format!("must be {}", expected(e)),
        DocumentProblem::Shape { detail } => format!(
            "does not have the shape the format requires (the JSON reader says: {detail})"
        ),
        DocumentProblem::NotJson { line, column } => {
            format!("is not valid JSON (error at line {line}, character {column})")
        }
        DocumentProblem::MissingVersion => "lacks the field \"version\" (a whole number)".into(),
        DocumentProblem::TooNew { version } => format!(
            "was made by a newer version of the calculator (format {version}; this one reads up to {CURRENT_VERSION}). Open it in the latest version."
        ),
        DocumentProblem::UnsupportedVersion { version } => {
            format!("format version {version} does not exist (valid: 1 to {CURRENT_VERSION})")
        }
    }
}

fn expected(expected: &Expected) -> String {
    match expected {
        Expected::Object => "an object { … }".into(),
        Expected::List => "a list [ … ]".into(),
        Expected::Text => "a text in quotes".into(),
        Expected::Bool => "true or false".into(),
        Expected::Number => "a number, e.g. \"2700.50\"".into(),
        Expected::WholeNumber { max } => format!("a whole number from 0 to {max}"),
        Expected::OneOf(names) => format!("one of: {}", names.join(", ")),
    }
}

/// After the problems listed one by one: how many more there are.
pub fn more_problems(count: &str) -> String {
    format!("… and {count} more problems")
}

pub fn comparison_count(found: usize) -> String {
    format!(
        "scenarios: a comparison must have from {MIN_COMPARED} to {MAX_COMPARED} scenarios, not {found}"
    )
}

/// Why a link cannot be opened; `not_a_scenario` lists the document's
/// problems when the link holds something else than a scenario.
pub fn link_error(error: &LinkError, not_a_scenario: &str) -> String {
    match error {
        LinkError::Empty => "The link is empty: there is no scenario after the #.".into(),
        LinkError::NotALink => {
            "This is not a link to this calculator: after the # it should say s2. or c2. (s1. or c1. in older links) followed by the scenario.".into()
        }
        LinkError::NewerLinkFormat { version } => format!(
            "The link was made by a newer version of the calculator (link format {version}; this one reads up to {LINK_VERSION}). Open it in the latest version."
        ),
        LinkError::BadCharacter { found, position } => format!(
            "The link is damaged: character {position} ({}) does not belong in a link. Copy the whole link again from the sender.",
            super::describe_char(*found)
        ),
        LinkError::Truncated => {
            "The link is cut off: its end is missing. This happens when a long link is split in an email or message. Copy the whole link again.".into()
        }
        LinkError::Damaged => {
            "The link is damaged: its checksum does not match, so one or more characters were changed. Copy the link again from the sender.".into()
        }
        LinkError::TooLong { max_chars } => {
            format!("The link is too long: at most {max_chars} characters.")
        }
        LinkError::TooLarge { max_bytes } => format!(
            "The link is too large: its content unpacks to more than {max_bytes} bytes."
        ),
        LinkError::NotJson => {
            "The link was not made by this calculator: its content is not a scenario (not JSON text).".into()
        }
        LinkError::NotAScenario(..) => {
            format!("The link does not hold a valid scenario: {not_a_scenario}")
        }
        LinkError::NewerDocument { version } => format!(
            "The scenario in the link was made by a newer version of the calculator (format {version}), which this version cannot read. Open the link in the latest version."
        ),
    }
}

pub fn encode_error(error: &EncodeError) -> String {
    match error {
        EncodeError::ScenarioCount { found } => format!(
            "A comparison must have from {MIN_COMPARED} to {MAX_COMPARED} scenarios, not {found}."
        ),
        EncodeError::TooLarge => {
            "The scenario is too large for a link. Save it as a file instead.".into()
        }
    }
}

pub fn no_ranges() -> &'static str {
    "Give a low and a high value for at least one input to see the uncertainty."
}

pub fn duplicate_range(path: &str) -> String {
    format!("{path}: has more than one range; keep one.")
}

pub fn too_many_varying(count: usize, max: usize) -> String {
    format!(
        "{count} inputs vary; at most {max} can vary at once. Make the other ranges a single value (low = high)."
    )
}

pub fn draw_count(max: u32) -> String {
    format!("The number of draws must be from 1 to {}.", count(max))
}

/// How a Monte Carlo run got the net of each draw.
pub fn method(method: &Method) -> String {
    match method {
        Method::Constant => "Nothing varies: every draw gives the same result.".into(),
        Method::Interpolated { evaluations, .. } => format!(
            "The net is multilinear in the inputs that vary: evaluated in full at {} corner points and interpolated in between (accurate to far less than one øre).",
            count(*evaluations)
        ),
        Method::FullEvaluation { evaluations } => {
            format!("Every draw was evaluated in full ({} evaluations).", count(*evaluations))
        }
    }
}

/// The fixed UI texts.
pub fn t(key: T) -> &'static str {
    use T::*;
    match key {
        Title => "Shortening resource courses – business case",
        Subtitle => "The Norddjurs model: what does shortening resource courses cost and save?",
        Language => "Language",
        Undo => "Undo",
        Redo => "Redo",
        UndoHint => "Ctrl+Z undoes a change, Ctrl+Shift+Z or Ctrl+Y redoes. In a text box, Ctrl+Z undoes the typing in that box.",
        Preset => "Preset",
        ResetToPreset => "Reset to preset",
        ResetShort => "Reset",
        ResetQuestion => "Reset to the preset?",
        ResetExplanation => "All your changes are replaced by the preset's figures. You can undo it with Undo.",
        ConfirmReset => "Yes, reset",
        CancelReset => "Cancel",
        Inputs => "Inputs",
        Results => "Results",
        CaseGroups => "Case groups",
        GroupLabel => "Group name",
        AddGroup => "Add case group",
        DuplicateGroup => "Duplicate",
        RemoveGroup => "Remove",
        Review => "The review",
        Timing => "Timing of the move",
        TimingKind => "Cases move",
        TimingEven => "evenly over a period",
        TimingFromMonth => "all in one month",
        Rfy => "Resource-course benefit (saved)",
        Fp => "Early pension (paid instead)",
        Indsats => "Efforts – indsats (saved)",
        Counterfactual => "Had the course run its full length",
        Destinations => "Where the granted cases go",
        Instead => "Otherwise they would have got",
        InsteadKontanthjaelp => "Kontanthjælp (social assistance)",
        InsteadFleksjob => "Fleksjob",
        InsteadJob => "A job (no benefit)",
        InsteadTyped => "An amount of your own",
        Lasting => "The difference lasts",
        LastingMonthsChoice => "A number of months",
        LastingUntilHorizon => "To the end of the period and beyond",
        LastingHelp => "E.g. from 48 to the state pension at 67: 228 months.",
        CostLines => "Other costs and investments",
        CostLinesHelp => "The review's own costs (e.g. health advice, case handling) and other investments, besides the buy-out.",
        NoCostLines => "No cost lines.",
        AddCostLine => "Add cost line",
        RemoveCostLine => "Remove",
        CostLabel => "Name",
        CostAmount => "Amount",
        CostBasis => "Counted",
        CostPerReviewedCase => "Per case reviewed",
        CostPerCasePutForward => "Per case put forward",
        CostPerShortenedCase => "Per case shortened",
        CostMonthly => "Monthly for a period",
        CostOneOff => "One-off",
        CostFromMonth => "From month",
        CostMonths => "Number of months",
        CostMonth => "In month",
        CostStatePct => "State's share",
        CostStatePctHelp => "0 % = the kommune's own cost.",
        RateYear => "Rate from year",
        OwnRate => "Own rate",
        RfyStatus => "Provider status",
        FpStatus => "Civil status",
        Forsorger => "provider (has children)",
        IkkeForsorger => "not a provider",
        Enlig => "single",
        GiftSamlevende => "married/cohabiting",
        TableItem => "Figure",
        Ledighedsydelse => "ledighedsydelse (unemployment allowance while waiting for a flexjob)",
        MaxFlekslontilskud => "maximum flexjob wage subsidy",
        ForhojetSats => "higher rate (forhøjet sats)",
        Grundsats => "basic rate (grundsats)",
        UseTrappe => "Use the refusion ladder",
        UseYearRule => "Use the rule for the year",
        Investment => "The investment: caseworker buy-out",
        HorizonPerspective => "Horizon and perspective",
        IncludeIncomeTax => "Count municipal tax on the benefits",
        IncludeIncomeTaxHelp => "A higher benefit brings the municipality more income tax. Business cases usually leave it out.",
        Source => "Source",
        NotVerified => "not verified (estimate)",
        UnnamedFile => "scenario",
        IndexedFrom => "No rate for the year yet: indexed from the rate for",
        YearEstimate => "estimate",
        YearIndexedFrom => "estimate: indexed from",
        NotANumber => "Not a number (type e.g. 1,234.50)",
        Empty => "The field is empty",
        StaleNotice => "Not updated: the result is from the last valid figures. Correct the marked fields.",
        OtherErrors => "Other problems",
        Breakdown => "Breakdown by year and item",
        BreakdownCaption => "Amounts in kr. Savings are positive, costs negative.",
        LineItem => "Item",
        Kommune => "Municipality",
        Stat => "State",
        Total => "Total",
        Net => "Net",
        TotalHorizon => "Whole horizon",
        NetTotal => "Net – whole horizon",
        Months => "months",
        PerCase => "Per case",
        CasesShortened => "Cases shortened within the horizon",
        CaseMonths => "Case-months of pension instead of benefit",
        NetPerCase => "Net for the municipality per case",
        SwingPerCaseMonth => "Benefits and indsats per case-month (municipal share)",
        CostPerCase => "Buy-out and handling per case",
        Npv => "Net present value for the municipality",
        Payback => "Payback",
        NoPayback => "Not paid back within the horizon",
        Warnings => "Note",
        Chart => "Net per year and cumulative",
        ChartDesc => "Bars: the municipality's net per calendar year. Line: cumulative net at the end of each year.",
        ChartNet => "Net per year",
        ChartCumulative => "Cumulative",
        BreakEvenIndsats => "To break even, the indsats saved in the first group must be",
        BreakEvenNone => "No indsats saved within the allowed values brings the result to zero.",
        StorageUnavailable => "The browser's storage is unavailable, so your work is not saved automatically. The calculator still works.",
        StorageFull => "The browser's storage is full or refuses to save. Your latest changes are not saved; the calculator still works.",
        StorageCorrupt => "The saved scenario could not be read, so we started from the preset. A copy of what was saved is kept in the browser's storage under the key",
        Dismiss => "Dismiss",
        PresetStory => "About the preset",
        StoryTitle => "The story: the claim, the realistic case and 2026",
        StoryOpen => "Open",
        ReportKind => "Business case: shortening resource courses (the Norddjurs model)",
        ReportPeriod => "Period",
        StoryShown => "On screen",
        NotApplicable => "–",
        Saving => "saving",
        ExtraCost => "extra cost",
        HeadlineContext => "Net result for the municipality over the horizon",
        NoResultInvalid => "No result: correct the marked fields.",
        NoResult => "No result yet",
        LoadingCalculator => "Loading the calculator …",
        LoadFailed => "The calculator could not start.",
        LoadFailedFiles => "Its files could not be fetched or started, for example because the connection dropped.",
        LoadFailedNoWasm => "This browser cannot run WebAssembly, which the calculator needs. Open the page in a recent Edge, Chrome, Firefox or Safari.",
        LoadFailedWhatToDo => "Reload the page to try again. Your saved work is still kept in this browser.",
        Reload => "Reload",
        KeyboardHelp => "Keyboard",
        Scenarios => "Scenarios",
        ScenarioName => "Scenario name",
        NewScenario => "New scenario",
        DuplicateScenario => "Duplicate scenario",
        DeleteScenario => "Delete scenario",
        DeleteQuestion => "Delete the scenario",
        DeleteExplanation => "This cannot be undone. The other scenarios are not affected.",
        ConfirmDelete => "Yes, delete",
        Compare => "Compare",
        CompareTitle => "Scenarios side by side",
        ComparePick => "Choose at least two scenarios to compare. The first is the baseline.",
        CompareInputs => "Inputs that differ",
        CompareTexts => "Sources and texts that differ",
        CompareSame => "No figures or choices differ.",
        CompareResults => "Results and differences",
        CompareResultsCaption => "Difference from the first scenario, in kr. and per cent.",
        ChoiceTable => "The table",
        ChoiceTrappe => "The refusion trappe",
        ChoiceYearRule => "The year's rule",
        ChoiceOwn => "Own",
        ChoicePublished => "Published rises, then own assumption",
        ChoiceAssumptionOnly => "Own assumption only",
        Difference => "Difference",
        Input => "Input",
        Share => "Share and export",
        CopyLink => "Copy link",
        LinkText => "Link to the scenario",
        LinkTextComparison => "Link to the comparison",
        LinkCopied => "Link copied",
        LinkCopyFailed => "Could not copy automatically: the link is selected in the field – copy it with Ctrl+C.",
        LinkPrivacy => "The whole scenario is in the link after the #, which is never sent to a server.",
        QrCode => "QR code of the link",
        QrTooLong => "The link is too long for a QR code. Share it as text.",
        ShowLargeQr => "Show large QR code",
        QrTooDenseSmall => "The link is too long for a small QR code that scans: show it large.",
        QrTooDenseScreen => "This screen is too small to draw this link's QR code so that it scans. Share the link as text:",
        Close => "Close",
        ExportJson => "Save as file (JSON)",
        ImportJson => "Open file (JSON)",
        ExportCsv => "Download figures for Excel (CSV)",
        Print => "Print / PDF",
        OpenedFromLink => "Opened from a link and added beside your own scenarios:",
        LinkFailed => "The link could not be opened. Nothing was changed.",
        Imported => "Imported and added beside your own scenarios:",
        ImportFailed => "The file could not be opened. Nothing was changed. Problems:",
        ImportProblems => "The file was opened, but these values are not allowed (marked at the fields):",
        Assumptions => "Assumptions and sources",
        Yes => "yes",
        No => "no",
        Value => "Value",
    }
}

/// Decision support's fixed texts.
pub fn dt(key: D) -> &'static str {
    use D::*;
    match key {
        Title => "Decision support",
        GoalTitle => "What must we believe?",
        GoalIntro => "Choose an input and a target for the municipality's net; the calculator finds the value the input must have, all else unchanged.",
        GoalInput => "Input",
        GoalTarget => "Target for the municipality's net (kr.)",
        GoalNeeded => "Value needed",
        GoalNow => "Now",
        GoalGap => "Difference",
        GoalGives => "Gives a net of",
        GoalNoResult => "No answer: correct the marked fields or type the target as a number.",
        TornadoTitle => "What matters most?",
        TornadoIntro => "The municipality's net when each input moves to its low and high value (the range from the sources, your own or ±20 %), all else unchanged. Biggest swing first.",
        SpreadSources => "range from the sources",
        SpreadYours => "your range",
        SpreadDefault => "±20 %",
        TornadoZero => "Zero (break-even)",
        TornadoToday => "Result today",
        RangesTitle => "Ranges: low, likely, high",
        RangesIntro => "Used by the tornado and the simulation and saved in the scenario. An empty likely value means today's value.",
        Low => "Low",
        Likely => "Likely",
        High => "High",
        AddRange => "Add a range for",
        Add => "Add",
        Remove => "Remove",
        UncertaintyTitle => "How sure are we?",
        UncertaintyIntro => "Optional. The simulation draws each input with a range many times from a triangular distribution (low, likely, high) and computes the municipality's net for each draw. The result is the probability of a saving and the spread: 10 % of draws fall below P10, half below P50 and 90 % below P90. The same seed and number of draws always give the same figures, so others can repeat the run.",
        Seed => "Seed",
        Draws => "Number of draws",
        Run => "Run simulation",
        Stop => "Stop",
        Running => "Running",
        Probability => "Probability of a saving",
        P10 => "P10",
        P50 => "P50 (median)",
        P90 => "P90",
        ResultStale => "The result belongs to earlier figures. Run the simulation again.",
        Histogram => "Distribution of the municipality's net",
        MeetingOpen => "Meeting view",
        MeetingBack => "Back",
        MeetingReset => "Reset sliders",
        MeetingHint => "Arrow keys move a slider; Esc goes back.",
        MeetingPick => "Sliders in the meeting view (3–5; none chosen: the top of the tornado)",
        Working => "Show the working",
        WorkingItems => "Working per item",
    }
}

/// A field's label, by its id: a new field does not compile without one.
pub fn field_label(key: Field) -> &'static str {
    use Field::*;
    match key {
        HorizonMonths => "Horizon",
        StartYear => "Start year",
        StartMonth => "Start month",
        CasesReviewed => "Cases reviewed",
        CasesShortened => "Cases shortened",
        MonthsShortened => "Shortened per case",
        TimingFromMonth => "First move in month",
        TimingOverMonths => "Spread over",
        TimingMonth => "Move in month",
        RfyMonthly => "Benefit per month (gross)",
        RfyRefusionPct => "State refusion",
        RfyWeeks => "Weeks on public benefit",
        IndsatsMonthly => "Indsats saved per case-month",
        IndsatsRefusionPct => "State refusion",
        FpMonthly => "Pension per month (gross)",
        FpRefusionPct => "State refusion",
        FpWeeks => "Weeks on public benefit",
        HandlingPerCase => "Handling per shortened case",
        GrantedPct => "Share granted",
        MonthsLeft => "Months left in the course",
        FleksjobPct => "Share to flex job / unemployment benefit",
        FleksjobMonthly => "Flex job subsidy / benefit per month",
        FleksjobRefusionPct => "State refund (flex job)",
        KontanthjaelpPct => "Share to social assistance",
        KontanthjaelpMonthly => "Social assistance per month",
        KontanthjaelpRefusionPct => "State refund (social assistance)",
        JobPct => "Share to a job or education",
        AnywayPct => "Share that would have got there anyway",
        InsteadMonthly => "Other benefit per month (gross)",
        InsteadRefusionPct => "State refund of the other benefit",
        LastingMonths => "Lasting difference, months after the course",
        HoursPerWeek => "Hours bought out per week",
        FullTimeHours => "Full time",
        AnnualCost => "Annual cost of a full-time post",
        OverheadPct => "Overhead",
        InvestmentMonths => "Buy-out duration",
        InvestmentFromMonth => "Buy-out starts in month",
        IncomeTaxPct => "Municipal income tax",
        DiscountPct => "Discount rate per year",
        RateAdjustmentPct => "Yearly adjustment of amounts",
    }
}

/// A field's one-line help text.
pub fn field_help(key: Field) -> &'static str {
    use Field::*;
    match key {
        HorizonMonths => "How many months the business case covers from the start month.",
        StartYear => "First calendar year; sets e.g. the refusion rule for indsats.",
        StartMonth => "First month of the horizon (1 = January).",
        CasesReviewed => "Number of resource courses reviewed.",
        CasesShortened => "Of these, cases ended early that move to early pension.",
        MonthsShortened => "Average months each course is cut by.",
        TimingFromMonth => "Month of the horizon in which the first cases move (1 = first).",
        TimingOverMonths => "The cases move evenly over this many months.",
        TimingMonth => "Month of the horizon in which all cases move.",
        RfyMonthly => "Choose year and status, or type your own rate.",
        RfyRefusionPct => "The share the state pays; type a figure to override the ladder.",
        RfyWeeks => "Sets the step on the refusion ladder (after week 52: 20 %).",
        IndsatsMonthly => {
            "Mentor, internships, treatment etc. per citizen per month – the contested figure."
        }
        IndsatsRefusionPct => "50 % up to 2021, 0 % from 2022; type a figure to override.",
        FpMonthly => "Choose year and civil status, or type your own rate.",
        FpRefusionPct => "The share the state pays; type a figure to override the ladder.",
        FpWeeks => "Sets the step on the refusion ladder (after week 52: 20 %).",
        HandlingPerCase => "One-off cost per case, e.g. preparing the pension case.",
        GrantedPct => "Share of the cases put forward that are granted; the others stay in their course, but the handling is spent (Norddjurs 2018: 53 of 106 = 50 %).",
        MonthsLeft => "Average months left in the course; the cut cannot be longer. Empty: no cap.",
        FleksjobPct => "Share of the granted cases going to a flex job or unemployment benefit (nationally 2018: about 25 % of ended courses).",
        FleksjobMonthly => "Choose year and benefit (ledighedsydelse or the maximum flex job subsidy), or type your own amount. Default: ledighedsydelse 2026 = 89 % of maximum dagpenge (19,616 kr., derived); a typical flex job subsidy is a little lower.",
        FleksjobRefusionPct => "The refusion ladder after week 52: 20 %; type a figure to override.",
        KontanthjaelpPct => "Share of the granted cases going to social assistance (kontanthjælp).",
        KontanthjaelpMonthly => "Choose year and rate (the higher rate or the basic rate), or type your own amount. Default: the higher rate 2026, estimate 13,061 kr. (2024 level 12,064 × 1.036 × 1.045).",
        KontanthjaelpRefusionPct => "The refusion ladder after week 52: 20 %; type a figure to override.",
        JobPct => "Share of the granted cases going to a job or education with no public benefit (nationally 2018: 4 %).",
        AnywayPct => "Share of the granted cases that would have got to the same place when the course ended. The Norddjurs model assumes 100 %; nationally in 2018, 56 % of courses ended in early pension.",
        InsteadMonthly => "What the others would have got after the course, gross per month.",
        InsteadRefusionPct => "The state's share of the other benefit (the ladder after week 52: 20 %).",
        LastingMonths => "How long the difference lasts after the course would have ended, e.g. until state pension age: a 48-year-old to 67 = 228 months.",
        HoursPerWeek => "Hours a week the caseworker is bought out for the review.",
        FullTimeHours => "Standard hours of a full-time post.",
        AnnualCost => "The employer's annual cost including pension.",
        OverheadPct => "Mark-up for management, premises, IT etc.",
        InvestmentMonths => "How many months the buy-out runs.",
        InvestmentFromMonth => "Month of the horizon in which the buy-out begins.",
        IncomeTaxPct => "Municipal income tax on the difference between pension and benefit.",
        DiscountPct => "0 = no discounting; otherwise the present value is shown.",
        RateAdjustmentPct => "Adjustment of every amount per year after the start year.",
    }
}

/// How a source kind is named next to a figure.
pub fn source_kind(key: SourceKind) -> &'static str {
    use SourceKind::*;
    match key {
        SeedMemo => "The memo (Norddjurs)",
        Published => "Published",
        Derived => "Derived",
        Assumption => "Assumption",
        User => "Entered by user",
    }
}

// ---------------------------------------------------------------------------
// "Show the working" (`engine::working`)

/// What a number in a formula stands for.
pub fn meaning(meaning: Meaning) -> String {
    let text = match meaning {
        Meaning::CaseMonths => {
            "case-months cut (a benefit after the course instead of the resource course)"
        }
        Meaning::CasesMoved => "cases that move",
        Meaning::DestinationCaseMonths(p) => {
            return format!("case-months cut, going to {}", paid(p))
        }
        Meaning::CasesReviewed => "cases reviewed",
        Meaning::CasesPutForward => "cases put forward (granted or not)",
        Meaning::LastingCaseMonths => {
            "case-months after the months cut in which the benefit replaces another"
        }
        Meaning::LastingDestinationCaseMonths(p) => {
            return format!("lasting case-months of {}", paid(p))
        }
        Meaning::Monthly(p) => return format!("{} per month", paid(p)),
        Meaning::KommuneShare(p) => {
            return format!("the municipality's share of {} (100 % − refund)", paid(p))
        }
        Meaning::CostAmount => "cost per unit",
        Meaning::CostKommuneShare => "the municipality's share of the cost (100 % − the state's)",
        Meaning::CostMonths => "months of the cost",
        Meaning::PerCount(item) => {
            return format!(
                "{} per unit, municipality's share",
                line_item(item).to_lowercase()
            )
        }
        Meaning::RfyMonthly => "resource-course benefit per month",
        Meaning::IndsatsMonthly => "indsats per month",
        Meaning::FpMonthly => "early pension per month",
        Meaning::HandlingPerCase => "handling per case",
        Meaning::RfyKommuneShare => "the kommune's share of the benefit (100 % − refusion)",
        Meaning::IndsatsKommuneShare => "the kommune's share of indsats (100 % − refusion)",
        Meaning::FpKommuneShare => "the kommune's share of early pension (100 % − refusion)",
        Meaning::IncomeTaxPct => "municipal income tax",
        Meaning::Adjustment => "yearly rate adjustment, compounded to this year",
        Meaning::RfyPerCaseMonth => "benefit saved per case-month, the kommune's share",
        Meaning::IndsatsPerCaseMonth => "indsats saved per case-month, the kommune's share",
        Meaning::FpPerCaseMonth => "early pension per case-month, the kommune's share",
        Meaning::TaxPerCaseMonth => "municipal tax on the difference in benefits per case-month",
        Meaning::HandlingAdjusted => "handling per case, adjusted",
        Meaning::HoursPerWeek => "hours bought out per week",
        Meaning::FullTimeHours => "full-time hours per week",
        Meaning::AnnualCost => "annual cost of a full-time post",
        Meaning::Whole => "the whole amount",
        Meaning::OverheadPct => "overhead",
        Meaning::BuyoutMonths => "months of buy-out",
        Meaning::MonthsPerYear => "months per year",
        Meaning::LineResult(i) => return format!("the result of line {}", i + 1),
        Meaning::ItemTotal(item) => line_item(item),
        Meaning::Rounding => {
            "rounding: the rounded parts do not add up exactly to the rounded total"
        }
        Meaning::Nothing => "nothing to add up",
    };
    text.to_string()
}

/// The word after a count in a formula: `45 case-months`, `1 case`.
pub fn counted(unit: WorkingUnit, one: bool) -> &'static str {
    match (unit, one) {
        (WorkingUnit::CaseMonths, true) => "case-month",
        (WorkingUnit::CaseMonths, false) => "case-months",
        (WorkingUnit::Cases, true) => "case",
        (WorkingUnit::Cases, false) => "cases",
        (WorkingUnit::Plain | WorkingUnit::Pct, _) => "",
    }
}

/// The word in front of a rounding term: `rounding 0.01`.
pub fn rounding() -> &'static str {
    "rounding"
}

pub fn caption(caption: &Caption) -> String {
    match caption {
        Caption::Net => "Net for the kommune".into(),
        Caption::Item(item) => line_item(*item).into(),
        Caption::Group {
            group,
            label,
            first,
            last,
        } => format!(
            "Group {}{}, {}",
            group + 1,
            named(label),
            years(*first, *last)
        ),
        Caption::CostLine {
            line,
            label,
            first,
            last,
        } => format!(
            "Cost line {}{}, {}",
            line + 1,
            named(label),
            years(*first, *last)
        ),
        Caption::Buyout { first, last } => format!("Buy-out {}", years(*first, *last)),
        Caption::Total => "Total".into(),
        Caption::TaxNotCounted => "Municipal tax on the benefits is not included".into(),
        Caption::NoBuyout => "No buy-out within the horizon".into(),
        Caption::NoAmounts => "No amounts within the horizon".into(),
    }
}

/// What a field's label leaves to its place in the form, for where it stands
/// alone (decision support): three fields are all "state refusion".
pub fn field_qualifier(field: Field) -> Option<&'static str> {
    match field {
        Field::RfyRefusionPct => Some("RFY"),
        Field::FpRefusionPct => Some("FP"),
        Field::IndsatsRefusionPct => Some("indsats"),
        _ => None,
    }
}

/// A part of a scenario that is not a numeric input, as the comparison
/// names it; `figure` is the label of the figure a source note is about.
pub fn setting(setting: &Setting, figure: &str) -> String {
    let benefit = |b: &BenefitKind| match b {
        BenefitKind::Rfy => "Resource-course benefit",
        BenefitKind::Fp => "Early pension",
        BenefitKind::Fleksjob => "Flex job / unemployment benefit",
        BenefitKind::Kontanthjaelp => "Social assistance",
        BenefitKind::Instead => "Other benefit",
    };
    match setting {
        Setting::Name => "Scenario name".into(),
        Setting::Description => "Description".into(),
        Setting::GroupCount => "Number of case groups".into(),
        Setting::GroupLabel(_) => "Group name".into(),
        Setting::TimingKind(_) => "Cases move".into(),
        Setting::RateSource(_, b) => format!("{}: rate from the table or own rate", benefit(b)),
        Setting::RateYear(_, b) => format!("{}: rate from year", benefit(b)),
        Setting::RateStatus(_, BenefitKind::Rfy) => {
            "Resource-course benefit: provider status".into()
        }
        Setting::RateStatus(_, b @ (BenefitKind::Fleksjob | BenefitKind::Kontanthjaelp)) => {
            format!("{}: figure in the table", benefit(b))
        }
        Setting::RateStatus(_, b) => format!("{}: civil status", benefit(b)),
        Setting::RefusionSource(_, Refunded::Rfy) => {
            "Resource-course benefit: refusion ladder or own refusion".into()
        }
        Setting::RefusionSource(_, Refunded::Fp) => {
            "Early pension: refusion ladder or own refusion".into()
        }
        Setting::RefusionSource(_, Refunded::Indsats) => {
            "Indsats: the year's refusion rule or own refusion".into()
        }
        Setting::RefusionSource(_, Refunded::Fleksjob) => {
            "Fleksjob / ledighedsydelse: refusion ladder or own refusion".into()
        }
        Setting::RefusionSource(_, Refunded::Kontanthjaelp) => {
            "Kontanthjælp: refusion ladder or own refusion".into()
        }
        Setting::RefusionSource(_, Refunded::Instead) => {
            "Other benefit: refusion ladder or own refusion".into()
        }
        Setting::InsteadKind(_) => "Otherwise they would have got".into(),
        Setting::LastingKind(_) => "The difference lasts".into(),
        Setting::CostLineCount => "Number of cost lines".into(),
        Setting::CostLine(i, part) => format!(
            "Cost line {}: {}",
            i + 1,
            match part {
                CostLinePart::Label => "name",
                CostLinePart::Figure(CostPart::Amount) => "amount",
                CostLinePart::BasisKind => "counted",
                CostLinePart::Figure(CostPart::FromMonth) => "from month",
                CostLinePart::Figure(CostPart::Months) => "number of months",
                CostLinePart::Figure(CostPart::Month) => "in month",
                CostLinePart::Figure(CostPart::StatePct) => "state's share",
            }
        ),
        Setting::IncludeIncomeTax => "Municipal tax on the benefits included".into(),
        Setting::Indexing => "Indexing of amounts: published rises or own assumption only".into(),
        Setting::Range(i, part) => format!(
            "Range {}: {}",
            i + 1,
            match part {
                RangePart::Input => "input",
                RangePart::Low => "low",
                RangePart::Likely => "likely",
                RangePart::High => "high",
            }
        ),
        Setting::Source(_, part) => format!(
            "Source of {figure}: {}",
            match part {
                SourcePart::Kind => "kind",
                SourcePart::Text => "text",
                SourcePart::TextEn => "English text",
            }
        ),
    }
}

/// Who is paid a benefit, as the working names it.
pub fn paid(p: Paid) -> &'static str {
    match p {
        Paid::Fp => "early pension",
        Paid::Fleksjob => "flex job / unemployment benefit",
        Paid::Kontanthjaelp => "social assistance",
        Paid::Job => "a job (no benefit)",
        Paid::Typed => "the other benefit",
    }
}

/// Where a problem is, in a comparison: "Scenario 2".
pub fn scenario_place(number: usize) -> String {
    format!("Scenario {number}")
}

/// A case group by its own name, or by its number when it has none.
pub fn group_place(number: usize, name: &str) -> String {
    if name.trim().is_empty() {
        format!("Group {number}")
    } else {
        format!("Group «{name}»")
    }
}

pub fn document_place(place: DocumentPlace) -> &'static str {
    match place {
        DocumentPlace::Version => "The format version",
        DocumentPlace::Sources => "The sources",
    }
}

/// A figure's source note as a whole.
pub fn source_of(figure: &str) -> String {
    format!("Source of {figure}")
}
