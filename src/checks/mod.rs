//! Pre-send checks: what a journalist or a newswire editor would catch before publishing.
//!
//! [`check`] reads a release and returns [`Finding`]s, each naming the exact field and
//! language version it concerns (so the window can focus it), a message in the UI language
//! that names the numbers or words at fault, and, where the change is certain and mechanical,
//! a [`Fix`] that applies it.
//!
//! Every check has a stable code; the profile's [`CheckSettings`] switch codes off and hold
//! the length thresholds.
//!
//! | code | severity | why this severity |
//! |---|---|---|
//! | `sums/parts-total` | Error | parts that do not add up to the total are a factual error |
//! | `sums/shares-over-100` | Error | shares of one whole above 100 % cannot be right |
//! | `sums/mixed-units` | Warning | parts written in other units than the total may be a slip or a conversion |
//! | `sums/in-text` | Error | a total in the text and its whole breakdown (a bracket; export and import of a turnover) do not add up |
//! | `sums/part-over-whole` | Error | «из них», «в том числе»: parts larger than the whole they are part of |
//! | `growth/change-mismatch` | Error | the percentage contradicts the two values, even allowing for rounding |
//! | `growth/wrong-direction` | Warning | «рост» with a falling figure: the word or the sign is wrong |
//! | `figures/written-differently` | Warning | one amount written two ways confuses readers |
//! | `figures/same-quantity-differs` | Warning | one quantity («инвестиции») given two values in one text; the words around figures cannot prove it is the same quantity |
//! | `figures/versions-disagree` | Error | one quantity of one period with another value in a translation than in the original, no figure of it agreeing |
//! | `figures/count-vs-list` | Warning | «3 меморандума: …» followed by two items; read only where the items look alike |
//! | `figures/period-differs` | Warning | a statistic's figure in a sentence naming another year than its period («в 2024 году … 148,9 млн» for «за 2025 год») |
//! | `figures/headline-only` | Warning | a headline figure must be backed by the text |
//! | `figures/differs-from-statistic` | Warning | close to a figure but not it: probably a typo, perhaps another figure |
//! | `figures/differs-between-versions` | Warning | a figure in one language version is missing from another |
//! | `figures/decimal-point` | Hint | Russian and Kazakh write a decimal comma (style) |
//! | `dates/weekday` | Error | the weekday and the date contradict each other: one of them is wrong |
//! | `dates/event-before-release` | Warning | a coming event dated before the release; maybe a past event |
//! | `dates/last-year` | Warning | «в прошлом году» next to a year that is not last year |
//! | `dates/stale-year` | Hint | an old year in the headline or lead, maybe left from an earlier release |
//! | `dates/embargo-past` | Error | an embargo already over protects nothing and reads as a mistake |
//! | `leftovers/placeholder` | Error | a `[label]` placeholder would be published as is |
//! | `leftovers/brackets` | Warning | other bracketed text, which may be a note to self |
//! | `leftovers/hint` | Warning | a template's hint or a form's example left in the text |
//! | `leftovers/empty-text` | Error | a version without headline or lead cannot be sent |
//! | `leftovers/required-fact` | Warning | a required fact or person is empty (the text may already be written by hand) |
//! | `leftovers/no-date` | Warning | the dateline has no date |
//! | `alphabets/mixed` | Error | Latin letters in a Cyrillic word (or the reverse) break search, screen readers and spell-checking; fixable |
//! | `agreement/quote-verb` | Error | a quote's Russian verb in the other gender than its speaker («Айгерим Сейткали … отметил»); fixable |
//! | `agreement/verb-after-name` | Warning | a Russian past-tense verb right after a person's name in the other gender; fixable, but check |
//! | `agreement/gender-assumed` | Warning | a drafted Russian verb took the masculine for a person whose gender is neither chosen nor told by the name |
//! | `agreement/count-noun` | Warning | a noun in a form its count never takes («3 меморандумов», «3 меморандумдар», "3 memorandum"); the word after a number is not always its noun |
//! | `quotes/unbalanced` | Warning | a quotation mark opened and not closed, or the reverse |
//! | `quotes/mixed-marks` | Warning | straight and typographic quotes in one text |
//! | `quotes/no-speaker` | Warning | a quote nobody said |
//! | `quotes/no-position` | Warning | a speaker the reader cannot place |
//! | `quotes/empty-text` | Warning | a quote with no words |
//! | `quotes/repeated-verb` | Hint | the same attribution verb twice in a row (style) |
//! | `names/variant` | Warning | a person's name spelled another way in the text |
//! | `length/headline` | Warning | headline longer than the profile's limit |
//! | `length/lead` | Warning | lead longer than the profile's limit in words |
//! | `length/paragraph` | Warning | paragraph longer than the profile's limit in characters |
//! | `length/release` | Warning | the whole release longer than the profile's limit in words |

