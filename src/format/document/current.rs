//! The current version's document and the model (`engine::scenario`),
//! converted both ways. Only this file knows both: renaming a field of the
//! model changes the code here, never the format. `doc` below points at the
//! current version (`v3`); older documents reach it by migration
//! (`document::migrate`).

use rust_decimal::Decimal;

use super::error::{DocumentError, DocumentProblem};
use super::shape::Amount;
use super::v3 as doc;
use crate::engine::scenario::*;

pub type Document = doc::Document;

// ---- Model to document ---------------------------------------------------

pub fn from_model(s: &Scenario) -> Document {
    doc::Document {
        version: CURRENT_VERSION,
        name: s.name.clone(),
        description: Some(s.description.clone()),
        start: doc::Start {
            year: s.start.year,
            month: s.start.month,
        },
        horizon_months: s.horizon_months,
        groups: s.groups.iter().map(group).collect(),
        investment: investment(&s.investment),
        perspective: Some(perspective(&s.perspective)),
        ranges: (!s.ranges.is_empty()).then(|| s.ranges.iter().map(range).collect()),
        sources: (!s.sources.is_empty()).then(|| {
            doc::Sources(
                s.sources
                    .iter()
                    .map(|(key, note)| (key.clone(), source_note(note)))
                    .collect(),
            )
        }),
        costs: (!s.costs.is_empty()).then(|| s.costs.iter().map(cost_line).collect()),
    }
}

fn group(g: &CaseGroup) -> doc::Group {
    let timing = match g.timing {
        Timing::Even {
            from_month,
            over_months,
        } => doc::Timing {
            kind: doc::TimingKind::Even,
            from_month: Some(from_month),
            over_months: Some(over_months),
            month: None,
        },
        Timing::FromMonth { month } => doc::Timing {
            kind: doc::TimingKind::FromMonth,
            from_month: None,
            over_months: None,
            month: Some(month),
        },
    };
    let indsats_refusion = match g.indsats.refusion {
        IndsatsRefusion::ByYear => doc::IndsatsRefusion {
            source: doc::IndsatsRefusionSource::ByYear,
            pct: None,
        },
        IndsatsRefusion::Custom { pct } => doc::IndsatsRefusion {
            source: doc::IndsatsRefusionSource::Custom,
            pct: Some(Amount(pct)),
        },
    };
    doc::Group {
        label: g.label.clone(),
        cases_reviewed: Amount(g.cases_reviewed),
        cases_shortened: Amount(g.cases_shortened),
        months_shortened: Amount(g.months_shortened),
        timing,
        rfy: benefit(&g.rfy, rfy_status),
        indsats: doc::Indsats {
            monthly: Amount(g.indsats.monthly),
            refusion: indsats_refusion,
        },
        fp: benefit(&g.fp, fp_status),
        handling_per_case: Some(Amount(g.handling_per_case)),
        // Today's assumption is left out, so documents and links of
        // scenarios that do not use the counterfactual stay as short as
        // version 2's.
        granted_pct: (g.granted_pct != Decimal::ONE_HUNDRED).then_some(Amount(g.granted_pct)),
        months_left: g.months_left.map(Amount),
        // Left out only where the amounts cannot matter (every case to FP,
        // every one would have got there anyway); written in full otherwise,
        // so a later build's default amounts never change what a document
        // means.
        destinations: (g.destinations != Destinations::all_fp()
            || g.counterfactual.anyway_pct != Decimal::ONE_HUNDRED)
            .then(|| destinations(&g.destinations)),
        counterfactual: (g.counterfactual != Counterfactual::anyway())
            .then(|| counterfactual(&g.counterfactual)),
    }
}

