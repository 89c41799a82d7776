//! A small raw-deflate encoder (RFC 1951) for share links: LZ77 with hash
//! chains and one-step lazy matching, written as a single block with
//! Huffman codes made for the data (or the fixed codes, when shorter).
//! Links are read with miniz_oxide's inflate; this encoder exists because
//! miniz_oxide's own compressor costs about 8 KB of the app's 200 KB brotli
//! budget, for links of about the same length.
//!
//! Every output is a valid deflate stream for any input; the tests check it
//! against miniz_oxide's inflate.

/// Longest back-reference distance deflate allows.
const WINDOW: usize = 32_768;
const MIN_MATCH: usize = 3;
const MAX_MATCH: usize = 258;
/// Candidates tried per position: plenty for documents of a few kilobytes.
const MAX_CHAIN: usize = 256;
const HASH_BITS: u32 = 15;
const NONE: usize = usize::MAX;

const LENGTH_BASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
];
const LENGTH_EXTRA: [u8; 29] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const DIST_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA: [u8; 30] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
];

/// `data` as one final deflate block: with codes made for this data
/// (dynamic Huffman) or the fixed codes, whichever is shorter.
pub fn compress(data: &[u8]) -> Vec<u8> {
    let tokens = tokenize(data);
    let fixed = encode(&tokens, false);
    let dynamic = encode(&tokens, true);
    if dynamic.len() < fixed.len() {
        dynamic
    } else {
        fixed
    }
}

#[derive(Clone, Copy)]
enum Token {
    Literal(u8),
    /// Length (3–258) and distance (1–32,768) of a back-reference.
    Match(usize, usize),
}

/// LZ77 with one-step lazy matching: a longer match one byte on is worth a
/// literal first.
fn tokenize(data: &[u8]) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut finder = MatchFinder::new(data);
    let mut i = 0;
    while i < data.len() {
        let (len, dist) = finder.longest(i);
        finder.insert(i);
        if len >= MIN_MATCH && finder.longest(i + 1).0 <= len {
            tokens.push(Token::Match(len, dist));
            for k in i + 1..i + len {
                finder.insert(k);
            }
            i += len;
        } else {
            tokens.push(Token::Literal(data[i]));
            i += 1;
        }
    }
    tokens
}

/// The literal/length symbol of a token, and its distance symbol if any.
fn symbols(token: Token) -> (usize, Option<usize>) {
    match token {
        Token::Literal(b) => (usize::from(b), None),
        Token::Match(len, dist) => (
            257 + bucket(&LENGTH_BASE, len).0,
            Some(bucket(&DIST_BASE, dist).0),
        ),
    }
}

const END_OF_BLOCK: usize = 256;
/// The order code-length code lengths are written in (RFC 1951, 3.2.7).
const CODE_LENGTH_ORDER: [usize; 19] = [
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
];

fn encode(tokens: &[Token], dynamic: bool) -> Vec<u8> {
    let mut out = BitWriter::default();
    out.put(1, 1); // BFINAL
    let (lit_lengths, dist_lengths) = if dynamic {
        out.put(2, 2); // BTYPE 10: dynamic Huffman codes
        let mut lit_freq = [0u32; 286];
        let mut dist_freq = [0u32; 30];
        for &token in tokens {
            let (lit, dist) = symbols(token);
            lit_freq[lit] += 1;
            if let Some(d) = dist {
                dist_freq[d] += 1;
            }
        }
        lit_freq[END_OF_BLOCK] = 1;
        let lit = limited_lengths(&lit_freq, 15);
        let dist = limited_lengths(&dist_freq, 15);
        write_code_lengths(&mut out, &lit, &dist);
        (lit, dist)
    } else {
        out.put(1, 2); // BTYPE 01: fixed Huffman codes (RFC 1951, 3.2.6)
        let lit = (0..288)
            .map(|sym| match sym {
                0..=143 => 8,
                144..=255 => 9,
                256..=279 => 7,
                _ => 8,
            })
            .collect();
        (lit, vec![5; 30])
    };
    let lit_codes = canonical_codes(&lit_lengths);
    let dist_codes = canonical_codes(&dist_lengths);
    for &token in tokens {
        let (lit, dist) = symbols(token);
        out.code(lit_codes[lit], lit_lengths[lit]);
        if let (Token::Match(len, distance), Some(d)) = (token, dist) {
            let (li, base) = bucket(&LENGTH_BASE, len);
            out.put((len - base) as u32, u32::from(LENGTH_EXTRA[li]));
            out.code(dist_codes[d], dist_lengths[d]);
            let base = usize::from(DIST_BASE[d]);
            out.put((distance - base) as u32, u32::from(DIST_EXTRA[d]));
        }
    }
    out.code(lit_codes[END_OF_BLOCK], lit_lengths[END_OF_BLOCK]);
    out.finish()
}

