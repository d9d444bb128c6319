//! The built front-end files: names with content hashes, served precompressed.

use std::path::{Path, PathBuf};

use axum::{http::HeaderValue, Router};
use tower::ServiceBuilder;
use tower_http::{services::ServeDir, set_header::SetResponseHeaderLayer};

pub const OUTPUT_NAME: &str = "neste_steg";
pub const PKG_DIR: &str = "pkg";

/// Where the build wrote the content hashes (`js: …`, `wasm: …`, `css: …`).
pub fn hash_file(site_root: &Path) -> PathBuf {
    site_root.join(PKG_DIR).join("hash.txt")
}

/// A built file's name without its extension, with its content hash when the build wrote one:
/// `kind` is `css`, `js` or `wasm`.
fn hashed_name(site_root: &Path, kind: &str) -> String {
    let hash = std::fs::read_to_string(hash_file(site_root))
        .ok()
        .and_then(|text| {
            text.lines()
                .filter_map(|line| line.split_once(':'))
                .find(|(k, _)| k.trim() == kind)
                .map(|(_, hash)| hash.trim().to_string())
        });
    match hash {
        Some(hash) => format!("{OUTPUT_NAME}.{hash}"),
        None => OUTPUT_NAME.to_string(),
    }
}

/// The stylesheet's URL.
pub fn stylesheet_href(site_root: &Path) -> String {
    format!("/{PKG_DIR}/{}.css", hashed_name(site_root, "css"))
}

/// What the islands need: the JS glue's and the WASM's names under `/pkg`, without extension.
pub fn island_files(site_root: &Path) -> app::portal::server::IslandFiles {
    app::portal::server::IslandFiles {
        pkg: PKG_DIR.to_string(),
        js: hashed_name(site_root, "js"),
        wasm: hashed_name(site_root, "wasm"),
    }
}

/// `/pkg/…`: hashed names never change content, so browsers may keep them for a year; the
/// `.br` and `.gz` files the build wrote beside each one are sent to browsers that accept them.
pub fn pkg_router(site_root: &Path) -> Router {
    let files = ServeDir::new(site_root.join(PKG_DIR))
        .precompressed_br()
        .precompressed_gzip();
    Router::new().fallback_service(
        ServiceBuilder::new()
            .layer(SetResponseHeaderLayer::overriding(
                http::header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=31536000, immutable"),
            ))
            .service(files),
    )
}

/// The site's icon (an arrow: the next step), small enough to live in the binary.
const FAVICON: &str = include_str!("../assets/favicon.svg");

/// The Ge'ez web font (scripts/geez-font.sh): named with the font's version, so a browser may
/// keep it for a year.
pub const GEEZ_REGULAR: &str = "/fonts/noto-sans-ethiopic-2.000-regular.woff2";
pub const GEEZ_BOLD: &str = "/fonts/noto-sans-ethiopic-2.000-bold.woff2";

fn woff2(bytes: &'static [u8]) -> axum::response::Response {
    use axum::response::IntoResponse;
    (
        [
            (http::header::CONTENT_TYPE, "font/woff2"),
            (
                http::header::CACHE_CONTROL,
                "public, max-age=31536000, immutable",
            ),
        ],
        bytes,
    )
        .into_response()
}

pub async fn geez_regular() -> axum::response::Response {
    woff2(include_bytes!(
        "../assets/fonts/noto-sans-ethiopic-regular.woff2"
    ))
}

pub async fn geez_bold() -> axum::response::Response {
    woff2(include_bytes!(
        "../assets/fonts/noto-sans-ethiopic-bold.woff2"
    ))
}

/// `/favicon.svg`, which every page names, and `/favicon.ico`, which browsers and bots ask for
/// anyway: the same icon, cached for a day, rather than a 404 page on every visit.
pub async fn favicon() -> impl axum::response::IntoResponse {
    (
        [
            (http::header::CONTENT_TYPE, "image/svg+xml"),
            (http::header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        FAVICON,
    )
}
