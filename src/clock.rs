//! Today's date and the time where the user is.
//!
//! `jiff::ZonedDateTime::now()` names the system's time zone: on Linux it follows the
//! `/etc/localtime` link and looks the name up in a database it builds by walking the whole
//! zoneinfo folder (about 600 files), which cost a command-line export a millisecond or two
//! of its ~20. A release needs the local date and wall-clock time, not the zone's name, so
//! where the system says its zone by that one file, it is read alone.

use jiff::tz::TimeZone;
use jiff::{Timestamp, ZonedDateTime};

/// The current moment in the system's time zone.
pub fn now() -> ZonedDateTime {
    match local_zone_file() {
        Some(zone) => Timestamp::now().to_zoned_datetime(zone),
        None => ZonedDateTime::now(),
    }
}

/// Today's date in the system's time zone.
pub fn today() -> jiff::civil::Date {
    now().date()
}

/// The zone `/etc/localtime` describes, when nothing else chooses one: a `TZ` variable
/// (a name, a rule or a file) is left to jiff, which reads it as the C library does.
#[cfg(unix)]
fn local_zone_file() -> Option<TimeZone> {
    if std::env::var_os("TZ").is_some() {
        return None;
    }
    let data = std::fs::read("/etc/localtime").ok()?;
    TimeZone::tzif("localtime", &data).ok()
}

/// Windows says its zone through the system's own calls, which jiff makes without a walk.
#[cfg(not(unix))]
fn local_zone_file() -> Option<TimeZone> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_local_date_and_offset_are_the_systems() {
        // Two readings of the clock can straddle midnight or a change of offset: retry once.
        let agree = || {
            let (ours, jiffs) = (now(), ZonedDateTime::now());
            ours.date() == jiffs.date() && ours.offset() == jiffs.offset()
        };
        assert!(
            agree() || agree(),
            "{:?} vs {:?}",
            now(),
            ZonedDateTime::now()
        );
    }
}
