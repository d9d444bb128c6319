//! The written information OT owes every young person and the guardians of those under 18
//! (forskrift til opplæringslova § 13-3 b): rights, for guardians, what OT offers, how follow-up
//! works, and privacy. Each page is a list of Fluent messages; each prints as a clean letter with
//! OT's name and contact, the date and the page's address.

use crate::{i18n::use_i18n, portal::use_service_info, t};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

/// One piece of a page: a heading, a paragraph or a bulleted list, each by message id.
#[derive(Clone, Copy, Debug)]
pub enum Block {
    Heading(&'static str),
    Text(&'static str),
    List(&'static [&'static str]),
    /// A paragraph that names OT's phone number (`$phone`), as a number to tap.
    Phone(&'static str),
    /// The retention periods, from the configuration (privacy page).
    Retention,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Info {
    Rights,
    Guardians,
    Offers,
    FollowUp,
    Privacy,
    Accessibility,
}

use Block::{Heading as H, List as L, Text as P};

impl Info {
    pub const ALL: [Info; 6] = [
        Info::Rights,
        Info::Guardians,
        Info::Offers,
        Info::FollowUp,
        Info::Privacy,
        Info::Accessibility,
    ];

    /// The page's path after the language, as in the router.
    pub fn path(self) -> &'static str {
        match self {
            Info::Rights => "/rettigheter",
            Info::Guardians => "/foresatte",
            Info::Offers => "/tilbud",
            Info::FollowUp => "/oppfolging",
            Info::Privacy => "/personvern",
            Info::Accessibility => "/tilgjengelighet",
        }
    }

    /// Title, lead paragraph, body and legal basis, as message ids.
    pub fn content(self) -> (&'static str, &'static str, &'static [Block], &'static str) {
        match self {
            Info::Rights => (
                "rights-title",
                "rights-lead",
                &[
                    H("rights-who-heading"),
                    P("rights-who-1"),
                    P("rights-who-2"),
                    P("rights-who-3"),
                    P("rights-who-4"),
                    H("rights-school-heading"),
                    P("rights-school-1"),
                    P("rights-school-2"),
                    H("rights-duty-heading"),
                    L(&[
                        "rights-duty-1",
                        "rights-duty-2",
                        "rights-duty-3",
                        "rights-duty-4",
                        "rights-duty-5",
                    ]),
                    H("rights-no-heading"),
                    P("rights-no-1"),
                    P("rights-no-2"),
                ],
                "rights-law",
            ),
            Info::Guardians => (
                "guardians-title",
                "guardians-lead",
                &[
                    H("guardians-why-heading"),
                    P("guardians-why-1"),
                    P("guardians-why-2"),
                    H("guardians-rights-heading"),
                    P("guardians-rights-1"),
                    P("guardians-rights-2"),
                    H("guardians-help-heading"),
                    P("guardians-help-1"),
                    Block::Phone("guardians-help-2"),
                    H("guardians-18-heading"),
                    P("guardians-18-1"),
                    P("guardians-18-2"),
                ],
                "guardians-law",
            ),
            Info::Offers => (
                "offers-title",
                "offers-lead",
                &[L(&[
                    "offers-1", "offers-2", "offers-3", "offers-4", "offers-5",
                ])],
                "offers-law",
            ),
            Info::FollowUp => (
                "followup-title",
                "followup-lead",
                &[
                    H("followup-talk-heading"),
                    P("followup-talk-1"),
                    P("followup-talk-2"),
                    H("followup-plan-heading"),
                    P("followup-plan-1"),
                    P("followup-plan-2"),
                    H("followup-no-heading"),
                    P("followup-no-1"),
                ],
                "followup-law",
            ),
            Info::Privacy => (
                "privacy-heading",
                "privacy-lead",
                &[
                    H("privacy-knows-heading"),
                    L(&[
                        "privacy-knows-1",
                        "privacy-knows-2",
                        "privacy-knows-3",
                        "privacy-knows-4",
                    ]),
                    H("privacy-why-heading"),
                    P("privacy-why-1"),
                    P("privacy-why-2"),
                    H("privacy-keep-heading"),
                    Block::Retention,
                    H("privacy-council-heading"),
                    P("privacy-council-1"),
                    P("privacy-council-2"),
                    H("privacy-see-heading"),
                    P("privacy-see-1"),
                    P("privacy-see-2"),
                ],
                "privacy-law",
            ),
            Info::Accessibility => (
                "accessibility-heading",
                "accessibility-lead",
                &[
                    H("accessibility-standard-heading"),
                    P("accessibility-standard-1"),
                    H("accessibility-test-heading"),
                    P("accessibility-test-1"),
                    P("accessibility-test-2"),
                    H("accessibility-known-heading"),
                    L(&["accessibility-known-1", "accessibility-known-2"]),
                    H("accessibility-feedback-heading"),
                    P("accessibility-feedback-1"),
                    P("accessibility-feedback-2"),
                ],
                "accessibility-law",
            ),
        }
    }

    /// Every message id the page uses, for the test that they all exist.
    pub fn message_ids(self) -> Vec<&'static str> {
        let (title, lead, blocks, law) = self.content();
        let mut ids = vec![title, lead, law];
        for block in blocks {
            match block {
                Block::Heading(id) | Block::Text(id) | Block::Phone(id) => ids.push(id),
                Block::List(items) => ids.extend(items.iter()),
                Block::Retention => ids.extend([
                    "privacy-keep-1",
                    "privacy-keep-2",
                    "privacy-keep-3",
                    "privacy-keep-4",
                ]),
            }
        }
        ids
    }
}

#[component]
pub fn InfoPage(info: Info) -> impl IntoView {
    let i18n = use_i18n();
    let text = |id: &str| i18n.loader().get(id);
    let (title, lead, blocks, law) = info.content();
    // What a printed page carries at its top: OT's name and contact, the date and the page's
    // full address. Known without waiting, so the page has no Suspense (leptos#4851).
    let stamp = use_service_info();
    let url = format!(
        "{}{}",
        stamp.public_origin,
        use_location().pathname.get_untracked()
    );
    let body = blocks
        .iter()
        .map(|block| match block {
            Block::Heading(id) => view! { <h2>{text(id)}</h2> }.into_any(),
            Block::Text(id) => view! { <p>{text(id)}</p> }.into_any(),
            Block::Phone(id) => {
                let phone = stamp.phone.clone();
                let text = i18n.loader().get_args(id, std::collections::HashMap::from([("phone", phone.clone())]));
                view! { <p><crate::components::phone::PhoneText text phone/></p> }.into_any()
            }
            Block::List(items) => view! {
                <ul class="info-list">{items.iter().map(|id| view! { <li>{text(id)}</li> }).collect_view()}</ul>
            }
            .into_any(),
            Block::Retention => {
                let r = &stamp.retention;
                view! {
                    <ul class="info-list">
                        <li>{t!(i18n, "privacy-keep-1", age = r.last_age, days = r.link_days)}</li>
                        <li>{t!(i18n, "privacy-keep-2", days = r.booking_days, link_days = r.booking_link_days)}</li>
                        <li>{t!(i18n, "privacy-keep-3", days = r.message_days)}</li>
                        <li>{t!(i18n, "privacy-keep-4")}</li>
                    </ul>
                }
                .into_any()
            }
        })
        .collect_view();
    let related = Info::ALL
        .into_iter()
        .filter(|other| *other != info)
        .map(|other| {
            let (title, ..) = other.content();
            view! { <li><a href=i18n.href(other.path())>{text(title)}</a></li> }
        })
        .collect_view();
    let title = text(title);
    view! {
        <Title text=title.clone()/>
        <div class="print-only print-stamp">
            <p><strong>{stamp.service_name}</strong>" · "<span class="ltr">{stamp.phone}</span>" · "<span class="ltr">{stamp.email}</span></p>
            <p>{t!(i18n, "info-printed", date = stamp.today, url = url)}</p>
        </div>
        <article class="info">
            <h1>{title}</h1>
            <p class="lead">{text(lead)}</p>
            {body}
            <h2>{t!(i18n, "info-law")}</h2>
            <p class="law">{text(law)}</p>
        </article>
        <nav class="related" aria-labelledby="related-heading">
            <h2 id="related-heading">{t!(i18n, "info-related")}</h2>
            <ul>
                {related}
                <li><a href=i18n.href("/kontakt")>{t!(i18n, "contact-heading")}</a></li>
            </ul>
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_uses_messages_that_exist() {
        let nb = include_str!("../../../locales/nb/neste-steg.ftl");
        for info in Info::ALL {
            for id in info.message_ids() {
                assert!(
                    nb.lines().any(|l| l.starts_with(&format!("{id} ="))),
                    "{info:?} uses {id}, which locales/nb does not have"
                );
            }
        }
    }
}
