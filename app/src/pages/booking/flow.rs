//! The booking pages and their server functions (server only; see `super`).

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

use super::BookFrom;
use crate::{
    components::{
        choice::{Choice, ChoiceGroup},
        error_summary::{field_invalid, problems_for, ErrorSummary},
        field::Field,
        form::{kept, Form},
    },
    error::AppError,
    i18n::{use_i18n, I18n},
    islands::{SendButton, TimeList},
    t,
};

pub use crate::slots::{DayView, SlotView};

/// Everything the booking page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookView {
    /// (slug, name) of every office.
    pub offices: Vec<(String, String)>,
    /// The chosen office's slug, and the meeting form; the times are listed once both are known.
    pub office: Option<String>,
    /// The office to offer first when choosing (the young person's own, from their answer).
    pub preferred_office: Option<String>,
    pub form: String,
    pub forms: Vec<(String, String)>,
    pub minutes: i64,
    pub days: Vec<DayView>,
    pub first_name: String,
    pub mobile: String,
    pub email: String,
    /// Moving: the time being moved away from.
    pub moving_from: Option<String>,
}

#[cfg(feature = "ssr")]
pub(crate) mod server {
    use domain::booking::{self, Booking, MeetingForm};

    use super::*;
    use crate::{i18n::Lang, portal::server::Portal};

    /// What the path's token opens: an answer (prefill) or a booking (move), or nothing.
    pub struct Origin {
        pub contact_request_id: Option<i64>,
        pub department_id: Option<i64>,
        pub advisor: Option<i64>,
        pub form: Option<MeetingForm>,
        pub first_name: String,
        pub mobile: String,
        pub email: String,
        pub moving: Option<Booking>,
    }

    pub async fn origin(portal: &Portal, from: BookFrom, token: &str) -> Result<Origin, AppError> {
        let mut origin = Origin {
            contact_request_id: None,
            department_id: None,
            advisor: None,
            form: None,
            first_name: String::new(),
            mobile: String::new(),
            email: String::new(),
            moving: None,
        };
        match from {
            BookFrom::Public => {}
            BookFrom::Retry => {
                let p = booking::verification::pending(&portal.db, token)
                    .await
                    .map_err(|_| not_found())?;
                if p.county_id != portal.county.id {
                    return Err(not_found());
                }
                origin.department_id = Some(p.department_id);
                origin.first_name = p.first_name;
                origin.mobile = p.mobile.unwrap_or_default();
                origin.email = p.email.unwrap_or_default();
            }
            BookFrom::Answer => {
                let (_, opened) = crate::pages::answer::open_link(token).await?;
                let request = domain::contact_request::get(
                    &portal.db,
                    portal.county.id,
                    domain::contact_request::Scope::County,
                    opened.contact_request_id,
                )
                .await?;
                origin.contact_request_id = Some(request.id);
                origin.department_id = Some(request.department_id);
                origin.advisor = booking::advisor_of_request(&portal.db, request.id).await?;
                origin.first_name = request.first_name;
                origin.mobile = request.mobile.unwrap_or_default();
                origin.email = request.email.unwrap_or_default();
            }
            BookFrom::Move => {
                let b = booking::by_token(&portal.db, token).await?;
                if b.state != booking::BookingState::Confirmed {
                    return Err(AppError::Conflict);
                }
                origin.department_id = Some(b.department_id);
                origin.advisor = Some(b.staff_id);
                origin.form = Some(b.form);
                origin.contact_request_id = b.contact_request_id;
                origin.first_name = b.first_name.clone();
                origin.mobile = b.mobile.clone().unwrap_or_default();
                origin.email = b.email.clone().unwrap_or_default();
                origin.moving = Some(b);
            }
        }
        Ok(origin)
    }

    /// The free times at an office for a meeting form, by day, and a meeting's length. The
    /// advisor who wrote comes first; if they have no time, the office's others do.
    pub async fn times(
        portal: &Portal,
        i18n: &I18n,
        origin: &Origin,
        department: &domain::department::Department,
        form: MeetingForm,
    ) -> Result<(Vec<DayView>, i64), AppError> {
        let now = chrono::Utc::now();
        let mut slots = booking::free_slots(
            &portal.db,
            portal.county.id,
            department.id,
            Some(form),
            origin
                .advisor
                .filter(|_| Some(department.id) == origin.department_id),
            now,
        )
        .await?;
        if slots.is_empty() && origin.moving.is_none() {
            slots = booking::free_slots(
                &portal.db,
                portal.county.id,
                department.id,
                Some(form),
                None,
                now,
            )
            .await?;
        }
        let minutes = match slots.first() {
            Some(s) => (s.ends - s.starts).num_minutes(),
            None => 0,
        };
        Ok((crate::slots::days(i18n, &slots), minutes))
    }

