//! Names: a person of the release spelled another way in the text (Сатыбалды in the people
//! list, Сатыбалдиев in a paragraph).
//!
//! Conservative on purpose: a text word is a variant of a name word only when both are at
//! least five letters, they share a long beginning (all but the name's last letter or two),
//! the text word is not the name with a case ending (Russian or Kazakh), and neither word
//! is the other with something added (Дарханов is someone else, not a misspelt Дархан).

use super::text::{fold, text_fields, words};
use super::{Ctx, Findings};

/// Case endings a name takes in running text: Russian (Сатыбалдиева, -у, -ым, -ой) and
/// Kazakh (Сатыбалдыға, -ның, -мен, -нан, -дың ...), longest first.
const ENDINGS: &[&str] = &[
    "ның", "нің", "дың", "дің", "тың", "тің", "ның", "ға", "ге", "қа", "ке", "на", "не", "да",
    "де", "та", "те", "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен", "ды", "ді", "ты",
    "ті", "ны", "ні", "мен", "бен", "пен", "ға", "ым", "ом", "ем", "им", "ой", "ей", "ою", "ею",
    "ам", "ям", "ах", "ях", "ами", "ями", "а", "я", "у", "ю", "е", "ы", "и", "й",
];

/// The name without a final vowel or soft sign, so that «Сатыбалды» and «Сатыбалдыға»,
/// «Игорь» and «Игоря» share it.
fn stem(word: &str) -> &str {
    word.trim_end_matches(['а', 'я', 'ы', 'и', 'ь', 'й', 'е', 'о', 'у', 'ю', 'і'])
}

/// True when `word` is `name` or `name` with a case ending.
fn is_form_of(word: &str, name: &str) -> bool {
    if word == name {
        return true;
    }
    [name, stem(name)].iter().any(|base| {
        word.strip_prefix(base).is_some_and(|rest| {
            rest.is_empty()
                || ENDINGS.contains(&rest)
                || ENDINGS
                    .iter()
                    .any(|e| rest.strip_suffix(e).is_some_and(|r| ENDINGS.contains(&r)))
        })
    })
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// A different spelling of `name` rather than another word: long shared beginning, not a
/// case form.
pub(super) fn is_variant(word: &str, name: &str) -> bool {
    let (w, n) = (fold(word), fold(name));
    let (wl, nl) = (w.chars().count(), n.chars().count());
    if wl < 5 || nl < 5 || is_form_of(&w, &n) || is_form_of(&n, &w) {
        return false;
    }
    // Дарханов is another person's surname made from Дархан, not a misspelling of it.
    if w.starts_with(&n) || n.starts_with(&w) {
        return false;
    }
    let shared = common_prefix(&w, &n);
    shared >= 5 && shared + 2 >= nl.min(wl)
}

pub(super) fn run(ctx: &Ctx, out: &mut Findings) {
    let ui = ctx.ui;
    let release = ctx.release;
    for version in &release.versions {
        let lang = version.language;
        // Every name word of every person, to accept a word that is someone's exact name.
        let all_names: Vec<String> = release
            .people
            .iter()
            .flat_map(|p| {
                words(p.name.get_or_any(lang))
                    .into_iter()
                    .map(|(_, w)| fold(w))
                    .collect::<Vec<_>>()
            })
            .collect();
        for (field, text) in text_fields(version) {
            let mut reported: Vec<String> = Vec::new();
            for &(_, word) in ctx.readings.words(text).iter() {
                if !word.starts_with(char::is_uppercase) {
                    continue;
                }
                let folded = fold(word);
                if all_names.iter().any(|n| is_form_of(&folded, n)) || reported.contains(&folded) {
                    continue;
                }
                // The finding points at the text: that is where the spelling departs from
                // the people list, which the message quotes.
                let found = release.people.iter().find_map(|p| {
                    let full = p.name.get_or_any(lang);
                    words(full)
                        .into_iter()
                        .find(|(_, n)| is_variant(word, n))
                        .map(|(_, n)| (n.to_string(), full.to_string()))
                });
                let Some((name_word, full)) = found else {
                    continue;
                };
                reported.push(folded);
                let message = say!(ui,
                    ru: "«{word}» — это {full}? В списке людей написано «{name_word}».",
                    kk: "«{word}» — {full} бе? Адамдар тізімінде «{name_word}» деп жазылған.",
                    en: "“{word}”: is that {full}? The people list spells it “{name_word}”.",
                );
                out.push("names/variant", field.clone(), Some(lang), message);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_and_case_forms() {
        assert!(is_variant("Сатыбалдиев", "Сатыбалды"));
        assert!(is_variant("Сатыбалдиева", "Сатыбалды"));
        assert!(!is_variant("Сатыбалды", "Сатыбалды"));
        assert!(!is_variant("Сатыбалдыға", "Сатыбалды"));
        assert!(!is_variant("Сатыбалдының", "Сатыбалды"));
        assert!(!is_variant("Ахметовой", "Ахметова"));
        assert!(!is_variant("Туркестанской", "Туркестан"));
        assert!(!is_variant("Дархан", "Дарья"));
        assert!(!is_variant("Дарханов", "Дархан"));
    }
}
