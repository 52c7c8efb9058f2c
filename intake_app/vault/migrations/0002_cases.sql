-- Cases: the record, its full history, intake drafts, and the search index.
-- All SQL that reads or writes these tables lives in intake_app/vault/cases_repo.py.

-- Per-year reference counters ("CI-2026-000123"); a counter, not max(reference), so that a
-- reference is never reused even after a case is purged.
CREATE TABLE case_counters (
    year        INTEGER PRIMARY KEY,
    last_serial INTEGER NOT NULL
);

-- The list row of a case: what the case list filters, sorts and shows. Kept narrow on purpose:
-- the answers live in case_data, so scanning or probing 100,000 rows here reads ~12 MB
-- instead of ~300 MB of JSON pages (measured at 100,000 cases: a search matching 3,000 cases
-- went from ~22 ms to ~7 ms, one matching 29,000 from ~70 ms to ~30 ms, once the JSON moved
-- out of this table).
CREATE TABLE cases (
    id           INTEGER PRIMARY KEY,
    reference    TEXT NOT NULL UNIQUE,
    status       TEXT NOT NULL CHECK (status IN ('draft', 'open', 'closed')),
    owner        TEXT NOT NULL REFERENCES users (username),
    assigned_to  TEXT REFERENCES users (username),
    team         TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    risk_level   TEXT,
    -- Derived from the answers by Python on every write (never parsed from JSON in SQL).
    display_name TEXT NOT NULL DEFAULT '',
    sort_name    TEXT NOT NULL DEFAULT '',
    -- The newest case_history.seq for this case (edit-conflict checks, reconstruction).
    last_seq     INTEGER NOT NULL DEFAULT 0
);

-- The answers of each case: one JSON object, field key -> answer (domain/case_codec.py).
CREATE TABLE case_data (
    case_id INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    data    TEXT NOT NULL CHECK (json_valid(data))
);

-- The list is read in index order so that 100,000 rows never go through a sort: one index
-- per common ordering, each ending its sort columns with id (the tie-break of every ORDER
-- BY) and then carrying the filter columns, so filtering needs no row lookups. Supervisors
-- page by team.
CREATE INDEX cases_team ON cases (team, id, status, assigned_to, risk_level, reference);
CREATE INDEX cases_team_updated ON cases
    (team, updated_at, id, status, assigned_to, risk_level, reference);
CREATE INDEX cases_team_name ON cases
    (team, sort_name, id, status, assigned_to, risk_level, reference);
CREATE INDEX cases_team_status ON cases
    (team, status, updated_at, id, assigned_to, risk_level, reference);
-- Risk order (unknown < standard < medium < high); the expression must match
-- domain.risk.RANK_SQL exactly for SQLite to read this index instead of sorting (checked by
-- tests/vault/test_cases_repo.py against a real vault).
CREATE INDEX cases_team_risk ON cases
    (team, (CASE risk_level WHEN 'standard' THEN 1 WHEN 'medium' THEN 2 WHEN 'high' THEN 3
            ELSE 0 END), id, status, assigned_to, risk_level, reference);
-- A caseworker's list unites the cases they own and those assigned to them, each read from
-- one of these (covering: every filter and sort column), then sorted (a few hundred rows).
CREATE INDEX cases_owner ON cases
    (owner, team, updated_at, id, status, assigned_to, risk_level, sort_name, reference);
CREATE INDEX cases_assigned ON cases
    (assigned_to, team, updated_at, id, status, owner, risk_level, sort_name, reference);

-- Each row is one step: the keys it changed and their answers before and after, so replaying
-- steps 1..n from an empty case rebuilds the case as it was after step n. (A rowid table:
-- rows of a few KB append cheaply, where a WITHOUT ROWID b-tree would split its pages.)
CREATE TABLE case_history (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    actor      TEXT NOT NULL,
    at         TEXT NOT NULL,
    keys       TEXT NOT NULL CHECK (json_valid(keys)),        -- JSON array of keys changed
    old_values TEXT NOT NULL CHECK (json_valid(old_values)),  -- key -> before (NOT_ASKED: left out)
    new_values TEXT NOT NULL CHECK (json_valid(new_values)),  -- JSON object: key -> after
    UNIQUE (case_id, seq)
);

-- History is rewritten by nobody; it goes only when its case is purged (ON DELETE CASCADE).
CREATE TRIGGER case_history_no_update BEFORE UPDATE ON case_history
BEGIN
    SELECT RAISE(ABORT, 'case history is append-only');
END;

-- Intake drafts, saved as the worker types. case_id NULL: a new intake not yet submitted.
CREATE TABLE case_drafts (
    id         INTEGER PRIMARY KEY,
    username   TEXT NOT NULL REFERENCES users (username),
    case_id    INTEGER REFERENCES cases (id) ON DELETE CASCADE,
    base_seq   INTEGER,
    data       TEXT NOT NULL CHECK (json_valid(data)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- At most one draft per user per existing case; any number of new intakes.
CREATE UNIQUE INDEX case_drafts_one_per_case ON case_drafts (username, case_id)
    WHERE case_id IS NOT NULL;
CREATE INDEX case_drafts_user ON case_drafts (username, updated_at);

-- Search over what a caseworker types to find a case. rowid = cases.id. Contentless: the
-- text is already in cases.data, so the index keeps no second copy of names; rows are
-- replaced from Python in the same transaction as the case write. Marks (M*) are token
-- characters so that Devanagari, Bengali and Arabic words are not split at vowel signs.
CREATE VIRTUAL TABLE cases_fts USING fts5 (
    names, aliases, reference, phones,
    content = '',
    contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'",
    prefix = '1 2 3'
);

-- Deleting or changing a name removes its tokens from the index at once instead of leaving
-- them in old segments until a merge.
INSERT INTO cases_fts (cases_fts, rank) VALUES ('secure-delete', 1);
