//! What the archive screen lists: a summary of every release file, damaged files with the
//! reason, and a search index — kept in memory, refreshed incrementally from file stamps,
//! and cached in the cache folder so a large archive opens without reading every file.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::listing::quick_summary;
use super::search::{Query, SearchIndex, index_terms};
use super::store::{Archive, Stamp, conflict_copy_of};
use crate::language::Language;
use crate::release::{Release, Status};
use crate::storage::{self, StorageError};

/// Bumped whenever the cache's shape or the terms' making changes: an old cache is then
/// ignored and rebuilt, never misread.
const CACHE_VERSION: u32 = 1;

/// The facts of a release that the list shows and filters by.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub id: Uuid,
    pub template: String,
    pub status: Status,
    /// The release's date: its dateline, or the day it was created.
    pub date: Date,
    pub modified: Timestamp,
    /// Headline per language version, in the versions' order.
    pub headlines: Vec<(Language, String)>,
    pub tags: Vec<String>,
}

impl Summary {
    pub fn of(release: &Release) -> Self {
        let date = release
            .versions
            .iter()
            .find_map(|v| v.dateline.date)
            .unwrap_or_else(|| Summary::day_of(release.created));
        Summary {
            id: release.id,
            template: release.template.clone(),
            status: release.status,
            date,
            modified: release.modified,
            headlines: release
                .versions
                .iter()
                .map(|v| (v.language, v.headline.text.trim().to_string()))
                .collect(),
            tags: release.tags.clone(),
        }
    }

    /// The day a release was created, on this computer's calendar: its date when no
    /// version has a dateline date.
    pub fn day_of(created: Timestamp) -> Date {
        created
            .to_zoned_datetime(jiff::tz::TimeZone::system())
            .date()
    }

    pub fn languages(&self) -> impl Iterator<Item = Language> + '_ {
        self.headlines.iter().map(|(lang, _)| *lang)
    }

    /// The headline in `preferred`, else the first one that is not empty.
    pub fn headline(&self, preferred: Language) -> &str {
        self.headlines
            .iter()
            .find(|(lang, h)| *lang == preferred && !h.is_empty())
            .or_else(|| self.headlines.iter().find(|(_, h)| !h.is_empty()))
            .map(|(_, h)| h.as_str())
            .unwrap_or("")
    }
}

/// What a file in the archive turned out to be.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum EntryState {
    Release(Summary),
    /// Written by a newer Pressdesk: listed, and opened read-only when it can be read.
    Newer {
        found: u32,
        summary: Option<Summary>,
    },
    /// Not a release this version can read; the reason in words.
    Damaged {
        reason: String,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub path: PathBuf,
    pub stamp: Stamp,
    pub state: EntryState,
}

impl Entry {
    pub fn summary(&self) -> Option<&Summary> {
        match &self.state {
            EntryState::Release(summary) => Some(summary),
            EntryState::Newer { summary, .. } => summary.as_ref(),
            EntryState::Damaged { .. } => None,
        }
    }

    /// The release this file is a sync tool's conflict copy of, if it is one.
    pub fn conflict_copy_of(&self) -> Option<Uuid> {
        conflict_copy_of(&self.path)
    }

    pub fn is_newer(&self) -> bool {
        matches!(self.state, EntryState::Newer { .. })
    }
}

/// One file read during a refresh: its entry and its search terms.
#[derive(Debug, Clone)]
pub struct Scanned {
    pub entry: Entry,
    pub terms: Vec<String>,
}

/// What changed in the folder since the catalog last looked.
#[derive(Debug, Clone, Default)]
pub struct Changes {
    pub updated: Vec<Scanned>,
    pub removed: Vec<PathBuf>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.updated.is_empty() && self.removed.is_empty()
    }
}

/// How the list is narrowed and ordered.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    pub text: String,
    pub status: Option<Status>,
    pub template: Option<String>,
    pub language: Option<Language>,
    pub year: Option<i16>,
    pub tag: Option<String>,
    pub oldest_first: bool,
}

#[derive(Default, Clone)]
pub struct Catalog {
    /// Slot = document id in the search index; `None` once the file is gone.
    entries: Vec<Option<Entry>>,
    by_path: HashMap<PathBuf, u32>,
    index: SearchIndex,
    /// Slots listed from a quick reading ([`Catalog::open_quickly`]): their summary is
    /// known, but the index holds only their headlines.
    unindexed: HashSet<u32>,
    /// Differs from the cache it was read from (or was read without one): worth writing.
    unsaved: bool,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("entries", &self.by_path.len())
            .finish()
    }
}

