//! Many contact requests from a CSV file. The file is posted to the server's upload route (a
//! plain multipart form), previewed here row by row with every problem named, and imported
//! only when the advisor confirms: every good row at once, or none.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

use crate::{
    components::{
        error_summary::{ErrorSummary, Problem},
        form::Form,
    },
    error::AppError,
    i18n::{use_i18n, I18n, Lang},
    session::server::require_youth_access,
    t,
};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewRowView {
    pub line: usize,
    pub name: String,
    /// (field, reason) as the domain names them; the page translates both.
    pub problems: Vec<(String, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportPreview {
    pub rows: Vec<PreviewRowView>,
    pub good: usize,
    pub bad: usize,
}

async fn preview_of(
    portal: &crate::portal::server::Portal,
    staff: &domain::staff::Staff,
    scope: domain::contact_request::Scope,
    id: i64,
) -> Result<domain::import::Preview, AppError> {
    let content = domain::import::load(&portal.db, portal.county.id, staff.id, id).await?;
    let departments = super::contact_requests::allowed_departments(portal, scope)
        .await?
        .into_iter()
        .map(|d| (d.id, d.slug))
        .collect::<Vec<_>>();
    let now = chrono::Utc::now();
    let existing =
        domain::contact_request::open_duplicates(&portal.db, portal.county.id, now).await?;
    domain::import::preview(
        content.as_bytes(),
        &departments,
        &existing,
        now.date_naive(),
    )
    .map_err(|_| AppError::InvalidInput {
        fields: vec!["file".into()],
    })
}

#[leptos::server(prefix = "/api", endpoint = "import-preview")]
pub async fn get_import_preview(id: i64) -> Result<ImportPreview, AppError> {
    let (portal, staff, scope) = require_youth_access().await?;
    let preview = preview_of(&portal, &staff, scope, id).await?;
    let rows: Vec<PreviewRowView> = preview
        .rows
        .iter()
        .map(|r| PreviewRowView {
            line: r.line,
            name: format!("{} {}", r.first_name, r.last_name)
                .trim()
                .to_string(),
            problems: r
                .result
                .as_ref()
                .err()
                .map(|problems| {
                    problems
                        .iter()
                        .map(|p| (p.field.to_string(), p.reason.to_string()))
                        .collect()
                })
                .unwrap_or_default(),
        })
        .collect();
    Ok(ImportPreview {
        good: preview.good().count(),
        bad: preview.bad_count(),
        rows,
    })
}

#[leptos::server(prefix = "/api", endpoint = "confirm-import")]
pub async fn confirm_import(lang: String, id: i64) -> Result<(), AppError> {
    let (portal, staff, scope) = require_youth_access().await?;
    let preview = preview_of(&portal, &staff, scope, id).await?;
    let good: Vec<_> = preview.good().cloned().collect();
    // Claim the upload first: a second click finds it gone and imports nothing twice.
    let content = domain::import::load(&portal.db, portal.county.id, staff.id, id).await?;
    if !domain::import::discard(&portal.db, portal.county.id, staff.id, id).await? {
        return Err(AppError::NotFound);
    }
    let now = chrono::Utc::now();
    let today = now.date_naive();
    let origin = portal.public_origin.clone();
    let service = portal.county.service_name.clone();
    let compose = move |r: &domain::contact_request::NewContactRequest, token: &str, code: &str| {
        crate::messages::contact_request(&origin, &service, r, token, code, today)
    };
    let created = match domain::contact_request::create_many(
        &portal.db,
        portal.county.id,
        staff.id,
        domain::contact_request::Source::Import,
        &good,
        &portal.contact_policy,
        &compose,
        now,
    )
    .await
    {
        Ok(created) => created,
        Err(err) => {
            // Nothing was imported; keep the file so the advisor can try again.
            domain::import::store(&portal.db, portal.county.id, staff.id, &content, now).await?;
            return Err(err.into());
        }
    };
    let lang = Lang::from_code(&lang).unwrap_or(Lang::DEFAULT);
    leptos_axum::redirect(&format!(
        "/{}/staff/contact-requests?imported={}",
        lang.code(),
        created.len()
    ));
    Ok(())
}

/// Why a file could not be read, as the upload route reports it in `?problem=`.
fn file_problem(i18n: &I18n, problem: &str) -> String {
    match problem {
        "empty" => t!(i18n, "import-file-empty"),
        "too_large" => t!(i18n, "import-file-too-large"),
        "wrong_encoding" => t!(i18n, "import-file-wrong-encoding"),
        "missing_column" => t!(i18n, "import-file-missing-column"),
        _ => t!(i18n, "import-file-unreadable"),
    }
}

fn column(i18n: &I18n, field: &str) -> String {
    match field {
        "first_name" => t!(i18n, "request-first-name"),
        "last_name" => t!(i18n, "request-last-name"),
        "birth_date" => t!(i18n, "request-birth-date"),
        "mobile" | "guardian_mobile" => t!(i18n, "request-mobile"),
        "email" | "guardian_email" => t!(i18n, "login-email"),
        "language" => t!(i18n, "request-language"),
        "municipality" => t!(i18n, "request-municipality"),
        "department" => t!(i18n, "admin-department"),
        "guardian_name" => t!(i18n, "request-guardian"),
        _ => t!(i18n, "import-duplicate"),
    }
}

fn reason(i18n: &I18n, reason: &str) -> String {
    match reason {
        "missing" => t!(i18n, "import-reason-missing"),
        "too long" => t!(i18n, "import-reason-too-long"),
        "not a date" => t!(i18n, "import-reason-not-a-date"),
        "outside the target group" => t!(i18n, "import-reason-outside-target-group"),
        "not a mobile number" => t!(i18n, "import-reason-not-a-mobile"),
        "not an e-mail address" => t!(i18n, "import-reason-not-an-email"),
        "mobile or e-mail needed" => t!(i18n, "import-reason-contact-needed"),
        "unknown language" => t!(i18n, "import-reason-unknown-language"),
        "unknown department" => t!(i18n, "import-reason-unknown-department"),
        _ => t!(i18n, "import-reason-duplicate"),
    }
}

#[component]
pub fn ImportPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let problem = query.with_untracked(|q| q.get("problem"));
    let message = problem.as_deref().map(|p| file_problem(&i18n, p));
    let problems = message
        .clone()
        .map(|message| {
            vec![Problem {
                field_id: "file",
                message,
            }]
        })
        .unwrap_or_default();
    let invalid = message.is_some();
    let title = t!(i18n, "import-title");
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <p>{t!(i18n, "import-intro")}</p>
        <p><code>"fornavn;etternavn;fødselsdato;mobil;epost;språk;kommune;avdeling"</code></p>
        <ErrorSummary problems/>
        <form class="form" method="post" enctype="multipart/form-data"
            action=format!("/{}/staff/contact-requests/upload", i18n.lang().code())>
            <div class="field" class:field--error=invalid>
                <label for="file">{t!(i18n, "import-file")}</label>
                {message.map(|m| view! { <p class="field__error" id="file-error">{m}</p> })}
                <input id="file" name="file" type="file" accept=".csv,text/csv" required
                    aria-invalid=invalid.then_some("true")
                    aria-describedby=invalid.then_some("file-error")/>
            </div>
            <button type="submit" class="button">{t!(i18n, "import-preview")}</button>
        </form>
    }
}

