//! Native timings for the Monte Carlo run and the engine evaluation.
//! Run with `cargo run --release --example uncertainty_speed` (the release
//! profile is the one the wasm build ships with: `opt-level = "z"`, LTO).

use afkortning::engine::evaluate;
use afkortning::engine::scenario::Scenario;
use afkortning::engine::uncertainty::{MonteCarlo, Run};
use afkortning::engine::{Field, InputId};
use rust_decimal_macros::dec;

#[path = "support/bench_scenarios.rs"]
mod bench_scenarios;
use bench_scenarios::{five_ranges, g, large, range, three_ranges};

/// CPU time of this thread: the machine may be shared, and wall-clock time
/// then counts other processes' work too.
struct Instant(f64);

#[repr(C)]
struct Timespec {
    sec: i64,
    nsec: i64,
}

extern "C" {
    fn clock_gettime(clock: i32, out: *mut Timespec) -> i32;
}

const CLOCK_THREAD_CPUTIME_ID: i32 = 3;

impl Instant {
    fn now() -> Instant {
        let mut t = Timespec { sec: 0, nsec: 0 };
        // SAFETY: `t` is a valid, writable timespec.
        unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut t) };
        Instant(t.sec as f64 + t.nsec as f64 * 1e-9)
    }

    fn elapsed(&self) -> std::time::Duration {
        std::time::Duration::from_secs_f64(Instant::now().0 - self.0)
    }
}

fn time_run(label: &str, s: &Scenario, draws: u32) {
    let start = Instant::now();
    let mut r = Run::new(s, MonteCarlo::new(2018, draws)).unwrap();
    r.step(draws - 1).unwrap();
    let drawn = start.elapsed().as_secs_f64() * 1000.0;
    while r.result().is_none() {
        r.step(u32::MAX).unwrap();
    }
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    println!("  (draws {drawn:.1} ms, summary {:.1} ms)", ms - drawn);
    let sum = r.result().unwrap();
    println!(
        "{label}: {draws} draws in {ms:.1} ms ({:.2} µs/draw), {:?}, P50 {}",
        ms * 1000.0 / f64::from(draws),
        sum.method,
        sum.p50.round_dp(2)
    );
}

fn main() {
    let three = three_ranges();
    let five = five_ranges();
    let eight = {
        let mut s = five.clone();
        s.ranges
            .push(range(g(0, Field::RfyMonthly), dec!(11000), dec!(13000)));
        s.ranges
            .push(range(g(0, Field::HandlingPerCase), dec!(0), dec!(5000)));
        s.ranges.push(range(
            InputId::scenario(Field::AnnualCost),
            dec!(480000),
            dec!(560000),
        ));
        s
    };
    let months = {
        let mut s = three.clone();
        s.ranges
            .push(range(g(0, Field::MonthsShortened), dec!(1), dec!(6)));
        s.ranges
            .push(range(g(0, Field::TimingOverMonths), dec!(6), dec!(12)));
        s
    };
    let full = {
        let mut s = three.clone();
        s.ranges.push(range(
            InputId::scenario(Field::FullTimeHours),
            dec!(35),
            dec!(40),
        ));
        s
    };

    time_run("3 affine inputs", &three, 100_000);
    time_run("5 affine inputs", &five, 100_000);
    time_run("8 affine inputs", &eight, 100_000);
    time_run("3 affine + months + spread (cells)", &months, 100_000);
    time_run("full evaluation (full-time hours)", &full, 5_000);

    let b = large();
    let start = Instant::now();
    let n = 20;
    for _ in 0..n {
        std::hint::black_box(evaluate(&b).unwrap());
    }
    println!(
        "evaluate 50 groups × 120 months: {:.2} ms",
        start.elapsed().as_secs_f64() * 1000.0 / f64::from(n)
    );
    let mut b5 = b.clone();
    b5.ranges = vec![
        range(g(0, Field::CasesShortened), dec!(5), dec!(25)),
        range(g(3, Field::IndsatsMonthly), dec!(1000), dec!(20000)),
        range(g(7, Field::FpMonthly), dec!(17315), dec!(20370)),
        range(g(9, Field::RfyRefusionPct), dec!(20), dec!(40)),
        range(InputId::scenario(Field::HoursPerWeek), dec!(10), dec!(20)),
    ];
    time_run("50 groups × 120 months, 5 affine inputs", &b5, 100_000);
}
