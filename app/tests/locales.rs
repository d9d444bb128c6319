//! Every locale has exactly the messages of bokmål (the fallback), with the same placeholders.
//! A missing, extra or mistyped message fails here, before any user sees a raw id.

use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::{Path, PathBuf},
};

use app::i18n::{Lang, DOMAIN};
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

/// message id → the placeholders its value and attributes use.
fn messages(lang: &str) -> BTreeMap<String, Placeholders> {
    let path = locales_dir().join(lang).join(format!("{DOMAIN}.ftl"));
    let source = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = fluent_syntax::parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", path.display()));
    let mut out = BTreeMap::new();
    for entry in resource.body {
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
            let previous = out.insert(message.id.name.to_string(), placeholders);
            assert!(
                previous.is_none(),
                "{lang}: {} is defined twice",
                message.id.name
            );
        }
    }
    out
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
    assert!(reference.len() > 20, "bokmål looks truncated");
    let mut problems = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::DEFAULT) {
        let theirs = messages(lang.code());
        for (id, placeholders) in &reference {
            match theirs.get(id) {
                None => problems.push(format!("{}: missing {id}", lang.code())),
                Some(p) if p != placeholders => problems.push(format!(
                    "{}: {id} uses {p:?}, bokmål uses {placeholders:?}",
                    lang.code()
                )),
                Some(_) => {}
            }
        }
        for id in theirs.keys().filter(|id| !reference.contains_key(*id)) {
            problems.push(format!("{}: {id} is not in bokmål", lang.code()));
        }
    }
    assert!(
        problems.is_empty(),
        "locale problems:\n{}",
        problems.join("\n")
    );
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
