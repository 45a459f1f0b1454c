//! A text that ends inside its last item: a page saved part-way, a copy cut at a length. The
//! cut item is still one of the plan's tasks (its start says what work it asks for), but it
//! shows neither who does it nor by when — what it would have said is lost — so it is marked
//! [`Task::cut_off`](crate::plan::model::Task::cut_off), which checks of what a task must name
//! pass by (each would report what the cut removed), and its text is kept as
//! [`Meta::cut_off`](crate::plan::model::Meta::cut_off) so a rule can say the copy is incomplete.

use crate::document::reflow::{closes, ends_sentence};
use crate::document::text::is_space;
use crate::document::{Block, Document, Region};
use crate::plan::model::{Located, Task, Unit};

/// Whether a written-out item may end with `c`: a sentence's close or a bracket's (as for
/// [`ends_sentence`] and [`closes`]), or a clause's, an ellipsis or a square bracket. An item
/// ending otherwise (`…组织广播、电视等媒体广泛开展消`) stops mid-sentence.
fn closes_item(c: char) -> bool {
    ends_sentence(c) || closes(c) || matches!(c, '；' | ';' | '…' | '』' | '"' | '〕' | '］' | ']')
}

/// Whether a written-out item stops mid-sentence (see [`closes_item`]).
pub(crate) fn stops_open(text: &str) -> bool {
    !text.trim_end().ends_with(closes_item)
}

/// Tasks that must stand beside the cut one for it to be marked: a plan whose only item is cut
/// is checked as it stands (what it is about is all the copy says of its work).
const MIN_TASKS_LEFT: usize = 1;

/// Where the document's own text ends: the last character of its last non-blank block in the
/// body (a page's footer and side bars are not the text).
fn text_end(doc: &Document) -> Option<usize> {
    doc.blocks.iter().rev().find_map(|b| match b {
        Block::Paragraph(p) if p.region == Region::Body && !p.text.is_blank() => {
            Some(p.text.source_end())
        }
        Block::Table(t) if t.region == Region::Body && t.source_end() > 0 => Some(t.source_end()),
        _ => None,
    })
}

/// Whether a task was read from a table in the body: its text starts inside one.
fn in_table(doc: &Document, task: &Task) -> bool {
    let at = task.span.start;
    doc.blocks.iter().any(|b| match b {
        Block::Table(t) if t.region == Region::Body => (t.origin()..=t.source_end()).contains(&at),
        _ => false,
    })
}

/// What stands right before a unit named by a label or in a bracket of its own after the
/// item's text (`牵头科室(单位):计划科`, `（责任单位：…）`, `（县教育局、…）`), not by a sentence.
const LABEL_OPENERS: [char; 4] = ['：', ':', '（', '('];

/// Whether a unit is named by a label or a bracket ([`LABEL_OPENERS`]): the character before
/// it in its paragraph opens one.
fn labelled(doc: &Document, unit: &Unit) -> bool {
    let at = unit.span.start;
    let Some((_, p)) = doc.paragraph_holding(at) else {
        return false;
    };
    let text = p.text.as_str();
    text.match_indices(unit.raw.as_str()).any(|(i, m)| {
        p.text.source_range(i, i + m.len()).0 == at
            && text[..i]
                .trim_end_matches(is_space)
                .ends_with(LABEL_OPENERS)
    })
}

/// The last task, marked [`Task::cut_off`], when the text ends inside it: it is the text's
/// last, names no unit and no time, and ends without closing its sentence — or closes it where
/// every other item names its units by a label or a bracket after its text ([`labelled`]),
/// which the copy cut off.
pub(crate) fn mark_cut_item(doc: &Document, tasks: &mut [Task]) -> Option<Located<String>> {
    if tasks.len() <= MIN_TASKS_LEFT {
        return None;
    }
    let last = tasks.last()?;
    let ends_text = text_end(doc).is_some_and(|end| end <= last.span.end);
    if !(ends_text && last.units.is_empty() && last.deadlines.is_empty()) {
        return None;
    }
    let from_table = in_table(doc, last);
    // (…or closes its sentence where every other item goes on to name its units: the lines
    // that would have named its own, `牵头科室：…` `完成时限：…`, were cut off after it)
    let cut = stops_open(&last.text.value)
        || !from_table
            && tasks[..tasks.len() - 1]
                .iter()
                .all(|t| t.units.first().is_some_and(|u| labelled(doc, u)));
    if !cut {
        return None;
    }
    let last = tasks.last_mut()?;
    last.cut_off = true;
    Some(last.text.clone())
}

#[cfg(test)]
mod tests {
    use crate::plan::parse_text;

    const HEAD: &str = "某县2024年农村人居环境整治工作方案\n\
                        一、重点任务\n\
                        （一）推进厕所革命。县农业农村局牵头，各乡镇负责，6月底前完成改厕。\n";

