//! Plan: turn a decoded source into the plan model — layout detection, sections, tasks, units,
//! deadlines and meta, each value with its exact source span.

pub mod deadlines;
pub mod headings;
pub mod lines;
pub mod meta;
pub mod model;
mod paragraphs;
pub mod table;
mod tasks;
pub mod text;
pub mod units;
pub mod vocab;

use crate::ingest::{Source, SourceMap, Span};
use deadlines::{DeadlineGrammar, Mode};
use headings::Headings;
use lines::Line;
use meta::MetaPatterns;
use model::{Deadline, DeadlineSource, Layout, Notice, Plan, Section};
use vocab::Vocabulary;

/// A parser with its vocabulary and patterns compiled once, reusable across files and threads.
#[derive(Debug, Clone)]
pub struct Parser {
    vocab: Vocabulary,
    headings: Headings,
    deadlines: DeadlineGrammar,
    meta_patterns: MetaPatterns,
    row_patterns: tasks::RowPatterns,
}

/// What every parsing step needs: the source text, its map and the compiled vocabulary.
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub map: SourceMap,
    pub vocab: &'a Vocabulary,
    pub headings: &'a Headings,
    pub deadlines: &'a DeadlineGrammar,
    pub meta_patterns: &'a MetaPatterns,
    pub patterns: &'a tasks::RowPatterns,
    /// The plan's year, once the front matter is read: month-day deadlines resolve against it.
    pub year: Option<i32>,
}

impl Ctx<'_> {
    /// Span of the clean byte range `start..end` of a logical line.
    pub fn span(&self, line: &Line, start: usize, end: usize) -> Span {
        let (s, e) = line.source_range(start, end);
        self.map.span(self.text, s, e)
    }

    /// Deadlines in a line of text, with spans.
    pub fn deadlines_in(
        &self,
        line: &Line,
        mode: Mode,
        source: &DeadlineSource,
        inherited: bool,
    ) -> Vec<Deadline> {
        self.deadlines
            .find(&line.text, mode, self.year)
            .into_iter()
            .map(|m| Deadline {
                raw: line.text[m.start..m.end].to_owned(),
                span: self.span(line, m.start, m.end),
                value: m.value,
                source: source.clone(),
                inherited,
            })
            .collect()
    }
}

impl Parser {
    /// A parser over the given vocabulary.
    pub fn new(vocab: Vocabulary) -> Parser {
        Parser {
            headings: Headings::new(),
            deadlines: DeadlineGrammar::new(&vocab.standing),
            meta_patterns: MetaPatterns::new(&vocab.printed_suffix),
            row_patterns: tasks::RowPatterns::new(),
            vocab,
        }
    }

    /// A parser over the bundled vocabulary in `rules/plan/`.
    pub fn bundled() -> Result<Parser, vocab::VocabError> {
        Vocabulary::bundled().map(Parser::new)
    }

    /// Parse a decoded source. Parsing never fails: text that holds no plan gives a plan with
    /// no tasks, which the checks then report.
    pub fn parse(&self, source: &Source) -> Plan {
        let mut ctx = Ctx {
            text: &source.text,
            map: SourceMap::new(&source.text),
            vocab: &self.vocab,
            headings: &self.headings,
            deadlines: &self.deadlines,
            meta_patterns: &self.meta_patterns,
            patterns: &self.row_patterns,
            year: None,
        };
        let lines = lines::logical_lines(&source.text, source.kind);
        let tables = table::find_tables(&lines, &self.vocab, &self.headings);
        let first_table = tables.first().map(|t| t.first_line).unwrap_or(lines.len());
        let front = meta::front_matter(&ctx, &lines, first_table);
        ctx.year = front.meta.year.as_ref().map(|y| y.value);

        let notice = front.notice.map(|(first, last)| {
            let mut deadlines = Vec::new();
            for line in &lines[first..=last] {
                deadlines.extend(ctx.deadlines_in(
                    line,
                    Mode::Text,
                    &DeadlineSource::Text { column: None },
                    false,
                ));
            }
            let a = lines[first].trimmed();
            let b = lines[last].trimmed();
            Notice {
                span: ctx
                    .span(&a, 0, a.text.len())
                    .cover(ctx.span(&b, 0, b.text.len())),
                deadlines,
            }
        });

        let mut sections = Sections::default();
        let mut builder = tasks::TaskList::default();
        let mut table_tasks = 0;
        let mut paragraph_tasks = 0;
        let mut next_line = 0;
        for table in &tables {
            let before = builder.len();
            paragraphs::read(
                &ctx,
                &lines,
                next_line..table.first_line,
                &front.consumed,
                &mut sections,
                &mut builder,
            );
            paragraph_tasks += builder.len() - before;
            let before = builder.len();
            tasks::from_table(&ctx, table, &mut sections, &mut builder);
            table_tasks += builder.len() - before;
            next_line = table.last_line + 1;
        }
        let before = builder.len();
        paragraphs::read(
            &ctx,
            &lines,
            next_line..lines.len(),
            &front.consumed,
            &mut sections,
            &mut builder,
        );
        paragraph_tasks += builder.len() - before;
        let layout = match (table_tasks > 0, paragraph_tasks > 0) {
            (true, true) => Layout::Mixed,
            (true, false) => tables[0].style,
            (false, true) => Layout::Paragraphs,
            (false, false) => Layout::Unknown,
        };
        Plan {
            path: source.path.display().to_string(),
            encoding: source.encoding,
            layout,
            meta: front.meta,
            notice,
            sections: sections.list,
            tasks: builder.finish(),
        }
    }
}

/// Section headings seen so far and the current path through them.
#[derive(Debug, Default)]
pub(crate) struct Sections {
    pub list: Vec<Section>,
    path: Vec<usize>,
}

impl Sections {
    /// Enter a heading. A heading equal to the current one at its level (a page-break repeat,
    /// half- or full-width) is the same section.
    pub fn enter(
        &mut self,
        level: u8,
        label: &str,
        number: Option<u32>,
        title: &str,
        span: Span,
    ) -> usize {
        let title_key = text::normalize(title)
            .trim_end_matches(['。', '.'])
            .to_owned();
        if let Some(&cur) = self
            .path
            .iter()
            .rev()
            .find(|&&i| self.list[i].level == level)
        {
            let s = &self.list[cur];
            if s.number == number && s.title == title_key {
                return cur;
            }
        }
        while self
            .path
            .last()
            .is_some_and(|&i| self.list[i].level >= level)
        {
            self.path.pop();
        }
        let index = self.list.len();
        self.list.push(Section {
            index,
            level,
            label: label.to_owned(),
            number,
            title: title_key,
            span,
            parent: self.path.last().copied(),
        });
        self.path.push(index);
        index
    }

    /// The innermost current section.
    pub fn current(&self) -> Option<usize> {
        self.path.last().copied()
    }
}
