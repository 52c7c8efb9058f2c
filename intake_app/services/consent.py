"""Consent records of a case: what she agreed to share, with whom and for what.

Public API of ``ConsentService(vault, recipients)`` (``vault``: a ``VaultAccess``, the
signed-in ``Session``; ``recipients``: a ``domain.consent.RecipientLookup``, the agency
directory, wired in ``services/wiring.py``)::

    record_consent(ref, ConsentInput) -> ConsentRecord            audited "consent.record"
    withdraw_consent(ref, consent_id, *, on, how, language="", interpreter="",
                     interpreter_independent=None) -> ConsentRecord audited "consent.withdraw"
    list_consents(ref) -> list[ConsentRecord]                     audited "consent.view"
    consent_state(ref, recipient, sensitivity, purpose=None) -> ConsentState
                                                                  audited "consent.view"
    consent_grid(ref, recipients=(), purpose=None) -> ConsentGrid audited "consent.view"

The rules are ``domain/consent.py``'s: what may be recorded (immigration only for a named
agency; the facts shown first for a recipient that may pass data to immigration enforcement,
and their version kept; an independent interpreter for a consent given...) and how the records
read (latest wins, expiry, a kind covering its named agencies). A withdrawal is a new record:
``withdraw_consent`` makes one from a consent given (same recipient, classes and purpose) and
refuses a second withdrawal of the same one; ``record_consent`` with ``Decision.WITHDRAWN``
records one directly.

Her "no" is always recorded: a refusal or a withdrawal is taken on a closed case too, while a
consent given on a closed case is ``CaseClosed`` (reopen it first).

Who may: the permission matrix's consent actions, on a case the person may edit (to record)
or see (to read), as ``CaseAccess`` decides; administrators are refused everything here, and
a refusal is audited ("case.denied"). ``RecordRefused`` (problems per field) for a record that
cannot be kept, ``NotFound`` for an unknown case or a consent of another case,
``InvalidInput`` for a withdrawal of something not given or already withdrawn; nothing is
changed then. Audit entries name the case reference
and the record's id, never the recipient, the classes, the purpose or the decision.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from intake_app.domain.case_model import Sensitivity
from intake_app.domain.case_record import CaseStatus
from intake_app.domain.consent import (
    ConsentGrid,
    ConsentInput,
    ConsentRecord,
    ConsentState,
    Decision,
    How,
    RecipientLookup,
    check_consent,
    consent_grid,
    consent_state,
    withdrawal_of,
)
from intake_app.domain.errors import CaseClosed, InvalidInput, NotFound
from intake_app.domain.roles import Action, require
from intake_app.domain.stamps import stamp
from intake_app.services.case_access import CaseAccess
from intake_app.services.vault_access import VaultAccess
from intake_app.vault import audit
from intake_app.vault.consent_repo import ConsentRepo
from intake_app.vault.database import Connection


class ConsentService:
    """Consent use cases for the signed-in user."""

    def __init__(self, vault: VaultAccess, recipients: RecipientLookup) -> None:
        self.vault = vault
        self.recipients = recipients
        self.access = CaseAccess(vault)

    def _today(self) -> date:
        return self.vault.clock().astimezone().date()

    def _audit(self, conn: Connection, action: str, reference: str, detail: str = "") -> None:
        audit.append(conn, self.vault.user, action, reference, detail, clock=self.vault.clock)

    # --- recording -----------------------------------------------------------------------------

    def record_consent(self, reference: str, consent: ConsentInput) -> ConsentRecord:
        """Record one decision of hers (see the module docstring); returns it as stored."""
        with self.access.guarded(reference, edit=True):
            require(self.vault.role, Action.CONSENT_RECORD)  # before looking at the input
            checked = check_consent(consent, today=self._today(), lookup=self.recipients)
            return self._insert(reference, checked, None)

    def withdraw_consent(self, reference: str, consent_id: int, *, on: date, how: How,
                         language: str = "", interpreter: str = "",
                         interpreter_independent: bool | None = None) -> ConsentRecord:
        """Record her withdrawal of the consent ``consent_id`` (given, on this case, not yet
        withdrawn), dated ``on``; returns the withdrawal."""
        with self.access.guarded(reference, edit=True):
            require(self.vault.role, Action.CONSENT_RECORD)
            with self.vault.read() as conn:
                _me, case = self.access.load(conn, reference, edit=True)
                found = ConsentRepo(conn).of_case(case.id, reference, only=int(consent_id))
            if not found:
                raise NotFound("no such consent record on this case")
            if found[0].decision is not Decision.GIVEN:
                raise InvalidInput("only a consent that was given can be withdrawn")
            checked = check_consent(
                withdrawal_of(found[0], on=on, how=how, language=language,
                              interpreter=interpreter,
                              interpreter_independent=interpreter_independent),
                today=self._today(), lookup=self.recipients, on_record=True)
            return self._insert(reference, checked, found[0].id)

    def _insert(self, reference: str, checked: ConsentInput,
                withdraws: int | None) -> ConsentRecord:
        with self.vault.transaction() as conn:
            me, case = self.access.load(conn, reference, edit=True)
            require(me.role, Action.CONSENT_RECORD)
            if case.status == CaseStatus.CLOSED and checked.decision is Decision.GIVEN:
                raise CaseClosed("the case is closed; reopen it to record her consent")
            repo = ConsentRepo(conn)
            if withdraws is not None and repo.withdrawn(withdraws):
                raise InvalidInput("this consent has already been withdrawn")
            record_id = repo.insert(case.id, checked, me.user, stamp(self.vault.clock()),
                                    withdraws=withdraws)
            if withdraws is None:
                self._audit(conn, "consent.record", reference, f"consent={record_id}")
            else:
                self._audit(conn, "consent.withdraw", reference,
                            f"consent={record_id} withdraws={withdraws}")
            return repo.of_case(case.id, reference, only=record_id)[0]

    # --- reading -------------------------------------------------------------------------------

    def list_consents(self, reference: str) -> list[ConsentRecord]:
        """Every record of the case, in the order she decided (oldest first)."""
        with self.access.guarded(reference), self.vault.transaction() as conn:
            me, case = self.access.load(conn, reference)
            require(me.role, Action.CONSENT_VIEW)
            found = ConsentRepo(conn).of_case(case.id, reference)
            self._audit(conn, "consent.view", reference)
            return found

    def consent_state(self, reference: str, recipient: str, sensitivity: Sensitivity,
                      purpose: str | None = None) -> ConsentState:
        """What the case's records say today about sharing ``sensitivity`` with
        ``recipient`` for ``purpose`` (None: whatever the purpose)."""
        records = self.list_consents(reference)
        return consent_state(records, recipient, sensitivity, purpose, today=self._today(),
                             lookup=self.recipients)

    def consent_grid(self, reference: str, recipients: Iterable[str] = (),
                     purpose: str | None = None) -> ConsentGrid:
        """The consent tab's grid: ``recipients`` and every recipient the records name, by
        every class consent can be recorded for."""
        records = self.list_consents(reference)
        return consent_grid(records, recipients, today=self._today(), lookup=self.recipients,
                            purpose=purpose)
