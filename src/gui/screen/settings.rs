//! Settings: the organisation profile (names, signature, contacts, city per language;
//! default release language; DOCX font; typography rules) and the window's preferences
//! (interface language, theme, default folder). Changes apply at once; the app writes them
//! when the user leaves the screen or presses Save.

mod checks;
mod letterhead;

use letterhead::LogoStatus;
pub use letterhead::check as check_logo;

use std::path::PathBuf;

use iced::widget::{
    Column, button, checkbox, column, container, pick_list, row, text, text_editor,
};
use iced::{Alignment, Element, Fill};

use crate::gui::context::Context;
use crate::gui::font;
use crate::gui::i18n::I18n;
use crate::gui::icon::Icon;
use crate::gui::prefs::Prefs;
use crate::gui::theme::{self, ThemeChoice, size, space};
use crate::gui::widget::{Choice, field, input, labeled_button, section, with_tooltip};
use crate::language::Language;
use crate::language::dates::KazakhDateStyle;
use crate::profile::Profile;
use crate::typography::{self, RuleInfo};

pub struct State {
    profile: Profile,
    prefs: Prefs,
    /// Contact lines are multi-line: one editor per language.
    contacts: Vec<(Language, text_editor::Content)>,
    font_size: String,
    /// The archive folder as typed; applied when leaving Settings, not per keystroke,
    /// since changing it reads another archive.
    archive_folder: String,
    /// The letterhead logo's path as typed; the profile takes it once it is a full path.
    logo_path: String,
    logo_status: Option<LogoStatus>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Organisation(Language, String),
    Signature(Language, String),
    City(Language, String),
    Contacts(Language, text_editor::Action),
    DefaultLanguage(Language),
    KazakhDate(KazakhDateStyle),
    UiLanguage(Language),
    Theme(ThemeChoice),
    /// How the window is drawn (applied at the next start).
    Renderer(crate::gui::renderer::RendererChoice),
    DocxFont(String),
    DocxFontSize(String),
    ExportFolder(String),
    ArchiveFolder(String),
    EndMark(bool),
    DocxJustified(bool),
    StatisticsTable(bool),
    Rule(&'static str, bool),
    /// A check code (`sums/parts-total`) or a family (`sums`) switched on or off.
    Check(&'static str, bool),
    /// The English the English spelling dictionary spells.
    EnglishSpelling(crate::spelling::English),
    CheckLimit(checks::Limit, String),
    Letterhead(bool),
    LogoPath(String),
    ChooseLogo,
    LogoChosen(Option<PathBuf>),
    /// What reading the logo at this path found: its size in pixels, or why it fails.
    LogoChecked(PathBuf, Result<(u32, u32), String>),
    Save,
    Back,
}

pub enum Action {
    None,
    /// Use these from now on (the preview and the interface follow at once).
    Changed {
        profile: Box<Profile>,
        prefs: Box<Prefs>,
    },
    Save,
    Back,
    /// Ask for a logo file with the system's dialog.
    ChooseLogo,
    /// Read the logo at this path and report back with `Message::LogoChecked`.
    CheckLogo(PathBuf),
}

impl State {
    pub fn new(ctx: &Context) -> Self {
        let profile = ctx.profile.clone();
        Self {
            contacts: Language::ALL
                .iter()
                .map(|l| {
                    (
                        *l,
                        text_editor::Content::with_text(profile.contacts.get(*l)),
                    )
                })
                .collect(),
            font_size: format!("{}", profile.docx_font_size_pt),
            archive_folder: ctx
                .archive_choice
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            logo_path: profile
                .letterhead
                .logo
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            logo_status: None,
            profile,
            prefs: ctx.prefs.clone(),
        }
    }

    /// The profile and preferences as they stand on this screen.
    pub fn current(&self) -> (Profile, Prefs) {
        (self.profile.clone(), self.prefs.clone())
    }

    /// The logo to check when Settings opens, so its state shows at once.
    pub fn logo_to_check(&mut self) -> Option<PathBuf> {
        let path = self.profile.letterhead.logo.clone()?;
        self.logo_status = Some(LogoStatus::Checking);
        Some(path)
    }

    /// A new logo path, typed or chosen: into the profile if it is a full path, and checked.
    fn set_logo(&mut self, typed: String) -> Option<PathBuf> {
        self.logo_path = typed;
        let logo = letterhead::typed_logo(&self.logo_path)?;
        self.profile.letterhead.logo = logo.clone();
        self.logo_status = logo.as_ref().map(|_| LogoStatus::Checking);
        logo
    }

    /// The archive folder chosen here.
    ///
    /// Only a full path counts: a relative one would name a different folder depending on
    /// where the program was started, so it is ignored (the field says why).
    /// `None` inside: the default folder; `None` outside: nothing usable typed, keep the
    /// folder in use.
    pub fn archive_folder(&self) -> Option<Option<PathBuf>> {
        let typed = self.archive_folder.trim();
        if typed.is_empty() {
            return Some(None);
        }
        let typed = PathBuf::from(typed);
        typed.is_absolute().then_some(Some(typed))
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Organisation(l, v) => self.profile.organisation.set(l, v),
            Message::Signature(l, v) => self.profile.signature.set(l, v),
            Message::City(l, v) => self.profile.city.set(l, v),
            Message::Contacts(l, action) => {
                let Some((_, content)) = self.contacts.iter_mut().find(|(lang, _)| *lang == l)
                else {
                    return Action::None;
                };
                let is_edit = action.is_edit();
                content.perform(action);
                if !is_edit {
                    return Action::None;
                }
                self.profile.contacts.set(l, content.text());
            }
            Message::DefaultLanguage(l) => self.profile.default_language = l,
            Message::KazakhDate(style) => self.profile.kazakh_date = style,
            Message::UiLanguage(l) => self.prefs.ui_language = l,
            Message::Theme(t) => self.prefs.theme = t,
            Message::Renderer(r) => self.prefs.renderer = r,
            Message::DocxFont(v) => self.profile.docx_font = v,
            Message::DocxFontSize(v) => {
                if let Ok(size) = v.trim().replace(',', ".").parse::<f32>() {
                    self.profile.docx_font_size_pt = size;
                }
                self.font_size = v;
            }
            Message::ExportFolder(v) => {
                self.prefs.export_folder = (!v.trim().is_empty()).then(|| PathBuf::from(v));
            }
            Message::ArchiveFolder(v) => {
                self.archive_folder = v;
                return Action::None;
            }
            Message::EndMark(on) => self.profile.end_mark = on,
            Message::DocxJustified(on) => self.profile.docx_justified = on,
            Message::StatisticsTable(on) => self.profile.statistics_table = on,
            Message::Rule(name, on) => switch_rule(&mut self.profile, name, on),
            Message::Check(code, on) => checks::switch(&mut self.profile, code, on),
            Message::EnglishSpelling(english) => self.profile.checks.english = english,
            Message::CheckLimit(limit, typed) => limit.set(&mut self.profile.checks, &typed),
            Message::Letterhead(on) => self.profile.letterhead.enabled = on,
            Message::LogoPath(typed) => {
                let before = self.profile.letterhead.logo.clone();
                let to_check = self.set_logo(typed);
                if self.profile.letterhead.logo == before {
                    return Action::None;
                }
                if let Some(path) = to_check {
                    return Action::CheckLogo(path);
                }
            }
            Message::ChooseLogo => return Action::ChooseLogo,
            Message::LogoChosen(None) => return Action::None,
            Message::LogoChosen(Some(path)) => {
                if let Some(path) = self.set_logo(path.display().to_string()) {
                    return Action::CheckLogo(path);
                }
            }
            Message::LogoChecked(path, result) => {
                // Only the answer for the path now in the field counts.
                if self.profile.letterhead.logo.as_ref() == Some(&path) {
                    self.logo_status = Some(match result {
                        Ok((width, height)) => LogoStatus::Ready { width, height },
                        Err(reason) => LogoStatus::Unusable(reason),
                    });
                }
                return Action::None;
            }
            Message::Save => return Action::Save,
            Message::Back => return Action::Back,
        }
        Action::Changed {
            profile: Box::new(self.profile.clone()),
            prefs: Box::new(self.prefs.clone()),
        }
    }

    pub fn view<'a>(&'a self, ctx: &'a Context) -> Element<'a, Message> {
        let i18n = &ctx.i18n;
        let header = row![
            labeled_button(Icon::Back, i18n.tr("action-back"), Some(Message::Back)),
            text(i18n.tr("settings-title"))
                .size(size::TITLE)
                .font(font::UI_SEMIBOLD),
            iced::widget::space().width(Fill),
            with_tooltip(
                button(text(i18n.tr("action-save-settings")).size(size::BODY))
                    .padding([6, 14])
                    .style(button::primary)
                    .on_press(Message::Save),
                format!("{} (Ctrl+S)", i18n.tr("action-save-settings")),
            ),
        ]
        .spacing(space::M)
        .align_y(Alignment::Center);

        let body = column![
            self.window_section(ctx),
            self.organisation_section(ctx),
            letterhead::view(
                &self.profile,
                &self.logo_path,
                self.logo_status.as_ref(),
                ctx
            ),
            self.document_section(ctx),
            self.typography_section(ctx),
            checks::view(&self.profile, ctx),
        ]
        .spacing(space::L)
        .max_width(900);

        column![
            container(header)
                .padding([space::S, space::XL])
                .width(Fill)
                .style(theme::toolbar),
            crate::gui::widget::scroll(container(body).padding(space::XL).center_x(Fill))
                .height(Fill),
        ]
        .into()
    }

    /// How the window is drawn: the choice, and what this run does and why.
    fn drawing<'a>(&'a self, ctx: &'a Context) -> Element<'a, Message> {
        use crate::gui::renderer::{self, Drawing, RendererChoice};
        let i18n = &ctx.i18n;
        let choices = vec![
            Choice::new(RendererChoice::Automatic, i18n.tr("renderer-automatic")),
            Choice::new(RendererChoice::Gpu, i18n.tr("renderer-gpu")),
            Choice::new(RendererChoice::Software, i18n.tr("renderer-software")),
        ];
        let pick = pick_list(
            choices.clone(),
            choices
                .iter()
                .find(|c| c.value == self.prefs.renderer)
                .cloned(),
            |c: Choice<RendererChoice>| Message::Renderer(c.value),
        )
        .style(theme::pick)
        .text_size(size::BODY)
        .padding([6, 8]);
        let now = match renderer::drawing() {
            Drawing::Gpu => i18n.tr("renderer-now-gpu"),
            Drawing::SoftwareChosen => i18n.tr("renderer-now-software"),
            Drawing::SoftwareFallback(reason) => {
                i18n.tr_args("renderer-now-fallback", &[("reason", reason.into())])
            }
        };
        field(
            i18n.tr("settings-renderer"),
            false,
            pick,
            Some(format!("{now} {}", i18n.tr("renderer-next-start"))),
            None,
        )
    }

    fn window_section<'a>(&'a self, ctx: &'a Context) -> Element<'a, Message> {
        let i18n = &ctx.i18n;
        let languages: Vec<Choice<Language>> = Language::ALL
            .iter()
            .map(|l| Choice::new(*l, l.native_name()))
            .collect();
        let themes = vec![
            Choice::new(ThemeChoice::Light, i18n.tr("theme-light")),
            Choice::new(ThemeChoice::Dark, i18n.tr("theme-dark")),
        ];
        let ui = pick_list(
            languages.clone(),
            languages
                .iter()
                .find(|c| c.value == self.prefs.ui_language)
                .cloned(),
            |c: Choice<Language>| Message::UiLanguage(c.value),
        )
        .style(theme::pick)
        .text_size(size::BODY)
        .padding([6, 8]);
        let theme_pick = pick_list(
            themes.clone(),
            themes.iter().find(|c| c.value == self.prefs.theme).cloned(),
            |c: Choice<ThemeChoice>| Message::Theme(c.value),
        )
        .style(theme::pick)
        .text_size(size::BODY)
        .padding([6, 8]);
        let drawing = self.drawing(ctx);
        let default_folder = crate::gui::files::default_folder(None);
        let folder_text = self
            .prefs
            .export_folder
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let folder = input(&default_folder.display().to_string(), &folder_text)
            .id("settings-folder")
            .on_input(Message::ExportFolder);
        let default_archive = crate::gui::context::archive_root(ctx.paths.as_ref(), None);
        let archive_overridden =
            std::env::var_os("PRESSDESK_ARCHIVE").is_some_and(|v| !v.is_empty());
        let archive_folder = input(&default_archive.display().to_string(), &self.archive_folder)
            .id("settings-archive")
            .on_input_maybe((!archive_overridden).then_some(Message::ArchiveFolder));
        let typed = self.archive_folder.trim();
        let archive_error = (!typed.is_empty() && !std::path::Path::new(typed).is_absolute())
            .then(|| i18n.tr("error-archive-relative"));
        let archive_hint = if archive_overridden {
            i18n.tr_args(
                "hint-archive-env",
                &[("path", ctx.archive.root().display().to_string().into())],
            )
        } else {
            i18n.tr("hint-archive")
        };
        section(
            i18n.tr("settings-window"),
            Icon::Settings,
            column![
                row![
                    field(i18n.tr("settings-ui-language"), false, ui, None, None),
                    field(i18n.tr("settings-theme"), false, theme_pick, None, None),
                ]
                .spacing(space::M),
                drawing,
                field(
                    i18n.tr("settings-folder"),
                    false,
                    folder,
                    Some(i18n.tr("hint-folder")),
                    None
                ),
                field(
                    i18n.tr("settings-archive"),
                    false,
                    archive_folder,
                    Some(archive_hint),
                    archive_error
                ),
            ]
            .spacing(space::M),
        )
    }

    fn organisation_section<'a>(&'a self, ctx: &'a Context) -> Element<'a, Message> {
        let i18n = &ctx.i18n;
        let mut body = Column::new().spacing(space::L);
        for language in Language::ALL {
            let org = input(
                &i18n.tr("settings-organisation"),
                self.profile.organisation.get(language),
            )
            .id(format!("settings-organisation-{language}"))
            .on_input(move |v| Message::Organisation(language, v));
            let signature = input(
                &i18n.tr("settings-signature"),
                self.profile.signature.get(language),
            )
            .id(format!("settings-signature-{language}"))
            .on_input(move |v| Message::Signature(language, v));
            let city = input(&i18n.tr("settings-city"), self.profile.city.get(language))
                .id(format!("settings-city-{language}"))
                .on_input(move |v| Message::City(language, v));
            let contacts: Element<'a, Message> =
                match self.contacts.iter().find(|(l, _)| *l == language) {
                    Some((_, content)) => text_editor(content)
                        .on_action(move |a| Message::Contacts(language, a))
                        .min_height(48)
                        .padding(8)
                        .size(size::BODY)
                        .style(theme::editor)
                        .into(),
                    None => iced::widget::space().into(),
                };
            body = body.push(
                column![
                    text(language.native_name())
                        .font(font::UI_SEMIBOLD)
                        .size(size::BODY),
                    row![
                        field(i18n.tr("settings-organisation"), false, org, None, None),
                        field(i18n.tr("settings-city"), false, city, None, None),
                    ]
                    .spacing(space::M),
                    field(i18n.tr("settings-signature"), false, signature, None, None),
                    field(
                        i18n.tr("settings-contacts"),
                        false,
                        contacts,
                        Some(i18n.tr("hint-contacts")),
                        None
                    ),
                ]
                .spacing(space::S),
            );
        }
        section(i18n.tr("settings-organisation-section"), Icon::Person, body)
    }

    fn document_section<'a>(&'a self, ctx: &'a Context) -> Element<'a, Message> {
        let i18n = &ctx.i18n;
        let languages: Vec<Choice<Language>> = Language::ALL
            .iter()
            .map(|l| Choice::new(*l, l.native_name()))
            .collect();
        let default_language = pick_list(
            languages.clone(),
            languages
                .iter()
                .find(|c| c.value == self.profile.default_language)
                .cloned(),
            |c: Choice<Language>| Message::DefaultLanguage(c.value),
        )
        .style(theme::pick)
        .text_size(size::BODY)
        .padding([6, 8]);
        // Shown by example, in Kazakh, since that is how the date will read.
        let kazakh_styles: Vec<Choice<KazakhDateStyle>> = KazakhDateStyle::ALL
            .iter()
            .map(|style| Choice::new(*style, style.example()))
            .collect();
        let kazakh_date = pick_list(
            kazakh_styles.clone(),
            kazakh_styles
                .iter()
                .find(|c| c.value == self.profile.kazakh_date)
                .cloned(),
            |c: Choice<KazakhDateStyle>| Message::KazakhDate(c.value),
        )
        .style(theme::pick)
        .text_size(size::BODY)
        .padding([6, 8]);
        let font_family = input("Times New Roman", &self.profile.docx_font)
            .id("settings-font")
            .on_input(Message::DocxFont);
        let size_ok = self
            .font_size
            .trim()
            .replace(',', ".")
            .parse::<f32>()
            .is_ok_and(|s| (6.0..=72.0).contains(&s));
        let font_size = input("14", &self.font_size)
            .id("settings-font-size")
            .on_input(Message::DocxFontSize)
            .style(if size_ok {
                theme::input
            } else {
                theme::input_invalid
            })
            .width(100);
        section(
            i18n.tr("settings-documents"),
            Icon::File,
            column![
                row![
                    field(
                        i18n.tr("settings-default-language"),
                        false,
                        default_language,
                        None,
                        None
                    ),
                    field(
                        i18n.tr("settings-docx-font"),
                        false,
                        font_family,
                        None,
                        None
                    ),
                    field(
                        i18n.tr("settings-docx-size"),
                        false,
                        font_size,
                        None,
                        (!size_ok).then(|| i18n.tr("error-font-size")),
                    ),
                ]
                .spacing(space::M),
                field(
                    i18n.tr("settings-kazakh-date"),
                    false,
                    kazakh_date,
                    Some(i18n.tr("hint-kazakh-date")),
                    None
                ),
                column![
                    checkbox(self.profile.docx_justified)
                        .label(i18n.tr("settings-docx-justified"))
                        .on_toggle(Message::DocxJustified)
                        .text_size(size::BODY),
                    text(i18n.tr("hint-docx-justified"))
                        .size(size::SMALL)
                        .style(theme::muted),
                ]
                .spacing(space::XS),
                checkbox(self.profile.end_mark)
                    .label(i18n.tr("settings-end-mark"))
                    .on_toggle(Message::EndMark)
                    .text_size(size::BODY),
                checkbox(self.profile.statistics_table)
                    .label(i18n.tr("settings-statistics-table"))
                    .on_toggle(Message::StatisticsTable)
                    .text_size(size::BODY),
            ]
            .spacing(space::M),
        )
    }

    fn typography_section<'a>(&'a self, ctx: &'a Context) -> Element<'a, Message> {
        let i18n = &ctx.i18n;
        let mut list = Column::new().spacing(space::S);
        for rule in all_rules() {
            let on = is_on(rule, &self.profile);
            list = list.push(
                column![
                    checkbox(on)
                        .label(rule_summary(i18n, rule))
                        .on_toggle(move |on| Message::Rule(rule.name, on))
                        .text_size(size::BODY),
                    text(format!(
                        "{} → {}",
                        visible_breaks(rule.example),
                        visible_breaks(&rule.example_result(example_language(rule)))
                    ))
                    .size(size::SMALL)
                    .style(theme::muted),
                ]
                .spacing(2),
            );
        }
        section(i18n.tr("settings-typography"), Icon::Check, list)
    }
}

/// Every rule of the three languages once, in the order Russian lists them.
pub(crate) fn all_rules() -> Vec<&'static RuleInfo> {
    let mut rules: Vec<&'static RuleInfo> = Vec::new();
    for lang in Language::ALL {
        for rule in typography::rules(lang) {
            if !rules.iter().any(|r| r.name == rule.name) {
                rules.push(rule);
            }
        }
    }
    rules
}

