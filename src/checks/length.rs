//! Length: what newswire editors cut. Thresholds come from the profile.

use super::text::word_count;
use super::{Ctx, FieldRef, Findings};
use crate::compose::compose;

pub(super) fn run(ctx: &Ctx, out: &mut Findings) {
    let ui = ctx.ui;
    let limits = ctx.settings;
    for version in &ctx.release.versions {
        let lang = Some(version.language);

        let chars = version.headline.text.trim().chars().count();
        let max = limits.headline_max_chars;
        if chars > max {
            let message = say!(ui,
                ru: "Заголовок — {chars} знаков, больше {max}.",
                kk: "Тақырып — {chars} таңба, {max}-ден көп.",
                en: "The headline is {chars} characters, over {max}.",
            );
            out.push("length/headline", FieldRef::Headline, lang, message);
        }

        let words = word_count(&version.lead.text);
        let max = limits.lead_max_words;
        if words > max {
            let message = say!(ui,
                ru: "Лид — {words} слов, больше {max}.",
                kk: "Лид — {words} сөз, {max}-ден көп.",
                en: "The lead is {words} words, over {max}.",
            );
            out.push("length/lead", FieldRef::Lead, lang, message);
        }

        let max = limits.paragraph_max_chars;
        for (i, paragraph) in version.paragraphs.iter().enumerate() {
            let chars = paragraph.text.trim().chars().count();
            if chars > max {
                let n = i + 1;
                let message = say!(ui,
                    ru: "Абзац {n} — {chars} знаков, больше {max} (около пяти строк).",
                    kk: "{n}-абзац — {chars} таңба, {max}-ден көп (шамамен бес жол).",
                    en: "Paragraph {n} is {chars} characters, over {max} (about five lines).",
                );
                out.push("length/paragraph", FieldRef::Paragraph(i), lang, message);
            }
        }

        // The page as sent: statistics sentences, quotes with attributions and all.
        let Ok(document) = compose(ctx.release, version.language, ctx.profile) else {
            continue;
        };
        let words = document.word_count();
        let max = limits.release_max_words;
        if words > max {
            let message = say!(ui,
                ru: "Релиз — {words} слов, больше {max}.",
                kk: "Релиз — {words} сөз, {max}-ден көп.",
                en: "The release is {words} words, over {max}.",
            );
            out.push("length/release", FieldRef::Headline, lang, message);
        }
    }
}
