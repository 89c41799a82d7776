//! Every sentence the app shows, in Danish. `en.rs` holds the same sentences
//! in English, function for function; `mod.rs` picks by language. Numbers in
//! a sentence are written the Danish way (`format::number`).

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

const LANG: Lang = Lang::Da;

fn num(d: Decimal) -> String {
    format_plain(d, LANG, 2)
}

fn count(n: u32) -> String {
    format_decimal(Decimal::from(n), LANG, 0)
}

/// Calendar months, January first; lower case, as Danish writes them.
pub const MONTHS: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];

/// "Tilbagebetalt i måned 17 (maj 2025)".
pub fn payback(month_number: u32, month_name: &str, year: u16) -> String {
    format!("Tilbagebetalt i måned {month_number} ({month_name} {year})")
}

/// "For at gå i nul skal ... være 11.120 kr. pr. sagsmåned (i dag 2.700 kr.)."
pub fn break_even(value: &str, current: &str) -> String {
    format!(
        "{} {value} pr. sagsmåned (i dag {current}).",
        t(T::BreakEvenIndsats)
    )
}

/// The heading of one calendar year in the breakdown.
pub fn year_heading(year: u16, months: u32) -> String {
    format!(
        "{year} ({months} {})",
        if months == 1 { "måned" } else { "måneder" }
    )
}

/// A case group's legend; `number` counts from 1.
pub fn group_legend(number: usize, label: &str) -> String {
    format!("Sagsgruppe {number}: {label}")
}

pub fn cost_line_legend(number: usize, label: &str) -> String {
    format!("Udgiftslinje {number}: {label}")
}

pub fn fp_remainder(pct: &str) -> String {
    format!("Førtidspension: resten, {pct} %")
}

/// The label of a duplicated group.
pub fn copy_of(label: &str) -> String {
    format!("{label} (kopi)")
}

pub fn printed(date: &str, version: &str) -> String {
    format!("Udskrevet {date} · beregnerens version {version}")
}

pub fn months_of(years: &str, months: u32) -> String {
    format!("{years}, {months} mdr.")
}

pub fn opened_preset(opened: &str, kept: &str) -> String {
    format!("«{opened}» er åbnet som et nyt scenarie. «{kept}» er bevaret, som det var: vælg det i scenarielisten.")
}

pub fn new_scenario_name(n: usize) -> String {
    format!("Scenarie {n}")
}

pub fn new_group_label(n: usize) -> String {
    format!("Ny gruppe {n}")
}

/// Text that is not a whole number where one belongs: what is allowed.
pub fn whole_number_allowed(min: &str, max: &str, unit: &str) -> String {
    format!("Skal være et helt tal fra {min} til {max} {unit}")
}

pub fn goal_no_effect() -> &'static str {
    "Ingen værdi af dette tal når målet: kommunens netto afhænger ikke af det."
}

/// No allowed value reaches the target: the net at both ends of the range.
pub fn goal_out_of_range(min: &str, at_min: &str, max: &str, at_max: &str) -> String {
    format!("Ingen tilladt værdi af dette tal når målet: ved {min} er netto {at_min}, ved {max} er den {at_max}.")
}

pub fn slider_break_even(value: &str) -> String {
    format!("Går i nul ved {value}")
}

pub fn slider_no_break_even() -> &'static str {
    "Går ikke i nul inden for de tilladte værdier"
}

/// "Kører: 40.000 af 100.000 trækninger".
pub fn progress(done: &str, total: &str) -> String {
    format!("{}: {done} af {total} trækninger", dt(D::Running))
}

/// What a result was computed with, so it can be repeated.
pub fn run_settings(draws: &str, seed: &str, at_current: &str) -> String {
    format!("{draws} trækninger, seed {seed}. Netto med tallene i dag: {at_current}")
}

/// The CSV export's headings and row names.
pub fn csv_word(key: CsvWord) -> &'static str {
    match key {
        CsvWord::Scenario => "Scenarie",
        CsvWord::Year => "År",
        CsvWord::Month => "Måned",
        CsvWord::Item => "Post",
        CsvWord::Kommune => "Kommune",
        CsvWord::Stat => "Stat",
        CsvWord::Total => "I alt",
        CsvWord::Net => "Netto",
        CsvWord::Note => "Bemærk",
        CsvWord::CostLine => "Udgiftslinje",
        CsvWord::Exported => "Eksporteret",
    }
}

/// The net present value's row name in an export, with its rate.
pub fn csv_npv(rate: &str) -> String {
    format!("Nutidsværdi for kommunen (diskonteringsrente {rate} %)")
}

/// A day as written in a sentence: "30. november 2026".
pub fn date(year: u16, month_name: &str, day: u8) -> String {
    format!("{day}. {month_name} {year}")
}

pub fn unit(unit: Unit) -> &'static str {
    match unit {
        Unit::Kr => "kr.",
        Unit::KrPerMonth => "kr. pr. måned",
        Unit::KrPerYear => "kr. pr. år",
        Unit::Pct => "%",
        Unit::Months => "måneder",
        Unit::MonthOfHorizon => "måned i perioden",
        Unit::Cases => "sager",
        Unit::HoursPerWeek => "timer pr. uge",
        Unit::Weeks => "uger",
        Unit::Year => "år",
        Unit::Month => "måned",
    }
}

pub fn line_item(item: LineItem) -> &'static str {
    match item {
        LineItem::RfySaved => "Sparet ressourceforløbsydelse",
        LineItem::IndsatsSaved => "Sparet indsats",
        LineItem::FpAdded => "Merudgift til førtidspension",
        LineItem::Buyout => "Frikøb af medarbejder",
        LineItem::Handling => "Sagsbehandling pr. sag",
        LineItem::TaxEffect => "Kommuneskat af ydelser",
        LineItem::FleksjobAdded => "Merudgift til fleksjob / ledighedsydelse",
        LineItem::KontanthjaelpAdded => "Merudgift til kontanthjælp",
        LineItem::LastingAdded => "Varig merudgift efter de afkortede måneder",
        LineItem::InsteadSaved => "Sparet anden ydelse (ville ikke være nået samme sted hen)",
        LineItem::CostLines => "Øvrige investeringer og udgifter",
    }
}

