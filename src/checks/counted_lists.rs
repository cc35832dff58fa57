//! A count and the items it announces: «подписаны 3 меморандума: о торговле, о логистике»
//! lists two, "with four regions (Shaanxi, Hubei and Chongqing)" three. A reader counts.
//!
//! Only an explicit enumeration is read: a count (digits or a number word in any case,
//! «тремя»), at most three words (its noun), then a colon, a dash or a bracket, and the
//! items up to the end of the sentence or the bracket, split at commas, semicolons and
//! «и», "and", «және», «мен». Items can hold commas of their own («о сотрудничестве в
//! торговле, инвестициях и туризме» is one), so the items are counted only when they look
//! alike — every one opens with a capital (names of regions, companies) or with the same
//! preposition as the first («о …, о …, об …»). Otherwise nothing is said.

use rust_decimal::prelude::ToPrimitive;

use super::text::{sentences, text_fields, words};
use super::{Ctx, Findings};
use crate::language::Language;
use crate::language::figures::find_figures;
use crate::language::number_words::spelled_numbers;
use crate::language::units::{Scale, Unit};

pub(super) fn run(ctx: &Ctx, out: &mut Findings) {
    let ui = ctx.ui;
    for version in &ctx.release.versions {
        let lang = version.language;
        for (field, text) in text_fields(version) {
            for sentence in sentences(text) {
                let sentence_text = &text[sentence.clone()];
                for (count, written, end) in counts(sentence_text, lang) {
                    let Some(items) = listed_items(&sentence_text[end..]) else {
                        continue;
                    };
                    if items.len() as u32 == count || items.len() < 2 {
                        continue;
                    }
                    let listed = items.len();
                    let list = items.join("; ");
                    let message = say!(ui,
                        ru: "Сказано «{written}», а перечислено {listed}: {list}.",
                        kk: "«{written}» делінген, ал тізімде {listed}: {list}.",
                        en: "The text says “{written}” but lists {listed}: {list}.",
                    );
                    out.push("figures/count-vs-list", field.clone(), Some(lang), message);
                }
            }
        }
    }
}

/// Counts from 2 to 20 in a sentence: the value, the count with its noun as written, and
/// where the noun phrase may end (the list is looked for after it).
fn counts(sentence: &str, lang: Language) -> Vec<(u32, String, usize)> {
    let mut out = Vec::new();
    for figure in find_figures(sentence, lang) {
        let bare = figure.unit == Unit::None && figure.scale == Scale::One;
        if let Some(n) = figure
            .value
            .to_u32()
            .filter(|n| bare && (2..=20).contains(n))
        {
            out.push((n, figure.span.start, figure.span.end));
        }
    }
    let all_words = words(sentence);
    for (n, range) in spelled_numbers(sentence, lang) {
        if (2..=20).contains(&n) {
            out.push((n, range.start, range.end));
        }
    }
    out.into_iter()
        .map(|(n, start, end)| {
            // The noun (and an adjective) after the count: up to three words.
            let after: Vec<_> = all_words
                .iter()
                .filter(|(r, _)| r.start >= end)
                .take(3)
                .take_while(|(r, _)| !sentence[end..r.start].contains([',', '.', ':', '(', '—']))
                .collect();
            let phrase_end = after.last().map_or(end, |(r, _)| r.end);
            let written = sentence[start..phrase_end].replace('\u{a0}', " ");
            (n, written, phrase_end)
        })
        .collect()
}

/// The items after a colon, dash or bracket right after the counted noun, if they look
/// alike enough to be counted.
fn listed_items(rest: &str) -> Option<Vec<String>> {
    let trimmed = rest.trim_start();
    let (body, closing) = if let Some(inner) = trimmed.strip_prefix('(') {
        (inner, Some(')'))
    } else if let Some(inner) = trimmed
        .strip_prefix(':')
        .or_else(|| trimmed.strip_prefix('—'))
        .or_else(|| trimmed.strip_prefix('–'))
    {
        (inner, None)
    } else {
        return None;
    };
    let end = match closing {
        Some(c) => body.find(c)?,
        None => body.find(['.', ';', '!', '?']).unwrap_or(body.len()),
    };
    let list = &body[..end];
    let mut items: Vec<String> = Vec::new();
    for part in list.split([',', ';']) {
        for item in split_conjunctions(part) {
            let item = item.trim().trim_end_matches('.').trim();
            if !item.is_empty() {
                items.push(item.to_string());
            }
        }
    }
    alike(&items).then_some(items)
}

/// «A и B», "A and B", «A және B», «A мен B»: one part of a list, two items.
fn split_conjunctions(part: &str) -> Vec<&str> {
    let mut pieces = vec![part];
    for conjunction in [
        " и ",
        " and ",
        " және ",
        " мен ",
        " а также ",
        " as well as ",
    ] {
        pieces = pieces
            .into_iter()
            .flat_map(|p| p.split(conjunction))
            .collect();
    }
    pieces
}

/// Items that all open with a capital, or all with the first item's preposition.
fn alike(items: &[String]) -> bool {
    let first_word = |item: &String| {
        item.split_whitespace()
            .next()
            .unwrap_or_default()
            .to_lowercase()
    };
    let capitalised = items
        .iter()
        .all(|i| i.chars().next().is_some_and(char::is_uppercase));
    let Some(first) = items.first().map(first_word) else {
        return false;
    };
    let prepositions = ["о", "об", "по", "в", "на", "с", "on", "in", "for", "with"];
    let same_preposition = prepositions.contains(&first.as_str())
        && items.iter().all(|i| {
            let w = first_word(i);
            w == first || (first == "о" && w == "об") || (first == "об" && w == "о")
        });
    capitalised || same_preposition
}
