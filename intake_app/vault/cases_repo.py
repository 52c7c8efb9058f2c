"""All SQL for cases, case history, intake drafts and the case search index.

Nothing here decides who may see what: the service passes a ``Scope`` (whose cases the list
may contain) and checks permissions on the records it gets back. Nothing here commits either:
every method runs inside the caller's transaction, so a case write, its history rows, its
search-index row and its audit entry succeed or fail together.

The case list is paged lazily: ``list_ids`` returns only ids (a sorted index answers the
filter and the sort without reading a case), and ``rows_for`` fetches the light row data for
the ids of one visible page. The answers themselves (JSON) live in ``case_data`` and are read
only when one case is opened.

The review-due filter and column need "today minus the review interval" (``due_cutoff``, an
ISO day, see ``domain/review.py``): the service works it out from its clock and the policy
and passes it in, since neither belongs in the database.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import replace

from intake_app.domain.case_record import (
    ALL_CASES,
    NEWEST_FIRST,
    CaseFilter,
    CaseRow,
    CaseSort,
    CaseStatus,
    SortKey,
)
from intake_app.domain.risk import RANK_SQL, RiskLevel
from intake_app.vault.case_lists import ListCache, OrderedIds
from intake_app.vault.case_rows import NewCase, Scope, StoredCase, StoredDraft, StoredHistory
from intake_app.vault.case_search import SearchDoc, SearchQuery, parse_query
from intake_app.vault.database import Connection

__all__ = ["CasesRepo", "NewCase", "Scope", "StoredCase", "StoredDraft", "StoredHistory"]

#: Up to this many search matches, an uncached search is left to SQLite (see ``list_ids``).
_FEW_HITS = 5000

#: What each branch of a united list query selects: the id and every column a list sorts by.
_LIST_COLUMNS = "c.id, c.updated_at, c.sort_name, c.status, c.assigned_to, c.risk_level"

_CASE_SELECT = ("SELECT c.id, c.reference, c.status, c.owner, c.assigned_to, c.team, "
                "c.created_at, c.updated_at, c.risk_level, c.display_name, c.last_seq, d.data "
                "FROM cases c JOIN case_data d ON d.case_id = c.id")


_SORT_COLUMNS: dict[SortKey, str] = {
    SortKey.UPDATED: "c.updated_at",
    # Ids and references are both issued in creation order, in the same transaction, so
    # ordering by id is ordering by reference (unless the clock was set back across a New
    # Year), and the team index already holds id order.
    SortKey.CREATED: "c.id",
    SortKey.REFERENCE: "c.id",
    SortKey.NAME: "c.sort_name",
    SortKey.STATUS: "c.status",
    SortKey.ASSIGNED: "coalesce(c.assigned_to, '')",
    # Generated from RiskLevel; equal to the cases_team_risk index expression (migration 0002).
    SortKey.RISK: RANK_SQL,
}


class CasesRepo:
    def __init__(self, conn: Connection, cache: ListCache | None = None) -> None:
        self.conn = conn
        self.cache = cache

    # --- users (read only; the vault owns the users table) ------------------------------------

    def user(self, username: str) -> tuple[str, str] | None:
        """(role, team) of an active user, or None."""
        row = self.conn.execute(
            "SELECT role, team FROM users WHERE username = ? AND disabled_at IS NULL",
            (username,)).fetchone()
        return None if row is None else (row[0], row[1])

    def team_members(self, team: str, roles: Sequence[str]) -> list[str]:
        marks = ",".join("?" * len(roles))
        return [r[0] for r in self.conn.execute(
            f"SELECT username FROM users WHERE team = ? AND disabled_at IS NULL "
            f"AND role IN ({marks}) ORDER BY username", (team, *roles))]

    # --- references ----------------------------------------------------------------------------

    def reserve_serials(self, year: int, count: int = 1) -> int:
        """Reserve ``count`` consecutive serial numbers for ``year``; returns the first."""
        last = self.conn.execute(
            "INSERT INTO case_counters (year, last_serial) VALUES (?, ?) "
            "ON CONFLICT (year) DO UPDATE SET last_serial = last_serial + excluded.last_serial "
            "RETURNING last_serial", (year, count)).fetchone()[0]
        return int(last) - count + 1

    # --- one case ------------------------------------------------------------------------------

    def insert(self, case: NewCase) -> int:
        case_id = self.conn.execute(
            "INSERT INTO cases (reference, status, owner, assigned_to, team, created_at, "
            "updated_at, risk_level, display_name, sort_name, last_seq) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
            (case.reference, case.status, case.owner, case.assigned_to, case.team,
             case.created_at, case.created_at, case.risk_level, case.display_name,
             case.sort_name)).fetchone()[0]
        self.conn.execute("INSERT INTO case_data (case_id, data) VALUES (?, ?)",
                          (case_id, case.data))
        self.add_history(case_id, 1, case.owner, case.created_at, *case.history)
        self.replace_search(case_id, case.search, existed=False)
        return int(case_id)

    def by_reference(self, reference: str) -> StoredCase | None:
        row = self.conn.execute(f"{_CASE_SELECT} WHERE c.reference = ?",
                                (reference,)).fetchone()
        return None if row is None else StoredCase(*row)

    def by_id(self, case_id: int) -> StoredCase | None:
        row = self.conn.execute(f"{_CASE_SELECT} WHERE c.id = ?", (case_id,)).fetchone()
        return None if row is None else StoredCase(*row)

    def save(self, case_id: int, *, data: str | None, display_name: str, sort_name: str,
             status: str, assigned_to: str | None, updated_at: str, last_seq: int) -> None:
        """Write a case's mutable columns; ``data`` None leaves the answers as they are."""
        self.conn.execute(
            "UPDATE cases SET display_name = ?, sort_name = ?, status = ?, assigned_to = ?, "
            "updated_at = ?, last_seq = ? WHERE id = ?",
            (display_name, sort_name, status, assigned_to, updated_at, last_seq, case_id))
        if data is not None:
            self.conn.execute("UPDATE case_data SET data = ? WHERE case_id = ?", (data, case_id))

    def set_risk_level(self, case_id: int, risk_level: RiskLevel | None) -> None:
        stored = None if risk_level is None else RiskLevel(risk_level).value
        self.conn.execute("UPDATE cases SET risk_level = ? WHERE id = ?", (stored, case_id))

    # --- history -------------------------------------------------------------------------------

    def add_history(self, case_id: int, seq: int, actor: str, at: str, keys: str,
                    old_values: str, new_values: str) -> None:
        self.conn.execute(
            "INSERT INTO case_history (case_id, seq, actor, at, keys, old_values, new_values) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (case_id, seq, actor, at, keys, old_values, new_values))

    def history(self, case_id: int, *, upto_seq: int | None = None,
                upto_time: str | None = None) -> list[StoredHistory]:
        sql = ("SELECT seq, actor, at, keys, old_values, new_values FROM case_history "
               "WHERE case_id = ?")
        params: list[object] = [case_id]
        if upto_seq is not None:
            sql += " AND seq <= ?"
            params.append(upto_seq)
        if upto_time is not None:
            sql += " AND at <= ?"
            params.append(upto_time)
        return [StoredHistory(*r) for r in self.conn.execute(sql + " ORDER BY seq", params)]

    def keys_changed_since(self, case_id: int, seq: int) -> set[str]:
        changed: set[str] = set()
        for (keys,) in self.conn.execute(
                "SELECT keys FROM case_history WHERE case_id = ? AND seq > ?", (case_id, seq)):
            changed.update(json.loads(keys))
        return changed

    # --- search index --------------------------------------------------------------------------

    def replace_search(self, case_id: int, doc: SearchDoc, *, existed: bool = True) -> None:
        if existed:
            self.conn.execute("DELETE FROM cases_fts WHERE rowid = ?", (case_id,))
        self.conn.execute(
            "INSERT INTO cases_fts (rowid, names, aliases, reference, phones) "
            "VALUES (?, ?, ?, ?, ?)", doc.as_row(case_id))

    def _matches(self, expression: str) -> list[int]:
        """Ids whose indexed text matches an FTS5 expression (any scope)."""
        return [r[0] for r in self.conn.execute(
            "SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?", (expression,))]

    # --- the list ------------------------------------------------------------------------------

    def _scope_branches(self, scope: Scope, filt: CaseFilter) -> list[tuple[str, list[object]]]:
        """The scope as disjoint conditions to be united: each reads one index in sorted order,
        where a single OR would make SQLite fetch every row. Disjoint, so that UNION ALL needs
        no de-duplicating sort."""
        mine: list[tuple[str, list[object]]] = [
            ("c.owner = ?", [scope.user]),
            ("c.assigned_to = ? AND c.owner <> ?", [scope.user, scope.user])]
        if scope.team is None or filt.mine:
            return mine
        # A supervisor's own and assigned cases are almost always in their team; when they
        # are, "team = ?" alone lets the list be read straight from a sorted team index.
        # Four index seeks ("<" and ">" rather than "<>", which would read every own case).
        outside = self.conn.execute(
            "SELECT EXISTS (SELECT 1 FROM cases WHERE owner = ?1 AND team < ?2) "
            "OR EXISTS (SELECT 1 FROM cases WHERE owner = ?1 AND team > ?2) "
            "OR EXISTS (SELECT 1 FROM cases WHERE assigned_to = ?1 AND team < ?2) "
            "OR EXISTS (SELECT 1 FROM cases WHERE assigned_to = ?1 AND team > ?2)",
            (scope.user, scope.team)).fetchone()[0]
        if not outside:
            return [("c.team = ?", [scope.team])]
        return [("c.team = ?", [scope.team]),
                *((f"{sql} AND c.team <> ?", [*params, scope.team]) for sql, params in mine)]

    def _filters(self, filt: CaseFilter, query: SearchQuery,
                 due_cutoff: str | None = None) -> tuple[str, list[object]]:
        """The filter and typed-search conditions (each branch of the scope gets them)."""
        clauses: list[str] = []
        params: list[object] = []
        if filt.review_due:
            if due_cutoff is None:
                raise ValueError("the review-due filter needs due_cutoff")
            # One range on cases_team_review (migration 0005); only open cases are ever due.
            clauses.append("c.status = 'open' AND c.review_since <= ?")
            params.append(due_cutoff)
        if filt.status is not None:
            clauses.append("c.status = ?")
            params.append(CaseStatus(filt.status).value)
        if filt.unassigned:
            clauses.append("c.assigned_to IS NULL")
        elif filt.assigned_to is not None:
            clauses.append("c.assigned_to = ?")
            params.append(filt.assigned_to)
        if filt.risk_level is not None:
            clauses.append("c.risk_level = ?")
            params.append(RiskLevel(filt.risk_level).value)
        for prefix in query.reference_prefixes:
            # substr, not a range on the reference index: the list indexes carry the
            # reference, so this is checked while reading them in sorted order.
            clauses.append("substr(c.reference, 1, ?) = ?")
            params += [len(prefix), prefix]
        if query.match is not None:
            clauses.append("c.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)")
            params.append(query.match)
        return "".join(f" AND {c}" for c in clauses), params

    def _select(self, scope: Scope, filt: CaseFilter, query: SearchQuery, *,
                order: str | None, due_cutoff: str | None = None) -> tuple[str, list[object]]:
        """SELECT of the matching ids (in ``order``), or of their count when order is None."""
        branches = self._scope_branches(scope, filt)
        extra, extra_params = self._filters(filt, query, due_cutoff)
        if len(branches) == 1:
            scope_sql, params = branches[0]
            what = "c.id" if order is not None else "count(*)"
            sql = f"SELECT {what} FROM cases c WHERE {scope_sql}{extra}"
            return (sql if order is None else f"{sql} ORDER BY {order}"), params + extra_params
        parts, params = [], []
        for scope_sql, branch_params in branches:
            parts.append(f"SELECT {_LIST_COLUMNS} FROM cases c WHERE {scope_sql}{extra}")
            params += branch_params + extra_params
        union = " UNION ALL ".join(parts)
        if order is None:
            return f"SELECT count(*) FROM ({union})", params
        return f"SELECT c.id FROM ({union}) AS c ORDER BY {order}", params

    def list_ids(self, scope: Scope, filt: CaseFilter = ALL_CASES,
                 sort: CaseSort = NEWEST_FIRST, *, due_cutoff: str | None = None) -> list[int]:
        """Ids of every case in scope matching ``filt``, in ``sort`` order (ties by id).
        ``due_cutoff`` is needed when ``filt.review_due`` is set."""
        if not filt.review_due:
            due_cutoff = None  # a cutoff that filters nothing must not split the cache
        query = parse_query(filt.text)
        if filt.text.strip() and query.empty:
            return []  # only punctuation was typed: nothing can match
        view = replace(filt, text="")
        if query.empty:
            ordered = self._view(scope, view, sort, due_cutoff, compute=True)
            return list(ordered.ids) if ordered is not None else []
        ordered = self._view(scope, view, sort, due_cutoff, compute=False)
        if ordered is None and query.match is None:
            # Only reference prefixes: the sorted index carries the reference, so SQLite
            # answers in one ordered read.
            return self._ordered_ids(scope, filt, sort, query, due_cutoff)
        wanted = self._search_hits(query)
        if not wanted:
            return []
        if ordered is None and len(wanted) > _FEW_HITS:
            # Many matches (a first letter, "077"): reading the view's sorted ids and keeping
            # the matches here beats SQLite's temporary match table, and the next keystroke
            # reuses them.
            ordered = self._view(scope, view, sort, due_cutoff, compute=True)
        if ordered is not None:  # usually: the list was shown before she typed
            return ordered.matching(wanted)
        # A few matches and nothing cached: SQLite walks the sorted index and skips
        # non-matches by a Bloom filter built from the (small) match list.
        return self._ordered_ids(scope, filt, sort, query, due_cutoff)

    def _view(self, scope: Scope, view: CaseFilter, sort: CaseSort, due_cutoff: str | None,
              *, compute: bool) -> OrderedIds | None:
        """The sorted ids of a view without search words: cached, or read now if ``compute``.
        The cutoff is part of the key: a list kept past midnight must not answer for the
        next day."""
        key = (scope, view, sort, due_cutoff)
        found = self.cache.get(self.conn, key) if self.cache is not None else None
        if found is None and compute:
            found = OrderedIds(self._ordered_ids(scope, view, sort, SearchQuery(), due_cutoff))
            if self.cache is not None:
                self.cache.put(key, found)
        return found

    def _search_hits(self, query: SearchQuery) -> set[int]:
        """Ids (any scope) matching every typed word and reference prefix."""
        found: set[int] | None = None
        for prefix in query.reference_prefixes:
            ids = {r[0] for r in self.conn.execute(
                "SELECT id FROM cases WHERE reference >= ? AND reference < ?",
                (prefix, prefix + "\uffff"))}
            found = ids if found is None else found & ids
        if query.match is not None and (found is None or found):
            ids = set(self._matches(query.match))
            found = ids if found is None else found & ids
        return found or set()

    def _ordered_ids(self, scope: Scope, filt: CaseFilter, sort: CaseSort,
                     query: SearchQuery, due_cutoff: str | None = None) -> list[int]:
        direction = "DESC" if sort.descending else "ASC"
        column = _SORT_COLUMNS[SortKey(sort.key)]
        order = f"{column} {direction}, c.id {direction}" if column != "c.id" \
            else f"c.id {direction}"
        if sort.key is SortKey.STATUS:
            order = f"c.status {direction}, c.updated_at {direction}, c.id {direction}"
        sql, params = self._select(scope, filt, query, order=order, due_cutoff=due_cutoff)
        return [r[0] for r in self.conn.execute(sql, params)]

    def count(self, scope: Scope, filt: CaseFilter = ALL_CASES, *,
              due_cutoff: str | None = None) -> int:
        if filt.text.strip():
            return len(self.list_ids(scope, filt, due_cutoff=due_cutoff))
        sql, params = self._select(scope, filt, SearchQuery(), order=None,
                                   due_cutoff=due_cutoff)
        return int(self.conn.execute(sql, params).fetchone()[0])

    def rows_for(self, scope: Scope, ids: Sequence[int], *,
                 due_cutoff: str | None = None) -> list[CaseRow]:
        """Light rows for ``ids`` (one page), in the order given; ids out of scope or gone
        are left out. ``review_due`` is worked out against ``due_cutoff`` (False without
        one)."""
        if not ids:
            return []
        found: dict[int, CaseRow] = {}
        # Rows are fetched by id (the page is small) and the scope is checked here, so the
        # planner cannot choose to walk a whole team index instead.
        for row in self.conn.execute(
                "SELECT c.id, c.reference, c.display_name, c.status, c.assigned_to, "
                "c.risk_level, c.updated_at, c.owner, c.team, c.review_since FROM cases c "
                "WHERE c.id IN (SELECT value FROM json_each(?))",
                (json.dumps([int(i) for i in ids]),)):
            owner, team = row[7], row[8]
            if scope.user in (owner, row[4]) or (scope.team is not None and team == scope.team):
                due = (due_cutoff is not None and row[3] == CaseStatus.OPEN.value
                       and row[9] <= due_cutoff)
                found[row[0]] = CaseRow(row[0], row[1], row[2], CaseStatus(row[3]), row[4],
                                        row[5], row[6], due)
        return [found[i] for i in ids if i in found]

    # --- drafts --------------------------------------------------------------------------------

    _DRAFT_COLUMNS = ("d.id, d.username, d.case_id, c.reference, d.base_seq, d.data, "
                      "d.created_at, d.updated_at")

    def insert_draft(self, username: str, case_id: int | None, base_seq: int | None, data: str,
                     now: str) -> int:
        return int(self.conn.execute(
            "INSERT INTO case_drafts (username, case_id, base_seq, data, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            (username, case_id, base_seq, data, now, now)).fetchone()[0])

    def update_draft(self, draft_id: int, data: str, now: str) -> None:
        self.conn.execute("UPDATE case_drafts SET data = ?, updated_at = ? WHERE id = ?",
                          (data, now, draft_id))

    def draft(self, draft_id: int) -> StoredDraft | None:
        row = self.conn.execute(
            f"SELECT {self._DRAFT_COLUMNS} FROM case_drafts d "
            "LEFT JOIN cases c ON c.id = d.case_id WHERE d.id = ?", (draft_id,)).fetchone()
        return None if row is None else StoredDraft(*row)

    def draft_for_case(self, username: str, case_id: int) -> StoredDraft | None:
        row = self.conn.execute(
            f"SELECT {self._DRAFT_COLUMNS} FROM case_drafts d "
            "LEFT JOIN cases c ON c.id = d.case_id WHERE d.username = ? AND d.case_id = ?",
            (username, case_id)).fetchone()
        return None if row is None else StoredDraft(*row)

    def drafts_of(self, username: str) -> list[StoredDraft]:
        return [StoredDraft(*r) for r in self.conn.execute(
            f"SELECT {self._DRAFT_COLUMNS} FROM case_drafts d "
            "LEFT JOIN cases c ON c.id = d.case_id WHERE d.username = ? "
            "ORDER BY d.updated_at DESC, d.id DESC", (username,))]

    def delete_draft(self, draft_id: int) -> None:
        self.conn.execute("DELETE FROM case_drafts WHERE id = ?", (draft_id,))

    # --- bulk (demo data and benchmarks) -------------------------------------------------------

    def bulk_insert(self, cases: Iterable[NewCase]) -> int:
        """Insert many new cases with executemany; ids are assigned in order. Returns the
        number inserted. Runs inside the caller's (single) transaction."""
        batch = list(cases)
        if not batch:
            return 0
        # A one-off load of this size thrashes the default page cache (every spilled page is
        # encrypted and written to the WAL again); a larger cache for its duration halves it.
        cache = self.conn.execute("PRAGMA cache_size").fetchone()[0]
        self.conn.execute("PRAGMA cache_size = -262144")
        try:
            self._bulk_insert(batch)
        finally:
            self.conn.execute(f"PRAGMA cache_size = {int(cache)}")
        return len(batch)

    def _bulk_insert(self, batch: Sequence[NewCase]) -> None:
        first = int(self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM cases").fetchone()[0])
        ids = range(first, first + len(batch))
        self.conn.executemany(
            "INSERT INTO cases (id, reference, status, owner, assigned_to, team, created_at, "
            "updated_at, risk_level, display_name, sort_name, last_seq) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
            ((i, c.reference, c.status, c.owner, c.assigned_to, c.team, c.created_at,
              c.created_at, c.risk_level, c.display_name, c.sort_name)
             for i, c in zip(ids, batch, strict=True)))
        self.conn.executemany("INSERT INTO case_data (case_id, data) VALUES (?, ?)",
                              ((i, c.data) for i, c in zip(ids, batch, strict=True)))
        self.conn.executemany(
            "INSERT INTO case_history (case_id, seq, actor, at, keys, old_values, new_values) "
            "VALUES (?, 1, ?, ?, ?, ?, ?)",
            ((i, c.owner, c.created_at, *c.history) for i, c in zip(ids, batch, strict=True)))
        self.conn.executemany(
            "INSERT INTO cases_fts (rowid, names, aliases, reference, phones) "
            "VALUES (?, ?, ?, ?, ?)",
            (c.search.as_row(i) for i, c in zip(ids, batch, strict=True)))
