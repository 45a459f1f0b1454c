use planlint::ingest;
use planlint::plan::{lines, table, vocab::Vocabulary};
fn main() {
    let p = std::env::args().nth(1).unwrap();
    let src = ingest::read(std::path::Path::new(&p)).unwrap();
    let ls = lines::logical_lines(&src.text, src.kind);
    let v = Vocabulary::bundled().unwrap();
    for t in table::find_tables(&ls, &v, &planlint::plan::headings::Headings::new()) {
        println!(
            "{:?} cols={:?} lines {}..{}",
            t.style,
            t.columns
                .iter()
                .map(|c| (c.name.clone(), c.role))
                .collect::<Vec<_>>(),
            t.first_line,
            t.last_line
        );
        for r in &t.rows {
            println!(
                "  {:?}",
                r.cells
                    .iter()
                    .map(|c| c.text.chars().take(12).collect::<String>())
                    .collect::<Vec<_>>()
            );
        }
    }
}
