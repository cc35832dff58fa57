//! Reading what people type into number and date-time fields, with errors they can act on.

use jiff::ZonedDateTime as Zoned;
use jiff::civil::{DateTime, Time};
use rust_decimal::Decimal;

use crate::language::dates;

/// Numbers as people type them are read by the core (release files read them the same
/// way); the form shows the matching message for each error.
pub use crate::language::units::{NumberError, parse_decimal as decimal};

/// A decimal as the form shows it: with the decimal comma used in ru and kk documents.
pub fn decimal_for_form(value: Decimal) -> String {
    value.to_string().replace('.', ",")
}

/// An embargo moment: `28.11.2026 10:00` or `2026-11-28 10:00`, in the computer's time
/// zone (the press office's own).
pub fn embargo(text: &str) -> Option<Zoned> {
    let text = text.trim();
    let (date, time) = text.rsplit_once(' ')?;
    let date = dates::parse_typed(date)?;
    let (hour, minute) = time.trim().split_once(':')?;
    let time = Time::new(hour.parse().ok()?, minute.parse().ok()?, 0, 0).ok()?;
    DateTime::from_parts(date, time)
        .to_zoned_datetime(jiff::tz::TimeZone::system())
        .ok()
}

pub fn embargo_for_form(at: &Zoned) -> String {
    at.strftime("%d.%m.%Y %H:%M").to_string()
}

pub fn date_for_form(date: jiff::civil::Date) -> String {
    date.strftime("%d.%m.%Y").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn reads_decimal_comma_point_and_grouping() {
        let d = |s| Decimal::from_str(s).unwrap();
        assert_eq!(decimal("148,9"), Ok(d("148.9")));
        assert_eq!(decimal("60.09"), Ok(d("60.09")));
        assert_eq!(decimal("1 234,5"), Ok(d("1234.5")));
        assert_eq!(decimal("1\u{202f}234"), Ok(d("1234")));
        assert_eq!(decimal("−5"), Ok(d("-5")));
    }

    #[test]
    fn explains_what_is_wrong() {
        assert_eq!(decimal("  "), Err(NumberError::Empty));
        assert_eq!(decimal("1,234.5"), Err(NumberError::AmbiguousSeparators));
        assert_eq!(decimal("148 млн"), Err(NumberError::NotANumber));
    }

    #[test]
    fn form_shows_decimal_comma_and_keeps_places() {
        assert_eq!(decimal_for_form(decimal("60.09").unwrap()), "60,09");
    }

    #[test]
    fn reads_embargo_in_both_date_forms() {
        let a = embargo("28.11.2026 10:00").unwrap();
        let b = embargo("2026-11-28 10:00").unwrap();
        assert_eq!(a, b);
        assert_eq!(embargo_for_form(&a), "28.11.2026 10:00");
        assert!(embargo("28.11.2026").is_none());
        assert!(embargo("31.11.2026 10:00").is_none());
        assert!(embargo("28.11.2026 25:00").is_none());
    }
}
