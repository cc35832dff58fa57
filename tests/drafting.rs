//! What drafting may say: only what the facts say, with Russian verbs that agree with the
//! person, and formulaic sentences only when the user switched them on.

use jiff::Timestamp;
use jiff::civil::Date;
use pressdesk::draft::{new_release, redraft, set_fact};
use pressdesk::language::Language;
use pressdesk::language::gender::Gender;
use pressdesk::profile::Profile;
use pressdesk::release::Release;
use pressdesk::template::{FieldKind, Template, TemplateSet};

fn template(id: &str) -> Template {
    TemplateSet::built_in()
        .get(id)
        .cloned()
        .expect("a built-in template")
}

fn today() -> Date {
    Date::new(2026, 12, 5).unwrap()
}

fn now() -> Timestamp {
    "2026-12-05T09:00:00Z".parse().unwrap()
}

/// The whole drafted text of the `lang` version, one text a line.
fn text(release: &Release, lang: Language) -> String {
    let v = release.version(lang).unwrap();
    let mut out = vec![v.headline.text.clone(), v.lead.text.clone()];
    out.extend(v.paragraphs.iter().map(|p| p.text.clone()));
    out.push(v.background.text.clone());
    out.join("\n")
}

/// A delegation visit with its required facts and a host named `host_name`.
fn visit(lang: Language, host_name: &str) -> (Release, Template) {
    let template = template("delegation-visit");
    let profile = Profile::default();
    let mut release = new_release(&template, lang, &profile, today(), now());
    let facts: &[(&str, &str)] = match lang {
        Language::Ru => &[
            ("origin_short", "из Китая"),
            ("origin_full", "из города Мяньян провинции Сычуань (КНР)"),
            ("date", "05.12.2026"),
            ("sectors", "переработка сельхозпродукции и строительство"),
            ("context", "рост товарооборота между регионами"),
        ],
        Language::Kk => &[
            ("origin_short", "Қытайдан"),
            ("origin_full", "ҚХР Сычуань провинциясының Мяньян қаласынан"),
            ("date", "05.12.2026"),
            ("sectors", "ауыл шаруашылығы өнімдерін өңдеу және құрылыс"),
            ("context", "өңірлер арасындағы тауар айналымының өсуін"),
        ],
        Language::En => &[
            ("origin_short", "from China"),
            (
                "origin_full",
                "from the city of Mianyang, Sichuan Province, China",
            ),
            ("date", "05.12.2026"),
            ("sectors", "food processing and construction"),
            ("context", "the growth of trade between the regions"),
        ],
    };
    for (id, value) in facts {
        set_fact(&mut release, &template, &profile, id, lang, value);
    }
    let host = release
        .people
        .iter_mut()
        .find(|p| p.id == "official")
        .unwrap();
    host.name.set(lang, host_name);
    host.position.set(
        lang,
        match lang {
            Language::Ru => "Аким Жетысуской области",
            Language::Kk => "Жетісу облысының әкімі",
            Language::En => "Zhetysu Region Akim",
        },
    );
    redraft(&mut release, &template, &profile);
    (release, template)
}

#[test]
fn a_woman_host_meets_and_notes_in_the_feminine() {
    let (release, _) = visit(Language::Ru, "Айгерим Нурлановна Сейткали");
    let text = text(&release, Language::Ru);
    assert!(text.contains("встретилась с делегацией"), "{text}");
    assert!(text.contains("Сейткали отметила рост"), "{text}");
    assert!(!text.contains("встретился"), "{text}");
    assert!(!text.contains("отметил "), "{text}");
}

#[test]
fn a_man_host_meets_in_the_masculine() {
    let (release, _) = visit(Language::Ru, "Ерлан Қасымұлы Абенов");
    let text = text(&release, Language::Ru);
    assert!(text.contains("встретился с делегацией"), "{text}");
    assert!(text.contains("отметил рост"), "{text}");
}

#[test]
fn the_gender_the_user_sets_wins_over_the_name() {
    // A name that says nothing drafts the masculine form, as Russian names a post…
    let (mut release, template) = visit(Language::Ru, "Ли Сюэ");
    assert!(text(&release, Language::Ru).contains("встретился"));
    // …until the user says who she is.
    release
        .people
        .iter_mut()
        .find(|p| p.id == "official")
        .unwrap()
        .gender = Some(Gender::Feminine);
    redraft(&mut release, &template, &Profile::default());
    let text = text(&release, Language::Ru);
    assert!(text.contains("встретилась"), "{text}");
    assert!(text.contains("отметила"), "{text}");
}

