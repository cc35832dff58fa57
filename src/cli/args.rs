//! What the command line accepts: the commands, their options and values, with the help
//! clap shows (in English; `help.rs` gives it in Russian and Kazakh).

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::language::Language;
use crate::release::Status;

#[derive(Debug, Parser)]
#[command(
    name = "pressdesk",
    version,
    about = "Press releases for press offices: templates, typography, DOCX/HTML export.",
    long_about = "Pressdesk drafts press releases from templates and exports them as DOCX, \
email-safe HTML and plain text. Run it without a command to open the window.",
    after_help = "Examples:\n  pressdesk visit.pressdesk          (opens it in the window)\n  pressdesk templates\n  pressdesk new --template delegation-visit --lang ru --out visit.pressdesk\n  pressdesk export visit.pressdesk --format docx"
)]
pub struct Cli {
    /// Organisation profile to use instead of the one saved in Settings.
    #[arg(long, global = true, value_name = "FILE")]
    pub profile: Option<PathBuf>,
    /// Archive folder to use instead of PRESSDESK_ARCHIVE or the one chosen in Settings.
    #[arg(long, global = true, value_name = "DIR")]
    pub archive: Option<PathBuf>,
    /// A release file to open in the window (what a double-click on a .pressdesk file runs).
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
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
        /// Start from an earlier release of any genre: its people, partners, tags and the
        /// facts both genres share come along; a version in each of its languages.
        #[arg(long, conflicts_with = "lang")]
        from: Option<PathBuf>,
    },
    /// Export a release as DOCX, HTML, plain text, or an email draft (.eml) with the DOCX attached.
    /// While checks find errors in that version (a wrong sum, a template placeholder left)
    /// nothing is written and the exit code is 3; --force writes anyway.
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
        /// Write the file even though checks found errors or placeholders are left; what it
        /// contains is listed.
        #[arg(long)]
        force: bool,
    },
    /// Add a language version drafted from the release's shared facts; the facts and quotes
    /// still to be written in that language are listed. The file is rewritten atomically.
    ///
    /// Example: pressdesk add-version visit.pressdesk --lang en
    AddVersion {
        /// The release file.
        file: PathBuf,
        /// The language to add: ru, kk or en.
        #[arg(long, short)]
        lang: Language,
    },
    /// Draft again, from the release's current facts, every text still marked as drafted;
    /// texts you edited are kept and listed. The file is rewritten atomically.
    ///
    /// Example: pressdesk redraft visit.pressdesk --lang kk
    Redraft {
        /// The release file.
        file: PathBuf,
        /// Only this language version (default: every version).
        #[arg(long, short)]
        lang: Option<Language>,
    },
    /// List the releases in the archive, newest first, optionally narrowed down.
    ///
    /// Example: pressdesk list --status approved --lang kk --search делегация
    List {
        /// Only releases with this status.
        #[arg(long, value_enum)]
        status: Option<StatusArg>,
        /// Only releases that have a version in this language.
        #[arg(long, short)]
        lang: Option<Language>,
        /// Words to find in any language version (Russian word forms match each other).
        #[arg(long, short)]
        search: Option<String>,
        /// Only releases of this template.
        #[arg(long, short)]
        template: Option<String>,
        /// Only releases dated in this year.
        #[arg(long)]
        year: Option<i16>,
        /// Only releases with this tag.
        #[arg(long)]
        tag: Option<String>,
    },
    /// Pre-send checks of one release: sums, growth, figures, dates, leftovers, alphabets,
    /// quotes, names, length. A .docx, .txt or .md text is checked too, by every check that
    /// needs no facts. Exit 1 when an error is found, 2 when the file cannot be read.
    ///
    /// Example: pressdesk check visit.pressdesk --lang en --format json
    Check {
        /// The release file, or a text to check as it is: .docx, .odt, .txt, .md, .html, .eml.
        file: PathBuf,
        /// Language of the messages: ru, kk or en (default: the profile's).
        #[arg(long, short)]
        lang: Option<Language>,
        #[arg(long, short, value_enum, default_value = "text")]
        format: CheckFormat,
        /// Apply every certain fix (mixed letters, a verb's gender) to the file, atomically,
        /// list what changed, then report what is left.
        #[arg(long)]
        fix: bool,
    },
    /// Typeset a text by the rules the exports use (no-break spaces after numbers and short
    /// words, quotes, dashes) and print it: a text you were handed, put right.
    ///
    /// Example: echo 'В 2019 году рост составил 6,7 процента.' | pressdesk typeset --lang ru
    Typeset {
        /// The text file (UTF-8: .txt, .md); standard input when left out.
        file: Option<PathBuf>,
        /// The text's language: ru, kk or en (default: told from each paragraph's letters).
        #[arg(long, short)]
        lang: Option<Language>,
        /// `text`, or `html`: one <p> a paragraph, no-break spaces as &nbsp;.
        #[arg(long, short, value_enum, default_value = "text")]
        format: TypesetFormat,
    },
    /// The release's photos: add one with its caption, list them, remove one.
    ///
    /// Example: pressdesk photo add visit.pressdesk IMG_2041.jpg --caption "Встреча в акимате" --credit "пресс-служба акима области"
    #[command(disable_help_subcommand = true)]
    Photo {
        #[command(subcommand)]
        action: PhotoAction,
    },
    /// Bring past releases into the archive from .docx, .odt, .txt, .md, .html or .eml files, or
    /// folders of them: headline, date, language versions, paragraphs; the original kept.
    /// A text imported before is skipped; a file that cannot be read is named with why
    /// (exit 1), the rest imported.
    ///
    /// Example: pressdesk import "Релизы 2024" --archive /mnt/press/archive
    Import {
        /// Files or folders to import.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Check that every file in the archive can be read; exit 1 if any is damaged.
    ///
    /// Example: pressdesk archive-check --archive /mnt/press/archive
    ArchiveCheck,
}

