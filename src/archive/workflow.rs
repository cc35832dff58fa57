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
use crate::template::{FieldKind, Template, TemplateSet};

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

/// A new draft of another genre that starts from `release` — the memorandum after the
/// visit, the trip after the memorandum. People keep their ids in every genre (`official`,
/// `counterpart`, `counterpart-2`, people added by hand), so the same people fill the same
/// roles; the partners and tags come along, and so do the facts both genres hold under one
/// id and kind (the place, the topics). Dates are left empty, as in [`use_as_basis`].
/// Texts, quotes and figures stay with the old release: they tell that event. Each of the
/// release's languages gets a version drafted from what was carried.
pub fn carry_into(
    release: &Release,
    templates: &TemplateSet,
    template: &Template,
    profile: &Profile,
    today: Date,
    now: Timestamp,
) -> Release {
    let languages: Vec<_> = release.versions.iter().map(|v| v.language).collect();
    let first = languages
        .first()
        .copied()
        .unwrap_or(profile.default_language);
    let mut copy = draft::new_release(template, first, profile, today, now);
    copy.tags = release.tags.clone();
    copy.partners = release.partners.clone();
    let carried_from = |id: &str| release.people.iter().find(|p| p.id == id);
    for person in &mut copy.people {
        if let Some(theirs) = carried_from(&person.id) {
            *person = theirs.clone();
        }
    }
    // Further people of a role of several, and people added by hand, keep their ids.
    for person in &release.people {
        let known = copy.people.iter().any(|p| p.id == person.id);
        let fills_a_role = template.role_of(&person.id).is_some();
        let added_by_hand = is_added_by_hand(&person.id);
        if !known && (fills_a_role || added_by_hand) {
            copy.people.push(person.clone());
        }
    }
    for spec in template.facts.iter().filter(|s| s.kind != FieldKind::Date) {
        let same_kind = templates
            .get(&release.template)
            .and_then(|old| old.facts.iter().find(|f| f.id == spec.id))
            .is_some_and(|old| old.kind == spec.kind);
        if let (true, Some(value)) = (same_kind, release.facts.get(&spec.id)) {
            copy.facts.insert(spec.id.clone(), value.clone());
        }
    }
    draft::redraft(&mut copy, template, profile);
    for lang in languages.into_iter().skip(1) {
        // A language is added once; the list holds each once.
        let _ = draft::add_version(&mut copy, template, lang, profile);
    }
    copy
}

/// People added in the editor get `p1`, `p2` …; template roles have names.
fn is_added_by_hand(id: &str) -> bool {
    id.strip_prefix('p')
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}
