//! Leftovers: placeholders and hints still in the text, facts the template needs but
//! nobody filled in, a version without headline or lead, a dateline without a date.

use std::collections::BTreeSet;
use std::ops::Range;
use std::sync::LazyLock;

use super::text::{excerpt, text_fields};
use super::{Ctx, FieldRef, Findings};
use crate::language::Language;
use crate::language::word_list::WordList;
use crate::release::Release;
use crate::template::Template;

/// What makes a text unfinished: placeholders (and other bracketed notes), a missing
/// headline or lead.
pub(super) fn unfinished(ctx: &Ctx, out: &mut Findings) {
    placeholders(ctx, out);
    empty_text(ctx, out);
}

/// What may be unfinished: a template's hint left in, required facts empty, no date.
pub(super) fn doubtful(ctx: &Ctx, out: &mut Findings) {
    hints(ctx, out);
    facts(ctx, out);
}

/// `[anything]` on one line, as the drafting leaves for a missing fact: the whole
/// bracket's range and its inside's. Brackets inside brackets are not one note.
fn bracketed(text: &str) -> Vec<(Range<usize>, Range<usize>)> {
    let mut found = Vec::new();
    let mut open = None;
    for (i, c) in text.char_indices() {
        match c {
            '[' => open = Some(i),
            '\n' => open = None,
            ']' => {
                if let Some(start) = open.take() {
                    let inside = start + 1..i;
                    let length = text[inside.clone()].chars().count();
                    if (1..=120).contains(&length) {
                        found.push((start..i + 1, inside));
                    }
                }
            }
            _ => {}
        }
    }
    found
}

/// The labels drafting writes in brackets, in every language: `[Дата встречи]`,
/// `[Гость: имя]`.
fn placeholder_labels(ctx: &Ctx) -> BTreeSet<String> {
    let mut labels = BTreeSet::new();
    let Some(template) = ctx.template() else {
        return labels;
    };
    for lang in Language::ALL {
        for fact in &template.facts {
            labels.insert(template.slot_label(&fact.id, lang));
        }
        for role in &template.people {
            for field in crate::template::PERSON_FIELDS {
                labels.insert(template.slot_label(&format!("{}.{field}", role.id), lang));
            }
            if role.several {
                let all = crate::template::ALL_OF_ROLE;
                labels.insert(template.slot_label(&format!("{}.{all}", role.id), lang));
            }
        }
    }
    labels
}

fn placeholders(ctx: &Ctx, out: &mut Findings) {
    let ui = ctx.ui;
    // Read when a text first holds brackets: most hold none, and the labels need the template.
    let labels = std::cell::OnceCell::new();
    for version in &ctx.release.versions {
        for (field, text) in text_fields(version) {
            for (whole, inside) in bracketed(text) {
                let inner = text[inside].trim();
                if !inner.chars().any(crate::language::is_letter) {
                    continue; // «[1]», «[…]»: references and cuts, not notes
                }
                let written = &text[whole.clone()];
                let known = labels
                    .get_or_init(|| placeholder_labels(ctx))
                    .contains(inner);
                let message = if known {
                    say!(ui,
                        ru: "Не заполнено: «{written}» осталось в тексте.",
                        kk: "Толтырылмаған: мәтінде «{written}» қалды.",
                        en: "Not filled in: “{written}” is still in the text.",
                    )
                } else {
                    let near = excerpt(text, whole.clone());
                    say!(ui,
                        ru: "Текст в квадратных скобках — заметка или заготовка? «{near}»",
                        kk: "Тік жақшадағы мәтін — ескертпе ме, дайындама ма? «{near}»",
                        en: "Text in square brackets, a note or a stub? “{near}”",
                    )
                };
                let code = if known {
                    "leftovers/placeholder"
                } else {
                    "leftovers/brackets"
                };
                out.push(code, field.clone(), Some(version.language), message);
            }
        }
    }
}

