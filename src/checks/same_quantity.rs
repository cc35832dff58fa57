//! One quantity given two values in one text: "investment of USD500 million" in the lead
//! and "USD 250 million of investment" further down. A reader cannot tell which is right.
//!
//! What a figure measures is read from the nearest word before it that names a quantity
//! (see [`quantity_of`]), or the nearest after it, with no other figure between. Two
//! figures of one quantity are compared only where nothing says they differ for a reason:
//! - their sentences name the same years and months (or none): «в 2024 году — 120 млн» and
//!   «в 2025 году — 148,9 млн» are two quantities;
//! - neither sentence compares or states a change («рост», «в прошлом году», "from … to");
//! - the values are within a factor of three of each other — a project's USD 50 million
//!   and a region's USD 2 billion of investment are different things, while 250 and 500
//!   are one figure written twice.
//!
//! Each figure counts as written: «более 500 млн» agrees with 520 million, «около 500» with
//! 493,7, neither with 250. A heuristic, so a warning: check this.

use rust_decimal::Decimal;

use super::text::{text_fields, words};
use super::{Ctx, FieldRef, Findings};
use crate::language::dates::month_of_word;
use crate::language::figures::Figure;
use crate::language::quantity_words::{is_comparison_or_change, quantity_of};
use crate::language::units::{Scale, Unit};
use crate::release::LanguageVersion;

/// Two figures of one quantity that differ within a version: a warning.
pub(super) fn within_versions(ctx: &Ctx, out: &mut Findings) {
    for (version, measured) in ctx.release.versions.iter().zip(measured(ctx)) {
        report_pairs(ctx, version, measured, out);
    }
}

/// A translation's figure that no figure of its quantity in the original agrees with: an
/// error. An export checks one version, which has nothing to disagree with.
pub(super) fn between_versions(ctx: &Ctx, out: &mut Findings) {
    let versions = &ctx.release.versions;
    if versions.len() < 2 {
        return;
    }
    let measured = measured(ctx);
    for (version, theirs) in versions.iter().zip(measured).skip(1) {
        versions_disagree(ctx, &versions[0], &measured[0], version, theirs, out);
    }
}

/// Every version's measured figures, in the release's order, read once for both checks.
fn measured<'c>(ctx: &'c Ctx) -> &'c [Vec<Measured>] {
    ctx.readings.measured.get_or_init(|| {
        (ctx.release.versions.iter())
            .map(|version| measured_figures(ctx, version))
            .collect()
    })
}

/// One quantity of one period given another value in a translation than in the original:
/// «инвестиции — 500 млн долларов» and "USD 250 million of investment". The quantity's key
/// is the same in every language («инвестиции», «инвестиция», "investment"), and so are
/// the years, so the versions can be compared figure by figure. An error: a translation
/// states the same facts, and no figure of that quantity in the original agrees.
fn versions_disagree(
    ctx: &Ctx,
    original: &LanguageVersion,
    original_measured: &[Measured],
    version: &LanguageVersion,
    measured: &[Measured],
    out: &mut Findings,
) {
    let ui = ctx.ui;
    let mut reported: Vec<String> = Vec::new();
    for m in measured {
        let same: Vec<&Measured> = original_measured
            .iter()
            .filter(|o| {
                o.key == m.key
                    && o.period == m.period
                    && units_agree(&o.figure.unit, &m.figure.unit)
            })
            .collect();
        let agrees = same.iter().any(|o| o.figure.agrees_with(&m.figure));
        let Some(theirs) = same.iter().find(|o| near_each_other(&o.figure, &m.figure)) else {
            continue;
        };
        if agrees || reported.contains(&m.written) {
            continue;
        }
        reported.push(m.written.clone());
        let (ours, label, there) = (&m.written, &m.label, &theirs.written);
        let (lang, original_lang) = (version.language.code(), original.language.code());
        let message = say!(ui,
            ru: "«{label}»: в версии {lang} — «{ours}», а в версии {original_lang} — «{there}».",
            kk: "«{label}»: {lang} нұсқасында — «{ours}», ал {original_lang} нұсқасында — «{there}».",
            en: "“{label}”: the {lang} version says “{ours}”, the {original_lang} version “{there}”.",
        );
        out.push(
            "figures/versions-disagree",
            m.field.clone(),
            Some(version.language),
            message,
        );
    }
}

/// A figure with the quantity it measures and what its sentence says about time.
pub(super) struct Measured {
    field: FieldRef,
    figure: Figure,
    written: String,
    /// The word in the text that names the quantity, as written there.
    label: String,
    key: &'static str,
    /// Years and months the sentence names, sorted: figures are compared within one period.
    period: Vec<String>,
    /// Index of the sentence across the version, so a pair in one sentence can be skipped.
    sentence: usize,
}