#[component]
pub fn ImportPreviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = params.with_untracked(|p| {
        p.get("id")
            .and_then(|id| id.parse::<i64>().ok())
            .unwrap_or(-1)
    });
    let confirm = ServerAction::<ConfirmImport>::new();
    let title = t!(i18n, "import-preview-title");
    let body = {
        let i18n = i18n.clone();
        move |preview: ImportPreview| {
            let i18n = i18n.clone();
            let confirm_error = {
                let i18n = i18n.clone();
                move || {
                    confirm.value().get().and_then(Result::err).map(|err| {
                        view! { <p class="error-message" role="alert">{i18n.loader().get(err.message_id())}</p> }
                    })
                }
            };
            let summary = t!(
                i18n,
                "import-summary",
                good = preview.good,
                bad = preview.bad
            );
            let button = t!(i18n, "import-confirm", good = preview.good);
            let rows = preview
                .rows
                .iter()
                .filter(|r| !r.problems.is_empty())
                .map(|r| {
                    let problems = r
                        .problems
                        .iter()
                        .map(|(field, why)| format!("{}: {}", column(&i18n, field), reason(&i18n, why)))
                        .collect::<Vec<_>>()
                        .join("; ");
                    view! {
                        <li class="staff-list__item">
                            <p class="staff-list__name">{t!(i18n, "import-line", line = r.line)}" — "{r.name.clone()}</p>
                            <p>{problems}</p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <p class="notice" role="status">{summary}</p>
                {(preview.bad > 0).then(|| view! { <h2>{t!(i18n, "import-bad-rows")}</h2> })}
                <ul class="staff-list import-problems">{rows}</ul>
                {confirm_error}
                {(preview.good > 0).then(|| view! {
                    <Form action=confirm class="form">
                        <input type="hidden" name="lang" value=i18n.lang().code()/>
                        <input type="hidden" name="id" value=id/>
                        <button type="submit" class="button">{button}</button>
                    </Form>
                })}
            }
        }
    };
    view! {
        {super::staff_page(Some(title), get_import_preview(id), body)}
        <p><a href=i18n.href("/staff/contact-requests/import")>{t!(i18n, "import-again")}</a></p>
    }
}
