//! The command line's help and its errors in the user's language. clap writes both in
//! English; for Russian and Kazakh the command is rebuilt with every description, heading
//! and the help flags' own lines translated, and a parse error is told in one line of the
//! user's language (the option or value at fault named as typed) with a pointer to `--help`.
//! English keeps clap's words and the doc comments in `cli/mod.rs`.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

use crate::language::Language;

/// (subcommand, argument) → (ru, kk). An empty argument is the command's own description;
/// an empty subcommand is `pressdesk` itself.
const TEXTS: &[(&str, &str, &str, &str)] = &[
    (
        "",
        "",
        "Пресс-релизы для пресс-служб: шаблоны, типографика, DOCX и HTML. Без команды открывается окно.",
        "Баспасөз қызметтеріне арналған пресс-релиздер: үлгілер, типографика, DOCX және HTML. Командасыз терезе ашылады.",
    ),
    (
        "",
        "profile",
        "Профиль организации вместо сохранённого в настройках",
        "Баптауларда сақталғанның орнына ұйым профилі",
    ),
    (
        "",
        "archive",
        "Папка архива вместо PRESSDESK_ARCHIVE или выбранной в настройках",
        "PRESSDESK_ARCHIVE немесе баптауларда таңдалғанның орнына мұрағат қалтасы",
    ),
    (
        "",
        "file",
        "Файл релиза, чтобы открыть его в окне",
        "Терезеде ашылатын релиз файлы",
    ),
    (
        "templates",
        "",
        "Шаблоны (жанры) релизов и их id",
        "Релиз үлгілері (жанрлары) және олардың id-і",
    ),
    (
        "new",
        "",
        "Новый релиз по шаблону, готовый к заполнению",
        "Үлгі бойынша толтыруға дайын жаңа релиз",
    ),
    (
        "new",
        "template",
        "id шаблона, как их перечисляет pressdesk templates",
        "pressdesk templates тізіміндегідей үлгі id-і",
    ),
    (
        "new",
        "lang",
        "Язык первой версии: ru, kk или en (по умолчанию — из профиля)",
        "Бірінші нұсқаның тілі: ru, kk немесе en (әдепкі — профильден)",
    ),
    (
        "new",
        "out",
        "Куда записать релиз (по умолчанию — имя из даты и жанра)",
        "Релизді қайда жазу (әдепкі — күн мен жанрдан құралған атау)",
    ),
    (
        "new",
        "force",
        "Заменить файл, если он уже есть",
        "Файл бар болса, оны ауыстыру",
    ),
    (
        "new",
        "from",
        "Начать с прежнего релиза любого жанра: его люди, партнёры, теги и общие факты",
        "Кез келген жанрдағы бұрынғы релизден бастау: оның адамдары, серіктестері, тегтері және ортақ деректері",
    ),
    (
        "export",
        "",
        "Экспорт релиза в DOCX, HTML, текст или письмо (.eml). Пока проверка находит ошибки, ничего не записывается (код 3); --force записывает всё равно",
        "Релизді DOCX, HTML, мәтін немесе хат (.eml) етіп экспорттау. Тексеру қате тапқанда ештеңе жазылмайды (код 3); --force бәрібір жазады",
    ),
    ("export", "file", "Файл релиза", "Релиз файлы"),
    (
        "export",
        "format",
        "Формат: docx, html, txt или eml",
        "Пішім: docx, html, txt немесе eml",
    ),
    (
        "export",
        "lang",
        "Какая языковая версия (по умолчанию — первая)",
        "Қай тілдегі нұсқа (әдепкі — біріншісі)",
    ),
    (
        "export",
        "out",
        "Файл или папка (по умолчанию — имя из даты и заголовка, здесь)",
        "Файл немесе қалта (әдепкі — күн мен тақырыптан құралған атау, осында)",
    ),
    (
        "export",
        "force",
        "Записать, хотя проверка нашла ошибки; что в файле, будет перечислено",
        "Тексеру қате тапса да жазу; файлда не бар екені көрсетіледі",
    ),
    (
        "redraft",
        "",
        "Составить заново из текущих фактов все тексты, ещё помеченные как составленные; отредактированные сохраняются и перечисляются",
        "Ағымдағы деректерден әлі құрастырылған деп белгіленген мәтіндерді қайта құрастыру; өңделгендері сақталып, тізімделеді",
    ),
    ("redraft", "file", "Файл релиза", "Релиз файлы"),
    (
        "redraft",
        "lang",
        "Только эта языковая версия",
        "Тек осы тілдегі нұсқа",
    ),
    (
        "add-version",
        "",
        "Добавить языковую версию, составленную из общих фактов; перечисляется, что ещё написать на этом языке",
        "Ортақ деректерден құрастырылған тіл нұсқасын қосу; осы тілде тағы не жазу керегі көрсетіледі",
    ),
    ("add-version", "file", "Файл релиза", "Релиз файлы"),
    (
        "add-version",
        "lang",
        "Язык новой версии: ru, kk или en",
        "Жаңа нұсқаның тілі: ru, kk немесе en",
    ),
    (
        "list",
        "",
        "Релизы архива, сначала новые, с отбором",
        "Мұрағат релиздері, алдымен жаңалары, іріктеумен",
    ),
    (
        "list",
        "status",
        "Только с этим статусом: draft, ready, approved, sent",
        "Тек осы мәртебемен: draft, ready, approved, sent",
    ),
    (
        "list",
        "lang",
        "Только с версией на этом языке",
        "Тек осы тілдегі нұсқасы барлары",
    ),
    (
        "list",
        "search",
        "Слова для поиска в любой версии",
        "Кез келген нұсқадан іздейтін сөздер",
    ),
    (
        "list",
        "template",
        "Только этого шаблона",
        "Тек осы үлгідегілер",
    ),
    ("list", "year", "Только этого года", "Тек осы жылғылар"),
    ("list", "tag", "Только с этим тегом", "Тек осы тегпен"),
    (
        "check",
        "",
        "Проверки перед отправкой: релиз или любой текст (.docx, .odt, .txt, .md, .html, .eml). Код 1 при ошибке, 2 — если файл не читается",
        "Жіберер алдындағы тексерулер: релиз немесе кез келген мәтін (.docx, .odt, .txt, .md, .html, .eml). Қате болса код 1, файл оқылмаса — 2",
    ),
    (
        "check",
        "file",
        "Файл релиза или текст",
        "Релиз файлы немесе мәтін",
    ),
    (
        "check",
        "lang",
        "Язык сообщений: ru, kk или en (по умолчанию — из профиля)",
        "Хабарлар тілі: ru, kk немесе en (әдепкі — профильден)",
    ),
    (
        "check",
        "format",
        "text (по умолчанию) или json",
        "text (әдепкі) немесе json",
    ),
    (
        "check",
        "fix",
        "Внести все верные исправления (в текст — в копию рядом) и сообщить, что осталось",
        "Барлық сенімді түзетулерді енгізу (мәтінге — қасындағы көшірмеге) және не қалғанын айту",
    ),
    (
        "typeset",
        "",
        "Набрать текст по правилам экспорта (неразрывные пробелы, кавычки, тире) и вывести его",
        "Мәтінді экспорт ережелерімен теріп (бөлінбейтін бос орындар, тырнақшалар, сызықшалар) шығару",
    ),
    (
        "typeset",
        "file",
        "Текстовый файл; без него — стандартный ввод",
        "Мәтін файлы; онсыз — стандартты енгізу",
    ),
    (
        "typeset",
        "lang",
        "Язык текста: ru, kk или en (по умолчанию — по буквам каждого абзаца)",
        "Мәтін тілі: ru, kk немесе en (әдепкі — әр абзацтың әріптері бойынша)",
    ),
    (
        "typeset",
        "format",
        "text (по умолчанию) или html",
        "text (әдепкі) немесе html",
    ),
    (
        "photo",
        "",
        "Фотографии релиза: добавить с подписью, перечислить, убрать",
        "Релиздің фотосуреттері: қолтаңбасымен қосу, тізімдеу, алып тастау",
    ),
    (
        "photo add",
        "",
        "Скопировать фотографию (JPEG, PNG, WebP) в папку photos рядом с релизом и добавить её с подписью; первая добавленная — главная. Уже добавленной фотографии задаёт подпись на языке --lang",
        "Фотосуретті (JPEG, PNG, WebP) релиз жанындағы photos қалтасына көшіріп, қолтаңбасымен қосу; алғашқы қосылғаны — басты сурет. Бұрын қосылған суретке --lang тіліндегі қолтаңбаны береді",
    ),
    ("photo add", "file", "Файл релиза", "Релиз файлы"),
    ("photo add", "photo", "Файл фотографии", "Фотосурет файлы"),
    (
        "photo add",
        "caption",
        "Что на фотографии — подпись на языке --lang",
        "Суретте не бары — --lang тіліндегі қолтаңба",
    ),
    (
        "photo add",
        "lang",
        "Язык подписи: ru, kk или en (по умолчанию — первой версии релиза)",
        "Қолтаңбаның тілі: ru, kk немесе en (әдепкі — релиздің бірінші нұсқасы)",
    ),
    (
        "photo add",
        "credit",
        "Автор снимка: печатается как «Фото: …»",
        "Суреттің авторы: «Фото: …» деп басылады",
    ),
    (
        "photo add",
        "alt",
        "Описание фотографии для тех, кто её не видит (без него — подпись)",
        "Суретті көрмейтіндерге арналған сипаттама (болмаса — қолтаңба)",
    ),
    (
        "photo add",
        "main",
        "Сделать главной: она стоит сразу после лида",
        "Басты сурет ету: ол лидтен кейін тұрады",
    ),
    (
        "photo list",
        "",
        "Фотографии релиза: номер, файл, размер, подписи на каждом языке, автор",
        "Релиз суреттері: нөмірі, файлы, өлшемі, әр тілдегі қолтаңбасы, авторы",
    ),
    ("photo list", "file", "Файл релиза", "Релиз файлы"),
    (
        "photo remove",
        "",
        "Убрать из релиза фотографию N (номер из photo list); файл остаётся в папке photos",
        "N суретін (photo list нөмірі) релизден алып тастау; файл photos қалтасында қалады",
    ),
    ("photo remove", "file", "Файл релиза", "Релиз файлы"),
    (
        "photo remove",
        "number",
        "Номер фотографии, с 1",
        "Суреттің нөмірі, 1-ден",
    ),
    (
        "import",
        "",
        "Перенести прежние релизы в архив из файлов .docx, .odt, .txt, .md, .html, .eml или папок с ними: заголовок, дата, версии на языках, абзацы; оригинал сохраняется. Уже перенесённый текст пропускается; нечитаемый файл называется с причиной (код 1), остальные переносятся",
        "Бұрынғы релиздерді .docx, .odt, .txt, .md, .html, .eml файлдарынан не олар бар қалталардан мұрағатқа көшіру: тақырып, күн, тіл нұсқалары, абзацтар; түпнұсқа сақталады. Бұрын көшірілген мәтін өткізіледі; оқылмайтын файл себебімен аталады (код 1), қалғаны көшіріледі",
    ),
    ("import", "paths", "Файлы или папки", "Файлдар не қалталар"),
    (
        "archive-check",
        "",
        "Проверить, что каждый файл архива читается; код 1, если есть повреждённые",
        "Мұрағаттағы әр файл оқылатынын тексеру; бүлінгені болса, код 1",
    ),
];

