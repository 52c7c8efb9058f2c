"""Referrals through the service on real SQLCipher vaults: drafting, the gate blocking and
then passing, submission, a supervisor's approval, return, rejection, revocation after an
export, a consent withdrawn after approval sending it back, self-approval and other teams
refused, the queue, and audit entries that never hold what a referral says.

Staff (tests/conftest.py): north team cw1, cw2 (caseworkers) and sup (supervisor); south team
cw3 and sup2; and the administrator.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest

from intake_app.domain.agencies import load_shipped
from intake_app.domain.case_model import Sensitivity
from intake_app.domain.checklists import load_checklists, shipped_checklists_dir
from intake_app.domain.consent import ConsentInput, Decision, How
from intake_app.domain.errors import (
    CaseClosed,
    EditConflict,
    GateFailed,
    IllegalTransition,
    NotFound,
    PermissionDenied,
    RecordRefused,
    SelfApproval,
)
from intake_app.domain.referrals import CheckId, State
from intake_app.services.cases import CaseService
from intake_app.services.consent import ConsentService
from intake_app.services.directory import DirectoryService
from intake_app.services.directory_recipients import DirectoryRecipients
from intake_app.services.referrals import ReferralService
from intake_app.services.session import Session
from intake_app.vault import audit
from intake_app.vault.database import DatabaseError
from tests.services.test_risk_records import Clock, intake

ID, CONTACT, LOC, IMM, ABUSER = (Sensitivity.IDENTITY, Sensitivity.CONTACT,
                                 Sensitivity.LOCATION, Sensitivity.IMMIGRATION,
                                 Sensitivity.ABUSER)
PURPOSE = "Refuge space"
SHA = "ab" * 32


@dataclass
class Staff:
    session: Session
    cases: CaseService
    consent: ConsentService
    referrals: ReferralService


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def as_user(open_as, clock):
    def factory(user: str) -> Staff:
        session = Session(open_as(user, clock=clock))
        directory = DirectoryService(session, load_shipped)
        return Staff(session, CaseService(session),
                     ConsentService(session, DirectoryRecipients(directory)),
                     ReferralService(session, directory,
                                     lambda: load_checklists(shipped_checklists_dir())))
    return factory


def shown(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def case_values(today: date, **extra: object) -> dict[str, object]:
    return intake() | {
        "contact.last_checked": shown(today), "immigration.status": "british_irish",
        "address.postcode": "LS6 2AB", "address.current": "Flat 2, 7 Hidden Road",
        "abuser.people": [{"name": "Tariq Okafor"}]} | extra


def draft(**changes: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "recipient": "kind:refuge", "classes": ["identity", "contact", "location"],
        "purpose": PURPOSE, "reason": "She needs a safe place to stay this week.",
        "assessment": None, "do_not_tell": ["Tariq Okafor"], "legal_basis": None,
        "answers": {"told_what_and_whom": "yes", "told_in_language": "en"}}
    raw.update(changes)
    return raw


def give(staff: Staff, ref: str, today: date, *classes: Sensitivity,
         to: str = "kind:refuge", decision: Decision = Decision.GIVEN) -> None:
    staff.consent.record_consent(ref, ConsentInput(
        recipient=to, classes=frozenset(classes), purpose=PURPOSE, decision=decision,
        decided_on=today, how=How.VERBAL))


@pytest.fixture
def ready(as_user, clock):
    """cw1's case with her consent to the refuge for identity, contact and location."""
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(case_values(clock.today))
    give(cw1, ref, clock.today, ID, CONTACT, LOC)
    return cw1, ref


def audit_rows(staff: Staff) -> list[tuple[str, str, str]]:
    with staff.session.read() as conn:
        return [(r[0], r[1], r[2]) for r in conn.execute(
            "SELECT action, target, detail FROM audit ORDER BY seq")]


# --- the way through ----------------------------------------------------------------------------

def test_draft_submit_approve_export_and_the_register(ready, as_user, clock):
    cw1, ref = ready
    referral = cw1.referrals.draft(ref, draft())
    assert referral.state is State.DRAFT and referral.author == "cw1"
    assert referral.draft.recipient == "kind:refuge" and referral.version == 1
    assert cw1.referrals.check(referral.id).passed
    submitted = cw1.referrals.submit(referral.id)
    assert submitted.state is State.SUBMITTED

    sup = as_user("sup")
    assert [r.id for r in sup.referrals.queue()] == [referral.id]
    assert sup.referrals.queue_count() == 1
    approved = sup.referrals.approve(referral.id)
    assert approved.state is State.APPROVED and approved.approved_by == "sup"
    assert sup.referrals.queue_count() == 0
    exported = sup.referrals.record_export(referral.id, SHA)
    assert [(e.exported_by, e.sha256, e.content_version) for e in exported.exports] == [
        ("sup", SHA, 1)]
    assert [(s.from_state, s.to_state, s.by) for s in exported.steps] == [
        (None, "draft", "cw1"), ("draft", "submitted", "cw1"), ("submitted", "approved", "sup")]


