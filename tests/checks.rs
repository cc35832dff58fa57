//! Pre-send checks: one small fixture per check (a sample release with one thing changed),
//! the sample releases free of errors, and no panics on arbitrary text.

use pressdesk::checks::{FieldRef, Severity, check};
use pressdesk::language::units::{Quantity, Scale, Unit};
use pressdesk::language::{Language, Localized};
use pressdesk::profile::Profile;
use pressdesk::release::{Change, FactValue, Release, Statistic, StatisticPart, Status};
use pressdesk::template::TemplateSet;
use proptest::prelude::*;
use rust_decimal::Decimal;

mod checks_support;

use checks_support::*;

// ----- the sample releases -----

#[test]
fn the_sample_releases_give_no_error() {
    for template in SAMPLE_TEMPLATES {
        for lang in Language::ALL {
            let release = sample(&format!("{template}-{}", lang.code()));
            let today = release.versions[0].dateline.date.unwrap();
            for ui in Language::ALL {
                let findings = check(&release, &Profile::default(), today, ui);
                let errors: Vec<_> = findings
                    .iter()
                    .filter(|f| f.severity == Severity::Error)
                    .collect();
                assert!(errors.is_empty(), "{template}-{lang} ({ui}): {errors:#?}");
            }
        }
    }
}

#[test]
fn the_reference_visit_has_no_finding_at_all() {
    let findings = run(&visit());
    assert!(findings.is_empty(), "{findings:#?}");
}

// ----- sums -----

/// The issue's case: turnover 148,9 млн долларов, export 60,09, import 88,9.
/// `pressdesk export` runs only the checks that can report an error: it must stop on
/// exactly the errors the whole check finds, in every sample and with planted errors of
/// each kind (a wrong sum, a wrong weekday, a placeholder, Latin letters in a word).
#[test]
fn the_export_finds_the_errors_the_whole_check_finds() {
    let mut cases: Vec<Release> = Vec::new();
    for template in SAMPLE_TEMPLATES {
        for lang in Language::ALL {
            cases.push(sample(&format!("{template}-{}", lang.code())));
        }
    }
    let mut wrong_sum = visit();
    issue_turnover(&mut wrong_sum);
    let mut wrong_weekday = visit();
    set_paragraph(
        &mut wrong_weekday,
        4,
        "Форум откроется в понедельник, 28 ноября 2026 года.",
    );
    let templates = TemplateSet::built_in();
    let label = templates
        .get("delegation-visit")
        .unwrap()
        .slot_label("origin_short", Language::Ru);
    let mut placeholder = visit();
    set_paragraph(&mut placeholder, 4, &format!("Делегация из [{label}]."));
    let mut latin = visit();
    set_paragraph(&mut latin, 4, "Китай — крупный инвестор в Кaзaхстан.");
    let planted = [wrong_sum, wrong_weekday, placeholder, latin];
    for (i, release) in planted.iter().enumerate() {
        let errors = pressdesk::checks::errors_with(
            release,
            || templates.get(&release.template),
            &Profile::default(),
            release_day(),
            Language::Ru,
        );
        assert!(!errors.is_empty(), "planted error {i} was missed");
    }
    cases.extend(planted);
    for release in &cases {
        let whole: Vec<_> = pressdesk::checks::check_with(
            release,
            templates.get(&release.template),
            &Profile::default(),
            release_day(),
            Language::Ru,
        )
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
        let errors = pressdesk::checks::errors_with(
            release,
            || templates.get(&release.template),
            &Profile::default(),
            release_day(),
            Language::Ru,
        );
        assert_eq!(errors, whole, "{}", release.template);
    }
}

fn issue_turnover(release: &mut Release) {
    let stat = turnover(release);
    stat.value = d("148.9");
    stat.quantity = Quantity {
        scale: Scale::Million,
        unit: Unit::UsDollar,
    };
    stat.parts[0].value = d("60.09");
    stat.parts[1].value = d("88.9");
}