/// Line breaks in an example shown as ⏎, so a rule about lines reads on one line instead of
/// scattering its example over the screen.
fn visible_breaks(example: &str) -> String {
    // Windows (\r\n) and old Mac (\r) breaks too: the line-ending rule's own example
    // has them, and a bare \r would break the line on screen.
    example.replace("\r\n", " ⏎ ").replace(['\r', '\n'], " ⏎ ")
}

/// The language a rule's example is written in: the first that has the rule (Russian for
/// shared rules, English for `number/decimal-point`), so the example shows the rule at work.
fn example_language(rule: &RuleInfo) -> Language {
    Language::ALL
        .into_iter()
        .find(|lang| typography::rules(*lang).iter().any(|r| r.name == rule.name))
        .unwrap_or(Language::Ru)
}

/// The Fluent id of a rule's one-line explanation: `rule-` and the rule's name with every
/// character other than a–z, 0–9 and `-` made a hyphen (`dash/spaced` → `rule-dash-spaced`).
pub(crate) fn rule_message_id(name: &str) -> String {
    let tail = name.chars().map(|c| {
        if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' {
            c
        } else {
            '-'
        }
    });
    "rule-".chars().chain(tail).collect()
}

/// What a rule does, in the interface language; the engine's English summary when the
/// files lack the message (`tr` then gives back the id).
fn rule_summary(i18n: &I18n, rule: &RuleInfo) -> String {
    let id = rule_message_id(rule.name);
    let text = i18n.tr(&id);
    if text == id {
        rule.summary.to_string()
    } else {
        text
    }
}

