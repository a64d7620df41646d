//! Bench-only: native cost of `remaining_service` (validation + computation)
//! for growing histories, beyond the public period cap.
//!
//! The public cap (`params::MAX_PERIODS` = 200) rejects longer histories; this
//! example needs the non-default feature `bench-uncapped`, which lifts it, so
//! the engine's scaling can be measured at 1 000 and 10 000 periods. Run by
//! `scripts/perf.mjs`:
//!
//! ```sh
//! cargo run --release -p lis1-service --features bench-uncapped --example perf_scaling -- 10 100 1000 10000
//! ```
//!
//! Input for n periods: n consecutive one-day hospital periods from 2017-03-01
//! at 80 % (each with a rotation label), no absence; 10 000 days end in 2044,
//! inside the calendar the date checks accept. Prints one JSON line per
//! n: `{"n":…,"runs":…,"median_us":…,"counted_hospital":…}`. Timings are
//! medians of repeated runs; nothing here is a pass/fail check.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use std::time::{Duration, Instant};

use lis1_service::{remaining_service, ServiceInput};
use time::{Date, Duration as Days};

fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

fn history(n: usize) -> ServiceInput {
    let first = Date::from_calendar_date(2017, time::Month::March, 1).unwrap();
    let periods: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            let start = first + Days::days(i as i64);
            let end = start;
            serde_json::json!({
                "part": "hospital", "start": iso(start), "end": iso(end),
                "percent": 80, "rotation": format!("dag {}", i + 1),
            })
        })
        .collect();
    serde_json::from_value(serde_json::json!({ "periods": periods, "lang": "en" })).unwrap()
}

fn main() {
    const { assert!(lis1_service::params::UNCAPPED_FOR_BENCH) };
    let sizes: Vec<usize> = std::env::args().skip(1).map(|a| a.parse().expect("period counts")).collect();
    for n in if sizes.is_empty() { vec![10, 100, 1000, 10_000] } else { sizes } {
        let input = history(n);
        let result = match remaining_service(&input) {
            Ok(r) => r,
            Err(e) => panic!("n = {n}: {} issues, first {:?}", e.issues.len(), e.issues.first()),
        };
        // Repeat for at least ~0.5 s (and at least 5 runs), then take the median.
        let mut times = Vec::new();
        let started = Instant::now();
        while times.len() < 5 || (started.elapsed() < Duration::from_millis(500) && times.len() < 2000) {
            let t = Instant::now();
            let r = remaining_service(&input);
            times.push(t.elapsed());
            std::hint::black_box(r).ok();
        }
        times.sort();
        let median = times[times.len() / 2];
        println!(
            "{{\"n\":{n},\"runs\":{},\"median_us\":{:.1},\"counted_hospital\":{}}}",
            times.len(),
            median.as_secs_f64() * 1e6,
            result.hospital.counted_months
        );
    }
}
