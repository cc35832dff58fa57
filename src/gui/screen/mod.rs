//! The screens of the window.

pub mod archive;
pub mod editor;
pub mod home;
pub mod settings;
pub mod text_check;
pub mod typeset;
