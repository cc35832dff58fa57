//! The release's photos in the form: each with its thumbnail, caption and alt text in the
//! version on screen, credit and the main-photo mark; added from a file dialog, dropped
//! onto the window, or pasted from the clipboard. Files are copied into the photos folder
//! and thumbnails made off the window's thread; the form only edits the descriptions.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use iced::widget::{Column, checkbox, column, container, image, row, text};
use iced::{Alignment, Element, Fill, Task};

use super::edit::{Edit, Move};
use super::list_item::{self, ItemActions};
use super::{Action, Message, State};
use crate::checks::FieldRef;
use crate::gui::context::Context;
use crate::gui::font;
use crate::gui::icon::Icon;
use crate::gui::photos as thumbnails;
use crate::gui::theme::{self, size, space};
use crate::gui::widget::{field, input, labeled_button, section};
use crate::language::Language;
use crate::photos::{self, PhotoError};
use crate::release::{Photo, Release};

/// A change to the photos, undone like any other edit.
#[derive(Debug, Clone, PartialEq)]
pub enum PhotoEdit {
    /// A photo already copied into the photos folder.
    Add(Box<Photo>),
    Remove(usize),
    Move(usize, Move),
    Caption(usize, String),
    Alt(usize, String),
    Credit(usize, String),
    /// Make this one the main photo (after the lead); the others follow the text.
    Main(usize),
}

impl PhotoEdit {
    /// The field typed into, for undo: typing in one field is one step.
    pub fn typing_key(&self) -> Option<String> {
        match self {
            PhotoEdit::Caption(i, _) => Some(format!("photo:{i}:caption")),
            PhotoEdit::Alt(i, _) => Some(format!("photo:{i}:alt")),
            PhotoEdit::Credit(i, _) => Some(format!("photo:{i}:credit")),
            _ => None,
        }
    }
}

/// Applies `edit`; captions and alt texts go to the `lang` version.
pub fn apply(release: &mut Release, edit: PhotoEdit, lang: Language) {
    let photos = &mut release.photos;
    match edit {
        PhotoEdit::Add(photo) => {
            // The same picture twice is one photo: it is stored once, shown once.
            if photos.iter().all(|p| p.file != photo.file) {
                let first = photos.is_empty();
                photos.push(Photo {
                    main: first,
                    ..*photo
                });
            }
        }
        PhotoEdit::Remove(i) if i < photos.len() => {
            let removed = photos.remove(i);
            if removed.main
                && let Some(next) = photos.first_mut()
            {
                next.main = true;
            }
        }
        PhotoEdit::Move(i, direction) => {
            let j = match direction {
                Move::Up => i.checked_sub(1),
                Move::Down => Some(i + 1),
            };
            if let Some(j) = j
                && i < photos.len()
                && j < photos.len()
            {
                photos.swap(i, j);
            }
        }
        PhotoEdit::Caption(i, text) => {
            if let Some(photo) = photos.get_mut(i) {
                photo.caption.set(lang, text);
            }
        }
        PhotoEdit::Alt(i, text) => {
            if let Some(photo) = photos.get_mut(i) {
                photo.alt.set(lang, text);
            }
        }
        PhotoEdit::Credit(i, text) => {
            if let Some(photo) = photos.get_mut(i) {
                photo.credit = text;
            }
        }
        PhotoEdit::Main(i) if i < photos.len() => {
            for (j, photo) in photos.iter_mut().enumerate() {
                photo.main = j == i;
            }
        }
        PhotoEdit::Remove(_) | PhotoEdit::Main(_) => {}
    }
}

/// Photos copied into the folder, or why one could not be, by the name the user knows.
pub type Added = Vec<Result<Photo, (String, PhotoError)>>;

/// The picture files a dialog or a drop offers, by extension (HEIC is let through to be
/// refused with its own message).
pub fn is_picture(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        matches!(
            e.to_ascii_lowercase().as_str(),
            "jpg" | "jpeg" | "jpe" | "png" | "webp" | "heic" | "heif"
        )
    })
}

