//! Message languages. Language selects texts only, never numbers.

use serde::{Deserialize, Serialize};

/// A message language: Norwegian Bokmål, Norwegian Nynorsk or English.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "schema", schemars(transform = crate::schema::lang))]
pub enum Lang {
    /// Bokmål, the default.
    #[default]
    Nb,
    /// Nynorsk.
    Nn,
    /// English.
    En,
}

impl Lang {
    /// All languages, in catalogue order.
    pub const ALL: [Lang; 3] = [Lang::Nb, Lang::Nn, Lang::En];

    /// Their codes, as a `lang` field accepts them (the field tables' `Kind::Code`).
    pub const CODES: &'static [&'static str] = &["nb", "nn", "en"];

    /// The language code as used in `lang` inputs and HTML `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::En => "en",
        }
    }

    /// Parses an exact language code (`nb`, `nn`, `en`).
    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Picks a language from an HTML `lang` value such as `nb-NO`, `no`,
    /// `nn` or `en-GB`. Unknown or empty values give `None`, so the caller
    /// can fall back to the next ancestor or the default.
    pub fn from_html_lang(value: &str) -> Option<Lang> {
        let primary = value.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "nb" | "no" => Some(Lang::Nb),
            "nn" => Some(Lang::Nn),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_lang_values_map_to_catalogue_languages() {
        assert_eq!(Lang::from_html_lang("nb-NO"), Some(Lang::Nb));
        assert_eq!(Lang::from_html_lang("no"), Some(Lang::Nb));
        assert_eq!(Lang::from_html_lang("NN"), Some(Lang::Nn));
        assert_eq!(Lang::from_html_lang("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_html_lang("sv"), None);
        assert_eq!(Lang::from_html_lang(""), None);
    }

    #[test]
    fn exact_codes_only_for_inputs() {
        assert_eq!(Lang::parse("nn"), Some(Lang::Nn));
        assert_eq!(Lang::parse("nb-NO"), None);
    }
}
