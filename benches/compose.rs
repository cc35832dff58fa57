//! Compose (with typography) of a typical release, and of 10× and 100× its body, to show
//! the cost grows linearly with the text. Target: under 1 ms for ~600 words. Also the
//! pre-send checks, which the editor runs with compose on every keystroke.

use std::hint::black_box;
use std::path::Path;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use pressdesk::release::DraftText;
use pressdesk::{Language, Profile, Release, compose};

fn sample() -> (Release, Profile) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let release =
        pressdesk::storage::load_release(&root.join("releases/delegation-visit-ru.ron")).unwrap();
    let profile = pressdesk::storage::load_profile(&root.join("profile.ron")).unwrap();
    (release, profile)
}

/// The sample with its body paragraphs repeated until it has about `words` words.
fn release_of(words: usize) -> (Release, Profile) {
    let (mut release, profile) = sample();
    let version = release.version_mut(Language::Ru).unwrap();
    let body: Vec<DraftText> = version.paragraphs.clone();
    let mut count = compose(&release, Language::Ru, &profile)
        .unwrap()
        .word_count();
    let version = release.version_mut(Language::Ru).unwrap();
    let per_round: usize = body.iter().map(|p| p.text.split_whitespace().count()).sum();
    while count + per_round <= words {
        version.paragraphs.extend(body.iter().cloned());
        count += per_round;
    }
    (release, profile)
}

fn bench_compose(c: &mut Criterion) {
    let mut group = c.benchmark_group("compose");
    for target in [600, 6_000, 60_000] {
        let (release, profile) = release_of(target);
        let words = compose(&release, Language::Ru, &profile)
            .unwrap()
            .word_count();
        group.bench_with_input(BenchmarkId::new("ru_words", words), &release, |b, r| {
            b.iter(|| compose(black_box(r), Language::Ru, &profile).unwrap())
        });
    }
    group.finish();
}

/// The pre-send checks run with every keystroke in the editor, beside compose.
fn bench_checks(c: &mut Criterion) {
    let (release, profile) = sample();
    let today = jiff::civil::date(2026, 11, 28);
    c.bench_function("checks_all_versions_sample", |b| {
        b.iter(|| pressdesk::checks::check(black_box(&release), &profile, today, Language::Ru))
    });
    let (long, profile) = release_of(6_000);
    c.bench_function("checks_6000_words", |b| {
        b.iter(|| pressdesk::checks::check(black_box(&long), &profile, today, Language::Ru))
    });
}

criterion_group!(benches, bench_compose, bench_checks);
criterion_main!(benches);
