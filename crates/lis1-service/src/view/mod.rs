//! The service results in people's words (`lis1_core::view`): what a
//! doctor asks first — when am I done, what do I lack, do I owe days — then
//! the figures per part, the timeline and the notes. The lis1kit elements
//! draw these views; the words are this crate's. Each view speaks to the
//! doctor ("Du mangler …") or about the doctor ("Legen mangler …", for HR
//! pages), as its [`Voice`] says.

mod folded;
pub mod texts;

use lis1_core::number_text::shown as number;
use lis1_core::view::texts::{PART, PART_HOSPITAL, PART_MUNICIPAL};
use lis1_core::view::{
    shown_date, text, Answer, Audience, Block, Folded, Lane, Legend, Mark, MarkKind, Notes, Table, Timeline, View,
    Voice,
};
use lis1_core::{date, Date, Lang, MessageDef};

use crate::model::{AbsenceResult, AbsenceSummary, PartResult, ServiceInput, ServiceResult};
use texts as tx;

fn part_label(lang: Lang, hospital: bool) -> String {
    text(lang, if hospital { &PART_HOSPITAL } else { &PART_MUNICIPAL })
}

fn heads(lang: Lang, defs: &[&MessageDef]) -> Vec<String> {
    defs.iter().map(|d| text(lang, d)).collect()
}

fn answer(text: String) -> Answer {
    Answer { text, part: "answer", status: None }
}

/// The unit of day figures in running text (A-O2: `arbeidsdager` by
/// default, `kalenderdager`), as the input chose it.
fn unit(input: &ServiceInput, lang: Lang) -> String {
    let workdays = input.options.as_ref().is_none_or(crate::model::ServiceOptions::workdays);
    text(lang, if workdays { &crate::messages::LABEL_WORKDAYS } else { &crate::messages::LABEL_CALENDAR_DAYS })
}

/// The days to make up per part, with their unit, as sentences in
/// `voice`; none when none are owed.
fn make_up_sentences(lang: Lang, voice: Voice, days: [f64; 2], unit: &str) -> impl Iterator<Item = String> + '_ {
    [
        (voice.pick(&tx::ANSWER_MAKE_UP_HOSPITAL, &tx::ANSWER_MAKE_UP_HOSPITAL_DOCTOR), days[0]),
        (voice.pick(&tx::ANSWER_MAKE_UP_MUNICIPAL, &tx::ANSWER_MAKE_UP_MUNICIPAL_DOCTOR), days[1]),
    ]
    .into_iter()
    .filter(|(_, d)| *d > 0.0)
    .map(move |(def, d)| def.render(lang, &[("days", number(d, lang)), ("unit", unit.to_owned())]))
}

/// A kind's label for a sum in running text: lower-case first letter, no
/// parenthesis (`Egen sykdom` → `egen sykdom`; «Ordinær ferie (ikke fravær)»,
/// which counts under A-2, → `ordinær ferie`).
fn kind_word(kind: &str, lang: Lang) -> String {
    let label = crate::messages::kind_label(kind).map_or_else(|| kind.to_owned(), |def| text(lang, def));
    let label = label.split(" (").next().unwrap_or_default();
    let mut chars = label.chars();
    chars.next().map(|first| first.to_ascii_lowercase().to_string() + chars.as_str()).unwrap_or_default()
}

/// How a part's absence adds up against its allowance, per kind that counts
/// under its regime (`Sykehusdelen: 14 egen sykdom + 59 foreldrepermisjon =
/// 73 arbeidsdager fravær, grensen er 12.`); covid days spared by A-4 are
/// taken off. `None` without absence that counts.
fn absence_sum(lang: Lang, hospital: bool, a: &AbsenceSummary, unit: &str) -> Option<String> {
    if a.used_days <= 0.0 {
        return None;
    }
    let kinds: Vec<(&str, f64)> = a
        .by_kind
        .iter()
        .filter(|(kind, days)| **days > 0.0 && crate::regime::counts_as_absence(a.regime, kind))
        .map(|(kind, days)| (*kind, *days))
        .collect();
    let part = part_label(lang, hospital);
    let (used, allowance) = (number(a.used_days, lang), number(a.allowance_days, lang));
    if let ([(kind, _)], true) = (kinds.as_slice(), a.covid_spared_days <= 0.0) {
        let args = [
            ("part", part),
            ("used", used),
            ("unit", unit.to_owned()),
            ("kind", kind_word(kind, lang)),
            ("allowance", allowance),
        ];
        return Some(tx::ABSENCE_SUM_ONE.render(lang, &args));
    }
    let mut terms = kinds
        .iter()
        .map(|(kind, days)| format!("{} {}", number(*days, lang), kind_word(kind, lang)))
        .collect::<Vec<_>>()
        .join(" + ");
    if a.covid_spared_days > 0.0 {
        terms.push_str(" − ");
        terms.push_str(&tx::ABSENCE_COVID_TERM.render(lang, &[("days", number(a.covid_spared_days, lang))]));
    }
    let args = [("part", part), ("terms", terms), ("used", used), ("unit", unit.to_owned()), ("allowance", allowance)];
    Some(tx::ABSENCE_SUM.render(lang, &args))
}