fn is_on(rule: &RuleInfo, profile: &Profile) -> bool {
    let settings = &profile.typography;
    if settings.disabled.iter().any(|n| n == rule.name) {
        return false;
    }
    rule.on_by_default || settings.enabled.iter().any(|n| n == rule.name)
}

fn switch_rule(profile: &mut Profile, name: &str, on: bool) {
    let on_by_default = all_rules()
        .iter()
        .find(|r| r.name == name)
        .is_some_and(|r| r.on_by_default);
    let settings = &mut profile.typography;
    settings.disabled.retain(|n| n != name);
    settings.enabled.retain(|n| n != name);
    match (on, on_by_default) {
        (false, true) => settings.disabled.push(name.to_string()),
        (true, false) => settings.enabled.push(name.to_string()),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gui::context::Context;

    #[test]
    fn every_kind_of_line_break_in_an_example_shows_as_one_mark() {
        assert_eq!(visible_breaks("a\r\nb\rc\nd"), "a ⏎ b ⏎ c ⏎ d");
        for rule in all_rules() {
            let shown = visible_breaks(rule.example);
            assert!(!shown.contains(['\r', '\n']), "{}: {shown:?}", rule.name);
        }
    }

    #[test]
    fn changes_apply_at_once_and_rules_switch_by_name() {
        let ctx = Context::new(None, false);
        let mut settings = State::new(&ctx);
        let Action::Changed { profile, prefs } = settings.update(Message::Organisation(
            Language::Kk,
            "Түркістан облысының әкімдігі".into(),
        )) else {
            panic!("expected a change");
        };
        assert_eq!(
            profile.organisation.get(Language::Kk),
            "Түркістан облысының әкімдігі"
        );
        assert_eq!(prefs.ui_language, Language::Ru);
        let Action::Changed { prefs, .. } = settings.update(Message::UiLanguage(Language::En))
        else {
            panic!("expected a change");
        };
        assert_eq!(prefs.ui_language, Language::En);

        let rule = all_rules()[0];
        let Action::Changed { profile, .. } =
            settings.update(Message::Rule(rule.name, !rule.on_by_default))
        else {
            panic!("expected a change");
        };
        assert_eq!(is_on(rule, &profile), !rule.on_by_default);
        assert!(matches!(settings.update(Message::Back), Action::Back));
    }

    #[test]
    fn rules_are_explained_in_the_interface_language() {
        assert_eq!(rule_message_id("dash/spaced"), "rule-dash-spaced");
        assert_eq!(
            rule_message_id("punctuation/comma-before-a-no"),
            "rule-punctuation-comma-before-a-no"
        );
        assert_eq!(rule_message_id("Odd name/x_2"), "rule--dd-name-x-2");

        let spaced = all_rules()
            .into_iter()
            .find(|r| r.name == "dash/spaced")
            .unwrap();
        let mut i18n = I18n::new(Language::Ru);
        assert!(rule_summary(&i18n, spaced).starts_with("Дефис между пробелами"));
        i18n.set_language(Language::En);
        assert_eq!(rule_summary(&i18n, spaced), spaced.summary);

        // A rule the files do not know yet shows the engine's English summary, not its id.
        let unknown = RuleInfo {
            name: "no/such-rule",
            summary: "Does nothing",
            example: "",
            on_by_default: true,
        };
        assert_eq!(rule_summary(&i18n, &unknown), "Does nothing");
    }

    #[test]
    fn a_bad_font_size_keeps_the_last_good_one() {
        let ctx = Context::new(None, false);
        let mut settings = State::new(&ctx);
        settings.update(Message::DocxFontSize("12".into()));
        settings.update(Message::DocxFontSize("12pt".into()));
        assert_eq!(settings.profile.docx_font_size_pt, 12.0);
        assert_eq!(settings.font_size, "12pt");
    }

    #[test]
    fn only_a_full_path_moves_the_archive() {
        let ctx = Context::new(None, false);
        let mut settings = State::new(&ctx);
        assert_eq!(
            settings.archive_folder(),
            Some(None),
            "empty means the default"
        );
        let full = std::env::temp_dir().join("press-office-archive");
        let _ = settings.update(Message::ArchiveFolder(full.display().to_string()));
        assert_eq!(settings.archive_folder(), Some(Some(full)));
        let _ = settings.update(Message::ArchiveFolder("Nextcloud/Архив".into()));
        assert_eq!(
            settings.archive_folder(),
            None,
            "a relative path keeps the folder in use"
        );
    }
}