fn destinations(d: &Destinations) -> doc::Destinations {
    fn destination<I: Copy, D>(
        d: &Destination<I>,
        item: fn(I) -> D,
    ) -> Option<doc::Destination<D>> {
        let (monthly, rate) = match d.rate {
            Rate::Table { year, status } => (
                None,
                Some(doc::DestinationRate {
                    year,
                    item: item(status),
                }),
            ),
            Rate::Custom { monthly } => (Some(Amount(monthly)), None),
        };
        Some(doc::Destination {
            share_pct: Amount(d.share_pct),
            monthly,
            rate,
            refusion: benefit_refusion(&d.refusion),
        })
    }
    doc::Destinations {
        fleksjob: destination(&d.fleksjob, |i| match i {
            FleksjobItem::Ledighedsydelse => doc::FleksjobItem::Ledighedsydelse,
            FleksjobItem::MaxFlekslontilskud => doc::FleksjobItem::MaxFlekslontilskud,
        }),
        kontanthjaelp: destination(&d.kontanthjaelp, |i| match i {
            KontanthjaelpItem::ForhojetSats => doc::KontanthjaelpItem::ForhojetSats,
            KontanthjaelpItem::Grundsats => doc::KontanthjaelpItem::Grundsats,
        }),
        job_pct: (!d.job_pct.is_zero()).then_some(Amount(d.job_pct)),
    }
}

fn counterfactual(c: &Counterfactual) -> doc::Counterfactual {
    let instead = match &c.instead {
        Instead::Kontanthjaelp => (doc::InsteadKind::Kontanthjaelp, None),
        Instead::Fleksjob => (doc::InsteadKind::Fleksjob, None),
        Instead::Job => (doc::InsteadKind::Job, None),
        Instead::Typed { monthly, refusion } => {
            (doc::InsteadKind::Typed, Some((*monthly, refusion)))
        }
    };
    doc::Counterfactual {
        anyway_pct: Amount(c.anyway_pct),
        instead: doc::Instead {
            kind: instead.0,
            monthly: instead.1.map(|(m, _)| Amount(m)),
            refusion: instead.1.map(|(_, r)| benefit_refusion(r)),
        },
        lasting: match c.lasting {
            Lasting::Months(months) => doc::Lasting {
                kind: doc::LastingKind::Months,
                months: Some(months),
            },
            Lasting::UntilHorizon => doc::Lasting {
                kind: doc::LastingKind::UntilHorizon,
                months: None,
            },
        },
    }
}

fn cost_line(c: &CostLine) -> doc::CostLine {
    let (kind, from_month, months, month) = match c.basis {
        CostBasis::PerReviewedCase => (doc::CostBasisKind::PerReviewedCase, None, None, None),
        CostBasis::PerCasePutForward => (doc::CostBasisKind::PerCasePutForward, None, None, None),
        CostBasis::PerShortenedCase => (doc::CostBasisKind::PerShortenedCase, None, None, None),
        CostBasis::Monthly { from_month, months } => (
            doc::CostBasisKind::Monthly,
            Some(from_month),
            Some(months),
            None,
        ),
        CostBasis::OneOff { month } => (doc::CostBasisKind::OneOff, None, None, Some(month)),
    };
    doc::CostLine {
        label: c.label.clone(),
        amount: Amount(c.amount),
        basis: doc::CostBasis {
            kind,
            from_month,
            months,
            month,
        },
        state_pct: (!c.state_pct.is_zero()).then_some(Amount(c.state_pct)),
    }
}

fn benefit<S: Copy, D>(b: &Benefit<S>, status: fn(S) -> D) -> doc::Benefit<D> {
    let rate = match b.rate {
        Rate::Table { year, status: s } => doc::Rate {
            source: doc::RateSource::Table,
            year: Some(year),
            status: Some(status(s)),
            monthly: None,
        },
        Rate::Custom { monthly } => doc::Rate {
            source: doc::RateSource::Custom,
            year: None,
            status: None,
            monthly: Some(Amount(monthly)),
        },
    };
    doc::Benefit {
        rate,
        refusion: benefit_refusion(&b.refusion),
    }
}

fn benefit_refusion(r: &BenefitRefusion) -> doc::BenefitRefusion {
    match *r {
        BenefitRefusion::Trappe { weeks_on_benefit } => doc::BenefitRefusion {
            source: doc::BenefitRefusionSource::Trappe,
            weeks_on_benefit: Some(weeks_on_benefit),
            pct: None,
        },
        BenefitRefusion::Custom { pct } => doc::BenefitRefusion {
            source: doc::BenefitRefusionSource::Custom,
            weeks_on_benefit: None,
            pct: Some(Amount(pct)),
        },
    }
}