/// The dynamic block header: the code lengths of both alphabets, run-length
/// encoded and written with a Huffman code of their own.
fn write_code_lengths(out: &mut BitWriter, lit: &[u8], dist: &[u8]) {
    let used = |lengths: &[u8], min: usize| {
        lengths
            .iter()
            .rposition(|&l| l != 0)
            .map_or(min, |last| (last + 1).max(min))
    };
    let (nlit, ndist) = (used(lit, 257), used(dist, 1));
    let sequence: Vec<u8> = lit[..nlit].iter().chain(&dist[..ndist]).copied().collect();
    // (symbol, extra value, extra bits)
    let mut runs: Vec<(usize, u32, u32)> = Vec::new();
    let mut i = 0;
    while i < sequence.len() {
        let value = sequence[i];
        let run = sequence[i..].iter().take_while(|&&v| v == value).count();
        let mut left = run;
        if value != 0 {
            runs.push((usize::from(value), 0, 0));
            left -= 1;
        }
        while left > 0 {
            let (symbol, min, max, bits) = match value {
                0 if left >= 11 => (18, 11, 138, 7),
                0 => (17, 3, 10, 3),
                _ => (16, 3, 6, 2),
            };
            if left < min {
                runs.extend(std::iter::repeat_n((usize::from(value), 0, 0), left));
                break;
            }
            let n = left.min(max);
            runs.push((symbol, (n - min) as u32, bits));
            left -= n;
        }
        i += run;
    }
    let mut freq = [0u32; 19];
    for &(symbol, _, _) in &runs {
        freq[symbol] += 1;
    }
    let lengths = limited_lengths(&freq, 7);
    let codes = canonical_codes(&lengths);
    let nclen = CODE_LENGTH_ORDER
        .iter()
        .rposition(|&s| lengths[s] != 0)
        .map_or(4, |last| (last + 1).max(4));
    out.put((nlit - 257) as u32, 5);
    out.put((ndist - 1) as u32, 5);
    out.put((nclen - 4) as u32, 4);
    for &s in &CODE_LENGTH_ORDER[..nclen] {
        out.put(u32::from(lengths[s]), 3);
    }
    for (symbol, extra, bits) in runs {
        out.code(codes[symbol], lengths[symbol]);
        out.put(extra, bits);
    }
}

/// Huffman code lengths of at most `limit` bits for these frequencies. At
/// least two symbols get a code (a lone code is not a complete prefix code,
/// which strict decoders refuse). Over the limit, the frequencies are
/// flattened and the code built again; equal frequencies give a balanced
/// code, so this ends.
fn limited_lengths(freqs: &[u32], limit: usize) -> Vec<u8> {
    let mut freqs = freqs.to_vec();
    for i in 0..freqs.len() {
        if freqs.iter().filter(|&&f| f > 0).count() >= 2 {
            break;
        }
        if freqs[i] == 0 {
            freqs[i] = 1;
        }
    }
    loop {
        let lengths = huffman_lengths(&freqs);
        if lengths.iter().all(|&l| l <= limit) {
            return lengths.into_iter().map(|l| l as u8).collect();
        }
        for f in freqs.iter_mut().filter(|f| **f > 0) {
            *f = (*f >> 1) | 1;
        }
    }
}

