//! Figures, shared by every language version: value and unit once, words per language.

use iced::widget::{Column, checkbox, column, pick_list, row, text};
use iced::{Alignment, Element};

use super::edit::{Edit, raw_key};
use super::list_item::{self, ItemActions};
use super::{Message, State};
use crate::checks::FieldRef;
use crate::gui::context::Context;
use crate::gui::font;
use crate::gui::i18n::I18n;
use crate::gui::icon::Icon;
use crate::gui::parse::{self, NumberError};
use crate::gui::theme::{self, size, space};
use crate::gui::widget::{Choice, field, icon_button, input, labeled_button, section};
use crate::language::Language;
use crate::language::gender::Agreement;
use crate::language::units::{Qualifier, Scale, Unit};
use crate::release::Placement;

pub fn view<'a>(state: &'a State, ctx: &'a Context) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let lang = state.language;
    let units: Vec<Choice<Unit>> = Unit::BUILT_IN
        .iter()
        .map(|u| Choice::new(u.clone(), u.label(lang)))
        .collect();
    let scales: Vec<Choice<Scale>> = Scale::ALL
        .iter()
        .map(|s| {
            let word = s.word(lang);
            let label = if word.is_empty() {
                i18n.tr("scale-one")
            } else {
                word.to_string()
            };
            Choice::new(*s, label)
        })
        .collect();

    let count = state.release.statistics.len();
    let mut list = Column::new().spacing(space::L);
    for (i, stat) in state.release.statistics.iter().enumerate() {
        let header = list_item::header(
            text(i18n.tr_args("stat-n", &[("n", (i + 1).into())]))
                .font(font::UI_SEMIBOLD)
                .size(size::BODY),
            ItemActions {
                index: i,
                count,
                move_to: Edit::MoveStatistic,
                remove: Edit::RemoveStatistic,
                remove_label: "stat-remove",
            },
            i18n,
        );

        let label = input(&i18n.tr("stat-label-placeholder"), stat.label.get(lang))
            .id(format!("stat-{i}-label"))
            .on_input(move |v| Message::Edit(Edit::StatLabel(i, v)));
        let value_text = state
            .raw
            .get(&raw_key::stat_value(i))
            .cloned()
            .unwrap_or_else(|| parse::decimal_for_form(stat.value));
        let value_error = number_error(&value_text, i18n);
        let value = input("148,9", &value_text)
            .id(format!("stat-{i}-value"))
            .on_input(move |v| Message::Edit(Edit::StatValue(i, v)))
            .style(if value_error.is_some() {
                theme::input_invalid
            } else {
                theme::input
            });
        let scale = pick_list(
            scales.clone(),
            scales
                .iter()
                .find(|c| c.value == stat.quantity.scale)
                .cloned(),
            move |c: Choice<Scale>| Message::Edit(Edit::StatScale(i, c.value)),
        )
        .style(theme::pick)
        .text_size(size::BODY)
        .padding([6, 8]);
        let known_unit = units
            .iter()
            .find(|c| c.value == stat.quantity.unit)
            .cloned();
        let unit = pick_list(units.clone(), known_unit, move |c: Choice<Unit>| {
            Message::Edit(Edit::StatUnit(i, c.value))
        })
        .placeholder(stat.quantity.unit.label(lang))
        .style(theme::pick)
        .text_size(size::BODY)
        .padding([6, 8]);
        // «exactly» first, then около / более / менее / до in the version's language.
        let mut qualifiers = vec![Choice::new(None, i18n.tr("stat-qualifier-exact"))];
        qualifiers.extend(
            Qualifier::ALL
                .iter()
                .map(|&q| Choice::new(Some(q), q.label(lang))),
        );
        let qualifier = pick_list(
            qualifiers.clone(),
            qualifiers
                .iter()
                .find(|c| c.value == stat.qualifier)
                .cloned(),
            move |c: Choice<Option<Qualifier>>| Message::Edit(Edit::StatQualifier(i, c.value)),
        )
        .style(theme::pick)
        .text_size(size::BODY)
        .padding([6, 8]);
        let placement = placement_choice(state, ctx, i, &stat.placement);
        let period = input(&i18n.tr("stat-period-placeholder"), stat.period.get(lang))
            .id(format!("stat-{i}-period"))
            .on_input(move |v| Message::Edit(Edit::StatPeriod(i, v)));

        let mut body = column![
            header,
            field(
                i18n.tr("stat-label"),
                true,
                label,
                Some(i18n.tr("hint-stat-label")),
                None
            ),
            row![
                field(i18n.tr("stat-qualifier"), false, qualifier, None, None),
                field(
                    i18n.tr("stat-value"),
                    true,
                    value,
                    None,
                    value_error.or_else(|| state.marker(&FieldRef::Statistic(i)))
                ),
                field(i18n.tr("stat-scale"), false, scale, None, None),
                field(i18n.tr("stat-unit"), false, unit, None, None),
            ]
            .spacing(space::M),
            field(i18n.tr("stat-period"), false, period, None, None),
        ]
        .spacing(space::S);
        // Only Russian verbs agree with the label; the other languages need no choice.
        if lang == Language::Ru {
            let mut agreements = vec![Choice::new(None, i18n.tr("stat-verb-none"))];
            agreements.extend(
                Agreement::ALL
                    .iter()
                    .map(|&a| Choice::new(Some(a), a.label().to_string())),
            );
            let agreement = pick_list(
                agreements.clone(),
                agreements
                    .iter()
                    .find(|c| c.value == stat.label_gender)
                    .cloned(),
                move |c: Choice<Option<Agreement>>| {
                    Message::Edit(Edit::StatLabelGender(i, c.value))
                },
            )
            .style(theme::pick)
            .text_size(size::BODY)
            .padding([6, 8]);
            body = body.push(field(
                i18n.tr("stat-verb"),
                false,
                agreement,
                Some(i18n.tr("hint-stat-verb")),
                None,
            ));
        }
        body = body.push(column![field(
            i18n.tr("stat-placement"),
            false,
            placement,
            Some(i18n.tr("hint-stat-placement")),
            None
        ),]);

        body = body.push(parts(state, ctx, i));
        body = body.push(change(state, ctx, i));
        body = body.push(
            checkbox(stat.in_table)
                .label(i18n.tr("stat-in-table"))
                .on_toggle(move |on| Message::Edit(Edit::StatInTable(i, on)))
                .text_size(size::BODY),
        );
        list = list.push(body);
    }
    if count == 0 {
        list = list.push(
            text(i18n.tr("stats-empty"))
                .size(size::SMALL)
                .style(theme::muted),
        );
    }
    list = list.push(labeled_button(
        Icon::Add,
        i18n.tr("stat-add"),
        Some(Message::Edit(Edit::AddStatistic)),
    ));
    section(i18n.tr("section-statistics"), Icon::Chart, list)
}

