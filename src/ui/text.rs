//! Every string the UI shows, in Danish and English, in one place. Danish
//! first. Engine messages (validation, warnings, line items) come from the
//! engine in the current language; everything else is here.

use crate::engine::inputs::Field;
use crate::engine::scenario::SourceKind;
use crate::lang::Lang;

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
    RateYear,
    OwnRate,
    RfyStatus,
    FpStatus,
    Forsorger,
    IkkeForsorger,
    Enlig,
    GiftSamlevende,
    UseTrappe,
    UseYearRule,
    Investment,
    HorizonPerspective,
    IncludeIncomeTax,
    IncludeIncomeTaxHelp,
    Source,
    NotVerified,
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
    NotApplicable,
    Saving,
    ExtraCost,
    HeadlineContext,
    NoResult,
    LoadingCalculator,
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
    CompareInputs,
    CompareInputsCaption,
    CompareResults,
    CompareResultsCaption,
    Differs,
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
    use T::*;
    let (da, en) = match key {
        Title => ("Afkortning af ressourceforløb – business case", "Shortening resource courses – business case"),
        Subtitle => ("Norddjurs-modellen: hvad koster og sparer det at afkorte ressourceforløb?", "The Norddjurs model: what does shortening resource courses cost and save?"),
        Language => ("Sprog", "Language"),
        Undo => ("Fortryd", "Undo"),
        Redo => ("Gentag", "Redo"),
        UndoHint => ("Ctrl+Z fortryder en ændring, Ctrl+Shift+Z eller Ctrl+Y gentager. Står markøren i et felt, fortryder Ctrl+Z skrivningen i feltet.", "Ctrl+Z undoes a change, Ctrl+Shift+Z or Ctrl+Y redoes. In a text box, Ctrl+Z undoes the typing in that box."),
        Preset => ("Forudindstilling", "Preset"),
        ResetToPreset => ("Nulstil til forudindstilling", "Reset to preset"),
        ResetQuestion => ("Nulstil til forudindstillingen?", "Reset to the preset?"),
        ResetExplanation => ("Alle jeres ændringer erstattes af forudindstillingens tal. Det kan fortrydes med Fortryd.", "All your changes are replaced by the preset's figures. You can undo it with Undo."),
        ConfirmReset => ("Ja, nulstil", "Yes, reset"),
        CancelReset => ("Annuller", "Cancel"),
        Inputs => ("Forudsætninger", "Inputs"),
        Results => ("Resultat", "Results"),
        CaseGroups => ("Sagsgrupper", "Case groups"),
        GroupLabel => ("Navn på gruppen", "Group name"),
        AddGroup => ("Tilføj sagsgruppe", "Add case group"),
        DuplicateGroup => ("Kopiér", "Duplicate"),
        RemoveGroup => ("Fjern", "Remove"),
        Review => ("Gennemgangen", "The review"),
        Timing => ("Tidspunkt for overgang", "Timing of the move"),
        TimingKind => ("Sagerne overgår", "Cases move"),
        TimingEven => ("jævnt over en periode", "evenly over a period"),
        TimingFromMonth => ("alle i én måned", "all in one month"),
        Rfy => ("Ressourceforløbsydelse (spares)", "Resource-course benefit (saved)"),
        Fp => ("Førtidspension (betales i stedet)", "Early pension (paid instead)"),
        Indsats => ("Indsats (spares)", "Efforts – indsats (saved)"),
        RateYear => ("Sats fra år", "Rate from year"),
        OwnRate => ("Egen sats", "Own rate"),
        RfyStatus => ("Forsørgerstatus", "Provider status"),
        FpStatus => ("Civilstand", "Civil status"),
        Forsorger => ("forsørger", "provider (has children)"),
        IkkeForsorger => ("ikke-forsørger", "not a provider"),
        Enlig => ("enlig", "single"),
        GiftSamlevende => ("gift/samlevende", "married/cohabiting"),
        UseTrappe => ("Brug refusionstrappen", "Use the refusion ladder"),
        UseYearRule => ("Brug reglen for året", "Use the rule for the year"),
        Investment => ("Investeringen: frikøb af medarbejder", "The investment: caseworker buy-out"),
        HorizonPerspective => ("Periode og perspektiv", "Horizon and perspective"),
        IncludeIncomeTax => ("Medregn kommuneskat af ydelserne", "Count municipal tax on the benefits"),
        IncludeIncomeTaxHelp => ("En højere ydelse giver kommunen mere i indkomstskat. Business cases udelader det normalt.", "A higher benefit brings the municipality more income tax. Business cases usually leave it out."),
        Source => ("Kilde", "Source"),
        NotVerified => ("ikke verificeret (skøn)", "not verified (estimate)"),
        IndexedFrom => ("Ingen sats for året endnu: reguleret fra satsen for", "No rate for the year yet: indexed from the rate for"),
        YearEstimate => ("skøn", "estimate"),
        YearIndexedFrom => ("skøn: reguleret fra", "estimate: indexed from"),
        NotANumber => ("Ikke et tal (skriv fx 1.234,50)", "Not a number (type e.g. 1,234.50)"),
        Empty => ("Feltet er tomt", "The field is empty"),
        StaleNotice => ("Ikke opdateret: resultatet er fra de sidste gyldige tal. Ret de markerede felter.", "Not updated: the result is from the last valid figures. Correct the marked fields."),
        OtherErrors => ("Andre problemer", "Other problems"),
        Breakdown => ("Fordeling pr. år og post", "Breakdown by year and item"),
        BreakdownCaption => ("Beløb i kr. Besparelser er positive, udgifter negative.", "Amounts in kr. Savings are positive, costs negative."),
        LineItem => ("Post", "Item"),
        Kommune => ("Kommune", "Municipality"),
        Stat => ("Stat", "State"),
        Total => ("I alt", "Total"),
        Net => ("Netto", "Net"),
        TotalHorizon => ("Hele perioden", "Whole horizon"),
        NetTotal => ("Netto – hele perioden", "Net – whole horizon"),
        Months => ("måneder", "months"),
        PerCase => ("Pr. sag", "Per case"),
        CasesShortened => ("Sager afkortet i perioden", "Cases shortened within the horizon"),
        CaseMonths => ("Sagsmåneder med pension i stedet for ydelse", "Case-months of pension instead of benefit"),
        NetPerCase => ("Netto for kommunen pr. sag", "Net for the municipality per case"),
        SwingPerCaseMonth => ("Ydelser og indsats pr. sagsmåned (kommunens andel)", "Benefits and indsats per case-month (municipal share)"),
        CostPerCase => ("Frikøb og sagsbehandling pr. sag", "Buy-out and handling per case"),
        Npv => ("Nutidsværdi for kommunen", "Net present value for the municipality"),
        Payback => ("Tilbagebetaling", "Payback"),
        NoPayback => ("Tilbagebetales ikke inden for perioden", "Not paid back within the horizon"),
        Warnings => ("Bemærk", "Note"),
        Chart => ("Netto pr. år og akkumuleret", "Net per year and cumulative"),
        ChartDesc => ("Søjler: kommunens netto pr. kalenderår. Linje: akkumuleret netto ved årets udgang.", "Bars: the municipality's net per calendar year. Line: cumulative net at the end of each year."),
        ChartNet => ("Netto pr. år", "Net per year"),
        ChartCumulative => ("Akkumuleret", "Cumulative"),
        BreakEvenIndsats => ("For at gå i nul skal den sparede indsats i første gruppe være", "To break even, the indsats saved in the first group must be"),
        BreakEvenNone => ("Ingen sparet indsats inden for de tilladte værdier får resultatet i nul.", "No indsats saved within the allowed values brings the result to zero."),
        StorageUnavailable => ("Browserens lager er ikke tilgængeligt, så jeres arbejde gemmes ikke automatisk. Beregneren virker stadig.", "The browser's storage is unavailable, so your work is not saved automatically. The calculator still works."),
        StorageFull => ("Browserens lager er fuldt eller afviser at gemme. Jeres seneste ændringer er ikke gemt; beregneren virker stadig.", "The browser's storage is full or refuses to save. Your latest changes are not saved; the calculator still works."),
        StorageCorrupt => ("Det gemte scenarie kunne ikke læses, så vi startede fra forudindstillingen. En kopi af det gemte ligger i browserens lager under nøglen", "The saved scenario could not be read, so we started from the preset. A copy of what was saved is kept in the browser's storage under the key"),
        Dismiss => ("Luk", "Dismiss"),
        PresetStory => ("Om forudindstillingen", "About the preset"),
        NotApplicable => ("–", "–"),
        Saving => ("besparelse", "saving"),
        ExtraCost => ("merudgift", "extra cost"),
        HeadlineContext => ("Nettoresultat for kommunen over perioden", "Net result for the municipality over the horizon"),
        NoResult => ("Ingen beregning endnu", "No result yet"),
        LoadingCalculator => ("Beregneren indlæses …", "Loading the calculator …"),
        KeyboardHelp => ("Tastatur", "Keyboard"),
        Scenarios => ("Scenarier", "Scenarios"),
        ScenarioName => ("Navn på scenariet", "Scenario name"),
        NewScenario => ("Nyt scenarie", "New scenario"),
        DuplicateScenario => ("Kopiér scenariet", "Duplicate scenario"),
        DeleteScenario => ("Slet scenariet", "Delete scenario"),
        DeleteQuestion => ("Slet scenariet", "Delete the scenario"),
        DeleteExplanation => ("Det kan ikke fortrydes. De andre scenarier berøres ikke.", "This cannot be undone. The other scenarios are not affected."),
        ConfirmDelete => ("Ja, slet", "Yes, delete"),
        Compare => ("Sammenlign", "Compare"),
        CompareTitle => ("Scenarier side om side", "Scenarios side by side"),
        ComparePick => ("Vælg mindst to scenarier at sammenligne. Det første er udgangspunktet.", "Choose at least two scenarios to compare. The first is the baseline."),
        CompareInputs => ("Forudsætninger", "Inputs"),
        CompareInputsCaption => ("Forudsætninger, der er forskellige, er markeret med ≠.", "Inputs that differ are marked ≠."),
        CompareResults => ("Resultater og forskelle", "Results and differences"),
        CompareResultsCaption => ("Forskel i forhold til det første scenarie, i kr. og i procent.", "Difference from the first scenario, in kr. and per cent."),
        Differs => ("forskellig", "differs"),
        Difference => ("Forskel", "Difference"),
        Input => ("Forudsætning", "Input"),
        Share => ("Del og eksportér", "Share and export"),
        CopyLink => ("Kopiér link", "Copy link"),
        LinkText => ("Link til scenariet", "Link to the scenario"),
        LinkTextComparison => ("Link til sammenligningen", "Link to the comparison"),
        LinkCopied => ("Link kopieret", "Link copied"),
        LinkCopyFailed => ("Kunne ikke kopiere automatisk: linket er markeret i feltet – kopiér det med Ctrl+C.", "Could not copy automatically: the link is selected in the field – copy it with Ctrl+C."),
        LinkPrivacy => ("Hele scenariet står i linket efter #, som aldrig sendes til en server.", "The whole scenario is in the link after the #, which is never sent to a server."),
        QrCode => ("QR-kode med linket", "QR code of the link"),
        QrTooLong => ("Linket er for langt til en QR-kode. Del det som tekst.", "The link is too long for a QR code. Share it as text."),
        Close => ("Luk", "Close"),
        ExportJson => ("Gem som fil (JSON)", "Save as file (JSON)"),
        ImportJson => ("Åbn fil (JSON)", "Open file (JSON)"),
        ExportCsv => ("Hent tal til Excel (CSV)", "Download figures for Excel (CSV)"),
        Print => ("Udskriv / PDF", "Print / PDF"),
        OpenedFromLink => ("Åbnet fra et link og lagt ved siden af jeres egne scenarier:", "Opened from a link and added beside your own scenarios:"),
        LinkFailed => ("Linket kunne ikke åbnes. Intet er ændret.", "The link could not be opened. Nothing was changed."),
        Imported => ("Importeret og lagt ved siden af jeres egne scenarier:", "Imported and added beside your own scenarios:"),
        ImportFailed => ("Filen kunne ikke åbnes. Intet er ændret. Problemer:", "The file could not be opened. Nothing was changed. Problems:"),
        ImportProblems => ("Filen er åbnet, men disse værdier er ikke tilladte (markeret i felterne):", "The file was opened, but these values are not allowed (marked at the fields):"),
        Assumptions => ("Forudsætninger og kilder", "Assumptions and sources"),
        Yes => ("ja", "yes"),
        No => ("nej", "no"),
        Value => ("Værdi", "Value"),
    };
    lang.pick(da, en)
}

