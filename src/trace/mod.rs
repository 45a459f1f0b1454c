//! Cross-document trace: which tasks of a lower plan carry down each task of the upper plan it
//! implements (贯彻落实), so that an upper task the lower plan dropped, carried with a later
//! deadline, or left without a lead unit is found.
//!
//! Each lower task is matched to the upper task its text is most like (TF-IDF over character
//! bigrams, [`similarity`]), helped by how alike their section titles are. One upper task may be
//! carried by several lower tasks (a 要点 item split into a 分解表's rows), and one lower task
//! may carry several upper tasks (two items merged). An upper task no lower task carries is
//! "not carried down"; the nearest lower tasks are listed as candidates for the auditor.

pub mod counterparts;
pub mod similarity;

use serde::Serialize;

use crate::plan::model::{Plan, Task};
use similarity::{bigrams, Idf, Vector};

/// Score at or above which a lower task carries an upper task. Read off real pairs (the one in
/// tests/fixtures/trace, and a provincial 分解表 with a department's 实施方案): true matches
/// score 0.18–1.0 (a reworded one-line task: 政府工作要做到公开透明 / 实现政府工作公开透明, 0.18),
/// the nearest lower task of an upper task really not carried down at most 0.12.
pub const DEFAULT_THRESHOLD: f64 = 0.15;

/// A lower task carries a second upper task too when that one scores at least this share of
/// its best and is over the threshold: one row written for two items.
const SECOND_SHARE: f64 = 0.8;

/// How much alike section titles raise a task's score (multiplied in: a section title alone
/// never makes a match). Lower plans keep the upper plan's headings more often than its words.
const SECTION_BOOST: f64 = 0.5;

/// Near misses shown for an upper task not carried down score at least this share of the
/// threshold: below it a "candidate" is noise.
const CANDIDATE_FLOOR: f64 = 0.4;

/// How matching is tuned.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Settings {
    /// See [`DEFAULT_THRESHOLD`].
    pub threshold: f64,
    /// Near misses listed for an upper task not carried down.
    pub candidates: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            threshold: DEFAULT_THRESHOLD,
            candidates: 3,
        }
    }
}

/// A lower task and how well it matches.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Match {
    /// Index into the lower plan's items (0-based).
    pub lower: usize,
    pub score: f64,
}

/// What became of one upper task.
#[derive(Debug, Clone, Serialize)]
pub struct Coverage {
    /// Index into the upper plan's items (0-based).
    pub upper: usize,
    /// The lower tasks that carry it, best first; empty: not carried down.
    pub carried_by: Vec<Match>,
    /// When not carried down: the nearest lower tasks, best first.
    pub candidates: Vec<Match>,
}

/// The trace of a lower plan against its upper plan.
#[derive(Debug, Clone, Serialize)]
pub struct Trace {
    pub settings: Settings,
    /// One per upper task, in upper order.
    pub coverage: Vec<Coverage>,
    /// For each lower item, the upper items it carries with their scores: the coverage read
    /// the other way, built once (the rules ask it for every lower task).
    #[serde(skip)]
    by_lower: Vec<Vec<(usize, f64)>>,
}

/// What is matched on each side: a task, or — in a plan that assigns nothing (a State Council
/// 要点 or 意见 lists what is to be done under numbered headings, without units) — an innermost
/// numbered section with the text under it.
#[derive(Debug, Clone)]
pub struct TraceItem<'a> {
    /// As a reader names it: the task's or heading's number as printed (`3`, `（十一）`).
    pub label: String,
    /// Its first words.
    pub title: String,
    /// The words compared.
    pub words: String,
    /// Its section titles, outermost first.
    pub section: String,
    /// Where it is in its document.
    pub span: crate::ingest::Span,
    /// The task, when the item is one.
    pub task: Option<&'a Task>,
}

/// Most characters of an item's first words kept as its title: enough to recognise it in a
/// message, short enough to keep the message on a line.
const TITLE_CHARS: usize = 20;