pub fn party(party: Party) -> &'static str {
    match party {
        Party::Kommune => "kommune",
        Party::Stat => "stat",
        Party::Public => "offentligt i alt",
    }
}

/// A result's name in a comparison.
pub fn figure(figure: Figure) -> String {
    match figure {
        Figure::Net(p) => format!("Netto ({})", party(p)),
        Figure::YearNet(year, p) => format!("Netto {year} ({})", party(p)),
        Figure::Item(item, p) => format!("{} ({})", line_item(item), party(p)),
        Figure::PaybackMonth => "Tilbagebetalt i måned".into(),
        Figure::NpvKommune => "Nutidsværdi for kommunen".into(),
    }
}

pub fn warning(warning: &Warning) -> String {
    match warning {
        Warning::EffectsAfterHorizon { group, case_months } => format!(
            "Gruppe {}: {} sagsmåneder ligger efter perioden og er ikke medregnet.",
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
                    "fortsætter {} sagsmåneder efter perioden",
                    format_decimal(*cm, LANG, 2)
                ),
                None => "fortsætter efter perioden (valgt: til periodens slutning og derefter)".into(),
            };
            format!(
                "Gruppe {}: den varige forskel {how_long} og er ikke medregnet. I periodens sidste måned var den {} kr. for kommunen.",
                group + 1,
                format_decimal(*kommune_last_month, LANG, 2)
            )
        }
        Warning::CostAfterHorizon { line, months } => format!(
            "Udgiftslinje {}: {months} måneder ligger efter perioden og er ikke medregnet.",
            line + 1
        ),
        Warning::BuyoutAfterHorizon { months } => {
            format!("{months} måneder af frikøbet ligger efter perioden og er ikke medregnet.")
        }
        Warning::UnverifiedRate { path, year } => format!(
            "{path}: satsen for {year} er et skøn, ikke en offentliggjort sats. Ret den til jeres egen."
        ),
        Warning::IndexedRate {
            path,
            year,
            from_year,
            assumed_years,
            assumption_pct,
        } => format!(
            "{path}: der er ingen sats for {year} endnu. Satsen er {from_year}-satsen reguleret med de offentliggjorte stigninger og i {assumed_years} år med jeres egen antagelse på {} % om året (årlig regulering). Det er et skøn.",
            format_plain(*assumption_pct, LANG, 2)
        ),
        Warning::RateCorrected {
            path,
            year,
            was,
            now,
        } => format!(
            "{path}: satsen for {year} er rettet fra skønnet {} kr. til den offentliggjorte sats {} kr. om måneden; resultatet er derfor ændret, siden scenariet blev gemt.",
            format_money(*was, LANG),
            format_money(*now, LANG)
        ),
        Warning::RessourceforlobAbolished => "Fra 1. februar 2026 findes ressourceforløb kun for borgere, der allerede er i et (lov nr. 1750 af 29/12/2025): der kommer ingen nye forløb, så regnestykket gælder kun de igangværende.".to_string(),
    }
}

/// What is wrong with a value and what is allowed (after the field's path).
pub fn problem(problem: &Problem) -> String {
    match problem {
        Problem::OutOfRange { min, max, unit: u } => {
            format!(
                "skal være et tal fra {} til {} {}",
                format_value(*min, *u, LANG),
                format_value(*max, *u, LANG),
                unit(*u)
            )
        }
        Problem::NotWhole => "skal være et helt tal".into(),
        Problem::TooLong { max_chars } => format!("må højst være {max_chars} tegn"),
        Problem::TooMany { max } => format!("må højst have {max} elementer"),
        Problem::GroupCount { max } => format!("skal have fra 1 til {max} sagsgrupper"),
        Problem::MoreShortenedThanReviewed => {
            "kan ikke være større end antallet af gennemgåede sager".into()
        }
        Problem::SharesOver100 { total } => format!(
            "andelene til fleksjob, kontanthjælp og job er tilsammen {} %; de må højst være 100 % (resten går til førtidspension)",
            num(*total)
        ),
        Problem::MoreThanMonthsLeft { months_left } => format!(
            "kan ikke være større end måneder tilbage i forløbet (months_left: {} måneder)",
            num(*months_left)
        ),
        Problem::AfterHorizon { horizon_months } => {
            format!("skal ligge i perioden: måned 1 til {horizon_months}")
        }
        Problem::NoRateForYear {
            available,
            indexed_until,
        } => {
            let years: Vec<String> = available.iter().map(u16::to_string).collect();
            let mut text = format!(
                "der er ingen sats for det år; vælg et af årene {}",
                years.join(", ")
            );
            if let Some(last) = available.last().filter(|last| *last < indexed_until) {
                text += &format!(
                    " eller et senere år til og med {indexed_until} (skøn: {last}-satsen reguleret)"
                );
            }
            text
        }
        Problem::UnknownInput => "er ikke et talfelt i scenariet".into(),
        Problem::RangeOrder => "lav ≤ sandsynlig ≤ høj skal gælde".into(),
        Problem::Overflow => "giver tal, der er for store til at regne med".into(),
    }
}

/// What is wrong with a document at a place (after the path).
pub fn document_problem(found: &DocumentProblem) -> String {
    match found {
        DocumentProblem::Invalid(p) => problem(p),
        DocumentProblem::MissingField => "mangler; feltet skal være med".into(),
        DocumentProblem::UnknownField { allowed } => {
            format!("er ikke et felt her (tilladte: {})", allowed.join(", "))
        }
        DocumentProblem::DuplicateField => "står der mere end én gang".into(),
        DocumentProblem::WrongType { expected: e } => format!("skal være {}", expected(e)),
        DocumentProblem::Shape { detail } => {
            format!("har ikke den form, formatet kræver (JSON-læseren siger: {detail})")
        }
        DocumentProblem::NotJson { line, column } => {
            format!("er ikke gyldig JSON (fejl i linje {line}, tegn {column})")
        }
        DocumentProblem::MissingVersion => "mangler feltet \"version\" (et helt tal)".into(),
        DocumentProblem::TooNew { version } => format!(
            "er lavet med en nyere udgave af beregneren (format {version}; denne udgave læser op til {CURRENT_VERSION}). Åbn det i den nyeste udgave."
        ),
        DocumentProblem::UnsupportedVersion { version } => {
            format!("formatversion {version} findes ikke (gyldige: 1 til {CURRENT_VERSION})")
        }
    }
}