/// S-2: when the hospital's months are served but days are still to be made
/// up there, the municipal part starts after them, later than the plan's
/// next start: said with the day the kommune can start and why.
fn municipal_moves(lang: Lang, input: &ServiceInput, r: &ServiceResult, unit: &str) -> Option<String> {
    let planned = input.plan.as_ref()?.next_start.as_deref()?;
    let from = r.municipal.planned_from.as_deref()?;
    let moves = r.hospital.remaining_months == 0.0 && r.hospital.make_up_days > 0.0 && from > planned;
    moves.then(|| {
        tx::ANSWER_MUNICIPAL_MOVES.render(
            lang,
            &[
                ("date", shown_date(Some(from), lang)),
                ("planned", shown_date(Some(planned), lang)),
                ("days", number(r.hospital.make_up_days, lang)),
                ("unit", unit.to_owned()),
            ],
        )
    })
}

/// When am I done (or what do I lack), and do I owe extra days — with their
/// unit, how the absence adds up, and when the kommune can start if they move
/// it. Complete parts say so (S-1, S-9).
fn remaining_answer(lang: Lang, voice: Voice, input: &ServiceInput, r: &ServiceResult) -> String {
    let unit = unit(input, lang);
    let mut out = Vec::new();
    let lacking = r.hospital.remaining_months > 0.0 || r.municipal.remaining_months > 0.0;
    if r.del1_complete {
        out.push(text(lang, &tx::DEL1_COMPLETE));
    } else if r.del1_time_complete {
        out.push(text(lang, &tx::DEL1_TIME_COMPLETE));
    } else if let Some(end) = r.projected_del1_end.as_deref() {
        let def = voice.pick(&tx::ANSWER_END, &tx::ANSWER_END_DOCTOR);
        out.push(def.render(lang, &[("date", shown_date(Some(end), lang))]));
    } else if lacking {
        for (def, part) in [
            (voice.pick(&tx::ANSWER_MISSING_HOSPITAL, &tx::ANSWER_MISSING_HOSPITAL_DOCTOR), &r.hospital),
            (voice.pick(&tx::ANSWER_MISSING_MUNICIPAL, &tx::ANSWER_MISSING_MUNICIPAL_DOCTOR), &r.municipal),
        ] {
            if part.remaining_months > 0.0 {
                out.push(def.render(lang, &[("months", number(part.remaining_months, lang))]));
            }
        }
    } else {
        out.push(text(lang, &tx::DEL1_NOT_COMPLETE));
    }
    out.extend(make_up_sentences(lang, voice, [r.hospital.make_up_days, r.municipal.make_up_days], &unit));
    out.extend(municipal_moves(lang, input, r, &unit));
    for (hospital, part) in [(true, &r.hospital), (false, &r.municipal)] {
        if part.make_up_days > 0.0 {
            out.extend(absence_sum(lang, hospital, &part.absence, &unit));
        }
    }
    out.join(" ")
}

fn remaining_row(lang: Lang, hospital: bool, p: &PartResult) -> Vec<String> {
    vec![
        part_label(lang, hospital),
        number(p.required_months, lang),
        number(p.counted_months, lang),
        number(p.remaining_months, lang),
        number(p.make_up_days, lang),
        shown_date(p.projected_end.as_deref(), lang),
    ]
}

