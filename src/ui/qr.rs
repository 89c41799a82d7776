//! A small QR code encoder for share links (ISO/IEC 18004): byte mode, error
//! correction level L, versions 1–40 (up to 2,953 bytes), the mask with the
//! lowest penalty. Pure and tested natively; the component draws the matrix
//! as one SVG path. Nothing here panics: too long a text is `None`.

/// Error-correction codewords per block, level L, versions 1–40.
const ECC_PER_BLOCK: [u8; 40] = [
    7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30,
    26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
];
/// Error-correction blocks, level L, versions 1–40.
const BLOCKS: [u8; 40] = [
    1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14,
    15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25,
];
/// The largest text a version-40 L code holds.
pub const MAX_BYTES: usize = 2953;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrCode {
    pub version: usize,
    /// Modules per side (without the quiet zone).
    pub size: usize,
    pub mask: u8,
    modules: Vec<bool>,
    function: Vec<bool>,
}

impl QrCode {
    /// Whether the module at column `x`, row `y` is dark.
    pub fn dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.modules[y * self.size + x]
    }

    fn set(&mut self, x: usize, y: usize, dark: bool) {
        let i = y * self.size + x;
        self.modules[i] = dark;
        self.function[i] = true;
    }

    /// The dark modules as an SVG path, one run per row segment.
    pub fn svg_path(&self) -> String {
        let mut path = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if self.dark(x, y) {
                    let start = x;
                    while x < self.size && self.dark(x, y) {
                        x += 1;
                    }
                    path.push_str(&format!("M{start} {y}h{}v1H{start}z", x - start));
                } else {
                    x += 1;
                }
            }
        }
        path
    }
}

fn raw_modules(version: usize) -> usize {
    let v = version;
    let mut raw = (16 * v + 128) * v + 64;
    if v >= 2 {
        let n = v / 7 + 2;
        raw -= (25 * n - 10) * n - 55;
        if v >= 7 {
            raw -= 36;
        }
    }
    raw
}

fn data_codewords(version: usize) -> usize {
    let i = version - 1;
    raw_modules(version) / 8 - usize::from(ECC_PER_BLOCK[i]) * usize::from(BLOCKS[i])
}

/// Multiplication in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1.
fn gf_mul(x: u8, y: u8) -> u8 {
    let mut z: u16 = 0;
    for i in (0..8).rev() {
        z = (z << 1) ^ ((z >> 7) * 0x11D);
        z ^= u16::from((y >> i) & 1) * u16::from(x);
    }
    z as u8
}

/// The Reed–Solomon generator polynomial of `degree` (leading 1 left out).
pub fn rs_divisor(degree: usize) -> Vec<u8> {
    let mut result = vec![0u8; degree];
    if let Some(last) = result.last_mut() {
        *last = 1;
    }
    let mut root = 1u8;
    for _ in 0..degree {
        for j in 0..degree {
            result[j] = gf_mul(result[j], root);
            if j + 1 < degree {
                result[j] ^= result[j + 1];
            }
        }
        root = gf_mul(root, 2);
    }
    result
}

/// The error-correction codewords of `data`.
pub fn rs_remainder(data: &[u8], divisor: &[u8]) -> Vec<u8> {
    let mut result = vec![0u8; divisor.len()];
    for &b in data {
        let factor = b ^ result.remove(0);
        result.push(0);
        for (r, &coef) in result.iter_mut().zip(divisor) {
            *r ^= gf_mul(coef, factor);
        }
    }
    result
}

/// Encodes `data` with the best mask; `None` when it is too long.
pub fn encode(data: &[u8]) -> Option<QrCode> {
    (0..8)
        .filter_map(|mask| encode_with_mask(data, mask))
        .min_by_key(penalty)
}

