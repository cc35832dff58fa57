//! The figures of a release: their sentences in the text, placed where the user wants
//! them, and the statistics table.

use super::*;

impl Composer<'_> {
    pub(super) fn push_statistics(&self, blocks: &mut Vec<Block>) {
        // The closing paragraph: figures placed there, and those placed after a paragraph
        // this version does not have.
        let closing = self.figures_in_text(|p| match p {
            Placement::Closing => true,
            Placement::After(anchor) => !self.has_anchor(anchor),
            Placement::NotInText => false,
        });
        self.push_figures(blocks, &closing);
        if self.profile.statistics_table {
            let rows: Vec<Vec<String>> = self
                .release
                .statistics
                .iter()
                .filter(|s| s.in_table)
                .flat_map(|s| self.table_rows(s))
                .collect();
            if !rows.is_empty() {
                let (caption, header) = table_words(self.lang);
                blocks.push(Block::Table(without_empty_columns(Table {
                    caption: caption.to_string(),
                    header: header.iter().map(|h| h.to_string()).collect(),
                    rows,
                    numeric: vec![false, true, true],
                })));
            }
        }
    }

    fn figure(&self, value: rust_decimal::Decimal, quantity: &Quantity) -> String {
        format_quantity(value, quantity, self.lang)
    }

    /// One sentence per figure, the period first as releases write it:
    /// - ru «За 2024 год товарооборот составил более 5 млн долларов США, увеличившись на
    ///   9 % по сравнению с 2023 годом.» The verb agrees with the label, which the user
    ///   sets; until then the sentence has no verb («Товарооборот за 2024 год — …»), which
    ///   reads right for any label.
    /// - kk «2024 жылы тауар айналымы 5 млн АҚШ долларын құрады.» / «…долларынан астам
    ///   болды.» Kazakh verbs do not agree in gender, so the verb is always written.
    /// - en "In 2024, trade totalled USD 5 million, up 9% on 2023." ("totalled" and "stood
    ///   at" agree with any subject, where "was" is wrong for "exports").
    pub(super) fn statistic_sentence(&self, s: &Statistic) -> String {
        let lang = self.lang;
        let label = s.label.get_or_any(lang).trim();
        let period = s.period.get(lang).trim();
        let parts: Vec<String> = s
            .parts
            .iter()
            .filter(|p| !p.label.get_or_any(lang).trim().is_empty())
            .map(|p| {
                let part_label = p.label.get_or_any(lang).trim();
                let part_value = self.figure(p.value, &s.quantity);
                match lang {
                    Language::En => format!("{part_label}: {part_value}"),
                    _ => format!("{part_label} — {part_value}"),
                }
            })
            .collect();
        let parts = if parts.is_empty() {
            String::new()
        } else {
            format!(" ({})", parts.join(", "))
        };
        // A change a quote or the text already gives («товарооборот вырос на 14 %») is not
        // said again.
        let stated = self.stated_figures();
        let change = s.change.as_ref().filter(|change| {
            !stated
                .iter()
                .any(|f| f.unit == Unit::Percent && f.amount() == Some(change.percent.abs()))
        });
        let change = change.map(|change| {
            let amount = self.figure(
                change.percent.abs(),
                &Quantity {
                    unit: Unit::Percent,
                    ..Quantity::default()
                },
            );
            let versus = change.compared_with.get(lang).trim();
            (change.percent.is_sign_positive(), amount, versus)
        });
        let subject = |first: &str, then: &str| {
            if first.is_empty() {
                capitalise(then)
            } else {
                // The label stays as typed: it may open with a name («Шымкенттің …»).
                format!("{} {then}", capitalise(first))
            }
        };
        let mut sentence = match (lang, s.label_gender) {
            (Language::Ru, Some(agreement)) => {
                let value = format_qualified(s.value, &s.quantity, s.qualifier, lang);
                let verb = agreement.pick(["составил", "составила", "составило", "составили"]);
                let mut out = format!("{} {verb} {value}{parts}", subject(period, label));
                if let Some((rising, amount, versus)) = change {
                    let gerund = if rising {
                        "увеличившись"
                    } else {
                        "снизившись"
                    };
                    out.push_str(&format!(
                        ", {}",
                        join_words(&[gerund, "на", &amount, versus])
                    ));
                }
                out
            }
            (Language::Ru, None) => {
                let value = format_qualified(s.value, &s.quantity, s.qualifier, lang);
                let mut out = format!(
                    "{} — {value}{parts}",
                    capitalise(&join_words(&[label, period]))
                );
                if let Some((rising, amount, versus)) = change {
                    let word = if rising {
                        "рост"
                    } else {
                        "снижение"
                    };
                    out.push_str(&format!(", {}", join_words(&[word, "—", &amount, versus])));
                }
                out
            }
            (Language::Kk, _) => {
                let (value, verb) = kazakh_predicate(s);
                let head = subject(period, label);
                match change {
                    Some((rising, _, versus)) => {
                        // «…долларын құрап, 2023 жылмен салыстырғанда 9 пайызға өсті».
                        let converb = match verb {
                            "құрады" => "құрап",
                            "жетті" => "жетіп",
                            _ => "болып",
                        };
                        let percent = harmony::attach(
                            &format!("{} пайыз", format_number(change_abs(s), lang)),
                            Case::Dative,
                        );
                        let moved = if rising {
                            "өсті"
                        } else {
                            "төмендеді"
                        };
                        format!(
                            "{head} {value} {converb}{parts}, {}",
                            join_words(&[versus, &percent, moved])
                        )
                    }
                    None => format!("{head} {value} {verb}{parts}"),
                }
            }
            (Language::En, _) => {
                let value = format_qualified(s.value, &s.quantity, s.qualifier, lang);
                let verb = if s.quantity.unit == Unit::Percent {
                    "stood at"
                } else {
                    "totalled"
                };
                let head = if period.is_empty() {
                    capitalise(label)
                } else {
                    format!("{}, {label}", capitalise(period))
                };
                let mut out = format!("{head} {verb} {value}{parts}");
                if let Some((rising, amount, versus)) = change {
                    let word = if rising { "up" } else { "down" };
                    out.push_str(&format!(", {}", join_words(&[word, &amount, versus])));
                }
                out
            }
        };
        sentence.push('.');
        sentence
    }

    fn table_rows(&self, s: &Statistic) -> Vec<Vec<String>> {
        let lang = self.lang;
        let period = self.set(s.period.get(lang));
        let change = s
            .change
            .as_ref()
            .map(|c| {
                let percent = Quantity {
                    unit: Unit::Percent,
                    ..Quantity::default()
                };
                let sign = if c.percent.is_sign_positive() {
                    "+"
                } else {
                    "−"
                };
                format!("{sign}{}", self.figure(c.percent.abs(), &percent))
            })
            .unwrap_or_default();
        // The period goes under the label, not in a column of its own: a fourth column
        // does not fit a phone's screen, and label and period read as one phrase
        // («Товарооборот | в 2024 году», "Trade turnover | in 2024"). A part has its
        // total's period, so it is said once.
        let label = capitalise(&self.set(s.label.get_or_any(lang)));
        let label = if period.trim().is_empty() {
            label
        } else {
            format!("{label}\n{period}")
        };
        let mut rows = vec![vec![
            label,
            breakable_after_figure(&format_qualified(s.value, &s.quantity, s.qualifier, lang)),
            change,
        ]];
        for part in &s.parts {
            rows.push(vec![
                format!("— {}", self.set(part.label.get_or_any(lang))),
                breakable_after_figure(&self.figure(part.value, &s.quantity)),
                String::new(),
            ]);
        }
        rows
    }
}

