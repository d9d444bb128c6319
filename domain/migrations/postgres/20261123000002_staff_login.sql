-- Staff login: password hashes, sessions, throttling, and the append-only audit log.

-- argon2id PHC string; NULL means no local password (not set yet, or OIDC only).
ALTER TABLE staff ADD COLUMN password_hash TEXT;

CREATE TABLE staff_session (
    -- SHA-256 (hex) of the random token in the cookie; the token itself is never stored.
    token_hash    TEXT        PRIMARY KEY,
    staff_id      BIGINT      NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    created_at    TIMESTAMPTZ NOT NULL,
    last_seen_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX staff_session_by_staff ON staff_session (staff_id);

CREATE TABLE login_failure (
    id     BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email  TEXT        NOT NULL,
    ip     TEXT        NOT NULL,
    at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_failure_by_email ON login_failure (email, at);
CREATE INDEX login_failure_by_ip ON login_failure (ip, at);

CREATE TABLE audit_event (
    id             BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    county_id      BIGINT      NOT NULL REFERENCES county (id),
    at             TIMESTAMPTZ NOT NULL,
    staff_id       BIGINT      REFERENCES staff (id),
    department_id  BIGINT      REFERENCES department (id),
    action         TEXT        NOT NULL,
    subject_type   TEXT        NOT NULL,
    subject_id     TEXT        NOT NULL,
    detail         TEXT        NOT NULL
);
CREATE INDEX audit_event_by_time ON audit_event (county_id, at);
CREATE INDEX audit_event_by_subject ON audit_event (subject_type, subject_id);

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END;
$$;
CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