    /// Whether each task is marked cut off, in order.
    fn marks(plan: &crate::plan::model::Plan) -> Vec<bool> {
        plan.tasks.iter().map(|t| t.cut_off).collect()
    }

    #[test]
    fn an_item_the_text_ends_inside_is_a_task_marked_cut_off() {
        let plan = parse_text(&format!(
            "{HEAD}（二）整治村容村貌。组织广播、电视等媒体广泛开展"
        ));
        assert_eq!(marks(&plan), [false, true]);
        assert_eq!(plan.tasks[1].number.as_ref().map(|n| n.value), Some(2));
        let cut = plan.meta.cut_off.expect("the cut item is kept in the meta");
        assert!(cut.value.starts_with("整治村容村貌"), "{}", cut.value);
        assert_eq!(cut.value, plan.tasks[1].text.value);
    }

    #[test]
    fn a_last_item_closing_its_sentence_or_naming_its_units_is_a_task() {
        // written out in full
        let whole = parse_text(&format!(
            "{HEAD}（二）整治村容村貌。全面清理农村生活垃圾。\n"
        ));
        assert_eq!(marks(&whole), [false, false]);
        assert!(whole.meta.cut_off.is_none());
        // cut, but it shows who does it
        let named = parse_text(&format!(
            "{HEAD}（二）整治村容村貌。县住建局牵头，各乡镇负责清理农村生活"
        ));
        assert_eq!(marks(&named), [false, false]);
        // text after it (a signature) says the item is not where the text stops
        let signed = parse_text(&format!(
            "{HEAD}（二）整治村容村貌，全面清理农村生活垃圾\n\n某县人民政府\n2024年3月1日\n"
        ));
        assert_eq!(marks(&signed), [false, false]);
    }

    #[test]
    fn a_last_item_whose_unit_lines_were_cut_after_it_is_marked_cut_off() {
        // every item goes on to name its units on lines of their own; the copy stops after
        // the last item's sentence, before its lines
        let head = "某局2018年重点工作任务分解方案\n\
                    1.加快科技资源统筹中心建设。\n牵头科室：计划科\n完成时限：2018年12月\n\
                    2.推进科技成果转化。\n牵头科室：成果科\n完成时限：2018年10月\n";
        let cut = parse_text(&format!("{head}3.推动高新区晋升国家级高新区。\n"));
        assert_eq!(marks(&cut), [false, false, true]);
        assert!(cut.meta.cut_off.is_some());
        // …but not when the text goes on after it (a signature)
        let signed = parse_text(&format!(
            "{head}3.推动高新区晋升国家级高新区。\n\n某县科学技术局\n2018年3月1日\n"
        ));
        assert_eq!(marks(&signed), [false, false, false]);
        // …nor among items naming their units inside their own sentences
        let inline = parse_text(
            "某县2024年农村人居环境整治工作方案\n一、重点任务\n\
             （一）推进厕所革命。县农业农村局牵头，6月底前完成改厕。\n\
             （二）整治村容村貌。县住建局负责，9月底前完成。\n\
             （三）建立长效机制。全面建立村庄保洁制度。\n",
        );
        assert_eq!(marks(&inline), [false, false, false]);
    }

    #[test]
    fn a_named_doer_alone_does_not_keep_a_cut_item_among_labelled_ones() {
        // its siblings state their units in brackets; the cut took this one's with the rest,
        // and `各乡镇要…` alone does not say it was assigned — unless written out in full
        let head = "某县2024年农村人居环境整治工作方案\n一、重点任务\n\
                    （一）推进厕所革命。全面完成改厕任务。（责任单位：县农业农村局）\n";
        let cut = parse_text(&format!(
            "{head}（二）整治村容村貌。各乡镇要健全村庄环境卫生常态化管理机制，督促"
        ));
        assert_eq!(marks(&cut), [false, true]);
        assert!(cut.tasks[1].units.is_empty());
        assert!(cut.meta.cut_off.is_some());
        let whole = parse_text(&format!(
            "{head}（二）整治村容村貌。各乡镇要健全村庄环境卫生常态化管理机制。\n"
        ));
        assert_eq!(marks(&whole), [false, false]);
        assert_eq!(whole.tasks[1].units[0].name, "各乡镇");
    }

    #[test]
    fn a_plans_only_item_stays_though_cut() {
        let plan = parse_text(
            "某县2024年农村人居环境整治工作方案\n一、重点任务\n\
             （一）推进厕所革命，组织各村开展",
        );
        assert!(plan.kind.is_plan(), "{}", plan.kind.reason);
        assert_eq!(marks(&plan), [false]);
        assert!(plan.meta.cut_off.is_none());
    }
}
