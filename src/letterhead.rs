//! The letterhead: the organisation's logo and name at the top of the DOCX (first-page
//! header) and of the email HTML (a band above the release).
//!
//! The logo is read when a file is exported, not on every keystroke: [`load_logo`] turns a
//! PNG, JPEG or SVG into two PNGs of fixed heights — one sharp enough for print, one small
//! enough for email (Gmail clips messages over 102 KB). A file that is not a usable picture
//! gives a [`LogoError`] naming the problem, and the export goes on without the logo.

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use image::imageops::FilterType;

use crate::document::Document;
use image::{DynamicImage, ImageFormat, RgbaImage};

/// Height of the print logo: 2 cm at 300 dpi.
pub const PRINT_HEIGHT_PX: u32 = 240;
/// Height of the email logo: 48 CSS pixels, doubled for high-density screens.
pub const EMAIL_HEIGHT_PX: u32 = 96;
/// A logo may be at most this many times as wide as it is tall; wider is a banner, not a
/// logo, and would squeeze the organisation's name off the line.
const MAX_ASPECT: u32 = 8;
/// Larger files are refused before reading: no logo needs 20 MB, and a mistaken pick (a
/// video, a disk image) must not fill memory.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;
/// Pictures larger than this in either direction are refused before decoding.
const MAX_SIDE_PX: u32 = 12_000;

/// A logo ready for export: PNG bytes at print and at email resolution. Cheap to clone.
#[derive(Debug, Clone, PartialEq)]
pub struct Logo {
    pub print: Picture,
    pub email: Picture,
}

/// One PNG and its size in pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    pub png: Arc<[u8]>,
    pub width: u32,
    pub height: u32,
}

/// The letterhead of one release: the organisation's name in the release language and,
/// once an export has loaded it, the logo.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Letterhead {
    pub organisation: String,
    pub logo: Option<Logo>,
}

impl Letterhead {
    /// Nothing to show: no name and no logo.
    pub fn is_empty(&self) -> bool {
        self.organisation.trim().is_empty() && self.logo.is_none()
    }
}

/// Why a logo file could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LogoError {
    #[error("the logo {path} could not be read: {reason}")]
    Unreadable { path: PathBuf, reason: String },
    #[error("the logo {path} is {megabytes} MB; a logo file may be at most 20 MB")]
    TooLarge { path: PathBuf, megabytes: u64 },
    #[error("the logo {path} is not a PNG, JPEG or SVG picture")]
    NotAPicture { path: PathBuf },
    #[error("the logo {path} is damaged or incomplete: {reason}")]
    Damaged { path: PathBuf, reason: String },
    #[error(
        "the logo {path} is {width}×{height} pixels; it must be at least 16 pixels high, at most {MAX_SIDE_PX} on a side and no more than 8 times as wide as high"
    )]
    BadShape {
        path: PathBuf,
        width: u32,
        height: u32,
    },
}

/// Loads the letterhead logo at `logo` (the profile's choice) into `document`, for an
/// export. Returns the reason when the logo cannot be used; the document then goes out
/// with the name alone, which is better than no release at all. Does nothing when there is
/// no letterhead or no logo.
pub fn attach_logo(document: &mut Document, logo: Option<&Path>) -> Option<LogoError> {
    let letterhead = document.letterhead.as_mut()?;
    match load_logo(logo?) {
        Ok(logo) => {
            letterhead.logo = Some(logo);
            None
        }
        Err(error) => Some(error),
    }
}

