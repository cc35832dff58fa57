//! Figures in the text, read with [`find_figures`], against each other, the statistics and
//! the other language versions.

use rust_decimal::Decimal;

use super::text::text_fields;
use super::{Ctx, FieldRef, Findings};
use crate::language::Language;
use crate::language::figures::{Figure, find_figures};
use crate::language::units::{Scale, Unit, format_quantity};
use crate::release::{LanguageVersion, Statistic};

pub(super) fn run(ctx: &Ctx, out: &mut Findings) {
    for version in &ctx.release.versions {
        let found = figures_of(version);
        written_differently(ctx, version.language, &found, out);
        headline_only(ctx, version.language, &found, out);
        differs_from_statistic(ctx, version.language, &found, out);
        decimal_point(ctx, version, &found, out);
        period_differs(ctx, version, out);
    }
    between_versions(ctx, out);
}

/// A figure with the field it stands in and how it is written there.
struct Found {
    field: FieldRef,
    figure: Figure,
    written: String,
}

/// The figures of a version worth comparing: years are dates, not amounts.
fn figures_of(version: &LanguageVersion) -> Vec<Found> {
    let mut out = Vec::new();
    for (field, text) in text_fields(version) {
        for figure in find_figures(text, version.language) {
            if figure.looks_like_year() {
                continue;
            }
            let written = text[figure.span.clone()].replace(['\u{a0}', '\u{202f}'], " ");
            out.push(Found {
                field: field.clone(),
                figure,
                written,
            });
        }
    }
    out
}

fn units_agree(a: &Unit, b: &Unit) -> bool {
    *a == Unit::None || *b == Unit::None || a == b
}

/// True when `figure`, as written (its scale, places and qualifier), can stand for
/// `amount`: see [`Figure::stands_for`].
fn stands_for(figure: &Figure, amount: Decimal) -> bool {
    figure.stands_for(amount)
}

/// A figure that says something (a unit or a scale), not a bare count or day of month.
fn is_amount(figure: &Figure) -> bool {
    figure.unit != Unit::None || figure.scale != Scale::One
}

fn stat_amounts(stat: &Statistic) -> Vec<Decimal> {
    let mult = stat.quantity.scale.multiplier();
    std::iter::once(stat.value)
        .chain(stat.parts.iter().map(|p| p.value))
        .filter_map(|v| v.checked_mul(mult))
        .collect()
}

fn matches_statistic(figure: &Figure, stat: &Statistic) -> bool {
    units_agree(&figure.unit, &stat.quantity.unit)
        && stat_amounts(stat)
            .into_iter()
            .any(|amount| stands_for(figure, amount))
}

/// One amount in two spellings in the same version: «1,5 млрд» and «1500 млн», «88,9» and
/// «88,90».
fn written_differently(ctx: &Ctx, lang: Language, found: &[Found], out: &mut Findings) {
    let ui = ctx.ui;
    let mut reported: Vec<(String, String)> = Vec::new();
    for (i, a) in found.iter().enumerate() {
        for b in &found[i + 1..] {
            let (fa, fb) = (&a.figure, &b.figure);
            if !is_amount(fa) || !is_amount(fb) || !units_agree(&fa.unit, &fb.unit) {
                continue;
            }
            let same_amount = fa.amount().is_some() && fa.amount() == fb.amount();
            let same_spelling = fa.scale == fb.scale && fa.value.scale() == fb.value.scale();
            if !same_amount || same_spelling {
                continue;
            }
            let pair = (a.written.clone(), b.written.clone());
            if reported.contains(&pair) {
                continue;
            }
            reported.push(pair);
            let (first, second) = (&a.written, &b.written);
            let where_first = a.field.describe(ui);
            let message = say!(ui,
                ru: "Одна цифра записана по-разному: «{first}» ({where_first}) и «{second}».",
                kk: "Бір көрсеткіш әртүрлі жазылған: «{first}» ({where_first}) және «{second}».",
                en: "One figure is written two ways: “{first}” ({where_first}) and “{second}”.",
            );
            out.push(
                "figures/written-differently",
                b.field.clone(),
                Some(lang),
                message,
            );
        }
    }
}

