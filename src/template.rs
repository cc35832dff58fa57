//! Genres as data: which facts a release of a genre needs and how its text is drafted.
//!
//! Built-in templates are RON files in `assets/templates/`, embedded in the binary. A
//! user's own templates in the config folder's `templates/` override built-ins by id. A
//! malformed file is reported with its path, line and column and skipped; it never stops
//! the app.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::language::{Language, Localized};
use crate::pattern::Pattern;

mod problem;
pub use problem::{Cause, Invalid, PatternProblem, TemplateProblem};

pub const TEMPLATE_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Template {
    pub version: u32,
    pub id: String,
    pub name: Localized,
    /// One line on what the genre is for, shown on its card.
    pub description: Localized,
    /// People the genre is about; each becomes a [`crate::release::Person`] with this id.
    #[serde(default)]
    pub people: Vec<PersonRole>,
    #[serde(default)]
    pub facts: Vec<FieldSpec>,
    /// The genre names partner organisations: the fact `partner_party` (with
    /// `partner_region` and `partner_country`) is the first, and the release may list more
    /// ([`crate::release::Release::partners`]). Patterns then use `{partners.and}` (the
    /// partners continuing a list: «и A», «, A, B и C»), `{partners.headline}` (the fact
    /// `headline_partners` when there are several, else the list) and the choice
    /// `{partners:one partner|several}`.
    #[serde(default)]
    pub partners: bool,
    /// Drafting patterns per language.
    #[serde(default)]
    pub drafts: BTreeMap<Language, Drafts>,
}

