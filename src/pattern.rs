//! The small drafting language of templates.
//!
//! `{name}` puts in a value; `[ … ]` is an optional part, left out whole when any value in
//! it is empty (a required fact not yet typed keeps the part and shows its placeholder, so
//! `[ {date}]` drops only a date the release gives elsewhere); `{{` and `}}` write a brace, and `[[`, `]]` a square bracket outside
//! optional parts. A value missing outside an optional part is shown as a visible
//! placeholder (`[label]`) so the user sees what to fill in, and the pre-send checks can
//! find it.
//!
//! `{name:form|form|…}` is a choice: what `name` is decides which form is written.
//! The drafting knows the kinds (see [`crate::draft`]): a person chooses by gender
//! (`{host:встретился|встретилась}`), a count by its plural category
//! (`{memoranda:меморандум|меморандума|меморандумов}`), a switch writes its one form only
//! when on (`{thanks:Гости поблагодарили …}`), and a case code puts the value in that
//! Kazakh case (`{destination:dat}` → «Алматыға»). A choice that comes out empty makes its
//! optional part disappear, like an empty value, and outside one writes nothing.
//!
//! Written by hand rather than with a template engine: press secretaries write their own
//! templates, so the syntax must stay this small, and the parser must report unknown names
//! with their position when a template is loaded.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Literal(String),
    Slot(String),
    /// `{name:form|form}`: a form chosen by what `name` is.
    Choice(String, Vec<String>),
    Optional(Vec<Piece>),
}

/// What a pattern is filled from.
pub trait Values {
    /// The text for `name`; empty when not filled in.
    fn value(&self, name: &str) -> String;
    /// The form of `forms` that `name` chooses; empty when none applies (a switch that is
    /// off).
    fn choose(&self, name: &str, forms: &[String]) -> String;
    /// What to show for an empty value that is not optional.
    fn placeholder(&self, name: &str) -> String;
    /// Whether an empty `name` is still to be filled in, so that even inside an optional
    /// part it shows its placeholder rather than silently dropping the part: a required
    /// fact the user has not typed yet. False for a value that is empty on purpose.
    fn awaited(&self, _name: &str) -> bool {
        false
    }
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
                    Piece::Slot(name) | Piece::Choice(name, _) => out.push(name),
                    Piece::Optional(inner) => collect(inner, out),
                }
            }
        }
        let mut out = Vec::new();
        collect(&self.pieces, &mut out);
        out
    }

    /// Fills the pattern from `values`.
    pub fn fill(&self, values: &dyn Values) -> String {
        let mut out = String::new();
        fill_pieces(&self.pieces, values, &mut out);
        tidy_spaces(&out)
    }

    /// The forms each choice of the pattern offers, by name, for validating templates.
    pub fn choices(&self) -> Vec<(&str, &[String])> {
        fn collect<'a>(pieces: &'a [Piece], out: &mut Vec<(&'a str, &'a [String])>) {
            for piece in pieces {
                match piece {
                    Piece::Choice(name, forms) => out.push((name.as_str(), forms.as_slice())),
                    Piece::Optional(inner) => collect(inner, out),
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        collect(&self.pieces, &mut out);
        out
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
                let inside: String = chars[open + 1..close].iter().collect();
                let (name, forms) = match inside.split_once(':') {
                    Some((name, forms)) => (
                        name,
                        Some(forms.split('|').map(|f| f.to_string()).collect::<Vec<_>>()),
                    ),
                    None => (inside.as_str(), None),
                };
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
                pieces.push(match forms {
                    Some(forms) => Piece::Choice(name.to_string(), forms),
                    None => Piece::Slot(name.to_string()),
                });
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

fn fill_pieces(pieces: &[Piece], values: &dyn Values, out: &mut String) {
    for piece in pieces {
        match piece {
            Piece::Literal(text) => out.push_str(text),
            Piece::Slot(name) => {
                let text = values.value(name);
                if text.trim().is_empty() {
                    out.push_str(&values.placeholder(name));
                } else {
                    out.push_str(text.trim());
                }
            }
            Piece::Choice(name, forms) => out.push_str(values.choose(name, forms).trim()),
            Piece::Optional(inner) => {
                if all_slots_filled(inner, values) {
                    fill_pieces(inner, values, out);
                }
            }
        }
    }
}

fn all_slots_filled(pieces: &[Piece], values: &dyn Values) -> bool {
    pieces.iter().all(|piece| match piece {
        Piece::Literal(_) => true,
        Piece::Slot(name) => !values.value(name).trim().is_empty() || values.awaited(name),
        Piece::Choice(name, forms) => !values.choose(name, forms).trim().is_empty(),
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

    /// Values from a list; a choice takes the form numbered by the value ("0", "1"), or
    /// nothing when the value is empty.
    struct List<'a>(&'a [(&'a str, &'a str)]);

    impl Values for List<'_> {
        fn value(&self, name: &str) -> String {
            self.0
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
                .unwrap_or_default()
        }
        fn choose(&self, name: &str, forms: &[String]) -> String {
            let index: usize = match self.value(name).parse() {
                Ok(index) => index,
                Err(_) => return String::new(),
            };
            forms.get(index).cloned().unwrap_or_default()
        }
        fn placeholder(&self, name: &str) -> String {
            format!("[{name}]")
        }
    }

    fn fill(pattern: &str, values: &[(&str, &str)]) -> String {
        Pattern::parse(pattern).unwrap().fill(&List(values))
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
    fn a_choice_writes_the_form_its_value_picks() {
        let p = "{host.position} {host:встретился|встретилась} с делегацией.";
        assert_eq!(
            fill(p, &[("host.position", "Аким"), ("host", "1")]),
            "Аким встретилась с делегацией."
        );
        assert_eq!(
            fill(p, &[("host.position", "Аким"), ("host", "0")]),
            "Аким встретился с делегацией."
        );
    }

    #[test]
    fn an_empty_choice_drops_its_optional_part() {
        let p = "Встреча прошла.[ {thanks:Гости поблагодарили за приём.}]";
        assert_eq!(fill(p, &[]), "Встреча прошла.");
        assert_eq!(
            fill(p, &[("thanks", "0")]),
            "Встреча прошла. Гости поблагодарили за приём."
        );
    }

    #[test]
    fn lists_its_choices() {
        let p = Pattern::parse("{a:x|y} [{b:dat}]").unwrap();
        assert_eq!(p.slots(), vec!["a", "b"]);
        let choices = p.choices();
        assert_eq!(choices[0].0, "a");
        assert_eq!(choices[0].1, ["x".to_string(), "y".to_string()]);
        assert_eq!(choices[1].1, ["dat".to_string()]);
    }

    #[test]
    fn lists_its_slots() {
        let p = Pattern::parse("{a} [x {b}] {c.d}").unwrap();
        assert_eq!(p.slots(), vec!["a", "b", "c.d"]);
    }
}