/// Components that add up to the figure (export + import = turnover).
fn parts<'a>(state: &'a State, ctx: &'a Context, i: usize) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let lang = state.language;
    let Some(stat) = state.release.statistics.get(i) else {
        return iced::widget::space().into();
    };
    let mut list = Column::new().spacing(space::XS);
    for (j, part) in stat.parts.iter().enumerate() {
        let value_text = state
            .raw
            .get(&raw_key::part_value(i, j))
            .cloned()
            .unwrap_or_else(|| parse::decimal_for_form(part.value));
        let error = number_error(&value_text, i18n);
        let label = input(&i18n.tr("part-label"), part.label.get(lang))
            .id(format!("stat-{i}-part-{j}-label"))
            .on_input(move |v| Message::Edit(Edit::PartLabel(i, j, v)));
        let value = input("60,09", &value_text)
            .id(format!("stat-{i}-part-{j}-value"))
            .on_input(move |v| Message::Edit(Edit::PartValue(i, j, v)))
            .style(if error.is_some() {
                theme::input_invalid
            } else {
                theme::input
            })
            .width(140);
        let mut line = column![
            row![
                label,
                value,
                icon_button(
                    Icon::Remove,
                    i18n.tr("part-remove"),
                    Some(Message::Edit(Edit::RemovePart(i, j)))
                ),
            ]
            .spacing(space::XS)
            .align_y(Alignment::Center)
        ];
        let marker = error.or_else(|| {
            state.marker(&FieldRef::StatisticPart {
                statistic: i,
                part: j,
            })
        });
        if let Some(marker) = marker {
            line = line.push(text(marker).size(size::SMALL).style(theme::danger_text));
        }
        list = list.push(line);
    }
    list = list.push(labeled_button(
        Icon::Add,
        i18n.tr("part-add"),
        Some(Message::Edit(Edit::AddPart(i))),
    ));
    field(
        i18n.tr("stat-parts"),
        false,
        list,
        Some(i18n.tr("hint-parts")),
        None,
    )
}

