//! A round's bound positions split between the specialties and across RHFs
//! (B-30), and the national total when ordinary positions are converted
//! (B-31).
//!
//! - B-30: 31 bound positions per round (62 a year). Explicit allocations must
//!   sum to the round's positions plus any declared self-financed extras.
//! - Default split (no allocations given): the later rounds' possible **equal
//!   split between two groups**, allmennmedisin and psykiatri (psykiatri
//!   including BUP: one group): 31 = 15 + 16. Which group gets the odd
//!   position the sources do not say: option `oddPositionTo` (default
//!   `psykiatri`, as the first round went to psykiatri/BUP), returned as an
//!   assumption whenever the split is odd. `specialties` narrows the round to
//!   one group (the first round: all 31 to psykiatri/BUP; the second: all to
//!   allmennmedisin).
//! - RHFs: the seed gives **no equal split across RHFs** (geography follows
//!   need, "omtrentlig fordeling … regelmessige justeringer"), so the RHF
//!   split is the user's input (`byRhf`), e.g. the first round's proposal
//!   [`FIRST_ROUND_SPLIT`] (Nord 3, Midt-Norge 6, Vest 6, Sør-Øst 16). It is
//!   never computed; without it `byRhf` is empty. The cells of an RHF ×
//!   specialty table are not computed either: `allocations` in the result are
//!   the ones given.
//! - B-31: converting ordinary positions to bound ones keeps the national
//!   total (1150 a year after the 200 new positions, 950 before); only
//!   self-financed extras add to it.

use lis1_core::input::sort_by_path;
use lis1_core::number_text::js as number;
use lis1_core::read::{self, Obj, Source};
use lis1_core::shape::{self, echo, field, Check, Kind, Problem, Shape};
use lis1_core::{Assumption, ErrorKind, Issue, Lang, Lis1Error, Pointer, Warning};
use serde::{Deserialize, Serialize};

use crate::applicant::Specialty;
use crate::input::{duplicate_codes, SPECIALTIES};
use crate::kommuner::{Rhf, RHF_CODES};
use crate::messages as m;

/// Bound positions per round (B-30).
pub const POSITIONS_PER_ROUND: u32 = 31;
/// Rounds per year (B-2).
pub const ROUNDS_PER_YEAR: u32 = 2;
/// National LIS1 positions per year after the 200 new ones (B-31: 950 → 1150).
pub const NATIONAL_TOTAL_PER_YEAR: u32 = 1150;
/// National LIS1 positions per year before the 200 new ones (B-31).
pub const NATIONAL_TOTAL_BEFORE: u32 = 950;
/// The first round's proposed RHF split (B-30, start 1 Sep 2022, psykiatri/BUP):
/// an example of `byRhf`, never a default.
pub const FIRST_ROUND_SPLIT: [(Rhf, u32); 4] =
    [(Rhf::HelseNord, 3), (Rhf::HelseMidtNorge, 6), (Rhf::HelseVest, 6), (Rhf::HelseSorOst, 16)];
/// The order RHFs are listed in `byRhf` of the result: largest share of
/// [`FIRST_ROUND_SPLIT`] first, ties alphabetical by code.
pub const RHF_ORDER: [Rhf; 4] = [Rhf::HelseSorOst, Rhf::HelseMidtNorge, Rhf::HelseVest, Rhf::HelseNord];
/// The two groups of the later rounds' equal split (B-30): allmennmedisin,
/// and psykiatri including BUP.
pub const GROUPS: &[&str] = &["allmennmedisin", "psykiatri"];
/// Default of `oddPositionTo` (B-30: no rounding rule given; the first round
/// went to psykiatri/BUP).
pub const ODD_POSITION_DEFAULT: &str = "psykiatri";
/// Largest count accepted in any field.
pub const MAX_COUNT: f64 = 100_000.0;
/// Row limits of the lists (read only to one row past them): each RHF and
/// specialty at most once (duplicates are an issue), so at most one cell per
/// RHF × specialty.
pub const MAX_RHFS: usize = RHF_CODES.len();
/// See [`MAX_RHFS`].
pub const MAX_SPECIALTIES: usize = SPECIALTIES.len();
/// See [`MAX_RHFS`].
pub const MAX_ALLOCATIONS: usize = MAX_RHFS * MAX_SPECIALTIES;

