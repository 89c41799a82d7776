//! The shipped presets carry the sources' ranges for the disputed inputs,
//! so the tornado ranks them by evidence rather than by ±20 %.

use afkortning::data::presets;
use afkortning::engine::solve::sensitivity;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

const INDSATS: &str = "groups[0].indsats.monthly";
const ANYWAY: &str = "groups[0].counterfactual.anyway_pct";
const GRANTED: &str = "groups[0].granted_pct";

#[test]
fn the_disputed_inputs_carry_ranges_with_a_source_for_every_figure() {
    for id in [
        "norddjurs-2018-realistic",
        "norddjurs-2018-claimed",
        "udfasning-2026",
    ] {
        let s = presets::find(id).unwrap().scenario().unwrap();
        let inputs: Vec<&str> = s.ranges.iter().map(|r| r.input.as_str()).collect();
        assert_eq!(inputs, [INDSATS, ANYWAY, GRANTED], "{id}");
        // Indsats: 1.000 (no indsats for one in five), 2.700 (HBS/BDO),
        // 34.551 (what the claim needs, the claimed preset's figure).
        let r = &s.ranges[0];
        assert_eq!(
            (r.low, r.likely, r.high),
            (dec!(1000), Some(dec!(2700)), dec!(34551))
        );
        assert_eq!(
            (s.ranges[1].low, s.ranges[1].high),
            (dec!(56), dec!(100)),
            "{id}"
        );
        assert_eq!(
            (s.ranges[2].low, s.ranges[2].high),
            (dec!(50), dec!(100)),
            "{id}"
        );
        for (i, r) in s.ranges.iter().enumerate() {
            let parts = [
                ("low", true),
                ("likely", r.likely.is_some()),
                ("high", true),
            ];
            for (part, given) in parts {
                let key = format!("ranges[{i}].{part}");
                assert_eq!(s.sources.contains_key(&key), given, "{id}: {key}");
            }
        }
    }
}

#[test]
fn on_the_realistic_preset_the_tornado_puts_the_indsats_first() {
    let s = presets::find("norddjurs-2018-realistic")
        .unwrap()
        .scenario()
        .unwrap();
    let rows = sensitivity(&s).unwrap();
    let top: Vec<(String, Decimal)> = rows
        .iter()
        .take(5)
        .map(|r| (r.input.path(), r.swing().round_dp(2)))
        .collect();
    let expected = [
        // 15 cases × 3 months = 45 case-months at 50 % refusion (2018):
        // the kommune keeps 22,5 kr. per krone of indsats a case-month.
        // (34.551 − 1.000) × 22,5 = 754.897,50.
        (INDSATS, dec!(754897.50)),
        // FP ±20 %: 18.642 × 0,4 × 45 × 80 % kommune = 268.444,80.
        ("groups[0].fp.rate.monthly", dec!(268444.80)),
        // Anyway 56 % instead of 100 %: 44 % of the 15 cases differ after
        // their forløb would have ended (3 months after the move). 1,5 move
        // each month Jan–Oct, so 1,5 × (9 + 8 + … + 0) = 67,5 case-months
        // remain in 2018; 44 % of them = 29,7, each FP 18.642 instead of
        // kontanthjælp at the 2018 level 11.282 (the preset's typed
        // alternative, not the 2026 table rate 13.061), 80 % the kommune's:
        // 29,7 × 7.360 × 0,8 = 174.873,60.
        (ANYWAY, dec!(174873.60)),
        // RFY ±20 %: 11.282 × 0,4 × 45 × 80 % = 162.460,80.
        ("groups[0].rfy.rate.monthly", dec!(162460.80)),
        // Granted 50 % instead of 100 %: half the benefit swing of
        // 406.152 (RFY) + 60.750 (indsats) − 671.112 (FP) = −204.210,
        // i.e. 102.105.
        (GRANTED, dec!(102105)),
    ];
    let expected: Vec<(String, Decimal)> =
        expected.iter().map(|(p, v)| (p.to_string(), *v)).collect();
    assert_eq!(top, expected);
    // At the range's high end the indsats gives the claim: −386.642,43 +
    // (34.551 − 2.700) × 22,5 = 330.005,07.
    assert_eq!(rows[0].net_high.round_dp(2), dec!(330005.07));
}
