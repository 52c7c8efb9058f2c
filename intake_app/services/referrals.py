"""Referrals: drafting one from a case, the gate, its life up to a supervisor's approval, the
exports register, and the redacted view the recipient gets.

Public API of ``ReferralService(vault, directory, checklists, *, export_rules=None)``
(``vault``: the signed-in ``Session``; ``directory``: the ``DirectoryService``;
``checklists``: a function giving the checklist ``Catalogue``, which holds the safe-referral
checklist; ``export_rules``: the policy's export settings and the vault's folder, which the
wiring gives)::

    new_draft(ref, recipient) -> ReferralDraft              a starting draft (nothing stored)
    draft(ref, raw) -> Referral                             DRAFT.json's shape; "referral.draft"
    update(referral_id, raw, *, version) -> Referral        a draft or returned one; "referral.edit"
    preview(ref, raw) -> Preview                            gate and view of unsaved words
    get(referral_id) -> Referral                            "referral.view"
    check(referral_id) -> GateResult                        the gate, now
    view(referral_id, tr) -> RedactedView                   what would be exported; "referral.view"
    submit(referral_id) -> Referral                         "referral.submit"
    approve(referral_id) -> Referral                        supervisors; "referral.approve"
    return_to_author(referral_id, reason) -> Referral       supervisors; "referral.return"
    reject(referral_id, reason) -> Referral                 supervisors; "referral.reject"
    revoke(referral_id, reason) -> Referral                 supervisors; "referral.revoke"
    recheck(referral_id) -> Referral                        the gate again on an approved one
    record_export(referral_id, sha256) -> Referral          supervisors; "referral.export"
    export_pdf(referral_id, target, *, with_password=False, tr, language) -> ExportDone
                                                            the PDF (services/referral_export.py)
    of_case(ref) -> list[Referral]
    listed() -> list[Referral]              a caseworker's own; a supervisor's team's
    queue() -> list[Referral]; queue_count() -> int         supervisors: the team's submitted

Every call is one transaction: the case, her consent records, the directory, the named
assessment and the referral are read in it, so the gate never passes on something a colleague
has since changed. The gate runs at submission, at approval and at export; an approved
referral whose gate fails when it is read again (``recheck``, run by ``approve``'s caller's
next read and by every export) goes back to submitted with the checks that failed.

Who may: the matrix's referral actions, on a case the person may edit (drafting, editing,
submitting) or see (everything else) as ``CaseAccess`` decides; a supervisor's steps on the
team's cases; nobody approves a referral they drafted, saved words of or submitted
(``SelfApproval``); administrators are refused everything. ``RecordRefused`` (problems per
key) for a draft that cannot be kept, ``GateFailed`` for a submission or approval the gate
does not pass, ``IllegalTransition`` for a step the state does not allow, ``EditConflict``
for an edit of a version someone else has since saved, ``NotFound`` for an unknown referral;
nothing is changed then. Audit entries name the case reference and the referral's id (and
the step), never what it holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from intake_app.domain.agencies import Directory, Recipient, recipient_of
from intake_app.domain.case_codec import decode_values
from intake_app.domain.case_record import CaseStatus
from intake_app.domain.checklists import Catalogue, Definition
from intake_app.domain.errors import CaseClosed, EditConflict, GateFailed, NotFound
from intake_app.domain.i18n import Translate, identity
from intake_app.domain.redaction import RedactedView, RedactionInput, redact
from intake_app.domain.referrals import (
    CHECKLIST_ID,
    EDITABLE,
    AssessmentState,
    GateInput,
    GateResult,
    ReferralDraft,
    State,
    Status,
    Step,
    as_mapping,
    check_referral,
    default_classes,
    parse_draft,
    stored_draft,
    transition,
)
from intake_app.domain.roles import Action, allowed, require
from intake_app.domain.stamps import stamp
from intake_app.services.case_access import CaseAccess, Me
from intake_app.services.directory import DirectoryService
from intake_app.services.referral_export import ExportDone, ExportRules, export_pdf
from intake_app.services.referral_records import Preview, Referral, status_of
from intake_app.services.vault_access import VaultAccess
from intake_app.vault import audit
from intake_app.vault.assessments_repo import AssessmentsRepo
from intake_app.vault.case_rows import StoredCase
from intake_app.vault.cases_repo import CasesRepo
from intake_app.vault.consent_repo import ConsentRepo
from intake_app.vault.database import Connection
from intake_app.vault.directory_repo import DirectoryRepo
from intake_app.vault.referrals_repo import ReferralsRepo, StoredReferral

_SHA256 = re.compile(r"^[0-9a-f]{64}$")

#: The audit action of each step.
_STEP_AUDIT = {Step.SUBMIT: "referral.submit", Step.APPROVE: "referral.approve",
               Step.RETURN: "referral.return", Step.REJECT: "referral.reject",
               Step.REVOKE: "referral.revoke", Step.RECHECK: "referral.sent_back"}
_STEP_ACTION = {Step.SUBMIT: Action.REFERRAL_SUBMIT, Step.APPROVE: Action.REFERRAL_APPROVE,
                Step.RETURN: Action.REFERRAL_RETURN, Step.REJECT: Action.REFERRAL_REJECT,
                Step.REVOKE: Action.REFERRAL_REVOKE, Step.RECHECK: Action.REFERRAL_VIEW}


def _abuser_names(people: object) -> tuple[str, ...]:
    """The names the case records for the people who harmed her."""
    if not isinstance(people, tuple | list):
        return ()
    return tuple(str(p["name"]) for p in people
                 if isinstance(p, Mapping) and isinstance(p.get("name"), str))


class ReferralService:
    def __init__(self, vault: VaultAccess, directory: DirectoryService,
                 checklists: Callable[[], Catalogue], *,
                 export_rules: ExportRules | None = None) -> None:
        self.vault = vault
        self.export_rules = export_rules
        self.access = CaseAccess(vault)
        self.directory = directory
        self._checklists = checklists
        self._checklist: Definition | None = None

    # --- plumbing ----------------------------------------------------------------------------

    def _today(self) -> date:
        return self.vault.clock().astimezone().date()

    def _audit(self, conn: Connection, action: str, reference: str, referral_id: int,
               detail: str = "") -> None:
        text = f"referral={referral_id}" + (f" {detail}" if detail else "")
        audit.append(conn, self.vault.user, action, reference, text, clock=self.vault.clock)

    def checklist(self) -> Definition:
        """The newest safe-referral checklist the catalogue holds."""
        if self._checklist is None:
            self._checklist = self._checklists().get(CHECKLIST_ID)
        return self._checklist

    @contextmanager
    def _writing(self, reference: str, action: Action) -> Iterator[Connection]:
        require(self.vault.role, action)
        self.directory.list()  # the directory is copied in at its first use
        with self.access.guarded(reference, edit=True), self.vault.transaction() as conn:
            yield conn

    @contextmanager
    def _snapshot(self) -> Iterator[Connection]:
        """A transaction for reading: the case, her consent records, the directory and the
        referral are read as they stood at one moment (a bare connection reads each
        statement afresh), and nothing is written."""
        with self.vault.transaction() as conn:
            yield conn

    def _directory(self, conn: Connection) -> Directory:
        return DirectoryRepo(conn).directory()

    def _parse(self, conn: Connection, raw: object) -> ReferralDraft:
        directory = self._directory(conn)
        return parse_draft(raw, resolve=lambda ref: recipient_of(directory, ref),
                           checklist=self.checklist(), today=self._today())

    def _stored(self, conn: Connection, referral_id: int) -> StoredReferral:
        stored = ReferralsRepo(conn).get(referral_id)
        if stored is None:
            raise NotFound("no referral with that number")
        return stored

    def _case_of(self, conn: Connection, stored: StoredReferral, *,
                 edit: bool) -> tuple[Me, StoredCase]:
        me, case = self.access.load(conn, stored.case_reference, edit=edit)
        return me, case

    def _referral(self, conn: Connection, stored: StoredReferral) -> Referral:
        repo = ReferralsRepo(conn)
        steps = repo.steps(stored.id)
        draft = stored_draft(stored.content)
        return Referral(stored.id, stored.case_reference, status_of(stored, steps), stored.author,
                        stored.created_at, stored.updated_at, stored.approved_by,
                        stored.approved_at, draft, stored.content_version, tuple(steps),
                        tuple(repo.exports(stored.id)))

    def _gate(self, conn: Connection, case: StoredCase, draft: ReferralDraft) -> GateResult:
        recipient = recipient_of(self._directory(conn), draft.recipient)
        answers = decode_values(case.data)
        assessment: AssessmentState | None = None
        if draft.assessment is not None:
            found = AssessmentsRepo(conn).of_case(case.id, case.reference,
                                                  only=draft.assessment)
            assessment = AssessmentState.COMPLETED if found else AssessmentState.NOT_FOUND
        return check_referral(GateInput(
            draft=draft, recipient=recipient,
            consents=tuple(ConsentRepo(conn).of_case(case.id, case.reference)),
            immigration_status=answers.get("immigration.status"),
            contact_last_checked=answers.get("contact.last_checked"),
            assessment=assessment, today=self._today(),
            abuser_names=_abuser_names(answers.get("abuser.people"))))

    def _view(self, conn: Connection, case: StoredCase, draft: ReferralDraft,
              tr: Translate, language: str) -> RedactedView:
        recipient: Recipient = recipient_of(self._directory(conn), draft.recipient)
        return redact(RedactionInput(
            answers=decode_values(case.data), recipient=recipient, classes=draft.classes,
            consent=tuple(ConsentRepo(conn).of_case(case.id, case.reference)),
            legal_basis=draft.legal_basis is not None, today=self._today(),
            do_not_tell=draft.do_not_tell, consent_purpose=draft.purpose,
            purpose=draft.purpose, reason=draft.reason), tr, language=language)

    # --- drafting ----------------------------------------------------------------------------

    def new_draft(self, reference: str, recipient: str) -> ReferralDraft:
        """A draft to ``recipient`` with its default classes and nothing else (not stored)."""
        require(self.vault.role, Action.REFERRAL_DRAFT)
        found = self.directory.recipient_of(recipient)
        with self.access.guarded(reference), self._snapshot() as conn:
            self.access.load(conn, reference)
        return ReferralDraft(recipient=found.ref, classes=default_classes(found), purpose="",
                             reason="")

    def draft(self, reference: str, raw: Mapping[str, Any]) -> Referral:
        """A new draft on case ``reference`` from DRAFT.json's shape."""
        with self._writing(reference, Action.REFERRAL_DRAFT) as conn:
            _me, case = self.access.load(conn, reference, edit=True)
            if case.status == CaseStatus.CLOSED.value:
                raise CaseClosed("this case is closed: reopen it to refer her on")
            draft = self._parse(conn, raw)
            repo = ReferralsRepo(conn)
            referral_id = repo.insert(case.id, as_mapping(draft), self.vault.user,
                                      stamp(self.vault.clock()))
            self._audit(conn, "referral.draft", reference, referral_id)
            return self._referral(conn, self._stored(conn, referral_id))

    def update(self, referral_id: int, raw: Mapping[str, Any], *, version: int) -> Referral:
        """Save new words for a draft or a returned referral (``version``: the one the editor
        started from; EditConflict when someone has saved since). Saving the same words
        records nothing."""
        require(self.vault.role, Action.REFERRAL_DRAFT)
        self.directory.list()
        with self.vault.read() as conn:
            reference = self._stored(conn, referral_id).case_reference
        with self.access.guarded(reference, edit=True), self.vault.transaction() as conn:
            stored = self._stored(conn, referral_id)
            self._case_of(conn, stored, edit=True)
            if State(stored.state) not in EDITABLE:
                raise EditConflict("this referral is no longer a draft: it cannot be changed")
            if stored.content_version != version:
                raise EditConflict("someone else has saved this referral since you opened it")
            draft = self._parse(conn, raw)
            content = as_mapping(draft)
            if content != dict(stored.content):
                ReferralsRepo(conn).save_content(referral_id, content, self.vault.user,
                                                 stamp(self.vault.clock()))
                self._audit(conn, "referral.edit", stored.case_reference, referral_id)
            return self._referral(conn, self._stored(conn, referral_id))

    def preview(self, reference: str, raw: Mapping[str, Any], tr: Translate = identity, *,
                language: str = "") -> Preview:
        """What a draft's words would give, before they are saved: the draft as parsed (or
        RecordRefused), the gate and the redacted view. Records and audits nothing."""
        require(self.vault.role, Action.REFERRAL_DRAFT)
        self.directory.list()
        with self.access.guarded(reference), self._snapshot() as conn:
            _me, case = self.access.load(conn, reference)
            draft = self._parse(conn, raw)
            return Preview(draft, self._gate(conn, case, draft),
                           self._view(conn, case, draft, tr, language))

    # --- reading -----------------------------------------------------------------------------

    def get(self, referral_id: int) -> Referral:
        require(self.vault.role, Action.REFERRAL_VIEW)
        self.directory.list()
        with self.vault.read() as conn:
            stored = self._stored(conn, referral_id)
        with self.access.guarded(stored.case_reference), self.vault.transaction() as conn:
            stored = self._stored(conn, referral_id)
            self._case_of(conn, stored, edit=False)
            self._audit(conn, "referral.view", stored.case_reference, referral_id)
            return self._referral(conn, stored)

    def check(self, referral_id: int) -> GateResult:
        """The gate on the referral as stored, now."""
        require(self.vault.role, Action.REFERRAL_VIEW)
        self.directory.list()
        with self.vault.read() as conn:
            stored = self._stored(conn, referral_id)
        with self.access.guarded(stored.case_reference), self._snapshot() as conn:
            stored = self._stored(conn, referral_id)
            _me, case = self._case_of(conn, stored, edit=False)
            return self._gate(conn, case, stored_draft(stored.content))

    def view(self, referral_id: int, tr: Translate = identity, *,
             language: str = "") -> RedactedView:
        """Exactly what the recipient would get, now ("referral.view", as ``get``)."""
        require(self.vault.role, Action.REFERRAL_VIEW)
        self.directory.list()
        with self.vault.read() as conn:
            stored = self._stored(conn, referral_id)
        with self.access.guarded(stored.case_reference), self.vault.transaction() as conn:
            stored = self._stored(conn, referral_id)
            _me, case = self._case_of(conn, stored, edit=False)
            self._audit(conn, "referral.view", stored.case_reference, referral_id,
                        "view=redacted")
            return self._view(conn, case, stored_draft(stored.content), tr, language)

    def of_case(self, reference: str) -> list[Referral]:
        require(self.vault.role, Action.REFERRAL_VIEW)
        self.directory.list()
        with self.access.guarded(reference), self._snapshot() as conn:
            _me, case = self.access.load(conn, reference)
            return [self._referral(conn, s) for s in ReferralsRepo(conn).of_case(case.id)]

    def listed(self) -> list[Referral]:
        """A caseworker's own referrals; a supervisor's team's (their own included)."""
        require(self.vault.role, Action.REFERRAL_VIEW)
        self.directory.list()
        with self._snapshot() as conn:
            me = self.access.asker(conn)
            repo = ReferralsRepo(conn)
            if allowed(me.role, Action.REFERRAL_QUEUE):
                stored = repo.of_team(me.team)
            else:  # hers, on cases she may still see
                cases = CasesRepo(conn)
                stored = [s for s in repo.by_author(me.user)
                          if (case := cases.by_id(s.case_id)) is not None
                          and self.access.may_view(me, case)]
            return [self._referral(conn, s) for s in stored]

    def queue(self) -> list[Referral]:
        """The team's referrals waiting for a supervisor, oldest first."""
        require(self.vault.role, Action.REFERRAL_QUEUE)
        self.directory.list()
        with self._snapshot() as conn:
            me = self.access.asker(conn)
            require(me.role, Action.REFERRAL_QUEUE)
            return [self._referral(conn, s) for s in ReferralsRepo(conn).of_team(
                me.team, state=State.SUBMITTED.value)]

    def queue_count(self) -> int:
        require(self.vault.role, Action.REFERRAL_QUEUE)
        with self.vault.read() as conn:
            me = self.access.asker(conn)
            require(me.role, Action.REFERRAL_QUEUE)
            return ReferralsRepo(conn).count_in_team(me.team, State.SUBMITTED.value)

    # --- its life ----------------------------------------------------------------------------

    def _reference(self, referral_id: int) -> str:
        with self.vault.read() as conn:
            return self._stored(conn, referral_id).case_reference

    def _step(self, referral_id: int, step: Step, reason: str = "") -> Referral:
        action = _STEP_ACTION[step]
        require(self.vault.role, action)
        self.directory.list()
        edit = step is Step.SUBMIT
        with self.access.guarded(self._reference(referral_id), edit=edit), \
                self.vault.transaction() as conn:
            stored = self._stored(conn, referral_id)
            me, case = self._case_of(conn, stored, edit=edit)
            require(me.role, action)
            if step is Step.SUBMIT and case.status == CaseStatus.CLOSED.value:
                raise CaseClosed("this case is closed: reopen it to refer her on")
            self._take(conn, me, case, stored, step, reason)
            return self._referral(conn, self._stored(conn, referral_id))

    def _take(self, conn: Connection, me: Me, case: StoredCase, stored: StoredReferral,
              step: Step, reason: str = "") -> Status:
        """Take ``step`` in the caller's transaction (the gate read in it too); its status
        after. Revoking an exported referral records the request to delete it with it."""
        referral = self._referral(conn, stored)
        gate = self._gate(conn, case, referral.draft) if step in (
            Step.SUBMIT, Step.APPROVE, Step.RECHECK) else None
        after = transition(referral.status, step, actor=me.user, author=stored.author,
                           gate=gate, reason=reason,
                           also_by=self._writers(conn, referral) if step is Step.APPROVE
                           else ())
        if after == referral.status and after.state is referral.state:
            return after
        stored_reason = ",".join(after.failed_checks) if after.failed_checks else after.reason
        repo = ReferralsRepo(conn)
        at = stamp(self.vault.clock())
        if not repo.move(stored.id, stored.state, after.state.value, me.user, at,
                         reason=stored_reason or None, approved=step is Step.APPROVE):
            raise EditConflict("someone else has acted on this referral since")
        detail = f"step={step.value}"
        if step is Step.RECHECK:
            detail += " checks=" + ",".join(after.failed_checks)
        self._audit(conn, _STEP_AUDIT[step], stored.case_reference, stored.id, detail)
        if step is Step.REVOKE and referral.exports:
            repo.request_deletion(stored.id, at)
            self._audit(conn, "referral.deletion_requested", stored.case_reference, stored.id)
        return after

    @staticmethod
    def _writers(conn: Connection, referral: Referral) -> frozenset[str]:
        """Everyone who saved its words or submitted it (not a recheck's sending back)."""
        submitters = {s.by for s in referral.steps if s.to_state == State.SUBMITTED.value
                      and s.from_state in (State.DRAFT.value, State.RETURNED.value)}
        return ReferralsRepo(conn).content_savers(referral.id) | submitters

    def submit(self, referral_id: int) -> Referral:
        return self._step(referral_id, Step.SUBMIT)

    def approve(self, referral_id: int) -> Referral:
        return self._step(referral_id, Step.APPROVE)

    def return_to_author(self, referral_id: int, reason: str) -> Referral:
        return self._step(referral_id, Step.RETURN, reason)

    def reject(self, referral_id: int, reason: str) -> Referral:
        return self._step(referral_id, Step.REJECT, reason)

    def revoke(self, referral_id: int, reason: str) -> Referral:
        """Revoke an approved referral; if it was exported, the register records, in the same
        transaction, that the recipient was asked to delete it."""
        return self._step(referral_id, Step.REVOKE, reason)

    def recheck(self, referral_id: int) -> Referral:
        """The gate again on an approved referral: it goes back to submitted, with the checks
        that failed, when the gate fails now; nothing changes otherwise."""
        return self._step(referral_id, Step.RECHECK)

    def record_export(self, referral_id: int, sha256: str) -> Referral:
        """Enter an export in the register (the file's SHA-256) on the gate passing again, in
        the same transaction. GateFailed (and the referral back to submitted) when it fails
        now."""
        if not _SHA256.match(sha256):
            raise ValueError("a SHA-256 is 64 lower-case hexadecimal digits")
        require(self.vault.role, Action.REFERRAL_EXPORT)
        self.directory.list()
        with self.access.guarded(self._reference(referral_id)), \
                self.vault.transaction() as conn:
            stored = self._stored(conn, referral_id)
            me, case = self._case_of(conn, stored, edit=False)
            require(me.role, Action.REFERRAL_EXPORT)
            after = self._take(conn, me, case, stored, Step.RECHECK)
            if after.state is State.APPROVED:
                export_id = ReferralsRepo(conn).add_export(
                    referral_id, stored.content_version, sha256, me.user,
                    stamp(self.vault.clock()))
                self._audit(conn, "referral.export", stored.case_reference, referral_id,
                            f"export={export_id} sha256={sha256}")
                return self._referral(conn, stored)
        raise GateFailed(list(after.failed_checks))  # the sending back is kept

    def export_pdf(self, referral_id: int, target: Path, *, with_password: bool = False,
                   tr: Translate = identity, language: str = "") -> ExportDone:
        """The redacted PDF of an approved referral, written to ``target`` and entered in the
        register and the audit with its SHA-256 (``services/referral_export.py``)."""
        return export_pdf(self, self.export_rules, referral_id, target,
                          with_password=with_password, tr=tr, language=language)
