//! What each input shows, derived from the state: the text in the box, its
//! message, its source; and the share link's QR code as the panel draws it.
//! Pure, so components only render what this returns.

use std::fmt::Write;

use html_escape::encode_safe;
use qrcodegen::{QrCode, QrCodeEcc};

use crate::data::rates::{Basis, Status, TableRate};
use crate::data::refusion;
use crate::engine::compare::{CostLinePart, RangePart, Setting, Value};
use crate::engine::inputs::{BenefitKind, CostPart, Field, InputId, Source, Unit};
use crate::engine::outcome::Warning;
use crate::engine::scenario::{indexed_entry, DestinationKind};
use crate::engine::scenario::{
    FleksjobItem, FpStatus, KontanthjaelpItem, Named, Perspective, Rate, RfyStatus, Scenario,
    SourceKind,
};
use crate::engine::validate::Problem;
use crate::engine::LineItem;
use crate::engine::{calc, indexing};
use crate::format::number::{format_plain, format_value};
use crate::lang::Lang;
use crate::text::{self, t, T};
use crate::ui::state::{
    rate_years, Action, AppState, Benefit, CostBasisKind, DraftError, InsteadKind, LastingKind,
};
use rust_decimal::Decimal;

#[derive(Clone, Debug, PartialEq)]
pub struct FieldView {
    pub input: InputId,
    pub path: String,
    pub label: &'static str,
    pub help: &'static str,
    pub unit: &'static str,
    /// What the box shows: the draft as typed, or the value formatted.
    pub text: String,
    /// What is wrong and what is allowed, in the current language.
    pub error: Option<String>,
    pub source: SourceView,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SourceView {
    /// "Antagelse", "Offentliggjort", "Indtastet af bruger"...
    pub kind: &'static str,
    pub text: String,
    /// The figure is an estimate, not a published one.
    pub unverified: bool,
    pub user: bool,
}

impl SourceView {
    /// The source as one line of text: "Antagelse: Januar."
    pub fn line(&self) -> String {
        if self.text.is_empty() {
            self.kind.to_string()
        } else {
            format!("{}: {}", self.kind, self.text)
        }
    }
}

/// Whether an input is part of the scenario as it stands (timing fields of
/// the other kind, weeks when the refusion is typed in, are not).
pub fn applies(s: &Scenario, input: InputId) -> bool {
    input.applies(s)
}

/// Whether the form shows an input's box: those that apply, and months left
/// even when not given (an empty box is no cap, and typing gives one).
pub fn in_form(s: &Scenario, input: InputId) -> bool {
    input.applies(s) || (input.field == Field::MonthsLeft && input.group < s.groups.len())
}

/// "Førtidspension: resten, 75 %": the share the destinations leave to FP.
pub fn fp_remainder_text(s: &Scenario, group: usize, lang: Lang) -> String {
    let pct = s
        .groups
        .get(group)
        .and_then(|g| g.destinations.share_pct(DestinationKind::Fp))
        .map_or_else(String::new, |p| format_plain(p, lang, 2));
    text::fp_remainder(&pct, lang)
}

/// What a group's alternative and lasting pickers show.
#[derive(Clone, Debug, PartialEq)]
pub struct CounterfactualChoice {
    pub instead: InsteadKind,
    /// Why this alternative, where a note says.
    pub instead_source: Option<SourceView>,
    pub lasting: LastingKind,
}

pub fn counterfactual_choice(
    s: &Scenario,
    group: usize,
    lang: Lang,
) -> Option<CounterfactualChoice> {
    let cf = &s.groups.get(group)?.counterfactual;
    Some(CounterfactualChoice {
        instead: InsteadKind::of(&cf.instead),
        instead_source: note_view(
            s,
            &format!("groups[{group}].counterfactual.instead.kind"),
            lang,
        ),
        lasting: match cf.lasting {
            crate::engine::scenario::Lasting::Months(_) => LastingKind::Months,
            crate::engine::scenario::Lasting::UntilHorizon => LastingKind::UntilHorizon,
        },
    })
}

pub fn instead_label(kind: InsteadKind, lang: Lang) -> &'static str {
    t(
        match kind {
            InsteadKind::Kontanthjaelp => T::InsteadKontanthjaelp,
            InsteadKind::Fleksjob => T::InsteadFleksjob,
            InsteadKind::Job => T::InsteadJob,
            InsteadKind::Typed => T::InsteadTyped,
        },
        lang,
    )
}

pub fn cost_basis_label(kind: CostBasisKind, lang: Lang) -> &'static str {
    t(
        match kind {
            CostBasisKind::PerReviewedCase => T::CostPerReviewedCase,
            CostBasisKind::PerCasePutForward => T::CostPerCasePutForward,
            CostBasisKind::PerShortenedCase => T::CostPerShortenedCase,
            CostBasisKind::Monthly => T::CostMonthly,
            CostBasisKind::OneOff => T::CostOneOff,
        },
        lang,
    )
}

/// One cost line as its editor shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct CostLineView {
    pub index: usize,
    /// "Udgiftslinje 1: Helbredsrådgivning".
    pub legend: String,
    pub label: String,
    pub label_error: Option<String>,
    pub basis: CostBasisKind,
    pub parts: Vec<CostFieldView>,
}

/// One number box of a cost line.
#[derive(Clone, Debug, PartialEq)]
pub struct CostFieldView {
    pub index: usize,
    pub part: CostPart,
    /// `costs[0].amount`: the box's id and test id follow it.
    pub path: String,
    pub label: &'static str,
    pub help: Option<&'static str>,
    pub unit: &'static str,
    pub text: String,
    pub error: Option<String>,
    /// The figure's source note, where it has one (a preset's line).
    pub source: Option<SourceView>,
}

pub fn cost_part_label(part: CostPart, lang: Lang) -> &'static str {
    t(
        match part {
            CostPart::Amount => T::CostAmount,
            CostPart::StatePct => T::CostStatePct,
            CostPart::FromMonth => T::CostFromMonth,
            CostPart::Months => T::CostMonths,
            CostPart::Month => T::CostMonth,
        },
        lang,
    )
}

