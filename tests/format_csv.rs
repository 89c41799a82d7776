//! CSV export for Danish Excel and LibreOffice (`src/format/csv.rs`):
//! checked cell by cell against figures worked out by hand.

use afkortning::data::presets;
use afkortning::engine::evaluate;
use afkortning::engine::outcome::Outcome;
use afkortning::format::csv;
use afkortning::lang::Lang;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// The day the exports below are made (the UI passes the browser's day).
const DAY: csv::ExportDate = csv::ExportDate {
    year: 2026,
    month: 11,
    day: 30,
};

fn outcome(id: &str) -> Outcome {
    let s = presets::find(id)
        .expect("preset exists")
        .scenario()
        .expect("preset is valid");
    evaluate(&s).expect("evaluates")
}

/// Splits a CSV text into rows of fields per RFC 4180 (quotes, doubled
/// quotes, separators and line breaks inside quotes), after checking the BOM
/// and that every row ends in CRLF.
fn parse(text: &str) -> Vec<Vec<String>> {
    let body = text.strip_prefix('\u{FEFF}').expect("starts with a BOM");
    assert!(body.ends_with("\r\n"), "the last row ends in CRLF");
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ';') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CR is followed by LF");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\n') => panic!("a bare LF ends a row"),
            (false, c) => field.push(c),
        }
    }
    assert!(!quoted && field.is_empty() && row.is_empty());
    rows
}

/// The yearly export of a scenario named "Test", not discounted.
fn yearly(outcome: &Outcome, cost_labels: &[&str], lang: Lang) -> String {
    let exported = csv::Exported {
        name: "Test",
        discount_pct: Decimal::ZERO,
        outcome,
        cost_labels,
    };
    csv::yearly(&exported, DAY, lang)
}

/// The comparison's export, not discounted.
fn comparison(list: &[(&str, &Outcome, &[&str])], lang: Lang) -> String {
    let exported: Vec<csv::Exported> = list
        .iter()
        .map(|&(name, outcome, cost_labels)| csv::Exported {
            name,
            discount_pct: Decimal::ZERO,
            outcome,
            cost_labels,
        })
        .collect();
    csv::yearly_comparison(&exported, DAY, lang)
}

/// The table below the rows on top: after the first empty row.
fn table(rows: Vec<Vec<String>>) -> Vec<Vec<String>> {
    let blank = rows
        .iter()
        .position(|r| r.iter().all(String::is_empty))
        .expect("an empty row after the top rows");
    rows[blank + 1..].to_vec()
}

fn cells(rows: &[Vec<String>]) -> Vec<Vec<&str>> {
    rows.iter()
        .map(|r| r.iter().map(String::as_str).collect())
        .collect()
}

#[test]
fn yearly_norddjurs_realistic_cell_by_cell() {
    let text = yearly(&outcome("norddjurs-2018-realistic"), &[], Lang::Da);
    assert!(text.starts_with("\u{FEFF}Scenarie;Test;;;\r\n"));
    assert!(text.contains("\r\n;;;;\r\nÅr;Post;Kommune;Stat;I alt\r\n"));
    let rows = table(parse(&text));
    // Everything falls in 2018 (15 cases × 3 months = 45 case-months, the
    // cases moving evenly Jan–Oct), so the year rows equal the total rows.
    let year_2018 = [
        // RFY 2018 ikke-forsørger 11,282 × 45 = 507,690 gross; refusion
        // 20 %: kommune 406,152, stat 101,538.
        [
            "Sparet ressourceforløbsydelse",
            "406152,00",
            "101538,00",
            "507690,00",
        ],
        // Indsats 2,700 × 45 = 121,500, 50 % refusion in 2018: 60,750 each.
        ["Sparet indsats", "60750,00", "60750,00", "121500,00"],
        // FP 2018 enlig 18,642 × 45 = 838,890; kommune 80 % = 671,112, stat 167,778.
        [
            "Merudgift til førtidspension",
            "-671112,00",
            "-167778,00",
            "-838890,00",
        ],
        // Buy-out 15/37 × 450,000 = 182,432.43, all kommune.
        ["Frikøb af medarbejder", "-182432,43", "0,00", "-182432,43"],
        ["Sagsbehandling pr. sag", "0,00", "0,00", "0,00"],
        // Tax is off in this preset.
        ["Kommuneskat af ydelser", "0,00", "0,00", "0,00"],
        // Kommune 406,152 + 60,750 − 671,112 − 182,432.43 = −386,642.43;
        // stat 101,538 + 60,750 − 167,778 = −5,490; sum −392,132.43.
        ["Netto", "-386642,43", "-5490,00", "-392132,43"],
    ];
    let mut expected = vec![vec!["År", "Post", "Kommune", "Stat", "I alt"]];
    for year in ["2018", "I alt"] {
        for row in &year_2018 {
            let mut r = vec![year];
            r.extend(row);
            expected.push(r);
        }
    }
    // A 2018 scenario has no notice row: the whole file is the figures.
    assert_eq!(cells(&rows), expected);
}

