-- The agency directory: kinds of recipient and named agencies, with the facts about where
-- their data may go, every version kept (domain/agencies). A SQL file cannot read the shipped
-- TOML, and writing the facts a second time here would let the two drift, so this migration
-- makes the tables and the directory service copies the shipped kinds in, in one audited
-- transaction, the first time the directory is used (vault/directory_repo.py, seed).
--
-- Content tables: administrators see none of them, and with the case content they move to
-- cases.db (DESIGN.md, "Planned"); so users are named by user name here, without a foreign
-- key into the accounts table, and nothing here refers to the audit log. All SQL on them
-- lives in vault/directory_repo.py.

-- One row per kind: its current version, and the SHA-256 of the shipped file the vault last
-- accepted or kept for it. A newer app's file with another SHA-256 is a pending update.
CREATE TABLE directory_kinds (
    id             TEXT PRIMARY KEY
        CHECK (length(id) BETWEEN 1 AND 64 AND id NOT GLOB '*[^a-z0-9_]*'),
    version        INTEGER NOT NULL CHECK (version >= 1),
    shipped_sha256 TEXT NOT NULL CHECK (length(shipped_sha256) = 64)
);

-- Every version of every kind, the first (as shipped) included. Lists are JSON arrays of
-- sensitivity classes and generalisation rule ids; translations JSON objects by language.
-- change: 'shipped' (copied in), 'edit' (a supervisor), 'update' (a shipped update accepted).
CREATE TABLE directory_kind_versions (
    id                        INTEGER PRIMARY KEY,
    kind_id                   TEXT NOT NULL REFERENCES directory_kinds (id),
    version                   INTEGER NOT NULL CHECK (version >= 1),
    name                      TEXT NOT NULL CHECK (name <> ''),
    name_translations         TEXT NOT NULL CHECK (json_valid(name_translations)),
    description               TEXT,
    description_translations  TEXT NOT NULL CHECK (json_valid(description_translations)),
    receives                  TEXT NOT NULL CHECK (json_valid(receives)),
    generalises               TEXT NOT NULL CHECK (json_valid(generalises)),
    immigration               INTEGER NOT NULL CHECK (immigration IN (0, 1)),
    shipped_sha256            TEXT NOT NULL CHECK (length(shipped_sha256) = 64),
    change                    TEXT NOT NULL CHECK (change IN ('shipped', 'edit', 'update')),
    recorded_at               TEXT NOT NULL,
    recorded_by               TEXT NOT NULL,
    UNIQUE (kind_id, version)
);

-- One row per named agency: its current version.
CREATE TABLE directory_agencies (
    id      TEXT PRIMARY KEY
        CHECK (length(id) BETWEEN 1 AND 64 AND id NOT GLOB '*[^a-z0-9_]*'),
    version INTEGER NOT NULL CHECK (version >= 1)
);

-- change: 'add', 'edit', 'raised' (its kind's flag was raised, so its own rose with it).
CREATE TABLE directory_agency_versions (
    id          INTEGER PRIMARY KEY,
    agency_id   TEXT NOT NULL REFERENCES directory_agencies (id),
    version     INTEGER NOT NULL CHECK (version >= 1),
    kind_id     TEXT NOT NULL REFERENCES directory_kinds (id),
    name        TEXT NOT NULL CHECK (name <> ''),
    immigration INTEGER NOT NULL CHECK (immigration IN (0, 1)),
    change      TEXT NOT NULL CHECK (change IN ('add', 'edit', 'raised')),
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    UNIQUE (agency_id, version)
);

-- The facts of each version of a kind ('kind:<id>') or a named agency ('agency:<id>'), in
-- order. last_reviewed is an ISO day.
CREATE TABLE directory_facts (
    owner             TEXT NOT NULL CHECK (owner GLOB 'kind:?*' OR owner GLOB 'agency:?*'),
    version           INTEGER NOT NULL,
    position          INTEGER NOT NULL CHECK (position >= 0),
    fact_id           TEXT NOT NULL,
    text              TEXT NOT NULL CHECK (text <> ''),
    text_translations TEXT NOT NULL CHECK (json_valid(text_translations)),
    last_reviewed     TEXT NOT NULL
        CHECK (last_reviewed GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    PRIMARY KEY (owner, version, position),
    UNIQUE (owner, version, fact_id)
);

-- History is a record: versions and their facts are never rewritten or removed.
CREATE TRIGGER directory_kind_versions_no_update BEFORE UPDATE ON directory_kind_versions
BEGIN
    SELECT RAISE(ABORT, 'directory history is append-only');
END;

CREATE TRIGGER directory_kind_versions_no_delete BEFORE DELETE ON directory_kind_versions
BEGIN
    SELECT RAISE(ABORT, 'directory history is append-only');
END;

CREATE TRIGGER directory_agency_versions_no_update BEFORE UPDATE ON directory_agency_versions
BEGIN
    SELECT RAISE(ABORT, 'directory history is append-only');
END;

CREATE TRIGGER directory_agency_versions_no_delete BEFORE DELETE ON directory_agency_versions
BEGIN
    SELECT RAISE(ABORT, 'directory history is append-only');
END;

CREATE TRIGGER directory_facts_no_update BEFORE UPDATE ON directory_facts
BEGIN
    SELECT RAISE(ABORT, 'directory history is append-only');
END;

CREATE TRIGGER directory_facts_no_delete BEFORE DELETE ON directory_facts
BEGIN
    SELECT RAISE(ABORT, 'directory history is append-only');
END;

-- The immigration flag is only ever raised (domain/agencies/edits.py decides; this is the
-- last line): a kind's new version may not say "may not" after one that said "may", nor may
-- a named agency's, nor may a named agency say "may not" while its kind says "may".
CREATE TRIGGER directory_kind_flag_never_lowered BEFORE INSERT ON directory_kind_versions
WHEN NEW.immigration = 0 AND EXISTS (
    SELECT 1 FROM directory_kind_versions
    WHERE kind_id = NEW.kind_id AND immigration = 1)
BEGIN
    SELECT RAISE(ABORT, 'the immigration flag of a kind is never lowered');
END;

CREATE TRIGGER directory_agency_flag_never_lowered BEFORE INSERT ON directory_agency_versions
WHEN NEW.immigration = 0 AND (
    EXISTS (SELECT 1 FROM directory_agency_versions
            WHERE agency_id = NEW.agency_id AND immigration = 1)
    OR EXISTS (SELECT 1 FROM directory_kind_versions v JOIN directory_kinds k
                   ON k.id = v.kind_id AND k.version = v.version
               WHERE v.kind_id = NEW.kind_id AND v.immigration = 1))
BEGIN
    SELECT RAISE(ABORT, 'the immigration flag of a named agency is never below its kind''s');
END;
