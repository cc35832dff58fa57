//! One keystroke in the editor: the lead changes, the release is composed and the preview
//! page is laid out, as the window does it. Target: under 8 ms for a 600-word release.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use iced::{Element, Font, Pixels, Size};
use iced_test::core::renderer::Headless;
use iced_test::renderer::Renderer;
use iced_test::runtime::user_interface::{Cache, UserInterface};
use pressdesk::compose::compose;
use pressdesk::gui::i18n::I18n;
use pressdesk::gui::widget::preview;
use pressdesk::language::Language;
use pressdesk::release::DraftText;

fn bench_keystroke(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let profile = pressdesk::storage::load_profile(&root.join("profile.ron")).unwrap();
    let mut release =
        pressdesk::storage::load_release(&root.join("releases/delegation-visit-ru.ron")).unwrap();
    let extra = release.versions[0].paragraphs[0].text.clone();
    while compose(&release, Language::Ru, &profile)
        .unwrap()
        .word_count()
        < 600
    {
        release.versions[0]
            .paragraphs
            .push(DraftText::typed(extra.clone()));
    }
    let i18n = I18n::new(Language::Ru);
    // One renderer for all rounds, as the window has: only composing and layout are timed.
    let mut renderer = iced_test::futures::futures::executor::block_on(Renderer::new(
        Font::DEFAULT,
        Pixels(16.0),
        Some("tiny-skia"),
    ))
    .expect("a headless renderer");
    let mut cache = Cache::default();
    let base_lead = release.versions[0].lead.text.clone();
    let mut round = 0u64;
    c.bench_function("keystroke_compose_and_preview_layout_600_words", |b| {
        b.iter(|| {
            round += 1;
            let lead = format!("{base_lead} {round}");
            release.versions[0].lead.edit(lead);
            let document = compose(black_box(&release), Language::Ru, &profile).unwrap();
            let page: Element<'_, ()> = preview::view(Some(&document), &i18n);
            let ui = UserInterface::build(
                page,
                Size::new(600.0, 4000.0),
                std::mem::take(&mut cache),
                &mut renderer,
            );
            cache = ui.into_cache();
        })
    });
}

criterion_group!(benches, bench_keystroke);
criterion_main!(benches);
