//! The local archive: one file per release in a folder that may be shared and synced,
//! drafts autosaved beside it, a search index in the cache folder.

pub mod autosave;
pub mod catalog;
pub mod import;
pub mod listing;
pub mod location;
pub mod search;
pub mod store;
pub mod workflow;

pub use autosave::{Draft, Drafts};
pub use catalog::{Catalog, Entry, EntryState, Filter, Summary};
pub use store::{Archive, Fingerprint, Loaded};
