//! The scenario: every input of a business case, exactly as it travels in a
//! share link, a file or a test. `docs/scenario-format.md` documents each field.
//!
//! Money and percentages are `Decimal`. The model carries no serialization:
//! `format::document` has a set of types per format version and converts the
//! current one to and from this model, so renaming a field here never
//! changes the format. The names below (`Named`, `KINDS`, `SOURCES`) are
//! what comparisons and the form show; they are the current format's names,
//! but the format states its own.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::data::{exits, kontanthjaelp, refusion};

/// The document version this build writes. Older versions are migrated on load
/// (see `format::document`); newer ones are refused with a clear message.
pub const CURRENT_VERSION: u32 = 3;

#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub version: u32,
    pub name: String,
    pub description: String,
    /// First calendar month of the horizon.
    pub start: YearMonth,
    pub horizon_months: u32,
    pub groups: Vec<CaseGroup>,
    pub investment: Investment,
    /// Costs besides the buy-out, in the order the user entered them.
    pub costs: Vec<CostLine>,
    pub perspective: Perspective,
    /// Low / likely / high values the user gave for chosen inputs (sensitivity
    /// and uncertainty). Inputs not listed vary by ±20 %.
    pub ranges: Vec<InputRange>,
    /// Where a figure comes from, keyed by its field path
    /// (e.g. `groups[0].cases_shortened`).
    pub sources: BTreeMap<String, SourceNote>,
}

/// `groups[3].rest` → (3, ".rest") for `list` "groups" (or "ranges",
/// "costs": a path into one of a scenario's lists).
pub fn split_indexed_path<'a>(path: &'a str, list: &str) -> Option<(usize, &'a str)> {
    let rest = path.strip_prefix(list)?.strip_prefix('[')?;
    let (index, suffix) = rest.split_once(']')?;
    Some((index.parse().ok()?, suffix))
}

/// `groups[3].rest` → (3, "rest"), `groups[3]` → (3, ""): an entry of a
/// scenario's list and the path within it.
pub fn indexed_entry<'a>(path: &'a str, list: &str) -> Option<(usize, &'a str)> {
    let (index, suffix) = split_indexed_path(path, list)?;
    let within = match suffix {
        "" => "",
        _ => suffix.strip_prefix('.')?,
    };
    Some((index, within))
}

/// The new place of each entry of a list once entry `removed` is gone
/// (`None` for it), for [`Scenario::renumber_notes`].
pub fn after_removing(removed: usize) -> impl Fn(usize) -> Option<usize> {
    move |i| match i.cmp(&removed) {
        std::cmp::Ordering::Less => Some(i),
        std::cmp::Ordering::Equal => None,
        std::cmp::Ordering::Greater => Some(i - 1),
    }
}