#[test]
fn yearly_over_two_calendar_years() {
    let rows = table(parse(&yearly(
        &outcome("your-municipality-latest"),
        &[],
        Lang::Da,
    )));
    // Header, 3 × 7 figure rows (2026, 2027, total) and the reform notice.
    assert_eq!(rows.len(), 1 + 3 * 7 + 1);
    // 2026 rules: RFY ikke-forsørger 13,345 and FP enlig 22,053 (both
    // estimates: 2025 × 1.045), 80 % kommune, indsats 2,700 with no refusion.
    // 15 cases move evenly over 12 months (1.25 a month), 3 months each: the
    // November cohort has 1 month in 2027 and the December cohort 2, so
    // 1.25 × 3 = 3.75 case-months fall in 2027 and 45 − 3.75 = 41.25 in
    // 2026. 2027 has no published rise and the adjustment is 0 %: factor 1.
    let expected = vec![
        // 41.25 × 13,345 = 550,481.25; kommune 80 % = 440,385, stat 110,096.25.
        vec![
            "2026",
            "Sparet ressourceforløbsydelse",
            "440385,00",
            "110096,25",
            "550481,25",
        ],
        // 41.25 × 2,700 = 111,375, no refusion from 2022.
        vec!["2026", "Sparet indsats", "111375,00", "0,00", "111375,00"],
        // 41.25 × 22,053 = 909,686.25; kommune 727,749, stat 181,937.25.
        vec![
            "2026",
            "Merudgift til førtidspension",
            "-727749,00",
            "-181937,25",
            "-909686,25",
        ],
        // 15/37 × 532,500 = 215,878.38, all in 2026 (12 months from January).
        vec![
            "2026",
            "Frikøb af medarbejder",
            "-215878,38",
            "0,00",
            "-215878,38",
        ],
        vec!["2026", "Sagsbehandling pr. sag", "0,00", "0,00", "0,00"],
        vec!["2026", "Kommuneskat af ydelser", "0,00", "0,00", "0,00"],
        // 440,385 + 111,375 − 727,749 − 215,878.38 = −391,867.38;
        // stat 110,096.25 − 181,937.25 = −71,841; sum −463,708.38.
        vec!["2026", "Netto", "-391867,38", "-71841,00", "-463708,38"],
        // 3.75 × 13,345 = 50,043.75; kommune 40,035, stat 10,008.75.
        vec![
            "2027",
            "Sparet ressourceforløbsydelse",
            "40035,00",
            "10008,75",
            "50043,75",
        ],
        // 3.75 × 2,700 = 10,125.
        vec!["2027", "Sparet indsats", "10125,00", "0,00", "10125,00"],
        // 3.75 × 22,053 = 82,698.75; kommune 66,159, stat 16,539.75.
        vec![
            "2027",
            "Merudgift til førtidspension",
            "-66159,00",
            "-16539,75",
            "-82698,75",
        ],
        vec!["2027", "Frikøb af medarbejder", "0,00", "0,00", "0,00"],
        vec!["2027", "Sagsbehandling pr. sag", "0,00", "0,00", "0,00"],
        vec!["2027", "Kommuneskat af ydelser", "0,00", "0,00", "0,00"],
        // 40,035 + 10,125 − 66,159 = −15,999; stat 10,008.75 − 16,539.75 =
        // −6,531; sum −22,530.
        vec!["2027", "Netto", "-15999,00", "-6531,00", "-22530,00"],
        // Totals: the two years added (RFY 45 × 13,345 = 600,525; FP
        // 45 × 22,053 = 992,385).
        vec![
            "I alt",
            "Sparet ressourceforløbsydelse",
            "480420,00",
            "120105,00",
            "600525,00",
        ],
        vec!["I alt", "Sparet indsats", "121500,00", "0,00", "121500,00"],
        vec![
            "I alt",
            "Merudgift til førtidspension",
            "-793908,00",
            "-198477,00",
            "-992385,00",
        ],
        vec![
            "I alt",
            "Frikøb af medarbejder",
            "-215878,38",
            "0,00",
            "-215878,38",
        ],
        vec!["I alt", "Sagsbehandling pr. sag", "0,00", "0,00", "0,00"],
        vec!["I alt", "Kommuneskat af ydelser", "0,00", "0,00", "0,00"],
        // −391,867.38 − 15,999 = −407,866.38; stat −71,841 − 6,531 = −78,372.
        vec!["I alt", "Netto", "-407866,38", "-78372,00", "-486238,38"],
        // The horizon reaches February 2026: the reform notice, after the
        // figures, in the item column, with the row's other cells blank.
        vec![
            "Bemærk",
            "Fra 1. februar 2026 findes ressourceforløb kun for borgere, der allerede er i et (lov nr. 1750 af 29/12/2025): der kommer ingen nye forløb, så regnestykket gælder kun de igangværende.",
            "",
            "",
            "",
        ],
    ];
    assert_eq!(cells(&rows)[1..], expected[..]);
}

