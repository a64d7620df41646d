//! `docs/rules.md`, the project's rules page, generated from the rule
//! catalogue (`lis1_core::rules`): every rule id with an anchor
//! (`docs/rules.md#A-O6`), its status, summary and source, then the date
//! conventions and the worked examples.
//!
//! The page is the developers' reference, in English like the rest of the
//! docs; each rule's bokmål summary stands beside the English one, because
//! the rules are Norwegian and a reviewer from the health administration
//! checks them in Norwegian. The nynorsk summaries are on the site's rules
//! page (`www/regler.html?lang=nn`); all three come from the same row.
//!
//! `UPDATE_DOCS=1 cargo test -p lis1-core --test rules_page` rewrites the
//! file; without it the test fails when the committed file differs from what
//! the catalogue generates, so the page cannot drift from the code.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fmt::Write as _;
use std::path::PathBuf;

use lis1_core::rules::{Status, DATE_CONVENTIONS, RULES, SECTIONS, SOURCE_NAMES, WORKED_EXAMPLES};

const STATUSES: [Status; 8] = [
    Status::Law,
    Status::Practice,
    Status::Proposal,
    Status::Open,
    Status::Rejected,
    Status::Model,
    Status::Planning,
    Status::Parameter,
];

/// A table cell: `|` would end the cell, a line break the row.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn page() -> String {
    let mut out = String::new();
    let w = &mut out;
    writeln!(w, "<!-- Generated from crates/lis1-core/src/rules.rs by `UPDATE_DOCS=1 cargo test -p lis1-core --test rules_page`. Do not edit by hand. -->").unwrap();
    writeln!(w, "# LIS1 rules\n").unwrap();
    writeln!(
        w,
        "The rules lis1kit computes, each with an id, its status and where it comes from. Code, tests, results and"
    )
    .unwrap();
    writeln!(
        w,
        "messages cite these ids (`S-2`, `A-3`, `C-7`, …); link to a rule as `docs/rules.md#S-2`. The site shows the"
    )
    .unwrap();
    writeln!(
        w,
        "same table with `<lis1-rules>` (`www/regler.html`) in the reader's language: bokmål, nynorsk or English. Here"
    )
    .unwrap();
    writeln!(w, "each rule is in English with its bokmål text beside it.\n").unwrap();
    writeln!(w, "Where a rule is *open*, every result says which option it used (`assumptions`, with the rule id).\n")
        .unwrap();

    writeln!(w, "## <a id=\"status-words\"></a>Status words\n").unwrap();
    writeln!(w, "| status | meaning |\n|---|---|").unwrap();
    for status in STATUSES {
        writeln!(w, "| {} | {} |", status.word(), cell(status.meaning())).unwrap();
    }
    writeln!(w, "\n## <a id=\"sources\"></a>Sources\n").unwrap();
    for (name, what) in SOURCE_NAMES {
        writeln!(w, "- **{name}**: {what}").unwrap();
    }

    for (number, title) in SECTIONS {
        writeln!(w, "\n## <a id=\"section-{number}\"></a>{number}. {title}\n").unwrap();
        writeln!(w, "| id | status | rule | regel (bokmål) | source |\n|---|---|---|---|---|").unwrap();
        for rule in RULES.iter().filter(|r| r.section == *number) {
            let id = rule.id;
            let (status, en, nb, source) =
                (rule.status.word(), cell(rule.summary.en), cell(rule.summary.nb), cell(rule.source));
            writeln!(w, "| <a id=\"{id}\"></a>{id} | {status} | {en} | {nb} | {source} |").unwrap();
        }
        if *number == 1 {
            writeln!(w, "\n### <a id=\"date-conventions\"></a>Date and time conventions\n").unwrap();
            for line in DATE_CONVENTIONS {
                writeln!(w, "- {line}").unwrap();
            }
        }
    }

    writeln!(w, "\n## <a id=\"worked-examples\"></a>Worked examples\n").unwrap();
    for (i, example) in WORKED_EXAMPLES.iter().enumerate() {
        let n = i + 1;
        writeln!(w, "{n}. <a id=\"example-{n}\"></a>{example}").unwrap();
    }
    out
}

#[test]
fn every_rule_is_in_one_section() {
    for rule in RULES {
        assert!(SECTIONS.iter().any(|(n, _)| *n == rule.section), "{} has section {}", rule.id, rule.section);
    }
}

#[test]
fn the_page_has_one_anchor_per_rule_id() {
    let page = page();
    for rule in RULES {
        let anchor = format!("<a id=\"{}\"></a>", rule.id);
        assert_eq!(page.matches(&anchor).count(), 1, "{}", rule.id);
    }
}

#[test]
fn docs_rules_md_is_generated_from_the_catalogue() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules.md");
    let expected = page();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &expected).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == expected,
        "docs/rules.md differs from the rule catalogue: run `UPDATE_DOCS=1 cargo test -p lis1-core --test rules_page`"
    );
}
