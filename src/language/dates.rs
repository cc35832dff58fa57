//! Dates as each language writes them in a release.

use std::sync::LazyLock;

use jiff::ZonedDateTime as Zoned;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::language::Language;

/// How a Kazakh release writes its dates, chosen once in the profile (Russian and English
/// have one usual form each). Stored as `kazakh_date` in the profile.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum KazakhDateStyle {
    /// Year first: «2026 жылғы 28 қараша» in text (templates add «күні»), «2026 ж. 28 қараша»
    /// on the dateline. The default: what releases had before the choice existed.
    #[default]
    YearFirst,
    /// Year first, in the locative that official documents use in running text:
    /// «2026 жылғы 28 қарашада» (the ending says «on», so drafting leaves out the «күні» a
    /// template writes after the date); «2026 ж. 28 қараша» on the dateline.
    YearFirstLocative,
    /// Day first, as many newsrooms write: «28 қараша 2026 ж.» in text and on the dateline.
    DayFirst,
}

impl KazakhDateStyle {
    pub const ALL: [KazakhDateStyle; 3] = [
        KazakhDateStyle::YearFirst,
        KazakhDateStyle::YearFirstLocative,
        KazakhDateStyle::DayFirst,
    ];

    /// How 28 November 2026 reads in running text in this style, for Settings to show.
    pub fn example(self) -> String {
        let date = jiff::civil::date(2026, 11, 28);
        in_text(date, Language::Kk, self)
    }
}

/// The one table of month names: dates, typography and checks all read these.
pub const MONTHS_RU_GENITIVE: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
pub const MONTHS_KK: [&str; 12] = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
];
/// The months in the locative (-да/-де after a vowel or a voiced consonant, -та/-те after a
/// voiceless one; back or front by the last vowel): «қарашада» is «in November».
pub const MONTHS_KK_LOCATIVE: [&str; 12] = [
    "қаңтарда",
    "ақпанда",
    "наурызда",
    "сәуірде",
    "мамырда",
    "маусымда",
    "шілдеде",
    "тамызда",
    "қыркүйекте",
    "қазанда",
    "қарашада",
    "желтоқсанда",
];
pub const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Russian month stems that every case form starts with (январ: январь, января, январе);
/// May has two (мая, май), written as alternatives.
pub const MONTH_STEMS_RU: [&str; 12] = [
    "январ",
    "феврал",
    "март",
    "апрел",
    "мая|май",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
];

/// Russian month prefixes short enough to cover every case form and the usual
/// abbreviations (янв., дек.), for typography to bind a number to.
pub const MONTH_PREFIXES_RU: &[&str] = &[
    "янв", "фев", "мар", "апр", "мая", "май", "мае", "маю", "июн", "июл", "авг", "сен", "окт",
    "ноя", "дек",
];

fn month_index(date: Date) -> usize {
    (date.month() as usize).clamp(1, 12) - 1
}

/// The date inside running text: «28 ноября 2026 года», "28 November 2026", and in Kazakh
/// as `kazakh` says: «2026 жылғы 28 қараша», «2026 жылғы 28 қарашада» or «28 қараша 2026 ж.».
/// No-break spaces keep day and month, and year and its word, together.
pub fn in_text(date: Date, lang: Language, kazakh: KazakhDateStyle) -> String {
    let (d, y) = (date.day(), date.year());
    let m = month_index(date);
    match lang {
        Language::Ru => format!("{d}\u{a0}{} {y}\u{a0}года", MONTHS_RU_GENITIVE[m]),
        Language::Kk => match kazakh {
            KazakhDateStyle::YearFirst => format!("{y}\u{a0}жылғы {d}\u{a0}{}", MONTHS_KK[m]),
            KazakhDateStyle::YearFirstLocative => {
                format!("{y}\u{a0}жылғы {d}\u{a0}{}", MONTHS_KK_LOCATIVE[m])
            }
            KazakhDateStyle::DayFirst => format!("{d}\u{a0}{} {y}\u{a0}ж.", MONTHS_KK[m]),
        },
        Language::En => format!("{d}\u{a0}{} {y}", MONTHS_EN[m]),
    }
}

/// Day and month only, as an agency dateline gives them: «28 ноября», «28 қараша»,
/// "28 November".
pub fn day_and_month(date: Date, lang: Language) -> String {
    let d = date.day();
    let m = month_index(date);
    match lang {
        Language::Ru => format!("{d}\u{a0}{}", MONTHS_RU_GENITIVE[m]),
        Language::Kk => format!("{d}\u{a0}{}", MONTHS_KK[m]),
        Language::En => format!("{d}\u{a0}{}", MONTHS_EN[m]),
    }
}

