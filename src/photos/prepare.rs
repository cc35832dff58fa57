//! The copies of a photo an export carries: one sharp enough for print (DOCX), one small
//! enough for email (HTML and the draft's body), and the original for the draft's
//! attachment. Made when a file is exported, never on a keystroke.

use std::path::Path;
use std::sync::Arc;

use super::picture::{self, Format};
use super::{PhotoError, store};
use crate::document::{Block, Document};

/// Print copies are at most this wide: the text column of an A4 page (16.5 cm) at about
/// 280 dpi.
pub const PRINT_WIDTH_PX: u32 = 1800;
/// Print copies are kept under this many bytes where quality allows: ten photos then make
/// a DOCX of under 15 MB, which mail servers still carry.
pub const PRINT_MAX_BYTES: usize = 1_200_000;
/// Email copies are at most this wide: the message's 600 px column.
pub const EMAIL_WIDTH_PX: u32 = 600;
/// … and about this many bytes at most, so ten photos keep a message light.
pub const EMAIL_MAX_BYTES: usize = 200 * 1024;

/// One JPEG copy and its size in pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Copy {
    pub jpeg: Arc<[u8]>,
    pub width: u32,
    pub height: u32,
}

/// A photo ready for export.
#[derive(Debug, Clone, PartialEq)]
pub struct Prepared {
    pub print: Copy,
    pub email: Copy,
    /// The file as it was added, attached to the email draft.
    pub original: Arc<[u8]>,
    pub original_mime: &'static str,
}

/// Makes the copies of the photo in `bytes`.
pub fn prepare(bytes: Vec<u8>) -> Result<Prepared, PhotoError> {
    let format = picture::sniff(&bytes).ok_or(PhotoError::NotAPhoto)?;
    if format == Format::Heic {
        return Err(PhotoError::Heic);
    }
    let decoded = picture::decode(&bytes)?;
    let copy = |source: &image::DynamicImage, width, max_bytes| {
        let jpeg = picture::jpeg_copy(source, width, max_bytes);
        let (width, height) = picture::dimensions(&jpeg).unwrap_or((0, 0));
        Copy {
            jpeg: jpeg.into(),
            width,
            height,
        }
    };
    let print = copy(&decoded, PRINT_WIDTH_PX, PRINT_MAX_BYTES);
    // The email copy is made from the print one: scaling 1800 px down to 600 costs a
    // tenth of scaling a 12-megapixel original again.
    let email = match picture::decode(&print.jpeg) {
        Ok(smaller) => copy(&smaller, EMAIL_WIDTH_PX, EMAIL_MAX_BYTES),
        Err(_) => copy(&decoded, EMAIL_WIDTH_PX, EMAIL_MAX_BYTES),
    };
    Ok(Prepared {
        print,
        email,
        original: bytes.into(),
        original_mime: format.mime(),
    })
}

/// Reads every photo of `document` from `folder` and attaches its copies, two at a time
/// (a 12-megapixel photo takes a few hundred milliseconds). Returns each photo that
/// could not be used, by its file name, with why; the export goes on without it.
pub fn attach(document: &mut Document, folder: &Path) -> Vec<(String, PhotoError)> {
    let files: Vec<String> = document
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Photo(p) => Some(p.file.clone()),
            _ => None,
        })
        .collect();
    if files.is_empty() {
        return Vec::new();
    }
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, 4);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<(usize, Result<Prepared, PhotoError>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads.min(files.len()))
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(file) = files.get(i) else {
                            return done;
                        };
                        done.push((i, store::read_file(folder, file).and_then(prepare)));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_default())
            .collect()
    });
    let mut prepared: Vec<Option<Result<Prepared, PhotoError>>> =
        (0..files.len()).map(|_| None).collect();
    for (i, result) in results {
        prepared[i] = Some(result);
    }
    let mut failed = Vec::new();
    let mut photos = document.blocks.iter_mut().filter_map(|b| match b {
        Block::Photo(p) => Some(p),
        _ => None,
    });
    for (file, result) in files.iter().zip(prepared) {
        let Some(block) = photos.next() else { break };
        match result {
            Some(Ok(ready)) => block.picture = Some(Arc::new(ready)),
            Some(Err(error)) => failed.push((file.clone(), error)),
            // A worker that panicked (a decoder's bug) leaves its photo out, not the export.
            None => failed.push((
                file.clone(),
                PhotoError::Damaged("could not be decoded".into()),
            )),
        }
    }
    failed
}
