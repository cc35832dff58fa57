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
//! (`{official:встретился|встретилась}`), a count by its plural category
//! (`{memoranda:меморандум|меморандума|меморандумов}`), a switch writes its one form only
//! when on (`{thanks:Гости поблагодарили …}`), and a case code puts the value in that
//! Kazakh case (`{destination:dat}` → «Алматыға»). A choice that comes out empty makes its
//! optional part disappear, like an empty value, and outside one writes nothing.
//!
//! Written by hand rather than with a template engine: press secretaries write their own
//! templates, so the syntax must stay this small, and the parser must report unknown names
//! with their position when a template is loaded.

use std::fmt;

use crate::language::Language;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Literal(String),
    Slot(String),
    /// `{name:form|form}`: a form chosen by what `name` is. A form may itself hold
    /// values, choices and optional parts (kept parsed alongside its text).
    Choice(String, Vec<String>, Vec<Vec<Piece>>),
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
    /// `text`, the value of `name`, as it is written inside a sentence rather than at its
    /// start (a Russian position loses its capital there).
    fn inside_sentence(&self, _name: &str, text: &str) -> String {
        text.to_string()
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
    pub kind: PatternErrorKind,
}

/// What is wrong at [`PatternError::offset`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatternErrorKind {
    UnclosedBrace,
    /// `{…}` holding something other than a field name.
    NotAFieldName(String),
    StrayClosingBrace,
    StrayClosingBracket,
    UnclosedBracket,
}

impl PatternError {
    /// What is wrong and where, in the reader's language.
    pub fn describe(&self, ui: Language) -> String {
        let at = self.offset + 1;
        let what = match &self.kind {
            PatternErrorKind::UnclosedBrace => say!(ui,
                ru: "скобка «{{» не закрыта скобкой «}}»",
                kk: "«{{» жақшасы «}}» жақшасымен жабылмаған",
                en: "«{{» is never closed with «}}»",
            ),
            PatternErrorKind::NotAFieldName(name) => say!(ui,
                ru: "«{{{name}}}» — не имя поля (пишите латинские буквы a–z, цифры, _ и .)",
                kk: "«{{{name}}}» — өріс атауы емес (a–z латын әріптерін, цифрларды, _ және . жазыңыз)",
                en: "«{{{name}}}» is not a field name (use letters a–z, digits, _ and .)",
            ),
            PatternErrorKind::StrayClosingBrace => say!(ui,
                ru: "«}}» без «{{» (сама скобка пишется «}}}}»)",
                kk: "«}}» алдында «{{» жоқ (жақшаның өзі «}}}}» деп жазылады)",
                en: "«}}» without «{{» (write «}}}}» for the bracket itself)",
            ),
            PatternErrorKind::StrayClosingBracket => say!(ui,
                ru: "«]» без «[» (сама скобка пишется «]]»)",
                kk: "«]» алдында «[» жоқ (жақшаның өзі «]]» деп жазылады)",
                en: "«]» without «[» (write «]]» for the bracket itself)",
            ),
            PatternErrorKind::UnclosedBracket => say!(ui,
                ru: "скобка «[» не закрыта скобкой «]»",
                kk: "«[» жақшасы «]» жақшасымен жабылмаған",
                en: "«[» is never closed with «]»",
            ),
        };
        say!(ui,
            ru: "{at}-й знак: {what}",
            kk: "{at}-таңба: {what}",
            en: "at character {at}: {what}",
        )
    }
}

