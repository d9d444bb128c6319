-- Hardening: staff bound to their identity provider's subject, public booking confirmed by a
-- code, and per-client counters for public forms.

-- The provider's own id for the person (issuer + subject), bound at the first OIDC login: an
-- e-mail address can be given to someone else later, the subject cannot.
ALTER TABLE staff ADD COLUMN oidc_issuer TEXT;
ALTER TABLE staff ADD COLUMN oidc_subject TEXT;
CREATE UNIQUE INDEX staff_by_oidc_subject ON staff (county_id, oidc_issuer, oidc_subject)
    WHERE oidc_subject IS NOT NULL;

-- A booking asked for from the public page, waiting for the six-digit code sent to the mobile
-- or e-mail it names. It holds no time: only a confirmed code turns it into a booking request.
CREATE TABLE booking_verification (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    county_id      BIGINT NOT NULL REFERENCES county (id),
    -- SHA-256 (hex) of the link token of the page where the code is typed.
    token_hash     TEXT    NOT NULL UNIQUE,
    -- SHA-256 (hex) of the code with the token: the code alone is only a million values.
    code_hash      TEXT    NOT NULL,
    attempts       BIGINT NOT NULL DEFAULT 0,
    department_id  BIGINT NOT NULL REFERENCES department (id),
    staff_id       BIGINT NOT NULL REFERENCES staff (id),
    form           TEXT    NOT NULL,
    starts_at      TIMESTAMPTZ NOT NULL,
    first_name     TEXT    NOT NULL,
    mobile         TEXT,
    email          TEXT,
    language       TEXT    NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    expires_at     TIMESTAMPTZ NOT NULL,
    used_at        TIMESTAMPTZ,
    booking_id     BIGINT REFERENCES booking (id) ON DELETE SET NULL,
    CHECK (mobile IS NOT NULL OR email IS NOT NULL)
);
CREATE INDEX booking_verification_by_expiry ON booking_verification (expires_at);

-- What one client (an address, a mobile, an e-mail) did lately on a public form, for limits.
-- The key of a mobile or e-mail is its SHA-256, never the value itself.
CREATE TABLE throttle_event (
    id    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind  TEXT    NOT NULL,
    key   TEXT    NOT NULL,
    at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX throttle_event_by_key ON throttle_event (kind, key, at);
CREATE INDEX throttle_event_by_at ON throttle_event (at);

-- The staff page a login through the identity provider returns to (checked again on return).
ALTER TABLE oidc_login ADD COLUMN return_to TEXT;
