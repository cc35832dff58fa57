//! The pre-send checks in the editor: the count on the toolbar, the panel that lists the
//! findings (click one to go to its field, "Fix" where a fix is certain), the marker under
//! a field, and the widget each finding's field is.

use iced::widget::{Column, Row, button, column, container, row, text};
use iced::{Alignment, Element, Fill};

use super::areas::Area;
use super::{Message, Outgoing, State};
use crate::checks::{FieldRef, Finding, Severity};
use crate::gui::context::Context;
use crate::gui::font;
use crate::gui::icon::{Icon, icon};
use crate::gui::theme::{self, size, space};
use crate::gui::widget::labeled_button;

/// The id of the widget where a finding's field is typed, for focusing it.
pub fn widget_id(field: &FieldRef) -> Option<String> {
    let area = |area: Area| format!("area-{area:?}").to_lowercase();
    Some(match field {
        FieldRef::Headline => "headline".into(),
        FieldRef::Subheadline => "subheadline".into(),
        FieldRef::Lead => area(Area::Lead),
        FieldRef::Paragraph(i) => area(Area::Paragraph(*i)),
        FieldRef::QuoteText(i) => area(Area::QuoteText(*i)),
        FieldRef::QuoteSpeaker(i) => format!("quote-{i}-speaker-as"),
        FieldRef::QuoteVerb(i) => format!("quote-{i}-verb"),
        FieldRef::Background => area(Area::Background),
        FieldRef::DatelinePlace => "dateline-place".into(),
        FieldRef::DatelineDate => "dateline-date".into(),
        FieldRef::Fact(id) => format!("fact-{id}"),
        FieldRef::PersonName(i) => format!("person-{i}-name"),
        FieldRef::PersonPosition(i) => format!("person-{i}-position"),
        FieldRef::Statistic(i) => format!("stat-{i}-value"),
        FieldRef::StatisticPart { statistic, part } => {
            format!("stat-{statistic}-part-{part}-value")
        }
        FieldRef::StatisticChange(i) => format!("stat-{i}-change"),
        FieldRef::Embargo => "embargo".into(),
        FieldRef::Photo(i) => format!("photo-{i}"),
        FieldRef::PhotoCaption(i) => format!("photo-{i}-caption"),
        FieldRef::PhotoAlt(i) => format!("photo-{i}-alt"),
    })
}

impl State {
    /// What the checks say about a field in the version on screen: shown under the field.
    /// A misspelled word in a text area is marked in the text itself, so only fields typed
    /// on one line (the headline) say it underneath.
    pub fn marker(&self, field: &FieldRef) -> Option<String> {
        let marked_in_text = matches!(
            field,
            FieldRef::Lead | FieldRef::Paragraph(_) | FieldRef::QuoteText(_) | FieldRef::Background
        );
        self.findings
            .iter()
            .filter(|f| !(marked_in_text && f.word.is_some()))
            .find(|f| &f.field == field && f.language.is_none_or(|l| l == self.language))
            .map(|f| f.message.clone())
    }
}

/// Errors and warnings, for the toolbar's count (hints are not counted there).
pub fn counts(findings: &[Finding]) -> (usize, usize) {
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let warnings = findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    (errors, warnings)
}

/// The toolbar button: a shield with the number of errors and warnings.
pub fn toolbar_button<'a>(state: &'a State, ctx: &'a Context) -> Element<'a, Message> {
    let (errors, warnings) = counts(&state.findings);
    let label = if errors + warnings == 0 {
        ctx.i18n.tr("checks-none-short")
    } else {
        ctx.i18n.count("checks-count", errors + warnings)
    };
    let open = state.panel == super::Panel::Checks;
    let mut button = labeled_button(
        if errors > 0 {
            Icon::Warning
        } else {
            Icon::Check
        },
        label,
        Some(if open {
            Message::HideChecks
        } else {
            Message::ShowChecks
        }),
    );
    if errors > 0 {
        button = button.style(button::danger);
    }
    button.into()
}

