//! Reading a photo's bytes: what format they are, the picture the right way up (the camera's
//! EXIF orientation applied), and the smaller copies the exports and the window use.

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

use super::PhotoError;

/// The formats a photo may come in. Phones also save HEIC, which no pure-Rust decoder
/// reads; it is recognised so the user is told how to convert it instead of "not a picture".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jpeg,
    Png,
    Webp,
    Heic,
}

impl Format {
    /// The extension of a stored file of this format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Jpeg => "jpg",
            Format::Png => "png",
            Format::Webp => "webp",
            Format::Heic => "heic",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Jpeg => "image/jpeg",
            Format::Png => "image/png",
            Format::Webp => "image/webp",
            Format::Heic => "image/heic",
        }
    }

    fn image_format(self) -> Option<ImageFormat> {
        match self {
            Format::Jpeg => Some(ImageFormat::Jpeg),
            Format::Png => Some(ImageFormat::Png),
            Format::Webp => Some(ImageFormat::WebP),
            Format::Heic => None,
        }
    }
}

/// The format by the file's first bytes, never by its name: a photo renamed `.jpg` by a
/// messenger is often a WebP or a HEIC.
pub fn sniff(bytes: &[u8]) -> Option<Format> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(Format::Jpeg)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(Format::Png)
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some(Format::Webp)
    } else if bytes.len() >= 12
        && &bytes[4..8] == b"ftyp"
        && [
            b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif",
        ]
        .iter()
        .any(|brand| &bytes[8..12] == *brand)
    {
        Some(Format::Heic)
    } else {
        None
    }
}

/// A photo's width and height as it is shown (turned by its EXIF orientation), read from
/// its header without decoding the picture.
pub fn dimensions(bytes: &[u8]) -> Result<(u32, u32), PhotoError> {
    let mut decoder = decoder(bytes)?;
    let (width, height) = decoder.dimensions();
    let turned = matches!(
        decoder.orientation(),
        Ok(image::metadata::Orientation::Rotate90
            | image::metadata::Orientation::Rotate270
            | image::metadata::Orientation::Rotate90FlipH
            | image::metadata::Orientation::Rotate270FlipH)
    );
    Ok(if turned {
        (height, width)
    } else {
        (width, height)
    })
}

/// The photo decoded and turned the right way up.
pub fn decode(bytes: &[u8]) -> Result<DynamicImage, PhotoError> {
    let mut decoder = decoder(bytes)?;
    if sniff(bytes) == Some(Format::Jpeg) && !jpeg_is_complete(bytes) {
        // The JPEG decoder paints a cut-off photo's missing rows grey without a word; a
        // photo copied half-way from a phone must be refused, not sent out half grey.
        return Err(PhotoError::Damaged(
            "the file ends before the picture does".into(),
        ));
    }
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut picture = DynamicImage::from_decoder(decoder).map_err(damaged)?;
    picture.apply_orientation(orientation);
    Ok(picture)
}

/// Whether the JPEG in `bytes` has its end-of-image marker after its last scan. Inside a
/// scan every 0xFF byte is followed by 0x00 or a restart marker, so an FF D9 after the last
/// FF DA can only be the end; an embedded EXIF thumbnail's end comes before the photo's
/// scans and does not count. Cameras that add data after the end still pass.
fn jpeg_is_complete(bytes: &[u8]) -> bool {
    let last_scan = bytes.windows(2).rposition(|w| w == [0xFF, 0xDA]);
    match last_scan {
        Some(at) => bytes[at..].windows(2).any(|w| w == [0xFF, 0xD9]),
        None => false,
    }
}

/// Pictures are refused above this many pixels (a 50-megapixel camera's photo is well
/// below), so a crafted file cannot ask for gigabytes.
pub const MAX_PIXELS: u64 = 120_000_000;

fn decoder(bytes: &[u8]) -> Result<impl ImageDecoder + '_, PhotoError> {
    let format = match sniff(bytes) {
        Some(Format::Heic) => return Err(PhotoError::Heic),
        Some(format) => format,
        None => return Err(PhotoError::NotAPhoto),
    };
    let mut reader = ImageReader::with_format(
        Cursor::new(bytes),
        format.image_format().ok_or(PhotoError::NotAPhoto)?,
    );
    let mut limits = Limits::default();
    // RGBA of the largest picture allowed, plus the decoder's own buffers.
    limits.max_alloc = Some(MAX_PIXELS * 4 + 64 * 1024 * 1024);
    reader.limits(limits);
    let decoder = reader.into_decoder().map_err(damaged)?;
    let (width, height) = decoder.dimensions();
    if width == 0 || height == 0 || u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(PhotoError::TooManyPixels { width, height });
    }
    Ok(decoder)
}

fn damaged(error: image::ImageError) -> PhotoError {
    match error {
        image::ImageError::Limits(_) => PhotoError::TooManyPixels {
            width: 0,
            height: 0,
        },
        other => PhotoError::Damaged(other.to_string()),
    }
}

