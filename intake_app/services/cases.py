"""Case work: create, view, edit, assign, list, search, history and intake drafts.

Public API of ``CaseService(vault)`` (``vault`` is an unlocked ``intake_app.vault.store.Vault``)::

    create_case(values) -> str                         new case, returns its reference
    get_case(ref) -> CaseRecord                        audited "case.view"
    update_case(ref, changes, *, base_seq=None) -> CaseRecord
    set_status(ref, status) -> CaseRecord              CaseStatus: open / closed / draft
    assign(ref, worker | None) -> CaseRecord           supervisors only
    history(ref) -> list[HistoryEntry]                 audited "case.history"
    state_at(ref, seq_or_time) -> CaseRecord           audited "case.view"
    list_ids(filter=CaseFilter(), sort=CaseSort()) -> list[int]    ids only, for lazy paging
    rows_for(ids) -> list[CaseRow]                     light rows for one page, in ids' order
    search(text, sort=CaseSort()) -> list[int]         prefix search on names, aliases,
                                                       reference, phone numbers
    count(filter=CaseFilter()) -> int
    validate(values) -> dict[str, list[Problem]]       no permission needed, no database
    assignable_workers() -> list[str]                  supervisors: their team's active staff
    save_draft(values, *, draft_id=None, case_ref=None) -> int
    load_draft(draft_id) -> Draft
    list_drafts() -> list[DraftInfo]
    discard_draft(draft_id) -> None
    submit_draft(draft_id) -> str                      creates (or updates) the case, returns ref

Values are ``{field key: Answer}`` (see ``domain/case_model.py`` and ``domain/answers.py``);
a missing key means NOT_ASKED. The records handed out (CaseRecord, CaseRow, HistoryEntry,
Draft, DraftInfo) and the list's CaseFilter / CaseSort / SortKey are in
``domain/case_record.py``; validation Problems in ``domain/case_validation.py``.

Lists are lazy: ``list_ids`` answers from sorted indexes (and reuses the last few sorted id
lists until the next commit, so search-as-you-type does not re-read 100,000 ids per key);
``rows_for`` fetches one page. Neither is audited; opening a case is.

Errors are typed: ``PermissionDenied`` (role, or a case this user may not see; administrators
are refused every case method), ``NotFound``, ``InvalidInput`` (unknown field key or a value of
the wrong type), ``ValidationFailed`` (blocking problems, with ``.problems``; nothing stored;
its subclass ``UnstorableText`` when an answer holds NUL, another control character or a lone
surrogate -- drafts included; a search query simply drops those characters),
``EditConflict`` (someone else changed the same fields since ``base_seq``), ``CaseClosed``.
Every write is one transaction with its audit entry, and audit entries name the user, the
reference and field *keys* -- never answers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from intake_app.domain.case_codec import (
    coerce_values,
    decode_values,
)
from intake_app.domain.case_record import (
    ALL_CASES,
    ASSIGNED_KEY,
    NEWEST_FIRST,
    STATUS_KEY,
    CaseFilter,
    CaseRecord,
    CaseRow,
    CaseSort,
    CaseStatus,
    Changes,
    HistoryEntry,
    empty_like,
    normalised,
    replay,
)
from intake_app.domain.case_validation import Problem, validate
from intake_app.domain.errors import (
    InvalidInput,
    NotFound,
    PermissionDenied,
)
from intake_app.domain.roles import Action, require
from intake_app.services.case_core import (
    WORKER_ROLES,
    history_entry,
    new_case_row,
    reference_for,
    timestamp,
)
from intake_app.services.case_drafts import CaseDrafts
from intake_app.vault import audit
from intake_app.vault.cases_repo import CasesRepo

__all__ = ["CaseService", "new_case_row", "reference_for"]


class CaseService(CaseDrafts):
    """Case use cases for the signed-in user. Every method checks permission first."""

    # --- validation ----------------------------------------------------------------------------

    def validate(self, values: Mapping[str, object], *,
                 keys: Sequence[str] | None = None) -> dict[str, list[Problem]]:
        """Problems per field key for form ``values`` (blocking and warnings). No database,
        no audit. InvalidInput for an unknown key or a value of the wrong type."""
        return validate(coerce_values(values), today=self._today(), keys=keys)

    # --- create, view, edit ----------------------------------------------------------------------

    def create_case(self, values: Mapping[str, object]) -> str:
        """Create an open case owned by the signed-in user, in their team. Returns the new
        reference. ValidationFailed if any blocking problem (nothing is stored)."""
        require(self.vault.role, Action.CASE_CREATE)  # before looking at any answer
        answers = normalised(coerce_values(values))
        self._storable(answers)
        self._checked(answers, None)
        with self.vault.transaction() as conn:
            return self._create_in(conn, answers)

    def get_case(self, reference: str) -> CaseRecord:
        """The case as it is now. Audited as "case.view"."""
        return self._read(reference, "case.view")

    def update_case(self, reference: str, changes: Mapping[str, object], *,
                    base_seq: int | None = None) -> CaseRecord:
        """Change some answers (key -> answer; NOT_ASKED clears a field) in one transaction:
        the case, a history step, the search index and a "case.edit" audit entry naming the
        changed keys. Only the changed keys are validated, so an old problem elsewhere does
        not block an unrelated edit. With ``base_seq`` (the ``seq`` of the record the form
        was loaded from), EditConflict if someone else changed any of the same keys since.
        Returns the case as saved (unchanged, and nothing written, if nothing changed)."""
        answers = coerce_values(changes)
        try:
            with self.vault.transaction() as conn:
                me, case = self._load(conn, reference, edit=True)
                return self._update_in(conn, me, case, answers, base_seq)
        except PermissionDenied:
            self._guarded(reference, edit=True)
            raise

    def set_status(self, reference: str, status: CaseStatus) -> CaseRecord:
        """Close or reopen a case (edit permission). A history step and a "case.status"
        audit entry."""
        status = CaseStatus(status)
        try:
            with self.vault.transaction() as conn:
                me, case = self._load(conn, reference, edit=True)
                if case.status == status.value:
                    return self._record(case)
                values = decode_values(case.data)
                change = Changes((STATUS_KEY,), {STATUS_KEY: case.status},
                                 {STATUS_KEY: status.value})
                return self._write_step(CasesRepo(conn), me, case, change, values,
                                        "case.status", f"status={status.value}",
                                        status=status.value)
        except PermissionDenied:
            self._guarded(reference, edit=True)
            raise

    def assign(self, reference: str, worker: str | None) -> CaseRecord:
        """Assign a case to a caseworker or supervisor of the supervisor's own team (None
        removes the assignment). Supervisors only."""
        require(self.vault.role, Action.CASE_ASSIGN)
        try:
            with self.vault.transaction() as conn:
                me, case = self._load(conn, reference, edit=True)
                require(me.role, Action.CASE_ASSIGN)
                repo = CasesRepo(conn)
                if worker is not None:
                    target = repo.user(worker)
                    if target is None or target[1] != me.team or target[0] not in WORKER_ROLES:
                        raise InvalidInput("cases can only be assigned to active caseworkers "
                                           "and supervisors of your team")
                if case.assigned_to == worker:
                    return self._record(case)
                change = Changes((ASSIGNED_KEY,), {ASSIGNED_KEY: case.assigned_to},
                                 {ASSIGNED_KEY: worker})
                return self._write_step(repo, me, case, change, decode_values(case.data),
                                        "case.assign", f"to={worker or '-'}",
                                        reassign=True, assigned_to=worker)
        except PermissionDenied:
            self._guarded(reference, edit=True)
            raise

    def assignable_workers(self) -> list[str]:
        """User names a supervisor may assign cases to: their team's active caseworkers and
        supervisors."""
        require(self.vault.role, Action.CASE_ASSIGN)
        me = self._me(self.vault.conn)
        return CasesRepo(self.vault.conn).team_members(me.team, WORKER_ROLES)

    # --- history -------------------------------------------------------------------------------

    def history(self, reference: str) -> list[HistoryEntry]:
        """Every change to the case, oldest first (step 1 is the creation). Audited as
        "case.history"."""
        try:
            with self.vault.transaction() as conn:
                _me, case = self._load(conn, reference)
                steps = CasesRepo(conn).history(case.id)
                audit.append(conn, self.vault.user, "case.history", reference,
                             clock=self.vault.clock)
        except PermissionDenied:
            self._guarded(reference)
            raise
        return [history_entry(s) for s in steps]

    def state_at(self, reference: str, at: int | datetime) -> CaseRecord:
        """The case as it was after history step ``at`` (an int) or at time ``at`` (an aware
        datetime). NotFound if the case did not exist yet. Audited as "case.view"."""
        try:
            with self.vault.transaction() as conn:
                _me, case = self._load(conn, reference)
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
        except PermissionDenied:
            self._guarded(reference)
            raise
        return replay(empty_like(self._record(case, {})), (history_entry(s) for s in steps))

    # --- the list and search -------------------------------------------------------------------

    def list_ids(self, filter: CaseFilter = ALL_CASES,
                 sort: CaseSort = NEWEST_FIRST) -> list[int]:
        """Ids of the cases this user may see that match ``filter``, in ``sort`` order. Cheap
        enough to call on every keystroke at 100,000 cases; fetch rows per page with
        ``rows_for``. Not audited (no case content leaves here)."""
        conn = self.vault.conn
        return CasesRepo(conn, self._lists).list_ids(self._scope(self._me(conn)), filter, sort)

    def search(self, text: str, sort: CaseSort = NEWEST_FIRST) -> list[int]:
        """Ids of visible cases whose names, aliases, reference or phone numbers start with
        every word typed ("ami ben" finds "Amina Bennani"; "0770" finds 07700 900123)."""
        if not text.strip():
            return []
        return self.list_ids(CaseFilter(text=text), sort)

    def count(self, filter: CaseFilter = ALL_CASES) -> int:
        conn = self.vault.conn
        return CasesRepo(conn, self._lists).count(self._scope(self._me(conn)), filter)

    def rows_for(self, ids: Sequence[int]) -> list[CaseRow]:
        """The light rows (reference, name, status, assigned, risk, updated) of ``ids``, in
        the order given; ids this user may not see are left out. Not audited: the list shows
        only what identifies a case. ``display_name`` is "" when she gave no name."""
        conn = self.vault.conn
        return CasesRepo(conn).rows_for(self._scope(self._me(conn)), ids)
