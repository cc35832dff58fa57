//! Photos: each has a caption in every language version, a description for readers who
//! cannot see it, enough pixels for print; and the email draft they make stays under the
//! size mail servers accept. Read from the release alone (sizes recorded when each photo
//! was added), so the checks never open a picture.

use super::figures::version_name;
use super::{Ctx, FieldRef, Findings};
use crate::export::LARGE_MESSAGE_BYTES;
use crate::photos::{EMAIL_MAX_BYTES, PRINT_MAX_BYTES};

/// A photo's longer side below this many pixels prints soft at text width (about 16 cm
/// at 190 dpi).
pub const PRINT_MIN_PX: u32 = 1200;

pub(super) fn run(ctx: &Ctx, out: &mut Findings) {
    let ui = ctx.ui;
    for (i, photo) in ctx.release.photos.iter().enumerate() {
        let n = i + 1;
        let captioned: Vec<_> = ctx
            .release
            .versions
            .iter()
            .filter(|v| !photo.caption.get(v.language).trim().is_empty())
            .map(|v| v.language)
            .collect();
        for version in &ctx.release.versions {
            let lang = version.language;
            if !captioned.contains(&lang) {
                match captioned.first() {
                    None => {
                        let message = say!(ui,
                            ru: "Фото {n} без подписи: скажите, кто и что на снимке.",
                            kk: "{n}-суретте қолтаңба жоқ: суретте кім және не бар екенін жазыңыз.",
                            en: "Photo {n} has no caption: say who and what it shows.",
                        );
                        out.push(
                            "photos/no-caption",
                            FieldRef::PhotoCaption(i),
                            Some(lang),
                            message,
                        );
                    }
                    Some(&other) => {
                        let (here, there) = (version_name(lang, ui), version_name(other, ui));
                        let message = say!(ui,
                            ru: "Фото {n}: нет подписи в {here}, хотя в {there} она есть.",
                            kk: "{n}-сурет: {here} қолтаңба жоқ, ал {there} бар.",
                            en: "Photo {n} has no caption in {here}, though {there} has one.",
                        );
                        out.push(
                            "photos/caption-missing",
                            FieldRef::PhotoCaption(i),
                            Some(lang),
                            message,
                        );
                    }
                }
            } else if photo.alt.get(lang).trim().is_empty() {
                let message = say!(ui,
                    ru: "Фото {n}: нет описания для тех, кто не видит снимок; вместо него прочтут подпись.",
                    kk: "{n}-сурет: суретті көрмейтіндерге сипаттама жоқ; оның орнына қолтаңба оқылады.",
                    en: "Photo {n} has no alt text for readers who cannot see it; the caption is read instead.",
                );
                out.push("photos/no-alt", FieldRef::PhotoAlt(i), Some(lang), message);
            }
        }
        let longer = photo.width.max(photo.height);
        if longer > 0 && longer < PRINT_MIN_PX {
            let (width, height, min) = (photo.width, photo.height, PRINT_MIN_PX);
            let message = say!(ui,
                ru: "Фото {n} — {width}×{height} точек: для печати на всю ширину нужно от {min}, в газете снимок выйдет нечётким.",
                kk: "{n}-сурет — {width}×{height} нүкте: толық енімен басу үшін кемінде {min} керек, газетте анық шықпайды.",
                en: "Photo {n} is {width}×{height} pixels: printing it at full width needs {min} or more, or it comes out soft.",
            );
            out.push("photos/small-for-print", FieldRef::Photo(i), None, message);
        }
    }
    let estimate = email_bytes(ctx);
    if estimate > LARGE_MESSAGE_BYTES as u64 && !ctx.release.photos.is_empty() {
        let mb = estimate.div_ceil(1024 * 1024);
        let message = say!(ui,
            ru: "Письмо с фотографиями выйдет около {mb} МБ: многие почтовые серверы не принимают больше 20 МБ. Уберите часть снимков или отправьте оригиналы отдельно.",
            kk: "Суреттері бар хат шамамен {mb} МБ болады: көп пошта серверлері 20 МБ-тан асқанын қабылдамайды. Суреттердің бір бөлігін алып тастаңыз немесе түпнұсқаларын бөлек жіберіңіз.",
            en: "The email with its photos will be about {mb} MB: many mail servers refuse more than 20 MB. Take some photos out or send the originals separately.",
        );
        let last = ctx.release.photos.len() - 1;
        out.push(
            "photos/email-too-large",
            FieldRef::Photo(last),
            None,
            message,
        );
    }
}

/// What the email draft will weigh, from the recorded sizes: each photo's original
/// attached, its print copy inside the attached DOCX, its email copy in the body, all
/// base64 (4 bytes for 3), and about 100 KB of text and DOCX besides.
fn email_bytes(ctx: &Ctx) -> u64 {
    let photos: u64 = ctx
        .release
        .photos
        .iter()
        .map(|p| {
            p.bytes + p.bytes.min(PRINT_MAX_BYTES as u64) + (EMAIL_MAX_BYTES as u64).min(p.bytes)
        })
        .sum();
    (photos + 100 * 1024) * 4 / 3
}
