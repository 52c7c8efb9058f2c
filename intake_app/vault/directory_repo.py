"""All SQL for the agency directory (migration 0006): kinds and named agencies with every
version and its facts, and which shipped file the vault last accepted for each kind.

Like the other repositories, nothing here decides who may do what and nothing commits: every
method runs inside the caller's transaction, so a change, its history rows and its audit entry
succeed or fail together. The rules for a change are the domain's (``domain/agencies/edits``);
the schema's triggers keep the history append-only and the immigration flag never lowered.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from intake_app.domain.agencies.model import (
    AGENCY_PREFIX,
    KIND_PREFIX,
    SHIPPED_KIND_IDS,
    Agency,
    Directory,
    Fact,
    Kind,
)
from intake_app.domain.case_model import Sensitivity
from intake_app.domain.i18n import Wording
from intake_app.vault.database import Connection

#: Where a stored kind says it was read from.
SOURCE = "vault"


@dataclass(frozen=True)
class KindVersion:
    kind: Kind
    change: str  # shipped, edit, update
    recorded_at: str
    recorded_by: str


@dataclass(frozen=True)
class AgencyVersion:
    agency: Agency
    change: str  # add, edit, raised
    recorded_at: str
    recorded_by: str


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _translations(text: str) -> dict[str, str]:
    loaded = json.loads(text)
    return {str(k): str(v) for k, v in loaded.items()} if isinstance(loaded, dict) else {}


_KIND_COLUMNS = ("v.kind_id, v.version, v.name, v.name_translations, v.description, "
                 "v.description_translations, v.receives, v.generalises, v.immigration, "
                 "v.shipped_sha256, v.change, v.recorded_at, v.recorded_by")
_AGENCY_COLUMNS = ("v.agency_id, v.version, v.kind_id, v.name, v.immigration, v.change, "
                   "v.recorded_at, v.recorded_by")


class DirectoryRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # --- reading -------------------------------------------------------------------------------

    def is_empty(self) -> bool:
        return self.conn.execute("SELECT 1 FROM directory_kinds LIMIT 1").fetchone() is None

    def accepted(self) -> dict[str, str]:
        """Kind id -> the SHA-256 of the shipped file the vault last accepted or kept."""
        return {str(r[0]): str(r[1]) for r in self.conn.execute(
            "SELECT id, shipped_sha256 FROM directory_kinds")}

    def directory(self) -> Directory:
        """The current version of every kind (in the directory's order) and named agency
        (by kind, then name)."""
        kinds = [self._kind(tuple(r)) for r in self.conn.execute(
            f"SELECT {_KIND_COLUMNS} FROM directory_kind_versions v JOIN directory_kinds k "
            "ON k.id = v.kind_id AND k.version = v.version")]
        order = {kind_id: n for n, kind_id in enumerate(SHIPPED_KIND_IDS)}
        kinds.sort(key=lambda k: (order.get(k.id, len(order)), k.id))
        agencies = [self._agency(tuple(r)) for r in self.conn.execute(
            f"SELECT {_AGENCY_COLUMNS} FROM directory_agency_versions v JOIN directory_agencies a "
            "ON a.id = v.agency_id AND a.version = v.version")]
        position = {k.id: n for n, k in enumerate(kinds)}
        agencies.sort(key=lambda a: (position.get(a.kind, len(position)), a.name.casefold(),
                                     a.id))
        return Directory(tuple(kinds), tuple(agencies))

    def kind_history(self, kind_id: str) -> list[KindVersion]:
        """Every version of a kind, oldest first (empty for an unknown kind)."""
        return [KindVersion(self._kind(tuple(r)), str(r[10]), str(r[11]), str(r[12]))
                for r in self.conn.execute(
                    f"SELECT {_KIND_COLUMNS} FROM directory_kind_versions v "
                    "WHERE v.kind_id = ? ORDER BY v.version", (kind_id,))]

    def agency_history(self, agency_id: str) -> list[AgencyVersion]:
        """Every version of a named agency, oldest first (empty for an unknown one)."""
        return [AgencyVersion(self._agency(tuple(r)), str(r[5]), str(r[6]), str(r[7]))
                for r in self.conn.execute(
                    f"SELECT {_AGENCY_COLUMNS} FROM directory_agency_versions v "
                    "WHERE v.agency_id = ? ORDER BY v.version", (agency_id,))]

    def _facts(self, owner: str, version: int) -> tuple[Fact, ...]:
        return tuple(Fact(str(r[0]), Wording(str(r[1]), _translations(str(r[2]))),
                          date.fromisoformat(str(r[3])))
                     for r in self.conn.execute(
                         "SELECT fact_id, text, text_translations, last_reviewed "
                         "FROM directory_facts WHERE owner = ? AND version = ? "
                         "ORDER BY position", (owner, version)))

    def _kind(self, row: tuple[object, ...]) -> Kind:
        (kind_id, version, name, name_tr, description, description_tr, receives, generalises,
         immigration, sha256) = row[:10]
        return Kind(
            id=str(kind_id), version=int(str(version)),
            name=Wording(str(name), _translations(str(name_tr))),
            description=None if description is None
            else Wording(str(description), _translations(str(description_tr))),
            receives=tuple(Sensitivity(c) for c in json.loads(str(receives))),
            generalises=tuple(str(g) for g in json.loads(str(generalises))),
            may_pass_to_immigration_enforcement=bool(immigration),
            facts=self._facts(KIND_PREFIX + str(kind_id), int(str(version))),
            source_name=SOURCE, sha256=str(sha256))

    def _agency(self, row: tuple[object, ...]) -> Agency:
        agency_id, version, kind_id, name, immigration = row[:5]
        return Agency(id=str(agency_id), kind=str(kind_id), name=str(name),
                      may_pass_to_immigration_enforcement=bool(immigration),
                      facts=self._facts(AGENCY_PREFIX + str(agency_id), int(str(version))),
                      version=int(str(version)))

    # --- writing -------------------------------------------------------------------------------

    def put_kind(self, kind: Kind, change: str, by: str, at: str, *,
                 shipped_sha256: str) -> None:
        """Store ``kind`` as its version ``kind.version`` and make it current;
        ``shipped_sha256`` is the shipped file this version was made from or checked
        against."""
        self.conn.execute(
            "INSERT INTO directory_kinds (id, version, shipped_sha256) VALUES (?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET version = excluded.version, "
            "shipped_sha256 = excluded.shipped_sha256",
            (kind.id, kind.version, shipped_sha256))
        self.conn.execute(
            "INSERT INTO directory_kind_versions (kind_id, version, name, name_translations, "
            "description, description_translations, receives, generalises, immigration, "
            "shipped_sha256, change, recorded_at, recorded_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (kind.id, kind.version, kind.name.source, _json(dict(kind.name.inline)),
             kind.description.source if kind.description else None,
             _json(dict(kind.description.inline) if kind.description else {}),
             _json([c.value for c in kind.receives]), _json(list(kind.generalises)),
             int(kind.may_pass_to_immigration_enforcement), shipped_sha256, change, at, by))
        self._put_facts(KIND_PREFIX + kind.id, kind.version, kind.facts)

    def keep(self, kind_id: str, shipped_sha256: str) -> None:
        """Record that the shipped file ``shipped_sha256`` was reviewed and the vault's version
        kept."""
        self.conn.execute("UPDATE directory_kinds SET shipped_sha256 = ? WHERE id = ?",
                          (shipped_sha256, kind_id))

    def put_agency(self, agency: Agency, change: str, by: str, at: str) -> None:
        """Store ``agency`` as its version ``agency.version`` and make it current."""
        self.conn.execute(
            "INSERT INTO directory_agencies (id, version) VALUES (?, ?) "
            "ON CONFLICT (id) DO UPDATE SET version = excluded.version",
            (agency.id, agency.version))
        self.conn.execute(
            "INSERT INTO directory_agency_versions (agency_id, version, kind_id, name, "
            "immigration, change, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (agency.id, agency.version, agency.kind, agency.name,
             int(agency.may_pass_to_immigration_enforcement), change, at, by))
        self._put_facts(AGENCY_PREFIX + agency.id, agency.version, agency.facts)

    def _put_facts(self, owner: str, version: int, facts: Iterable[Fact]) -> None:
        self.conn.executemany(
            "INSERT INTO directory_facts (owner, version, position, fact_id, text, "
            "text_translations, last_reviewed) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(owner, version, n, f.id, f.text.source, _json(dict(f.text.inline)),
              f.last_reviewed.isoformat()) for n, f in enumerate(facts)])

    def seed(self, kinds: Iterable[Kind], by: str, at: str) -> int:
        """Copy the shipped kinds in (each as version 1); returns how many."""
        count = 0
        for kind in kinds:
            self.put_kind(kind, "shipped", by, at, shipped_sha256=kind.sha256)
            count += 1
        return count

