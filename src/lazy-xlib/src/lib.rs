//! The one thing softbuffer (iced's software renderer) asks of the tiny-xlib crate: the XCB
//! connection beneath the Xlib display winit opened, for drawing into an X11 window.
//!
//! tiny-xlib loads Xlib in a constructor that runs before `main` (to learn Xlib's default
//! error handler, which softbuffer never uses), so every start of `pressdesk` loaded
//! libX11, libX11-xcb and the five libraries they need: about 1 ms of each command, `pressdesk
//! --version` and `pressdesk export` included (3.4 ms against 2.4 ms for a build without
//! the window). Here libX11-xcb is loaded when the window first asks for the connection.
//! winit has loaded the same library by then, so that costs nothing more.

use std::ffi::c_void;
use std::mem::ManuallyDrop;
use std::ptr::NonNull;
use std::sync::OnceLock;

use as_raw_xcb_connection::{AsRawXcbConnection, xcb_connection_t};

/// An Xlib display someone else opened and will close.
#[derive(Debug)]
pub struct Display {
    ptr: NonNull<c_void>,
}

impl Display {
    /// The display at `ptr`, never closed by this crate (hence `ManuallyDrop`, as tiny-xlib
    /// hands it).
    ///
    /// # Safety
    ///
    /// `ptr` must point to an open Xlib display that outlives the value returned.
    pub unsafe fn from_ptr(ptr: *mut c_void) -> ManuallyDrop<Self> {
        ManuallyDrop::new(Display {
            // SAFETY: the caller promises an open display, which is never null.
            ptr: unsafe { NonNull::new_unchecked(ptr) },
        })
    }

    /// The pointer to the display.
    pub fn as_ptr(&self) -> *mut c_void {
        self.ptr.as_ptr()
    }
}

/// `XGetXCBConnection` from libX11-xcb.
type GetXcbConnection = unsafe extern "C" fn(*mut c_void) -> *mut xcb_connection_t;

/// libX11-xcb, loaded on first use and kept for the life of the process (the function
/// pointer is only valid while the library stays loaded).
fn get_xcb_connection() -> Result<GetXcbConnection, &'static str> {
    static LOADED: OnceLock<Result<(libloading::Library, GetXcbConnection), &'static str>> =
        OnceLock::new();
    let loaded = LOADED.get_or_init(|| {
        // SAFETY: loading a system library of X11 (winit has loaded it already when it
        // opened the display); the symbol has the C signature written above.
        unsafe {
            let library = libloading::Library::new("libX11-xcb.so.1")
                .or_else(|_| libloading::Library::new("libX11-xcb.so"))
                .map_err(|_| "libX11-xcb.so.1 could not be loaded")?;
            let function = *library
                .get::<GetXcbConnection>(b"XGetXCBConnection\0")
                .map_err(|_| "libX11-xcb.so.1 has no XGetXCBConnection")?;
            Ok((library, function))
        }
    });
    loaded
        .as_ref()
        .map(|(_, function)| *function)
        .map_err(|e| *e)
}

// SAFETY: the connection returned is the display's own, valid while the display is open,
// which `from_ptr`'s caller guarantees.
unsafe impl AsRawXcbConnection for Display {
    fn as_raw_xcb_connection(&self) -> *mut xcb_connection_t {
        // tiny-xlib panics here too: softbuffer needs a connection and has no error path,
        // and the window cannot have opened on X11 without this library.
        let get = get_xcb_connection().unwrap_or_else(|e| panic!("{e}"));
        // SAFETY: `self.ptr` is an open display (see `from_ptr`).
        unsafe { get(self.ptr.as_ptr()) }
    }
}