#[test]
fn parts_that_do_not_add_up_name_the_three_numbers() {
    let mut release = visit();
    issue_turnover(&mut release);
    let findings = run(&release);
    let f = only(&findings, "sums/parts-total");
    assert_eq!(f.severity, Severity::Error);
    assert_eq!(f.field, FieldRef::Statistic(1));
    assert_eq!(f.language, None);
    let m = f.message.replace('\u{a0}', " ");
    assert!(m.contains("экспорт 60,09 + импорт 88,9 = 148,99"), "{m}");
    assert!(m.contains("— 148,9 млн долларов США"), "{m}");

    let en = check(&release, &Profile::default(), release_day(), Language::En);
    let m = only(&en, "sums/parts-total").message.replace('\u{a0}', " ");
    assert!(m.contains("exports 60.09 + imports 88.9 = 148.99"), "{m}");
    assert!(m.contains("USD 148.9 million"), "{m}");
}

#[test]
fn parts_rounded_within_the_written_precision_add_up() {
    let mut release = visit();
    let stat = turnover(&mut release);
    stat.value = d("100");
    stat.parts = ["33.3", "33.3", "33.3"]
        .iter()
        .map(|v| StatisticPart {
            label: Localized::from_pairs([(Language::Ru, "часть")]),
            value: d(v),
        })
        .collect();
    assert!(with_code(&run(&release), "sums/parts-total").is_empty());
    turnover(&mut release).value = d("101");
    assert_eq!(
        only(&run(&release), "sums/parts-total").field,
        FieldRef::Statistic(1)
    );
}

#[test]
fn shares_over_a_hundred_per_cent() {
    let mut release = visit();
    release.statistics.push(Statistic {
        label: Localized::from_pairs([(Language::Ru, "доля продукции")]),
        value: d("100"),
        quantity: Quantity {
            scale: Scale::One,
            unit: Unit::Percent,
        },
        parts: vec![
            StatisticPart {
                label: Localized::from_pairs([(Language::Ru, "Китай")]),
                value: d("60"),
            },
            StatisticPart {
                label: Localized::from_pairs([(Language::Ru, "Россия")]),
                value: d("50"),
            },
        ],
        ..Statistic::default()
    });
    let findings = run(&release);
    let f = only(&findings, "sums/shares-over-100");
    assert_eq!(
        (f.severity, &f.field),
        (Severity::Error, &FieldRef::Statistic(2))
    );
    assert!(f.message.contains("110 %"), "{}", f.message);
}

#[test]
fn parts_written_in_different_units() {
    let mut release = visit();
    let (export, import) = (
        turnover(&mut release).parts[0].value,
        turnover(&mut release).parts[1].value,
    );
    let text = format!(
        "Экспорт составил {} млн долларов, импорт — {} млрд тенге.",
        export.to_string().replace('.', ","),
        import.to_string().replace('.', ",")
    );
    set_paragraph(&mut release, 4, &text);
    let findings = run(&release);
    let f = only(&findings, "sums/mixed-units");
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(
        (&f.field, f.language),
        (&FieldRef::Paragraph(4), Some(Language::Ru))
    );
    assert!(
        f.message.contains("млн долларов»") && f.message.contains("млрд тенге»"),
        "{}",
        f.message
    );
}

// ----- growth -----

#[test]
fn a_stated_change_that_the_two_values_contradict() {
    let mut release = visit();
    let change = turnover(&mut release).change.as_mut().unwrap();
    change.previous_value = Some(d("120"));
    let findings = run(&release);
    let f = only(&findings, "growth/change-mismatch");
    assert_eq!(
        (f.severity, &f.field),
        (Severity::Error, &FieldRef::StatisticChange(1))
    );
    assert!(f.message.contains("+11 %"), "{}", f.message);
    assert!(f.message.contains("с 120 до 148,9"), "{}", f.message);
    assert!(f.message.contains("+24,1 %"), "{}", f.message);

    // 148,9 against 134,1 is +11,04 %: written as 11 %, right.
    let change = turnover(&mut release).change.as_mut().unwrap();
    change.previous_value = Some(d("134.1"));
    assert!(with_code(&run(&release), "growth/change-mismatch").is_empty());
}

#[test]
fn growth_said_of_a_falling_figure() {
    let mut release = visit();
    turnover(&mut release).change = Some(Change {
        percent: d("-5"),
        compared_with: Localized::from_pairs([(Language::Ru, "по сравнению с 2023 годом")]),
        previous_value: None,
    });
    set_paragraph(&mut release, 4, "Рост товарооборота составил 5 % за год.");
    let findings = run(&release);
    let f = only(&findings, "growth/wrong-direction");
    assert_eq!(
        (f.severity, &f.field),
        (Severity::Warning, &FieldRef::Paragraph(4))
    );
    assert!(
        f.message.contains("«Рост»") && f.message.contains("5 %"),
        "{}",
        f.message
    );

    set_paragraph(&mut release, 4, "Товарооборот снизился на 5 % за год.");
    assert!(with_code(&run(&release), "growth/wrong-direction").is_empty());
}

