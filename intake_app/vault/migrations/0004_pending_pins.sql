-- Which public key the vault trusts for each person, and when (see vault/pins.py).
-- users.public_key is the confirmed pin. A passphrase change or recovery first records the new
-- key as pending, then installs the new slot file, then confirms it. Keys a person no longer
-- uses are kept in retired_keys so that an older slot put back from a copy is recognised and
-- refused, never re-trusted. NULL public_key: not yet proved since the upgrade that added pins.
-- The digests are SHA-256 of the slot's wrapped private key and its key-derivation settings as
-- the app wrote (or its owner proved) them, so a slot altered by someone else is noticed even
-- after a legitimate writer has re-signed the whole file.
ALTER TABLE users ADD COLUMN slot_digest TEXT;
ALTER TABLE users ADD COLUMN pending_public_key TEXT;
ALTER TABLE users ADD COLUMN pending_slot_digest TEXT;

CREATE TABLE retired_keys (
    username   TEXT NOT NULL REFERENCES users (username),
    public_key TEXT NOT NULL,
    retired_at TEXT NOT NULL,
    PRIMARY KEY (username, public_key)
);
