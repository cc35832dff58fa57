//! Saves that are killed halfway, and saves that race: the archive must always load, each
//! file must be one whole version, and no save may silently undo another.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use pressdesk::archive::{Archive, Fingerprint};
use pressdesk::release::{DraftText, Release};
use pressdesk::storage::{self, StorageError};

const CHILD_ENV: &str = "PRESSDESK_CRASH_TEST_ARCHIVE";
const RELEASES: usize = 3;

fn sample() -> Release {
    storage::load_release(Path::new("tests/fixtures/releases/delegation-visit-ru.ron")).unwrap()
}

fn temp_archive(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pressdesk-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Version `n` of a release: the headline names n, and the body repeats it so that files
/// of different versions differ in length and a torn write would show.
fn stamp_version(release: &mut Release, n: u64) {
    let version = &mut release.versions[0];
    version.headline = DraftText::typed(format!("Версия {n}"));
    version.paragraphs = (0..(n % 7 + 1) * 20)
        .map(|_| DraftText::typed(format!("Абзац версии {n}. ").repeat(20)))
        .collect();
}

/// Which version a file holds, after checking that all of it belongs to that version.
fn version_of(release: &Release) -> Option<u64> {
    let version = &release.versions[0];
    let n: u64 = version
        .headline
        .text
        .strip_prefix("Версия ")?
        .parse()
        .ok()?;
    let expected_paragraph = format!("Абзац версии {n}. ").repeat(20);
    let whole = version.paragraphs.len() as u64 == (n % 7 + 1) * 20
        && version
            .paragraphs
            .iter()
            .all(|p| p.text == expected_paragraph);
    whole.then_some(n)
}

/// Not a test on its own: the child process of `a_save_killed_at_any_moment_...`, which
/// rewrites the releases as fast as it can until it is killed.
#[test]
#[ignore = "run as a child process by the crash test"]
fn child_saves_until_killed() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let archive = Archive::new(PathBuf::from(dir));
    let paths: Vec<PathBuf> = archive
        .scan()
        .unwrap()
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    for n in 1.. {
        for path in &paths {
            let loaded = archive.load(path).unwrap();
            let mut release = loaded.release;
            let next = version_of(&release).unwrap() + n;
            stamp_version(&mut release, next);
            archive
                .save(path, &release, Some(loaded.fingerprint))
                .unwrap();
        }
    }
}

