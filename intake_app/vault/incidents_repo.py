"""All SQL for the incident log (with every version of a corrected incident) and the
"referred to MARAC on" facts of a case.

Like ``cases_repo``, nothing here decides who may do what and nothing commits: every method
runs inside the caller's transaction, so an incident, its version row, the case's review clock
and the audit entry succeed or fail together. Input is checked before it gets here
(``domain/incidents.py``).
"""

from __future__ import annotations

from datetime import date

from intake_app.domain.answers import Tri
from intake_app.domain.incidents import Incident, IncidentInput, IncidentVersion, MaracReferral
from intake_app.vault.database import Connection

_DETAIL_COLUMNS = ("date, summary, police_involved, police_reference, injuries, "
                   "children_present, source")


def _details(row: tuple[object, ...]) -> IncidentInput:
    day, summary, police, reference, injuries, children, source = row
    return IncidentInput(
        date=date.fromisoformat(str(day)), summary=str(summary), police_involved=Tri(str(police)),
        police_reference=str(reference), injuries=str(injuries),
        children_present=None if children is None else Tri(str(children)), source=str(source))


def _values(details: IncidentInput) -> tuple[object, ...]:
    return (details.date.isoformat(), details.summary, details.police_involved.value,
            details.police_reference, details.injuries,
            None if details.children_present is None else details.children_present.value,
            details.source)


class IncidentsRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # --- incidents -----------------------------------------------------------------------------

    def insert(self, case_id: int, details: IncidentInput, by: str, at: str) -> int:
        incident_id = int(self.conn.execute(
            f"INSERT INTO incidents (case_id, version, {_DETAIL_COLUMNS}, created_at, "
            "created_by, updated_at, updated_by) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id", (case_id, *_values(details), at, by, at, by)).fetchone()[0])
        self._add_version(incident_id, 1, details, by, at)
        return incident_id

    def correct(self, incident_id: int, details: IncidentInput, by: str, at: str) -> int:
        """Make ``details`` the incident's current version; returns its number."""
        version = int(self.conn.execute(
            "UPDATE incidents SET version = version + 1, date = ?, summary = ?, "
            "police_involved = ?, police_reference = ?, injuries = ?, children_present = ?, "
            "source = ?, updated_at = ?, updated_by = ? WHERE id = ? RETURNING version",
            (*_values(details), at, by, incident_id)).fetchone()[0])
        self._add_version(incident_id, version, details, by, at)
        return version

    def _add_version(self, incident_id: int, version: int, details: IncidentInput, by: str,
                     at: str) -> None:
        self.conn.execute(
            f"INSERT INTO incident_versions (incident_id, version, {_DETAIL_COLUMNS}, "
            "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (incident_id, version, *_values(details), at, by))

    def case_of(self, incident_id: int) -> int | None:
        row = self.conn.execute("SELECT case_id FROM incidents WHERE id = ?",
                                (incident_id,)).fetchone()
        return None if row is None else int(row[0])

    def current(self, incident_id: int) -> IncidentInput | None:
        row = self.conn.execute(f"SELECT {_DETAIL_COLUMNS} FROM incidents WHERE id = ?",
                                (incident_id,)).fetchone()
        return None if row is None else _details(tuple(row))

    def of_case(self, case_id: int, reference: str, *, history: bool = True,
                only: int | None = None) -> list[Incident]:
        """The case's incidents by date (oldest first), each with its versions when
        ``history``; ``only`` picks one incident."""
        sql = (f"SELECT id, version, {_DETAIL_COLUMNS}, created_at, created_by, updated_at, "
               "updated_by FROM incidents WHERE case_id = ?")
        params: list[object] = [case_id]
        if only is not None:
            sql += " AND id = ?"
            params.append(only)
        rows = self.conn.execute(sql + " ORDER BY date, id", params).fetchall()
        versions: dict[int, list[IncidentVersion]] = {}
        if history and rows:
            for row in self.conn.execute(
                    f"SELECT v.incident_id, v.version, v.{_DETAIL_COLUMNS.replace(', ', ', v.')}, "
                    "v.recorded_at, v.recorded_by FROM incident_versions v "
                    "JOIN incidents i ON i.id = v.incident_id WHERE i.case_id = ? "
                    "ORDER BY v.incident_id, v.version", (case_id,)):
                versions.setdefault(int(row[0]), []).append(IncidentVersion(
                    int(row[1]), _details(tuple(row[2:9])), str(row[9]), str(row[10])))
        return [Incident(id=int(r[0]), case_reference=reference, version=int(r[1]),
                         details=_details(tuple(r[2:9])), created_at=r[9], created_by=r[10],
                         updated_at=r[11], updated_by=r[12],
                         history=tuple(versions.get(int(r[0]), ())))
                for r in rows]

    def earliest_new(self, case_id: int, assessed_on: str, assessed_at: str) -> str | None:
        """The date of the earliest incident that is new since an assessment completed at
        ``assessed_at`` on day ``assessed_on`` (see ``domain/review.py``), or None."""
        # New: dated after the assessment's day, or recorded (or corrected) after it was
        # completed, whatever its date: an incident disclosed late was not weighed either.
        # (Stamps are whole seconds: one written in the very second of the assessment is
        # taken as known to it, as a script logging then assessing at once expects.)
        row = self.conn.execute(
            "SELECT min(date) FROM incidents WHERE case_id = ?1 "
            "AND (date > ?2 OR updated_at > ?3)",
            (case_id, assessed_on, assessed_at)).fetchone()
        return None if row is None or row[0] is None else str(row[0])

    # --- MARAC referral facts ----------------------------------------------------------------

    def referral_exists(self, case_id: int, referred_on: date) -> bool:
        return self.conn.execute(
            "SELECT 1 FROM marac_referrals WHERE case_id = ? AND referred_on = ?",
            (case_id, referred_on.isoformat())).fetchone() is not None

    def add_referral(self, case_id: int, referred_on: date, by: str, at: str) -> int:
        return int(self.conn.execute(
            "INSERT INTO marac_referrals (case_id, referred_on, recorded_at, recorded_by) "
            "VALUES (?, ?, ?, ?) RETURNING id",
            (case_id, referred_on.isoformat(), at, by)).fetchone()[0])

    def referrals(self, case_id: int, reference: str) -> list[MaracReferral]:
        """The case's MARAC referral facts, oldest referral first."""
        return [MaracReferral(int(r[0]), reference, date.fromisoformat(r[1]), r[2], r[3])
                for r in self.conn.execute(
                    "SELECT id, referred_on, recorded_at, recorded_by FROM marac_referrals "
                    "WHERE case_id = ? ORDER BY referred_on, id", (case_id,))]