fn rfy_status(s: RfyStatus) -> doc::RfyStatus {
    match s {
        RfyStatus::Forsorger => doc::RfyStatus::Forsorger,
        RfyStatus::IkkeForsorger => doc::RfyStatus::IkkeForsorger,
    }
}

fn fp_status(s: FpStatus) -> doc::FpStatus {
    match s {
        FpStatus::Enlig => doc::FpStatus::Enlig,
        FpStatus::GiftSamlevende => doc::FpStatus::GiftSamlevende,
    }
}

fn investment(i: &Investment) -> doc::Investment {
    doc::Investment {
        hours_per_week: Amount(i.hours_per_week),
        full_time_hours: Amount(i.full_time_hours),
        annual_cost: Amount(i.annual_cost),
        overhead_pct: Some(Amount(i.overhead_pct)),
        months: i.months,
        from_month: Some(i.from_month),
    }
}

fn perspective(p: &Perspective) -> doc::Perspective {
    doc::Perspective {
        include_income_tax: Some(p.include_income_tax),
        income_tax_pct: Some(Amount(p.income_tax_pct)),
        discount_pct: Some(Amount(p.discount_pct)),
        rate_adjustment_pct: Some(Amount(p.rate_adjustment_pct)),
        indexing: Some(match p.indexing {
            Indexing::PublishedThenAssumption => doc::Indexing::PublishedThenAssumption,
            Indexing::AssumptionOnly => doc::Indexing::AssumptionOnly,
        }),
    }
}

fn range(r: &InputRange) -> doc::Range {
    doc::Range {
        input: r.input.clone(),
        low: Amount(r.low),
        likely: r.likely.map(Amount),
        high: Amount(r.high),
    }
}

fn source_note(note: &SourceNote) -> doc::SourceNote {
    let kind = match note.kind {
        SourceKind::SeedMemo => doc::SourceKind::SeedMemo,
        SourceKind::Published => doc::SourceKind::Published,
        SourceKind::Derived => doc::SourceKind::Derived,
        SourceKind::Assumption => doc::SourceKind::Assumption,
        SourceKind::User => doc::SourceKind::User,
    };
    doc::SourceNote {
        kind,
        text: note.text.clone(),
        text_en: note.text_en.clone(),
    }
}

// ---- Document to model ---------------------------------------------------
//
// serde has checked every field's type; what is left is the one rule a
// struct cannot state: a tagged object holds the fields of its variant and
// no others. The first problem found is reported, as for the shape.

type Built<T> = Result<T, DocumentError>;

pub fn to_model(d: Document) -> Built<Scenario> {
    let defaults = Perspective::default();
    let perspective = d.perspective.map_or(defaults.clone(), |p| Perspective {
        include_income_tax: p.include_income_tax.unwrap_or(defaults.include_income_tax),
        income_tax_pct: amount_or(p.income_tax_pct, defaults.income_tax_pct),
        discount_pct: amount_or(p.discount_pct, defaults.discount_pct),
        rate_adjustment_pct: amount_or(p.rate_adjustment_pct, defaults.rate_adjustment_pct),
        indexing: match p.indexing {
            None => defaults.indexing,
            Some(doc::Indexing::PublishedThenAssumption) => Indexing::PublishedThenAssumption,
            Some(doc::Indexing::AssumptionOnly) => Indexing::AssumptionOnly,
        },
    });
    let groups = d
        .groups
        .into_iter()
        .enumerate()
        .map(|(i, g)| case_group(g, &format!("groups[{i}]")))
        .collect::<Built<_>>()?;
    Ok(Scenario {
        version: CURRENT_VERSION,
        name: d.name,
        description: d.description.unwrap_or_default(),
        start: YearMonth {
            year: d.start.year,
            month: d.start.month,
        },
        horizon_months: d.horizon_months,
        groups,
        costs: d
            .costs
            .unwrap_or_default()
            .into_iter()
            .enumerate()
            .map(|(i, c)| cost_line_model(c, &format!("costs[{i}]")))
            .collect::<Built<_>>()?,
        investment: Investment {
            hours_per_week: d.investment.hours_per_week.0,
            full_time_hours: d.investment.full_time_hours.0,
            annual_cost: d.investment.annual_cost.0,
            overhead_pct: amount_or(d.investment.overhead_pct, Decimal::ZERO),
            months: d.investment.months,
            from_month: d.investment.from_month.unwrap_or(1),
        },
        perspective,
        ranges: d
            .ranges
            .unwrap_or_default()
            .into_iter()
            .map(|r| InputRange {
                input: r.input,
                low: r.low.0,
                likely: r.likely.map(|a| a.0),
                high: r.high.0,
            })
            .collect(),
        sources: d
            .sources
            .map(|s| s.0)
            .unwrap_or_default()
            .into_iter()
            .map(|(key, note)| {
                let kind = match note.kind {
                    doc::SourceKind::SeedMemo => SourceKind::SeedMemo,
                    doc::SourceKind::Published => SourceKind::Published,
                    doc::SourceKind::Derived => SourceKind::Derived,
                    doc::SourceKind::Assumption => SourceKind::Assumption,
                    doc::SourceKind::User => SourceKind::User,
                };
                let note = SourceNote {
                    kind,
                    text: note.text,
                    text_en: note.text_en,
                };
                (key, note)
            })
            .collect(),
    })
}

