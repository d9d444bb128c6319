//! Per-request language: negotiation and message lookup, on the server.
//!
//! The server picks the language for each request (URL prefix, then the `lang` cookie, then
//! Accept-Language, `no` meaning bokmål) and writes it into `<html lang dir>`. Pages are server
//! HTML; an island gets the words it shows as props, so the WASM carries no messages at all.

#[cfg(feature = "ssr")]
use std::sync::Arc;

#[cfg(feature = "ssr")]
use i18n_embed::fluent::FluentLanguageLoader;
#[cfg(feature = "ssr")]
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The languages the portal speaks. The order is the order of the language picker: the two
/// Norwegian written standards, Northern Sámi, then the languages of the families OT serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    Nb,
    Nn,
    Se,
    En,
    Uk,
    Pl,
    Ar,
    So,
    Ti,
    Prs,
}

/// Who has checked a language's text: bokmål is the original; the others are translations,
/// and a page in a translation nobody qualified has reviewed says so and links to bokmål.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TranslationStatus {
    Original,
    Reviewed,
    NotReviewed,
}

/// The cookie that remembers a visitor's chosen language.
pub const LANG_COOKIE: &str = "lang";
/// The Fluent domain: each language's messages are in `locales/{lang}/neste-steg.ftl`.
pub const DOMAIN: &str = "neste-steg";

impl Lang {
    pub const ALL: [Lang; 10] = [
        Lang::Nb,
        Lang::Nn,
        Lang::Se,
        Lang::En,
        Lang::Uk,
        Lang::Pl,
        Lang::Ar,
        Lang::So,
        Lang::Ti,
        Lang::Prs,
    ];
    /// The staff area speaks these only; its messages exist in no other locale.
    pub const STAFF: [Lang; 3] = [Lang::Nb, Lang::Nn, Lang::En];
    pub const DEFAULT: Lang = Lang::Nb;

    /// The BCP 47 code, used in URLs, `<html lang>` and the locale folder names.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::Se => "se",
            Lang::En => "en",
            Lang::Uk => "uk",
            Lang::Pl => "pl",
            Lang::Ar => "ar",
            Lang::So => "so",
            Lang::Ti => "ti",
            Lang::Prs => "prs",
        }
    }

    /// Text direction for `<html dir>`: Arabic and Dari are written right to left.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar | Lang::Prs => "rtl",
            _ => "ltr",
        }
    }

    /// The language's name in itself, as the language picker shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Nb => "Norsk bokmål",
            Lang::Nn => "Norsk nynorsk",
            Lang::Se => "Davvisámegiella",
            Lang::En => "English",
            Lang::Uk => "Українська",
            Lang::Pl => "Polski",
            Lang::Ar => "العربية",
            Lang::So => "Soomaali",
            Lang::Ti => "ትግርኛ",
            Lang::Prs => "دری",
        }
    }

    /// Whether the staff area can be shown in this language.
    pub fn is_staff(self) -> bool {
        Lang::STAFF.contains(&self)
    }

    /// Kept in step with the README's language table (app/tests/locales.rs compares them).
    pub fn translation_status(self) -> TranslationStatus {
        match self {
            Lang::Nb => TranslationStatus::Original,
            // Written by the team, not yet checked by a qualified translator.
            _ => TranslationStatus::NotReviewed,
        }
    }

    /// Exactly one of our codes, as in a URL prefix or the cookie.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Any language tag a browser may send (`nb-NO`, `no`, `nn-NO`, `en-GB` …).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            // «no» is Norwegian without a written standard: bokmål is what most mean by it.
            "no" | "nb" => Some(Lang::Nb),
            "nn" => Some(Lang::Nn),
            // `sme` is the ISO 639-3 code some systems send for Northern Sámi.
            "se" | "sme" => Some(Lang::Se),
            "en" => Some(Lang::En),
            "uk" => Some(Lang::Uk),
            "pl" => Some(Lang::Pl),
            "ar" => Some(Lang::Ar),
            "so" => Some(Lang::So),
            "ti" => Some(Lang::Ti),
            // Phones set to Dari usually say `fa-AF`; Persian (`fa`) readers read Dari well,
            // better than any other language we have.
            "prs" | "fa" => Some(Lang::Prs),
            _ => None,
        }
    }

    /// The language a URL path starts with, if any: `/nn/kontakt` → nynorsk.
    pub fn from_path(path: &str) -> Option<Lang> {
        let first = path.trim_start_matches('/').split('/').next()?;
        Lang::from_code(first)
    }

    #[cfg(feature = "ssr")]
    pub fn langid(self) -> unic_langid::LanguageIdentifier {
        self.code()
            .parse()
            .expect("language codes are valid BCP 47")
    }
}