mod agreement;
mod alphabets;
pub mod any_text;
pub mod corrected_copy;
mod count_noun;
mod counted_lists;
mod dates;
mod field;
mod figures;
mod growth;
mod leftovers;
mod length;
mod names;
pub mod odt;
mod photos;
mod quotes;
mod readings;
pub mod report;
mod same_quantity;
pub mod spelling;
mod sums;
mod sums_in_text;
mod text;
pub use text::text_fields;

use std::sync::OnceLock;

use jiff::civil::Date;
use rust_decimal::Decimal;

pub use field::{FieldRef, Fix};
pub use leftovers::optional_facts_unfilled;

use crate::language::Language;
use crate::language::units::format_number;
use crate::profile::{CheckSettings, Profile};
use crate::release::Release;
use crate::template::{Template, TemplateSet};

/// How much a finding matters before sending.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Wrong as it stands: export asks for confirmation, `pressdesk check` exits 1.
    Error,
    /// Probably wrong; worth a look.
    Warning,
    /// Style.
    Hint,
}

impl Severity {
    /// The severity as a person reads it in `ui`.
    pub fn word(self, ui: Language) -> &'static str {
        match (self, ui) {
            (Severity::Error, Language::Ru) => "ошибка",
            (Severity::Warning, Language::Ru) => "предупреждение",
            (Severity::Hint, Language::Ru) => "совет",
            (Severity::Error, Language::Kk) => "қате",
            (Severity::Warning, Language::Kk) => "ескерту",
            (Severity::Hint, Language::Kk) => "кеңес",
            (Severity::Error, Language::En) => "error",
            (Severity::Warning, Language::En) => "warning",
            (Severity::Hint, Language::En) => "hint",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Hint => "hint",
        }
    }
}

/// One thing a check found.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Stable: settings switch checks off by it and tests assert it.
    pub code: &'static str,
    pub severity: Severity,
    /// Where in the release.
    pub field: FieldRef,
    /// The language version of `field`; `None` for shared data (facts, people, figures).
    pub language: Option<Language>,
    /// In the UI language, naming the numbers or words at fault.
    pub message: String,
    /// A certain, mechanical correction, when there is one.
    pub fix: Option<Fix>,
    /// The word at fault (spelling findings only).
    pub word: Option<String>,
    /// Words it may have meant, the likeliest first (spelling findings only).
    pub suggestions: Vec<String>,
}