fn measured_figures<'a>(ctx: &Ctx<'a>, version: &'a LanguageVersion) -> Vec<Measured> {
    let lang = version.language;
    let mut out = Vec::new();
    let mut sentence_index = 0;
    for (field, text) in text_fields(version) {
        let figures = ctx.readings.figures(text, lang);
        for sentence in ctx.readings.sentences(text).iter() {
            sentence_index += 1;
            // Most sentences state no amount: they are passed before their words are read.
            let in_sentence: Vec<&Figure> = figures
                .iter()
                .filter(|f| sentence.contains(&f.span.start))
                .collect();
            if !in_sentence.iter().any(|f| is_amount(f)) {
                continue;
            }
            let sentence_words = words(&text[sentence.clone()]);
            if sentence_words
                .iter()
                .any(|(_, w)| is_comparison_or_change(w))
            {
                continue;
            }
            let mut period: Vec<String> = in_sentence
                .iter()
                .filter(|f| f.looks_like_year())
                .map(|f| f.value.to_string())
                .collect();
            period.extend(
                sentence_words
                    .iter()
                    .filter_map(|(_, w)| month_of_word(w).map(|m| m.to_string())),
            );
            period.sort();
            period.dedup();
            for (i, figure) in in_sentence.iter().enumerate() {
                if !is_amount(figure) {
                    continue;
                }
                // Spans may touch or overlap in odd text («4$7»): never past this figure.
                let from = if i == 0 {
                    sentence.start
                } else {
                    in_sentence[i - 1].span.end
                }
                .min(figure.span.start);
                let to = in_sentence
                    .get(i + 1)
                    .map_or(sentence.end, |next| next.span.start)
                    .max(figure.span.end);
                let Some((label, key)) = label_of(text, from, figure, to) else {
                    continue;
                };
                out.push(Measured {
                    field: field.clone(),
                    figure: (*figure).clone(),
                    written: text[figure.span.clone()].replace(['\u{a0}', '\u{202f}'], " "),
                    label,
                    key,
                    period: period.clone(),
                    sentence: sentence_index,
                });
            }
        }
    }
    out
}

/// An amount of money or goods, not a share or a bare count.
fn is_amount(figure: &Figure) -> bool {
    figure.unit != Unit::Percent
        && (figure.unit != Unit::None || figure.scale != Scale::One)
        && !figure.looks_like_year()
}

/// The quantity word nearest the figure: before it back to `from`, else at most three
/// words after it up to `to`.
fn label_of(text: &str, from: usize, figure: &Figure, to: usize) -> Option<(String, &'static str)> {
    let before = words(&text[from..figure.span.start]);
    let found = before
        .iter()
        .rev()
        .find_map(|(_, w)| quantity_of(w).map(|key| (w.to_string(), key)));
    if found.is_some() {
        return found;
    }
    words(&text[figure.span.end..to])
        .iter()
        .take(3)
        .find_map(|(_, w)| quantity_of(w).map(|key| (w.to_string(), key)))
}

fn units_agree(a: &Unit, b: &Unit) -> bool {
    *a == Unit::None || *b == Unit::None || a == b
}

/// Within a factor of three: the same figure mistyped or misremembered, not another one.
fn near_each_other(a: &Figure, b: &Figure) -> bool {
    let (Some(x), Some(y)) = (a.amount(), b.amount()) else {
        return false;
    };
    let (x, y) = (x.abs(), y.abs());
    let three = Decimal::from(3);
    x <= y * three && y <= x * three
}

fn report_pairs(ctx: &Ctx, version: &LanguageVersion, measured: &[Measured], out: &mut Findings) {
    let ui = ctx.ui;
    let mut reported: Vec<(String, String)> = Vec::new();
    for (i, a) in measured.iter().enumerate() {
        for b in &measured[i + 1..] {
            let comparable = a.key == b.key
                && a.sentence != b.sentence
                && a.period == b.period
                && units_agree(&a.figure.unit, &b.figure.unit)
                && near_each_other(&a.figure, &b.figure);
            if !comparable || a.figure.agrees_with(&b.figure) {
                continue;
            }
            let pair = (a.written.clone(), b.written.clone());
            if reported.contains(&pair) {
                continue;
            }
            reported.push(pair);
            let (first, second, label) = (&a.written, &b.written, &a.label);
            let where_first = a.field.describe(ui);
            let message = say!(ui,
                ru: "В тексте две разные цифры для «{label}»: «{first}» ({where_first}) и «{second}». Проверьте, какая верна.",
                kk: "«{label}» екі түрлі санмен берілген: «{first}» ({where_first}) және «{second}». Қайсысы дұрыс екенін тексеріңіз.",
                en: "“{label}” is given two different values: “{first}” ({where_first}) and “{second}”. Check which is right.",
            );
            out.push(
                "figures/same-quantity-differs",
                b.field.clone(),
                Some(version.language),
                message,
            );
        }
    }
}