/// Asks for photo files and copies them into `folder`. Blocking reads and decodes: run
/// it in a task.
pub async fn choose(folder: PathBuf) -> Added {
    let picked = rfd::AsyncFileDialog::new()
        .add_filter("JPEG, PNG, WebP", &["jpg", "jpeg", "png", "webp", "heic"])
        .pick_files()
        .await
        .unwrap_or_default();
    let paths: Vec<PathBuf> = picked.iter().map(|h| h.path().to_path_buf()).collect();
    add_files(folder, paths).await
}

/// Copies the photo files at `paths` into `folder`.
pub async fn add_files(folder: PathBuf, paths: Vec<PathBuf>) -> Added {
    paths
        .into_iter()
        .map(|path| {
            photos::store::add(&folder, &path).map_err(|error| {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                (name, error)
            })
        })
        .collect()
}

/// The picture on the clipboard (a screenshot, a photo copied from a browser), copied into
/// `folder` as a PNG.
pub async fn paste(folder: PathBuf, name: String) -> Added {
    let png = crate::gui::clipboard::image_as_png();
    vec![match png {
        Some(png) => photos::store::add_bytes(&folder, &png, &name).map_err(|e| (name, e)),
        None => Err((name, PhotoError::NotAPhoto)),
    }]
}

/// What the editor knows of the photos besides the release: thumbnails made, asked for,
/// and the files that could not be read.
#[derive(Debug, Default)]
pub struct Pictures {
    pub thumbnails: thumbnails::Thumbnails,
    asked: HashSet<String>,
    problems: HashMap<String, String>,
}

impl State {
    /// Thumbnails for the photos that have none yet, each made on a task of its own.
    pub(super) fn thumbnail_tasks(&mut self, ctx: &Context) -> Option<Task<Message>> {
        let folder = self.photos_folder(ctx);
        let pictures = &mut self.pictures;
        let wanted: Vec<String> = self
            .release
            .photos
            .iter()
            .map(|p| p.file.clone())
            .filter(|f| !pictures.thumbnails.contains_key(f) && !pictures.asked.contains(f))
            .collect();
        if wanted.is_empty() {
            return None;
        }
        let tasks: Vec<Task<Message>> = wanted
            .into_iter()
            .map(|file| {
                pictures.asked.insert(file.clone());
                Task::perform(thumbnails::make(folder.clone(), file), Message::Thumbnail)
            })
            .collect();
        Some(Task::batch(tasks))
    }

    /// Saved into another folder: the photos go along to its photos folder, or the release
    /// would open there without them. Those that could not be copied are named.
    pub(super) fn carry_photos(&self, from: PathBuf, ctx: &Context) -> Task<Message> {
        let to = self.photos_folder(ctx);
        if from == to || self.release.photos.is_empty() {
            return Task::none();
        }
        let (photos, ui) = (self.release.photos.clone(), ctx.i18n.language());
        let said = ctx.i18n.tr("notice-photos-not-carried");
        let carried = async move {
            let failed = photos::store::carry(&photos, &from, &to);
            (!failed.is_empty()).then(|| {
                let reasons: Vec<String> = failed
                    .iter()
                    .map(|(name, error)| format!("{name}: {}", error.in_language(ui)))
                    .collect();
                format!("{said} {}", reasons.join("; "))
            })
        };
        Task::perform(carried, |failed| failed)
            .and_then(|text| Task::done(Message::PhotosRefused(text)))
    }

