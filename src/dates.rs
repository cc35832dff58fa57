//! Dates as each language writes them in a release.

use jiff::ZonedDateTime as Zoned;
use jiff::civil::Date;

use crate::language::Language;

const RU_GENITIVE: [&str; 12] = [
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
const KK: [&str; 12] = [
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
const EN: [&str; 12] = [
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

fn month_index(date: Date) -> usize {
    (date.month() as usize).clamp(1, 12) - 1
}

/// The date inside running text: «28 ноября 2026 года», «2026 жылғы 28 қараша»,
/// "28 November 2026". No-break spaces keep day and month together.
pub fn in_text(date: Date, lang: Language) -> String {
    let (d, y) = (date.day(), date.year());
    let m = month_index(date);
    match lang {
        Language::Ru => format!("{d}\u{a0}{} {y}\u{a0}года", RU_GENITIVE[m]),
        Language::Kk => format!("{y}\u{a0}жылғы {d}\u{a0}{}", KK[m]),
        Language::En => format!("{d}\u{a0}{} {y}", EN[m]),
    }
}

/// The date on the dateline: «28 ноября 2026 г.», «2026 ж. 28 қараша», "28 November 2026".
pub fn on_dateline(date: Date, lang: Language) -> String {
    let (d, y) = (date.day(), date.year());
    let m = month_index(date);
    match lang {
        Language::Ru => format!("{d}\u{a0}{} {y}\u{a0}г.", RU_GENITIVE[m]),
        Language::Kk => format!("{y}\u{a0}ж. {d}\u{a0}{}", KK[m]),
        Language::En => format!("{d}\u{a0}{} {y}", EN[m]),
    }
}

/// An embargo notice with date, time and time zone, in capitals where the language's
/// newsrooms expect them: «ЭМБАРГО ДО 10:00 28 ноября 2026 г. (UTC+05:00)».
pub fn embargo_notice(at: &Zoned, lang: Language) -> String {
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
    match lang {
        Language::Ru => format!("ЭМБАРГО ДО {time} {} ({zone})", on_dateline(date, lang)),
        Language::Kk => format!("{} {time} ({zone}) ДЕЙІН ЭМБАРГО", on_dateline(date, lang)),
        Language::En => format!(
            "EMBARGOED UNTIL {time} {} ({zone})",
            on_dateline(date, lang)
        ),
    }
}

/// Parses a date typed in a form: `2026-11-28` or `28.11.2026`.
pub fn parse_typed(text: &str) -> Option<Date> {
    let text = text.trim();
    if let Ok(date) = text.parse::<Date>() {
        return Some(date);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_dates_per_language() {
        let date = Date::new(2026, 11, 28).unwrap();
        assert_eq!(in_text(date, Language::Ru), "28\u{a0}ноября 2026\u{a0}года");
        assert_eq!(
            on_dateline(date, Language::Kk),
            "2026\u{a0}ж. 28\u{a0}қараша"
        );
        assert_eq!(in_text(date, Language::En), "28\u{a0}November 2026");
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
    fn embargo_names_time_and_zone() {
        let at: Zoned = "2026-12-01T10:00:00+05:00[Asia/Almaty]".parse().unwrap();
        assert_eq!(
            embargo_notice(&at, Language::Ru),
            "ЭМБАРГО ДО 10:00 1\u{a0}декабря 2026\u{a0}г. (UTC+05:00)"
        );
        assert!(embargo_notice(&at, Language::Kk).ends_with("ДЕЙІН ЭМБАРГО"));
        assert!(embargo_notice(&at, Language::En).starts_with("EMBARGOED UNTIL 10:00"));
    }
}