def test_the_view_holds_only_what_she_agreed_to(ready):
    cw1, ref = ready
    referral = cw1.referrals.draft(ref, draft(classes=["identity", "contact", "location",
                                                        "abuser"]))
    view = cw1.referrals.view(referral.id)
    text = repr(view.as_mapping())
    assert "LS6" in text and "Hidden Road" not in text  # the district, never the street
    assert "Tariq" not in text  # no consent for the abuser class: nobody named
    assert "abuser" in [c.value for c in view.not_shared.classes]
    assert cw1.referrals.check(referral.id).check(CheckId.CONSENT).passed is False


def test_the_gate_blocks_submission_and_says_what_would_satisfy_it(as_user, clock):
    cw1 = as_user("cw1")
    stale = clock.today - timedelta(days=8)
    ref = cw1.cases.create_case(case_values(clock.today, **{
        "contact.last_checked": shown(stale)}))
    referral = cw1.referrals.draft(ref, draft())
    gate = cw1.referrals.check(referral.id)
    assert set(gate.failed) == {CheckId.CONSENT, CheckId.SAFE_CONTACT}
    assert gate.check(CheckId.SAFE_CONTACT).needed is not None
    before = audit_rows(cw1)
    with pytest.raises(GateFailed):
        cw1.referrals.submit(referral.id)
    assert cw1.referrals.get(referral.id).state is State.DRAFT
    assert [a for a, _t, _d in audit_rows(cw1)[len(before):]] == ["referral.view"]

    # She agrees, and her contact details are checked again today: the gate passes.
    give(cw1, ref, clock.today, ID, CONTACT, LOC)
    cw1.cases.update_case(ref, {"contact.last_checked": shown(clock.today)})
    assert cw1.referrals.submit(referral.id).state is State.SUBMITTED


def test_nobody_approves_their_own_and_other_teams_and_caseworkers_cannot(as_user, clock):
    sup = as_user("sup")
    ref = sup.cases.create_case(case_values(clock.today))
    give(sup, ref, clock.today, ID, CONTACT, LOC)
    own = sup.referrals.submit(sup.referrals.draft(ref, draft()).id)
    with pytest.raises(SelfApproval):
        sup.referrals.approve(own.id)
    with pytest.raises(PermissionDenied):
        as_user("cw2").referrals.approve(own.id)
    with pytest.raises(PermissionDenied):
        as_user("sup2").referrals.approve(own.id)  # another team
    assert as_user("sup2").referrals.queue() == []
    assert sup.referrals.get(own.id).state is State.SUBMITTED


def test_return_edit_resubmit_then_reject(ready, as_user):
    cw1, ref = ready
    referral = cw1.referrals.submit(cw1.referrals.draft(ref, draft()).id)
    sup = as_user("sup")
    returned = sup.referrals.return_to_author(referral.id, "Say when she can be called.")
    assert returned.state is State.RETURNED
    assert returned.status.reason == "Say when she can be called."
    with pytest.raises(IllegalTransition):
        sup.referrals.reject(referral.id, "No.")  # it is with its author now
    edited = cw1.referrals.update(referral.id, draft(reason="Safe to call after 6pm."),
                                  version=returned.version)
    assert edited.version == 2 and edited.draft.reason == "Safe to call after 6pm."
    with pytest.raises(EditConflict):
        cw1.referrals.update(referral.id, draft(), version=1)  # someone saved since
    cw1.referrals.submit(referral.id)
    with pytest.raises(RecordRefused):
        sup.referrals.reject(referral.id, "   ")  # a reason is needed
    rejected = sup.referrals.reject(referral.id, "The refuge has no space; try another.")
    assert rejected.state is State.REJECTED
    with pytest.raises(IllegalTransition):
        sup.referrals.approve(referral.id)
    with pytest.raises(EditConflict):
        cw1.referrals.update(referral.id, draft(), version=rejected.version)


