//! Portal calendar checks (B-40, draft § 12): the application deadline is at
//! least 2 weeks after the advertisement; the reply deadline after the first
//! offer round is at least 3 working days; the acceptance mark is hidden 1
//! week before the start date.
//!
//! Interpretations (returned as assumptions): "2 weeks" = 14 calendar days
//! from the advertisement day; the 3 working days are counted from the day
//! after the first offer (Norwegian working days, `lis1_core::calendar`).

use lis1_core::calendar::add_working_days;
use lis1_core::date::{self, format, Date};
use lis1_core::input::sort_by_path;
use lis1_core::read::{self, Source};
use lis1_core::shape::{field, Check, Kind, Shape};
use lis1_core::{Assumption, ErrorKind, Issue, Lang, Lis1Error, Pointer, Warning};
use serde::{Deserialize, Serialize};
use time::Duration;

use crate::messages as m;
use crate::round::parse_round;
use crate::{Reason, ReasonKind};

/// Calendar days from advertisement to the earliest application deadline.
pub const APPLICATION_DAYS: i64 = 14;
/// Working days from the first offer to the earliest reply deadline.
pub const REPLY_WORKING_DAYS: u32 = 3;
/// Days before the start from which the acceptance mark is hidden.
pub const HIDDEN_DAYS_BEFORE_START: i64 = 7;

/// What `check_portal` takes.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PortalInput {
    /// LIS1 start of the round (B-2).
    #[cfg_attr(feature = "schema", schemars(transform = lis1_core::schema::date))]
    pub round: String,
    /// Day the positions are advertised.
    #[cfg_attr(feature = "schema", schemars(transform = lis1_core::schema::date))]
    pub advertised: String,
    /// Application deadline.
    #[cfg_attr(feature = "schema", schemars(transform = lis1_core::schema::date))]
    pub application_deadline: String,
    /// Day of the first offer round.
    #[cfg_attr(feature = "schema", schemars(transform = lis1_core::schema::date))]
    pub first_offer: Option<String>,
    /// Reply deadline after the first offer round.
    #[cfg_attr(feature = "schema", schemars(transform = lis1_core::schema::date))]
    pub reply_deadline: Option<String>,
    /// Day from which the acceptance mark is hidden, if planned.
    #[cfg_attr(feature = "schema", schemars(transform = lis1_core::schema::date))]
    pub acceptance_hidden_from: Option<String>,
    /// Message language.
    pub lang: Option<Lang>,
}

/// What `check_portal` returns.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PortalResult {
    /// One item per B-40 check.
    pub checks: Vec<Reason>,
    /// Advertisement + 14 days.
    pub earliest_application_deadline: String,
    /// First offer + 3 working days, if the first offer is given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub earliest_reply_deadline: Option<String>,
    /// Start − 7 days.
    pub acceptance_hidden_from: String,
    /// Warnings.
    pub warnings: Vec<Warning>,
    /// Interpretations used.
    pub assumptions: Vec<Assumption>,
}

/// `PortalInput`.
pub static PORTAL_INPUT: Shape = Shape {
    fields: &[
        field("round", Kind::Checked(crate::round::valid_round), true),
        field("advertised", Kind::Date, true),
        field("applicationDeadline", Kind::Date, true),
        field("firstOffer", Kind::Date, false),
        field("replyDeadline", Kind::Date, false),
        field("acceptanceHiddenFrom", Kind::Date, false),
        field("lang", Kind::Code(lis1_core::Lang::CODES), false),
    ],
};

impl PortalInput {
    /// Reads a portal calendar from `source` in one pass, or every
    /// structural issue (in `lang`); leaf values are checked by
    /// [`PortalInput::check_fields`].
    pub fn read<S: Source>(source: &S, lang: Lang) -> Result<Self, Vec<Issue>> {
        read::read(source, &PORTAL_INPUT, lang, |o| PortalInput {
            round: o.text("round").unwrap_or_default(),
            advertised: o.text("advertised").unwrap_or_default(),
            application_deadline: o.text("applicationDeadline").unwrap_or_default(),
            first_offer: o.text("firstOffer"),
            reply_deadline: o.text("replyDeadline"),
            acceptance_hidden_from: o.text("acceptanceHiddenFrom"),
            lang: o.lang("lang"),
        })
    }

    /// Every leaf value's issue (the dates, the round's day B-2), by the
    /// field table.
    pub fn check_fields(&self, lang: Lang) -> Vec<Issue> {
        let mut issues = Vec::new();
        let mut c = Check::root(lang, &PORTAL_INPUT, &mut issues);
        c.text("round", Some(&self.round));
        c.text("advertised", Some(&self.advertised));
        c.text("applicationDeadline", Some(&self.application_deadline));
        c.text("firstOffer", self.first_offer.as_deref());
        c.text("replyDeadline", self.reply_deadline.as_deref());
        c.text("acceptanceHiddenFrom", self.acceptance_hidden_from.as_deref());
        issues
    }
}