/// What an option's value is called in the help («--lang <ЯЗЫК>»), by argument id.
const VALUE_NAMES: &[(&str, &str, &str)] = &[
    ("file", "ФАЙЛ", "ФАЙЛ"),
    ("profile", "ФАЙЛ", "ФАЙЛ"),
    ("from", "ФАЙЛ", "ФАЙЛ"),
    ("out", "ФАЙЛ", "ФАЙЛ"),
    ("archive", "ПАПКА", "ҚАЛТА"),
    ("template", "ШАБЛОН", "ҮЛГІ"),
    ("lang", "ЯЗЫК", "ТІЛ"),
    ("format", "ФОРМАТ", "ПІШІМ"),
    ("status", "СТАТУС", "МӘРТЕБЕ"),
    ("search", "СЛОВА", "СӨЗДЕР"),
    ("year", "ГОД", "ЖЫЛ"),
    ("tag", "ТЕГ", "ТЕГ"),
    ("photo", "ФОТО", "СУРЕТ"),
    ("paths", "ПУТЬ", "ЖОЛ"),
    ("caption", "ПОДПИСЬ", "ҚОЛТАҢБА"),
    ("credit", "АВТОР", "АВТОР"),
    ("alt", "ОПИСАНИЕ", "СИПАТТАМА"),
    ("number", "N", "N"),
];