/// Encodes `data` with the given mask (0–7).
pub fn encode_with_mask(data: &[u8], mask: u8) -> Option<QrCode> {
    if mask > 7 {
        return None;
    }
    let version = (1..=40).find(|&v| {
        let count_bits = if v < 10 { 8 } else { 16 };
        4 + count_bits + data.len() * 8 <= data_codewords(v) * 8
    })?;
    let capacity = data_codewords(version) * 8;
    // Bit stream: mode, count, bytes, terminator, padding.
    let mut bits: Vec<bool> = Vec::with_capacity(capacity);
    let mut push = |value: usize, n: usize| {
        for i in (0..n).rev() {
            bits.push((value >> i) & 1 == 1);
        }
    };
    push(0b0100, 4);
    push(data.len(), if version < 10 { 8 } else { 16 });
    for &b in data {
        push(usize::from(b), 8);
    }
    let used = bits.len();
    bits.extend(std::iter::repeat_n(false, (capacity - used).min(4)));
    while bits.len() % 8 != 0 {
        bits.push(false);
    }
    let mut codewords: Vec<u8> = bits
        .chunks(8)
        .map(|c| c.iter().fold(0u8, |acc, &b| (acc << 1) | u8::from(b)))
        .collect();
    for pad in [0xEC, 0x11].into_iter().cycle() {
        if codewords.len() >= capacity / 8 {
            break;
        }
        codewords.push(pad);
    }
    let all = interleave(&codewords, version);

    let size = version * 4 + 17;
    let mut qr = QrCode {
        version,
        size,
        mask,
        modules: vec![false; size * size],
        function: vec![false; size * size],
    };
    qr.draw_function_patterns();
    qr.draw_codewords(&all);
    qr.apply_mask();
    qr.draw_format_bits();
    Some(qr)
}

/// Splits into blocks, adds each block's error correction, interleaves.
fn interleave(data: &[u8], version: usize) -> Vec<u8> {
    let blocks = usize::from(BLOCKS[version - 1]);
    let ecc_len = usize::from(ECC_PER_BLOCK[version - 1]);
    let raw = raw_modules(version) / 8;
    let short_blocks = blocks - raw % blocks;
    let short_len = raw / blocks;
    let divisor = rs_divisor(ecc_len);
    let mut list: Vec<Vec<u8>> = Vec::with_capacity(blocks);
    let mut k = 0;
    for i in 0..blocks {
        let len = short_len - ecc_len + usize::from(i >= short_blocks);
        let mut block = data[k..k + len].to_vec();
        k += len;
        let ecc = rs_remainder(&block, &divisor);
        if i < short_blocks {
            block.push(0);
        }
        block.extend(ecc);
        list.push(block);
    }
    let mut out = Vec::with_capacity(raw);
    for i in 0..=short_len {
        for (j, block) in list.iter().enumerate() {
            if i != short_len - ecc_len || j >= short_blocks {
                out.push(block[i]);
            }
        }
    }
    out
}

