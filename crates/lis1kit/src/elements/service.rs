//! `<lis1-remaining-service>` and `<lis1-absence-check>`: the service form
//! with the remaining-service or the absence view (`lis1_service::view`).

use super::form_element::{read_issues, run_with, FormKind};

/// `<lis1-remaining-service>`.
pub static REMAINING: FormKind = FormKind {
    presets_follow: &[],
    title: None,
    takes: None,
    kind: "service",
    attributes: &[],
    run: |input, ctx| run_with(input, ctx, lis1_service::remaining_service, lis1_service::view::remaining),
    pictures: super::view::Pictures { timeline: Some(super::timeline::draw), bars: None },
    read_issues: read_issues::<lis1_service::ServiceInput>,
};
/// `<lis1-absence-check>`.
pub static ABSENCE: FormKind = FormKind {
    presets_follow: &[],
    title: Some(&lis1_service::view::texts::ABSENCE_TITLE),
    takes: None,
    kind: "service",
    attributes: &[],
    run: |input, ctx| {
        run_with(input, ctx, lis1_service::check_absence, |_, r, lang| lis1_service::view::absence(r, lang))
    },
    pictures: super::view::Pictures { timeline: Some(super::timeline::draw), bars: None },
    read_issues: read_issues::<lis1_service::ServiceInput>,
};
