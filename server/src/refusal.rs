//! The one place where a server function's error becomes an HTTP status.
//!
//! Server functions answer every `Err` with 500. Most of ours are expected refusals (a time just
//! taken, a wrong link, a form to fix, too many tries); answered as 5xx they would look like
//! faults to every operator and alert. This layer reads the error's code and sets the status
//! that `AppError::status` gives it.

use axum::{
    body::{to_bytes, Body},
    extract::Request,
    http::StatusCode,
    middleware::Next,
    response::Response,
};

use app::error::AppError;

/// An error body is a short JSON object; anything longer is not one of ours.
const MAX_ERROR_BODY: usize = 16 * 1024;

pub async fn refusal_status(request: Request, next: Next) -> Response {
    let is_server_fn = request.uri().path().starts_with("/api/");
    let response = next.run(request).await;
    if !is_server_fn || response.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = match to_bytes(body, MAX_ERROR_BODY).await {
        Ok(bytes) => bytes,
        Err(_) => return Response::from_parts(parts, Body::empty()),
    };
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        if let Ok(status) = StatusCode::from_u16(error.status()) {
            parts.status = status;
        }
    }
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use app::error::AppError;

    #[test]
    fn expected_refusals_are_4xx_and_faults_5xx() {
        assert_eq!(AppError::SlotTaken.status(), 409);
        assert_eq!(AppError::Conflict.status(), 409);
        assert_eq!(AppError::NotFound.status(), 404);
        assert_eq!(AppError::SignIn.status(), 401);
        assert_eq!(AppError::InvalidInput { fields: vec![] }.status(), 422);
        assert_eq!(AppError::Throttled.status(), 429);
        assert_eq!(AppError::Internal.status(), 500);
        let decoded: AppError = serde_json::from_str(r#"{"code":"slot-taken"}"#).unwrap();
        assert_eq!(decoded, AppError::SlotTaken);
    }
}
