//! Why a template file was skipped, said in the reader's language: a press office that
//! writes its own genres reads these in the window's notice and in the command line's
//! warnings, in Russian or Kazakh like everything else Pressdesk says.

use std::path::PathBuf;
use std::sync::Arc;

use crate::language::Language;
use crate::pattern::PatternError;

/// A template file that was skipped, and why.
#[derive(Debug, Clone)]
pub struct TemplateProblem {
    pub file: PathBuf,
    /// 1-based; 0 when the problem is not at one place in the file.
    pub line: usize,
    pub column: usize,
    pub cause: Cause,
}

#[derive(Debug, Clone)]
pub enum Cause {
    Unreadable(Arc<std::io::Error>),
    /// Not a template file: RON that does not parse, or a field missing.
    Malformed(ron::Error),
    Invalid(Invalid),
}

/// A template that reads but cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    NoId,
    NoName,
    Newer {
        found: u32,
        reads: u32,
    },
    /// A fact's or a person's id given twice.
    IdTwice(String),
    /// A draft pattern, `key` of the version in `lang`, that cannot be filled in.
    Pattern {
        lang: Language,
        key: String,
        problem: PatternProblem,
    },
}

/// What is wrong with one draft pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatternProblem {
    Syntax(PatternError),
    /// `{partners:…}` with other than two forms.
    PartnersForms(usize),
    /// A person's `{role:…}` with other than two forms.
    GenderForms {
        name: String,
        forms: usize,
    },
    /// A switch's `{name:…}` with other than one form.
    SwitchForms(String),
    /// `{name:…}` choosing by something the template does not have.
    UnknownChoice(String),
    EmptyForm(String),
    /// A switch written as `{name}`, as if it were text.
    SwitchAsText(String),
    /// `{name}` naming neither a fact nor a person field.
    UnknownSlot(String),
}

impl TemplateProblem {
    /// `file:line:column: why`, in the reader's language.
    pub fn in_language(&self, ui: Language) -> String {
        let why = self.cause.describe(ui);
        if self.line > 0 {
            format!(
                "{}:{}:{}: {why}",
                self.file.display(),
                self.line,
                self.column
            )
        } else {
            format!("{}: {why}", self.file.display())
        }
    }
}

impl std::fmt::Display for TemplateProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_language(Language::En))
    }
}

impl Cause {
    pub fn describe(&self, ui: Language) -> String {
        match self {
            Cause::Unreadable(error) => {
                let why = crate::storage::describe_io_in(error, ui);
                say!(ui,
                    ru: "не читается: {why}",
                    kk: "оқылмайды: {why}",
                    en: "cannot be read: {why}",
                )
            }
            Cause::Malformed(error) => crate::storage::describe_ron(error, ui),
            Cause::Invalid(invalid) => invalid.describe(ui),
        }
    }
}

impl Invalid {
    pub fn describe(&self, ui: Language) -> String {
        match self {
            Invalid::NoId => say!(ui,
                ru: "у шаблона нет id",
                kk: "үлгінің id-і жоқ",
                en: "the template has no id",
            ),
            Invalid::NoName => say!(ui,
                ru: "у шаблона нет названия (name)",
                kk: "үлгінің атауы (name) жоқ",
                en: "the template has no name",
            ),
            Invalid::Newer { found, reads } => say!(ui,
                ru: "шаблон в формате {found}, а эта версия Pressdesk читает до {reads}",
                kk: "үлгі {found} пішімінде, ал Pressdesk-тің бұл нұсқасы {reads} дейін оқиды",
                en: "written for template format {found} but this Pressdesk reads up to {reads}",
            ),
            Invalid::IdTwice(id) => say!(ui,
                ru: "id «{id}» встречается дважды",
                kk: "«{id}» id-і екі рет кездеседі",
                en: "the id «{id}» is used twice",
            ),
            Invalid::Pattern { lang, key, problem } => {
                let problem = problem.describe(ui);
                say!(ui,
                    ru: "образец «{key}» версии {lang}: {problem}",
                    kk: "{lang} нұсқасының «{key}» үлгі-мәтіні: {problem}",
                    en: "{lang} pattern «{key}»: {problem}",
                )
            }
        }
    }
}

impl std::fmt::Display for Invalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Language::En))
    }
}