impl fmt::Display for PatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Language::En))
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
                    Piece::Choice(name, _, parsed) => {
                        out.push(name);
                        for form in parsed {
                            collect(form, out);
                        }
                    }
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
                    Piece::Choice(name, forms, parsed) => {
                        out.push((name.as_str(), forms.as_slice()));
                        for form in parsed {
                            collect(form, out);
                        }
                    }
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
                let close = matching_brace(chars, open).ok_or(PatternError {
                    offset: open,
                    kind: PatternErrorKind::UnclosedBrace,
                })?;
                let inside: String = chars[open + 1..close].iter().collect();
                let (name, forms) = match inside.split_once(':') {
                    Some((name, forms)) => (name, Some(split_forms(forms))),
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
                        kind: PatternErrorKind::NotAFieldName(name.to_string()),
                    });
                }
                if !literal.is_empty() {
                    pieces.push(Piece::Literal(std::mem::take(&mut literal)));
                }
                pieces.push(match forms {
                    Some(forms) => {
                        let form_start = open + 1 + name.chars().count() + 1;
                        let parsed = forms
                            .iter()
                            .map(|form| {
                                let form_chars: Vec<char> = form.chars().collect();
                                let mut at = 0;
                                parse_pieces(&form_chars, &mut at, false).map_err(|e| {
                                    PatternError {
                                        offset: form_start + e.offset,
                                        kind: e.kind,
                                    }
                                })
                            })
                            .collect::<Result<Vec<_>, _>>()?;
                        Piece::Choice(name.to_string(), forms, parsed)
                    }
                    None => Piece::Slot(name.to_string()),
                });
                *pos = close + 1;
            }
            '}' => {
                return Err(PatternError {
                    offset: *pos,
                    kind: PatternErrorKind::StrayClosingBrace,
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
                        kind: PatternErrorKind::StrayClosingBracket,
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
            kind: PatternErrorKind::UnclosedBracket,
        });
    }
    if !literal.is_empty() {
        pieces.push(Piece::Literal(literal));
    }
    Ok(pieces)
}

/// Whether text written next opens a sentence: at the very start, or after a full stop,
/// question or exclamation mark and a space.
fn at_sentence_start(out: &str) -> bool {
    let trimmed = out.trim_end_matches(' ');
    trimmed.is_empty() || (trimmed.len() < out.len() && trimmed.ends_with(['.', '!', '?']))
}

/// The `}` closing the `{` at `open`, past any choices nested in its forms.
fn matching_brace(chars: &[char], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, &c) in chars.iter().enumerate().skip(open) {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// A choice's forms, split at the `|` that are not inside a nested choice.
fn split_forms(text: &str) -> Vec<String> {
    let mut forms = vec![String::new()];
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            '|' if depth == 0 => {
                forms.push(String::new());
                continue;
            }
            _ => {}
        }
        forms.last_mut().expect("never empty").push(c);
    }
    forms
}

fn fill_pieces(pieces: &[Piece], values: &dyn Values, out: &mut String) {
    for piece in pieces {
        match piece {
            Piece::Literal(text) => out.push_str(text),
            Piece::Slot(name) => {
                let text = values.value(name);
                if text.trim().is_empty() {
                    out.push_str(&values.placeholder(name));
                } else if at_sentence_start(out) {
                    // Values are typed as they stand inside a sentence («региональный
                    // форум», "the Akimat"); one that opens a sentence takes a capital.
                    out.push_str(&crate::language::capitalise(text.trim()));
                } else {
                    // A leading space is kept: a list continuing the one before it
                    // («{official.name}{counterpart.and}») begins « и …»; doubled spaces from
                    // typed values are tidied at the end.
                    out.push_str(&values.inside_sentence(name, text.trim_end()));
                }
            }
            Piece::Choice(name, forms, parsed) => {
                let chosen = values.choose(name, forms);
                match forms.iter().position(|form| *form == chosen) {
                    // A form of the template: fill the values it holds.
                    Some(index) => fill_pieces(&parsed[index], values, out),
                    // A value's own text in a case: written as it is.
                    None => out.push_str(chosen.trim()),
                }
            }
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
        Piece::Choice(name, forms, _) => !values.choose(name, forms).trim().is_empty(),
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
                "{official.position} встретился с делегацией {origin}",
                &[("official.position", "Аким области")]
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
        let p = "{official.position} {official:встретился|встретилась} с делегацией.";
        assert_eq!(
            fill(p, &[("official.position", "Аким"), ("official", "1")]),
            "Аким встретилась с делегацией."
        );
        assert_eq!(
            fill(p, &[("official.position", "Аким"), ("official", "0")]),
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