/// A JPEG of `picture` at most `max_width` pixels wide (never enlarged) and, as far as a
/// lower quality can manage, at most `max_bytes` long. Transparent parts become white, as
/// they would on a page.
pub fn jpeg_copy(picture: &DynamicImage, max_width: u32, max_bytes: usize) -> Vec<u8> {
    let scaled = if picture.width() > max_width {
        let height = (u64::from(picture.height()) * u64::from(max_width)
            / u64::from(picture.width().max(1)))
        .max(1) as u32;
        // Averaging the pixels each new one covers (image's `thumbnail_exact`): as sharp as
        // a filtered resize when shrinking, and several times quicker on 12 megapixels.
        picture.thumbnail_exact(max_width, height)
    } else {
        picture.clone()
    };
    let rgb = on_white(&scaled);
    let mut best = Vec::new();
    for quality in [85u8, 75, 65, 55, 45] {
        let mut out = Vec::new();
        // Encoding into memory fails only on a zero-sized picture, which decoding refused.
        if JpegEncoder::new_with_quality(&mut out, quality)
            .encode_image(&rgb)
            .is_err()
        {
            return best;
        }
        best = out;
        if best.len() <= max_bytes {
            break;
        }
    }
    best
}

/// The picture flattened onto white, without an alpha channel (JPEG has none).
fn on_white(picture: &DynamicImage) -> image::RgbImage {
    if !picture.color().has_alpha() {
        return picture.to_rgb8();
    }
    let rgba = picture.to_rgba8();
    image::RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let over = |c: u8| ((u16::from(c) * u16::from(a) + 255 * (255 - u16::from(a))) / 255) as u8;
        image::Rgb([over(r), over(g), over(b)])
    })
}

/// A small picture for the window: at most `max_side` pixels on its longer side, RGBA.
pub fn thumbnail(picture: &DynamicImage, max_side: u32) -> image::RgbaImage {
    let (w, h) = (picture.width().max(1), picture.height().max(1));
    let scale = f64::from(max_side) / f64::from(w.max(h));
    if scale >= 1.0 {
        return picture.to_rgba8();
    }
    let (tw, th) = (
        ((f64::from(w) * scale).round() as u32).max(1),
        ((f64::from(h) * scale).round() as u32).max(1),
    );
    picture.thumbnail_exact(tw, th).to_rgba8()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let picture = DynamicImage::ImageRgb8(image::RgbImage::from_fn(width, height, |x, _| {
            image::Rgb([(x % 256) as u8, 100, 200])
        }));
        let mut out = Vec::new();
        picture
            .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .unwrap();
        out
    }

    #[test]
    fn formats_are_told_by_their_bytes_not_their_names() {
        assert_eq!(sniff(&png(4, 4)), Some(Format::Png));
        assert_eq!(sniff(b"\0\0\0\x18ftypheic\0\0\0\0"), Some(Format::Heic));
        assert_eq!(sniff(b"RIFF\0\0\0\0WEBPVP8 "), Some(Format::Webp));
        assert_eq!(sniff(b"GIF89a"), None);
    }

    /// A phone held upright stores its picture on its side with EXIF orientation 6 (turn
    /// 90° clockwise to view): the size and the pixels come out upright.
    #[test]
    fn a_photo_taken_upright_is_turned_by_its_exif_orientation() {
        // Stored 40×20 with a dark band along its top edge.
        let stored = image::RgbImage::from_fn(40, 20, |_, y| {
            if y < 4 {
                image::Rgb([10, 10, 10])
            } else {
                image::Rgb([240, 240, 240])
            }
        });
        let mut jpeg = Vec::new();
        image::DynamicImage::ImageRgb8(stored)
            .write_to(&mut Cursor::new(&mut jpeg), ImageFormat::Jpeg)
            .unwrap();
        // An EXIF segment right after the start marker: a big-endian TIFF header and one
        // entry, Orientation (0x0112) = 6.
        let mut exif = vec![0xFF, 0xE1, 0x00, 0x22];
        exif.extend_from_slice(b"Exif\0\0MM\0\x2a\0\0\0\x08");
        exif.extend_from_slice(&[0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0]);
        jpeg.splice(2..2, exif);

        assert_eq!(dimensions(&jpeg).unwrap(), (20, 40));
        let upright = decode(&jpeg).unwrap().to_rgb8();
        assert_eq!(upright.dimensions(), (20, 40));
        // The stored top edge is now the right-hand edge.
        assert!(upright.get_pixel(18, 20).0[0] < 60);
        assert!(upright.get_pixel(2, 20).0[0] > 200);
    }

    #[test]
    fn a_heic_photo_is_refused_with_its_own_reason() {
        assert!(matches!(
            decode(b"\0\0\0\x18ftypheic\0\0\0\0"),
            Err(PhotoError::Heic)
        ));
    }

    #[test]
    fn a_cut_off_photo_is_damaged_not_a_panic() {
        let whole = png(64, 64);
        for cut in [8, 20, 40, whole.len() / 2] {
            assert!(decode(&whole[..cut]).is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn the_email_copy_is_at_most_the_width_asked_and_keeps_the_shape() {
        let picture = decode(&png(1800, 1200)).unwrap();
        let copy = jpeg_copy(&picture, 600, 200_000);
        let back = decode(&copy).unwrap();
        assert_eq!((back.width(), back.height()), (600, 400));
        assert!(copy.len() <= 200_000);
        // A small picture is not enlarged.
        let small = decode(&jpeg_copy(&decode(&png(300, 200)).unwrap(), 600, 200_000)).unwrap();
        assert_eq!((small.width(), small.height()), (300, 200));
    }
}
