//! "Check a text": a Word file, a plain text, a page or an email someone handed to the press
//! office, checked without retyping it into a release — the same checks and findings as a
//! release's, beside its paragraphs, read-only. "Save corrected copy" writes the certain
//! fixes into a copy beside the file (see [`crate::checks::corrected_copy`]); the file
//! itself stays as it came.

use std::path::{Path, PathBuf};

use iced::widget::{Column, column, container, row, text};
use iced::{Alignment, Element, Fill, Task};

use crate::checks::any_text::{check_text, languages_of, read_paragraphs};
use crate::checks::corrected_copy;
use crate::checks::{Finding, Severity};
use crate::gui::context::Context;
use crate::gui::font;
use crate::gui::i18n::Arg;
use crate::gui::icon::{Icon, icon};
use crate::gui::notice::Notice;
use crate::gui::theme::{self, size, space};
use crate::gui::widget::{labeled_button, scroll, two_panes};

/// Files the screen opens, by extension.
pub const EXTENSIONS: [&str; 6] = ["docx", "txt", "md", "html", "htm", "eml"];

/// True when `path` is a text to check rather than a release.
pub fn is_text(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e.to_lowercase().as_str()))
}

/// Reads a text's paragraphs off the window's thread; an error in `ui`.
pub async fn read(
    path: PathBuf,
    ui: crate::language::Language,
) -> Result<(PathBuf, Vec<String>), String> {
    // The dictionaries load while the file is read; the text is checked once they are
    // there (they are read only when a first text opens, and this screen checks its
    // spelling once, when it is made).
    crate::spelling::preload();
    let paragraphs = read_paragraphs(&path).map_err(|e| e.in_language(ui))?;
    crate::spelling::load_all();
    Ok((path, paragraphs))
}

pub struct State {
    path: PathBuf,
    paragraphs: Vec<String>,
    findings: Vec<Finding>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Back,
    SaveCopy,
    Saved(Result<Option<PathBuf>, String>),
}

pub enum Action {
    None,
    Home,
    Run(Task<Message>),
    Notice(Notice),
}