/// The date on the dateline: «28 ноября 2026 г.», "28 November 2026", and in Kazakh
/// «2026 ж. 28 қараша» or, day first, «28 қараша 2026 ж.».
pub fn on_dateline(date: Date, lang: Language, kazakh: KazakhDateStyle) -> String {
    let (d, y) = (date.day(), date.year());
    let m = month_index(date);
    match lang {
        Language::Ru => format!("{d}\u{a0}{} {y}\u{a0}г.", MONTHS_RU_GENITIVE[m]),
        Language::Kk => match kazakh {
            KazakhDateStyle::YearFirst | KazakhDateStyle::YearFirstLocative => {
                format!("{y}\u{a0}ж. {d}\u{a0}{}", MONTHS_KK[m])
            }
            KazakhDateStyle::DayFirst => format!("{d}\u{a0}{} {y}\u{a0}ж.", MONTHS_KK[m]),
        },
        Language::En => format!("{d}\u{a0}{} {y}", MONTHS_EN[m]),
    }
}

/// An embargo notice with date, time and time zone, in capitals where the language's
/// newsrooms expect them: «ЭМБАРГО ДО 10:00 28 ноября 2026 г. (UTC+05:00)». The date is
/// written as on the dateline.
pub fn embargo_notice(at: &Zoned, lang: Language, kazakh: KazakhDateStyle) -> String {
    let date = at.date();
    let time = format!("{:02}:{:02}", at.hour(), at.minute());
    let offset = at.offset();
    let seconds = offset.seconds();
    let sign = if seconds < 0 { '−' } else { '+' };
    let zone = format!(
        "UTC{sign}{:02}:{:02}",
        seconds.abs() / 3600,
        seconds.abs() % 3600 / 60
    );
    let date = on_dateline(date, lang, kazakh);
    match lang {
        Language::Ru => format!("ЭМБАРГО ДО {time} {date} ({zone})"),
        Language::Kk => format!("{date} {time} ({zone}) ДЕЙІН ЭМБАРГО"),
        Language::En => format!("EMBARGOED UNTIL {time} {date} ({zone})"),
    }
}

/// Parses a date typed in a form: `2026-11-28` or `28.11.2026`.
pub fn parse_typed(text: &str) -> Option<Date> {
    let text = text.trim();
    if let Ok(date) = text.parse::<Date>() {
        return Some(date);
    }
    if text.chars().any(super::is_letter) {
        return parse_written(text);
    }
    let mut parts = text.split('.');
    let day: i8 = parts.next()?.trim().parse().ok()?;
    let month: i8 = parts.next()?.trim().parse().ok()?;
    let year: i16 = parts.next()?.trim().parse().ok()?;
    if parts.next().is_some() {
        return None;
    }
    Date::new(year, month, day).ok()
}

/// The month a word names, in any of the three languages and in any case: «декабря»,
/// «декабрь», «желтоқсан», «желтоқсанда», "December", "Dec".
pub fn month_of_word(word: &str) -> Option<i8> {
    static INITIALS: LazyLock<super::Initials> =
        LazyLock::new(|| super::Initials::of(&[&MONTH_STEMS_RU, &MONTHS_KK, &MONTHS_EN]));
    let word = word.trim_matches(|c: char| !super::is_letter(c));
    // Only a word that starts as a month does can be one: most words of a text end here,
    // before being put in small letters.
    if !INITIALS.may_begin(word) {
        return None;
    }
    let word = super::in_small_letters(word);
    // Fewer than three letters name no month.
    word.chars().nth(2)?;
    // The word begins with the month («декабря»), or is the start of it («дек»).
    let position = |table: &[&str]| {
        table.iter().position(|m| {
            super::strip_prefix_any_case(&word, m).is_some() || {
                let mut name = m.chars().flat_map(char::to_lowercase);
                word.chars().all(|c| name.next() == Some(c))
            }
        })
    };
    // Russian «мая»/«май» share no stem with the table's «ма»; the stems cover the rest.
    let russian_may = ["май", "мая", "мае", "маю"].contains(&word.as_ref());
    let found = if russian_may {
        Some(4)
    } else {
        position(&MONTH_STEMS_RU)
            .or_else(|| position(&MONTHS_KK))
            .or_else(|| position(&MONTHS_EN))
    };
    found.and_then(|i| i8::try_from(i + 1).ok())
}