fn expected(expected: &Expected) -> String {
    match expected {
        Expected::Object => "et objekt { … }".into(),
        Expected::List => "en liste [ … ]".into(),
        Expected::Text => "en tekst i anførselstegn".into(),
        Expected::Bool => "true eller false".into(),
        Expected::Number => "et tal, fx \"2700.50\"".into(),
        Expected::WholeNumber { max } => format!("et helt tal fra 0 til {max}"),
        Expected::OneOf(names) => format!("en af: {}", names.join(", ")),
    }
}

/// After the problems listed one by one: how many more there are.
pub fn more_problems(count: &str) -> String {
    format!("… og {count} problemer mere")
}

pub fn comparison_count(found: usize) -> String {
    format!(
        "scenarios: en sammenligning skal have fra {MIN_COMPARED} til {MAX_COMPARED} scenarier, ikke {found}"
    )
}

/// Why a link cannot be opened; `not_a_scenario` lists the document's
/// problems when the link holds something else than a scenario.
pub fn link_error(error: &LinkError, not_a_scenario: &str) -> String {
    match error {
        LinkError::Empty => "Linket er tomt: der er intet scenarie efter #.".into(),
        LinkError::NotALink => {
            "Det er ikke et link til denne beregner: efter # skal der stå s2. eller c2. (i ældre links s1. eller c1.) og så scenariet.".into()
        }
        LinkError::NewerLinkFormat { version } => format!(
            "Linket er lavet med en nyere udgave af beregneren (linkformat {version}; denne udgave læser op til {LINK_VERSION}). Åbn det i den nyeste udgave."
        ),
        LinkError::BadCharacter { found, position } => format!(
            "Linket er beskadiget: tegn nr. {position} ({}) hører ikke til i et link. Kopiér hele linket igen fra afsenderen.",
            super::describe_char(*found)
        ),
        LinkError::Truncated => {
            "Linket er afkortet: slutningen mangler. Det sker, når et langt link bliver klippet over i en mail eller besked. Kopiér hele linket igen.".into()
        }
        LinkError::Damaged => {
            "Linket er beskadiget: kontrolsummen passer ikke, så ét eller flere tegn er ændret. Kopiér linket igen fra afsenderen.".into()
        }
        LinkError::TooLong { max_chars } => format!("Linket er for langt: højst {max_chars} tegn."),
        LinkError::TooLarge { max_bytes } => format!(
            "Linket er for stort: indholdet fylder over {max_bytes} bytes, når det pakkes ud."
        ),
        LinkError::NotJson => {
            "Linket er ikke lavet af denne beregner: indholdet er ikke et scenarie (ikke JSON-tekst).".into()
        }
        LinkError::NotAScenario(..) => {
            format!("Linket indeholder ikke et gyldigt scenarie: {not_a_scenario}")
        }
        LinkError::NewerDocument { version } => format!(
            "Scenariet i linket er lavet med en nyere udgave af beregneren (format {version}), som denne udgave ikke kan læse. Åbn linket i den nyeste udgave."
        ),
    }
}

pub fn encode_error(error: &EncodeError) -> String {
    match error {
        EncodeError::ScenarioCount { found } => format!(
            "En sammenligning skal have fra {MIN_COMPARED} til {MAX_COMPARED} scenarier, ikke {found}."
        ),
        EncodeError::TooLarge => "Scenariet er for stort til et link. Gem det som fil i stedet.".into(),
    }
}

pub fn no_ranges() -> &'static str {
    "Angiv en lav og en høj værdi for mindst ét tal for at se usikkerheden."
}

pub fn duplicate_range(path: &str) -> String {
    format!("{path}: har mere end ét interval; behold ét.")
}

pub fn too_many_varying(count: usize, max: usize) -> String {
    format!(
        "{count} tal varierer; højst {max} kan variere på én gang. Gør de øvrige intervaller til ét tal (lav = høj)."
    )
}

pub fn draw_count(max: u32) -> String {
    format!("Antal trækninger skal være fra 1 til {}.", count(max))
}

/// How a Monte Carlo run got the net of each draw.
pub fn method(method: &Method) -> String {
    match method {
        Method::Constant => "Intet varierer: alle trækninger giver samme resultat.".into(),
        Method::Interpolated { evaluations, .. } => format!(
            "Nettoet er multilineært i de tal, der varierer: beregnet fuldt i {} hjørnepunkter og interpoleret derimellem (præcist til langt under en øre).",
            count(*evaluations)
        ),
        Method::FullEvaluation { evaluations } => {
            format!("Hver trækning er beregnet fuldt ({} beregninger).", count(*evaluations))
        }
    }
}