/// A field's label.
pub fn field_label(field: Field, lang: Lang) -> &'static str {
    use Field::*;
    let (da, en) = match field {
        HorizonMonths => ("Periode", "Horizon"),
        StartYear => ("Startår", "Start year"),
        StartMonth => ("Startmåned", "Start month"),
        CasesReviewed => ("Sager gennemgået", "Cases reviewed"),
        CasesShortened => ("Sager afkortet", "Cases shortened"),
        MonthsShortened => ("Afkortning pr. sag", "Shortened per case"),
        TimingFromMonth => ("Første overgang i måned", "First move in month"),
        TimingOverMonths => ("Spredt over", "Spread over"),
        TimingMonth => ("Overgang i måned", "Move in month"),
        RfyMonthly => ("Ydelse pr. måned (brutto)", "Benefit per month (gross)"),
        RfyRefusionPct => ("Statens refusion", "State refusion"),
        RfyWeeks => ("Uger på offentlig forsørgelse", "Weeks on public benefit"),
        IndsatsMonthly => (
            "Sparet indsats pr. sagsmåned",
            "Indsats saved per case-month",
        ),
        IndsatsRefusionPct => ("Statens refusion", "State refusion"),
        FpMonthly => ("Pension pr. måned (brutto)", "Pension per month (gross)"),
        FpRefusionPct => ("Statens refusion", "State refusion"),
        FpWeeks => ("Uger på offentlig forsørgelse", "Weeks on public benefit"),
        HandlingPerCase => (
            "Sagsbehandling pr. afkortet sag",
            "Handling per shortened case",
        ),
        HoursPerWeek => ("Frikøbte timer pr. uge", "Hours bought out per week"),
        FullTimeHours => ("Fuld tid", "Full time"),
        AnnualCost => (
            "Årsudgift til en fuldtidsstilling",
            "Annual cost of a full-time post",
        ),
        OverheadPct => ("Overhead", "Overhead"),
        InvestmentMonths => ("Frikøbets varighed", "Buy-out duration"),
        InvestmentFromMonth => ("Frikøbet starter i måned", "Buy-out starts in month"),
        IncomeTaxPct => ("Kommuneskat", "Municipal income tax"),
        DiscountPct => ("Diskonteringsrente pr. år", "Discount rate per year"),
        RateAdjustmentPct => ("Årlig regulering af beløb", "Yearly adjustment of amounts"),
    };
    lang.pick(da, en)
}

