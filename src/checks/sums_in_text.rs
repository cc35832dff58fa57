//! Sums written in running text, where no statistics hold them: a total followed by its
//! parts, «товарооборот составил 148,9 млн долларов (экспорт — 60,09 млн, импорт — 88,9
//! млн)», "USD 1.2 billion, of which USD 700 million …", «… оның ішінде …». Texts handed
//! to the press office have no statistics to check, and a release typed by hand may state
//! a breakdown the figures never held.
//!
//! A breakdown is read only where the text says it is one: parts in a bracket right after
//! the total (a word such as «құрады» may stand between), or after «в том числе», «из
//! них», «оның ішінде», "of which", "including" — in the total's sentence, or opening the
//! next one when the total's sentence states no other amount. A bracket that names a year,
//! a period or a change («в 2023 году — 120 млн», «рост на 11 %») compares rather than
//! breaks down, and is left alone; so are parts with a qualifier («около 60 млн»), which
//! cannot add up exactly. Each part must say it is an amount (a scale or a unit of its own).
//!
//! A bracket's parts are the whole and must add up to it. Parts a phrase announces may be
//! some of the whole only («в том числе в промышленность — 200 млрд») and must not add up
//! to more — except export and import of a trade turnover, which are all of it.

use std::ops::Range;

use rust_decimal::Decimal;

use super::text::{text_fields, words};
use super::{Ctx, FieldRef, Findings};
use crate::language::Language;
use crate::language::figures::Figure;
use crate::language::qualifier::allows;
use crate::language::quantity_words::{
    breakdown_opener, is_period_or_change, opens_breakdown, quantity_of,
};
use crate::language::units::{Scale, Unit};

pub(super) fn run(ctx: &Ctx, out: &mut Findings) {
    for version in &ctx.release.versions {
        let lang = version.language;
        for (field, text) in text_fields(version) {
            let figures = ctx.readings.figures(text, lang);
            let sentences = ctx.readings.sentences(text);
            for (i, sentence) in sentences.iter().enumerate() {
                let mut broken_down = false;
                for total in figures.iter().filter(|f| sentence.contains(&f.span.start)) {
                    if let Some(breakdown) = breakdown_after(text, total, sentence, &figures) {
                        judge(ctx, &field, lang, text, total, &breakdown, out);
                        broken_down = true;
                    }
                }
                let next = sentences.get(i + 1);
                if let Some((total, breakdown)) =
                    next.and_then(|next| breakdown_in_next(text, sentence, next, &figures))
                    && !broken_down
                {
                    judge(ctx, &field, lang, text, total, &breakdown, out);
                }
            }
        }
    }
}

/// The parts written after a total, and whether a phrase («из них») introduced them.
struct Breakdown<'a> {
    parts: Vec<&'a Figure>,
    /// Percentages in the bracket: shares of the total, «(экспорт — 40 %, импорт — 60 %)».
    shares: Vec<&'a Figure>,
    announced: bool,
    /// Whether the parts are the whole of the total, so that they must add up to it: a
    /// bracket's parts, or export and import of a trade turnover. Parts a phrase announces
    /// («в том числе», «оның ішінде», "including") may be some of it only: «инвестиции —
    /// 500 млрд, в том числе в промышленность — 200 млрд, в сельское хозяйство — 50 млрд».
    complete: bool,
}

/// What may follow a total: a bracket or a breakdown phrase, after at most two words with
/// no digits (the verb of a Kazakh sentence, «США»).
fn breakdown_after<'a>(
    text: &str,
    total: &Figure,
    sentence: &Range<usize>,
    figures: &'a [Figure],
) -> Option<Breakdown<'a>> {
    if !is_amount(total) || total.unit == Unit::Percent || total.looks_like_year() {
        return None;
    }
    let rest_start = total.span.end;
    // A figure may run past a rough sentence end («12 тыс. тонн»).
    let sentence_end = sentence.end.max(rest_start);
    let rest = &text[rest_start..sentence_end];
    let (opening, announced) = opening_of(rest)?;
    let quantity = quantity_before(text, sentence.start..total.span.start);
    breakdown_in(
        text,
        rest_start + opening..sentence_end,
        figures,
        announced,
        quantity,
    )
}

