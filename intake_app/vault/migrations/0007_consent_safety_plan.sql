-- Consent records and the safety plan, beside the intake answers. Content tables: they hold
-- case content, like case_data, incidents and assessments (see DESIGN.md, "Planned": they move
-- to cases.db with them); nothing here refers to the account or audit tables except by user
-- name, as the other content tables do. All SQL on them lives in vault/consent_repo.py and
-- vault/safety_plan_repo.py. Independent of 0006 (the agency directory): recipients are kept
-- as references ('kind:police', 'agency:northtown-refuge'), not as foreign keys, so a record
-- keeps saying whom it was for whatever happens to the directory later.

-- One row per decision of hers (domain/consent.py). A withdrawal is a new row, never an
-- update or a deletion; 'withdraws' names the consent a withdrawal was made from, when it was.
-- Classes: a JSON array of sensitivity classes. Dates are ISO days (YYYY-MM-DD).
CREATE TABLE consent_records (
    id                      INTEGER PRIMARY KEY,
    case_id                 INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    recipient               TEXT NOT NULL
        CHECK (recipient GLOB 'kind:?*' OR recipient GLOB 'agency:?*'),
    classes                 TEXT NOT NULL CHECK (json_valid(classes) AND json_type(classes) = 'array'
                                                 AND json_array_length(classes) > 0),
    purpose                 TEXT NOT NULL CHECK (purpose <> ''),
    decision                TEXT NOT NULL CHECK (decision IN ('given', 'refused', 'withdrawn')),
    decided_on              TEXT NOT NULL
        CHECK (decided_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    expires_on              TEXT
        CHECK (expires_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    how                     TEXT NOT NULL CHECK (how IN ('verbal', 'written')),
    language                TEXT NOT NULL DEFAULT '',
    interpreter             TEXT NOT NULL DEFAULT '',
    -- NULL when no interpreter is named; 1 independent of her family and community, 0 not.
    interpreter_independent INTEGER CHECK (interpreter_independent IN (0, 1)),
    facts_shown             INTEGER NOT NULL CHECK (facts_shown IN (0, 1)),
    facts_version           TEXT NOT NULL DEFAULT '',
    withdraws               INTEGER REFERENCES consent_records (id),
    recorded_at             TEXT NOT NULL,
    recorded_by             TEXT NOT NULL REFERENCES users (username),
    CHECK (expires_on IS NULL OR decision = 'given'),
    CHECK (withdraws IS NULL OR decision = 'withdrawn')
);

CREATE INDEX consent_records_case ON consent_records (case_id, decided_on, id);
CREATE UNIQUE INDEX consent_records_withdrawn_once ON consent_records (withdraws)
    WHERE withdraws IS NOT NULL;

CREATE TRIGGER consent_records_no_update BEFORE UPDATE ON consent_records
BEGIN
    SELECT RAISE(ABORT, 'consent records are append-only: record a withdrawal instead');
END;

-- Rows go only when their case is purged (the cascade runs after the case row is gone).
CREATE TRIGGER consent_records_no_delete BEFORE DELETE ON consent_records
WHEN EXISTS (SELECT 1 FROM cases WHERE id = OLD.case_id)
BEGIN
    SELECT RAISE(ABORT, 'consent records are append-only: record a withdrawal instead');
END;

-- The safety plan of a case as it reads now (one per case). data: JSON object, section key ->
-- text (domain/safety_plan.py). Every version, the first included, is also in
-- safety_plan_versions.
CREATE TABLE safety_plans (
    case_id      INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    version      INTEGER NOT NULL CHECK (version >= 1),
    data         TEXT NOT NULL CHECK (json_valid(data) AND json_type(data) = 'object'),
    review_on    TEXT CHECK (review_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    discussed_on TEXT CHECK (discussed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL REFERENCES users (username),
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL REFERENCES users (username)
);

-- changed: JSON array of the keys this version changed (sections, review_on, discussed_on).
CREATE TABLE safety_plan_versions (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    version      INTEGER NOT NULL,
    data         TEXT NOT NULL CHECK (json_valid(data) AND json_type(data) = 'object'),
    review_on    TEXT,
    discussed_on TEXT,
    changed      TEXT NOT NULL CHECK (json_valid(changed)),
    saved_at     TEXT NOT NULL,
    saved_by     TEXT NOT NULL REFERENCES users (username),
    UNIQUE (case_id, version)
);

CREATE TRIGGER safety_plan_versions_no_update BEFORE UPDATE ON safety_plan_versions
BEGIN
    SELECT RAISE(ABORT, 'safety plan history is append-only');
END;
