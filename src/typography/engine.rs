//! The rule engine: named rules run in a fixed order per language; any can be switched off.

use std::borrow::Cow;

use super::TypographySettings;
use crate::language::Language;

/// What Settings shows about a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleInfo {
    /// Stable name, stored in the profile when the rule is switched off or on:
    /// `group/what`, e.g. `dash/spaced`.
    pub name: &'static str,
    /// One line saying what the rule does (English; the GUI may translate by `name`).
    pub summary: &'static str,
    /// Text as a user types it, showing the rule at work; [`RuleInfo::example_result`] gives
    /// what the rule makes of it.
    pub example: &'static str,
    /// Whether the rule runs unless the profile says otherwise.
    pub on_by_default: bool,
}

impl RuleInfo {
    /// The example after this rule alone has run on it (in `lang`, with default settings).
    pub fn example_result(&self, lang: Language) -> String {
        super::typeset_only(
            self.example,
            lang,
            &[self.name],
            &TypographySettings::default(),
        )
    }
}

/// What a rule knows about the text it is given.
pub(crate) struct Context<'a> {
    pub lang: Language,
    pub settings: &'a TypographySettings,
}

impl<'a> Context<'a> {
    pub fn new(lang: Language, settings: &'a TypographySettings) -> Self {
        Context { lang, settings }
    }
}

/// A rule's work: returns the text unchanged (borrowed) when it has nothing to do.
pub(crate) type Apply = for<'t> fn(&'t str, &Context) -> Cow<'t, str>;

/// A named, switchable rule.
#[derive(Clone, Copy)]
pub(crate) struct Rule {
    pub info: RuleInfo,
    pub apply: Apply,
}

impl Rule {
    pub const fn new(
        name: &'static str,
        summary: &'static str,
        example: &'static str,
        apply: Apply,
    ) -> Self {
        Rule {
            info: RuleInfo {
                name,
                summary,
                example,
                on_by_default: true,
            },
            apply,
        }
    }

    /// The same rule, off unless the profile switches it on.
    pub const fn off_by_default(self) -> Self {
        let mut rule = self;
        rule.info.on_by_default = false;
        rule
    }

    /// The same rule with an example in another language.
    pub const fn with_example(self, example: &'static str) -> Self {
        let mut rule = self;
        rule.info.example = example;
        rule
    }
}

/// Whether `rule` runs under `settings`: switched off by name wins, then switched on by
/// name, then the rule's default.
pub(crate) fn is_enabled(rule: &RuleInfo, settings: &TypographySettings) -> bool {
    if settings.disabled.iter().any(|name| name == rule.name) {
        return false;
    }
    rule.on_by_default || settings.enabled.iter().any(|name| name == rule.name)
}

/// Runs `rules` once over `text`, in order, skipping those `enabled` refuses.
pub(crate) fn run_once(
    text: &str,
    rules: &[Rule],
    ctx: &Context,
    enabled: impl Fn(&RuleInfo) -> bool,
) -> String {
    let mut current: Cow<str> = Cow::Borrowed(text);
    for rule in rules.iter().filter(|rule| enabled(&rule.info)) {
        current = super::scan::chain(current, |t| (rule.apply)(t, ctx));
    }
    current.into_owned()
}

/// How many passes at most. The rules are ordered so that one pass reaches the result on
/// ordinary text; the second pass confirms it, and settles the odd text (stray quotes,
/// marks typed in unusual places) where one rule's change gives an earlier rule something
/// new to do. That makes typesetting typeset text change nothing, which the property tests
/// check on arbitrary strings.
const MAX_PASSES: usize = 3;

/// Runs the rules until the text stops changing (at most [`MAX_PASSES`] times).
pub(crate) fn run(
    text: &str,
    rules: &[Rule],
    ctx: &Context,
    enabled: impl Fn(&RuleInfo) -> bool,
) -> String {
    let mut current = run_once(text, rules, ctx, &enabled);
    // A pass that changed nothing would give the same again: the rules are pure functions.
    if current == text {
        return current;
    }
    for _ in 1..MAX_PASSES {
        let next = run_once(&current, rules, ctx, &enabled);
        if next == current {
            break;
        }
        current = next;
    }
    current
}

/// What the rule modules' unit tests share: one rule run alone, and spaces made visible.
#[cfg(test)]
pub(crate) mod test_support {
    use super::{Context, Rule};
    use crate::language::Language;
    use crate::language::units::{NBSP, NNBSP};
    use crate::typography::TypographySettings;

    /// Runs `rule` alone with default settings, as typograf's rule tests do.
    pub(crate) fn apply_alone(rule: Rule, lang: Language, text: &str) -> String {
        let settings = TypographySettings::default();
        let ctx = Context::new(lang, &settings);
        (rule.apply)(text, &ctx).into_owned()
    }

    /// No-break spaces as `~` and narrow ones as `^`, so expected strings stay readable.
    pub(crate) fn visible_spaces(text: &str) -> String {
        text.replace(NBSP, "~").replace(NNBSP, "^")
    }
}
