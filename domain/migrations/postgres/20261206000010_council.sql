-- The OT-råd (youth council): applications, members with their terms, one-time login codes and
-- member sessions, hearings with input, support, comments and reports, OT's answer to every
-- input, meetings and the year plan. PostgreSQL dialect; keep in step with sqlite/. Dates
-- (terms, plan items) are Europe/Oslo calendar dates.

-- «Join the council»: what an applicant typed, until the council coordinator admits or declines.
CREATE TABLE council_application (
    id               BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    county_id        BIGINT NOT NULL REFERENCES county (id),
    first_name       TEXT    NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
    -- A birth year, not a date: the council needs no more (least data).
    birth_year       INTEGER NOT NULL,
    mobile           TEXT,
    email            TEXT,
    reason           TEXT    NOT NULL CHECK (length(reason) <= 1000),
    -- How the applicant wants to be contacted; the chosen channel must have its value.
    contact_channel  TEXT    NOT NULL CHECK (contact_channel IN ('sms', 'email')),
    language         TEXT    NOT NULL,
    state            TEXT    NOT NULL CHECK (state IN ('new', 'admitted', 'declined')),
    created_at       TIMESTAMPTZ NOT NULL,
    decided_at       TIMESTAMPTZ,
    decided_by       BIGINT REFERENCES staff (id),
    CHECK (mobile IS NOT NULL OR email IS NOT NULL),
    CHECK ((contact_channel = 'sms' AND mobile IS NOT NULL) OR (contact_channel = 'email' AND email IS NOT NULL)),
    CHECK ((state = 'new') = (decided_at IS NULL))
);
CREATE INDEX council_application_by_county ON council_application (county_id, state, created_at);

-- A member and their term. Alumni are members whose term has ended (ended_at, or term_to past):
-- the row stays, so the council keeps its history.
CREATE TABLE council_member (
    id              BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    county_id       BIGINT NOT NULL REFERENCES county (id),
    -- The application the member came from (none for members entered otherwise); the member
    -- keeps a copy of what they need, so the application can be deleted on time.
    application_id  BIGINT UNIQUE REFERENCES council_application (id) ON DELETE SET NULL,
    first_name      TEXT    NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
    birth_year      INTEGER NOT NULL,
    mobile          TEXT,
    email           TEXT,
    language        TEXT    NOT NULL,
    role            TEXT    NOT NULL CHECK (role IN ('leader', 'deputy', 'member')),
    term_from       DATE NOT NULL,
    term_to         DATE NOT NULL,
    -- Set when the coordinator ends a term early.
    ended_at        TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    CHECK (term_from <= term_to),
    CHECK (mobile IS NOT NULL OR email IS NOT NULL)
);
CREATE INDEX council_member_by_mobile ON council_member (county_id, mobile);
CREATE INDEX council_member_by_email ON council_member (county_id, email);

-- A login asked for with a mobile or an e-mail: one six-digit code (typed on the page of the
-- page token) and one link (carrying the link token) share the row, so using either ends it.
-- Tokens and code are stored only as SHA-256 (hex).
CREATE TABLE council_login (
    id               BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    county_id        BIGINT NOT NULL REFERENCES county (id),
    -- NULL when the contact is no member's: the row exists so that the answer looks the same,
    -- but no code matches it and no message is sent.
    member_id        BIGINT REFERENCES council_member (id) ON DELETE CASCADE,
    page_token_hash  TEXT    NOT NULL UNIQUE,
    link_token_hash  TEXT    NOT NULL UNIQUE,
    -- The code hashed with the page token: the code alone is only a million values.
    code_hash        TEXT    NOT NULL,
    attempts         BIGINT NOT NULL DEFAULT 0,
    created_at       TIMESTAMPTZ NOT NULL,
    expires_at       TIMESTAMPTZ NOT NULL,
    used_at          TIMESTAMPTZ
);
CREATE INDEX council_login_by_expiry ON council_login (expires_at);
CREATE INDEX council_login_by_member ON council_login (member_id);

