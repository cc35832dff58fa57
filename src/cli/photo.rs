//! `pressdesk photo add|list|remove`: a release's photos from the command line, the same
//! store and model the window uses.

use std::path::Path;

use super::Context;
use super::args::PhotoAction;
use crate::language::Language;
use crate::photos;
use crate::release::Release;

impl Context {
    pub(super) fn photo(&self, action: PhotoAction) -> Result<String, String> {
        match action {
            PhotoAction::Add {
                file,
                photo,
                caption,
                lang,
                credit,
                alt,
                main,
            } => self.photo_add(
                &file,
                &photo,
                Described {
                    caption,
                    lang,
                    credit,
                    alt,
                    main,
                },
            ),
            PhotoAction::List { file } => {
                let release = self.load(&file)?;
                Ok(list(&release, &photos::folder_for(&file), self.ui))
            }
            PhotoAction::Remove { file, number } => self.photo_remove(&file, number),
        }
    }

    fn photo_add(&self, file: &Path, source: &Path, what: Described) -> Result<String, String> {
        let ui = self.ui;
        let mut release = self.load(file)?;
        let lang = match what.lang {
            Some(lang) => lang,
            None => release.versions.first().map(|v| v.language).unwrap_or(ui),
        };
        let folder = photos::folder_for(file);
        let added = photos::store::add(&folder, source).map_err(|error| {
            let (name, reason) = (source.display(), error.in_language(ui));
            format!("{name}: {reason}")
        })?;
        let number = match release.photos.iter().position(|p| p.file == added.file) {
            Some(i) => i + 1,
            None => {
                release.photos.push(added);
                release.photos.len()
            }
        };
        let first = release.photos.iter().all(|p| !p.main);
        let photo = &mut release.photos[number - 1];
        photo.caption.set(lang, what.caption.trim());
        if let Some(credit) = what.credit {
            photo.credit = credit.trim().to_string();
        }
        if let Some(alt) = what.alt {
            photo.alt.set(lang, alt.trim());
        }
        if what.main || first {
            for (i, other) in release.photos.iter_mut().enumerate() {
                other.main = i + 1 == number;
            }
        }
        self.save(file, &release)?;
        Ok(list(&release, &folder, ui))
    }

    fn photo_remove(&self, file: &Path, number: usize) -> Result<String, String> {
        let ui = self.ui;
        let mut release = self.load(file)?;
        let count = release.photos.len();
        if number == 0 || number > count {
            let name = file.display();
            return Err(say!(ui,
                ru: "{name}: фотографии {number} нет (их в релизе: {count})",
                kk: "{name}: {number} суреті жоқ (релизде {count} сурет)",
                en: "{name}: there is no photo {number} (the release has {count})",
            ));
        }
        let removed = release.photos.remove(number - 1);
        // The main photo gone, the next one takes its place after the lead.
        if removed.main
            && let Some(next) = release.photos.first_mut()
        {
            next.main = true;
        }
        self.save(file, &release)?;
        Ok(list(&release, &photos::folder_for(file), ui))
    }
}

/// What `photo add` says about the photo.
struct Described {
    caption: String,
    lang: Option<Language>,
    credit: Option<String>,
    alt: Option<String>,
    main: bool,
}

/// The photos one a line (number, main mark, original name, size, captions by language,
/// credit), each missing file said so: what `photo list` prints and the others end with.
fn list(release: &Release, folder: &Path, ui: Language) -> String {
    if release.photos.is_empty() {
        return say!(ui,
            ru: "в релизе нет фотографий",
            kk: "релизде сурет жоқ",
            en: "the release has no photos",
        );
    }
    let main_mark = say!(ui, ru: "главная", kk: "басты", en: "main");
    let missing = say!(ui,
        ru: "файла нет в папке photos",
        kk: "файлы photos қалтасында жоқ",
        en: "the file is not in the photos folder",
    );
    let mut lines = Vec::new();
    for (i, photo) in release.photos.iter().enumerate() {
        let name = if photo.original_name.is_empty() {
            &photo.file
        } else {
            &photo.original_name
        };
        let mut head = format!("{}. {name} ({}×{})", i + 1, photo.width, photo.height);
        if photo.main {
            head.push_str(&format!(", {main_mark}"));
        }
        if !folder.join(&photo.file).is_file() {
            head.push_str(&format!(" — {missing}"));
        }
        lines.push(head);
        for version in &release.versions {
            let caption = photo.caption.get(version.language).trim();
            let caption = if caption.is_empty() {
                say!(ui, ru: "(без подписи)", kk: "(қолтаңбасыз)", en: "(no caption)")
            } else {
                caption.to_string()
            };
            lines.push(format!("   {}: {caption}", version.language));
        }
        if !photo.credit.trim().is_empty() {
            let label = say!(ui, ru: "Фото", kk: "Фото", en: "Photo");
            lines.push(format!("   {label}: {}", photo.credit.trim()));
        }
    }
    lines.join("\n")
}