#[derive(Serialize, Deserialize)]
struct CacheFile {
    version: u32,
    root: PathBuf,
    entries: Vec<Option<Entry>>,
    index: SearchIndex,
}

impl Catalog {
    /// The catalog of `archive`, from the cache when there is a usable one, brought up to
    /// date with the folder. Never fails: an unreadable folder gives an empty catalog and
    /// the error to show.
    ///
    /// Files are read on every core and each goes into the index as soon as it is read, so
    /// a first start over 10,000 releases holds one file's terms per core, not all of them.
    pub fn open(archive: &Archive, cache: &Path) -> (Catalog, Option<StorageError>) {
        Catalog::open_reading(archive, cache, true, |path, stamp| {
            (read_entry(path, stamp), true)
        })
    }

    /// The catalog for the list, as fast as it can be had: like [`Catalog::open`], but only
    /// the cache's entries are decoded, not its index, and the files the cache does not
    /// cover are read only for their line in the list (see [`super::listing`]), so 10,000
    /// releases without a cache list in a fraction of the time. Search then finds the files
    /// read so by headline (and nothing in the cache's) until [`Catalog::open`], run after
    /// it in the background, gives the whole catalog. [`Catalog::is_complete`] tells which
    /// this is.
    pub fn open_quickly(archive: &Archive, cache: &Path) -> (Catalog, Option<StorageError>) {
        Catalog::open_reading(archive, cache, false, read_listing)
    }

    /// `read` gives a file's entry and whether its terms are all there.
    fn open_reading(
        archive: &Archive,
        cache: &Path,
        whole_cache: bool,
        read: impl Fn(&Path, Stamp) -> (Scanned, bool) + Sync,
    ) -> (Catalog, Option<StorageError>) {
        let cached = Catalog::read_cache(cache, archive.root(), whole_cache);
        let mut catalog = cached.unwrap_or(Catalog {
            unsaved: true,
            ..Catalog::default()
        });
        let files = match archive.scan() {
            Ok(files) => files,
            Err(error) => return (catalog, Some(error)),
        };
        let (changed, removed) = compare(&catalog.stamps(), files);
        catalog.apply(Changes {
            updated: Vec::new(),
            removed,
        });
        read_each(changed, read, |(scanned, complete)| {
            let path = scanned.entry.path.clone();
            catalog.apply(Changes {
                updated: vec![scanned],
                removed: Vec::new(),
            });
            if !complete && let Some(&slot) = catalog.by_path.get(&path) {
                catalog.unindexed.insert(slot);
            }
        });
        (catalog, None)
    }

    /// Whether every release is in the search index with all its words.
    pub fn is_complete(&self) -> bool {
        self.unindexed.is_empty()
    }

    /// The catalog the cache holds; without `index`, its entries only (the index, most of
    /// the file, is not decoded), every one of them unindexed.
    fn read_cache(cache: &Path, root: &Path, index: bool) -> Option<Catalog> {
        let bytes = std::fs::read(cache).ok()?;
        let (version, cached_root, entries, index) = if index {
            let file: CacheFile = postcard::from_bytes(&bytes).ok()?;
            (file.version, file.root, file.entries, Some(file.index))
        } else {
            // The same file read up to its index: postcard leaves the rest alone.
            #[derive(Deserialize)]
            struct CacheHead {
                version: u32,
                root: PathBuf,
                entries: Vec<Option<Entry>>,
            }
            let head: CacheHead = postcard::from_bytes(&bytes).ok()?;
            (head.version, head.root, head.entries, None)
        };
        if version != CACHE_VERSION || cached_root != root {
            return None;
        }
        let by_path: HashMap<PathBuf, u32> = (0u32..)
            .zip(&entries)
            .filter_map(|(slot, e)| Some((e.as_ref()?.path.clone(), slot)))
            .collect();
        let unindexed = match &index {
            Some(_) => HashSet::new(),
            None => by_path.values().copied().collect(),
        };
        Some(Catalog {
            entries,
            by_path,
            index: index.unwrap_or_default(),
            unindexed,
            unsaved: false,
        })
    }

