-- Foundation: vault metadata, staff, and the append-only audit chain.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
);

CREATE TABLE users (
    username     TEXT PRIMARY KEY,
    role         TEXT NOT NULL CHECK (role IN ('caseworker', 'supervisor', 'admin')),
    display_name TEXT NOT NULL DEFAULT '',
    team         TEXT NOT NULL DEFAULT 'default',
    created_at   TEXT NOT NULL,
    disabled_at  TEXT
);

CREATE TABLE audit (
    seq      INTEGER PRIMARY KEY,
    ts       TEXT NOT NULL,
    actor    TEXT NOT NULL,
    action   TEXT NOT NULL,
    target   TEXT NOT NULL DEFAULT '',
    detail   TEXT NOT NULL DEFAULT '',
    prev_mac BLOB NOT NULL,
    mac      BLOB NOT NULL
);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END;

CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END;
