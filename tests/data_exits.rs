//! Where citizens go when a forløb ends and what a review costs
//! (`src/data/exits.rs`): each derived figure equals its stated arithmetic,
//! and the figures the model issue will use, worked by hand.

use afkortning::data::exits::{
    amount, folkepension_age, Item, Status, AMOUNTS, EXITS_2018, NORDDJURS_2018, REVIEW_COSTS,
};
use rust_decimal_macros::dec;

#[test]
fn every_derived_or_estimated_amount_equals_its_arithmetic() {
    let mut checked = 0;
    for a in AMOUNTS {
        assert!(
            !a.source.is_empty(),
            "{:?} {} has no source",
            a.item,
            a.year
        );
        match a.status {
            Status::Published => assert_eq!(a.recompute(), None),
            Status::Derived(_) | Status::Estimate(_) => {
                assert_eq!(a.recompute(), Some(a.monthly), "{:?} {}", a.item, a.year);
                checked += 1;
            }
        }
    }
    // Fleksløntilskud 2025–26, the threshold 2025, ledighedsydelse 2024–26.
    assert_eq!(checked, 6);
}

#[test]
fn destination_amounts_worked_by_hand() {
    // Ledighedsydelse 2026: 0,89 × 22.041 = 19.616,49 → 19.616.
    assert_eq!(
        amount(Item::Ledighedsydelse, 2026).unwrap().monthly,
        dec!(19616)
    );
    // Maximum fleksløntilskud 2025: 0,98 × 21.092 = 20.670,16 → 20.670.
    assert_eq!(
        amount(Item::MaxFlekslontilskud, 2025).unwrap().monthly,
        dec!(20670)
    );
    // The threshold 2025: 16.323 × 1,036 = 16.910,628 → 16.911.
    assert_eq!(
        amount(Item::FlekslontilskudThreshold, 2025)
            .unwrap()
            .monthly,
        dec!(16911)
    );
    // Maximum dagpenge rose 4,5 % into 2026: 21.092 × 1,045 = 22.041,14 → 22.041.
    let rise = amount(Item::MaxDagpenge, 2025).unwrap().monthly * dec!(1.045);
    assert_eq!(
        rise.round(),
        amount(Item::MaxDagpenge, 2026).unwrap().monthly
    );
    assert!(amount(Item::Ledighedsydelse, 2027).is_none());
}

#[test]
fn exits_grants_and_ages() {
    // 56 % FP, 25 % fleksjob/ledighedsydelse, 4 % job: 100 − 85 = 15 % elsewhere.
    assert_eq!(EXITS_2018.elsewhere(), Some(dec!(15)));
    // Norddjurs 2018: 53 of 106 approved = 50 %.
    assert_eq!(NORDDJURS_2018.approved_pct(), Some(dec!(50)));
    assert_eq!(folkepension_age(1960), 67);
    assert_eq!(folkepension_age(1962), 67);
    assert_eq!(folkepension_age(1963), 68);
    assert_eq!(folkepension_age(1970), 69);
    assert_eq!(folkepension_age(1985), 70);
    // The default months from decision to FP lie within the stated range.
    let (low, default, high) = REVIEW_COSTS.months_to_fp;
    assert!(low <= default && default <= high);
    assert!(REVIEW_COSTS.caseworker_range.0 > REVIEW_COSTS.caseworker_base);
}
