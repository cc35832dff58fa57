//! The command line: `pressdesk templates | new | export | check | list | archive-check`.
//!
//! Each command does one thing, prints one clear line on failure and exits non-zero;
//! outputs are written atomically, so a failed run leaves nothing half-written.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::OnceLock;

use crate::archive::catalog::Filter;
use crate::draft;
use crate::language::Language;
use crate::paths::Paths;
use crate::profile::Profile;
use crate::release::{Release, Status};
use crate::storage::{self, RELEASE_EXTENSION};
use crate::template::{Template, TemplateSet};

mod archive;
mod args;
mod check;
mod export;
pub mod help;
mod photo;
mod typeset;
pub mod window;

pub use args::{CheckFormat, Cli, Command, Format, StatusArg, TypesetFormat};

/// The release named on the command line (`pressdesk FILE`), made absolute against `cwd`
/// so the window finds it whatever folder it works in later. A file that is not there, or
/// a folder, is an error in one line, before any window opens.
pub fn file_to_open(file: &Path, cwd: &Path) -> Result<PathBuf, String> {
    let path = if file.is_absolute() {
        file.to_path_buf()
    } else {
        cwd.join(file)
    };
    let ui = language_before_parsing();
    let name = path.display().to_string();
    match std::fs::metadata(&path) {
        Ok(meta) if meta.is_dir() => Err(say!(ui,
            ru: "{name}: это папка, а не файл релиза",
            kk: "{name}: бұл қалта, релиз файлы емес",
            en: "{name}: is a folder, not a release file",
        )),
        Ok(_) => Ok(path),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Err(say!(ui,
            ru: "{name}: нет такого файла (и такой команды: см. pressdesk --help)",
            kk: "{name}: мұндай файл жоқ (мұндай команда да жоқ: pressdesk --help қараңыз)",
            en: "{name}: no such file (nor such a command: see pressdesk --help)",
        )),
        Err(error) => Err(crate::storage::StorageError::Io {
            path: path.clone(),
            source: std::sync::Arc::new(error),
        }
        .in_language(ui)),
    }
}

/// The command line as typed, parsed with its help and errors in the user's language: the
/// language of the profile named by `--profile`, else of the saved profile, else of the
/// system's locale. Exits as clap does for `--help`, `--version` and errors (code 2).
pub fn parse() -> Cli {
    use clap::{CommandFactory, FromArgMatches};
    // A command line that parses needs neither the user's language nor the translated help,
    // which cost reading the profile and rewriting every command's texts (0.2 ms of each
    // command). Only what clap has to say (help, --version, a mistake) is parsed again, in
    // the user's words: the translation changes what is said, never what parses.
    if let Ok(cli) = Cli::command()
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        return cli;
    }
    let ui = language_before_parsing();
    let matches = match help::localized(Cli::command(), ui).try_get_matches() {
        Ok(matches) => matches,
        Err(error) => match help::error_message(&error, ui) {
            Some(message) => {
                eprintln!("{message}");
                std::process::exit(2);
            }
            None => error.exit(),
        },
    };
    Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.exit())
}

/// `pressdesk visit.pressdesk export …`: a file for the window typed before a command.
pub fn file_before_command(file: &Path) -> String {
    let ui = language_before_parsing();
    let file = file.display();
    say!(ui,
        ru: "{file} — файл для окна; он не может стоять перед командой",
        kk: "{file} — терезеге арналған файл; ол командадан бұрын тұра алмайды",
        en: "{file} is a file to open in the window; it cannot come before a command",
    )
}

/// The language to speak before the command line is parsed.
pub fn language_before_parsing() -> Language {
    let args: Vec<String> = std::env::args().collect();
    let named = args.iter().enumerate().find_map(|(i, arg)| {
        arg.strip_prefix("--profile=")
            .map(PathBuf::from)
            .or_else(|| {
                (arg == "--profile")
                    .then(|| args.get(i + 1).map(PathBuf::from))
                    .flatten()
            })
    });
    let file = named.or_else(|| {
        Paths::discover()
            .map(|p| p.profile_file())
            .filter(|f| f.exists())
    });
    file.and_then(|f| storage::load_profile(&f).ok())
        .map(|profile| profile.default_language)
        .or_else(crate::language::of_locale)
        .unwrap_or(Profile::default().default_language)
}

