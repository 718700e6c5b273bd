//! Dates and times as Danish readers expect them: Copenhagen time, day before month.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;

use super::Lang;

/// "23.11.2026 kl. 10:05" in Danish time; numbers read the same in every language.
pub fn format_date(ms: i64) -> String {
    let Ok(at) = Timestamp::from_millisecond(ms) else {
        return String::new();
    };
    let tz = TimeZone::get("Europe/Copenhagen").unwrap_or(TimeZone::UTC);
    at.to_zoned(tz).strftime("%d.%m.%Y kl. %H:%M").to_string()
}

/// A number with one decimal as the reader writes it: "1,2" in Danish, "1.2" in English.
pub fn decimal(lang: Lang, value: f64) -> String {
    let text = format!("{value:.1}");
    match lang {
        Lang::Da => text.replace('.', ","),
        Lang::En => text,
    }
}

/// "fredag den 12. december 2026": a date as people say it, in their language.
pub fn long_date(lang: Lang, date: Date) -> String {
    let weekday = lang.t(&format!(
        "weekday-{}",
        date.weekday().to_monday_one_offset()
    ));
    let month = lang.t(&format!("month-{}", date.month()));
    lang.t_args(
        "date-long",
        &[
            ("weekday", weekday),
            ("day", date.day().to_string()),
            ("month", month),
            ("year", date.year().to_string()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_said_in_words() {
        let date = jiff::civil::date(2026, 12, 11);
        assert_eq!(long_date(Lang::Da, date), "fredag den 11. december 2026");
        assert_eq!(long_date(Lang::En, date), "Friday 11 December 2026");
    }

    #[test]
    fn dates_are_shown_in_danish_time() {
        // 2026-11-23 09:05 UTC is 10:05 in Copenhagen (winter time).
        assert_eq!(format_date(1_795_424_700_000), "23.11.2026 kl. 10:05");
        // Summer time: 2026-07-01 10:00 UTC is 12:00.
        assert_eq!(format_date(1_782_900_000_000), "01.07.2026 kl. 12:00");
    }
}