// ----- figures -----

#[test]
fn a_headline_figure_found_nowhere_else() {
    let mut release = visit();
    ru(&mut release)
        .headline
        .edit("Товарооборот с Китаем достиг 150 млн долларов");
    let findings = run(&release);
    let f = only(&findings, "figures/headline-only");
    assert_eq!(
        (f.severity, &f.field),
        (Severity::Warning, &FieldRef::Headline)
    );
    assert!(f.message.contains("150 млн долларов"), "{}", f.message);

    // 149 млн is the statistic's 148,9 млн, rounded.
    ru(&mut release)
        .headline
        .edit("Товарооборот с Китаем достиг 149 млн долларов");
    assert!(with_code(&run(&release), "figures/headline-only").is_empty());
}

#[test]
fn one_figure_written_two_ways() {
    let mut release = visit();
    set_paragraph(&mut release, 3, "Проект стоит 1,5 млрд тенге.");
    set_paragraph(&mut release, 4, "Из них 1500 млн тенге дадут инвесторы.");
    let findings = run(&release);
    let f = only(&findings, "figures/written-differently");
    assert_eq!(
        (f.severity, &f.field),
        (Severity::Warning, &FieldRef::Paragraph(4))
    );
    assert!(f.message.contains("«1,5 млрд тенге»") && f.message.contains("«1500 млн тенге»"));
}

#[test]
fn a_figure_close_to_a_statistic_but_not_it() {
    let mut release = visit();
    set_paragraph(&mut release, 4, "Товарооборот составил 148,7 млн долларов.");
    let findings = run(&release);
    let f = only(&findings, "figures/differs-from-statistic");
    assert_eq!(
        (f.severity, &f.field),
        (Severity::Warning, &FieldRef::Paragraph(4))
    );
    let m = f.message.replace('\u{a0}', " ");
    assert!(
        m.contains("148,7 млн долларов") && m.contains("148,9 млн"),
        "{m}"
    );
}

#[test]
fn a_figure_in_one_version_only() {
    let mut release = visit();
    let mut en = release.versions[0].clone();
    en.language = Language::En;
    release.versions.push(en);
    assert!(with_code(&run(&release), "figures/differs-between-versions").is_empty());

    release.versions[1].paragraphs[4]
        .edit("China is among the five largest investors, with 24 billion dollars.");
    let findings = run(&release);
    let f = only(&findings, "figures/differs-between-versions");
    assert_eq!(f.severity, Severity::Warning);
    // Pointed at the Russian paragraph, where the figure is to be added.
    assert_eq!(
        (&f.field, f.language),
        (&FieldRef::Paragraph(4), Some(Language::Ru))
    );
    assert!(f.message.contains("24 billion dollars"), "{}", f.message);
    assert!(
        f.message.contains("английской") && f.message.contains("русской"),
        "{}",
        f.message
    );
}

#[test]
fn a_decimal_point_in_russian_text() {
    let mut release = visit();
    set_paragraph(&mut release, 4, "Товарооборот составил 148.9 млн долларов.");
    let f = only(&run(&release), "figures/decimal-point").clone();
    assert_eq!(
        (f.severity, &f.field),
        (Severity::Hint, &FieldRef::Paragraph(4))
    );
    assert!(
        f.message.contains("«148.9»") && f.message.contains("148,9"),
        "{}",
        f.message
    );
}

// ----- dates -----

