//! docs/drafting.md says, per genre and language, which facts make which sentence. It is
//! written from the built-in templates, so it cannot drift from them: this test fails when
//! a template changes and the document does not. `PRESSDESK_BLESS=1 cargo test --test
//! drafting_doc` writes it anew.

use std::fmt::Write;
use std::path::Path;

use pressdesk::language::Language;
use pressdesk::pattern::Pattern;
use pressdesk::template::{FieldKind, Template, TemplateSet};

fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

fn genre(out: &mut String, template: &Template) {
    let _ = writeln!(
        out,
        "\n## `{}` — {} / {} / {}\n",
        template.id,
        template.name.get(Language::Ru),
        template.name.get(Language::Kk),
        template.name.get(Language::En)
    );
    let switches: Vec<_> = template
        .facts
        .iter()
        .filter(|f| f.kind == FieldKind::Switch)
        .collect();
    if !switches.is_empty() {
        out.push_str("Switches, off until the user ticks them:\n\n");
        for switch in switches {
            let _ = writeln!(out, "- `{}`: {}", switch.id, switch.hint.get(Language::En));
        }
        out.push('\n');
    }
    for lang in Language::ALL {
        let Some(drafts) = template.drafts.get(&lang) else {
            continue;
        };
        let _ = writeln!(
            out,
            "### {lang}\n\n| text | facts it uses | pattern |\n|---|---|---|"
        );
        for (key, text) in drafts.patterns() {
            if text.trim().is_empty() {
                continue;
            }
            let pattern = Pattern::parse(text).expect("built-in patterns parse");
            let mut facts: Vec<String> = Vec::new();
            for slot in pattern.slots() {
                let required = template.fact(slot).is_some_and(|f| f.required)
                    || slot
                        .split_once('.')
                        .and_then(|(role, _)| template.role(role))
                        .is_some_and(|r| r.required);
                let shown = if template.role(slot).is_some() {
                    format!("{slot} (gender)")
                } else if required {
                    format!("**{slot}**")
                } else {
                    slot.to_string()
                };
                if !facts.contains(&shown) {
                    facts.push(shown);
                }
            }
            let _ = writeln!(out, "| {key} | {} | `{}` |", facts.join(", "), cell(text));
        }
        out.push('\n');
    }
}

fn document() -> String {
    let mut out = String::from(
        "# Which facts make which sentence\n\n\
         Written from `assets/templates/` by `tests/drafting_doc.rs`; do not edit by hand\n\
         (`PRESSDESK_BLESS=1 cargo test --test drafting_doc` writes it anew).\n\n\
         A sentence is drafted only from the facts it names. How to read a pattern:\n\n\
         - `{fact}`: the value as typed (dates written out per language). Outside `[ … ]` an\n\
         \u{20}\u{20}empty value shows as a placeholder the checks find; **bold** facts are required.\n\
         - `[ … ]`: left out whole when a fact inside it is empty — never replaced by a general claim.\n\
         - `{person:masculine|feminine}`: the form agreeing with the person's gender.\n\
         - `{count:one|few|many}`: the form for the number (CLDR plural categories).\n\
         - `{switch:sentence}`: the sentence, only when the user ticked the switch.\n\
         - `{role.all}`: everyone filling a role of several people, as one list;\n\
         \u{20}\u{20}`{role.and}` the same list continuing one begun before it (и A / , A, B и C).\n",
    );
    let set = TemplateSet::built_in();
    let mut templates = set.templates.clone();
    templates.sort_by(|a, b| a.id.cmp(&b.id));
    for template in templates.iter().filter(|t| !t.drafts.is_empty()) {
        genre(&mut out, template);
    }
    out.push_str("\n`blank` drafts nothing: every sentence is the user's.\n");
    out
}

#[test]
fn docs_say_which_facts_make_which_sentence() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/drafting.md");
    let fresh = document();
    if std::env::var_os("PRESSDESK_BLESS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    let written = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        written == fresh,
        "docs/drafting.md is not what the templates draft; run \
         PRESSDESK_BLESS=1 cargo test --test drafting_doc and commit it"
    );
}