/// Headings and the help flags' lines: (usage, commands, arguments, options, help, version).
fn words(ui: Language) -> [&'static str; 6] {
    match ui {
        Language::Ru => [
            "Запуск:",
            "Команды",
            "Аргументы",
            "Параметры",
            "Показать справку",
            "Показать версию",
        ],
        Language::Kk => [
            "Іске қосу:",
            "Командалар",
            "Аргументтер",
            "Параметрлер",
            "Анықтаманы көрсету",
            "Нұсқаны көрсету",
        ],
        Language::En => [
            "Usage:",
            "Commands",
            "Arguments",
            "Options",
            "Print help",
            "Print version",
        ],
    }
}

/// `command` with its help in `ui`. English is returned as it is.
pub fn localized(command: Command, ui: Language) -> Command {
    if ui == Language::En {
        return command;
    }
    let text = |sub: &str, arg: &str| {
        TEXTS
            .iter()
            .find(|(s, a, _, _)| *s == sub && *a == arg)
            .map(|(_, _, ru, kk)| if ui == Language::Kk { *kk } else { *ru })
    };
    let [usage, commands, arguments, options, help, version] = words(ui);
    let value_name = move |id: &str| {
        VALUE_NAMES
            .iter()
            .find(|(i, _, _)| *i == id)
            .map(|(_, ru, kk)| if ui == Language::Kk { *kk } else { *ru })
    };
    let (options_word, command_word, example_word) = match ui {
        Language::Kk => ("ПАРАМЕТРЛЕР", "КОМАНДА", "Мысалы"),
        _ => ("ПАРАМЕТРЫ", "КОМАНДА", "Пример"),
    };
    let template =
        format!("{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}");
    let translate = move |command: Command, sub: &str| -> Command {
        let mut command = command
            .help_template(template.clone())
            .subcommand_help_heading(commands)
            .disable_help_flag(true)
            .arg(
                Arg::new("help")
                    .short('h')
                    .long("help")
                    .action(ArgAction::Help)
                    .help(help),
            );
        if let Some(about) = text(sub, "") {
            // The English help's "Example: pressdesk …" line, under a translated label.
            let example = command
                .get_long_about()
                .map(|text| text.to_string())
                .and_then(|text| {
                    text.lines()
                        .find_map(|line| line.trim().strip_prefix("Example: ").map(str::to_string))
                });
            let long = match example {
                Some(example) => format!("{about}\n\n{example_word}: {example}"),
                None => about.to_string(),
            };
            command = command.about(about).long_about(long);
        }
        let ids: Vec<String> = command
            .get_arguments()
            .map(|a| a.get_id().to_string())
            .collect();
        // The usage line, as clap would write it but in the user's words.
        let mut usage_line = format!(
            "pressdesk{}{} [{options_word}]",
            if sub.is_empty() { "" } else { " " },
            sub
        );
        for arg in command.get_positionals() {
            let name = value_name(arg.get_id().as_str()).unwrap_or("ФАЙЛ");
            if arg.is_required_set() {
                usage_line.push_str(&format!(" <{name}>"));
            } else {
                usage_line.push_str(&format!(" [{name}]"));
            }
        }
        if command.has_subcommands() {
            usage_line.push_str(&format!(" [{command_word}]"));
        }
        command = command.override_usage(usage_line);
        for id in ids {
            let described = text(sub, &id);
            let named = value_name(&id);
            command = command.mut_arg(id.as_str(), |arg| {
                let heading = if arg.is_positional() {
                    arguments
                } else {
                    options
                };
                let takes_value = arg.get_action().takes_values();
                let mut arg = arg.help_heading(heading);
                if takes_value {
                    // clap's "[possible values: …]" and "[default: …]" are English; the
                    // translated help names them itself.
                    arg = arg.hide_possible_values(true).hide_default_value(true);
                    if let Some(name) = named {
                        arg = arg.value_name(name);
                    }
                }
                match described {
                    Some(help) => arg.help(help).long_help(None::<&str>),
                    None => arg,
                }
            });
        }
        command
    };
    let mut command = translate(command, "")
        .disable_help_subcommand(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(version)
                .help_heading(options),
        )
        .after_help(None::<&str>)
        .after_long_help(None::<&str>);
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let translate = translate.clone();
        command = command.mut_subcommand(name.as_str(), |sub| {
            let sub = sub.after_help(None::<&str>).after_long_help(None::<&str>);
            // A command's own commands (`photo add`) are found as "photo add".
            let inner: Vec<String> = sub
                .get_subcommands()
                .map(|s| s.get_name().to_string())
                .collect();
            let mut sub = translate(sub, &name);
            for inner_name in inner {
                let key = format!("{name} {inner_name}");
                let translate = translate.clone();
                sub = sub.mut_subcommand(inner_name.as_str(), |inner| translate(inner, &key));
            }
            sub
        });
    }
    command
}

