//! The form: the template's facts and people, the texts of the current language version,
//! quotes, figures and the release's own settings, in the order a release is read.

use iced::widget::{Column, checkbox, column, pick_list, row, text, text_editor};
use iced::{Alignment, Element, Fill};

use super::areas::Area;
use super::edit::{Edit, raw_key};
use super::list_item::{self, ItemActions};
use super::{Message, State, photos, presentation, quotes, statistics};
use crate::checks::FieldRef;
use crate::gui::context::Context;
use crate::gui::icon::Icon;
use crate::gui::parse;
use crate::gui::theme::{self, size, space};
use crate::gui::widget::misspelled;
use crate::gui::widget::right_click::right_click;
use crate::gui::widget::{Choice, field, icon_button, input, labeled_button, section};
use crate::language::dates;
use crate::release::Status;
use crate::template::FieldKind;

pub fn view<'a>(state: &'a State, ctx: &'a Context) -> Element<'a, Message> {
    column![
        facts(state, ctx),
        people(state, ctx),
        texts(state, ctx),
        presentation::view(state, ctx),
        quotes::view(state, ctx),
        statistics::view(state, ctx),
        photos::view(state, ctx),
        closing(state, ctx),
        release_settings(state, ctx),
    ]
    .spacing(space::L)
    .width(Fill)
    .into()
}

/// The space between a text area's border and its text.
pub const AREA_PADDING: f32 = 8.0;

/// A multi-line field bound to one of the version's text areas: misspelled words in the
/// danger colour, their suggestions under the field on a right-click or Ctrl+.
pub fn area<'a>(
    state: &'a State,
    ctx: &'a Context,
    area: Area,
    placeholder: String,
) -> Element<'a, Message> {
    let Some(content) = state.areas.get(area) else {
        return iced::widget::space().into();
    };
    let editor = text_editor(content)
        .id(format!("area-{area:?}").to_lowercase())
        .placeholder(placeholder)
        .on_action(move |action| Message::Area(area, action))
        .min_height(64)
        .padding(AREA_PADDING)
        .size(size::BODY)
        .style(theme::editor)
        .highlight_with::<misspelled::Misspelled>(
            state.spelling.marks(state.language),
            misspelled::format,
        );
    let field = right_click(editor, move |at| Message::SpellAt(area, at));
    match state.spelling_menu().filter(|menu| menu.area == area) {
        Some(menu) => column![field, super::spelling::menu_view(menu, ctx)]
            .spacing(space::XS)
            .into(),
        None => field.into(),
    }
}

fn facts<'a>(state: &'a State, ctx: &'a Context) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let ui = i18n.language();
    let lang = state.language;
    let mut fields = Column::new().spacing(space::M);
    for spec in &state.template.facts {
        let value = state.release.fact(&spec.id, lang);
        let id = spec.id.clone();
        if spec.kind == FieldKind::Switch {
            // A formulaic sentence: off until the user asks for it, the sentence it adds
            // shown as the hint so the choice is visible.
            let mut block = column![
                checkbox(crate::draft::is_on(value))
                    .label(spec.label.get_or_any(ui).to_string())
                    .on_toggle(move |on| {
                        let value = if on { "on" } else { "" };
                        Message::Edit(Edit::Fact(id.clone(), value.to_string()))
                    })
                    .text_size(size::BODY),
            ]
            .spacing(space::XS);
            let hint = spec.hint.get_or_any(lang);
            if !hint.is_empty() {
                block = block.push(text(hint.to_string()).size(size::SMALL).style(theme::muted));
            }
            fields = fields.push(block);
            continue;
        }
        let error = (spec.kind == FieldKind::Date
            && !value.trim().is_empty()
            && dates::parse_span(value).is_none())
        .then(|| i18n.tr("error-date"));
        // A text fact's hint tells how to write it in this version's language («в
        // родительном падеже»); a shared one (a date, a number) is the same in every
        // version, so its hint speaks the interface's language.
        let hint = if spec.kind == FieldKind::Text {
            spec.hint.get_or_any(lang).to_string()
        } else {
            let hint = spec.hint.get_or_any(ui);
            format!("{hint} · {}", i18n.tr("hint-shared"))
        };
        let control = input(spec.label.get_or_any(lang), value)
            .id(format!("fact-{}", spec.id))
            .on_input(move |v| Message::Edit(Edit::Fact(id.clone(), v)))
            .style(if error.is_some() {
                theme::input_invalid
            } else {
                theme::input
            });
        fields = fields.push(field(
            spec.label.get_or_any(ui).to_string(),
            spec.required,
            control,
            Some(hint),
            error.or_else(|| state.marker(&FieldRef::Fact(spec.id.clone()))),
        ));
        if state.template.partners && spec.id == FIRST_PARTNER_LAST_FIELD {
            fields = fields.push(partners(state, ctx));
        }
    }
    // The other partners follow the first partner's fields; at the end if a template has
    // partners but no country field.
    if state.template.partners && state.template.fact(FIRST_PARTNER_LAST_FIELD).is_none() {
        fields = fields.push(partners(state, ctx));
    }
    if state.template.facts.is_empty() {
        fields = fields.push(text(i18n.tr("editor-no-facts")).style(theme::muted));
    }
    let title = format!(
        "{} — {}",
        i18n.tr("section-facts"),
        state.template.name.get_or_any(ui)
    );
    section(title, Icon::File, fields)
}