    pub fn lang(code: &str) -> Lang {
        Lang::from_code(code).unwrap_or(Lang::DEFAULT)
    }

    /// The booking's page, in the page's language.
    pub fn go_to_booking(lang_code: &str, token: &str) {
        leptos_axum::redirect(&format!("/{}/bestilling/{token}", lang(lang_code).code()));
    }

    /// A wrong booking link gets 404, like a wrong answer link.
    pub fn not_found() -> AppError {
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(http::StatusCode::NOT_FOUND);
        }
        AppError::NotFound
    }
}

pub(crate) fn from_code(from: &str) -> BookFrom {
    match from {
        "answer" => BookFrom::Answer,
        "move" => BookFrom::Move,
        "retry" => BookFrom::Retry,
        _ => BookFrom::Public,
    }
}

fn from_name(from: BookFrom) -> &'static str {
    match from {
        BookFrom::Public => "public",
        BookFrom::Answer => "answer",
        BookFrom::Move => "move",
        BookFrom::Retry => "retry",
    }
}

#[leptos::server(prefix = "/api", endpoint = "book-options")]
pub async fn get_book_options(
    lang: String,
    from: String,
    token: String,
    office: Option<String>,
    form: Option<String>,
    choose: bool,
) -> Result<BookView, AppError> {
    use domain::booking::MeetingForm;
    let portal = crate::portal::server::use_portal()?;
    let i18n = crate::i18n::server::i18n(server::lang(&lang));
    let origin = server::origin(&portal, from_code(&from), &token).await?;
    let departments = domain::department::list(&portal.db, portal.county.id).await?;
    let own = origin
        .department_id
        .and_then(|id| departments.iter().find(|d| d.id == id));
    let chosen = match office.as_deref().filter(|o| !o.is_empty()) {
        Some(slug) => departments.iter().find(|d| d.slug == slug),
        // Asked to choose: the office and the meeting form, their own office first.
        None if choose && origin.moving.is_none() => None,
        None => own,
    };
    let form = origin
        .form
        .or_else(|| form.as_deref().and_then(MeetingForm::parse))
        .unwrap_or(MeetingForm::Office);
    let (days, minutes) = match chosen {
        Some(department) => server::times(&portal, &i18n, &origin, department, form).await?,
        None => (Vec::new(), 0),
    };
    Ok(BookView {
        offices: departments
            .iter()
            .map(|d| (d.slug.clone(), d.name.clone()))
            .collect(),
        office: chosen.map(|d| d.slug.clone()),
        preferred_office: own.map(|d| d.slug.clone()),
        form: form.as_str().to_string(),
        forms: MeetingForm::ALL
            .into_iter()
            .map(|f| {
                (
                    f.as_str().to_string(),
                    crate::calendar::form_label(&i18n, f),
                )
            })
            .collect(),
        minutes,
        days,
        first_name: origin.first_name,
        mobile: origin.mobile,
        email: origin.email,
        moving_from: origin
            .moving
            .map(|b| crate::calendar::when_label(&i18n, b.starts_at)),
    })
}

