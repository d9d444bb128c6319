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