#[test]
fn the_reform_notice_in_english_and_in_the_monthly_file() {
    let latest = outcome("your-municipality-latest");
    let rows = parse(&yearly(&latest, &[], Lang::En));
    assert_eq!(
        rows.last().unwrap(),
        &[
            "Note",
            "From 1 February 2026 ressourceforløb exist only for citizens already in one (lov nr. 1750 af 29/12/2025): no new courses start, so the calculation applies to ongoing ones only.",
            "",
            "",
            "",
        ]
    );
    // Monthly: 24 months × 7 rows, the header and the notice, whose text
    // sits in the item column (the month column blank).
    let rows = parse(&csv::monthly(&latest, Lang::Da));
    assert_eq!(rows.len(), 1 + 24 * 7 + 1);
    let last = rows.last().unwrap();
    assert_eq!(last.len(), 6);
    assert_eq!(last[..2], ["Bemærk", ""]);
    assert!(last[2].starts_with("Fra 1. februar 2026"), "{last:?}");
    assert_eq!(last[3..], ["", "", ""]);
}

#[test]
fn english_headers_and_labels_keep_the_danish_number_format() {
    let text = yearly(&outcome("norddjurs-2018-realistic"), &[], Lang::En);
    let rows = table(parse(&text));
    assert_eq!(rows[0], ["Year", "Item", "Municipality", "State", "Total"]);
    assert_eq!(
        rows[7],
        ["2018", "Net", "-386642,43", "-5490,00", "-392132,43"]
    );
    assert_eq!(rows[8][0], "Total");
}

