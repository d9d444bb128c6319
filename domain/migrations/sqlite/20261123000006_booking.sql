-- Booking a meeting with an advisor. SQLite dialect; keep in step with postgres/. Times are RFC 3339 UTC text written by the application.

-- What an advisor offers: meeting length, the buffer after each meeting, how much notice they
-- need, how far ahead one can book, and the meeting forms (office, phone, video, walk).
CREATE TABLE availability (
    staff_id         INTEGER PRIMARY KEY REFERENCES staff (id) ON DELETE CASCADE,
    meeting_minutes  INTEGER NOT NULL CHECK (meeting_minutes BETWEEN 15 AND 240),
    buffer_minutes   INTEGER NOT NULL CHECK (buffer_minutes BETWEEN 0 AND 120),
    notice_hours     INTEGER NOT NULL CHECK (notice_hours BETWEEN 0 AND 336),
    window_days      INTEGER NOT NULL CHECK (window_days BETWEEN 1 AND 180),
    -- Comma-separated subset of office,phone,video,walk.
    forms            TEXT    NOT NULL
);

-- Weekly time ranges per department, weekday 1 = Monday … 7 = Sunday, Europe/Oslo wall clock.
CREATE TABLE availability_range (
    id             INTEGER PRIMARY KEY,
    staff_id       INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    department_id  INTEGER NOT NULL REFERENCES department (id) ON DELETE CASCADE,
    weekday        INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts         TEXT    NOT NULL CHECK (starts GLOB '[0-2][0-9]:[0-5][0-9]'),
    ends           TEXT    NOT NULL CHECK (ends GLOB '[0-2][0-9]:[0-5][0-9]'),
    CHECK (starts < ends)
);
CREATE INDEX availability_range_by_department ON availability_range (department_id);

-- Date exceptions: away (the whole day when no times are given) or extra hours.
CREATE TABLE availability_exception (
    id             INTEGER PRIMARY KEY,
    staff_id       INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    department_id  INTEGER REFERENCES department (id) ON DELETE CASCADE,
    on_date        TEXT    NOT NULL,
    kind           TEXT    NOT NULL CHECK (kind IN ('away', 'extra')),
    starts         TEXT,
    ends           TEXT,
    CHECK ((starts IS NULL) = (ends IS NULL)),
    CHECK (kind = 'away' OR (starts IS NOT NULL AND department_id IS NOT NULL)),
    CHECK (starts IS NULL OR starts < ends)
);
CREATE INDEX availability_exception_by_staff ON availability_exception (staff_id, on_date);

CREATE TABLE booking (
    id                  INTEGER PRIMARY KEY,
    county_id           INTEGER NOT NULL REFERENCES county (id),
    department_id       INTEGER NOT NULL REFERENCES department (id),
    staff_id            INTEGER NOT NULL REFERENCES staff (id),
    contact_request_id  INTEGER REFERENCES contact_request (id) ON DELETE SET NULL,
    form                TEXT    NOT NULL CHECK (form IN ('office', 'phone', 'video', 'walk')),
    starts_at           TEXT        NOT NULL,
    ends_at             TEXT        NOT NULL,
    -- What no other active meeting of the advisor may overlap: the meeting and its buffer.
    blocked_until       TEXT        NOT NULL,
    state               TEXT    NOT NULL CHECK (state IN ('requested', 'confirmed', 'declined', 'expired',
                                                          'withdrawn', 'cancelled', 'completed', 'no_show')),
    hold_until          TEXT        NOT NULL,
    supersedes_id       INTEGER REFERENCES booking (id),
    first_name          TEXT    NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
    mobile              TEXT,
    email               TEXT,
    language            TEXT    NOT NULL,
    -- Why it was declined or cancelled, and by whom ('youth' or 'ot').
    reason              TEXT,
    cancelled_by        TEXT    CHECK (cancelled_by IN ('youth', 'ot')),
    decided_by          INTEGER REFERENCES staff (id),
    created_at          TEXT        NOT NULL,
    updated_at          TEXT        NOT NULL,
    reminder_sent_at    TEXT       ,
    CHECK (mobile IS NOT NULL OR email IS NOT NULL),
    CHECK (starts_at < ends_at AND ends_at <= blocked_until)
    -- No double booking: SQLite has no exclusion constraint, so booking::request checks and
    -- inserts inside one BEGIN IMMEDIATE transaction (one writer at a time).
);
CREATE INDEX booking_by_staff ON booking (staff_id, starts_at);
CREATE INDEX booking_by_hold ON booking (hold_until) WHERE state = 'requested';

-- The booking's links (see, cancel, move): SHA-256 (hex) only, one per message sent.
CREATE TABLE booking_link (
    token_hash  TEXT    PRIMARY KEY,
    booking_id  INTEGER NOT NULL REFERENCES booking (id) ON DELETE CASCADE,
    created_at  TEXT        NOT NULL
);

-- Booking messages go through the outbox too; e-mails may carry a calendar file.
ALTER TABLE outbox_message ADD COLUMN booking_id INTEGER REFERENCES booking (id) ON DELETE SET NULL;
ALTER TABLE outbox_message ADD COLUMN attachment_name TEXT;
ALTER TABLE outbox_message ADD COLUMN attachment TEXT;

-- «None of these times fit»: a young person asks to be called instead.
CREATE TABLE callback_request (
    id                  INTEGER PRIMARY KEY,
    county_id           INTEGER NOT NULL REFERENCES county (id),
    department_id       INTEGER NOT NULL REFERENCES department (id),
    contact_request_id  INTEGER REFERENCES contact_request (id) ON DELETE SET NULL,
    first_name          TEXT    NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
    mobile              TEXT    NOT NULL,
    language            TEXT    NOT NULL,
    created_at          TEXT NOT NULL,
    handled_at          TEXT,
    handled_by          INTEGER REFERENCES staff (id)
);
CREATE INDEX callback_request_open ON callback_request (department_id, created_at);
