//! Release files of earlier format versions, read into today's shape. Each step changes
//! what one version said into what the next says; [`to_current`] runs them in turn, so a
//! file of any earlier version loads and is saved in the current version.
//!
//! | version | what changed |
//! |---|---|
//! | 1 | the first documented format |
//! | 2 | people keep one id in every genre: `official` for our side's person (was `host`, `signatory`, `speaker`), `counterpart` for the partner's (was `guest`, `partner`) |
//! | 3 | a release may have `photos`; nothing else changed. The number went up so a Pressdesk that reads only version 2 opens such a file read-only instead of saving it without its photos |

use crate::release::Release;

/// A role's id in version 1, per genre, and its id from version 2 on. Facts typed for one
/// genre can then be carried into another: the akim is `official` whether they receive a
/// delegation, sign a memorandum or travel.
const SHARED_PERSON_IDS: &[(&str, &str, &str)] = &[
    ("delegation-visit", "host", "official"),
    ("delegation-visit", "guest", "counterpart"),
    ("memorandum", "signatory", "official"),
    ("memorandum", "partner", "counterpart"),
    ("working-trip", "partner", "counterpart"),
    ("forum-invitation", "speaker", "official"),
];

/// The version-2 id of a version-1 person id of `template`: a role's own id, or a further
/// person of a role of several (`partner-2` → `counterpart-2`).
fn shared_person_id(template: &str, id: &str) -> Option<String> {
    let (role, suffix) = match id.rsplit_once('-') {
        Some((role, n)) if n.chars().all(|c| c.is_ascii_digit()) => (role, Some(n)),
        _ => (id, None),
    };
    let (_, _, new) = SHARED_PERSON_IDS
        .iter()
        .find(|(genre, old, _)| *genre == template && *old == role)?;
    Some(match suffix {
        Some(n) => format!("{new}-{n}"),
        None => new.to_string(),
    })
}

/// Version 1 → 2: people and the quotes that name them take the shared ids.
fn from_1_to_2(release: &mut Release) {
    let template = release.template.clone();
    let rename = |id: &mut String| {
        if let Some(new) = shared_person_id(&template, id) {
            *id = new;
        }
    };
    for person in &mut release.people {
        rename(&mut person.id);
    }
    for version in &mut release.versions {
        for quote in &mut version.quotes {
            rename(&mut quote.speaker);
        }
    }
    release.version = 2;
}

/// Brings a release read from a file of `release.version` up to the current version.
pub fn to_current(release: &mut Release) {
    if release.version < 2 {
        from_1_to_2(release);
    }
    if release.version < 3 {
        // Version 3 only added photos, which a version-2 file has none of.
        release.version = 3;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_1_roles_take_their_shared_ids() {
        assert_eq!(
            shared_person_id("delegation-visit", "host").as_deref(),
            Some("official")
        );
        assert_eq!(
            shared_person_id("memorandum", "partner-3").as_deref(),
            Some("counterpart-3")
        );
        // The same old id means another role in another genre, and a person the user
        // added keeps their id.
        assert_eq!(shared_person_id("working-trip", "official"), None);
        assert_eq!(shared_person_id("delegation-visit", "p3"), None);
        assert_eq!(shared_person_id("blank", "host"), None);
    }
}