pub fn cost_line_views(state: &AppState) -> Vec<CostLineView> {
    let lang = state.lang;
    state
        .scenario
        .costs
        .iter()
        .enumerate()
        .map(|(index, line)| {
            let parts = CostPart::of_line(line)
                .into_iter()
                .map(|part| {
                    let (min, max, unit) = part.range();
                    let path = format!("costs[{index}].{}", part.path_suffix());
                    let draft = state.cost_drafts.get(&(index, part));
                    let text = match draft {
                        Some(d) => d.text.clone(),
                        None => part
                            .get(line)
                            .map_or_else(String::new, |v| format_value(v, unit, lang)),
                    };
                    let error = match draft.and_then(|d| d.error) {
                        Some(e) => Some(allowed_message(min, max, unit, e, lang)),
                        None => error_at(state, &path),
                    };
                    CostFieldView {
                        index,
                        part,
                        label: cost_part_label(part, lang),
                        help: (part == CostPart::StatePct).then(|| t(T::CostStatePctHelp, lang)),
                        unit: unit.label(lang),
                        text,
                        error,
                        source: note_view(&state.scenario, &path, lang),
                        path,
                    }
                })
                .collect();
            CostLineView {
                index,
                legend: text::cost_line_legend(index, &line.label, lang),
                label: line.label.clone(),
                label_error: error_at(state, &format!("costs[{index}].label")),
                basis: CostBasisKind::of(&line.basis),
                parts,
            }
        })
        .collect()
}

/// Where a cost line's problem is, as the user reads it:
/// "Udgiftslinje 1: Helbredsrådgivning – Beløb".
fn cost_error_place(s: &Scenario, path: &str, lang: Lang) -> Option<String> {
    let (index, suffix) = indexed_entry(path, "costs").filter(|(_, within)| !within.is_empty())?;
    let line = s.costs.get(index)?;
    let what = match CostLinePart::parse(suffix) {
        Some(CostLinePart::Figure(part)) => cost_part_label(part, lang),
        _ => t(T::CostLabel, lang),
    };
    Some(format!(
        "{} – {what}",
        text::cost_line_legend(index, &line.label, lang)
    ))
}

/// Everything in the state a case group's editor shows: its group, the
/// scenario's settings its fields and pickers read (start, horizon,
/// perspective, how many groups), and its own drafts, errors and sources.
/// The form compares it to skip the groups a change did not touch, so a
/// keystroke in one of 50 groups renders that group alone.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupBasis {
    group: Option<crate::engine::scenario::CaseGroup>,
    count: usize,
    start: crate::engine::scenario::YearMonth,
    horizon_months: u32,
    perspective: crate::engine::scenario::Perspective,
    lang: Lang,
    drafts: Vec<(InputId, crate::ui::state::Draft)>,
    errors: Vec<crate::engine::validate::FieldError>,
    sources: Vec<(String, crate::engine::scenario::SourceNote)>,
}

pub fn group_basis(state: &AppState, group: usize) -> GroupBasis {
    let s = &*state.scenario;
    let prefix = format!("groups[{group}].");
    GroupBasis {
        group: s.groups.get(group).cloned(),
        count: s.groups.len(),
        start: s.start,
        horizon_months: s.horizon_months,
        perspective: s.perspective.clone(),
        lang: state.lang,
        drafts: state
            .drafts
            .iter()
            .filter(|(input, _)| input.field.is_group_field() && input.group == group)
            .map(|(input, draft)| (*input, draft.clone()))
            .collect(),
        errors: state
            .errors
            .iter()
            .filter(|e| e.path.starts_with(&prefix))
            .cloned()
            .collect(),
        sources: s
            .sources
            .range::<String, _>(prefix.clone()..)
            .take_while(|(path, _)| path.starts_with(&prefix))
            .map(|(path, note)| (path.clone(), note.clone()))
            .collect(),
    }
}

pub fn field_view(state: &AppState, input: InputId) -> FieldView {
    let lang = state.lang;
    let s = &*state.scenario;
    let path = input.path();
    let draft = state.drafts.get(&input);
    let text = match draft {
        Some(d) => d.text.clone(),
        None => input
            .get(s)
            .map_or_else(String::new, |v| format_value(v, input.spec().unit, lang)),
    };
    let error = match draft.and_then(|d| d.error) {
        Some(e) => Some(draft_message(input.field, e, lang)),
        None => {
            let messages: Vec<String> = state
                .errors
                .iter()
                .filter(|e| e.path == path)
                .map(|e| e.problem.message(lang))
                .collect();
            (!messages.is_empty()).then(|| sentence(&messages.join("; ")))
        }
    };
    FieldView {
        input,
        label: text::field_label(input.field, lang),
        help: text::field_help(input.field, lang),
        unit: input.spec().unit.label(lang),
        text,
        error,
        source: source_view(s, input, lang),
        path,
    }
}

/// Each preset's id and title, for the preset picker. The Danish titles are
/// read from the preset documents, so the picker keeps the list per
/// language instead of asking on every render.
pub fn preset_titles(lang: Lang) -> Vec<(&'static str, String)> {
    crate::data::presets::PRESETS
        .iter()
        .map(|p| (p.id, p.title(lang)))
        .collect()
}

/// The message for text that is not a value: what is wrong, then what is allowed.
pub fn draft_message(field: Field, error: DraftError, lang: Lang) -> String {
    let spec = field.spec();
    allowed_message(spec.min, spec.max, spec.unit, error, lang)
}

/// What is wrong with a box's text, then what the box allows.
fn allowed_message(
    min: Decimal,
    max: Decimal,
    unit: Unit,
    error: DraftError,
    lang: Lang,
) -> String {
    let allowed = Problem::OutOfRange { min, max, unit }.message(lang);
    match error {
        DraftError::Empty => format!("{} – {allowed}", t(T::Empty, lang)),
        DraftError::NotANumber => format!("{} – {allowed}", t(T::NotANumber, lang)),
        DraftError::OutOfRange => sentence(&allowed),
        DraftError::NotWhole => {
            let num = |d| format_value(d, unit, lang);
            text::whole_number_allowed(&num(min), &num(max), unit.label(lang), lang)
        }
    }
}

