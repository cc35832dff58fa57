//! Suggested file names: `2026-11-28_akim-vstretilsya-s-delegaciey.docx`.
//!
//! ASCII only, so the name survives every mail system, archive tool and Windows share.

use jiff::civil::Date;

/// Longest slug, in characters; the name stays readable in a file dialog.
const MAX_SLUG: usize = 60;
/// Used when the headline has nothing to transliterate.
const FALLBACK: &str = "press-release";

/// A file name from the release date and headline, with `extension` (`"docx"` or `".docx"`).
///
/// The slug is the headline transliterated to lower-case ASCII, words joined by hyphens, cut
/// at a word boundary after at most 60 characters. The result never is empty, never is a
/// reserved Windows device name, and holds only `[a-z0-9._-]`.
pub fn suggested_file_name(doc_date: Option<Date>, headline: &str, extension: &str) -> String {
    let mut slug = slug(headline);
    if slug.is_empty() {
        slug = FALLBACK.to_string();
    }
    let mut name = match doc_date {
        Some(date) => format!("{date}_{slug}"),
        None => slug,
    };
    if is_reserved_on_windows(&name) {
        name.push_str("-release");
    }
    let extension = clean_extension(extension);
    if !extension.is_empty() {
        name.push('.');
        name.push_str(&extension);
    }
    name
}

/// The headline without the `[field]` placeholders a draft shows for facts not yet filled
/// in: a file named after «[Принимающая сторона: должность]» tells nobody anything.
fn without_placeholders(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '[' => depth += 1,
            ']' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Lower-case ASCII words joined by single hyphens.
fn slug(text: &str) -> String {
    let text = without_placeholders(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        // Only letters and digits are transliterated: any_ascii spells symbols out
        // (`№` as "No", emoji as ":grinning:"), which has no place in a file name.
        if c.is_alphanumeric() {
            match transliterate(c) {
                Some(s) => out.push_str(s),
                None => {
                    let ascii = any_ascii::any_ascii_char(c);
                    out.extend(ascii.chars().filter(char::is_ascii_alphanumeric));
                }
            }
        } else if !matches!(c, '\'' | '’' | 'ʼ') {
            // Apostrophes join a word (o'z → oz); everything else separates words.
            out.push('-');
        }
    }
    let words: Vec<&str> = out.split('-').filter(|w| !w.is_empty()).collect();
    let mut slug = String::new();
    for word in words {
        let word = word.to_ascii_lowercase();
        let extra = usize::from(!slug.is_empty()) + word.len();
        if slug.len() + extra > MAX_SLUG {
            if slug.is_empty() {
                // One word longer than the limit: cut it rather than lose it.
                slug.extend(word.chars().take(MAX_SLUG));
            }
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&word);
    }
    slug
}

/// Russian and Kazakh letters spelt the way Kazakhstani press services write them in Latin
/// (ц → c, й → y, the Kazakh letters without digraphs), where any_ascii would give
/// ts/gh/q/ng or an apostrophe for ъ and ь.
fn transliterate(c: char) -> Option<&'static str> {
    Some(match c {
        'ә' => "a",
        'ғ' => "g",
        'қ' => "k",
        'ң' => "n",
        'ө' => "o",
        'ұ' | 'ү' => "u",
        'һ' => "h",
        'і' => "i",
        'ё' => "e",
        'й' => "y",
        'х' => "kh",
        'ц' => "c",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'э' => "e",
        'ю' => "yu",
        'я' => "ya",
        _ => return None,
    })
}

/// CON, PRN, AUX, NUL, COM0–9, LPT0–9 name devices on Windows, with any extension.
pub fn is_reserved_on_windows(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or(name).to_ascii_uppercase();
    match stem.as_str() {
        "CON" | "PRN" | "AUX" | "NUL" => true,
        s if s.len() == 4 && (s.starts_with("COM") || s.starts_with("LPT")) => {
            s.as_bytes()[3].is_ascii_digit()
        }
        _ => false,
    }
}

/// `".DOCX"` → `"docx"`; keeps letters, digits and inner dots (`tar.gz`).
fn clean_extension(extension: &str) -> String {
    let kept: String = extension
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '.')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    kept.split('.')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(".")
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn russian_headline_with_date() {
        assert_eq!(
            suggested_file_name(
                Some(date(2026, 11, 28)),
                "Аким встретился с\u{A0}делегацией",
                "docx"
            ),
            "2026-11-28_akim-vstretilsya-s-delegaciey.docx"
        );
    }

    #[test]
    fn placeholders_of_unfilled_facts_stay_out_of_the_name() {
        let date = Date::new(2026, 11, 28).unwrap();
        assert_eq!(
            suggested_file_name(
                Some(date),
                "[Принимающая сторона: должность] встретился с делегацией [Откуда]",
                "docx"
            ),
            "2026-11-28_vstretilsya-s-delegaciey.docx"
        );
        assert_eq!(
            suggested_file_name(None, "[Заголовок]", "html"),
            "press-release.html"
        );
    }

    #[test]
    fn kazakh_letters() {
        assert_eq!(
            suggested_file_name(
                None,
                "Әкім Қытай делегациясын қабылдады: ғылым, өнер, үй, Һ, іс, ұлт, ң",
                ".HTML"
            ),
            "akim-kytay-delegaciyasyn-kabyldady-gylym-oner-uy-h-is-ult-n.html"
        );
    }

    #[test]
    fn long_headline_is_cut_at_a_word() {
        let name = suggested_file_name(
            None,
            "Делегация провинции Цзянсу обсудила в Туркестане сотрудничество в сфере туризма и сельского хозяйства",
            "txt",
        );
        let slug = name.strip_suffix(".txt").unwrap();
        assert!(slug.len() <= MAX_SLUG, "{slug}");
        assert!(!slug.ends_with('-'));
        assert_eq!(slug, "delegaciya-provincii-czyansu-obsudila-v-turkestane");
    }

    #[test]
    fn one_huge_word_is_cut_hard() {
        let name = suggested_file_name(None, &"а".repeat(500), "");
        assert_eq!(name, "a".repeat(MAX_SLUG));
    }

    #[test]
    fn never_empty_never_reserved() {
        assert_eq!(suggested_file_name(None, "", "docx"), "press-release.docx");
        assert_eq!(
            suggested_file_name(None, "«» — !!! 😀", "docx"),
            "press-release.docx"
        );
        assert_eq!(suggested_file_name(None, "CON", "txt"), "con-release.txt");
        assert_eq!(suggested_file_name(None, "lpt1", ""), "lpt1-release");
        assert_eq!(suggested_file_name(None, "COM10", "txt"), "com10.txt");
        assert_eq!(
            suggested_file_name(None, r#"a<b>c:d"e/f\g|h?i*j. "#, " .d o c x. "),
            "a-b-c-d-e-f-g-h-i-j.docx"
        );
    }

    #[test]
    fn only_safe_characters() {
        for headline in [
            "Ｔｅｓｔ ｆｕｌｌｗｉｄｔｈ",
            "你好 мир",
            "ß Straße",
            "x\u{0}y\u{202E}z",
        ] {
            let name = suggested_file_name(None, headline, "docx");
            assert!(
                name.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c)),
                "{name}"
            );
        }
    }
}
