//! The council coordinator's pages of the OT-råd: `/{lang}/staff/council` (what waits,
//! applications, members, hearings, meetings and the year plan), one hearing with every input
//! (`hearings/:id`) and one meeting (`meetings/:id`), and the council lines of the workplace.
//! The public and member pages are under `pages::council`.
//!
//! Every form posts without JavaScript and comes back to its page: with a notice after a change
//! (`?done=…`), or with what was typed, the error summary at the top and the message next to
//! each field after a refusal. Several forms repeat on a page (one per application, member or
//! input): `Form`'s `instance` gives the typed values back to the copy that was sent, and
//! [`Refused`] finds its error. Only active council coordinators of the county get anything:
//! `require_council_coordinator` says «not found» to everyone else, and the domain checks the
//! role again against the database.

mod admin;
mod hearing;
mod meeting;
mod workplace;

pub use admin::*;
pub use hearing::*;
pub use meeting::*;
pub use workplace::*;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use domain::council::{input::InputStatus, plan::PlanKind, CouncilRole};
use leptos::prelude::*;

use crate::{
    components::form::{kept, kept_for},
    error::AppError,
    i18n::I18n,
    t,
};

pub(crate) mod server {
    use chrono::{DateTime, NaiveDate, Utc};
    use domain::{council::Refusal, DomainError};

    use crate::{error::AppError, i18n::Lang};

    /// What a council refusal means for the coordinator's pages. Coordinator operations refuse
    /// only `Forbidden` (not an active coordinator: the page does not exist for them); the rest
    /// are the member side's, mapped for completeness.
    pub fn refused(refusal: Refusal) -> AppError {
        match refusal {
            Refusal::Forbidden | Refusal::NotMember => AppError::NotFound,
            Refusal::Closed | Refusal::NotAllowed => AppError::Conflict,
            Refusal::Throttled => AppError::Throttled,
            Refusal::WrongCode { .. } => AppError::WrongCode,
            Refusal::Gone => AppError::CodeGone,
        }
    }

    /// The value, or the refusal or fault as the page's error. A field the domain refuses comes
    /// back under its name on the page (`fields`: domain field → form field) and once more
    /// with the reason (`deadline_time.nonexistent_time`), so the page can say what is wrong.
    pub fn accepted<T>(
        result: Result<Result<T, Refusal>, DomainError>,
        fields: &[(&str, &str)],
    ) -> Result<T, AppError> {
        match result {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(refusal)) => Err(refused(refusal)),
            Err(DomainError::Invalid { field, reason }) => {
                let name = fields
                    .iter()
                    .find(|(from, _)| *from == field)
                    .map_or(field, |(_, to)| *to);
                Err(AppError::InvalidInput {
                    fields: vec![name.to_string(), format!("{name}.{reason}")],
                })
            }
            Err(other) => Err(other.into()),
        }
    }

    /// Problems found before the domain is asked: every one at once, each as its field and its
    /// field with the reason.
    #[derive(Default)]
    pub struct Problems(Vec<String>);

    impl Problems {
        pub fn add(&mut self, field: &str, reason: &str) {
            self.0.push(field.to_string());
            self.0.push(format!("{field}.{reason}"));
        }

        /// Checks free text as the domain will (trimmed, counted in characters).
        pub fn text(&mut self, value: &str, field: &str, max: usize, may_be_empty: bool) {
            let value = value.trim();
            if value.is_empty() && !may_be_empty {
                self.add(field, "empty");
            } else if value.chars().count() > max {
                self.add(field, "too_long");
            }
        }

        pub fn date(&mut self, raw: &str, field: &str) -> Option<NaiveDate> {
            let date = super::parse_date(raw);
            if date.is_none() {
                self.add(field, "invalid");
            }
            date
        }

        /// A date and a time on the wall clocks of Europe/Oslo as an instant. A time that does
        /// not exist that day (clocks go forward) or exists twice (they go back) is refused on
        /// the time field, never moved an hour.
        pub fn oslo(
            &mut self,
            date: Option<NaiveDate>,
            time: &str,
            time_field: &'static str,
        ) -> Option<DateTime<Utc>> {
            let Some(time) = super::parse_time(time) else {
                self.add(time_field, "invalid");
                return None;
            };
            match domain::council::oslo_to_utc(date?.and_time(time), time_field) {
                Ok(at) => Some(at),
                Err(DomainError::Invalid { field, reason }) => {
                    self.add(field, reason);
                    None
                }
                Err(_) => None,
            }
        }

        /// The problems as the form's error.
        pub fn error(self) -> AppError {
            AppError::InvalidInput { fields: self.0 }
        }

        /// `Ok` when nothing was found.
        pub fn check(self) -> Result<(), AppError> {
            if self.0.is_empty() {
                Ok(())
            } else {
                Err(self.error())
            }
        }
    }

    /// The staff language of a form's `lang`: the staff area speaks only nb, nn and en.
    pub fn lang(code: &str) -> Lang {
        Lang::from_code(code)
            .filter(|l| l.is_staff())
            .unwrap_or(Lang::DEFAULT)
    }

    /// Back to a council staff page after a change (`path` after `/staff/council`).
    pub fn back(lang: &str, path: &str) {
        leptos_axum::redirect(&format!("/{}/staff/council{path}", self::lang(lang).code()));
    }

    /// A page that is not there for this person is a 404, not a page that says so with 200.
    pub fn not_found_status(err: &AppError) {
        if *err == AppError::NotFound {
            if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
                response.set_status(http::StatusCode::NOT_FOUND);
            }
        }
    }
}