#[test]
fn a_weekday_that_does_not_fit_the_date() {
    let mut release = visit();
    set_paragraph(
        &mut release,
        4,
        "Форум откроется в понедельник, 28 ноября 2026 года.",
    );
    let findings = run(&release);
    let f = only(&findings, "dates/weekday");
    assert_eq!(
        (f.severity, &f.field),
        (Severity::Error, &FieldRef::Paragraph(4))
    );
    assert!(
        f.message.contains("«понедельник»") && f.message.contains("суббота"),
        "{}",
        f.message
    );
    assert!(f.message.contains("28 ноября 2026"), "{}", f.message);

    set_paragraph(
        &mut release,
        4,
        "Форум откроется в субботу, 28 ноября 2026 года.",
    );
    assert!(with_code(&run(&release), "dates/weekday").is_empty());
    // Kazakh and English word orders.
    set_paragraph(
        &mut release,
        4,
        "Форум 2026 жылғы 28 қараша, жұма күні ашылады.",
    );
    assert_eq!(
        only(&run(&release), "dates/weekday").field,
        FieldRef::Paragraph(4)
    );
    set_paragraph(
        &mut release,
        4,
        "The forum opens on Friday, November 28, 2026.",
    );
    assert_eq!(
        only(&run(&release), "dates/weekday").field,
        FieldRef::Paragraph(4)
    );
}

#[test]
fn a_weekday_in_any_case_form_is_held_against_its_date() {
    let mut release = visit();
    // 28 November 2026 is a Saturday: the locative «сенбіде» and the genitive
    // «понедельника» are read as days too, and a wrong one is an error.
    for (text, wrong) in [
        ("Форум 2026 жылғы 28 қарашада, сенбіде ашылады.", false),
        ("Форум 2026 жылғы 28 қарашада, жұмада ашылады.", true),
        (
            "Приём документов — с понедельника, 28 ноября 2026 года.",
            true,
        ),
        ("Приём документов — с субботы, 28 ноября 2026 года.", false),
        // «среди» begins like «среда» but names no day.
        ("Среди гостей, 28 ноября 2026 года, были инвесторы.", false),
    ] {
        set_paragraph(&mut release, 4, text);
        let findings = run(&release);
        let found = with_code(&findings, "dates/weekday");
        assert_eq!(found.len(), usize::from(wrong), "{text}: {found:?}");
    }
}

#[test]
fn a_coming_event_dated_before_the_release() {
    let mut release = visit();
    release
        .facts
        .insert("event_date".into(), FactValue::Shared("01.09.2025".into()));
    let findings = run(&release);
    let f = only(&findings, "dates/event-before-release");
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(f.field, FieldRef::Fact("event_date".into()));
    let m = f.message.replace('\u{a0}', " ");
    assert!(
        m.contains("1 сентября 2025") && m.contains("18 сентября 2025"),
        "{m}"
    );
}

#[test]
fn last_year_beside_another_year() {
    let mut release = visit();
    set_paragraph(&mut release, 4, "В прошлом году (2022) товарооборот вырос.");
    let findings = run(&release);
    let f = only(&findings, "dates/last-year");
    assert_eq!(
        (f.severity, &f.field),
        (Severity::Warning, &FieldRef::Paragraph(4))
    );
    assert!(
        f.message.contains("2022") && f.message.contains("2024"),
        "{}",
        f.message
    );

    set_paragraph(&mut release, 4, "В прошлом году (2024) товарооборот вырос.");
    assert!(with_code(&run(&release), "dates/last-year").is_empty());
}

#[test]
fn a_year_left_over_in_the_lead() {
    let mut release = visit();
    ru(&mut release)
        .lead
        .edit("Аким области в 2021 году встретился с делегацией.");
    let findings = run(&release);
    let f = only(&findings, "dates/stale-year");
    assert_eq!((f.severity, &f.field), (Severity::Hint, &FieldRef::Lead));
    assert!(
        f.message.contains("2021") && f.message.contains("2025"),
        "{}",
        f.message
    );
}

#[test]
fn an_embargo_in_the_past() {
    let mut release = visit();
    release.embargo = Some("2025-09-01T10:00:00+05:00[Asia/Almaty]".parse().unwrap());
    let findings = run(&release);
    let f = only(&findings, "dates/embargo-past");
    assert_eq!(
        (f.severity, &f.field),
        (Severity::Error, &FieldRef::Embargo)
    );
    assert!(
        f.message.replace('\u{a0}', " ").contains("1 сентября 2025"),
        "{}",
        f.message
    );

    release.status = Status::Sent;
    assert!(with_code(&run(&release), "dates/embargo-past").is_empty());
}

// ----- leftovers -----

