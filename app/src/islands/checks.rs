//! The checks a form gets in the browser before it is sent: a required field left empty, an
//! e-mail address or a Norwegian mobile number that the server would refuse. They say what the
//! server would say (each field's own message, already on the page) and spare a young person on
//! a slow line the round trip; the server still checks everything.
//!
//! Plain string checks, the same rules as the domain's (`contact_request::normalize_mobile`,
//! `staff::normalize_email`): no `regex` crate in the WASM. A test on the server compares them.

/// Whether the server would take `raw` as a mobile number: 8 digits starting with 4 or 9, with
/// or without +47/0047, or another country's number written with + (8 to 15 digits).
pub fn is_mobile(raw: &str) -> bool {
    let compact: String = raw
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')'))
        .collect();
    let (international, digits) = match compact.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => match compact.strip_prefix("00") {
            Some(rest) => (true, rest),
            None => (false, compact.as_str()),
        },
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let norwegian = |national: &str| national.len() == 8 && national.starts_with(['4', '9']);
    match (international, digits.strip_prefix("47")) {
        (false, _) => norwegian(digits),
        (true, Some(national)) => norwegian(national),
        (true, None) => (8..=15).contains(&digits.len()),
    }
}

/// Whether the server would take `raw` as an e-mail address.
pub fn is_email(raw: &str) -> bool {
    let email = raw.trim();
    email.len() <= 254
        && !email.chars().any(char::is_whitespace)
        && email.split_once('@').is_some_and(|(local, host)| {
            !local.is_empty()
                && host.contains('.')
                && !host.starts_with('.')
                && !host.ends_with('.')
                && !host.contains('@')
        })
}

/// Whether a field's value would be refused: `kind` is the input's type.
pub fn refused(kind: &str, required: bool, value: &str) -> bool {
    let value = value.trim();
    if value.is_empty() {
        return required;
    }
    match kind {
        "email" => !is_email(value),
        "tel" => !is_mobile(value),
        _ => false,
    }
}