/// The last field of the first partner, after which the other partners are listed.
const FIRST_PARTNER_LAST_FIELD: &str = "partner_country";

/// Partner organisations after the first (which is a fact of the template): each with its
/// city or region and country, written «organisation (region, country)».
fn partners<'a>(state: &'a State, ctx: &'a Context) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let lang = state.language;
    let mut list = Column::new().spacing(space::S);
    for (i, partner) in state.release.partners.iter().enumerate() {
        let organisation = input(
            &i18n.tr("partner-organisation"),
            partner.organisation.get(lang),
        )
        .id(format!("partner-{i}-organisation"))
        .on_input(move |v| Message::Edit(Edit::PartnerOrganisation(i, v)));
        let region = input(&i18n.tr("partner-region"), partner.region.get(lang))
            .id(format!("partner-{i}-region"))
            .on_input(move |v| Message::Edit(Edit::PartnerRegion(i, v)));
        let country = input(&i18n.tr("partner-country"), partner.country.get(lang))
            .id(format!("partner-{i}-country"))
            .on_input(move |v| Message::Edit(Edit::PartnerCountry(i, v)));
        list = list.push(
            row![
                field(
                    i18n.tr_args("partner-n", &[("n", (i + 2).into())]),
                    false,
                    organisation,
                    None,
                    None
                ),
                field(i18n.tr("partner-region"), false, region, None, None),
                field(i18n.tr("partner-country"), false, country, None, None),
                icon_button(
                    Icon::Remove,
                    i18n.tr("partner-remove"),
                    Some(Message::Edit(Edit::RemovePartner(i))),
                ),
            ]
            .spacing(space::S)
            .align_y(Alignment::End),
        );
    }
    list = list.push(labeled_button(
        Icon::Add,
        i18n.tr("partner-add"),
        Some(Message::Edit(Edit::AddPartner)),
    ));
    list = list.push(
        text(i18n.tr("hint-partners"))
            .size(size::SMALL)
            .style(theme::muted),
    );
    list.into()
}

fn people<'a>(state: &'a State, ctx: &'a Context) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let ui = i18n.language();
    let lang = state.language;
    let mut list = Column::new().spacing(space::L);
    for (i, person) in state.release.people.iter().enumerate() {
        // `partner-2` is the partner role's second person: labelled by the role, but not
        // required and removable like any added person.
        let role = state.template.role(&person.id);
        let role_of = state.template.role_of(&person.id);
        let title = role_of
            .map(|r| r.label.get_or_any(ui).to_string())
            .unwrap_or_else(|| i18n.tr_args("person-n", &[("n", (i + 1).into())]));
        let required = role.is_some_and(|r| r.required);
        let hint = role_of.map(|r| r.hint.get_or_any(lang).to_string());
        let name = input(&i18n.tr("person-name"), person.name.get(lang))
            .id(format!("person-{i}-name"))
            .on_input(move |v| Message::Edit(Edit::PersonName(i, v)));
        let position = input(&i18n.tr("person-position"), person.position.get(lang))
            .id(format!("person-{i}-position"))
            .on_input(move |v| Message::Edit(Edit::PersonPosition(i, v)));
        let mut heading = row![
            text(title)
                .font(crate::gui::font::UI_SEMIBOLD)
                .size(size::BODY)
        ]
        .spacing(space::XS)
        .align_y(Alignment::Center);
        if required {
            heading = heading.push(text("*").style(theme::danger_text));
        }
        heading = heading.push(iced::widget::space().width(Fill));
        if role.is_none() {
            heading = heading.push(icon_button(
                Icon::Remove,
                i18n.tr("person-remove"),
                Some(Message::Edit(Edit::RemovePerson(i))),
            ));
        }
        let mut block = column![
            heading,
            row![
                field(
                    i18n.tr("person-name"),
                    required,
                    name,
                    None,
                    state.marker(&FieldRef::PersonName(i))
                ),
                field(
                    i18n.tr("person-position"),
                    required,
                    position,
                    None,
                    state.marker(&FieldRef::PersonPosition(i))
                ),
            ]
            .spacing(space::M),
        ]
        .spacing(space::XS);
        let short = input(
            &i18n.tr("person-short-placeholder"),
            person.short_name.get(lang),
        )
        .id(format!("person-{i}-short"))
        .on_input(move |v| Message::Edit(Edit::PersonShortName(i, v)));
        block = block.push(field(
            i18n.tr("person-short"),
            false,
            short,
            Some(i18n.tr("hint-person-short")),
            None,
        ));
        block = block.push(gender_choice(person, i, ctx));
        if let Some(hint) = hint.filter(|h| !h.is_empty()) {
            block = block.push(text(hint).size(size::SMALL).style(theme::muted));
        }
        list = list.push(block);
    }
    for role in state.template.people.iter().filter(|r| r.several) {
        list = list.push(labeled_button(
            Icon::Add,
            i18n.tr_args(
                "person-add-to-role",
                &[("role", role.label.get_or_any(ui).into())],
            ),
            Some(Message::Edit(Edit::AddToRole(role.id.clone()))),
        ));
    }
    list = list.push(labeled_button(
        Icon::Add,
        i18n.tr("person-add"),
        Some(Message::Edit(Edit::AddPerson)),
    ));
    section(i18n.tr("section-people"), Icon::Person, list)
}