impl State {
    pub fn new(path: PathBuf, paragraphs: Vec<String>, ctx: &Context) -> Self {
        let today = crate::clock::today();
        let ui = ctx.i18n.language();
        let mut findings = check_text(&paragraphs, &ctx.profile, today, ui);
        // Spelling too, with the office's words from the archive folder.
        let mut office = crate::spelling::KnownWords::default();
        office.add_file(&ctx.archive.root().join(crate::spelling::USER_DICTIONARY));
        let languages = crate::checks::spelling::languages(&ctx.profile.checks);
        findings.extend(crate::checks::any_text::spelling(
            &paragraphs,
            &office,
            &languages,
            ui,
        ));
        Self {
            path,
            paragraphs,
            findings,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    fn fixable(&self) -> bool {
        self.findings.iter().any(|f| f.fix.is_some())
    }

    pub fn update(&mut self, message: Message, ctx: &Context) -> Action {
        match message {
            Message::Back => Action::Home,
            Message::SaveCopy => {
                let (path, paragraphs) = (self.path.clone(), self.paragraphs.clone());
                let findings = self.findings.clone();
                let ui = ctx.i18n.language();
                Action::Run(Task::perform(
                    async move {
                        corrected_copy::write(&path, &paragraphs, &findings)
                            .map(|c| c.filter(|c| !c.applied.is_empty()).map(|c| c.path))
                            .map_err(|e| e.in_language(ui))
                    },
                    Message::Saved,
                ))
            }
            Message::Saved(Ok(Some(copy))) => Action::Notice(Notice::info(ctx.i18n.tr_args(
                "text-check-saved",
                &[("path", Arg::Text(copy.display().to_string()))],
            ))),
            Message::Saved(Ok(None)) => {
                Action::Notice(Notice::error(ctx.i18n.tr("text-check-nothing-saved")))
            }
            Message::Saved(Err(error)) => Action::Notice(Notice::error(error)),
        }
    }

    pub fn view<'a>(&'a self, ctx: &'a Context) -> Element<'a, Message> {
        let i18n = &ctx.i18n;
        let name = self
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let header = row![
            labeled_button(Icon::Back, i18n.tr("action-back"), Some(Message::Back)),
            text(i18n.tr_args("text-check-title", &[("name", Arg::Text(name))]))
                .size(size::TITLE)
                .font(font::UI_SEMIBOLD)
                .width(Fill),
            labeled_button(
                Icon::Save,
                i18n.tr("text-check-save-copy"),
                self.fixable().then_some(Message::SaveCopy)
            ),
        ]
        .spacing(space::M)
        .align_y(Alignment::Center);
        let mut paragraphs = Column::new().spacing(space::S);
        let languages = languages_of(&self.paragraphs);
        for (i, (paragraph, lang)) in self.paragraphs.iter().zip(languages).enumerate() {
            let lang = lang.code().to_uppercase();
            paragraphs = paragraphs.push(
                column![
                    text(format!("{} · {lang}", i + 1))
                        .size(size::SMALL)
                        .style(theme::muted),
                    text(paragraph.as_str()).size(size::BODY),
                ]
                .spacing(2),
            );
        }
        two_panes(
            header,
            container(scroll(paragraphs.padding(space::M)).spacing(space::XS))
                .width(Fill)
                .height(Fill)
                .style(theme::card),
            container(scroll(self.findings_panel(ctx)).spacing(space::XS))
                .width(Fill)
                .height(Fill)
                .style(theme::card),
        )
    }

    fn findings_panel<'a>(&'a self, ctx: &'a Context) -> Element<'a, Message> {
        let i18n = &ctx.i18n;
        let ui = i18n.language();
        let mut list = Column::new().spacing(space::S).padding(space::M).push(
            row![
                icon(Icon::Check).style(theme::accent_text),
                text(i18n.tr("checks-title"))
                    .size(size::HEADING)
                    .font(font::UI_SEMIBOLD),
            ]
            .spacing(space::S)
            .align_y(Alignment::Center),
        );
        if self.findings.is_empty() {
            list = list.push(
                text(i18n.tr("checks-none"))
                    .size(size::BODY)
                    .style(theme::muted),
            );
        }
        for finding in &self.findings {
            let (mark, tint): (Icon, fn(&iced::Theme) -> text::Style) = match finding.severity {
                Severity::Error => (Icon::Warning, theme::danger_text),
                Severity::Warning => (Icon::Warning, theme::accent_text),
                Severity::Hint => (Icon::Info, theme::muted),
            };
            let severity = i18n.tr(&format!("checks-{}", finding.severity.code()));
            let place = match finding.language {
                Some(lang) => format!(
                    "{} · {}",
                    paragraph_number(finding, &self.paragraphs, ui),
                    lang.code().to_uppercase()
                ),
                None => finding.field.describe(ui),
            };
            let mut lines = column![
                text(format!("{severity} · {place}"))
                    .size(size::SMALL)
                    .style(theme::muted),
                text(finding.message.as_str()).size(size::BODY),
            ]
            .spacing(2)
            .width(Fill);
            if let Some(fix) = &finding.fix {
                lines = lines.push(
                    text(format!("{}: {}", i18n.tr("action-fix"), fix.description))
                        .size(size::SMALL)
                        .style(theme::muted),
                );
            }
            list = list.push(
                container(row![icon(mark).style(tint), lines].spacing(space::S))
                    .padding([6, 8])
                    .width(Fill),
            );
        }
        list.into()
    }
}

/// «абзац 4» counted over the whole text, as the paragraphs on the left are numbered (the
/// checks count within each language's paragraphs).
fn paragraph_number(
    finding: &Finding,
    paragraphs: &[String],
    ui: crate::language::Language,
) -> String {
    let (crate::checks::FieldRef::Paragraph(i), Some(lang)) = (&finding.field, finding.language)
    else {
        return finding.field.describe(ui);
    };
    let whole = languages_of(paragraphs)
        .into_iter()
        .enumerate()
        .filter(|&(_, l)| l == lang)
        .nth(*i)
        .map(|(k, _)| k);
    match whole {
        Some(k) => crate::checks::FieldRef::Paragraph(k).describe(ui),
        None => finding.field.describe(ui),
    }
}
