//! Bar charts as SVG drawn on the server: the page needs no chart script and makes no request
//! anywhere. Labels are escaped like all other text.

use crate::report::escape_markup as escape;

/// One bar of a chart: a label and its segments (value and CSS class), drawn side by side
/// when `grouped`, else stacked.
pub struct Bar {
    pub label: String,
    pub segments: Vec<(usize, &'static str)>,
    /// Where a click on the label goes.
    pub link: Option<String>,
}

/// Width of the label column, in pixels: about 14 Chinese characters.
const LABEL_WIDTH: usize = 210;
/// Width of the bars' column at the largest value.
const PLOT_WIDTH: usize = 420;
/// Room for the value printed after a bar.
const VALUE_WIDTH: usize = 50;
/// Height of one row.
const ROW_HEIGHT: usize = 22;
/// Most characters of a label drawn; the full label is in the bar's tooltip.
const LABEL_CHARS: usize = 15;

/// A horizontal bar chart titled `title`; with `grouped`, each segment is its own thin bar.
pub fn bars(title: &str, bars: &[Bar], grouped: bool, legend: &[(&str, &'static str)]) -> String {
    let largest = bars
        .iter()
        .map(|b| {
            if grouped {
                b.segments.iter().map(|s| s.0).max().unwrap_or(0)
            } else {
                b.segments.iter().map(|s| s.0).sum()
            }
        })
        .max()
        .unwrap_or(0)
        .max(1);
    let width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;
    let legend_height = if legend.is_empty() { 0 } else { ROW_HEIGHT };
    let height = bars.len() * ROW_HEIGHT + legend_height + 4;
    let mut svg = format!(
        "<figure class=\"chart\"><figcaption>{}</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{0}\">",
        escape(title)
    );
    for (i, (name, class)) in legend.iter().enumerate() {
        let x = LABEL_WIDTH + i * 110;
        svg.push_str(&format!(
            "<rect class=\"{class}\" x=\"{x}\" y=\"4\" width=\"12\" height=\"12\"/><text x=\"{}\" y=\"15\">{}</text>",
            x + 16,
            escape(name)
        ));
    }
    let scale = |v: usize| (v * PLOT_WIDTH).div_ceil(largest);
    for (row, bar) in bars.iter().enumerate() {
        let y = legend_height + row * ROW_HEIGHT;
        let shown: String = bar.label.chars().take(LABEL_CHARS).collect();
        let shown = if shown.len() < bar.label.len() {
            format!("{shown}…")
        } else {
            shown
        };
        let label = format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\"><title>{}</title>{}</text>",
            LABEL_WIDTH - 6,
            y + 15,
            escape(&bar.label),
            escape(&shown)
        );
        match &bar.link {
            Some(href) => svg.push_str(&format!("<a href=\"{}\">{label}</a>", escape(href))),
            None => svg.push_str(&label),
        }
        let mut x = LABEL_WIDTH;
        let n = bar.segments.len().max(1);
        for (k, (value, class)) in bar.segments.iter().enumerate() {
            let w = scale(*value);
            let (bx, by, bh) = if grouped {
                let h = (ROW_HEIGHT - 6) / n;
                (LABEL_WIDTH, y + 3 + k * h, h.max(2))
            } else {
                (x, y + 3, ROW_HEIGHT - 6)
            };
            svg.push_str(&format!(
                "<rect class=\"{class}\" x=\"{bx}\" y=\"{by}\" width=\"{w}\" height=\"{bh}\"><title>{}：{value}</title></rect>",
                escape(&bar.label)
            ));
            if grouped {
                svg.push_str(&format!(
                    "<text class=\"value\" x=\"{}\" y=\"{}\">{value}</text>",
                    bx + w + 4,
                    by + bh
                ));
            }
            x += w;
        }
        if !grouped {
            let total: usize = bar.segments.iter().map(|s| s.0).sum();
            svg.push_str(&format!(
                "<text class=\"value\" x=\"{}\" y=\"{}\">{total}</text>",
                x + 4,
                y + 15
            ));
        }
    }
    svg.push_str("</svg></figure>\n");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped_and_bars_scaled() {
        let svg = bars(
            "按规则",
            &[
                Bar {
                    label: "<script>alert(1)</script>".into(),
                    segments: vec![(4, "error")],
                    link: None,
                },
                Bar {
                    label: "b".into(),
                    segments: vec![(2, "warning")],
                    link: Some("/x?a=1&b=2".into()),
                },
            ],
            false,
            &[],
        );
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;"));
        assert!(svg.contains(&format!("width=\"{PLOT_WIDTH}\"")));
        assert!(svg.contains(&format!("width=\"{}\"", PLOT_WIDTH / 2)));
        assert!(svg.contains("href=\"/x?a=1&amp;b=2\""));
    }
}
