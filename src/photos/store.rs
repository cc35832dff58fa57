//! Where photos are kept: a `photos` folder beside the release file, each photo under a
//! name made from its content (`photos/3f9a…c2.jpg`). In an archive every release sits in
//! the archive folder, so its releases share one photos folder and a photo used in two
//! releases is stored once. The release names the file, not a path, so moving or syncing
//! the folder with the releases keeps every photo found.
//!
//! The file is the original, byte for byte, as the user added it: the exports make their
//! own smaller copies and never change it.

use std::io::Read;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::picture::{self, Format};
use super::{MAX_FILE_BYTES, PhotoError};
use crate::language::Localized;
use crate::release::Photo;
use crate::storage;

/// The folder's name beside the release files.
pub const FOLDER: &str = "photos";

/// The photos folder of the release file at `release_path`.
pub fn folder_for(release_path: &Path) -> PathBuf {
    release_path.parent().unwrap_or(Path::new(".")).join(FOLDER)
}

/// Copies the photo file at `source` into `folder` and describes it, without caption or
/// credit yet. The same picture added again is not copied twice.
pub fn add(folder: &Path, source: &Path) -> Result<Photo, PhotoError> {
    let io = PhotoError::io;
    let meta = std::fs::metadata(source).map_err(io)?;
    if !meta.is_file() {
        return Err(PhotoError::NotAPhoto);
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(PhotoError::TooLarge {
            megabytes: meta.len().div_ceil(1024 * 1024),
        });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(source)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(io)?;
    let name = source
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    add_bytes(folder, &bytes, &name)
}

/// [`add`] for a photo already in memory (pasted, or dropped as data); `original_name` is
/// the name the user knows it by, kept for the email's attachment.
pub fn add_bytes(folder: &Path, bytes: &[u8], original_name: &str) -> Result<Photo, PhotoError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(PhotoError::TooLarge {
            megabytes: (bytes.len() as u64).div_ceil(1024 * 1024),
        });
    }
    let format = match picture::sniff(bytes) {
        Some(Format::Heic) => return Err(PhotoError::Heic),
        Some(format) => format,
        None => return Err(PhotoError::NotAPhoto),
    };
    // Decoding the whole picture proves it is not cut off half-way, which its header alone
    // would not; it is the one slow step, and adding a photo is not a keystroke.
    let decoded = picture::decode(bytes)?;
    let file = content_name(bytes, format);
    let path = folder.join(&file);
    if !path.is_file() {
        std::fs::create_dir_all(folder).map_err(PhotoError::io)?;
        storage::write_atomic(&path, bytes).map_err(PhotoError::Storage)?;
    }
    Ok(Photo {
        file,
        original_name: original_name.trim().to_string(),
        caption: Localized::new(),
        alt: Localized::new(),
        credit: String::new(),
        main: false,
        width: decoded.width(),
        height: decoded.height(),
        bytes: bytes.len() as u64,
    })
}

/// The stored name of a photo: the first 32 hex digits of its SHA-256 and its format's
/// extension. Two different pictures sharing 128 bits of hash does not happen in practice.
pub fn content_name(bytes: &[u8], format: Format) -> String {
    let digest = Sha256::digest(bytes);
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    format!("{hex}.{}", format.extension())
}

/// The bytes of `photo` from `folder`.
pub fn read(folder: &Path, photo: &Photo) -> Result<Vec<u8>, PhotoError> {
    read_file(folder, &photo.file)
}

