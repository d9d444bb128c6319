-- What the public pages show (offices and their opening hours) has a version per county, bumped
-- in the same transaction as the change: every server instance compares it at most once a
-- second and drops the pages it keeps in memory when it moved. Expand-only: an instance of the
-- previous release ignores the column.
ALTER TABLE county ADD COLUMN content_version INTEGER NOT NULL DEFAULT 0;
