//! `pressdesk export`: a release as DOCX, HTML, text or a ready e-mail, refused (exit code
//! 3) while the version has errors, unless `--force`.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock, mpsc};

use super::{Context, EXIT_REFUSED, Failure, Format, first_language};
use crate::checks;
use crate::compose::SharedTypesetting;
use crate::export;
use crate::language::Language;
use crate::letterhead;
use crate::profile::Profile;
use crate::release::Release;
use crate::storage;
use crate::template::Template;

/// The file an export writes, and what to tell the user once it is written.
struct Rendered {
    bytes: Vec<u8>,
    /// The title as typeset, for the file's suggested name.
    title: String,
    /// Warnings and notes (a logo or a photo left out, an e-mail's size).
    notes: Vec<String>,
}

impl Context {
    pub(super) fn export(
        &self,
        file: &Path,
        format: Format,
        lang: Option<Language>,
        out: Option<PathBuf>,
        force: bool,
    ) -> Result<String, Failure> {
        // The second core helps: it typesets some of the version's texts while this one
        // typesets the longest, then checks the version while this one makes the file.
        // Each text and the checking are done by whichever thread comes to them first, so
        // a second thread that starts late (an idle core of a virtual machine can take
        // milliseconds to run one) only helps less and never delays the file (the command
        // still ends only when that thread has, finding nothing left). It is started before
        // the release is read, for the same reason. A refused export only throws the made
        // file away.
        std::thread::scope(|scope| {
            let (send, receive) = mpsc::channel::<Arc<Shared>>();
            scope.spawn(move || {
                if let Ok(shared) = receive.recv() {
                    shared.typesetting.help();
                    shared.errors(self);
                }
            });
            self.export_checked(file, format, lang, out, force, |shared| {
                let _ = send.send(shared);
            })
        })
    }

    /// [`Context::export`] once the helping thread runs: `hand_over` gives it the work
    /// both threads share.
    fn export_checked(
        &self,
        file: &Path,
        format: Format,
        lang: Option<Language>,
        out: Option<PathBuf>,
        force: bool,
        hand_over: impl FnOnce(Arc<Shared>),
    ) -> Result<String, Failure> {
        let ui = self.ui;
        let release = self.load(file)?;
        let lang = match lang {
            Some(lang) => lang,
            None => first_language(&release).ok_or_else(|| {
                let name = file.display();
                say!(ui,
                    ru: "{name}: в релизе ещё нет текста",
                    kk: "{name}: релизде әлі мәтін жоқ",
                    en: "{name}: the release has no text yet",
                )
            })?,
        };
        let Ok(typesetting) = SharedTypesetting::plan(&release, lang, &self.profile) else {
            return Err(Failure::from(self.no_version(file, lang, &release)));
        };
        let shared = Arc::new(Shared {
            release,
            lang,
            typesetting,
            errors: OnceLock::new(),
        });
        hand_over(Arc::clone(&shared));
        let release = &shared.release;
        let rendered = render(
            release,
            file,
            &shared.typesetting,
            format,
            &self.profile,
            ui,
        );
        let errors = shared.errors(self);
        if !errors.is_empty() && !force {
            return Err(self.refusal(file, lang, release, errors));
        }
        let Some(Rendered {
            bytes,
            title,
            notes,
        }) = rendered.map_err(Failure::from)?
        else {
            return Err(Failure::from(self.no_version(file, lang, release)));
        };
        // Named from the date and the headline only when `--out` names no file.
        let suggested = || {
            let date = release.version(lang).and_then(|v| v.dateline.date);
            export::suggested_file_name(date, &title, format.extension())
        };
        let out = match out {
            Some(path) if path.is_dir() => path.join(suggested()),
            Some(path) => path,
            None => PathBuf::from(suggested()),
        };
        storage::write_atomic(&out, &bytes).map_err(|e| e.in_language(ui))?;
        for note in notes {
            eprintln!("pressdesk: {note}");
        }
        if !errors.is_empty() {
            let (n, name) = (errors.len(), out.display());
            let head = match ui {
                Language::Ru => format!("{name} записан с ошибками ({n}), как велит --force:"),
                Language::Kk => format!("{name} қателерімен ({n}) жазылды, --force бойынша:"),
                Language::En => format!("{name} written with {n} error(s), as --force asks:"),
            };
            eprintln!(
                "pressdesk: {head}\n{}",
                checks::report::text(errors, ui, self.template(&release.template), 0).trim_end()
            );
        }
        Ok(format!("{}", out.display()))
    }

