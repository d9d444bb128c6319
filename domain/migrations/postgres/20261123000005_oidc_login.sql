-- A login started at the county's identity provider and not yet come back. The state is kept
-- as its hash; the row is used once and is only good for ten minutes.
CREATE TABLE oidc_login (
    state_hash     TEXT PRIMARY KEY,
    pkce_verifier  TEXT NOT NULL,
    nonce          TEXT NOT NULL,
    lang           TEXT NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL
);
