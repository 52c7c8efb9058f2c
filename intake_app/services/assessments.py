"""Completed risk assessments, assessment drafts, and whether a case's risk review is due.

Public API of ``AssessmentService(vault, *, review_interval_days=90)`` (``vault``: a
``VaultAccess``, the signed-in ``Session``; the interval comes from the policy, see
``services/wiring.py``)::

    save_assessment_draft(ref, checklist_id, answers) -> int     draft id; first save audited
    load_assessment_draft(ref, checklist_id) -> AssessmentDraft | None
    assessment_drafts(ref) -> list[AssessmentDraft]              this user's, newest first
    discard_assessment_draft(ref, checklist_id) -> None          audited when one existed
    complete(ref, Definition, answers, judgement=None, facts=None) -> (Outcome, AssessmentRecord)
                                                                 scored and recorded in one
                                                                 transaction; "assessment.record"
    list_assessments(ref) -> list[AssessmentRecord]              audited "assessment.view"
    review_due(ref) -> ReviewDue                                 audited "review.view"

Records are in ``domain/assessment_record.py`` and ``domain/review.py``. Recording an
assessment that produces a level sets the case's risk level (the case list's column and
filter) to the level of the case's latest completed level-producing assessment, and restarts
its review clock, in the same transaction; a checklist that produces no level changes
neither. The user's draft for that case and checklist is deleted in the same transaction.

Drafts give the intake drafts' guarantees: every save is its own committed transaction inside
the vault (so locking, closing or a crash loses nothing already saved), there is one per
person, case and checklist, only its author ever sees it, and saving needs edit access to the
case. Nothing is validated in a draft beyond what can be stored.

Who may: the permission matrix's assessment actions, on a case the person may edit (to record
or draft) or see (to list), as ``CaseAccess`` decides; administrators are refused everything
here, and a refusal is audited ("case.denied"). ``InvalidInput`` when an assessment or a
draft cannot be recorded, ``CaseClosed`` for a closed case, ``NotFound`` for an unknown case.
Audit entries name the case reference, the assessment id and the checklist id and version,
never answers, scores or levels.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from intake_app.domain.assessment_record import (
    AssessmentDraft,
    AssessmentInput,
    AssessmentRecord,
    check_assessment,
    json_object_text,
)
from intake_app.domain.case_codec import decode_values
from intake_app.domain.checklists import (
    Definition,
    IncidentFact,
    Judgement,
    Outcome,
    assess,
    outcome_to_dict,
    parse_answers,
)
from intake_app.domain.checklists.facts import case_facts, checklist_facts, judgement_text
from intake_app.domain.errors import InvalidInput
from intake_app.domain.review import DEFAULT_INTERVAL_DAYS, ReviewDue, review_due
from intake_app.domain.roles import Action, require
from intake_app.domain.stamps import parse_stamp, stamp
from intake_app.services.case_access import CaseAccess
from intake_app.services.incidents import open_case_or_refuse
from intake_app.services.vault_access import VaultAccess
from intake_app.vault import audit
from intake_app.vault.assessments_repo import AssessmentsRepo, draft_record
from intake_app.vault.database import Connection
from intake_app.vault.incidents_repo import IncidentsRepo


def _checklist_id(value: object) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > 200:
        raise InvalidInput("checklist_id: must be a checklist's id")
    return value


class AssessmentService:
    """Assessment use cases for the signed-in user."""

    def __init__(self, vault: VaultAccess, *,
                 review_interval_days: int = DEFAULT_INTERVAL_DAYS) -> None:
        self.vault = vault
        self.access = CaseAccess(vault)
        self.review_interval_days = review_interval_days

    def _today(self) -> date:
        return self.vault.clock().astimezone().date()

    def _audit(self, conn: Connection, action: str, reference: str, detail: str = "") -> None:
        audit.append(conn, self.vault.user, action, reference, detail, clock=self.vault.clock)

    # --- completed assessments -----------------------------------------------------------------

    def complete(self, reference: str, defn: Definition, answers: Mapping[str, Any], *,
                 judgement: Judgement | None = None,
                 facts: Mapping[str, object] | None = None) -> tuple[Outcome, AssessmentRecord]:
        """Score ``answers`` on ``defn`` for the case and record the result, in one
        transaction: the case's incident log, MARAC referral dates, intake answers and earlier
        checklist answers are read in it, so the outcome is never computed on a log a colleague
        has since changed, and a refusal (unanswered items, a judgement that lowers or gives no
        reason, a closed case) records nothing and writes no audit entry. The engine is the
        only way a level reaches the case: nothing here takes a level or an outcome from the
        caller. ``facts`` add to (and override) the case's own for the definition's
        conditions."""
        with self.access.guarded(reference, edit=True):
            require(self.vault.role, Action.ASSESSMENT_RECORD)  # before looking at the input
            with self.vault.transaction() as conn:
                me, case = self.access.load(conn, reference, edit=True)
                require(me.role, Action.ASSESSMENT_RECORD)
                open_case_or_refuse(case)
                repo = AssessmentsRepo(conn)
                stored_as = repo.definition_sha(defn.id, str(defn.version))
                if stored_as is not None and stored_as != defn.sha256:
                    raise InvalidInput(
                        f"checklist {defn.id} version {defn.version} was used before with "
                        "different wording; an organisation that changes a definition must "
                        "give it a new version number")
                earlier = repo.of_case(case.id, reference)
                log = IncidentsRepo(conn)
                incidents = [IncidentFact(i.date, i.details.police_involved.value)
                             for i in log.of_case(case.id, reference, history=False)]
                referrals = [r.referred_on for r in log.referrals(case.id, reference)]
                known = {**case_facts(decode_values(case.data)), **checklist_facts(earlier)}
                known.update(facts or {})
                before = [parse_stamp(r.completed_at).astimezone().date()
                          for r in earlier if r.checklist_id == defn.id]
                outcome = assess(defn, answers, facts=known, incidents=incidents,
                                 marac_referred_on=max(referrals) if referrals else None,
                                 judgement=judgement, today=self._today(),
                                 previous_assessed_on=max(before) if before else None)
                parsed = parse_answers(defn, answers)
                record = check_assessment(AssessmentInput(
                    checklist_id=defn.id, version=str(defn.version), sha256=defn.sha256,
                    definition_text=defn.source_text,
                    answers={item: {"answer": a.value, "comment": a.comment,
                                    "source": a.source} for item, a in parsed.items()},
                    outcome=outcome_to_dict(outcome),
                    level=outcome.level if defn.produces_level else None,
                    judgement_level=judgement.level if judgement else None,
                    judgement_reason=judgement_text(judgement)))
                return outcome, self._record_in(conn, me.user, case.id, reference, record)

    def _record_in(self, conn: Connection, user: str, case_id: int, reference: str,
                   record: AssessmentInput) -> AssessmentRecord:
        """Store a checked assessment the engine produced (only ``complete`` calls this)."""
        repo = AssessmentsRepo(conn)
        moment = self.vault.clock()
        assessment_id = repo.insert(case_id, record,
                                    answers=json_object_text(record.answers, "answers"),
                                    outcome=json_object_text(record.outcome, "outcome"),
                                    by=user, at=stamp(moment), on=moment.astimezone().date())
        if record.level is not None:
            repo.refresh(case_id)
        draft = repo.draft(user, case_id, record.checklist_id)
        if draft is not None:
            repo.delete_draft(draft.id)
        self._audit(conn, "assessment.record", reference,
                    f"assessment={assessment_id} checklist={record.checklist_id} "
                    f"version={record.version}")
        return repo.of_case(case_id, reference, only=assessment_id)[0]

    def list_assessments(self, reference: str) -> list[AssessmentRecord]:
        """The case's completed assessments, oldest first, each as it was made."""
        with self.access.guarded(reference), self.vault.transaction() as conn:
            me, case = self.access.load(conn, reference)
            require(me.role, Action.ASSESSMENT_VIEW)
            found = AssessmentsRepo(conn).of_case(case.id, reference)
            self._audit(conn, "assessment.view", reference)
            return found

    # --- review ----------------------------------------------------------------------------------

    def review_due(self, reference: str) -> ReviewDue:
        """Whether the case's risk review is due, why and since when (the overview's line)."""
        with self.access.guarded(reference), self.vault.transaction() as conn:
            me, case = self.access.load(conn, reference)
            require(me.role, Action.ASSESSMENT_VIEW)
            repo = AssessmentsRepo(conn)
            latest = repo.latest_level(case.id)
            state = review_due(
                is_open=case.status == "open",
                opened_on=parse_stamp(case.created_at).astimezone().date(),
                assessed_on=None if latest is None else latest.completed_on,
                new_incident_on=repo.new_incident_on(case.id, latest),
                today=self._today(), interval_days=self.review_interval_days)
            self._audit(conn, "review.view", reference)
            return state

    # --- drafts --------------------------------------------------------------------------------

    def save_assessment_draft(self, reference: str, checklist_id: str,
                              answers: Mapping[str, Any]) -> int:
        """Save the answers so far (item id -> whatever the form holds, as plain JSON). One
        draft per person, case and checklist: a later save replaces the earlier one. Returns
        the draft's id. InvalidInput (nothing saved) for answers that cannot be stored."""
        with self.access.guarded(reference, edit=True):
            require(self.vault.role, Action.ASSESSMENT_RECORD)
            checklist = _checklist_id(checklist_id)
            data = json_object_text(answers, "answers")
            with self.vault.transaction() as conn:
                me, case = self.access.load(conn, reference, edit=True)
                require(me.role, Action.ASSESSMENT_RECORD)
                open_case_or_refuse(case)  # a closed case takes no assessment, so no draft
                repo = AssessmentsRepo(conn)
                now = stamp(self.vault.clock())
                existing = repo.draft(me.user, case.id, checklist)
                if existing is not None:
                    repo.update_draft(existing.id, data, now)
                    return existing.id
                draft_id = repo.insert_draft(me.user, case.id, checklist, data, now)
                self._audit(conn, "assessment_draft.start", reference,
                            f"draft={draft_id} checklist={checklist}")
                return draft_id

    def load_assessment_draft(self, reference: str,
                              checklist_id: str) -> AssessmentDraft | None:
        """The signed-in user's draft of this checklist for this case, or None."""
        with self.access.guarded(reference, edit=True), self.vault.read() as conn:
            me, case = self.access.load(conn, reference, edit=True)
            require(me.role, Action.ASSESSMENT_RECORD)
            stored = AssessmentsRepo(conn).draft(me.user, case.id, _checklist_id(checklist_id))
            return None if stored is None else draft_record(stored, reference)

    def assessment_drafts(self, reference: str) -> list[AssessmentDraft]:
        """The signed-in user's assessment drafts for this case, newest first."""
        with self.access.guarded(reference, edit=True), self.vault.read() as conn:
            me, case = self.access.load(conn, reference, edit=True)
            require(me.role, Action.ASSESSMENT_RECORD)
            return [draft_record(d, reference)
                    for d in AssessmentsRepo(conn).drafts_of(me.user, case.id)]

    def discard_assessment_draft(self, reference: str, checklist_id: str) -> None:
        """Delete the signed-in user's draft of this checklist for this case (if any)."""
        with self.access.guarded(reference, edit=True), self.vault.transaction() as conn:
            me, case = self.access.load(conn, reference, edit=True)
            require(me.role, Action.ASSESSMENT_RECORD)
            repo = AssessmentsRepo(conn)
            stored = repo.draft(me.user, case.id, _checklist_id(checklist_id))
            if stored is not None:
                repo.delete_draft(stored.id)
                self._audit(conn, "assessment_draft.discard", reference, f"draft={stored.id}")
