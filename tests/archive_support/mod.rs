//! What the archive tests share: an archive folder of their own with a cache path beside
//! it, removed afterwards.
#![allow(dead_code)] // each test file uses its own part

use std::path::PathBuf;

use pressdesk::archive::{Archive, Catalog};
use pressdesk::release::Release;

pub struct TempArchive {
    pub dir: PathBuf,
    pub archive: Archive,
}

impl TempArchive {
    /// An empty archive in a temporary folder named after the test file (`prefix`) and
    /// the test (`name`).
    pub fn new(prefix: &str, name: &str) -> Self {
        let dir =
            std::env::temp_dir().join(format!("pressdesk-{prefix}-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempArchive {
            archive: Archive::new(dir.join("archive")),
            dir,
        }
    }

    pub fn cache(&self) -> PathBuf {
        self.dir.join("cache/index.bin")
    }

    pub fn add(&self, release: &Release) -> PathBuf {
        self.archive.save_new(release).unwrap().0
    }

    /// The whole catalog, through the cache.
    pub fn catalog(&self) -> Catalog {
        let (catalog, error) = Catalog::open(&self.archive, &self.cache());
        assert!(error.is_none(), "{error:?}");
        catalog
    }
}

impl Drop for TempArchive {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