/// Stubs people type while drafting and forget: words, and date masks of every language.
static STUB_WORDS: LazyLock<WordList> =
    LazyLock::new(|| WordList::new(&["TODO", "TBD", "lorem ipsum"]));
const STUB_MASKS: [&str; 3] = ["ДД.ММ.ГГГГ", "КК.АА.ЖЖЖЖ", "DD.MM.YYYY"];

/// The first stub in `text`, if any.
fn stub(text: &str) -> Option<&str> {
    let word = STUB_WORDS.find(text);
    let mask = STUB_MASKS
        .iter()
        .filter_map(|mask| text.find(mask).map(|at| at..at + mask.len()))
        .min_by_key(|found| found.start);
    let first = match (word, mask) {
        (Some(word), Some(mask)) => Some(if mask.start < word.start { mask } else { word }),
        (word, mask) => word.or(mask),
    };
    first.map(|range| &text[range])
}

/// A template's hint (the form's example) typed into the text or a fact, or a stub.
fn hints(ctx: &Ctx, out: &mut Findings) {
    let ui = ctx.ui;
    let hints: Vec<String> = ctx
        .template()
        .map(|t| {
            let facts = t.facts.iter().map(|f| &f.hint);
            let people = t.people.iter().map(|p| &p.hint);
            facts
                .chain(people)
                .flat_map(|h| h.0.values())
                .map(|h| h.trim().to_string())
                .filter(|h| h.chars().count() >= 12)
                .collect()
        })
        .unwrap_or_default();
    let mut report = |field: FieldRef, lang: Option<Language>, found: &str| {
        let found = found.to_string();
        let message = say!(ui,
            ru: "Осталась подсказка шаблона: «{found}».",
            kk: "Үлгінің кеңесі қалып қойды: «{found}».",
            en: "A template hint is left in: “{found}”.",
        );
        out.push("leftovers/hint", field, lang, message);
    };
    for version in &ctx.release.versions {
        for (field, text) in text_fields(version) {
            if let Some(hint) = hints.iter().find(|h| text.contains(h.as_str())) {
                report(field.clone(), Some(version.language), hint);
            } else if let Some(stub) = stub(text) {
                report(field.clone(), Some(version.language), stub);
            }
        }
    }
    for (id, value) in &ctx.release.facts {
        for lang in ctx.release.languages() {
            let typed = value.get(lang).trim();
            if !typed.is_empty() && hints.iter().any(|h| h == typed) {
                report(FieldRef::Fact(id.clone()), None, typed);
                break;
            }
        }
    }
}

fn empty_text(ctx: &Ctx, out: &mut Findings) {
    let ui = ctx.ui;
    for version in &ctx.release.versions {
        let lang = Some(version.language);
        for field in [FieldRef::Headline, FieldRef::Lead] {
            let empty = field
                .text(ctx.release, version.language)
                .is_none_or(|t| t.trim().is_empty());
            if !empty {
                continue;
            }
            let name = field.describe(ui);
            let message = say!(ui,
                ru: "Пусто: {name}. Без него релиз не отправить.",
                kk: "Бос: {name}. Онсыз релизді жіберуге болмайды.",
                en: "Empty: {name}. A release cannot go out without it.",
            );
            out.push("leftovers/empty-text", field, lang, message);
        }
        // A release without a dateline is fine (the lead gives the date); a dateline with
        // a place or an agency but no date is one left half-done.
        let dateline = &version.dateline;
        let has_dateline = !dateline.place.text.trim().is_empty()
            || !dateline.agency.trim().is_empty()
            || dateline.style == crate::release::DatelineStyle::InLead;
        if has_dateline && dateline.date.is_none() {
            let message = say!(ui,
                ru: "В датлайне нет даты.",
                kk: "Датлайнда күні жоқ.",
                en: "The dateline has no date.",
            );
            out.push("leftovers/no-date", FieldRef::DatelineDate, lang, message);
        }
    }
}