#[allow(clippy::too_many_arguments)]
#[leptos::server(prefix = "/api", endpoint = "request-booking")]
pub async fn request_booking(
    lang: String,
    from: String,
    token: String,
    office: String,
    form: String,
    slot: Option<String>,
    first_name: String,
    mobile: String,
    email: String,
) -> Result<(), AppError> {
    use domain::booking::{self, MeetingForm, NewBooking};
    let portal = crate::portal::server::use_portal()?;
    let origin = server::origin(&portal, from_code(&from), &token).await?;
    let department = domain::department::by_slug(&portal.db, portal.county.id, &office)
        .await?
        .ok_or(AppError::NotFound)?;
    let form = MeetingForm::parse(&form).ok_or(AppError::InvalidInput {
        fields: vec!["slot".into()],
    })?;
    let chosen = slot.as_deref().and_then(crate::slots::parse_slot);
    let new = NewBooking {
        department_id: department.id,
        staff_id: chosen.map(|c| c.0).unwrap_or_default(),
        form,
        starts: chosen.map(|c| c.1).unwrap_or_default(),
        first_name,
        mobile: Some(mobile),
        email: Some(email),
        language: server::lang(&lang).code().to_string(),
        contact_request_id: origin.contact_request_id,
        supersedes_id: origin.moving.as_ref().map(|b| b.id),
    };
    // Every problem at once: the time and the contact details.
    let mut fields: Vec<String> = booking::validate_contact(&new)
        .into_iter()
        .map(|p| match (p.field, p.reason) {
            ("mobile", "contact_needed") => "contact".to_string(),
            (field, _) => field.to_string(),
        })
        .collect();
    if chosen.is_none() {
        fields.insert(0, "slot".into());
    }
    // With no link behind it, the request is confirmed by a code: by SMS only to a Norwegian
    // mobile or one of the county's countries (premium ranges cost the county money), else by
    // e-mail, which the page then asks for.
    let public = from_code(&from).needs_code();
    let mobile_country = new
        .mobile
        .as_deref()
        .and_then(domain::contact_request::normalize_mobile)
        .is_some_and(|m| !portal.verification_policy.sms_allowed(&m));
    if public && mobile_country && !fields.iter().any(|f| f == "mobile") {
        fields.push("mobile".into());
    }
    if !fields.is_empty() {
        return Err(AppError::InvalidInput { fields });
    }
    let now = chrono::Utc::now();
    if public {
        // No link behind this request: it holds the time only once the code sent to the mobile
        // or e-mail is typed (issue: anyone could hold every free time and send OT's messages).
        use domain::booking::verification::{self, Refusal};
        let service = portal.county.service_name.clone();
        let language = new.language.clone();
        let started = verification::start(
            &portal.db,
            portal.county.id,
            &new,
            &crate::session::server::client_ip(),
            &portal.verification_policy,
            |code, channel, recipient| {
                crate::messages::booking_code(&service, &language, code, channel, recipient)
            },
            now,
        )
        .await?;
        return match started {
            Ok(started) => {
                leptos_axum::redirect(&format!(
                    "/{}/bestill/bekreft/{}",
                    server::lang(&lang).code(),
                    started.token
                ));
                Ok(())
            }
            Err(Refusal::TooManyActive) => Err(AppError::TooManyActive),
            Err(_) => Err(AppError::Throttled),
        };
    }
    let compose = booking_composer(&portal).await?;
    let requested = booking::request(
        &portal.db,
        portal.county.id,
        &new,
        &portal.booking_policy,
        &compose,
        now,
    )
    .await
    .map_err(|e| match e {
        // A time that is no longer offered (taken and past, or changed hours) reads as taken.
        domain::DomainError::Invalid { field: "slot", .. } => AppError::SlotTaken,
        other => other.into(),
    })?;
    server::go_to_booking(&lang, &requested.token);
    Ok(())
}

/// «None of these fit»: call me instead.
#[leptos::server(prefix = "/api", endpoint = "request-callback")]
pub async fn request_callback(
    lang: String,
    from: String,
    token: String,
    office: String,
    first_name: String,
    mobile: String,
) -> Result<(), AppError> {
    let portal = crate::portal::server::use_portal()?;
    let origin = server::origin(&portal, from_code(&from), &token).await?;
    let department = domain::department::by_slug(&portal.db, portal.county.id, &office)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut fields = Vec::new();
    if !domain::booking::is_first_name(&first_name) {
        fields.push("callback_first_name".to_string());
    }
    if domain::contact_request::normalize_mobile(mobile.trim()).is_none() {
        fields.push("callback_mobile".to_string());
    }
    if !fields.is_empty() {
        return Err(AppError::InvalidInput { fields });
    }
    let lang = server::lang(&lang);
    // Per client address, like booking codes: nobody fills the advisors' call list by script.
    if !domain::throttle::allow(
        &portal.db,
        "callback-ip",
        &crate::session::server::client_ip(),
        domain::throttle::Limit::per_hour(5),
        chrono::Utc::now(),
    )
    .await?
    {
        return Err(AppError::Throttled);
    }
    domain::booking::request_callback(
        &portal.db,
        portal.county.id,
        department.id,
        origin.contact_request_id,
        &first_name,
        &mobile,
        lang.code(),
        chrono::Utc::now(),
    )
    .await?;
    leptos_axum::redirect(&format!("/{}/bestill?ringer=1", lang.code()));
    Ok(())
}

/// The booking's page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookingView {
    pub state: domain::booking::BookingState,
    pub when: String,
    pub form: String,
    pub meeting_form: domain::booking::MeetingForm,
    pub office: String,
    pub deadline: String,
    pub reason: Option<String>,
    pub moving_to: Option<String>,
}

#[leptos::server(prefix = "/api", endpoint = "booking")]
pub async fn get_booking(lang: String, token: String) -> Result<BookingView, AppError> {
    use domain::booking::BookingState;
    let portal = crate::portal::server::use_portal()?;
    let i18n = crate::i18n::server::i18n(server::lang(&lang));
    let b = domain::booking::by_token(&portal.db, &token)
        .await
        .map_err(|_| server::not_found())?;
    let office = domain::department::list(&portal.db, portal.county.id)
        .await?
        .into_iter()
        .find(|d| d.id == b.department_id)
        .map(|d| crate::calendar::address(&d))
        .unwrap_or_default();
    // A move waiting for the advisor: the old meeting stands until then.
    let moving_to = domain::booking::pending_move(&portal.db, b.id)
        .await?
        .map(|m| crate::calendar::when_label(&i18n, m.starts_at));
    Ok(BookingView {
        state: b.state,
        when: crate::calendar::when_label(&i18n, b.starts_at),
        form: crate::calendar::form_label(&i18n, b.form),
        meeting_form: b.form,
        office,
        deadline: crate::calendar::when_label(&i18n, b.hold_until),
        reason: b.reason.filter(|r| {
            !r.is_empty()
                && r != "moved"
                && b.state != BookingState::Withdrawn
                && b.cancelled_by.as_deref() != Some("youth")
        }),
        moving_to,
    })
}