/// A date written out with the month's name, as people type it: «5 декабря 2026», «5
/// декабря 2026 г.», «2026 жылғы 5 желтоқсан», «5 желтоқсан 2026 ж.», "5 December 2026",
/// "December 5, 2026".
fn parse_written(text: &str) -> Option<Date> {
    let mut day = None;
    let mut month = None;
    let mut year = None;
    for word in text.split(|c: char| c.is_whitespace() || c == ',') {
        let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
        if !digits.is_empty()
            && word.len() > digits.len()
            && word[digits.len()..].starts_with(['–', '—', '-'])
        {
            // «3–5 декабря»: a run of days, for `parse_span`.
            return None;
        }
        if !digits.is_empty() {
            let value: i16 = digits.parse().ok()?;
            if digits.len() == 4 {
                year = Some(value);
            } else if day.is_none() {
                day = Some(i8::try_from(value).ok()?);
            } else {
                return None;
            }
        } else if let Some(m) = month_of_word(word)
            && month.replace(m).is_some()
        {
            return None;
        }
        // Other words («года», «г.», «жылғы», «ж.») say nothing the date needs.
    }
    Date::new(year?, month?, day?).ok()
}

/// A date or a run of days as the forms show and files store it, whatever way it was
/// typed: `05.12.2026`, `03.12.2026–05.12.2026`.
pub fn span_for_form(span: DateSpan) -> String {
    let day = |d: Date| d.strftime("%d.%m.%Y").to_string();
    if span.start == span.end {
        day(span.start)
    } else {
        format!("{}–{}", day(span.start), day(span.end))
    }
}

/// A date or a run of days, as a visit over several days is dated: «3–5 декабря».
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateSpan {
    pub start: Date,
    pub end: Date,
}

/// Parses a date or a span typed in a form: everything [`parse_typed`] reads, and two
/// dates joined by a dash, the first of which may leave out what it shares with the
/// second: `03.12.2026–05.12.2026`, `3–5.12.2026`, `30.11–02.12.2026`, `2026-12-03 -
/// 2026-12-05`. A span that ends before it starts is not a span.
pub fn parse_span(text: &str) -> Option<DateSpan> {
    let text = text.trim();
    if let Some(date) = parse_typed(text) {
        return Some(DateSpan {
            start: date,
            end: date,
        });
    }
    for dash in ['–', '—', '-'] {
        for (at, _) in text.match_indices(dash) {
            let (left, right) = (text[..at].trim(), text[at + dash.len_utf8()..].trim());
            let Some(end) = parse_typed(right) else {
                continue;
            };
            let start = parse_typed(left).or_else(|| partial_before(left, end))?;
            return (start < end).then_some(DateSpan { start, end });
        }
    }
    None
}

/// The first date of a span typed without what it shares with the last: `3` or `30.11`.
fn partial_before(text: &str, end: Date) -> Option<Date> {
    let mut parts = text.trim_end_matches('.').split('.');
    let day: i8 = parts.next()?.trim().parse().ok()?;
    let month: i8 = match parts.next() {
        Some(month) => month.trim().parse().ok()?,
        None => end.month(),
    };
    if parts.next().is_some() {
        return None;
    }
    Date::new(end.year(), month, day).ok()
}

