//! The photos' thumbnails for the preview and the editor's photo list: made from the files
//! in the photos folder off the window's thread (a 50-megapixel photo takes a second to
//! decode) and kept by file name, so a keystroke never decodes anything.

use std::collections::HashMap;
use std::path::PathBuf;

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

/// Makes the thumbnail of `file` in `folder`. Blocking: run it in a task.
pub async fn make(folder: PathBuf, file: String) -> Made {
    let result = photos::store::read_file(&folder, &file)
        .and_then(|bytes| photos::picture::decode(&bytes))
        .map(|picture| {
            let small = photos::picture::thumbnail(&picture, THUMBNAIL_SIDE);
            Handle::from_rgba(small.width(), small.height(), small.into_raw())
        });
    Made { file, result }
}
