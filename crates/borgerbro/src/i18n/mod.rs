//! Languages and the Fluent files. No user-facing text lives outside `locales/`.

pub(crate) mod format;

pub use format::{clock_time, decimal, format_date, kroner, long_date, month_year, percent, whole};

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "da",
        // Unicode isolation marks around values confuse screen readers and tests alike.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The languages Borgerbro speaks. Danish is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Da,
    En,
}

/// The cookie that remembers a chosen language.
pub(crate) const LANG_COOKIE: &str = "bb_lang";

impl Lang {
    pub(crate) const ALL: [Lang; 2] = [Lang::Da, Lang::En];

    pub(crate) fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
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
        }
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
