//! The texts of SMS and e-mail messages, in the young person's (or guardian's) language. They
//! carry a first name and a link at most, and name OT as the sender. Server only.

use domain::{
    contact_request::{display_code, Due, NewContactRequest},
    outbox::NewMessage,
    secret::token_hash,
};

use crate::{
    i18n::{server::i18n, Lang},
    t,
};

/// Fluent wraps placeables in Unicode isolation marks for on-screen text; in an SMS they cost
/// characters (and can break a link), so messages go without them.
fn plain(text: String) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

fn lang_of(code: &str) -> Lang {
    Lang::from_code(code).unwrap_or(Lang::DEFAULT)
}

/// The first message of a contact request: by SMS when there is a mobile, else by e-mail; and
/// for someone under 18 with a guardian contact, the rights information for the guardian — never
/// the link to the young person's answer.
pub fn contact_request(
    origin: &str,
    service: &str,
    request: &NewContactRequest,
    token: &str,
    code: &str,
    today: chrono::NaiveDate,
) -> Vec<NewMessage> {
    let lang = lang_of(&request.language);
    let i18n = i18n(lang);
    let link = format!("{origin}/{}/svar/{token}", lang.code());
    let key = &token_hash(token)[..24];
    let body = plain(t!(
        i18n,
        "message-contact-body",
        name = request.first_name.clone(),
        service = service,
        link = link.clone(),
        code = display_code(code)
    ));
    let subject = plain(t!(i18n, "message-contact-subject", service = service));
    let mut messages = Vec::new();
    if let Some(mobile) = &request.mobile {
        messages.push(NewMessage {
            idempotency_key: format!("contact-request:{key}"),
            channel: "sms".into(),
            recipient: mobile.clone(),
            subject: subject.clone(),
            body: body.clone(),
            attachment: None,
        });
    } else if let Some(email) = &request.email {
        messages.push(NewMessage {
            idempotency_key: format!("contact-request:{key}"),
            channel: "email".into(),
            recipient: email.clone(),
            subject: subject.clone(),
            body: body.clone(),
            attachment: None,
        });
    }
    let under_18 = domain::contact_request::age_on(request.birth_date, today) < 18;
    if under_18 {
        let guardian_link = format!("{origin}/{}/foresatte", lang.code());
        let body = plain(t!(
            i18n,
            "message-guardian-body",
            service = service,
            link = guardian_link
        ));
        let subject = plain(t!(i18n, "message-guardian-subject", service = service));
        let guardian = [
            request.guardian_mobile.as_ref().map(|m| ("sms", m)),
            request.guardian_email.as_ref().map(|e| ("email", e)),
        ];
        if let Some((channel, recipient)) = guardian.into_iter().flatten().next() {
            messages.push(NewMessage {
                idempotency_key: format!("guardian:{key}"),
                channel: channel.into(),
                recipient: recipient.clone(),
                subject,
                body,
                attachment: None,
            });
        }
    }
    messages
}

/// The one-time code that confirms a booking asked for from the public page. It carries no
/// name and no link: a code sent to a number someone else typed tells its owner nothing but
/// that a code was asked for.
pub fn booking_code(
    service: &str,
    language: &str,
    code: &str,
    channel: &str,
    recipient: &str,
) -> NewMessage {
    let i18n = i18n(lang_of(language));
    NewMessage {
        idempotency_key: format!(
            "booking-code:{}",
            &token_hash(&format!(
                "{recipient}:{code}:{}",
                domain::secret::new_token()
            ))[..24]
        ),
        channel: channel.into(),
        recipient: recipient.into(),
        subject: plain(t!(i18n, "message-booking-code-subject", service = service)),
        body: plain(t!(
            i18n,
            "message-booking-code-body",
            service = service,
            code = code
        )),
        attachment: None,
    }
}

/// A reminder with a fresh link, by the channel the reminder schedule chose.
pub fn reminder(
    origin: &str,
    service: &str,
    due: &Due,
    channel: &str,
    token: &str,
) -> Option<NewMessage> {
    let recipient = match channel {
        "sms" => due.mobile.clone(),
        _ => due.email.clone(),
    }?;
    let lang = lang_of(&due.language);
    let i18n = i18n(lang);
    let link = format!("{origin}/{}/svar/{token}", lang.code());
    Some(NewMessage {
        idempotency_key: format!("reminder:{}:{}", due.id, due.reminders_sent + 1),
        channel: channel.into(),
        recipient,
        subject: plain(t!(i18n, "message-contact-subject", service = service)),
        body: plain(t!(
            i18n,
            "message-reminder-body",
            name = due.first_name.clone(),
            service = service,
            link = link
        )),
        attachment: None,
    })
}

/// What a booking message needs besides the booking: the portal's origin, OT's name and the
/// booking's office.
pub struct BookingContext<'a> {
    pub origin: &'a str,
    pub service: &'a str,
    pub office: &'a domain::department::Department,
}