/// The group of a specialty in the equal split (B-30): BUP belongs to psykiatri.
pub fn group_of(specialty: Specialty) -> &'static str {
    match specialty {
        Specialty::Allmennmedisin => "allmennmedisin",
        Specialty::Psykiatri | Specialty::Bup => "psykiatri",
    }
}

/// What `distribute` takes.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DistributionInput {
    /// LIS1 start of the round (B-2), optional.
    #[cfg_attr(feature = "schema", schemars(transform = lis1_core::schema::date))]
    pub round: Option<String>,
    /// Bound positions of the round; default 31 (B-30).
    #[cfg_attr(feature = "schema", schemars(extend("minimum" = 0, "maximum" = MAX_COUNT, "multipleOf" = 1)))]
    pub positions: Option<f64>,
    /// Declared self-financed (employer-funded) extra positions; default 0.
    #[cfg_attr(feature = "schema", schemars(extend("minimum" = 0, "maximum" = MAX_COUNT, "multipleOf" = 1)))]
    pub self_financed_extra: Option<f64>,
    /// An explicit split by RHF and specialty to check; without it the split
    /// between the specialties is computed (B-30). At most one cell per RHF
    /// and specialty ([`MAX_ALLOCATIONS`]).
    #[serde(default, deserialize_with = "lis1_core::input::capped_optional_rows::<_, _, MAX_ALLOCATIONS>")]
    #[cfg_attr(feature = "schema", schemars(extend("maxItems" = MAX_ALLOCATIONS)))]
    pub allocations: Option<Vec<Allocation>>,
    /// The round's split across RHFs, the user's own (B-30 gives no equal
    /// split across RHFs), e.g. the first round's proposal: Nord 3,
    /// Midt-Norge 6, Vest 6, Sør-Øst 16. Sums to the positions (+ extras);
    /// each RHF once. Not together with `allocations`.
    #[serde(default, deserialize_with = "lis1_core::input::capped_optional_rows::<_, _, MAX_RHFS>")]
    #[cfg_attr(feature = "schema", schemars(extend("maxItems" = MAX_RHFS)))]
    pub by_rhf: Option<Vec<RhfShare>>,
    /// Specialties that share the round; default all three. Psykiatri and BUP
    /// are one group (B-30), so `["psykiatri"]` gives the whole round to
    /// psykiatri/BUP.
    #[serde(default, deserialize_with = "lis1_core::input::capped_optional_rows::<_, _, MAX_SPECIALTIES>")]
    #[cfg_attr(feature = "schema", schemars(extend("items" = {"type": "string", "enum": SPECIALTIES}, "maxItems" = MAX_SPECIALTIES)))]
    pub specialties: Option<Vec<String>>,
    /// Which group gets the odd position of an odd round split between
    /// allmennmedisin and psykiatri (B-30, no rounding rule given); default
    /// `psykiatri`.
    #[cfg_attr(feature = "schema", schemars(extend("enum" = GROUPS)))]
    pub odd_position_to: Option<String>,
    /// National LIS1 positions per year; default 1150 (B-31).
    #[cfg_attr(feature = "schema", schemars(extend("minimum" = 0, "maximum" = MAX_COUNT, "multipleOf" = 1)))]
    pub national_total: Option<f64>,
    /// Bound positions per year; default positions × 2 rounds.
    #[cfg_attr(feature = "schema", schemars(extend("minimum" = 0, "maximum" = MAX_COUNT, "multipleOf" = 1)))]
    pub bound_per_year: Option<f64>,
    /// Message language.
    pub lang: Option<Lang>,
}

/// One cell of a split.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Allocation {
    /// RHF code (`helse-nord`, ...).
    #[cfg_attr(feature = "schema", schemars(extend("enum" = RHF_CODES)))]
    pub rhf: String,
    /// Specialty (`allmennmedisin`, `psykiatri`, `bup`).
    #[cfg_attr(feature = "schema", schemars(extend("enum" = SPECIALTIES)))]
    pub specialty: String,
    /// Positions.
    #[cfg_attr(feature = "schema", schemars(extend("minimum" = 0, "maximum" = MAX_COUNT, "multipleOf" = 1)))]
    pub count: f64,
}