/// A figure in the headline that neither the text nor the statistics back.
fn headline_only(ctx: &Ctx, lang: Language, found: &[Found], out: &mut Findings) {
    let ui = ctx.ui;
    for headline in found.iter().filter(|f| f.field == FieldRef::Headline) {
        let fig = &headline.figure;
        let in_text = found
            .iter()
            .filter(|f| f.field != FieldRef::Headline)
            .any(|f| {
                units_agree(&fig.unit, &f.figure.unit)
                    && f.figure
                        .amount()
                        .is_some_and(|amount| stands_for(fig, amount))
            });
        let in_statistics = ctx
            .release
            .statistics
            .iter()
            .any(|s| matches_statistic(fig, s));
        if in_text || in_statistics {
            continue;
        }
        let written = &headline.written;
        let message = say!(ui,
            ru: "Цифры «{written}» из заголовка нет ни в тексте, ни в цифрах релиза.",
            kk: "Тақырыптағы «{written}» көрсеткіші мәтінде де, релиз көрсеткіштерінде де жоқ.",
            en: "The headline figure “{written}” appears nowhere in the text or the figures.",
        );
        out.push(
            "figures/headline-only",
            FieldRef::Headline,
            Some(lang),
            message,
        );
    }
}

/// A figure within 5 % of a statistic, in its scale and unit, but not it: a typo, most
/// likely (148,7 млн for 148,9 млн).
fn differs_from_statistic(ctx: &Ctx, lang: Language, found: &[Found], out: &mut Findings) {
    let ui = ctx.ui;
    let stats = &ctx.release.statistics;
    for f in found {
        let fig = &f.figure;
        if !is_amount(fig) || stats.iter().any(|s| matches_statistic(fig, s)) {
            continue;
        }
        let close = stats.iter().find(|s| {
            s.quantity.scale == fig.scale
                && s.quantity.unit != Unit::None
                && units_agree(&fig.unit, &s.quantity.unit)
                && !s.value.is_zero()
                && ((fig.value - s.value).abs() / s.value.abs()) <= Decimal::new(5, 2)
        });
        let Some(stat) = close else { continue };
        let written = &f.written;
        let label = stat.label.get_or_any(ui).trim().to_string();
        let value = format_quantity(stat.value, &stat.quantity, ui);
        let message = say!(ui,
            ru: "В тексте «{written}», а в цифрах релиза «{label}» — {value}.",
            kk: "Мәтінде «{written}», ал релиз көрсеткіштерінде «{label}» — {value}.",
            en: "The text says “{written}”, but the figure “{label}” is {value}.",
        );
        out.push(
            "figures/differs-from-statistic",
            f.field.clone(),
            Some(lang),
            message,
        );
    }
}

/// A statistic's figure in a sentence that names another year than the statistic's period:
/// «в 2024 году товарооборот составил 148,9 млн» when the figure is «за 2025 год». The
/// year is a slip from last year's release more often than not.
fn period_differs<'a>(ctx: &Ctx<'a>, version: &'a LanguageVersion, out: &mut Findings) {
    let ui = ctx.ui;
    let lang = version.language;
    for (field, text) in text_fields(version) {
        let figures = ctx.readings.figures(text, lang);
        for sentence in ctx.readings.sentences(text).iter() {
            let in_sentence: Vec<&Figure> = figures
                .iter()
                .filter(|f| sentence.contains(&f.span.start))
                .collect();
            let years: Vec<String> = in_sentence
                .iter()
                .filter(|f| f.looks_like_year())
                .map(|f| f.value.to_string())
                .collect();
            if years.is_empty() {
                continue;
            }
            for stat in &ctx.release.statistics {
                let period = stat.period.get(lang);
                let period_years: Vec<String> = find_figures(period, lang)
                    .iter()
                    .filter(|f| f.looks_like_year())
                    .map(|f| f.value.to_string())
                    .collect();
                if period_years.is_empty() {
                    continue;
                }
                let states_it = in_sentence
                    .iter()
                    .any(|f| is_amount(f) && matches_statistic(f, stat) && f.value == stat.value);
                let other_year = years.iter().find(|y| !period_years.contains(y));
                let (true, Some(year)) = (states_it, other_year) else {
                    continue;
                };
                // A sentence naming both years compares them («в 2025 году против 2024»).
                if years.iter().any(|y| period_years.contains(y)) {
                    continue;
                }
                let label = stat.label.get_or_any(ui).trim().to_string();
                let period = period.trim().to_string();
                let message = say!(ui,
                    ru: "«{label}» в тексте отнесено к {year} году, а в цифрах релиза период — «{period}».",
                    kk: "Мәтінде «{label}» {year} жылға жатқызылған, ал релиз көрсеткіштерінде кезең — «{period}».",
                    en: "The text puts “{label}” in {year}, but the figure's period is “{period}”.",
                );
                out.push("figures/period-differs", field.clone(), Some(lang), message);
            }
        }
    }
}