#[test]
fn monthly_first_months_cell_by_cell() {
    let rows = parse(&csv::monthly(
        &outcome("norddjurs-2018-realistic"),
        Lang::Da,
    ));
    // 12 months × 7 rows, and the header.
    assert_eq!(rows.len(), 1 + 12 * 7);
    assert_eq!(rows[0], ["År", "Måned", "Post", "Kommune", "Stat", "I alt"]);
    // January: 1.5 cases move and count 1.5 case-months.
    let january = [
        // 1.5 × 11,282 = 16,923 gross; kommune 80 % = 13,538.40.
        vec![
            "2018",
            "1",
            "Sparet ressourceforløbsydelse",
            "13538,40",
            "3384,60",
            "16923,00",
        ],
        // 1.5 × 2,700 = 4,050, half each.
        vec![
            "2018",
            "1",
            "Sparet indsats",
            "2025,00",
            "2025,00",
            "4050,00",
        ],
        // 1.5 × 18,642 = 27,963; kommune 22,370.40.
        vec![
            "2018",
            "1",
            "Merudgift til førtidspension",
            "-22370,40",
            "-5592,60",
            "-27963,00",
        ],
        // 182,432.43 / 12 = 15,202.70 a month.
        vec![
            "2018",
            "1",
            "Frikøb af medarbejder",
            "-15202,70",
            "0,00",
            "-15202,70",
        ],
        vec![
            "2018",
            "1",
            "Sagsbehandling pr. sag",
            "0,00",
            "0,00",
            "0,00",
        ],
        vec![
            "2018",
            "1",
            "Kommuneskat af ydelser",
            "0,00",
            "0,00",
            "0,00",
        ],
        // 13,538.40 + 2,025 − 22,370.40 − 15,202.7027 = −22,009.7027;
        // stat 3,384.60 + 2,025 − 5,592.60 = −183; sum −22,192.7027.
        vec!["2018", "1", "Netto", "-22009,70", "-183,00", "-22192,70"],
    ];
    assert_eq!(cells(&rows)[1..8], january[..]);
    // March, 4.5 case-months: each amount is the exact figure rounded
    // (the total is rounded from −36,172.7027…, not summed from the parts).
    // Kommune: 4.5 × (9,025.6 + 1,350 − 14,913.6) − 15,202.7027 = −35,623.7027;
    // stat: 4.5 × (2,256.4 + 1,350 − 3,728.4) = −549.
    assert_eq!(
        rows[21],
        ["2018", "3", "Netto", "-35623,70", "-549,00", "-36172,70"]
    );
    // December is the last month.
    assert_eq!(rows[84][..3], ["2018", "12", "Netto"]);
}

#[test]
fn a_comparison_names_each_scenario_and_neutralises_formulas() {
    let realistic = outcome("norddjurs-2018-realistic");
    let claimed = outcome("norddjurs-2018-claimed");
    let evil = "=HYPERLINK(\"http://x\";\"klik\")";
    let text = comparison(
        &[("Realistisk; 2018", &realistic, &[]), (evil, &claimed, &[])],
        Lang::Da,
    );
    // Written out: the name with `;` is quoted, the formula gets a `'` and,
    // since it holds `"` and `;`, quotes with the inner quotes doubled.
    assert!(text.contains("\r\n\"Realistisk; 2018\";2018;Netto;-386642,43;-5490,00;-392132,43\r\n"));
    assert!(
        text.contains("\r\n\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\";I alt;Netto;330005,07;")
    );
    let rows = table(parse(&text));
    assert_eq!(
        rows[0],
        ["Scenarie", "År", "Post", "Kommune", "Stat", "I alt"]
    );
    assert_eq!(rows.len(), 1 + 2 * 14);
    assert!(rows.iter().all(|r| r.len() == 6));
    assert_eq!(rows[1][0], "Realistisk; 2018");
    // No cell a spreadsheet would run as a formula.
    for row in &rows {
        assert!(!row[0].starts_with(['=', '+', '-', '@']), "{row:?}");
    }
    assert_eq!(rows[15][0], format!("'{evil}"));
    // Claimed: indsats 34,551 × 45 × 50 % = 777,397.50 each for kommune and
    // stat; net kommune 406,152 + 777,397.50 − 671,112 − 182,432.43 =
    // 330,005.07; stat 101,538 + 777,397.50 − 167,778 = 711,157.50;
    // sum 1,041,162.57.
    assert_eq!(
        rows[28],
        [
            &format!("'{evil}"),
            "I alt",
            "Netto",
            "330005,07",
            "711157,50",
            "1041162,57"
        ]
    );
}

