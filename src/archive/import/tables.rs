//! The tables of an imported text: a table of figures («Товарооборот | 148,9 млн
//! долларов») becomes statistics of the release, listed in its table as the original
//! listed them; any other table is kept as paragraphs, a row a paragraph.

use rust_decimal::Decimal;

use crate::language::Language;
use crate::language::figures::{Figure, parse_figure};
use crate::language::qualifier::Qualifier;
use crate::language::units::{Quantity, Unit};
use crate::release::{Change, Localized, Placement, Statistic, StatisticPart};

/// What the tables hold: figures, and the rows of tables that are not tables of figures.
#[derive(Debug, Default, PartialEq)]
pub struct FromTables {
    pub statistics: Vec<Statistic>,
    pub paragraphs: Vec<String>,
}

/// Headings of a column of changes, as the page's own table and people write them.
const CHANGE_HEADINGS: [&str; 5] = ["изменение", "динамика", "өзгеріс", "change", "growth"];

/// Reads `tables` written in `lang`.
pub fn read_tables(tables: &[Vec<Vec<String>>], lang: Language) -> FromTables {
    let mut out = FromTables::default();
    for table in tables {
        let rows: Vec<Vec<&str>> = table
            .iter()
            .map(|row| row.iter().map(|c| c.trim()).collect::<Vec<&str>>())
            .filter(|row| row.iter().any(|c| !c.is_empty()))
            .collect();
        match figures_of(&rows, lang) {
            Some(statistics) => out.statistics.extend(statistics),
            None => out.paragraphs.extend(rows.iter().map(|row| {
                let cells: Vec<&str> = row.iter().copied().filter(|c| !c.is_empty()).collect();
                cells.join(" — ").replace('\n', " ")
            })),
        }
    }
    out
}

/// The table's figures when it is a table of them: a heading row or none, then rows of a
/// label (the period under it on a line of its own) and one figure (in one cell, or number
/// and unit in two), a change in a column headed «Изменение» / «Өзгеріс» / "Change", the
/// parts of a figure in the rows under it whose label starts with a dash. `None` when a
/// row is anything else.
fn figures_of(rows: &[Vec<&str>], lang: Language) -> Option<Vec<Statistic>> {
    let (first, rest) = rows.split_first()?;
    let (heading, body) = match figure_in(&value_text(first, None), lang) {
        Some(_) => (None, rows),
        None => (Some(first), rest),
    };
    let change_column = heading.and_then(|h| {
        h.iter()
            .position(|c| CHANGE_HEADINGS.contains(&c.to_lowercase().as_str()))
    });
    if body.is_empty() {
        return None;
    }
    let mut statistics: Vec<Statistic> = Vec::new();
    for row in body {
        let label = *row.first()?;
        let (qualifier, figure) = figure_in(&value_text(row, change_column), lang)?;
        if let Some(part) = label.strip_prefix(['—', '–', '-']) {
            let total = statistics.last_mut()?;
            let unit_fits = figure.unit == total.quantity.unit || figure.unit == Unit::None;
            if figure.scale != total.quantity.scale || !unit_fits {
                return None;
            }
            total.parts.push(StatisticPart {
                label: Localized::from_pairs([(lang, part.trim())]),
                value: figure.value,
            });
            continue;
        }
        let (label, period) = label.split_once('\n').unwrap_or((label, ""));
        if !label.chars().any(char::is_alphabetic) {
            return None;
        }
        let change = match change_column
            .and_then(|i| row.get(i))
            .filter(|c| !c.is_empty())
        {
            Some(cell) => Some(change_in(cell, lang)?),
            None => None,
        };
        statistics.push(Statistic {
            label: Localized::from_pairs([(lang, label.trim())]),
            period: match period.trim() {
                "" => Localized::default(),
                period => Localized::from_pairs([(lang, period)]),
            },
            value: figure.value,
            quantity: Quantity {
                scale: figure.scale,
                unit: figure.unit,
            },
            qualifier: qualifier.or(figure.qualifier),
            change,
            in_table: true,
            // The imported text says what it says about the figures; the table only lists
            // them.
            placement: Placement::NotInText,
            ..Statistic::default()
        });
    }
    Some(statistics)
}

/// The cells after the label, but the change column's, as one text.
fn value_text(row: &[&str], change_column: Option<usize>) -> String {
    let cells: Vec<&str> = (row.iter().enumerate().skip(1))
        .filter(|(i, c)| Some(*i) != change_column && !c.is_empty())
        .map(|(_, c)| *c)
        .collect();
    cells.join(" ")
}

/// One figure and nothing else, with the qualifier written before it («более 88,8 млн»).
fn figure_in(text: &str, lang: Language) -> Option<(Option<Qualifier>, Figure)> {
    let (qualifier, figure) = Qualifier::split_from(text);
    Some((qualifier, parse_figure(figure, lang)?))
}

/// «+11 %», «−3,5 %», "-2 %": a change in per cent, signed.
fn change_in(text: &str, lang: Language) -> Option<Change> {
    let text = text.trim();
    let (negative, rest) = match text.strip_prefix(['−', '-', '–']) {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let figure = parse_figure(rest, lang).filter(|f| f.unit == Unit::Percent)?;
    let percent: Decimal = if negative {
        -figure.value
    } else {
        figure.value
    };
    Some(Change {
        percent,
        compared_with: Localized::default(),
        previous_value: None,
    })
}