/// A field's one-line help text.
pub fn field_help(field: Field, lang: Lang) -> &'static str {
    use Field::*;
    let (da, en) = match field {
        HorizonMonths => (
            "Hvor mange måneder business casen dækker fra startmåneden.",
            "How many months the business case covers from the start month.",
        ),
        StartYear => (
            "Første kalenderår; bestemmer bl.a. refusionsreglen for indsats.",
            "First calendar year; sets e.g. the refusion rule for indsats.",
        ),
        StartMonth => (
            "Første måned i perioden (1 = januar).",
            "First month of the horizon (1 = January).",
        ),
        CasesReviewed => (
            "Antal ressourceforløb, der gennemgås.",
            "Number of resource courses reviewed.",
        ),
        CasesShortened => (
            "Heraf sager, der afsluttes før tid og overgår til førtidspension.",
            "Of these, cases ended early that move to early pension.",
        ),
        MonthsShortened => (
            "Gennemsnitligt antal måneder, hvert forløb forkortes med.",
            "Average months each course is cut by.",
        ),
        TimingFromMonth => (
            "Måned i perioden, hvor de første sager overgår (1 = første).",
            "Month of the horizon in which the first cases move (1 = first).",
        ),
        TimingOverMonths => (
            "Sagerne overgår jævnt fordelt over så mange måneder.",
            "The cases move evenly over this many months.",
        ),
        TimingMonth => (
            "Måned i perioden, hvor alle sagerne overgår.",
            "Month of the horizon in which all cases move.",
        ),
        RfyMonthly => (
            "Vælg år og status, eller skriv jeres egen sats.",
            "Choose year and status, or type your own rate.",
        ),
        RfyRefusionPct => (
            "Den andel staten betaler; skriv et tal for at tilsidesætte trappen.",
            "The share the state pays; type a figure to override the ladder.",
        ),
        RfyWeeks => (
            "Bestemmer trinnet på refusionstrappen (efter uge 52: 20 %).",
            "Sets the step on the refusion ladder (after week 52: 20 %).",
        ),
        IndsatsMonthly => (
            "Mentor, praktik, behandling m.m. pr. borger pr. måned – det omstridte tal.",
            "Mentor, internships, treatment etc. per citizen per month – the contested figure.",
        ),
        IndsatsRefusionPct => (
            "50 % til og med 2021, 0 % fra 2022; skriv et tal for at tilsidesætte.",
            "50 % up to 2021, 0 % from 2022; type a figure to override.",
        ),
        FpMonthly => (
            "Vælg år og civilstand, eller skriv jeres egen sats.",
            "Choose year and civil status, or type your own rate.",
        ),
        FpRefusionPct => (
            "Den andel staten betaler; skriv et tal for at tilsidesætte trappen.",
            "The share the state pays; type a figure to override the ladder.",
        ),
        FpWeeks => (
            "Bestemmer trinnet på refusionstrappen (efter uge 52: 20 %).",
            "Sets the step on the refusion ladder (after week 52: 20 %).",
        ),
        HandlingPerCase => (
            "Engangsudgift pr. sag, fx til at forberede pensionssagen.",
            "One-off cost per case, e.g. preparing the pension case.",
        ),
        HoursPerWeek => (
            "Timer om ugen, medarbejderen frikøbes til gennemgangen.",
            "Hours a week the caseworker is bought out for the review.",
        ),
        FullTimeHours => (
            "Normtimer for en fuldtidsstilling.",
            "Standard hours of a full-time post.",
        ),
        AnnualCost => (
            "Arbejdsgiverens årlige udgift inkl. pension.",
            "The employer's annual cost including pension.",
        ),
        OverheadPct => (
            "Tillæg for ledelse, lokaler, IT m.m.",
            "Mark-up for management, premises, IT etc.",
        ),
        InvestmentMonths => (
            "Hvor mange måneder frikøbet løber.",
            "How many months the buy-out runs.",
        ),
        InvestmentFromMonth => (
            "Måned i perioden, hvor frikøbet begynder.",
            "Month of the horizon in which the buy-out begins.",
        ),
        IncomeTaxPct => (
            "Kommunal indkomstskat af forskellen mellem pension og ydelse.",
            "Municipal income tax on the difference between pension and benefit.",
        ),
        DiscountPct => (
            "0 = ingen diskontering; ellers vises nutidsværdien.",
            "0 = no discounting; otherwise the present value is shown.",
        ),
        RateAdjustmentPct => (
            "Regulering af alle beløb pr. år efter startåret.",
            "Adjustment of every amount per year after the start year.",
        ),
    };
    lang.pick(da, en)
}