    /// The photo messages: adding (dialog, drop, paste), their outcome, thumbnails.
    pub(super) fn photos_message(&mut self, message: Message, ctx: &Context) -> Action {
        let folder = self.photos_folder(ctx);
        match message {
            Message::AddPhotos => {
                return Action::Run(Task::perform(choose(folder), Message::PhotosAdded));
            }
            Message::PhotosDropped(paths) => {
                return Action::Run(Task::perform(
                    add_files(folder, paths),
                    Message::PhotosAdded,
                ));
            }
            Message::PastePhoto => {
                let stamp = crate::clock::now().strftime("%Y-%m-%d_%H-%M-%S");
                let name = format!("{}-{stamp}.png", ctx.i18n.tr("photo-pasted-name"));
                return Action::Run(Task::perform(paste(folder, name), Message::PhotosAdded));
            }
            Message::PhotosAdded(added) => {
                let mut failed = Vec::new();
                for result in added {
                    match result {
                        Ok(photo) => {
                            let edit = Edit::Photo(PhotoEdit::Add(Box::new(photo)));
                            let _ = self.handle(Message::Edit(edit), ctx);
                        }
                        Err((name, error)) => {
                            let reason = error.in_language(ctx.i18n.language());
                            failed.push(format!("{name}: {reason}"));
                        }
                    }
                }
                if !failed.is_empty() {
                    let text = ctx.i18n.tr_args(
                        "notice-photo-failed",
                        &[("reasons", failed.join("; ").into())],
                    );
                    // Said by a message of its own, so this one's action stays a task and
                    // the added photos' thumbnails are asked for with it.
                    return Action::Run(Task::done(Message::PhotosRefused(text)));
                }
            }
            Message::PhotosRefused(text) => {
                return Action::Notice(crate::gui::notice::Notice::error(text));
            }
            Message::Thumbnail(made) => match made.result {
                Ok(handle) => {
                    self.pictures.problems.remove(&made.file);
                    self.pictures.thumbnails.insert(made.file, handle);
                }
                Err(error) => {
                    let reason = error.in_language(ctx.i18n.language());
                    self.pictures.problems.insert(made.file, reason);
                }
            },
            _ => {}
        }
        Action::None
    }
}

/// The form's photo section.
pub fn view<'a>(state: &'a State, ctx: &'a Context) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let lang = state.language;
    let count = state.release.photos.len();
    let mut list = Column::new().spacing(space::L);
    for (i, photo) in state.release.photos.iter().enumerate() {
        let name = if photo.original_name.is_empty() {
            &photo.file
        } else {
            &photo.original_name
        };
        let header = list_item::header(
            text(format!("{}. {name}", i + 1))
                .font(font::UI_SEMIBOLD)
                .size(size::BODY),
            ItemActions {
                index: i,
                count,
                move_to: move_photo,
                remove: remove_photo,
                remove_label: "photo-remove",
            },
            i18n,
        );
        let picture: Element<'a, Message> = match state.pictures.thumbnails.get(&photo.file) {
            Some(handle) => image(handle.clone()).width(120).into(),
            None => container(
                text(
                    state
                        .pictures
                        .problems
                        .get(&photo.file)
                        .cloned()
                        .unwrap_or_else(|| i18n.tr("photo-loading")),
                )
                .size(size::SMALL)
                .style(theme::muted),
            )
            .width(120)
            .height(80)
            .padding(space::XS)
            .style(theme::placeholder)
            .into(),
        };
        let main = checkbox(photo.main)
            .label(i18n.tr("photo-main"))
            .text_size(size::SMALL)
            .on_toggle(move |_| Message::Edit(Edit::Photo(PhotoEdit::Main(i))));
        // The size, and what the checks say of the picture itself (too small for print,
        // the email too heavy), quietly beside it.
        let mut size_line = format!("{}×{}", photo.width, photo.height);
        if let Some(said) = state.marker(&FieldRef::Photo(i)) {
            size_line = format!("{size_line}\n{said}");
        }
        let size_line = text(size_line)
            .size(size::SMALL)
            .style(theme::muted)
            .width(120);
        let caption = input(
            &i18n.tr("photo-caption-placeholder"),
            photo.caption.get(lang),
        )
        .id(format!("photo-{i}-caption"))
        .on_input(move |v| Message::Edit(Edit::Photo(PhotoEdit::Caption(i, v))));
        let alt = input(&i18n.tr("photo-alt-placeholder"), photo.alt.get(lang))
            .id(format!("photo-{i}-alt"))
            .on_input(move |v| Message::Edit(Edit::Photo(PhotoEdit::Alt(i, v))));
        let credit = input(&i18n.tr("photo-credit-placeholder"), &photo.credit)
            .id(format!("photo-{i}-credit"))
            .on_input(move |v| Message::Edit(Edit::Photo(PhotoEdit::Credit(i, v))));
        let describe = column![
            field(
                i18n.tr("photo-caption"),
                true,
                caption,
                None,
                state.marker(&FieldRef::PhotoCaption(i))
            ),
            // A missing alt text is only a hint, which the field's own hint explains: no
            // red line under it.
            field(
                i18n.tr("photo-alt"),
                false,
                alt,
                Some(i18n.tr("hint-photo-alt")),
                None
            ),
            field(i18n.tr("photo-credit"), false, credit, None, None),
        ]
        .spacing(space::S)
        .width(Fill);
        let body = column![
            header,
            row![
                column![picture, size_line, main].spacing(space::XS),
                describe
            ]
            .spacing(space::M)
            .align_y(Alignment::Start),
        ]
        .spacing(space::S);
        list = list.push(body);
    }
    if count == 0 {
        list = list.push(
            text(i18n.tr("photos-empty"))
                .size(size::SMALL)
                .style(theme::muted),
        );
    }
    list = list.push(
        row![
            labeled_button(Icon::Add, i18n.tr("photo-add"), Some(Message::AddPhotos)),
            labeled_button(
                Icon::Copy,
                i18n.tr("photo-paste"),
                Some(Message::PastePhoto)
            ),
        ]
        .spacing(space::S),
    );
    section(i18n.tr("section-photos"), Icon::File, list)
}