/// A parse error in one line of `ui`, naming what was typed; `None` for help and version,
/// which clap prints itself, and for English, where clap's own message stays.
pub fn error_message(error: &clap::Error, ui: Language) -> Option<String> {
    if ui == Language::En
        || matches!(
            error.kind(),
            ErrorKind::DisplayHelp
                | ErrorKind::DisplayVersion
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        )
    {
        return None;
    }
    let context = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(list)) => list.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let arg = context(ContextKind::InvalidArg);
    let value = context(ContextKind::InvalidValue);
    let valid = context(ContextKind::ValidValue);
    let subcommand = context(ContextKind::InvalidSubcommand);
    let message = match error.kind() {
        ErrorKind::UnknownArgument => say!(ui,
            ru: "неизвестный параметр {arg}",
            kk: "белгісіз параметр {arg}",
            en: "unknown option {arg}",
        ),
        ErrorKind::InvalidValue if valid.is_empty() => say!(ui,
            ru: "«{value}» не подходит для {arg}",
            kk: "«{value}» мәні {arg} үшін жарамайды",
            en: "«{value}» does not fit {arg}",
        ),
        ErrorKind::InvalidValue => say!(ui,
            ru: "«{value}» не подходит для {arg}; возможно: {valid}",
            kk: "«{value}» мәні {arg} үшін жарамайды; болуы мүмкін: {valid}",
            en: "«{value}» does not fit {arg}; possible: {valid}",
        ),
        // A language is read by its own parser, which lists nothing: say the three.
        ErrorKind::ValueValidation if arg.starts_with("--lang") || arg.starts_with("-l") => {
            say!(ui,
                ru: "«{value}» не подходит для {arg}; возможно: ru, kk, en",
                kk: "«{value}» мәні {arg} үшін жарамайды; болуы мүмкін: ru, kk, en",
                en: "«{value}» does not fit {arg}; possible: ru, kk, en",
            )
        }
        ErrorKind::ValueValidation => say!(ui,
            ru: "«{value}» не подходит для {arg}",
            kk: "«{value}» мәні {arg} үшін жарамайды",
            en: "«{value}» does not fit {arg}",
        ),
        ErrorKind::MissingRequiredArgument => say!(ui,
            ru: "не хватает: {arg}",
            kk: "жетіспейді: {arg}",
            en: "missing: {arg}",
        ),
        ErrorKind::InvalidSubcommand => say!(ui,
            ru: "нет команды «{subcommand}»",
            kk: "«{subcommand}» командасы жоқ",
            en: "no command «{subcommand}»",
        ),
        ErrorKind::ArgumentConflict => {
            let other = context(ContextKind::PriorArg);
            say!(ui,
                ru: "{arg} нельзя вместе с {other}",
                kk: "{arg} параметрін {other} параметрімен бірге қолдануға болмайды",
                en: "{arg} cannot be used with {other}",
            )
        }
        _ => say!(ui,
            ru: "параметры не разобраны",
            kk: "параметрлер танылмады",
            en: "the options could not be read",
        ),
    };
    let hint = say!(ui,
        ru: "справка: pressdesk --help",
        kk: "анықтама: pressdesk --help",
        en: "help: pressdesk --help",
    );
    Some(format!("pressdesk: {message}\n{hint}"))
}