impl Scenario {
    /// Renumbers the source notes of the entries of `list` ("groups",
    /// "ranges", "costs") as `f` says: a note follows its entry when the
    /// list changes, and `None` drops it.
    pub fn renumber_notes(&mut self, list: &str, f: impl Fn(usize) -> Option<usize>) {
        self.sources = std::mem::take(&mut self.sources)
            .into_iter()
            .filter_map(|(path, note)| match split_indexed_path(&path, list) {
                Some((i, suffix)) => f(i).map(|j| (format!("{list}[{j}]{suffix}"), note)),
                None => Some((path, note)),
            })
            .collect();
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct YearMonth {
    pub year: u16,
    /// 1 = January.
    pub month: u8,
}

impl YearMonth {
    /// The calendar month `offset` months after this one.
    pub fn plus_months(self, offset: u32) -> YearMonth {
        let zero_based = u32::from(self.month.saturating_sub(1)) + offset;
        YearMonth {
            year: self.year.saturating_add((zero_based / 12) as u16),
            month: (zero_based % 12) as u8 + 1,
        }
    }
}

/// A set of cases that share the same figures (e.g. "over 40, a year or more").
#[derive(Clone, Debug, PartialEq)]
pub struct CaseGroup {
    pub label: String,
    pub cases_reviewed: Decimal,
    pub cases_shortened: Decimal,
    /// Average months each shortened course is cut by.
    pub months_shortened: Decimal,
    pub timing: Timing,
    /// Ressourceforløbsydelse: paid before the move, saved for the months cut.
    pub rfy: Benefit<RfyStatus>,
    pub indsats: Indsats,
    /// Førtidspension: paid instead for the months cut.
    pub fp: Benefit<FpStatus>,
    /// One-off cost per case put forward (e.g. preparing the pension case).
    pub handling_per_case: Decimal,
    /// Share of the cases put forward (`cases_shortened`) that are granted,
    /// in per cent; the others stay in their forløb.
    pub granted_pct: Decimal,
    /// Months left in the forløb: caps `months_shortened`. `None`: no cap.
    pub months_left: Option<Decimal>,
    /// Where the granted cases go instead of førtidspension, if not all go there.
    pub destinations: Destinations,
    pub counterfactual: Counterfactual,
}

/// Where the granted cases of a group go. Shares are per cent of the granted
/// cases; førtidspension (`CaseGroup::fp`) takes what the others leave.
#[derive(Clone, Debug, PartialEq)]
pub struct Destinations {
    /// Fleksjob, or ledighedsydelse while waiting for one.
    pub fleksjob: Destination<FleksjobItem>,
    pub kontanthjaelp: Destination<KontanthjaelpItem>,
    /// A job or education: no public benefit.
    pub job_pct: Decimal,
}

/// A destination paid a monthly benefit, with its refusion. Its amount is
/// a figure of the destination's table (`I` names the table's columns) or
/// typed in.
#[derive(Clone, Debug, PartialEq)]
pub struct Destination<I> {
    pub share_pct: Decimal,
    pub rate: Rate<I>,
    pub refusion: BenefitRefusion,
}

/// The figures of `data::exits::FLEKSJOB` a fleksjob destination can take.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FleksjobItem {
    /// Ledighedsydelse at the high rate (waiting for a fleksjob).
    Ledighedsydelse,
    /// The largest fleksløntilskud the kommune pays.
    MaxFlekslontilskud,
}

impl Named for FleksjobItem {
    const NAMES: &'static [(&'static str, Self)] = &[
        ("ledighedsydelse", FleksjobItem::Ledighedsydelse),
        ("max_flekslontilskud", FleksjobItem::MaxFlekslontilskud),
    ];
}

/// The figures of `data::kontanthjaelp::TABLE` a kontanthjælp destination
/// can take.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KontanthjaelpItem {
    ForhojetSats,
    Grundsats,
}

impl Named for KontanthjaelpItem {
    const NAMES: &'static [(&'static str, Self)] = &[
        ("forhojet_sats", KontanthjaelpItem::ForhojetSats),
        ("grundsats", KontanthjaelpItem::Grundsats),
    ];
}

/// The destinations a granted case can go to, FP first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DestinationKind {
    Fp,
    Fleksjob,
    Kontanthjaelp,
    Job,
}

impl DestinationKind {
    pub const ALL: [DestinationKind; 4] = [
        DestinationKind::Fp,
        DestinationKind::Fleksjob,
        DestinationKind::Kontanthjaelp,
        DestinationKind::Job,
    ];
}

impl Destinations {
    /// Share (per cent) of the granted cases going to `kind`; FP's is what
    /// the others leave (validation keeps it from going below zero).
    pub fn share_pct(&self, kind: DestinationKind) -> Option<Decimal> {
        match kind {
            DestinationKind::Fp => Decimal::ONE_HUNDRED
                .checked_sub(self.fleksjob.share_pct)?
                .checked_sub(self.kontanthjaelp.share_pct)?
                .checked_sub(self.job_pct),
            DestinationKind::Fleksjob => Some(self.fleksjob.share_pct),
            DestinationKind::Kontanthjaelp => Some(self.kontanthjaelp.share_pct),
            DestinationKind::Job => Some(self.job_pct),
        }
    }

    /// Every granted case goes to førtidspension: format versions 1 and 2,
    /// and a group that does not split. The amounts wait for a share; they
    /// are the latest table rows (`data::exits::FLEKSJOB`,
    /// `data::kontanthjaelp::TABLE`): ledighedsydelse and the forhøjet sats.
    pub fn all_fp() -> Destinations {
        let trappe = BenefitRefusion::Trappe {
            weeks_on_benefit: refusion::DEFAULT_WEEKS_ON_BENEFIT,
        };
        Destinations {
            fleksjob: Destination {
                share_pct: Decimal::ZERO,
                rate: Rate::Table {
                    year: exits::DEFAULT_FLEKSJOB.year,
                    status: FleksjobItem::Ledighedsydelse,
                },
                refusion: trappe.clone(),
            },
            kontanthjaelp: Destination {
                share_pct: Decimal::ZERO,
                rate: Rate::Table {
                    year: kontanthjaelp::DEFAULT.year,
                    status: KontanthjaelpItem::ForhojetSats,
                },
                refusion: trappe,
            },
            job_pct: Decimal::ZERO,
        }
    }

