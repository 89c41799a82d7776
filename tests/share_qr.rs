//! The share panel's QR codes read back as the links they stand for: each
//! code is painted from the very `viewBox` and path the component puts in its
//! SVG, then decoded by rqrr, a QR reader written apart from the encoder.
// rqrr is a native-only dev-dependency: no wasm build pays for it.
#![cfg(not(target_arch = "wasm32"))]

use afkortning::data::presets::PRESETS;
use afkortning::engine::scenario::Scenario;
use afkortning::engine::validate::validate;
use afkortning::format::link;
use afkortning::ui::view::{qr_drawing, qr_scans_at, QrDrawing, QR_QUIET_ZONE, QR_SMALL_PX};
use qrcodegen::{QrCode, QrCodeEcc};

mod incompressible;

/// Where the app could be published; `share_url` puts the page's origin and
/// path in front of `#` and the fragment, so the code holds all of it.
const PAGE: &str = "https://www.example-kommune.dk/beregnere/afkortning-af-ressourceforloeb/";

/// Pixels per module: what a phone camera sees of a code on screen is
/// coarser, but the reader needs a few pixels per module to sample centres.
const SCALE: usize = 4;

fn preset(i: usize) -> Scenario {
    PRESETS[i].scenario().expect("the presets are valid")
}

fn address(fragment: &str) -> String {
    format!("{PAGE}#{fragment}")
}

/// The drawing as a greyscale bitmap: white everywhere (the `qr-bg`
/// rectangle fills the whole `viewBox`), black where a path rectangle is.
fn paint(drawing: &QrDrawing) -> (usize, Vec<u8>) {
    let numbers: Vec<i64> = drawing
        .view_box
        .split(' ')
        .map(|n| n.parse().expect("a whole number"))
        .collect();
    let [left, top, width, height] = numbers[..] else {
        panic!("a viewBox has four numbers: {}", drawing.view_box);
    };
    let quiet = QR_QUIET_ZONE as i64;
    assert_eq!((left, top), (-quiet, -quiet));
    let side = drawing.size as i64 + 2 * quiet;
    assert_eq!((width, height), (side, side));

    let pixels = side as usize * SCALE;
    let mut bitmap = vec![255u8; pixels * pixels];
    // The component's path is a list of "M{x} {y}h{w}v1h-{w}z": one
    // rectangle a module high per run of dark modules.
    for rect in drawing.path.split_terminator('z') {
        let numbers: Vec<usize> = rect
            .split(['M', ' ', 'h', 'v'])
            .filter(|part| !part.is_empty())
            .map(|part| {
                part.trim_start_matches('-')
                    .parse()
                    .expect("a module count")
            })
            .collect();
        let [x, y, w, one, back] = numbers[..] else {
            panic!("not a run rectangle: {rect}");
        };
        assert_eq!((one, back), (1, w), "{rect}");
        assert!(w > 0 && x + w <= drawing.size && y < drawing.size, "{rect}");
        let (x, y) = (x + QR_QUIET_ZONE, y + QR_QUIET_ZONE);
        for row in y * SCALE..(y + 1) * SCALE {
            bitmap[row * pixels + x * SCALE..row * pixels + (x + w) * SCALE].fill(0);
        }
    }
    (pixels, bitmap)
}

/// What a scanner reads from the drawing, with the code's version.
fn scan(drawing: &QrDrawing) -> (String, usize) {
    let (pixels, bitmap) = paint(drawing);
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(pixels, pixels, |x, y| bitmap[y * pixels + x]);
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one code in the picture");
    let (meta, text) = grids[0].decode().expect("the code decodes");
    (text, meta.version.0)
}

/// Error correction lets a reader get past a few wrong modules, so the
/// drawing is also held to the encoder's matrix module by module, sampled at
/// each module's centre.
fn assert_draws_every_module(what: &str, text: &str, drawing: &QrDrawing) {
    let code = QrCode::encode_binary(text.as_bytes(), QrCodeEcc::Low).expect("fits");
    assert_eq!(drawing.size, code.size() as usize, "{what}");
    let (pixels, bitmap) = paint(drawing);
    let centre = |module: usize| (module + QR_QUIET_ZONE) * SCALE + SCALE / 2;
    for y in 0..drawing.size {
        for x in 0..drawing.size {
            let drawn_dark = bitmap[centre(y) * pixels + centre(x)] == 0;
            let dark = code.get_module(x as i32, y as i32);
            assert_eq!(drawn_dark, dark, "{what}: module ({x}, {y})");
        }
    }
}

/// The drawing of `text` must read back as exactly `text`, at the version its
/// side length gives (side = 17 + 4 × version).
fn assert_reads_back(what: &str, text: &str) {
    let drawing = qr_drawing(text).unwrap_or_else(|| panic!("{what}: no QR code"));
    assert_draws_every_module(what, text, &drawing);
    let (read, version) = scan(&drawing);
    assert_eq!(read, text, "{what}");
    assert_eq!(drawing.size, 17 + 4 * version, "{what}");
}

#[test]
fn the_share_link_of_each_preset_reads_back_from_its_code() {
    for (i, p) in PRESETS.iter().enumerate() {
        let fragment = link::encode_scenario(&preset(i)).expect("a preset fits in a link");
        let url = address(&fragment);
        assert!(url.contains("#s2."));
        // Since links refer to a preset's notes (link version 2), every
        // preset's link fits a code, the phase-out preset's included.
        assert_reads_back(p.id, &url);
    }
}