#[test]
fn a_save_killed_at_any_moment_leaves_the_old_or_the_new_file() {
    let dir = temp_archive("crash");
    let archive = Archive::new(&dir);
    for _ in 0..RELEASES {
        let mut release = sample();
        release.id = uuid::Uuid::new_v4();
        stamp_version(&mut release, 0);
        archive.save_new(&release).unwrap();
    }
    // A fixed-seed generator: the kill moments vary widely but a failure can be replayed.
    let mut seed: u64 = 0x5eed_2026;
    let mut next_delay = || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        Duration::from_micros(2_000 + (seed >> 33) % 40_000)
    };
    let exe = std::env::current_exe().unwrap();
    let mut progress = Vec::new();
    for _ in 0..40 {
        let mut child = Command::new(&exe)
            .args([
                "--ignored",
                "--exact",
                "child_saves_until_killed",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, &dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(next_delay());
        child.kill().unwrap(); // SIGKILL on Unix: no destructors, no flushing.
        child.wait().unwrap();

        let files = archive.scan().unwrap();
        assert_eq!(files.len(), RELEASES, "a file vanished or a stray appeared");
        let mut total = 0;
        for (path, _) in files {
            let release = archive
                .load(&path)
                .unwrap_or_else(|e| panic!("after a kill the archive does not load: {e}"));
            total += version_of(&release.release)
                .unwrap_or_else(|| panic!("{} holds parts of two versions", path.display()));
        }
        progress.push(total);
    }
    // The kills landed while saves were going on, not before the child got started.
    assert!(
        progress.windows(2).filter(|w| w[1] > w[0]).count() >= 10,
        "the child saved too rarely to test anything: {progress:?}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// Read, change, save; on a conflict read again and redo the change, as the window does
/// when the user picks "reload".
fn add_one(archive: &Archive, path: &Path) -> usize {
    let mut conflicts = 0;
    loop {
        let loaded = archive.load(path).unwrap();
        let mut release = loaded.release;
        release.tags.push("x".into());
        match archive.save(path, &release, Some(loaded.fingerprint)) {
            Ok(_) => return conflicts,
            Err(StorageError::Changed { .. }) => conflicts += 1,
            Err(other) => panic!("save failed: {other}"),
        }
    }
}

#[test]
fn concurrent_writers_never_lose_each_others_changes() {
    let dir = temp_archive("race");
    let mut release = sample();
    release.tags.clear();
    let (path, _) = Archive::new(&dir).save_new(&release).unwrap();

    const WRITERS: usize = 4;
    const SAVES: usize = 50;
    let conflicts: usize = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..WRITERS)
            .map(|_| {
                let path = path.clone();
                let dir = dir.clone();
                scope.spawn(move || {
                    let archive = Archive::new(dir);
                    (0..SAVES).map(|_| add_one(&archive, &path)).sum::<usize>()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).sum()
    });
    let final_release = storage::load_release(&path).unwrap();
    // Every successful save added one tag to what was on disk: none was overwritten.
    assert_eq!(final_release.tags.len(), WRITERS * SAVES);
    assert!(
        conflicts > 0,
        "the writers never met; the test proved nothing"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_file_changed_by_someone_else_is_not_overwritten() {
    let dir = temp_archive("changed");
    let archive = Archive::new(&dir);
    let release = sample();
    let (path, fingerprint) = archive.save_new(&release).unwrap();

    // Someone else (another computer, via the sync tool) saves their version.
    let mut theirs = release.clone();
    theirs.versions[0].headline = DraftText::typed("Их заголовок");
    storage::save_release(&path, &theirs).unwrap();

    let mut mine = release.clone();
    mine.versions[0].headline = DraftText::typed("Мой заголовок");
    let error = archive.save(&path, &mine, Some(fingerprint)).unwrap_err();
    assert!(matches!(error, StorageError::Changed { .. }));
    assert_eq!(storage::load_release(&path).unwrap(), theirs);

    // A release saved as new never replaces a file that has its id already.
    assert!(matches!(
        archive.save_new(&mine),
        Err(StorageError::Changed { .. })
    ));
    let now = Fingerprint::of(&std::fs::read(&path).unwrap());
    archive.save(&path, &mine, Some(now)).unwrap();
    assert_eq!(storage::load_release(&path).unwrap(), mine);
    let _ = std::fs::remove_dir_all(dir);
}

/// An import killed between keeping the original and saving the release is completed by
/// the next import of the file, not taken for done; imports of one text racing each other
/// make one release. A read-only archive says so and leaves nothing half written.
#[test]
fn an_import_cut_short_is_completed_by_the_next_and_never_doubled() {
    use pressdesk::archive::import::{ORIGINALS, Outcome, import_file};
    let dir = temp_archive("import-cut");
    let archive = Archive::new(dir.join("archive"));
    let file = dir.join("Визит.txt");
    std::fs::write(
        &file,
        "Аким области встретился с делегацией\n\nТуркестан, 5 марта 2024 года. Встреча прошла.\n",
    )
    .unwrap();
    // What the cut-short import left: the original kept, no release.
    let originals = archive.root().join(ORIGINALS);
    std::fs::create_dir_all(&originals).unwrap();
    import_file(&archive, &file).unwrap();
    let kept: Vec<PathBuf> = std::fs::read_dir(&originals)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let releases = |archive: &Archive| archive.scan().unwrap().len();
    assert_eq!(releases(&archive), 1);
    std::fs::remove_file(archive.scan().unwrap()[0].0.clone()).unwrap();
    assert_eq!(releases(&archive), 0, "the release lost, the original kept");
    assert!(kept.iter().all(|p| p.exists()));
    assert!(matches!(
        import_file(&archive, &file).unwrap(),
        Outcome::Imported { .. }
    ));
    assert!(matches!(
        import_file(&archive, &file).unwrap(),
        Outcome::Duplicate { .. }
    ));
    assert_eq!(releases(&archive), 1);

    // Four imports of one text at once: one release.
    let other = dir.join("Форум.txt");
    std::fs::write(
        &other,
        "Форум пройдёт в Туркестане\n\nФорум пройдёт 5 апреля 2024 года.\n",
    )
    .unwrap();
    std::thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| import_file(&archive, &other).unwrap());
        }
    });
    assert_eq!(releases(&archive), 2);

    // A folder that cannot be written: the error says so and no file is half there.
    #[cfg(unix)]
    if !running_as_root() {
        use std::os::unix::fs::PermissionsExt;
        let third = dir.join("Меморандум.txt");
        std::fs::write(
            &third,
            "Подписан меморандум\n\nМеморандум подписан 1 мая 2024 года.\n",
        )
        .unwrap();
        for folder in [archive.root(), originals.as_path()] {
            std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o555)).unwrap();
        }
        let error = import_file(&archive, &third).unwrap_err();
        for folder in [archive.root(), originals.as_path()] {
            std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        let said = error.in_language(pressdesk::language::Language::Ru);
        assert!(
            said.contains("archive") || said.contains("originals"),
            "{said}"
        );
        assert_eq!(releases(&archive), 2);
        let stray = std::fs::read_dir(&originals)
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .starts_with('.')
            })
            .count();
        assert_eq!(stray, 0, "no temporary file left");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Root may write into a read-only folder, so the refusal cannot be seen as root.
#[cfg(unix)]
fn running_as_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}