#[test]
fn thanks_and_readiness_are_said_only_when_switched_on() {
    for lang in Language::ALL {
        let (mut release, template) = visit(lang, "Дархан Сатыбалды");
        let before = text(&release, lang).to_lowercase();
        for phrase in [
            "поблагодар",
            "готовност",
            "алғыс",
            "дайын",
            "thanked",
            "ready",
        ] {
            assert!(
                !before.contains(phrase),
                "{lang}: «{phrase}» unasked:\n{before}"
            );
        }
        let profile = Profile::default();
        set_fact(&mut release, &template, &profile, "thanks", lang, "on");
        let after = text(&release, lang).to_lowercase();
        let thanks = match lang {
            Language::Ru => "поблагодарили",
            Language::Kk => "алғыс білдірді",
            Language::En => "thanked",
        };
        assert!(after.contains(thanks), "{lang}:\n{after}");
        assert!(
            !after.contains("готовност") && !after.contains("ready"),
            "{after}"
        );
        set_fact(&mut release, &template, &profile, "thanks", lang, "");
        assert_eq!(text(&release, lang).to_lowercase(), before);
    }
}

#[test]
fn every_formulaic_sentence_of_the_genres_is_a_switch_that_starts_off() {
    // The claims a release must never make unasked, in any genre or language.
    let invented = [
        "поблагодарил",
        "скрепили",
        "выразили готовность",
        "thanked the hosts",
        "ready to",
        "алғыс айт",
        "дайын екен",
    ];
    for template in TemplateSet::built_in().templates {
        let switches: Vec<_> = template
            .facts
            .iter()
            .filter(|f| f.kind == FieldKind::Switch)
            .collect();
        for lang in Language::ALL {
            let release = new_release(&template, lang, &Profile::default(), today(), now());
            for spec in &switches {
                assert_eq!(release.fact(&spec.id, lang), "", "{} starts off", spec.id);
            }
            let text = text(&release, lang);
            for claim in invented {
                assert!(
                    !text.contains(claim),
                    "{} {lang} says «{claim}» unasked:\n{text}",
                    template.id
                );
            }
        }
    }
}

#[test]
fn an_official_who_offers_nothing_is_not_said_to_have_presented_anything() {
    let template = template("working-trip");
    let profile = Profile::default();
    for lang in Language::ALL {
        let release = new_release(&template, lang, &profile, today(), now());
        let text = text(&release, lang);
        for claim in [
            "инвестиционных возможностях",
            "инвестициялық мүмкіндік",
            "investment opportunities",
        ] {
            assert!(
                !text.contains(claim),
                "{lang}: «{claim}» without region_offer:\n{text}"
            );
        }
    }
}

#[test]
fn templates_with_broken_choices_are_refused_with_the_reason() {
    let mut template = template("delegation-visit");
    let ru = template.drafts.get_mut(&Language::Ru).unwrap();
    ru.headline =
        "{official.position} {official:встретился|встретилась|встретилось} с делегацией".into();
    let error = template.validate().unwrap_err().to_string();
    assert!(error.contains("masculine|feminine"), "{error}");

    let mut template = self::template("delegation-visit");
    let ru = template.drafts.get_mut(&Language::Ru).unwrap();
    ru.lead = "{thanks} {official.name}".into();
    let error = template.validate().unwrap_err().to_string();
    assert!(error.contains("switch"), "{error}");
}

/// A memorandum with its required facts, `count` documents signed.
fn memorandum(lang: Language, count: &str) -> Release {
    let template = template("memorandum");
    let profile = Profile::default();
    let mut release = new_release(&template, lang, &profile, today(), now());
    let facts: &[(&str, &str)] = match lang {
        Language::Ru => &[
            ("our_party", "Акимат Актюбинской области"),
            ("partner_party", "компания Kazakh Invest"),
            ("document", "три меморандума"),
            ("subject", "строительство трёх заводов"),
        ],
        Language::Kk => &[
            ("our_party", "Ақтөбе облысының әкімдігі"),
            ("partner_party", "Kazakh Invest компаниясы"),
            ("document", "үш меморандумға"),
            ("subject", "үш зауыт салуды"),
        ],
        Language::En => &[
            ("our_party", "The Aktobe Region Akimat"),
            ("partner_party", "Kazakh Invest"),
            ("document", "three memoranda"),
            ("subject", "the construction of three plants"),
        ],
    };
    for (id, value) in facts {
        set_fact(&mut release, &template, &profile, id, lang, value);
    }
    set_fact(&mut release, &template, &profile, "count", lang, count);
    release
}