/// Runs the command typed, if there is one (a file typed before it is refused). A command
/// line naming none comes back: it is the window's to open.
pub fn run_command(cli: Cli) -> Result<ExitCode, Box<Cli>> {
    if cli.command.is_none() {
        return Err(Box::new(cli));
    }
    if let Some(file) = &cli.file {
        eprintln!("pressdesk: {}", file_before_command(file));
        return Ok(ExitCode::from(2));
    }
    Ok(run(cli))
}

/// Runs a parsed command line. `Ok` carries what to print; `Err` the one-line failure.
pub fn run(cli: Cli) -> ExitCode {
    let Some(command) = cli.command else {
        return ExitCode::SUCCESS;
    };
    let archive_flag = cli.archive.clone();
    if let Command::Check {
        file,
        lang,
        format,
        fix,
    } = &command
    {
        return check::check(cli.profile.as_deref(), file, *lang, *format, *fix);
    }
    if let Command::Typeset { file, lang, format } = &command {
        return typeset::typeset(cli.profile.as_deref(), file.as_deref(), *lang, *format);
    }
    let outcome = Context::new(cli.profile.as_deref())
        .map_err(Failure::from)
        .and_then(|ctx| match command {
            Command::Templates => ctx.list_templates().map_err(Failure::from),
            Command::New {
                template,
                lang,
                out,
                force,
                from,
            } => ctx
                .new_release(&template, lang, out, force, from.as_deref())
                .map_err(Failure::from),
            Command::Export {
                file,
                format,
                lang,
                out,
                force,
            } => ctx.export(&file, format, lang, out, force),
            Command::Redraft { file, lang } => ctx.redraft(&file, lang).map_err(Failure::from),
            Command::AddVersion { file, lang } => {
                ctx.add_version(&file, lang).map_err(Failure::from)
            }
            Command::List {
                status,
                lang,
                search,
                template,
                year,
                tag,
            } => {
                let filter = Filter {
                    text: search.unwrap_or_default(),
                    status: status.map(Status::from),
                    template,
                    language: lang,
                    year,
                    tag,
                    oldest_first: false,
                };
                archive::list(archive_flag.as_deref(), &filter, ctx.ui).map_err(Failure::from)
            }
            Command::Photo { action } => ctx.photo(action).map_err(Failure::from),
            Command::Import { paths } => archive::import(archive_flag.as_deref(), &paths, ctx.ui)
                .map_err(|(code, message)| Failure { code, message }),
            Command::ArchiveCheck => {
                archive::archive_check(archive_flag.as_deref(), ctx.ui).map_err(Failure::from)
            }
            Command::Check { .. } | Command::Typeset { .. } => {
                unreachable!("handled above for their own exit codes")
            }
        });
    match outcome {
        Ok(message) => {
            if !message.is_empty() {
                println!("{message}");
            }
            ExitCode::SUCCESS
        }
        Err(failure) => {
            eprintln!("pressdesk: {}", failure.message);
            ExitCode::from(failure.code)
        }
    }
}

/// Why a command did not do its job, and the exit code that says so: 1 it failed, 3 an
/// export was refused because of errors in the release.
struct Failure {
    code: u8,
    message: String,
}

/// `pressdesk export` refused: the release has errors (exit code 3).
pub const EXIT_REFUSED: u8 = 3;

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure { code: 1, message }
    }
}

struct Context {
    profile: Profile,
    /// The user's templates folder; templates are read when a command first needs them.
    templates_dir: Option<PathBuf>,
    /// Every template, for the commands that list or choose among them.
    all_templates: OnceLock<TemplateSet>,
    /// One release's template alone (see [`TemplateSet::load_one`]). Locks, not cells: an
    /// export checks the release on a second thread, which reads the template there.
    one_template: OnceLock<TemplateSet>,
    /// The language of every message: the profile's.
    ui: Language,
}