impl PatternProblem {
    pub fn describe(&self, ui: Language) -> String {
        match self {
            PatternProblem::Syntax(error) => error.describe(ui),
            PatternProblem::PartnersForms(n) => say!(ui,
                ru: "{{partners:…}} выбирает по числу партнёров, и форм нужно две, «один|несколько», а не {n}",
                kk: "{{partners:…}} серіктестер санына қарай таңдайды, оған екі түр керек, «біреу|бірнешеу», {n} емес",
                en: "{{partners:…}} chooses by how many partners there are and needs two forms, one|several, not {n}",
            ),
            PatternProblem::GenderForms { name, forms } => say!(ui,
                ru: "{{{name}:…}} выбирает по полу, и форм нужно две, «мужская|женская», а не {forms}",
                kk: "{{{name}:…}} жынысқа қарай таңдайды, оған екі түр керек, «ер|әйел», {forms} емес",
                en: "{{{name}:…}} chooses by gender and needs two forms, masculine|feminine, not {forms}",
            ),
            PatternProblem::SwitchForms(name) => say!(ui,
                ru: "у переключателя {{{name}:…}} должна быть ровно одна форма — текст, который пишется, когда он включён",
                kk: "{{{name}:…}} ауыстырғышында бір ғана түр болуы керек — ол қосулы кезде жазылатын мәтін",
                en: "the switch {{{name}:…}} needs exactly one form, the text written when it is on",
            ),
            PatternProblem::UnknownChoice(name) => say!(ui,
                ru: "{{{name}:…}} — не факт, не человек и не поле человека этого шаблона",
                kk: "{{{name}:…}} — бұл үлгінің дерегі де, адамы да, адам өрісі де емес",
                en: "{{{name}:…}} is neither a fact, a person nor a person field of this template",
            ),
            PatternProblem::EmptyForm(name) => say!(ui,
                ru: "у {{{name}:…}} есть пустая форма",
                kk: "{{{name}:…}} ішінде бос түр бар",
                en: "{{{name}:…}} has an empty form",
            ),
            PatternProblem::SwitchAsText(slot) => say!(ui,
                ru: "переключатель {{{slot}}} стоит как текст; пишите {{{slot}:предложение}}",
                kk: "{{{slot}}} ауыстырғышы мәтін ретінде тұр; {{{slot}:сөйлем}} деп жазыңыз",
                en: "uses the switch {{{slot}}} as text: write {{{slot}:the sentence}}",
            ),
            PatternProblem::UnknownSlot(slot) => say!(ui,
                ru: "{{{slot}}} — не факт и не поле человека этого шаблона",
                kk: "{{{slot}}} — бұл үлгінің дерегі де, адам өрісі де емес",
                en: "uses {{{slot}}}, which is neither a fact nor a person field of this template",
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every reason in Russian and Kazakh has no English word but the field names and the
    /// file format's own words it quotes.
    #[test]
    fn every_reason_speaks_russian_and_kazakh() {
        let pattern = |problem| Invalid::Pattern {
            lang: Language::Kk,
            key: "lead".into(),
            problem,
        };
        let syntax = |kind| pattern(PatternProblem::Syntax(PatternError { offset: 4, kind }));
        use crate::pattern::PatternErrorKind as K;
        let all = [
            Invalid::NoId,
            Invalid::NoName,
            Invalid::Newer { found: 3, reads: 2 },
            Invalid::IdTwice("host".into()),
            syntax(K::UnclosedBrace),
            syntax(K::NotAFieldName("x y".into())),
            syntax(K::StrayClosingBrace),
            syntax(K::StrayClosingBracket),
            syntax(K::UnclosedBracket),
            pattern(PatternProblem::PartnersForms(3)),
            pattern(PatternProblem::GenderForms {
                name: "host".into(),
                forms: 3,
            }),
            pattern(PatternProblem::SwitchForms("forum".into())),
            pattern(PatternProblem::UnknownChoice("hots".into())),
            pattern(PatternProblem::EmptyForm("host".into())),
            pattern(PatternProblem::SwitchAsText("forum".into())),
            pattern(PatternProblem::UnknownSlot("city_nmae".into())),
        ];
        let quoted = [
            "lead",
            "host",
            "hots",
            "forum",
            "city_nmae",
            "partners",
            "name",
            "id",
        ];
        for invalid in &all {
            assert_ne!(
                invalid.describe(Language::Ru),
                invalid.describe(Language::En)
            );
            for ui in [Language::Ru, Language::Kk] {
                let text = invalid.describe(ui);
                let english: Vec<&str> = text
                    .split(|c: char| !(c.is_ascii_alphabetic() || c == '_'))
                    .filter(|w| w.len() >= 3 && !quoted.contains(w) && *w != "Pressdesk")
                    .collect();
                assert!(english.is_empty(), "{ui:?}: {text} {english:?}");
            }
        }
    }
}
