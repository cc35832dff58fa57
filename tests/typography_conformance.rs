//! Conformance with typograf, an established typographer, on its own test cases.
//!
//! The cases live in `tests/fixtures/typograf/` (`ru.json`, `en-US.json`, with typograf's
//! licence and the commit they were taken from; `PRESSDESK_TYPOGRAF_CASES` may point at
//! another copy). Each case names the typograf rule it tests;
//! `tests/fixtures/typography/typograf-rule-map.json` says which of our rules do that rule's
//! work, and the case runs through only those, as typograf runs a rule alone. Cases of the rule `*` run through our default rule set. Cases that differ
//! on purpose are listed, with the reason, in `deliberate-differences.json`: they are
//! reported apart and do not count as passed.
//!
//! The test prints `typograf conformance: N passed, M failed` and fails below 95 %
//! (N / (N + M)), or when the cases are missing, or when the lists are stale. It also prints
//! the strict rate, with the deliberate differences D counted as failures (N / (N + M + D)),
//! and fails when that falls below [`STRICT_FLOOR`].

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use pressdesk::language::Language;
use pressdesk::typography::{TypographySettings, rules, typeset, typeset_only};
use serde::Deserialize;

/// The rule groups the cases' README calls in scope for a press-release typographer, plus
/// English dashes (the counterpart of `ru/dash`). `*` cases are always in scope.
const IN_SCOPE: &[&str] = &[
    "common/nbsp/",
    "common/number/",
    "common/punctuation/",
    "common/space/",
    "ru/dash/",
    "ru/nbsp/",
    "ru/number/",
    "ru/punctuation/",
    "ru/space/",
    "ru/date/",
    "ru/money/",
    "en-US/dash/",
];

const REQUIRED_PASS_RATE: f64 = 0.95;

/// The product issue asks for 95 % with deliberate differences counted as failures, and
/// the rate is 95.3 % (551 of 578). The differences left are each justified against a named
/// reference in docs/typography.md. The floor is a ratchet at the goal: a case once met
/// may not be lost, nor a new difference listed without raising the rate elsewhere.
const STRICT_FLOOR: f64 = 0.95;

/// The strict rate the product issue asks for, printed beside the floor.
const STRICT_GOAL: f64 = 0.95;

#[derive(Deserialize)]
struct CaseFile {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    rule: String,
    locale: OneOrMany,
    input: String,
    expected: String,
    #[serde(default)]
    enable_also: OneOrMany,
}

/// The case files write a single value either alone or in a list.
#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl Default for OneOrMany {
    fn default() -> Self {
        OneOrMany::Many(Vec::new())
    }
}

impl OneOrMany {
    fn to_vec(&self) -> Vec<String> {
        match self {
            OneOrMany::One(one) => vec![one.clone()],
            OneOrMany::Many(many) => many.clone(),
        }
    }

    /// typograf runs a case in the first locale it lists.
    fn language(&self) -> Language {
        let first = self.to_vec().into_iter().next().unwrap_or_default();
        if first.starts_with("en") {
            Language::En
        } else {
            Language::Ru
        }
    }
}

#[derive(Deserialize)]
struct RuleMap {
    rules: BTreeMap<String, Mapping>,
}

#[derive(Deserialize)]
struct Mapping {
    rules: Vec<String>,
    #[serde(default)]
    settings: Option<serde_json::Value>,
}

#[derive(Deserialize)]
struct Differences {
    differences: Vec<Difference>,
}

/// A deliberate difference: every failing case of `rule`, or only the one with `input`.
#[derive(Deserialize)]
struct Difference {
    rule: String,
    #[serde(default)]
    input: Option<String>,
    reason: String,
}

fn cases_dir() -> PathBuf {
    let dir = match std::env::var_os("PRESSDESK_TYPOGRAF_CASES") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/typograf"),
    };
    assert!(
        dir.join("ru.json").is_file() && dir.join("en-US.json").is_file(),
        "typograf's test cases are missing: expected ru.json and en-US.json in {} \
         (tests/fixtures/typograf in the repository, or PRESSDESK_TYPOGRAF_CASES)",
        dir.display()
    );
    dir
}

fn read_json<T: for<'de> Deserialize<'de>>(path: &Path) -> T {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    serde_json::from_str(&text)
        .unwrap_or_else(|error| panic!("cannot parse {}: {error}", path.display()))
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/typography")
        .join(name)
}

fn in_scope(rule: &str) -> bool {
    rule == "*" || IN_SCOPE.iter().any(|group| rule.starts_with(group))
}

/// Shows the invisible: no-break ⍽, narrow no-break ⁀, line break ⏎, tab ⇥.
fn visible(text: &str) -> String {
    text.replace('\u{a0}', "⍽")
        .replace('\u{202f}', "⁀")
        .replace('\n', "⏎")
        .replace('\t', "⇥")
}

enum Outcome {
    Passed,
    Failed(String),
    Deliberate(String),
    NeedsOutOfScopeRule,
}

struct Runner {
    map: RuleMap,
    differences: Differences,
    used_differences: Vec<bool>,
}

impl Runner {
    fn our_rules(&self, typograf_rule: &str, lang: Language) -> (Vec<String>, TypographySettings) {
        let mapping = self.map.rules.get(typograf_rule).unwrap_or_else(|| {
            panic!("typograf rule {typograf_rule} is in scope but not in typograf-rule-map.json")
        });
        let settings = match &mapping.settings {
            Some(value) => serde_json::from_value(value.clone())
                .unwrap_or_else(|error| panic!("settings for {typograf_rule}: {error}")),
            None => TypographySettings::default(),
        };
        for name in &mapping.rules {
            assert!(
                rules(lang).iter().any(|rule| rule.name == name),
                "{typograf_rule} maps to {name}, which {lang} does not have"
            );
        }
        (mapping.rules.clone(), settings)
    }