/// A message shown on its own under a field starts with a capital letter.
pub fn sentence(message: &str) -> String {
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A file name for a download, from a scenario name: characters that file
/// systems refuse (or that would change the extension) become `_`.
pub fn file_name(name: &str, ext: &str, lang: Lang) -> String {
    let clean: String = name
        .chars()
        .map(|c| {
            if c.is_control() || "<>:\"/\\|?*.".contains(c) {
                '_'
            } else {
                c
            }
        })
        .take(80)
        .collect();
    let clean = clean.trim();
    format!(
        "{}.{ext}",
        if clean.is_empty() {
            t(T::UnnamedFile, lang)
        } else {
            clean
        }
    )
}

fn note_text(s: &Scenario, path: &str, lang: Lang) -> Option<(SourceKind, String)> {
    let note = s.sources.get(path)?;
    let text = match (lang, &note.text_en) {
        (Lang::En, Some(en)) => en.clone(),
        _ => note.text.clone(),
    };
    Some((note.kind, text))
}

/// The note at `path` as shown under its control, where there is one: a
/// cost line's figure or a choice, which have no table or rule behind them.
pub fn note_view(s: &Scenario, path: &str, lang: Lang) -> Option<SourceView> {
    let (kind, text) = note_text(s, path, lang)?;
    let user = kind == SourceKind::User;
    Some(SourceView {
        kind: text::source_kind(kind, lang),
        // "Indtastet af bruger" says it all; its note repeats the words.
        text: if user { String::new() } else { text },
        unverified: false,
        user,
    })
}

/// Where the figure in a field comes from.
pub fn source_view(s: &Scenario, input: InputId, lang: Lang) -> SourceView {
    let path = input.path();
    let note = note_text(s, &path, lang);
    let user = |kind| SourceView {
        kind: text::source_kind(kind, lang),
        text: String::new(),
        unverified: false,
        user: true,
    };
    if let Some((SourceKind::User, _)) = note {
        return user(SourceKind::User);
    }
    let published = |text: String| SourceView {
        kind: text::source_kind(SourceKind::Published, lang),
        text,
        unverified: false,
        user: false,
    };
    let g = s.groups.get(input.group);
    let mut figure = None;
    let table = match (input.field.source(), g) {
        (Source::RateTable(BenefitKind::Rfy), Some(g)) => match g.rfy.rate {
            Rate::Table { year, status } => Some(indexing::rfy_rate(year, status, &s.perspective)),
            Rate::Custom { .. } => None,
        },
        (Source::RateTable(BenefitKind::Fp), Some(g)) => match g.fp.rate {
            Rate::Table { year, status } => Some(indexing::fp_rate(year, status, &s.perspective)),
            Rate::Custom { .. } => None,
        },
        // A destination's table holds more than one figure: the note names
        // the one used ("grundsats 2026: …").
        (Source::RateTable(BenefitKind::Fleksjob), Some(g)) => match g.destinations.fleksjob.rate {
            Rate::Table { year, status } => {
                let item = status_label(BenefitKind::Fleksjob, status.name(), lang);
                figure = item.map(|item| format!("{item} {year}"));
                Some(indexing::fleksjob_rate(year, status, &s.perspective))
            }
            Rate::Custom { .. } => None,
        },
        (Source::RateTable(BenefitKind::Kontanthjaelp), Some(g)) => {
            match g.destinations.kontanthjaelp.rate {
                Rate::Table { year, status } => {
                    let item = status_label(BenefitKind::Kontanthjaelp, status.name(), lang);
                    figure = item.map(|item| format!("{item} {year}"));
                    Some(indexing::kontanthjaelp_rate(year, status, &s.perspective))
                }
                Rate::Custom { .. } => None,
            }
        }
        _ => None,
    };
    if let Some(Some(rate)) = table {
        // The table row is the source of the figure; a note says why this
        // row (e.g. "assumption: single, no children").
        let mut text = match rate.basis {
            Basis::Indexed { from_year, .. } => {
                format!("{} {from_year}: {}", t(T::IndexedFrom, lang), rate.source)
            }
            Basis::Row(_) => rate.source.to_string(),
        };
        if let Some(figure) = figure {
            text = format!("{figure}: {text}");
        }
        if let Some((kind, why)) = &note {
            text = format!("{text}. {}: {why}", text::source_kind(*kind, lang));
        }
        let estimate = rate.basis.is_estimate();
        let kind = match rate.basis {
            _ if estimate => t(T::NotVerified, lang),
            Basis::Row(Status::Derived(_)) => text::source_kind(SourceKind::Derived, lang),
            _ => text::source_kind(SourceKind::Published, lang),
        };
        return SourceView {
            kind,
            text,
            unverified: estimate,
            user: false,
        };
    }
    if let Some((kind, text)) = note {
        return SourceView {
            kind: text::source_kind(kind, lang),
            text,
            unverified: false,
            user: false,
        };
    }
    match input.field.source() {
        Source::Trappe(_) if input.from_rule(s) => published(refusion::TRAPPE_SOURCE.to_string()),
        Source::IndsatsByYear if input.from_rule(s) => {
            published(refusion::INDSATS_SOURCE.to_string())
        }
        _ => SourceView {
            kind: text::source_kind(SourceKind::Assumption, lang),
            text: String::new(),
            unverified: false,
            user: false,
        },
    }
}

/// Problems not shown at a field of the form (the document as a whole, the
/// group count, ranges): full messages with their paths, a cost line's
/// named by the line and its box.
pub fn other_errors(state: &AppState) -> Vec<String> {
    let s = &*state.scenario;
    let lang = state.lang;
    let at_cost_box = |path: &str| {
        s.costs.iter().enumerate().any(|(i, line)| {
            path == format!("costs[{i}].label")
                || CostPart::of_line(line)
                    .iter()
                    .any(|p| path == format!("costs[{i}].{}", p.path_suffix()))
        })
    };
    state
        .errors
        .iter()
        .filter(|e| {
            let at_field = InputId::parse(&e.path).is_some_and(|input| in_form(s, input));
            let at_picker = e.path.ends_with(".rate.year") || e.path.ends_with(".label");
            !(at_field || at_picker || at_cost_box(&e.path))
        })
        .map(|e| match cost_error_place(s, &e.path, lang) {
            Some(place) => format!("{place}: {}", e.problem.message(lang)),
            None => e.message(lang),
        })
        .collect()
}

/// Each cost line's figures with its name, for the breakdown: a calendar
/// year's (`Some(index)` in `Outcome::years`) or the horizon's total.
pub fn cost_line_rows(
    s: &Scenario,
    outcome: &crate::engine::Outcome,
    year: Option<usize>,
    lang: Lang,
) -> Vec<(String, crate::engine::Split)> {
    s.costs
        .iter()
        .enumerate()
        .zip(&outcome.cost_lines)
        .filter_map(|((i, line), figures)| {
            let split = match year {
                Some(y) => *figures.years.get(y)?,
                None => figures.total,
            };
            Some((text::cost_line_legend(i, &line.label, lang), split))
        })
        .collect()
}

/// The message for a group's label or rate-year picker, if any.
pub fn error_at(state: &AppState, path: &str) -> Option<String> {
    state
        .errors
        .iter()
        .find(|e| e.path == path)
        .map(|e| sentence(&e.problem.message(state.lang)))
}

/// What a benefit's year and status pickers show.
#[derive(Clone, Debug, PartialEq)]
pub struct RateChoice {
    /// The years offered, newest first: the table's rows and the next years
    /// after them (indexed), and the chosen year if it is neither.
    pub years: Vec<YearOption>,
    /// `None` when the rate is typed in ("own rate").
    pub year: Option<u16>,
    /// Key of the chosen status.
    pub status: &'static str,
    /// (key, label) of both statuses.
    pub statuses: [(&'static str, &'static str); 2],
    pub year_error: Option<String>,
}

/// A year in the picker. The label says when the rate for the chosen
/// status is an estimate, so the flag is seen before the year is chosen.
#[derive(Clone, Debug, PartialEq)]
pub struct YearOption {
    pub year: u16,
    /// "2026 (skøn)", "2027 (skøn: reguleret fra 2026)", or just the year.
    pub label: String,
}

pub const OWN_RATE: &str = "own";

fn year_option(year: u16, rate: Option<TableRate>, lang: Lang) -> YearOption {
    let label = match rate.map(|r| r.basis) {
        Some(Basis::Indexed { from_year, .. }) => {
            format!("{year} ({} {from_year})", t(T::YearIndexedFrom, lang))
        }
        Some(Basis::Row(status)) if status.is_estimate() => {
            format!("{year} ({})", t(T::YearEstimate, lang))
        }
        _ => year.to_string(),
    };
    YearOption { year, label }
}

/// A rate picker's table year and status (or item): the rate's own, or no
/// year and `default` for a typed-in rate; and how to look a year up for
/// that status, for the year labels.
struct PickedRate<'a> {
    year: Option<u16>,
    status: &'static str,
    rate_of: Box<dyn Fn(u16) -> Option<TableRate> + 'a>,
}