/// The bytes of the stored file `file` from `folder`.
pub fn read_file(folder: &Path, file: &str) -> Result<Vec<u8>, PhotoError> {
    let missing = || PhotoError::Missing {
        file: file.to_string(),
    };
    // The name comes from a file a user may have edited: never let it leave the folder.
    if !is_plain_name(file) {
        return Err(missing());
    }
    match std::fs::read(folder.join(file)) {
        Ok(bytes) => Ok(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(missing()),
        Err(e) => Err(PhotoError::io(e)),
    }
}

/// Copies the files of `photos` that `to` lacks from `from` (a release saved into another
/// folder takes its photos along). Returns each that could not be copied, with why.
pub fn carry(photos: &[Photo], from: &Path, to: &Path) -> Vec<(String, PhotoError)> {
    if from == to {
        return Vec::new();
    }
    let mut failed = Vec::new();
    for photo in photos {
        if to.join(&photo.file).is_file() {
            continue;
        }
        let copied = read(from, photo).and_then(|bytes| {
            std::fs::create_dir_all(to).map_err(PhotoError::io)?;
            storage::write_atomic(&to.join(&photo.file), &bytes).map_err(PhotoError::Storage)
        });
        if let Err(error) = copied {
            failed.push((photo.original_name.clone(), error));
        }
    }
    failed
}

/// A file name alone: no folder, no `..`, nothing hidden.
fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && !name.contains(['/', '\\', ':'])
        && !name.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("pressdesk-photos-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn jpeg(width: u32, height: u32, shade: u8) -> Vec<u8> {
        let picture = image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(
            width,
            height,
            image::Rgb([shade, 120, 60]),
        ));
        let mut out = Vec::new();
        picture
            .write_to(
                &mut std::io::Cursor::new(&mut out),
                image::ImageFormat::Jpeg,
            )
            .unwrap();
        out
    }

    #[test]
    fn one_picture_added_twice_is_stored_once_under_its_content() {
        let dir = temp_dir("twice");
        let folder = dir.as_path().join(FOLDER);
        let bytes = jpeg(40, 30, 10);
        let first = add_bytes(&folder, &bytes, "IMG_0001.JPG").unwrap();
        let again = add_bytes(&folder, &bytes, "копия.jpg").unwrap();
        assert_eq!(first.file, again.file);
        assert!(first.file.ends_with(".jpg"));
        assert_eq!((first.width, first.height), (40, 30));
        assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 1);
        assert_eq!(read(&folder, &first).unwrap(), bytes);
        let other = add_bytes(&folder, &jpeg(40, 30, 200), "b.jpg").unwrap();
        assert_ne!(other.file, first.file);
    }

    #[test]
    fn a_missing_file_or_a_name_that_leaves_the_folder_is_reported_missing() {
        let dir = temp_dir("missing");
        let mut photo = add_bytes(dir.as_path(), &jpeg(8, 8, 1), "a.jpg").unwrap();
        std::fs::remove_file(dir.as_path().join(&photo.file)).unwrap();
        assert!(matches!(
            read(dir.as_path(), &photo),
            Err(PhotoError::Missing { .. })
        ));
        photo.file = "../secret.jpg".to_string();
        assert!(matches!(
            read(dir.as_path(), &photo),
            Err(PhotoError::Missing { .. })
        ));
    }

    #[test]
    fn a_release_saved_elsewhere_takes_its_photos_along() {
        let dir = temp_dir("carry");
        let (from, to) = (dir.join("a").join(FOLDER), dir.join("b").join(FOLDER));
        let photo = add_bytes(&from, &jpeg(16, 16, 7), "x.jpg").unwrap();
        let mut gone = photo.clone();
        gone.file = "0000.jpg".into();
        gone.original_name = "gone.jpg".into();
        let failed = carry(&[photo.clone(), gone], &from, &to);
        assert_eq!(read(&to, &photo).unwrap(), read(&from, &photo).unwrap());
        assert_eq!(failed.len(), 1);
        assert_eq!(failed[0].0, "gone.jpg");
        assert!(matches!(failed[0].1, PhotoError::Missing { .. }));
    }

    #[test]
    fn what_is_not_a_photo_is_refused_and_nothing_is_stored() {
        let dir = temp_dir("refused");
        let folder = dir.as_path().join(FOLDER);
        assert!(matches!(
            add_bytes(&folder, b"%PDF-1.7 not a photo", "a.jpg"),
            Err(PhotoError::NotAPhoto)
        ));
        let whole = jpeg(64, 64, 3);
        assert!(matches!(
            add_bytes(&folder, &whole[..whole.len() / 2], "cut.jpg"),
            Err(PhotoError::Damaged(_))
        ));
        assert!(!folder.exists());
    }
}