#[leptos::server(prefix = "/api", endpoint = "withdraw-booking")]
pub async fn withdraw_booking(lang: String, token: String) -> Result<(), AppError> {
    let portal = crate::portal::server::use_portal()?;
    domain::booking::withdraw(&portal.db, &token, chrono::Utc::now()).await?;
    server::go_to_booking(&lang, &token);
    Ok(())
}

#[leptos::server(prefix = "/api", endpoint = "cancel-booking")]
pub async fn cancel_booking(lang: String, token: String, reason: String) -> Result<(), AppError> {
    let portal = crate::portal::server::use_portal()?;
    let b = domain::booking::by_token(&portal.db, &token).await?;
    let compose = booking_composer(&portal).await?;
    domain::booking::cancel(
        &portal.db,
        b.county_id,
        b.id,
        domain::booking::Actor::Youth,
        reason.chars().take(500).collect::<String>().as_str(),
        &compose,
        chrono::Utc::now(),
    )
    .await?;
    server::go_to_booking(&lang, &token);
    Ok(())
}

/// The messages about bookings, for the county's offices.
pub async fn booking_composer(
    portal: &crate::portal::server::Portal,
) -> Result<
    impl Fn(
            &domain::booking::Booking,
            domain::booking::Event,
            &str,
        ) -> Vec<domain::outbox::NewMessage>
        + Send
        + Sync,
    AppError,
> {
    let offices = domain::department::list(&portal.db, portal.county.id).await?;
    Ok(crate::messages::booking_composer(
        portal.public_origin.clone(),
        portal.county.service_name.clone(),
        offices,
    ))
}

/// Days with free times listed at first, and how many more each «show more days» adds.
const FIRST_DAYS: usize = 2;
/// How many more days «show more days» adds.
const MORE_DAYS: usize = 5;

/// `/{lang}/bestill`, `/{lang}/svar/{token}/bestill` and `/{lang}/bestilling/{token}/flytt`.
#[component]
pub fn BookPage(from: BookFrom) -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let token = params.with_untracked(|p| p.get("token").unwrap_or_default());
    let office = query.with_untracked(|q| q.get("kontor"));
    let form = query.with_untracked(|q| q.get("form"));
    let called = query.with_untracked(|q| q.get("ringer").is_some());
    let choose = query.with_untracked(|q| q.get("velg").is_some());
    let days_shown = query
        .with_untracked(|q| q.get("dager").and_then(|d| d.parse::<usize>().ok()))
        .unwrap_or(FIRST_DAYS)
        .clamp(1, 60);
    let lang = i18n.lang().code().to_string();
    let options = OnceResource::new_blocking(get_book_options(
        lang,
        from_name(from).into(),
        token.clone(),
        office,
        form,
        choose,
    ));
    let title = match from {
        BookFrom::Move => t!(i18n, "booking-move-title"),
        _ => t!(i18n, "task-booking"),
    };
    let body = move || {
        let i18n = i18n.clone();
        let token = token.clone();
        Suspend::new(async move {
            match options.await {
                Ok(view) => match view.office.clone() {
                    Some(office) => view! { <Times view office from token days_shown/> }.into_any(),
                    None => view! { <ChooseOffice view/> }.into_any(),
                },
                Err(AppError::NotFound) => view! { <Unusable/> }.into_any(),
                Err(err) => view! { <p class="error-message" role="alert">{i18n.loader().get(err.message_id())}</p> }.into_any(),
            }
        })
    };
    let i18n = use_i18n();
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        {called.then(|| view! {
            <div class="panel panel--success" role="status"><p>{t!(i18n, "booking-call-me-sent")}</p></div>
        })}
        <Suspense fallback=|| ()>{body}</Suspense>
    }
}