/// The panel beside the form.
pub fn panel<'a>(state: &'a State, ctx: &'a Context) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let ui = i18n.language();
    let mut list = Column::new().spacing(space::S).push(
        row![
            icon(Icon::Check).style(theme::accent_text),
            text(i18n.tr("checks-title"))
                .size(size::HEADING)
                .font(font::UI_SEMIBOLD)
                .width(Fill),
            labeled_button(
                Icon::Close,
                i18n.tr("action-close"),
                Some(Message::HideChecks)
            ),
        ]
        .spacing(space::S)
        .align_y(Alignment::Center),
    );
    if state.findings.is_empty() {
        list = list.push(
            text(i18n.tr("checks-none"))
                .size(size::BODY)
                .style(theme::muted),
        );
    }
    for (index, finding) in state.findings.iter().enumerate() {
        let (mark, tint): (Icon, fn(&iced::Theme) -> text::Style) = match finding.severity {
            Severity::Error => (Icon::Warning, theme::danger_text),
            Severity::Warning => (Icon::Warning, theme::accent_text),
            Severity::Hint => (Icon::Info, theme::muted),
        };
        let place = match finding.language {
            Some(lang) => format!(
                "{} · {}",
                finding.field.describe(ui),
                lang.code().to_uppercase()
            ),
            None => finding.field.describe(ui),
        };
        let severity = i18n.tr(&format!("checks-{}", finding.severity.code()));
        let mut line = row![
            button(
                row![
                    icon(mark).style(tint),
                    column![
                        text(format!("{severity} · {place}"))
                            .size(size::SMALL)
                            .style(theme::muted),
                        text(finding.message.as_str()).size(size::BODY),
                    ]
                    .spacing(2)
                    .width(Fill),
                ]
                .spacing(space::S),
            )
            .padding([6, 8])
            .width(Fill)
            .style(theme::quiet)
            .on_press(Message::GoToFinding(index)),
        ]
        .spacing(space::S)
        .align_y(Alignment::Center);
        if let Some(word) = &finding.word {
            list = list.push(line);
            list = list.push(spelling_choices(index, word, &finding.suggestions, ctx));
            continue;
        }
        if let Some(fix) = &finding.fix {
            line = line.push(crate::gui::widget::with_tooltip(
                button(text(i18n.tr("action-fix")).size(size::BODY))
                    .padding([6, 12])
                    .style(button::primary)
                    .on_press(Message::ApplyFix(index)),
                fix.description.clone(),
            ));
        }
        list = list.push(line);
    }
    container(list)
        .padding(space::L)
        .width(Fill)
        .style(theme::card)
        .into()
}

/// Under a misspelled word: what it may have meant (a click puts it in, Ctrl+Z takes it
/// back) and "Add to dictionary".
fn spelling_choices<'a>(
    index: usize,
    word: &str,
    suggestions: &'a [String],
    ctx: &'a Context,
) -> Element<'a, Message> {
    let mut choices = Row::new().spacing(space::XS).align_y(Alignment::Center);
    for suggestion in suggestions {
        choices = choices.push(
            button(text(suggestion.as_str()).size(size::SMALL))
                .padding([3, 8])
                .style(button::secondary)
                .on_press(Message::ReplaceWord(index, suggestion.clone())),
        );
    }
    choices = choices.push(
        button(text(ctx.i18n.tr("spelling-add-to-dictionary")).size(size::SMALL))
            .padding([3, 8])
            .style(theme::quiet)
            .on_press(Message::AddToDictionary(word.to_string())),
    );
    container(choices.wrap()).padding([0, 36]).into()
}

/// Asked before exporting or copying for email while errors remain.
pub fn export_question<'a>(
    state: &'a State,
    outgoing: Outgoing,
    ctx: &'a Context,
) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let (errors, _) = counts(&state.findings);
    let (question, anyway) = match outgoing {
        Outgoing::Export(_) => ("checks-export-errors", "action-export-anyway"),
        Outgoing::Copy => ("checks-copy-errors", "action-copy-anyway"),
    };
    let line = row![
        icon(Icon::Warning).style(theme::danger_text),
        text(i18n.count(question, errors))
            .size(size::BODY)
            .width(Fill),
        button(text(i18n.tr("action-show-checks")).size(size::BODY))
            .padding([6, 12])
            .style(button::secondary)
            .on_press(Message::ShowChecks),
        button(text(i18n.tr(anyway)).size(size::BODY))
            .padding([6, 12])
            .style(button::danger)
            .on_press(Message::ExportAnyway),
        button(text(i18n.tr("action-cancel")).size(size::BODY))
            .padding([6, 12])
            .style(theme::quiet)
            .on_press(Message::CancelExport),
    ]
    .spacing(space::S)
    .align_y(Alignment::Center);
    container(
        container(line)
            .padding([space::S, space::M])
            .width(Fill)
            .style(|theme| theme::notice(theme, true)),
    )
    .padding([space::S, space::XL])
    .into()
}
