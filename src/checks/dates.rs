//! Dates: weekdays that do not fit the date, coming events dated in the past, «в прошлом
//! году» beside another year, years left from an earlier release, an embargo already over.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use crate::language::LETTER_PATTERN as LETTER;

use super::text::{excerpt, text_fields};
use super::{Ctx, FieldRef, Findings};
use crate::language::Language;
use crate::language::dates::{MONTH_STEMS_RU, MONTHS_EN, MONTHS_KK, in_text, parse_span};
use crate::language::weekdays::{self, of_word as weekday_of};
use crate::language::word_list::WordList;
use crate::release::Status;
use crate::template::FieldKind;

/// Dates that cannot be right: a weekday that is not the date's, an embargo already over.
pub(super) fn contradictions(ctx: &Ctx, out: &mut Findings) {
    weekdays(ctx, out);
    embargo_past(ctx, out);
}

/// Dates that may be slips: an event before the release, «last year» that is not, an old
/// year in the headline.
pub(super) fn doubtful(ctx: &Ctx, out: &mut Findings) {
    event_before_release(ctx, out);
    last_year(ctx, out);
    stale_year(ctx, out);
}

/// A month's stems in the three languages, lowercase, from the one table in
/// `language::dates`.
fn month_forms(index: usize) -> [String; 3] {
    [
        MONTH_STEMS_RU[index].to_string(),
        MONTHS_KK[index].to_string(),
        MONTHS_EN[index].to_lowercase(),
    ]
}

/// `28 ноября 2026`, `2026 жылғы 28 қараша`, `28 November 2026`, `November 28, 2026`.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let months: Vec<String> = (0..12)
        .map(|i| format!("(?:{}){LETTER}*", month_forms(i).join("|")))
        .collect();
    let month = format!("(?P<month>{})", months.join("|"));
    let month2 = month.replace("?P<month>", "?P<month2>");
    let pattern = format!(
        r"(?i)(?:(?P<kkyear>[0-9]{{4}})\s+(?:жылғы|жылы|ж\.)\s+)?\b(?P<day>[0-9]{{1,2}})\s+{month}(?:\s+(?P<year>[0-9]{{4}}))?|\b{month2}\s+(?P<day2>[0-9]{{1,2}})(?:,\s+(?P<year2>[0-9]{{4}}))?"
    );
    Regex::new(&pattern).expect("date pattern")
});

/// Only separators between a weekday and its date: «в понедельник, 28 ноября», «28 ноября
/// (суббота)», «28 қараша, сенбі».
fn only_separators(text: &str) -> bool {
    text.chars().count() <= 4
        && text
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '—' | '–' | '-'))
}

fn weekdays(ctx: &Ctx, out: &mut Findings) {
    let ui = ctx.ui;
    let default_year = ctx.release_date().year();
    for version in &ctx.release.versions {
        for (field, text) in text_fields(version) {
            // A date has digits («28 ноября»): a text without one has no date to contradict.
            if !text.bytes().any(|b| b.is_ascii_digit()) {
                continue;
            }
            let days: Vec<_> = (ctx.readings.words(text).iter())
                .filter_map(|(range, word)| Some((range.clone(), weekday_of(word)?)))
                .collect();
            if days.is_empty() {
                continue;
            }
            for caps in DATE.captures_iter(text) {
                let whole = caps.get(0).expect("match");
                let day = caps.name("day").or(caps.name("day2"));
                let month = caps.name("month").or(caps.name("month2"));
                let year = caps
                    .name("year")
                    .or(caps.name("kkyear"))
                    .or(caps.name("year2"));
                let (Some(day), Some(month)) = (day, month) else {
                    continue;
                };
                let Some(date) = (|| {
                    let d: i8 = day.as_str().parse().ok()?;
                    let m = crate::language::dates::month_of_word(month.as_str())?;
                    let y: i16 = match year {
                        Some(y) => y.as_str().parse().ok()?,
                        None => default_year,
                    };
                    Date::new(y, m, d).ok()
                })() else {
                    continue;
                };
                let beside = days.iter().find(|(w, _)| {
                    (w.end <= whole.start() && only_separators(&text[w.end..whole.start()]))
                        || (w.start >= whole.end() && only_separators(&text[whole.end()..w.start]))
                });
                let Some((word, said)) = beside else { continue };
                let written = &text[word.clone()];
                if *said == date.weekday() {
                    continue;
                }
                let date_text = in_text(date, ui, Default::default()).replace('\u{a0}', " ");
                let actual = weekdays::name(date.weekday(), ui);
                let message = say!(ui,
                    ru: "«{written}» не совпадает с датой: {date_text} — {actual}.",
                    kk: "«{written}» күнге сәйкес емес: {date_text} — {actual}.",
                    en: "“{written}” does not fit the date: {date_text} is a {actual}.",
                );
                out.push(
                    "dates/weekday",
                    field.clone(),
                    Some(version.language),
                    message,
                );
            }
        }
    }
}

