"""The case list and search: ids in order (cheap enough for every keystroke at 100,000 cases)
and the light rows of one page. A part of ``services.cases.CaseService``; what a person's
list shows is ``CaseAccess.scope``. The review-due filter and column are worked out against
today (the vault's clock, in the organisation's calendar) and the policy's review interval.
"""

from __future__ import annotations

from collections.abc import Sequence

from intake_app.domain.case_record import ALL_CASES, NEWEST_FIRST, CaseFilter, CaseRow, CaseSort
from intake_app.domain.review import DEFAULT_INTERVAL_DAYS, cutoff
from intake_app.services.case_access import CaseAccess
from intake_app.services.vault_access import VaultAccess
from intake_app.vault.case_lists import ListCache
from intake_app.vault.cases_repo import CasesRepo


class CaseListing:
    """The list and search methods of ``CaseService``. Not audited: no case content leaves
    here beyond what identifies a case."""

    def __init__(self, vault: VaultAccess, access: CaseAccess, *,
                 review_interval_days: int = DEFAULT_INTERVAL_DAYS) -> None:
        self.vault = vault
        self.access = access
        self.review_interval_days = review_interval_days
        # Kept across lock and unlock: the cache notices a new connection by itself.
        self._lists = ListCache()

    def list_ids(self, filter: CaseFilter = ALL_CASES,
                 sort: CaseSort = NEWEST_FIRST) -> list[int]:
        with self.vault.read() as conn:
            scope = self.access.scope(self.access.asker(conn))
            return CasesRepo(conn, self._lists).list_ids(scope, filter, sort,
                                                         due_cutoff=self.due_cutoff())

    def search(self, text: str, sort: CaseSort = NEWEST_FIRST) -> list[int]:
        if not text.strip():
            return []
        return self.list_ids(CaseFilter(text=text), sort)

    def count(self, filter: CaseFilter = ALL_CASES) -> int:
        with self.vault.read() as conn:
            scope = self.access.scope(self.access.asker(conn))
            return CasesRepo(conn, self._lists).count(scope, filter,
                                                      due_cutoff=self.due_cutoff())

    def rows_for(self, ids: Sequence[int]) -> list[CaseRow]:
        with self.vault.read() as conn:
            scope = self.access.scope(self.access.asker(conn))
            return CasesRepo(conn).rows_for(scope, ids, due_cutoff=self.due_cutoff())

    def due_cutoff(self) -> str:
        """Open cases whose review clock is on or before this day are due for review."""
        today = self.vault.clock().astimezone().date()
        return cutoff(today, self.review_interval_days).isoformat()
