"""All SQL for a case's consent records (``consent_records``, migration 0007).

Records are only ever added: the table's triggers refuse updates and deletions (a case's
records go only when the case itself is purged). Like the other repositories, nothing here
decides who may do what and nothing commits: every method runs inside the caller's
transaction, so a record and its audit entry succeed or fail together. Input is checked before
it gets here (``domain/consent.py``).
"""

from __future__ import annotations

import json
from datetime import date

from intake_app.domain.case_model import Sensitivity
from intake_app.domain.consent import ConsentInput, ConsentRecord, Decision, How
from intake_app.vault.database import Connection

_COLUMNS = ("id, recipient, classes, purpose, decision, decided_on, expires_on, how, language, "
            "interpreter, interpreter_independent, facts_shown, facts_version, withdraws, "
            "recorded_at, recorded_by")


def _record(row: tuple[object, ...], reference: str) -> ConsentRecord:
    (record_id, recipient, classes, purpose, decision, decided_on, expires_on, how, language,
     interpreter, independent, facts_shown, facts_version, withdraws, at, by) = row
    details = ConsentInput(
        recipient=str(recipient),
        classes=frozenset(Sensitivity(c) for c in json.loads(str(classes))),
        purpose=str(purpose), decision=Decision(str(decision)),
        decided_on=date.fromisoformat(str(decided_on)), how=How(str(how)),
        expires_on=None if expires_on is None else date.fromisoformat(str(expires_on)),
        language=str(language), interpreter=str(interpreter),
        interpreter_independent=None if independent is None else bool(independent),
        facts_shown=bool(facts_shown), facts_version=str(facts_version))
    return ConsentRecord(int(str(record_id)), reference, details, str(at), str(by),
                         None if withdraws is None else int(str(withdraws)))


class ConsentRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def insert(self, case_id: int, details: ConsentInput, by: str, at: str, *,
               withdraws: int | None = None) -> int:
        return int(self.conn.execute(
            "INSERT INTO consent_records (case_id, recipient, classes, purpose, decision, "
            "decided_on, expires_on, how, language, interpreter, interpreter_independent, "
            "facts_shown, facts_version, withdraws, recorded_at, recorded_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (case_id, details.recipient,
             json.dumps(sorted(c.value for c in details.classes)), details.purpose,
             details.decision.value, details.decided_on.isoformat(),
             None if details.expires_on is None else details.expires_on.isoformat(),
             details.how.value, details.language, details.interpreter,
             None if details.interpreter_independent is None
             else int(details.interpreter_independent),
             int(details.facts_shown), details.facts_version, withdraws, at, by),
        ).fetchone()[0])

    def of_case(self, case_id: int, reference: str, *,
                only: int | None = None) -> list[ConsentRecord]:
        """The case's records in the order she decided (oldest first), then as recorded."""
        sql = f"SELECT {_COLUMNS} FROM consent_records WHERE case_id = ?"
        params: list[object] = [case_id]
        if only is not None:
            sql += " AND id = ?"
            params.append(only)
        return [_record(tuple(r), reference) for r in self.conn.execute(
            sql + " ORDER BY decided_on, recorded_at, id", params)]

    def withdrawn(self, consent_id: int) -> bool:
        """Whether a withdrawal was already made from this consent."""
        return self.conn.execute("SELECT 1 FROM consent_records WHERE withdraws = ?",
                                 (consent_id,)).fetchone() is not None
