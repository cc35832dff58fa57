//! The archive at the size of a busy press office after years: 10,000 releases, each in
//! Russian, Kazakh and English. Measures opening the catalog cold (no index cache) and warm
//! (cache present, nothing changed), one keystroke of search, and the poll that notices
//! colleagues' changes.
//!
//! The generated archive stays in `target/bench-archive-10k` (`-1k`, `-50k` with
//! `PRESSDESK_BENCH_RELEASES`; or `PRESSDESK_BENCH_ARCHIVE`)
//! so `scripts/archive-scale.sh` can time the program and `rg` over the same files.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, criterion_group, criterion_main};
use pressdesk::archive::catalog::{Filter, read_changes};
use pressdesk::archive::{Archive, Catalog};
use pressdesk::release::{DraftText, Release, Status};
use pressdesk::storage;

/// How many releases: 10,000 unless `PRESSDESK_BENCH_RELEASES` says otherwise (the scale
/// script also measures 1,000 and 50,000).
fn releases() -> usize {
    std::env::var("PRESSDESK_BENCH_RELEASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000)
}

/// Words that vary between releases, so the index holds a realistic vocabulary and a
/// search narrows the list instead of matching everything.
const TOPICS: &[&str] = &[
    "хлопок",
    "шерсть",
    "зерно",
    "логистика",
    "туризм",
    "инвестиции",
    "энергетика",
    "образование",
    "медицина",
    "водоснабжение",
    "дороги",
    "экспорт",
    "текстиль",
    "машиностроение",
    "цифровизация",
    "агропром",
    "металлургия",
    "строительство",
];
const PLACES: &[&str] = &[
    "Мяньян",
    "Ташкент",
    "Стамбул",
    "Шымкент",
    "Алматы",
    "Бишкек",
    "Баку",
    "Казань",
    "Урумчи",
    "Самарканд",
    "Анкара",
    "Дубай",
    "Сеул",
    "Берлин",
    "Минск",
    "Тегеран",
];
const KK_WORDS: &[&str] = &[
    "ынтымақтастық",
    "сауда",
    "инвестиция",
    "көрме",
    "келісім",
    "жоба",
    "өндіріс",
    "туризм",
    "білім",
    "денсаулық",
    "құрылыс",
    "экспорт",
];
const EN_WORDS: &[&str] = &[
    "cooperation",
    "trade",
    "investment",
    "exhibition",
    "agreement",
    "project",
    "manufacturing",
    "tourism",
    "education",
    "healthcare",
    "construction",
    "export",
];

fn archive_dir() -> PathBuf {
    std::env::var_os("PRESSDESK_BENCH_ARCHIVE")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let name = format!("target/bench-archive-{}k", releases() / 1000);
            Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
        })
}

/// A fixed-seed generator: the same archive every run, on every machine.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % below as u64) as usize
    }

    fn pick<'a>(&mut self, words: &[&'a str]) -> &'a str {
        words[self.next(words.len())]
    }
}

fn fixture(name: &str) -> Release {
    storage::load_release(&Path::new("tests/fixtures/releases").join(name)).unwrap()
}

/// The trilingual releases the archive is made of: each template's Russian fixture with the
/// Kazakh and English versions of the same template beside it.
fn bases() -> Vec<Release> {
    [
        "delegation-visit",
        "working-trip",
        "memorandum",
        "forum-invitation",
        "blank",
    ]
    .iter()
    .map(|template| {
        let mut release = fixture(&format!("{template}-ru.ron"));
        for lang in ["kk", "en"] {
            let other = fixture(&format!("{template}-{lang}.ron"));
            release.versions.extend(other.versions);
        }
        release
    })
    .collect()
}

fn generate(dir: &Path) {
    let marker = dir.join(".complete");
    if marker.exists() {
        return;
    }
    let _ = std::fs::remove_dir_all(dir);
    let archive = Archive::new(dir);
    let bases = bases();
    let mut random = Lcg(2026);
    for n in 0..releases() {
        let mut release = bases[n % bases.len()].clone();
        release.id = uuid::Uuid::from_u128(0x5e55_0000_0000_4000_8000_0000_0000_0000 | n as u128);
        release.status = Status::ALL[random.next(4)];
        let date = jiff::civil::date(
            2019 + random.next(8) as i16,
            1 + random.next(12) as i8,
            1 + random.next(28) as i8,
        );
        let topic = random.pick(TOPICS);
        let place = random.pick(PLACES);
        release.tags = vec![topic.to_string()];
        for version in &mut release.versions {
            version.dateline.date = Some(date);
            let extra = match version.language {
                pressdesk::Language::Ru => format!(
                    "Отдельно обсуждались {topic} и сотрудничество с городом {place}; выпуск № {n}."
                ),
                pressdesk::Language::Kk => format!(
                    "{} және {} мәселелері талқыланды; {place}, № {n}.",
                    random.pick(KK_WORDS),
                    random.pick(KK_WORDS)
                ),
                pressdesk::Language::En => format!(
                    "The sides also discussed {} and {} with {place}; issue No. {n}.",
                    random.pick(EN_WORDS),
                    random.pick(EN_WORDS)
                ),
            };
            version.paragraphs.push(DraftText::typed(extra));
            let headline = version.headline.text.clone();
            version.headline = DraftText::typed(format!("{headline} ({place})"));
        }
        archive.save_new(&release).unwrap();
    }
    std::fs::write(marker, b"").unwrap();
}

fn bench(c: &mut Criterion) {
    let dir = archive_dir();
    generate(&dir);
    let archive = Archive::new(&dir);
    let cache_dir = tempdir("cache");
    let cache = cache_dir.join("index.bin");

    let size = format!("archive-{}k", releases() / 1000);
    let mut group = c.benchmark_group(&size);
    group.sample_size(10);
    group.bench_function("open cold (read every file, build the index)", |b| {
        b.iter(|| {
            let _ = std::fs::remove_file(&cache);
            black_box(Catalog::open(&archive, &cache).0.len())
        })
    });
    group.bench_function(
        "open quickly (no cache: the list, headlines indexed)",
        |b| {
            b.iter(|| {
                let _ = std::fs::remove_file(&cache);
                black_box(Catalog::open_quickly(&archive, &cache).0.len())
            })
        },
    );
    let (catalog, _) = Catalog::open(&archive, &cache);
    catalog.write_cache(&cache, archive.root()).unwrap();
    group.bench_function("open warm (index cache, nothing changed)", |b| {
        b.iter(|| black_box(Catalog::open(&archive, &cache).0.len()))
    });
    group.bench_function("poll for changes (stat every file)", |b| {
        let known = catalog.stamps();
        b.iter(|| black_box(read_changes(&archive, &known).unwrap().is_empty()))
    });
    group.finish();

    let mut group = c.benchmark_group(format!("{size} search keystroke"));
    for typed in [
        "д",
        "де",
        "делег",
        "делегация",
        "делегация Мянь",
        "шерсть 2024",
        "көрме",
        "exhibitions",
    ] {
        let filter = Filter {
            text: typed.to_string(),
            ..Filter::default()
        };
        group.bench_function(typed, |b| b.iter(|| black_box(catalog.find(&filter).len())));
    }
    let filtered = Filter {
        text: "делегация".into(),
        status: Some(Status::Approved),
        year: Some(2024),
        ..Filter::default()
    };
    group.bench_function("делегация + status + year", |b| {
        b.iter(|| black_box(catalog.find(&filtered).len()))
    });
    group.finish();
    let _ = std::fs::remove_dir_all(cache_dir);
}

fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pressdesk-bench-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

criterion_group!(benches, bench);
criterion_main!(benches);
