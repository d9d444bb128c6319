//! A sentence that names a phone number: the number is a `tel:` link, and never breaks across
//! lines (`.phone` keeps it whole).

use leptos::prelude::*;

/// The `tel:` address of a number as people write it (`33 03 10 00`, `+47 33 03 10 00`).
pub fn tel_href(phone: &str) -> String {
    let digits: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
}

#[component]
pub fn PhoneText(
    /// The translated sentence, with the number in it.
    text: String,
    phone: String,
) -> impl IntoView {
    match text.find(&phone).filter(|_| !phone.is_empty()) {
        Some(at) => {
            let (before, rest) = text.split_at(at);
            let after = rest[phone.len()..].to_string();
            let before = before.to_string();
            let href = tel_href(&phone);
            view! { {before}<a class="phone" href=href>{phone}</a>{after} }.into_any()
        }
        None => text.into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::tel_href;

    #[test]
    fn numbers_are_dialled_as_digits() {
        assert_eq!(tel_href("33 03 10 00"), "tel:33031000");
        assert_eq!(tel_href("+47 33 03 10 00"), "tel:+4733031000");
    }
}
