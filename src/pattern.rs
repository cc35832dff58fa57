//! The small drafting language of templates.
//!
//! `{name}` puts in a value; `[ … ]` is an optional part, left out whole when any value in
//! it is empty; `{{` and `}}` write a brace, and `[[`, `]]` a square bracket outside
//! optional parts. A value missing outside an
//! optional part is shown as a visible placeholder (`[label]`) so the user sees what to
//! fill in, and the pre-send checks can find it.
//!
//! Written by hand rather than with a template engine: press secretaries write their own
//! templates, so the syntax must stay this small, and the parser must report unknown names
//! with their position when a template is loaded.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Literal(String),
    Slot(String),
    Optional(Vec<Piece>),
}

/// A parsed pattern, ready to fill in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    pieces: Vec<Piece>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct PatternError {
    /// Character offset into the pattern text.
    pub offset: usize,
    pub message: String,
}

impl fmt::Display for PatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at character {}: {}", self.offset + 1, self.message)
    }
}

impl Pattern {
    pub fn parse(text: &str) -> Result<Pattern, PatternError> {
        let chars: Vec<char> = text.chars().collect();
        let mut pos = 0;
        let pieces = parse_pieces(&chars, &mut pos, false)?;
        Ok(Pattern { pieces })
    }

    /// Every name the pattern uses, in order of appearance.
    pub fn slots(&self) -> Vec<&str> {
        fn collect<'a>(pieces: &'a [Piece], out: &mut Vec<&'a str>) {
            for piece in pieces {
                match piece {
                    Piece::Literal(_) => {}
                    Piece::Slot(name) => out.push(name),
                    Piece::Optional(inner) => collect(inner, out),
                }
            }
        }
        let mut out = Vec::new();
        collect(&self.pieces, &mut out);
        out
    }

    /// Fills the pattern. `value` returns the text for a name (empty when not filled in);
    /// `placeholder` what to show for an empty value that is not optional.
    pub fn fill(
        &self,
        value: &dyn Fn(&str) -> String,
        placeholder: &dyn Fn(&str) -> String,
    ) -> String {
        let mut out = String::new();
        fill_pieces(&self.pieces, value, placeholder, &mut out);
        tidy_spaces(&out)
    }
}

fn parse_pieces(
    chars: &[char],
    pos: &mut usize,
    inside_optional: bool,
) -> Result<Vec<Piece>, PatternError> {
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let start = pos.saturating_sub(1);
    while *pos < chars.len() {
        let ch = chars[*pos];
        let next = chars.get(*pos + 1).copied();
        match ch {
            // Doubled brackets write the bracket itself. Inside an optional part `]]` closes
            // two nested parts instead, so square brackets double only outside them.
            '{' | '}' if next == Some(ch) => {
                literal.push(ch);
                *pos += 2;
            }
            '[' | ']' if next == Some(ch) && !inside_optional => {
                literal.push(ch);
                *pos += 2;
            }
            '{' => {
                let open = *pos;
                let close = chars[open..]
                    .iter()
                    .position(|&c| c == '}')
                    .map(|i| open + i)
                    .ok_or_else(|| PatternError {
                        offset: open,
                        message: "«{» is never closed with «}»".into(),
                    })?;
                let name: String = chars[open + 1..close].iter().collect();
                let name = name.trim();
                if name.is_empty()
                    || !name
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
                {
                    return Err(PatternError {
                        offset: open,
                        message: format!(
                            "«{{{name}}}» is not a field name (use letters a–z, digits, _ and .)"
                        ),
                    });
                }
                if !literal.is_empty() {
                    pieces.push(Piece::Literal(std::mem::take(&mut literal)));
                }
                pieces.push(Piece::Slot(name.to_string()));
                *pos = close + 1;
            }
            '}' => {
                return Err(PatternError {
                    offset: *pos,
                    message: "«}» without «{» (write «}}» for the bracket itself)".into(),
                });
            }
            '[' => {
                *pos += 1;
                if !literal.is_empty() {
                    pieces.push(Piece::Literal(std::mem::take(&mut literal)));
                }
                let inner = parse_pieces(chars, pos, true)?;
                pieces.push(Piece::Optional(inner));
            }
            ']' => {
                if !inside_optional {
                    return Err(PatternError {
                        offset: *pos,
                        message: "«]» without «[» (write «]]» for the bracket itself)".into(),
                    });
                }
                *pos += 1;
                if !literal.is_empty() {
                    pieces.push(Piece::Literal(literal));
                }
                return Ok(pieces);
            }
            _ => {
                literal.push(ch);
                *pos += 1;
            }
        }
    }
    if inside_optional {
        return Err(PatternError {
            offset: start,
            message: "«[» is never closed with «]»".into(),
        });
    }
    if !literal.is_empty() {
        pieces.push(Piece::Literal(literal));
    }
    Ok(pieces)
}