fn picked_rate<'a, S: Named>(
    rate: Option<&Rate<S>>,
    default: S,
    lookup: fn(u16, S, &Perspective) -> Option<TableRate>,
    p: &'a Perspective,
) -> PickedRate<'a> {
    let (year, status) = match rate {
        Some(Rate::Table { year, status }) => (Some(*year), *status),
        _ => (None, default),
    };
    PickedRate {
        year,
        status: status.name(),
        rate_of: Box::new(move |y| lookup(y, status, p)),
    }
}

pub fn rate_choice(state: &AppState, group: usize, benefit: Benefit) -> RateChoice {
    let lang = state.lang;
    let g = state.scenario.groups.get(group);
    let p = &state.scenario.perspective;
    let PickedRate {
        year,
        status,
        rate_of,
    } = match benefit {
        Benefit::Rfy => picked_rate(
            g.map(|g| &g.rfy.rate),
            RfyStatus::IkkeForsorger,
            indexing::rfy_rate,
            p,
        ),
        Benefit::Fp => picked_rate(g.map(|g| &g.fp.rate), FpStatus::Enlig, indexing::fp_rate, p),
        Benefit::Fleksjob => picked_rate(
            g.map(|g| &g.destinations.fleksjob.rate),
            FleksjobItem::Ledighedsydelse,
            indexing::fleksjob_rate,
            p,
        ),
        Benefit::Kontanthjaelp => picked_rate(
            g.map(|g| &g.destinations.kontanthjaelp.rate),
            KontanthjaelpItem::ForhojetSats,
            indexing::kontanthjaelp_rate,
            p,
        ),
    };
    let statuses = status_labels(benefit, lang);
    let prefix = benefit.path_prefix();
    let mut offered = rate_years(benefit);
    // A year from a document that the picker does not offer (e.g. 2030)
    // is still shown as chosen.
    if let Some(y) = year.filter(|y| !offered.contains(y)) {
        let at = offered.iter().position(|o| *o < y).unwrap_or(offered.len());
        offered.insert(at, y);
    }
    let years = offered
        .into_iter()
        .map(|y| year_option(y, rate_of(y), lang))
        .collect();
    RateChoice {
        years,
        year,
        status,
        statuses,
        year_error: error_at(state, &format!("groups[{group}].{prefix}.rate.year")),
    }
}

/// What a rate picker offers beside the year, by document name and in
/// words: the status (RFY, FP) or the item of a destination's table.
pub fn status_labels(benefit: Benefit, lang: Lang) -> [(&'static str, &'static str); 2] {
    let offered = match benefit {
        Benefit::Rfy => [
            (RfyStatus::IkkeForsorger.name(), T::IkkeForsorger),
            (RfyStatus::Forsorger.name(), T::Forsorger),
        ],
        Benefit::Fp => [
            (FpStatus::Enlig.name(), T::Enlig),
            (FpStatus::GiftSamlevende.name(), T::GiftSamlevende),
        ],
        Benefit::Fleksjob => [
            (FleksjobItem::Ledighedsydelse.name(), T::Ledighedsydelse),
            (
                FleksjobItem::MaxFlekslontilskud.name(),
                T::MaxFlekslontilskud,
            ),
        ],
        Benefit::Kontanthjaelp => [
            (KontanthjaelpItem::ForhojetSats.name(), T::ForhojetSats),
            (KontanthjaelpItem::Grundsats.name(), T::Grundsats),
        ],
    };
    offered.map(|(name, key)| (name, t(key, lang)))
}

/// A status or item by its document name in words, as the picker for
/// `benefit` offers it (a typed-in benefit has none).
pub fn status_label(benefit: BenefitKind, name: &str, lang: Lang) -> Option<&'static str> {
    let benefit = match benefit {
        BenefitKind::Rfy => Benefit::Rfy,
        BenefitKind::Fp => Benefit::Fp,
        BenefitKind::Fleksjob => Benefit::Fleksjob,
        BenefitKind::Kontanthjaelp => Benefit::Kontanthjaelp,
        BenefitKind::Instead => return None,
    };
    status_labels(benefit, lang)
        .into_iter()
        .find(|(n, _)| *n == name)
        .map(|(_, label)| label)
}

/// The action for a choice in the year or status picker (`year` is the
/// picker's value: a year or [`OWN_RATE`]).
pub fn rate_action(group: usize, benefit: Benefit, year: &str, status: &str) -> Option<Action> {
    if year == OWN_RATE {
        return Some(Action::ChoseOwnRate { group, benefit });
    }
    let year: u16 = year.parse().ok()?;
    Some(match benefit {
        Benefit::Rfy => Action::ChoseRfyRate {
            group,
            year,
            status: RfyStatus::from_name(status).unwrap_or(RfyStatus::IkkeForsorger),
        },
        Benefit::Fp => Action::ChoseFpRate {
            group,
            year,
            status: FpStatus::from_name(status).unwrap_or(FpStatus::Enlig),
        },
        Benefit::Fleksjob => Action::ChoseFleksjobRate {
            group,
            year,
            item: FleksjobItem::from_name(status).unwrap_or(FleksjobItem::Ledighedsydelse),
        },
        Benefit::Kontanthjaelp => Action::ChoseKontanthjaelpRate {
            group,
            year,
            item: KontanthjaelpItem::from_name(status).unwrap_or(KontanthjaelpItem::ForhojetSats),
        },
    })
}

/// A warning as the user reads it: field paths become the group and the
/// field's label.
pub fn warning_text(warning: &Warning, s: &Scenario, lang: Lang) -> String {
    let message = warning.message(lang);
    let path = match warning {
        Warning::UnverifiedRate { path, .. }
        | Warning::IndexedRate { path, .. }
        | Warning::RateCorrected { path, .. } => path,
        _ => return message,
    };
    let Some(input) = InputId::parse(path) else {
        return message;
    };
    let place = match s.groups.get(input.group) {
        Some(g) => format!(
            "{} – {}",
            text::group_legend(input.group, &g.label, lang),
            text::field_label(input.field, lang)
        ),
        None => text::field_label(input.field, lang).to_string(),
    };
    match message.strip_prefix(&format!("{path}: ")) {
        Some(rest) => format!("{place}: {rest}"),
        None => message,
    }
}

