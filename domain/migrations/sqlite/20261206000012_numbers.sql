-- The numbers (issue 14): what the figures need that was not recorded yet, the count-date
-- snapshots, and indexes for counting one county's period. SQLite dialect; keep in step with
-- postgres/. Times are RFC 3339 UTC text written by the application.

-- The channel a link went out by ('sms', 'email'), or 'letter' for the link a letter code
-- opens; and the channel an answer is credited to when it arrives. NULL: made before this.
ALTER TABLE answer_link ADD COLUMN channel TEXT CHECK (channel IN ('sms', 'email', 'letter'));
ALTER TABLE answer ADD COLUMN channel TEXT CHECK (channel IN ('sms', 'email', 'letter'));

-- The newest review of an answer: the code it had at an instant is the answer's own code when
-- that review came before it, so the figures read the review history only for the few answers
-- reviewed again since.
ALTER TABLE answer ADD COLUMN reviewed_at TEXT;
UPDATE answer SET reviewed_at = (SELECT MAX(r.at) FROM answer_review r WHERE r.answer_id = answer.id);

-- When a booking was confirmed: hours to confirmation, and the state a booking had at the end
-- of a period. Bookings confirmed before this column existed were confirmed by their last change.
ALTER TABLE booking ADD COLUMN confirmed_at TEXT;
UPDATE booking SET confirmed_at = updated_at WHERE state = 'confirmed';

-- Udir's count dates (`MM-DD`, comma-separated), set from COUNT_DATES at start.
ALTER TABLE county ADD COLUMN count_dates TEXT NOT NULL DEFAULT '11-15,02-15,06-15';

-- The status of everyone the portal knows, as it was at the end of a count date: taken once
-- per county and date (the worker and a restart may both try), kept when the people are gone.
CREATE TABLE count_snapshot (
    id          INTEGER PRIMARY KEY,
    county_id   INTEGER NOT NULL REFERENCES county (id),
    count_date  TEXT    NOT NULL,
    -- The instant the figures describe: the end of the count date in Europe/Oslo.
    as_of       TEXT    NOT NULL,
    taken_at    TEXT    NOT NULL,
    UNIQUE (county_id, count_date)
);

-- People per department and status: a confirmed code as written (with « via»), 'awaiting'
-- (answered, not confirmed) or 'no_answer'. Counts only, never who.
CREATE TABLE count_snapshot_cell (
    snapshot_id    INTEGER NOT NULL REFERENCES count_snapshot (id) ON DELETE CASCADE,
    department_id  INTEGER NOT NULL REFERENCES department (id),
    status         TEXT    NOT NULL,
    people         INTEGER NOT NULL CHECK (people > 0),
    PRIMARY KEY (snapshot_id, department_id, status)
);

-- «Today» on the numbers page: the status of everyone known, counted again by the worker every
-- minute (a summary table: counting every person on each page view costs too much), with the
-- time of the count on the county.
ALTER TABLE county ADD COLUMN status_counted_at TEXT;
CREATE TABLE status_now (
    county_id      INTEGER NOT NULL REFERENCES county (id),
    department_id  INTEGER NOT NULL REFERENCES department (id),
    status         TEXT    NOT NULL,
    people         INTEGER NOT NULL CHECK (people > 0),
    PRIMARY KEY (county_id, department_id, status)
);

-- A county's period of requests, bookings, call-me requests and council input; and the links
-- of one request, which crediting an answer to its channel looks through.
CREATE INDEX answer_link_by_request ON answer_link (contact_request_id, created_at);
CREATE INDEX contact_request_by_county ON contact_request (county_id, created_at);
CREATE INDEX booking_by_county ON booking (county_id, created_at);
CREATE INDEX callback_request_by_county ON callback_request (county_id, created_at);
CREATE INDEX council_input_by_created ON council_input (county_id, created_at);