/// A span in running text: «3–5 декабря 2026 года», «30 ноября – 2 декабря 2026 года»;
/// «2026 жылғы 3–5 желтоқсан»; "3–5 December 2026". A one-day span is the date itself.
/// Years that differ are written with each date.
pub fn span_in_text(span: DateSpan, lang: Language, kazakh: KazakhDateStyle) -> String {
    let (start, end) = (span.start, span.end);
    if start == end {
        return in_text(start, lang, kazakh);
    }
    if start.year() != end.year() {
        let (a, b) = (in_text(start, lang, kazakh), in_text(end, lang, kazakh));
        return format!("{a} – {b}");
    }
    let whole = in_text(end, lang, kazakh);
    let end_day = format!("{}\u{a0}", end.day());
    // The day as a word of its own: «26 » must not be found inside «2026 ».
    let Some(at) = whole
        .match_indices(&end_day)
        .map(|(at, _)| at)
        .find(|&at| at == 0 || whole[..at].ends_with(' '))
    else {
        return whole;
    };
    let first = if start.month() == end.month() {
        // «3–5 декабря»: the run of days shares the month.
        format!("{}–", start.day())
    } else {
        // «30 ноября – 2 декабря»: each day with its month.
        format!("{} – ", day_and_month(start, lang))
    };
    format!("{}{first}{}", &whole[..at], &whole[at..])
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEFAULT: KazakhDateStyle = KazakhDateStyle::YearFirst;

    fn span(text: &str) -> DateSpan {
        parse_span(text).unwrap_or_else(|| panic!("{text} is a span"))
    }

    #[test]
    fn spans_are_read_as_people_type_them() {
        let december = |d| Date::new(2026, 12, d).unwrap();
        let three_to_five = DateSpan {
            start: december(3),
            end: december(5),
        };
        assert_eq!(span("03.12.2026–05.12.2026"), three_to_five);
        assert_eq!(span("3–5.12.2026"), three_to_five);
        assert_eq!(span("3-5.12.2026"), three_to_five);
        assert_eq!(span("2026-12-03 - 2026-12-05"), three_to_five);
        assert_eq!(
            span("30.11–02.12.2026").start,
            Date::new(2026, 11, 30).unwrap()
        );
        assert_eq!(
            span("2026-12-05"),
            DateSpan {
                start: december(5),
                end: december(5)
            }
        );
        assert!(parse_span("5–3.12.2026").is_none(), "ends before it starts");
        assert!(parse_span("скоро").is_none());
        assert!(parse_span("31.02–05.03.2026").is_none());
    }

    #[test]
    fn a_day_is_not_found_inside_the_year() {
        let days = span("24–26.12.2026");
        assert_eq!(
            span_in_text(days, Language::Kk, DEFAULT).replace('\u{a0}', " "),
            "2026 жылғы 24–26 желтоқсан"
        );
    }

    #[test]
    fn spans_are_written_per_language() {
        let plain = |s: String| s.replace('\u{a0}', " ");
        let days = span("3–5.12.2026");
        assert_eq!(
            plain(span_in_text(days, Language::Ru, DEFAULT)),
            "3–5 декабря 2026 года"
        );
        assert_eq!(
            plain(span_in_text(days, Language::Kk, DEFAULT)),
            "2026 жылғы 3–5 желтоқсан"
        );
        assert_eq!(
            plain(span_in_text(days, Language::En, DEFAULT)),
            "3–5 December 2026"
        );
        let across = span("30.11–2.12.2026");
        assert_eq!(
            plain(span_in_text(across, Language::Ru, DEFAULT)),
            "30 ноября – 2 декабря 2026 года"
        );
        assert_eq!(
            plain(span_in_text(across, Language::En, DEFAULT)),
            "30 November – 2 December 2026"
        );
        assert_eq!(
            plain(span_in_text(across, Language::Kk, DEFAULT)),
            "2026 жылғы 30 қараша – 2 желтоқсан"
        );
    }

    #[test]
    fn writes_dates_per_language() {
        let date = Date::new(2026, 11, 28).unwrap();
        assert_eq!(
            in_text(date, Language::Ru, DEFAULT),
            "28\u{a0}ноября 2026\u{a0}года"
        );
        assert_eq!(
            on_dateline(date, Language::Kk, DEFAULT),
            "2026\u{a0}ж. 28\u{a0}қараша"
        );
        assert_eq!(
            in_text(date, Language::Kk, DEFAULT),
            "2026\u{a0}жылғы 28\u{a0}қараша"
        );
        assert_eq!(
            in_text(date, Language::En, DEFAULT),
            "28\u{a0}November 2026"
        );
    }

    #[test]
    fn kazakh_dates_follow_the_chosen_style() {
        let date = Date::new(2026, 11, 28).unwrap();
        let written = |style| {
            (
                in_text(date, Language::Kk, style).replace('\u{a0}', " "),
                on_dateline(date, Language::Kk, style).replace('\u{a0}', " "),
            )
        };
        assert_eq!(
            written(KazakhDateStyle::YearFirstLocative),
            (
                "2026 жылғы 28 қарашада".to_string(),
                "2026 ж. 28 қараша".to_string()
            )
        );
        assert_eq!(
            written(KazakhDateStyle::DayFirst),
            (
                "28 қараша 2026 ж.".to_string(),
                "28 қараша 2026 ж.".to_string()
            )
        );
        // The style is Kazakh only.
        for style in KazakhDateStyle::ALL {
            assert_eq!(
                in_text(date, Language::Ru, style),
                in_text(date, Language::Ru, DEFAULT)
            );
            assert_eq!(
                on_dateline(date, Language::En, style),
                on_dateline(date, Language::En, DEFAULT)
            );
        }
    }

    #[test]
    fn kazakh_locative_endings_follow_vowel_harmony() {
        let in_month = |month| {
            let date = Date::new(2026, month, 1).unwrap();
            let text = in_text(date, Language::Kk, KazakhDateStyle::YearFirstLocative);
            text.rsplit('\u{a0}').next().unwrap().to_string()
        };
        assert_eq!(in_month(4), "сәуірде");
        assert_eq!(in_month(7), "шілдеде");
        assert_eq!(in_month(9), "қыркүйекте");
        assert_eq!(in_month(12), "желтоқсанда");
        for (month, locative) in MONTHS_KK_LOCATIVE.iter().enumerate() {
            assert!(locative.starts_with(MONTHS_KK[month]), "{locative}");
        }
    }

    #[test]
    fn the_style_is_stored_by_name_and_defaults_to_year_first() {
        assert_eq!(KazakhDateStyle::default(), KazakhDateStyle::YearFirst);
        let stored = ron::to_string(&KazakhDateStyle::DayFirst).unwrap();
        assert_eq!(stored, "r#day-first");
        assert_eq!(
            ron::from_str::<KazakhDateStyle>(&stored).unwrap(),
            KazakhDateStyle::DayFirst
        );
        assert_eq!(
            KazakhDateStyle::YearFirstLocative.example(),
            "2026\u{a0}жылғы 28\u{a0}қарашада"
        );
    }

    #[test]
    fn reads_both_typed_forms_and_rejects_impossible_dates() {
        let date = Date::new(2026, 10, 31).unwrap();
        assert_eq!(parse_typed("2026-10-31"), Some(date));
        assert_eq!(parse_typed(" 31.10.2026 "), Some(date));
        assert_eq!(parse_typed("31.11.2026"), None);
        assert_eq!(parse_typed("завтра"), None);
    }

    #[test]
    fn reads_dates_written_with_the_month_name_in_each_language() {
        let date = Date::new(2026, 12, 5).unwrap();
        for typed in [
            "5 декабря 2026",
            "5 декабря 2026 г.",
            "5 декабря 2026 года",
            "05 декабрь 2026",
            "5 желтоқсан 2026",
            "2026 жылғы 5 желтоқсан",
            "5 желтоқсан 2026 ж.",
            "5 December 2026",
            "December 5, 2026",
            "5 Dec 2026",
        ] {
            assert_eq!(parse_typed(typed), Some(date), "{typed}");
        }
        let may = Date::new(2026, 5, 25).unwrap();
        assert_eq!(parse_typed("25 мая 2026"), Some(may));
        assert_eq!(parse_typed("25 мамыр 2026"), Some(may));
        // A date that is not one, or that says two months, is not read.
        assert_eq!(parse_typed("31 ноября 2026"), None);
        assert_eq!(parse_typed("5 декабря"), None, "no year: which one?");
        assert_eq!(parse_typed("5 мая июня 2026"), None);
        // A run of days written out is read too.
        let span = parse_span("3–5 декабря 2026").map(|s| (s.start, s.end));
        assert_eq!(span, Some((Date::new(2026, 12, 3).unwrap(), date)));
    }

    #[test]
    fn embargo_names_time_and_zone() {
        let at: Zoned = "2026-12-01T10:00:00+05:00[Asia/Almaty]".parse().unwrap();
        assert_eq!(
            embargo_notice(&at, Language::Ru, DEFAULT),
            "ЭМБАРГО ДО 10:00 1\u{a0}декабря 2026\u{a0}г. (UTC+05:00)"
        );
        assert!(embargo_notice(&at, Language::Kk, DEFAULT).ends_with("ДЕЙІН ЭМБАРГО"));
        assert_eq!(
            embargo_notice(&at, Language::Kk, KazakhDateStyle::DayFirst),
            "1\u{a0}желтоқсан 2026\u{a0}ж. 10:00 (UTC+05:00) ДЕЙІН ЭМБАРГО"
        );
        assert!(embargo_notice(&at, Language::En, DEFAULT).starts_with("EMBARGOED UNTIL 10:00"));
    }
}
