//! The command line: `pressdesk templates | new | export`.
//!
//! Each command does one thing, prints one clear line on failure and exits non-zero;
//! outputs are written atomically, so a failed run leaves nothing half-written.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::compose::compose;
use crate::draft;
use crate::export;
use crate::language::Language;
use crate::paths::Paths;
use crate::profile::Profile;
use crate::release::Release;
use crate::storage::{self, RELEASE_EXTENSION};
use crate::template::TemplateSet;

#[derive(Debug, Parser)]
#[command(
    name = "pressdesk",
    version,
    about = "Press releases for press offices: templates, typography, DOCX/HTML export.",
    long_about = "Pressdesk drafts press releases from templates and exports them as DOCX, \
email-safe HTML and plain text. Run it without a command to open the window.",
    after_help = "Examples:\n  pressdesk templates\n  pressdesk new --template delegation-visit --lang ru --out visit.pressdesk\n  pressdesk export visit.pressdesk --format docx"
)]
pub struct Cli {
    /// Organisation profile to use instead of the one saved in Settings.
    #[arg(long, global = true, value_name = "FILE")]
    pub profile: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the release templates (genres) with their ids.
    ///
    /// Example: pressdesk templates
    Templates,
    /// Write a new release drafted from a template, ready to fill in.
    ///
    /// Example: pressdesk new --template delegation-visit --lang kk --out visit.pressdesk
    New {
        /// Template id, as `pressdesk templates` lists them.
        #[arg(long, short)]
        template: String,
        /// Language of the first version: ru, kk or en (default: the profile's).
        #[arg(long, short)]
        lang: Option<Language>,
        /// Where to write the release (default: a name from today's date and the genre).
        #[arg(long, short)]
        out: Option<PathBuf>,
        /// Replace the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Export a release as DOCX, HTML or plain text.
    ///
    /// Example: pressdesk export visit.pressdesk --format html --lang kk --out visit-kk.html
    Export {
        /// The release file.
        file: PathBuf,
        #[arg(long, short, value_enum)]
        format: Format,
        /// Which language version (default: the release's first).
        #[arg(long, short)]
        lang: Option<Language>,
        /// Output file or folder (default: a name from the date and headline, here).
        #[arg(long, short)]
        out: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Docx,
    Html,
    Txt,
}

impl Format {
    fn extension(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Html => "html",
            Format::Txt => "txt",
        }
    }
}

/// Runs a parsed command line. `Ok` carries what to print; `Err` the one-line failure.
pub fn run(cli: Cli) -> ExitCode {
    let Some(command) = cli.command else {
        return ExitCode::SUCCESS;
    };
    let outcome = Context::new(cli.profile.as_deref()).and_then(|ctx| match command {
        Command::Templates => ctx.templates(),
        Command::New {
            template,
            lang,
            out,
            force,
        } => ctx.new_release(&template, lang, out, force),
        Command::Export {
            file,
            format,
            lang,
            out,
        } => ctx.export(&file, format, lang, out),
    });
    match outcome {
        Ok(message) => {
            if !message.is_empty() {
                println!("{message}");
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("pressdesk: {message}");
            ExitCode::FAILURE
        }
    }
}

struct Context {
    profile: Profile,
    templates: TemplateSet,
}

impl Context {
    fn new(profile_file: Option<&Path>) -> Result<Context, String> {
        let paths = Paths::discover();
        let profile = match profile_file {
            Some(file) => storage::load_profile(file).map_err(|e| e.to_string())?,
            None => paths
                .as_ref()
                .map(Paths::profile_file)
                .filter(|f| f.exists())
                .map(|f| storage::load_profile(&f))
                .transpose()
                .unwrap_or_else(|e| {
                    eprintln!("pressdesk: warning: {e}; using an empty profile");
                    None
                })
                .unwrap_or_default(),
        };
        let templates = TemplateSet::load(paths.as_ref().map(Paths::templates_dir).as_deref());
        for problem in &templates.problems {
            eprintln!("pressdesk: warning: template skipped: {problem}");
        }
        Ok(Context { profile, templates })
    }

    fn templates(&self) -> Result<String, String> {
        let lang = self.profile.default_language;
        let lines: Vec<String> = self
            .templates
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
    ) -> Result<String, String> {
        let template = self.templates.get(template_id).ok_or_else(|| {
            format!(
                "no template «{template_id}»; the templates are: {}",
                self.templates.ids().join(", ")
            )
        })?;
        let lang = lang.unwrap_or(self.profile.default_language);
        let now = jiff::Timestamp::now();
        let today = jiff::ZonedDateTime::now().date();
        let release = draft::new_release(template, lang, &self.profile, today, now);
        let out = out.unwrap_or_else(|| {
            PathBuf::from(export::suggested_file_name(
                Some(today),
                template.name.get_or_any(lang),
                RELEASE_EXTENSION,
            ))
        });
        if out.exists() && !force {
            return Err(format!(
                "{} already exists; choose another --out or add --force",
                out.display()
            ));
        }
        storage::save_release(&out, &release).map_err(|e| e.to_string())?;
        Ok(format!("{}", out.display()))
    }

    fn export(
        &self,
        file: &Path,
        format: Format,
        lang: Option<Language>,
        out: Option<PathBuf>,
    ) -> Result<String, String> {
        let release = storage::load_release(file).map_err(|e| e.to_string())?;
        let lang = match lang {
            Some(lang) => lang,
            None => first_language(&release)
                .ok_or_else(|| format!("{}: the release has no text yet", file.display()))?,
        };
        let document = compose(&release, lang, &self.profile).map_err(|e| {
            let have: Vec<&str> = release.versions.iter().map(|v| v.language.code()).collect();
            format!("{}: {e} (it has: {})", file.display(), have.join(", "))
        })?;
        let bytes = match format {
            Format::Docx => export::to_docx(&document).map_err(|e| e.to_string())?,
            Format::Html => export::to_html(&document).into_bytes(),
            Format::Txt => export::to_text(&document).into_bytes(),
        };
        let date = release.version(lang).and_then(|v| v.dateline.date);
        let suggested = export::suggested_file_name(date, &document.title, format.extension());
        let out = match out {
            Some(path) if path.is_dir() => path.join(suggested),
            Some(path) => path,
            None => PathBuf::from(suggested),
        };
        storage::write_atomic(&out, &bytes).map_err(|e| e.to_string())?;
        Ok(format!("{}", out.display()))
    }
}

fn first_language(release: &Release) -> Option<Language> {
    release.versions.first().map(|v| v.language)
}