impl QrCode {
    fn draw_function_patterns(&mut self) {
        let size = self.size;
        for i in 0..size {
            self.set(6, i, i % 2 == 0);
            self.set(i, 6, i % 2 == 0);
        }
        for (cx, cy) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            for dy in -4i32..=4 {
                for dx in -4i32..=4 {
                    let (x, y) = (cx as i32 + dx, cy as i32 + dy);
                    if (0..size as i32).contains(&x) && (0..size as i32).contains(&y) {
                        let dist = dx.abs().max(dy.abs());
                        self.set(x as usize, y as usize, dist != 2 && dist != 4);
                    }
                }
            }
        }
        let positions = alignment_positions(self.version);
        let last = positions.len().saturating_sub(1);
        for (i, &x) in positions.iter().enumerate() {
            for (j, &y) in positions.iter().enumerate() {
                let corner = (i == 0 && (j == 0 || j == last)) || (i == last && j == 0);
                if !corner {
                    for dy in -2i32..=2 {
                        for dx in -2i32..=2 {
                            let dark = dx.abs().max(dy.abs()) != 1;
                            self.set((x as i32 + dx) as usize, (y as i32 + dy) as usize, dark);
                        }
                    }
                }
            }
        }
        // Reserve the format areas (drawn after masking).
        self.draw_format_bits();
        if self.version >= 7 {
            let v = self.version as u32;
            let mut rem = v;
            for _ in 0..12 {
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25);
            }
            let bits = (v << 12) | rem;
            for i in 0..18 {
                let dark = (bits >> i) & 1 == 1;
                let (a, b) = (size - 11 + i % 3, i / 3);
                self.set(a, b, dark);
                self.set(b, a, dark);
            }
        }
    }

    /// Format information: level L (01) and the mask, BCH-protected.
    fn draw_format_bits(&mut self) {
        let data = (1u32 << 3) | u32::from(self.mask);
        let mut rem = data;
        for _ in 0..10 {
            rem = (rem << 1) ^ ((rem >> 9) * 0x537);
        }
        let bits = ((data << 10) | rem) ^ 0x5412;
        let bit = |i: usize| (bits >> i) & 1 == 1;
        let size = self.size;
        for i in 0..6 {
            self.set(8, i, bit(i));
        }
        self.set(8, 7, bit(6));
        self.set(8, 8, bit(7));
        self.set(7, 8, bit(8));
        for i in 9..15 {
            self.set(14 - i, 8, bit(i));
        }
        for i in 0..8 {
            self.set(size - 1 - i, 8, bit(i));
        }
        for i in 8..15 {
            self.set(8, size - 15 + i, bit(i));
        }
        self.set(8, size - 8, true);
    }

    fn draw_codewords(&mut self, data: &[u8]) {
        let size = self.size;
        let mut i = 0;
        let mut right = size - 1;
        loop {
            if right == 6 {
                right = 5;
            }
            for vert in 0..size {
                for j in 0..2 {
                    let x = right - j;
                    let upward = (right + 1) & 2 == 0;
                    let y = if upward { size - 1 - vert } else { vert };
                    let at = y * size + x;
                    if !self.function[at] && i < data.len() * 8 {
                        self.modules[at] = (data[i >> 3] >> (7 - (i & 7))) & 1 == 1;
                        i += 1;
                    }
                }
            }
            if right < 2 {
                break;
            }
            right -= 2;
        }
    }

    fn apply_mask(&mut self) {
        let size = self.size;
        for y in 0..size {
            for x in 0..size {
                let invert = match self.mask {
                    0 => (x + y) % 2 == 0,
                    1 => y % 2 == 0,
                    2 => x % 3 == 0,
                    3 => (x + y) % 3 == 0,
                    4 => (x / 3 + y / 2) % 2 == 0,
                    5 => x * y % 2 + x * y % 3 == 0,
                    6 => (x * y % 2 + x * y % 3) % 2 == 0,
                    _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
                };
                let at = y * size + x;
                if invert && !self.function[at] {
                    self.modules[at] ^= true;
                }
            }
        }
    }
}

/// Centres of the alignment patterns, on both axes.
fn alignment_positions(version: usize) -> Vec<usize> {
    if version == 1 {
        return Vec::new();
    }
    let n = version / 7 + 2;
    let step = (version * 8 + n * 3 + 5) / (n * 4 - 4) * 2;
    let size = version * 4 + 17;
    let mut result: Vec<usize> = (0..n - 1).map(|i| size - 7 - i * step).collect();
    result.push(6);
    result.reverse();
    result
}