impl Context {
    fn new(profile_file: Option<&Path>) -> Result<Context, String> {
        let paths = Paths::discover();
        // Until the profile is read, messages speak the system's language (looked up only
        // for a message).
        let before = || crate::language::of_locale().unwrap_or(Profile::default().default_language);
        let profile = match profile_file {
            Some(file) => storage::load_profile(file).map_err(|e| e.in_language(before()))?,
            None => paths
                .as_ref()
                .map(Paths::profile_file)
                .filter(|f| f.exists())
                .map(|f| storage::load_profile(&f))
                .transpose()
                .unwrap_or_else(|e| {
                    let before = before();
                    let problem = e.in_language(before);
                    eprintln!(
                        "pressdesk: {}",
                        say!(before,
                            ru: "предупреждение: {problem}; используются настройки по умолчанию",
                            kk: "ескерту: {problem}; әдепкі баптаулар қолданылады",
                            en: "warning: {problem}; using the default settings",
                        )
                    );
                    None
                })
                .unwrap_or_default(),
        };
        let ui = profile.default_language;
        crate::spelling::set_english(profile.checks.english);
        Ok(Context {
            profile,
            templates_dir: paths.as_ref().map(Paths::templates_dir),
            all_templates: OnceLock::new(),
            one_template: OnceLock::new(),
            ui,
        })
    }

    /// Every template, read on first use; a user's file that cannot be used is named once.
    fn templates(&self) -> &TemplateSet {
        self.all_templates.get_or_init(|| {
            let set = TemplateSet::load(self.templates_dir.as_deref());
            if self.one_template.get().is_none() {
                self.warn_skipped(&set);
            }
            set
        })
    }

    /// The template `id`, reading no other built-in unless they are already read.
    fn template(&self, id: &str) -> Option<&Template> {
        if let Some(all) = self.all_templates.get() {
            return all.get(id);
        }
        let one = self.one_template.get_or_init(|| {
            let set = TemplateSet::load_one(self.templates_dir.as_deref(), id);
            self.warn_skipped(&set);
            set
        });
        one.get(id).or_else(|| self.templates().get(id))
    }

    fn warn_skipped(&self, set: &TemplateSet) {
        for problem in &set.problems {
            let problem = problem.in_language(self.ui);
            eprintln!(
                "pressdesk: {}",
                say!(self.ui,
                    ru: "предупреждение: шаблон пропущен: {problem}",
                    kk: "ескерту: үлгі өткізілді: {problem}",
                    en: "warning: template skipped: {problem}",
                )
            );
        }
    }

    fn load(&self, file: &Path) -> Result<Release, String> {
        storage::load_release(file).map_err(|e| e.in_language(self.ui))
    }

    fn save(&self, file: &Path, release: &Release) -> Result<(), String> {
        storage::save_release(file, release).map_err(|e| e.in_language(self.ui))
    }

    fn template_of(&self, file: &Path, release: &Release) -> Result<&Template, String> {
        self.template(&release.template).ok_or_else(|| {
            let (file, id) = (file.display(), &release.template);
            say!(self.ui,
                ru: "{file}: шаблон «{id}» не установлен (их список: pressdesk templates)",
                kk: "{file}: «{id}» үлгісі орнатылмаған (тізімі: pressdesk templates)",
                en: "{file}: the template «{id}» is not installed (pressdesk templates lists them)",
            )
        })
    }

    fn no_version(&self, file: &Path, lang: Language, release: &Release) -> String {
        let file = file.display();
        let have: Vec<&str> = release.versions.iter().map(|v| v.language.code()).collect();
        let have = have.join(", ");
        say!(self.ui,
            ru: "{file}: в релизе нет версии {lang} (есть: {have})",
            kk: "{file}: релизде {lang} нұсқасы жоқ (бары: {have})",
            en: "{file}: the release has no {lang} version (it has: {have})",
        )
    }