/// Russian and Kazakh write a decimal comma; «148.9» is an English habit.
fn decimal_point(ctx: &Ctx, version: &LanguageVersion, found: &[Found], out: &mut Findings) {
    let ui = ctx.ui;
    if version.language == Language::En {
        return;
    }
    for f in found {
        let number = f.written.split_whitespace().find(|w| w.contains('.'));
        let Some(number) = number.filter(|_| f.figure.value.scale() > 0) else {
            continue;
        };
        let number = number
            .trim_matches(|c: char| !c.is_ascii_digit())
            .to_string();
        let comma = number.replace('.', ",");
        let message = say!(ui,
            ru: "«{number}»: в русском и казахском тексте дробь пишется через запятую — {comma}.",
            kk: "«{number}»: орыс және қазақ мәтінінде бөлшек үтірмен жазылады — {comma}.",
            en: "“{number}”: Russian and Kazakh write a decimal comma: {comma}.",
        );
        out.push(
            "figures/decimal-point",
            f.field.clone(),
            Some(version.language),
            message,
        );
    }
}

/// The version's name in a message: «русской версии», «орыс тіліндегі нұсқа», "Russian version".
pub(super) fn version_name(lang: Language, ui: Language) -> &'static str {
    match (ui, lang) {
        (Language::Ru, Language::Ru) => "русской версии",
        (Language::Ru, Language::Kk) => "казахской версии",
        (Language::Ru, Language::En) => "английской версии",
        (Language::Kk, Language::Ru) => "орыс тіліндегі нұсқада",
        (Language::Kk, Language::Kk) => "қазақ тіліндегі нұсқада",
        (Language::Kk, Language::En) => "ағылшын тіліндегі нұсқада",
        (Language::En, Language::Ru) => "the Russian version",
        (Language::En, Language::Kk) => "the Kazakh version",
        (Language::En, Language::En) => "the English version",
    }
}

/// A bare count that the other version spells out: «3 меморандума» and "three memoranda",
/// "25 companies" and «двадцать пять компаний» say the same.
fn spelled_in(figure: &Figure, version: &LanguageVersion) -> bool {
    use rust_decimal::prelude::ToPrimitive;
    if figure.unit != Unit::None || figure.scale != Scale::One || !figure.value.fract().is_zero() {
        return false;
    }
    let Some(n) = figure.value.to_u32() else {
        return false;
    };
    text_fields(version).iter().any(|(_, text)| {
        crate::language::number_words::spelled_numbers(text, version.language)
            .iter()
            .any(|(value, _)| *value == n)
    })
}

/// Figures of the original version missing from another version, and the reverse.
fn between_versions(ctx: &Ctx, out: &mut Findings) {
    let versions = &ctx.release.versions;
    let Some(original) = versions.first() else {
        return;
    };
    let original_found = figures_of(original);
    for other in &versions[1..] {
        let other_found = figures_of(other);
        compare(ctx, original, &original_found, other, &other_found, out);
        compare(ctx, other, &other_found, original, &original_found, out);
    }
}

/// Reports each figure of `from` that `to` has nowhere. The finding points at the same
/// field of the version missing it when that field exists, since that is where to add it.
fn compare(
    ctx: &Ctx,
    from: &LanguageVersion,
    from_found: &[Found],
    to: &LanguageVersion,
    to_found: &[Found],
    out: &mut Findings,
) {
    let ui = ctx.ui;
    for f in from_found {
        let present = to_found.iter().any(|t| {
            units_agree(&f.figure.unit, &t.figure.unit)
                && (t.figure.amount().is_some_and(|a| stands_for(&f.figure, a))
                    || f.figure.amount().is_some_and(|a| stands_for(&t.figure, a)))
        });
        if present || spelled_in(&f.figure, to) {
            continue;
        }
        let (field, language) = if f.field.text(ctx.release, to.language).is_some() {
            (f.field.clone(), to.language)
        } else {
            (f.field.clone(), from.language)
        };
        let written = &f.written;
        let place = f.field.describe(ui);
        let (has, lacks) = (
            version_name(from.language, ui),
            version_name(to.language, ui),
        );
        let message = say!(ui,
            ru: "В {has} ({place}) есть «{written}», а в {lacks} такой цифры нет.",
            kk: "«{written}» {has} бар ({place}), ал {lacks} жоқ.",
            en: "“{written}” is in {has} ({place}) but not in {lacks}.",
        );
        out.push(
            "figures/differs-between-versions",
            field,
            Some(language),
            message,
        );
    }
}
