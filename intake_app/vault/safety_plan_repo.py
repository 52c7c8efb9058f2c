"""All SQL for a case's safety plan and its versions (``safety_plans`` and
``safety_plan_versions``, migration 0007).

The current plan is one row per case; every version, the first included, is also kept in
``safety_plan_versions`` with the keys it changed (a trigger refuses updates there). Nothing
here decides who may do what or whether a save changes anything (``services/safety_plan.py``),
and nothing commits: every method runs inside the caller's transaction.
"""

from __future__ import annotations

import json
from datetime import date

from intake_app.domain.safety_plan import SafetyPlan, SafetyPlanInput, SafetyPlanVersion
from intake_app.vault.database import Connection


def _day(text: object) -> date | None:
    return None if text is None else date.fromisoformat(str(text))


def _plan(data: object, review_on: object, discussed_on: object) -> SafetyPlanInput:
    sections = json.loads(str(data))
    return SafetyPlanInput({str(k): str(v) for k, v in sections.items()}, _day(review_on),
                           _day(discussed_on))


def _values(plan: SafetyPlanInput) -> tuple[str, str | None, str | None]:
    return (json.dumps(dict(plan.sections), ensure_ascii=False),
            None if plan.review_on is None else plan.review_on.isoformat(),
            None if plan.discussed_on is None else plan.discussed_on.isoformat())


class SafetyPlanRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def current(self, case_id: int, reference: str) -> SafetyPlan | None:
        row = self.conn.execute(
            "SELECT version, data, review_on, discussed_on, created_at, created_by, "
            "updated_at, updated_by FROM safety_plans WHERE case_id = ?", (case_id,)).fetchone()
        if row is None:
            return None
        return SafetyPlan(reference, int(row[0]), _plan(row[1], row[2], row[3]), str(row[4]),
                          str(row[5]), str(row[6]), str(row[7]))

    def save(self, case_id: int, plan: SafetyPlanInput, changed: tuple[str, ...], by: str,
             at: str) -> int:
        """Make ``plan`` the case's current plan (a first one, or the next version) and keep
        it as a version; returns its version number."""
        data, review_on, discussed_on = _values(plan)
        version = int(self.conn.execute(
            "INSERT INTO safety_plans (case_id, version, data, review_on, discussed_on, "
            "created_at, created_by, updated_at, updated_by) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (case_id) DO UPDATE SET version = version + 1, data = excluded.data, "
            "review_on = excluded.review_on, discussed_on = excluded.discussed_on, "
            "updated_at = excluded.updated_at, updated_by = excluded.updated_by "
            "RETURNING version",
            (case_id, data, review_on, discussed_on, at, by, at, by)).fetchone()[0])
        self.conn.execute(
            "INSERT INTO safety_plan_versions (case_id, version, data, review_on, discussed_on, "
            "changed, saved_at, saved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (case_id, version, data, review_on, discussed_on, json.dumps(list(changed)), at,
             by))
        return version

    def versions(self, case_id: int) -> list[SafetyPlanVersion]:
        """Every version, oldest first."""
        return [SafetyPlanVersion(int(r[0]), _plan(r[1], r[2], r[3]),
                                  tuple(json.loads(str(r[4]))), str(r[5]), str(r[6]))
                for r in self.conn.execute(
                    "SELECT version, data, review_on, discussed_on, changed, saved_at, saved_by "
                    "FROM safety_plan_versions WHERE case_id = ? ORDER BY version", (case_id,))]

    def version(self, case_id: int, version: int) -> SafetyPlanVersion | None:
        return next((v for v in self.versions(case_id) if v.version == version), None)
