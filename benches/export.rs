//! Export speed for a ~600-word release (targets: HTML < 2 ms, DOCX < 10 ms), and at 10×
//! and 100× that size to show the cost grows linearly.

#[path = "../tests/export_sample/mod.rs"]
mod export_sample;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use pressdesk::export::{to_docx, to_html, to_text};

fn exports(c: &mut Criterion) {
    let doc = export_sample::release_of_words(600);
    let mut group = c.benchmark_group("export_600_words");
    group.throughput(Throughput::Elements(doc.word_count() as u64));
    group.bench_function("html", |b| b.iter(|| to_html(black_box(&doc))));
    group.bench_function("docx", |b| b.iter(|| to_docx(black_box(&doc))));
    group.bench_function("text", |b| b.iter(|| to_text(black_box(&doc))));
    group.finish();

    for words in [6_000, 60_000] {
        let big = export_sample::release_of_words(words);
        let mut group = c.benchmark_group(format!("export_{words}_words"));
        group.throughput(Throughput::Elements(big.word_count() as u64));
        group.sample_size(20);
        group.bench_function("html", |b| b.iter(|| to_html(black_box(&big))));
        group.bench_function("docx", |b| b.iter(|| to_docx(black_box(&big))));
        group.bench_function("text", |b| b.iter(|| to_text(black_box(&big))));
        group.finish();
    }
}

criterion_group!(benches, exports);
criterion_main!(benches);