/// Unlimited Huffman code lengths: merge the two lightest nodes until one is
/// left; a symbol's length is its depth. Ties go to the lower index, so the
/// result is the same on every machine.
fn huffman_lengths(freqs: &[u32]) -> Vec<usize> {
    let mut weight: Vec<u64> = freqs.iter().map(|&f| u64::from(f)).collect();
    let mut parent = vec![NONE; freqs.len()];
    let mut active: Vec<usize> = (0..freqs.len()).filter(|&i| freqs[i] > 0).collect();
    let lightest = |active: &mut Vec<usize>, weight: &[u64]| {
        let at = (0..active.len())
            .min_by_key(|&k| (weight[active[k]], active[k]))
            .unwrap_or(0);
        active.remove(at)
    };
    while active.len() > 1 {
        let a = lightest(&mut active, &weight);
        let b = lightest(&mut active, &weight);
        let node = weight.len();
        weight.push(weight[a] + weight[b]);
        parent.push(NONE);
        parent[a] = node;
        parent[b] = node;
        active.push(node);
    }
    (0..freqs.len())
        .map(|i| {
            if freqs[i] == 0 {
                return 0;
            }
            let (mut depth, mut k) = (0, i);
            while parent[k] != NONE {
                depth += 1;
                k = parent[k];
            }
            depth.max(1)
        })
        .collect()
}

/// Canonical Huffman codes for these lengths (RFC 1951, 3.2.2).
fn canonical_codes(lengths: &[u8]) -> Vec<u32> {
    let mut count = [0u32; 16];
    for &l in lengths {
        count[usize::from(l)] += 1;
    }
    count[0] = 0;
    let mut next = [0u32; 16];
    let mut code = 0;
    for bits in 1..16 {
        code = (code + count[bits - 1]) << 1;
        next[bits] = code;
    }
    lengths
        .iter()
        .map(|&l| {
            let l = usize::from(l);
            if l == 0 {
                return 0;
            }
            let c = next[l];
            next[l] += 1;
            c
        })
        .collect()
}

struct MatchFinder<'a> {
    data: &'a [u8],
    /// Latest position with each hash, or `NONE`.
    head: Vec<usize>,
    /// For each position, the previous one with the same hash.
    prev: Vec<usize>,
}

impl<'a> MatchFinder<'a> {
    fn new(data: &'a [u8]) -> MatchFinder<'a> {
        MatchFinder {
            data,
            head: vec![NONE; 1 << HASH_BITS],
            prev: vec![NONE; data.len()],
        }
    }

    fn hash(&self, i: usize) -> Option<usize> {
        let b = self.data.get(i..i + MIN_MATCH)?;
        let h = (u32::from(b[0]) << 10) ^ (u32::from(b[1]) << 5) ^ u32::from(b[2]);
        Some((h & ((1 << HASH_BITS) - 1)) as usize)
    }

    fn insert(&mut self, i: usize) {
        if let (Some(h), Some(slot)) = (self.hash(i), self.prev.get_mut(i)) {
            *slot = self.head[h];
            self.head[h] = i;
        }
    }

    /// The longest earlier match for the bytes at `i`: (length, distance),
    /// length 0 when there is none of at least `MIN_MATCH`.
    fn longest(&self, i: usize) -> (usize, usize) {
        let Some(h) = self.hash(i) else {
            return (0, 0);
        };
        let here = &self.data[i..];
        let max = here.len().min(MAX_MATCH);
        let (mut best_len, mut best_dist) = (0, 0);
        let mut candidate = self.head[h];
        let mut chain = MAX_CHAIN;
        while candidate != NONE && chain > 0 && i - candidate <= WINDOW {
            let there = &self.data[candidate..];
            let len = here
                .iter()
                .zip(there)
                .take(max)
                .take_while(|(a, b)| a == b)
                .count();
            if len > best_len {
                best_len = len;
                best_dist = i - candidate;
                if len == max {
                    break;
                }
            }
            candidate = self.prev[candidate];
            chain -= 1;
        }
        if best_len >= MIN_MATCH {
            (best_len, best_dist)
        } else {
            (0, 0)
        }
    }
}

#[derive(Default)]
struct BitWriter {
    out: Vec<u8>,
    acc: u64,
    bits: u32,
}

impl BitWriter {
    /// `count` low bits of `value`, least significant first (deflate's
    /// order for header fields and extra bits).
    fn put(&mut self, value: u32, count: u32) {
        self.acc |= u64::from(value & ((1 << count) - 1)) << self.bits;
        self.bits += count;
        while self.bits >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.bits -= 8;
        }
    }