/// «он / она»: what the Russian verbs of the drafts agree with. Shows the suggestion from
/// the name until the user chooses; a name that says nothing is marked so they do.
fn gender_choice<'a>(
    person: &'a crate::release::Person,
    i: usize,
    ctx: &'a Context,
) -> Element<'a, Message> {
    use crate::language::gender::Gender;
    let i18n = &ctx.i18n;
    let label = |g: Gender| match g {
        Gender::Masculine => i18n.tr("gender-masculine"),
        Gender::Feminine => i18n.tr("gender-feminine"),
    };
    let options: Vec<Choice<Gender>> = Gender::ALL
        .iter()
        .map(|&g| Choice::new(g, label(g)))
        .collect();
    let selected = person
        .gender()
        .and_then(|g| options.iter().find(|c| c.value == g).cloned());
    let note = match (person.gender, person.suggested_gender()) {
        (Some(_), _) => i18n.tr("gender-set"),
        (None, Some(_)) => i18n.tr("gender-suggested"),
        (None, None) => i18n.tr("gender-unknown"),
    };
    row![
        text(i18n.tr("gender-label")).size(size::SMALL),
        pick_list(options, selected, move |c: Choice<Gender>| {
            Message::Edit(Edit::PersonGender(i, c.value))
        })
        .text_size(size::SMALL),
        text(note).size(size::SMALL).style(theme::muted),
    ]
    .spacing(space::S)
    .align_y(Alignment::Center)
    .into()
}

fn texts<'a>(state: &'a State, ctx: &'a Context) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let Some(version) = state.release.version(state.language) else {
        return iced::widget::space().into();
    };
    let drafted_hint = |drafted: bool| drafted.then(|| i18n.tr("hint-drafted"));

    let headline = input(&i18n.tr("field-headline"), &version.headline.text)
        .id("headline")
        .on_input(|v| Message::Edit(Edit::Headline(v)));
    let subheadline = input(&i18n.tr("field-subheadline"), &version.subheadline.text)
        .id("subheadline")
        .on_input(|v| Message::Edit(Edit::Subheadline(v)));
    let place = input(
        &i18n.tr("field-dateline-place"),
        &version.dateline.place.text,
    )
    .id("dateline-place")
    .on_input(|v| Message::Edit(Edit::DatelinePlace(v)));
    let date_text = state
        .raw
        .get(raw_key::DATELINE_DATE)
        .cloned()
        .unwrap_or_else(|| {
            version
                .dateline
                .date
                .map(parse::date_for_form)
                .unwrap_or_default()
        });
    let date_error = (!date_text.trim().is_empty() && dates::parse_typed(&date_text).is_none())
        .then(|| i18n.tr("error-date"));
    let date = input(&i18n.tr("placeholder-date"), &date_text)
        .id("dateline-date")
        .on_input(|v| Message::Edit(Edit::DatelineDate(v)))
        .style(if date_error.is_some() {
            theme::input_invalid
        } else {
            theme::input
        });

    let mut body = column![
        field(
            i18n.tr("field-headline"),
            true,
            headline,
            drafted_hint(version.headline.is_drafted()),
            state.marker(&FieldRef::Headline)
        ),
        field(
            i18n.tr("field-subheadline"),
            false,
            subheadline,
            None,
            state.marker(&FieldRef::Subheadline)
        ),
        row![
            field(i18n.tr("field-dateline-place"), false, place, None, None),
            field(
                i18n.tr("field-dateline-date"),
                false,
                date,
                Some(i18n.tr("hint-date")),
                date_error.or_else(|| state.marker(&FieldRef::DatelineDate))
            ),
        ]
        .spacing(space::M),
        field(
            i18n.tr("field-lead"),
            true,
            area(state, ctx, Area::Lead, i18n.tr("placeholder-lead")),
            drafted_hint(version.lead.is_drafted()).or_else(|| Some(i18n.tr("hint-lead"))),
            state.marker(&FieldRef::Lead),
        ),
    ]
    .spacing(space::M);

    let count = version.paragraphs.len();
    for (i, paragraph) in version.paragraphs.iter().enumerate() {
        let controls = list_item::header(
            text(i18n.tr_args("field-paragraph", &[("n", (i + 1).into())]))
                .size(size::SMALL + 1.0)
                .font(crate::gui::font::UI_SEMIBOLD),
            ItemActions {
                index: i,
                count,
                move_to: Edit::MoveParagraph,
                remove: Edit::RemoveParagraph,
                remove_label: "paragraph-remove",
            },
            i18n,
        );
        let mut block = column![
            controls,
            area(
                state,
                ctx,
                Area::Paragraph(i),
                i18n.tr("placeholder-paragraph")
            )
        ]
        .spacing(space::XS);
        if let Some(marker) = state.marker(&FieldRef::Paragraph(i)) {
            block = block.push(text(marker).size(size::SMALL).style(theme::danger_text));
        }
        if paragraph.is_drafted() {
            block = block.push(
                text(i18n.tr("hint-drafted"))
                    .size(size::SMALL)
                    .style(theme::muted),
            );
        }
        body = body.push(block);
    }
    body = body.push(labeled_button(
        Icon::Add,
        i18n.tr("paragraph-add"),
        Some(Message::Edit(Edit::AddParagraph)),
    ));
    section(i18n.tr("section-text"), Icon::File, body)
}

