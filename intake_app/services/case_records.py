"""Case records: create, view, edit, close or reopen, assign, history. A part of
``services.cases.CaseService``; permissions come from ``CaseAccess``, writes go through
``CaseWriter``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from intake_app.domain.answers import Answer
from intake_app.domain.case_codec import coerce_values, decode_values
from intake_app.domain.case_record import (
    ASSIGNED_KEY,
    STATUS_KEY,
    CaseRecord,
    CaseStatus,
    Changes,
    HistoryEntry,
    empty_like,
    normalised,
    replay,
)
from intake_app.domain.case_validation import Problem, blocking, validate
from intake_app.domain.errors import BatchInvalid, InvalidInput, NotFound
from intake_app.domain.roles import Action, require
from intake_app.services.case_access import CaseAccess
from intake_app.services.case_core import WORKER_ROLES, CaseWriter, history_entry, timestamp
from intake_app.services.vault_access import VaultAccess
from intake_app.vault import audit
from intake_app.vault.cases_repo import CasesRepo


class CaseRecords:
    """The methods of ``CaseService`` that read or change one case."""

    def __init__(self, vault: VaultAccess, access: CaseAccess, writer: CaseWriter) -> None:
        self.vault = vault
        self.access = access
        self.writer = writer

    def validate(self, values: Mapping[str, object], *,
                 keys: Sequence[str] | None = None) -> dict[str, list[Problem]]:
        return validate(coerce_values(values), today=self.writer.today(), keys=keys)

    def create_case(self, values: Mapping[str, object]) -> str:
        require(self.vault.role, Action.CASE_CREATE)  # before looking at any answer
        answers = normalised(coerce_values(values))
        self.writer.storable(answers)
        self.writer.checked(answers, None)
        with self.vault.transaction() as conn:
            return self.writer.create_in(conn, answers)

    def create_cases(self, cases: Sequence[Mapping[str, object]]) -> list[str]:
        require(self.vault.role, Action.CASE_CREATE)  # before looking at any answer
        batch: list[dict[str, Answer]] = []
        problems: dict[int, dict[str, list[Problem]]] = {}
        today = self.writer.today()
        for index, values in enumerate(cases):
            try:
                answers = normalised(coerce_values(values))
            except InvalidInput as exc:
                raise InvalidInput(f"case {index + 1}: {exc}; no case was created") from None
            # validate() checks the characters of every declared field, and coerce_values
            # let no other key through: this is create_case's storable() + checked() at once.
            found = blocking(validate(answers, today=today))
            if found:
                problems[index] = found
            batch.append(answers)
        if problems:
            raise BatchInvalid(problems)
        with self.vault.transaction() as conn:
            return self.writer.create_many_in(conn, batch)

    def read(self, reference: str, action: str, detail: str = "") -> CaseRecord:
        """The case as it is now, audited as ``action``."""
        with self.access.guarded(reference), self.vault.transaction() as conn:
            _me, case = self.access.load(conn, reference)
            audit.append(conn, self.vault.user, action, reference, detail,
                         clock=self.vault.clock)
            return self.writer.record(case)

    def update_case(self, reference: str, changes: Mapping[str, object], *,
                    base_seq: int | None = None) -> CaseRecord:
        answers = coerce_values(changes)
        with self.access.guarded(reference, edit=True), self.vault.transaction() as conn:
            me, case = self.access.load(conn, reference, edit=True)
            return self.writer.update_in(conn, me, case, answers, base_seq)

    def set_status(self, reference: str, status: CaseStatus) -> CaseRecord:
        status = CaseStatus(status)
        with self.access.guarded(reference, edit=True), self.vault.transaction() as conn:
            me, case = self.access.load(conn, reference, edit=True)
            if case.status == status.value:
                return self.writer.record(case)
            change = Changes((STATUS_KEY,), {STATUS_KEY: case.status},
                             {STATUS_KEY: status.value})
            return self.writer.write_step(CasesRepo(conn), me, case, change,
                                          decode_values(case.data), "case.status",
                                          f"status={status.value}", status=status.value)

    def assign(self, reference: str, worker: str | None) -> CaseRecord:
        require(self.vault.role, Action.CASE_ASSIGN)
        with self.access.guarded(reference, edit=True), self.vault.transaction() as conn:
            me, case = self.access.load(conn, reference, edit=True)
            require(me.role, Action.CASE_ASSIGN)
            repo = CasesRepo(conn)
            if worker is not None:
                target = repo.user(worker)
                if target is None or target[1] != me.team or target[0] not in WORKER_ROLES:
                    raise InvalidInput("cases can only be assigned to active caseworkers "
                                       "and supervisors of your team")
            if case.assigned_to == worker:
                return self.writer.record(case)
            change = Changes((ASSIGNED_KEY,), {ASSIGNED_KEY: case.assigned_to},
                             {ASSIGNED_KEY: worker})
            return self.writer.write_step(repo, me, case, change, decode_values(case.data),
                                          "case.assign", f"to={worker or '-'}",
                                          reassign=True, assigned_to=worker)

    def assignable_workers(self) -> list[str]:
        require(self.vault.role, Action.CASE_ASSIGN)
        with self.vault.read() as conn:
            me = self.access.asker(conn)
            return CasesRepo(conn).team_members(me.team, WORKER_ROLES)

    def history(self, reference: str) -> list[HistoryEntry]:
        with self.access.guarded(reference), self.vault.transaction() as conn:
            _me, case = self.access.load(conn, reference)
            steps = CasesRepo(conn).history(case.id)
            audit.append(conn, self.vault.user, "case.history", reference,
                         clock=self.vault.clock)
        return [history_entry(s) for s in steps]

    def state_at(self, reference: str, at: int | datetime) -> CaseRecord:
        with self.access.guarded(reference), self.vault.transaction() as conn:
            _me, case = self.access.load(conn, reference)
            repo = CasesRepo(conn)
            if isinstance(at, datetime):
                steps = repo.history(case.id, upto_time=timestamp(at))
                detail = f"as_of={timestamp(at)}"
            else:
                steps = repo.history(case.id, upto_seq=int(at))
                detail = f"as_of_step={int(at)}"
            if not steps:
                raise NotFound("the case did not exist yet at that point")
            audit.append(conn, self.vault.user, "case.view", reference, detail,
                         clock=self.vault.clock)
        return replay(empty_like(self.writer.record(case, {})),
                      (history_entry(s) for s in steps))
