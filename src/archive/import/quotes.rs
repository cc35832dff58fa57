//! Direct quotes in an imported text, with their attribution, as quotes of the release,
//! and the people they name as people of the release.

use crate::language::Language;
use crate::language::gender::Gender;
use crate::release::{AttributionStyle, Localized, Person, Quote, Release};

/// A paragraph that is a direct quote with its attribution after it, as a quote of the
/// release: the words, the verb (one the drafts know), and the speaker as the text names
/// them, so the page gives it back as it was:
///
/// - «…», — отметил аким области Дархан Сатыбалды.
/// - «…», — деді облыс әкімі Дархан Сатыбалды.
/// - “…,” said Akim Darkhan Satybaldy. (also with straight quotes)
///
/// Anything else stays a paragraph: the speaker before the verb ("…," the akim said) is
/// not how the page writes a quote, so it would not read the same.
pub fn quote_in(paragraph: &str, lang: Language, after_paragraph: usize) -> Option<Quote> {
    let (words, attribution) = match lang {
        Language::En => english_parts(paragraph.trim())?,
        Language::Ru | Language::Kk => {
            let rest = paragraph.trim().strip_prefix('«')?;
            let close = rest.rfind('»')?;
            let after = rest[close + '»'.len_utf8()..]
                .trim_start_matches(',')
                .trim_start()
                .strip_prefix(['—', '–'])?;
            (&rest[..close], after)
        }
    };
    let attribution = attribution.trim();
    let attribution = attribution.strip_suffix('.').unwrap_or(attribution).trim();
    let verb = crate::draft::attribution_verbs(lang)
        .iter()
        .filter(|verb| {
            attribution
                .strip_prefix(**verb)
                .is_some_and(|r| r.starts_with(' '))
        })
        .max_by_key(|verb| verb.len())?;
    let speaker = attribution[verb.len()..].trim();
    // A nested quotation or a second quote in the same paragraph is not one quote.
    let marks = ['«', '“', '"'];
    if speaker.is_empty() || words.contains(marks) || speaker.contains(marks) {
        return None;
    }
    Some(Quote {
        speaker: String::new(),
        speaker_as: speaker.to_string(),
        text: words.trim().to_string(),
        verb: verb.to_string(),
        after_paragraph,
        attribution: AttributionStyle::After,
    })
}

/// `“Words,” said …` → ("Words", "said …"). The comma the page puts inside the marks for a
/// statement is not part of the words; a question or exclamation mark is.
fn english_parts(paragraph: &str) -> Option<(&str, &str)> {
    let (open, close) = match paragraph.chars().next()? {
        '“' => ('“', '”'),
        '"' => ('"', '"'),
        _ => return None,
    };
    let rest = &paragraph[open.len_utf8()..];
    let end = rest.rfind(close)?;
    let words = rest[..end].trim_end();
    let words = words.strip_suffix(',').unwrap_or(words);
    Some((words, &rest[end + close.len_utf8()..]))
}

/// Words before a name in an attribution that end a position with a proper noun of their
/// own: «заместитель директора бюро города Мяньян Ху Хунцзюань» — Мяньян is the city's.
const BEFORE_A_PLACE: [&str; 16] = [
    "города",
    "области",
    "района",
    "провинции",
    "компании",
    "республики",
    "округа",
    "города,",
    "қаласының",
    "облысының",
    "ауданының",
    "провинциясының",
    "компаниясының",
    "of",
    "city",
    "province",
];

/// An attribution's speaker as a position and a name: the name is the capitalised words
/// at its end («аким области | Дархан Сатыбалды», "Akim | Darkhan Satybaldy"). `None`
/// when it ends in no name («глава региона»).
pub fn position_and_name(speaker: &str) -> Option<(String, String)> {
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let mut start = words.len();
    while start > 0 && capitalised(&words[start - 1]) && words.len() - start < 3 {
        start -= 1;
    }
    if start == words.len() {
        return None;
    }
    // Three capitalised words after «города»: the first is the city's name.
    if words.len() - start == 3
        && start > 0
        && BEFORE_A_PLACE.contains(&words[start - 1].to_lowercase().as_str())
    {
        start += 1;
    }
    // The position as written is the attribution's first word in English ("Akim Darkhan
    // Satybaldy"): a title capitalised before a name, not a third name.
    if start == 0 && words.len() == 3 && words[0].chars().all(char::is_alphabetic) {
        return Some((words[0].to_string(), words[1..].join(" ")));
    }
    Some((words[..start].join(" "), words[start..].join(" ")))
}

/// The people the release's quotes name, as people of the release, each quote linked to
/// its speaker: the same name in two versions is one person, and a quote attributed to a
/// post alone right after a named speaker's is theirs. The attribution keeps its
/// words (`speaker_as`), so the page reads as the original did. A Russian verb says the
/// speaker's gender («отметила»); nothing else is guessed.
pub fn link_speakers(release: &mut Release) {
    let mut people: Vec<Person> = Vec::new();
    for version in &mut release.versions {
        let lang = version.language;
        let mut previous: Option<String> = None;
        for quote in &mut version.quotes {
            let Some((position, name)) = position_and_name(&quote.speaker_as) else {
                // «…», — добавил глава области: after a named speaker's words, a post
                // alone is how a release names the same person again.
                if let Some(id) = &previous {
                    quote.speaker = id.clone();
                }
                continue;
            };
            let at = match people
                .iter()
                .position(|p| Language::ALL.iter().any(|l| p.name.get(*l) == name))
            {
                Some(at) => at,
                None => {
                    people.push(Person {
                        id: format!("speaker-{}", people.len() + 1),
                        name: Localized::default(),
                        position: Localized::default(),
                        short_name: Localized::default(),
                        gender: None,
                    });
                    people.len() - 1
                }
            };
            let person = &mut people[at];
            person.name.set(lang, name);
            if !position.is_empty() {
                person.position.set(lang, position);
            }
            if lang == Language::Ru && person.gender.is_none() {
                person.gender = Some(if quote.verb.ends_with('а') {
                    Gender::Feminine
                } else {
                    Gender::Masculine
                });
            }
            quote.speaker = person.id.clone();
            previous = Some(person.id.clone());
        }
    }
    release.people.extend(people);
}