/// The first words of `text`: up to its first full stop, at most [`TITLE_CHARS`] (then `…`).
fn first_words(text: &str) -> String {
    let end = text.find(['。', '；', '，']).unwrap_or(text.len());
    let head = &text[..end];
    if head.chars().count() > TITLE_CHARS {
        let cut: String = head.chars().take(TITLE_CHARS).collect();
        format!("{cut}…")
    } else {
        head.to_owned()
    }
}

/// The items of `plan` (read from `text`): its tasks, or when it has none its innermost
/// numbered sections, less those under a heading that states aims rather than tasks (总体要求,
/// 指导思想 …: the parser vocabulary's `context_headings`, whose titles start with one).
pub fn items<'a>(plan: &'a Plan, text: &str, aims: &[String]) -> Vec<TraceItem<'a>> {
    if !plan.tasks.is_empty() {
        return plan
            .tasks
            .iter()
            .map(|t| TraceItem {
                label: t
                    .number
                    .as_ref()
                    .map(|n| n.raw.trim_end_matches(['.', '、', '．', ' ']).to_owned())
                    .unwrap_or_else(|| format!("第{}项", t.index)),
                title: first_words(t.title.as_ref().map_or(&t.text.value, |x| &x.value)),
                words: task_words(t),
                section: section_words(plan, t.section),
                span: t.span,
                task: Some(t),
            })
            .collect();
    }
    let is_parent = |i: usize| plan.sections.iter().any(|s| s.parent == Some(i));
    let mut starts: Vec<usize> = plan.sections.iter().map(|s| s.span.start).collect();
    starts.sort_unstable();
    let states_aims = |s: &crate::plan::model::Section| {
        let mut at = Some(s.index);
        while let Some(i) = at {
            let Some(x) = plan.sections.get(i) else { break };
            if aims.iter().any(|h| x.title.starts_with(h.as_str())) {
                return true;
            }
            at = x.parent;
        }
        false
    };
    plan.sections
        .iter()
        .filter(|s| s.number.is_some() && !is_parent(s.index) && !states_aims(s))
        .map(|s| {
            let end = starts
                .iter()
                .copied()
                .find(|&x| x > s.span.start)
                .unwrap_or(text.len())
                .min(text.len());
            let body = text.get(s.span.end.min(end)..end).unwrap_or_default();
            TraceItem {
                label: s.label.clone(),
                title: first_words(&s.title),
                words: format!("{}。{body}", s.title),
                section: section_words(plan, s.parent),
                span: s.span,
                task: None,
            }
        })
        .collect()
}

/// Most (upper item, lower item) pairs compared: 5,000 items on each side, far beyond any real
/// plan (the largest have a few hundred tasks), and seconds of matching (two 4,500-task plans
/// took 4.9 s, measured once). Past it a hostile or mistaken pair (two 10^5-line files) would
/// take hours, so it is not traced and the run says so.
pub const MAX_TRACE_PAIRS: usize = 25_000_000;

/// An upper plan traced against the plan being checked: what the `trace` rules read.
#[derive(Debug)]
pub struct Traced<'a> {
    pub upper: Vec<TraceItem<'a>>,
    pub lower: Vec<TraceItem<'a>>,
    pub trace: Trace,
    /// Not traced: the two plans hold more pairs than [`MAX_TRACE_PAIRS`] (the coverage is
    /// empty).
    pub too_large: bool,
    /// For each upper item not carried down (by its index), the heading of the lower plan
    /// where it belongs — the one whose title is most like the item's section and words — so
    /// the finding stands there (in an annotated copy, as a comment on that heading).
    pub belongs: Vec<(usize, crate::ingest::Span)>,
}