/// A sentence that opens with a breakdown phrase, «Оның ішінде экспорт — 60,09 млн
/// долларды, импорт — 88,8 млн долларды құрады.», gives the parts of the amount the
/// sentence before it states — when that sentence states only one, so that there is no
/// doubt whose parts they are.
fn breakdown_in_next<'a>(
    text: &str,
    sentence: &Range<usize>,
    next: &Range<usize>,
    figures: &'a [Figure],
) -> Option<(&'a Figure, Breakdown<'a>)> {
    let next_text = &text[next.clone()];
    let trimmed = next_text.trim_start();
    let opener = breakdown_opener(trimmed)?;
    let start = next.start + (next_text.len() - trimmed.len()) + opener;
    let mut amounts = figures.iter().filter(|f| {
        sentence.contains(&f.span.start)
            && is_amount(f)
            && f.unit != Unit::Percent
            && !f.looks_like_year()
    });
    let total = amounts.next()?;
    if amounts.next().is_some() {
        return None;
    }
    let quantity = quantity_before(text, sentence.start..total.span.start);
    let breakdown = breakdown_in(text, start..next.end, figures, true, quantity)?;
    Some((total, breakdown))
}

/// What the words before a total say it measures («товарооборот», «тауар айналымы»).
fn quantity_before(text: &str, before: Range<usize>) -> Option<&'static str> {
    words(&text[before])
        .iter()
        .rev()
        .find_map(|(_, word)| quantity_of(word))
}

/// The parts in `group` (from where they open to the end of their sentence; a closing
/// bracket or a semicolon ends them sooner), unless the group compares periods.
fn breakdown_in<'a>(
    text: &str,
    group: Range<usize>,
    figures: &'a [Figure],
    announced: bool,
    total_measures: Option<&str>,
) -> Option<Breakdown<'a>> {
    let group_text = &text[group.clone()];
    let group_end = group.start + group_text.find([')', ';']).unwrap_or(group_text.len());
    let group = group.start..group_end;
    let inside: Vec<&Figure> = figures
        .iter()
        .filter(|f| group.contains(&f.span.start))
        .collect();
    let compares = inside.iter().any(|f| f.looks_like_year())
        || words(&text[group.clone()])
            .iter()
            .any(|(_, w)| is_period_or_change(w));
    if compares {
        return None;
    }
    let shares: Vec<&Figure> = inside
        .iter()
        .copied()
        .filter(|f| f.unit == Unit::Percent && f.qualifier.is_none())
        .collect();
    let parts: Vec<&Figure> = inside
        .into_iter()
        .filter(|f| f.unit != Unit::Percent)
        .collect();
    let whole_amounts = parts.iter().all(|p| is_amount(p) && p.qualifier.is_none());
    let named: Vec<&str> = words(&text[group.clone()])
        .iter()
        .filter_map(|(_, word)| quantity_of(word))
        .collect();
    let trade_in_full = total_measures == Some("turnover")
        && named.contains(&"export")
        && named.contains(&"import");
    ((!parts.is_empty() && whole_amounts) || shares.len() >= 2).then_some(Breakdown {
        parts: if whole_amounts { parts } else { Vec::new() },
        shares,
        announced,
        complete: !announced || trade_in_full,
    })
}

