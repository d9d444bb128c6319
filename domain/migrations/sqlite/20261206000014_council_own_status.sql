-- The coordinator's own statuses: labels of the county's council («Sent to the education
-- committee») shown beside an input's fixed status. The fixed statuses carry the loop (answered
-- or not); an own status says more. A retired one stays on the inputs that carry it.
-- Expand-only: an instance of the previous release ignores the table and the column.
CREATE TABLE council_own_status (
    id          INTEGER PRIMARY KEY,
    county_id   INTEGER NOT NULL REFERENCES county (id),
    label       TEXT    NOT NULL CHECK (length(label) BETWEEN 1 AND 60),
    created_by  INTEGER REFERENCES staff (id),
    created_at  TEXT    NOT NULL,
    retired_at  TEXT,
    UNIQUE (county_id, label)
);
ALTER TABLE council_input ADD COLUMN own_status_id INTEGER REFERENCES council_own_status (id);