    /// Writes the cache so the next start needs to read only the files that changed. A
    /// catalog that is not complete is not written (its index would miss words), nor one
    /// just as the cache holds it.
    pub fn write_cache(&self, cache: &Path, root: &Path) -> Result<(), StorageError> {
        if !self.is_complete() || !self.unsaved {
            return Ok(());
        }
        #[derive(Serialize)]
        struct CacheRef<'a> {
            version: u32,
            root: &'a Path,
            entries: &'a [Option<Entry>],
            index: &'a SearchIndex,
        }
        let bytes = postcard::to_stdvec(&CacheRef {
            version: CACHE_VERSION,
            root,
            entries: &self.entries,
            index: &self.index,
        })
        .map_err(|e| StorageError::Io {
            path: cache.to_path_buf(),
            source: std::sync::Arc::new(std::io::Error::other(e.to_string())),
        })?;
        if let Some(folder) = cache.parent() {
            let _ = std::fs::create_dir_all(folder);
        }
        storage::write_atomic(cache, &bytes)
    }

    /// Size and time of every known file, for [`read_changes`].
    pub fn stamps(&self) -> HashMap<PathBuf, Stamp> {
        self.entries
            .iter()
            .flatten()
            .map(|e| (e.path.clone(), e.stamp))
            .collect()
    }

    pub fn apply(&mut self, changes: Changes) {
        self.unsaved |= !changes.is_empty();
        for path in changes.removed {
            if let Some(slot) = self.by_path.remove(&path) {
                self.entries[slot as usize] = None;
                self.index.remove(slot);
                self.unindexed.remove(&slot);
            }
        }
        for Scanned { entry, terms } in changes.updated {
            let slot = match self.by_path.get(&entry.path) {
                Some(slot) => *slot,
                None => {
                    let slot = self.entries.len() as u32;
                    self.entries.push(None);
                    self.by_path.insert(entry.path.clone(), slot);
                    slot
                }
            };
            self.index.insert(slot, &terms);
            self.unindexed.remove(&slot);
            self.entries[slot as usize] = Some(entry);
        }
    }

    pub fn len(&self) -> usize {
        self.by_path.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_path.is_empty()
    }

    pub fn entry(&self, slot: u32) -> Option<&Entry> {
        self.entries.get(slot as usize)?.as_ref()
    }

    pub fn entry_at(&self, path: &Path) -> Option<&Entry> {
        self.entry(*self.by_path.get(path)?)
    }

    /// Files that could not be read, by name.
    pub fn damaged(&self) -> Vec<&Entry> {
        let mut damaged: Vec<&Entry> = self
            .entries
            .iter()
            .flatten()
            .filter(|e| matches!(e.state, EntryState::Damaged { .. }))
            .collect();
        damaged.sort_by(|a, b| a.path.cmp(&b.path));
        damaged
    }

    /// Releases matching the filter, newest first (or oldest first).
    pub fn find(&self, filter: &Filter) -> Vec<u32> {
        let query = Query::parse(&filter.text);
        let matches = self.index.search(&query);
        let mut found: Vec<(u32, &Summary)> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(slot, entry)| Some((slot as u32, entry.as_ref()?.summary()?)))
            .filter(|(slot, _)| matches.as_ref().is_none_or(|set| set.contains(*slot)))
            .filter(|(_, summary)| passes(filter, summary))
            .collect();
        found.sort_by(|(_, a), (_, b)| {
            let order = a.date.cmp(&b.date).then(a.modified.cmp(&b.modified));
            if filter.oldest_first {
                order
            } else {
                order.reverse()
            }
        });
        found.into_iter().map(|(slot, _)| slot).collect()
    }

    /// The years, tags and templates present, for the filter menus.
    pub fn facets(&self) -> Facets {
        let mut facets = Facets::default();
        for summary in self.entries.iter().flatten().filter_map(Entry::summary) {
            facets.years.insert(summary.date.year());
            facets.templates.insert(summary.template.clone());
            facets.tags.extend(summary.tags.iter().cloned());
        }
        facets
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facets {
    pub years: BTreeSet<i16>,
    pub templates: BTreeSet<String>,
    pub tags: BTreeSet<String>,
}

fn passes(filter: &Filter, summary: &Summary) -> bool {
    filter.status.is_none_or(|s| s == summary.status)
        && filter
            .template
            .as_ref()
            .is_none_or(|t| *t == summary.template)
        && filter
            .language
            .is_none_or(|l| summary.languages().any(|x| x == l))
        && filter.year.is_none_or(|y| y == summary.date.year())
        && filter
            .tag
            .as_ref()
            .is_none_or(|t| summary.tags.iter().any(|x| x == t))
}

/// Compares the folder with the known stamps and reads the files that are new or changed.
/// Slow work (reading, parsing): the window runs it off the interface thread.
pub fn read_changes(
    archive: &Archive,
    known: &HashMap<PathBuf, Stamp>,
) -> Result<Changes, StorageError> {
    let (changed, removed) = compare(known, archive.scan()?);
    let mut updated = Vec::with_capacity(changed.len());
    read_each(changed, read_entry, |scanned| updated.push(scanned));
    Ok(Changes { updated, removed })
}

/// The files that are new or changed, and the known ones that are gone.
fn compare(
    known: &HashMap<PathBuf, Stamp>,
    files: Vec<(PathBuf, Stamp)>,
) -> (Vec<(PathBuf, Stamp)>, Vec<PathBuf>) {
    let present: std::collections::HashSet<&PathBuf> = files.iter().map(|(p, _)| p).collect();
    let removed = known
        .keys()
        .filter(|p| !present.contains(p))
        .cloned()
        .collect();
    let changed = files
        .into_iter()
        .filter(|(path, stamp)| known.get(path) != Some(stamp))
        .collect();
    (changed, removed)
}

/// Reads the files on up to four threads and hands each result to `take` on this one, in
/// no particular order. Reading (parsing RON, stemming) is the slow part; `take` is quick.
fn read_each<T: Send>(
    files: Vec<(PathBuf, Stamp)>,
    read: impl Fn(&Path, Stamp) -> T + Sync,
    mut take: impl FnMut(T),
) {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 4)
        .min(files.len().max(1));
    if workers <= 1 || files.len() < 32 {
        for (path, stamp) in &files {
            take(read(path, *stamp));
        }
        return;
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    // A short queue: readers wait for the index rather than piling results up in memory.
    let (sender, receiver) = std::sync::mpsc::sync_channel(workers * 4);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let sender = sender.clone();
            let (next, files, read) = (&next, &files, &read);
            scope.spawn(move || {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some((path, stamp)) = files.get(i) else {
                        break;
                    };
                    if sender.send(read(path, *stamp)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(sender);
        for scanned in receiver {
            take(scanned);
        }
    });
}

/// Reads a file for its line in the list only, when it can be read so
/// ([`quick_summary`]); in full otherwise. Says whether the terms are all there: a quick
/// reading indexes the headlines and tags alone.
fn read_listing(path: &Path, stamp: Stamp) -> (Scanned, bool) {
    let Some(summary) = std::fs::read_to_string(path)
        .ok()
        .and_then(|text| quick_summary(&text))
    else {
        return (read_entry(path, stamp), true);
    };
    let words: Vec<&str> = (summary.headlines.iter().map(|(_, h)| h.as_str()))
        .chain(summary.tags.iter().map(String::as_str))
        .collect();
    let terms = index_terms(&words.join("\n"));
    let entry = Entry {
        path: path.to_path_buf(),
        stamp,
        state: EntryState::Release(summary),
    };
    (Scanned { entry, terms }, false)
}

/// Reads one file into an entry; a file that fails becomes a damaged entry with the reason.
pub fn read_entry(path: &Path, stamp: Stamp) -> Scanned {
    let (state, terms) = match super::store::load_file(path) {
        Ok(loaded) => (
            EntryState::Release(Summary::of(&loaded.release)),
            index_terms(&searchable_text(&loaded.release)),
        ),
        Err(StorageError::Newer { found, .. }) => {
            let release = std::fs::read_to_string(path)
                .ok()
                .and_then(|text| storage::parse_newer_leniently(&text));
            let terms = release
                .as_ref()
                .map(|r| index_terms(&searchable_text(r)))
                .unwrap_or_default();
            (
                EntryState::Newer {
                    found,
                    summary: release.as_ref().map(Summary::of),
                },
                terms,
            )
        }
        Err(error) => (
            EntryState::Damaged {
                reason: error.to_string(),
            },
            Vec::new(),
        ),
    };
    Scanned {
        entry: Entry {
            path: path.to_path_buf(),
            stamp,
            state,
        },
        terms,
    }
}

/// Every word a person might search a release by, in all its language versions.
pub fn searchable_text(release: &Release) -> String {
    let mut text = String::new();
    let mut add = |part: &str| {
        if !part.trim().is_empty() {
            text.push_str(part);
            text.push('\n');
        }
    };
    for version in &release.versions {
        add(&version.dateline.place.text);
        add(&version.headline.text);
        add(&version.subheadline.text);
        add(&version.lead.text);
        for paragraph in &version.paragraphs {
            add(&paragraph.text);
        }
        for quote in &version.quotes {
            add(&quote.text);
            add(&quote.speaker_as);
        }
        add(&version.background.text);
    }
    for person in &release.people {
        for lang in Language::ALL {
            add(person.name.get(lang));
            add(person.position.get(lang));
        }
    }
    for fact in release.facts.values() {
        for lang in Language::ALL {
            add(fact.get(lang));
        }
    }
    for tag in &release.tags {
        add(tag);
    }
    text
}
