-- A CSV file waiting for the advisor's confirmation after its preview. Personal data: deleted
-- at import, and by the worker after a day if never confirmed.
CREATE TABLE contact_import (
    id          BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    county_id   BIGINT      NOT NULL REFERENCES county (id),
    staff_id    BIGINT      NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    content     TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
