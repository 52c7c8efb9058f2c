"""Case work: create, view, edit, assign, list, search, history and intake drafts.

Public API of ``CaseService(vault)`` (``vault`` is a ``services.vault_access.VaultAccess``: the
signed-in ``Session``)::

    create_case(values) -> str                         new case, returns its reference
    create_cases([values, ...]) -> list[str]           all or nothing (an import)
    get_case(ref) -> CaseRecord                        audited "case.view"
    update_case(ref, changes, *, base_seq=None) -> CaseRecord
    set_status(ref, status) -> CaseRecord              CaseStatus: open / closed / draft
    assign(ref, worker | None) -> CaseRecord           supervisors only
    history(ref) -> list[HistoryEntry]                 audited "case.history"
    state_at(ref, seq_or_time) -> CaseRecord           audited "case.view"
    list_ids(filter=CaseFilter(), sort=CaseSort()) -> list[int]    ids only, for lazy paging
                                                       (CaseFilter(review_due=True): open
                                                       cases whose risk review is due)
    rows_for(ids) -> list[CaseRow]                     light rows for one page, in ids' order
                                                       (CaseRow.review_due: the list column)
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
``BatchInvalid`` (``create_cases``: the problems of every refused case, by index),
``EditConflict`` (someone else changed the same fields since ``base_seq``), ``CaseClosed``.
Every write is one transaction with its audit entry, and audit entries name the user, the
reference and field *keys* -- never answers.

The service is composed of parts that share one ``CaseAccess`` (who may see or edit which
case, and the audited "case.denied" refusal) and one ``CaseWriter`` (the write path):
``CaseRecords`` (one case), ``CaseDrafts`` (intake drafts) and ``CaseListing`` (the list and
search). A new case-scoped service (assessments, consent, referrals, the export) takes the
same ``access`` rather than inheriting from any of them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from intake_app.domain.case_record import (
    ALL_CASES,
    NEWEST_FIRST,
    CaseFilter,
    CaseRecord,
    CaseRow,
    CaseSort,
    CaseStatus,
    Draft,
    DraftInfo,
    HistoryEntry,
)
from intake_app.domain.case_validation import Problem
from intake_app.domain.review import DEFAULT_INTERVAL_DAYS
from intake_app.services.case_access import CaseAccess
from intake_app.services.case_core import CaseWriter, new_case_row, reference_for
from intake_app.services.case_drafts import CaseDrafts
from intake_app.services.case_listing import CaseListing
from intake_app.services.case_records import CaseRecords
from intake_app.services.vault_access import VaultAccess

__all__ = ["CaseService", "new_case_row", "reference_for"]


class CaseService:
    """Case use cases for the signed-in user. Every method checks permission first."""

    def __init__(self, vault: VaultAccess, *,
                 review_interval_days: int = DEFAULT_INTERVAL_DAYS) -> None:
        # Only the access is kept, never a Vault: after a lock and unlock the same service
        # works on the newly bound vault.
        self.vault = vault
        self.access = CaseAccess(vault)
        writer = CaseWriter(vault, self.access)
        self._records = CaseRecords(vault, self.access, writer)
        self._drafts = CaseDrafts(vault, self.access, writer)
        self._listing = CaseListing(vault, self.access,
                                    review_interval_days=review_interval_days)

    # --- validation ----------------------------------------------------------------------------

    def validate(self, values: Mapping[str, object], *,
                 keys: Sequence[str] | None = None) -> dict[str, list[Problem]]:
        """Problems per field key for form ``values`` (blocking and warnings). No database,
        no audit. InvalidInput for an unknown key or a value of the wrong type."""
        return self._records.validate(values, keys=keys)

    # --- create, view, edit ----------------------------------------------------------------------

    def create_case(self, values: Mapping[str, object]) -> str:
        """Create an open case owned by the signed-in user, in their team. Returns the new
        reference. ValidationFailed if any blocking problem (nothing is stored)."""
        return self._records.create_case(values)

    def create_cases(self, cases: Sequence[Mapping[str, object]]) -> list[str]:
        """Create every case of ``cases`` as ``create_case`` would, all or nothing: one
        transaction, a "case.create" audit entry each, and the references in the order
        given. Every case is validated first; BatchInvalid (``.problems`` by index) if any
        has a blocking problem, InvalidInput for an unknown key or a value of the wrong type,
        and then no case at all is stored."""
        return self._records.create_cases(cases)

    def get_case(self, reference: str) -> CaseRecord:
        """The case as it is now. Audited as "case.view"."""
        return self._records.read(reference, "case.view")

    def update_case(self, reference: str, changes: Mapping[str, object], *,
                    base_seq: int | None = None) -> CaseRecord:
        """Change some answers (key -> answer; NOT_ASKED clears a field) in one transaction:
        the case, a history step, the search index and a "case.edit" audit entry naming the
        changed keys. Only the changed keys are validated, so an old problem elsewhere does
        not block an unrelated edit. With ``base_seq`` (the ``seq`` of the record the form
        was loaded from), EditConflict if someone else changed any of the same keys since.
        Returns the case as saved (unchanged, and nothing written, if nothing changed)."""
        return self._records.update_case(reference, changes, base_seq=base_seq)

    def set_status(self, reference: str, status: CaseStatus) -> CaseRecord:
        """Close or reopen a case (edit permission). A history step and a "case.status"
        audit entry."""
        return self._records.set_status(reference, status)

    def assign(self, reference: str, worker: str | None) -> CaseRecord:
        """Assign a case to a caseworker or supervisor of the supervisor's own team (None
        removes the assignment). Supervisors only."""
        return self._records.assign(reference, worker)

    def assignable_workers(self) -> list[str]:
        """User names a supervisor may assign cases to: their team's active caseworkers and
        supervisors."""
        return self._records.assignable_workers()

    # --- history -------------------------------------------------------------------------------

    def history(self, reference: str) -> list[HistoryEntry]:
        """Every change to the case, oldest first (step 1 is the creation). Audited as
        "case.history"."""
        return self._records.history(reference)

    def state_at(self, reference: str, at: int | datetime) -> CaseRecord:
        """The case as it was after history step ``at`` (an int) or at time ``at`` (an aware
        datetime). NotFound if the case did not exist yet. Audited as "case.view"."""
        return self._records.state_at(reference, at)

    # --- the list and search -------------------------------------------------------------------

    def list_ids(self, filter: CaseFilter = ALL_CASES,
                 sort: CaseSort = NEWEST_FIRST) -> list[int]:
        """Ids of the cases this user may see that match ``filter``, in ``sort`` order. Cheap
        enough to call on every keystroke at 100,000 cases; fetch rows per page with
        ``rows_for``. Not audited (no case content leaves here)."""
        return self._listing.list_ids(filter, sort)

    def search(self, text: str, sort: CaseSort = NEWEST_FIRST) -> list[int]:
        """Ids of visible cases whose names, aliases, reference or phone numbers start with
        every word typed ("ami ben" finds "Amina Bennani"; "0770" finds 07700 900123)."""
        return self._listing.search(text, sort)

    def count(self, filter: CaseFilter = ALL_CASES) -> int:
        return self._listing.count(filter)

    def rows_for(self, ids: Sequence[int]) -> list[CaseRow]:
        """The light rows (reference, name, status, assigned, risk, updated, review due) of
        ``ids``, in the order given; ids this user may not see are left out. Not audited: the
        list shows only what identifies a case. ``display_name`` is "" when she gave no name."""
        return self._listing.rows_for(ids)

    # --- intake drafts -------------------------------------------------------------------------

    def save_draft(self, values: Mapping[str, object], *, draft_id: int | None = None,
                   case_ref: str | None = None) -> int:
        """Save the wizard's answers as they are typed (see ``CaseDrafts.save_draft``)."""
        return self._drafts.save_draft(values, draft_id=draft_id, case_ref=case_ref)

    def load_draft(self, draft_id: int) -> Draft:
        """One of the signed-in user's drafts."""
        return self._drafts.load_draft(draft_id)

    def list_drafts(self) -> list[DraftInfo]:
        """The signed-in user's drafts, newest first."""
        return self._drafts.list_drafts()

    def discard_draft(self, draft_id: int) -> None:
        self._drafts.discard_draft(draft_id)

    def submit_draft(self, draft_id: int) -> str:
        """Turn a draft into a case (or apply a case draft's changes) and delete the draft, in
        one transaction. Returns the case reference. ValidationFailed or EditConflict leave
        the draft as it was."""
        return self._drafts.submit_draft(draft_id)