#[test]
fn a_comparison_gives_the_reform_notice_by_scenario() {
    let realistic = outcome("norddjurs-2018-realistic");
    let latest = outcome("your-municipality-latest");
    let rows = table(parse(&comparison(
        &[("2018", &realistic, &[]), ("2026", &latest, &[])],
        Lang::Da,
    )));
    // 2018: one year and the total (14 rows); 2026: two years and the
    // total (21 rows); then one notice, for the 2026 scenario only, since
    // only its horizon reaches February 2026.
    assert_eq!(rows.len(), 1 + 14 + 21 + 1);
    let last = rows.last().unwrap();
    assert_eq!(last[..2], ["2026", "Bemærk"]);
    assert!(last[2].starts_with("Fra 1. februar 2026"), "{last:?}");
    assert_eq!(last[3..], ["", "", ""]);
    assert_eq!(rows.iter().filter(|r| r[1] == "Bemærk").count(), 1);
}

/// The phase-out preset (tests/preset_phase_out.rs works its figures out):
/// the lasting items and the cost lines in the yearly export, and each cost
/// line's figures, labelled, after the net of each year and of the totals
/// block.
#[test]
fn phase_out_yearly_has_the_new_items_and_each_cost_lines_total() {
    let phase_out = outcome("udfasning-2026");
    let labels = [
        "Forberedelse af pensionssag (20 timer)",
        "Sundhedsfaglig rådgivning fra regionen",
    ];
    let rows = parse(&yearly(&phase_out, &labels, Lang::Da));
    let rows = cells(&rows);
    let find = |year: &str, item: &str| {
        rows.iter()
            .find(|r| r[0] == year && r[1] == item)
            .unwrap_or_else(|| panic!("a row {year};{item}"))
            .clone()
    };
    // Health advice: 125 reviewed over months 5–16 = 125 / 12 a month ×
    // 1,500 = 15,625 a month: 2026 has months 5–12 (8 × 15,625 =
    // 125,000), 2027 months 13–16 (4 × 15,625 = 62,500). Preparing the
    // pension case: 1.25 put forward a month × 4,810 = 6,012.50 a month:
    // 48,100 in 2026, 24,050 in 2027. The item: 173,100 and 86,550.
    let cost_item = "Øvrige investeringer og udgifter";
    assert_eq!(
        find("2026", cost_item)[2..],
        ["-173100,00", "0,00", "-173100,00"]
    );
    assert_eq!(
        find("2027", cost_item)[2..],
        ["-86550,00", "0,00", "-86550,00"]
    );
    // Each line's share of a year follows that year's net.
    assert_eq!(
        find(
            "2026",
            "Udgiftslinje 1: Forberedelse af pensionssag (20 timer)"
        )[2..],
        ["-48100,00", "0,00", "-48100,00"]
    );
    assert_eq!(
        find(
            "2027",
            "Udgiftslinje 2: Sundhedsfaglig rådgivning fra regionen"
        )[2..],
        ["-62500,00", "0,00", "-62500,00"]
    );
    assert_eq!(find("2028", cost_item)[2..], ["0,00", "0,00", "0,00"]);
    // Lasting FP: 298.65 × 22,053 = 6,586,128.45, kommune 80 %, stat 20 %.
    assert_eq!(
        find("I alt", "Varig merudgift efter de afkortede måneder")[2..],
        ["-5268902,76", "-1317225,69", "-6586128,45"]
    );
    // Ledighedsydelse they would have got: 298.65 × 19,616 = 5,858,318.40.
    assert_eq!(
        find(
            "I alt",
            "Sparet anden ydelse (ville ikke være nået samme sted hen)"
        )[2..],
        ["4686654,72", "1171663,68", "5858318,40"]
    );
    // Net: −1,697,736.418… and −406,802.01; public −2,104,538.428… → ,43.
    assert_eq!(
        find("I alt", "Netto")[2..],
        ["-1697736,42", "-406802,01", "-2104538,43"]
    );
    // The lines' own totals follow the net: 15 × 4,810 = 72,150 and
    // 125 × 1,500 = 187,500.
    let net_at = rows
        .iter()
        .position(|r| r[0] == "I alt" && r[1] == "Netto")
        .unwrap();
    assert_eq!(
        rows[net_at + 1],
        [
            "I alt",
            "Udgiftslinje 1: Forberedelse af pensionssag (20 timer)",
            "-72150,00",
            "0,00",
            "-72150,00"
        ]
    );
    assert_eq!(
        rows[net_at + 2],
        [
            "I alt",
            "Udgiftslinje 2: Sundhedsfaglig rådgivning fra regionen",
            "-187500,00",
            "0,00",
            "-187500,00"
        ]
    );
    assert_eq!(rows[net_at + 3][0], "Bemærk", "then the notices");
    // Every row has the header's five columns.
    assert!(rows.iter().all(|r| r.len() == 5));

    // Without labels the line is numbered; in English too.
    let rows = parse(&yearly(&phase_out, &[], Lang::En));
    assert!(rows
        .iter()
        .any(|r| r[..3] == ["Total", "Cost line 2", "-187500,00"]));
    // A label with a separator is quoted, so it stays one cell.
    let text = yearly(&phase_out, &["Råd; region"], Lang::Da);
    assert!(text.contains("I alt;\"Udgiftslinje 1: Råd; region\";-72150,00;0,00;-72150,00\r\n"));
}

