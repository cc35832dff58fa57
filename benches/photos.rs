//! Ten 12-megapixel photos in a release (issue 21): the email draft made from them —
//! every photo read, decoded, scaled to its print and email copies, the DOCX and the .eml
//! written. Target: under 2 s. Run: `cargo bench --no-default-features --bench photos`.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use pressdesk::compose::compose;
use pressdesk::language::Language;

/// A 4000×3000 picture with gradients and some grain, as a camera's JPEG (a few MB).
fn camera_jpeg(seed: u32) -> Vec<u8> {
    let picture = image::RgbImage::from_fn(4000, 3000, |x, y| {
        let noise = (x.wrapping_mul(7919) ^ y.wrapping_mul(104_729) ^ seed)
            .wrapping_mul(2_654_435_761)
            >> 28;
        image::Rgb([
            ((x / 16 + seed * 40) % 200) as u8 + noise as u8,
            ((y / 12) % 200) as u8 + noise as u8 / 2,
            ((x + y) / 30 % 200) as u8,
        ])
    });
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(picture)
        .write_to(
            &mut std::io::Cursor::new(&mut out),
            image::ImageFormat::Jpeg,
        )
        .unwrap();
    out
}

fn bench_email_with_ten_photos(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let profile = pressdesk::storage::load_profile(&root.join("profile.ron")).unwrap();
    let mut release =
        pressdesk::storage::load_release(&root.join("releases/delegation-visit-ru.ron")).unwrap();
    let folder =
        std::env::temp_dir().join(format!("pressdesk-bench-photos-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    for n in 0..10 {
        let mut photo =
            pressdesk::photos::store::add_bytes(&folder, &camera_jpeg(n), &format!("IMG_{n}.jpg"))
                .unwrap();
        photo.caption.set(Language::Ru, format!("Снимок {n}"));
        photo.main = n == 0;
        release.photos.push(photo);
    }
    let mut group = c.benchmark_group("photos");
    group.sample_size(10);
    group.bench_function("eml_with_ten_12_megapixel_photos", |b| {
        b.iter(|| {
            let mut document = compose(black_box(&release), Language::Ru, &profile).unwrap();
            let failed = pressdesk::photos::attach(&mut document, &folder);
            assert!(failed.is_empty());
            let docx = pressdesk::export::to_docx(&document).unwrap();
            pressdesk::export::to_eml(&document, &docx, "release.docx").unwrap()
        })
    });
    group.finish();
    let _ = std::fs::remove_dir_all(&folder);
}

criterion_group!(benches, bench_email_with_ten_photos);
criterion_main!(benches);