/// Date facts other than the release's own `date` are events to come (`event_date`,
/// `deadline`): dated before the release, they have passed already.
fn event_before_release(ctx: &Ctx, out: &mut Findings) {
    let ui = ctx.ui;
    let Some(template) = ctx.template() else {
        return;
    };
    let release_date = ctx.release_date();
    for spec in &template.facts {
        if spec.kind != FieldKind::Date || spec.id == "date" {
            continue;
        }
        let Some(value) = ctx.release.facts.get(&spec.id) else {
            continue;
        };
        // An event over several days has passed only once its last day has.
        let last_day = |text: &str| parse_span(text).map(|span| span.end);
        let Some(date) = last_day(value.get(Language::Ru))
            .or_else(|| Language::ALL.iter().find_map(|l| last_day(value.get(*l))))
        else {
            continue;
        };
        if date >= release_date {
            continue;
        }
        let label = spec.label.get_or_any(ui).to_string();
        let event = in_text(date, ui, Default::default()).replace('\u{a0}', " ");
        let release = in_text(release_date, ui, Default::default()).replace('\u{a0}', " ");
        let message = say!(ui,
            ru: "«{label}» — {event}, раньше даты релиза ({release}).",
            kk: "«{label}» — {event}, релиз күнінен ({release}) ерте.",
            en: "“{label}” is {event}, before the release date ({release}).",
        );
        out.push(
            "dates/event-before-release",
            FieldRef::Fact(spec.id.clone()),
            None,
            message,
        );
    }
}

/// «в прошлом году» and its kin in the three languages.
static LAST_YEAR: LazyLock<WordList> = LazyLock::new(|| {
    WordList::new(&[
        "в прошлом году",
        "прошлого года",
        "прошлый год",
        "өткен жыл*",
        "былтыр*",
        "last year",
    ])
});

/// «В прошлом году» with a year within a few words that is not the year before the release.
fn last_year(ctx: &Ctx, out: &mut Findings) {
    let ui = ctx.ui;
    let last = ctx.release_date().year() - 1;
    for version in &ctx.release.versions {
        for (field, text) in text_fields(version) {
            for phrase in LAST_YEAR.find_all(text) {
                let figures = ctx.readings.figures(text, version.language);
                let near = figures.iter().filter(|f| f.looks_like_year()).find(|f| {
                    let gap = if f.span.start >= phrase.end {
                        &text[phrase.end..f.span.start]
                    } else if f.span.end <= phrase.start {
                        &text[f.span.end..phrase.start]
                    } else {
                        ""
                    };
                    gap.chars().count() <= 25 && !gap.contains(['.', ';'])
                });
                let Some(year) = near else { continue };
                let Ok(written) = i16::try_from(year.value.mantissa()) else {
                    continue;
                };
                if written == last {
                    continue;
                }
                let phrase = &text[phrase];
                let message = say!(ui,
                    ru: "«{phrase}» рядом с {written} годом, а прошлый год для этого релиза — {last}.",
                    kk: "«{phrase}» {written} жылдың жанында, ал бұл релиз үшін өткен жыл — {last}.",
                    en: "“{phrase}” stands beside {written}, but last year for this release is {last}.",
                );
                out.push(
                    "dates/last-year",
                    field.clone(),
                    Some(version.language),
                    message,
                );
            }
        }
    }
}

/// A year two or more years before the release in the headline or lead, outside a date
/// range such as «2020–2026»: perhaps left from the release this one was based on.
fn stale_year(ctx: &Ctx, out: &mut Findings) {
    let ui = ctx.ui;
    let release_year = ctx.release_date().year();
    for version in &ctx.release.versions {
        for field in [FieldRef::Headline, FieldRef::Lead] {
            let Some(text) = field.text(ctx.release, version.language) else {
                continue;
            };
            let figures = ctx.readings.figures(text, version.language);
            for (i, f) in figures.iter().enumerate() {
                if !f.looks_like_year() {
                    continue;
                }
                let Ok(year) = i16::try_from(f.value.mantissa()) else {
                    continue;
                };
                let in_range = [i.checked_sub(1), Some(i + 1)]
                    .into_iter()
                    .flatten()
                    .filter_map(|j| figures.get(j))
                    .any(|g| {
                        let (a, b) = if g.span.start > f.span.start {
                            (f.span.end, g.span.start)
                        } else {
                            (g.span.end, f.span.start)
                        };
                        g.looks_like_year()
                            && text[a..b].trim().chars().all(|c| "-–—".contains(c))
                            && a < b
                    });
                if year > release_year - 2 || in_range {
                    continue;
                }
                let near = excerpt(text, f.span.clone());
                let message = say!(ui,
                    ru: "{year} год в тексте релиза {release_year} года — не остался ли от старого релиза? «{near}»",
                    kk: "{release_year} жылғы релизде {year} жыл тұр — ескі релизден қалмады ма? «{near}»",
                    en: "{year} in a {release_year} release: left over from an earlier one? “{near}”",
                );
                out.push(
                    "dates/stale-year",
                    field.clone(),
                    Some(version.language),
                    message,
                );
            }
        }
    }
}

/// An embargo dated before today. Sent releases are past their embargo by nature.
fn embargo_past(ctx: &Ctx, out: &mut Findings) {
    let ui = ctx.ui;
    let Some(embargo) = &ctx.release.embargo else {
        return;
    };
    if ctx.release.status == Status::Sent || embargo.date() >= ctx.today {
        return;
    }
    let until = in_text(embargo.date(), ui, Default::default()).replace('\u{a0}', " ");
    let today = in_text(ctx.today, ui, Default::default()).replace('\u{a0}', " ");
    let message = say!(ui,
        ru: "Эмбарго до {until} уже прошло (сегодня {today}).",
        kk: "{until} дейінгі эмбарго өтіп кетті (бүгін {today}).",
        en: "The embargo until {until} is over already (today is {today}).",
    );
    out.push("dates/embargo-past", FieldRef::Embargo, None, message);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_dates_in_three_languages() {
        for text in [
            "28 ноября 2026",
            "2026 жылғы 28 қараша",
            "28 November 2026",
            "November 28, 2026",
        ] {
            assert!(DATE.is_match(text), "{text}");
        }
        assert_eq!(crate::language::dates::month_of_word("мая"), Some(5));
        assert_eq!(crate::language::dates::month_of_word("қарашада"), Some(11));
    }
}
