-- Which public key the vault trusts for each person, and when (see vault/pins.py).
-- users.public_key is the confirmed pin. A passphrase change or recovery first records the new
-- key as pending, then installs the new slot file; the pending key is confirmed once its owner
-- signs in with it (or a rotation seals to it). Keys a person no longer uses are kept in
-- retired_keys so that an older slot put back from a copy is recognised and refused, never
-- re-trusted. NULL public_key: not yet proved since the upgrade that added pins.
ALTER TABLE users ADD COLUMN pending_public_key TEXT;

CREATE TABLE retired_keys (
    username   TEXT NOT NULL REFERENCES users (username),
    public_key TEXT NOT NULL,
    retired_at TEXT NOT NULL,
    PRIMARY KEY (username, public_key)
);
