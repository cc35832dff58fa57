//! A release's line in the list, read from its file without parsing the whole file.
//!
//! Opening an archive of 10,000 releases with no index cache used to parse every file in
//! full and stem every word before the list appeared. The list needs a few fields from each
//! file; a file this program wrote has them on lines of known indentation (pretty RON, two
//! spaces a level), so they are picked out line by line. Anything unexpected — another
//! format version, a hand-edited layout, a string split over lines, a file cut short —
//! gives `None`, and the file is parsed in full as before. The full reading follows in the
//! background anyway (to build the search index) and replaces what was read here, so a
//! damaged file that slipped through is marked damaged a moment later.

use jiff::Timestamp;
use jiff::civil::Date;
use uuid::Uuid;

use super::catalog::Summary;
use crate::language::Language;
use crate::release::{CURRENT_VERSION, Status};

/// The summary of a release file as this program writes it; `None` when the text does not
/// look exactly like that.
pub fn quick_summary(text: &str) -> Option<Summary> {
    let mut lines = text.lines();
    if lines.next()? != "(" || text.trim_end().lines().next_back()? != ")" {
        return None;
    }
    let mut found = Found::default();
    while let Some(line) = lines.next() {
        let Some((name, value)) = field(line, 2) else {
            continue;
        };
        match name {
            "version" => found.version = Some(value.strip_suffix(',')?.parse().ok()?),
            "id" => found.id = Some(Uuid::parse_str(&string(value)?).ok()?),
            "template" => found.template = Some(string(value)?),
            "status" => found.status = Some(status(value.strip_suffix(',')?)?),
            "created" => found.created = Some(string(value)?.parse().ok()?),
            "modified" => found.modified = Some(string(value)?.parse().ok()?),
            "tags" if value == "[]," => {}
            "tags" if value == "[" => {
                for line in lines.by_ref() {
                    if line == "  ]," {
                        break;
                    }
                    found.tags.push(string(line.strip_prefix("    ")?)?);
                }
            }
            "versions" if value == "[" => read_versions(&mut lines, &mut found)?,
            "tags" | "versions" => return None,
            _ => {}
        }
    }
    if found.version? != CURRENT_VERSION || found.versions.is_empty() {
        return None;
    }
    let created = found.created?;
    Some(Summary {
        id: found.id?,
        template: found.template?,
        status: found.status?,
        date: found
            .versions
            .iter()
            .find_map(|v| v.date)
            .unwrap_or_else(|| Summary::day_of(created)),
        modified: found.modified?,
        headlines: found
            .versions
            .into_iter()
            .map(|v| Some((v.language?, v.headline.trim().to_string())))
            .collect::<Option<_>>()?,
        tags: found.tags,
    })
}

#[derive(Default)]
struct Found {
    version: Option<u32>,
    id: Option<Uuid>,
    template: Option<String>,
    status: Option<Status>,
    created: Option<Timestamp>,
    modified: Option<Timestamp>,
    tags: Vec<String>,
    versions: Vec<VersionFound>,
}

#[derive(Default)]
struct VersionFound {
    language: Option<Language>,
    date: Option<Date>,
    headline: String,
}

/// The language versions, up to the line closing their list.
fn read_versions<'a>(lines: &mut impl Iterator<Item = &'a str>, found: &mut Found) -> Option<()> {
    // The field of the version (six spaces in) that the deeper lines belong to.
    let mut within = "";
    for line in lines {
        match line {
            "  ]," => return Some(()),
            "    (" => {
                found.versions.push(VersionFound::default());
                within = "";
                continue;
            }
            _ => {}
        }
        let version = found.versions.last_mut()?;
        if let Some((name, value)) = field(line, 6) {
            within = name;
            if name == "language" {
                version.language = Some(language(value.strip_suffix(',')?)?);
            }
        } else if let Some((name, value)) = field(line, 8) {
            match (within, name) {
                ("dateline", "date") if value == "None," => version.date = None,
                ("dateline", "date") => {
                    let date = value.strip_prefix("Some(")?.strip_suffix("),")?;
                    version.date = Some(string(&format!("{date},"))?.parse().ok()?);
                }
                ("headline", "text") => version.headline = string(value)?,
                _ => {}
            }
        }
    }
    None
}

/// `name: value` on a line indented exactly `indent` spaces.
fn field(line: &str, indent: usize) -> Option<(&str, &str)> {
    let rest = line.get(indent..)?;
    if !line[..indent].bytes().all(|b| b == b' ')
        || !rest.starts_with(|c: char| c.is_ascii_lowercase())
    {
        return None;
    }
    let (name, value) = rest.split_once(": ")?;
    name.bytes()
        .all(|b| b.is_ascii_lowercase() || b == b'_')
        .then_some((name, value))
}

/// A string literal ending its line with a comma: `"Аким встретился…",`.
fn string(value: &str) -> Option<String> {
    let literal = value.strip_suffix(',')?;
    let inner = literal.strip_prefix('"')?.strip_suffix('"')?;
    if inner.contains(['\\', '"']) {
        ron::from_str(literal).ok()
    } else {
        Some(inner.to_string())
    }
}

fn status(code: &str) -> Option<Status> {
    Status::ALL.into_iter().find(|s| s.code() == code)
}

fn language(code: &str) -> Option<Language> {
    Language::ALL.into_iter().find(|l| l.code() == code)
}
