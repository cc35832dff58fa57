//! Quotes: quotation marks that do not pair up, straight and typographic marks in one text,
//! quotes without a speaker or the speaker's position, and one attribution verb twice running.

use super::text::{fold, text_fields};
use super::{Ctx, FieldRef, Findings};

pub(super) fn run(ctx: &Ctx, out: &mut Findings) {
    marks(ctx, out);
    attribution(ctx, out);
    repeated_verb(ctx, out);
}

/// What is wrong with the quotation marks of one raw text, if anything: the unpaired mark.
///
/// «» pair as a stack; „ opens and “ closes it (Russian inner quotes), otherwise “ opens and
/// ” closes (English and Kazakh). Straight `"` only has to come in pairs. Apostrophes (’)
/// are not quotation marks here: "China’s".
pub(super) fn unpaired(text: &str) -> Option<char> {
    let mut stack: Vec<char> = Vec::new();
    for c in text.chars() {
        match c {
            '«' | '„' => stack.push(c),
            '“' if stack.last() == Some(&'„') => {
                stack.pop();
            }
            '“' => stack.push(c),
            '»' | '”' => {
                let opener = if c == '»' { '«' } else { '“' };
                if stack.last() == Some(&opener) {
                    stack.pop();
                } else {
                    return Some(c);
                }
            }
            _ => {}
        }
    }
    if let Some(open) = stack.pop() {
        return Some(open);
    }
    let straight = text.chars().filter(|&c| c == '"').count();
    (straight % 2 == 1).then_some('"')
}

fn has_typographic(text: &str) -> bool {
    text.contains(['«', '»', '„', '“', '”'])
}

fn marks(ctx: &Ctx, out: &mut Findings) {
    let ui = ctx.ui;
    for version in &ctx.release.versions {
        for (field, text) in text_fields(version) {
            let lang = Some(version.language);
            if let Some(mark) = unpaired(text) {
                let message = say!(ui,
                    ru: "Кавычка {mark} без пары.",
                    kk: "{mark} тырнақшасының жұбы жоқ.",
                    en: "The quotation mark {mark} has no partner.",
                );
                out.push("quotes/unbalanced", field.clone(), lang, message);
            }
            if text.contains('"') && has_typographic(text) {
                let message = say!(ui,
                    ru: "Прямые кавычки \" вперемешку с типографскими « » „ “.",
                    kk: "Тік тырнақша \" типографиялық « » „ “ тырнақшалармен аралас.",
                    en: "Straight quotes \" mixed with typographic ones (“ ” « »).",
                );
                out.push("quotes/mixed-marks", field.clone(), lang, message);
            }
        }
    }
}

/// Every quote needs a speaker the reader can place: a chosen person with a position, or
/// a description («глава области»).
fn attribution(ctx: &Ctx, out: &mut Findings) {
    let ui = ctx.ui;
    let release = ctx.release;
    for version in &release.versions {
        let lang = version.language;
        for (i, quote) in version.quotes.iter().enumerate() {
            let n = i + 1;
            if quote.text.trim().is_empty() {
                let message = say!(ui,
                    ru: "Цитата {n} пуста.",
                    kk: "{n}-дәйексөз бос.",
                    en: "Quote {n} is empty.",
                );
                out.push(
                    "quotes/empty-text",
                    FieldRef::QuoteText(i),
                    Some(lang),
                    message,
                );
            }
            let person = release
                .people
                .iter()
                .position(|p| p.id == quote.speaker && !quote.speaker.is_empty());
            let Some(p) = person else {
                let message = say!(ui,
                    ru: "У цитаты {n} не указан автор.",
                    kk: "{n}-дәйексөздің авторы көрсетілмеген.",
                    en: "Quote {n} has no speaker.",
                );
                out.push(
                    "quotes/no-speaker",
                    FieldRef::QuoteSpeaker(i),
                    Some(lang),
                    message,
                );
                continue;
            };
            let person = &release.people[p];
            if person.name.is_empty() {
                let message = say!(ui,
                    ru: "У автора цитаты {n} нет имени.",
                    kk: "{n}-дәйексөз авторының аты жоқ.",
                    en: "The speaker of quote {n} has no name.",
                );
                out.push("quotes/no-speaker", FieldRef::PersonName(p), None, message);
            } else if person.position.is_empty() && quote.speaker_as.trim().is_empty() {
                let name = person.name.get_or_any(lang).to_string();
                let message = say!(ui,
                    ru: "У автора цитаты {n} ({name}) не указана должность.",
                    kk: "{n}-дәйексөз авторының ({name}) лауазымы көрсетілмеген.",
                    en: "The speaker of quote {n} ({name}) has no position.",
                );
                out.push(
                    "quotes/no-position",
                    FieldRef::PersonPosition(p),
                    None,
                    message,
                );
            }
        }
    }
}

/// The same verb for two quotes that follow each other in the text.
fn repeated_verb(ctx: &Ctx, out: &mut Findings) {
    let ui = ctx.ui;
    for version in &ctx.release.versions {
        let mut order: Vec<usize> = (0..version.quotes.len()).collect();
        // The order the quotes are read in; equal places keep their list order.
        order.sort_by_key(|&i| version.quotes[i].after_paragraph);
        for pair in order.windows(2) {
            let (a, b) = (&version.quotes[pair[0]], &version.quotes[pair[1]]);
            let verb = fold(a.verb.trim());
            if verb.is_empty() || verb != fold(b.verb.trim()) {
                continue;
            }
            let verb = b.verb.trim().to_string();
            let (first, second) = (pair[0] + 1, pair[1] + 1);
            let message = say!(ui,
                ru: "«{verb}» в цитатах {first} и {second} подряд — возьмите другой глагол.",
                kk: "«{verb}» {first} және {second} дәйексөздерде қатар тұр — басқа етістік алыңыз.",
                en: "“{verb}” in quotes {first} and {second} in a row: try another verb.",
            );
            out.push(
                "quotes/repeated-verb",
                FieldRef::QuoteVerb(pair[1]),
                Some(version.language),
                message,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::unpaired;

    #[test]
    fn pairs_marks_of_each_language() {
        assert_eq!(unpaired("«Слово „внутри“ снаружи»"), None);
        assert_eq!(unpaired("“Words,” said he"), None);
        assert_eq!(unpaired("China’s \"plan\""), None);
        assert_eq!(unpaired("«Открыта и не закрыта"), Some('«'));
        assert_eq!(unpaired("закрыта»"), Some('»'));
        assert_eq!(unpaired("\"one"), Some('"'));
    }
}