/// How a source kind is named next to a figure.
pub fn source_kind(kind: SourceKind, lang: Lang) -> &'static str {
    let (da, en) = match kind {
        SourceKind::SeedMemo => ("Notatet (Norddjurs)", "The memo (Norddjurs)"),
        SourceKind::Published => ("Offentliggjort", "Published"),
        SourceKind::Derived => ("Afledt", "Derived"),
        SourceKind::Assumption => ("Antagelse", "Assumption"),
        SourceKind::User => ("Indtastet af bruger", "Entered by user"),
    };
    lang.pick(da, en)
}

/// The name of a calendar month (1 = January); Danish in lower case.
pub fn month_name(month: u8, lang: Lang) -> &'static str {
    const DA: [&str; 12] = [
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
    const EN: [&str; 12] = [
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
    let i = usize::from(month.clamp(1, 12) - 1);
    match lang {
        Lang::Da => DA[i],
        Lang::En => EN[i],
    }
}

/// "Tilbagebetalt i måned 17 (maj 2025)".
pub fn payback(month_number: u32, month: u8, year: u16, lang: Lang) -> String {
    let name = month_name(month, lang);
    match lang {
        Lang::Da => format!("Tilbagebetalt i måned {month_number} ({name} {year})"),
        Lang::En => format!("Paid back in month {month_number} ({name} {year})"),
    }
}

/// "For at gå i nul skal ... være 11.120 kr. pr. sagsmåned (i dag 2.700 kr.)."
pub fn break_even(value: &str, current: &str, lang: Lang) -> String {
    match lang {
        Lang::Da => format!(
            "{} {value} pr. sagsmåned (i dag {current}).",
            t(T::BreakEvenIndsats, lang)
        ),
        Lang::En => format!(
            "{} {value} per case-month (now {current}).",
            t(T::BreakEvenIndsats, lang)
        ),
    }
}

/// The heading of one calendar year in the breakdown.
pub fn year_heading(year: u16, months: u32, lang: Lang) -> String {
    match lang {
        Lang::Da => format!(
            "{year} ({months} {})",
            if months == 1 { "måned" } else { "måneder" }
        ),
        Lang::En => format!(
            "{year} ({months} {})",
            if months == 1 { "month" } else { "months" }
        ),
    }
}

pub fn group_legend(index: usize, label: &str, lang: Lang) -> String {
    let n = index + 1;
    match lang {
        Lang::Da => format!("Sagsgruppe {n}: {label}"),
        Lang::En => format!("Case group {n}: {label}"),
    }
}

/// The label of a duplicated group.
pub fn copy_of(label: &str, lang: Lang) -> String {
    match lang {
        Lang::Da => format!("{label} (kopi)"),
        Lang::En => format!("{label} (copy)"),
    }
}

pub fn new_scenario_name(n: usize, lang: Lang) -> String {
    format!("{} {n}", lang.pick("Scenarie", "Scenario"))
}

pub fn new_group_label(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Da => format!("Ny gruppe {n}"),
        Lang::En => format!("New group {n}"),
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
    MeetingPick,
    Working,
    WorkingItems,
}

pub fn dt(key: D, lang: Lang) -> &'static str {
    use D::*;
    let (da, en) = match key {
        Title => ("Beslutningsstøtte", "Decision support"),
        GoalTitle => ("Hvad skal vi tro på?", "What must we believe?"),
        GoalIntro => ("Vælg et tal og et mål for kommunens netto; beregneren finder den værdi, tallet skal have, alt andet uændret.", "Choose an input and a target for the municipality's net; the calculator finds the value the input must have, all else unchanged."),
        GoalInput => ("Tal", "Input"),
        GoalTarget => ("Mål for kommunens netto (kr.)", "Target for the municipality's net (kr.)"),
        GoalNeeded => ("Nødvendig værdi", "Value needed"),
        GoalNow => ("I dag", "Now"),
        GoalGap => ("Forskel", "Difference"),
        GoalGives => ("Giver netto", "Gives a net of"),
        GoalNoResult => ("Intet svar: ret de markerede felter eller skriv et mål som et tal.", "No answer: correct the marked fields or type the target as a number."),
        TornadoTitle => ("Hvad betyder mest?", "What matters most?"),
        TornadoIntro => ("Kommunens netto, når hvert tal flyttes til sin lave og høje værdi (±20 % eller jeres interval), alt andet uændret. Største udsving øverst.", "The municipality's net when each input moves to its low and high value (±20 % or your range), all else unchanged. Biggest swing first."),
        TornadoZero => ("Nul (break-even)", "Zero (break-even)"),
        TornadoToday => ("Resultat i dag", "Result today"),
        RangesTitle => ("Intervaller: lav, sandsynlig, høj", "Ranges: low, likely, high"),
        RangesIntro => ("Bruges af tornadoen og simuleringen og gemmes i scenariet. Tom sandsynlig værdi = værdien i dag.", "Used by the tornado and the simulation and saved in the scenario. An empty likely value means today's value."),
        Low => ("Lav", "Low"),
        Likely => ("Sandsynlig", "Likely"),
        High => ("Høj", "High"),
        AddRange => ("Tilføj interval for", "Add a range for"),
        Add => ("Tilføj", "Add"),
        Remove => ("Fjern", "Remove"),
        UncertaintyTitle => ("Hvor sikre er vi?", "How sure are we?"),
        UncertaintyIntro => ("Valgfrit. Simuleringen trækker hvert tal med et interval mange gange fra en trekantfordeling (lav, sandsynlig, høj) og beregner kommunens netto for hver trækning. Resultatet er sandsynligheden for en besparelse og spændet: 10 % af trækningerne ligger under P10, halvdelen under P50 og 90 % under P90. Samme seed og antal trækninger giver altid samme tal, så andre kan gentage beregningen.", "Optional. The simulation draws each input with a range many times from a triangular distribution (low, likely, high) and computes the municipality's net for each draw. The result is the probability of a saving and the spread: 10 % of draws fall below P10, half below P50 and 90 % below P90. The same seed and number of draws always give the same figures, so others can repeat the run."),
        Seed => ("Seed (startværdi)", "Seed"),
        Draws => ("Antal trækninger", "Number of draws"),
        Run => ("Kør simulering", "Run simulation"),
        Stop => ("Stop", "Stop"),
        Running => ("Kører", "Running"),
        Probability => ("Sandsynlighed for besparelse", "Probability of a saving"),
        P10 => ("P10", "P10"),
        P50 => ("P50 (median)", "P50 (median)"),
        P90 => ("P90", "P90"),
        ResultStale => ("Resultatet hører til tidligere tal. Kør simuleringen igen.", "The result belongs to earlier figures. Run the simulation again."),
        Histogram => ("Fordeling af kommunens netto", "Distribution of the municipality's net"),
        MeetingOpen => ("Mødevisning", "Meeting view"),
        MeetingBack => ("Tilbage", "Back"),
        MeetingHint => ("Piletaster flytter en skyder; Esc går tilbage.", "Arrow keys move a slider; Esc goes back."),
        MeetingPick => ("Skydere i mødevisningen (3–5; ingen valgt: de øverste i tornadoen)", "Sliders in the meeting view (3–5; none chosen: the top of the tornado)"),
        Working => ("Vis udregningen", "Show the working"),
        WorkingItems => ("Udregning pr. post", "Working per item"),
    };
    lang.pick(da, en)
}