/// Where the parts begin in `rest` (the text after the total), and whether a phrase
/// announced them; `None` when nothing opens a breakdown there.
fn opening_of(rest: &str) -> Option<(usize, bool)> {
    let mut at = 0;
    for _ in 0..3 {
        let tail = &rest[at..];
        let trimmed = tail.trim_start();
        let here = at + (tail.len() - trimmed.len());
        if let Some(inner) = trimmed.strip_prefix('(') {
            let inner = inner.trim_start();
            return Some((here + 1, opens_breakdown(inner)));
        }
        let after_mark = trimmed
            .trim_start_matches([',', ':', '—', '–'])
            .trim_start();
        if opens_breakdown(after_mark) {
            return Some((rest.len() - after_mark.len(), true));
        }
        // Skip one word without digits, then look again.
        let word_len = trimmed
            .find(|c: char| !crate::language::is_letter(c) && c != '.')
            .unwrap_or(trimmed.len());
        if word_len == 0 {
            return None;
        }
        at = here + word_len;
    }
    None
}

/// A figure that says what it counts (a unit or a scale), not a bare count.
fn is_amount(figure: &Figure) -> bool {
    figure.unit != Unit::None || figure.scale != Scale::One
}

/// The part's amount in the total's scale, with what it does not say taken from the total:
/// «60,09 млн» after «148,9 млн долларов» is in dollars.
fn in_total_scale(part: &Figure, total: &Figure) -> Option<Decimal> {
    part.amount()?.checked_div(total.scale.multiplier())
}

/// The decimal places a part is written with, in the total's scale: «600 млн» under a
/// total in billions is 0,6 — one place.
fn places_in_total_scale(part: &Figure, total: &Figure) -> u32 {
    if part.scale == total.scale {
        return part.value.scale();
    }
    in_total_scale(part, total).map_or(0, |v| v.normalize().scale())
}

fn judge(
    ctx: &Ctx,
    field: &FieldRef,
    lang: Language,
    text: &str,
    total: &Figure,
    breakdown: &Breakdown,
    out: &mut Findings,
) {
    let ui = ctx.ui;
    let written = |f: &Figure| text[f.span.clone()].replace(['\u{a0}', '\u{202f}'], " ");
    shares_over_100(ctx, field, lang, breakdown, &written, out);
    if breakdown.parts.is_empty() {
        return;
    }
    let currencies_differ = breakdown
        .parts
        .iter()
        .any(|p| p.unit.is_currency() && total.unit.is_currency() && p.unit != total.unit);
    if currencies_differ {
        let mut all = vec![format!("«{}»", written(total))];
        all.extend(breakdown.parts.iter().map(|p| format!("«{}»", written(p))));
        let all = all.join(", ");
        let message = say!(ui,
            ru: "Итог и его части записаны в разных валютах: {all}. Части не сложить.",
            kk: "Жиынтық пен оның бөліктері әртүрлі валютамен жазылған: {all}. Бөліктерді қосу мүмкін емес.",
            en: "A total and its parts are in different currencies: {all}. The parts cannot be added up.",
        );
        out.push("sums/mixed-units", field.clone(), Some(lang), message);
        return;
    }
    let other_kind = breakdown
        .parts
        .iter()
        .any(|p| p.unit != Unit::None && total.unit != Unit::None && p.unit != total.unit);
    if other_kind || stated_by_statistics(ctx, total) {
        return;
    }
    let Some(amounts) = breakdown
        .parts
        .iter()
        .map(|p| in_total_scale(p, total))
        .collect::<Option<Vec<Decimal>>>()
    else {
        return;
    };
    let scale_word = total.scale.word(ui);
    let with_scale = |v: Decimal| format!("{} {scale_word}", ctx.num(v)).trim().to_string();
    let total_written = written(total);
    if let [part] = breakdown.parts.as_slice() {
        // One figure in a bracket may be anything; «из них 160 млн» is a part.
        let over = amounts[0] > total.value && total.qualifier.is_none();
        if breakdown.announced && over {
            let part = written(part);
            let message = say!(ui,
                ru: "Часть больше целого: «{part}» из «{total_written}».",
                kk: "Бөлік бүтіннен үлкен: «{total_written}» ішінде «{part}».",
                en: "A part is larger than its whole: “{part}” out of “{total_written}”.",
            );
            out.push("sums/part-over-whole", field.clone(), Some(lang), message);
        }
        return;
    }
    let sum: Decimal = amounts.iter().sum();
    let places = breakdown
        .parts
        .iter()
        .map(|p| places_in_total_scale(p, total))
        .max()
        .unwrap_or(0);
    let terms: Vec<String> = breakdown.parts.iter().map(|p| written(p)).collect();
    let terms = terms.join(" + ");
    if !breakdown.complete {
        // Some of the whole: they may add up to less, never to more.
        let over = total.qualifier.is_none()
            && sum > total.value
            && !super::sums::agrees(sum, places, total.value);
        if over {
            let sum = with_scale(sum);
            let message = say!(ui,
                ru: "Части больше целого: {terms} = {sum}, а целое — «{total_written}».",
                kk: "Бөліктер бүтіннен үлкен: {terms} = {sum}, ал бүтін — «{total_written}».",
                en: "The parts are larger than their whole: {terms} = {sum}, but the whole is “{total_written}”.",
            );
            out.push("sums/part-over-whole", field.clone(), Some(lang), message);
        }
        return;
    }
    let adds_up = match total.qualifier {
        None => super::sums::agrees(sum, places, total.value),
        qualifier => allows(qualifier, total.value, sum),
    };
    if adds_up {
        return;
    }
    let sum = with_scale(sum);
    let message = say!(ui,
        ru: "Части не сходятся с итогом: {terms} = {sum}, а итог — «{total_written}».",
        kk: "Бөліктер жиынтыққа сәйкес емес: {terms} = {sum}, ал жиынтық — «{total_written}».",
        en: "The parts do not add up: {terms} = {sum}, but the total is “{total_written}”.",
    );
    out.push("sums/in-text", field.clone(), Some(lang), message);
}

