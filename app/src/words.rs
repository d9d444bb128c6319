//! The words for domain values in the page's language, shared by the youth and staff pages.

use domain::status_code::Activity;

use crate::{i18n::I18n, t};

/// An activity's words, as the young person chose them.
pub fn activity(i18n: &I18n, activity: Activity) -> String {
    match activity {
        Activity::School => t!(i18n, "activity-school"),
        Activity::PrivateSchool => t!(i18n, "activity-private_school"),
        Activity::Apprenticeship => t!(i18n, "activity-apprenticeship"),
        Activity::Work => t!(i18n, "activity-work"),
        Activity::MilitaryService => t!(i18n, "activity-military_service"),
        Activity::HomeWithChild => t!(i18n, "activity-home_with_child"),
        Activity::IllOrInstitution => t!(i18n, "activity-ill_or_institution"),
        Activity::Course => t!(i18n, "activity-course"),
        Activity::MovedCounty => t!(i18n, "activity-moved_county"),
        Activity::MovedAbroad => t!(i18n, "activity-moved_abroad"),
        Activity::WantsHelp => t!(i18n, "activity-wants_help"),
        Activity::NoThanks => t!(i18n, "activity-no_thanks"),
    }
}

/// The words for an activity as stored (`school` …); an unknown one is shown as it is.
pub fn activity_named(i18n: &I18n, name: &str) -> String {
    Activity::parse(name)
        .map(|a| activity(i18n, a))
        .unwrap_or_else(|_| name.to_string())
}

/// A status code of Vigo OT with its meaning, e.g. «OTAR – I arbeid» (and « via» kept after
/// it): a bare code says nothing to most readers.
pub fn status_code(i18n: &I18n, code: &str) -> String {
    let (bare, via) = match code.strip_suffix(" via") {
        Some(bare) => (bare, " via"),
        None => (code, ""),
    };
    let meaning = match bare {
        "OTUK" => t!(i18n, "status-code-OTUK"),
        "OTOV" => t!(i18n, "status-code-OTOV"),
        "OTOA" => t!(i18n, "status-code-OTOA"),
        "OTAP" => t!(i18n, "status-code-OTAP"),
        "OTKO" => t!(i18n, "status-code-OTKO"),
        "OTAR" => t!(i18n, "status-code-OTAR"),
        "OTEV" => t!(i18n, "status-code-OTEV"),
        "OTVF" => t!(i18n, "status-code-OTVF"),
        "OTLL" => t!(i18n, "status-code-OTLL"),
        "OTNO" => t!(i18n, "status-code-OTNO"),
        "OTMI" => t!(i18n, "status-code-OTMI"),
        "OTBA" => t!(i18n, "status-code-OTBA"),
        "OTSY" => t!(i18n, "status-code-OTSY"),
        "OTIF" => t!(i18n, "status-code-OTIF"),
        "ELGS-IM" => t!(i18n, "status-code-ELGS-IM"),
        "ELVG-IM" => t!(i18n, "status-code-ELVG-IM"),
        "OTFA-IM" => t!(i18n, "status-code-OTFA-IM"),
        "OTFU-IM" => t!(i18n, "status-code-OTFU-IM"),
        "Feil" => t!(i18n, "status-code-Feil"),
        "OTAR_IM" => t!(i18n, "status-code-OTAR_IM"),
        "OTEV_IM" => t!(i18n, "status-code-OTEV_IM"),
        "OTVF_IM" => t!(i18n, "status-code-OTVF_IM"),
        "OTLL_IM" => t!(i18n, "status-code-OTLL_IM"),
        _ => return code.to_string(),
    };
    format!("{bare}{via} – {meaning}")
}