/// Reads and converts the logo at `path`.
pub fn load_logo(path: &Path) -> Result<Logo, LogoError> {
    let unreadable = |e: std::io::Error| LogoError::Unreadable {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    // A folder, or a pipe or device that reading would wait on for ever.
    if !meta.is_file() {
        return Err(LogoError::Unreadable {
            path: path.to_path_buf(),
            reason: "it is not a file".to_string(),
        });
    }
    let size = meta.len();
    if size > MAX_FILE_BYTES {
        return Err(LogoError::TooLarge {
            path: path.to_path_buf(),
            megabytes: size.div_ceil(1024 * 1024),
        });
    }
    let bytes = std::fs::read(path).map_err(unreadable)?;
    logo_from_bytes(&bytes, path)
}

/// [`load_logo`] for bytes already read; `path` only names the file in errors.
pub fn logo_from_bytes(bytes: &[u8], path: &Path) -> Result<Logo, LogoError> {
    let picture = match sniff(bytes) {
        Some(Kind::Png) => decode(bytes, ImageFormat::Png, path)?,
        Some(Kind::Jpeg) => decode(bytes, ImageFormat::Jpeg, path)?,
        Some(Kind::Svg) => render_svg(bytes, path)?,
        None => {
            return Err(LogoError::NotAPicture {
                path: path.to_path_buf(),
            });
        }
    };
    let (width, height) = (picture.width(), picture.height());
    if height < 16 || width == 0 || width > height * MAX_ASPECT {
        return Err(LogoError::BadShape {
            path: path.to_path_buf(),
            width,
            height,
        });
    }
    let damaged = |reason: String| LogoError::Damaged {
        path: path.to_path_buf(),
        reason,
    };
    Ok(Logo {
        print: scaled(&picture, PRINT_HEIGHT_PX).map_err(damaged)?,
        email: scaled(&picture, EMAIL_HEIGHT_PX).map_err(damaged)?,
    })
}

enum Kind {
    Png,
    Jpeg,
    Svg,
}

/// The format from the file's first bytes, not its name: a renamed file is common.
fn sniff(bytes: &[u8]) -> Option<Kind> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some(Kind::Png);
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Some(Kind::Jpeg);
    }
    // SVG is text: a byte-order mark, an XML declaration, comments or a doctype may come
    // before the <svg> element, so look for it near the start.
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head);
    let trimmed = head.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with('<') && head.contains("<svg") {
        return Some(Kind::Svg);
    }
    None
}