/// The fixed UI texts.
pub fn t(key: T) -> &'static str {
    use T::*;
    match key {
        Title => "Afkortning af ressourceforløb – business case",
        Subtitle => "Norddjurs-modellen: hvad koster og sparer det at afkorte ressourceforløb?",
        Language => "Sprog",
        Undo => "Fortryd",
        Redo => "Gentag",
        UndoHint => "Ctrl+Z fortryder en ændring, Ctrl+Shift+Z eller Ctrl+Y gentager. Står markøren i et felt, fortryder Ctrl+Z skrivningen i feltet.",
        Preset => "Forudindstilling",
        ResetToPreset => "Nulstil til forudindstilling",
        ResetShort => "Nulstil",
        ResetQuestion => "Nulstil til forudindstillingen?",
        ResetExplanation => "Alle jeres ændringer erstattes af forudindstillingens tal. Det kan fortrydes med Fortryd.",
        ConfirmReset => "Ja, nulstil",
        CancelReset => "Annuller",
        Inputs => "Forudsætninger",
        Results => "Resultat",
        CaseGroups => "Sagsgrupper",
        GroupLabel => "Navn på gruppen",
        AddGroup => "Tilføj sagsgruppe",
        DuplicateGroup => "Kopiér",
        RemoveGroup => "Fjern",
        Review => "Gennemgangen",
        Timing => "Tidspunkt for overgang",
        TimingKind => "Sagerne overgår",
        TimingEven => "jævnt over en periode",
        TimingFromMonth => "alle i én måned",
        Rfy => "Ressourceforløbsydelse (spares)",
        Fp => "Førtidspension (betales i stedet)",
        Indsats => "Indsats (spares)",
        Counterfactual => "Hvis forløbet var kørt til ende",
        Destinations => "Hvor de bevilgede sager går hen",
        Instead => "Ellers ville de have fået",
        InsteadKontanthjaelp => "Kontanthjælp",
        InsteadFleksjob => "Fleksjob",
        InsteadJob => "Job (ingen ydelse)",
        InsteadTyped => "Eget beløb",
        Lasting => "Forskellen varer",
        LastingMonthsChoice => "Et antal måneder",
        LastingUntilHorizon => "Til periodens slutning og derefter",
        LastingHelp => "Fx 48 år til folkepension ved 67: 228 måneder.",
        CostLines => "Øvrige udgifter og investeringer",
        CostLinesHelp => "Gennemgangens egne udgifter (fx helbredsrådgivning, sagsbehandling) og andre investeringer, ud over frikøbet.",
        NoCostLines => "Ingen udgiftslinjer.",
        AddCostLine => "Tilføj udgiftslinje",
        RemoveCostLine => "Fjern",
        CostLabel => "Betegnelse",
        CostAmount => "Beløb",
        CostBasis => "Beregnes",
        CostPerReviewedCase => "Pr. gennemgået sag",
        CostPerCasePutForward => "Pr. indstillet sag",
        CostPerShortenedCase => "Pr. afkortet sag",
        CostMonthly => "Månedligt i en periode",
        CostOneOff => "Engangsbeløb",
        CostFromMonth => "Fra måned",
        CostMonths => "Antal måneder",
        CostMonth => "I måned",
        CostStatePct => "Statens andel",
        CostStatePctHelp => "0 % = kommunens egen udgift.",
        RateYear => "Sats fra år",
        OwnRate => "Egen sats",
        RfyStatus => "Forsørgerstatus",
        FpStatus => "Civilstand",
        Forsorger => "forsørger",
        IkkeForsorger => "ikke-forsørger",
        Enlig => "enlig",
        GiftSamlevende => "gift/samlevende",
        TableItem => "Sats",
        Ledighedsydelse => "ledighedsydelse",
        MaxFlekslontilskud => "maksimalt fleksløntilskud",
        ForhojetSats => "forhøjet sats",
        Grundsats => "grundsats",
        UseTrappe => "Brug refusionstrappen",
        UseYearRule => "Brug reglen for året",
        Investment => "Investeringen: frikøb af medarbejder",
        HorizonPerspective => "Periode og perspektiv",
        IncludeIncomeTax => "Medregn kommuneskat af ydelserne",
        IncludeIncomeTaxHelp => "En højere ydelse giver kommunen mere i indkomstskat. Business cases udelader det normalt.",
        Source => "Kilde",
        NotVerified => "ikke verificeret (skøn)",
        UnnamedFile => "scenarie",
        IndexedFrom => "Ingen sats for året endnu: reguleret fra satsen for",
        YearEstimate => "skøn",
        YearIndexedFrom => "skøn: reguleret fra",
        NotANumber => "Ikke et tal (skriv fx 1.234,50)",
        Empty => "Feltet er tomt",
        StaleNotice => "Ikke opdateret: resultatet er fra de sidste gyldige tal. Ret de markerede felter.",
        OtherErrors => "Andre problemer",
        Breakdown => "Fordeling pr. år og post",
        BreakdownCaption => "Beløb i kr. Besparelser er positive, udgifter negative.",
        LineItem => "Post",
        Kommune => "Kommune",
        Stat => "Stat",
        Total => "I alt",
        Net => "Netto",
        TotalHorizon => "Hele perioden",
        NetTotal => "Netto – hele perioden",
        Months => "måneder",
        PerCase => "Pr. sag",
        CasesShortened => "Sager afkortet i perioden",
        CaseMonths => "Sagsmåneder med pension i stedet for ydelse",
        NetPerCase => "Netto for kommunen pr. sag",
        SwingPerCaseMonth => "Ydelser og indsats pr. sagsmåned (kommunens andel)",
        CostPerCase => "Frikøb og sagsbehandling pr. sag",
        Npv => "Nutidsværdi for kommunen",
        Payback => "Tilbagebetaling",
        NoPayback => "Tilbagebetales ikke inden for perioden",
        Warnings => "Bemærk",
        Chart => "Netto pr. år og akkumuleret",
        ChartDesc => "Søjler: kommunens netto pr. kalenderår. Linje: akkumuleret netto ved årets udgang.",
        ChartNet => "Netto pr. år",
        ChartCumulative => "Akkumuleret",
        BreakEvenIndsats => "For at gå i nul skal den sparede indsats i første gruppe være",
        BreakEvenNone => "Ingen sparet indsats inden for de tilladte værdier får resultatet i nul.",
        StorageUnavailable => "Browserens lager er ikke tilgængeligt, så jeres arbejde gemmes ikke automatisk. Beregneren virker stadig.",
        StorageFull => "Browserens lager er fuldt eller afviser at gemme. Jeres seneste ændringer er ikke gemt; beregneren virker stadig.",
        StorageCorrupt => "Det gemte scenarie kunne ikke læses, så vi startede fra forudindstillingen. En kopi af det gemte ligger i browserens lager under nøglen",
        Dismiss => "Luk",
        PresetStory => "Om forudindstillingen",
        StoryTitle => "Historien: påstanden, det realistiske og 2026",
        StoryOpen => "Åbn",
        ReportKind => "Business case: afkortning af ressourceforløb (Norddjurs-modellen)",
        ReportPeriod => "Periode",
        StoryShown => "Vises nu",
        NotApplicable => "–",
        Saving => "besparelse",
        ExtraCost => "merudgift",
        HeadlineContext => "Nettoresultat for kommunen over perioden",
        NoResult => "Ingen beregning endnu",
        NoResultInvalid => "Intet resultat: ret de markerede felter.",
        LoadingCalculator => "Beregneren indlæses …",
        LoadFailed => "Beregneren kunne ikke starte.",
        LoadFailedFiles => "Dens filer kunne ikke hentes eller startes, fx fordi forbindelsen blev afbrudt.",
        LoadFailedNoWasm => "Denne browser kan ikke køre WebAssembly, som beregneren bygger på. Åbn siden i en nyere udgave af Edge, Chrome, Firefox eller Safari.",
        LoadFailedWhatToDo => "Genindlæs siden for at prøve igen. Det, du har gemt, ligger stadig i denne browser.",
        Reload => "Genindlæs",
        KeyboardHelp => "Tastatur",
        Scenarios => "Scenarier",
        ScenarioName => "Navn på scenariet",
        NewScenario => "Nyt scenarie",
        DuplicateScenario => "Kopiér scenariet",
        DeleteScenario => "Slet scenariet",
        DeleteQuestion => "Slet scenariet",
        DeleteExplanation => "Det kan ikke fortrydes. De andre scenarier berøres ikke.",
        ConfirmDelete => "Ja, slet",
        Compare => "Sammenlign",
        CompareTitle => "Scenarier side om side",
        ComparePick => "Vælg mindst to scenarier at sammenligne. Det første er udgangspunktet.",
        CompareInputs => "Forudsætninger, der er forskellige",
        CompareTexts => "Kilder og tekster, der er forskellige",
        CompareSame => "Ingen tal eller valg er forskellige.",
        CompareResults => "Resultater og forskelle",
        CompareResultsCaption => "Forskel i forhold til det første scenarie, i kr. og i procent.",
        ChoiceTable => "Tabellen",
        ChoiceTrappe => "Refusionstrappen",
        ChoiceYearRule => "Årets regel",
        ChoiceOwn => "Egen",
        ChoicePublished => "Offentliggjorte stigninger, derefter egen antagelse",
        ChoiceAssumptionOnly => "Kun egen antagelse",
        Difference => "Forskel",
        Input => "Forudsætning",
        Share => "Del og eksportér",
        CopyLink => "Kopiér link",
        LinkText => "Link til scenariet",
        LinkTextComparison => "Link til sammenligningen",
        LinkCopied => "Link kopieret",
        LinkCopyFailed => "Kunne ikke kopiere automatisk: linket er markeret i feltet – kopiér det med Ctrl+C.",
        LinkPrivacy => "Hele scenariet står i linket efter #, som aldrig sendes til en server.",
        QrCode => "QR-kode med linket",
        QrTooLong => "Linket er for langt til en QR-kode. Del det som tekst.",
        ShowLargeQr => "Vis stor QR-kode",
        QrTooDenseSmall => "Linket er for langt til en lille QR-kode, der kan scannes: vis den stor.",
        QrTooDenseScreen => "Skærmen er for lille til, at QR-koden for dette link kan scannes. Del linket som tekst:",
        Close => "Luk",
        ExportJson => "Gem som fil (JSON)",
        ImportJson => "Åbn fil (JSON)",
        ExportCsv => "Hent tal til Excel (CSV)",
        Print => "Udskriv / PDF",
        OpenedFromLink => "Åbnet fra et link og lagt ved siden af jeres egne scenarier:",
        LinkFailed => "Linket kunne ikke åbnes. Intet er ændret.",
        Imported => "Importeret og lagt ved siden af jeres egne scenarier:",
        ImportFailed => "Filen kunne ikke åbnes. Intet er ændret. Problemer:",
        ImportProblems => "Filen er åbnet, men disse værdier er ikke tilladte (markeret i felterne):",
        Assumptions => "Forudsætninger og kilder",
        Yes => "ja",
        No => "nej",
        Value => "Værdi",
    }
}