/// One RHF's share of a round, as the user gives it (`byRhf`).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RhfShare {
    /// RHF code (`helse-nord`, ...).
    #[cfg_attr(feature = "schema", schemars(extend("enum" = RHF_CODES)))]
    pub rhf: String,
    /// Positions.
    #[cfg_attr(feature = "schema", schemars(extend("minimum" = 0, "maximum" = MAX_COUNT, "multipleOf" = 1)))]
    pub count: f64,
}

/// One cell of the resulting split.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cell {
    /// RHF.
    pub rhf: Rhf,
    /// Specialty code.
    pub specialty: &'static str,
    /// Positions.
    pub count: u32,
}

/// Positions per RHF.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RhfCount {
    /// RHF.
    pub rhf: Rhf,
    /// Positions.
    pub count: u32,
}

/// Positions per group of the split between the specialties (B-30).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroupCount {
    /// `allmennmedisin`, or `psykiatri` (including BUP).
    #[cfg_attr(feature = "schema", schemars(extend("enum" = GROUPS)))]
    pub group: &'static str,
    /// Positions.
    pub count: u32,
}

/// National totals per year (B-31).
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct National {
    /// National LIS1 positions per year (unchanged by conversion).
    pub total: u32,
    /// Ordinary positions: total − bound.
    pub ordinary: u32,
    /// Bound positions per year.
    pub bound: u32,
    /// Self-financed extras of this round, outside the national total.
    pub self_financed_extra: u32,
    /// Localised summary.
    pub message: String,
}

/// What `distribute` returns.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Distribution {
    /// The round, if given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub round: Option<String>,
    /// Bound positions of the round (B-30).
    pub positions: u32,
    /// Declared self-financed extras.
    pub self_financed_extra: u32,
    /// positions + selfFinancedExtra.
    pub total: u32,
    /// The cells by RHF and specialty: those given in `allocations`; empty
    /// when none were given (no cell split is computed).
    pub allocations: Vec<Cell>,
    /// Sum per group: allmennmedisin, and psykiatri including BUP (B-30);
    /// computed (15/16 of 31 by default) when no allocations are given.
    pub by_group: Vec<GroupCount>,
    /// Sum per RHF, from the allocations or the given `byRhf`; empty when
    /// neither was given (no RHF split is computed).
    pub by_rhf: Vec<RhfCount>,
    /// National totals (B-31).
    pub national: National,
    /// Warnings.
    pub warnings: Vec<Warning>,
    /// Assumptions (which group gets the odd position).
    pub assumptions: Vec<Assumption>,
}

/// A whole, non-negative count up to [`MAX_COUNT`] (`count.range`).
pub fn count(value: f64) -> Result<(), Problem> {
    shape::finite(value)?;
    if (0.0..=MAX_COUNT).contains(&value) && value.fract() == 0.0 {
        Ok(())
    } else {
        Err(Problem::new(&m::COUNT_RANGE, vec![("got", number(value)), ("max", number(MAX_COUNT))]))
    }
}

/// `DistributionInput`.
pub static DISTRIBUTION_INPUT: Shape = Shape {
    fields: &[
        field("round", Kind::Checked(crate::round::valid_round), false),
        field("positions", Kind::Number(count), false),
        field("selfFinancedExtra", Kind::Number(count), false),
        field("allocations", Kind::List { of: &ALLOCATION, max: MAX_ALLOCATIONS }, false),
        field("byRhf", Kind::List { of: &RHF_SHARE, max: MAX_RHFS }, false),
        field("specialties", Kind::Codes { allowed: SPECIALTIES, max: MAX_SPECIALTIES }, false),
        field("oddPositionTo", Kind::Code(GROUPS), false),
        field("nationalTotal", Kind::Number(count), false),
        field("boundPerYear", Kind::Number(count), false),
        field("lang", Kind::Code(lis1_core::Lang::CODES), false),
    ],
};

/// One cell of a split ([`Allocation`]).
pub static ALLOCATION: Shape = Shape {
    fields: &[
        field("rhf", Kind::Code(RHF_CODES), true),
        field("specialty", Kind::Code(SPECIALTIES), true),
        field("count", Kind::Number(count), true),
    ],
};