fn decode(bytes: &[u8], format: ImageFormat, path: &Path) -> Result<RgbaImage, LogoError> {
    let damaged = |e: image::ImageError| LogoError::Damaged {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    // The header first: a small file can claim a huge size and exhaust memory when decoded.
    let (width, height) = image::ImageReader::with_format(Cursor::new(bytes), format)
        .into_dimensions()
        .map_err(damaged)?;
    if width > MAX_SIDE_PX || height > MAX_SIDE_PX {
        return Err(LogoError::BadShape {
            path: path.to_path_buf(),
            width,
            height,
        });
    }
    let decoded = image::load_from_memory_with_format(bytes, format).map_err(damaged)?;
    Ok(decoded.into_rgba8())
}

/// Draws an SVG at print height (or wider, for a very flat logo) with resvg.
fn render_svg(bytes: &[u8], path: &Path) -> Result<RgbaImage, LogoError> {
    let damaged = |reason: String| LogoError::Damaged {
        path: path.to_path_buf(),
        reason,
    };
    let mut options = resvg::usvg::Options::default();
    // Lettering in the logo needs fonts; reading the system's takes a moment, so only
    // when there is text to draw.
    if bytes.windows(5).any(|w| w == b"<text") {
        options.fontdb_mut().load_system_fonts();
    }
    let tree = resvg::usvg::Tree::from_data(bytes, &options).map_err(|e| damaged(e.to_string()))?;
    let size = tree.size();
    if !(size.width() >= 1.0 && size.height() >= 1.0) {
        return Err(LogoError::BadShape {
            path: path.to_path_buf(),
            width: size.width() as u32,
            height: size.height() as u32,
        });
    }
    let scale = PRINT_HEIGHT_PX as f32 / size.height();
    let width = (size.width() * scale).ceil() as u32;
    if width > PRINT_HEIGHT_PX * MAX_ASPECT {
        return Err(LogoError::BadShape {
            path: path.to_path_buf(),
            width: size.width() as u32,
            height: size.height() as u32,
        });
    }
    let mut pixmap = resvg::tiny_skia::Pixmap::new(width.max(1), PRINT_HEIGHT_PX)
        .ok_or_else(|| damaged("no room to draw it".to_string()))?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    // tiny-skia keeps premultiplied alpha; PNG wants it straight.
    let mut rgba = Vec::with_capacity(pixmap.data().len());
    for pixel in pixmap.pixels() {
        let c = pixel.demultiply();
        rgba.extend_from_slice(&[c.red(), c.green(), c.blue(), c.alpha()]);
    }
    RgbaImage::from_raw(pixmap.width(), pixmap.height(), rgba)
        .ok_or_else(|| damaged("the drawing has the wrong size".to_string()))
}

/// The picture at `height` pixels (never enlarged), as PNG.
fn scaled(picture: &RgbaImage, height: u32) -> Result<Picture, String> {
    let resized = if picture.height() > height {
        let width = ((picture.width() as u64 * height as u64) / picture.height() as u64).max(1);
        image::imageops::resize(picture, width as u32, height, FilterType::Lanczos3)
    } else {
        picture.clone()
    };
    let (width, height) = resized.dimensions();
    let mut png = Cursor::new(Vec::new());
    DynamicImage::ImageRgba8(resized)
        .write_to(&mut png, ImageFormat::Png)
        .map_err(|e| e.to_string())?;
    Ok(Picture {
        png: png.into_inner().into(),
        width,
        height,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png_of(width: u32, height: u32) -> Vec<u8> {
        let image = RgbaImage::from_pixel(width, height, image::Rgba([20, 60, 140, 255]));
        let mut out = Cursor::new(Vec::new());
        DynamicImage::ImageRgba8(image)
            .write_to(&mut out, ImageFormat::Png)
            .expect("encode");
        out.into_inner()
    }

    #[test]
    fn a_large_png_is_scaled_to_print_and_email_heights() {
        let logo = logo_from_bytes(&png_of(1200, 600), Path::new("logo.png")).expect("logo");
        assert_eq!((logo.print.width, logo.print.height), (480, 240));
        assert_eq!((logo.email.width, logo.email.height), (192, 96));
        assert!(logo.email.png.starts_with(b"\x89PNG"));
    }

    #[test]
    fn a_small_logo_is_not_enlarged() {
        let logo = logo_from_bytes(&png_of(64, 64), Path::new("logo.png")).expect("logo");
        assert_eq!((logo.print.width, logo.print.height), (64, 64));
        assert_eq!((logo.email.width, logo.email.height), (64, 64));
    }

    #[test]
    fn a_truncated_png_is_reported_as_damaged() {
        let png = png_of(300, 300);
        let error = logo_from_bytes(&png[..png.len() / 2], Path::new("half.png")).unwrap_err();
        assert!(matches!(error, LogoError::Damaged { .. }), "{error}");
        assert!(error.to_string().contains("half.png"));
    }

    #[test]
    fn text_named_like_a_picture_is_not_a_picture() {
        let error = logo_from_bytes(b"hello", Path::new("logo.png")).unwrap_err();
        assert!(matches!(error, LogoError::NotAPicture { .. }));
    }

    #[test]
    fn a_banner_is_refused() {
        let error = logo_from_bytes(&png_of(1000, 50), Path::new("wide.png")).unwrap_err();
        assert!(matches!(error, LogoError::BadShape { .. }), "{error}");
    }

    #[test]
    fn an_svg_is_drawn_at_print_height() {
        let svg = br##"<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20">
<rect width="40" height="20" fill="#1d4e89"/></svg>"##;
        let logo = logo_from_bytes(svg, Path::new("logo.svg")).expect("svg logo");
        assert_eq!((logo.print.width, logo.print.height), (480, 240));
        let print = image::load_from_memory(&logo.print.png)
            .expect("png")
            .into_rgba8();
        assert_eq!(print.get_pixel(240, 120).0, [0x1d, 0x4e, 0x89, 255]);
    }

    #[test]
    fn broken_svg_is_damaged() {
        let error = logo_from_bytes(b"<svg><rect", Path::new("x.svg")).unwrap_err();
        assert!(matches!(error, LogoError::Damaged { .. }), "{error}");
    }

    #[test]
    fn a_folder_is_not_read_as_a_logo() {
        let error = load_logo(&std::env::temp_dir()).unwrap_err();
        assert!(error.to_string().ends_with("it is not a file"), "{error}");
    }

    #[test]
    fn a_missing_file_is_unreadable() {
        let error = load_logo(Path::new("/no/such/logo.png")).unwrap_err();
        assert!(matches!(error, LogoError::Unreadable { .. }));
    }
}