/// Decision support's fixed texts.
pub fn dt(key: D) -> &'static str {
    use D::*;
    match key {
        Title => "Beslutningsstøtte",
        GoalTitle => "Hvad skal vi tro på?",
        GoalIntro => "Vælg et tal og et mål for kommunens netto; beregneren finder den værdi, tallet skal have, alt andet uændret.",
        GoalInput => "Tal",
        GoalTarget => "Mål for kommunens netto (kr.)",
        GoalNeeded => "Nødvendig værdi",
        GoalNow => "I dag",
        GoalGap => "Forskel",
        GoalGives => "Giver netto",
        GoalNoResult => "Intet svar: ret de markerede felter eller skriv et mål som et tal.",
        TornadoTitle => "Hvad betyder mest?",
        TornadoIntro => "Kommunens netto, når hvert tal flyttes til sin lave og høje værdi (spændet fra kilderne, jeres eget eller ±20 %), alt andet uændret. Største udsving øverst.",
        SpreadSources => "spænd fra kilderne",
        SpreadYours => "jeres spænd",
        SpreadDefault => "±20 %",
        TornadoZero => "Nul (break-even)",
        TornadoToday => "Resultat i dag",
        RangesTitle => "Intervaller: lav, sandsynlig, høj",
        RangesIntro => "Bruges af tornadoen og simuleringen og gemmes i scenariet. Tom sandsynlig værdi = værdien i dag.",
        Low => "Lav",
        Likely => "Sandsynlig",
        High => "Høj",
        AddRange => "Tilføj interval for",
        Add => "Tilføj",
        Remove => "Fjern",
        UncertaintyTitle => "Hvor sikre er vi?",
        UncertaintyIntro => "Valgfrit. Simuleringen trækker hvert tal med et interval mange gange fra en trekantfordeling (lav, sandsynlig, høj) og beregner kommunens netto for hver trækning. Resultatet er sandsynligheden for en besparelse og spændet: 10 % af trækningerne ligger under P10, halvdelen under P50 og 90 % under P90. Samme seed og antal trækninger giver altid samme tal, så andre kan gentage beregningen.",
        Seed => "Seed (startværdi)",
        Draws => "Antal trækninger",
        Run => "Kør simulering",
        Stop => "Stop",
        Running => "Kører",
        Probability => "Sandsynlighed for besparelse",
        P10 => "P10",
        P50 => "P50 (median)",
        P90 => "P90",
        ResultStale => "Resultatet hører til tidligere tal. Kør simuleringen igen.",
        Histogram => "Fordeling af kommunens netto",
        MeetingOpen => "Mødevisning",
        MeetingBack => "Tilbage",
        MeetingReset => "Nulstil skydere",
        MeetingHint => "Piletaster flytter en skyder; Esc går tilbage.",
        MeetingPick => "Skydere i mødevisningen (3–5; ingen valgt: de øverste i tornadoen)",
        Working => "Vis udregningen",
        WorkingItems => "Udregning pr. post",
    }
}