#[test]
fn what_the_documents_provide_agrees_with_how_many_were_signed() {
    let cases = [
        (
            Language::Ru,
            "Документ предусматривает",
            "Документы предусматривают",
        ),
        (Language::Kk, "Құжат үш", "Құжаттар үш"),
        (
            Language::En,
            "The document provides",
            "The documents provide",
        ),
    ];
    for (lang, one, several) in cases {
        let text_of_one = text(&memorandum(lang, ""), lang);
        assert!(text_of_one.contains(one), "{lang}, one:\n{text_of_one}");
        let text_of_three = text(&memorandum(lang, "3"), lang);
        assert!(
            text_of_three.contains(several),
            "{lang}, three:\n{text_of_three}"
        );
        assert!(
            !text_of_three.contains(one),
            "{lang}, three:\n{text_of_three}"
        );
    }
    let en = text(&memorandum(Language::En, "3"), Language::En);
    assert!(en.contains("The documents were signed"), "{en}");
    // Twenty-one takes the singular in Russian, as CLDR says.
    let ru = text(&memorandum(Language::Ru, "21"), Language::Ru);
    assert!(ru.contains("Документ предусматривает"), "{ru}");
}

mod quotes {
    use super::*;
    use pressdesk::compose::compose;
    use pressdesk::export::to_text;
    use pressdesk::release::{AttributionStyle, Quote};

    /// The composed text of a woman-hosted visit with one quote of `style`.
    fn with_quote(lang: Language, words: &str, verb: &str, style: AttributionStyle) -> String {
        let (mut release, _) = visit(lang, "Айгерим Нурлановна Сейткали");
        release.version_mut(lang).unwrap().quotes.push(Quote {
            speaker: "official".into(),
            text: words.into(),
            verb: verb.into(),
            attribution: style,
            ..Quote::default()
        });
        let doc = compose(&release, lang, &Profile::default()).unwrap();
        to_text(&doc).replace(['\u{a0}', '\u{202f}'], " ")
    }

    #[test]
    fn reported_speech_reads_as_a_sentence_in_each_language() {
        let ru = with_quote(
            Language::Ru,
            "товарооборот между регионами растёт",
            "отметила",
            AttributionStyle::Reported,
        );
        assert!(
            ru.contains(
                "Как отметила Айгерим Нурлановна Сейткали, товарооборот между регионами растёт."
            ),
            "{ru}"
        );
        assert!(
            !ru.contains('«'),
            "reported speech has no quotation marks:\n{ru}"
        );
        let kk = with_quote(
            Language::Kk,
            "өңірлер арасындағы тауар айналымы өсіп келеді",
            "атап өтті",
            AttributionStyle::Reported,
        );
        assert!(
            kk.contains("Айгерим Нурлановна Сейткалиның айтуынша, өңірлер арасындағы"),
            "{kk}"
        );
        let en = with_quote(
            Language::En,
            "trade between the regions is growing",
            "noted",
            AttributionStyle::Reported,
        );
        assert!(
            en.contains(
                "Айгерим Нурлановна Сейткали noted that trade between the regions is growing."
            ),
            "{en}"
        );
    }

    #[test]
    fn a_quote_pasted_with_a_dialogue_dash_becomes_direct_speech() {
        let kk = with_quote(
            Language::Kk,
            "- Өткен жылы тауар айналымы өсті.",
            "деді",
            AttributionStyle::After,
        );
        assert!(
            kk.contains("«Өткен жылы тауар айналымы өсті», — деді"),
            "{kk}"
        );
        assert!(!kk.contains("«-") && !kk.contains("«—"), "{kk}");
    }
}

mod figures {
    use super::*;
    use pressdesk::compose::compose;
    use pressdesk::export::to_text;
    use pressdesk::language::Localized;
    use pressdesk::language::units::{Qualifier, Quantity, Scale, Unit};
    use pressdesk::release::{Placement, Quote, Statistic};
    use rust_decimal::Decimal;

    fn investment() -> Statistic {
        Statistic {
            label: Localized::from_pairs([
                (Language::Ru, "объём китайских инвестиций"),
                (Language::Kk, "Қытай инвестицияларының көлемі"),
                (Language::En, "Chinese investment"),
            ]),
            value: Decimal::from(500),
            quantity: Quantity {
                scale: Scale::Million,
                unit: Unit::UsDollar,
            },
            qualifier: Some(Qualifier::MoreThan),
            ..Statistic::default()
        }
    }

    fn composed(release: &Release, lang: Language) -> String {
        let doc = compose(release, lang, &Profile::default()).unwrap();
        to_text(&doc).replace(['\u{a0}', '\u{202f}'], " ")
    }

