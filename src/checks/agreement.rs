//! Agreement: a Russian past-tense verb says who spoke — «отметил» a man, «отметила» a
//! woman. A woman akim «отметил» is the mistake a journalist quotes back.
//!
//! - A quote's attribution verb against its speaker's gender (set, or suggested by the
//!   name): certain, an error with its fix.
//! - In running Russian text, a verb straight after a person's name or surname: almost
//!   always about that person, but not certainly («Сейткали, встретил гостей …» could be a
//!   list), so a warning with its fix.
//!
//! Only when the gender is known: a name that says nothing, with no gender set, is left
//! alone rather than guessed at.

use super::text::text_fields;
use super::{Ctx, FieldRef, Findings, Fix};
use crate::language::Language;
use crate::language::gender::Gender;
use crate::pattern::Pattern;
use crate::release::Person;

/// Verbs and genders after people's names, and genders a draft had to assume: warnings.
/// (The quotes' verbs, an error, are [`quote_verbs`].)
pub(super) fn after_names(ctx: &Ctx, out: &mut Findings) {
    verbs_after_names(ctx, out);
    verbs_after_names_in_text(ctx, out);
    assumed_genders(ctx, out);
}

/// A drafted sentence had to give a Russian verb a gender for someone whose gender is
/// neither chosen nor told by the name («Ху Хунцзюань»): the draft took the masculine,
/// «Делегацию возглавил …», which may be wrong. A warning at the person, until a gender is
/// chosen; only where the drafted text still holds the form it took.
fn assumed_genders(ctx: &Ctx, out: &mut Findings) {
    let Some(template) = ctx.template() else {
        return;
    };
    let ui = ctx.ui;
    for version in &ctx.release.versions {
        let Some(drafts) = template.drafts.get(&version.language) else {
            continue;
        };
        let texts = [
            &version.headline,
            &version.subheadline,
            &version.lead,
            &version.background,
        ];
        let mut reported: Vec<String> = Vec::new();
        for draft in texts.into_iter().chain(&version.paragraphs) {
            let Some(pattern) = draft
                .drafted_from
                .as_deref()
                .and_then(|key| drafts.pattern(key))
                .and_then(|pattern| Pattern::parse(pattern).ok())
            else {
                continue;
            };
            for (role, forms) in pattern.choices() {
                let Some((index, person)) =
                    (ctx.release.people.iter().enumerate()).find(|(_, person)| person.id == role)
                else {
                    continue;
                };
                let [taken, other] = forms else { continue };
                if person.gender().is_some()
                    || reported.iter().any(|r| r == role)
                    || taken == other
                    || taken.is_empty()
                    || !holds_words(&draft.text, taken)
                {
                    continue;
                }
                reported.push(role.to_string());
                let name = person.name.get_or_any(version.language).trim();
                let message = say!(ui,
                    ru: "«{name}»: род не выбран и по имени не ясен — в тексте мужской: «{taken}». Выберите род у этого человека.",
                    kk: "«{name}»: орыс тіліндегі етістік таңдалмаған, есімінен анық емес — мәтінде ер адам түрі тұр: «{taken}». Осы адамға таңдаңыз.",
                    en: "“{name}”: no gender chosen and the name does not tell — the Russian text took the masculine “{taken}”. Choose one for this person.",
                );
                out.push(
                    "agreement/gender-assumed",
                    FieldRef::PersonName(index),
                    Some(version.language),
                    message,
                );
            }
        }
    }
}

/// Whether `text` holds `words` whole: «возглавил» is not in «возглавила».
fn holds_words(text: &str, words: &str) -> bool {
    let letter_at = |at: Option<char>| at.is_some_and(crate::language::is_letter);
    text.match_indices(words).any(|(at, found)| {
        !letter_at(text[..at].chars().next_back())
            && !letter_at(text[at + found.len()..].chars().next())
    })
}

/// A Russian past-tense form and the same verb in the other gender: «отметил» ↔
/// «отметила», «встретился» ↔ «встретилась». `None` for any other word.
fn past_tense(word: &str) -> Option<(Gender, String)> {
    let lower = word.to_lowercase();
    if !lower.chars().all(|c| ('а'..='я').contains(&c) || c == 'ё') || lower.chars().count() < 5
    {
        return None;
    }
    let stem_before = |ending: &str| &lower[..lower.len() - ending.len()];
    if let Some(_stem) = lower.strip_suffix("лась") {
        return Some((Gender::Feminine, format!("{}лся", stem_before("лась"))));
    }
    if lower.ends_with("лся") {
        return Some((Gender::Masculine, format!("{}лась", stem_before("лся"))));
    }
    if lower.ends_with("ла") {
        return Some((Gender::Feminine, stem_before("а").to_string()));
    }
    // Masculine past tense ends in «-ил», «-ал», «-ял», «-ел», «-ул», «-ыл»: «отметил»,
    // «сказал», «заявил», «подчеркнул». Nouns in «-л» rarely follow a name directly.
    if ["ил", "ал", "ял", "ел", "ул", "ыл"]
        .iter()
        .any(|ending| lower.ends_with(ending))
    {
        return Some((Gender::Masculine, format!("{lower}а")));
    }
    None
}

