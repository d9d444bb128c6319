-- Contact requests, the young person's answer, the advisor's review, and the outbox.
-- Times are written by the application (RFC 3339, UTC), as in the earlier migrations.

CREATE TABLE contact_request (
    id                INTEGER PRIMARY KEY,
    county_id         INTEGER NOT NULL REFERENCES county (id),
    department_id     INTEGER NOT NULL REFERENCES department (id),
    first_name        TEXT    NOT NULL,
    last_name         TEXT    NOT NULL,
    birth_date        TEXT    NOT NULL,
    -- E.164 (+4791234567); at least one of mobile and email is set.
    mobile            TEXT,
    email             TEXT,
    language          TEXT    NOT NULL,
    municipality      TEXT    NOT NULL,
    guardian_name     TEXT,
    guardian_mobile   TEXT,
    guardian_email    TEXT,
    -- The code on a paper letter. Kept readable: letters are printed after import, and a code
    -- alone opens nothing without passing the per-address throttle.
    letter_code       TEXT    NOT NULL UNIQUE,
    expires_at        TEXT    NOT NULL,
    revoked_at        TEXT,
    created_by        INTEGER REFERENCES staff (id),
    created_at        TEXT    NOT NULL,
    reminders_sent    INTEGER NOT NULL DEFAULT 0,
    next_reminder_at  TEXT,
    -- Set when the reminders are used up without an answer: the request is on the call list.
    call_list_at      TEXT,
    CHECK (mobile IS NOT NULL OR email IS NOT NULL)
);
CREATE INDEX contact_request_by_department ON contact_request (department_id, created_at);
CREATE INDEX contact_request_by_reminder ON contact_request (next_reminder_at);

-- Link tokens: SHA-256 (hex) only. One per message sent, and one per letter code entered.
CREATE TABLE answer_link (
    token_hash          TEXT    PRIMARY KEY,
    contact_request_id  INTEGER NOT NULL REFERENCES contact_request (id) ON DELETE CASCADE,
    created_at          TEXT    NOT NULL
);

CREATE TABLE answer (
    id                  INTEGER PRIMARY KEY,
    contact_request_id  INTEGER NOT NULL UNIQUE REFERENCES contact_request (id) ON DELETE CASCADE,
    reference           TEXT    NOT NULL UNIQUE,
    activity            TEXT,
    details             TEXT    NOT NULL DEFAULT '',
    contact_channels    TEXT    NOT NULL DEFAULT '',
    contact_time        TEXT,
    suggested_code      TEXT,
    started_at          TEXT    NOT NULL,
    -- NULL while the young person is still on the way through the questions.
    submitted_at        TEXT,
    updated_at          TEXT    NOT NULL,
    -- The code an advisor confirmed; once handled, the young person can no longer change it.
    status_code         TEXT,
    handled_at          TEXT,
    handled_by          INTEGER REFERENCES staff (id)
);
CREATE INDEX answer_by_submitted ON answer (submitted_at);

-- Every review of an answer by an advisor: the history of codes, notes and calls.
CREATE TABLE answer_review (
    id          INTEGER PRIMARY KEY,
    answer_id   INTEGER NOT NULL REFERENCES answer (id) ON DELETE CASCADE,
    staff_id    INTEGER NOT NULL REFERENCES staff (id),
    at          TEXT    NOT NULL,
    status_code TEXT    NOT NULL,
    note        TEXT    NOT NULL,
    called      BOOLEAN NOT NULL
);
CREATE INDEX answer_review_by_answer ON answer_review (answer_id, at);

-- Wrong link tokens and letter codes, for the per-address throttle.
CREATE TABLE link_failure (
    id  INTEGER PRIMARY KEY,
    ip  TEXT    NOT NULL,
    at  TEXT    NOT NULL
);
CREATE INDEX link_failure_by_ip ON link_failure (ip, at);

-- Messages waiting to go out. A worker leases a row (locked_until); a lease that runs out is
-- taken again, so a crashed worker loses nothing. The idempotency key travels with the message
-- so a transport (and the demo mailbox) can drop a second delivery of the same message.
CREATE TABLE outbox_message (
    id                  INTEGER PRIMARY KEY,
    county_id           INTEGER NOT NULL REFERENCES county (id),
    idempotency_key     TEXT    NOT NULL UNIQUE,
    contact_request_id  INTEGER REFERENCES contact_request (id) ON DELETE CASCADE,
    channel             TEXT    NOT NULL CHECK (channel IN ('email', 'sms')),
    recipient           TEXT    NOT NULL,
    subject             TEXT    NOT NULL,
    -- Emptied once sent: the body carries a link token, which must not outlive its delivery here.
    body                TEXT    NOT NULL,
    status              TEXT    NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    attempts            INTEGER NOT NULL DEFAULT 0,
    next_attempt_at     TEXT    NOT NULL,
    locked_by           TEXT,
    locked_until        TEXT,
    sent_at             TEXT,
    last_error          TEXT,
    created_at          TEXT    NOT NULL
);
CREATE INDEX outbox_message_due ON outbox_message (status, next_attempt_at);

-- The embedded transport: messages land here, readable by staff in demo mode only.
CREATE TABLE demo_mailbox (
    id               INTEGER PRIMARY KEY,
    county_id        INTEGER NOT NULL REFERENCES county (id),
    idempotency_key  TEXT    NOT NULL UNIQUE,
    channel          TEXT    NOT NULL,
    recipient        TEXT    NOT NULL,
    subject          TEXT    NOT NULL,
    body             TEXT    NOT NULL,
    delivered_at     TEXT    NOT NULL
);