/// A total that is one of the release's statistics with parts: `sums/parts-total` already
/// checks it against its parts, and one error is enough.
fn stated_by_statistics(ctx: &Ctx, total: &Figure) -> bool {
    ctx.release.statistics.iter().any(|stat| {
        !stat.parts.is_empty()
            && stat
                .value
                .checked_mul(stat.quantity.scale.multiplier())
                .is_some_and(|amount| total.stands_for(amount))
    })
}

/// Shares of one total in a bracket that add up to more than a hundred: «(экспорт — 60 %,
/// импорт — 50 %)». Each share is rounded as written, so 33,3 + 33,3 + 33,4 = 100 passes
/// and so does 50,5 + 50 rounded from below 100,5.
fn shares_over_100(
    ctx: &Ctx,
    field: &FieldRef,
    lang: Language,
    breakdown: &Breakdown,
    written: &dyn Fn(&Figure) -> String,
    out: &mut Findings,
) {
    let ui = ctx.ui;
    if breakdown.shares.len() < 2 {
        return;
    }
    let sum: Decimal = breakdown.shares.iter().map(|f| f.value).sum();
    // Each share may be rounded by up to half its last place.
    let slack: Decimal = breakdown
        .shares
        .iter()
        .map(|f| Decimal::new(5, f.value.scale() + 1))
        .sum();
    if sum <= Decimal::ONE_HUNDRED + slack {
        return;
    }
    let terms: Vec<String> = breakdown.shares.iter().map(|f| written(f)).collect();
    let (terms, sum) = (terms.join(" + "), ctx.num(sum));
    let message = say!(ui,
        ru: "Доли одного целого в сумме больше 100 %: {terms} = {sum} %.",
        kk: "Бір бүтіннің үлестері қосындысы 100 %-дан асады: {terms} = {sum} %.",
        en: "Shares of one whole add up to more than 100%: {terms} = {sum}%.",
    );
    out.push("sums/shares-over-100", field.clone(), Some(lang), message);
}
