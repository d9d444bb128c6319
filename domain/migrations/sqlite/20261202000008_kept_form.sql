-- What a person typed into a form the server refused, kept for the page they are sent back to,
-- so that nothing typed is lost and nothing typed travels in the address. Lives 15 minutes and is
-- read once.
CREATE TABLE kept_form (
    -- SHA-256 (hex) of the random token in the browser's cookie.
    token_hash  TEXT PRIMARY KEY,
    -- The page (path and query) the person is sent back to.
    page        TEXT NOT NULL,
    -- The server function the form posts to, and the error it gave (its own encoding).
    action      TEXT NOT NULL,
    error       TEXT NOT NULL,
    -- The values as the form posted them (application/x-www-form-urlencoded), passwords left out.
    fields      TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
CREATE INDEX kept_form_by_expiry ON kept_form (expires_at);