/// A field's label, by its id: a new field does not compile without one.
pub fn field_label(key: Field) -> &'static str {
    use Field::*;
    match key {
        HorizonMonths => "Periode",
        StartYear => "Startår",
        StartMonth => "Startmåned",
        CasesReviewed => "Sager gennemgået",
        CasesShortened => "Sager afkortet",
        MonthsShortened => "Afkortning pr. sag",
        TimingFromMonth => "Første overgang i måned",
        TimingOverMonths => "Spredt over",
        TimingMonth => "Overgang i måned",
        RfyMonthly => "Ydelse pr. måned (brutto)",
        RfyRefusionPct => "Statens refusion",
        RfyWeeks => "Uger på offentlig forsørgelse",
        IndsatsMonthly => "Sparet indsats pr. sagsmåned",
        IndsatsRefusionPct => "Statens refusion",
        FpMonthly => "Pension pr. måned (brutto)",
        FpRefusionPct => "Statens refusion",
        FpWeeks => "Uger på offentlig forsørgelse",
        HandlingPerCase => "Sagsbehandling pr. afkortet sag",
        GrantedPct => "Andel bevilget",
        MonthsLeft => "Måneder tilbage i forløbet",
        FleksjobPct => "Andel til fleksjob / ledighedsydelse",
        FleksjobMonthly => "Fleksløntilskud / ledighedsydelse pr. måned",
        FleksjobRefusionPct => "Statens refusion (fleksjob)",
        KontanthjaelpPct => "Andel til kontanthjælp",
        KontanthjaelpMonthly => "Kontanthjælp pr. måned",
        KontanthjaelpRefusionPct => "Statens refusion (kontanthjælp)",
        JobPct => "Andel til job eller uddannelse",
        AnywayPct => "Andel, der ville være nået samme sted hen alligevel",
        InsteadMonthly => "Anden ydelse pr. måned (brutto)",
        InsteadRefusionPct => "Statens refusion af den anden ydelse",
        LastingMonths => "Varig forskel, måneder efter forløbet",
        HoursPerWeek => "Frikøbte timer pr. uge",
        FullTimeHours => "Fuld tid",
        AnnualCost => "Årsudgift til en fuldtidsstilling",
        OverheadPct => "Overhead",
        InvestmentMonths => "Frikøbets varighed",
        InvestmentFromMonth => "Frikøbet starter i måned",
        IncomeTaxPct => "Kommuneskat",
        DiscountPct => "Diskonteringsrente pr. år",
        RateAdjustmentPct => "Årlig regulering af beløb",
    }
}

/// A field's one-line help text.
pub fn field_help(key: Field) -> &'static str {
    use Field::*;
    match key {
        HorizonMonths => "Hvor mange måneder business casen dækker fra startmåneden.",
        StartYear => "Første kalenderår; bestemmer bl.a. refusionsreglen for indsats.",
        StartMonth => "Første måned i perioden (1 = januar).",
        CasesReviewed => "Antal ressourceforløb, der gennemgås.",
        CasesShortened => "Heraf sager, der afsluttes før tid og overgår til førtidspension.",
        MonthsShortened => "Gennemsnitligt antal måneder, hvert forløb forkortes med.",
        TimingFromMonth => "Måned i perioden, hvor de første sager overgår (1 = første).",
        TimingOverMonths => "Sagerne overgår jævnt fordelt over så mange måneder.",
        TimingMonth => "Måned i perioden, hvor alle sagerne overgår.",
        RfyMonthly => "Vælg år og status, eller skriv jeres egen sats.",
        RfyRefusionPct => "Den andel staten betaler; skriv et tal for at tilsidesætte trappen.",
        RfyWeeks => "Bestemmer trinnet på refusionstrappen (efter uge 52: 20 %).",
        IndsatsMonthly => {
            "Mentor, praktik, behandling m.m. pr. borger pr. måned – det omstridte tal."
        }
        IndsatsRefusionPct => {
            "50 % til og med 2021, 0 % fra 2022; skriv et tal for at tilsidesætte."
        }
        FpMonthly => "Vælg år og civilstand, eller skriv jeres egen sats.",
        FpRefusionPct => "Den andel staten betaler; skriv et tal for at tilsidesætte trappen.",
        FpWeeks => "Bestemmer trinnet på refusionstrappen (efter uge 52: 20 %).",
        HandlingPerCase => "Engangsudgift pr. sag, fx til at forberede pensionssagen.",
        GrantedPct => "Andel af de indstillede sager, der bevilges; de øvrige fortsætter i forløbet, men sagsbehandlingen er brugt (Norddjurs 2018: 53 af 106 = 50 %).",
        MonthsLeft => "Hvor mange måneder forløbet har tilbage i gennemsnit; afkortningen kan ikke være længere. Tom: intet loft.",
        FleksjobPct => "Andel af de bevilgede sager, der går til fleksjob eller ledighedsydelse (landsplan 2018: ca. 25 % af afsluttede forløb).",
        FleksjobMonthly => "Vælg år og ydelse (ledighedsydelse eller højeste fleksløntilskud), eller skriv jeres eget beløb. Standard: ledighedsydelse 2026 = 89 % af maksimale dagpenge (19.616 kr., udledt); et typisk fleksløntilskud er lidt lavere.",
        FleksjobRefusionPct => "Refusionstrappen efter uge 52: 20 %; skriv et tal for at tilsidesætte.",
        KontanthjaelpPct => "Andel af de bevilgede sager, der går til kontanthjælp.",
        KontanthjaelpMonthly => "Vælg år og sats (forhøjet sats eller grundsats), eller skriv jeres eget beløb. Standard: forhøjet sats 2026, skøn 13.061 kr. (2024-niveau 12.064 × 1,036 × 1,045).",
        KontanthjaelpRefusionPct => "Refusionstrappen efter uge 52: 20 %; skriv et tal for at tilsidesætte.",
        JobPct => "Andel af de bevilgede sager, der går til job eller uddannelse uden offentlig ydelse (landsplan 2018: 4 %).",
        AnywayPct => "Andel af de bevilgede sager, der ville være nået samme sted hen, da forløbet sluttede. Norddjurs-modellen forudsætter 100 %; landsplan 2018 endte 56 % af forløbene i førtidspension.",
        InsteadMonthly => "Hvad de øvrige ville have fået efter forløbet, brutto pr. måned.",
        InsteadRefusionPct => "Den andel staten betaler af den anden ydelse (trappen efter uge 52: 20 %).",
        LastingMonths => "Hvor længe forskellen varer, efter forløbet ville være slut, fx til folkepensionsalderen: en 48-årig til 67 år = 228 måneder.",
        HoursPerWeek => "Timer om ugen, medarbejderen frikøbes til gennemgangen.",
        FullTimeHours => "Normtimer for en fuldtidsstilling.",
        AnnualCost => "Arbejdsgiverens årlige udgift inkl. pension.",
        OverheadPct => "Tillæg for ledelse, lokaler, IT m.m.",
        InvestmentMonths => "Hvor mange måneder frikøbet løber.",
        InvestmentFromMonth => "Måned i perioden, hvor frikøbet begynder.",
        IncomeTaxPct => "Kommunal indkomstskat af forskellen mellem pension og ydelse.",
        DiscountPct => "0 = ingen diskontering; ellers vises nutidsværdien.",
        RateAdjustmentPct => "Regulering af alle beløb pr. år efter startåret.",
    }
}

