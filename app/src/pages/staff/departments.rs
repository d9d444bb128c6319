//! Administrators keep each office's public details: what the contact page shows.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{components::Redirect, hooks::use_params_map};
use serde::{Deserialize, Serialize};

use crate::{
    components::{
        error_summary::{field_invalid, message_for, problems_for, ErrorSummary},
        field::Field,
    },
    error::AppError,
    i18n::use_i18n,
    t,
};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DepartmentForm {
    pub slug: String,
    pub name: String,
    pub street_address: String,
    pub postal_code: String,
    pub city: String,
    pub phone: String,
    pub email: String,
}

#[cfg(feature = "ssr")]
use crate::session::server::require_administrator;

#[leptos::server(prefix = "/api", endpoint = "departments")]
pub async fn get_departments() -> Result<Vec<DepartmentForm>, AppError> {
    let (portal, _) = require_administrator().await?;
    Ok(domain::department::list(&portal.db, portal.county.id)
        .await?
        .into_iter()
        .map(|d| DepartmentForm {
            slug: d.slug,
            name: d.name,
            street_address: d.street_address,
            postal_code: d.postal_code,
            city: d.city,
            phone: d.phone,
            email: d.email,
        })
        .collect())
}

#[leptos::server(prefix = "/api", endpoint = "update-department")]
pub async fn update_department(lang: String, form: DepartmentForm) -> Result<(), AppError> {
    let (portal, admin) = require_administrator().await?;
    let department = domain::department::by_slug(&portal.db, portal.county.id, &form.slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let new = domain::department::NewDepartment {
        slug: &form.slug,
        name: &form.name,
        street_address: &form.street_address,
        postal_code: form.postal_code.trim(),
        city: &form.city,
        phone: &form.phone,
        email: &form.email,
    };
    domain::department::update(&portal.db, portal.county.id, department.id, &new).await?;
    let event = domain::audit::NewAuditEvent {
        county_id: portal.county.id,
        staff_id: Some(admin.id),
        department_id: Some(department.id),
        action: "department.update",
        subject_type: "department",
        subject_id: department.id.to_string(),
        detail: String::new(),
    };
    domain::audit::record(&portal.db, &event, chrono::Utc::now()).await?;
    // Back to the form, which says the change is saved (the staff area runs without WASM).
    let lang = crate::i18n::Lang::from_code(&lang).unwrap_or(crate::i18n::Lang::DEFAULT);
    leptos_axum::redirect(&format!(
        "/{}/staff/admin/departments/{}?saved=1",
        lang.code(),
        form.slug
    ));
    Ok(())
}

#[component]
pub fn DepartmentsPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let update = ServerAction::<UpdateDepartment>::new();
    let data = Resource::new_blocking(move || update.version().get(), |_| get_departments());
    let title = t!(i18n, "departments-title");
    let login_href = i18n.href("/staff/login");
    let body = move || {
        let i18n = i18n.clone();
        let login_href = login_href.clone();
        let selected = params.with(|p| p.get("slug"));
        Suspend::new(async move {
            match data.await {
                Ok(departments) => match selected.and_then(|slug| departments.into_iter().find(|d| d.slug == slug)) {
                    Some(department) => view! { <DepartmentEditor department update/> }.into_any(),
                    None => view! { <DepartmentLinks/> }.into_any(),
                },
                Err(AppError::SignIn) => view! { <Redirect path=login_href/> }.into_any(),
                Err(err) => view! { <p class="error-message" role="alert">{i18n.loader().get(err.message_id())}</p> }.into_any(),
            }
        })
    };
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <Suspense fallback=|| ()>{body}</Suspense>
    }
}

#[component]
fn DepartmentLinks() -> impl IntoView {
    let i18n = use_i18n();
    let links = Resource::new_blocking(|| (), |_| get_departments());
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let i18n = i18n.clone();
                Suspend::new(async move {
                    links.await.ok().map(|departments| view! {
                        <ul>
                            {departments
                                .into_iter()
                                .map(|d| view! { <li><a href=i18n.href(&format!("/staff/admin/departments/{}", d.slug))>{d.name}</a></li> })
                                .collect_view()}
                        </ul>
                    })
                })
            }}
        </Suspense>
    }
}

#[component]
fn DepartmentEditor(
    department: DepartmentForm,
    update: ServerAction<UpdateDepartment>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = move || update.value().get().and_then(Result::err);
    let invalid = move |field: &'static str| field_invalid(error, field);
    let messages = [
        ("name", t!(i18n, "department-name-missing")),
        ("street_address", t!(i18n, "department-address-missing")),
        ("postal_code", t!(i18n, "department-postal-code-invalid")),
        ("city", t!(i18n, "department-city-missing")),
        ("phone", t!(i18n, "department-phone-invalid")),
        ("email", t!(i18n, "admin-email-invalid")),
    ];
    let lookup = messages.clone();
    let message = move |field: &str| message_for(&lookup, field);
    let problems = {
        let i18n = i18n.clone();
        move || problems_for(&i18n, error(), &messages, "name")
    };
    let query = leptos_router::hooks::use_query_map();
    let saved = move || {
        error().is_none()
            && (matches!(update.value().get(), Some(Ok(())))
                || query.with(|q| q.get("saved").is_some()))
    };
    let saved_text = t!(i18n, "department-saved");
    let d = department;
    view! {
        <h2>{d.name.clone()}</h2>
        <Show when=saved>
            <p class="notice" role="status">{saved_text.clone()}</p>
        </Show>
        {move || view! { <ErrorSummary problems=problems()/> }}
        <ActionForm action=update attr:class="form" attr:novalidate=true>
            <input type="hidden" name="lang" value=i18n.lang().code()/>
            <input type="hidden" name="form[slug]" value=d.slug.clone()/>
            <Field id="name" name="form[name]" value=d.name.clone() label=t!(i18n, "department-name") error=message("name") invalid=invalid("name")/>
            <Field id="street_address" name="form[street_address]" value=d.street_address.clone() label=t!(i18n, "department-address") error=message("street_address") invalid=invalid("street_address")/>
            <Field id="postal_code" name="form[postal_code]" value=d.postal_code.clone() label=t!(i18n, "department-postal-code") error=message("postal_code") invalid=invalid("postal_code")/>
            <Field id="city" name="form[city]" value=d.city.clone() label=t!(i18n, "department-city") error=message("city") invalid=invalid("city")/>
            <Field id="phone" name="form[phone]" value=d.phone.clone() label=t!(i18n, "contact-phone") error=message("phone") invalid=invalid("phone") input_type="tel"/>
            <Field id="email" name="form[email]" value=d.email.clone() label=t!(i18n, "login-email") error=message("email") invalid=invalid("email") input_type="email"/>
            <button type="submit" class="button">{t!(i18n, "department-save")}</button>
        </ActionForm>
    }
}