#[derive(Debug, Subcommand)]
pub enum PhotoAction {
    /// Copy a JPEG, PNG or WebP photo into the photos folder beside the release and add it
    /// with its caption. The first photo added is the main one (shown after the lead).
    /// Adding a photo the release already has sets its caption in --lang instead.
    ///
    /// Example: pressdesk photo add visit.pressdesk IMG_2041.jpg --caption "Аким области и делегация" --lang ru
    Add {
        /// The release file.
        file: PathBuf,
        /// The photo file.
        photo: PathBuf,
        /// What the photo shows, in the --lang version.
        #[arg(long, short)]
        caption: String,
        /// Which language the caption and alt text are in (default: the release's first).
        #[arg(long, short)]
        lang: Option<Language>,
        /// Who took it: printed as «Фото: …» / "Photo: …".
        #[arg(long)]
        credit: Option<String>,
        /// The photo described for readers who cannot see it (default: none; the exports
        /// then give the caption in its place).
        #[arg(long)]
        alt: Option<String>,
        /// Make it the main photo, shown after the lead.
        #[arg(long)]
        main: bool,
    },
    /// List the release's photos: number, file, size, caption in each language, credit.
    ///
    /// Example: pressdesk photo list visit.pressdesk
    List {
        /// The release file.
        file: PathBuf,
    },
    /// Take photo N (as `photo list` numbers them) out of the release. The file stays in
    /// the photos folder, where other releases may use it.
    ///
    /// Example: pressdesk photo remove visit.pressdesk 2
    Remove {
        /// The release file.
        file: PathBuf,
        /// The photo's number, from 1.
        number: usize,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TypesetFormat {
    Text,
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusArg {
    Draft,
    Ready,
    Approved,
    Sent,
}

impl From<StatusArg> for Status {
    fn from(status: StatusArg) -> Status {
        match status {
            StatusArg::Draft => Status::Draft,
            StatusArg::Ready => Status::Ready,
            StatusArg::Approved => Status::Approved,
            StatusArg::Sent => Status::Sent,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// One finding a line: severity, code, field, message.
    Text,
    /// A JSON array of {severity, code, field, language, message, fix}.
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Docx,
    Html,
    Txt,
    /// An email draft: text and HTML body, the DOCX attached (opens as a draft in Outlook).
    Eml,
}

impl Format {
    pub(super) fn extension(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Html => "html",
            Format::Txt => "txt",
            Format::Eml => "eml",
        }
    }
}
