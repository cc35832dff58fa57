//! A release's texts typeset by more than one thread, for an export that has two cores to
//! spare: typesetting is most of composing (a 600-word release: ~1.5 ms of ~1.6), and one
//! release's texts do not depend on each other.
//!
//! [`SharedTypesetting::plan`] runs the composer once without typesetting, to learn which
//! texts it will ask for; any thread may then [`help`](SharedTypesetting::help) typeset them,
//! and [`SharedTypesetting::compose`] builds the document from the results. A text the plan
//! did not foresee is typeset when asked for, so the document is always the one
//! [`super::compose`] makes: only the time differs.

use std::collections::HashMap;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::{ComposeError, Typesetting, compose_with};
use crate::document::Document;
use crate::language::Language;
use crate::profile::Profile;
use crate::release::Release;
use crate::typography::{self, TypographySettings};

/// The texts one composition typesets, each typeset once by whichever thread takes it.
pub struct SharedTypesetting {
    lang: Language,
    settings: TypographySettings,
    /// Longest first: the thread that starts first takes the longest, and the texts left
    /// for a latecomer are the short ones, so neither waits long for the other.
    texts: Vec<String>,
    positions: HashMap<String, usize>,
    typeset: Vec<OnceLock<String>>,
    /// The next text nobody has taken yet.
    next: AtomicUsize,
}

impl SharedTypesetting {
    /// The texts composing `release` in `lang` will typeset (a composition that typesets
    /// nothing: a few microseconds).
    pub fn plan(
        release: &Release,
        lang: Language,
        profile: &Profile,
    ) -> Result<Self, ComposeError> {
        let noted = std::cell::RefCell::new(Vec::new());
        compose_with(release, lang, profile, Typesetting::Noted(&noted))?;
        let mut texts = noted.into_inner();
        texts.retain(|text| !text.is_empty());
        texts.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        texts.dedup();
        let positions = texts
            .iter()
            .enumerate()
            .map(|(position, text)| (text.clone(), position))
            .collect();
        Ok(SharedTypesetting {
            lang,
            settings: profile.typography.clone(),
            typeset: texts.iter().map(|_| OnceLock::new()).collect(),
            texts,
            positions,
            next: AtomicUsize::new(0),
        })
    }

    /// Typesets the texts no thread has taken yet, one at a time, until none are left.
    pub fn help(&self) {
        loop {
            let position = self.next.fetch_add(1, Ordering::Relaxed);
            let Some(text) = self.texts.get(position) else {
                return;
            };
            self.typeset[position].get_or_init(|| self.typeset_now(text));
        }
    }

    /// The document [`super::compose`] makes of `release` in `lang`, from the texts typeset
    /// so far; this thread typesets those still left, and waits for any another thread is
    /// typesetting. `release` and `profile` are those the plan was made from.
    pub fn compose(&self, release: &Release, profile: &Profile) -> Result<Document, ComposeError> {
        self.help();
        compose_with(release, self.lang, profile, Typesetting::Shared(self))
    }

    /// `text` (already trimmed) typeset.
    pub(super) fn typeset(&self, text: &str) -> String {
        match self.positions.get(text) {
            // Typeset by now, or being typeset by another thread: waits for it.
            Some(&position) => self.typeset[position]
                .get_or_init(|| self.typeset_now(text))
                .clone(),
            None => self.typeset_now(text),
        }
    }

    fn typeset_now(&self, text: &str) -> String {
        typography::typeset(text, self.lang, &self.settings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every sample release of the tests, in each of its languages.
    fn samples() -> Vec<(String, Release, Language)> {
        let folder =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/releases");
        let mut samples = Vec::new();
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            let release = crate::storage::load_release(&path).expect("the fixture loads");
            for version in &release.versions {
                let name = path.file_name().unwrap().to_string_lossy().to_string();
                samples.push((name, release.clone(), version.language));
            }
        }
        assert!(samples.len() >= 15);
        samples
    }

    #[test]
    fn the_plan_holds_every_text_the_composer_typesets_once_longest_first() {
        let profile = Profile::default();
        for (name, release, lang) in samples() {
            let plan = SharedTypesetting::plan(&release, lang, &profile).unwrap();
            let version = release.version(lang).unwrap();
            for paragraph in &version.paragraphs {
                let text = paragraph.text.trim();
                assert!(
                    text.is_empty() || plan.positions.contains_key(text),
                    "{name}: {text}"
                );
            }
            assert!(
                plan.texts.windows(2).all(|w| w[0].len() >= w[1].len()),
                "{name}"
            );
            // The headline is typeset for the page and for the file's title: once here.
            let headline = version.headline.text.trim();
            assert!(
                headline.is_empty() || plan.texts.iter().filter(|t| *t == headline).count() == 1,
                "{name}"
            );
        }
    }

    #[test]
    fn two_threads_make_the_same_document_as_one() {
        let profile = Profile::default();
        for (name, release, lang) in samples() {
            let alone = super::super::compose(&release, lang, &profile).unwrap();
            let shared = SharedTypesetting::plan(&release, lang, &profile).unwrap();
            let together = std::thread::scope(|scope| {
                scope.spawn(|| shared.help());
                shared.compose(&release, &profile).unwrap()
            });
            assert_eq!(together, alone, "{name} {lang}");
        }
    }

    #[test]
    fn a_text_the_plan_did_not_foresee_is_typeset_when_asked_for() {
        let profile = Profile::default();
        let (_, release, lang) = samples()
            .into_iter()
            .find(|(_, _, l)| *l == Language::Ru)
            .unwrap();
        let plan = SharedTypesetting::plan(&release, lang, &profile).unwrap();
        let unforeseen = "Не из плана - \"новый\" текст";
        assert!(!plan.positions.contains_key(unforeseen));
        assert_eq!(
            plan.typeset(unforeseen),
            typography::typeset(unforeseen, lang, &profile.typography)
        );
    }
}
