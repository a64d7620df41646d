//! The eligibility result in people's words (`lis1_core::view`): the
//! verdict as a status word and a sentence (with the unmet conditions of a
//! "no"), the applicant's reasons and the employer's checklist (each with
//! its rule id and met / not met / information), the 6.5-year timeline and
//! the notes — the employer's own notes and checklist marked for the
//! employer, so a job posting leaves them out. The lis1kit elements draw the
//! view; the words are this crate's.

pub mod texts;

use lis1_core::view::{shown_date, text, Answer, Audience, Block, Checklist, Item, Notes, Status, Table, View};
use lis1_core::Lang;

use crate::employer::{employer_only_assumption, employer_only_warning};
use crate::{EligibilityResult, Eligible, Reason, ReasonKind};
use texts as tx;

/// Conditions as met or not met; information (B-4, B-13, the path's dates)
/// as information, never "met".
fn items(reasons: &[Reason]) -> Vec<Item> {
    reasons
        .iter()
        .map(|r| {
            let status = match (r.kind, r.met) {
                (ReasonKind::Info, _) => Status::Info,
                (ReasonKind::Condition, true) => Status::Met,
                (ReasonKind::Condition, false) => Status::NotMet,
            };
            Item { rule: r.rule, status, text: r.message.clone() }
        })
        .collect()
}

/// The verdict first, as a status word and a sentence, with the reasons that
/// decided a "no" (the unmet ones) right after it (B-10, B-11).
fn verdict(lang: Lang, r: &EligibilityResult) -> Answer {
    let (status, sentence, key) = match r.eligible {
        Eligible::Yes => (&tx::STATUS_YES, &tx::ELIGIBLE_YES, "yes"),
        Eligible::Conditional => (&tx::STATUS_CONDITIONAL, &tx::ELIGIBLE_CONDITIONAL, "conditional"),
        Eligible::No => (&tx::STATUS_NO, &tx::ELIGIBLE_NO, "no"),
    };
    let mut answer = format!("{}: {}", text(lang, status), text(lang, sentence));
    if r.eligible == Eligible::No {
        for reason in r.reasons.iter().filter(|reason| !reason.met) {
            answer.push(' ');
            answer.push_str(&reason.message);
        }
    }
    Answer { text: answer, part: "answer", status: Some(key) }
}

/// `checkEligibility` in words.
pub fn view(r: &EligibilityResult, lang: Lang) -> View {
    let mut blocks = vec![Block::Checklist(Checklist {
        heading: text(lang, &tx::REASONS),
        items: items(&r.reasons),
        audience: Audience::Everyone,
    })];
    if let Some(list) = &r.employer_checklist {
        blocks.push(Block::Checklist(Checklist {
            heading: text(lang, &tx::EMPLOYER_CHECKLIST),
            items: items(list),
            audience: Audience::Employer,
        }));
    }
    if let Some(t) = &r.timeline {
        let rows = [
            (&tx::TL_LIS1_START, Some(t.lis1_start.as_str())),
            (&tx::TL_HOSPITAL_END, t.hospital_end.as_deref()),
            (&tx::TL_MUNICIPAL_START, Some(t.municipal_start.as_str())),
            (&tx::TL_LIS1_END, Some(t.lis1_end.as_str())),
            (&tx::TL_SPECIALTY_START, Some(t.specialty_start.as_str())),
            (&tx::TL_MINIMUM_END, Some(t.minimum_end.as_str())),
        ]
        .into_iter()
        .filter(|(_, d)| d.is_some())
        .map(|(label, d)| vec![text(lang, label), shown_date(d, lang)])
        .collect();
        blocks.push(Block::Heading(text(lang, &tx::TIMELINE)));
        let head = vec![text(lang, &tx::TIMELINE), text(lang, &tx::YEAR_DATE)];
        blocks.push(Block::Table(Table { caption: None, head, rows }));
    }
    // The employer's notes (an unmet checklist, the vacancy) apart, like its checklist.
    let (employer_warnings, warnings): (Vec<_>, Vec<_>) = r.warnings.iter().cloned().partition(employer_only_warning);
    let (employer_assumptions, assumptions): (Vec<_>, Vec<_>) =
        r.assumptions.iter().cloned().partition(employer_only_assumption);
    blocks.push(Block::Notes(Notes { warnings, assumptions, audience: Audience::Everyone }));
    if !employer_warnings.is_empty() || !employer_assumptions.is_empty() {
        blocks.push(Block::Notes(Notes {
            warnings: employer_warnings,
            assumptions: employer_assumptions,
            audience: Audience::Employer,
        }));
    }
    View { answer: verdict(lang, r), blocks }
}
