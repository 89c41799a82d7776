//! Robustness: 100,000 mutated share links and 100,000 mutated scenario
//! documents through the decoder and the engine. Nothing may panic, and every
//! rejection must explain itself in Danish and English. Deterministic (a
//! seeded generator), so a failure reproduces; the seed and the mutated input
//! are in the failure message.

use afkortning::data::presets::PRESETS;
use afkortning::engine::evaluate;
use afkortning::engine::scenario::Scenario;
use afkortning::format::{document, link};
use afkortning::lang::Lang;
use rand_xoshiro::rand_core::{Rng, SeedableRng};
use rand_xoshiro::SplitMix64;

const CASES: u32 = 100_000;

fn presets() -> Vec<Scenario> {
    PRESETS
        .iter()
        .map(|p| p.scenario().expect("presets are valid"))
        .collect()
}

struct Mutator(SplitMix64);

impl Mutator {
    fn below(&mut self, n: usize) -> usize {
        (self.0.next_u64() % n.max(1) as u64) as usize
    }

    /// One to three edits of the kinds that break real links and files:
    /// a changed, lost or added character, a cut, a repeated or swapped
    /// piece, a huge or negative number.
    fn mutate(&mut self, input: &str, alphabet: &[u8]) -> String {
        let mut bytes = input.as_bytes().to_vec();
        for _ in 0..=self.below(3) {
            let at = self.below(bytes.len() + 1).min(bytes.len());
            match self.below(8) {
                0 if at < bytes.len() => bytes[at] = alphabet[self.below(alphabet.len())],
                1 if at < bytes.len() => {
                    let end = (at + 1 + self.below(16)).min(bytes.len());
                    bytes.drain(at..end);
                }
                2 => bytes.insert(at, alphabet[self.below(alphabet.len())]),
                3 => bytes.truncate(at),
                4 => {
                    let end = (at + self.below(32)).min(bytes.len());
                    let piece = bytes[at..end].to_vec();
                    insert(&mut bytes, at, &piece);
                }
                5 if at + 2 < bytes.len() => {
                    let other = at + 1 + self.below(bytes.len() - at - 1);
                    bytes.swap(at, other);
                }
                6 => insert(&mut bytes, at, b"99999999999999999999999999999"),
                _ => insert(&mut bytes, at, b"-"),
            }
        }
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

fn insert(bytes: &mut Vec<u8>, at: usize, piece: &[u8]) {
    bytes.splice(at..at, piece.iter().copied());
}

fn explained(messages_da: &[String], messages_en: &[String]) -> bool {
    !messages_da.is_empty()
        && messages_da.len() == messages_en.len()
        && messages_da
            .iter()
            .chain(messages_en)
            .all(|m| !m.trim().is_empty())
}

/// Evaluates what was read: either an outcome or explained errors.
fn evaluate_explained(s: &Scenario) -> bool {
    match evaluate(s) {
        Ok(_) => true,
        Err(rejected) => {
            let da: Vec<_> = rejected.0.iter().map(|e| e.message(Lang::Da)).collect();
            let en: Vec<_> = rejected.0.iter().map(|e| e.message(Lang::En)).collect();
            explained(&da, &en)
        }
    }
}

#[test]
fn mutated_share_links_never_panic_and_every_rejection_is_explained() {
    let scenarios = presets();
    let mut seeds: Vec<String> = scenarios
        .iter()
        .map(|s| link::encode_scenario(s).expect("encodes"))
        .collect();
    seeds.push(link::encode_comparison(&scenarios).expect("encodes"));
    let alphabet: Vec<u8> = (b'A'..=b'Z')
        .chain(b'a'..=b'z')
        .chain(b'0'..=b'9')
        .chain(*b"-_.=%#+/ ")
        .collect();
    let mut mutator = Mutator(SplitMix64::seed_from_u64(0x5EED_0001));
    let (mut opened, mut refused) = (0u32, 0u32);
    for case in 0..CASES {
        let seed = &seeds[case as usize % seeds.len()];
        let mutated = mutator.mutate(seed, &alphabet);
        match link::decode(&mutated) {
            Ok(content) => {
                opened += 1;
                for s in content.scenarios() {
                    assert!(
                        evaluate_explained(s),
                        "case {case}: unexplained rejection of {mutated}"
                    );
                }
            }
            Err(error) => {
                refused += 1;
                let (da, en) = (error.message(Lang::Da), error.message(Lang::En));
                assert!(
                    explained(&[da], &[en]),
                    "case {case}: no message for {mutated}"
                );
            }
        }
    }
    assert_eq!(opened + refused, CASES);
    assert!(
        refused > CASES / 2,
        "most mutations must be caught (CRC and length check): {refused}"
    );
}

#[test]
fn mutated_scenario_documents_never_panic_and_every_rejection_is_explained() {
    let seeds: Vec<String> = presets().iter().map(document::to_json_compact).collect();
    let alphabet: Vec<u8> = b"{}[]:,\"0123456789.-eE truefalsnl_abcxyz\\".to_vec();
    let mut mutator = Mutator(SplitMix64::seed_from_u64(0x5EED_0002));
    let (mut read, mut refused) = (0u32, 0u32);
    for case in 0..CASES {
        let seed = &seeds[case as usize % seeds.len()];
        let mutated = mutator.mutate(seed, &alphabet);
        match document::read(&mutated) {
            Ok(s) => {
                read += 1;
                assert!(
                    evaluate_explained(&s),
                    "case {case}: unexplained rejection of {mutated}"
                );
            }
            Err(errors) => {
                refused += 1;
                let da: Vec<_> = errors.iter().map(|e| e.message(Lang::Da)).collect();
                let en: Vec<_> = errors.iter().map(|e| e.message(Lang::En)).collect();
                assert!(explained(&da, &en), "case {case}: no message for {mutated}");
            }
        }
    }
    assert_eq!(read + refused, CASES);
    // Both paths are exercised: some mutations still read (a changed digit),
    // most do not.
    assert!(read > 0 && refused > 0, "read {read}, refused {refused}");
}
