//! Udir's status codes for Oppfølgingstjenesten (the kodeverk), and what a young person's answer
//! suggests. Only an advisor confirms a code; the portal never recodes anyone by itself.

use serde::{Deserialize, Serialize};

use crate::error::{DomainError, DomainResult};

/// The kodeverk's five main groups, in Udir's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MainGroup {
    UnknownActivity,
    FollowUp,
    InActivity,
    Clarified,
    NotInTargetGroup,
}

impl MainGroup {
    pub const ALL: [MainGroup; 5] = [
        MainGroup::UnknownActivity,
        MainGroup::FollowUp,
        MainGroup::InActivity,
        MainGroup::Clarified,
        MainGroup::NotInTargetGroup,
    ];

    /// The group's number in the kodeverk (1–5).
    pub fn number(self) -> u8 {
        MainGroup::ALL.iter().position(|g| *g == self).unwrap_or(0) as u8 + 1
    }

    /// The name used in Fluent ids (`status-group-…`).
    pub fn as_str(self) -> &'static str {
        match self {
            MainGroup::UnknownActivity => "unknown_activity",
            MainGroup::FollowUp => "follow_up",
            MainGroup::InActivity => "in_activity",
            MainGroup::Clarified => "clarified",
            MainGroup::NotInTargetGroup => "not_in_target_group",
        }
    }
}

/// The whole kodeverk: each code as Vigo OT spells it, with its main group.
pub const KODEVERK: &[(&str, MainGroup)] = &[
    ("OTUK", MainGroup::UnknownActivity),
    ("OTOV", MainGroup::FollowUp),
    ("OTOA", MainGroup::InActivity),
    ("OTAP", MainGroup::InActivity),
    ("OTKO", MainGroup::InActivity),
    ("OTAR", MainGroup::InActivity),
    ("OTEV", MainGroup::InActivity),
    ("OTVF", MainGroup::InActivity),
    ("OTLL", MainGroup::InActivity),
    ("OTNO", MainGroup::Clarified),
    ("OTMI", MainGroup::Clarified),
    ("OTBA", MainGroup::Clarified),
    ("OTSY", MainGroup::Clarified),
    ("OTIF", MainGroup::Clarified),
    ("ELGS-IM", MainGroup::NotInTargetGroup),
    ("ELVG-IM", MainGroup::NotInTargetGroup),
    ("OTFA-IM", MainGroup::NotInTargetGroup),
    ("OTFU-IM", MainGroup::NotInTargetGroup),
    ("Feil", MainGroup::NotInTargetGroup),
    ("OTAR_IM", MainGroup::NotInTargetGroup),
    ("OTEV_IM", MainGroup::NotInTargetGroup),
    ("OTVF_IM", MainGroup::NotInTargetGroup),
    ("OTLL_IM", MainGroup::NotInTargetGroup),
];

/// A code from the kodeverk, optionally with «via» (OT helped the young person into it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusCode(String);

impl StatusCode {
    /// Accepts a code of the kodeverk as written there, and «via» after a code of group 3.
    pub fn parse(raw: &str) -> DomainResult<StatusCode> {
        let invalid = DomainError::Invalid {
            field: "status_code",
            reason: "not in the kodeverk",
        };
        let raw = raw.trim();
        let (code, via) = match raw.strip_suffix(" via") {
            Some(code) => (code.trim(), true),
            None => (raw, false),
        };
        let (code, group) = KODEVERK.iter().find(|(c, _)| *c == code).ok_or(invalid)?;
        if via && *group != MainGroup::InActivity {
            return Err(DomainError::Invalid {
                field: "status_code",
                reason: "via only follows a code of activity",
            });
        }
        Ok(StatusCode(if via {
            format!("{code} via")
        } else {
            code.to_string()
        }))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn group(&self) -> MainGroup {
        let code = self.0.trim_end_matches(" via");
        KODEVERK
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, g)| *g)
            .unwrap_or(MainGroup::UnknownActivity)
    }
}

/// What a young person says they are doing now: the first question of the answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Activity {
    School,
    PrivateSchool,
    Apprenticeship,
    Work,
    MilitaryService,
    HomeWithChild,
    IllOrInstitution,
    Course,
    MovedCounty,
    MovedAbroad,
    WantsHelp,
    NoThanks,
}

impl Activity {
    /// In the order the question lists them.
    pub const ALL: [Activity; 12] = [
        Activity::School,
        Activity::PrivateSchool,
        Activity::Apprenticeship,
        Activity::Work,
        Activity::MilitaryService,
        Activity::HomeWithChild,
        Activity::IllOrInstitution,
        Activity::Course,
        Activity::MovedCounty,
        Activity::MovedAbroad,
        Activity::WantsHelp,
        Activity::NoThanks,
    ];

