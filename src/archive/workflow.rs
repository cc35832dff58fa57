//! What a release goes through in the archive: used as the basis of a new one, locked once
//! approved or sent, reopened with its approved text kept in the history.

use std::path::Path;

use jiff::Timestamp;
use jiff::civil::Date;
use uuid::Uuid;

use super::store::{Archive, Fingerprint};
use crate::draft;
use crate::profile::Profile;
use crate::release::{FactValue, Release, Status};
use crate::storage::StorageError;
use crate::template::{FieldKind, TemplateSet};

/// Approved and sent releases are read-only: what was approved is what goes out.
pub fn is_locked(status: Status) -> bool {
    matches!(status, Status::Approved | Status::Sent)
}

/// A new draft that starts from `release`: the same structure, texts, people, figures and
/// facts, but a new id, today's dateline, no embargo, and the template's date facts
/// emptied, so last month's meeting date cannot slip into this month's release.
pub fn use_as_basis(
    release: &Release,
    templates: &TemplateSet,
    profile: &Profile,
    today: Date,
    now: Timestamp,
) -> Release {
    let mut copy = release.clone();
    copy.id = Uuid::new_v4();
    copy.status = Status::Draft;
    copy.embargo = None;
    copy.created = now;
    copy.modified = now;
    for version in &mut copy.versions {
        version.dateline.date = Some(today);
    }
    if let Some(template) = templates.get(&copy.template) {
        for spec in template.facts.iter().filter(|s| s.kind == FieldKind::Date) {
            copy.facts
                .insert(spec.id.clone(), FactValue::Shared(String::new()));
        }
        // Texts still drafted from the facts now say which date to fill in.
        draft::redraft(&mut copy, template, profile);
    }
    copy
}

/// Unlocks an approved or sent release for editing. The file as it was approved goes into
/// the history first, then the release is saved back as a draft. Returns the reopened
/// release and its new fingerprint.
pub fn reopen(
    archive: &Archive,
    path: &Path,
    release: &Release,
    expected: Fingerprint,
) -> Result<(Release, Fingerprint), StorageError> {
    archive.keep_version(path, release.id)?;
    let mut reopened = release.clone();
    reopened.status = Status::Draft;
    reopened.modified = Timestamp::now();
    let fingerprint = archive.save(path, &reopened, Some(expected))?;
    Ok((reopened, fingerprint))
}