/// Change against an earlier period, in per cent.
fn change<'a>(state: &'a State, ctx: &'a Context, i: usize) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let lang = state.language;
    let Some(stat) = state.release.statistics.get(i) else {
        return iced::widget::space().into();
    };
    let toggle = checkbox(stat.change.is_some())
        .label(i18n.tr("stat-change"))
        .on_toggle(move |on| Message::Edit(Edit::ChangeEnabled(i, on)))
        .text_size(size::BODY);
    let Some(change) = &stat.change else {
        return toggle.into();
    };
    let percent_text = state
        .raw
        .get(&raw_key::change_percent(i))
        .cloned()
        .unwrap_or_else(|| parse::decimal_for_form(change.percent));
    let error = number_error(&percent_text, i18n);
    let percent = input("11", &percent_text)
        .id(format!("stat-{i}-change"))
        .on_input(move |v| Message::Edit(Edit::ChangePercent(i, v)))
        .style(if error.is_some() {
            theme::input_invalid
        } else {
            theme::input
        })
        .width(120);
    let compared = input(
        &i18n.tr("stat-compared-placeholder"),
        change.compared_with.get(lang),
    )
    .id(format!("stat-{i}-compared"))
    .on_input(move |v| Message::Edit(Edit::ChangeComparedWith(i, v)));
    column![
        toggle,
        row![
            field(
                i18n.tr("stat-change-percent"),
                false,
                percent,
                None,
                error.or_else(|| state.marker(&FieldRef::StatisticChange(i)))
            ),
            field(i18n.tr("stat-compared"), false, compared, None, None),
        ]
        .spacing(space::M),
    ]
    .spacing(space::XS)
    .into()
}

fn number_error(typed: &str, i18n: &I18n) -> Option<String> {
    match parse::decimal(typed) {
        Ok(_) => None,
        Err(NumberError::Empty) => Some(i18n.tr("error-number-empty")),
        Err(NumberError::AmbiguousSeparators) => Some(i18n.tr("error-number-separators")),
        Err(NumberError::NotANumber) => Some(i18n.tr("error-number")),
    }
}

/// Where the figure's sentence goes: at the close, after one of the version's paragraphs
/// (named by its first words, followed by its anchor through edits and moves), or only in
/// the table.
fn placement_choice<'a>(
    state: &'a State,
    ctx: &'a Context,
    i: usize,
    current: &Placement,
) -> Element<'a, Message> {
    let i18n = &ctx.i18n;
    let mut options = vec![Choice::new(
        Placement::Closing,
        i18n.tr("stat-placement-closing"),
    )];
    // Right after the lead: the figure that opens the body («За январь–октябрь …»).
    options.push(Choice::new(
        Placement::After(crate::compose::LEAD_ANCHOR.to_string()),
        i18n.tr("stat-placement-after-lead"),
    ));
    if let Some(version) = state.release.version(state.language) {
        for paragraph in &version.paragraphs {
            let (Some(anchor), false) = (paragraph.anchor(), paragraph.text.trim().is_empty())
            else {
                continue;
            };
            let words: String = paragraph.text.trim().chars().take(40).collect();
            let more = if paragraph.text.trim().chars().count() > 40 {
                "…"
            } else {
                ""
            };
            options.push(Choice::new(
                Placement::After(anchor.to_string()),
                i18n.tr_args(
                    "stat-placement-after",
                    &[("words", format!("{words}{more}").into())],
                ),
            ));
        }
    }
    options.push(Choice::new(
        Placement::NotInText,
        i18n.tr("stat-placement-table"),
    ));
    let selected = options.iter().find(|c| c.value == *current).cloned();
    pick_list(options, selected, move |c: Choice<Placement>| {
        Message::Edit(Edit::StatPlacement(i, c.value))
    })
    .placeholder(i18n.tr("stat-placement-closing"))
    .style(theme::pick)
    .text_size(size::BODY)
    .padding([6, 8])
    .into()
}