#[cfg(feature = "ssr")]
/// Picks the language of a request: URL prefix, then cookie, then Accept-Language, then bokmål.
pub fn negotiate(path: &str, cookie_header: Option<&str>, accept_language: Option<&str>) -> Lang {
    Lang::from_path(path)
        .or_else(|| cookie_header.and_then(lang_from_cookie_header))
        .or_else(|| accept_language.and_then(lang_from_accept_language))
        .unwrap_or(Lang::DEFAULT)
}

#[cfg(feature = "ssr")]
fn lang_from_cookie_header(header: &str) -> Option<Lang> {
    header
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == LANG_COOKIE)
        .and_then(|(_, value)| Lang::from_code(value.trim()))
}

#[cfg(feature = "ssr")]
/// The first language of ours in the header's preference order (q-values respected, q=0 refused).
fn lang_from_accept_language(header: &str) -> Option<Lang> {
    let refused: Vec<&str> = header
        .split(',')
        .filter(|part| {
            part.split(';').skip(1).any(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    .is_some_and(|q| q <= 0.0)
            })
        })
        .filter_map(|part| part.split(';').next().map(str::trim))
        .collect();
    accept_language::parse(header)
        .iter()
        .filter(|tag| !refused.contains(&tag.as_str()))
        .find_map(|tag| Lang::from_tag(tag))
}

/// The language of this page and its messages. Cheap to clone.
#[cfg(feature = "ssr")]
#[derive(Clone)]
pub struct I18n {
    lang: Lang,
    loader: Arc<FluentLanguageLoader>,
}

#[cfg(feature = "ssr")]
impl I18n {
    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn loader(&self) -> &FluentLanguageLoader {
        &self.loader
    }

    /// A path inside the portal in this page's language: `href("/kontakt")` → `/nn/kontakt`.
    pub fn href(&self, path: &str) -> String {
        format!("/{}{}", self.lang.code(), path)
    }
}

/// The page's I18n, provided by the server per request.
#[cfg(feature = "ssr")]
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// Looks a message up in the page's language; the id (and each argument) is checked against
/// `locales/nb` at compile time.
#[macro_export]
macro_rules! t {
    ($i18n:expr, $($args:tt)*) => {
        i18n_embed_fl::fl!($i18n.loader(), $($args)*)
    };
}

#[cfg(feature = "ssr")]
pub mod server {
    //! The server holds every language, loaded once at start.

    use std::{collections::HashMap, sync::LazyLock};

    use i18n_embed::LanguageLoader;
    use rust_embed::RustEmbed;

    use super::*;

    #[derive(RustEmbed)]
    #[folder = "../locales/"]
    struct Locales;

    static LOADERS: LazyLock<HashMap<Lang, Arc<FluentLanguageLoader>>> = LazyLock::new(|| {
        let all = FluentLanguageLoader::new(DOMAIN, Lang::DEFAULT.langid());
        let ids: Vec<_> = Lang::ALL.iter().map(|l| l.langid()).collect();
        all.load_languages(&Locales, &ids)
            .expect("every language in Lang::ALL has a locales/{lang}/neste-steg.ftl");
        Lang::ALL
            .into_iter()
            .map(|lang| (lang, Arc::new(all.select_languages(&[lang.langid()]))))
            .collect()
    });

    pub fn i18n(lang: Lang) -> I18n {
        I18n {
            lang,
            loader: LOADERS[&lang].clone(),
        }
    }

