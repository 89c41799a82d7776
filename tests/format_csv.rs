//! CSV export for Danish Excel and LibreOffice (`src/format/csv.rs`):
//! checked cell by cell against figures worked out by hand.

use afkortning::data::presets;
use afkortning::engine::evaluate;
use afkortning::engine::outcome::Outcome;
use afkortning::format::csv;
use afkortning::lang::Lang;

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

fn cells(rows: &[Vec<String>]) -> Vec<Vec<&str>> {
    rows.iter()
        .map(|r| r.iter().map(String::as_str).collect())
        .collect()
}

#[test]
fn yearly_norddjurs_realistic_cell_by_cell() {
    let text = csv::yearly(&outcome("norddjurs-2018-realistic"), Lang::Da);
    assert!(text.starts_with("\u{FEFF}År;Post;Kommune;Stat;I alt\r\n"));
    let rows = parse(&text);
    // Everything falls in 2018 (15 cases × 3 months = 45 case-months, the
    // cases moving evenly Jan–Oct), so the year rows equal the total rows.
    let year_2018 = [
        // RFY 2018 ikke-forsørger 11,365.86 × 45 = 511,463.70 gross; refusion
        // 20 %: kommune 409,170.96, stat 102,292.74.
        [
            "Sparet ressourceforløbsydelse",
            "409170,96",
            "102292,74",
            "511463,70",
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
        // Kommune 409,170.96 + 60,750 − 671,112 − 182,432.43 = −383,623.47;
        // stat 102,292.74 + 60,750 − 167,778 = −4,735.26; sum −388,358.73.
        ["Netto", "-383623,47", "-4735,26", "-388358,73"],
    ];
    let mut expected = vec![vec!["År", "Post", "Kommune", "Stat", "I alt"]];
    for year in ["2018", "I alt"] {
        for row in &year_2018 {
            let mut r = vec![year];
            r.extend(row);
            expected.push(r);
        }
    }
    assert_eq!(cells(&rows), expected);
}

#[test]
fn yearly_over_two_calendar_years() {
    let rows = parse(&csv::yearly(&outcome("your-municipality-latest"), Lang::Da));
    assert_eq!(rows.len(), 1 + 3 * 7);
    // 2024 rules: RFY ikke-forsørger 12,326, FP enlig 20,370, 80 % kommune,
    // indsats 2,700 with no refusion. 15 cases move evenly over 12 months
    // (1.25 a month), 3 months each: the November cohort has 1 month in
    // 2025 and the December cohort 2, so 1.25 × 3 = 3.75 case-months fall
    // in 2025 and 45 − 3.75 = 41.25 in 2024.
    let expected = vec![
        // 41.25 × 12,326 = 508,447.50; kommune 80 % = 406,758.
        vec![
            "2024",
            "Sparet ressourceforløbsydelse",
            "406758,00",
            "101689,50",
            "508447,50",
        ],
        // 41.25 × 2,700 = 111,375, no refusion from 2022.
        vec!["2024", "Sparet indsats", "111375,00", "0,00", "111375,00"],
        // 41.25 × 20,370 = 840,262.50; kommune 672,210.
        vec![
            "2024",
            "Merudgift til førtidspension",
            "-672210,00",
            "-168052,50",
            "-840262,50",
        ],
        // 15/37 × 520,000 = 210,810.81, all in 2024 (12 months from January).
        vec![
            "2024",
            "Frikøb af medarbejder",
            "-210810,81",
            "0,00",
            "-210810,81",
        ],
        vec!["2024", "Sagsbehandling pr. sag", "0,00", "0,00", "0,00"],
        vec!["2024", "Kommuneskat af ydelser", "0,00", "0,00", "0,00"],
        // 406,758 + 111,375 − 672,210 − 210,810.81 = −364,887.81;
        // stat 101,689.50 − 168,052.50 = −66,363.
        vec!["2024", "Netto", "-364887,81", "-66363,00", "-431250,81"],
        // 3.75 × 12,326 = 46,222.50; kommune 36,978.
        vec![
            "2025",
            "Sparet ressourceforløbsydelse",
            "36978,00",
            "9244,50",
            "46222,50",
        ],
        // 3.75 × 2,700 = 10,125.
        vec!["2025", "Sparet indsats", "10125,00", "0,00", "10125,00"],
        // 3.75 × 20,370 = 76,387.50; kommune 61,110.
        vec![
            "2025",
            "Merudgift til førtidspension",
            "-61110,00",
            "-15277,50",
            "-76387,50",
        ],
        vec!["2025", "Frikøb af medarbejder", "0,00", "0,00", "0,00"],
        vec!["2025", "Sagsbehandling pr. sag", "0,00", "0,00", "0,00"],
        vec!["2025", "Kommuneskat af ydelser", "0,00", "0,00", "0,00"],
        // 36,978 + 10,125 − 61,110 = −14,007; stat 9,244.50 − 15,277.50 = −6,033.
        vec!["2025", "Netto", "-14007,00", "-6033,00", "-20040,00"],
        // Totals: the two years added.
        vec![
            "I alt",
            "Sparet ressourceforløbsydelse",
            "443736,00",
            "110934,00",
            "554670,00",
        ],
        vec!["I alt", "Sparet indsats", "121500,00", "0,00", "121500,00"],
        vec![
            "I alt",
            "Merudgift til førtidspension",
            "-733320,00",
            "-183330,00",
            "-916650,00",
        ],
        vec![
            "I alt",
            "Frikøb af medarbejder",
            "-210810,81",
            "0,00",
            "-210810,81",
        ],
        vec!["I alt", "Sagsbehandling pr. sag", "0,00", "0,00", "0,00"],
        vec!["I alt", "Kommuneskat af ydelser", "0,00", "0,00", "0,00"],
        vec!["I alt", "Netto", "-378894,81", "-72396,00", "-451290,81"],
    ];
    assert_eq!(cells(&rows)[1..], expected[..]);
}

#[test]
fn english_headers_and_labels_keep_the_danish_number_format() {
    let text = csv::yearly(&outcome("norddjurs-2018-realistic"), Lang::En);
    let rows = parse(&text);
    assert_eq!(rows[0], ["Year", "Item", "Municipality", "State", "Total"]);
    assert_eq!(
        rows[7],
        ["2018", "Net", "-383623,47", "-4735,26", "-388358,73"]
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
        // 1.5 × 11,365.86 = 17,048.79 gross; kommune 80 % = 13,639.032.
        vec![
            "2018",
            "1",
            "Sparet ressourceforløbsydelse",
            "13639,03",
            "3409,76",
            "17048,79",
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
        // 13,639.032 + 2,025 − 22,370.40 − 15,202.7027 = −21,909.0707;
        // stat 3,409.758 + 2,025 − 5,592.60 = −157.842.
        vec!["2018", "1", "Netto", "-21909,07", "-157,84", "-22066,91"],
    ];
    assert_eq!(cells(&rows)[1..8], january[..]);
    // March, 4.5 case-months: each amount is the exact figure rounded, so
    // the total (−35,795.3327…) is one øre off the rounded parts' sum
    // (−35,321.81 − 473.53 = −35,795.34).
    // Kommune: 4.5 × (9,092.688 + 1,350 − 14,913.6) − 15,202.7027 = −35,321.8067;
    // stat: 4.5 × (2,273.172 + 1,350 − 3,728.4) = −473.526.
    assert_eq!(
        rows[21],
        ["2018", "3", "Netto", "-35321,81", "-473,53", "-35795,33"]
    );
    // December is the last month.
    assert_eq!(rows[84][..3], ["2018", "12", "Netto"]);
}

#[test]
fn a_comparison_names_each_scenario_and_neutralises_formulas() {
    let realistic = outcome("norddjurs-2018-realistic");
    let claimed = outcome("norddjurs-2018-claimed");
    let evil = "=HYPERLINK(\"http://x\";\"klik\")";
    let text = csv::yearly_comparison(
        &[("Realistisk; 2018", &realistic), (evil, &claimed)],
        Lang::Da,
    );
    // Written out: the name with `;` is quoted, the formula gets a `'` and,
    // since it holds `"` and `;`, quotes with the inner quotes doubled.
    assert!(text.contains("\r\n\"Realistisk; 2018\";2018;Netto;-383623,47;-4735,26;-388358,73\r\n"));
    assert!(
        text.contains("\r\n\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\";I alt;Netto;330009,03;")
    );
    let rows = parse(&text);
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
    // Claimed: indsats 34,417 × 45 × 50 % = 774,382.50 each for kommune and
    // stat; net kommune 409,170.96 + 774,382.50 − 671,112 − 182,432.43 =
    // 330,009.03; stat 102,292.74 + 774,382.50 − 167,778 = 708,897.24.
    assert_eq!(
        rows[28],
        [
            &format!("'{evil}"),
            "I alt",
            "Netto",
            "330009,03",
            "708897,24",
            "1038906,27"
        ]
    );
}
