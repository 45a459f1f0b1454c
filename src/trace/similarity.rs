//! How alike two task texts are: TF-IDF over character bigrams, compared by cosine.
//!
//! Why bigrams and not words: Chinese has no spaces, and a lower plan rewords its upper plan
//! with the same key terms (政策解读, 权力清单, 预决算公开) in other order and other function words.
//! Character bigrams catch every such term without a dictionary (jieba's dictionary splits
//! government terms inconsistently: 预决算 / 预 决算), and the IDF, computed over both plans'
//! tasks, makes the words every task shares (政务公开, 工作, 加强) count for little. On the real
//! pair in tests/fixtures/trace this beat word tokens and BM25 (see docs/trace.md).

use std::collections::HashMap;

/// A character bigram, as the two chars packed into one number.
type Gram = u64;

/// Whether `c` takes part in matching: CJK ideographs, and ASCII letters and digits (PPP, 12345).
fn counts(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}') || c.is_ascii_alphanumeric()
}

/// The bigrams of `text`, over runs of characters that count (punctuation breaks a run).
pub fn bigrams(text: &str) -> Vec<Gram> {
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    for c in text.chars() {
        if !counts(c) {
            prev = None;
            continue;
        }
        if let Some(p) = prev {
            out.push(((p as u64) << 32) | c as u64);
        }
        prev = Some(c);
    }
    out
}

/// Inverse document frequencies over a collection of texts.
#[derive(Debug, Default)]
pub struct Idf {
    idf: HashMap<Gram, f64>,
    /// The weight of a bigram no text had (seen once, in the text being weighed).
    unseen: f64,
}

impl Idf {
    /// The IDF of each bigram of `texts`: ln(1 + N / df).
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a [Gram]>) -> Idf {
        let mut df: HashMap<Gram, usize> = HashMap::new();
        let mut n = 0usize;
        for grams in texts {
            n += 1;
            let mut seen: Vec<Gram> = grams.to_vec();
            seen.sort_unstable();
            seen.dedup();
            for g in seen {
                *df.entry(g).or_default() += 1;
            }
        }
        let n = n.max(1) as f64;
        Idf {
            idf: df
                .into_iter()
                .map(|(g, d)| (g, (1.0 + n / d as f64).ln()))
                .collect(),
            unseen: (1.0 + n).ln(),
        }
    }

    fn of(&self, g: Gram) -> f64 {
        self.idf.get(&g).copied().unwrap_or(self.unseen)
    }

    /// The unit-length TF-IDF vector of `grams` (sublinear term frequency), sorted by bigram.
    pub fn vector(&self, grams: &[Gram]) -> Vector {
        let mut tf: HashMap<Gram, usize> = HashMap::new();
        for g in grams {
            *tf.entry(*g).or_default() += 1;
        }
        let mut v: Vec<(Gram, f64)> = tf
            .into_iter()
            .map(|(g, n)| (g, (1.0 + (n as f64).ln()) * self.of(g)))
            .collect();
        let norm = v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
        if norm > 0.0 {
            for (_, w) in &mut v {
                *w /= norm;
            }
        }
        v.sort_unstable_by_key(|(g, _)| *g);
        Vector(v)
    }
}

/// A sparse unit vector.
#[derive(Debug, Clone, Default)]
pub struct Vector(Vec<(Gram, f64)>);

impl Vector {
    /// Cosine similarity with `other` (both unit length): 0 unrelated, 1 the same words.
    pub fn cosine(&self, other: &Vector) -> f64 {
        let (a, b) = (&self.0, &other.0);
        let (mut i, mut j, mut dot) = (0, 0, 0.0);
        while i < a.len() && j < b.len() {
            match a[i].0.cmp(&b[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    dot += a[i].1 * b[j].1;
                    i += 1;
                    j += 1;
                }
            }
        }
        dot
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reworded_tasks_are_closer_than_unrelated_ones() {
        let texts = [
            "全面公开省级政府工作部门权力清单和责任清单，实行动态调整。",
            "及时公开本级政府部门权力清单、责任清单，并动态调整。",
            "推进预决算公开，细化公开到支出功能分类的项级科目。",
        ];
        let grams: Vec<Vec<Gram>> = texts.iter().map(|t| bigrams(t)).collect();
        let idf = Idf::new(grams.iter().map(Vec::as_slice));
        let v: Vec<Vector> = grams.iter().map(|g| idf.vector(g)).collect();
        assert!(v[0].cosine(&v[1]) > 0.3, "{}", v[0].cosine(&v[1]));
        assert!(v[0].cosine(&v[2]) < 0.1, "{}", v[0].cosine(&v[2]));
        assert!((v[2].cosine(&v[2]) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn punctuation_breaks_bigrams() {
        assert_eq!(bigrams("公开，解读").len(), 2);
        assert!(bigrams("，。").is_empty());
    }
}
