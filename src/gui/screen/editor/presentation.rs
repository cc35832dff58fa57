//! How the release presents itself, per language version: the dateline on its own line
//! or opening the lead as agencies write it, the agency's name, the press service
//! credited in the lead beside or instead of the signature, and a byline.

use iced::widget::{checkbox, column, pick_list, row};
use iced::{Element, Fill};

use super::edit::Edit;
use super::{Message, State};
use crate::gui::context::Context;
use crate::gui::icon::Icon;
use crate::gui::theme::{self, size, space};
use crate::gui::widget::{Choice, field, input, section};
use crate::release::{Credit, DatelineStyle};

pub fn view<'a>(state: &'a State, ctx: &'a Context) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let Some(version) = state.release.version(state.language) else {
        return iced::widget::space().into();
    };
    let in_lead = version.dateline.style == DatelineStyle::InLead;
    let style = checkbox(in_lead)
        .label(i18n.tr("dateline-in-lead"))
        .on_toggle(|on| {
            Message::Edit(Edit::DatelineStyle(if on {
                DatelineStyle::InLead
            } else {
                DatelineStyle::Line
            }))
        })
        .text_size(size::BODY);
    let agency = input(&i18n.tr("placeholder-agency"), &version.dateline.agency)
        .id("dateline-agency")
        .on_input(|v| Message::Edit(Edit::DatelineAgency(v)));
    let credits = vec![
        Choice::new(Credit::Signature, i18n.tr("credit-signature")),
        Choice::new(
            Credit::LeadAndSignature,
            i18n.tr("credit-lead-and-signature"),
        ),
        Choice::new(Credit::LeadOnly, i18n.tr("credit-lead-only")),
    ];
    let selected = credits.iter().find(|c| c.value == version.credit).cloned();
    let credit = pick_list(credits, selected, |c: Choice<Credit>| {
        Message::Edit(Edit::Credit(c.value))
    })
    .style(theme::pick)
    .text_size(size::BODY)
    .padding([6, 8])
    .width(Fill);
    let credit_words = input(&i18n.tr("placeholder-credit-words"), &version.credit_words)
        .id("credit-words")
        .on_input(|v| Message::Edit(Edit::CreditWords(v)));
    let byline = input(&i18n.tr("placeholder-byline"), &version.byline)
        .id("byline")
        .on_input(|v| Message::Edit(Edit::Byline(v)));
    let body = column![
        style,
        row![
            field(
                i18n.tr("field-agency"),
                false,
                agency,
                Some(i18n.tr("hint-agency")),
                None
            ),
            field(i18n.tr("field-byline"), false, byline, None, None),
        ]
        .spacing(space::M),
        field(
            i18n.tr("field-credit"),
            false,
            credit,
            Some(i18n.tr("hint-credit")),
            None
        ),
        field(
            i18n.tr("field-credit-words"),
            false,
            credit_words,
            Some(i18n.tr("hint-credit-words")),
            None
        ),
    ]
    .spacing(space::M);
    section(i18n.tr("section-presentation"), Icon::File, body)
}
