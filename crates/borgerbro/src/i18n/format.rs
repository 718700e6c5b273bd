//! Dates and times as readers expect them in their language, always in Copenhagen time.

use jiff::civil::Date;

use super::Lang;
use crate::clock::in_denmark;

/// "23.11.2026 kl. 10.05" in Danish, "23 November 2026, 10:05" in English: a moment on a
/// list (sent, opened, answered), in Danish time. Ukrainian and Turkish write the day
/// with dots and a 24-hour clock; Arabic writes it day/month/year, in Western digits as
/// Danish authorities and most Arabic readers in Denmark use.
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
        Lang::Uk | Lang::Tr => at.strftime("%d.%m.%Y %H:%M").to_string(),
        Lang::Ar => at.strftime("%d/%m/%Y %H:%M").to_string(),
    }
}

/// "10.20" in Danish, "10:20" in the other languages: a time of day in Danish time.
pub fn clock_time(lang: Lang, ms: i64) -> String {
    let Some(at) = in_denmark(ms) else {
        return String::new();
    };
    match lang {
        Lang::Da => at.strftime("%H.%M").to_string(),
        Lang::En | Lang::Ar | Lang::Uk | Lang::Tr => at.strftime("%H:%M").to_string(),
    }
}

/// The mark between a number's whole part and its decimals.
pub(crate) fn decimal_mark(lang: Lang) -> char {
    match lang {
        Lang::Da | Lang::Uk | Lang::Tr => ',',
        Lang::En | Lang::Ar => '.',
    }
}

/// The mark between each three digits of a large number. Ukrainian groups with a space
/// that never breaks a number over two lines.
fn group_separator(lang: Lang) -> char {
    match lang {
        Lang::Da | Lang::Tr => '.',
        Lang::En | Lang::Ar => ',',
        Lang::Uk => '\u{a0}',
    }
}

/// A number with one decimal as the reader writes it: "1,2" in Danish, "1.2" in English.
pub fn decimal(lang: Lang, value: f64) -> String {
    format!("{value:.1}").replace('.', decimal_mark(lang).encode_utf8(&mut [0; 4]))
}

/// "marts 2026": the month a day is in, with its year.
pub fn month_year(lang: Lang, date: Date) -> String {
    format!(
        "{} {}",
        lang.t(&format!("month-alone-{}", date.month())),
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
    let separator = group_separator(lang);
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

/// A share from 0 to 1 as a percentage with one decimal: "12,5 %" in Danish, "12.5%" in
/// English, "%12,5" in Turkish.
pub fn percent(lang: Lang, share: f64) -> String {
    let number = decimal(lang, share * 100.0);
    match lang {
        Lang::Da => format!("{number} %"),
        Lang::Uk => format!("{number}\u{a0}%"),
        Lang::En | Lang::Ar => format!("{number}%"),
        Lang::Tr => format!("%{number}"),
    }
}

/// Kroner as the reader writes them, whole: "-1.234.567 kr." in Danish, "DKK -1,234,567"
/// in English (and Arabic, whose readers in Denmark know the code), "-1 234 567 kr." in
/// Ukrainian and "-1.234.567 DKK" in Turkish.
pub fn kroner(lang: Lang, value: f64) -> String {
    let rounded = value.round();
    let sign = if rounded < 0.0 { "-" } else { "" };
    let amount = whole(lang, rounded.abs() as u64);
    match lang {
        Lang::Da | Lang::Uk => format!("{sign}{amount} kr."),
        Lang::En | Lang::Ar => format!("DKK {sign}{amount}"),
        Lang::Tr => format!("{sign}{amount} DKK"),
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
        assert_eq!(whole(Lang::Uk, 12_345), "12\u{a0}345");
        assert_eq!(whole(Lang::Tr, 12_345), "12.345");
        assert_eq!(percent(Lang::Tr, 0.125), "%12,5");
        assert_eq!(decimal(Lang::Ar, 1.25), "1.2");
    }

    #[test]
    fn moments_in_the_newer_languages_use_their_own_order_and_western_digits() {
        assert_eq!(format_date(Lang::Uk, 1_795_424_700_000), "23.11.2026 10:05");
        assert_eq!(format_date(Lang::Tr, 1_795_424_700_000), "23.11.2026 10:05");
        assert_eq!(format_date(Lang::Ar, 1_795_424_700_000), "23/11/2026 10:05");
    }
}