pub fn goal_no_effect(lang: Lang) -> String {
    lang.pick(
        "Ingen værdi af dette tal når målet: kommunens netto afhænger ikke af det.",
        "No value of this input reaches the target: the municipality's net does not depend on it.",
    )
    .to_string()
}

/// No allowed value reaches the target: the net at both ends of the range.
pub fn goal_out_of_range(min: &str, at_min: &str, max: &str, at_max: &str, lang: Lang) -> String {
    match lang {
        Lang::Da => format!("Ingen tilladt værdi af dette tal når målet: ved {min} er netto {at_min}, ved {max} er den {at_max}."),
        Lang::En => format!("No allowed value of this input reaches the target: at {min} the net is {at_min}, at {max} it is {at_max}."),
    }
}

pub fn slider_break_even(value: &str, lang: Lang) -> String {
    match lang {
        Lang::Da => format!("Går i nul ved {value}"),
        Lang::En => format!("Breaks even at {value}"),
    }
}

pub fn slider_no_break_even(lang: Lang) -> String {
    lang.pick(
        "Går ikke i nul inden for de tilladte værdier",
        "Does not break even within the allowed values",
    )
    .to_string()
}

/// "Kører: 40.000 af 100.000 trækninger".
pub fn progress(done: &str, total: &str, lang: Lang) -> String {
    match lang {
        Lang::Da => format!("{}: {done} af {total} trækninger", dt(D::Running, lang)),
        Lang::En => format!("{}: {done} of {total} draws", dt(D::Running, lang)),
    }
}

/// What a result was computed with, so it can be repeated.
pub fn run_settings(draws: &str, seed: &str, at_current: &str, lang: Lang) -> String {
    match lang {
        Lang::Da => {
            format!("{draws} trækninger, seed {seed}. Netto med tallene i dag: {at_current}")
        }
        Lang::En => format!("{draws} draws, seed {seed}. Net with today's figures: {at_current}"),
    }
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
}