-- Member sessions, apart from staff sessions: a member's cookie can never open a staff page.
CREATE TABLE council_session (
    token_hash    TEXT    PRIMARY KEY,
    member_id     BIGINT NOT NULL REFERENCES council_member (id) ON DELETE CASCADE,
    created_at    TIMESTAMPTZ NOT NULL,
    last_seen_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX council_session_by_member ON council_session (member_id);

-- A question OT puts to the council, open for input until its deadline (an instant; the
-- coordinator types it in Europe/Oslo time).
CREATE TABLE council_hearing (
    id                   BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    county_id            BIGINT NOT NULL REFERENCES county (id),
    title                TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    question             TEXT    NOT NULL CHECK (length(question) BETWEEN 1 AND 2000),
    background           TEXT    NOT NULL CHECK (length(background) <= 10000),
    deadline_at          TIMESTAMPTZ NOT NULL,
    -- Members see a hearing once it is published; it is never unpublished.
    published_at         TIMESTAMPTZ,
    -- The council's statement on the hearing, public once the coordinator says so.
    statement            TEXT    CHECK (length(statement) <= 10000),
    statement_published  BOOLEAN NOT NULL DEFAULT FALSE,
    created_by           BIGINT REFERENCES staff (id),
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    CHECK (NOT statement_published OR statement IS NOT NULL)
);
CREATE INDEX council_hearing_by_county ON council_hearing (county_id, deadline_at);

-- A member's input to a hearing, and OT's answer to it.
CREATE TABLE council_input (
    id              BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    county_id       BIGINT NOT NULL REFERENCES county (id),
    hearing_id      BIGINT NOT NULL REFERENCES council_hearing (id) ON DELETE CASCADE,
    member_id       BIGINT NOT NULL REFERENCES council_member (id) ON DELETE CASCADE,
    text            TEXT    NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
    -- «Hide my name from other members»; the coordinator always sees it.
    hide_name       BOOLEAN NOT NULL DEFAULT FALSE,
    -- Input from members under 18 waits for the coordinator before other members see it.
    approval        TEXT    NOT NULL CHECK (approval IN ('not_needed', 'pending', 'approved')),
    approved_at     TIMESTAMPTZ,
    approved_by     BIGINT REFERENCES staff (id),
    hidden_at       TIMESTAMPTZ,
    hidden_by       BIGINT REFERENCES staff (id),
    hidden_reason   TEXT,
    withdrawn_at    TIMESTAMPTZ,
    status          TEXT    NOT NULL CHECK (status IN ('received', 'considering', 'answered', 'acted_on', 'not_acted_on')),
    answer          TEXT    CHECK (length(answer) BETWEEN 1 AND 4000),
    -- The first answer: the input waited until then.
    answered_at     TIMESTAMPTZ,
    answered_by     BIGINT REFERENCES staff (id),
    -- Counts the answers given, so each new answer's message has its own idempotency key.
    answer_version  BIGINT NOT NULL DEFAULT 0,
    -- Shown on the public page (without any name) when the coordinator chooses.
    published       BOOLEAN NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL)),
    -- An answered status has an answer, and an answer has an answered status.
    CHECK ((status IN ('answered', 'acted_on', 'not_acted_on')) = (answer IS NOT NULL)),
    -- Nothing hidden, withdrawn or waiting for approval is ever public.
    CHECK (NOT published OR (hidden_at IS NULL AND withdrawn_at IS NULL AND approval <> 'pending'))
);
CREATE INDEX council_input_by_hearing ON council_input (hearing_id, created_at);
CREATE INDEX council_input_by_county ON council_input (county_id, status);

-- A member's support of another member's input: once per member, taken back by deleting it.
CREATE TABLE council_support (
    input_id    BIGINT NOT NULL REFERENCES council_input (id) ON DELETE CASCADE,
    member_id   BIGINT NOT NULL REFERENCES council_member (id) ON DELETE CASCADE,
    created_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (input_id, member_id)
);

-- A comment on an input, moderated like input.
CREATE TABLE council_comment (
    id             BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    county_id      BIGINT NOT NULL REFERENCES county (id),
    input_id       BIGINT NOT NULL REFERENCES council_input (id) ON DELETE CASCADE,
    member_id      BIGINT NOT NULL REFERENCES council_member (id) ON DELETE CASCADE,
    text           TEXT    NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
    hide_name      BOOLEAN NOT NULL DEFAULT FALSE,
    approval       TEXT    NOT NULL CHECK (approval IN ('not_needed', 'pending', 'approved')),
    approved_at    TIMESTAMPTZ,
    approved_by    BIGINT REFERENCES staff (id),
    hidden_at      TIMESTAMPTZ,
    hidden_by      BIGINT REFERENCES staff (id),
    hidden_reason  TEXT,
    withdrawn_at   TIMESTAMPTZ,
    created_at     TIMESTAMPTZ NOT NULL,
    CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL))
);
CREATE INDEX council_comment_by_input ON council_comment (input_id, created_at);