fn fill_pieces(
    pieces: &[Piece],
    value: &dyn Fn(&str) -> String,
    placeholder: &dyn Fn(&str) -> String,
    out: &mut String,
) {
    for piece in pieces {
        match piece {
            Piece::Literal(text) => out.push_str(text),
            Piece::Slot(name) => {
                let text = value(name);
                if text.trim().is_empty() {
                    out.push_str(&placeholder(name));
                } else {
                    out.push_str(text.trim());
                }
            }
            Piece::Optional(inner) => {
                if all_slots_filled(inner, value) {
                    fill_pieces(inner, value, placeholder, out);
                }
            }
        }
    }
}

fn all_slots_filled(pieces: &[Piece], value: &dyn Fn(&str) -> String) -> bool {
    pieces.iter().all(|piece| match piece {
        Piece::Literal(_) => true,
        Piece::Slot(name) => !value(name).trim().is_empty(),
        Piece::Optional(_) => true,
    })
}

/// Dropping an optional part can leave doubled spaces or a space before punctuation.
fn tidy_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if ch == ' ' && (out.ends_with(' ') || out.is_empty()) {
            continue;
        }
        if matches!(ch, ',' | '.' | ';' | ':' | ')') && out.ends_with(' ') {
            out.pop();
        }
        out.push(ch);
    }
    out.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fill(pattern: &str, values: &[(&str, &str)]) -> String {
        let pattern = Pattern::parse(pattern).unwrap();
        let lookup = |name: &str| {
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
                .unwrap_or_default()
        };
        pattern.fill(&lookup, &|name| format!("[{name}]"))
    }

    #[test]
    fn fills_values_and_marks_missing_ones() {
        assert_eq!(
            fill(
                "{host.position} встретился с делегацией {origin}",
                &[("host.position", "Аким области")]
            ),
            "Аким области встретился с делегацией [origin]"
        );
    }

    #[test]
    fn optional_part_disappears_with_its_empty_value() {
        let p = "Делегацию возглавил {leader}[, в составе — {members}].";
        assert_eq!(fill(p, &[("leader", "мэр")]), "Делегацию возглавил мэр.");
        assert_eq!(
            fill(p, &[("leader", "мэр"), ("members", "5 человек")]),
            "Делегацию возглавил мэр, в составе — 5 человек."
        );
        assert_eq!(fill("Встреча [в {place} ]прошла.", &[]), "Встреча прошла.");
    }

    #[test]
    fn doubled_brackets_are_literal() {
        assert_eq!(fill("{{x}} [[1]]", &[]), "{x} [1]");
    }

    #[test]
    fn nested_optional_parts_close_together() {
        let p = "Встреча[ в {city}[ ({country})]].";
        assert_eq!(
            fill(p, &[("city", "Мяньяне"), ("country", "КНР")]),
            "Встреча в Мяньяне (КНР)."
        );
        assert_eq!(fill(p, &[("city", "Мяньяне")]), "Встреча в Мяньяне.");
        assert_eq!(fill(p, &[]), "Встреча.");
    }

    #[test]
    fn reports_where_a_pattern_is_broken() {
        let err = Pattern::parse("Аким {host").unwrap_err();
        assert_eq!(err.offset, 5);
        assert!(Pattern::parse("a ] b").is_err());
        assert!(Pattern::parse("a [ b").is_err());
        assert!(Pattern::parse("{два слова}").is_err());
    }

    #[test]
    fn lists_its_slots() {
        let p = Pattern::parse("{a} [x {b}] {c.d}").unwrap();
        assert_eq!(p.slots(), vec!["a", "b", "c.d"]);
    }
}
