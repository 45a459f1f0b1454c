//! Markup tokens shared by the readers: tags, comments and character entities. Tolerant of the
//! broken markup government pages and text exports carry: what is not a tag is text.

/// A markup tag or comment in the source.
#[derive(Debug, Clone)]
pub struct Tag<'a> {
    pub start: usize,
    pub end: usize,
    /// Lower-case element name; `!--` for a comment, `!doctype` for a declaration.
    pub name: String,
    pub closing: bool,
    pub self_closing: bool,
    attrs: &'a str,
}

impl Tag<'_> {
    /// The value of attribute `name` (case-insensitive), entities not decoded.
    pub fn attribute(&self, name: &str) -> Option<&str> {
        let bytes = self.attrs.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
                i += 1;
            }
            let key_start = i;
            while i < bytes.len()
                && !bytes[i].is_ascii_whitespace()
                && bytes[i] != b'='
                && bytes[i] != b'/'
            {
                i += 1;
            }
            let key = &self.attrs[key_start..i];
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            let mut value = "";
            if i < bytes.len() && bytes[i] == b'=' {
                i += 1;
                while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                    i += 1;
                }
                if i < bytes.len() && (bytes[i] == b'"' || bytes[i] == b'\'') {
                    let q = bytes[i];
                    let v_start = i + 1;
                    i = v_start;
                    while i < bytes.len() && bytes[i] != q {
                        i += 1;
                    }
                    value = &self.attrs[v_start..i.min(bytes.len())];
                    i += 1;
                } else {
                    let v_start = i;
                    while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
                        i += 1;
                    }
                    value = &self.attrs[v_start..i];
                }
            }
            if key.eq_ignore_ascii_case(name) {
                return Some(value);
            }
            if key.is_empty() {
                i += 1;
            }
        }
        None
    }

    /// A numeric attribute such as `rowspan`, clamped to `1..=max`.
    pub fn span_attribute(&self, name: &str, max: usize) -> usize {
        self.attribute(name)
            .and_then(|v| v.trim().parse::<usize>().ok())
            .unwrap_or(1)
            .clamp(1, max)
    }
}

/// Longest tag accepted across a line break: beyond it a `<` is text (`分值权重<4%且 a < b`).
const MAX_MULTILINE_TAG: usize = 200;
/// …and a tag of quoted attributes with no `<` inside (Word's multi-line `style="…"`).
const MAX_MULTILINE_ATTRIBUTES_TAG: usize = 2000;

/// A markup tag or comment starting at `i`: `<p>`, `</p>`, `<br/>`, `<span class="x">`,
/// `<!-- … -->`, `<!DOCTYPE html>`. Anything else (`<2019>`, a lone `<`) is text.
pub fn tag_at(text: &str, i: usize) -> Option<Tag<'_>> {
    let rest = &text[i..];
    if let Some(body) = rest.strip_prefix("<!--") {
        let end = body.find("-->").map(|e| e + 4 + 3).unwrap_or(rest.len());
        return Some(Tag {
            start: i,
            end: i + end,
            name: "!--".into(),
            closing: false,
            self_closing: true,
            attrs: "",
        });
    }
    let after = rest.strip_prefix('<')?;
    let (closing, after) = match after.strip_prefix('/') {
        Some(a) => (true, a),
        None => (false, after),
    };
    let (bang, after) = match after.strip_prefix('!') {
        Some(a) => (true, a),
        None => (false, after),
    };
    let name_len = after
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b':' || *b == b'-')
        .count();
    if name_len == 0 || !after.as_bytes()[0].is_ascii_alphabetic() {
        return None;
    }
    let mut name = after[..name_len].to_ascii_lowercase();
    if bang {
        name.insert(0, '!');
    }
    let tail = &after[name_len..];
    let first = tail.chars().next()?;
    if !(first == '>' || first == '/' || first.is_ascii_whitespace()) {
        return None;
    }
    let close = tag_end(tail)?;
    // (Word's styles run over lines inside a quoted value, `style="margin-left:…;` / `mso-…"`:
    // a tag of attributes with no `<` inside may be longer)
    let attributes = !tail[..close].contains('<') && tail[..close].contains(['"', '\'']);
    let longest = if attributes {
        MAX_MULTILINE_ATTRIBUTES_TAG
    } else {
        MAX_MULTILINE_TAG
    };
    if tail[..close].contains(['<', '\n']) && close > longest {
        return None;
    }
    let end = i + (rest.len() - tail.len()) + close + 1;
    let attrs = &tail[..close];
    Some(Tag {
        start: i,
        end,
        name,
        closing,
        self_closing: attrs.trim_end().ends_with('/'),
        attrs,
    })
}