/// Every check code with its severity, in the order Settings lists them.
pub const CODES: &[(&str, Severity)] = &[
    ("sums/parts-total", Severity::Error),
    ("sums/shares-over-100", Severity::Error),
    ("sums/mixed-units", Severity::Warning),
    ("sums/in-text", Severity::Error),
    ("sums/part-over-whole", Severity::Error),
    ("growth/change-mismatch", Severity::Error),
    ("growth/wrong-direction", Severity::Warning),
    ("figures/written-differently", Severity::Warning),
    ("figures/same-quantity-differs", Severity::Warning),
    ("figures/versions-disagree", Severity::Error),
    ("figures/count-vs-list", Severity::Warning),
    ("figures/period-differs", Severity::Warning),
    ("figures/headline-only", Severity::Warning),
    ("figures/differs-from-statistic", Severity::Warning),
    ("figures/differs-between-versions", Severity::Warning),
    ("figures/decimal-point", Severity::Hint),
    ("dates/weekday", Severity::Error),
    ("dates/event-before-release", Severity::Warning),
    ("dates/last-year", Severity::Warning),
    ("dates/stale-year", Severity::Hint),
    ("dates/embargo-past", Severity::Error),
    ("leftovers/placeholder", Severity::Error),
    ("leftovers/brackets", Severity::Warning),
    ("leftovers/hint", Severity::Warning),
    ("leftovers/empty-text", Severity::Error),
    ("leftovers/required-fact", Severity::Warning),
    ("leftovers/no-date", Severity::Warning),
    ("alphabets/mixed", Severity::Error),
    ("agreement/quote-verb", Severity::Error),
    ("agreement/verb-after-name", Severity::Warning),
    ("agreement/gender-assumed", Severity::Warning),
    ("agreement/count-noun", Severity::Warning),
    ("quotes/unbalanced", Severity::Warning),
    ("quotes/mixed-marks", Severity::Warning),
    ("quotes/no-speaker", Severity::Warning),
    ("quotes/no-position", Severity::Warning),
    ("quotes/empty-text", Severity::Warning),
    ("quotes/repeated-verb", Severity::Hint),
    ("names/variant", Severity::Warning),
    ("length/headline", Severity::Warning),
    ("length/lead", Severity::Warning),
    ("length/paragraph", Severity::Warning),
    ("length/release", Severity::Warning),
    ("spelling", Severity::Hint),
    ("photos/no-caption", Severity::Warning),
    ("photos/caption-missing", Severity::Warning),
    ("photos/no-alt", Severity::Hint),
    ("photos/small-for-print", Severity::Hint),
    ("photos/email-too-large", Severity::Warning),
];

/// The severity a code is reported with. Unknown codes are hints.
pub fn severity_of(code: &str) -> Severity {
    CODES
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(Severity::Hint, |&(_, s)| s)
}

/// Runs every check that the profile has not switched off, with the built-in template of
/// the release's genre (see [`check_with`] to pass a user's own template).
///
/// `today` decides what «in the past» means for the embargo; `ui` is the language of the
/// messages. Findings come errors first, then in the order of the release's fields.
pub fn check(release: &Release, profile: &Profile, today: Date, ui: Language) -> Vec<Finding> {
    static BUILT_IN: OnceLock<TemplateSet> = OnceLock::new();
    let templates = BUILT_IN.get_or_init(TemplateSet::built_in);
    check_with(
        release,
        templates.get(&release.template),
        profile,
        today,
        ui,
    )
}

/// [`check`] with the template to compare the release with (`None`: an unknown genre, whose
/// placeholders and facts are then checked without labels).
pub fn check_with(
    release: &Release,
    template: Option<&Template>,
    profile: &Profile,
    today: Date,
    ui: Language,
) -> Vec<Finding> {
    run_checks(release, &|| template, profile, today, ui, |_| true)
}

/// The error-level findings of [`check_with`], found by running only the checks that can
/// report an error: what stops an export. The warnings' checks (lengths, which typeset the
/// whole text, names, counted lists …) are left out, so `pressdesk export` does half the work.
///
/// `template` is asked for only when a check needs it: for an export that is only when a
/// text holds square brackets, whose words may be a placeholder's label (reading a template
/// took a tenth of a millisecond of every export).
pub fn errors_with<'t>(
    release: &'t Release,
    template: impl Fn() -> Option<&'t Template>,
    profile: &Profile,
    today: Date,
    ui: Language,
) -> Vec<Finding> {
    let can_report_error = |check: &Check| {
        check
            .codes
            .iter()
            .any(|code| severity_of(code) == Severity::Error)
    };
    let mut list = run_checks(
        release,
        &|| template(),
        profile,
        today,
        ui,
        can_report_error,
    );
    list.retain(|finding| finding.severity == Severity::Error);
    list
}