    #[test]
    fn a_qualified_figure_reads_right_in_each_language() {
        for (lang, expected) in [
            (
                Language::Ru,
                "Объём китайских инвестиций — более 500 млн долларов США.",
            ),
            (
                Language::Kk,
                "Қытай инвестицияларының көлемі 500 млн АҚШ долларынан астам болды.",
            ),
            (
                Language::En,
                "Chinese investment totalled more than USD 500 million.",
            ),
        ] {
            let (mut release, _) = visit(lang, "Айгерим Сейткали");
            release.statistics.push(investment());
            let text = composed(&release, lang);
            assert!(text.contains(expected), "{lang}:\n{text}");
        }
    }

    #[test]
    fn a_figure_follows_the_paragraph_it_was_placed_after_even_when_edited_and_moved() {
        let (mut release, _) = visit(Language::Ru, "Айгерим Сейткали");
        let sectors = release.versions[0]
            .paragraphs
            .iter()
            .find(|p| p.text.starts_with("Стороны обсудили"))
            .and_then(|p| p.anchor.clone())
            .expect("the sectors paragraph has an anchor");
        let mut figure = investment();
        figure.placement = Placement::After(sectors);
        release.statistics.push(figure);
        let version = &mut release.versions[0];
        let i = version
            .paragraphs
            .iter()
            .position(|p| p.text.starts_with("Стороны обсудили"))
            .unwrap();
        version.paragraphs[i].edit("Стороны обсудили строительство и логистику.");
        let moved = version.paragraphs.remove(i);
        version.paragraphs.insert(0, moved);
        let text = composed(&release, Language::Ru);
        let paragraphs: Vec<&str> = text.split("\n\n").collect();
        let at = paragraphs
            .iter()
            .position(|p| p.starts_with("Стороны обсудили строительство"))
            .unwrap();
        assert!(
            paragraphs[at + 1].starts_with("Объём китайских инвестиций — более 500"),
            "{text}"
        );
        assert_eq!(text.matches("более 500").count(), 1, "{text}");
    }

    #[test]
    fn a_figure_the_words_already_give_is_not_repeated() {
        let (mut release, _) = visit(Language::Ru, "Айгерим Сейткали");
        release.statistics.push(investment());
        release.versions[0].quotes.push(Quote {
            speaker: "official".into(),
            text: "Китай вложил в регион более 500 млн долларов".into(),
            verb: "отметила".into(),
            ..Quote::default()
        });
        let text = composed(&release, Language::Ru);
        assert_eq!(text.matches("500 млн").count(), 1, "{text}");
        assert!(!text.contains("Объём китайских инвестиций"), "{text}");
    }

    #[test]
    fn a_figure_only_for_the_table_stays_out_of_the_text() {
        let (mut release, _) = visit(Language::En, "Aigerim Seitkali");
        let mut figure = investment();
        figure.placement = Placement::NotInText;
        figure.in_table = true;
        release.statistics.push(figure);
        let text = composed(&release, Language::En);
        assert!(!text.contains("Chinese investment was"), "{text}");
        assert!(
            text.contains("Chinese investment"),
            "the table lists it:\n{text}"
        );
    }
}

mod presentation {
    use super::*;
    use pressdesk::compose::compose;
    use pressdesk::export::to_text;
    use pressdesk::language::Localized;
    use pressdesk::release::{Credit, DatelineStyle};

    fn press_service() -> Profile {
        Profile {
            signature: Localized::from_pairs([
                (Language::Ru, "Пресс-служба акимата Жетысуской области"),
                (Language::Kk, "Жетісу облысы әкімдігінің баспасөз қызметі"),
                (Language::En, "Press service of the Zhetysu Region Akimat"),
            ]),
            ..Profile::default()
        }
    }

    fn composed(release: &Release, lang: Language) -> String {
        let doc = compose(release, lang, &press_service()).unwrap();
        to_text(&doc).replace(['\u{a0}', '\u{202f}'], " ")
    }

