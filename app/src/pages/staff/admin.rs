//! Administration of staff accounts: create, disable, re-enable. Administrators only; every
//! change is audited.

use domain::staff::Role;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{
    components::{
        error_summary::{field_invalid, problems_for, ErrorSummary, Problem},
        field::Field,
        form::{kept, kept_checked, Form},
    },
    error::AppError,
    i18n::use_i18n,
    t,
};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffRow {
    pub id: i64,
    pub full_name: String,
    pub email: String,
    pub role: Role,
    pub active: bool,
    pub departments: Vec<String>,
    pub department_slugs: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Administration {
    pub staff: Vec<StaffRow>,
    /// (slug, name) of every department, for the form.
    pub departments: Vec<(String, String)>,
}

#[cfg(feature = "ssr")]
use crate::session::server::require_administrator;

#[leptos::server(prefix = "/api", endpoint = "administration")]
pub async fn get_administration() -> Result<Administration, AppError> {
    let (portal, _) = require_administrator().await?;
    let departments = domain::department::list(&portal.db, portal.county.id).await?;
    let mut staff = Vec::new();
    for s in domain::staff::list(&portal.db, portal.county.id).await? {
        let ids = domain::staff::department_ids(&portal.db, s.id).await?;
        staff.push(StaffRow {
            id: s.id,
            full_name: s.full_name,
            email: s.email,
            role: s.role,
            active: s.active,
            departments: departments
                .iter()
                .filter(|d| ids.contains(&d.id))
                .map(|d| d.name.clone())
                .collect(),
            department_slugs: departments
                .iter()
                .filter(|d| ids.contains(&d.id))
                .map(|d| d.slug.clone())
                .collect(),
        });
    }
    Ok(Administration {
        staff,
        departments: departments.into_iter().map(|d| (d.slug, d.name)).collect(),
    })
}

#[leptos::server(prefix = "/api", endpoint = "create-staff")]
pub async fn create_staff(
    lang: String,
    full_name: String,
    email: String,
    role: String,
    department: String,
    password: String,
) -> Result<(), AppError> {
    let (portal, admin) = require_administrator().await?;
    let mut fields = Vec::new();
    if full_name.trim().is_empty()
        || full_name.trim().chars().count() > domain::staff::FULL_NAME_MAX
    {
        fields.push("full_name".to_string());
    }
    if domain::staff::normalize_email(&email).is_err() {
        fields.push("email".to_string());
    }
    let role: Option<Role> = role.parse().ok();
    if role.is_none() {
        fields.push("role".to_string());
    }
    if domain::secret::validate_password(&password).is_err() {
        fields.push("password".to_string());
    }
    let department = match department.as_str() {
        "" => None,
        slug => domain::department::by_slug(&portal.db, portal.county.id, slug).await?,
    };
    if !fields.is_empty() {
        return Err(AppError::InvalidInput { fields });
    }
    let role = role.unwrap_or(Role::Advisor);
    let department_ids: Vec<i64> = department.iter().map(|d| d.id).collect();
    let new = domain::staff::NewStaff {
        full_name: &full_name,
        email: &email,
        role,
        department_ids: &department_ids,
    };
    let staff = domain::staff::create(&portal.db, portal.county.id, &new, Some(admin.id)).await?;
    domain::login::set_password(&portal.db, staff.id, &password, Some(admin.id)).await?;
    // Back to the list, which says the account was made (the staff area runs without WASM).
    let lang = crate::i18n::Lang::from_code(&lang).unwrap_or(crate::i18n::Lang::DEFAULT);
    leptos_axum::redirect(&format!("/{}/staff/admin?created=1#new-staff", lang.code()));
    Ok(())
}

#[leptos::server(prefix = "/api", endpoint = "set-staff-active")]
pub async fn set_staff_active(staff_id: i64, active: bool) -> Result<(), AppError> {
    let (portal, admin) = require_administrator().await?;
    if staff_id == admin.id && !active {
        // An administrator cannot lock themselves out.
        return Err(AppError::Conflict);
    }
    domain::staff::set_active(
        &portal.db,
        portal.county.id,
        staff_id,
        active,
        Some(admin.id),
    )
    .await?;
    Ok(())
}

/// Changes a member of staff's role and departments. Departments come as checkboxes
/// (`departments[horten]=on`): an advisor may work in several; none means the whole county.
#[leptos::server(prefix = "/api", endpoint = "update-staff")]
pub async fn update_staff(
    staff_id: i64,
    role: String,
    departments: Option<std::collections::BTreeMap<String, String>>,
) -> Result<(), AppError> {
    let (portal, admin) = require_administrator().await?;
    let role: Role = role.parse().map_err(|_| AppError::InvalidInput {
        fields: vec!["role".into()],
    })?;
    if staff_id == admin.id && role != Role::Administrator {
        // An administrator cannot take away their own administration.
        return Err(AppError::Conflict);
    }
    let slugs: Vec<String> = departments.unwrap_or_default().into_keys().collect();
    let all = domain::department::list(&portal.db, portal.county.id).await?;
    let mut department_ids = Vec::new();
    for slug in &slugs {
        let department = all
            .iter()
            .find(|d| &d.slug == slug)
            .ok_or(AppError::InvalidInput {
                fields: vec!["department".into()],
            })?;
        department_ids.push(department.id);
    }
    domain::staff::update_assignment(
        &portal.db,
        portal.county.id,
        staff_id,
        role,
        &department_ids,
        Some(admin.id),
    )
    .await?;
    Ok(())
}

#[component]
pub fn AdministrationPage() -> impl IntoView {
    let i18n = use_i18n();
    let create = ServerAction::<CreateStaff>::new();
    let toggle = ServerAction::<SetStaffActive>::new();
    let update = ServerAction::<UpdateStaff>::new();
    let title = t!(i18n, "admin-title");
    let error = move || create.value().get().and_then(Result::err);
    let invalid = move |field: &'static str| field_invalid(error, field);
    let problems = {
        let i18n = i18n.clone();
        let messages = [
            ("full_name", t!(i18n, "admin-name-missing")),
            ("email", t!(i18n, "admin-email-invalid")),
            ("password", t!(i18n, "admin-password-short")),
        ];
        let taken = t!(i18n, "admin-email-taken");
        move || match error() {
            // A taken e-mail is a conflict, but the person fixes it in the e-mail field.
            Some(AppError::Conflict) => vec![Problem {
                field_id: "email",
                message: taken.clone(),
            }],
            other => problems_for(&i18n, other, &messages, "full_name"),
        }
    };
    let query = leptos_router::hooks::use_query_map();
    let created = query.with_untracked(|q| q.get("created").is_some());
    let body = move |admin: Administration| {
        let i18n = i18n.clone();
        // A closure: the value kept after a refused submit is read inside the form.
        let offices = admin.departments.clone();
        let departments = move || {
            let chosen = kept("department", "");
            offices
                .iter()
                .map(|(slug, name)| view! { <option selected=chosen == *slug value=slug.clone()>{name.clone()}</option> })
                .collect_view()
        };
        let problems = problems.clone();
        view! {
        <p><a href=i18n.href("/staff/admin/departments")>{t!(i18n, "departments-title")}</a></p>
        <StaffTable staff=admin.staff departments=admin.departments toggle=toggle update=update/>
        <h2 id="new-staff">{t!(i18n, "admin-new")}</h2>
        {(created && error().is_none()).then(|| view! {
            <p class="notice" role="status">{t!(i18n, "admin-created")}</p>
        })}
        {move || view! { <ErrorSummary problems=problems()/> }}
        <Form action=create class="form" novalidate=true>
            <input type="hidden" name="lang" value=i18n.lang().code()/>
            <Field id="full_name" label=t!(i18n, "admin-name") error=t!(i18n, "admin-name-missing") invalid=invalid("full_name") autocomplete="off"/>
            <Field id="email" label=t!(i18n, "login-email") error=t!(i18n, "admin-email-invalid") invalid=invalid("email") input_type="email" autocomplete="off"/>
            <div class="field">
                <label for="role">{t!(i18n, "workplace-role")}</label>
                <select id="role" name="role">
                    {Role::ALL
                        .into_iter()
                        .map(|r| view! { <option value=r.as_str() selected=kept("role", "advisor") == r.as_str()>{super::role_label(&i18n, r)}</option> })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="department">{t!(i18n, "admin-department")}</label>
                <select id="department" name="department">
                    <option value="">{t!(i18n, "workplace-whole-county")}</option>
                    {departments}
                </select>
            </div>
            <Field id="password" label=t!(i18n, "admin-password") error=t!(i18n, "admin-password-short") invalid=invalid("password") input_type="password" autocomplete="new-password"/>
            <button type="submit" class="button">{t!(i18n, "admin-create")}</button>
        </Form>
        }
    };
    super::staff_page(Some(title), get_administration(), body)
}

#[component]
fn StaffTable(
    staff: Vec<StaffRow>,
    departments: Vec<(String, String)>,
    toggle: ServerAction<SetStaffActive>,
    update: ServerAction<UpdateStaff>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="staff-list">
            {staff
                .into_iter()
                .map(|s| {
                    let i18n = i18n.clone();
                    let departments = departments.clone();
                    let status = if s.active { t!(i18n, "admin-active") } else { t!(i18n, "admin-disabled") };
                    let button = if s.active {
                        t!(i18n, "admin-disable", name = s.full_name.clone())
                    } else {
                        t!(i18n, "admin-enable", name = s.full_name.clone())
                    };
                    let department_names = if s.departments.is_empty() { t!(i18n, "workplace-whole-county") } else { s.departments.join(", ") };
                    view! {
                        <li class="staff-list__item">
                            <p class="staff-list__name">{s.full_name.clone()}</p>
                            <p>{s.email.clone()}" · "{super::role_label(&i18n, s.role)}" · "{department_names}" · "<strong>{status}</strong></p>
                            <Form action=update class="inline-form" instance=("staff_id", s.id.to_string())>
                                <input type="hidden" name="staff_id" value=s.id.to_string()/>
                                <label for=format!("role-{}", s.id)>{t!(i18n, "workplace-role")}</label>
                                <select id=format!("role-{}", s.id) name="role">
                                    {Role::ALL
                                        .into_iter()
                                        .map(|r| view! { <option value=r.as_str() selected=r.as_str() == kept("role", s.role.as_str())>{super::role_label(&i18n, r)}</option> })
                                        .collect_view()}
                                </select>
                                <fieldset class="choices">
                                    <legend>{t!(i18n, "admin-departments-of", name = s.full_name.clone())}</legend>
                                    {departments
                                        .iter()
                                        .map(|(slug, name)| {
                                            let id = format!("department-{}-{slug}", s.id);
                                            let checked = kept_checked(&format!("departments[{slug}]"), "on", s.department_slugs.contains(slug));
                                            view! {
                                                <div class="choice">
                                                    <input type="checkbox" id=id.clone() name=format!("departments[{slug}]") checked=checked/>
                                                    <label for=id>{name.clone()}</label>
                                                </div>
                                            }
                                        })
                                        .collect_view()}
                                </fieldset>
                                <button type="submit" class="button button--secondary">
                                    {t!(i18n, "admin-save", name = s.full_name.clone())}
                                </button>
                            </Form>
                            <Form action=toggle>
                                <input type="hidden" name="staff_id" value=s.id.to_string()/>
                                <input type="hidden" name="active" value=(!s.active).to_string()/>
                                <button type="submit" class="button button--secondary">{button}</button>
                            </Form>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