/// Checks the form of the pressed button; marks each refused field (its message shown, the
/// input `aria-invalid`), writes the error summary above the form and moves focus to it.
/// Returns whether the form may be sent.
#[cfg(feature = "hydrate")]
pub fn check_form(button: &web_sys::HtmlButtonElement, summary_title: &str) -> bool {
    use leptos::wasm_bindgen::JsCast;
    use web_sys::{Element, HtmlInputElement};

    let Some(form) = button.form() else {
        return true;
    };
    let Ok(inputs) = form.query_selector_all("input[required], input[type=email], input[type=tel]")
    else {
        return true;
    };
    let document = leptos::prelude::document();
    let mut problems: Vec<(String, String)> = Vec::new();
    for n in 0..inputs.length() {
        let Some(input) = inputs
            .item(n)
            .and_then(|node| node.dyn_into::<HtmlInputElement>().ok())
        else {
            continue;
        };
        let id = input.id();
        // Only fields that carry the server's message for them can be explained.
        let Some(message) = document.get_element_by_id(&format!("{id}-error")) else {
            continue;
        };
        let field = input.closest(".field").ok().flatten();
        let mark = |field: &Option<Element>, on: bool| {
            if let Some(field) = field {
                let _ = if on {
                    field.class_list().add_1("field--error")
                } else {
                    field.class_list().remove_1("field--error")
                };
            }
        };
        if refused(&input.type_(), input.required(), &input.value()) {
            let _ = input.set_attribute("aria-invalid", "true");
            let _ = input.set_attribute("aria-describedby", &message.id());
            let _ = message.remove_attribute("hidden");
            mark(&field, true);
            problems.push((id, message.text_content().unwrap_or_default()));
        } else {
            let _ = input.remove_attribute("aria-invalid");
            let _ = message.set_attribute("hidden", "");
            mark(&field, false);
        }
    }
    // Groups no single input can judge: a choice of radio buttons (`data-choice` names them) and
    // «one of these» (`data-one-of` lists the inputs' ids; the summary links to `data-anchor`),
    // each on its message element. Checked
    // with the fields, so every mistake is said at once, as the server says them.
    if let Ok(groups) = form.query_selector_all("[data-choice], [data-one-of]") {
        for n in 0..groups.length() {
            let Some(message) = groups
                .item(n)
                .and_then(|node| node.dyn_into::<Element>().ok())
            else {
                continue;
            };
            let (missing, first) = if let Some(name) = message.get_attribute("data-choice") {
                let chosen = form
                    .query_selector(&format!("input[name=\"{name}\"]:checked"))
                    .ok()
                    .flatten()
                    .is_some();
                (!chosen, name)
            } else {
                let ids = message.get_attribute("data-one-of").unwrap_or_default();
                let filled = ids.split_whitespace().any(|id| {
                    document
                        .get_element_by_id(id)
                        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
                        .is_some_and(|input| !input.value().trim().is_empty())
                });
                let anchor = message
                    .get_attribute("data-anchor")
                    .unwrap_or_else(|| ids.split_whitespace().next().unwrap_or_default().into());
                (!filled, anchor)
            };
            if missing {
                let _ = message.remove_attribute("hidden");
                problems.push((first, message.text_content().unwrap_or_default()));
            } else {
                let _ = message.set_attribute("hidden", "");
            }
        }
    }
    if problems.is_empty() {
        return true;
    }
    // One summary right above the form: the server's, if the page came back with one.
    let existing = form
        .previous_element_sibling()
        .filter(|e| e.class_list().contains("error-summary"));
    let summary = match existing {
        Some(summary) => summary,
        None => {
            let Ok(summary) = document.create_element("div") else {
                return false;
            };
            let _ = summary.set_attribute("class", "error-summary");
            let _ = summary.set_attribute("role", "alert");
            let _ = summary.set_attribute("tabindex", "-1");
            let _ = form.before_with_node_1(&summary);
            summary
        }
    };
    summary.set_text_content(None);
    let element = |tag: &str, text: Option<&str>| {
        let e = document.create_element(tag).ok()?;
        e.set_text_content(text);
        Some(e)
    };
    if let (Some(heading), Some(list)) = (element("h2", Some(summary_title)), element("ul", None)) {
        for (id, message) in &problems {
            if let (Some(item), Some(link)) = (element("li", None), element("a", Some(message))) {
                let _ = link.set_attribute("href", &format!("#{id}"));
                let _ = item.append_child(&link);
                let _ = list.append_child(&item);
            }
        }
        let _ = summary.append_child(&heading);
        let _ = summary.append_child(&list);
    }
    if let Ok(summary) = summary.dyn_into::<web_sys::HtmlElement>() {
        let _ = summary.focus();
    }
    false
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::{is_email, is_mobile, refused};

    #[test]
    fn the_browser_refuses_what_the_server_refuses() {
        for raw in [
            "91234567",
            "912 34 567",
            "+47 912 34 567",
            "0047 41234567",
            "+4791234567",
            "412-34-567",
            "+46 70 123 45 67",
            "+1 (202) 555 0143",
            "81234567",
            "1234567",
            "912345678",
            "+47 8123 4567",
            "abc",
            "",
            "+",
            "00",
            "+47",
            "9123456a",
            "+123",
            "(912) 34567",
        ] {
            assert_eq!(
                is_mobile(raw),
                domain::contact_request::normalize_mobile(raw).is_some(),
                "{raw}"
            );
        }
        for raw in [
            "sara@example.no",
            " Sara@Example.NO ",
            "sara@",
            "@example.no",
            "sara@example",
            "sara@.no",
            "sara@example.",
            "sa ra@example.no",
            "sara@ex@ample.no",
            "",
            "a@b.c",
        ] {
            assert_eq!(
                is_email(raw),
                domain::staff::normalize_email(raw).is_ok(),
                "{raw}"
            );
        }
        assert!(refused("text", true, "  "));
        assert!(!refused("text", false, ""));
        assert!(!refused("tel", false, ""));
        assert!(refused("tel", false, "123"));
        assert!(refused("email", true, ""));
    }
}
