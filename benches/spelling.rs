//! What spelling adds to a keystroke in the editor: a 600-word release in paragraphs, every
//! paragraph asked about as the window does after each keystroke (for the marks and the
//! checks panel), one paragraph changed since the last time. The target is under 2 ms.
//! Also: checking one paragraph from scratch, and one paragraph's suggestions.
//!
//! `cargo bench --no-default-features --bench spelling`

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use pressdesk::language::Language;
use pressdesk::spelling::{self, KnownWords, Speller};

/// About 600 words of a corpus of ours, in its paragraphs.
fn release(corpus: &str) -> Vec<String> {
    let mut paragraphs = Vec::new();
    let mut words = 0;
    for paragraph in corpus.split("\n\n").filter(|p| !p.trim().is_empty()) {
        if words >= 600 {
            break;
        }
        words += paragraph.split_whitespace().count();
        paragraphs.push(paragraph.trim().to_string());
    }
    paragraphs
}

fn names(list: &str) -> KnownWords {
    let mut known = KnownWords::default();
    for line in list.lines() {
        known.add(line);
    }
    known
}

fn keystroke(c: &mut Criterion) {
    spelling::load_all();
    let corpora = [
        (
            Language::Kk,
            include_str!("../tests/fixtures/spelling/kk.txt"),
            include_str!("../tests/fixtures/spelling/kk-names.txt"),
        ),
        (
            Language::Ru,
            include_str!("../tests/fixtures/spelling/ru.txt"),
            include_str!("../tests/fixtures/spelling/ru-names.txt"),
        ),
        (
            Language::En,
            include_str!("../tests/fixtures/spelling/en.txt"),
            include_str!("../tests/fixtures/spelling/en-names.txt"),
        ),
    ];
    for (lang, corpus, list) in corpora {
        let mut paragraphs = release(corpus);
        let speller = Speller::new(names(list), [lang]);
        for p in &paragraphs {
            speller.misspelled(p, lang);
        }
        // The longest paragraph is the one typed in: the worst case for one keystroke.
        let typed = (0..paragraphs.len())
            .max_by_key(|i| paragraphs[*i].len())
            .unwrap_or(0);
        // The typed paragraph ends in a word being typed: six letters that spell the
        // iteration's number, so each keystroke's text is new (never remembered yet) and
        // the paragraph keeps its length.
        let letters = ['а', 'е', 'і', 'н'];
        let base = format!("{} ", paragraphs[typed]);
        let mut n = 0usize;
        c.bench_function(&format!("spelling keystroke 600 words {lang}"), |b| {
            b.iter(|| {
                n += 1;
                let typing: String = (0..6).map(|k| letters[(n >> (2 * k)) % 4]).collect();
                paragraphs[typed] = format!("{base}{typing}");
                for p in &paragraphs {
                    black_box(speller.misspelled(p, lang));
                }
            });
        });

        let paragraph = release(corpus)[typed].clone();
        let known = names(list);
        c.bench_function(&format!("spelling one paragraph afresh {lang}"), |b| {
            b.iter(|| spelling::misspelled(black_box(&paragraph), lang, &known));
        });
    }
    let known = KnownWords::default();
    c.bench_function("spelling suggestions Казакстан kk", |b| {
        b.iter(|| spelling::suggest(black_box("Казакстан"), Language::Kk, &known));
    });
    c.bench_function("spelling suggestions достықка kk", |b| {
        b.iter(|| spelling::suggest(black_box("достықка"), Language::Kk, &known));
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = keystroke
}
criterion_main!(benches);
