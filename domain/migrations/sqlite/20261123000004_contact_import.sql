-- A CSV file waiting for the advisor's confirmation after its preview. Personal data: deleted
-- at import, and by the worker after a day if never confirmed.
CREATE TABLE contact_import (
    id          INTEGER PRIMARY KEY,
    county_id   INTEGER NOT NULL REFERENCES county (id),
    staff_id    INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    content     TEXT    NOT NULL,
    created_at  TEXT    NOT NULL
);