    /// A Huffman code, most significant bit first.
    fn code(&mut self, code: u32, len: u8) {
        if len > 0 {
            let len = u32::from(len);
            self.put(code.reverse_bits() >> (32 - len), len);
        }
    }

    fn finish(mut self) -> Vec<u8> {
        if self.bits > 0 {
            self.out.push(self.acc as u8);
        }
        self.out
    }
}

/// The last entry of `bases` not above `value`, and its base.
fn bucket(bases: &[u16], value: usize) -> (usize, usize) {
    let index = bases
        .iter()
        .rposition(|&b| usize::from(b) <= value)
        .unwrap_or(0);
    (index, usize::from(bases[index]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inflate(data: &[u8]) -> Vec<u8> {
        miniz_oxide::inflate::decompress_to_vec(data).expect("a valid deflate stream")
    }

    #[test]
    fn round_trips_through_miniz() {
        let cases: Vec<Vec<u8>> = vec![
            Vec::new(),
            b"a".to_vec(),
            b"abc".to_vec(),
            b"abcabcabcabcabcabcabc".to_vec(),
            vec![0; 100_000],
            (0..=255u8).cycle().take(70_000).collect(),
            "Sparet ressourceforløbsydelse æøå ÆØÅ "
                .repeat(500)
                .into_bytes(),
        ];
        for data in cases {
            assert_eq!(inflate(&compress(&data)), data, "{} bytes", data.len());
        }
    }

    #[test]
    fn every_length_and_distance_bucket() {
        // Repeats at every distance bucket's edge, with matches of every
        // length bucket's edge.
        let mut data = Vec::new();
        let mut x: u32 = 7;
        let mut noise = |n: usize, data: &mut Vec<u8>| {
            for _ in 0..n {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                data.push((x >> 16) as u8);
            }
        };
        for &dist in &DIST_BASE {
            for &len in &LENGTH_BASE {
                noise(usize::from(dist).max(usize::from(len)), &mut data);
                let from = data.len() - usize::from(dist);
                for k in 0..usize::from(len) {
                    let byte = data[from + k];
                    data.push(byte);
                }
            }
        }
        assert_eq!(inflate(&compress(&data)), data);
    }

    #[test]
    fn all_literals_and_single_symbols() {
        // No back-references at all (no distance codes used), and inputs
        // with one distinct byte.
        let data: Vec<u8> = (0..=255u8).collect();
        assert_eq!(inflate(&compress(&data)), data);
        for data in [&b"x"[..], b"xx", b"xxxx", b"\0"] {
            assert_eq!(inflate(&compress(data)), data);
        }
    }

    #[test]
    fn code_lengths_are_complete_and_limited() {
        // Fibonacci frequencies make an unlimited Huffman code 30 deep.
        let mut fib = vec![1u32, 1];
        while fib.len() < 30 {
            let n = fib.len();
            fib.push(fib[n - 1] + fib[n - 2]);
        }
        assert!(huffman_lengths(&fib).iter().any(|&l| l > 15));
        for (freqs, limit) in [
            (fib.clone(), 15),
            (fib, 7),
            (vec![0, 5, 0], 15),
            (vec![0; 4], 7),
        ] {
            let lengths = limited_lengths(&freqs, limit);
            assert!(lengths.iter().all(|&l| usize::from(l) <= limit));
            // Kraft: the code is complete, sum of 2^-length = 1.
            let kraft: u64 = lengths
                .iter()
                .filter(|&&l| l > 0)
                .map(|&l| 1u64 << (15 - l))
                .sum();
            assert_eq!(kraft, 1 << 15, "{lengths:?}");
        }
        // Canonical codes for the example in RFC 1951, 3.2.2.
        assert_eq!(
            canonical_codes(&[3, 3, 3, 3, 3, 2, 4, 4]),
            vec![2, 3, 4, 5, 6, 0, 14, 15]
        );
    }

    #[test]
    fn compresses_text() {
        let text = "{\"kind\":\"seed_memo\",\"text\":\"Notatet\"},".repeat(50);
        assert!(compress(text.as_bytes()).len() < text.len() / 10);
    }
}