    fn refusal(
        &self,
        file: &Path,
        lang: Language,
        release: &Release,
        errors: &[checks::Finding],
    ) -> Failure {
        let (n, name) = (errors.len(), file.display());
        let head = match self.ui {
            Language::Ru => format!(
                "{name}: не экспортировано — в версии {lang} ошибок: {n}. Исправьте их или добавьте --force"
            ),
            Language::Kk => format!(
                "{name}: экспортталмады — {lang} нұсқасында {n} қате бар. Түзетіңіз немесе --force қосыңыз"
            ),
            Language::En => format!(
                "{name}: not exported, the {lang} version has {n} error(s); fix them or add --force"
            ),
        };
        Failure {
            code: EXIT_REFUSED,
            message: format!(
                "{head}\n{}",
                checks::report::text(errors, self.ui, self.template(&release.template), 0)
                    .trim_end()
            ),
        }
    }
}

/// What an export's two threads share: the version's texts to typeset and its checking,
/// each done by whichever thread comes to it first.
struct Shared {
    release: Release,
    lang: Language,
    typesetting: SharedTypesetting,
    errors: OnceLock<Vec<checks::Finding>>,
}

impl Shared {
    /// The version's errors, checked now unless the other thread has (or is checking: then
    /// this waits for it).
    fn errors(&self, ctx: &Context) -> &[checks::Finding] {
        self.errors.get_or_init(|| {
            // Only this version is checked (errors never come from comparing versions):
            // the other languages' rules are not even compiled.
            let mut version = self.release.clone();
            version.versions.retain(|v| v.language == self.lang);
            let template = || ctx.template(&version.template);
            errors_of(&version, self.lang, template, &ctx.profile, ctx.ui)
        })
    }
}

/// The errors of `version` (a release holding only the version in `lang`) and of the shared
/// facts and figures: what stops an export, since a wrong sum or a placeholder must not go
/// out under the government body's name.
fn errors_of<'t>(
    version: &'t Release,
    lang: Language,
    template: impl Fn() -> Option<&'t Template>,
    profile: &Profile,
    ui: Language,
) -> Vec<checks::Finding> {
    checks::errors_with(version, template, profile, crate::clock::today(), ui)
        .into_iter()
        .filter(|f| f.language.is_none_or(|l| l == lang))
        .collect()
}

/// The version `typesetting` was planned for made into the bytes of a `format` file, with
/// its letterhead's logo and its photos (those that cannot be read are left out, with a note
/// saying so). `None`: the release has no version in that language.
fn render(
    release: &Release,
    file: &Path,
    typesetting: &SharedTypesetting,
    format: Format,
    profile: &Profile,
    ui: Language,
) -> Result<Option<Rendered>, String> {
    let mut notes = Vec::new();
    let Ok(mut document) = typesetting.compose(release, profile) else {
        return Ok(None);
    };
    let lang = document.language;
    if format != Format::Txt
        && let Some(error) =
            letterhead::attach_logo(&mut document, profile.letterhead.logo.as_deref())
    {
        notes.push(say!(ui,
            ru: "предупреждение: {error}; бланк уходит без логотипа",
            kk: "ескерту: {error}; бланк логотипсіз кетеді",
            en: "warning: {error}; the letterhead goes out without it",
        ));
    }
    if format != Format::Txt {
        let folder = crate::photos::folder_for(file);
        for (stored, error) in crate::photos::attach(&mut document, &folder) {
            let reason = error.in_language(ui);
            let photo = release
                .photos
                .iter()
                .find(|p| p.file == stored && !p.original_name.is_empty())
                .map_or(stored.as_str(), |p| p.original_name.as_str());
            notes.push(say!(ui,
                ru: "предупреждение: фотография {photo} пропущена: {reason}",
                kk: "ескерту: {photo} суреті өткізілді: {reason}",
                en: "warning: the photo {photo} is left out: {reason}",
            ));
        }
    }
    let bytes = match format {
        Format::Docx => export::to_docx(&document).map_err(|e| e.to_string())?,
        Format::Html => export::to_html(&document).into_bytes(),
        Format::Txt => export::to_text(&document).into_bytes(),
        Format::Eml => {
            let date = release.version(lang).and_then(|v| v.dateline.date);
            let docx = export::to_docx(&document).map_err(|e| e.to_string())?;
            let name = export::suggested_file_name(date, &document.title, "docx");
            let eml = export::to_eml(&document, &docx, &name).map_err(|e| e.to_string())?;
            // The size a mail server will see, base64 included: shown always, with a
            // warning past the common limit.
            let kb = eml.len().div_ceil(1024);
            notes.push(if eml.len() > export::LARGE_MESSAGE_BYTES {
                say!(ui,
                    ru: "предупреждение: письмо весит {kb} КБ; многие почтовые серверы не принимают больше 20 МБ",
                    kk: "ескерту: хат {kb} КБ; көп пошта серверлері 20 МБ-тан асқанын қабылдамайды",
                    en: "warning: the message is {kb} KB; many mail servers refuse more than 20 MB",
                )
            } else {
                say!(ui,
                    ru: "письмо весит {kb} КБ",
                    kk: "хат {kb} КБ",
                    en: "the message is {kb} KB",
                )
            });
            eml
        }
    };
    Ok(Some(Rendered {
        bytes,
        title: document.title,
        notes,
    }))
}