/// The word as `other` with the first letter's case kept.
fn same_case(word: &str, other: &str) -> String {
    if word.chars().next().is_some_and(char::is_uppercase) {
        crate::language::capitalise(other)
    } else {
        other.to_string()
    }
}

fn gender_word(gender: Gender, ui: Language) -> &'static str {
    match (gender, ui) {
        (Gender::Masculine, Language::Ru) => "мужчина",
        (Gender::Feminine, Language::Ru) => "женщина",
        (Gender::Masculine, Language::Kk) => "ер адам",
        (Gender::Feminine, Language::Kk) => "әйел",
        (Gender::Masculine, Language::En) => "a man",
        (Gender::Feminine, Language::En) => "a woman",
    }
}

/// The verb of each Russian quote against its speaker.
pub(super) fn quote_verbs(ctx: &Ctx, out: &mut Findings) {
    let ui = ctx.ui;
    let Some(version) = ctx.release.version(Language::Ru) else {
        return;
    };
    for (i, quote) in version.quotes.iter().enumerate() {
        let Some(person) = ctx.release.person(&quote.speaker) else {
            continue;
        };
        let Some(gender) = person.gender() else {
            continue;
        };
        let verb = quote.verb.trim();
        let Some(first) = verb.split_whitespace().next() else {
            continue;
        };
        let Some((said_as, other)) = past_tense(first) else {
            continue;
        };
        if said_as == gender {
            continue;
        }
        let name = person.name.get_or_any(Language::Ru).to_string();
        let right = same_case(first, &other);
        let (who, n) = (gender_word(gender, ui), i + 1);
        let message = say!(ui,
            ru: "Цитата {n}: {name} — {who}, а глагол «{first}»; нужно «{right}».",
            kk: "{n}-дәйексөз: {name} — {who}, ал етістік «{first}»; «{right}» болуы керек.",
            en: "Quote {n}: {name} is {who}, but the verb is «{first}»; it should be «{right}».",
        );
        let fix = Fix {
            field: FieldRef::QuoteVerb(i),
            language: Language::Ru,
            replacements: vec![(first.to_string(), right.clone())],
            description: say!(ui,
                ru: "Заменить «{first}» на «{right}»",
                kk: "«{first}» сөзін «{right}» деп ауыстыру",
                en: "Replace «{first}» with «{right}»",
            ),
        };
        out.push_with_fix(
            "agreement/quote-verb",
            FieldRef::QuoteVerb(i),
            Some(Language::Ru),
            message,
            Some(fix),
        );
    }
}

/// How a person is named in running text: the full name, the short name and the surname
/// (the last word of the full name), longest first.
fn names_of(person: &Person) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for name in [
        person.name.get(Language::Ru),
        person.short_name.get(Language::Ru),
    ] {
        let name = name.trim();
        if name.is_empty() {
            continue;
        }
        names.push(name.to_string());
        if let Some(last) = name.split_whitespace().last()
            && last.chars().count() >= 4
        {
            names.push(last.to_string());
        }
    }
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    names.dedup();
    names
}

/// A past-tense verb right after a person's name in the Russian text.
fn verbs_after_names(ctx: &Ctx, out: &mut Findings) {
    let ui = ctx.ui;
    let Some(version) = ctx.release.version(Language::Ru) else {
        return;
    };
    for person in &ctx.release.people {
        let Some(gender) = person.gender() else {
            continue;
        };
        let names = names_of(person);
        for (field, text) in text_fields(version) {
            // Where a name already ended: «Айгерим Нурланова» and «Нурланова» end at the
            // same place, and the verb after them is one finding.
            let mut seen_ends = Vec::new();
            for name in &names {
                let mut from = 0;
                while let Some(at) = text[from..].find(name.as_str()) {
                    let start = from + at;
                    let after = start + name.len();
                    from = after;
                    if seen_ends.contains(&after) {
                        continue;
                    }
                    seen_ends.push(after);
                    let at = NameInText {
                        field: &field,
                        text,
                        name,
                        end: after,
                        gender,
                        by_its_form: false,
                    };
                    verb_after(&at, ui, out);
                }
            }
        }
    }
}

/// Runs of two or three capitalised Cyrillic words — «Айгерим Нурланова», «Ерлан
/// Кошанов» — with where they end.
fn name_runs(text: &str) -> Vec<(String, usize)> {
    let words = super::text::words(text);
    let capitalised = |w: &str| {
        w.chars().next().is_some_and(|c| c.is_uppercase())
            && w.chars().all(|c| {
                ('а'..='я').contains(&c.to_lowercase().next().unwrap_or(c))
                    || matches!(c, 'ё' | 'Ё')
            })
            && w.chars().count() >= 2
    };
    let mut runs = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut j = i;
        // Words of one name are separated by a single space.
        while j < words.len()
            && capitalised(words[j].1)
            && (j == i || &text[words[j - 1].0.end..words[j].0.start] == " ")
        {
            j += 1;
        }
        if j - i >= 2 && j - i <= 3 {
            let (start, end) = (words[i].0.start, words[j - 1].0.end);
            runs.push((text[start..end].to_string(), end));
        }
        i = j.max(i + 1);
    }
    runs
}