/// Step one: which office, and how to meet. A plain GET form: nothing is stored yet.
#[component]
fn ChooseOffice(view: BookView) -> impl IntoView {
    let i18n = use_i18n();
    let offices = view
        .offices
        .iter()
        .enumerate()
        .map(|(i, (slug, name))| Choice {
            name: "kontor".into(),
            value: slug.clone(),
            label: name.clone(),
            checked: match &view.preferred_office {
                Some(own) => own == slug,
                None => i == 0,
            },
        })
        .collect();
    let forms = view
        .forms
        .iter()
        .map(|(code, label)| Choice {
            name: "form".into(),
            value: code.clone(),
            label: label.clone(),
            checked: *code == view.form,
        })
        .collect();
    view! {
        <p class="lead">{t!(i18n, "booking-lead")}</p>
        <form method="get" class="form">
            <ChoiceGroup id="kontor" legend=t!(i18n, "booking-office-legend") choices=offices
                error=String::new() invalid=Signal::derive(|| false)/>
            <ChoiceGroup id="form" legend=t!(i18n, "booking-form-legend") choices=forms
                error=String::new() invalid=Signal::derive(|| false)/>
            <button type="submit" class="button">{t!(i18n, "booking-show-times")}</button>
        </form>
    }
}

/// Step two: the free times by day, and who you are; or «call me» when none fit.
#[component]
fn Times(
    view: BookView,
    office: String,
    from: BookFrom,
    token: String,
    /// How many days with times to list (`?dager=`).
    days_shown: usize,
) -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RequestBooking>::new();
    let error = move || action.value().get().and_then(Result::err);
    let messages = [
        ("slot", t!(i18n, "booking-slot-missing")),
        ("first_name", t!(i18n, "booking-first-name-missing")),
        ("contact", t!(i18n, "booking-contact-missing")),
        ("mobile", mobile_message(&i18n, from.needs_code())),
        ("email", t!(i18n, "booking-email-invalid")),
    ];
    let problems = {
        let i18n = i18n.clone();
        let messages = messages.clone();
        move || problems_for(&i18n, error(), &messages, "slot")
    };
    let slot_invalid = Signal::derive(move || {
        matches!(error(), Some(AppError::SlotTaken)) || field_invalid(error, "slot").get()
    });
    let slot_error = {
        let i18n = i18n.clone();
        move || match error() {
            Some(AppError::SlotTaken) => t!(i18n, "booking-taken"),
            _ => t!(i18n, "booking-slot-missing"),
        }
    };
    let office_name = view
        .offices
        .iter()
        .find(|(slug, _)| *slug == office)
        .map(|(_, name)| name.clone())
        .unwrap_or_default();
    let form_name = view
        .forms
        .iter()
        .find(|(code, _)| *code == view.form)
        .map(|(_, label)| label.clone())
        .unwrap_or_default();
    // The first few days, and the rest behind «show more days»: a phone gets to the form without
    // scrolling past every time. A time chosen before a refused submit is always shown.
    let chosen = crate::components::form::kept_for(RequestBooking::PATH, "slot");
    let shown = view
        .days
        .iter()
        .position(|d| {
            chosen
                .as_ref()
                .is_some_and(|c| d.slots.iter().any(|s| &s.value == c))
        })
        .map_or(days_shown, |n| days_shown.max(n + 1));
    let more_href = {
        let path = leptos_router::hooks::use_location()
            .pathname
            .get_untracked();
        // Office slugs and form codes are plain ASCII words of ours.
        format!(
            "{path}?kontor={office}&form={}&dager={}#day-{shown}",
            view.form,
            shown + MORE_DAYS
        )
    };
    let more = view.days.len() > shown;
    let days: Vec<DayView> = view.days.iter().take(shown).cloned().collect();
    let has_times = !view.days.is_empty();
    let contact_invalid = field_invalid(error, "contact");
    let [_, first_name_error, contact_error, mobile_error, email_error] =
        messages.clone().map(|(_, m)| m);
    let (first_name, mobile, email) = (
        view.first_name.clone(),
        view.mobile.clone(),
        view.email.clone(),
    );
    let form_i18n = i18n.clone();
    let hidden = {
        let lang = i18n.lang().code();
        let from = from_name(from);
        let token = token.clone();
        move || {
            view! {
                <input type="hidden" name="lang" value=lang/>
                <input type="hidden" name="from" value=from/>
                <input type="hidden" name="token" value=token.clone()/>
            }
        }
    };
    let callback = ServerAction::<RequestCallback>::new();
    let callback_error = move || callback.value().get().and_then(Result::err);
    let callback_messages = [
        (
            "callback_first_name",
            t!(i18n, "booking-first-name-missing"),
        ),
        ("callback_mobile", t!(i18n, "booking-mobile-invalid")),
    ];
    let callback_problems = {
        let i18n = i18n.clone();
        let messages = callback_messages.clone();
        move || problems_for(&i18n, callback_error(), &messages, "callback_first_name")
    };
    // Office and meeting form can be changed, from the answer's link too (keeping it).
    let change_office = match from {
        BookFrom::Move => None,
        _ => Some(format!(
            "{}?velg=1&form={}",
            leptos_router::hooks::use_location()
                .pathname
                .get_untracked(),
            view.form
        )),
    };
    // The list the island redraws in place (`#times`): the office and meeting form it is for,
    // a way to change them (a link without JavaScript, two selects with it), and the times.
    let office_select = view
        .offices
        .iter()
        .map(|(slug, name)| view! { <option value=slug.clone() selected=*slug == office>{name.clone()}</option> })
        .collect_view();
    let form_select = view
        .forms
        .iter()
        .map(|(code, label)| view! { <option value=code.clone() selected=*code == view.form>{label.clone()}</option> })
        .collect_view();
    // The message is always there (hidden until needed): the browser's check shows it too.
    let slot_message = slot_error();
    let slot_error = slot_invalid.get_untracked().then_some(slot_message.clone());
    let time_list = {
        let (i18n, office, office_name, form_name, change_office) = (
            i18n.clone(),
            office.clone(),
            office_name.clone(),
            form_name.clone(),
            change_office.clone(),
        );
        let form_code = view.form.clone();
        let minutes = view.minutes;
        view! {
        <TimeList taken=t!(i18n, "booking-taken")>
            <div id="times">
                <input type="hidden" name="office" value=office.clone()/>
                <input type="hidden" name="form" value=form_code/>
                <p>
                    <strong>{office_name.clone()}</strong>" · "{form_name.clone()}
                    {change_office.clone().map(|href| view! { " · " <a class="change-office" href=href>{t!(i18n, "booking-change-office")}</a> })}
                </p>
                {change_office.is_some().then(|| view! {
                    <div class="inline-choice" id="office-form-choice" hidden>
                        <div class="field">
                            <label for="office-choice">{t!(i18n, "booking-office-legend")}</label>
                            <select id="office-choice">{office_select}</select>
                        </div>
                        <div class="field">
                            <label for="form-choice">{t!(i18n, "booking-form-legend")}</label>
                            <select id="form-choice">{form_select}</select>
                        </div>
                    </div>
                })}
                <fieldset class="choices" class:field--error=slot_error.is_some() aria-describedby="slot-hint">
                    <legend class="choices__legend">{t!(i18n, "booking-times-legend")}</legend>
                    <p class="field__hint" id="slot-hint">{t!(i18n, "booking-times-hint", minutes = minutes)}" "{t!(i18n, "booking-closed-days")}</p>
                    <p class="field__error" id="slot-error" data-choice="slot" role="alert" hidden=slot_error.is_none()>{slot_message.clone()}</p>
                    {crate::slots::slot_grid(days, chosen)}
                    {more.then(|| view! { <p><a class="more-days" href=more_href>{t!(i18n, "booking-more-days")}</a></p> })}
                </fieldset>
            </div>
        </TimeList>
    }
    .into_any()
    };
    view! {
        {(!has_times).then(|| view! {
            <p>
                <strong>{office_name.clone()}</strong>" · "{form_name.clone()}
                {change_office.map(|href| view! { " · " <a href=href>{t!(i18n, "booking-change-office")}</a> })}
            </p>
        })}
        {view.moving_from.clone().map(|when| view! {
            <p>{t!(i18n, "booking-move-text")}</p>
            <p><strong>{when}</strong></p>
        })}
        {move || view! { <ErrorSummary problems=problems()/> }}
        {if has_times {
            let i18n = form_i18n;
            view! {
                <Form action=action class="form" novalidate=true>
                    {hidden.clone()}
                    {time_list}
                    <h2>{t!(i18n, "booking-about-you")}</h2>
                    <Field id="first_name" label=t!(i18n, "booking-first-name") value=first_name
                        error=first_name_error invalid=field_invalid(error, "first_name") autocomplete="given-name"/>
                    <p class="field__hint" id="contact">{t!(i18n, "booking-contact-hint")}</p>
                    // `data-one-of`: the browser's check shows this too, with the others, when
                    // both are empty (see `islands::checks`).
                    <p class="field__error" id="contact-error" data-one-of="mobile email" data-anchor="contact" hidden=move || !contact_invalid.get()>{contact_error.clone()}</p>
                    <Field id="mobile" label=t!(i18n, "booking-mobile") value=mobile input_type="tel"
                        error=mobile_error invalid=field_invalid(error, "mobile") autocomplete="tel" optional=true/>
                    <Field id="email" label=t!(i18n, "booking-email") value=email input_type="email"
                        error=email_error invalid=field_invalid(error, "email") autocomplete="email" optional=true/>
                    <SendButton label=t!(i18n, "booking-send") working=t!(i18n, "sending") summary_title=t!(i18n, "error-summary-title") secondary=false/>
                </Form>
            }
            .into_any()
        } else {
            view! { <p>{t!(i18n, "booking-no-times")}</p> }.into_any()
        }}
        {(from != BookFrom::Move).then(|| view! {
            <section class="callback" aria-labelledby="callback-heading">
                <h2 id="callback-heading">{t!(i18n, "booking-none-fit-heading")}</h2>
                <p>{t!(i18n, "booking-none-fit-text")}</p>
                {move || view! { <ErrorSummary problems=callback_problems()/> }}
                <Form action=callback class="form" novalidate=true>
                    <input type="hidden" name="lang" value=i18n.lang().code()/>
                    <input type="hidden" name="from" value=from_name(from)/>
                    <input type="hidden" name="token" value=token.clone()/>
                    <input type="hidden" name="office" value=office.clone()/>
                    <Field id="callback_first_name" name="first_name" label=t!(i18n, "booking-first-name") value=view.first_name.clone()
                        error=callback_messages[0].1.clone() invalid=field_invalid(callback_error, "callback_first_name") autocomplete="given-name"/>
                    <Field id="callback_mobile" name="mobile" label=t!(i18n, "booking-mobile") value=view.mobile.clone() input_type="tel"
                        error=callback_messages[1].1.clone() invalid=field_invalid(callback_error, "callback_mobile") autocomplete="tel"/>
                    <SendButton label=t!(i18n, "booking-call-me") working=t!(i18n, "sending") summary_title=t!(i18n, "error-summary-title") secondary=true/>
                </Form>
            </section>
        })}
    }
}