/// Background, signature and contacts: what closes the release.
fn closing<'a>(state: &'a State, ctx: &'a Context) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let Some(version) = state.release.version(state.language) else {
        return iced::widget::space().into();
    };
    let profile_signature = ctx.profile.signature.get(state.language);
    let signature = input(
        if profile_signature.is_empty() {
            ""
        } else {
            profile_signature
        },
        &version.signature,
    )
    .id("signature")
    .on_input(|v| Message::Edit(Edit::Signature(v)));
    let profile_contacts = ctx
        .profile
        .contacts
        .get(state.language)
        .replace('\n', " · ");
    column![]
        .push(section(
            i18n.tr("section-closing"),
            Icon::Info,
            column![
                field(
                    i18n.tr("field-background"),
                    false,
                    area(
                        state,
                        ctx,
                        Area::Background,
                        i18n.tr("placeholder-background")
                    ),
                    Some(i18n.tr("hint-background")),
                    None,
                ),
                field(
                    i18n.tr("field-signature"),
                    false,
                    signature,
                    Some(i18n.tr("hint-from-profile")),
                    None
                ),
                field(
                    i18n.tr("field-contacts"),
                    false,
                    area(state, ctx, Area::Contacts, profile_contacts),
                    Some(i18n.tr("hint-from-profile")),
                    None,
                ),
            ]
            .spacing(space::M),
        ))
        .into()
}

fn release_settings<'a>(state: &'a State, ctx: &'a Context) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let statuses: Vec<Choice<Status>> = Status::ALL
        .iter()
        .map(|s| Choice::new(*s, i18n.tr(&format!("status-{}", s.code()))))
        .collect();
    let current = statuses
        .iter()
        .find(|c| c.value == state.release.status)
        .cloned();
    let status = pick_list(statuses, current, |c: Choice<Status>| {
        Message::Edit(Edit::Status(c.value))
    })
    .style(theme::pick)
    .text_size(size::BODY)
    .padding([6, 8]);
    let embargo_text = state.raw.get(raw_key::EMBARGO).cloned().unwrap_or_else(|| {
        state
            .release
            .embargo
            .as_ref()
            .map(parse::embargo_for_form)
            .unwrap_or_default()
    });
    let embargo_error = (!embargo_text.trim().is_empty()
        && parse::embargo(&embargo_text).is_none())
    .then(|| i18n.tr("error-embargo"));
    let embargo = input(&i18n.tr("placeholder-embargo"), &embargo_text)
        .id("embargo")
        .on_input(|v| Message::Edit(Edit::Embargo(v)))
        .style(if embargo_error.is_some() {
            theme::input_invalid
        } else {
            theme::input
        });
    section(
        i18n.tr("section-release"),
        Icon::Check,
        row![
            field(i18n.tr("field-status"), false, status, None, None),
            field(
                i18n.tr("field-embargo"),
                false,
                embargo,
                Some(i18n.tr("hint-embargo")),
                embargo_error
            ),
        ]
        .spacing(space::M),
    )
}