/// One RHF's share ([`RhfShare`]).
pub static RHF_SHARE: Shape =
    Shape { fields: &[field("rhf", Kind::Code(RHF_CODES), true), field("count", Kind::Number(count), true)] };

impl DistributionInput {
    /// Reads a distribution input from `source` in one pass, or every
    /// structural issue (in `lang`); leaf values are checked by
    /// [`DistributionInput::check_fields`].
    pub fn read<S: Source>(source: &S, lang: Lang) -> Result<Self, Vec<Issue>> {
        read::read(source, &DISTRIBUTION_INPUT, lang, |o| DistributionInput {
            round: o.text("round"),
            positions: o.number("positions"),
            self_financed_extra: o.number("selfFinancedExtra"),
            allocations: o.list("allocations", read_allocation),
            by_rhf: o.list("byRhf", |r| RhfShare {
                rhf: r.text("rhf").unwrap_or_default(),
                count: r.number("count").unwrap_or_default(),
            }),
            specialties: o.codes("specialties"),
            odd_position_to: o.text("oddPositionTo"),
            national_total: o.number("nationalTotal"),
            bound_per_year: o.number("boundPerYear"),
            lang: o.lang("lang"),
        })
    }

    /// Every leaf value's issue (codes, counts, list lengths, the round's
    /// day B-2), by the field tables.
    pub fn check_fields(&self, lang: Lang) -> Vec<Issue> {
        let mut issues = Vec::new();
        let mut c = Check::root(lang, &DISTRIBUTION_INPUT, &mut issues);
        c.text("round", self.round.as_deref());
        c.number("positions", self.positions);
        c.number("selfFinancedExtra", self.self_financed_extra);
        c.list("allocations", self.allocations.as_deref().unwrap_or_default(), |c, a| {
            c.text("rhf", Some(&a.rhf));
            c.text("specialty", Some(&a.specialty));
            c.number("count", Some(a.count));
        });
        c.list("byRhf", self.by_rhf.as_deref().unwrap_or_default(), |c, r| {
            c.text("rhf", Some(&r.rhf));
            c.number("count", Some(r.count));
        });
        c.codes("specialties", self.specialties.as_deref());
        c.text("oddPositionTo", self.odd_position_to.as_deref());
        c.number("nationalTotal", self.national_total);
        c.number("boundPerYear", self.bound_per_year);
        issues
    }
}

fn read_allocation<S: Source>(o: &mut Obj<'_, S>) -> Allocation {
    Allocation {
        rhf: o.text("rhf").unwrap_or_default(),
        specialty: o.text("specialty").unwrap_or_default(),
        count: o.number("count").unwrap_or_default(),
    }
}

/// A validated count as `u32` (0 for anything out of range, which
/// validation has already rejected).
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
fn as_count(value: f64) -> u32 {
    if value.is_finite() && (0.0..=MAX_COUNT).contains(&value) {
        value as u32
    } else {
        0
    }
}

/// An RHF as people read it (its name), or the value as given.
fn rhf_words(code: &str) -> String {
    Rhf::parse(code).map_or_else(|| echo(code), |r| r.name().to_owned())
}

/// A specialty as people read it (its label), or the value as given.
fn specialty_words(code: &str, lang: Lang) -> String {
    Specialty::parse(code).map_or_else(|| echo(code), |s| s.label(lang))
}

fn list_issues(issues: &mut Vec<Issue>, list: Option<&Vec<String>>, at: &Pointer, allowed: &[&str], lang: Lang) {
    let Some(list) = list else { return };
    if list.is_empty() {
        let field = at.as_str().rsplit('/').next().unwrap_or_default().to_owned();
        issues.push(Issue::new(lang, &m::LIST_EMPTY, at, &[("field", field)]));
    }
    duplicate_codes(issues, list, at, allowed, lang);
}

/// Stage 3 of a split that must sum to the round (`allocations`, `byRhf`).
fn sum_issue(issues: &mut Vec<Issue>, sum: u64, positions: u32, extra: u32, at: &Pointer, lang: Lang) {
    let expected = u64::from(positions) + u64::from(extra);
    if sum != expected {
        let params = [
            ("sum", sum.to_string()),
            ("expected", expected.to_string()),
            ("positions", positions.to_string()),
            ("extra", extra.to_string()),
        ];
        issues.push(Issue::new(lang, &m::DISTRIBUTION_SUM, at, &params));
    }
}