impl<'a> Traced<'a> {
    /// Trace `lower` (its text `lower_text`) against `upper`.
    pub fn new(
        upper: &'a Plan,
        upper_text: &str,
        lower: &'a Plan,
        lower_text: &str,
        settings: Settings,
        aims: &[String],
    ) -> Traced<'a> {
        let lower_plan = lower;
        let (upper, lower) = (
            items(upper, upper_text, aims),
            items(lower, lower_text, aims),
        );
        let too_large = upper.len().saturating_mul(lower.len()) > MAX_TRACE_PAIRS;
        let trace = if too_large {
            Trace {
                settings,
                coverage: Vec::new(),
                by_lower: Vec::new(),
            }
        } else {
            Trace::compute(&upper, &lower, settings)
        };
        let belongs = belongs(&upper, &trace, lower_plan);
        Traced {
            upper,
            lower,
            trace,
            too_large,
            belongs,
        }
    }

    /// The heading of the lower plan where upper item `u` belongs, if one is like it.
    pub fn belongs_at(&self, u: usize) -> Option<crate::ingest::Span> {
        self.belongs.iter().find(|(i, _)| *i == u).map(|(_, s)| *s)
    }

    /// The upper items lower task `task` carries, with their scores.
    pub fn uppers_of_task(&self, task: &Task) -> Vec<(&TraceItem<'a>, f64)> {
        // a plan's items are its tasks in order, when it has tasks
        let l = task.index.wrapping_sub(1);
        if self
            .lower
            .get(l)
            .is_none_or(|i| i.task.is_none_or(|t| t.index != task.index))
        {
            return Vec::new();
        }
        self.trace
            .carried_by_lower(l)
            .filter_map(|(u, s)| self.upper.get(u).map(|i| (i, s)))
            .collect()
    }
}

/// For each upper item not carried down, the lower heading most like its section and words
/// (cosine over bigrams, IDF over the lower headings and those items), when any is alike.
fn belongs(upper: &[TraceItem], trace: &Trace, lower: &Plan) -> Vec<(usize, crate::ingest::Span)> {
    let missing: Vec<usize> = trace.not_carried().map(|c| c.upper).collect();
    // numbered headings only: a page's chrome can read as an unnumbered one
    let sections: Vec<&crate::plan::model::Section> = lower
        .sections
        .iter()
        .filter(|s| s.number.is_some())
        .collect();
    if missing.is_empty() || sections.is_empty() {
        return Vec::new();
    }
    let headings: Vec<Vec<u64>> = sections.iter().map(|s| bigrams(&s.title)).collect();
    let wanted: Vec<Vec<u64>> = missing
        .iter()
        .map(|&u| {
            upper
                .get(u)
                .map(|i| bigrams(&format!("{}。{}", i.section, i.title)))
                .unwrap_or_default()
        })
        .collect();
    let idf = Idf::new(headings.iter().chain(&wanted).map(Vec::as_slice));
    let heading_vectors: Vec<Vector> = headings.iter().map(|h| idf.vector(h)).collect();
    missing
        .iter()
        .zip(&wanted)
        .filter_map(|(&u, w)| {
            let v = idf.vector(w);
            let (best, score) = heading_vectors
                .iter()
                .enumerate()
                .map(|(k, h)| (k, v.cosine(h)))
                .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.cmp(&a.0)))?;
            (score > 0.0).then(|| (u, sections[best].span))
        })
        .collect()
}

/// The words of a task that say what is to be done: its text without the units and deadlines
/// it names (two unrelated tasks of one unit must not look alike for that).
pub fn task_words(task: &Task) -> String {
    let mut text = task.text.value.clone();
    if let Some(title) = &task.title {
        if !text.contains(&title.value) {
            text = format!("{}。{text}", title.value);
        }
    }
    for u in &task.units {
        if !u.raw.is_empty() {
            text = text.replace(&u.raw, "，");
        }
    }
    for d in &task.deadlines {
        if !d.raw.is_empty() {
            text = text.replace(&d.raw, "，");
        }
    }
    text
}

/// The titles of a section and those around it, outermost first.
fn section_words(plan: &Plan, section: Option<usize>) -> String {
    let mut titles = Vec::new();
    let mut at = section;
    while let Some(i) = at {
        let Some(s) = plan.sections.get(i) else { break };
        titles.push(s.title.as_str());
        at = s.parent;
    }
    titles.reverse();
    titles.join("。")
}