/// How a source kind is named next to a figure.
pub fn source_kind(key: SourceKind) -> &'static str {
    use SourceKind::*;
    match key {
        SeedMemo => "Notatet (Norddjurs)",
        Published => "Offentliggjort",
        Derived => "Afledt",
        Assumption => "Antagelse",
        User => "Indtastet af bruger",
    }
}

// ---------------------------------------------------------------------------
// "Vis udregningen" (`engine::working`)

/// What a number in a formula stands for.
pub fn meaning(meaning: Meaning) -> String {
    let text = match meaning {
        Meaning::CaseMonths => {
            "afkortede sagsmåneder (ydelse efter forløbet i stedet for ressourceforløb)"
        }
        Meaning::CasesMoved => "sager, der overgår",
        Meaning::DestinationCaseMonths(p) => {
            return format!("afkortede sagsmåneder med {}", paid(p))
        }
        Meaning::CasesReviewed => "gennemgåede sager",
        Meaning::CasesPutForward => "indstillede sager (bevilget eller ej)",
        Meaning::LastingCaseMonths => {
            "sagsmåneder efter de afkortede måneder, hvor ydelsen afløser en anden ydelse"
        }
        Meaning::LastingDestinationCaseMonths(p) => {
            return format!("varige sagsmåneder med {}", paid(p))
        }
        Meaning::Monthly(p) => return format!("{} pr. måned", paid(p)),
        Meaning::KommuneShare(p) => {
            return format!("kommunens andel af {} (100 % − refusion)", paid(p))
        }
        Meaning::CostAmount => "udgift pr. enhed",
        Meaning::CostKommuneShare => "kommunens andel af udgiften (100 % − statens andel)",
        Meaning::CostMonths => "måneder med udgiften",
        Meaning::PerCount(item) => {
            return format!(
                "{} pr. enhed, kommunens andel",
                line_item(item).to_lowercase()
            )
        }
        Meaning::RfyMonthly => "ressourceforløbsydelse pr. måned",
        Meaning::IndsatsMonthly => "indsats pr. måned",
        Meaning::FpMonthly => "førtidspension pr. måned",
        Meaning::HandlingPerCase => "sagsbehandling pr. sag",
        Meaning::RfyKommuneShare => "kommunens andel af ressourceforløbsydelsen (100 % − refusion)",
        Meaning::IndsatsKommuneShare => "kommunens andel af indsatsen (100 % − refusion)",
        Meaning::FpKommuneShare => "kommunens andel af førtidspensionen (100 % − refusion)",
        Meaning::IncomeTaxPct => "kommuneskat",
        Meaning::Adjustment => "årlig regulering, akkumuleret til dette år",
        Meaning::RfyPerCaseMonth => "sparet ressourceforløbsydelse pr. sagsmåned, kommunens andel",
        Meaning::IndsatsPerCaseMonth => "sparet indsats pr. sagsmåned, kommunens andel",
        Meaning::FpPerCaseMonth => "førtidspension pr. sagsmåned, kommunens andel",
        Meaning::TaxPerCaseMonth => "kommuneskat af forskellen mellem ydelserne pr. sagsmåned",
        Meaning::HandlingAdjusted => "sagsbehandling pr. sag, reguleret",
        Meaning::HoursPerWeek => "frikøbte timer pr. uge",
        Meaning::FullTimeHours => "timer pr. uge på fuld tid",
        Meaning::AnnualCost => "årsløn for en fuldtidsstilling",
        Meaning::Whole => "hele beløbet",
        Meaning::OverheadPct => "overhead",
        Meaning::BuyoutMonths => "måneder med frikøb",
        Meaning::MonthsPerYear => "måneder pr. år",
        Meaning::LineResult(i) => return format!("resultatet af linje {}", i + 1),
        Meaning::ItemTotal(item) => line_item(item),
        Meaning::Rounding => "afrunding: de afrundede dele giver ikke præcis den afrundede sum",
        Meaning::Nothing => "intet at lægge sammen",
    };
    text.to_string()
}

