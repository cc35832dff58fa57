//! Growth: a stated change against the two values, and «рост» said of a falling figure.

use std::sync::LazyLock;

use rust_decimal::Decimal;

use super::text::{excerpt, text_fields};
use super::{Ctx, FieldRef, Findings};
use crate::language::quantity_words::{FALL_WORDS, GROWTH_WORDS};
use crate::language::units::Unit;
use crate::language::word_list::WordList;

/// Half a unit in the last written place: how far a written number may be from the truth.
fn slack(value: Decimal) -> Decimal {
    Decimal::new(5, value.scale() + 1)
}

/// The percentage from `previous` to `value` may lie anywhere in the returned range, since
/// both were rounded when written. `None` when it cannot be computed.
fn percent_range(value: Decimal, previous: Decimal) -> Option<(Decimal, Decimal)> {
    let hundred = Decimal::ONE_HUNDRED;
    let low_prev = previous.checked_sub(slack(previous))?;
    if low_prev <= Decimal::ZERO {
        return None;
    }
    let high_prev = previous.checked_add(slack(previous))?;
    let low = value
        .checked_sub(slack(value))?
        .checked_div(high_prev)?
        .checked_sub(Decimal::ONE)?
        .checked_mul(hundred)?;
    let high = value
        .checked_add(slack(value))?
        .checked_div(low_prev)?
        .checked_sub(Decimal::ONE)?
        .checked_mul(hundred)?;
    Some((low, high))
}

fn signed(ctx: &Ctx, value: Decimal) -> String {
    let text = ctx.num(value);
    if value > Decimal::ZERO {
        format!("+{text}")
    } else {
        text
    }
}

pub(super) fn change_mismatch(ctx: &Ctx, out: &mut Findings) {
    let ui = ctx.ui;
    for (i, stat) in ctx.release.statistics.iter().enumerate() {
        let Some(change) = &stat.change else { continue };
        let Some(previous) = change.previous_value else {
            continue;
        };
        let Some((low, high)) = percent_range(stat.value, previous) else {
            continue;
        };
        let stated = change.percent;
        let margin = slack(stated);
        if high >= stated - margin && low <= stated + margin {
            continue;
        }
        let Some(exact) = stat
            .value
            .checked_div(previous)
            .and_then(|r| r.checked_sub(Decimal::ONE))
            .and_then(|r| r.checked_mul(Decimal::ONE_HUNDRED))
        else {
            continue;
        };
        let computed = signed(ctx, super::sums::round(exact, stated.scale().max(1)));
        let stated = signed(ctx, stated);
        let (prev, value) = (ctx.num(previous), ctx.num(stat.value));
        let label = stat.label.get_or_any(ui).trim().to_string();
        let message = say!(ui,
            ru: "«{label}»: изменение указано как {stated} %, но с {prev} до {value} — это {computed} %.",
            kk: "«{label}»: өзгеріс {stated} % деп көрсетілген, бірақ {prev}-ден {value}-ге дейін — {computed} %.",
            en: "“{label}”: the change is given as {stated}%, but from {prev} to {value} it is {computed}%.",
        );
        out.push(
            "growth/change-mismatch",
            FieldRef::StatisticChange(i),
            None,
            message,
        );
    }
}

static GROWTH: LazyLock<WordList> = LazyLock::new(|| WordList::new(GROWTH_WORDS));
static FALL: LazyLock<WordList> = LazyLock::new(|| WordList::new(FALL_WORDS));

/// A growth word beside a negative percentage, or beside the percentage of a figure that
/// fell (and the reverse), in one sentence that does not name both directions.
pub(super) fn wrong_direction(ctx: &Ctx, out: &mut Findings) {
    let ui = ctx.ui;
    let changes: Vec<Decimal> = ctx
        .release
        .statistics
        .iter()
        .filter_map(|s| s.change.as_ref().map(|c| c.percent))
        .filter(|p| !p.is_zero())
        .collect();
    for version in &ctx.release.versions {
        let lang = version.language;
        for (field, text) in text_fields(version) {
            let figures = ctx.readings.figures(text, lang);
            for sentence in ctx.readings.sentences(text).iter() {
                let part = &text[sentence.clone()];
                let grows = GROWTH.find(part);
                let falls = FALL.find(part);
                let (word, says_growth) = match (grows, falls) {
                    (Some(w), None) => (w, true),
                    (None, Some(w)) => (w, false),
                    _ => continue,
                };
                let contradicted = figures
                    .iter()
                    .filter(|f| sentence.contains(&f.span.start) && f.unit == Unit::Percent)
                    .find(|f| {
                        let by_sign = says_growth && f.value < Decimal::ZERO;
                        let by_figure = changes.iter().any(|p| {
                            p.abs() == f.value.abs() && (*p > Decimal::ZERO) != says_growth
                        });
                        by_sign || by_figure
                    });
                let Some(figure) = contradicted else { continue };
                let word = part[word].to_string();
                let figure_text = text[figure.span.clone()].replace('\u{a0}', " ");
                let near = excerpt(text, figure.span.clone());
                let message = if says_growth {
                    say!(ui,
                        ru: "«{word}» сказано о падающей цифре {figure_text}: «{near}».",
                        kk: "«{word}» деп төмендеген көрсеткіш туралы айтылған ({figure_text}): «{near}».",
                        en: "“{word}” is said of a falling figure, {figure_text}: “{near}”.",
                    )
                } else {
                    say!(ui,
                        ru: "«{word}» сказано о растущей цифре {figure_text}: «{near}».",
                        kk: "«{word}» деп өскен көрсеткіш туралы айтылған ({figure_text}): «{near}».",
                        en: "“{word}” is said of a rising figure, {figure_text}: “{near}”.",
                    )
                };
                out.push("growth/wrong-direction", field.clone(), Some(lang), message);
            }
        }
    }
}