fn move_photo(i: usize, direction: Move) -> Edit {
    Edit::Photo(PhotoEdit::Move(i, direction))
}

fn remove_photo(i: usize) -> Edit {
    Edit::Photo(PhotoEdit::Remove(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn photo(file: &str) -> Box<Photo> {
        Box::new(Photo {
            file: file.into(),
            ..Default::default()
        })
    }

    #[test]
    fn the_first_photo_is_main_and_removing_it_passes_the_mark_on() {
        let mut release =
            crate::storage::load_release(Path::new("tests/fixtures/releases/blank-ru.ron"))
                .unwrap();
        for file in ["a.jpg", "b.jpg", "a.jpg", "c.png"] {
            apply(&mut release, PhotoEdit::Add(photo(file)), Language::Ru);
        }
        let files: Vec<&str> = release.photos.iter().map(|p| p.file.as_str()).collect();
        assert_eq!(files, ["a.jpg", "b.jpg", "c.png"], "the same picture once");
        assert!(release.photos[0].main && !release.photos[1].main);
        apply(&mut release, PhotoEdit::Main(2), Language::Ru);
        assert!(release.photos[2].main && !release.photos[0].main);
        apply(&mut release, PhotoEdit::Remove(2), Language::Ru);
        assert!(release.photos[0].main);
        apply(&mut release, PhotoEdit::Move(0, Move::Down), Language::Ru);
        assert_eq!(release.photos[1].file, "a.jpg");
        apply(
            &mut release,
            PhotoEdit::Caption(1, "Встреча".into()),
            Language::Kk,
        );
        assert_eq!(release.photos[1].caption.get(Language::Kk), "Встреча");
        assert_eq!(release.photos[1].caption.get(Language::Ru), "");
        // Out of range does nothing.
        apply(&mut release, PhotoEdit::Remove(9), Language::Ru);
        apply(&mut release, PhotoEdit::Move(1, Move::Down), Language::Ru);
        assert_eq!(release.photos.len(), 2);
    }

    #[test]
    fn pictures_are_told_by_their_extension_in_any_case() {
        assert!(is_picture(Path::new("IMG_2041.JPG")));
        assert!(is_picture(Path::new("a.webp")));
        assert!(is_picture(Path::new("iphone.HEIC")));
        assert!(!is_picture(Path::new("visit.pressdesk")));
        assert!(!is_picture(Path::new("no-extension")));
    }
}