#[component]
fn Unusable() -> impl IntoView {
    let i18n = use_i18n();
    let phone = crate::portal::use_service_info().phone;
    let title = t!(i18n, "answer-unusable-title");
    view! {
        <Title text=title.clone()/>
        <p><crate::components::phone::PhoneText text=t!(i18n, "booking-unusable-text", phone = phone.clone()) phone/></p>
    }
}

/// `/{lang}/bestilling/{token}`: what was booked and where it stands. Opening it changes
/// nothing; only its buttons do.
#[component]
pub fn BookingPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let token = params.with_untracked(|p| p.get("token").unwrap_or_default());
    let booking = OnceResource::new_blocking(get_booking(i18n.lang().code().into(), token.clone()));
    let body = move || {
        let i18n = i18n.clone();
        let token = token.clone();
        Suspend::new(async move {
            match booking.await {
                Ok(view) => view! { <BookingDetails view token/> }.into_any(),
                Err(AppError::NotFound) => {
                    let title = t!(i18n, "answer-unusable-title");
                    view! { <h1>{title}</h1><Unusable/> }.into_any()
                }
                Err(err) => view! { <p class="error-message" role="alert">{i18n.loader().get(err.message_id())}</p> }.into_any(),
            }
        })
    };
    view! { <Suspense fallback=|| ()>{body}</Suspense> }
}

