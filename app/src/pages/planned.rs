//! Tasks whose pages are still being built get an honest page that sends the visitor to OT's
//! offices instead of a dead link. Each is replaced by its own journey as it lands.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{i18n::use_i18n, t};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Planned {
    Booking,
    Council,
}

#[component]
pub fn PlannedPage(topic: Planned) -> impl IntoView {
    let i18n = use_i18n();
    let heading = match topic {
        Planned::Booking => t!(i18n, "task-booking"),
        Planned::Council => t!(i18n, "task-council"),
    };
    view! {
        <Title text=heading.clone()/>
        <h1>{heading}</h1>
        <p>{t!(i18n, "planned-text")}</p>
        <p><a href=i18n.href("/kontakt")>{t!(i18n, "planned-contact")}</a></p>
    }
}
