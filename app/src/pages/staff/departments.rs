//! Administrators keep each office's public details: what the contact page shows.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};

use crate::{
    components::{
        error_summary::{field_invalid, message_for, problems_for, ErrorSummary},
        field::Field,
        form::{kept, Form},
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
    /// (weekday 1–7, opens, closes); filled when read, posted separately as `hours[…]`.
    #[serde(default)]
    pub hours: Vec<(i32, String, String)>,
}

/// One weekday's opening hours as the form posts them; both empty means closed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayHours {
    #[serde(default)]
    pub opens: String,
    #[serde(default)]
    pub closes: String,
}

/// The form ids of each weekday's opening time, which the error summary links to.
const HOUR_FIELDS: [&str; 7] = [
    "hours-1", "hours-2", "hours-3", "hours-4", "hours-5", "hours-6", "hours-7",
];

#[cfg(feature = "ssr")]
use crate::session::server::require_administrator;

#[leptos::server(prefix = "/api", endpoint = "departments")]
pub async fn get_departments() -> Result<Vec<DepartmentForm>, AppError> {
    let (portal, _) = require_administrator().await?;
    Ok(domain::department::offices(&portal.db, portal.county.id)
        .await?
        .into_iter()
        .map(|office| (office.department, office.opening_hours))
        .map(|(d, hours)| DepartmentForm {
            hours: hours
                .into_iter()
                .map(|h| (h.weekday, h.opens, h.closes))
                .collect(),
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
pub async fn update_department(
    lang: String,
    form: DepartmentForm,
    hours: Option<std::collections::BTreeMap<String, DayHours>>,
) -> Result<(), AppError> {
    let (portal, admin) = require_administrator().await?;
    // Opening hours first: a bad day is reported with the other fields, and nothing is saved.
    let mut opening_hours = Vec::new();
    let mut bad_days = Vec::new();
    for (day, field) in (1..=7).zip(HOUR_FIELDS) {
        let posted = hours
            .as_ref()
            .and_then(|h| h.get(&day.to_string()))
            .cloned()
            .unwrap_or_default();
        let (opens, closes) = (posted.opens.trim(), posted.closes.trim());
        if opens.is_empty() && closes.is_empty() {
            continue;
        }
        let h = domain::department::OpeningHours {
            weekday: day,
            opens: opens.into(),
            closes: closes.into(),
        };
        match h.validate() {
            Ok(()) => opening_hours.push(h),
            Err(_) => bad_days.push(field.to_string()),
        }
    }
    if !bad_days.is_empty() {
        return Err(AppError::InvalidInput { fields: bad_days });
    }
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
    domain::department::update(
        &portal.db,
        portal.county.id,
        department.id,
        &new,
        &opening_hours,
        Some(admin.id),
    )
    .await?;
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
    let update = ServerAction::<UpdateDepartment>::new();
    let selected = use_params_map().with_untracked(|p| p.get("slug"));
    super::staff_page(
        Some(t!(i18n, "departments-title")),
        get_departments(),
        move |departments: Vec<DepartmentForm>| match selected
            .as_ref()
            .and_then(|slug| departments.iter().find(|d| &d.slug == slug))
        {
            Some(department) => {
                view! { <DepartmentEditor department=department.clone() update/> }.into_any()
            }
            None => view! { <DepartmentLinks departments/> }.into_any(),
        },
    )
}

#[component]
fn DepartmentLinks(departments: Vec<DepartmentForm>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul>
            {departments
                .into_iter()
                .map(|d| view! { <li><a href=i18n.href(&format!("/staff/admin/departments/{}", d.slug))>{d.name}</a></li> })
                .collect_view()}
        </ul>
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
    ]
    .into_iter()
    .chain(HOUR_FIELDS.map(|f| (f, t!(i18n, "department-hours-invalid"))))
    .collect::<Vec<_>>();
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
        <Form action=update class="form" novalidate=true>
            <input type="hidden" name="lang" value=i18n.lang().code()/>
            <input type="hidden" name="form[slug]" value=d.slug.clone()/>
            <Field id="name" name="form[name]" value=d.name.clone() label=t!(i18n, "department-name") error=message("name") invalid=invalid("name")/>
            <Field id="street_address" name="form[street_address]" value=d.street_address.clone() label=t!(i18n, "department-address") error=message("street_address") invalid=invalid("street_address")/>
            <Field id="postal_code" name="form[postal_code]" value=d.postal_code.clone() label=t!(i18n, "department-postal-code") error=message("postal_code") invalid=invalid("postal_code")/>
            <Field id="city" name="form[city]" value=d.city.clone() label=t!(i18n, "department-city") error=message("city") invalid=invalid("city")/>
            <Field id="phone" name="form[phone]" value=d.phone.clone() label=t!(i18n, "contact-phone") error=message("phone") invalid=invalid("phone") input_type="tel"/>
            <Field id="email" name="form[email]" value=d.email.clone() label=t!(i18n, "login-email") error=message("email") invalid=invalid("email") input_type="email"/>
            <fieldset class="field">
                <legend>{t!(i18n, "contact-opening-hours")}</legend>
                <p class="field__hint">{t!(i18n, "department-hours-hint")}</p>
                {(1..=7).zip(HOUR_FIELDS).map(|(day, field)| {
                    let current = d.hours.iter().find(|(w, ..)| *w == day).cloned();
                    let (opens, closes) = current.map(|(_, o, c)| (o, c)).unwrap_or_default();
                    let opens = kept(&format!("hours[{day}][opens]"), opens);
                    let closes = kept(&format!("hours[{day}][closes]"), closes);
                    let weekday = t!(i18n, "weekday", day = day);
                    let bad = invalid(field);
                    let error_text = message(field);
                    view! {
                        <div class="hours-row" class:field--error=move || bad.get()>
                            <Show when=move || bad.get()>
                                <p class="field__error">{error_text.clone()}</p>
                            </Show>
                            <label for=field>{t!(i18n, "department-opens", day = weekday.clone())}</label>
                            <input id=field name=format!("hours[{day}][opens]") type="time" value=opens
                                aria-invalid=move || bad.get().then_some("true")/>
                            <label for=format!("{field}-closes")>{t!(i18n, "department-closes", day = weekday.clone())}</label>
                            <input id=format!("{field}-closes") name=format!("hours[{day}][closes]") type="time" value=closes
                                aria-invalid=move || bad.get().then_some("true")/>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <button type="submit" class="button">{t!(i18n, "department-save")}</button>
        </Form>
    }
}