/// A date as a date field sends it (`2026-03-29`), or as people write it (`29.03.2026`).
pub(crate) fn parse_date(raw: &str) -> Option<NaiveDate> {
    let raw = raw.trim();
    NaiveDate::parse_from_str(raw, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(raw, "%d.%m.%Y"))
        .ok()
}

/// A time as a time field sends it (`14:30`, sometimes with seconds), or `14.30`.
pub(crate) fn parse_time(raw: &str) -> Option<NaiveTime> {
    let raw = raw.trim();
    ["%H:%M", "%H:%M:%S", "%H.%M"]
        .into_iter()
        .find_map(|format| NaiveTime::parse_from_str(raw, format).ok())
}

/// A date and a time of an instant on the wall clocks of Europe/Oslo, as date and time
/// fields want their values.
pub(crate) fn oslo_fields(at: DateTime<Utc>) -> (String, String) {
    let local = at.with_timezone(&domain::council::ZONE);
    (
        local.format("%Y-%m-%d").to_string(),
        local.format("%H:%M").to_string(),
    )
}

pub(crate) use crate::calendar::date_with_year;

pub(crate) fn role_label(i18n: &I18n, role: CouncilRole) -> String {
    match role {
        CouncilRole::Leader => t!(i18n, "council-admin-role-leader"),
        CouncilRole::Deputy => t!(i18n, "council-admin-role-deputy"),
        CouncilRole::Member => t!(i18n, "council-admin-role-member"),
    }
}

pub(crate) fn status_label(i18n: &I18n, status: InputStatus) -> String {
    match status {
        InputStatus::Received => t!(i18n, "council-admin-status-received"),
        InputStatus::Considering => t!(i18n, "council-admin-status-considering"),
        InputStatus::Answered => t!(i18n, "council-admin-status-answered"),
        InputStatus::ActedOn => t!(i18n, "council-admin-status-acted_on"),
        InputStatus::NotActedOn => t!(i18n, "council-admin-status-not_acted_on"),
    }
}

pub(crate) fn plan_kind_label(i18n: &I18n, kind: PlanKind) -> String {
    match kind {
        PlanKind::Meeting => t!(i18n, "council-admin-plan-meeting"),
        PlanKind::HearingDeadline => t!(i18n, "council-admin-plan-hearing_deadline"),
        PlanKind::ReportToCommittee => t!(i18n, "council-admin-plan-report_to_committee"),
        PlanKind::Other => t!(i18n, "council-admin-plan-other"),
    }
}

/// The language code of the page, for the hidden `lang` field of every form.
pub(crate) fn lang_code(i18n: &I18n) -> &'static str {
    i18n.lang().code()
}

/// What to say about a form's fields: (field name, reason or "" for any other, message).
/// Every field the form can have refused needs its "" line.
pub(crate) type Messages = Vec<(&'static str, &'static str, String)>;

/// The refusal of one form on this page: its error and, for a form repeated on the page, the
/// copy it came from (the value of the field that tells copies apart).
#[derive(Clone, Debug)]
pub(crate) struct Refused {
    pub error: AppError,
    pub instance: Option<String>,
}

impl Refused {
    /// The error of the server function at `path` that the request came back from, if any;
    /// `key` names the hidden field that tells the copies of a repeated form apart.
    pub fn of(
        value: Option<Result<(), AppError>>,
        path: &str,
        key: Option<&str>,
    ) -> Option<Refused> {
        let error = value?.err()?;
        Some(Refused {
            error,
            instance: key.and_then(|key| kept_for(path, key)),
        })
    }

    /// This refusal, if it came from the copy `instance`.
    pub fn at(this: &Option<Refused>, instance: &str) -> Option<Refused> {
        this.clone()
            .filter(|r| r.instance.as_deref() == Some(instance))
    }

    /// The message for `field` when the refusal names it: the one for its reason when the
    /// table has one, else the field's own.
    pub fn message(this: &Option<Refused>, messages: &Messages, field: &str) -> Option<String> {
        let AppError::InvalidInput { fields } = &this.as_ref()?.error else {
            return None;
        };
        if !fields.iter().any(|f| f == field) {
            return None;
        }
        let specific = messages.iter().find(|(f, reason, _)| {
            *f == field
                && !reason.is_empty()
                && fields.iter().any(|named| *named == format!("{f}.{reason}"))
        });
        let general = messages
            .iter()
            .find(|(f, reason, _)| *f == field && reason.is_empty());
        specific.or(general).map(|(_, _, m)| m.clone())
    }

