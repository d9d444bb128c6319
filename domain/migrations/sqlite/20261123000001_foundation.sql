-- The tenant, its offices and its staff. SQLite dialect; keep in step with postgres/.

CREATE TABLE county (
    id            INTEGER PRIMARY KEY,
    slug          TEXT    NOT NULL UNIQUE CHECK (slug GLOB '[a-z]*' AND slug NOT GLOB '*[^a-z0-9-]*'),
    name          TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    service_name  TEXT    NOT NULL CHECK (length(service_name) BETWEEN 1 AND 200),
    phone         TEXT    NOT NULL,
    email         TEXT    NOT NULL,
    created_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE department (
    id              INTEGER PRIMARY KEY,
    county_id       INTEGER NOT NULL REFERENCES county (id),
    slug            TEXT    NOT NULL CHECK (slug GLOB '[a-z]*' AND slug NOT GLOB '*[^a-z0-9-]*'),
    name            TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    street_address  TEXT    NOT NULL,
    postal_code     TEXT    NOT NULL CHECK (postal_code GLOB '[0-9][0-9][0-9][0-9]'),
    city            TEXT    NOT NULL,
    phone           TEXT    NOT NULL,
    email           TEXT    NOT NULL,
    created_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (county_id, slug)
);

-- Weekday 1 = Monday … 7 = Sunday (ISO 8601); local Europe/Oslo wall-clock times.
CREATE TABLE department_opening_hours (
    department_id  INTEGER NOT NULL REFERENCES department (id) ON DELETE CASCADE,
    weekday        INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens          TEXT    NOT NULL CHECK (opens GLOB '[0-2][0-9]:[0-5][0-9]'),
    closes         TEXT    NOT NULL CHECK (closes GLOB '[0-2][0-9]:[0-5][0-9]'),
    CHECK (opens < closes),
    PRIMARY KEY (department_id, weekday, opens)
);

CREATE TABLE staff (
    id          INTEGER PRIMARY KEY,
    county_id   INTEGER NOT NULL REFERENCES county (id),
    full_name   TEXT    NOT NULL CHECK (length(full_name) BETWEEN 1 AND 200),
    -- Stored lower-cased by the domain layer, so uniqueness is case-insensitive.
    email       TEXT    NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%'),
    role        TEXT    NOT NULL CHECK (role IN ('advisor', 'coordinator', 'council_coordinator', 'administrator')),
    active      BOOLEAN NOT NULL DEFAULT TRUE,
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (county_id, email)
);

-- The departments an advisor works for; their scope in every staff query.
CREATE TABLE staff_department (
    staff_id       INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    department_id  INTEGER NOT NULL REFERENCES department (id) ON DELETE CASCADE,
    PRIMARY KEY (staff_id, department_id)
);
CREATE INDEX staff_department_by_department ON staff_department (department_id);