/// Every input problem of a distribution, with paths, sorted.
pub fn validate_distribution(input: &DistributionInput) -> Vec<Issue> {
    let lang = input.lang.unwrap_or_default();
    let mut issues = input.check_fields(lang);
    let root = Pointer::root();
    list_issues(&mut issues, input.specialties.as_ref(), &root.key("specialties"), SPECIALTIES, lang);
    // B-30: one row per RHF and specialty; a second row for the same pair would be a second cell of the same
    // split (not added to the first), so it is refused rather than guessed at.
    for (i, a) in input.allocations.iter().flatten().enumerate() {
        let seen = input.allocations.iter().flatten().take(i).any(|b| b.rhf == a.rhf && b.specialty == a.specialty);
        if seen {
            let params = [("rhf", rhf_words(&a.rhf)), ("specialty", specialty_words(&a.specialty, lang))];
            issues.push(Issue::new(lang, &m::DISTRIBUTION_DUPLICATE_CELL, &root.key("allocations").index(i), &params));
        }
    }
    // B-30: each RHF once in the user's RHF split.
    for (i, a) in input.by_rhf.iter().flatten().enumerate() {
        if input.by_rhf.iter().flatten().take(i).any(|b| b.rhf == a.rhf) {
            let at = root.key("byRhf").index(i);
            issues.push(Issue::new(lang, &m::DISTRIBUTION_DUPLICATE_RHF, &at, &[("rhf", rhf_words(&a.rhf))]));
        }
    }
    if input.by_rhf.is_some() && input.allocations.is_some() {
        issues.push(Issue::new(lang, &m::DISTRIBUTION_BOTH_SPLITS, &root.key("byRhf"), &[]));
    }
    if issues.is_empty() {
        let positions = input.positions.map_or(POSITIONS_PER_ROUND, as_count);
        let extra = input.self_financed_extra.map_or(0, as_count);
        // B-30: a split sums to the round's positions (+ declared extras).
        if let Some(allocations) = &input.allocations {
            let sum: u64 = allocations.iter().map(|a| u64::from(as_count(a.count))).sum();
            sum_issue(&mut issues, sum, positions, extra, &root.key("allocations"), lang);
        }
        if let Some(shares) = &input.by_rhf {
            let sum: u64 = shares.iter().map(|a| u64::from(as_count(a.count))).sum();
            sum_issue(&mut issues, sum, positions, extra, &root.key("byRhf"), lang);
        }
        let total = input.national_total.map_or(NATIONAL_TOTAL_PER_YEAR, as_count);
        let bound =
            input.bound_per_year.map_or(u64::from(positions) * u64::from(ROUNDS_PER_YEAR), |b| u64::from(as_count(b)));
        if bound > u64::from(total) {
            let at = if input.bound_per_year.is_some() { root.key("boundPerYear") } else { root.key("nationalTotal") };
            issues.push(Issue::new(
                lang,
                &m::DISTRIBUTION_BOUND_EXCEEDS,
                &at,
                &[("bound", bound.to_string()), ("total", total.to_string())],
            ));
        }
    }
    sort_by_path(&mut issues);
    issues
}

/// Splits `total` into `n` near-equal shares; the first `total % n` shares
/// get one more. Sums to `total` for any `n ≥ 1`.
pub fn equal_shares(total: u32, n: usize) -> Vec<u32> {
    let Ok(n32) = u32::try_from(n) else { return Vec::new() };
    if n32 == 0 {
        return Vec::new();
    }
    let (base, rest) = (total / n32, total % n32);
    (0..n32).map(|i| base + u32::from(i < rest)).collect()
}

/// The groups that share the round (B-30), in [`GROUPS`] order: those of
/// `specialties` (BUP counts as psykiatri), or both.
fn groups(specialties: Option<&Vec<String>>) -> Vec<&'static str> {
    GROUPS
        .iter()
        .copied()
        .filter(|g| {
            specialties.is_none_or(|list| list.iter().filter_map(|s| Specialty::parse(s)).any(|s| group_of(s) == *g))
        })
        .collect()
}