fn state_heading(i18n: &I18n, state: domain::booking::BookingState) -> String {
    use domain::booking::BookingState as S;
    match state {
        S::Requested => t!(i18n, "booking-state-requested"),
        S::Confirmed => t!(i18n, "booking-state-confirmed"),
        S::Declined => t!(i18n, "booking-state-declined"),
        S::Expired => t!(i18n, "booking-state-expired"),
        S::Withdrawn => t!(i18n, "booking-state-withdrawn"),
        S::Cancelled => t!(i18n, "booking-state-cancelled"),
        S::Completed => t!(i18n, "booking-state-completed"),
        S::NoShow => t!(i18n, "booking-state-no_show"),
    }
}

#[component]
fn BookingDetails(view: BookingView, token: String) -> impl IntoView {
    let i18n = use_i18n();
    let withdraw = ServerAction::<WithdrawBooking>::new();
    let cancel = ServerAction::<CancelBooking>::new();
    use domain::booking::BookingState as S;
    let heading = state_heading(&i18n, view.state);
    let requested = view.state == S::Requested;
    let confirmed = view.state == S::Confirmed;
    let ended = matches!(
        view.state,
        S::Declined | S::Expired | S::Withdrawn | S::Cancelled
    );
    let how_text = match view.meeting_form {
        domain::booking::MeetingForm::Phone => Some(t!(i18n, "booking-how-phone")),
        domain::booking::MeetingForm::Video => Some(t!(i18n, "booking-how-video")),
        domain::booking::MeetingForm::Walk => Some(t!(i18n, "booking-how-walk")),
        domain::booking::MeetingForm::Office => None,
    };
    let lang = i18n.lang().code();
    // Cancelling and withdrawing take two steps, as a link that asks and a form that does it:
    // one tap must not end a meeting. A refused cancel comes back asking, with the reason kept.
    let query = leptos_router::hooks::use_query_map();
    let asked = |name: &str| query.with_untracked(|q| q.get(name).is_some());
    let asking_cancel =
        asked("avlys") || crate::components::form::kept_for(CancelBooking::PATH, "token").is_some();
    let asking_withdraw = asked("avbestill");
    let here = i18n.href(&format!("/bestilling/{token}"));
    let confirmed_actions = confirmed.then(|| {
        let i18n = i18n.clone();
        let token = token.clone();
        let here = here.clone();
        let when = view.when.clone();
        view! {
            <p><a class="button button--secondary" href=format!("/{lang}/bestilling/{token}/kalender.ics") download="samtale.ics">{t!(i18n, "booking-calendar")}</a></p>
            <p><a href=i18n.href(&format!("/bestilling/{token}/flytt"))>{t!(i18n, "booking-move")}</a></p>
            {if asking_cancel {
                let (label, yes, keep) = (
                    t!(i18n, "booking-cancel-reason"),
                    t!(i18n, "booking-cancel-yes"),
                    t!(i18n, "booking-cancel-keep"),
                );
                view! {
                    <div class="panel" role="alert" id="avlys">
                        <p>{t!(i18n, "booking-cancel-confirm", when = when)}</p>
                        <Form action=cancel class="form">
                            <input type="hidden" name="lang" value=lang/>
                            <input type="hidden" name="token" value=token.clone()/>
                            <div class="field">
                                <label for="reason">{label}</label>
                                <textarea id="reason" name="reason" rows="2" maxlength="500">{crate::components::form::textarea(kept("reason", ""))}</textarea>
                            </div>
                            <button type="submit" class="button">{yes}</button>
                        </Form>
                        <p><a href=here>{keep}</a></p>
                    </div>
                }.into_any()
            } else {
                view! { <p><a class="button button--secondary" href=format!("{here}?avlys#avlys")>{t!(i18n, "booking-cancel")}</a></p> }.into_any()
            }}
        }
    });
    let requested_actions = requested.then(|| {
        let i18n = i18n.clone();
        let token = token.clone();
        let here = here.clone();
        if asking_withdraw {
            let (yes, keep) = (t!(i18n, "booking-withdraw-yes"), t!(i18n, "booking-withdraw-keep"));
            view! {
                <div class="panel" role="alert" id="avbestill">
                    <p>{t!(i18n, "booking-withdraw-confirm")}</p>
                    <Form action=withdraw class="form">
                        <input type="hidden" name="lang" value=lang/>
                        <input type="hidden" name="token" value=token/>
                        <button type="submit" class="button">{yes}</button>
                    </Form>
                    <p><a href=here>{keep}</a></p>
                </div>
            }.into_any()
        } else {
            view! { <p><a class="button button--secondary" href=format!("{here}?avbestill#avbestill")>{t!(i18n, "booking-withdraw")}</a></p> }.into_any()
        }
    });
    view! {
        <Title text=heading.clone()/>
        <div class="panel" class:panel--success=confirmed role="status">
            <h1>{heading}</h1>
            {requested.then(|| view! { <p>{t!(i18n, "booking-state-requested-text", deadline = view.deadline.clone())}</p> })}
            {(view.state == S::Expired).then(|| view! { <p>{t!(i18n, "booking-state-expired-text")}</p> })}
        </div>
        <dl class="booking-facts">
            <dt>{t!(i18n, "booking-when")}</dt><dd>{view.when.clone()}</dd>
            <dt>{t!(i18n, "booking-how")}</dt><dd>{view.form.clone()}{how_text.map(|t| view! { <br/>{t} })}</dd>
            // A phone or video meeting has no place to go to: its «how» says what happens.
            {matches!(view.meeting_form, domain::booking::MeetingForm::Office | domain::booking::MeetingForm::Walk).then(|| view! {
                <dt>{t!(i18n, "booking-where")}</dt><dd>{view.office.clone()}</dd>
            })}
        </dl>
        {view.reason.clone().map(|reason| view! {
            <h2>{t!(i18n, "booking-reason")}</h2>
            <p class="booking-reason">{reason}</p>
        })}
        {view.moving_to.clone().map(|when| view! {
            <p>{t!(i18n, "booking-moving")}</p>
            <p><strong>{when}</strong></p>
        })}
        {confirmed_actions}
        {requested_actions}
        {ended.then(|| view! {
            <p><a class="button" href=i18n.href("/bestill")>{t!(i18n, "booking-book-again")}</a></p>
        })}
    }
}

/// The message for a refused mobile: a number abroad is refused for the code SMS (see
/// `request_booking`), so it is asked to be Norwegian or replaced by an e-mail; anything else
/// is a number written wrong.
fn mobile_message(i18n: &crate::i18n::I18n, public: bool) -> String {
    let typed: String = crate::components::form::kept_for(RequestBooking::PATH, "mobile")
        .unwrap_or_default()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let abroad = (typed.starts_with('+') && !typed.starts_with("+47"))
        || (typed.starts_with("00") && !typed.starts_with("0047"));
    if public && abroad {
        t!(i18n, "booking-mobile-country")
    } else {
        t!(i18n, "booking-mobile-invalid")
    }
}