/// The small code in the share panel is drawn 352 CSS px wide; it is shown
/// only up to version 23, where a module is still 3 px: (17 + 4 × 23 + 8)
/// × 3 = 351 (level L holds 1,091 bytes there). The default preset's link
/// (about 770 bytes with this address) is well inside: version 19 or less
/// (792 bytes).
#[test]
fn the_default_presets_code_scans_at_the_small_size() {
    let url = address(&link::encode_scenario(&preset(0)).expect("a link"));
    let drawing = qr_drawing(&url).expect("a code");
    assert!(drawing.size <= 17 + 4 * 19, "{} modules", drawing.size);
    assert!(qr_scans_at(&drawing, QR_SMALL_PX));
    // Version 23 is the largest shown small, version 24 is not.
    let text = |n: usize| PAGE.chars().cycle().take(n).collect::<String>();
    let v23 = qr_drawing(&text(1091)).expect("1,091 bytes: version 23");
    assert_eq!(v23.size, 109);
    assert!(qr_scans_at(&v23, QR_SMALL_PX));
    let v24 = qr_drawing(&text(1092)).expect("1,092 bytes: version 24");
    assert_eq!(v24.size, 113);
    assert!(!qr_scans_at(&v24, QR_SMALL_PX));
    // The largest code, version 40, needs (177 + 8) × 3 = 555 px.
    let v40 = qr_drawing(&text(2953)).expect("version 40");
    assert!(qr_scans_at(&v40, 555) && !qr_scans_at(&v40, 554));
}

/// The usual comparison: a scenario beside a copy with one figure changed
/// (the default preset with indsats 12,000 kr. a month instead of 2,700).
#[test]
fn a_comparison_of_a_preset_and_a_variant_reads_back_from_its_code() {
    let mut variant = preset(0);
    variant.name = format!("{} – indsats 12.000", variant.name);
    variant.groups[0].indsats.monthly = 12_000.into();
    let fragment = link::encode_comparison(&[preset(0), variant]).expect("fits in a link");
    let url = address(&fragment);
    assert!(url.contains("#c2."));
    assert_reads_back("preset and variant", &url);
}

/// The story's pair, Norddjurs' claim beside the realistic indsats, used to
/// be about 2,500 bytes; with their notes referred to it fits the small
/// code (988 bytes with this address, version 22). All four presets (1,534
/// bytes, version 29: 133 modules) need more than the small code can give
/// 3 px: the panel offers the large one, which reads back too.
#[test]
fn comparisons_of_the_presets_read_back_from_their_codes() {
    let list: Vec<Scenario> = (0..PRESETS.len()).map(preset).collect();
    let pair = address(&link::encode_comparison(&list[1..3]).expect("fits in a link"));
    let drawing = qr_drawing(&pair).expect("a code");
    assert!(
        qr_scans_at(&drawing, QR_SMALL_PX),
        "{} modules",
        drawing.size
    );
    assert_reads_back("claimed and realistic", &pair);
    let four = address(&link::encode_comparison(&list).expect("fits in a link"));
    let drawing = qr_drawing(&four).expect("a code");
    println!(
        "pair: {} bytes, four: {} bytes, {} modules",
        pair.len(),
        four.len(),
        drawing.size
    );
    assert!(
        !qr_scans_at(&drawing, QR_SMALL_PX),
        "{} modules",
        drawing.size
    );
    assert_reads_back("four presets", &four);
}

/// The sizes a byte-mode code at level L holds (ISO/IEC 18004, table 7):
/// 17 bytes in version 1 (21 modules a side), 32 in version 2 (25),
/// 2,953 in version 40 (177); one byte more than that has no code.
#[test]
fn a_code_is_the_smallest_that_holds_the_link_and_none_beyond_version_40() {
    let text = |n: usize| address("").chars().cycle().take(n).collect::<String>();
    for (bytes, side) in [(17, 21), (18, 25), (32, 25), (33, 29), (2953, 177)] {
        let drawing = qr_drawing(&text(bytes)).expect("fits in a QR code");
        assert_eq!(drawing.size, side, "{bytes} bytes");
    }
    assert_reads_back("2,953 bytes", &text(2953));
    assert_eq!(qr_drawing(&text(2954)), None);
}

/// A description may have 5,000 characters, and a link carries it whole; a
/// long one that compresses poorly makes a link no QR code holds, and the
/// panel gets `None` (its "too long for a QR code" notice), not a panic.
#[test]
fn a_link_too_long_for_a_code_gives_none() {
    let mut s = preset(0);
    // Digits of a linear congruential sequence: text deflate cannot shrink
    // much below log2(10)/8 ≈ 0.42 bytes a character, so 5,000 characters
    // stay above 2,000 bytes, 2,700 in base64url, before the scenario itself.
    s.description = incompressible::digits(5000);
    assert!(validate(&s).is_empty(), "a scenario the app accepts");
    let url = address(&link::encode_scenario(&s).expect("a link"));
    assert!(url.len() > 2953, "{} bytes", url.len());
    assert_eq!(qr_drawing(&url), None);
}