/// A past-tense verb right after a name in a Russian text that is not among the release's
/// people — every name of a text someone else wrote. The name's own form decides the
/// gender (a patronymic, a surname in «-ова», «-ев» …); a name that does not say is left
/// alone.
fn verbs_after_names_in_text(ctx: &Ctx, out: &mut Findings) {
    let ui = ctx.ui;
    let Some(version) = ctx.release.version(Language::Ru) else {
        return;
    };
    let known: Vec<String> = ctx.release.people.iter().flat_map(names_of).collect();
    for (field, text) in text_fields(version) {
        for (name, end) in name_runs(text) {
            let surname = name.split(' ').next_back().unwrap_or_default();
            if known.iter().any(|k| k.ends_with(surname)) {
                continue; // the release's own person: checked above
            }
            let Some(gender) = crate::language::gender::suggest(&name) else {
                continue;
            };
            let at = NameInText {
                field: &field,
                text,
                name: &name,
                end,
                gender,
                by_its_form: true,
            };
            verb_after(&at, ui, out);
        }
    }
}

/// A name found in a text, with the gender it has.
struct NameInText<'a> {
    field: &'a FieldRef,
    text: &'a str,
    name: &'a str,
    /// Byte index right after the name.
    end: usize,
    gender: Gender,
    /// The gender is the name's own suggestion, not a person's setting: the message says so.
    by_its_form: bool,
}

/// A Russian past-tense verb right after the name in the other gender: a warning with the
/// fix that changes that one word, where it follows the name.
fn verb_after(at: &NameInText, ui: Language, out: &mut Findings) {
    let (name, gender) = (at.name, at.gender);
    // Directly after the name, one space between.
    let Some(rest) = at.text[at.end..].strip_prefix(' ') else {
        return;
    };
    let word: String = rest
        .chars()
        .take_while(|&c| crate::language::is_letter(c))
        .collect();
    let Some((said_as, other)) = past_tense(&word) else {
        return;
    };
    if said_as == gender {
        return;
    }
    let right = same_case(&word, &other);
    let who = gender_word(gender, ui);
    let message = if at.by_its_form {
        say!(ui,
            ru: "«{name} {word}»: судя по имени, {name} — {who}; проверьте, не «{name} {right}» ли.",
            kk: "«{name} {word}»: есіміне қарағанда, {name} — {who}; «{name} {right}» емес пе, тексеріңіз.",
            en: "«{name} {word}»: by the name, {name} is {who}; check whether it should be «{name} {right}».",
        )
    } else {
        say!(ui,
            ru: "«{name} {word}»: {name} — {who}; проверьте, не «{name} {right}» ли.",
            kk: "«{name} {word}»: {name} — {who}; «{name} {right}» емес пе, тексеріңіз.",
            en: "«{name} {word}»: {name} is {who}; check whether it should be «{name} {right}».",
        )
    };
    // The word is replaced only where it follows the name, and only whole: the character
    // after it goes with it.
    let next = rest[word.len()..].chars().next();
    let tail = next.map(String::from).unwrap_or_default();
    let fix = Fix {
        field: at.field.clone(),
        language: Language::Ru,
        replacements: vec![(
            format!("{name} {word}{tail}"),
            format!("{name} {right}{tail}"),
        )],
        description: say!(ui,
            ru: "Заменить «{word}» на «{right}»",
            kk: "«{word}» сөзін «{right}» деп ауыстыру",
            en: "Replace «{word}» with «{right}»",
        ),
    };
    out.push_with_fix(
        "agreement/verb-after-name",
        at.field.clone(),
        Some(Language::Ru),
        message,
        Some(fix),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn past_tense_forms_and_their_pairs() {
        assert_eq!(
            past_tense("отметил"),
            Some((Gender::Masculine, "отметила".into()))
        );
        assert_eq!(
            past_tense("отметила"),
            Some((Gender::Feminine, "отметил".into()))
        );
        assert_eq!(
            past_tense("встретился"),
            Some((Gender::Masculine, "встретилась".into()))
        );
        assert_eq!(
            past_tense("встретилась"),
            Some((Gender::Feminine, "встретился".into()))
        );
        assert_eq!(
            past_tense("сказал"),
            Some((Gender::Masculine, "сказала".into()))
        );
        assert_eq!(past_tense("области"), None);
        assert_eq!(
            past_tense("деді"),
            None,
            "Kazakh words are not Russian verbs"
        );
        assert_eq!(past_tense("said"), None);
    }

    #[test]
    fn names_are_runs_of_capitalised_words() {
        let runs =
            name_runs("По словам Айгерим Нурлановой, Ерлан Кошанов заявил, что Аким области …");
        let names: Vec<&str> = runs.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Айгерим Нурлановой", "Ерлан Кошанов"]);
    }
}
