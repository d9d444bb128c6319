-- Staff login: password hashes, sessions, throttling, and the append-only audit log.
-- Times are written by the application (RFC 3339, UTC), never by column defaults, so that
-- comparisons between them are comparisons of one format.

-- argon2id PHC string; NULL means no local password (not set yet, or OIDC only).
ALTER TABLE staff ADD COLUMN password_hash TEXT;

CREATE TABLE staff_session (
    -- SHA-256 (hex) of the random token in the cookie; the token itself is never stored.
    token_hash    TEXT    PRIMARY KEY,
    staff_id      INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    created_at    TEXT    NOT NULL,
    last_seen_at  TEXT    NOT NULL
);
CREATE INDEX staff_session_by_staff ON staff_session (staff_id);

CREATE TABLE login_failure (
    id     INTEGER PRIMARY KEY,
    email  TEXT    NOT NULL,
    ip     TEXT    NOT NULL,
    at     TEXT    NOT NULL
);
CREATE INDEX login_failure_by_email ON login_failure (email, at);
CREATE INDEX login_failure_by_ip ON login_failure (ip, at);

CREATE TABLE audit_event (
    id             INTEGER PRIMARY KEY,
    county_id      INTEGER NOT NULL REFERENCES county (id),
    at             TEXT    NOT NULL,
    staff_id       INTEGER REFERENCES staff (id),
    department_id  INTEGER REFERENCES department (id),
    action         TEXT    NOT NULL,
    subject_type   TEXT    NOT NULL,
    subject_id     TEXT    NOT NULL,
    detail         TEXT    NOT NULL
);
CREATE INDEX audit_event_by_time ON audit_event (county_id, at);
CREATE INDEX audit_event_by_subject ON audit_event (subject_type, subject_id);

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;