/// The mask penalty of ISO/IEC 18004 §7.8.3: runs, 2×2 blocks, finder-like
/// patterns, dark/light balance.
fn penalty(qr: &QrCode) -> usize {
    let size = qr.size;
    let mut score = 0;
    for horizontal in [true, false] {
        for a in 0..size {
            let at = |b: usize| {
                if horizontal {
                    qr.dark(b, a)
                } else {
                    qr.dark(a, b)
                }
            };
            let mut run = 0;
            let mut last = None;
            let mut window: u16 = 0;
            for b in 0..size {
                let d = at(b);
                if Some(d) == last {
                    run += 1;
                } else {
                    if run >= 5 {
                        score += run - 2;
                    }
                    run = 1;
                    last = Some(d);
                }
                window = ((window << 1) | u16::from(d)) & 0x7FF;
                if b >= 10 && (window == 0b101_1101_0000 || window == 0b000_0101_1101) {
                    score += 40;
                }
            }
            if run >= 5 {
                score += run - 2;
            }
        }
    }
    let mut dark = 0;
    for y in 0..size {
        for x in 0..size {
            let d = qr.dark(x, y);
            dark += usize::from(d);
            if x + 1 < size
                && y + 1 < size
                && d == qr.dark(x + 1, y)
                && d == qr.dark(x, y + 1)
                && d == qr.dark(x + 1, y + 1)
            {
                score += 3;
            }
        }
    }
    let total = size * size;
    let k = (dark * 20)
        .abs_diff(total * 10)
        .div_ceil(total)
        .saturating_sub(1);
    score + k * 10
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(qr: &QrCode) -> Vec<String> {
        (0..qr.size)
            .map(|y| {
                (0..qr.size)
                    .map(|x| if qr.dark(x, y) { '#' } else { '.' })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn capacity_and_versions() {
        assert_eq!(data_codewords(1), 19);
        assert_eq!(data_codewords(40), 2956);
        assert_eq!(encode(&[b'a'; 17]).unwrap().version, 1);
        assert_eq!(encode(&[b'a'; 18]).unwrap().version, 2);
        assert_eq!(encode(&[b'a'; MAX_BYTES]).unwrap().version, 40);
        assert_eq!(encode(&[b'a'; MAX_BYTES + 1]), None);
        assert_eq!(alignment_positions(7), vec![6, 22, 38]);
        assert_eq!(alignment_positions(32), vec![6, 34, 60, 86, 112, 138]);
        assert_eq!(alignment_positions(40), vec![6, 30, 58, 86, 114, 142, 170]);
    }

    #[test]
    fn reed_solomon_of_the_standard_example() {
        // ISO/IEC 18004 Annex I: "01234567" in version 1-M has these 16
        // data codewords and these 10 error-correction codewords.
        let data = [
            0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11,
            0xEC, 0x11,
        ];
        let ecc = rs_remainder(&data, &rs_divisor(10));
        assert_eq!(
            ecc,
            [0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55]
        );
    }

    #[test]
    fn hello_world_matches_a_reference_encoder() {
        // python-qrcode 8 (byte mode, level L, mask 3), which agrees with this
        // encoder on all eight masks for versions 1, 11 and 36.
        let expected = [
            "#######.#.###.#######",
            "#.....#...##..#.....#",
            "#.###.#.##.#..#.###.#",
            "#.###.#.##..#.#.###.#",
            "#.###.#.#..#..#.###.#",
            "#.....#..####.#.....#",
            "#######.#.#.#.#######",
            "...........##........",
            "####..#.######..###.#",
            ".#.###.#..######.##..",
            "####..#.#..#.#.#...##",
            "######.#...#...#.#.#.",
            "###...##.#..##....#.#",
            "........##.#..##..#.#",
            "#######...#######....",
            "#.....#......#.#.####",
            "#.###.#...#.#.#..#...",
            "#.###.#.#.#...#..###.",
            "#.###.#.###.#..#..#..",
            "#.....#.##.#.####...#",
            "#######.#..#.#.#.....",
        ];
        let qr = encode(b"HELLO WORLD").unwrap();
        assert_eq!(
            (qr.version, qr.mask),
            (1, 3),
            "mask 3 has the lowest penalty"
        );
        assert_eq!(rows(&qr), expected);
        // Format bits for L and mask 3 (011 = 01 011 → 111100010011101).
        let format: String = (0..15)
            .map(|i| {
                let x = [0, 1, 2, 3, 4, 5, 7, 8, 8, 8, 8, 8, 8, 8, 8][i];
                let y = [8, 8, 8, 8, 8, 8, 8, 8, 7, 5, 4, 3, 2, 1, 0][i];
                if qr.dark(x, y) {
                    '1'
                } else {
                    '0'
                }
            })
            .collect();
        assert_eq!(format, "111100010011101");
        assert!(qr.svg_path().starts_with("M0 0h7v1H0z"));
    }
}
