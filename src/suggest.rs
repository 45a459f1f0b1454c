//! "Did you mean …?": the known name closest to a mistyped one (a rule id, a YAML key, a
//! placeholder), so an error says what to write instead of only what is wrong.

/// Edits (insertions, deletions, substitutions) a suggestion may be away from what was typed:
/// one per three characters, at least two — further off, a suggestion is a guess.
fn max_edits(typed: &str) -> usize {
    (typed.chars().count() / 3).max(2)
}

/// Shortest typed name taken for the start of a longer one: shorter, too many names begin so.
const MIN_PREFIX_CHARS: usize = 4;

/// Levenshtein distance over characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(row[j]).min(cur)
            };
            prev = cur;
        }
    }
    row[b.len()]
}

/// The candidate closest to `typed`, if one is close enough to be what was meant.
pub fn closest<'a>(typed: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .filter(|c| *c != typed)
        // a name cut short (`sole_unit` for `sole_unit_is_lead`) is as good as one typo
        .map(|c| {
            let cut_short = typed.chars().count() >= MIN_PREFIX_CHARS && c.starts_with(typed);
            (if cut_short { 1 } else { distance(typed, c) }, c)
        })
        .filter(|(d, _)| *d <= max_edits(typed))
        .min_by_key(|(d, c)| (*d, *c))
        .map(|(_, c)| c)
}

/// ` — did you mean `x`?` for a message, or nothing.
pub fn did_you_mean<'a>(typed: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    closest(typed, candidates)
        .map(|c| format!(" — did you mean `{c}`?"))
        .unwrap_or_default()
}

/// A serde message naming an unknown field or variant and the expected ones (`unknown field
/// `pakcs`, expected one of `packs`, `rules``) with the closest expected name added.
pub fn serde_message(message: &str) -> String {
    let Some(rest) = message
        .strip_prefix("unknown field `")
        .or_else(|| message.strip_prefix("unknown variant `"))
    else {
        return message.to_owned();
    };
    let Some(end) = rest.find('`') else {
        return message.to_owned();
    };
    let typed = &rest[..end];
    let expected: Vec<&str> = rest[end + 1..].split('`').skip(1).step_by(2).collect();
    match closest(typed, expected.iter().copied()) {
        // before the location serde appends (` at line 3 column 1`)
        Some(c) => match message.find(" at line ") {
            Some(at) => format!("{}, did you mean `{c}`?{}", &message[..at], &message[at..]),
            None => format!("{message}, did you mean `{c}`?"),
        },
        None => message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_what_is_close_and_nothing_else() {
        let rules = [
            "gov-openness::lead-unit-named",
            "gov-openness::deadline-present",
        ];
        assert_eq!(
            closest("gov-openness::lead-unit-nmaed", rules),
            Some("gov-openness::lead-unit-named")
        );
        assert_eq!(closest("completely-else", rules), None);
        assert_eq!(
            closest("sole_unit", ["field", "sole_unit_is_lead"]),
            Some("sole_unit_is_lead")
        );
        assert_eq!(
            serde_message("unknown field `pakcs`, expected one of `packs`, `rules`, `exclude`"),
            "unknown field `pakcs`, expected one of `packs`, `rules`, `exclude`, did you mean `packs`?"
        );
        assert_eq!(
            serde_message("unknown field `zzz`, expected `packs` or `rules`"),
            "unknown field `zzz`, expected `packs` or `rules`"
        );
    }
}