/// The monthly export counts the lasting difference month by month: in the
/// horizon's last month 3.3 lasting case-months × 22,053 = 72,774.90, the
/// kommune's 80 % 58,219.92, the state's 14,554.98.
#[test]
fn phase_out_monthly_has_the_lasting_cost_in_the_last_month() {
    let rows = parse(&csv::monthly(&outcome("udfasning-2026"), Lang::Da));
    let row = rows
        .iter()
        .find(|r| {
            r[0] == "2035" && r[1] == "12" && r[2] == "Varig merudgift efter de afkortede måneder"
        })
        .expect("the lasting row of December 2035");
    assert_eq!(row[3..], ["-58219,92", "-14554,98", "-72774,90"]);
}

/// In a comparison the cost-line rows are per scenario: the phase-out has
/// its line, the latest-rates preset none (its cost-lines row is 0).
#[test]
fn comparison_lists_each_scenarios_cost_lines() {
    let phase_out = outcome("udfasning-2026");
    let latest = outcome("your-municipality-latest");
    let rows = parse(&comparison(
        &[
            ("Udfasning", &phase_out, &["Forberedelse", "Rådgivning"]),
            ("Seneste", &latest, &[]),
        ],
        Lang::Da,
    ));
    let rows = cells(&rows);
    assert!(rows.contains(&vec![
        "Udfasning",
        "I alt",
        "Udgiftslinje 2: Rådgivning",
        "-187500,00",
        "0,00",
        "-187500,00"
    ]));
    assert!(rows.contains(&vec![
        "Seneste",
        "I alt",
        "Øvrige investeringer og udgifter",
        "0,00",
        "0,00",
        "0,00"
    ]));
    assert!(!rows
        .iter()
        .any(|r| r[0] == "Seneste" && r[2].starts_with("Udgiftslinje")));
}

