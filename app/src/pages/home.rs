//! The front page: sends each kind of visitor straight to their task.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{i18n::use_i18n, t};

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let task = |href: String, title: String, text: String| {
        view! {
            <li>
                <a class="task" href=href>
                    <span class="task__title">{title}</span>
                    <span class="task__text">{text}</span>
                </a>
            </li>
        }
    };
    view! {
        <Title text=t!(i18n, "home-title")/>
        <h1>{t!(i18n, "home-heading")}</h1>
        <p class="lead">{t!(i18n, "home-lead")}</p>
        <ul class="task-list">
            {task(i18n.href("/svar"), t!(i18n, "task-answer"), t!(i18n, "task-answer-text"))}
            {task(i18n.href("/rettigheter"), t!(i18n, "task-rights"), t!(i18n, "task-rights-text"))}
            {task(i18n.href("/foresatte"), t!(i18n, "task-guardians"), t!(i18n, "task-guardians-text"))}
            {task(i18n.href("/bestill"), t!(i18n, "task-booking"), t!(i18n, "task-booking-text"))}
            {task(i18n.href("/ot-rad"), t!(i18n, "task-council"), t!(i18n, "task-council-text"))}
        </ul>
        <p class="no-blame">{t!(i18n, "home-no-thanks")}</p>
        <p class="staff-entry">
            <a href=i18n.href("/staff")>{t!(i18n, "task-staff")}</a>
        </p>
    }
}
