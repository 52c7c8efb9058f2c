"""The rows the cases repository reads and writes, as plain frozen dataclasses (no SQL here:
``cases_repo`` is the only place with case SQL)."""

from __future__ import annotations

from dataclasses import dataclass

from intake_app.vault.case_search import SearchDoc


@dataclass(frozen=True)
class Scope:
    """Whose cases a list may show: those ``user`` owns or is assigned, and, when ``team`` is
    set, every case of that team."""

    user: str
    team: str | None = None


@dataclass(frozen=True)
class StoredCase:
    id: int
    reference: str
    status: str
    owner: str
    assigned_to: str | None
    team: str
    created_at: str
    updated_at: str
    risk_level: str | None
    display_name: str
    last_seq: int
    data: str


@dataclass(frozen=True)
class StoredHistory:
    seq: int
    actor: str
    at: str
    keys: str
    old_values: str
    new_values: str


@dataclass(frozen=True)
class StoredDraft:
    id: int
    username: str
    case_id: int | None
    case_reference: str | None
    base_seq: int | None
    data: str
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class NewCase:
    """Everything ``insert``/``bulk_insert`` store for a new case."""

    reference: str
    status: str
    owner: str
    assigned_to: str | None
    team: str
    created_at: str
    risk_level: str | None
    display_name: str
    sort_name: str
    data: str
    search: SearchDoc
    #: The first history step (all keys set at creation): keys, old and new as JSON text.
    history: tuple[str, str, str]
