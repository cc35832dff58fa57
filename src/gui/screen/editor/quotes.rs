//! Quotes of the current language version: speaker from the release's people, the words,
//! the attribution verb (from the language's list or typed), and where the quote stands.

use iced::widget::{Column, column, container, pick_list, row, text};
use iced::{Element, Fill};

use super::areas::Area;
use super::edit::Edit;
use super::form::area;
use super::list_item::{self, ItemActions};
use super::{Message, State};
use crate::checks::FieldRef;
use crate::draft::attribution_verbs;
use crate::gui::context::Context;
use crate::gui::font;
use crate::gui::icon::Icon;
use crate::gui::theme::{self, size, space};
use crate::gui::widget::{Choice, field, input, labeled_button, section};
use crate::release::AttributionStyle;

pub fn view<'a>(state: &'a State, ctx: &'a Context) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let lang = state.language;
    let Some(version) = state.release.version(lang) else {
        return iced::widget::space().into();
    };
    let speakers: Vec<Choice<String>> = state
        .release
        .people
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let name = p.name.get_or_any(lang);
            let label = if name.trim().is_empty() {
                state
                    .template
                    .role_of(&p.id)
                    .map(|r| r.label.get_or_any(i18n.language()).to_string())
                    .unwrap_or_else(|| i18n.tr_args("person-n", &[("n", (i + 1).into())]))
            } else {
                name.to_string()
            };
            Choice::new(p.id.clone(), label)
        })
        .collect();
    let placements: Vec<Choice<usize>> = (0..=version.paragraphs.len())
        .map(|n| {
            let label = if n == 0 {
                i18n.tr("quote-after-lead")
            } else {
                i18n.tr_args("quote-after-paragraph", &[("n", n.into())])
            };
            Choice::new(n, label)
        })
        .collect();
    let verbs: Vec<String> = attribution_verbs(lang)
        .iter()
        .map(|v| v.to_string())
        .collect();
    let styles = vec![
        Choice::new(AttributionStyle::After, i18n.tr("attribution-after")),
        Choice::new(AttributionStyle::Before, i18n.tr("attribution-before")),
        Choice::new(AttributionStyle::Reported, i18n.tr("attribution-reported")),
    ];

    let count = version.quotes.len();
    let mut list = Column::new().spacing(space::L);
    for (i, quote) in version.quotes.iter().enumerate() {
        let header = list_item::header(
            text(i18n.tr_args("quote-n", &[("n", (i + 1).into())]))
                .font(font::UI_SEMIBOLD)
                .size(size::BODY),
            ItemActions {
                index: i,
                count,
                move_to: Edit::MoveQuote,
                remove: Edit::RemoveQuote,
                remove_label: "quote-remove",
            },
            i18n,
        );

        let speaker = pick_list(
            speakers.clone(),
            speakers.iter().find(|c| c.value == quote.speaker).cloned(),
            move |c: Choice<String>| Message::Edit(Edit::QuoteSpeaker(i, c.value)),
        )
        .placeholder(i18n.tr("quote-choose-speaker"))
        .style(theme::pick)
        .text_size(size::BODY)
        .padding([6, 8])
        .width(Fill);
        let speaker_as = input(&i18n.tr("quote-speaker-as-placeholder"), &quote.speaker_as)
            .id(format!("quote-{i}-speaker-as"))
            .on_input(move |v| Message::Edit(Edit::QuoteSpeakerAs(i, v)));
        let verb_typed = input(&i18n.tr("quote-verb"), &quote.verb)
            .id(format!("quote-{i}-verb"))
            .on_input(move |v| Message::Edit(Edit::QuoteVerb(i, v)));
        let verb_list = pick_list(
            verbs.clone(),
            verbs.iter().find(|v| **v == quote.verb).cloned(),
            move |v: String| Message::Edit(Edit::QuoteVerb(i, v)),
        )
        .placeholder(i18n.tr("quote-pick-verb"))
        .style(theme::pick)
        .text_size(size::BODY)
        .padding([6, 8]);
        let placement = pick_list(
            placements.clone(),
            placements
                .iter()
                .find(|c| c.value == quote.after_paragraph.min(version.paragraphs.len()))
                .cloned(),
            move |c: Choice<usize>| Message::Edit(Edit::QuotePlacement(i, c.value)),
        )
        .style(theme::pick)
        .text_size(size::BODY)
        .padding([6, 8])
        .width(Fill);
        let style = pick_list(
            styles.clone(),
            styles
                .iter()
                .find(|c| c.value == quote.attribution)
                .cloned(),
            move |c: Choice<AttributionStyle>| Message::Edit(Edit::QuoteAttribution(i, c.value)),
        )
        .style(theme::pick)
        .text_size(size::BODY)
        .padding([6, 8])
        .width(Fill);

        let body = column![
            header,
            row![
                field(i18n.tr("quote-speaker"), true, speaker, None, None),
                field(
                    i18n.tr("quote-speaker-as"),
                    false,
                    speaker_as,
                    Some(i18n.tr("hint-speaker-as")),
                    None
                ),
            ]
            .spacing(space::M),
            field(
                i18n.tr("quote-text"),
                true,
                area(state, ctx, Area::QuoteText(i), i18n.tr("placeholder-quote")),
                Some(i18n.tr("hint-quote")),
                state
                    .marker(&FieldRef::QuoteText(i))
                    .or_else(|| state.marker(&FieldRef::QuoteSpeaker(i))),
            ),
            row![field(
                i18n.tr("quote-verb"),
                true,
                row![verb_typed, verb_list].spacing(space::XS),
                None,
                None
            ),],
            row![
                field(i18n.tr("quote-placement"), false, placement, None, None),
                field(i18n.tr("quote-attribution"), false, style, None, None),
            ]
            .spacing(space::M),
        ]
        .spacing(space::S);
        list = list.push(container(body).padding([0.0, 0.0]));
    }
    if count == 0 {
        list = list.push(
            text(i18n.tr("quotes-empty"))
                .size(size::SMALL)
                .style(theme::muted),
        );
    }
    list = list.push(labeled_button(
        Icon::Add,
        i18n.tr("quote-add"),
        Some(Message::Edit(Edit::AddQuote)),
    ));
    section(i18n.tr("section-quotes"), Icon::Quote, list)
}
