//! Random tokens and password hashes: what may never be stored or compared in the clear.

use argon2::{
    password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Argon2,
};
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use sha2::{Digest, Sha256};

use crate::error::{DomainError, DomainResult};

/// A fresh token of 256 random bits, base64url: what goes into a cookie or a link.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system has randomness");
    URL_SAFE_NO_PAD.encode(bytes)
}

/// What the database keeps of a token: its SHA-256, hex. A leaked table opens nothing.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// A one-time code of six decimal digits, uniformly drawn (rejection sampling, no modulo bias):
/// short enough to type from an SMS, and only ever stored hashed with the token it belongs to.
pub fn new_digits() -> String {
    loop {
        let mut bytes = [0u8; 4];
        getrandom::fill(&mut bytes).expect("the operating system has randomness");
        let n = u32::from_le_bytes(bytes);
        // 4 294 000 000 is the largest multiple of a million below 2^32.
        if n < 4_294_000_000 {
            return format!("{:06}", n % 1_000_000);
        }
    }
}

/// Passwords: at least 12 characters (a passphrase is encouraged), at most 200.
pub fn validate_password(password: &str) -> DomainResult<()> {
    let chars = password.chars().count();
    if chars < 12 {
        return Err(DomainError::Invalid {
            field: "password",
            reason: "too short",
        });
    }
    if chars > 200 {
        return Err(DomainError::Invalid {
            field: "password",
            reason: "too long",
        });
    }
    Ok(())
}

/// argon2id with the crate's defaults (19 MiB, 2 passes: OWASP's recommendation), as a PHC string.
pub fn hash_password(password: &str) -> DomainResult<String> {
    validate_password(password)?;
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|_| DomainError::Invalid {
            field: "password",
            reason: "cannot be hashed",
        })
}

pub fn verify_password(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|hash| {
        Argon2::default()
            .verify_password(password.as_bytes(), &hash)
            .is_ok()
    })
}

/// Spends the time a real verification takes, so «no such account» and «wrong password» cannot
/// be told apart by the clock.
pub fn verify_nothing(password: &str) {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let phc = DUMMY.get_or_init(|| hash_password("a password nobody has").expect("hashes"));
    let _ = verify_password(password, phc);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_six_digits_and_vary() {
        let codes: std::collections::HashSet<String> = (0..50).map(|_| new_digits()).collect();
        assert!(codes.len() > 45);
        assert!(codes
            .iter()
            .all(|c| c.len() == 6 && c.chars().all(|d| d.is_ascii_digit())));
    }

    #[test]
    fn tokens_are_long_random_and_url_safe() {
        let a = new_token();
        let b = new_token();
        assert_ne!(a, b);
        assert_eq!(a.len(), 43, "256 bits in base64url without padding");
        assert!(a
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    }

    #[test]
    fn token_hashes_are_stable_and_not_the_token() {
        let t = new_token();
        assert_eq!(token_hash(&t), token_hash(&t));
        assert_ne!(token_hash(&t), t);
        assert_eq!(token_hash(&t).len(), 64);
    }

    #[test]
    fn passwords_verify_only_themselves() {
        let phc = hash_password("korrekt hest batteri stift").unwrap();
        assert!(phc.starts_with("$argon2id$"));
        assert!(verify_password("korrekt hest batteri stift", &phc));
        assert!(!verify_password("korrekt hest batteri stifT", &phc));
        assert!(!verify_password("anything", "not a hash"));
    }

    #[test]
    fn short_passwords_are_refused() {
        assert!(hash_password("kort").is_err());
        assert!(validate_password("elleve tegn").is_err());
        assert!(validate_password("tolv tegn ok").is_ok());
    }
}
