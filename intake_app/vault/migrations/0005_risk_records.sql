-- Risk work beside the intake answers: the incident log (with every earlier version of a
-- corrected incident), "referred to MARAC on" facts, completed assessments with a copy of the
-- checklist definition each was made with, assessment drafts, and what the case list needs to
-- filter cases whose risk review is due. Content tables: they hold case content, like
-- case_data and case_history (see DESIGN.md, "Planned": they move to cases.db with them).
-- All SQL on them lives in vault/incidents_repo.py and vault/assessments_repo.py.

-- One row per incident: its current version. Every version, the first included, is also in
-- incident_versions, so a correction never loses what was recorded before.
-- Dates are ISO days (YYYY-MM-DD) in the organisation's own calendar; tri answers are the
-- intake's Tri values.
CREATE TABLE incidents (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    version          INTEGER NOT NULL,
    date             TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    summary          TEXT NOT NULL CHECK (summary <> ''),
    police_involved  TEXT NOT NULL CHECK (police_involved IN ('yes', 'no', 'unsure')),
    police_reference TEXT NOT NULL DEFAULT '',
    injuries         TEXT NOT NULL DEFAULT '',
    children_present TEXT CHECK (children_present IN ('yes', 'no', 'unsure')),
    source           TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL REFERENCES users (username),
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL REFERENCES users (username)
);

-- A case's log in date order (and the escalation count: police incidents in 12 months).
CREATE INDEX incidents_case ON incidents (case_id, date, id);

CREATE TABLE incident_versions (
    id               INTEGER PRIMARY KEY,
    incident_id      INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    version          INTEGER NOT NULL,
    date             TEXT NOT NULL,
    summary          TEXT NOT NULL,
    police_involved  TEXT NOT NULL,
    police_reference TEXT NOT NULL,
    injuries         TEXT NOT NULL,
    children_present TEXT,
    source           TEXT NOT NULL,
    recorded_at      TEXT NOT NULL,
    recorded_by      TEXT NOT NULL REFERENCES users (username),
    UNIQUE (incident_id, version)
);

-- Versions are rewritten by nobody; they go only when their case is purged.
CREATE TRIGGER incident_versions_no_update BEFORE UPDATE ON incident_versions
BEGIN
    SELECT RAISE(ABORT, 'incident history is append-only');
END;

-- "Referred to MARAC on" facts (a later issue links each to a real referral record).
CREATE TABLE marac_referrals (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    referred_on TEXT NOT NULL
        CHECK (referred_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL REFERENCES users (username),
    UNIQUE (case_id, referred_on)
);

-- Each checklist definition an assessment was made with, stored once by the SHA-256 of its
-- source text, so an old assessment reads as it was made even after the file changed.
CREATE TABLE checklist_definitions (
    sha256       TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    checklist_id TEXT NOT NULL,
    version      TEXT NOT NULL,
    source_text  TEXT NOT NULL,
    first_seen   TEXT NOT NULL
);

CREATE TABLE assessments (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    checklist_id     TEXT NOT NULL,
    version          TEXT NOT NULL,
    sha256           TEXT NOT NULL REFERENCES checklist_definitions (sha256),
    answers          TEXT NOT NULL CHECK (json_valid(answers)),
    outcome          TEXT NOT NULL CHECK (json_valid(outcome)),
    -- NULL: a checklist that produces no level (a screen); it never sets the case's level.
    level            TEXT CHECK (level IN ('standard', 'medium', 'high')),
    judgement_level  TEXT CHECK (judgement_level IN ('standard', 'medium', 'high')),
    judgement_reason TEXT NOT NULL DEFAULT '',
    completed_at     TEXT NOT NULL,
    -- The day it was completed in the organisation's calendar (review intervals count days).
    completed_on     TEXT NOT NULL,
    completed_by     TEXT NOT NULL REFERENCES users (username)
);

-- A case's assessments newest first, and its latest level-producing one.
CREATE INDEX assessments_case ON assessments (case_id, completed_at, id);

-- Completed assessments are a record: never rewritten.
CREATE TRIGGER assessments_no_update BEFORE UPDATE ON assessments
BEGIN
    SELECT RAISE(ABORT, 'completed assessments are not changed');
END;

-- Assessment drafts, saved as she answers: one per user, case and checklist.
CREATE TABLE assessment_drafts (
    id           INTEGER PRIMARY KEY,
    username     TEXT NOT NULL REFERENCES users (username),
    case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    checklist_id TEXT NOT NULL,
    data         TEXT NOT NULL CHECK (json_valid(data)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (username, case_id, checklist_id)
);

-- The review clock of each case, kept by Python in the same transaction as the assessment or
-- incident that moves it (domain/review.py): '' when a review is due whatever the interval
-- (never assessed, or an incident dated after the latest level-producing assessment),
-- otherwise that assessment's day. An open case is due when review_since <= today minus the
-- policy's review_interval_days (the interval is policy, so it is never stored). Every case
-- starts due: none has been assessed yet.
ALTER TABLE cases ADD COLUMN review_since TEXT NOT NULL DEFAULT '';

-- The list's sorted team indexes (0002) carry review_since too, so the review-due filter is
-- checked while the list is read in index order, like the other filters: at 100,000 cases a
-- separate (team, status, review_since) index made SQLite sort 60,000 matches instead
-- (~220 ms against ~30 ms). Same columns as before, review_since added at the end; the risk
-- index keeps its expression token for token (domain.risk.RANK_SQL).
DROP INDEX cases_team;
DROP INDEX cases_team_updated;
DROP INDEX cases_team_name;
DROP INDEX cases_team_status;
DROP INDEX cases_team_risk;
CREATE INDEX cases_team ON cases
    (team, id, status, assigned_to, risk_level, reference, review_since);
CREATE INDEX cases_team_updated ON cases
    (team, updated_at, id, status, assigned_to, risk_level, reference, review_since);
CREATE INDEX cases_team_name ON cases
    (team, sort_name, id, status, assigned_to, risk_level, reference, review_since);
CREATE INDEX cases_team_status ON cases
    (team, status, updated_at, id, assigned_to, risk_level, reference, review_since);
CREATE INDEX cases_team_risk ON cases
    (team, (CASE risk_level WHEN 'standard' THEN 1 WHEN 'medium' THEN 2 WHEN 'high' THEN 3
            ELSE 0 END), id, status, assigned_to, risk_level, reference, review_since);
