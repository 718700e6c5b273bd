//! Dates and times as Danish readers expect them: Copenhagen time, day before month.

use jiff::tz::TimeZone;
use jiff::Timestamp;

/// "23.11.2026 kl. 10:05" in Danish time; numbers read the same in every language.
pub fn format_date(ms: i64) -> String {
    let Ok(at) = Timestamp::from_millisecond(ms) else {
        return String::new();
    };
    let tz = TimeZone::get("Europe/Copenhagen").unwrap_or(TimeZone::UTC);
    at.to_zoned(tz).strftime("%d.%m.%Y kl. %H:%M").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_shown_in_danish_time() {
        // 2026-11-23 09:05 UTC is 10:05 in Copenhagen (winter time).
        assert_eq!(format_date(1_795_424_700_000), "23.11.2026 kl. 10:05");
        // Summer time: 2026-07-01 10:00 UTC is 12:00.
        assert_eq!(format_date(1_782_900_000_000), "01.07.2026 kl. 12:00");
    }
}
