//! "Copy for email": the release as HTML and plain text on the system clipboard at once, so
//! pasting into Gmail, Outlook or Thunderbird keeps the headline, quotes and table, and
//! pasting into a plain-text field still gives clean text.
//!
//! iced's clipboard carries text only, so this goes through arboard. On Linux (X11, and
//! Wayland through XWayland) the copying program must stay alive and answer paste requests
//! — the clipboard holds a promise, not the data — so one `arboard::Clipboard` lives for
//! the whole session instead of one per copy. [`release`] at quit hands the contents to a
//! clipboard manager when the desktop runs one.

use std::sync::Mutex;

static CLIPBOARD: Mutex<Option<arboard::Clipboard>> = Mutex::new(None);

/// Why the clipboard refused, in words for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClipboardError(pub String);

/// Puts `html` and its plain-text twin `text` on the clipboard.
pub fn copy_html(html: &str, text: &str) -> Result<(), ClipboardError> {
    // A poisoned lock only means an earlier copy panicked inside arboard; the clipboard
    // object itself is still usable.
    let mut slot = CLIPBOARD.lock().unwrap_or_else(|p| p.into_inner());
    if slot.is_none() {
        *slot = Some(arboard::Clipboard::new().map_err(|e| ClipboardError(e.to_string()))?);
    }
    let Some(clipboard) = slot.as_mut() else {
        return Err(ClipboardError("no clipboard".to_string()));
    };
    let result = clipboard.set_html(html, Some(text));
    if result.is_err() {
        // A connection that went bad (the display restarted) is opened anew next time.
        *slot = None;
    }
    result.map_err(|e| ClipboardError(e.to_string()))
}

/// Lets go of the clipboard at quit; arboard then offers its contents to a clipboard
/// manager, so a release copied just before closing can still be pasted.
pub fn release() {
    let mut slot = CLIPBOARD.lock().unwrap_or_else(|p| p.into_inner());
    slot.take();
}

/// The picture on the clipboard as a PNG file's bytes, or `None` when it holds none.
pub fn image_as_png() -> Option<Vec<u8>> {
    let mut slot = CLIPBOARD.lock().unwrap_or_else(|p| p.into_inner());
    if slot.is_none() {
        *slot = arboard::Clipboard::new().ok();
    }
    let picture = slot.as_mut()?.get_image().ok()?;
    let rgba = image::RgbaImage::from_raw(
        u32::try_from(picture.width).ok()?,
        u32::try_from(picture.height).ok()?,
        picture.bytes.into_owned(),
    )?;
    let mut png = Vec::new();
    image::DynamicImage::ImageRgba8(rgba)
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .ok()?;
    Some(png)
}
