//! Languages and the Fluent files. No user-facing text lives outside `locales/`.

pub(crate) mod format;

pub(crate) use format::decimal_mark;
pub use format::{clock_time, decimal, format_date, kroner, long_date, month_year, percent, whole};

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "da",
        // Unicode isolation marks around values confuse screen readers and tests alike,
        // except in a right-to-left language: there a value that runs left to right (a
        // phone number, a name in Latin letters) must be isolated, or "89 40 20 00"
        // shows as "00 20 40 89".
        customise: |bundle| {
            let right_to_left = bundle
                .locales
                .first()
                .and_then(|locale| Lang::from_code(locale.language.as_str()))
                .is_some_and(|lang| lang.direction() == Direction::RightToLeft);
            bundle.set_use_isolating(right_to_left)
        },
    };
}

/// The languages Borgerbro speaks: Danish (the default and the source of every text),
/// English, and the languages many newcomers read best: Arabic, Ukrainian and Turkish.
/// In the API a language is its code ("da", "ar").
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Deserialize, serde::Serialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Da,
    En,
    Ar,
    Uk,
    Tr,
}

/// Which way a language's lines run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

/// The first line of every Fluent file of a language a native speaker has reviewed; the
/// others say "no" (`tests/consistency.rs` holds every file to one or the other).
const REVIEWED_YES: &str = "# Reviewed by a native speaker: yes";

/// The cookie that remembers a language chosen in this browser.
pub(crate) const LANG_COOKIE: &str = "bb_lang";

/// How the logged-in person chose to read (on "Min side", at the front desk or through
/// the API), handed to the pages as a request extension: their language opens their
/// pages after login unless this browser has chosen another; large print makes the
/// pages' text larger; easy-read puts the short version and "Læs op" first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ReaderChoices {
    pub(crate) language: Lang,
    pub(crate) easy_read: bool,
    pub(crate) large_print: bool,
}

impl Lang {
    pub(crate) const ALL: [Lang; 5] = [Lang::Da, Lang::En, Lang::Ar, Lang::Uk, Lang::Tr];

    pub(crate) fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Uk => "uk",
            Lang::Tr => "tr",
        }
    }

    pub(crate) fn direction(self) -> Direction {
        match self {
            Lang::Ar => Direction::RightToLeft,
            Lang::Da | Lang::En | Lang::Uk | Lang::Tr => Direction::LeftToRight,
        }
    }

    /// The value of an HTML `dir` attribute for a passage in this language.
    pub(crate) fn dir(self) -> &'static str {
        match self.direction() {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }

    pub(crate) fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The first language of an Accept-Language header that Borgerbro speaks.
    pub(crate) fn from_accept_language(header: &str) -> Lang {
        header
            .split(',')
            .filter_map(|part| part.split(';').next())
            .filter_map(|tag| tag.trim().split('-').next())
            .find_map(|primary| Lang::from_code(&primary.to_ascii_lowercase()))
            .unwrap_or_default()
    }

    fn id(self) -> LanguageIdentifier {
        match self {
            Lang::Da => fluent_templates::langid!("da"),
            Lang::En => fluent_templates::langid!("en"),
            Lang::Ar => fluent_templates::langid!("ar"),
            Lang::Uk => fluent_templates::langid!("uk"),
            Lang::Tr => fluent_templates::langid!("tr"),
        }
    }

    /// Whether a native speaker has reviewed this language's texts, as its Fluent files
    /// say on their first line; `None` for Danish, the source every text is written in.
    pub(crate) fn reviewed(self) -> Option<bool> {
        let main = match self {
            Lang::Da => return None,
            Lang::En => include_str!("../../locales/en/main.ftl"),
            Lang::Ar => include_str!("../../locales/ar/main.ftl"),
            Lang::Uk => include_str!("../../locales/uk/main.ftl"),
            Lang::Tr => include_str!("../../locales/tr/main.ftl"),
        };
        Some(main.starts_with(REVIEWED_YES))
    }

    /// The text for `key` in this language.
    pub(crate) fn t(self, key: &str) -> String {
        LOCALES.lookup(&self.id(), key)
    }

    /// The text for `key`, or `None` where the key names something open-ended (a
    /// language code, say) that has no text of its own.
    pub(crate) fn try_t(self, key: &str) -> Option<String> {
        LOCALES.try_lookup(&self.id(), key)
    }

    /// The text for `key` with named values filled in.
    pub(crate) fn t_args(self, key: &str, args: &[(&'static str, String)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), FluentValue::from(value.clone())))
            .collect();
        LOCALES.lookup_with_args(&self.id(), key, &args)
    }

    /// The text for `key` with `$count` as a number, for plural forms.
    pub(crate) fn t_count(self, key: &str, count: usize) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> =
            HashMap::from([(Cow::Borrowed("count"), FluentValue::from(count))]);
        LOCALES.lookup_with_args(&self.id(), key, &args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_first_known_language() {
        assert_eq!(Lang::from_accept_language("en-GB,en;q=0.9"), Lang::En);
        assert_eq!(Lang::from_accept_language("fr-FR, en;q=0.5"), Lang::En);
        assert_eq!(Lang::from_accept_language("de"), Lang::Da);
        assert_eq!(Lang::from_accept_language(""), Lang::Da);
        assert_eq!(Lang::from_accept_language("uk-UA,ru;q=0.8"), Lang::Uk);
        assert_eq!(Lang::from_accept_language("ar-SY"), Lang::Ar);
    }

    #[test]
    fn no_translation_claims_a_review_it_has_not_had() {
        assert_eq!(Lang::Da.reviewed(), None);
        for lang in [Lang::En, Lang::Ar, Lang::Uk, Lang::Tr] {
            assert_eq!(lang.reviewed(), Some(false), "{lang:?}");
        }
    }

    #[test]
    fn texts_come_from_the_fluent_files() {
        assert_eq!(Lang::Da.t("help-link"), "Få hjælp");
        assert_eq!(Lang::En.t("help-link"), "Get help");
    }

    #[test]
    fn counts_pick_singular_or_plural() {
        assert_eq!(
            Lang::Da.t_count("print-marked", 1),
            "Brevet er markeret som sendt."
        );
        assert_eq!(
            Lang::Da.t_count("print-marked", 3),
            "3 breve er markeret som sendt."
        );
    }
}