    /// Whether any granted case goes elsewhere than FP.
    pub fn splits(&self) -> bool {
        !(self.fleksjob.share_pct.is_zero()
            && self.kontanthjaelp.share_pct.is_zero()
            && self.job_pct.is_zero())
    }
}

/// What the granted cases would have got had their forløb run to its end.
#[derive(Clone, Debug, PartialEq)]
pub struct Counterfactual {
    /// Share (per cent) that would have reached the same destination anyway
    /// when the forløb ended: for them the difference lasts only the months
    /// cut.
    pub anyway_pct: Decimal,
    /// What the others would have received instead after the forløb ended.
    pub instead: Instead,
    /// How long the difference lasts for the others after the forløb would
    /// have ended.
    pub lasting: Lasting,
}

/// The benefit a case that would not have reached its destination gets
/// when the forløb ends.
#[derive(Clone, Debug, PartialEq)]
pub enum Instead {
    /// The group's kontanthjælp amount and refusion (`Destinations`).
    Kontanthjaelp,
    /// The group's fleksjob / ledighedsydelse amount and refusion.
    Fleksjob,
    /// A job: no benefit.
    Job,
    /// An amount typed in, with its refusion.
    Typed {
        monthly: Decimal,
        refusion: BenefitRefusion,
    },
}

impl Instead {
    /// The `kind` tags as shown (the format's name), in the order of the variants.
    pub const KINDS: [&'static str; 4] = ["kontanthjaelp", "fleksjob", "job", "typed"];

    pub fn kind_name(&self) -> &'static str {
        match self {
            Instead::Kontanthjaelp => Self::KINDS[0],
            Instead::Fleksjob => Self::KINDS[1],
            Instead::Job => Self::KINDS[2],
            Instead::Typed { .. } => Self::KINDS[3],
        }
    }
}

/// How long the difference lasts after the forløb would have ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lasting {
    /// This many months (e.g. until folkepension age).
    Months(u32),
    /// To the end of the horizon and beyond: what falls after it is stated.
    UntilHorizon,
}

impl Lasting {
    /// The `kind` tags as shown (the format's name), in the order of the variants.
    pub const KINDS: [&'static str; 2] = ["months", "until_horizon"];

    pub fn kind_name(&self) -> &'static str {
        match self {
            Lasting::Months(_) => Self::KINDS[0],
            Lasting::UntilHorizon => Self::KINDS[1],
        }
    }
}

impl CaseGroup {
    /// Some granted cases would not have reached their destination anyway
    /// and the difference lasts: only then are the lasting line items
    /// counted and shown. Every version-1 and version-2 group says no, so
    /// their outputs keep the rows they had.
    pub fn has_lasting_difference(&self) -> bool {
        !self.granted_pct.is_zero()
            && !self.cases_shortened.is_zero()
            && self.counterfactual.anyway_pct != Decimal::ONE_HUNDRED
            && self.counterfactual.lasting != Lasting::Months(0)
    }

    /// The monthly benefit and refusion of a destination (`None` for a job).
    pub fn destination_benefit(&self, kind: DestinationKind) -> Option<DestinationBenefit<'_>> {
        match kind {
            DestinationKind::Fp => Some(DestinationBenefit::Fp(&self.fp)),
            DestinationKind::Fleksjob => {
                Some(DestinationBenefit::Fleksjob(&self.destinations.fleksjob))
            }
            DestinationKind::Kontanthjaelp => Some(DestinationBenefit::Kontanthjaelp(
                &self.destinations.kontanthjaelp,
            )),
            DestinationKind::Job => None,
        }
    }
}