    /// The lines of the error summary: each named field (its element id is the name with
    /// `suffix`) with its message, or for any other error one line pointing at `anchor`, with
    /// `other` when it is a conflict (what a conflict means depends on the form).
    pub fn problems(
        this: &Option<Refused>,
        i18n: &I18n,
        messages: &Messages,
        suffix: &str,
        anchor: &str,
        other: &str,
    ) -> Vec<(String, String)> {
        let Some(refused) = this else {
            return Vec::new();
        };
        match &refused.error {
            AppError::InvalidInput { fields } => {
                let named: Vec<(String, String)> = fields
                    .iter()
                    .filter(|f| !f.contains('.'))
                    .filter_map(|f| {
                        Refused::message(this, messages, f).map(|m| (format!("{f}{suffix}"), m))
                    })
                    .collect();
                if named.is_empty() {
                    vec![(
                        anchor.to_string(),
                        i18n.loader().get(refused.error.message_id()),
                    )]
                } else {
                    named
                }
            }
            AppError::Conflict if !other.is_empty() => {
                vec![(anchor.to_string(), other.to_string())]
            }
            error => vec![(anchor.to_string(), i18n.loader().get(error.message_id()))],
        }
    }
}

/// The error summary of the page: at the top, since a refused form comes back to the top of
/// its page, with a link to each field to fix (the markup of `ErrorSummary`, for ids made at
/// run time: one per application, member or input).
#[component]
pub(crate) fn Summary(problems: Vec<(String, String)>) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    (!problems.is_empty()).then(|| {
        view! {
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
                <h2 id="error-summary-title">{t!(i18n, "error-summary-title")}</h2>
                <ul>
                    {problems
                        .into_iter()
                        .map(|(id, message)| view! { <li><a href=format!("#{id}")>{message}</a></li> })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}

/// One labelled input with its error next to it: `Field` for an id made at run time (one per
/// application or member), with the person it is about in the label for screen readers.
#[component]
pub(crate) fn Input(
    id: String,
    /// The form name (the server function's argument).
    name: &'static str,
    label: String,
    /// Read after the label by screen readers only: whose field it is (« – Sara»).
    #[prop(optional, into)]
    context: String,
    /// What is saved now; what was typed wins after a refused submit.
    #[prop(optional, into)]
    value: String,
    #[prop(default = None)] error: Option<String>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] optional: bool,
    #[prop(optional, into)] hint: String,
    #[prop(optional)] maxlength: Option<usize>,
) -> impl IntoView {
    let value = kept(name, value);
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described_by = [
        (!hint.is_empty()).then(|| hint_id.clone()),
        error.is_some().then(|| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let invalid = error.is_some();
    view! {
        <div class="field" class:field--error=invalid>
            <label for=id.clone()>{label}{(!context.is_empty()).then(|| view! { <span class="visually-hidden">{context}</span> })}</label>
            {(!hint.is_empty()).then(|| view! { <p class="field__hint" id=hint_id.clone()>{hint.clone()}</p> })}
            {error.map(|e| view! { <p class="field__error" id=error_id.clone()>{e}</p> })}
            <input
                id=id
                name=name
                value=value
                type=input_type
                maxlength=maxlength
                autocomplete="off"
                required=!optional
                aria-invalid=invalid.then_some("true")
                aria-describedby=(!described_by.is_empty()).then_some(described_by)
            />
        </div>
    }
}

/// A labelled text area with its error next to it and, where the islands run, a character
/// count.
#[component]
pub(crate) fn TextArea(
    id: String,
    name: &'static str,
    label: String,
    #[prop(optional, into)] value: String,
    #[prop(default = None)] error: Option<String>,
    max: usize,
    #[prop(default = 4)] rows: u32,
    #[prop(optional)] optional: bool,
) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let value = kept(name, value);
    let error_id = format!("{id}-error");
    let invalid = error.is_some();
    let count = value.chars().count();
    view! {
        <div class="field" class:field--error=invalid>
            <label for=id.clone()>{label}</label>
            {error.map(|e| view! { <p class="field__error" id=error_id.clone()>{e}</p> })}
            <crate::islands::CharacterCount template=t!(i18n, "characters-count", count = "{count}", max = max) initial=count>
                <textarea
                    id=id
                    name=name
                    rows=rows
                    maxlength=max
                    required=!optional
                    aria-invalid=invalid.then_some("true")
                    aria-describedby=invalid.then_some(error_id)
                >{crate::components::form::textarea(value)}</textarea>
            </crate::islands::CharacterCount>
        </div>
    }
}

/// A success notice, from the page's `?done=` (with `?at=` when it concerns one item).
pub(crate) fn done() -> (Option<String>, Option<String>) {
    let query = leptos_router::hooks::use_query_map();
    query.with_untracked(|q| (q.get("done"), q.get("at")))
}

/// A notice line.
pub(crate) fn notice(text: Option<String>) -> impl IntoView {
    text.map(|text| view! { <p class="notice" role="status">{text}</p> })
}