    /// `pressdesk redraft`: the same redraft the window does after a fact changes.
    fn redraft(&self, file: &Path, lang: Option<Language>) -> Result<String, String> {
        let mut release = self.load(file)?;
        let template = self.template_of(file, &release)?;
        if let Some(lang) = lang
            && release.version(lang).is_none()
        {
            return Err(self.no_version(file, lang, &release));
        }
        let normalised = draft::normalise_dates(&mut release, template);
        let mut redrafted = release.clone();
        let changed = draft::redraft(&mut redrafted, template, &self.profile);
        // Only the asked version takes the new text; the others stay as they were.
        for version in &mut release.versions {
            if lang.is_none_or(|l| l == version.language)
                && let Some(fresh) = redrafted.version(version.language)
            {
                *version = fresh.clone();
            }
        }
        let mut lines = Vec::new();
        for version in release
            .versions
            .iter()
            .filter(|v| lang.is_none_or(|l| l == v.language))
        {
            let version_lang = version.language;
            for what in edited_texts(version, self.ui) {
                lines.push(say!(self.ui,
                    ru: "  оставлено, как вы написали: {version_lang} {what}",
                    kk: "  сіз жазғандай қалдырылды: {version_lang} {what}",
                    en: "  kept as you wrote it: {version_lang} {what}",
                ));
            }
        }
        if changed + normalised > 0 {
            self.save(file, &release)?;
        }
        let name = file.display();
        lines.insert(
            0,
            say!(self.ui,
                ru: "{name}: заново составлено текстов: {changed}",
                kk: "{name}: қайта құрастырылған мәтіндер: {changed}",
                en: "{name}: {changed} drafted text(s) redrafted",
            ),
        );
        Ok(lines.join("\n"))
    }

    /// `pressdesk add-version`: the same drafting the window's "Add version" does.
    fn add_version(&self, file: &Path, lang: Language) -> Result<String, String> {
        let ui = self.ui;
        let mut release = self.load(file)?;
        let template = self.template_of(file, &release)?;
        let name = file.display();
        if draft::add_version(&mut release, template, lang, &self.profile).is_err() {
            return Err(say!(ui,
                ru: "{name}: версия {lang} уже есть",
                kk: "{name}: {lang} нұсқасы бұрыннан бар",
                en: "{name}: the release already has a {lang} version",
            ));
        }
        draft::normalise_dates(&mut release, template);
        self.save(file, &release)?;
        let mut lines = vec![say!(ui,
            ru: "{name}: добавлена версия {lang}",
            kk: "{name}: {lang} нұсқасы қосылды",
            en: "{name}: {lang} version added",
        )];
        // Facts typed per language that another version has and this one lacks, named as
        // the form names them.
        let mut to_fill: Vec<String> = template
            .facts
            .iter()
            .filter(|spec| spec.kind == crate::template::FieldKind::Text)
            .filter(|spec| release.fact(&spec.id, lang).trim().is_empty())
            .filter(|spec| {
                release
                    .languages()
                    .iter()
                    .any(|&other| !release.fact(&spec.id, other).trim().is_empty())
            })
            .map(|spec| spec.label.get_or_any(ui).to_string())
            .collect();
        // The dateline's place is typed per version, not a fact; it is drafted only from the
        // profile's city (or a trip's destination). Left empty, the export's dateline would
        // give the date alone.
        let no_place =
            |v: &crate::release::LanguageVersion| v.dateline.place.text.trim().is_empty();
        if release.version(lang).is_some_and(no_place)
            && release.versions.iter().any(|v| !no_place(v))
        {
            to_fill.insert(
                0,
                say!(ui,
                    ru: "место в дейтлайне",
                    kk: "дейтлайн орны",
                    en: "the dateline's place",
                ),
            );
        }
        if !to_fill.is_empty() {
            let facts = to_fill.join("; ");
            lines.push(say!(ui,
                ru: "  факты, которые нужно написать на {lang}: {facts}",
                kk: "  {lang} тілінде жазылатын деректер: {facts}",
                en: "  facts to write in {lang}: {facts}",
            ));
        }
        let quotes = release.version(lang).map_or(0, |v| v.quotes.len());
        if quotes > 0 {
            lines.push(say!(ui,
                ru: "  цитаты, которые нужно написать на {lang}: {quotes}",
                kk: "  {lang} тілінде жазылатын дәйексөздер: {quotes}",
                en: "  quotes to write in {lang}: {quotes}",
            ));
        }
        Ok(lines.join("\n"))
    }