/// A message about a booking, by SMS and by e-mail as the young person gave them; e-mails about a
/// confirmed meeting carry its calendar file. Each links to the booking's own page.
pub fn booking(
    context: &BookingContext<'_>,
    booking: &domain::booking::Booking,
    event: domain::booking::Event,
    token: &str,
) -> Vec<NewMessage> {
    use domain::booking::Event;
    let lang = lang_of(&booking.language);
    let i18n = i18n(lang);
    let link = format!("{}/{}/bestilling/{token}", context.origin, lang.code());
    let when = crate::calendar::when_label(&i18n, booking.starts_at);
    let how = crate::calendar::form_label(&i18n, booking.form).to_lowercase();
    // What OT wrote is said to be OT's; a young person's own reason is never sent back to them.
    let by_youth = booking.cancelled_by.as_deref() == Some("youth");
    let reason = booking
        .reason
        .clone()
        .filter(|r| r != "moved" && r != "proposed" && !r.trim().is_empty() && !by_youth)
        .map(|reason| t!(i18n, "message-reason-from-ot", reason = reason))
        .unwrap_or_default();
    let name = booking.first_name.clone();
    let body = plain(match event {
        Event::Requested => t!(
            i18n,
            "message-booking-requested",
            name = name,
            when = when,
            link = link
        ),
        Event::Confirmed => t!(
            i18n,
            "message-booking-confirmed",
            name = name,
            when = when,
            how = how,
            link = link
        ),
        Event::Declined => t!(
            i18n,
            "message-booking-declined",
            name = name,
            when = when,
            reason = reason,
            link = link
        ),
        Event::Expired => t!(
            i18n,
            "message-booking-expired",
            name = name,
            when = when,
            link = link
        ),
        Event::Cancelled if by_youth => t!(
            i18n,
            "message-booking-cancelled-by-you",
            name = name,
            when = when,
            link = link
        ),
        Event::Cancelled => t!(
            i18n,
            "message-booking-cancelled",
            name = name,
            when = when,
            reason = reason,
            link = link
        ),
        Event::Reminder => t!(
            i18n,
            "message-booking-reminder",
            name = name,
            when = when,
            how = how,
            link = link
        ),
    });
    // Collapse the gap an empty reason leaves.
    let body = body.split_whitespace().collect::<Vec<_>>().join(" ");
    let subject = plain(t!(
        i18n,
        "message-booking-subject",
        service = context.service
    ));
    let key = format!(
        "booking:{}:{event:?}:{}",
        booking.id,
        &token_hash(token)[..16]
    );
    let attachment =
        matches!(event, Event::Confirmed | Event::Reminder).then(|| domain::outbox::Attachment {
            name: "samtale.ics".into(),
            content: crate::calendar::ics(
                &i18n,
                booking,
                context.service,
                context.office,
                context.origin,
            ),
        });
    let mut messages = Vec::new();
    if let Some(mobile) = &booking.mobile {
        messages.push(NewMessage {
            idempotency_key: format!("{key}:sms"),
            channel: "sms".into(),
            recipient: mobile.clone(),
            subject: subject.clone(),
            body: body.clone(),
            attachment: None,
        });
    }
    if let Some(email) = &booking.email {
        messages.push(NewMessage {
            idempotency_key: format!("{key}:email"),
            channel: "email".into(),
            recipient: email.clone(),
            subject,
            body,
            attachment,
        });
    }
    messages
}

/// `booking` for every office of the county, as the domain's `booking::Compose` wants it.
pub fn booking_composer(
    origin: String,
    service: String,
    offices: Vec<domain::department::Department>,
) -> impl Fn(&domain::booking::Booking, domain::booking::Event, &str) -> Vec<NewMessage> + Send + Sync
{
    move |b, event, token| {
        offices
            .iter()
            .find(|o| o.id == b.department_id)
            .map(|office| {
                let context = BookingContext {
                    origin: &origin,
                    service: &service,
                    office,
                };
                booking(&context, b, event, token)
            })
            .unwrap_or_default()
    }
}

/// The one-time login of a council member: the six-digit code for the page where they asked,
/// and a link that shows a button (opening it changes nothing). In the member's language.
pub fn council_login(
    origin: &str,
    service: &str,
    login: &domain::council::login::LoginCode,
) -> NewMessage {
    let lang = lang_of(&login.language);
    let i18n = i18n(lang);
    let link = format!("{origin}/{}/ot-rad/lenke/{}", lang.code(), login.link_token);
    NewMessage {
        idempotency_key: format!("council-login:{}", &token_hash(&login.link_token)[..24]),
        channel: login.channel.as_str().to_string(),
        recipient: login.recipient.clone(),
        subject: plain(t!(i18n, "message-council-login-subject", service = service)),
        body: plain(t!(
            i18n,
            "message-council-login-body",
            code = login.code.clone(),
            link = link
        )),
        attachment: None,
    }
}

