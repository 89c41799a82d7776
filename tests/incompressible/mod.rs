//! Text deflate cannot shrink much, for links that must stay long: shared by
//! the native and the in-browser tests of the QR code.

/// `count` digits of a linear congruential sequence: deflate gets them no
/// smaller than about log2(10)/8 ≈ 0.42 bytes a character.
pub fn digits(count: usize) -> String {
    let mut state: u32 = 12_345;
    (0..count)
        .map(|_| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            char::from(b'0' + ((state >> 16) % 10) as u8)
        })
        .collect()
}