/// One check: what it runs and every code it may report. A debug build (the tests) asserts
/// that each finding's code is in its check's list, so [`errors_with`] can trust the lists.
struct Check {
    run: fn(&Ctx, &mut Findings),
    codes: &'static [&'static str],
}

/// Every check, in the order they run.
const CHECKS: &[Check] = &[
    Check {
        run: sums::run,
        codes: &["sums/parts-total", "sums/shares-over-100"],
    },
    Check {
        run: sums::mixed_units,
        codes: &["sums/mixed-units"],
    },
    Check {
        run: sums_in_text::run,
        codes: &[
            "sums/in-text",
            "sums/part-over-whole",
            "sums/shares-over-100",
            "sums/mixed-units",
        ],
    },
    Check {
        run: growth::change_mismatch,
        codes: &["growth/change-mismatch"],
    },
    Check {
        run: growth::wrong_direction,
        codes: &["growth/wrong-direction"],
    },
    Check {
        run: figures::run,
        codes: &[
            "figures/written-differently",
            "figures/period-differs",
            "figures/headline-only",
            "figures/differs-from-statistic",
            "figures/differs-between-versions",
            "figures/decimal-point",
        ],
    },
    Check {
        run: same_quantity::within_versions,
        codes: &["figures/same-quantity-differs"],
    },
    Check {
        run: same_quantity::between_versions,
        codes: &["figures/versions-disagree"],
    },
    Check {
        run: counted_lists::run,
        codes: &["figures/count-vs-list"],
    },
    Check {
        run: dates::contradictions,
        codes: &["dates/weekday", "dates/embargo-past"],
    },
    Check {
        run: dates::doubtful,
        codes: &[
            "dates/event-before-release",
            "dates/last-year",
            "dates/stale-year",
        ],
    },
    Check {
        run: leftovers::unfinished,
        codes: &[
            "leftovers/placeholder",
            "leftovers/brackets",
            "leftovers/empty-text",
            "leftovers/no-date",
        ],
    },
    Check {
        run: leftovers::doubtful,
        codes: &[
            "leftovers/hint",
            "leftovers/required-fact",
            "leftovers/no-date",
        ],
    },
    Check {
        run: alphabets::run,
        codes: &["alphabets/mixed"],
    },
    Check {
        run: quotes::run,
        codes: &[
            "quotes/unbalanced",
            "quotes/mixed-marks",
            "quotes/no-speaker",
            "quotes/no-position",
            "quotes/empty-text",
            "quotes/repeated-verb",
        ],
    },
    Check {
        run: agreement::quote_verbs,
        codes: &["agreement/quote-verb"],
    },
    Check {
        run: agreement::after_names,
        codes: &["agreement/verb-after-name", "agreement/gender-assumed"],
    },
    Check {
        run: count_noun::run,
        codes: &["agreement/count-noun"],
    },
    Check {
        run: names::run,
        codes: &["names/variant"],
    },
    Check {
        run: length::run,
        codes: &[
            "length/headline",
            "length/lead",
            "length/paragraph",
            "length/release",
        ],
    },
    Check {
        run: photos::run,
        codes: &[
            "photos/no-caption",
            "photos/caption-missing",
            "photos/no-alt",
            "photos/small-for-print",
            "photos/email-too-large",
        ],
    },
];