/// The word after a count in a formula: `45 sagsmåneder`, `1 sag`.
pub fn counted(unit: WorkingUnit, one: bool) -> &'static str {
    match (unit, one) {
        (WorkingUnit::CaseMonths, true) => "sagsmåned",
        (WorkingUnit::CaseMonths, false) => "sagsmåneder",
        (WorkingUnit::Cases, true) => "sag",
        (WorkingUnit::Cases, false) => "sager",
        (WorkingUnit::Plain | WorkingUnit::Pct, _) => "",
    }
}

/// The word in front of a rounding term: `afrunding 0,01`.
pub fn rounding() -> &'static str {
    "afrunding"
}

pub fn caption(caption: &Caption) -> String {
    match caption {
        Caption::Net => "Netto for kommunen".into(),
        Caption::Item(item) => line_item(*item).into(),
        Caption::Group {
            group,
            label,
            first,
            last,
        } => format!(
            "Gruppe {}{}, {}",
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
            "Udgiftslinje {}{}, {}",
            line + 1,
            named(label),
            years(*first, *last)
        ),
        Caption::Buyout { first, last } => format!("Frikøb {}", years(*first, *last)),
        Caption::Total => "I alt".into(),
        Caption::TaxNotCounted => "Kommuneskat af ydelserne er ikke medregnet".into(),
        Caption::NoBuyout => "Intet frikøb i perioden".into(),
        Caption::NoAmounts => "Ingen beløb i perioden".into(),
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
        BenefitKind::Rfy => "Ressourceforløbsydelse",
        BenefitKind::Fp => "Førtidspension",
        BenefitKind::Fleksjob => "Fleksjob / ledighedsydelse",
        BenefitKind::Kontanthjaelp => "Kontanthjælp",
        BenefitKind::Instead => "Anden ydelse",
    };
    match setting {
        Setting::Name => "Navn på scenariet".into(),
        Setting::Description => "Beskrivelse".into(),
        Setting::GroupCount => "Antal sagsgrupper".into(),
        Setting::GroupLabel(_) => "Navn på gruppen".into(),
        Setting::TimingKind(_) => "Sagerne overgår".into(),
        Setting::RateSource(_, b) => format!("{}: sats fra tabellen eller egen sats", benefit(b)),
        Setting::RateYear(_, b) => format!("{}: sats fra år", benefit(b)),
        Setting::RateStatus(_, BenefitKind::Rfy) => {
            "Ressourceforløbsydelse: forsørgerstatus".into()
        }
        Setting::RateStatus(_, b @ (BenefitKind::Fleksjob | BenefitKind::Kontanthjaelp)) => {
            format!("{}: sats i tabellen", benefit(b))
        }
        Setting::RateStatus(_, b) => format!("{}: civilstand", benefit(b)),
        Setting::RefusionSource(_, Refunded::Rfy) => {
            "Ressourceforløbsydelse: refusionstrappen eller egen refusion".into()
        }
        Setting::RefusionSource(_, Refunded::Fp) => {
            "Førtidspension: refusionstrappen eller egen refusion".into()
        }
        Setting::RefusionSource(_, Refunded::Indsats) => {
            "Indsats: årets refusionsregel eller egen refusion".into()
        }
        Setting::RefusionSource(_, Refunded::Fleksjob) => {
            "Fleksjob / ledighedsydelse: refusionstrappen eller egen refusion".into()
        }
        Setting::RefusionSource(_, Refunded::Kontanthjaelp) => {
            "Kontanthjælp: refusionstrappen eller egen refusion".into()
        }
        Setting::RefusionSource(_, Refunded::Instead) => {
            "Anden ydelse: refusionstrappen eller egen refusion".into()
        }
        Setting::InsteadKind(_) => "Ellers ville de have fået".into(),
        Setting::LastingKind(_) => "Forskellen varer".into(),
        Setting::CostLineCount => "Antal udgiftslinjer".into(),
        Setting::CostLine(i, part) => format!(
            "Udgiftslinje {}: {}",
            i + 1,
            match part {
                CostLinePart::Label => "navn",
                CostLinePart::Figure(CostPart::Amount) => "beløb",
                CostLinePart::BasisKind => "opgøres",
                CostLinePart::Figure(CostPart::FromMonth) => "fra måned",
                CostLinePart::Figure(CostPart::Months) => "antal måneder",
                CostLinePart::Figure(CostPart::Month) => "i måned",
                CostLinePart::Figure(CostPart::StatePct) => "statens andel",
            }
        ),
        Setting::IncludeIncomeTax => "Kommuneskat af ydelserne medregnet".into(),
        Setting::Indexing => {
            "Regulering af beløb: offentliggjorte stigninger eller kun egen antagelse".into()
        }
        Setting::Range(i, part) => format!(
            "Interval {}: {}",
            i + 1,
            match part {
                RangePart::Input => "felt",
                RangePart::Low => "lav",
                RangePart::Likely => "sandsynlig",
                RangePart::High => "høj",
            }
        ),
        Setting::Source(_, part) => format!(
            "Kilde til {figure}: {}",
            match part {
                SourcePart::Kind => "type",
                SourcePart::Text => "tekst",
                SourcePart::TextEn => "engelsk tekst",
            }
        ),
    }
}

/// Who is paid a benefit, as the working names it.
pub fn paid(p: Paid) -> &'static str {
    match p {
        Paid::Fp => "førtidspension",
        Paid::Fleksjob => "fleksjob / ledighedsydelse",
        Paid::Kontanthjaelp => "kontanthjælp",
        Paid::Job => "job (ingen ydelse)",
        Paid::Typed => "anden ydelse",
    }
}

/// Where a problem is, in a comparison: "Scenarie 2".
pub fn scenario_place(number: usize) -> String {
    format!("Scenarie {number}")
}

/// A case group by its own name, or by its number when it has none.
pub fn group_place(number: usize, name: &str) -> String {
    if name.trim().is_empty() {
        format!("Gruppe {number}")
    } else {
        format!("Gruppe «{name}»")
    }
}

pub fn document_place(place: DocumentPlace) -> &'static str {
    match place {
        DocumentPlace::Version => "Formatversionen",
        DocumentPlace::Sources => "Kilderne",
    }
}

/// A figure's source note as a whole.
pub fn source_of(figure: &str) -> String {
    format!("Kilde til {figure}")
}