/// The Kazakh figure in the case its verb governs, and the verb: «5 млн АҚШ долларын
/// құрады», «шамамен 380 млн АҚШ долларын құрады», «500 млн АҚШ долларынан астам болды»,
/// «300-ге дейін жетті», «10 %-дан кем болды».
fn kazakh_predicate(s: &Statistic) -> (String, &'static str) {
    let object = kazakh_object(s.value, &s.quantity, s.qualifier);
    let verb = match s.qualifier {
        None | Some(Qualifier::About) => "құрады",
        Some(Qualifier::UpTo) => "жетті",
        Some(_) => "болды",
    };
    (object, verb)
}

fn change_abs(s: &Statistic) -> rust_decimal::Decimal {
    s.change
        .as_ref()
        .map(|c| c.percent.abs())
        .unwrap_or_default()
}

/// The table without the columns that are empty in every row (no figure has a change): an
/// empty column only takes width from a phone's screen.
fn without_empty_columns(table: Table) -> Table {
    let keep: Vec<bool> = (0..table.columns())
        .map(|i| {
            table
                .rows
                .iter()
                .any(|r| r.get(i).is_some_and(|c| !c.trim().is_empty()))
        })
        .collect();
    let kept = |cells: Vec<String>| -> Vec<String> {
        cells
            .into_iter()
            .zip(&keep)
            .filter(|(_, keep)| **keep)
            .map(|(cell, _)| cell)
            .collect()
    };
    Table {
        caption: table.caption,
        header: kept(table.header),
        rows: table.rows.into_iter().map(kept).collect(),
        numeric: table
            .numeric
            .into_iter()
            .zip(&keep)
            .filter(|(_, keep)| **keep)
            .map(|(numeric, _)| numeric)
            .collect(),
    }
}

/// A figure for a narrow table cell: the number stays bound to what is beside it («более
/// 500», «148,9 млн», "USD 5"), but the currency words after it may go to the next line
/// («148,9 млн | долларов США») — bound whole, a long figure would widen the column past a
/// phone's screen.
fn breakable_after_figure(figure: &str) -> String {
    let chars: Vec<char> = figure.chars().collect();
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let beside_digit = |j: Option<usize>| {
                j.and_then(|j| chars.get(j))
                    .is_some_and(|c| c.is_ascii_digit() || *c == '%')
            };
            if c == '\u{a0}' && !beside_digit(i.checked_sub(1)) && !beside_digit(Some(i + 1)) {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// The heading of the statistics table: «Основные показатели», "Key figures".
pub fn table_heading(lang: Language) -> &'static str {
    table_words(lang).0
}

fn table_words(lang: Language) -> (&'static str, [&'static str; 3]) {
    match lang {
        Language::Ru => (
            "Основные показатели",
            ["Показатель", "Значение", "Изменение"],
        ),
        Language::Kk => ("Негізгі көрсеткіштер", ["Көрсеткіш", "Мәні", "Өзгеріс"]),
        Language::En => ("Key figures", ["Indicator", "Value", "Change"]),
    }
}

/// Whether the words already give the figure `s`: the same amount (value with its scale),
/// in its unit or with none named («148,9 млн» in a quote states 148,9 млн долларов).
pub(super) fn already_stated(s: &Statistic, stated: &[Figure]) -> bool {
    let Some(amount) = s.value.checked_mul(s.quantity.scale.multiplier()) else {
        return false;
    };
    stated
        .iter()
        .any(|f| f.amount() == Some(amount) && (f.unit == s.quantity.unit || f.unit == Unit::None))
}