#[test]
fn a_placeholder_left_in_the_text() {
    let templates = TemplateSet::built_in();
    let template = templates.get("delegation-visit").unwrap();
    let label = template.slot_label("origin_short", Language::Ru);
    let mut release = visit();
    ru(&mut release)
        .headline
        .edit(format!("Аким встретился с делегацией [{label}]"));
    let findings = run(&release);
    let f = only(&findings, "leftovers/placeholder");
    assert_eq!(
        (f.severity, &f.field),
        (Severity::Error, &FieldRef::Headline)
    );
    assert!(f.message.contains(&format!("[{label}]")), "{}", f.message);

    ru(&mut release)
        .headline
        .edit("Аким встретился с делегацией [уточнить откуда]");
    let findings = run(&release);
    assert!(with_code(&findings, "leftovers/placeholder").is_empty());
    assert_eq!(
        only(&findings, "leftovers/brackets").severity,
        Severity::Warning
    );
}

#[test]
fn a_template_hint_or_stub_left_in() {
    let templates = TemplateSet::built_in();
    let hint = templates.get("delegation-visit").unwrap().facts[0]
        .hint
        .get(Language::Ru)
        .to_string();
    let mut release = visit();
    set_paragraph(&mut release, 4, &format!("Гости прибыли {hint}."));
    let f = only(&run(&release), "leftovers/hint").clone();
    assert_eq!(
        (f.severity, &f.field),
        (Severity::Warning, &FieldRef::Paragraph(4))
    );

    set_paragraph(&mut release, 4, "Встреча прошла ДД.ММ.ГГГГ.");
    assert!(
        only(&run(&release), "leftovers/hint")
            .message
            .contains("ДД.ММ.ГГГГ")
    );
}

#[test]
fn empty_headline_facts_and_date() {
    let mut release = visit();
    ru(&mut release).headline.edit("");
    ru(&mut release).dateline.date = None;
    release.facts.remove("origin_short");
    release.facts.remove("topics");
    let findings = check(&release, &Profile::default(), release_day(), Language::Ru);
    let f = only(&findings, "leftovers/empty-text");
    assert_eq!(
        (f.severity, &f.field),
        (Severity::Error, &FieldRef::Headline)
    );
    let f = only(&findings, "leftovers/no-date");
    assert_eq!(
        (f.severity, &f.field),
        (Severity::Warning, &FieldRef::DatelineDate)
    );
    let f = only(&findings, "leftovers/required-fact");
    assert_eq!(
        (f.severity, &f.field),
        (Severity::Warning, &FieldRef::Fact("origin_short".into()))
    );
    // An optional fact left empty is no finding: its sentence is simply not written. It is
    // counted for one neutral line instead.
    assert!(
        !findings
            .iter()
            .any(|f| f.field == FieldRef::Fact("topics".into())),
        "{findings:#?}"
    );
    let templates = pressdesk::template::TemplateSet::built_in();
    let template = templates.get("delegation-visit").unwrap();
    assert!(pressdesk::checks::optional_facts_unfilled(&release, template) >= 1);
}

// ----- mixed alphabets -----

#[test]
fn latin_letters_in_a_cyrillic_word_are_fixed() {
    let mut release = visit();
    // Latin «a» (U+0061) twice in «Казахстана».
    set_paragraph(
        &mut release,
        4,
        "Китай — крупный инвестор в экономику Кaзaхстана.",
    );
    let findings = run(&release);
    let f = only(&findings, "alphabets/mixed");
    // An error: search engines and screen readers will not find the word.
    assert_eq!(
        (f.severity, &f.field),
        (Severity::Error, &FieldRef::Paragraph(4))
    );
    assert!(f.message.contains("К[a]з[a]хстана"), "{}", f.message);
    let fix = f.fix.clone().expect("a certain fix");
    assert!(fix.apply(&mut release));
    assert_eq!(
        ru(&mut release).paragraphs[4].text,
        "Китай — крупный инвестор в экономику Казахстана."
    );
    assert!(!ru(&mut release).paragraphs[4].is_drafted());
    assert!(with_code(&run(&release), "alphabets/mixed").is_empty());
    assert!(!fix.apply(&mut release), "applying twice changes nothing");
}

#[test]
fn real_mixed_tokens_are_left_alone() {
    let mut release = visit();
    set_paragraph(
        &mut release,
        4,
        "IT-парк, COVID-19, B2B-переговоры, XXI век, 5 кВт, Wi-Fi и iPhone-ы.",
    );
    assert!(with_code(&run(&release), "alphabets/mixed").is_empty());

    // Cyrillic Х typed in a Roman numeral becomes Latin.
    set_paragraph(&mut release, 4, "В ХХI веке.");
    let f = only(&run(&release), "alphabets/mixed").clone();
    assert!(f.fix.unwrap().apply(&mut release));
    assert_eq!(ru(&mut release).paragraphs[4].text, "В XXI веке.");
}

