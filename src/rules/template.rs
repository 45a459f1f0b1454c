//! Message templates: `任务 {task.number} 未明确牵头单位`. Placeholders are checked when a rule is
//! loaded, so a typo in one is an error at load time, not a blank in a report.

/// A parsed template.
#[derive(Debug, Clone)]
pub struct Template {
    parts: Vec<Part>,
}

#[derive(Debug, Clone)]
enum Part {
    Text(String),
    Var(String),
}

/// A placeholder that is not allowed, with its byte offset in the template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    pub offset: usize,
    pub message: String,
}

impl Template {
    /// Parse `text`; every `{name}` must be in `allowed`. `{{` and `}}` are literal braces.
    pub fn parse(text: &str, allowed: &[&str]) -> Result<Template, TemplateError> {
        let mut parts = Vec::new();
        let mut lit = String::new();
        let mut rest = text;
        let mut offset = 0;
        while let Some(i) = rest.find(['{', '}']) {
            lit.push_str(&rest[..i]);
            let c = rest.as_bytes()[i];
            let after = &rest[i + 1..];
            if after.as_bytes().first() == Some(&c) {
                lit.push(c as char);
                offset += i + 2;
                rest = &after[1..];
                continue;
            }
            if c == b'}' {
                return Err(TemplateError {
                    offset: offset + i,
                    message: "unmatched `}` (write `}}` for a literal brace)".into(),
                });
            }
            let Some(close) = after.find('}') else {
                return Err(TemplateError {
                    offset: offset + i,
                    message: "unclosed `{` (write `{{` for a literal brace)".into(),
                });
            };
            let name = after[..close].trim();
            if !allowed.contains(&name) {
                return Err(TemplateError {
                    offset: offset + i,
                    message: format!(
                        "unknown placeholder `{{{name}}}`{}; this rule can use: {}",
                        crate::suggest::closest(name, allowed.iter().copied())
                            .map(|c| format!(" (did you mean `{{{c}}}`?)"))
                            .unwrap_or_default(),
                        allowed
                            .iter()
                            .map(|a| format!("{{{a}}}"))
                            .collect::<Vec<_>>()
                            .join(" ")
                    ),
                });
            }
            if !lit.is_empty() {
                parts.push(Part::Text(std::mem::take(&mut lit)));
            }
            parts.push(Part::Var(name.to_owned()));
            offset += i + 1 + close + 1;
            rest = &after[close + 1..];
        }
        lit.push_str(rest);
        if !lit.is_empty() {
            parts.push(Part::Text(lit));
        }
        Ok(Template { parts })
    }

    /// Fill the placeholders; one without a value renders as `—`.
    pub fn render(&self, value: impl Fn(&str) -> Option<String>) -> String {
        let mut out = String::new();
        for p in &self.parts {
            match p {
                Part::Text(t) => out.push_str(t),
                Part::Var(v) => out.push_str(&value(v).unwrap_or_else(|| "—".into())),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_and_escapes() {
        let t = Template::parse(
            "任务 {task.number} 缺少{expected}，{{字面}}",
            &["task.number", "expected"],
        )
        .unwrap();
        let out = t.render(|v| match v {
            "task.number" => Some("3".into()),
            _ => None,
        });
        assert_eq!(out, "任务 3 缺少—，{字面}");
    }

    #[test]
    fn unknown_placeholder_is_located() {
        let e = Template::parse("任务 {task.numbr}", &["task.number"]).unwrap_err();
        assert_eq!(e.offset, "任务 ".len());
        assert!(e.message.contains("unknown placeholder `{task.numbr}`"));
    }
}