def test_a_consent_withdrawn_after_approval_sends_it_back_and_stops_the_export(
        ready, as_user, clock):
    cw1, ref = ready
    referral = cw1.referrals.submit(cw1.referrals.draft(ref, draft()).id)
    sup = as_user("sup")
    sup.referrals.approve(referral.id)
    give(cw1, ref, clock.today, LOC, decision=Decision.WITHDRAWN)
    with pytest.raises(GateFailed):
        sup.referrals.record_export(referral.id, SHA)
    back = sup.referrals.get(referral.id)
    assert back.state is State.SUBMITTED and back.exports == ()
    assert back.status.failed_checks == ("consent",)
    assert ("referral.sent_back", ref, f"referral={referral.id} step=recheck checks=consent") \
        in audit_rows(sup)


def test_revoking_an_exported_referral_records_the_deletion_request(ready, as_user):
    cw1, ref = ready
    referral = cw1.referrals.submit(cw1.referrals.draft(ref, draft()).id)
    sup = as_user("sup")
    sup.referrals.approve(referral.id)
    sup.referrals.record_export(referral.id, SHA)
    revoked = sup.referrals.revoke(referral.id, "She asked us to stop.")
    assert revoked.state is State.REVOKED
    assert revoked.exports[0].deletion_requested_at is not None
    with pytest.raises(ValueError):
        sup.referrals.record_export(referral.id, "not a digest")


def test_drafts_are_refused_whole_and_closed_cases_take_none(ready, as_user):
    cw1, ref = ready
    with pytest.raises(RecordRefused) as refused:
        cw1.referrals.draft(ref, draft(recipient="kind:nobody", classes=["safety_plan"]))
    assert {"recipient", "classes"} <= set(refused.value.problems)
    assert cw1.referrals.of_case(ref) == []
    with pytest.raises(PermissionDenied):
        as_user("cw3").referrals.draft(ref, draft())  # another team's case
    with pytest.raises(NotFound):
        cw1.referrals.get(999)
    from intake_app.domain.case_record import CaseStatus

    cw1.cases.set_status(ref, CaseStatus.CLOSED)
    with pytest.raises(CaseClosed):
        cw1.referrals.draft(ref, draft())


def test_lists_are_a_caseworkers_own_and_a_supervisors_team(ready, as_user, clock):
    cw1, ref = ready
    mine = cw1.referrals.draft(ref, draft())
    cw2 = as_user("cw2")
    other = cw2.cases.create_case(case_values(clock.today))
    theirs = cw2.referrals.draft(other, draft())
    assert [r.id for r in cw1.referrals.listed()] == [mine.id]
    assert [r.id for r in as_user("sup").referrals.listed()] == [mine.id, theirs.id]
    assert as_user("sup2").referrals.listed() == []


def test_audit_names_the_case_and_referral_never_what_it_says(ready, as_user):
    cw1, ref = ready
    referral = cw1.referrals.submit(cw1.referrals.draft(ref, draft()).id)
    as_user("sup").referrals.return_to_author(referral.id, "Add her safe times to call.")
    rows = [r for r in audit_rows(cw1) if r[0].startswith("referral.")]
    assert {a for a, _t, _d in rows} >= {"referral.draft", "referral.submit",
                                          "referral.return"}
    for _action, target, detail in rows:
        assert target == ref and detail.startswith(f"referral={referral.id}")
        for secret in (PURPOSE, "refuge", "Tariq", "safe times", "identity"):
            assert secret.lower() not in detail.lower()
    with cw1.session.read() as conn:
        assert audit.verify(conn) == []


def test_steps_and_content_history_are_append_only(ready):
    cw1, ref = ready
    referral = cw1.referrals.draft(ref, draft())
    for sql in ("UPDATE referral_steps SET by_user = 'sup'", "DELETE FROM referral_steps",
                "UPDATE referral_content_versions SET data = '{}'"):
        with pytest.raises(DatabaseError), cw1.session.transaction() as conn:
            conn.execute(sql)
    assert cw1.referrals.get(referral.id).steps[0].by == "cw1"


def test_administrators_have_no_referrals(open_as):
    from intake_app.domain.roles import Action, Role, allowed

    assert not any(allowed(Role.ADMIN, a) for a in Action if a.value.startswith("referral."))


def test_a_caseworker_lists_only_referrals_on_cases_she_may_still_see(as_user, clock):
    """Found by the review: a caseworker's list went by authorship alone, so once a case was
    assigned away from her she still saw its referrals' recipients and classes."""
    sup = as_user("sup")
    ref = sup.cases.create_case(case_values(clock.today))
    sup.cases.assign(ref, "cw1")
    cw1 = as_user("cw1")
    drafted = cw1.referrals.draft(ref, draft())
    assert [r.id for r in cw1.referrals.listed()] == [drafted.id]
    sup.cases.assign(ref, "cw2")
    assert cw1.referrals.listed() == []
    assert [r.id for r in as_user("cw2").referrals.of_case(ref)] == [drafted.id]
