//! Staff pages: login, the workplace, and administration.

pub mod admin;
pub mod answers;
pub mod audit;
pub mod availability;
pub mod bookings;
pub mod call_list;
pub mod contact_requests;
pub mod council;
pub mod demo_mailbox;
pub mod departments;
pub mod import;
pub mod login;
pub mod numbers;
pub mod workplace;

use std::future::Future;

use leptos::prelude::*;
use leptos_meta::Title;
use serde::{de::DeserializeOwned, Serialize};

use crate::{
    error::AppError,
    i18n::{use_i18n, I18n},
    t,
};

/// The frame of every staff page: its title and first heading (`None`: the body writes both,
/// from its data: a person's name, say), its data loaded once and completely before the page is
/// sent, and the body for that data, or the refusal instead. One resource per page: a second one
/// created while the first resolves can leave the response hanging (leptos-rs/leptos#4851).
pub fn staff_page<T, V>(
    title: Option<String>,
    load: impl Future<Output = Result<T, AppError>> + Send + 'static,
    body: impl Fn(T) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + Serialize + DeserializeOwned + 'static,
    V: IntoView + Send + 'static,
{
    let i18n = use_i18n();
    let data = OnceResource::new_blocking(load);
    let page = move || {
        let i18n = i18n.clone();
        let body = body.clone();
        Suspend::new(async move {
            match data.await {
                Ok(data) => body(data).into_any(),
                Err(err) => refusal(&i18n, err),
            }
        })
    };
    view! {
        {title.map(|title| view! {
            <Title text=title.clone()/>
            <h1>{title}</h1>
        })}
        <Suspense fallback=|| ()>{page}</Suspense>
    }
}

/// What a staff page shows when its data is refused: the login page for «sign in», otherwise
/// the error's message.
pub fn refusal(i18n: &I18n, err: AppError) -> AnyView {
    use leptos_router::components::Redirect;
    match err {
        AppError::SignIn => {
            view! { <Redirect path=i18n.href("/staff/login")/> }.into_any()
        }
        err => view! { <p class="error-message" role="alert">{i18n.loader().get(err.message_id())}</p> }
            .into_any(),
    }
}

/// A role's name in the page's language.
pub fn role_label(i18n: &I18n, role: domain::staff::Role) -> String {
    use domain::staff::Role;
    match role {
        Role::Advisor => t!(i18n, "role-advisor"),
        Role::Coordinator => t!(i18n, "role-coordinator"),
        Role::CouncilCoordinator => t!(i18n, "role-council_coordinator"),
        Role::Administrator => t!(i18n, "role-administrator"),
    }
}
