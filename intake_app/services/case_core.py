"""The write path every case change goes through (history step + row + search index + audit
entry), and the helpers the case parts, the demo and the benchmarks share.

Who may do what is ``services.case_access``; public use goes through
``services.cases.CaseService``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime

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
    CaseClosed,
    EditConflict,
    UnstorableText,
    ValidationFailed,
)
from intake_app.domain.risk import RiskLevel
from intake_app.domain.roles import Action, Role, require
from intake_app.domain.stamps import stamp
from intake_app.services.case_access import CaseAccess, Me
from intake_app.services.vault_access import VaultAccess
from intake_app.vault import audit
from intake_app.vault.case_search import display_name, search_doc, sort_name
from intake_app.vault.cases_repo import (
    CasesRepo,
    NewCase,
    StoredCase,
    StoredHistory,
)
from intake_app.vault.database import Connection

_SEARCHED_KEYS = frozenset({NAME_KEY, PREFERRED_NAME_KEY, ALIASES_KEY, PHONES_KEY})
WORKER_ROLES = (Role.CASEWORKER.value, Role.SUPERVISOR.value)


def timestamp(moment: datetime) -> str:
    return stamp(moment)


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
                 assigned_to: str | None = None,
                 risk_level: RiskLevel | None = None) -> NewCase:
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
                   risk_level=None if risk_level is None else RiskLevel(risk_level).value,
                   display_name=name, sort_name=sort_name(name),
                   data=json_text(encoded),
                   search=search_doc(answers, reference),
                   history=_history_text(keys, meta_old, {**meta_new, **encoded}))


class CaseWriter:
    """The write path of every case change, and the record handed out for a stored case.

    ``access`` decides who may do what; the writer assumes the caller has checked.
    """

    def __init__(self, vault: VaultAccess, access: CaseAccess) -> None:
        self.vault = vault
        self.access = access

    def now(self) -> str:
        return timestamp(self.vault.clock())

    def today(self) -> date:
        return self.vault.clock().astimezone().date()

    def record(self, case: StoredCase, values: Mapping[str, Answer] | None = None,
               ) -> CaseRecord:
        """The record handed out for ``case`` (with ``values`` when already decoded)."""
        return CaseRecord(
            id=case.id, reference=case.reference, status=CaseStatus(case.status),
            owner=case.owner, assigned_to=case.assigned_to, team=case.team,
            created_at=case.created_at, updated_at=case.updated_at, risk_level=case.risk_level,
            values=decode_values(case.data) if values is None else dict(values),
            seq=case.last_seq)

    def storable(self, values: Mapping[str, Answer]) -> None:
        """The boundary every stored answer crosses: NUL, other control characters and lone
        surrogates are refused (UnstorableText, naming the fields), never silently dropped,
        and before anything is encoded or written."""
        problems = unstorable(values)
        if problems:
            raise UnstorableText(problems)

    def checked(self, values: Mapping[str, Answer], keys: Sequence[str] | None) -> None:
        problems = blocking(validate(values, today=self.today(), keys=keys))
        if problems:
            raise ValidationFailed(problems)

    def create_in(self, conn: Connection, answers: Mapping[str, Answer]) -> str:
        """A new open case of the asker, in their team; its reference."""
        return self.create_many_in(conn, [answers])[0]

    def create_many_in(self, conn: Connection,
                       batch: Sequence[Mapping[str, Answer]]) -> list[str]:
        """New open cases of the asker, in their team, in ``conn``'s transaction: one
        "case.create" audit entry each, references in ``batch`` order and consecutive."""
        if not batch:
            return []
        me = self.access.asker(conn)
        require(me.role, Action.CASE_CREATE)
        repo = CasesRepo(conn)
        now = self.vault.clock()
        year = now.astimezone().year  # the organisation's year, like the dates it records
        first = repo.reserve_serials(year, len(batch))
        references = []
        for offset, answers in enumerate(batch):
            reference = reference_for(year, first + offset)
            repo.insert(new_case_row(answers, reference=reference, owner=me.user,
                                     team=me.team, created_at=timestamp(now)))
            audit.append(conn, me.user, "case.create", reference,
                         "fields=" + ",".join(sorted(answers)), clock=self.vault.clock)
            references.append(reference)
        return references

    def update_in(self, conn: Connection, me: Me, case: StoredCase,
                  answers: Mapping[str, Answer], base_seq: int | None) -> CaseRecord:
        if case.status == CaseStatus.CLOSED:
            raise CaseClosed("the case is closed; reopen it to change it")
        repo = CasesRepo(conn)
        current = decode_values(case.data)
        updated = normalised({**current, **answers})
        changes = diff(current, updated)
        if not changes.keys:
            return self.record(case, current)
        if base_seq is not None and base_seq < case.last_seq:
            clash = repo.keys_changed_since(case.id, base_seq) & set(changes.keys)
            if clash:
                raise EditConflict(sorted(clash))
        self.storable({k: updated[k] for k in changes.keys if k in updated})
        self.checked(updated, changes.keys)
        return self.write_step(repo, me, case, changes, updated, "case.edit",
                               "fields=" + ",".join(changes.keys))

    def write_step(self, repo: CasesRepo, me: Me, case: StoredCase, changes: Changes,
                   values: Mapping[str, Answer], action: str, detail: str,
                   *, status: str | None = None, reassign: bool = False,
                   assigned_to: str | None = None) -> CaseRecord:
        """One history step, the row update, the search index, and the audit entry."""
        seq, now = case.last_seq + 1, self.now()
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
        return self.record(saved, values)


def history_entry(step: StoredHistory) -> HistoryEntry:
    keys = tuple(json.loads(step.keys))
    old = from_jsonable(json.loads(step.old_values))
    new = from_jsonable(json.loads(step.new_values))
    return HistoryEntry(step.seq, step.actor, step.at, keys,
                        {k: old.get(k, NOT_ASKED) for k in keys},
                        {k: new.get(k, NOT_ASKED) for k in keys})
