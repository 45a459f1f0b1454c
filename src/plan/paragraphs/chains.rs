//! A paragraph that gives several units their work one sentence each (`公安部门要及时办理…；
//! 人力资源和社会保障部门要…；编制部门要…；财政部门要…`): in a plan or a work notice written in
//! prose, each sentence is one unit's duty, read as a paragraph of its own — not one task whose
//! units are everyone the paragraph names.

use crate::document::is_space;
use crate::plan::assign::Clause;
use crate::plan::model::UnitKind;
use crate::plan::vocab::Vocabulary;

use super::lines::opening_subjects;

/// Fewest duty sentences that make a paragraph a chain of duties: one or two units named as a
/// paragraph's subjects are its subjects (`县财政局要保障经费，县审计局要加强监督。` is one
/// piece of work), three or more units each given their own work are a list.
const MIN_CHAIN_DUTIES: usize = 3;

/// Where each duty of a chain starts in `folded` (a paragraph's folded text), after the first
/// piece: the sentences before the first duty, addressed to everyone (`各有关单位要依法履行…
/// 责任。`), stay one piece, and a sentence naming no unit after a duty (`对有接收任务的…补助
/// 3.5万元。`) stays with it. Empty when the paragraph is no chain.
pub(super) fn duty_chain(folded: &str, vocab: &Vocabulary) -> Vec<usize> {
    // (a cheap look first: a chain has at least as many sentence ends as duties, less one)
    if folded.matches(['。', '；', ';']).count() + 1 < MIN_CHAIN_DUTIES {
        return Vec::new();
    }
    // (each sentence alone, through its end: what follows it is no part of its subject)
    let starts = sentence_starts(folded);
    let sentences: Vec<(usize, &str)> = starts
        .iter()
        .zip(starts.iter().skip(1).chain([&folded.len()]))
        .map(|(&a, &b)| (a, &folded[a..b]))
        .collect();
    let duties: Vec<usize> = sentences
        .iter()
        .filter(|(_, s)| duty_subject(s, vocab).is_some())
        .map(|&(at, _)| at)
        .collect();
    if duties.len() < MIN_CHAIN_DUTIES {
        return Vec::new();
    }
    // a paragraph stating its work before sharing it out (`坚持政策文件与解读材料同步部署。
    // 县政府办公室负责统筹协调；…`) is one piece of work: before the first duty, only sentences
    // addressed to units too (`各有关单位要依法履行…责任。`)
    let addressed = sentences
        .iter()
        .take_while(|&&(at, _)| at < duties[0])
        .all(|(_, s)| !opening_subjects(s, vocab).is_empty());
    if !addressed {
        return Vec::new();
    }
    duties.into_iter().filter(|&at| at > 0).collect()
}

/// Where each sentence or clause ended by 。 or ； starts, outside brackets and quotes, past
/// the white space before it.
fn sentence_starts(s: &str) -> Vec<usize> {
    crate::plan::text::split_top_level(s, &['。', '；', ';'])
        .into_iter()
        .enumerate()
        .map(|(k, (a, b))| {
            let piece = &s[a..b];
            // (the first from the paragraph's start, as the reader cuts it)
            if k == 0 {
                0
            } else {
                a + piece.len() - piece.trim_start_matches(is_space).len()
            }
        })
        .filter(|&at| at == 0 || at < s.len())
        .collect()
}

/// The units a sentence of a chain opens with as the subject of a word giving them the work
/// (`要`, `负责`, `牵头`), as a clause over them — units that are someone (`公安部门`,
/// `市场监管局`; not `各有关单位`).
pub(super) fn duty_subject(sentence: &str, vocab: &Vocabulary) -> Option<Clause> {
    let subject = opening_subjects(sentence, vocab).into_iter().next()?;
    let after = &sentence[subject.end..];
    let doer = after.starts_with(crate::plan::assign::DUTY_OPENER)
        || vocab
            .doer_words
            .iter()
            .chain(&vocab.lead_markers)
            .any(|w| after.starts_with(w.as_str()));
    let names = &sentence[subject.inner.0..subject.inner.1];
    (doer && crate::plan::units::kind_of(names, vocab) != UnitKind::Vague).then_some(subject)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cuts(s: &str) -> Vec<String> {
        let vocab = crate::plan::vocab::Vocabulary::bundled().expect("the bundled vocabulary");
        let mut at = 0;
        let mut out = Vec::new();
        for cut in duty_chain(s, &vocab) {
            out.push(s[at..cut].to_owned());
            at = cut;
        }
        out.push(s[at..].to_owned());
        out
    }

    #[test]
    fn each_units_sentence_of_a_chain_is_a_piece() {
        assert_eq!(
            cuts("各有关单位要依法履行责任。公安部门要及时办理户口；民政部门要做好协调工作；财政部门要落实经费。对接收单位每人补助3.5万元。"),
            [
                "各有关单位要依法履行责任。",
                "公安部门要及时办理户口；",
                "民政部门要做好协调工作；",
                "财政部门要落实经费。对接收单位每人补助3.5万元。"
            ]
        );
    }

    #[test]
    fn two_subjects_or_everyone_make_no_chain() {
        let one = "县财政局要保障经费；县审计局要加强监督。";
        assert_eq!(cuts(one), [one]);
        let vague = "各乡镇要高度重视。各有关部门要密切配合。各单位要加强宣传。";
        assert_eq!(cuts(vague), [vague]);
    }
}
