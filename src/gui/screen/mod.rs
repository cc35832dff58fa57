//! The screens of the window.

pub mod editor;
pub mod home;
pub mod settings;