    /// The name used in SQL, forms and Fluent ids (`activity-school`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Activity::School => "school",
            Activity::PrivateSchool => "private_school",
            Activity::Apprenticeship => "apprenticeship",
            Activity::Work => "work",
            Activity::MilitaryService => "military_service",
            Activity::HomeWithChild => "home_with_child",
            Activity::IllOrInstitution => "ill_or_institution",
            Activity::Course => "course",
            Activity::MovedCounty => "moved_county",
            Activity::MovedAbroad => "moved_abroad",
            Activity::WantsHelp => "wants_help",
            Activity::NoThanks => "no_thanks",
        }
    }

    pub fn parse(raw: &str) -> DomainResult<Activity> {
        Activity::ALL
            .into_iter()
            .find(|a| a.as_str() == raw)
            .ok_or(DomainError::Invalid {
                field: "activity",
                reason: "choose one",
            })
    }

    /// Whether the young person asked OT to get in touch, so the answer asks how and when. Every
    /// other answer (no thanks included) is complete without a way to contact them.
    pub fn asks_for_contact(self) -> bool {
        self == Activity::WantsHelp
    }

    /// Whether there is anything to tell OT after the first question: «no thanks» is the whole
    /// answer and goes straight to the receipt.
    pub fn asks_for_details(self) -> bool {
        self != Activity::NoThanks
    }

    /// The code an advisor is offered for this answer. The young person's word is a suggestion:
    /// school counts as OTEV although OT may not have helped (OTEV_IM); the advisor knows.
    pub fn suggested_code(self) -> StatusCode {
        let code = match self {
            Activity::School => "OTEV",
            Activity::PrivateSchool => "OTVF",
            Activity::Apprenticeship => "OTLL",
            Activity::Work => "OTAR",
            Activity::MilitaryService => "OTMI",
            Activity::HomeWithChild => "OTBA",
            Activity::IllOrInstitution => "OTSY",
            Activity::Course => "OTIF",
            Activity::MovedCounty => "OTFA-IM",
            Activity::MovedAbroad => "OTFU-IM",
            Activity::WantsHelp => "OTOV",
            Activity::NoThanks => "OTNO",
        };
        StatusCode(code.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_help_asks_how_to_get_in_touch_and_no_thanks_is_the_whole_answer() {
        for activity in Activity::ALL {
            assert_eq!(
                activity.asks_for_contact(),
                activity == Activity::WantsHelp,
                "{activity:?}"
            );
            assert_eq!(
                activity.asks_for_details(),
                activity != Activity::NoThanks,
                "{activity:?}"
            );
        }
    }

    #[test]
    fn every_answer_suggests_a_code_of_the_kodeverk() {
        let expected = [
            (Activity::School, "OTEV", MainGroup::InActivity),
            (Activity::PrivateSchool, "OTVF", MainGroup::InActivity),
            (Activity::Apprenticeship, "OTLL", MainGroup::InActivity),
            (Activity::Work, "OTAR", MainGroup::InActivity),
            (Activity::MilitaryService, "OTMI", MainGroup::Clarified),
            (Activity::HomeWithChild, "OTBA", MainGroup::Clarified),
            (Activity::IllOrInstitution, "OTSY", MainGroup::Clarified),
            (Activity::Course, "OTIF", MainGroup::Clarified),
            (
                Activity::MovedCounty,
                "OTFA-IM",
                MainGroup::NotInTargetGroup,
            ),
            (
                Activity::MovedAbroad,
                "OTFU-IM",
                MainGroup::NotInTargetGroup,
            ),
            (Activity::WantsHelp, "OTOV", MainGroup::FollowUp),
            (Activity::NoThanks, "OTNO", MainGroup::Clarified),
        ];
        assert_eq!(expected.len(), Activity::ALL.len());
        for (activity, code, group) in expected {
            let suggested = activity.suggested_code();
            assert_eq!(suggested.as_str(), code, "{activity:?}");
            assert_eq!(suggested.group(), group, "{activity:?}");
            assert_eq!(StatusCode::parse(code).unwrap(), suggested);
            assert_eq!(Activity::parse(activity.as_str()).unwrap(), activity);
        }
    }

    #[test]
    fn the_kodeverk_has_its_five_groups_and_unique_codes() {
        for group in MainGroup::ALL {
            assert!(KODEVERK.iter().any(|(_, g)| *g == group), "{group:?}");
        }
        let mut codes: Vec<_> = KODEVERK.iter().map(|(c, _)| *c).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), KODEVERK.len());
        assert_eq!(MainGroup::NotInTargetGroup.number(), 5);
    }

    #[test]
    fn via_follows_only_codes_of_activity() {
        assert_eq!(StatusCode::parse("OTEV via").unwrap().as_str(), "OTEV via");
        assert_eq!(
            StatusCode::parse("OTAR via").unwrap().group(),
            MainGroup::InActivity
        );
        assert!(StatusCode::parse("OTNO via").is_err());
        assert!(StatusCode::parse("OTXX").is_err());
        assert!(StatusCode::parse("").is_err());
        assert!(Activity::parse("sleeping").is_err());
    }
}
