//! `pressdesk list`, `pressdesk import` and `pressdesk archive-check`: the archive from the
//! command line.

use std::path::{Path, PathBuf};

use crate::archive::catalog::{Catalog, EntryState, Filter};
use crate::archive::{Archive, location};
use crate::language::Language;
use crate::paths::Paths;
use crate::release::Status;

/// A release's status as the reader's language names it.
fn status_word(status: Status, ui: Language) -> &'static str {
    match (status, ui) {
        (Status::Draft, Language::Ru) => "черновик",
        (Status::Ready, Language::Ru) => "готов",
        (Status::Approved, Language::Ru) => "утверждён",
        (Status::Sent, Language::Ru) => "отправлен",
        (Status::Draft, Language::Kk) => "жоба",
        (Status::Ready, Language::Kk) => "дайын",
        (Status::Approved, Language::Kk) => "бекітілген",
        (Status::Sent, Language::Kk) => "жіберілген",
        (status, Language::En) => status.code(),
    }
}

/// The archive in effect and its catalog, read through the index cache. Without `search`
/// the files the cache lacks are read for their line only ([`Catalog::open_quickly`]): a
/// listing needs no index, and the next command that searches builds and caches it.
fn open_catalog(
    flag: Option<&Path>,
    search: bool,
    ui: Language,
) -> Result<(PathBuf, Catalog), String> {
    let paths = Paths::discover().ok_or_else(|| {
        say!(ui,
            ru: "в этой системе нет домашней папки",
            kk: "бұл жүйеде үй қалтасы жоқ",
            en: "this system has no home folder",
        )
    })?;
    let root = location::resolve(&paths, flag);
    let archive = Archive::new(&root);
    let cache = paths.index_file(&root);
    let (catalog, error) = if search {
        Catalog::open(&archive, &cache)
    } else {
        Catalog::open_quickly(&archive, &cache)
    };
    if let Some(error) = error {
        let root = root.display();
        return Err(
            say!(ui, ru: "архив {root}: {error}", kk: "мұрағат {root}: {error}", en: "archive {root}: {error}"),
        );
    }
    // A cache that cannot be written only makes the next start slower.
    let _ = catalog.write_cache(&cache, &root);
    Ok((root, catalog))
}

pub(super) fn list(flag: Option<&Path>, filter: &Filter, lang: Language) -> Result<String, String> {
    let ui = lang;
    let (_, catalog) = open_catalog(flag, !filter.text.trim().is_empty(), ui)?;
    let mut lines = Vec::new();
    for slot in catalog.find(filter) {
        let Some(entry) = catalog.entry(slot) else {
            continue;
        };
        let Some(summary) = entry.summary() else {
            continue;
        };
        let languages: Vec<&str> = summary.languages().map(Language::code).collect();
        let mut notes = String::new();
        if entry.conflict_copy_of().is_some() {
            notes.push_str(&say!(ui, ru: " [копия при конфликте]", kk: " [қайшылық көшірмесі]", en: " [conflict copy]"));
        }
        if entry.is_newer() {
            notes.push_str(&say!(ui, ru: " [новая версия, только чтение]", kk: " [жаңа нұсқа, тек оқу]", en: " [newer version, read-only]"));
        }
        lines.push(format!(
            "{}  {:<8}  {:<8}  {:<16}  {}{notes}\t{}",
            summary.date,
            status_word(summary.status, ui),
            languages.join(","),
            summary.template,
            summary.headline(lang),
            entry.path.display()
        ));
    }
    let damaged = catalog.damaged().len();
    if damaged > 0 {
        eprintln!(
            "pressdesk: {}",
            say!(ui,
                ru: "повреждённых файлов: {damaged}; подробнее: pressdesk archive-check",
                kk: "зақымдалған файлдар: {damaged}; толығырақ: pressdesk archive-check",
                en: "{damaged} damaged file(s); see `pressdesk archive-check`",
            )
        );
    }
    Ok(lines.join("\n"))
}

pub(super) fn archive_check(flag: Option<&Path>, ui: Language) -> Result<String, String> {
    let (root, catalog) = open_catalog(flag, true, ui)?;
    let damaged = catalog.damaged();
    let (root, total) = (root.display(), catalog.len());
    if damaged.is_empty() {
        return Ok(say!(ui,
            ru: "{root}: релизов {total}, повреждённых нет",
            kk: "{root}: релиздер {total}, зақымдалғаны жоқ",
            en: "{root}: {total} release(s), none damaged",
        ));
    }
    let bad = damaged.len();
    let mut report = say!(ui,
        ru: "{root}: повреждено файлов {bad} из {total}:",
        kk: "{root}: {total} файлдың {bad} зақымдалған:",
        en: "{root}: {bad} of {total} file(s) damaged:",
    );
    for entry in damaged {
        if let EntryState::Damaged { reason } = &entry.state {
            report.push_str(&format!("\n  {reason}"));
        }
    }
    Err(report)
}

/// `pressdesk import`: each file or folder's releases brought into the archive, one line
/// each as it goes («[3/100] file.docx → headline»), the ones skipped or refused said so.
/// `Err` carries the exit code: 1 when a file could not be read (the rest are imported).
pub(super) fn import(
    flag: Option<&Path>,
    paths: &[PathBuf],
    ui: Language,
) -> Result<String, (u8, String)> {
    use crate::archive::import::{self, Outcome};
    let failed = |message: String| (1u8, message);
    let home = Paths::discover().ok_or_else(|| {
        failed(say!(ui,
            ru: "в этой системе нет домашней папки",
            kk: "бұл жүйеде үй қалтасы жоқ",
            en: "this system has no home folder",
        ))
    })?;
    let archive = Archive::new(location::resolve(&home, flag));
    let files = import::files_under(paths);
    let total = files.len();
    let (mut imported, mut skipped, mut refused) = (0, 0, 0);
    for (i, file) in files.iter().enumerate() {
        let n = i + 1;
        let name = file.display();
        let line = match import::import_file(&archive, file) {
            Ok(Outcome::Imported { headline, .. }) => {
                imported += 1;
                format!("[{n}/{total}] {name} → {headline}")
            }
            Ok(Outcome::Duplicate { earlier }) => {
                skipped += 1;
                say!(ui,
                    ru: "[{n}/{total}] {name}: уже в архиве (тот же текст, {earlier}), пропущен",
                    kk: "[{n}/{total}] {name}: мұрағатта бар (сол мәтін, {earlier}), өткізілді",
                    en: "[{n}/{total}] {name}: already in the archive (the same text, {earlier}), skipped",
                )
            }
            Err(error) => {
                refused += 1;
                let reason = error.in_language(ui);
                eprintln!("pressdesk: [{n}/{total}] {name}: {reason}");
                continue;
            }
        };
        println!("{line}");
    }
    let root = archive.root().display();
    let summary = say!(ui,
        ru: "в архив {root} перенесено: {imported}, пропущено как уже перенесённые: {skipped}, не прочитано: {refused}",
        kk: "{root} мұрағатына көшірілді: {imported}, бұрын көшірілгендіктен өткізілді: {skipped}, оқылмады: {refused}",
        en: "imported into {root}: {imported}, skipped as imported before: {skipped}, not read: {refused}",
    );
    if refused > 0 {
        Err(failed(summary))
    } else {
        Ok(summary)
    }
}