/// The rows on top: name, date and the kommune's net present value at the
/// scenario's own discount rate, each row as wide as the table.
#[test]
fn the_top_rows_give_name_date_and_net_present_value() {
    let mut s = presets::find("your-municipality-latest")
        .unwrap()
        .scenario()
        .unwrap();
    s.perspective.discount_pct = dec!(4);
    let discounted = evaluate(&s).unwrap();
    // Nets for the kommune (yearly_over_two_calendar_years): 2026
    // 440,385 + 111,375 − 727,749 − 7,987,500/37 (the buy-out) =
    // −391,867.378378…; 2027 −15,999, discounted one year:
    // −15,999 / 1.04 = −15,383.653846…; together −407,251.032224….
    let exported = csv::Exported {
        name: "Vores kommune; 2026",
        discount_pct: dec!(4),
        outcome: &discounted,
        cost_labels: &[],
    };
    let text = csv::yearly(&exported, DAY, Lang::Da);
    assert!(text.starts_with("\u{FEFF}Scenarie;\"Vores kommune; 2026\";;;\r\n"));
    let rows = parse(&text);
    assert_eq!(
        cells(&rows[..5]),
        [
            vec!["Scenarie", "Vores kommune; 2026", "", "", ""],
            vec!["Eksporteret", "30. november 2026", "", "", ""],
            vec![
                "Nutidsværdi for kommunen (diskonteringsrente 4 %)",
                "-407251,03",
                "",
                "",
                ""
            ],
            vec!["", "", "", "", ""],
            vec!["År", "Post", "Kommune", "Stat", "I alt"],
        ]
    );
    // At 0 % nothing is discounted: the value is the kommune's net,
    // −391,867.38 − 15,999 = −407,866.38; a rate with decimals keeps them.
    let latest = outcome("your-municipality-latest");
    let english = csv::yearly(
        &csv::Exported {
            name: "Latest",
            discount_pct: dec!(0),
            outcome: &latest,
            cost_labels: &[],
        },
        csv::ExportDate {
            year: 2027,
            month: 1,
            day: 5,
        },
        Lang::En,
    );
    let rows = parse(&english);
    assert_eq!(rows[1], ["Exported", "5 January 2027", "", "", ""]);
    assert_eq!(
        rows[2],
        [
            "Net present value for the municipality (discount rate 0 %)",
            "-407866,38",
            "",
            "",
            ""
        ]
    );

    // A comparison: the date, then each scenario's name and value.
    let mut realistic = presets::find("norddjurs-2018-realistic")
        .unwrap()
        .scenario()
        .unwrap();
    realistic.perspective.discount_pct = dec!(2.5);
    let realistic = evaluate(&realistic).unwrap();
    let list = [
        csv::Exported {
            name: "Realistisk",
            discount_pct: dec!(2.5),
            outcome: &realistic,
            cost_labels: &[],
        },
        exported,
    ];
    let rows = parse(&csv::yearly_comparison(&list, DAY, Lang::Da));
    // The realistic case falls in 2018 alone, its first year, which is not
    // discounted: its net −386,642.43 (yearly_norddjurs_realistic_cell_by_cell).
    assert_eq!(
        cells(&rows[..5]),
        [
            vec!["Eksporteret", "30. november 2026", "", "", "", ""],
            vec![
                "Realistisk",
                "Nutidsværdi for kommunen (diskonteringsrente 2,5 %)",
                "-386642,43",
                "",
                "",
                ""
            ],
            vec![
                "Vores kommune; 2026",
                "Nutidsværdi for kommunen (diskonteringsrente 4 %)",
                "-407251,03",
                "",
                "",
                ""
            ],
            vec!["", "", "", "", "", ""],
            vec!["Scenarie", "År", "Post", "Kommune", "Stat", "I alt"],
        ]
    );
    assert!(rows.iter().all(|r| r.len() == 6));
}
