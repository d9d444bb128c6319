//! The demo mailbox: in demo mode, messages «sent» by the embedded transport land here so
//! staff can try the whole journey without SMS or e-mail. Absent outside demo mode.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{error::AppError, i18n::use_i18n, t};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailboxRow {
    pub channel: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub delivered_at: chrono::DateTime<chrono::Utc>,
}

#[leptos::server(prefix = "/api", endpoint = "demo-mailbox")]
pub async fn get_demo_mailbox() -> Result<Vec<MailboxRow>, AppError> {
    let (portal, _) = crate::session::server::require_staff().await?;
    if !portal.demo {
        return Err(AppError::NotFound);
    }
    Ok(
        domain::outbox::demo_mailbox(&portal.db, portal.county.id, 100)
            .await?
            .into_iter()
            .map(|m| MailboxRow {
                channel: m.channel,
                recipient: m.recipient,
                subject: m.subject,
                body: m.body,
                delivered_at: m.delivered_at,
            })
            .collect(),
    )
}

/// A message's text with its links clickable, as a phone or mail program shows them.
fn linked(body: &str) -> impl IntoView {
    body.split_inclusive(char::is_whitespace)
        .map(|piece| {
            let word = piece.trim_end();
            let space = piece[word.len()..].to_string();
            if word.starts_with("http://") || word.starts_with("https://") {
                view! { <a href=word.to_string()>{word.to_string()}</a>{space} }.into_any()
            } else {
                piece.to_string().into_any()
            }
        })
        .collect_view()
}

#[component]
pub fn DemoMailboxPage() -> impl IntoView {
    let i18n = use_i18n();
    let title = t!(i18n, "mailbox-title");
    super::staff_page(Some(title), get_demo_mailbox(), move |messages| {
        let list = if messages.is_empty() {
            view! { <p>{t!(i18n, "mailbox-empty")}</p> }.into_any()
        } else {
            view! {
                <ol class="mailbox">
                    {messages.into_iter().map(|m| view! {
                        <li class="mailbox__message">
                            <p><strong>{m.channel}" → "{m.recipient}</strong>" "<small>{crate::calendar::when_label(&i18n, m.delivered_at)}</small></p>
                            <p>{m.subject}</p>
                            <p class="mailbox__body">{linked(&m.body)}</p>
                        </li>
                    }).collect_view()}
                </ol>
            }
            .into_any()
        };
        view! {
            <p>{t!(i18n, "mailbox-intro")}</p>
            {list}
        }
    })
}
