"""Shared machinery of the case service: who the user is, what they may see, and the one
write path (history step + row + search index + audit entry) every case change goes through.

Public use goes through ``services.cases.CaseService``; this module exists to keep files small.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol

from intake_app.domain.answers import NOT_ASKED, Answer
from intake_app.domain.case_codec import (
    decode_values,
    encode_values,
    from_jsonable,
    json_text,
    to_jsonable,
)
from intake_app.domain.case_model import ALIASES_KEY, NAME_KEY, PHONES_KEY, PREFERRED_NAME_KEY
from intake_app.domain.case_record import (
    ASSIGNED_KEY,
    META_KEYS,
    STATUS_KEY,
    CaseRecord,
    CaseStatus,
    Changes,
    HistoryEntry,
    diff,
    normalised,
)
from intake_app.domain.case_validation import blocking, unstorable, validate
from intake_app.domain.errors import (
    AccountChanged,
    CaseClosed,
    EditConflict,
    IntakeError,
    NotFound,
    PermissionDenied,
    UnstorableText,
    ValidationFailed,
)
from intake_app.domain.roles import Action, Role, allowed, require
from intake_app.vault import audit
from intake_app.vault.case_lists import ListCache
from intake_app.vault.case_search import display_name, search_doc, sort_name
from intake_app.vault.cases_repo import (
    CasesRepo,
    NewCase,
    Scope,
    StoredCase,
    StoredHistory,
)
from intake_app.vault.database import Connection, DatabaseError

_TIME = "%Y-%m-%dT%H:%M:%SZ"
_SEARCHED_KEYS = frozenset({NAME_KEY, PREFERRED_NAME_KEY, ALIASES_KEY, PHONES_KEY})
WORKER_ROLES = (Role.CASEWORKER.value, Role.SUPERVISOR.value)


class _VaultLike(Protocol):
    """What the service needs of a Vault (a ``services.session.Session`` forwards these)."""

    user: str
    role: Role

    @property
    def conn(self) -> Connection: ...

    def transaction(self) -> AbstractContextManager[Connection]: ...

    def clock(self) -> datetime: ...


def timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(_TIME)


def reference_for(year: int, serial: int) -> str:
    return f"CI-{year}-{serial:06d}"


def _history_json(changes: Changes) -> tuple[str, str, str]:
    # Old answers that were NOT_ASKED are left out: a missing key reads back as NOT_ASKED.
    old = {k: v for k, v in changes.old.items() if v is not NOT_ASKED}
    return _history_text(changes.keys, to_jsonable(old), to_jsonable(changes.new))


def _history_text(keys: Sequence[str], old: Mapping[str, object],
                  new: Mapping[str, object]) -> tuple[str, str, str]:
    dump = json.dumps
    return (dump(list(keys)), dump(old, ensure_ascii=False, sort_keys=True),
            dump(new, ensure_ascii=False, sort_keys=True))


def new_case_row(values: Mapping[str, Answer], *, reference: str, owner: str, team: str,
                 created_at: str, status: CaseStatus = CaseStatus.OPEN,
                 assigned_to: str | None = None, risk_level: str | None = None) -> NewCase:
    """Everything stored for a new case, derived from its (already checked) answers. Used by
    ``create_case`` and by the demo/benchmark bulk loader, so both store identical shapes.

    The first history step holds every answer and the case status (and assignment), so
    replaying history from an empty case rebuilds the case exactly.
    """
    answers = normalised(values)
    encoded = to_jsonable(answers)  # encoded once: it is both the data and history step 1
    meta_new: dict[str, object] = {STATUS_KEY: status.value}
    meta_old: dict[str, object] = {STATUS_KEY: CaseStatus.DRAFT.value}
    if assigned_to is not None:
        meta_new[ASSIGNED_KEY] = assigned_to
        meta_old[ASSIGNED_KEY] = None
    keys = sorted(meta_new) + sorted(answers)
    name = display_name(answers)
    return NewCase(reference=reference, status=status.value, owner=owner,
                   assigned_to=assigned_to, team=team, created_at=created_at,
                   risk_level=risk_level, display_name=name, sort_name=sort_name(name),
                   data=json_text(encoded),
                   search=search_doc(answers, reference),
                   history=_history_text(keys, meta_old, {**meta_new, **encoded}))


@dataclass(frozen=True)
class Me:
    """The signed-in user as the cases see them."""

    user: str
    role: Role
    team: str


class CaseCore:
    """Permission checks and the write path shared by every case method."""

    def __init__(self, vault: _VaultLike) -> None:
        # Only the vault (or a Session forwarding to it) is kept: after a lock and unlock the
        # same service works on the new connection (the list cache notices the new one).
        self.vault = vault
        self._lists = ListCache()

    # --- who am I ------------------------------------------------------------------------------

    def _me(self, conn: Connection) -> Me:
        # Administrators are refused every case method here, before any case row is read.
        require(self.vault.role, Action.CASE_VIEW_OWN)
        row = CasesRepo(conn).user(self.vault.user)
        if row is None:
            raise AccountChanged("this account is disabled")
        return Me(self.vault.user, Role(row[0]), row[1])

    def _scope(self, me: Me) -> Scope:
        return Scope(me.user, me.team if allowed(me.role, Action.CASE_VIEW_TEAM) else None)

    def _now(self) -> str:
        return timestamp(self.vault.clock())

    def _today(self) -> date:
        return self.vault.clock().astimezone().date()

    def _check(self, me: Me, case: StoredCase, *, edit: bool) -> None:
        """May ``me`` see (or edit) ``case``? Raises PermissionDenied."""
        if me.user in (case.owner, case.assigned_to):
            require(me.role, Action.CASE_EDIT_OWN if edit else Action.CASE_VIEW_OWN)
        elif case.team == me.team:
            require(me.role, Action.CASE_EDIT_TEAM if edit else Action.CASE_VIEW_TEAM)
        else:
            raise PermissionDenied("this case belongs to another team")

    def _load(self, conn: Connection, reference: str, *, edit: bool = False,
              ) -> tuple[Me, StoredCase]:
        me = self._me(conn)
        case = CasesRepo(conn).by_reference(reference)
        if case is None:
            raise NotFound("no case with that reference")
        self._check(me, case, edit=edit)
        return me, case

    def _guarded(self, reference: str, *, edit: bool = False) -> None:
        """Refusals are audited in their own transaction (the caller's is rolled back). If
        even that cannot be written, the refusal itself still stands."""
        with contextlib.suppress(IntakeError, DatabaseError), \
                self.vault.transaction() as conn:
            audit.append(conn, self.vault.user, "case.denied", reference,
                         "edit" if edit else "view", clock=self.vault.clock)

    def _record(self, case: StoredCase, values: Mapping[str, Answer] | None = None,
                ) -> CaseRecord:
        return CaseRecord(
            id=case.id, reference=case.reference, status=CaseStatus(case.status),
            owner=case.owner, assigned_to=case.assigned_to, team=case.team,
            created_at=case.created_at, updated_at=case.updated_at, risk_level=case.risk_level,
            values=decode_values(case.data) if values is None else dict(values),
            seq=case.last_seq)

    def _read(self, reference: str, action: str, detail: str = "") -> CaseRecord:
        try:
            with self.vault.transaction() as conn:
                _me, case = self._load(conn, reference)
                audit.append(conn, self.vault.user, action, reference, detail,
                             clock=self.vault.clock)
                return self._record(case)
        except PermissionDenied:
            self._guarded(reference)
            raise

    def _storable(self, values: Mapping[str, Answer]) -> None:
        """The boundary every stored answer crosses: NUL, other control characters and lone
        surrogates are refused (UnstorableText, naming the fields), never silently dropped,
        and before anything is encoded or written."""
        problems = unstorable(values)
        if problems:
            raise UnstorableText(problems)

    def _checked(self, values: Mapping[str, Answer], keys: Sequence[str] | None) -> None:
        problems = blocking(validate(values, today=self._today(), keys=keys))
        if problems:
            raise ValidationFailed(problems)

    def _create_in(self, conn: Connection, answers: Mapping[str, Answer]) -> str:
        me = self._me(conn)
        require(me.role, Action.CASE_CREATE)
        repo = CasesRepo(conn)
        now = self.vault.clock()
        year = now.astimezone().year  # the organisation's year, like the dates it records
        reference = reference_for(year, repo.reserve_serials(year))
        repo.insert(new_case_row(answers, reference=reference, owner=me.user, team=me.team,
                                 created_at=timestamp(now)))
        audit.append(conn, me.user, "case.create", reference,
                     "fields=" + ",".join(sorted(answers)), clock=self.vault.clock)
        return reference

    def _update_in(self, conn: Connection, me: Me, case: StoredCase,
                   answers: Mapping[str, Answer], base_seq: int | None) -> CaseRecord:
        if case.status == CaseStatus.CLOSED:
            raise CaseClosed("the case is closed; reopen it to change it")
        repo = CasesRepo(conn)
        current = decode_values(case.data)
        updated = normalised({**current, **answers})
        changes = diff(current, updated)
        if not changes.keys:
            return self._record(case, current)
        if base_seq is not None and base_seq < case.last_seq:
            clash = repo.keys_changed_since(case.id, base_seq) & set(changes.keys)
            if clash:
                raise EditConflict(sorted(clash))
        self._storable({k: updated[k] for k in changes.keys if k in updated})
        self._checked(updated, changes.keys)
        return self._write_step(repo, me, case, changes, updated, "case.edit",
                                "fields=" + ",".join(changes.keys))

    def _write_step(self, repo: CasesRepo, me: Me, case: StoredCase, changes: Changes,
                    values: Mapping[str, Answer], action: str, detail: str,
                    *, status: str | None = None, reassign: bool = False,
                    assigned_to: str | None = None) -> CaseRecord:
        """One history step, the row update, the search index, and the audit entry."""
        seq, now = case.last_seq + 1, self._now()
        repo.add_history(case.id, seq, me.user, now, *_history_json(changes))
        name = display_name(values)
        new_assigned = assigned_to if reassign else case.assigned_to
        answers_changed = any(k not in META_KEYS for k in changes.keys)
        repo.save(case.id, data=encode_values(values) if answers_changed else None,
                  display_name=name,
                  sort_name=sort_name(name), status=status or case.status,
                  assigned_to=new_assigned, updated_at=now, last_seq=seq)
        if _SEARCHED_KEYS & set(changes.keys):
            repo.replace_search(case.id, search_doc(values, case.reference))
        audit.append(repo.conn, me.user, action, case.reference, detail, clock=self.vault.clock)
        saved = repo.by_id(case.id)
        assert saved is not None
        return self._record(saved, values)


def history_entry(step: StoredHistory) -> HistoryEntry:
    keys = tuple(json.loads(step.keys))
    old = from_jsonable(json.loads(step.old_values))
    new = from_jsonable(json.loads(step.new_values))
    return HistoryEntry(step.seq, step.actor, step.at, keys,
                        {k: old.get(k, NOT_ASKED) for k in keys},
                        {k: new.get(k, NOT_ASKED) for k in keys})
