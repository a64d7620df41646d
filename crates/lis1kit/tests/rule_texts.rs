//! The rule table in each language as the package's data modules
//! `rules-nb.js`, `rules-nn.js` and `rules-en.js` (committed in
//! `crates/lis1kit/rules/`, copied into the package by scripts/build.mjs),
//! written from `lis1_core::rules::RULES`, the one source of the rules.
//!
//! Why files and not the wasm: the summaries of 68 rules in three languages
//! are about 20 KB of text that only the rules page (`<lis1-rules>`) and a
//! result's rule-id titles show. In the wasm they would weigh on every page
//! with an element; as modules, `define-element.js` imports the one in the
//! element's language when it is first needed (a literal `import()`, so
//! bundlers emit it; no request beyond the package's own files).
//!
//! `UPDATE_RULES=1 cargo test -p lis1kit --test rule_texts` rewrites the
//! files; without it the test fails when a committed file differs from what
//! the table generates, so they cannot drift from rules.rs.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fmt::Write as _;
use std::path::PathBuf;

use lis1_core::rules::RULES;
use lis1_core::Lang;

/// A JS string literal (JSON's string syntax is valid JS).
fn js(text: &str) -> String {
    serde_json::to_string(text).unwrap()
}

/// The module of the rule table in `lang`.
fn module(lang: Lang) -> String {
    let code = lang.code();
    let mut out = String::new();
    let w = &mut out;
    writeln!(
        w,
        "// Generated from crates/lis1-core/src/rules.rs by `UPDATE_RULES=1 cargo test -p lis1kit --test rule_texts`."
    )
    .unwrap();
    writeln!(
        w,
        "// Do not edit. The rule table with its summaries in {code}: define-element.js imports it where rules are"
    )
    .unwrap();
    writeln!(w, "// shown (<lis1-rules>, a rule id's title in a result), so that no other page loads these texts.")
        .unwrap();
    writeln!(w, "export const RULES = [").unwrap();
    for rule in RULES {
        writeln!(
            w,
            "  {{ id: {}, section: {}, status: {}, summary: {}, source: {} }},",
            js(rule.id),
            rule.section,
            js(rule.status.word()),
            js(rule.summary.get(lang)),
            js(rule.source)
        )
        .unwrap();
    }
    writeln!(w, "];").unwrap();
    out
}

fn path(lang: Lang) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("rules").join(format!("rules-{}.js", lang.code()))
}

#[test]
fn the_rule_modules_are_generated_from_the_rule_table() {
    for lang in Lang::ALL {
        let (path, expected) = (path(lang), module(lang));
        if std::env::var_os("UPDATE_RULES").is_some_and(|v| v == "1") {
            std::fs::write(&path, &expected).unwrap();
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == expected,
            "{} differs from the rule table: run `UPDATE_RULES=1 cargo test -p lis1kit --test rule_texts` and commit",
            path.display()
        );
    }
}

#[test]
fn each_module_holds_every_rule_once_with_its_summary_in_that_language() {
    for lang in Lang::ALL {
        let text = module(lang);
        for rule in RULES {
            assert_eq!(text.matches(&format!("id: {},", js(rule.id))).count(), 1, "{} in {lang:?}", rule.id);
            assert!(text.contains(&js(rule.summary.get(lang))), "{} in {lang:?}", rule.id);
        }
        // S-1 in the language itself (del 1 is 12 months in spesialisthelsetjenesten, then 6 in the kommune).
        let s1 = match lang {
            Lang::Nb => "12 måneder i spesialisthelsetjenesten",
            Lang::Nn => "12 månader i spesialisthelsetenesta",
            Lang::En => "12 months in spesialisthelsetjenesten",
        };
        assert!(text.contains(s1), "{lang:?}");
    }
}