/// A destination's benefit, each rate looked up in its own table.
pub enum DestinationBenefit<'a> {
    Fp(&'a Benefit<FpStatus>),
    Fleksjob(&'a Destination<FleksjobItem>),
    Kontanthjaelp(&'a Destination<KontanthjaelpItem>),
}

impl Counterfactual {
    /// Today's assumption (format versions 1 and 2): every granted case
    /// would have reached its destination when its forløb ended. Should
    /// the share be lowered, the others would have got kontanthjælp for the
    /// rest of the horizon.
    pub fn anyway() -> Counterfactual {
        Counterfactual {
            anyway_pct: Decimal::ONE_HUNDRED,
            instead: Instead::Kontanthjaelp,
            lasting: Lasting::UntilHorizon,
        }
    }
}

/// A cost of the review or of another investment besides the buy-out: what
/// Rebild's alternatives and the review's own costs are entered as.
#[derive(Clone, Debug, PartialEq)]
pub struct CostLine {
    pub label: String,
    /// Kr. per unit of the basis.
    pub amount: Decimal,
    pub basis: CostBasis,
    /// The state's share (per cent); 0: the kommune's own cost.
    pub state_pct: Decimal,
}

#[derive(Clone, Debug, PartialEq)]
pub enum CostBasis {
    /// Per case reviewed, in the months the group's cases are put forward.
    PerReviewedCase,
    /// Per case put forward (granted or not), in the month it is: e.g. the
    /// caseworker's hours preparing a pension case.
    PerCasePutForward,
    /// Per case granted (shortened), in the month it moves.
    PerShortenedCase,
    /// Each month for `months` months from `from_month` of the horizon.
    Monthly { from_month: u32, months: u32 },
    /// Once, in `month` of the horizon.
    OneOff { month: u32 },
}

impl CostBasis {
    /// The `kind` tags as shown (the format's name), in the order of the variants.
    pub const KINDS: [&'static str; 5] = [
        "per_reviewed_case",
        "per_case_put_forward",
        "per_shortened_case",
        "monthly",
        "one_off",
    ];

    pub fn kind_name(&self) -> &'static str {
        match self {
            CostBasis::PerReviewedCase => Self::KINDS[0],
            CostBasis::PerCasePutForward => Self::KINDS[1],
            CostBasis::PerShortenedCase => Self::KINDS[2],
            CostBasis::Monthly { .. } => Self::KINDS[3],
            CostBasis::OneOff { .. } => Self::KINDS[4],
        }
    }
}

/// When the shortened cases move from ressourceforløb to førtidspension,
/// counted in months of the horizon (1 = its first month).
#[derive(Clone, Debug, PartialEq)]
pub enum Timing {
    /// The same number of cases move each month for `over_months` months.
    Even { from_month: u32, over_months: u32 },
    /// All cases move in one month.
    FromMonth { month: u32 },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Benefit<S> {
    pub rate: Rate<S>,
    pub refusion: BenefitRefusion,
}

/// A monthly benefit rate: looked up in the rate table or typed in. `S`
/// picks the table's column: a citizen's status (RFY, FP) or a
/// destination's item (ledighedsydelse, grundsats, …).
#[derive(Clone, Debug, PartialEq)]
pub enum Rate<S> {
    Table { year: u16, status: S },
    Custom { monthly: Decimal },
}

/// An enum whose variants have names, as comparisons and the form's pickers
/// show them (the same names the scenario document uses).
pub trait Named: Copy + PartialEq + 'static {
    const NAMES: &'static [(&'static str, Self)];

    fn name(self) -> &'static str {
        Self::NAMES
            .iter()
            .find(|(_, v)| *v == self)
            .map_or("", |(n, _)| n)
    }

    fn from_name(name: &str) -> Option<Self> {
        Self::NAMES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| *v)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RfyStatus {
    /// Has children to provide for.
    Forsorger,
    IkkeForsorger,
}

impl Named for RfyStatus {
    const NAMES: &'static [(&'static str, Self)] = &[
        ("forsorger", RfyStatus::Forsorger),
        ("ikke_forsorger", RfyStatus::IkkeForsorger),
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FpStatus {
    Enlig,
    GiftSamlevende,
}

impl Named for FpStatus {
    const NAMES: &'static [(&'static str, Self)] = &[
        ("enlig", FpStatus::Enlig),
        ("gift_samlevende", FpStatus::GiftSamlevende),
    ];
}

/// State reimbursement of a benefit.
#[derive(Clone, Debug, PartialEq)]
pub enum BenefitRefusion {
    /// The refusionstrappe step for this many cumulative weeks on public benefit.
    Trappe {
        weeks_on_benefit: u32,
    },
    Custom {
        pct: Decimal,
    },
}

/// Efforts (indsats) paid while the course runs, saved for the months cut.
#[derive(Clone, Debug, PartialEq)]
pub struct Indsats {
    pub monthly: Decimal,
    pub refusion: IndsatsRefusion,
}

#[derive(Clone, Debug, PartialEq)]
pub enum IndsatsRefusion {
    /// The rule in force in each calendar year (50 % up to 2021, 0 % from 2022).
    ByYear,
    Custom {
        pct: Decimal,
    },
}