fn run_checks<'a>(
    release: &'a Release,
    template: &'a dyn Fn() -> Option<&'a Template>,
    profile: &'a Profile,
    today: Date,
    ui: Language,
    wanted: impl Fn(&Check) -> bool,
) -> Vec<Finding> {
    let ctx = Ctx {
        release,
        template,
        profile,
        settings: &profile.checks,
        today,
        ui,
        readings: readings::Readings::default(),
    };
    let mut out = Findings {
        settings: &profile.checks,
        list: Vec::new(),
        reporting: &[],
    };
    for check in CHECKS.iter().filter(|check| wanted(check)) {
        out.reporting = check.codes;
        (check.run)(&ctx, &mut out);
    }
    let mut list = out.list;
    // Stable: within one severity the order of the checks and fields is kept.
    list.sort_by_key(|f| f.severity);
    list
}

/// What every check reads.
pub(crate) struct Ctx<'a> {
    pub release: &'a Release,
    /// The release's template, through [`Ctx::template`].
    template: &'a dyn Fn() -> Option<&'a Template>,
    pub profile: &'a Profile,
    pub settings: &'a CheckSettings,
    pub today: Date,
    pub ui: Language,
    /// What several checks read from the release's texts (figures, sentences, words, the
    /// quantities figures measure), read once per run.
    pub readings: readings::Readings<'a>,
}

impl<'a> Ctx<'a> {
    /// The template of the release's genre (`None`: an unknown genre, checked without
    /// labels), read when a check first asks.
    pub fn template(&self) -> Option<&'a Template> {
        (self.template)()
    }

    /// The date the release speaks from: its first dateline date, else today.
    pub fn release_date(&self) -> Date {
        self.release
            .versions
            .iter()
            .find_map(|v| v.dateline.date)
            .unwrap_or(self.today)
    }

    /// A number as the UI language writes it in a message: `148,99` / `148.99`.
    pub fn num(&self, value: Decimal) -> String {
        format_number(value.normalize_keep_places(), self.ui)
    }
}

/// Collects findings, leaving out codes the profile switched off.
pub(crate) struct Findings<'a> {
    settings: &'a CheckSettings,
    list: Vec<Finding>,
    /// The codes the running check declared (see [`Check`]).
    reporting: &'static [&'static str],
}

impl Findings<'_> {
    pub fn push(
        &mut self,
        code: &'static str,
        field: FieldRef,
        language: Option<Language>,
        message: String,
    ) {
        self.push_with_fix(code, field, language, message, None);
    }

    pub fn push_with_fix(
        &mut self,
        code: &'static str,
        field: FieldRef,
        language: Option<Language>,
        message: String,
        fix: Option<Fix>,
    ) {
        debug_assert!(
            CODES.iter().any(|(c, _)| *c == code),
            "{code} missing from CODES"
        );
        debug_assert!(
            self.reporting.contains(&code),
            "{code} missing from its check's codes in CHECKS"
        );
        if !self.settings.is_enabled(code) {
            return;
        }
        self.list.push(Finding {
            code,
            severity: severity_of(code),
            field,
            language,
            message,
            fix,
            word: None,
            suggestions: Vec::new(),
        });
    }
}

/// Keeps a decimal's written places (60.09 stays 60.09, 88.90 stays 88.90); only negative
/// zero and similar oddities are tidied.
trait KeepPlaces {
    fn normalize_keep_places(self) -> Decimal;
}

impl KeepPlaces for Decimal {
    fn normalize_keep_places(self) -> Decimal {
        if self.is_zero() { Decimal::ZERO } else { self }
    }
}

#[cfg(test)]
mod tests {
    use super::{CHECKS, CODES};

    /// Every code Settings lists is reported by some check (spelling runs on its own), and
    /// every code a check declares is one Settings lists: a check's list can neither hide
    /// an error from the export nor name a code nobody can switch off.
    #[test]
    fn each_code_belongs_to_a_check() {
        for (code, _) in CODES.iter().filter(|(code, _)| *code != "spelling") {
            assert!(
                CHECKS.iter().any(|check| check.codes.contains(code)),
                "{code} is reported by no check in CHECKS"
            );
        }
        for code in CHECKS.iter().flat_map(|check| check.codes) {
            assert!(CODES.iter().any(|(c, _)| c == code), "{code} not in CODES");
        }
    }
}