/// Offset of the `>` that ends a tag, skipping quoted attribute values.
fn tag_end(tail: &str) -> Option<usize> {
    let mut quote = None;
    for (i, b) in tail.bytes().enumerate() {
        match (quote, b) {
            (None, b'>') => return Some(i),
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if q == b => quote = None,
            _ => {}
        }
    }
    None
}

/// Longest entity name considered: `&thinsp;` and numeric references fit.
const MAX_ENTITY: usize = 12;

/// The character an entity at `i` stands for, and the offset after it.
pub fn entity_at(text: &str, i: usize) -> Option<(char, usize)> {
    let rest = &text[i..];
    let semi = rest
        .char_indices()
        .take(MAX_ENTITY)
        .find(|&(_, c)| c == ';')?
        .0;
    let name = &rest[1..semi];
    let c = match name {
        // (a collection site's copies lose the n: `&bsp;&bsp;各级各类学校…`)
        "nbsp" | "bsp" => ' ',
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "ensp" | "emsp" | "thinsp" => ' ',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "middot" => '·',
        "times" => '×',
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code).filter(|c| !c.is_control() || matches!(c, '\t' | '\n'))?
        }
    };
    Some((c, i + semi + 1))
}

/// Elements whose content is never visible text.
pub fn is_hidden_container(name: &str) -> bool {
    matches!(
        name,
        "script" | "style" | "title" | "noscript" | "template" | "textarea" | "select"
    )
}

/// Offset just past the end tag `</name>` at or after `from` (case-insensitive), or the end of
/// the text.
pub fn skip_to_end_tag(text: &str, from: usize, name: &str) -> usize {
    let needle = format!("</{name}");
    let bytes = text.as_bytes();
    let mut i = from;
    while let Some(at) = text[i..].find("</") {
        let at = i + at;
        if bytes.len() >= at + needle.len()
            && bytes[at..at + needle.len()].eq_ignore_ascii_case(needle.as_bytes())
        {
            return text[at..]
                .find('>')
                .map(|g| at + g + 1)
                .unwrap_or(text.len());
        }
        i = at + 2;
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_end_tag_search_never_splits_a_character() {
        // `</s` then a multi-byte character where `</script` would end
        let text = "<script>a</s信息</script>b";
        assert_eq!(skip_to_end_tag(text, 8, "script"), text.len() - 1);
        assert_eq!(skip_to_end_tag("</信", 0, "script"), "</信".len());
    }

    #[test]
    fn tags_attributes_and_text_that_is_not_a_tag() {
        let t = tag_at("<td rowSpan=\"7\" class='a>b' colspan=2>x", 0).unwrap();
        assert_eq!(t.name, "td");
        assert_eq!(t.attribute("rowspan"), Some("7"));
        assert_eq!(t.attribute("class"), Some("a>b"));
        assert_eq!(t.span_attribute("colspan", 100), 2);
        assert!(tag_at("<2019>", 0).is_none());
        assert!(tag_at("< b", 0).is_none());
        let c = tag_at("<!-- x -->y", 0).unwrap();
        assert_eq!(c.end, 10);
        let d = tag_at("<!DOCTYPE html>", 0).unwrap();
        assert_eq!(d.name, "!doctype");
        let ns = tag_at("<st1:chsdate Year=\"2015\">", 0).unwrap();
        assert_eq!(ns.name, "st1:chsdate");
    }

    #[test]
    fn a_word_paragraph_whose_style_runs_over_lines_is_a_tag() {
        // Word breaks a long `style="…"` over lines: still one tag, however long
        let style = "margin-left:15.9500pt;mso-para-margin-left:1.5200gd;text-indent:16.0000pt;\n\
                     mso-char-indent-count:1.0000;text-autospace:ideograph-numeric;mso-pagination:none;\n\
                     line-height:30.0000pt;mso-line-height-rule:exactly;";
        let html = format!("<p class=\"MsoNormal\" style=\"{style}\">1.现场准备</p>");
        let t = tag_at(&html, 0).unwrap();
        assert_eq!(t.name, "p");
        assert_eq!(&html[t.end..t.end + "1.".len()], "1.");
        // a `<` opening words and a long text over lines is not one
        let text = format!("a <b {}> c", "x\n".repeat(150));
        assert!(tag_at(&text, 2).is_none());
    }

    #[test]
    fn entities() {
        assert_eq!(entity_at("&nbsp;x", 0), Some((' ', 6)));
        assert_eq!(entity_at("&bsp;x", 0), Some((' ', 5)));
        assert_eq!(entity_at("&#20013;", 0), Some(('中', 8)));
        assert_eq!(entity_at("&#x4E2D;", 0), Some(('中', 8)));
        assert_eq!(entity_at("&amp 公开", 0), None);
    }

    #[test]
    fn end_tags_are_found_case_insensitively() {
        let s = "<script>var a = '</div>';</SCRIPT>after";
        assert_eq!(&s[skip_to_end_tag(s, 8, "script")..], "after");
    }
}