/// The line items worth a row: those the scenario uses
/// (`calc::items_in_use`: destinations where cases go, the lasting items
/// where something lasts, cost lines where there are some), less tax when
/// it is not counted and handling when no group has a cost for it.
pub fn shown_items(s: &Scenario) -> Vec<LineItem> {
    calc::items_in_use(s)
        .into_iter()
        .filter(|item| match item {
            LineItem::TaxEffect => s.perspective.include_income_tax,
            LineItem::Handling => s.groups.iter().any(|g| !g.handling_per_case.is_zero()),
            _ => true,
        })
        .collect()
}

/// Light modules around a QR code, in modules: the margin ISO/IEC 18004
/// asks for so that a scanner finds the code's edge.
pub const QR_QUIET_ZONE: usize = 4;

/// The smallest module a phone camera reads reliably from a screen across a
/// table, in CSS pixels: below this a code is not drawn, whatever it holds.
pub const QR_MIN_MODULE_PX: usize = 3;

/// The side of the share panel's small code in CSS pixels (22rem, `.qr` in
/// the style sheet).
pub const QR_SMALL_PX: usize = 352;

/// Whether a code drawn `side_px` CSS pixels wide (quiet zone included)
/// gives every module at least [`QR_MIN_MODULE_PX`]. For the small code
/// this allows up to version 23 (109 modules + 8 of quiet zone = 117 ×
/// 3 = 351 px).
pub fn qr_scans_at(drawing: &QrDrawing, side_px: usize) -> bool {
    (drawing.size + 2 * QR_QUIET_ZONE).saturating_mul(QR_MIN_MODULE_PX) <= side_px
}

/// The side, at most `side_px`, at which each module of `drawing` (quiet
/// zone included) is the same whole number of CSS pixels. Modules of one
/// width read more reliably than a mix of 3- and 4-pixel ones: jsQR (the
/// e2e reader) could not read one default link drawn at 352 px, 3.49 px a
/// module, and read it at 303 and at 360.
pub fn qr_whole_module_side(drawing: &QrDrawing, side_px: usize) -> usize {
    let total = drawing.size + 2 * QR_QUIET_ZONE;
    total * (side_px / total)
}

/// A share link's QR code as the share panel draws it: an SVG `viewBox` in
/// module units, the quiet zone included, and the dark modules as one path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrDrawing {
    /// Modules a side, without the quiet zone.
    pub size: usize,
    pub view_box: String,
    pub path: String,
}

/// The QR code of `text`, or `None` when the text is longer than the largest
/// QR code holds (2,953 bytes); the panel then says so and offers the link as
/// text only.
///
/// Byte mode, as a URL with a lowercase base64url fragment is; level L picks
/// the smallest code, and qrcodegen raises the level where the same size
/// has room for more error correction, so a code never grows for it.
pub fn qr_drawing(text: &str) -> Option<QrDrawing> {
    let code = QrCode::encode_binary(text.as_bytes(), QrCodeEcc::Low).ok()?;
    // Between 21 and 177: qrcodegen's versions 1–40.
    let size = usize::try_from(code.size()).ok()?;
    let dark = |x: usize, y: usize| {
        // Both below `size`, which came from an i32.
        code.get_module(x as i32, y as i32)
    };
    // Each horizontal run of dark modules is one rectangle one module high:
    // a few thousand path commands instead of one element per module.
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !dark(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && dark(x, y) {
                x += 1;
            }
            // Writing to a String cannot fail.
            let _ = write!(path, "M{start} {y}h{}v1h-{}z", x - start, x - start);
        }
    }
    let side = size + 2 * QR_QUIET_ZONE;
    let view_box = format!("-{QR_QUIET_ZONE} -{QR_QUIET_ZONE} {side} {side}");
    Some(QrDrawing {
        size,
        view_box,
        path,
    })
}

/// A value in its unit (a year plain, kroner with 0 or 2 decimals); a
/// number without a known unit as it needs.
pub fn compared_value(value: &Value, unit: Option<Unit>, lang: Lang) -> String {
    match value {
        Value::Number(n) => match unit {
            Some(unit) => format_value(*n, unit, lang),
            None => format_plain(*n, lang, 2),
        },
        Value::Text(s) => s.clone(),
        Value::Flag(on) => t(if *on { T::Yes } else { T::No }, lang).to_string(),
        Value::Absent => t(T::NotApplicable, lang).to_string(),
    }
}

