//! The search field and the filter menus above the archive's list.

use iced::widget::{column, pick_list, row, text};
use iced::{Alignment, Element, Fill};

use super::{Message, State};
use crate::archive::Catalog;
use crate::archive::catalog::Filter;
use crate::gui::context::Context;
use crate::gui::icon::{Icon, icon};
use crate::gui::theme::{self, size, space};
use crate::gui::widget::{Choice, input, labeled_button};
use crate::language::Language;
use crate::release::Status;

impl State {
    pub(super) fn filters<'a>(
        &'a self,
        ctx: &'a Context,
        catalog: &'a Catalog,
    ) -> Element<'a, Message> {
        let i18n = &ctx.i18n;
        let ui = i18n.language();
        let facets = catalog.facets();
        let search = input(&i18n.tr("archive-search-placeholder"), &self.filter.text)
            .id("archive-search")
            .on_input(Message::Search)
            .width(Fill);
        let statuses = with_all(
            i18n.tr("archive-all-statuses"),
            Status::ALL
                .iter()
                .map(|s| Choice::new(Some(*s), i18n.tr(&format!("status-{}", s.code())))),
        );
        let templates = with_all(
            i18n.tr("archive-all-templates"),
            facets.templates.iter().map(|id| {
                let name = ctx
                    .templates
                    .get(id)
                    .map(|t| t.name.get_or_any(ui).to_string())
                    .unwrap_or_else(|| id.clone());
                Choice::new(Some(id.clone()), name)
            }),
        );
        let languages = with_all(
            i18n.tr("archive-all-languages"),
            Language::ALL
                .iter()
                .map(|l| Choice::new(Some(*l), l.native_name())),
        );
        let years = with_all(
            i18n.tr("archive-all-years"),
            facets
                .years
                .iter()
                .rev()
                .map(|y| Choice::new(Some(*y), y.to_string())),
        );
        let tags = with_all(
            i18n.tr("archive-all-tags"),
            facets
                .tags
                .iter()
                .map(|t| Choice::new(Some(t.clone()), t.clone())),
        );
        let order = if self.filter.oldest_first {
            (Icon::OldestFirst, i18n.tr("archive-oldest-first"))
        } else {
            (Icon::NewestFirst, i18n.tr("archive-newest-first"))
        };
        let mut menus = row![
            picker(statuses, &self.filter.status, Message::Status),
            picker(templates, &self.filter.template, Message::Template),
            picker(languages, &self.filter.language, Message::Language),
            picker(years, &self.filter.year, Message::Year),
        ]
        .spacing(space::S)
        .align_y(Alignment::Center);
        if !facets.tags.is_empty() {
            menus = menus.push(picker(tags, &self.filter.tag, Message::Tag));
        }
        menus = menus.push(iced::widget::space().width(Fill));
        if self.filter != Filter::default() {
            menus = menus.push(labeled_button(
                Icon::Close,
                i18n.tr("archive-clear-filters"),
                Some(Message::ClearFilters),
            ));
        }
        menus = menus.push(labeled_button(order.0, order.1, Some(Message::ToggleOrder)));
        let mut filters = column![
            row![icon(Icon::Search).style(theme::muted), search]
                .spacing(space::S)
                .align_y(Alignment::Center),
        ]
        .spacing(space::S);
        if self.indexing && !self.filter.text.trim().is_empty() {
            filters = filters.push(
                text(i18n.tr("archive-indexing"))
                    .size(size::SMALL)
                    .style(theme::muted),
            );
        }
        filters.push(menus).into()
    }
}

/// "All …" first, then the values.
fn with_all<T>(
    all: String,
    values: impl Iterator<Item = Choice<Option<T>>>,
) -> Vec<Choice<Option<T>>> {
    std::iter::once(Choice::new(None, all))
        .chain(values)
        .collect()
}

fn picker<'a, T: Clone + PartialEq + 'a>(
    options: Vec<Choice<Option<T>>>,
    selected: &Option<T>,
    on_select: fn(Choice<Option<T>>) -> Message,
) -> Element<'a, Message> {
    let current = options.iter().find(|c| c.value == *selected).cloned();
    pick_list(options, current, on_select)
        .style(theme::pick)
        .text_size(size::BODY)
        .padding([6, 8])
        .into()
}