    fn run(&mut self, case: &Case) -> Outcome {
        let enable_also = case.enable_also.to_vec();
        if enable_also.iter().any(|rule| !in_scope(rule)) {
            return Outcome::NeedsOutOfScopeRule;
        }
        let lang = case.locale.language();
        let mut also = Vec::new();
        for rule in &enable_also {
            also.extend(self.our_rules(rule, lang).0);
        }
        let output = if case.rule == "*" {
            let settings = TypographySettings {
                enabled: also,
                ..Default::default()
            };
            typeset(&case.input, lang, &settings)
        } else {
            let (mut names, settings) = self.our_rules(&case.rule, lang);
            names.extend(also);
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            typeset_only(&case.input, lang, &names, &settings)
        };
        let deliberate = self.differences.differences.iter().position(|difference| {
            difference.rule == case.rule
                && difference
                    .input
                    .as_ref()
                    .is_none_or(|input| *input == case.input)
        });
        if let Some(index) = deliberate {
            self.used_differences[index] = true;
        }
        if output == case.expected {
            if let Some(index) = deliberate {
                let difference = &self.differences.differences[index];
                assert!(
                    difference.input.is_none(),
                    "deliberate difference listed for a case that passes: {} {:?}",
                    difference.rule,
                    difference.input
                );
            }
            return Outcome::Passed;
        }
        let report = format!(
            "[{}] {}\n    input:    {}\n    expected: {}\n    ours:     {}",
            lang,
            case.rule,
            visible(&case.input),
            visible(&case.expected),
            visible(&output)
        );
        match deliberate {
            Some(index) => Outcome::Deliberate(format!(
                "{report}\n    reason:   {}",
                self.differences.differences[index].reason
            )),
            None => Outcome::Failed(report),
        }
    }
}

#[test]
fn typograf_conformance() {
    let dir = cases_dir();
    let mut runner = Runner {
        map: read_json(&fixture("typograf-rule-map.json")),
        differences: read_json(&fixture("deliberate-differences.json")),
        used_differences: Vec::new(),
    };
    runner.used_differences = vec![false; runner.differences.differences.len()];

    let (mut passed, mut failures, mut deliberate, mut needs_out_of_scope, mut out_of_scope) =
        (0, Vec::new(), Vec::new(), 0, 0);
    for file in ["ru.json", "en-US.json"] {
        let cases: CaseFile = read_json(&dir.join(file));
        for case in cases.cases.iter() {
            if !in_scope(&case.rule) {
                out_of_scope += 1;
                continue;
            }
            match runner.run(case) {
                Outcome::Passed => passed += 1,
                Outcome::Failed(report) => failures.push(report),
                Outcome::Deliberate(report) => deliberate.push(report),
                Outcome::NeedsOutOfScopeRule => needs_out_of_scope += 1,
            }
        }
    }

    let failed = failures.len();
    let rate = passed as f64 / (passed + failed).max(1) as f64;
    let counted = passed + failed + deliberate.len();
    let strict = passed as f64 / counted.max(1) as f64;
    let short_of_goal = (STRICT_GOAL * counted as f64).ceil() as usize;
    let short_of_goal = short_of_goal.saturating_sub(passed);
    let in_scope_total = passed + failed + deliberate.len() + needs_out_of_scope;
    // Written past the test harness's capture, so the figures show on every run.
    let mut err = std::io::stderr().lock();
    let _ = writeln!(
        err,
        "\ntypograf conformance: {passed} passed, {failed} failed"
    );
    let _ = writeln!(
        err,
        "  {:.1} % of the cases we run; {} deliberate differences; {} cases need a typograf rule \
         outside the scope; {} in scope in all, {} out of scope",
        rate * 100.0,
        deliberate.len(),
        needs_out_of_scope,
        in_scope_total,
        out_of_scope
    );
    let _ = writeln!(
        err,
        "typograf conformance (strict): {passed} passed, {} failed",
        failed + deliberate.len()
    );
    let _ = writeln!(
        err,
        "  strict: {:.1} % with deliberate differences counted as failures ({passed} of \
         {counted}); floor {:.1} %, goal {:.0} % ({short_of_goal} more cases to meet it)",
        strict * 100.0,
        STRICT_FLOOR * 100.0,
        STRICT_GOAL * 100.0,
    );
    if !failures.is_empty() {
        let _ = writeln!(err, "\nfailures:");
        for report in &failures {
            let _ = writeln!(err, "  {report}");
        }
    }
    if !deliberate.is_empty() {
        let _ = writeln!(err, "\ndeliberate differences:");
        for report in &deliberate {
            let _ = writeln!(err, "  {report}");
        }
    }
    drop(err);

    let unused: Vec<String> = runner
        .differences
        .differences
        .iter()
        .zip(&runner.used_differences)
        .filter(|(_, used)| !**used)
        .map(|(difference, _)| format!("{} {:?}", difference.rule, difference.input))
        .collect();
    assert!(
        unused.is_empty(),
        "deliberate differences that match no case: {unused:?}"
    );
    assert!(
        rate >= REQUIRED_PASS_RATE,
        "typograf conformance {:.1} % is below {:.0} %",
        rate * 100.0,
        REQUIRED_PASS_RATE * 100.0
    );
    assert!(
        strict >= STRICT_FLOOR,
        "typograf conformance {:.1} % with deliberate differences counted as failures is below \
         the floor {:.1} %",
        strict * 100.0,
        STRICT_FLOOR * 100.0
    );
}
