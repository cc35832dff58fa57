//! The photos' thumbnails for the preview and the editor's photo list: made from the files
//! in the photos folder off the window's thread (a 50-megapixel photo takes a second to
//! decode) and kept by file name, so a keystroke never decodes anything.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Condvar, Mutex};

use iced::widget::image::Handle;

use crate::photos::{self, PhotoError};

/// Thumbnails by stored file name.
pub type Thumbnails = HashMap<String, Handle>;

/// The longer side of a thumbnail, in pixels: the preview's page column (about 390 px
/// for a photo) sharp at up to 2.5× screen density, while ten photos hold under 30 MB.
pub const THUMBNAIL_SIDE: u32 = 1024;

/// A finished thumbnail, or why the photo could not be shown.
#[derive(Debug, Clone)]
pub struct Made {
    pub file: String,
    pub result: Result<Handle, PhotoError>,
}

/// How many photos are decoded at once: a 12-megapixel photo takes about 80 MB while it
/// is made small, and a release's ten thumbnails all asked for at once on an 8-core
/// machine must not take 800 MB.
const AT_ONCE: usize = 2;

static DECODING: (Mutex<usize>, Condvar) = (Mutex::new(0), Condvar::new());

/// Makes the thumbnail of `file` in `folder`. Blocking: run it in a task.
pub async fn make(folder: PathBuf, file: String) -> Made {
    let _slot = Slot::take();
    make_now(&folder, file)
}

/// One of the [`AT_ONCE`] places to decode in, given back when dropped (also when a
/// decoder panics, so the others are not left waiting).
struct Slot;

impl Slot {
    fn take() -> Slot {
        let (busy, freed) = &DECODING;
        let mut running = busy.lock().unwrap_or_else(|p| p.into_inner());
        while *running >= AT_ONCE {
            running = freed.wait(running).unwrap_or_else(|p| p.into_inner());
        }
        *running += 1;
        Slot
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let (busy, freed) = &DECODING;
        let mut running = busy.lock().unwrap_or_else(|p| p.into_inner());
        *running = running.saturating_sub(1);
        freed.notify_one();
    }
}

fn make_now(folder: &std::path::Path, file: String) -> Made {
    let result = photos::store::read_file(folder, &file)
        .and_then(|bytes| photos::picture::decode(&bytes))
        .map(|picture| {
            let small = photos::picture::thumbnail(&picture, THUMBNAIL_SIDE);
            Handle::from_rgba(small.width(), small.height(), small.into_raw())
        });
    Made { file, result }
}
