//! `pressdesk check --fix` on a text handed to the press office: the original stays as it
//! came, and a corrected copy is written beside it (`report.docx` → `report.corrected.docx`)
//! with every certain fix applied where it can be placed without doubt.
//!
//! A fix is a replacement found in one paragraph. In a plain text or Markdown file it is
//! made in that paragraph's block; in a Word file or a page, where paragraphs are not
//! plain blocks, only when the words occur exactly once in the file (a word split across
//! two formatting runs of a Word file cannot be found and is left, and listed). An email is
//! not rewritten: its text may be encoded.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use super::any_text::{TextFileError, extension_of, languages_of};
use super::{FieldRef, Finding};
use crate::language::Language;

/// What a corrected copy holds: where it was written, the fixes made and those that could
/// not be placed.
pub struct Corrected {
    pub path: PathBuf,
    pub applied: Vec<String>,
    pub left: Vec<String>,
}

/// The paragraph (counted over the whole text) each finding's fix belongs to: [`as_release`]
/// puts the text's paragraphs into one version per language, in order.
///
/// [`as_release`]: super::any_text::as_release
fn paragraph_of(paragraphs: &[String], language: Language, index: usize) -> Option<usize> {
    languages_of(paragraphs)
        .into_iter()
        .enumerate()
        .filter(|&(_, lang)| lang == language)
        .nth(index)
        .map(|(k, _)| k)
}

/// `report.docx` → `report.corrected.docx`.
pub fn copy_path(path: &Path) -> PathBuf {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("text");
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("txt");
    path.with_file_name(format!("{stem}.corrected.{extension}"))
}

/// Writes the corrected copy of `path` (whose paragraphs are `paragraphs`) with the fixes
/// of `findings`. `Ok(None)` when there is nothing to fix or the format is not rewritten.
pub fn write(
    path: &Path,
    paragraphs: &[String],
    findings: &[Finding],
) -> Result<Option<Corrected>, TextFileError> {
    let fixes: Vec<(usize, &super::Fix)> = findings
        .iter()
        .filter_map(|f| f.fix.as_ref())
        .filter_map(|fix| match fix.field {
            FieldRef::Paragraph(i) => Some((paragraph_of(paragraphs, fix.language, i)?, fix)),
            _ => None,
        })
        .collect();
    if fixes.is_empty() {
        return Ok(None);
    }
    let bytes =
        std::fs::read(path).map_err(|e| TextFileError::Unreadable(path.to_path_buf(), e))?;
    let (corrected, applied, left) = match extension_of(path).as_str() {
        "txt" | "md" => {
            let text =
                String::from_utf8(bytes).map_err(|_| TextFileError::NotUtf8(path.to_path_buf()))?;
            let (text, applied, left) = in_blocks(&text, &fixes);
            (text.into_bytes(), applied, left)
        }
        "html" | "htm" => {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let (text, applied, left) = once_in_file(&text, &fixes, html_escape);
            (text.into_bytes(), applied, left)
        }
        "docx" => {
            in_word_file(&bytes, &fixes).map_err(|_| TextFileError::NotWord(path.to_path_buf()))?
        }
        _ => return Ok(None),
    };
    if applied.is_empty() {
        return Ok(Some(Corrected {
            path: PathBuf::new(),
            applied,
            left,
        }));
    }
    let out = copy_path(path);
    crate::storage::write_atomic(&out, &corrected).map_err(TextFileError::NotWritten)?;
    Ok(Some(Corrected {
        path: out,
        applied,
        left,
    }))
}

type Outcome<T> = (T, Vec<String>, Vec<String>);

/// Plain text: each fix in its own paragraph's block (blocks are separated by blank lines,
/// as [`super::any_text::read_paragraphs`] reads them).
fn in_blocks(text: &str, fixes: &[(usize, &super::Fix)]) -> Outcome<String> {
    let normalised = text.replace("\r\n", "\n");
    let mut blocks: Vec<String> = normalised.split("\n\n").map(str::to_string).collect();
    // Which block holds which paragraph: the blocks with text, in order.
    let with_text: Vec<usize> = blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| !b.trim().is_empty())
        .map(|(i, _)| i)
        .collect();
    let (mut applied, mut left) = (Vec::new(), Vec::new());
    for (paragraph, fix) in fixes {
        let Some(&block) = with_text.get(*paragraph) else {
            left.push(fix.description.clone());
            continue;
        };
        let before = blocks[block].clone();
        blocks[block] = fix.replaced(&before);
        if blocks[block] == before {
            left.push(fix.description.clone());
        } else {
            applied.push(fix.description.clone());
        }
    }
    (blocks.join("\n\n"), applied, left)
}

/// Markup: each replacement where its words (as the markup writes them) occur exactly once.
fn once_in_file(
    text: &str,
    fixes: &[(usize, &super::Fix)],
    escape: fn(&str) -> String,
) -> Outcome<String> {
    let mut out = text.to_string();
    let (mut applied, mut left) = (Vec::new(), Vec::new());
    for (_, fix) in fixes {
        let mut changed = false;
        for (from, to) in &fix.replacements {
            let (from, to) = (escape(from), escape(to));
            if !from.is_empty() && out.matches(from.as_str()).count() == 1 {
                out = out.replacen(from.as_str(), &to, 1);
                changed = true;
            }
        }
        if changed {
            applied.push(fix.description.clone());
        } else {
            left.push(fix.description.clone());
        }
    }
    (out, applied, left)
}

/// Text as XML and HTML write it between tags.
fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A Word file: the fixes in `word/document.xml`, every other part copied as it is.
fn in_word_file(
    bytes: &[u8],
    fixes: &[(usize, &super::Fix)],
) -> Result<Outcome<Vec<u8>>, zip::result::ZipError> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))?;
    let mut document = String::new();
    archive
        .by_name("word/document.xml")?
        .read_to_string(&mut document)?;
    let (document, applied, left) = once_in_file(&document, fixes, html_escape);
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let entry = archive.by_index_raw(i)?;
        let name = entry.name()?.to_string();
        if name == "word/document.xml" {
            drop(entry);
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            out.start_file(name, options)?;
            out.write_all(document.as_bytes())?;
        } else {
            out.raw_copy_file(entry)?;
        }
    }
    let written = out.finish()?.into_inner();
    Ok((written, applied, left))
}
