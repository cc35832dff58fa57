//! How fast typesetting is: a 600-word Russian release (the target is under 0.5 ms), and the
//! same release 10 and 100 times over, to show the time grows linearly with the text.
//!
//! `cargo bench --no-default-features --bench typography`

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use pressdesk::language::Language;
use pressdesk::typography::{TypographySettings, find_figures, typeset};

/// A release written for this bench (typed as users type: straight quotes, hyphens).
const RELEASE: &str = include_str!("../tests/fixtures/typography/release-ru.txt");

fn typesetting(c: &mut Criterion) {
    let settings = TypographySettings::default();
    // Compile the rules' patterns before measuring.
    let _ = typeset(RELEASE, Language::Ru, &settings);

    let mut group = c.benchmark_group("typeset release ru");
    for copies in [1usize, 10, 100] {
        let text = vec![RELEASE; copies].join("\n");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{copies}x")),
            &text,
            |b, text| {
                b.iter(|| typeset(black_box(text), Language::Ru, &settings));
            },
        );
    }
    group.finish();

    let set = typeset(RELEASE, Language::Ru, &settings);
    c.bench_function("typeset typeset release ru", |b| {
        b.iter(|| typeset(black_box(&set), Language::Ru, &settings));
    });
    c.bench_function("find_figures release ru", |b| {
        b.iter(|| find_figures(black_box(&set), Language::Ru));
    });
}

criterion_group!(benches, typesetting);
criterion_main!(benches);