/// The slots and choice a template with partners may use.
pub const PARTNERS: &str = "partners";
pub const PARTNERS_AND: &str = "partners.and";
pub const PARTNERS_HEADLINE: &str = "partners.headline";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonRole {
    pub id: String,
    pub label: Localized,
    #[serde(default)]
    pub hint: Localized,
    #[serde(default)]
    pub required: bool,
    /// Several people may fill the role (the signers of a memorandum between three
    /// regions and a company): the first has the role's id, the others `id-2`, `id-3`…,
    /// and `{id.all}` writes them all as one list.
    #[serde(default)]
    pub several: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldSpec {
    pub id: String,
    #[serde(default)]
    pub kind: FieldKind,
    #[serde(default)]
    pub required: bool,
    pub label: Localized,
    #[serde(default)]
    pub hint: Localized,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum FieldKind {
    /// A phrase typed once per language (Russian case forms differ from Kazakh ones).
    #[default]
    Text,
    /// A calendar date (YYYY-MM-DD), shared by every language and written in each.
    Date,
    /// Text that reads the same in every language: a number, a name of a thing.
    Shared,
    /// A figure typed once for every language, with its qualifier: «более 500 млн
    /// долларов США», "USD 45 million". Written in each language as figures are
    /// («500 млн АҚШ долларынан астам», "more than USD 500 million"); `{x:acc}` is the
    /// Kazakh object of a verb, and `{x:exact|qualified}` chooses by the qualifier (the
    /// Kazakh verb: «құрайды» or «болады»). Text that is not one figure is written as typed.
    Figure,
    /// On or off, for every language: a formulaic sentence the user asks for (thanks for
    /// the welcome, the signing ceremony). Off until switched on, so nothing is said that
    /// the user did not choose to say.
    Switch,
}

/// The patterns that draft one language version from the facts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Drafts {
    #[serde(default)]
    pub headline: String,
    #[serde(default)]
    pub subheadline: String,
    #[serde(default)]
    pub lead: String,
    #[serde(default)]
    pub paragraphs: Vec<String>,
    #[serde(default)]
    pub background: String,
    /// The dateline's place, e.g. `{city}`; empty means the profile's city.
    #[serde(default)]
    pub dateline_place: String,
}

impl Drafts {
    /// Each pattern with the key a drafted text remembers it by.
    pub fn patterns(&self) -> Vec<(String, &str)> {
        let mut out = vec![
            ("headline".to_string(), self.headline.as_str()),
            ("subheadline".to_string(), self.subheadline.as_str()),
            ("lead".to_string(), self.lead.as_str()),
            ("background".to_string(), self.background.as_str()),
            ("dateline_place".to_string(), self.dateline_place.as_str()),
        ];
        for (i, p) in self.paragraphs.iter().enumerate() {
            out.push((format!("paragraph.{i}"), p.as_str()));
        }
        out
    }

    /// The pattern a drafted text was made from, by its key.
    pub fn pattern(&self, key: &str) -> Option<&str> {
        match key {
            "headline" => Some(&self.headline),
            "subheadline" => Some(&self.subheadline),
            "lead" => Some(&self.lead),
            "background" => Some(&self.background),
            "dateline_place" => Some(&self.dateline_place),
            _ => key
                .strip_prefix("paragraph.")
                .and_then(|i| i.parse::<usize>().ok())
                .and_then(|i| self.paragraphs.get(i))
                .map(String::as_str),
        }
    }
}

/// Person fields a pattern may use after the role id: `{official.name}`. `short` is how later
/// sentences name the person (the short name, else the full name).
pub const PERSON_FIELDS: [&str; 3] = ["name", "position", "short"];

/// `{counterpart.all}`: everyone filling a role that takes several people, as one list.
pub const ALL_OF_ROLE: &str = "all";

/// `{counterpart.and}`: the same list continuing one begun before it — «и A» for one person,
/// «, A, B и C» for several — so «{official.name} {counterpart.and}» reads «X и A» or
/// «X, A, B и C», never «X и A, B и C».
pub const AND_ROLE: &str = "and";

/// `{count.spelled}`: a count as news copy writes it, one to nine in words in English
/// ("three memoranda"), digits otherwise and in Russian and Kazakh. `{count.Spelled}`
/// opens a sentence ("Three memoranda …").
pub const SPELLED: &str = "spelled";
pub const SPELLED_CAPITAL: &str = "Spelled";

/// Values every pattern may use besides the template's own facts.
pub const BUILT_IN_SLOTS: [&str; 3] = ["organisation", "city", "today"];

impl Template {
    pub fn fact(&self, id: &str) -> Option<&FieldSpec> {
        self.facts.iter().find(|f| f.id == id)
    }

    pub fn role(&self, id: &str) -> Option<&PersonRole> {
        self.people.iter().find(|p| p.id == id)
    }

    /// The role a person of the release fills: its own id, or `partner-2` of a role that
    /// takes several people.
    pub fn role_of(&self, person_id: &str) -> Option<&PersonRole> {
        self.role(person_id).or_else(|| {
            let (role, n) = person_id.rsplit_once('-')?;
            n.parse::<u32>().ok()?;
            self.role(role).filter(|r| r.several)
        })
    }

    /// The patterns for `lang`, falling back to Russian when the template has none.
    pub fn drafts_for(&self, lang: Language) -> Option<&Drafts> {
        self.drafts
            .get(&lang)
            .or_else(|| self.drafts.get(&Language::Ru))
    }

    /// What the form shows for a pattern name: the field's label in `lang`.
    pub fn slot_label(&self, slot: &str, lang: Language) -> String {
        if let Some(fact) = self.fact(slot) {
            return fact.label.get_or_any(lang).to_string();
        }
        if slot.starts_with(PARTNERS)
            && let Some(partner) = self.fact("partner_party")
        {
            return partner.label.get_or_any(lang).to_string();
        }
        if let Some((role, field)) = slot.split_once('.')
            && let Some(role) = self.role(role)
        {
            let what = match (field, lang) {
                ("all" | "and", Language::Ru) => "должность и имя",
                ("all" | "and", Language::Kk) => "лауазымы мен аты-жөні",
                ("all" | "and", Language::En) => "name and position",
                ("name", Language::Ru) => "имя",
                ("name", Language::Kk) => "аты-жөні",
                ("name", Language::En) => "name",
                (_, Language::Ru) => "должность",
                (_, Language::Kk) => "лауазымы",
                (_, Language::En) => "position",
            };
            return format!("{}: {what}", role.label.get_or_any(lang));
        }
        slot.to_string()
    }

    /// Checks that the template is usable: ids present, every pattern parses and names only
    /// known facts, people fields and built-in values.
    pub fn validate(&self) -> Result<(), Invalid> {
        if self.id.trim().is_empty() {
            return Err(Invalid::NoId);
        }
        if self.version > TEMPLATE_VERSION {
            return Err(Invalid::Newer {
                found: self.version,
                reads: TEMPLATE_VERSION,
            });
        }
        if self.name.is_empty() {
            return Err(Invalid::NoName);
        }
        let mut seen = std::collections::BTreeSet::new();
        for id in self
            .facts
            .iter()
            .map(|f| &f.id)
            .chain(self.people.iter().map(|p| &p.id))
        {
            if !seen.insert(id.as_str()) {
                return Err(Invalid::IdTwice(id.clone()));
            }
        }
        for (lang, drafts) in &self.drafts {
            for (key, text) in drafts.patterns() {
                self.check_pattern(text)
                    .map_err(|problem| Invalid::Pattern {
                        lang: *lang,
                        key: key.to_string(),
                        problem,
                    })?;
            }
        }
        Ok(())
    }

    /// A draft pattern parses and names only what this template has.
    fn check_pattern(&self, text: &str) -> Result<(), PatternProblem> {
        let pattern = Pattern::parse(text).map_err(PatternProblem::Syntax)?;
        let chosen: Vec<&str> = pattern.choices().iter().map(|(name, _)| *name).collect();
        for (name, forms) in pattern.choices() {
            self.check_choice(name, forms)?;
        }
        for slot in pattern.slots() {
            if chosen.contains(&slot) {
                continue;
            }
            if self.fact(slot).is_some_and(|f| f.kind == FieldKind::Switch) {
                return Err(PatternProblem::SwitchAsText(slot.to_string()));
            }
            if !self.knows_slot(slot) {
                return Err(PatternProblem::UnknownSlot(slot.to_string()));
            }
        }
        Ok(())
    }

    /// A choice names a person role (two forms: masculine|feminine), a switch (one form),
    /// or a fact or person field with a case code or plural forms.
    fn check_choice(&self, name: &str, forms: &[String]) -> Result<(), PatternProblem> {
        if name == PARTNERS && self.partners {
            return match forms.len() {
                2 => Ok(()),
                n => Err(PatternProblem::PartnersForms(n)),
            };
        }
        if self.role(name).is_some() {
            return match forms.len() {
                2 => Ok(()),
                n => Err(PatternProblem::GenderForms {
                    name: name.to_string(),
                    forms: n,
                }),
            };
        }
        if let Some(spec) = self.fact(name)
            && spec.kind == FieldKind::Switch
        {
            return match forms {
                [form] if !form.trim().is_empty() => Ok(()),
                _ => Err(PatternProblem::SwitchForms(name.to_string())),
            };
        }
        if !self.knows_slot(name) {
            return Err(PatternProblem::UnknownChoice(name.to_string()));
        }
        if forms.iter().any(|f| f.trim().is_empty()) {
            return Err(PatternProblem::EmptyForm(name.to_string()));
        }
        Ok(())
    }

    fn knows_slot(&self, slot: &str) -> bool {
        if self.fact(slot).is_some() || BUILT_IN_SLOTS.contains(&slot) {
            return true;
        }
        if [PARTNERS, PARTNERS_AND, PARTNERS_HEADLINE].contains(&slot) {
            return self.partners;
        }
        match slot.split_once('.') {
            Some((fact, SPELLED | SPELLED_CAPITAL)) if self.fact(fact).is_some() => true,
            Some((role, field)) => match self.role(role) {
                Some(role) if field == ALL_OF_ROLE || field == AND_ROLE => role.several,
                Some(_) => PERSON_FIELDS.contains(&field),
                None => false,
            },
            None => false,
        }
    }
}

/// Parses and validates one template file's text.
pub fn parse_template(file: &Path, text: &str) -> Result<Template, TemplateProblem> {
    let template = read_template(file, text)?;
    template.validate().map_err(|invalid| TemplateProblem {
        file: file.to_path_buf(),
        line: 0,
        column: 0,
        cause: Cause::Invalid(invalid),
    })?;
    Ok(template)
}

/// `text` read as a template, without checking that its patterns name what it has.
fn read_template(file: &Path, text: &str) -> Result<Template, TemplateProblem> {
    ron::from_str(text).map_err(|e| TemplateProblem {
        file: file.to_path_buf(),
        line: e.span.start.line,
        column: e.span.start.col,
        cause: Cause::Malformed(e.code),
    })
}

/// The built-in templates' file names and texts, embedded at build time.
pub const BUILT_IN: [(&str, &str); 5] = [
    (
        "delegation-visit.ron",
        include_str!("../assets/templates/delegation-visit.ron"),
    ),
    (
        "working-trip.ron",
        include_str!("../assets/templates/working-trip.ron"),
    ),
    (
        "memorandum.ron",
        include_str!("../assets/templates/memorandum.ron"),
    ),
    (
        "forum-invitation.ron",
        include_str!("../assets/templates/forum-invitation.ron"),
    ),
    ("blank.ron", include_str!("../assets/templates/blank.ron")),
];

/// Every template the app offers, and the files it had to skip.
#[derive(Debug, Clone, Default)]
pub struct TemplateSet {
    pub templates: Vec<Template>,
    pub problems: Vec<TemplateProblem>,
}

impl TemplateSet {
    /// The built-in templates only.
    pub fn built_in() -> Self {
        let mut set = TemplateSet::default();
        for (name, text) in BUILT_IN {
            let file = Path::new("assets/templates").join(name);
            match parse_template(&file, text) {
                Ok(template) => set.templates.push(template),
                Err(problem) => set.problems.push(problem),
            }
        }
        set
    }

    /// Built-ins overridden and extended by the `*.ron` files in `user_dir` (if it exists).
    pub fn load(user_dir: Option<&Path>) -> Self {
        let mut set = Self::built_in();
        set.add_users(user_dir);
        set
    }

    /// What [`TemplateSet::load`] holds for the template `id`, with only that built-in parsed
    /// (a built-in's file is named by its id): a command about one release need not read
    /// the other genres. The user's files are all read, since any of them may replace it.
    pub fn load_one(user_dir: Option<&Path>, id: &str) -> Self {
        let mut set = TemplateSet::default();
        let file = format!("{id}.ron");
        if let Some((name, text)) = BUILT_IN.iter().find(|(name, _)| *name == file) {
            // Read, not validated: every built-in is validated by `built_in`, which the
            // tests load and require to have no problems. Validating parses each pattern,
            // a tenth of a millisecond of every `pressdesk export` (BENCHMARKS.md).
            match read_template(&Path::new("assets/templates").join(name), text) {
                Ok(template) => set.templates.push(template),
                Err(problem) => set.problems.push(problem),
            }
        }
        set.add_users(user_dir);
        set
    }

    /// The user's `*.ron` files in `user_dir`, in name order, each replacing a template of
    /// its id.
    fn add_users(&mut self, user_dir: Option<&Path>) {
        let Some(dir) = user_dir else { return };
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "ron"))
            .collect();
        files.sort();
        for file in files {
            let parsed = std::fs::read_to_string(&file)
                .map_err(|e| TemplateProblem {
                    file: file.clone(),
                    line: 0,
                    column: 0,
                    cause: Cause::Unreadable(std::sync::Arc::new(e)),
                })
                .and_then(|text| parse_template(&file, &text));
            match parsed {
                Ok(template) => self.insert(template),
                Err(problem) => self.problems.push(problem),
            }
        }
    }

    /// Adds a template, replacing one with the same id.
    pub fn insert(&mut self, template: Template) {
        match self.templates.iter_mut().find(|t| t.id == template.id) {
            Some(existing) => *existing = template,
            None => self.templates.push(template),
        }
    }

    pub fn get(&self, id: &str) -> Option<&Template> {
        self.templates.iter().find(|t| t.id == id)
    }

    pub fn ids(&self) -> Vec<&str> {
        self.templates.iter().map(|t| t.id.as_str()).collect()
    }
}
