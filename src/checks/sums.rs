//! Sums: parts against their total, shares over 100 %, parts in different units.

use rust_decimal::{Decimal, RoundingStrategy};

use super::text::text_fields;
use super::{Ctx, FieldRef, Findings};
use crate::language::units::{Scale, Unit, format_quantity};

/// The statistics' own sums: errors.
pub(super) fn run(ctx: &Ctx, out: &mut Findings) {
    parts_total(ctx, out);
    shares_over_100(ctx, out);
}

/// Rounds as people round when they write a figure: half away from zero.
pub(super) fn round(value: Decimal, places: u32) -> Decimal {
    value.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero)
}

/// True when `sum` of parts and `total` agree within the precision they are written in.
///
/// Both are rounded to the places of the less precise side: the total's places, or the
/// parts' when every part is written more coarsely. So 60,09 + 88,9 = 148,99 does not give
/// 148,9 (148,99 rounds to 149,0), while 33,3 + 33,3 + 33,3 = 99,9 does give 100 (parts
/// rounded each), and 60,1 + 88,9 gives 148,99 written more precisely.
pub(super) fn agrees(sum: Decimal, parts_places: u32, total: Decimal) -> bool {
    let places = total.scale().min(parts_places);
    round(sum, places) == round(total, places)
}

fn parts_total(ctx: &Ctx, out: &mut Findings) {
    let ui = ctx.ui;
    for (i, stat) in ctx.release.statistics.iter().enumerate() {
        // A single part is an «of which», not a breakdown.
        if stat.parts.len() < 2 {
            continue;
        }
        let Some(sum) = stat
            .parts
            .iter()
            .try_fold(Decimal::ZERO, |acc, p| acc.checked_add(p.value))
        else {
            continue;
        };
        let places = stat
            .parts
            .iter()
            .map(|p| p.value.scale())
            .max()
            .unwrap_or(0);
        if agrees(sum, places, stat.value) {
            continue;
        }
        let terms: Vec<String> = stat
            .parts
            .iter()
            .map(|p| {
                let label = p.label.get_or_any(ui).trim();
                format!("{label} {}", ctx.num(p.value)).trim().to_string()
            })
            .collect();
        let terms = terms.join(" + ");
        let sum = ctx.num(sum);
        let label = stat.label.get_or_any(ui).trim().to_string();
        let total = format_quantity(stat.value, &stat.quantity, ui);
        let message = say!(ui,
            ru: "Части не сходятся с итогом: {terms} = {sum}, а «{label}» — {total}.",
            kk: "Бөліктер жиынтыққа сәйкес емес: {terms} = {sum}, ал «{label}» — {total}.",
            en: "The parts do not add up: {terms} = {sum}, but “{label}” is given as {total}.",
        );
        out.push("sums/parts-total", FieldRef::Statistic(i), None, message);
    }
}

fn shares_over_100(ctx: &Ctx, out: &mut Findings) {
    let ui = ctx.ui;
    let hundred = Decimal::ONE_HUNDRED;
    for (i, stat) in ctx.release.statistics.iter().enumerate() {
        if stat.quantity.unit != Unit::Percent || stat.parts.is_empty() {
            continue;
        }
        let sum: Decimal = stat.parts.iter().map(|p| p.value).sum();
        if sum <= hundred {
            continue;
        }
        let sum = ctx.num(sum);
        let label = stat.label.get_or_any(ui).trim().to_string();
        let message = say!(ui,
            ru: "Доли в «{label}» в сумме дают {sum} % — больше 100 %.",
            kk: "«{label}» үлестерінің қосындысы {sum} % — 100 %-дан асады.",
            en: "The shares in “{label}” add up to {sum}%, more than 100%.",
        );
        out.push(
            "sums/shares-over-100",
            FieldRef::Statistic(i),
            None,
            message,
        );
    }
}

/// In one sentence, the figures that are a statistic's total or parts (by value) written
/// with different scales or currencies: «60,09 млн долларов» beside «88,9 млрд тенге».
pub(super) fn mixed_units(ctx: &Ctx, out: &mut Findings) {
    let ui = ctx.ui;
    for version in &ctx.release.versions {
        let lang = version.language;
        for (field, text) in text_fields(version) {
            let figures = ctx.readings.figures(text, lang);
            for sentence in ctx.readings.sentences(text).iter() {
                let in_sentence: Vec<_> = figures
                    .iter()
                    .filter(|f| sentence.contains(&f.span.start) && !f.looks_like_year())
                    .collect();
                for stat in &ctx.release.statistics {
                    if stat.parts.is_empty() {
                        continue;
                    }
                    let belongs =
                        |v: Decimal| v == stat.value || stat.parts.iter().any(|p| p.value == v);
                    let matched: Vec<_> = in_sentence.iter().filter(|f| belongs(f.value)).collect();
                    if matched.len() < 2 {
                        continue;
                    }
                    let scales: Vec<Scale> = matched
                        .iter()
                        .map(|f| f.scale)
                        .filter(|s| *s != Scale::One)
                        .collect();
                    let units: Vec<&Unit> = matched
                        .iter()
                        .map(|f| &f.unit)
                        .filter(|u| **u != Unit::None)
                        .collect();
                    let differ = scales.windows(2).any(|w| w[0] != w[1])
                        || units.windows(2).any(|w| w[0] != w[1]);
                    if !differ {
                        continue;
                    }
                    let written: Vec<String> = matched
                        .iter()
                        .map(|f| format!("«{}»", text[f.span.clone()].replace('\u{a0}', " ")))
                        .collect();
                    let written = written.join(", ");
                    let label = stat.label.get_or_any(ui).trim().to_string();
                    let message = say!(ui,
                        ru: "Части «{label}» записаны в разных единицах: {written}.",
                        kk: "«{label}» бөліктері әртүрлі бірлікпен жазылған: {written}.",
                        en: "The parts of “{label}” are written in different units: {written}.",
                    );
                    out.push("sums/mixed-units", field.clone(), Some(lang), message);
                }
            }
        }
    }
}
