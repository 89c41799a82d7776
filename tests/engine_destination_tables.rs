//! Issue 14: a destination's amount looked up in its rate table (fleksjob /
//! ledighedsydelse in `data::exits::FLEKSJOB`, kontanthjælp in
//! `data::kontanthjaelp::TABLE`) by year and item, indexed after the last
//! row as the benefit rates are, each figure worked out by hand beside the
//! assertion.
//!
//! Every scenario starts from `support::ten_cases_2026`: 10 cases put
//! forward and granted in month 1, each cut by 12 months, FP typed at
//! 22,053 kr. a month, every benefit past week 52 on the refusionstrappe
//! (20 % state, 80 % kommune), no indsats, handling or buy-out, and no
//! yearly rise.

mod support;

use afkortning::data::{exits, kontanthjaelp};
use afkortning::engine::inputs::{Field, InputId};
use afkortning::engine::outcome::Warning;
use afkortning::engine::scenario::*;
use afkortning::engine::validate::{validate, Problem};
use afkortning::engine::{evaluate, LineItem, Split};
use afkortning::lang::Lang;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

fn rounded(s: Split) -> (Decimal, Decimal) {
    (s.kommune.round_dp(2), s.stat.round_dp(2))
}

const KONTANTHJAELP: &str = "groups[0].destinations.kontanthjaelp.monthly";
const FLEKSJOB: &str = "groups[0].destinations.fleksjob.monthly";

/// 40 % of the granted cases to kontanthjælp at the grundsats of 2026.
fn forty_pct_on_grundsats() -> Scenario {
    let mut s = support::ten_cases_2026();
    s.groups[0].destinations.kontanthjaelp = Destination {
        share_pct: dec!(40),
        rate: Rate::Table {
            year: 2026,
            status: KontanthjaelpItem::Grundsats,
        },
        refusion: support::trappe_53(),
    };
    s
}

#[test]
fn forty_pct_to_kontanthjaelp_at_the_2026_grundsats() {
    let s = forty_pct_on_grundsats();
    // The table's grundsats 2026: 6,955 (2024) × 1.036 × 1.045 = 7,529.62
    // → 7,530, the same figure as the kontanthjælp data.
    let grundsats = kontanthjaelp::rate(kontanthjaelp::Item::Grundsats, 2026)
        .unwrap()
        .monthly;
    assert_eq!(grundsats, dec!(7530));
    assert_eq!(
        InputId::group(0, Field::KontanthjaelpMonthly).get(&s),
        Some(dec!(7530))
    );
    let out = evaluate(&s).unwrap();
    // 10 × 12 = 120 case-months cut: 40 % = 48 on kontanthjælp, 60 % = 72
    // on FP.
    // Kontanthjælp 48 × 7,530 = 361,440 gross: kommune 80 % −289,152, stat
    // −72,288.
    assert_eq!(
        rounded(out.totals.get(LineItem::KontanthjaelpAdded)),
        (dec!(-289152), dec!(-72288))
    );
    // FP 72 × 22,053 = 1,587,816 gross: kommune −1,270,252.80, stat
    // −317,563.20.
    assert_eq!(
        rounded(out.totals.get(LineItem::FpAdded)),
        (dec!(-1270252.80), dec!(-317563.20))
    );
    // The 2026 grundsats is an estimate: the user is told, at the amount's
    // path. The fleksjob default (ledighedsydelse 2026) is a table figure
    // too, but no case goes there, so nothing is said about it.
    assert!(out.warnings.contains(&Warning::UnverifiedRate {
        path: KONTANTHJAELP.into(),
        year: 2026,
    }));
    assert!(!out
        .warnings
        .iter()
        .any(|w| format!("{w:?}").contains(FLEKSJOB)));
}

#[test]
fn typing_the_amount_makes_it_typed() {
    let mut s = forty_pct_on_grundsats();
    InputId::group(0, Field::KontanthjaelpMonthly)
        .set(&mut s, dec!(8000))
        .unwrap();
    assert_eq!(
        s.groups[0].destinations.kontanthjaelp.rate,
        Rate::Custom {
            monthly: dec!(8000)
        }
    );
    // 48 × 8,000 = 384,000 gross: kommune −307,200, stat −76,800; and a
    // typed figure is no estimate.
    let out = evaluate(&s).unwrap();
    assert_eq!(
        rounded(out.totals.get(LineItem::KontanthjaelpAdded)),
        (dec!(-307200), dec!(-76800))
    );
    assert!(!out
        .warnings
        .iter()
        .any(|w| format!("{w:?}").contains(KONTANTHJAELP)));
}