-- A member reporting an input or a comment to the coordinator.
CREATE TABLE council_report (
    id          BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    county_id   BIGINT NOT NULL REFERENCES county (id),
    input_id    BIGINT REFERENCES council_input (id) ON DELETE CASCADE,
    comment_id  BIGINT REFERENCES council_comment (id) ON DELETE CASCADE,
    member_id   BIGINT NOT NULL REFERENCES council_member (id) ON DELETE CASCADE,
    reason      TEXT    CHECK (length(reason) <= 500),
    created_at  TIMESTAMPTZ NOT NULL,
    handled_at  TIMESTAMPTZ,
    handled_by  BIGINT REFERENCES staff (id),
    CHECK ((input_id IS NULL) <> (comment_id IS NULL))
);
-- One open report per member and item: a second click does not pile up reports.
CREATE UNIQUE INDEX council_report_open_input ON council_report (member_id, input_id)
    WHERE handled_at IS NULL AND input_id IS NOT NULL;
CREATE UNIQUE INDEX council_report_open_comment ON council_report (member_id, comment_id)
    WHERE handled_at IS NULL AND comment_id IS NOT NULL;
CREATE INDEX council_report_by_county ON council_report (county_id, handled_at);

-- Every approval, hiding and restoring, with the coordinator's reason: the item's moderation
-- history (the audit log records that it happened, this table why).
CREATE TABLE council_moderation (
    id          BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    county_id   BIGINT NOT NULL REFERENCES county (id),
    input_id    BIGINT REFERENCES council_input (id) ON DELETE CASCADE,
    comment_id  BIGINT REFERENCES council_comment (id) ON DELETE CASCADE,
    action      TEXT    NOT NULL CHECK (action IN ('approve', 'hide', 'restore')),
    reason      TEXT    CHECK (length(reason) <= 500),
    staff_id    BIGINT NOT NULL REFERENCES staff (id),
    at          TIMESTAMPTZ NOT NULL,
    CHECK ((input_id IS NULL) <> (comment_id IS NULL))
);
CREATE INDEX council_moderation_by_input ON council_moderation (input_id);
CREATE INDEX council_moderation_by_comment ON council_moderation (comment_id);

-- A council meeting: agenda before, attendance and minutes after.
CREATE TABLE council_meeting (
    id                 BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    county_id          BIGINT NOT NULL REFERENCES county (id),
    title              TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    agenda             TEXT    NOT NULL CHECK (length(agenda) <= 10000),
    place              TEXT    NOT NULL CHECK (length(place) <= 200),
    starts_at          TIMESTAMPTZ NOT NULL,
    ends_at            TIMESTAMPTZ NOT NULL,
    minutes            TEXT    CHECK (length(minutes) <= 20000),
    minutes_published  BOOLEAN NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMPTZ NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL,
    CHECK (starts_at < ends_at),
    CHECK (NOT minutes_published OR minutes IS NOT NULL)
);
CREATE INDEX council_meeting_by_county ON council_meeting (county_id, starts_at);

CREATE TABLE council_attendance (
    meeting_id  BIGINT NOT NULL REFERENCES council_meeting (id) ON DELETE CASCADE,
    member_id   BIGINT NOT NULL REFERENCES council_member (id) ON DELETE CASCADE,
    present     BOOLEAN NOT NULL,
    PRIMARY KEY (meeting_id, member_id)
);

-- The year plan's other entries. Meetings and hearing deadlines come from their own tables, so
-- they are never entered twice or left behind when they move.
CREATE TABLE council_plan_item (
    id          BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    county_id   BIGINT NOT NULL REFERENCES county (id),
    on_date     DATE NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('report_to_committee', 'other')),
    title       TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    created_by  BIGINT REFERENCES staff (id),
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX council_plan_item_by_date ON council_plan_item (county_id, on_date);
