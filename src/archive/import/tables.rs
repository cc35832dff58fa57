//! The tables of an imported text: a table of figures («Товарооборот | 148,9 млн
//! долларов») becomes statistics of the release, listed in its table as the original
//! listed them; any other table is kept as paragraphs, a row a paragraph.

use crate::language::Language;
use crate::language::figures::parse_figure;
use crate::language::qualifier::Qualifier;
use crate::language::units::Quantity;
use crate::release::{Localized, Placement, Statistic};

/// What the tables hold: figures, and the rows of tables that are not tables of figures.
#[derive(Debug, Default, PartialEq)]
pub struct FromTables {
    pub statistics: Vec<Statistic>,
    pub paragraphs: Vec<String>,
}

/// Reads `tables` written in `lang`. A table is one of figures when every row but a first
/// heading row is a label and one figure (in one cell, or number and unit in two).
pub fn read_tables(tables: &[Vec<Vec<String>>], lang: Language) -> FromTables {
    let mut out = FromTables::default();
    for table in tables {
        let rows: Vec<Vec<&str>> = table
            .iter()
            .map(|row| {
                row.iter()
                    .map(|c| c.trim())
                    .filter(|c| !c.is_empty())
                    .collect()
            })
            .filter(|row: &Vec<&str>| !row.is_empty())
            .collect();
        let figures: Vec<Option<Statistic>> = rows.iter().map(|r| statistic(r, lang)).collect();
        let heading = usize::from(figures.first().is_some_and(Option::is_none));
        let body = &figures[heading.min(figures.len())..];
        if !body.is_empty() && body.iter().all(Option::is_some) {
            out.statistics.extend(body.iter().flatten().cloned());
        } else {
            out.paragraphs
                .extend(rows.iter().map(|row| row.join(" — ")));
        }
    }
    out
}

/// A row as a figure: a label with letters, then one figure and nothing else.
fn statistic(row: &[&str], lang: Language) -> Option<Statistic> {
    let (label, rest) = row.split_first()?;
    if rest.is_empty() || !label.chars().any(char::is_alphabetic) {
        return None;
    }
    let written = rest.join(" ");
    let (qualifier, figure) = Qualifier::split_from(&written);
    let figure = parse_figure(figure, lang)?;
    Some(Statistic {
        label: Localized::from_pairs([(lang, *label)]),
        value: figure.value,
        quantity: Quantity {
            scale: figure.scale,
            unit: figure.unit,
        },
        qualifier: qualifier.or(figure.qualifier),
        in_table: true,
        // The imported text says what it says about the figures; the table only lists them.
        placement: Placement::NotInText,
        ..Statistic::default()
    })
}
