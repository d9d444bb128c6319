//! Every locale has exactly the messages of bokmål (the fallback), with the same placeholders.
//! A missing, extra or mistyped message fails here, before any user sees a raw id; so does a message
//! that no page uses.

use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::{Path, PathBuf},
};

use app::i18n::{Lang, TranslationStatus, DOMAIN};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

type Placeholders = BTreeSet<String>;

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

fn collect_pattern(pattern: &Pattern<&str>, out: &mut Placeholders) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expression(expression, out);
        }
    }
}

fn collect_expression(expression: &Expression<&str>, out: &mut Placeholders) {
    match expression {
        Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            for variant in variants {
                collect_pattern(&variant.value, out);
            }
        }
        Expression::Inline(inline) => collect_inline(inline, out),
    }
}

fn collect_inline(inline: &InlineExpression<&str>, out: &mut Placeholders) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(format!("${}", id.name));
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                collect_inline(arg, out);
            }
            for arg in &arguments.named {
                collect_inline(&arg.value, out);
            }
        }
        InlineExpression::MessageReference { id, .. } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::TermReference { id, .. } => {
            out.insert(format!("-{}", id.name));
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, out),
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
    }
}

/// The group comment (`## staff-only`) after which a locale's messages belong to the staff
/// area, which speaks only `Lang::STAFF`.
const STAFF_SECTION: &str = "staff-only";

/// One locale's messages: id → the placeholders its value and attributes use, split into the
/// public part every language has and the staff part only staff languages have.
struct Locale {
    public: BTreeMap<String, Placeholders>,
    staff: BTreeMap<String, Placeholders>,
}

fn messages(lang: &str) -> Locale {
    let path = locales_dir().join(lang).join(format!("{DOMAIN}.ftl"));
    let source = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = fluent_syntax::parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", path.display()));
    let mut locale = Locale {
        public: BTreeMap::new(),
        staff: BTreeMap::new(),
    };
    let mut in_staff = false;
    for entry in resource.body {
        if let Entry::GroupComment(comment) = &entry {
            in_staff |= comment
                .content
                .first()
                .is_some_and(|c| c.trim() == STAFF_SECTION);
        }
        if let Entry::Message(message) = entry {
            let mut placeholders = Placeholders::new();
            let value = message.value.as_ref();
            assert!(value.is_some(), "{lang}: {} has no value", message.id.name);
            if let Some(value) = value {
                collect_pattern(value, &mut placeholders);
            }
            for attribute in &message.attributes {
                collect_pattern(&attribute.value, &mut placeholders);
            }
            let id = message.id.name.to_string();
            assert!(
                !locale.public.contains_key(&id) && !locale.staff.contains_key(&id),
                "{lang}: {id} is defined twice"
            );
            let out = if in_staff {
                &mut locale.staff
            } else {
                &mut locale.public
            };
            out.insert(id, placeholders);
        }
    }
    locale
}

/// Every difference between a locale's messages and bokmål's, one line each.
fn compare(
    lang: &str,
    part: &str,
    reference: &BTreeMap<String, Placeholders>,
    theirs: &BTreeMap<String, Placeholders>,
) -> Vec<String> {
    let mut problems = Vec::new();
    for (id, placeholders) in reference {
        match theirs.get(id) {
            None => problems.push(format!("{lang}: missing {part} message {id}")),
            Some(p) if p != placeholders => problems.push(format!(
                "{lang}: {id} uses {p:?}, bokmål uses {placeholders:?}"
            )),
            Some(_) => {}
        }
    }
    for id in theirs.keys().filter(|id| !reference.contains_key(*id)) {
        problems.push(format!(
            "{lang}: {part} message {id} is not in bokmål's {part} part"
        ));
    }
    problems
}

#[test]
fn the_locale_folders_are_the_supported_languages() {
    let mut folders: Vec<String> = fs::read_dir(locales_dir())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let mut supported: Vec<String> = Lang::ALL.iter().map(|l| l.code().to_string()).collect();
    supported.sort();
    assert_eq!(folders, supported);
}

