-- Referrals: the one piece of a case that leaves the laptop (domain/referrals). States apart
-- from contents (DESIGN.md, "Planned"): 'referrals' and 'referral_steps' say only which case,
-- who, when and where a referral stands, as the account and audit side may; what it holds
-- (recipient, classes, purpose, reason, checklist answers) and every reason given for a step
-- are content tables, which move to cases.db with the case content. All SQL on them lives in
-- vault/referrals_repo.py. Recipients are references ('kind:police', 'agency:northtown-refuge'),
-- not foreign keys, as in consent_records.

-- One row per referral: where it stands now. 'state' moves only through referral_steps.
CREATE TABLE referrals (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    state       TEXT NOT NULL
        CHECK (state IN ('draft', 'submitted', 'returned', 'approved', 'rejected', 'revoked')),
    author      TEXT NOT NULL REFERENCES users (username),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    approved_by TEXT REFERENCES users (username),
    approved_at TEXT,
    CHECK (approved_by IS NULL OR approved_by <> author)
);

CREATE INDEX referrals_case ON referrals (case_id, id);
CREATE INDEX referrals_state ON referrals (state, id);
CREATE INDEX referrals_author ON referrals (author, id);

-- Every move between states, the first (into draft) included. Append-only.
CREATE TABLE referral_steps (
    id          INTEGER PRIMARY KEY,
    referral_id INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    from_state  TEXT,
    to_state    TEXT NOT NULL,
    by_user     TEXT NOT NULL REFERENCES users (username),
    at          TEXT NOT NULL
);

CREATE INDEX referral_steps_referral ON referral_steps (referral_id, id);

CREATE TRIGGER referral_steps_no_update BEFORE UPDATE ON referral_steps
BEGIN
    SELECT RAISE(ABORT, 'referral steps are append-only');
END;

CREATE TRIGGER referral_steps_no_delete BEFORE DELETE ON referral_steps
WHEN EXISTS (SELECT 1 FROM referrals WHERE id = OLD.referral_id)
BEGIN
    SELECT RAISE(ABORT, 'referral steps are append-only');
END;

-- Content: what the referral holds now (a JSON object: domain/referrals' draft shape), and
-- every saved version in referral_content_versions. Only a draft or a returned referral's
-- content changes (the service refuses otherwise); approval names the version it approved.
CREATE TABLE referral_contents (
    referral_id INTEGER PRIMARY KEY REFERENCES referrals (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL CHECK (version >= 1),
    data        TEXT NOT NULL CHECK (json_valid(data) AND json_type(data) = 'object'),
    saved_at    TEXT NOT NULL,
    saved_by    TEXT NOT NULL
);

CREATE TABLE referral_content_versions (
    id          INTEGER PRIMARY KEY,
    referral_id INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    data        TEXT NOT NULL CHECK (json_valid(data) AND json_type(data) = 'object'),
    saved_at    TEXT NOT NULL,
    saved_by    TEXT NOT NULL,
    UNIQUE (referral_id, version)
);

CREATE TRIGGER referral_content_versions_no_update BEFORE UPDATE ON referral_content_versions
BEGIN
    SELECT RAISE(ABORT, 'referral content history is append-only');
END;

-- Content: the words given with a step (a supervisor's request on return, the reason for a
-- rejection or a revocation, the gate's failed checks when an approved referral went back).
CREATE TABLE referral_step_reasons (
    step_id INTEGER PRIMARY KEY REFERENCES referral_steps (id) ON DELETE CASCADE,
    reason  TEXT NOT NULL CHECK (reason <> '')
);

-- The export register (an export is not a state): who, when, the file's SHA-256, which content
-- version; 'deletion_requested_at' when the referral was revoked after it was exported and
-- the recipient was asked to delete it.
CREATE TABLE referral_exports (
    id                    INTEGER PRIMARY KEY,
    referral_id           INTEGER NOT NULL REFERENCES referrals (id) ON DELETE CASCADE,
    content_version       INTEGER NOT NULL,
    exported_at           TEXT NOT NULL,
    exported_by           TEXT NOT NULL REFERENCES users (username),
    sha256                TEXT NOT NULL CHECK (length(sha256) = 64
                                               AND sha256 NOT GLOB '*[^0-9a-f]*'),
    deletion_requested_at TEXT
);

CREATE INDEX referral_exports_referral ON referral_exports (referral_id, id);