/// Splits a round's bound positions between the specialties (B-30) or
/// checks a given split, takes the user's RHF split, and states the
/// national totals (B-31).
pub fn distribute(input: &DistributionInput) -> Result<Distribution, Lis1Error> {
    let issues = validate_distribution(input);
    if !issues.is_empty() {
        return Err(Lis1Error::new(ErrorKind::InvalidInput, issues));
    }
    let lang = input.lang.unwrap_or_default();
    let positions = input.positions.map_or(POSITIONS_PER_ROUND, as_count);
    let extra = input.self_financed_extra.map_or(0, as_count);
    let mut warnings = Vec::new();
    let mut assumptions = Vec::new();
    if positions != POSITIONS_PER_ROUND {
        warnings.push(Warning::new(lang, &m::WARN_POSITIONS_NOT_31, &[("positions", positions.to_string())]));
    }

    let mut cells = Vec::new();
    let by_group: Vec<GroupCount>;
    let rhf_counts: Vec<(Rhf, u32)>;
    if let Some(allocations) = &input.allocations {
        for a in allocations {
            if let (Some(rhf), Some(specialty)) = (Rhf::parse(&a.rhf), Specialty::parse(&a.specialty)) {
                cells.push(Cell { rhf, specialty: specialty.code(), count: as_count(a.count) });
            }
        }
        by_group = GROUPS
            .iter()
            .filter_map(|g| {
                let mine = cells.iter().filter(|c| Specialty::parse(c.specialty).is_some_and(|s| group_of(s) == *g));
                let counts: Vec<u32> = mine.map(|c| c.count).collect();
                (!counts.is_empty()).then(|| GroupCount { group: g, count: counts.iter().sum() })
            })
            .collect();
        rhf_counts = cells.iter().map(|c| (c.rhf, c.count)).collect();
    } else {
        // B-30: the total (positions + extras) split equally between the
        // groups that share the round; the odd position goes to
        // `oddPositionTo`.
        let total = positions + extra;
        let shared = groups(input.specialties.as_ref());
        let odd = input.odd_position_to.as_deref().unwrap_or(ODD_POSITION_DEFAULT);
        // The odd group first (equal_shares gives the first share the extra one).
        let order: Vec<&str> =
            shared.iter().copied().filter(|g| *g == odd).chain(shared.iter().copied().filter(|g| *g != odd)).collect();
        let shares = equal_shares(total, order.len());
        by_group = shared
            .iter()
            .map(|g| {
                let at = order.iter().position(|o| o == g).unwrap_or_default();
                GroupCount { group: g, count: shares.get(at).copied().unwrap_or_default() }
            })
            .collect();
        if shared.len() > 1 && total % 2 == 1 {
            let value = GROUPS.iter().copied().find(|g| *g == odd).unwrap_or(ODD_POSITION_DEFAULT);
            let sentence = if value == "allmennmedisin" { &m::B_30_ODD_ALLMENNMEDISIN } else { &m::B_30_ODD_PSYKIATRI };
            assumptions.push(Assumption::new(lang, sentence, "oddPositionTo", value, None));
        }
        rhf_counts = input
            .by_rhf
            .iter()
            .flatten()
            .filter_map(|share| Rhf::parse(&share.rhf).map(|rhf| (rhf, as_count(share.count))))
            .collect();
    }
    let by_rhf = RHF_ORDER
        .into_iter()
        .filter_map(|rhf| {
            let mine: Vec<u32> = rhf_counts.iter().filter(|(r, _)| *r == rhf).map(|(_, n)| *n).collect();
            (!mine.is_empty()).then(|| RhfCount { rhf, count: mine.iter().sum() })
        })
        .collect();

    let total = input.national_total.map_or(NATIONAL_TOTAL_PER_YEAR, as_count);
    let bound = input.bound_per_year.map_or(positions.saturating_mul(ROUNDS_PER_YEAR), as_count);
    let ordinary = total.saturating_sub(bound);
    let message = m::B31_NATIONAL.render(
        lang,
        &[("total", total.to_string()), ("ordinary", ordinary.to_string()), ("bound", bound.to_string())],
    );
    Ok(Distribution {
        round: input.round.clone(),
        positions,
        self_financed_extra: extra,
        total: positions + extra,
        allocations: cells,
        by_group,
        by_rhf,
        national: National { total, ordinary, bound, self_financed_extra: extra, message },
        warnings,
        assumptions,
    })
}