fn amount_or(value: Option<Amount>, default: Decimal) -> Decimal {
    value.map_or(default, |a| a.0)
}

fn case_group(g: doc::Group, path: &str) -> Built<CaseGroup> {
    Ok(CaseGroup {
        label: g.label,
        cases_reviewed: g.cases_reviewed.0,
        cases_shortened: g.cases_shortened.0,
        months_shortened: g.months_shortened.0,
        timing: timing(g.timing, &format!("{path}.timing"))?,
        rfy: benefit_model(g.rfy, &format!("{path}.rfy"), |s| match s {
            doc::RfyStatus::Forsorger => RfyStatus::Forsorger,
            doc::RfyStatus::IkkeForsorger => RfyStatus::IkkeForsorger,
        })?,
        indsats: Indsats {
            monthly: g.indsats.monthly.0,
            refusion: indsats_refusion(g.indsats.refusion, &format!("{path}.indsats.refusion"))?,
        },
        fp: benefit_model(g.fp, &format!("{path}.fp"), |s| match s {
            doc::FpStatus::Enlig => FpStatus::Enlig,
            doc::FpStatus::GiftSamlevende => FpStatus::GiftSamlevende,
        })?,
        handling_per_case: amount_or(g.handling_per_case, Decimal::ZERO),
        granted_pct: amount_or(g.granted_pct, Decimal::ONE_HUNDRED),
        months_left: g.months_left.map(|a| a.0),
        destinations: match g.destinations {
            None => Destinations::all_fp(),
            Some(d) => destinations_model(d, &format!("{path}.destinations"))?,
        },
        counterfactual: match g.counterfactual {
            None => Counterfactual::anyway(),
            Some(c) => counterfactual_model(c, &format!("{path}.counterfactual"))?,
        },
    })
}

fn destinations_model(d: doc::Destinations, path: &str) -> Built<Destinations> {
    fn destination<D, I>(
        given: Option<doc::Destination<D>>,
        default: Destination<I>,
        path: &str,
        item: fn(D) -> I,
    ) -> Built<Destination<I>> {
        let Some(d) = given else {
            return Ok(default);
        };
        // Exactly one of the two: a document that gave both would mean two
        // amounts.
        let rate = match (d.monthly, d.rate) {
            (Some(monthly), None) => Rate::Custom { monthly: monthly.0 },
            (None, Some(r)) => Rate::Table {
                year: r.year,
                status: item(r.item),
            },
            (Some(_), Some(_)) => {
                return Err(DocumentError::new(
                    format!("{path}.rate"),
                    DocumentProblem::UnknownField {
                        allowed: DESTINATION_TYPED,
                    },
                ))
            }
            (None, None) => return need(None, path, "monthly"),
        };
        Ok(Destination {
            share_pct: d.share_pct.0,
            rate,
            refusion: benefit_refusion_model(d.refusion, &format!("{path}.refusion"))?,
        })
    }
    let defaults = Destinations::all_fp();
    Ok(Destinations {
        fleksjob: destination(
            d.fleksjob,
            defaults.fleksjob,
            &format!("{path}.fleksjob"),
            |i| match i {
                doc::FleksjobItem::Ledighedsydelse => FleksjobItem::Ledighedsydelse,
                doc::FleksjobItem::MaxFlekslontilskud => FleksjobItem::MaxFlekslontilskud,
            },
        )?,
        kontanthjaelp: destination(
            d.kontanthjaelp,
            defaults.kontanthjaelp,
            &format!("{path}.kontanthjaelp"),
            |i| match i {
                doc::KontanthjaelpItem::ForhojetSats => KontanthjaelpItem::ForhojetSats,
                doc::KontanthjaelpItem::Grundsats => KontanthjaelpItem::Grundsats,
            },
        )?,
        job_pct: amount_or(d.job_pct, Decimal::ZERO),
    })
}

