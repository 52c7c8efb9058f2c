"""Plain records the case service hands out: a whole case, a list row, a history step, a draft,
and the filter and sort of the case list. No SQL, no Qt.

History replays: every step stores the keys it changed with their old and new answers, so the
state at any step is the empty case with every step's new answers applied in order. Case-level
attributes that are not intake fields (status, assigned worker) are in history too, under the
``case.*`` keys below.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum

from intake_app.domain.answers import NOT_ASKED, Answer
from intake_app.domain.risk import RiskLevel


class CaseStatus(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"


#: History keys for case attributes that are not intake fields. Values are text or None.
STATUS_KEY = "case.status"
ASSIGNED_KEY = "case.assigned_to"
META_KEYS = frozenset({STATUS_KEY, ASSIGNED_KEY})


@dataclass(frozen=True)
class CaseRecord:
    """A whole case as one user may see it, or as it was at history step ``seq``."""

    id: int
    reference: str
    status: CaseStatus
    owner: str
    assigned_to: str | None
    team: str
    created_at: str
    updated_at: str
    risk_level: str | None
    values: Mapping[str, Answer]
    #: The newest history step included; pass it back as ``base_seq`` to detect edit conflicts.
    seq: int

    def get(self, key: str) -> Answer:
        """The answer for ``key``; NOT_ASKED when the field was never filled in."""
        return self.values.get(key, NOT_ASKED)


@dataclass(frozen=True)
class CaseRow:
    """The light data of one row of the case list (no field values beyond the name)."""

    id: int
    reference: str
    display_name: str
    status: CaseStatus
    assigned_to: str | None
    risk_level: str | None
    updated_at: str
    #: The case's risk review is due (domain/review.py), as of the list's today and policy.
    review_due: bool = False


@dataclass(frozen=True)
class HistoryEntry:
    """One change to a case: who, when, which keys, and their answers before and after."""

    seq: int
    user: str
    at: str
    keys: tuple[str, ...]
    old: Mapping[str, object]
    new: Mapping[str, object]


@dataclass(frozen=True)
class CaseFilter:
    """Which cases the list shows. Every condition given must hold; ``text`` searches names,
    aliases, reference and phone numbers with prefix matching."""

    text: str = ""
    status: CaseStatus | None = None
    assigned_to: str | None = None
    unassigned: bool = False
    risk_level: RiskLevel | None = None
    #: Only cases the signed-in user owns or is assigned (a supervisor's own caseload).
    mine: bool = False
    #: Only open cases whose risk review is due (domain/review.py).
    review_due: bool = False


class SortKey(StrEnum):
    UPDATED = "updated"
    CREATED = "created"
    REFERENCE = "reference"
    NAME = "name"
    STATUS = "status"
    ASSIGNED = "assigned"
    RISK = "risk"


@dataclass(frozen=True)
class CaseSort:
    key: SortKey = SortKey.UPDATED
    descending: bool = True


#: The defaults of the case list: every visible case, most recently updated first.
ALL_CASES = CaseFilter()
NEWEST_FIRST = CaseSort()


@dataclass(frozen=True)
class DraftInfo:
    """A saved draft, for a "continue where you left off" list."""

    id: int
    case_reference: str | None  # None: a new intake not yet submitted
    display_name: str
    updated_at: str


@dataclass(frozen=True)
class Draft:
    id: int
    case_reference: str | None
    #: For a draft of changes to an existing case: the case's ``seq`` when the draft began.
    base_seq: int | None
    values: Mapping[str, Answer]
    created_at: str
    updated_at: str


def normalised(values: Mapping[str, Answer]) -> dict[str, Answer]:
    """Drop NOT_ASKED entries: a missing key already means "not asked yet"."""
    return {k: v for k, v in values.items() if v is not NOT_ASKED}


def changed_keys(old: Mapping[str, Answer], new: Mapping[str, Answer]) -> list[str]:
    """Keys whose answer differs, NOT_ASKED and missing being the same thing. Sorted."""
    keys = set(old) | set(new)
    return sorted(k for k in keys if old.get(k, NOT_ASKED) != new.get(k, NOT_ASKED))


def replay(base: CaseRecord, steps: Iterable[HistoryEntry]) -> CaseRecord:
    """Apply history steps in order to ``base`` (usually an empty case, see ``empty_like``)."""
    record = base
    for step in steps:
        values = dict(record.values)
        status, assigned = record.status, record.assigned_to
        for key in step.keys:
            answer = step.new.get(key, NOT_ASKED)
            if key == STATUS_KEY:
                status = CaseStatus(str(answer))
            elif key == ASSIGNED_KEY:
                assigned = answer if isinstance(answer, str) else None
            elif answer is NOT_ASKED:
                values.pop(key, None)
            else:
                values[key] = answer  # type: ignore[assignment]  # decoded by the codec
        record = replace(record, values=values, status=status, assigned_to=assigned,
                         seq=step.seq, updated_at=step.at)
    return record


def empty_like(record: CaseRecord) -> CaseRecord:
    """``record`` before its first history step: no answers, not yet assigned."""
    return replace(record, values={}, status=CaseStatus.DRAFT, assigned_to=None, seq=0,
                   updated_at=record.created_at)


@dataclass(frozen=True)
class Changes:
    """The outcome of comparing answers: which keys changed and their before/after answers."""

    keys: tuple[str, ...] = ()
    #: Answers for field keys; text or None for the case.* keys.
    old: dict[str, object] = field(default_factory=dict)
    new: dict[str, object] = field(default_factory=dict)


def diff(old: Mapping[str, Answer], new: Mapping[str, Answer]) -> Changes:
    keys = changed_keys(old, new)
    return Changes(tuple(keys), {k: old.get(k, NOT_ASKED) for k in keys},
                   {k: new.get(k, NOT_ASKED) for k in keys})
