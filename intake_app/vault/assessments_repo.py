"""All SQL for completed assessments, the kept copies of checklist definitions, assessment
drafts, and each case's risk level and review clock that follow from them.

Nothing here decides who may do what and nothing commits: the caller's transaction holds an
assessment, its definition copy, the case's new risk level and review clock, the deleted draft
and the audit entry together. ``refresh`` is the one writer of ``cases.review_since`` and (once
a case has a level-producing assessment) of ``cases.risk_level``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from intake_app.domain.assessment_record import AssessmentDraft, AssessmentInput, AssessmentRecord
from intake_app.domain.review import review_since
from intake_app.domain.risk import RiskLevel
from intake_app.vault.database import Connection
from intake_app.vault.incidents_repo import IncidentsRepo


@dataclass(frozen=True)
class LatestLevel:
    """The latest completed level-producing assessment of a case."""

    level: RiskLevel
    completed_on: date
    completed_at: str


@dataclass(frozen=True)
class StoredAssessmentDraft:
    id: int
    username: str
    case_id: int
    checklist_id: str
    data: str
    created_at: str
    updated_at: str


def _level(text: object) -> RiskLevel | None:
    return None if text is None else RiskLevel(str(text))


class AssessmentsRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # --- completed assessments -----------------------------------------------------------------

    def keep_definition(self, record: AssessmentInput, at: str) -> None:
        """Keep the definition's source text, once per SHA-256."""
        self.conn.execute(
            "INSERT INTO checklist_definitions (sha256, checklist_id, version, source_text, "
            "first_seen) VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
            (record.sha256, record.checklist_id, record.version, record.definition_text, at))

    def definition_sha(self, checklist_id: str, version: str) -> str | None:
        """The SHA-256 under which this id and version were first kept, if ever."""
        row = self.conn.execute(
            "SELECT sha256 FROM checklist_definitions WHERE checklist_id = ? AND version = ? "
            "ORDER BY first_seen LIMIT 1", (checklist_id, version)).fetchone()
        return None if row is None else str(row[0])

    def insert(self, case_id: int, record: AssessmentInput, *, answers: str, outcome: str,
               by: str, at: str, on: date) -> int:
        """A completed assessment (its definition kept first); ``answers`` and ``outcome``
        are the JSON texts to store."""
        self.keep_definition(record, at)
        return int(self.conn.execute(
            "INSERT INTO assessments (case_id, checklist_id, version, sha256, answers, outcome, "
            "level, judgement_level, judgement_reason, completed_at, completed_on, "
            "completed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (case_id, record.checklist_id, record.version, record.sha256, answers, outcome,
             None if record.level is None else record.level.value,
             None if record.judgement_level is None else record.judgement_level.value,
             record.judgement_reason, at, on.isoformat(), by)).fetchone()[0])

    def of_case(self, case_id: int, reference: str, *, only: int | None = None,
                ) -> list[AssessmentRecord]:
        """The case's completed assessments, oldest first (risk over time reads left to
        right), each with the definition text it was made with."""
        sql = ("SELECT a.id, a.checklist_id, a.version, a.sha256, d.source_text, a.answers, "
               "a.outcome, a.level, a.judgement_level, a.judgement_reason, a.completed_at, "
               "a.completed_by FROM assessments a "
               "JOIN checklist_definitions d ON d.sha256 = a.sha256 WHERE a.case_id = ?")
        params: list[object] = [case_id]
        if only is not None:
            sql += " AND a.id = ?"
            params.append(only)
        return [AssessmentRecord(
            id=int(r[0]), case_reference=reference, checklist_id=r[1], version=r[2],
            sha256=r[3], definition_text=r[4], answers=json.loads(r[5]),
            outcome=json.loads(r[6]), level=_level(r[7]), judgement_level=_level(r[8]),
            judgement_reason=r[9], completed_at=r[10], by=r[11])
            for r in self.conn.execute(sql + " ORDER BY a.completed_at, a.id", params)]

    def latest_level(self, case_id: int) -> LatestLevel | None:
        row = self.conn.execute(
            "SELECT level, completed_on, completed_at FROM assessments "
            "WHERE case_id = ? AND level IS NOT NULL ORDER BY completed_at DESC, id DESC LIMIT 1",
            (case_id,)).fetchone()
        if row is None:
            return None
        return LatestLevel(RiskLevel(row[0]), date.fromisoformat(row[1]), row[2])

    # --- the case's risk level and review clock -------------------------------------------------

    def new_incident_on(self, case_id: int, latest: LatestLevel | None) -> date | None:
        if latest is None:
            return None
        found = IncidentsRepo(self.conn).earliest_new(
            case_id, latest.completed_on.isoformat(), latest.completed_at)
        return None if found is None else date.fromisoformat(found)

    def refresh(self, case_id: int) -> None:
        """Set the case's risk level to its latest level-producing assessment's (left alone
        while it has none) and its review clock from that assessment and the incidents."""
        latest = self.latest_level(case_id)
        since = review_since(None if latest is None else latest.completed_on,
                             self.new_incident_on(case_id, latest))
        if latest is None:
            self.conn.execute("UPDATE cases SET review_since = ? WHERE id = ?",
                              (since, case_id))
        else:
            self.conn.execute("UPDATE cases SET review_since = ?, risk_level = ? WHERE id = ?",
                              (since, latest.level.value, case_id))

    # --- drafts --------------------------------------------------------------------------------

    _DRAFT_COLUMNS = "id, username, case_id, checklist_id, data, created_at, updated_at"

    def draft(self, username: str, case_id: int, checklist_id: str,
              ) -> StoredAssessmentDraft | None:
        row = self.conn.execute(
            f"SELECT {self._DRAFT_COLUMNS} FROM assessment_drafts "
            "WHERE username = ? AND case_id = ? AND checklist_id = ?",
            (username, case_id, checklist_id)).fetchone()
        return None if row is None else StoredAssessmentDraft(*row)

    def drafts_of(self, username: str, case_id: int) -> list[StoredAssessmentDraft]:
        return [StoredAssessmentDraft(*r) for r in self.conn.execute(
            f"SELECT {self._DRAFT_COLUMNS} FROM assessment_drafts "
            "WHERE username = ? AND case_id = ? ORDER BY updated_at DESC, id DESC",
            (username, case_id))]

    def insert_draft(self, username: str, case_id: int, checklist_id: str, data: str,
                     now: str) -> int:
        return int(self.conn.execute(
            "INSERT INTO assessment_drafts (username, case_id, checklist_id, data, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            (username, case_id, checklist_id, data, now, now)).fetchone()[0])

    def update_draft(self, draft_id: int, data: str, now: str) -> None:
        self.conn.execute("UPDATE assessment_drafts SET data = ?, updated_at = ? WHERE id = ?",
                          (data, now, draft_id))

    def delete_draft(self, draft_id: int) -> None:
        self.conn.execute("DELETE FROM assessment_drafts WHERE id = ?", (draft_id,))


def draft_record(stored: StoredAssessmentDraft, reference: str) -> AssessmentDraft:
    return AssessmentDraft(stored.id, reference, stored.checklist_id, json.loads(stored.data),
                           stored.created_at, stored.updated_at)