fn parse(value: Option<&String>) -> Option<Date> {
    value.and_then(|v| date::parse(v).ok())
}

/// Every input problem, with paths, sorted: field formats, then order
/// (deadline before the start, first offer after the deadline, a reply
/// deadline needs a first offer).
pub fn validate_portal(input: &PortalInput) -> Vec<Issue> {
    let lang = input.lang.unwrap_or_default();
    let mut issues = input.check_fields(lang);
    let root = Pointer::root();
    let start = parse_round(&input.round);
    let deadline = date::parse(&input.application_deadline).ok();
    if let (Some(start), Some(deadline)) = (start, deadline) {
        if deadline >= start {
            let params = [("field", String::from("round")), ("value", format(start)), ("after", format(deadline))];
            issues.push(Issue::new(lang, &m::PORTAL_ORDER, &root.key("round"), &params));
        }
    }
    if let (Some(offer), Some(deadline)) = (parse(input.first_offer.as_ref()), deadline) {
        if offer <= deadline {
            let params = [("field", String::from("firstOffer")), ("value", format(offer)), ("after", format(deadline))];
            issues.push(Issue::new(lang, &m::PORTAL_ORDER, &root.key("firstOffer"), &params));
        }
    }
    if input.reply_deadline.is_some() && input.first_offer.is_none() {
        issues.push(Issue::new(
            lang,
            &lis1_core::messages::INPUT_MISSING,
            &root.key("firstOffer"),
            &[("field", String::from("firstOffer"))],
        ));
    }
    sort_by_path(&mut issues);
    issues
}

/// Checks a round's portal calendar against B-40.
pub fn check_portal(input: &PortalInput) -> Result<PortalResult, Lis1Error> {
    let issues = validate_portal(input);
    let lang = input.lang.unwrap_or_default();
    let dates =
        (parse_round(&input.round), date::parse(&input.advertised).ok(), date::parse(&input.application_deadline).ok());
    let (Some(start), Some(advertised), Some(deadline)) = dates else {
        return Err(Lis1Error::new(ErrorKind::InvalidInput, issues));
    };
    if !issues.is_empty() {
        return Err(Lis1Error::new(ErrorKind::InvalidInput, issues));
    }
    let mut checks = Vec::new();
    let mut check = |met: bool, def: &lis1_core::MessageDef, params: &[(&str, String)]| {
        checks.push(Reason { rule: "B-40", met, kind: ReasonKind::Condition, message: def.render(lang, params) });
    };

    // Dates are within 1900..=2200 (strict parsing), so these never saturate.
    let earliest = advertised.saturating_add(Duration::days(APPLICATION_DAYS));
    let params = [("deadline", format(deadline)), ("advertised", format(advertised)), ("earliest", format(earliest))];
    check(deadline >= earliest, &m::B40_DEADLINE, &params);

    let offer = parse(input.first_offer.as_ref());
    let earliest_reply = offer.map(|o| add_working_days(o, REPLY_WORKING_DAYS));
    if let (Some(offer), Some(reply), Some(earliest)) = (offer, parse(input.reply_deadline.as_ref()), earliest_reply) {
        let params = [("reply", format(reply)), ("offer", format(offer)), ("earliest", format(earliest))];
        check(reply >= earliest, &m::B40_REPLY, &params);
    }

    let hidden = start.saturating_sub(Duration::days(HIDDEN_DAYS_BEFORE_START));
    match parse(input.acceptance_hidden_from.as_ref()) {
        Some(given) => {
            let params = [("given", format(given)), ("start", format(start)), ("hiddenFrom", format(hidden))];
            check(given <= hidden, &m::B40_HIDDEN_GIVEN, &params);
        }
        None => check(true, &m::B40_HIDDEN, &[("start", format(start)), ("hiddenFrom", format(hidden))]),
    }

    Ok(PortalResult {
        checks,
        earliest_application_deadline: format(earliest),
        earliest_reply_deadline: earliest_reply.map(format),
        acceptance_hidden_from: format(hidden),
        warnings: Vec::new(),
        assumptions: vec![
            Assumption::new(
                lang,
                &m::B_40_APPLICATION,
                "applicationWeeks",
                "14-calendar-days-from-advertisement",
                None,
            ),
            Assumption::new(lang, &m::B_40_REPLY, "replyWorkingDaysFrom", "working-day-after-first-offer", None),
        ],
    })
}