/// The unit of a setting's number in scenario `s`, where it has one.
pub fn setting_unit(setting: &Setting, s: &Scenario) -> Option<Unit> {
    match setting {
        Setting::RateYear(..) => Some(Unit::Year),
        Setting::CostLine(_, CostLinePart::Figure(CostPart::Amount)) => Some(Unit::Kr),
        Setting::Range(i, part) if *part != RangePart::Input => s
            .ranges
            .get(*i)
            .and_then(|r| InputId::parse(&r.input))
            .map(|input| input.spec().unit),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::scenario::YearMonth;
    use crate::format::presets;
    use std::rc::Rc;

    #[test]
    fn the_year_picker_offers_indexed_years_and_flags_estimates() {
        let state = Rc::new(AppState::initial());
        let labels = |state: &AppState, benefit| -> Vec<String> {
            rate_choice(state, 0, benefit)
                .years
                .into_iter()
                .map(|y| y.label)
                .collect()
        };
        // Newest first: the two years after the 2026 row are indexed from
        // it; 2025–26 RFY are estimates; 2024 is published.
        let rfy = labels(&state, Benefit::Rfy);
        assert_eq!(
            rfy[..5],
            [
                "2028 (skøn: reguleret fra 2026)",
                "2027 (skøn: reguleret fra 2026)",
                "2026 (skøn)",
                "2025 (skøn)",
                "2024",
            ]
        );
        assert_eq!(rfy.last().map(String::as_str), Some("2015"));
        // The label follows the chosen status: FP 2025 gift/samlevende is
        // derived from a printed yearly amount, enlig an estimate.
        assert!(labels(&state, Benefit::Fp).contains(&"2025 (skøn)".to_string()));
        let gift = state.apply(Action::ChoseFpRate {
            group: 0,
            year: 2026,
            status: FpStatus::GiftSamlevende,
        });
        let fp = labels(&gift, Benefit::Fp);
        assert!(fp.contains(&"2025".to_string()), "{fp:?}");
        assert!(fp.contains(&"2026 (skøn)".to_string()), "{fp:?}");
        // FP has no 2017 row, so the picker does not offer it.
        assert!(!fp.iter().any(|l| l.starts_with("2017")));
        // A later year from a document is shown as chosen, indexed.
        let later = gift.apply(Action::ChoseRfyRate {
            group: 0,
            year: 2031,
            status: RfyStatus::IkkeForsorger,
        });
        let choice = rate_choice(&later, 0, Benefit::Rfy);
        assert_eq!(choice.year, Some(2031));
        assert_eq!(choice.years[0].label, "2031 (skøn: reguleret fra 2026)");
        let en = later.apply(Action::SwitchedLanguage(Lang::En));
        assert_eq!(
            rate_choice(&en, 0, Benefit::Rfy).years[1].label,
            "2028 (estimate: indexed from 2026)"
        );
    }

    #[test]
    fn shows_values_drafts_messages_and_sources() {
        let state = Rc::new(AppState::initial());
        let indsats = InputId::group(0, Field::IndsatsMonthly);
        let v = field_view(&state, indsats);
        assert_eq!(v.text, "2.700");
        assert_eq!(v.path, "groups[0].indsats.monthly");
        assert_eq!(v.source.kind, "Offentliggjort");
        assert!(v.source.text.starts_with("HBS Economics"));
        assert!(v.error.is_none());

        let rfy = field_view(&state, InputId::group(0, Field::RfyMonthly));
        // The 2026 estimate 12,770 × 1.045 = 13,344.65 → 13,345, flagged.
        assert_eq!(rfy.text, "13.345");
        let year = field_view(&state, InputId::scenario(Field::StartYear));
        assert_eq!(year.text, "2026");
        assert!(rfy.source.text.starts_with("Skøn: 2025-sats × 1,045"));
        assert!(rfy.source.unverified);

        let state = state.apply(Action::EditedField {
            input: indsats,
            text: "12x".into(),
        });
        let v = field_view(&state, indsats);
        assert_eq!(v.text, "12x");
        assert_eq!(
            v.error.as_deref(),
            Some("Ikke et tal (skriv fx 1.234,50) – skal være et tal fra 0 til 1.000.000 kr. pr. måned")
        );
        let state = state.apply(Action::EditedField {
            input: indsats,
            text: "-1".into(),
        });
        let v = field_view(&state, indsats);
        assert_eq!(
            v.error.as_deref(),
            Some("Skal være et tal fra 0 til 1.000.000 kr. pr. måned")
        );
        assert_eq!(v.source.kind, "Indtastet af bruger");
        let state = state.apply(Action::SwitchedLanguage(Lang::En));
        let v = field_view(&state, indsats);
        assert_eq!(v.text, "-1");
        assert_eq!(
            v.error.as_deref(),
            Some("Must be a number from 0 to 1,000,000 kr. per month")
        );
        assert!(other_errors(&state).is_empty());
    }

    #[test]
    fn messages_start_with_a_capital_and_file_names_stay_legal() {
        assert_eq!(sentence("skal være et tal"), "Skal være et tal");
        assert_eq!(sentence("ønsket"), "Ønsket");
        assert_eq!(sentence(""), "");
        assert_eq!(
            file_name("Århus: 2024/25 v.2", "csv", Lang::Da),
            "Århus_ 2024_25 v_2.csv"
        );
        assert_eq!(file_name("  ", "json", Lang::Da), "scenarie.json");
        assert_eq!(file_name("  ", "json", Lang::En), "scenario.json");
        assert_eq!(
            file_name(&"x".repeat(100), "json", Lang::Da).len(),
            80 + ".json".len()
        );
    }

    #[test]
    fn a_cost_lines_figures_and_the_alternative_show_their_notes() {
        let state =
            Rc::new(AppState::initial()).apply(Action::ChosePreset("udfasning-2026".into()));
        let lines = cost_line_views(&state);
        let amount = lines[0].parts[0].source.clone().expect("a note");
        assert_eq!(amount.kind, "Afledt");
        assert!(
            amount.text.starts_with("20 timer pr. pensionssag"),
            "{}",
            amount.text
        );
        let choice = counterfactual_choice(&state.scenario, 0, Lang::En).expect("a group");
        let why = choice.instead_source.expect("a note");
        assert_eq!(
            why.line(),
            "Assumption: Of the 44 %, most (25) went to fleksjob/ledighedsydelse."
        );
        // A line the user adds has no note to show.
        let state = state.apply(Action::AddedCostLine);
        assert_eq!(cost_line_views(&state)[2].parts[0].source, None);
    }

    #[test]
    fn a_qr_code_is_drawn_with_whole_pixel_modules() {
        let drawing = |size| QrDrawing {
            size,
            view_box: String::new(),
            path: String::new(),
        };
        // Version 19: 93 modules + 8 of quiet zone = 101; 352 / 101 = 3.49,
        // so 3 px a module: 303 px.
        assert_eq!(qr_whole_module_side(&drawing(93), QR_SMALL_PX), 303);
        // Version 23, the largest drawn small: 117 × 3 = 351.
        assert_eq!(qr_whole_module_side(&drawing(109), QR_SMALL_PX), 351);
        // Version 10: 57 + 8 = 65; 352 / 65 = 5.4, so 5 px: 325.
        assert_eq!(qr_whole_module_side(&drawing(57), QR_SMALL_PX), 325);
        // Version 40 on a 1,000 px screen: 185 × 5 = 925.
        assert_eq!(qr_whole_module_side(&drawing(177), 1000), 925);
    }

    #[test]
    fn a_status_or_item_is_named_as_its_picker_offers_it() {
        // What the comparison and the notes say for a document name is the
        // picker's own label, per table: "grundsats" is kontanthjælp's item,
        // not a fleksjob one, and a typed-in benefit has no status.
        let grundsats = status_labels(Benefit::Kontanthjaelp, Lang::Da)[1];
        assert_eq!(grundsats.0, "grundsats");
        assert_eq!(
            status_label(BenefitKind::Kontanthjaelp, "grundsats", Lang::Da),
            Some(grundsats.1)
        );
        assert_eq!(
            status_label(BenefitKind::Fleksjob, "grundsats", Lang::Da),
            None
        );
        assert_eq!(
            status_label(BenefitKind::Fp, "gift_samlevende", Lang::En),
            Some(status_labels(Benefit::Fp, Lang::En)[1].1)
        );
        assert_eq!(status_label(BenefitKind::Instead, "enlig", Lang::Da), None);
    }

    #[test]
    fn the_story_tells_the_claim_the_realistic_case_and_2026() {
        let cards = story_cards(Lang::Da);
        let shown: Vec<_> = cards
            .iter()
            .map(|c| {
                (
                    c.title,
                    c.headline.figure.as_str(),
                    c.headline.verdict,
                    c.decisive.as_str(),
                )
            })
            .collect();
        // The claimed and realistic nets are their golden files' (330,005.07
        // and −386,642.43: the indsats 34,551 against 2,700 a case-month);
        // the phase-out's is worked by hand in tests/preset_phase_out.rs
        // (−1,697,736.42).
        assert_eq!(
            shown,
            [
                (
                    "Norddjurs' påstand",
                    "330.005 kr.",
                    "besparelse",
                    "Sparet indsats pr. sagsmåned: 34.551 kr. pr. måned"
                ),
                (
                    "Realistisk indsats",
                    "386.642 kr.",
                    "merudgift",
                    "Sparet indsats pr. sagsmåned: 2.700 kr. pr. måned"
                ),
                (
                    "Udfasning 2026",
                    "1.697.736 kr.",
                    "merudgift",
                    "Andel, der ville være nået samme sted hen alligevel: 56 %"
                ),
            ]
        );
        assert_eq!(cards[0].period, "2018, 12 mdr.");
        assert_eq!(cards[2].period, "2026–2035, 120 mdr.");
    }

    #[test]
    fn the_headline_names_its_period_with_plain_years() {
        let outcome = |start: YearMonth, months: u32| {
            let mut s = presets::default_scenario().unwrap();
            s.start = start;
            s.horizon_months = months;
            crate::engine::evaluate(&s).unwrap()
        };
        // January 2026 + 24 months: 2026 and 2027.
        let two = outcome(
            YearMonth {
                year: 2026,
                month: 1,
            },
            24,
        );
        assert_eq!(
            headline_text(&two, Lang::Da).context,
            "Nettoresultat for kommunen over perioden 2026–2027, 24 mdr."
        );
        // July 2026 + 6 months ends in December: one year. In English.
        let one = outcome(
            YearMonth {
                year: 2026,
                month: 7,
            },
            6,
        );
        assert_eq!(
            headline_text(&one, Lang::En).context,
            format!("{} 2026, 6 months", t(T::HeadlineContext, Lang::En))
        );
    }

    #[test]
    fn unverified_rate_is_flagged() {
        let state = Rc::new(AppState::initial())
            .apply(Action::ChosePreset("your-municipality-latest".into()));
        // The 2026 rates are estimates (2025 × 1.045).
        let v = field_view(&state, InputId::group(0, Field::RfyMonthly));
        assert!(v.source.unverified);
        assert_eq!(v.source.kind, "ikke verificeret (skøn)");
        let choice = rate_choice(&state, 0, Benefit::Rfy);
        assert_eq!(choice.year, Some(2026));
        assert_eq!(choice.status, "ikke_forsorger");
        assert_eq!(
            rate_action(0, Benefit::Rfy, "2024", "forsorger"),
            Some(Action::ChoseRfyRate {
                group: 0,
                year: 2024,
                status: RfyStatus::Forsorger
            })
        );
        assert_eq!(rate_action(0, Benefit::Fp, "x", "enlig"), None);
        let outcome = state.outcome.as_ref().unwrap();
        let texts: Vec<String> = outcome
            .warnings
            .iter()
            .map(|w| warning_text(w, &state.scenario, Lang::Da))
            .collect();
        assert!(
            texts.iter().any(|t| t.starts_with("Sagsgruppe 1: ")
                && t.contains(" – Ydelse pr. måned (brutto): satsen for 2026 er et skøn")),
            "{texts:?}"
        );
    }

    #[test]
    fn money_shows_0_or_2_decimals_and_years_no_separator() {
        let mut s = AppState::initial().scenario.as_ref().clone();
        s.groups[0].rfy.rate = Rate::Custom {
            monthly: rust_decimal_macros::dec!(20370.5),
        };
        s.start.year = 2024;
        let state = AppState::new(s);
        let rfy = InputId::group(0, Field::RfyMonthly);
        // 20 370 kr. and 50 øre, not "20.370,5".
        assert_eq!(field_view(&state, rfy).text, "20.370,50");
        assert_eq!(
            field_view(&state, InputId::scenario(Field::StartYear)).text,
            "2024"
        );
        // A year typed as a fraction is told the range without separators.
        assert_eq!(
            draft_message(Field::StartYear, DraftError::NotWhole, Lang::Da),
            "Skal være et helt tal fra 2000 til 2100 år"
        );
        assert_eq!(
            draft_message(Field::StartYear, DraftError::Empty, Lang::En),
            format!(
                "{} – must be a number from 2000 to 2100 year",
                t(T::Empty, Lang::En)
            )
        );
    }

    #[test]
    fn the_comparison_writes_years_plain_and_money_with_0_or_2_decimals() {
        let year = Setting::RateYear(0, BenefitKind::Rfy);
        let s = AppState::initial().scenario.as_ref().clone();
        let unit = setting_unit(&year, &s);
        assert_eq!(unit, Some(Unit::Year));
        let shown = |v: Decimal, unit| compared_value(&Value::Number(v), unit, Lang::Da);
        assert_eq!(shown(Decimal::from(2024), unit), "2024");
        let amount = setting_unit(
            &Setting::CostLine(0, CostLinePart::Figure(CostPart::Amount)),
            &s,
        );
        assert_eq!(
            shown(rust_decimal_macros::dec!(20370.5), amount),
            "20.370,50"
        );
        assert_eq!(shown(Decimal::from(34417), amount), "34.417");
        // A count has no unit to go by: as many decimals as it needs.
        assert_eq!(shown(Decimal::from(2000), None), "2.000");
    }
}

/// The headline's words and figure for an outcome: what the `Headline`
/// component shows and what the page carries before the app has loaded
/// ([`first_answer_html`]), so the two cannot drift apart.
#[derive(Clone, Debug, PartialEq)]
pub struct HeadlineText {
    /// What the figure is, and the period it covers.
    pub context: String,
    /// The kommune's net over the horizon, without its sign ("378.895 kr.").
    pub figure: String,
    /// "besparelse" or "merudgift": the sign in words.
    pub verdict: &'static str,
    pub saving: bool,
}

impl HeadlineText {
    /// The headline's colour class.
    pub fn tone(&self) -> &'static str {
        if self.saving {
            "saving"
        } else {
            "cost"
        }
    }
}