    #[test]
    fn the_lead_credits_the_press_service_beside_or_instead_of_the_signature() {
        for (lang, ending) in [
            (
                Language::Ru,
                "(КНР), сообщает пресс-служба акимата Жетысуской области.",
            ),
            (
                Language::Kk,
                "қабылдады, деп хабарлайды Жетісу облысы әкімдігінің баспасөз қызметі.",
            ),
            (
                Language::En,
                "on 5 December 2026, the press service of the Zhetysu Region Akimat reports.",
            ),
        ] {
            let (mut release, _) = visit(lang, "Aigerim Seitkali");
            let signature = press_service().signature.get(lang).to_string();
            let plain = composed(&release, lang);
            assert!(
                !plain.contains(ending),
                "{lang}: credited unasked:\n{plain}"
            );
            release.version_mut(lang).unwrap().credit = Credit::LeadAndSignature;
            let both = composed(&release, lang);
            assert!(both.contains(ending), "{lang}:\n{both}");
            assert!(both.trim_end().ends_with(&signature), "{lang}:\n{both}");
            release.version_mut(lang).unwrap().credit = Credit::LeadOnly;
            let lead_only = composed(&release, lang);
            assert!(lead_only.contains(ending), "{lang}:\n{lead_only}");
            assert!(
                !lead_only.trim_end().ends_with(&signature),
                "{lang}: no signature at the end:\n{lead_only}"
            );
        }
    }

    #[test]
    fn an_agency_dateline_opens_the_lead() {
        let (mut release, _) = visit(Language::Ru, "Айгерим Сейткали");
        let version = release.version_mut(Language::Ru).unwrap();
        version.dateline.place = pressdesk::release::DraftText::typed("Талдыкорган");
        version.dateline.style = DatelineStyle::InLead;
        version.dateline.agency = "Казинформ".into();
        version.byline = "Алия Серікқызы".into();
        let text = composed(&release, Language::Ru);
        assert!(
            text.contains("ТАЛДЫКОРГАН, 5 декабря (Казинформ) — Аким Жетысуской области"),
            "{text}"
        );
        assert!(
            !text.contains("Талдыкорган, 5 декабря 2026 г."),
            "no second dateline:\n{text}"
        );
        assert!(text.contains("Алия Серікқызы"), "the byline:\n{text}");
    }
}

#[test]
fn a_memorandum_names_every_partner_signer() {
    use pressdesk::release::Person;
    let template = template("memorandum");
    let signers = [
        (
            "counterpart",
            "Ли Вэй",
            "председатель правления Zhongya Green Energy",
            "Li Wei",
            "chairman of Zhongya Green Energy",
        ),
        (
            "counterpart-2",
            "Ким Сухён",
            "губернатор провинции Кёнсан-Пукто",
            "Kim Su-hyun",
            "Governor of North Gyeongsang",
        ),
        (
            "counterpart-3",
            "Бахтиёр Рахимов",
            "хоким Ташкентской области",
            "Bakhtiyor Rakhimov",
            "Khokim of Tashkent Region",
        ),
    ];
    for lang in [Language::Ru, Language::En] {
        let mut release = memorandum(lang, "");
        for (id, ru_name, ru_position, en_name, en_position) in signers {
            if release.person(id).is_none() {
                release.people.push(Person {
                    id: id.into(),
                    ..Person::default()
                });
            }
            let person = release.people.iter_mut().find(|p| p.id == id).unwrap();
            let (name, position) = match lang {
                Language::En => (en_name, en_position),
                _ => (ru_name, ru_position),
            };
            person.name.set(lang, name);
            person.position.set(lang, position);
        }
        redraft(&mut release, &template, &Profile::default());
        let text = text(&release, lang);
        let expected = match lang {
            Language::Ru => {
                "председатель правления Zhongya Green Energy Ли Вэй, губернатор провинции Кёнсан-Пукто Ким Сухён и хоким Ташкентской области Бахтиёр Рахимов."
            }
            _ => {
                "Li Wei, chairman of Zhongya Green Energy; Kim Su-hyun, Governor of North Gyeongsang; and Bakhtiyor Rakhimov, Khokim of Tashkent Region."
            }
        };
        assert!(text.contains(expected), "{lang}:\n{text}");
    }
}

#[test]
fn a_visit_over_several_days_is_dated_as_a_run_of_days() {
    let template = template("delegation-visit");
    for (lang, expected) in [
        (
            Language::Ru,
            "3–5 декабря 2026 года встретилась с делегацией",
        ),
        (
            Language::Kk,
            "2026 жылғы 3–5 желтоқсан аралығында Жетісу облысының әкімі",
        ),
        (Language::En, "on 3–5 December 2026."),
    ] {
        let (mut release, _) = visit(lang, "Айгерим Нурлановна Сейткали");
        set_fact(
            &mut release,
            &template,
            &Profile::default(),
            "date",
            lang,
            "3–5.12.2026",
        );
        let text = text(&release, lang).replace('\u{a0}', " ");
        assert!(text.contains(expected), "{lang}:\n{text}");
    }
}