#[test]
fn a_year_after_the_last_row_is_indexed_by_the_users_adjustment() {
    let mut s = support::ten_cases_2026();
    // Inside 2026 only, so the yearly rise of the amounts themselves never
    // applies: 12 months, the cases cut in months 1–12.
    s.horizon_months = 12;
    s.perspective.rate_adjustment_pct = dec!(2);
    s.groups[0].destinations.fleksjob = Destination {
        share_pct: dec!(30),
        rate: Rate::Table {
            year: 2027,
            status: FleksjobItem::MaxFlekslontilskud,
        },
        refusion: support::trappe_53(),
    };
    // The table's last row is 2026 (maximum fleksløntilskud 21,600); 2027
    // has no published regulation, so the factor is the user's 2 %:
    // 21,600 × 1.02 = 22,032.
    let last = exits::FLEKSJOB.last().unwrap();
    assert_eq!(last.year, 2026);
    assert_eq!(
        last.cells[exits::FLEKSJOB_MAX_FLEKSLONTILSKUD].monthly,
        dec!(21600)
    );
    assert_eq!(
        InputId::group(0, Field::FleksjobMonthly).get(&s),
        Some(dec!(22032))
    );
    let out = evaluate(&s).unwrap();
    // 120 case-months, 30 % = 36 on fleksjob: 36 × 22,032 = 793,152 gross;
    // kommune −634,521.60, stat −158,630.40.
    assert_eq!(
        rounded(out.totals.get(LineItem::FleksjobAdded)),
        (dec!(-634521.60), dec!(-158630.40))
    );
    assert!(out.warnings.contains(&Warning::IndexedRate {
        path: FLEKSJOB.into(),
        year: 2027,
        from_year: 2026,
        assumed_years: 1,
        assumption_pct: dec!(2),
    }));
}

#[test]
fn the_instead_benefit_reads_the_groups_table_figure() {
    let mut s = forty_pct_on_grundsats();
    s.groups[0].destinations.kontanthjaelp.share_pct = Decimal::ZERO;
    // Half would not have got FP anyway; they would have had kontanthjælp
    // (the grundsats 2026, 7,530) for 6 months after their forløb ended.
    s.groups[0].counterfactual = Counterfactual {
        anyway_pct: dec!(50),
        instead: Instead::Kontanthjaelp,
        lasting: Lasting::Months(6),
    };
    let out = evaluate(&s).unwrap();
    // 5 cases × 6 months = 30 lasting case-months (months 13–18, inside
    // the 60-month horizon): kontanthjælp saved 30 × 7,530 = 225,900 gross,
    // kommune 180,720, stat 45,180.
    assert_eq!(
        rounded(out.totals.get(LineItem::InsteadSaved)),
        (dec!(180720), dec!(45180))
    );
    // The amount now counts through the alternative, so its estimate is told.
    assert!(out.warnings.contains(&Warning::UnverifiedRate {
        path: KONTANTHJAELP.into(),
        year: 2026,
    }));
}

#[test]
fn a_table_year_the_table_lacks_is_refused_naming_the_field() {
    let mut s = support::ten_cases_2026();
    // The kontanthjælp table has 2024 and 2026 only (no 2025 figure).
    s.groups[0].destinations.kontanthjaelp.rate = Rate::Table {
        year: 2025,
        status: KontanthjaelpItem::ForhojetSats,
    };
    // Before the fleksjob table's first row (2024).
    s.groups[0].destinations.fleksjob.rate = Rate::Table {
        year: 2023,
        status: FleksjobItem::Ledighedsydelse,
    };
    let errors = validate(&s);
    let problem = |path: &str| {
        errors
            .iter()
            .find(|e| e.path == path)
            .unwrap_or_else(|| panic!("{path}: {errors:?}"))
            .problem
            .clone()
    };
    assert_eq!(
        problem("groups[0].destinations.kontanthjaelp.rate.year"),
        Problem::NoRateForYear {
            available: vec![2024, 2026],
            indexed_until: 2100,
        }
    );
    let fleksjob = problem("groups[0].destinations.fleksjob.rate.year");
    assert_eq!(
        fleksjob,
        Problem::NoRateForYear {
            available: vec![2024, 2025, 2026],
            indexed_until: 2100,
        }
    );
    assert!(fleksjob
        .message(Lang::Da)
        .starts_with("der er ingen sats for det år; vælg et af årene 2024, 2025, 2026"));
    assert!(evaluate(&s).is_err());
}

#[test]
fn the_tables_hold_the_same_figures_as_the_data() {
    // Each cell of the two destination tables is the figure the data
    // module states for that item and year.
    for row in exits::FLEKSJOB.rows {
        for (column, item) in [
            (
                exits::FLEKSJOB_LEDIGHEDSYDELSE,
                exits::Item::Ledighedsydelse,
            ),
            (
                exits::FLEKSJOB_MAX_FLEKSLONTILSKUD,
                exits::Item::MaxFlekslontilskud,
            ),
        ] {
            let stated = exits::amount(item, row.year).unwrap();
            assert_eq!(row.cells[column].monthly, stated.monthly);
            assert_eq!(row.cells[column].source, stated.source);
        }
    }
    for row in kontanthjaelp::TABLE.rows {
        for (column, item) in [
            (
                kontanthjaelp::FORHOJET_SATS,
                kontanthjaelp::Item::ForhojetSats,
            ),
            (kontanthjaelp::GRUNDSATS, kontanthjaelp::Item::Grundsats),
        ] {
            let stated = kontanthjaelp::rate(item, row.year).unwrap();
            assert_eq!(row.cells[column].monthly, stated.monthly);
            assert_eq!(row.cells[column].status, stated.status);
        }
    }
    // The defaults are the 2026 rows: 19,616 and 13,061 kr.
    let d = Destinations::all_fp();
    let s = support::ten_cases_2026();
    assert_eq!(
        d.fleksjob.rate,
        Rate::Table {
            year: 2026,
            status: FleksjobItem::Ledighedsydelse
        }
    );
    assert_eq!(
        InputId::group(0, Field::FleksjobMonthly).get(&s),
        Some(exits::DEFAULT_FLEKSJOB.monthly)
    );
    assert_eq!(
        InputId::group(0, Field::KontanthjaelpMonthly).get(&s),
        Some(dec!(13061))
    );
}
