//! The pages for young people are written for a 15-year-old: each scores LIX ≤ 40 in bokmål and
//! nynorsk. LIX = words per sentence + 100 × share of words longer than six letters.

use std::{fs, path::Path};

use app::pages::info::Info;
use fluent_syntax::ast::{Entry, PatternElement};

/// The plain text of each message in a locale's file (placeables left out).
fn messages(lang: &str) -> Vec<(String, String)> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../locales/{lang}/neste-steg.ftl"));
    let source = fs::read_to_string(path).unwrap();
    let resource = fluent_syntax::parser::parse(source.as_str()).unwrap();
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => m.value.as_ref().map(|value| {
                let text: String = value
                    .elements
                    .iter()
                    .map(|e| match e {
                        PatternElement::TextElement { value } => *value,
                        PatternElement::Placeable { .. } => "",
                    })
                    .collect();
                (m.id.name.to_string(), text)
            }),
            _ => None,
        })
        .collect()
}

/// LIX of a list of texts, each one a heading, paragraph or list item (so each ends a sentence).
pub fn lix(texts: &[String]) -> f64 {
    let mut words = 0usize;
    let mut long = 0usize;
    let mut sentences = 0usize;
    for text in texts {
        let mut ended = false;
        for token in text.split_whitespace() {
            let letters: String = token.chars().filter(|c| c.is_alphabetic()).collect();
            if letters.is_empty() {
                continue;
            }
            words += 1;
            if letters.chars().count() > 6 {
                long += 1;
            }
            ended = token.ends_with(['.', '!', '?', ':']);
            if ended {
                sentences += 1;
            }
        }
        if !ended {
            sentences += 1;
        }
    }
    words as f64 / sentences.max(1) as f64 + 100.0 * long as f64 / words.max(1) as f64
}

#[test]
fn lix_matches_a_hand_count() {
    // 8 words, 2 sentences, 3 long words ("Oppfølgingstjenesten", "hjelper", "videregående"):
    // 4 + 37.5 = 41.5.
    let texts = vec![
        "Oppfølgingstjenesten hjelper deg.".to_string(),
        "Du kan ta videregående nå.".to_string(),
    ];
    assert!(
        (lix(&texts) - (8.0 / 2.0 + 100.0 * 3.0 / 8.0)).abs() < 1e-9,
        "{}",
        lix(&texts)
    );
    // Long, breathless prose scores high, so the check below can fail.
    let heavy = vec!["Oppfølgingstjenestens forvaltningsvedtak vedrørende opplæringsrettigheter innebærer ytterligere saksbehandling og dokumentasjonsplikt for fylkeskommunen og kommunene".to_string()];
    assert!(lix(&heavy) > 40.0);
}

#[test]
fn youth_pages_are_easy_to_read_in_bokmal_and_nynorsk() {
    let youth_pages = [Info::Rights, Info::Offers, Info::FollowUp, Info::Privacy];
    for lang in ["nb", "nn"] {
        let all = messages(lang);
        for page in youth_pages {
            // The legal basis is a citation, not prose for the reader.
            let (_, _, _, law) = page.content();
            let texts: Vec<String> = page
                .message_ids()
                .into_iter()
                .filter(|id| *id != law)
                .map(|id| {
                    all.iter()
                        .find(|(m, _)| m == id)
                        .unwrap_or_else(|| panic!("{lang} lacks {id}"))
                        .1
                        .clone()
                })
                .collect();
            let score = lix(&texts);
            println!("{lang} {page:?}: LIX {score:.1}");
            assert!(
                score <= 40.0,
                "{lang} {page:?} scores LIX {score:.1}, above 40"
            );
        }
    }
}