/// `remainingService` in words, in `voice`: the answer, the figures per
/// part, the timeline (when anything is dated) and the notes.
pub fn remaining(input: &ServiceInput, r: &ServiceResult, lang: Lang, voice: Voice) -> View {
    let head = heads(lang, &[&PART, &tx::REQUIRED, &tx::COUNTED, &tx::REMAINING, &tx::MAKE_UP, &tx::PROJECTED_END]);
    let rows = vec![remaining_row(lang, true, &r.hospital), remaining_row(lang, false, &r.municipal)];
    let mut blocks = vec![Block::Table(Table { caption: None, head, rows })];
    blocks.extend(timeline(input, r, lang).map(Block::Timeline));
    // Which assumptions change this answer: the same sentences (in one voice), warnings and offer, or not.
    let said = |i: &ServiceInput, r: &ServiceResult| {
        folded::Said::new(remaining_answer(lang, Voice::You, i, r), &r.warnings, r.offer.as_ref())
    };
    let spared = r.hospital.absence.covid_spared_days > 0.0 || r.municipal.absence.covid_spared_days > 0.0;
    let (shown, other) = folded::split(
        input,
        &r.assumptions,
        &said(input, r),
        |i| crate::remaining_service(i).ok().map(|r| said(i, &r)),
        spared,
        r.warnings.iter().any(|w| w.rule == Some("S-5")),
    );
    notes(&mut blocks, &r.warnings, shown, other);
    View { answer: answer(remaining_answer(lang, voice, input, r)), blocks }
}

/// The notes: the warnings and the assumptions that change the result, then
/// the others folded.
fn notes(
    blocks: &mut Vec<Block>,
    warnings: &[lis1_core::Warning],
    shown: Vec<lis1_core::Assumption>,
    other: Vec<lis1_core::Assumption>,
) {
    blocks.push(Block::Notes(Notes { warnings: warnings.to_vec(), assumptions: shown, audience: Audience::Everyone }));
    if !other.is_empty() {
        blocks.push(Block::Folded(Folded { assumptions: other, audience: Audience::Everyone }));
    }
}

fn absence_row(lang: Lang, hospital: bool, a: &AbsenceSummary) -> Vec<String> {
    vec![
        part_label(lang, hospital),
        a.regime.to_owned(),
        number(a.allowance_days, lang),
        number(a.used_days, lang),
        number(a.excess_days, lang),
        number(a.to_make_up_days, lang),
    ]
}

/// `checkAbsence` in words: nothing to make up, or how many days in which
/// part, and how each part's absence adds up; the figures per part and
/// the notes. In `voice`.
pub fn absence(input: &ServiceInput, r: &AbsenceResult, lang: Lang, voice: Voice) -> View {
    let head = heads(lang, &[&PART, &tx::REGIME, &tx::ALLOWANCE, &tx::USED, &tx::EXCESS, &tx::MAKE_UP]);
    let rows = vec![absence_row(lang, true, &r.hospital), absence_row(lang, false, &r.municipal)];
    let mut blocks = vec![Block::Table(Table { caption: None, head, rows })];
    let said = |i: &ServiceInput, r: &AbsenceResult| {
        folded::Said::new(absence_answer(lang, Voice::You, i, r), &r.warnings, None)
    };
    let spared = r.hospital.covid_spared_days > 0.0 || r.municipal.covid_spared_days > 0.0;
    let (shown, other) = folded::split(
        input,
        &r.assumptions,
        &said(input, r),
        |i| crate::check_absence(i).ok().map(|r| said(i, &r)),
        spared,
        r.warnings.iter().any(|w| w.rule == Some("S-5")),
    );
    notes(&mut blocks, &r.warnings, shown, other);
    View { answer: answer(absence_answer(lang, voice, input, r)), blocks }
}

/// The absence check's sentences: the days to make up or none, then how
/// each part's absence adds up.
fn absence_answer(lang: Lang, voice: Voice, input: &ServiceInput, r: &AbsenceResult) -> String {
    let unit = unit(input, lang);
    let mut sentences: Vec<String> =
        make_up_sentences(lang, voice, [r.hospital.to_make_up_days, r.municipal.to_make_up_days], &unit).collect();
    if sentences.is_empty() {
        sentences.push(text(lang, voice.pick(&tx::ABSENCE_WITHIN, &tx::ABSENCE_WITHIN_DOCTOR)));
    }
    sentences.extend(absence_sum(lang, true, &r.hospital, &unit));
    sentences.extend(absence_sum(lang, false, &r.municipal, &unit));
    sentences.join(" ")
}