// ----- length -----

#[test]
fn long_texts_against_the_profile_limits() {
    let mut release = visit();
    ru(&mut release).headline.edit("Очень ".repeat(20).trim());
    ru(&mut release).lead.edit("слово ".repeat(41).trim());
    set_paragraph(&mut release, 4, &"а".repeat(401));
    let findings = run(&release);
    let f = only(&findings, "length/headline");
    assert_eq!(
        (f.severity, &f.field),
        (Severity::Warning, &FieldRef::Headline)
    );
    assert!(
        f.message.contains("119") && f.message.contains("100"),
        "{}",
        f.message
    );
    assert!(only(&findings, "length/lead").message.contains("41"));
    assert_eq!(
        only(&findings, "length/paragraph").field,
        FieldRef::Paragraph(4)
    );

    let mut profile = Profile::default();
    profile.checks.headline_max_chars = 200;
    profile.checks.release_max_words = 100;
    let findings = check(&release, &profile, release_day(), Language::Ru);
    assert!(with_code(&findings, "length/headline").is_empty());
    assert_eq!(
        only(&findings, "length/release").severity,
        Severity::Warning
    );
}

#[test]
fn a_check_switched_off_in_the_profile_is_silent() {
    let mut release = visit();
    issue_turnover(&mut release);
    let mut profile = Profile::default();
    profile.checks.disabled.insert("sums/parts-total".into());
    let findings = check(&release, &profile, release_day(), Language::Ru);
    assert!(with_code(&findings, "sums/parts-total").is_empty());
}

#[test]
fn messages_come_in_the_ui_language() {
    let mut release = visit();
    issue_turnover(&mut release);
    let kk = check(&release, &Profile::default(), release_day(), Language::Kk);
    let m = &only(&kk, "sums/parts-total").message;
    assert!(m.starts_with("Бөліктер") && m.contains("60,09"), "{m}");
}

// ----- never panics -----

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9 ,.%$₸«»„“”\"\\[\\]a-zA-Zа-яА-ЯёәіңғүұқөһХхIV-]{0,60}",
        "(в (понедельник|субботу), )?[0-9]{1,2} (ноября|мая|қараша) [0-9]{4}( года)?",
        "(рост|снижение|в прошлом году) на -?[0-9]{1,3}([,.][0-9]{1,3})? ?(%|млн|млрд)? [0-9]{4}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn checks_never_panic_on_arbitrary_text(
        texts in proptest::collection::vec(any_text(), 12),
        value in any::<i64>(),
        places in 0u32..20,
        part in any::<i64>(),
    ) {
        let mut release = visit();
        let mut en = release.versions[0].clone();
        en.language = Language::En;
        release.versions.push(en);
        for (n, version) in release.versions.iter_mut().enumerate() {
            let t = |i: usize| texts[(i + n) % texts.len()].clone();
            version.headline.edit(t(0));
            version.subheadline.edit(t(1));
            version.lead.edit(t(2));
            for (i, p) in version.paragraphs.iter_mut().enumerate() {
                p.edit(t(3 + i));
            }
            for (i, q) in version.quotes.iter_mut().enumerate() {
                q.text = t(8 + i);
                q.verb = t(10);
                q.speaker = t(11);
            }
            version.background.edit(t(9));
            version.dateline.place.edit(t(10));
        }
        for (i, fact) in release.facts.values_mut().enumerate() {
            *fact = FactValue::Shared(texts[i % texts.len()].clone());
        }
        release.people[0].name = Localized::from_pairs([(Language::Ru, texts[0].as_str())]);
        release.statistics[1].value = Decimal::new(value, places.min(28));
        release.statistics[1].parts[0].value = Decimal::new(part, places.min(28));
        if let Some(change) = release.statistics[1].change.as_mut() {
            change.previous_value = Some(Decimal::new(part, 0));
            change.percent = Decimal::new(value % 1000, 1);
        }
        for ui in Language::ALL {
            let _ = check(&release, &Profile::default(), release_day(), ui);
        }
    }
}