/// A destination with a typed amount: the fields it may have.
const DESTINATION_TYPED: &[&str] = &["share_pct", "monthly", "refusion"];

fn counterfactual_model(c: doc::Counterfactual, path: &str) -> Built<Counterfactual> {
    let instead_path = format!("{path}.instead");
    let i = c.instead;
    let given = [
        ("monthly", i.monthly.is_some()),
        ("refusion", i.refusion.is_some()),
    ];
    let instead = match i.kind {
        doc::InsteadKind::Typed => {
            only(&instead_path, doc::Instead::TYPED, &given)?;
            Instead::Typed {
                monthly: need(i.monthly, &instead_path, "monthly")?.0,
                refusion: benefit_refusion_model(
                    need(i.refusion, &instead_path, "refusion")?,
                    &format!("{instead_path}.refusion"),
                )?,
            }
        }
        kind => {
            only(&instead_path, doc::Instead::DESTINATION, &given)?;
            match kind {
                doc::InsteadKind::Kontanthjaelp => Instead::Kontanthjaelp,
                doc::InsteadKind::Fleksjob => Instead::Fleksjob,
                _ => Instead::Job,
            }
        }
    };
    let lasting_path = format!("{path}.lasting");
    let given = [("months", c.lasting.months.is_some())];
    let lasting = match c.lasting.kind {
        doc::LastingKind::Months => {
            only(&lasting_path, doc::Lasting::MONTHS, &given)?;
            Lasting::Months(need(c.lasting.months, &lasting_path, "months")?)
        }
        doc::LastingKind::UntilHorizon => {
            only(&lasting_path, doc::Lasting::UNTIL_HORIZON, &given)?;
            Lasting::UntilHorizon
        }
    };
    Ok(Counterfactual {
        anyway_pct: c.anyway_pct.0,
        instead,
        lasting,
    })
}

fn cost_line_model(c: doc::CostLine, path: &str) -> Built<CostLine> {
    let basis_path = format!("{path}.basis");
    let b = c.basis;
    let given = [
        ("from_month", b.from_month.is_some()),
        ("months", b.months.is_some()),
        ("month", b.month.is_some()),
    ];
    let basis = match b.kind {
        kind @ (doc::CostBasisKind::PerReviewedCase
        | doc::CostBasisKind::PerCasePutForward
        | doc::CostBasisKind::PerShortenedCase) => {
            only(&basis_path, doc::CostBasis::PER_CASE, &given)?;
            match kind {
                doc::CostBasisKind::PerReviewedCase => CostBasis::PerReviewedCase,
                doc::CostBasisKind::PerCasePutForward => CostBasis::PerCasePutForward,
                _ => CostBasis::PerShortenedCase,
            }
        }
        doc::CostBasisKind::Monthly => {
            only(&basis_path, doc::CostBasis::MONTHLY, &given)?;
            CostBasis::Monthly {
                from_month: need(b.from_month, &basis_path, "from_month")?,
                months: need(b.months, &basis_path, "months")?,
            }
        }
        doc::CostBasisKind::OneOff => {
            only(&basis_path, doc::CostBasis::ONE_OFF, &given)?;
            CostBasis::OneOff {
                month: need(b.month, &basis_path, "month")?,
            }
        }
    };
    Ok(CostLine {
        label: c.label,
        amount: c.amount.0,
        basis,
        state_pct: amount_or(c.state_pct, Decimal::ZERO),
    })
}

