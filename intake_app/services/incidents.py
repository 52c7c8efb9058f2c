"""The incident log and "referred to MARAC on" facts of a case.

Public API of ``IncidentService(vault)`` (``vault``: a ``VaultAccess``, the signed-in
``Session``)::

    add_incident(ref, details: IncidentInput) -> Incident          audited "incident.add"
    correct_incident(ref, incident_id, details) -> Incident        audited "incident.correct"
    list_incidents(ref, *, history=True) -> list[Incident]         audited "incident.view"
    record_marac_referral(ref, referred_on: date) -> MaracReferral audited "marac.record"
    marac_referrals(ref) -> list[MaracReferral]                    audited "marac.view"

Records are in ``domain/incidents.py``. Who may: the permission matrix's incident and MARAC
actions, on a case the person may edit (to record) or see (to list), as ``CaseAccess``
decides; administrators are refused everything here, and a refusal is audited
("case.denied"). ``ValidationFailed`` (problems per field) for an incident or date that cannot
be recorded, ``CaseClosed`` for a closed case, ``NotFound`` for an unknown case or an incident
of another case, ``InvalidInput`` for a MARAC date already recorded; nothing is changed then.

Every write is one transaction: the incident (and its version row), the case's review clock
(a new incident can make a reassessment due) and the audit entry, which names the case
reference and the incident's id, never what happened.
"""

from __future__ import annotations

from datetime import date

from intake_app.domain.case_record import CaseStatus
from intake_app.domain.errors import CaseClosed, InvalidInput, NotFound
from intake_app.domain.incidents import (
    Incident,
    IncidentInput,
    MaracReferral,
    check_incident,
    check_referral_date,
)
from intake_app.domain.roles import Action, require
from intake_app.domain.stamps import stamp
from intake_app.services.case_access import CaseAccess
from intake_app.services.vault_access import VaultAccess
from intake_app.vault import audit
from intake_app.vault.assessments_repo import AssessmentsRepo
from intake_app.vault.cases_repo import StoredCase
from intake_app.vault.database import Connection
from intake_app.vault.incidents_repo import IncidentsRepo


def open_case_or_refuse(case: StoredCase) -> None:
    if case.status == CaseStatus.CLOSED:
        raise CaseClosed("the case is closed; reopen it to record anything on it")


class IncidentService:
    """Incident and MARAC-referral use cases for the signed-in user."""

    def __init__(self, vault: VaultAccess) -> None:
        self.vault = vault
        self.access = CaseAccess(vault)

    def _today(self) -> date:
        return self.vault.clock().astimezone().date()

    def _audit(self, conn: Connection, action: str, reference: str, detail: str = "") -> None:
        audit.append(conn, self.vault.user, action, reference, detail, clock=self.vault.clock)

    # --- incidents -----------------------------------------------------------------------------

    def add_incident(self, reference: str, details: IncidentInput) -> Incident:
        """Record an incident on the case; returns it as stored (version 1)."""
        with self.access.guarded(reference, edit=True):
            require(self.vault.role, Action.INCIDENT_RECORD)  # before looking at the input
            checked = check_incident(details, today=self._today())
            with self.vault.transaction() as conn:
                me, case = self.access.load(conn, reference, edit=True)
                require(me.role, Action.INCIDENT_RECORD)
                open_case_or_refuse(case)
                repo = IncidentsRepo(conn)
                incident_id = repo.insert(case.id, checked, me.user, stamp(self.vault.clock()))
                AssessmentsRepo(conn).refresh(case.id)
                self._audit(conn, "incident.add", reference, f"incident={incident_id}")
                return repo.of_case(case.id, reference, only=incident_id)[0]

    def correct_incident(self, reference: str, incident_id: int,
                         details: IncidentInput) -> Incident:
        """Replace what an incident says; the earlier versions are kept. Returns the incident
        with its history. A correction that changes nothing records nothing."""
        with self.access.guarded(reference, edit=True):
            require(self.vault.role, Action.INCIDENT_RECORD)
            checked = check_incident(details, today=self._today())
            with self.vault.transaction() as conn:
                me, case = self.access.load(conn, reference, edit=True)
                require(me.role, Action.INCIDENT_RECORD)
                open_case_or_refuse(case)
                repo = IncidentsRepo(conn)
                if repo.case_of(int(incident_id)) != case.id:
                    raise NotFound("no such incident on this case")
                if repo.current(int(incident_id)) != checked:
                    version = repo.correct(int(incident_id), checked, me.user,
                                           stamp(self.vault.clock()))
                    AssessmentsRepo(conn).refresh(case.id)
                    self._audit(conn, "incident.correct", reference,
                                f"incident={int(incident_id)} version={version}")
                return repo.of_case(case.id, reference, only=int(incident_id))[0]

    def list_incidents(self, reference: str, *, history: bool = True) -> list[Incident]:
        """The case's incidents, oldest date first, each with its versions (oldest first)
        when ``history``."""
        with self.access.guarded(reference), self.vault.transaction() as conn:
            me, case = self.access.load(conn, reference)
            require(me.role, Action.INCIDENT_VIEW)
            found = IncidentsRepo(conn).of_case(case.id, reference, history=history)
            self._audit(conn, "incident.view", reference)
            return found

    # --- MARAC referral facts ----------------------------------------------------------------

    def record_marac_referral(self, reference: str, referred_on: date) -> MaracReferral:
        """Record that the case was referred to MARAC on ``referred_on`` (not in the
        future). InvalidInput if that date is already recorded for the case."""
        with self.access.guarded(reference, edit=True):
            require(self.vault.role, Action.MARAC_RECORD)
            day = check_referral_date(referred_on, today=self._today())
            with self.vault.transaction() as conn:
                me, case = self.access.load(conn, reference, edit=True)
                require(me.role, Action.MARAC_RECORD)
                open_case_or_refuse(case)
                repo = IncidentsRepo(conn)
                if repo.referral_exists(case.id, day):
                    raise InvalidInput("a MARAC referral on that date is already recorded")
                referral_id = repo.add_referral(case.id, day, me.user,
                                                stamp(self.vault.clock()))
                self._audit(conn, "marac.record", reference, f"referral={referral_id}")
                return next(r for r in repo.referrals(case.id, reference)
                            if r.id == referral_id)

    def marac_referrals(self, reference: str) -> list[MaracReferral]:
        """The case's recorded MARAC referral dates, oldest first."""
        with self.access.guarded(reference), self.vault.transaction() as conn:
            me, case = self.access.load(conn, reference)
            require(me.role, Action.MARAC_VIEW)
            found = IncidentsRepo(conn).referrals(case.id, reference)
            self._audit(conn, "marac.view", reference)
            return found