    /// Loads every language now, so a broken locale stops the server at start, not mid-request.
    pub fn preload() {
        LazyLock::force(&LOADERS);
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn url_prefix_wins_over_cookie_and_header() {
        assert_eq!(
            negotiate("/nn/kontakt", Some("lang=en"), Some("en")),
            Lang::Nn
        );
        assert_eq!(negotiate("/en", None, Some("nb")), Lang::En);
    }

    #[test]
    fn cookie_wins_over_header() {
        assert_eq!(
            negotiate("/", Some("other=1; lang=nn"), Some("en")),
            Lang::Nn
        );
        // An unknown cookie value is ignored, not trusted.
        assert_eq!(negotiate("/", Some("lang=xx"), Some("en")), Lang::En);
    }

    #[test]
    fn accept_language_respects_quality() {
        assert_eq!(
            negotiate("/", None, Some("de-DE,de;q=0.9,nn;q=0.8,en;q=0.7")),
            Lang::Nn
        );
        assert_eq!(negotiate("/", None, Some("en;q=0.5,nn;q=0.9")), Lang::Nn);
        assert_eq!(negotiate("/", None, Some("nn;q=0,en")), Lang::En);
    }

    #[test]
    fn norwegian_variants_map_to_our_codes() {
        assert_eq!(negotiate("/", None, Some("no")), Lang::Nb);
        assert_eq!(negotiate("/", None, Some("nb-NO")), Lang::Nb);
        assert_eq!(negotiate("/", None, Some("nn-NO,nb;q=0.5")), Lang::Nn);
        assert_eq!(negotiate("/", None, Some("en-GB")), Lang::En);
    }

    #[test]
    fn phones_set_to_the_families_languages_get_them() {
        assert_eq!(
            negotiate("/", None, Some("ar-SA,ar;q=0.9,en;q=0.5")),
            Lang::Ar
        );
        assert_eq!(
            negotiate("/", None, Some("uk-UA,uk;q=0.9,ru;q=0.8")),
            Lang::Uk
        );
        assert_eq!(negotiate("/", None, Some("se-NO,nb;q=0.8")), Lang::Se);
        assert_eq!(negotiate("/", None, Some("sme")), Lang::Se);
        assert_eq!(negotiate("/", None, Some("fa-AF")), Lang::Prs);
        assert_eq!(negotiate("/", None, Some("ti-ER")), Lang::Ti);
        assert_eq!(negotiate("/", None, Some("so-SO")), Lang::So);
        assert_eq!(negotiate("/", None, Some("pl-PL")), Lang::Pl);
        // A language we do not have gives way to the next one the phone lists.
        assert_eq!(negotiate("/", None, Some("ru-RU,uk;q=0.7")), Lang::Uk);
    }

    #[test]
    fn counted_days_take_the_languages_plural_forms() {
        // Fluent marks each placeable with invisible isolation marks; compare the words only.
        let text = |lang, days: i64| {
            let i18n = server::i18n(lang);
            crate::t!(i18n, "privacy-keep-3", days = days).replace(['\u{2068}', '\u{2069}'], "")
        };
        for (lang, days, words) in [
            (Lang::En, 1, "1 day after"),
            (Lang::En, 90, "90 days after"),
            (Lang::Nb, 1, "1 dag etter"),
            (Lang::Nn, 90, "90 dagar etter"),
            (Lang::Uk, 1, "через 1 день"),
            (Lang::Uk, 3, "через 3 дні"),
            (Lang::Uk, 90, "через 90 днів"),
            (Lang::Pl, 1, "1 dzień po"),
            (Lang::Pl, 90, "90 dni po"),
            (Lang::Ar, 1, "بعد يوم واحد"),
            (Lang::Ar, 2, "بعد يومين"),
            (Lang::Ar, 5, "بعد 5 أيام"),
            (Lang::Ar, 90, "بعد 90 يومًا"),
            (Lang::So, 1, "1 maalin"),
        ] {
            let line = text(lang, days);
            assert!(line.contains(words), "{lang:?} {days}: {line}");
        }
    }

    #[test]
    fn right_to_left_only_for_arabic_and_dari() {
        let rtl: Vec<Lang> = Lang::ALL.into_iter().filter(|l| l.dir() == "rtl").collect();
        assert_eq!(rtl, [Lang::Ar, Lang::Prs]);
    }

    #[test]
    fn unknown_or_missing_falls_back_to_bokmal() {
        assert_eq!(negotiate("/", None, None), Lang::Nb);
        assert_eq!(negotiate("/xx/kontakt", None, Some("fr, de")), Lang::Nb);
        assert_eq!(negotiate("/", None, Some("")), Lang::Nb);
    }

    #[test]
    fn paths_only_count_as_prefix_when_whole() {
        assert_eq!(Lang::from_path("/nb"), Some(Lang::Nb));
        assert_eq!(Lang::from_path("/nn/"), Some(Lang::Nn));
        assert_eq!(Lang::from_path("/nbx"), None);
        assert_eq!(Lang::from_path("/kontakt/nb"), None);
    }
}