/// The caseworker hours bought out to review the cases.
#[derive(Clone, Debug, PartialEq)]
pub struct Investment {
    pub hours_per_week: Decimal,
    pub full_time_hours: Decimal,
    /// Annual employer cost of one full-time post.
    pub annual_cost: Decimal,
    pub overhead_pct: Decimal,
    pub months: u32,
    /// Month of the horizon the buy-out starts in (1 = first).
    pub from_month: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Perspective {
    /// Count the municipal income tax returned on the change in benefits.
    pub include_income_tax: bool,
    pub income_tax_pct: Decimal,
    /// Per year; 0 means no discounting.
    pub discount_pct: Decimal,
    /// Yearly adjustment of every amount after the start year, for the
    /// years `indexing` does not take from the published regulation (and
    /// for table years after the last row).
    pub rate_adjustment_pct: Decimal,
    pub indexing: Indexing,
}

/// Which yearly rise amounts get after the start year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Indexing {
    /// The published benefit regulation for the years it covers
    /// (`data::regulation`), the user's adjustment after them.
    PublishedThenAssumption,
    /// The user's adjustment every year: what format version 1 meant.
    AssumptionOnly,
}

impl Named for Indexing {
    const NAMES: &'static [(&'static str, Self)] = &[
        (
            "published_then_assumption",
            Indexing::PublishedThenAssumption,
        ),
        ("assumption_only", Indexing::AssumptionOnly),
    ];
}

/// Assumption: close to the average municipal income tax in recent years.
pub fn default_income_tax_pct() -> Decimal {
    Decimal::new(250, 1)
}

impl Default for Perspective {
    fn default() -> Self {
        Perspective {
            include_income_tax: false,
            income_tax_pct: default_income_tax_pct(),
            discount_pct: Decimal::ZERO,
            rate_adjustment_pct: Decimal::ZERO,
            indexing: Indexing::PublishedThenAssumption,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct InputRange {
    /// Field path of a numeric input, e.g. `groups[0].indsats.monthly`.
    pub input: String,
    pub low: Decimal,
    pub likely: Option<Decimal>,
    pub high: Decimal,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceNote {
    pub kind: SourceKind,
    /// In Danish.
    pub text: String,
    pub text_en: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    /// Stated in the Norddjurs/Rebild memo (`shared/seeds`).
    SeedMemo,
    /// A published figure (rate tables, reports).
    Published,
    /// Derived from other figures (e.g. back-calculated from a claim).
    Derived,
    /// Nobody published it: a placeholder the user should replace.
    Assumption,
    /// Typed in by the user.
    User,
}

impl Named for SourceKind {
    const NAMES: &'static [(&'static str, Self)] = &[
        ("seed_memo", SourceKind::SeedMemo),
        ("published", SourceKind::Published),
        ("derived", SourceKind::Derived),
        ("assumption", SourceKind::Assumption),
        ("user", SourceKind::User),
    ];
}

impl Timing {
    /// The `kind` tags as shown (the format's name), in the order of the variants.
    pub const KINDS: [&'static str; 2] = ["even", "from_month"];

    /// The `kind` tag as shown (the format's name).
    pub fn kind_name(&self) -> &'static str {
        match self {
            Timing::Even { .. } => Self::KINDS[0],
            Timing::FromMonth { .. } => Self::KINDS[1],
        }
    }
}

/// The `source` tags of a rate as shown (the format's name), in the order of the variants.
pub const RATE_SOURCES: [&str; 2] = ["table", "custom"];

impl<S> Rate<S> {
    /// The `source` tag as shown (the format's name).
    pub fn source_name(&self) -> &'static str {
        match self {
            Rate::Table { .. } => RATE_SOURCES[0],
            Rate::Custom { .. } => RATE_SOURCES[1],
        }
    }
}

impl BenefitRefusion {
    /// The `source` tags as shown (the format's name), in the order of the variants.
    pub const SOURCES: [&'static str; 2] = ["trappe", "custom"];

    /// The `source` tag as shown (the format's name).
    pub fn source_name(&self) -> &'static str {
        match self {
            BenefitRefusion::Trappe { .. } => Self::SOURCES[0],
            BenefitRefusion::Custom { .. } => Self::SOURCES[1],
        }
    }
}

impl IndsatsRefusion {
    /// The `source` tags as shown (the format's name), in the order of the variants.
    pub const SOURCES: [&'static str; 2] = ["by_year", "custom"];

    /// The `source` tag as shown (the format's name).
    pub fn source_name(&self) -> &'static str {
        match self {
            IndsatsRefusion::ByYear => Self::SOURCES[0],
            IndsatsRefusion::Custom { .. } => Self::SOURCES[1],
        }
    }
}
