//! Native timings for one evaluation and for "show the working" on the
//! benchmark's 50 groups × 120 months (row (d) of `scripts/bench.sh` times
//! the evaluation in the browser). Run with
//! `cargo run --release --example evaluate_speed`.

use afkortning::engine::evaluate;
use afkortning::engine::working::workings;

#[path = "support/bench_scenarios.rs"]
#[allow(dead_code)]
mod bench_scenarios;
use bench_scenarios::large;

#[repr(C)]
struct Timespec {
    sec: i64,
    nsec: i64,
}

extern "C" {
    fn clock_gettime(clock: i32, out: *mut Timespec) -> i32;
}

/// CPU time of this thread in ms: the machine may be shared, and wall-clock
/// time then counts other processes' work too.
fn cpu_ms() -> f64 {
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut t = Timespec { sec: 0, nsec: 0 };
    // SAFETY: `t` is a valid, writable timespec.
    unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut t) };
    t.sec as f64 * 1000.0 + t.nsec as f64 * 1e-6
}

fn time(label: &str, runs: u32, mut f: impl FnMut()) {
    f();
    let mut best = f64::MAX;
    let mut total = 0.0;
    for _ in 0..runs {
        let start = cpu_ms();
        f();
        let ms = cpu_ms() - start;
        best = best.min(ms);
        total += ms;
    }
    println!(
        "{label}: best {best:.2} ms, mean {:.2} ms over {runs}",
        total / f64::from(runs)
    );
}

fn main() {
    let s = large();
    time("evaluate 50 groups × 120 months", 200, || {
        std::hint::black_box(evaluate(&s).unwrap());
    });
    time("workings 50 groups × 120 months", 30, || {
        std::hint::black_box(workings(&s).unwrap());
    });
}