#[test]
fn every_locale_has_every_message_with_the_same_placeholders() {
    let reference = messages(Lang::DEFAULT.code());
    assert!(reference.public.len() > 100, "bokmål looks truncated");
    assert!(
        reference.staff.len() > 100,
        "bokmål's staff part looks truncated"
    );
    let mut problems = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::DEFAULT) {
        let theirs = messages(lang.code());
        let code = lang.code();
        problems.extend(compare(code, "public", &reference.public, &theirs.public));
        // Staff languages carry the staff part too; the others must not (nobody would see it,
        // and nobody should have to translate it).
        let staff_reference = if lang.is_staff() {
            reference.staff.clone()
        } else {
            BTreeMap::new()
        };
        problems.extend(compare(code, "staff", &staff_reference, &theirs.staff));
    }
    assert!(
        problems.is_empty(),
        "locale problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_comparison_notices_missing_extra_and_changed_messages() {
    let parse = |source: &str| {
        let resource = fluent_syntax::parser::parse(source).unwrap();
        let mut out = BTreeMap::new();
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let mut p = Placeholders::new();
                collect_pattern(m.value.as_ref().unwrap(), &mut p);
                out.insert(m.id.name.to_string(), p);
            }
        }
        out
    };
    let nb = parse("a = { $name } kom\nb = ja\n");
    let xx = parse("a = kom\nc = extra\n");
    let problems = compare("xx", "public", &nb, &xx);
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(compare("xx", "public", &nb, &nb).is_empty());
}

#[test]
fn the_readme_lists_every_language_with_its_translation_status() {
    let readme = fs::read_to_string(locales_dir().join("../README.md")).unwrap();
    for lang in Lang::ALL {
        let status = match lang.translation_status() {
            TranslationStatus::Original => "original",
            TranslationStatus::Reviewed => "reviewed",
            TranslationStatus::NotReviewed => "not reviewed",
        };
        let row = format!("| `{}` | {} | {status} |", lang.code(), lang.native_name());
        assert!(
            readme.lines().any(|l| l.starts_with(&row)),
            "README.md lacks the row starting {row}"
        );
    }
}

#[test]
fn the_check_notices_a_missing_placeholder() {
    // The checker itself must be able to fail: a message that drops its variable differs.
    let source = "a = { $name } kom\n";
    let resource = fluent_syntax::parser::parse(source).unwrap();
    let mut with = Placeholders::new();
    if let Entry::Message(m) = &resource.body[0] {
        collect_pattern(m.value.as_ref().unwrap(), &mut with);
    }
    assert_eq!(with, BTreeSet::from(["$name".to_string()]));
}

/// The Rust sources under `dir`, read whole.
fn sources(dir: &Path, out: &mut String) {
    for entry in fs::read_dir(dir).unwrap().filter_map(|e| e.ok()) {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push_str(&fs::read_to_string(&path).unwrap());
        }
    }
}

/// The ids that no source names as a string literal. Every message is looked up by its literal
/// id (`t!` checks them at compile time), so an id found nowhere is one translators pay for and
/// nobody reads.
fn unused<'a>(ids: impl Iterator<Item = &'a String>, source: &str) -> Vec<String> {
    ids.filter(|id| !source.contains(&format!("\"{id}\"")))
        .cloned()
        .collect()
}

#[test]
fn every_message_is_used() {
    let mut source = String::new();
    for crate_dir in ["src", "../server/src"] {
        sources(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join(crate_dir),
            &mut source,
        );
    }
    let reference = messages(Lang::DEFAULT.code());
    let ids = reference.public.keys().chain(reference.staff.keys());
    let unused = unused(ids, &source);
    assert!(unused.is_empty(), "messages nobody uses: {unused:?}");
}

#[test]
fn the_usage_check_notices_an_unused_message() {
    let ids = ["nav-home".to_string(), "never-shown".to_string()];
    let source = r#"t!(i18n, "nav-home")"#;
    assert_eq!(unused(ids.iter(), source), ["never-shown"]);
}
