//! Dates and times as readers expect them in their language, always in Copenhagen time.

use jiff::civil::Date;

use super::Lang;
use crate::clock::in_denmark;

/// "23.11.2026 kl. 10.05" in Danish, "23 November 2026, 10:05" in English: a moment on a
/// list (sent, opened, answered), in Danish time.
pub fn format_date(lang: Lang, ms: i64) -> String {
    let Some(at) = in_denmark(ms) else {
        return String::new();
    };
    match lang {
        Lang::Da => at.strftime("%d.%m.%Y kl. %H.%M").to_string(),
        Lang::En => format!(
            "{} {} {}, {}",
            at.day(),
            lang.t(&format!("month-{}", at.month())),
            at.year(),
            at.strftime("%H:%M")
        ),
    }
}

/// "10.20" in Danish, "10:20" in English: a time of day in Danish time.
pub fn clock_time(lang: Lang, ms: i64) -> String {
    let Some(at) = in_denmark(ms) else {
        return String::new();
    };
    match lang {
        Lang::Da => at.strftime("%H.%M").to_string(),
        Lang::En => at.strftime("%H:%M").to_string(),
    }
}

/// A number with one decimal as the reader writes it: "1,2" in Danish, "1.2" in English.
pub fn decimal(lang: Lang, value: f64) -> String {
    let text = format!("{value:.1}");
    match lang {
        Lang::Da => text.replace('.', ","),
        Lang::En => text,
    }
}

/// "marts 2026": the month a day is in, with its year.
pub fn month_year(lang: Lang, date: Date) -> String {
    format!(
        "{} {}",
        lang.t(&format!("month-{}", date.month())),
        date.year()
    )
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
    fn moments_are_shown_in_danish_time_as_each_language_writes_them() {
        // 2026-11-23 09:05 UTC is 10:05 in Copenhagen (winter time).
        assert_eq!(
            format_date(Lang::Da, 1_795_424_700_000),
            "23.11.2026 kl. 10.05"
        );
        assert_eq!(
            format_date(Lang::En, 1_795_424_700_000),
            "23 November 2026, 10:05"
        );
        // Summer time: 2026-07-01 10:00 UTC is 12:00.
        assert_eq!(
            format_date(Lang::Da, 1_782_900_000_000),
            "01.07.2026 kl. 12.00"
        );
        assert_eq!(clock_time(Lang::Da, 1_782_900_000_000), "12.00");
        assert_eq!(clock_time(Lang::En, 1_782_900_000_000), "12:00");
    }
}

/// A whole number with the reader's thousands separator: "12.345" in Danish, "12,345" in
/// English.
pub fn whole(lang: Lang, value: u64) -> String {
    let digits = value.to_string();
    let separator = match lang {
        Lang::Da => '.',
        Lang::En => ',',
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

/// A share from 0 to 1 as a percentage with one decimal: "12,5 %" in Danish, "12.5%" in
/// English.
pub fn percent(lang: Lang, share: f64) -> String {
    let number = decimal(lang, share * 100.0);
    match lang {
        Lang::Da => format!("{number} %"),
        Lang::En => format!("{number}%"),
    }
}

/// Kroner as the reader writes them, whole: "-1.234.567 kr." in Danish, "DKK -1,234,567"
/// in English.
pub fn kroner(lang: Lang, value: f64) -> String {
    let rounded = value.round();
    let sign = if rounded < 0.0 { "-" } else { "" };
    let amount = whole(lang, rounded.abs() as u64);
    match lang {
        Lang::Da => format!("{sign}{amount} kr."),
        Lang::En => format!("DKK {sign}{amount}"),
    }
}

#[cfg(test)]
mod number_tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_and_shares_written_as_readers_write_them() {
        assert_eq!(whole(Lang::Da, 0), "0");
        assert_eq!(whole(Lang::Da, 999), "999");
        assert_eq!(whole(Lang::Da, 1234), "1.234");
        assert_eq!(whole(Lang::En, 12_345_678), "12,345,678");
        assert_eq!(percent(Lang::Da, 0.125), "12,5 %");
        assert_eq!(percent(Lang::En, 0.125), "12.5%");
        assert_eq!(kroner(Lang::Da, -1_234_567.4), "-1.234.567 kr.");
        assert_eq!(kroner(Lang::En, 1_500.0), "DKK 1,500");
    }
}