/// Refuses a field given in a tagged object that its variant does not have
/// (`given` pairs each optional field with whether it is there).
fn only(path: &str, allowed: &'static [&'static str], given: &[(&str, bool)]) -> Built<()> {
    match given
        .iter()
        .find(|(name, there)| *there && !allowed.contains(name))
    {
        Some((name, _)) => Err(DocumentError::new(
            format!("{path}.{name}"),
            DocumentProblem::UnknownField { allowed },
        )),
        None => Ok(()),
    }
}

/// A field the chosen variant needs.
fn need<T>(value: Option<T>, path: &str, name: &str) -> Built<T> {
    value.ok_or_else(|| DocumentError::new(format!("{path}.{name}"), DocumentProblem::MissingField))
}

fn timing(t: doc::Timing, path: &str) -> Built<Timing> {
    let given = [
        ("from_month", t.from_month.is_some()),
        ("over_months", t.over_months.is_some()),
        ("month", t.month.is_some()),
    ];
    Ok(match t.kind {
        doc::TimingKind::Even => {
            only(path, doc::Timing::EVEN, &given)?;
            Timing::Even {
                from_month: need(t.from_month, path, "from_month")?,
                over_months: need(t.over_months, path, "over_months")?,
            }
        }
        doc::TimingKind::FromMonth => {
            only(path, doc::Timing::FROM_MONTH, &given)?;
            Timing::FromMonth {
                month: need(t.month, path, "month")?,
            }
        }
    })
}

fn benefit_model<D, S>(b: doc::Benefit<D>, path: &str, status: fn(D) -> S) -> Built<Benefit<S>> {
    let rate_path = format!("{path}.rate");
    let r = b.rate;
    let given = [
        ("year", r.year.is_some()),
        ("status", r.status.is_some()),
        ("monthly", r.monthly.is_some()),
    ];
    let rate = match r.source {
        doc::RateSource::Table => {
            only(&rate_path, doc::RATE_TABLE, &given)?;
            Rate::Table {
                year: need(r.year, &rate_path, "year")?,
                status: status(need(r.status, &rate_path, "status")?),
            }
        }
        doc::RateSource::Custom => {
            only(&rate_path, doc::RATE_CUSTOM, &given)?;
            Rate::Custom {
                monthly: need(r.monthly, &rate_path, "monthly")?.0,
            }
        }
    };
    let refusion = benefit_refusion_model(b.refusion, &format!("{path}.refusion"))?;
    Ok(Benefit { rate, refusion })
}

fn benefit_refusion_model(f: doc::BenefitRefusion, refusion_path: &str) -> Built<BenefitRefusion> {
    let given = [
        ("weeks_on_benefit", f.weeks_on_benefit.is_some()),
        ("pct", f.pct.is_some()),
    ];
    let refusion = match f.source {
        doc::BenefitRefusionSource::Trappe => {
            only(refusion_path, doc::BenefitRefusion::TRAPPE, &given)?;
            BenefitRefusion::Trappe {
                weeks_on_benefit: need(f.weeks_on_benefit, refusion_path, "weeks_on_benefit")?,
            }
        }
        doc::BenefitRefusionSource::Custom => {
            only(refusion_path, doc::BenefitRefusion::CUSTOM, &given)?;
            BenefitRefusion::Custom {
                pct: need(f.pct, refusion_path, "pct")?.0,
            }
        }
    };
    Ok(refusion)
}

fn indsats_refusion(f: doc::IndsatsRefusion, path: &str) -> Built<IndsatsRefusion> {
    let given = [("pct", f.pct.is_some())];
    Ok(match f.source {
        doc::IndsatsRefusionSource::ByYear => {
            only(path, doc::IndsatsRefusion::BY_YEAR, &given)?;
            IndsatsRefusion::ByYear
        }
        doc::IndsatsRefusionSource::Custom => {
            only(path, doc::IndsatsRefusion::CUSTOM, &given)?;
            IndsatsRefusion::Custom {
                pct: need(f.pct, path, "pct")?.0,
            }
        }
    })
}