/// A preset in the story on the first screen, with its answer.
#[derive(Clone, Debug, PartialEq)]
pub struct StoryCard {
    pub preset_id: &'static str,
    pub title: &'static str,
    pub headline: HeadlineText,
    /// The years and months it covers ("2018, 12 mdr.").
    pub period: String,
    /// The input that sets it apart, with its value ("Indsats sparet …:
    /// 2.700 kr. pr. måned").
    pub decisive: String,
}

/// The story the first screen tells: each preset in it, evaluated as
/// shipped. Presets are constant, so this depends on the language only.
pub fn story_cards(lang: Lang) -> Vec<StoryCard> {
    crate::data::presets::PRESETS
        .iter()
        .filter_map(|p| {
            let story = p.in_story?;
            let s = p.scenario().ok()?;
            let outcome = crate::engine::evaluate(&s).ok()?;
            let input = InputId::parse(story.decisive)?;
            let value = input.get(&s)?;
            Some(StoryCard {
                preset_id: p.id,
                title: match lang {
                    Lang::Da => story.short_da,
                    Lang::En => story.short_en,
                },
                headline: headline_text(&outcome, lang),
                period: outcome_period(&outcome, lang),
                decisive: format!(
                    "{}: {}",
                    crate::ui::decision::input_label(&s, input, lang),
                    crate::ui::decision::with_unit(value, input, lang)
                ),
            })
        })
        .collect()
}