    fn list_templates(&self) -> Result<String, String> {
        let lang = self.profile.default_language;
        let lines: Vec<String> = self
            .templates()
            .templates
            .iter()
            .map(|t| {
                format!(
                    "{:<18} {} — {}",
                    t.id,
                    t.name.get_or_any(lang),
                    t.description.get_or_any(lang)
                )
            })
            .collect();
        Ok(lines.join("\n"))
    }

    fn new_release(
        &self,
        template_id: &str,
        lang: Option<Language>,
        out: Option<PathBuf>,
        force: bool,
        from: Option<&Path>,
    ) -> Result<String, String> {
        let template = self.templates().get(template_id).ok_or_else(|| {
            let ids = self.templates().ids().join(", ");
            say!(self.ui,
                ru: "нет шаблона «{template_id}»; шаблоны: {ids}",
                kk: "«{template_id}» үлгісі жоқ; үлгілер: {ids}",
                en: "no template «{template_id}»; the templates are: {ids}",
            )
        })?;
        let lang = lang.unwrap_or(self.profile.default_language);
        let now = jiff::Timestamp::now();
        let today = crate::clock::today();
        let (release, carried) = match from {
            Some(source) => {
                let earlier = self.load(source)?;
                let release = crate::archive::workflow::carry_into(
                    &earlier,
                    self.templates(),
                    template,
                    &self.profile,
                    today,
                    now,
                );
                let carried = self.carried_people(source, &release);
                (release, carried)
            }
            None => (
                draft::new_release(template, lang, &self.profile, today, now),
                None,
            ),
        };
        let out = out.unwrap_or_else(|| {
            PathBuf::from(crate::export::suggested_file_name(
                Some(today),
                template.name.get_or_any(lang),
                RELEASE_EXTENSION,
            ))
        });
        if out.exists() && !force {
            let name = out.display();
            return Err(say!(self.ui,
                ru: "{name} уже есть; выберите другой --out или добавьте --force",
                kk: "{name} бұрыннан бар; басқа --out таңдаңыз немесе --force қосыңыз",
                en: "{name} already exists; choose another --out or add --force",
            ));
        }
        self.save(&out, &release)?;
        let mut said = format!("{}", out.display());
        if let Some(carried) = carried {
            said.push('\n');
            said.push_str(&carried);
        }
        Ok(said)
    }

    /// «из visit.pressdesk взяты: Дархан Сатыбалды, Ху Хунцзюань»: the people a release
    /// started from another one brings along, by name.
    fn carried_people(&self, source: &Path, release: &Release) -> Option<String> {
        let names: Vec<&str> = release
            .people
            .iter()
            .map(|p| p.name.get_or_any(self.ui).trim())
            .filter(|n| !n.is_empty())
            .collect();
        if names.is_empty() {
            return None;
        }
        let (source, names) = (source.display(), names.join(", "));
        Some(say!(self.ui,
            ru: "из {source} взяты: {names}",
            kk: "{source} файлынан алынды: {names}",
            en: "carried from {source}: {names}",
        ))
    }
}

fn first_language(release: &Release) -> Option<Language> {
    release.versions.first().map(|v| v.language)
}

/// The texts of a version the user wrote or edited by hand (no longer drafted), named as
/// the reader's language names them; paragraphs numbered from 1 as the text shows them.
fn edited_texts(version: &crate::release::LanguageVersion, ui: Language) -> Vec<String> {
    use crate::checks::FieldRef;
    let named = [
        (FieldRef::Headline, &version.headline),
        (FieldRef::Lead, &version.lead),
        (FieldRef::Background, &version.background),
    ];
    let paragraphs = version
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| (FieldRef::Paragraph(i), p));
    named
        .into_iter()
        .chain(paragraphs)
        .filter(|(_, text)| !text.is_drafted() && !text.text.trim().is_empty())
        .map(|(field, _)| field.describe(ui))
        .collect()
}