/// Facts and people the template requires, left empty. Optional facts left empty are
/// not findings: their sentences are simply not written ([`optional_facts_unfilled`]).
fn facts(ctx: &Ctx, out: &mut Findings) {
    let ui = ctx.ui;
    let Some(template) = ctx.template() else {
        return;
    };
    let languages = ctx.release.languages();
    // A switch that is off is the user's choice not to say its sentence, not a gap.
    for spec in template
        .facts
        .iter()
        .filter(|s| s.kind != crate::template::FieldKind::Switch)
    {
        let empty_in: Vec<Language> = languages
            .iter()
            .copied()
            .filter(|l| ctx.release.fact(&spec.id, *l).trim().is_empty())
            .collect();
        if empty_in.is_empty() {
            continue;
        }
        let label = spec.label.get_or_any(ui).to_string();
        let codes: Vec<&str> = empty_in.iter().map(|l| l.code()).collect();
        let codes = codes.join(", ");
        let field = FieldRef::Fact(spec.id.clone());
        if spec.required {
            let message = say!(ui,
                ru: "Обязательное поле «{label}» не заполнено ({codes}).",
                kk: "Міндетті «{label}» өрісі толтырылмаған ({codes}).",
                en: "The required field “{label}” is empty ({codes}).",
            );
            out.push("leftovers/required-fact", field, None, message);
        }
    }
    for role in template.people.iter().filter(|r| r.required) {
        let person = ctx.release.people.iter().position(|p| p.id == role.id);
        let named = person.is_some_and(|i| !ctx.release.people[i].name.is_empty());
        if named {
            continue;
        }
        let label = role.label.get_or_any(ui).to_string();
        let message = say!(ui,
            ru: "Не указан человек: «{label}».",
            kk: "Адам көрсетілмеген: «{label}».",
            en: "No one is named as “{label}”.",
        );
        let field = FieldRef::PersonName(person.unwrap_or(0));
        out.push("leftovers/required-fact", field, None, message);
    }
}

/// How many optional facts (not switches) are empty in some language version. Their
/// sentences are left out of the draft by design, so they are counted, not reported.
pub fn optional_facts_unfilled(release: &Release, template: &Template) -> usize {
    let languages = release.languages();
    template
        .facts
        .iter()
        .filter(|s| !s.required && s.kind != crate::template::FieldKind::Switch)
        .filter(|s| {
            languages
                .iter()
                .any(|l| release.fact(&s.id, *l).trim().is_empty())
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notes(text: &str) -> Vec<&str> {
        bracketed(text)
            .into_iter()
            .map(|(whole, _)| &text[whole])
            .collect()
    }

    #[test]
    fn a_bracketed_note_stays_on_its_line_and_within_120_characters() {
        assert_eq!(
            notes("[Дата встречи] в [Гость: имя], [1]"),
            ["[Дата встречи]", "[Гость: имя]", "[1]"]
        );
        // The innermost bracket is the note; a line break or an empty pair is none.
        assert_eq!(notes("[a [Қонақ] b]"), ["[Қонақ]"]);
        assert!(notes("[Дата\nвстречи] []").is_empty());
        let long = format!("[{}]", "я".repeat(121));
        assert!(notes(&long).is_empty());
        assert_eq!(notes(&format!("[{}]", "я".repeat(120))).len(), 1);
    }

    #[test]
    fn stubs_are_whole_words_or_date_masks_whichever_comes_first() {
        assert_eq!(stub("Цитата: TODO, дата ДД.ММ.ГГГГ"), Some("TODO"));
        assert_eq!(stub("Күні КК.АА.ЖЖЖЖ, todo"), Some("КК.АА.ЖЖЖЖ"));
        assert_eq!(stub("Lorem  Ipsum dolor"), Some("Lorem  Ipsum"));
        assert_eq!(stub("TODOS и mastodon, DD.MM.YY"), None);
    }
}