/// OT has answered a member's input: where to read the answer. The domain sets the key, the
/// channel and the recipient (once per answer version, to the member's own address).
pub fn council_answer(origin: &str, notice: &domain::council::input::AnswerNotice) -> NewMessage {
    let lang = lang_of(&notice.language);
    let i18n = i18n(lang);
    let link = format!(
        "{origin}/{}/ot-rad/medlem/horing/{}",
        lang.code(),
        notice.hearing_id
    );
    NewMessage {
        idempotency_key: format!("council-answer:{}:{}", notice.input_id, notice.version),
        channel: notice.channel.as_str().to_string(),
        recipient: notice.recipient.clone(),
        subject: plain(t!(i18n, "message-council-answer-subject")),
        body: plain(t!(
            i18n,
            "message-council-answer-body",
            name = notice.first_name.clone(),
            hearing = notice.hearing_title.clone(),
            link = link
        )),
        attachment: None,
    }
}

/// The coordinator's decision on an application, in the applicant's language: admitted, with
/// where to log in (the login page sends a one-time code to this same mobile or e-mail), or a
/// kind no. The domain sets the key, the channel and the recipient.
pub fn council_decision(
    origin: &str,
    service: &str,
    notice: &domain::council::application::DecisionNotice,
) -> NewMessage {
    let lang = lang_of(&notice.language);
    let i18n = i18n(lang);
    let (subject, body) = if notice.admitted {
        (
            t!(i18n, "message-council-admitted-subject", service = service),
            t!(
                i18n,
                "message-council-admitted-body",
                name = notice.first_name.clone(),
                link = format!("{origin}/{}/ot-rad/logg-inn", lang.code())
            ),
        )
    } else {
        (
            t!(i18n, "message-council-declined-subject", service = service),
            t!(
                i18n,
                "message-council-declined-body",
                name = notice.first_name.clone(),
                link = format!("{origin}/{}/ot-rad", lang.code())
            ),
        )
    };
    NewMessage {
        idempotency_key: format!("council-decision:{}", notice.application_id),
        channel: notice.channel.as_str().to_string(),
        recipient: notice.recipient.clone(),
        subject: plain(subject),
        body: plain(body),
        attachment: None,
    }
}

/// To the council coordinator: an application is waiting. No name or contact detail travels;
/// the link leads to the staff page, behind the staff login.
pub fn council_application(
    origin: &str,
    coordinator: &domain::staff::Staff,
    application_id: i64,
) -> NewMessage {
    let i18n = i18n(Lang::DEFAULT);
    NewMessage {
        idempotency_key: format!("council-application:{application_id}:{}", coordinator.id),
        channel: "email".into(),
        recipient: coordinator.email.clone(),
        subject: plain(t!(i18n, "message-council-application-subject")),
        body: plain(t!(
            i18n,
            "message-council-application-body",
            link = format!("{origin}/nb/staff/council#applications")
        )),
        attachment: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(language: &str, birth: &str) -> NewContactRequest {
        NewContactRequest {
            department_id: 1,
            first_name: "Sara".into(),
            last_name: "Nilsen".into(),
            birth_date: chrono::NaiveDate::parse_from_str(birth, "%Y-%m-%d").unwrap(),
            mobile: Some("+4791234567".into()),
            email: None,
            language: language.into(),
            municipality: "Horten".into(),
            guardian_name: Some("Mor".into()),
            guardian_mobile: None,
            guardian_email: Some("mor@example.no".into()),
        }
    }

    #[test]
    fn messages_carry_the_first_name_and_link_in_the_right_language_and_nothing_else() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let messages = contact_request(
            "https://ot.example",
            "OT i Vestfold",
            &request("nn", "2010-01-01"),
            "TOKEN",
            "ACDEFG34",
            today,
        );
        assert_eq!(messages.len(), 2);
        let youth = &messages[0];
        assert_eq!(
            (youth.channel.as_str(), youth.recipient.as_str()),
            ("sms", "+4791234567")
        );
        assert!(youth.body.contains("Sara"));
        assert!(
            youth.body.contains("https://ot.example/nn/svar/TOKEN"),
            "{}",
            youth.body
        );
        assert!(youth.body.contains("ACDE-FG34"));
        assert!(youth.body.contains("OT i Vestfold"));
        assert!(!youth.body.contains("Nilsen"), "no last name");
        assert!(!youth.body.contains('\u{2068}'), "no isolation marks");
        let guardian = &messages[1];
        assert_eq!(guardian.recipient, "mor@example.no");
        assert!(guardian.body.contains("https://ot.example/nn/foresatte"));
        assert!(
            !guardian.body.contains("TOKEN"),
            "a guardian never gets the answer link"
        );
        assert!(!guardian.body.contains("Sara"));
        // Adults' guardians get nothing.
        let adult = contact_request(
            "https://ot.example",
            "OT",
            &request("en", "2004-01-01"),
            "T",
            "ACDEFG34",
            today,
        );
        assert_eq!(adult.len(), 1);
        assert!(adult[0].body.starts_with("Hi Sara"), "{}", adult[0].body);
    }
}
