//! Message definitions: one code, an optional rule id, three languages.
//!
//! Every user-visible string of lis1kit is a [`MessageDef`]. Parameters are
//! written `{name}` in the texts and filled by [`MessageDef::render`]. The
//! struct has one field per language, so a message without a translation does
//! not compile; [`check_catalogue`] additionally checks that no text is empty
//! and that all three languages use the same parameters.

use crate::Lang;

/// One catalogue entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MessageDef {
    /// Stable machine-readable code, e.g. `date.invalid`. Part of the API.
    pub code: &'static str,
    /// Rule id this message reports on (docs/rules.md), if any.
    pub rule: Option<&'static str>,
    /// Norwegian Bokmål.
    pub nb: &'static str,
    /// Norwegian Nynorsk.
    pub nn: &'static str,
    /// English.
    pub en: &'static str,
}

impl MessageDef {
    /// The raw template in `lang`.
    pub fn template(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nb => self.nb,
            Lang::Nn => self.nn,
            Lang::En => self.en,
        }
    }

    /// The text in `lang` with `{name}` placeholders replaced from `params`.
    /// A placeholder without a parameter is left as written, so a missing
    /// parameter is visible rather than silently blank. A parameter that is
    /// a calendar date (`2025-09-04`) reads as people write dates:
    /// `4. september 2025` in nb/nn, `4 September 2025` in en — the same as the
    /// results — so no message shows an ISO date.
    pub fn render(&self, lang: Lang, params: &[(&str, String)]) -> String {
        let mut out = String::with_capacity(self.template(lang).len() + 16);
        let mut rest = self.template(lang);
        while let Some(open) = rest.find('{') {
            let (before, after) = rest.split_at(open);
            out.push_str(before);
            match after.find('}') {
                Some(close) => {
                    let name = after.get(1..close).unwrap_or_default();
                    match params.iter().find(|(k, _)| *k == name) {
                        Some((_, value)) => match crate::date::parse(value) {
                            Ok(date) => out.push_str(&crate::date::display(date, lang)),
                            Err(_) => out.push_str(value),
                        },
                        None => out.push_str(after.get(..=close).unwrap_or_default()),
                    }
                    rest = after.get(close + 1..).unwrap_or_default();
                }
                None => {
                    out.push_str(after);
                    rest = "";
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// Names of the `{name}` placeholders of one template, sorted.
    pub fn placeholders(template: &str) -> Vec<&str> {
        let mut names = Vec::new();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            let after = rest.get(open + 1..).unwrap_or_default();
            match after.find('}') {
                Some(close) => {
                    names.push(after.get(..close).unwrap_or_default());
                    rest = after.get(close + 1..).unwrap_or_default();
                }
                None => break,
            }
        }
        names.sort_unstable();
        names.dedup();
        names
    }
}

/// Checks a catalogue: unique codes, no empty text in any language, the same
/// placeholders in nb, nn and en, and rule ids that exist in [`crate::rules`].
/// Returns every problem found, so one test run lists them all.
pub fn check_catalogue(messages: &[&MessageDef]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut codes: Vec<&str> = messages.iter().map(|m| m.code).collect();
    codes.sort_unstable();
    for pair in codes.windows(2) {
        if let [a, b] = pair {
            if a == b {
                problems.push(format!("duplicate code {a}"));
            }
        }
    }
    for m in messages {
        for lang in Lang::ALL {
            if m.template(lang).trim().is_empty() {
                problems.push(format!("{}: empty {} text", m.code, lang.code()));
            }
        }
        let nb = MessageDef::placeholders(m.nb);
        if MessageDef::placeholders(m.nn) != nb || MessageDef::placeholders(m.en) != nb {
            problems.push(format!("{}: placeholders differ between languages", m.code));
        }
        if let Some(rule) = m.rule {
            if crate::rules::find(rule).is_none() {
                problems.push(format!("{}: unknown rule id {rule}", m.code));
            }
        }
    }
    problems
}

/// Declares catalogue texts one line each — `NAME "code" rule, "nb", "nn", "en";` — as
/// `pub static NAME: MessageDef`, and `ALL`, every text of the invocation in order.
#[macro_export]
macro_rules! texts {
    ($($name:ident $code:literal $rule:expr, $nb:literal, $nn:literal, $en:literal;)*) => {
        $(
            #[doc = concat!("`", $code, "`.")]
            pub static $name: $crate::MessageDef =
                $crate::MessageDef { code: $code, rule: $rule, nb: $nb, nn: $nn, en: $en };
        )*
        /// Every text of this file.
        pub static ALL: &[&$crate::MessageDef] = &[$(&$name),*];
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    static SAMPLE: MessageDef = MessageDef {
        code: "sample",
        rule: Some("S-4"),
        nb: "{field} må være mellom {min} og {max}",
        nn: "{field} må vere mellom {min} og {max}",
        en: "{field} must be between {min} and {max}",
    };

    #[test]
    fn render_fills_every_placeholder() {
        let text = SAMPLE.render(Lang::En, &[("field", "percent".into()), ("min", "1".into()), ("max", "100".into())]);
        assert_eq!(text, "percent must be between 1 and 100");
    }

    #[test]
    fn render_writes_date_parameters_as_people_read_them() {
        // 2025-09-04 is a Thursday in September; nb/nn "4. september 2025", en "4 September 2025".
        let between = |lang| {
            SAMPLE.render(lang, &[("field", "x".into()), ("min", "2025-09-04".into()), ("max", "2025-13-01".into())])
        };
        assert_eq!(between(Lang::Nb), "x må være mellom 4. september 2025 og 2025-13-01");
        assert_eq!(between(Lang::En), "x must be between 4 September 2025 and 2025-13-01");
    }

    #[test]
    fn render_keeps_a_placeholder_without_parameter_visible() {
        assert_eq!(SAMPLE.render(Lang::Nn, &[]), "{field} må vere mellom {min} og {max}");
    }

    #[test]
    fn check_catalogue_reports_mismatched_placeholders_and_unknown_rules() {
        let bad = MessageDef { code: "bad", rule: Some("Z-9"), nb: "{a}", nn: "{b}", en: "" };
        let problems = check_catalogue(&[&bad, &bad]);
        assert!(problems.contains(&"duplicate code bad".to_string()));
        assert!(problems.contains(&"bad: empty en text".to_string()));
        assert!(problems.contains(&"bad: placeholders differ between languages".to_string()));
        assert!(problems.contains(&"bad: unknown rule id Z-9".to_string()));
    }
}