impl Trace {
    /// Match the items of `lower` to those of `upper`.
    pub fn compute(upper: &[TraceItem], lower: &[TraceItem], settings: Settings) -> Trace {
        let words = |items: &[TraceItem]| -> Vec<Vec<u64>> {
            items.iter().map(|i| bigrams(&i.words)).collect()
        };
        let sections = |items: &[TraceItem]| -> Vec<Vec<u64>> {
            items.iter().map(|i| bigrams(&i.section)).collect()
        };
        let (uw, lw) = (words(upper), words(lower));
        let (us, ls) = (sections(upper), sections(lower));
        let idf = Idf::new(uw.iter().chain(&lw).map(Vec::as_slice));
        let vectors = |g: &[Vec<u64>]| -> Vec<Vector> { g.iter().map(|x| idf.vector(x)).collect() };
        let (uv, lv, usv, lsv) = (vectors(&uw), vectors(&lw), vectors(&us), vectors(&ls));
        // score[u][l]
        let score: Vec<Vec<f64>> = uv
            .iter()
            .enumerate()
            .map(|(u, a)| {
                lv.iter()
                    .enumerate()
                    .map(|(l, b)| {
                        let task = a.cosine(b);
                        let section = if usv[u].is_empty() || lsv[l].is_empty() {
                            0.0
                        } else {
                            usv[u].cosine(&lsv[l])
                        };
                        (task * (1.0 + SECTION_BOOST * section)).min(1.0)
                    })
                    .collect()
            })
            .collect();
        let mut carried: Vec<Vec<Match>> = vec![Vec::new(); upper.len()];
        // each upper item is carried by the lower task most like it (two items merged into one
        // task: the task's best is the other item, but it is still this item's best)
        for (u, row) in score.iter().enumerate() {
            let best = row
                .iter()
                .enumerate()
                .max_by(|a, b| a.1.total_cmp(b.1).then_with(|| b.0.cmp(&a.0)));
            if let Some((l, s)) = best.filter(|(_, s)| **s >= settings.threshold) {
                carried[u].push(Match {
                    lower: l,
                    score: *s,
                });
            }
        }
        // and by every lower task whose best it is (an item split into several tasks)
        for l in 0..lower.len() {
            let best = (0..upper.len())
                .map(|u| score[u][l])
                .fold(0.0_f64, f64::max);
            if best < settings.threshold {
                continue;
            }
            for (u, row) in score.iter().enumerate() {
                let s = row[l];
                if s >= settings.threshold
                    && s >= best * SECOND_SHARE
                    && !carried[u].iter().any(|m| m.lower == l)
                {
                    carried[u].push(Match { lower: l, score: s });
                }
            }
        }
        let by_score = |a: &Match, b: &Match| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.lower.cmp(&b.lower))
        };
        let coverage = carried
            .into_iter()
            .enumerate()
            .map(|(u, mut carried_by)| {
                carried_by.sort_by(by_score);
                let candidates = if carried_by.is_empty() {
                    let mut near: Vec<Match> = score[u]
                        .iter()
                        .enumerate()
                        .filter(|(_, s)| **s >= settings.threshold * CANDIDATE_FLOOR)
                        .map(|(l, s)| Match {
                            lower: l,
                            score: *s,
                        })
                        .collect();
                    near.sort_by(by_score);
                    near.truncate(settings.candidates);
                    near
                } else {
                    Vec::new()
                };
                Coverage {
                    upper: u,
                    carried_by,
                    candidates,
                }
            })
            .collect::<Vec<Coverage>>();
        let mut by_lower: Vec<Vec<(usize, f64)>> = vec![Vec::new(); lower.len()];
        for c in &coverage {
            for m in &c.carried_by {
                by_lower[m.lower].push((c.upper, m.score));
            }
        }
        Trace {
            settings,
            coverage,
            by_lower,
        }
    }

    /// The upper tasks lower task `l` carries, with their scores.
    pub fn carried_by_lower(&self, l: usize) -> impl Iterator<Item = (usize, f64)> + '_ {
        self.by_lower.get(l).into_iter().flatten().copied()
    }

    /// The upper tasks no lower task carries.
    pub fn not_carried(&self) -> impl Iterator<Item = &Coverage> {
        self.coverage.iter().filter(|c| c.carried_by.is_empty())
    }
}