fn day(iso: &str) -> Option<Date> {
    date::parse(iso).ok()
}

/// The timeline of a history and its result: one lane per part with its
/// periods (not counting ones apart, S-6), its dated absences, the planned
/// service and the make-up days (from `plannedFrom` / `makeUpFrom`) and the
/// projected end; `None` when nothing is dated.
fn timeline(input: &ServiceInput, r: &ServiceResult, lang: Lang) -> Option<Timeline> {
    let mut dates: Vec<Date> = input.periods.iter().flat_map(|p| [day(&p.start), day(&p.end)]).flatten().collect();
    dates.extend(
        [r.hospital.projected_end.as_deref(), r.municipal.projected_end.as_deref()]
            .into_iter()
            .flatten()
            .filter_map(day),
    );
    dates.extend(input.plan.as_ref().and_then(|p| p.next_start.as_deref()).and_then(day));
    let (first, last) = (*dates.iter().min()?, *dates.iter().max()?);
    let mut sentences = Vec::new();
    let lanes = [("hospital", &r.hospital, true), ("municipal", &r.municipal, false)]
        .into_iter()
        .map(|(code, result, hospital)| {
            let label = part_label(lang, hospital);
            let mut marks = Vec::new();
            // Said after the part's sentence: which periods are drawn outlined only (S-6).
            let mut not_counting = Vec::new();
            for p in input.periods.iter().filter(|p| p.part == code) {
                let (Some(start), Some(end)) = (day(&p.start), day(&p.end)) else { continue };
                if crate::position_counts(p.position.as_deref().unwrap_or("coupled")) {
                    marks.push(Mark { kind: MarkKind::Counting, start, end });
                } else {
                    marks.push(Mark { kind: MarkKind::NotCounting, start, end });
                    not_counting.push(tx::TIMELINE_NOT_COUNTING.render(
                        lang,
                        &[
                            ("part", label.clone()),
                            ("start", date::display(start, lang)),
                            ("end", date::display(end, lang)),
                        ],
                    ));
                }
            }
            for a in input.absences.iter().filter(|a| a.part == code) {
                if let (Some(start), Some(end)) = (a.start.as_deref().and_then(day), a.end.as_deref().and_then(day)) {
                    marks.push(Mark { kind: MarkKind::Absence, start, end });
                }
            }
            // The planned service, then its make-up days, up to the projected end.
            let end = result.projected_end.as_deref().and_then(day);
            let make_up_from = result.make_up_from.as_deref().and_then(day);
            if let (Some(from), Some(end)) = (result.planned_from.as_deref().and_then(day), end) {
                let planned_end = make_up_from.and_then(Date::previous_day).unwrap_or(end);
                if planned_end >= from {
                    marks.push(Mark { kind: MarkKind::Planned, start: from, end: planned_end });
                }
            }
            sentences.push(tx::TIMELINE_PART.render(
                lang,
                &[
                    ("part", label.clone()),
                    ("counted", number(result.counted_months, lang)),
                    ("required", number(result.required_months, lang)),
                    ("days", number(result.make_up_days, lang)),
                    ("end", end.map_or_else(|| String::from("–"), |d| date::display(d, lang))),
                ],
            ));
            sentences.append(&mut not_counting);
            if let (Some(from), Some(end)) = (make_up_from, end) {
                marks.push(Mark { kind: MarkKind::MakeUp, start: from, end });
                sentences.push(tx::TIMELINE_MAKE_UP.render(
                    lang,
                    &[("part", label.clone()), ("from", date::display(from, lang)), ("end", date::display(end, lang))],
                ));
            }
            Lane { label, marks, end }
        })
        .collect();
    let legend = Legend {
        counting: text(lang, &tx::LEGEND_COUNTING),
        not_counting: text(lang, &tx::LEGEND_NOT_COUNTING),
        absence: text(lang, &tx::LEGEND_ABSENCE),
        planned: text(lang, &tx::LEGEND_PLANNED),
        make_up: text(lang, &tx::MAKE_UP),
        end: text(lang, &tx::PROJECTED_END),
    };
    Some(Timeline { title: text(lang, &tx::TIMELINE_TITLE), first, last, lanes, sentences, legend })
}