/// The calendar years and months an outcome covers.
pub fn outcome_period(outcome: &crate::engine::Outcome, lang: Lang) -> String {
    match (outcome.months.first(), outcome.months.last()) {
        (Some(first), Some(last)) => text::period(
            first.at.year,
            last.at.year,
            outcome.months.len() as u32,
            lang,
        ),
        _ => String::new(),
    }
}

pub fn headline_text(outcome: &crate::engine::Outcome, lang: Lang) -> HeadlineText {
    let net = outcome.net.kommune;
    let saving = net >= rust_decimal::Decimal::ZERO;
    HeadlineText {
        context: format!(
            "{} {}",
            t(T::HeadlineContext, lang),
            outcome_period(outcome, lang)
        ),
        figure: crate::format::number::format_kr(net.abs(), lang),
        verdict: t(if saving { T::Saving } else { T::ExtraCost }, lang),
        saving,
    }
}

/// The `id` of the static block in `index.html` that shows the first answer
/// until the app has loaded; the app removes it when it mounts.
pub const FIRST_ANSWER_ID: &str = "first-answer";

/// The `id` of the static block after it: the loading line for a visitor the
/// first answer is hidden from, and the message static/boot.js shows when the
/// app cannot load or start. The app removes it when it mounts.
pub const BOOT_STATUS_ID: &str = "boot-status";

/// The markup `index.html` carries until the app has mounted.
///
/// First, for a first-time visitor, the headline the app first renders (the
/// default preset, in Danish, nothing saved), with the same classes and test
/// ids, so the answer shows while the wasm is still on its way. It is not
/// interactive yet, so it says so and is marked busy; it has no live region,
/// so a screen reader does not announce the figure again when the app's own
/// headline replaces it.
///
/// Then the boot status: a loading line for everyone else (saved work or a
/// link hide the first answer, and the page must not stand blank), and the
/// load-failure message, hidden until static/boot.js shows it. Both are in
/// Danish and English: the page cannot know the saved language before the
/// app reads it, and a failure message must reach whoever opened the page,
/// whatever their browser's language says (the app itself never guesses the
/// language from the browser either).
/// `tests/first_answer.rs` checks that `index.html` holds exactly this.
pub fn first_answer_html() -> String {
    format!("{}\n{}", first_answer_block(), boot_status_block())
}

fn first_answer_block() -> String {
    let state = AppState::initial();
    let lang = state.lang;
    let loading = t(T::LoadingCalculator, lang);
    let Some(outcome) = &state.outcome else {
        return format!(
            "<div id=\"{FIRST_ANSWER_ID}\" aria-busy=\"true\">\n  <p class=\"first-answer-loading\">{}</p>\n</div>",
            encode_safe(loading)
        );
    };
    let text = headline_text(outcome, lang);
    let tone = text.tone();
    format!(
        concat!(
            "<div id=\"{id}\" aria-busy=\"true\">\n",
            "  <header class=\"topbar\">\n",
            "    <div class=\"brand\">\n",
            "      <h1>{title}</h1>\n",
            "      <p class=\"subtitle\">{name}</p>\n",
            "    </div>\n",
            "  </header>\n",
            "  <div class=\"layout\">\n",
            "    <div class=\"area-headline\">\n",
            "      <section class=\"headline {tone}\" data-testid=\"headline\" aria-labelledby=\"first-answer-context\">\n",
            "        <div class=\"context\" id=\"first-answer-context\">{context}</div>\n",
            "        <div class=\"answer\">\n",
            "          <span class=\"figure\" data-testid=\"headline-figure\">{figure}</span>\n",
            "          <span class=\"verdict\" data-testid=\"headline-verdict\">{verdict}</span>\n",
            "        </div>\n",
            "      </section>\n",
            "      <p class=\"first-answer-loading\">{loading}</p>\n",
            "    </div>\n",
            "  </div>\n",
            "</div>"
        ),
        id = FIRST_ANSWER_ID,
        title = encode_safe(t(T::Title, lang)),
        name = encode_safe(&state.scenario.name),
        tone = tone,
        context = encode_safe(&text.context),
        figure = encode_safe(&text.figure),
        verdict = encode_safe(text.verdict),
        loading = encode_safe(loading),
    )
}

/// Danish first (the page's language), then English marked as such.
fn boot_status_block() -> String {
    let both = |key: T| {
        format!(
            "{} / <span lang=\"en\">{}</span>",
            encode_safe(t(key, Lang::Da)),
            encode_safe(t(key, Lang::En))
        )
    };
    // One paragraph pair per language; boot.js shows the reason that applies.
    let failure = |lang: Lang| {
        let attribute = match lang {
            Lang::Da => String::new(),
            Lang::En => " lang=\"en\"".to_string(),
        };
        format!(
            concat!(
                "    <div{attribute}>\n",
                "      <p><strong>{failed}</strong> <span data-reason=\"files\">{files}</span>",
                "<span data-reason=\"no-wasm\" hidden>{no_wasm}</span></p>\n",
                "      <p>{what_to_do}</p>\n",
                "    </div>\n"
            ),
            attribute = attribute,
            failed = encode_safe(t(T::LoadFailed, lang)),
            files = encode_safe(t(T::LoadFailedFiles, lang)),
            no_wasm = encode_safe(t(T::LoadFailedNoWasm, lang)),
            what_to_do = encode_safe(t(T::LoadFailedWhatToDo, lang)),
        )
    };
    format!(
        concat!(
            "<div id=\"{id}\">\n",
            "  <p class=\"boot-loading\" data-testid=\"boot-loading\">{loading}</p>\n",
            "  <div class=\"load-failure\" role=\"alert\" data-testid=\"load-failure\" hidden>\n",
            "{da}",
            "{en}",
            "    <button type=\"button\" data-testid=\"reload\">{reload}</button>\n",
            "  </div>\n",
            "</div>"
        ),
        id = BOOT_STATUS_ID,
        loading = both(T::LoadingCalculator),
        da = failure(Lang::Da),
        en = failure(Lang::En),
        reload = both(T::Reload),
    )
}
