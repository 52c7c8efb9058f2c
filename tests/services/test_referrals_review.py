"""Adversarial review of the referral service (issue 12) on real SQLCipher vaults: each test
here failed before the fix it is named for.

Staff (tests/conftest.py): north team cw1, cw2 (caseworkers) and sup (supervisor); south team
cw3 and sup2.
"""

from __future__ import annotations

from contextlib import contextmanager, suppress
from dataclasses import replace
from datetime import date

import pytest

from intake_app.domain.agencies import FactInput, KindEdit, load_shipped
from intake_app.domain.checklists import load_checklists, shipped_checklists_dir
from intake_app.domain.consent import Decision
from intake_app.domain.errors import DiskFull, GateFailed, SelfApproval
from intake_app.domain.referrals import State
from intake_app.services.directory import DirectoryService
from intake_app.services.referrals import ReferralService
from intake_app.services.session import Session
from intake_app.vault.database import DatabaseError
from intake_app.vault.referrals_repo import ReferralsRepo
from tests.services import test_referrals as base
from tests.services.test_referrals import LOC, draft, give

# The fixtures of tests/services/test_referrals.py (staff signed in, cw1's case with consent).
clock, as_user, ready = base.clock, base.as_user, base.ready


def kind_edit(kind, **changes) -> KindEdit:
    base = KindEdit(tuple(c.value for c in kind.receives), kind.generalises,
                    kind.may_pass_to_immigration_enforcement,
                    tuple(FactInput(f.text.source, f.last_reviewed, f.id) for f in kind.facts))
    return replace(base, **changes)


# --- a stored referral reads back whatever the directory has become ------------------------------

def test_a_kind_edited_after_drafting_leaves_every_referral_readable(ready, as_user, open_as,
                                                                     clock):
    cw1, ref = ready
    referral = cw1.referrals.submit(cw1.referrals.draft(ref, draft()).id)
    # (the shipped facts were reviewed after the test clock's day: the edit keeps them)
    directory = DirectoryService(Session(open_as("sup", clock=clock)), load_shipped,
                                 today=lambda: date(2026, 12, 1))
    refuge = directory.recipient_of("kind:refuge").kind
    directory.edit_kind("refuge", kind_edit(refuge, receives=tuple(
        c.value for c in refuge.receives if c.value != "location")))

    sup = as_user("sup")
    assert [r.id for r in sup.referrals.listed()] == [referral.id]
    assert [r.id for r in sup.referrals.queue()] == [referral.id]
    assert cw1.referrals.get(referral.id).state is State.SUBMITTED
    # What is no longer received is not sent: the view follows the directory as it is now.
    view = sup.referrals.view(referral.id)
    assert "location" in [c.value for c in view.not_shared.classes]
    assert "LS6" not in repr(view.as_mapping())


def test_a_newer_safe_referral_checklist_leaves_stored_referrals_readable(
        ready, as_user, open_as, clock, tmp_path):
    cw1, ref = ready
    referral = cw1.referrals.draft(ref, draft())
    # A newer app ships version 2 of the checklist, without the language item.
    shipped = (shipped_checklists_dir() / "safe_referral.v1.toml").read_text(encoding="utf-8")
    start = shipped.index('[[sections.items]]\nid = "told_in_language"')
    end = shipped.index("[[sections]]", start)
    newer = shipped[:start] + shipped[end:]
    newer = newer.replace("version = 1", "version = 2", 1)
    (tmp_path / "safe_referral.v1.toml").write_text(shipped, encoding="utf-8")
    (tmp_path / "safe_referral.v2.toml").write_text(newer, encoding="utf-8")
    session = Session(open_as("cw1", clock=clock))
    later = ReferralService(session, DirectoryService(session, load_shipped),
                            lambda: load_checklists(tmp_path))
    assert later.checklist().version == 2
    assert later.get(referral.id).draft.answer("told_in_language") == "en"
    assert [r.id for r in later.listed()] == [referral.id]


# --- nobody approves a referral they wrote or submitted ------------------------------------------

def test_a_supervisor_who_rewrote_a_referral_cannot_approve_it(ready, as_user):
    cw1, ref = ready
    referral = cw1.referrals.submit(cw1.referrals.draft(ref, draft()).id)
    sup = as_user("sup")
    returned = sup.referrals.return_to_author(referral.id, "Add why she needs it now.")
    # The supervisor edits the returned referral herself (her role may edit the team's
    # cases), and submits it: the words approved would be her own.
    sup.referrals.update(referral.id, draft(reason="Her husband has found the address."),
                         version=returned.version)
    sup.referrals.submit(referral.id)
    with pytest.raises(SelfApproval):
        sup.referrals.approve(referral.id)
    assert as_user("sup").referrals.get(referral.id).state is State.SUBMITTED


def test_a_supervisor_who_submitted_a_referral_cannot_approve_it(ready, as_user):
    cw1, ref = ready
    referral = cw1.referrals.draft(ref, draft())
    sup = as_user("sup")
    sup.referrals.submit(referral.id)
    with pytest.raises(SelfApproval):
        sup.referrals.approve(referral.id)


# --- one transaction per call ----------------------------------------------------------------

SHA = "cd" * 32


def test_an_export_is_entered_on_the_gate_of_its_own_transaction(ready, as_user, clock):
    """record_export ran the gate in one transaction and entered the export in a second: her
    withdrawal recorded between the two was exported all the same. Here a colleague records
    it just before any second transaction the export opens: an export entered must still
    pass the gate."""
    cw1, ref = ready
    referral = cw1.referrals.submit(cw1.referrals.draft(ref, draft()).id)
    sup = as_user("sup")
    sup.referrals.approve(referral.id)
    opened = sup.session.transaction
    count = 0

    @contextmanager
    def transaction():
        nonlocal count
        count += 1
        if count == 2:
            give(cw1, ref, clock.today, LOC, decision=Decision.WITHDRAWN)
        with opened() as conn:
            yield conn

    sup.session.transaction = transaction  # type: ignore[method-assign]
    with suppress(GateFailed):
        sup.referrals.record_export(referral.id, SHA)
    exported = cw1.referrals.get(referral.id)
    if exported.exports:
        assert cw1.referrals.check(referral.id).passed, "exported on a gate that fails"
    else:
        assert exported.state is State.SUBMITTED


def test_a_revocation_and_its_deletion_request_are_one_transaction(ready, as_user,
                                                                    monkeypatch):
    cw1, ref = ready
    referral = cw1.referrals.submit(cw1.referrals.draft(ref, draft()).id)
    sup = as_user("sup")
    sup.referrals.approve(referral.id)
    sup.referrals.record_export(referral.id, SHA)

    def disk_full(self, referral_id, at):
        raise DatabaseError("database or disk is full")

    monkeypatch.setattr(ReferralsRepo, "request_deletion", disk_full)
    with pytest.raises(DiskFull):
        sup.referrals.revoke(referral.id, "She asked us to stop.")
    monkeypatch.undo()
    # Nothing happened: not revoked with the recipient never asked to delete it.
    after = cw1.referrals.get(referral.id)
    assert after.state is State.APPROVED
    assert after.exports[0].deletion_requested_at is None


def test_showing_the_redacted_view_is_audited(ready, as_user):
    """`referral show` (the service's view) printed what the recipient gets, and the audit
    log said nothing of it."""
    cw1, ref = ready
    referral = cw1.referrals.draft(ref, draft())
    sup = as_user("sup")
    before = base.audit_rows(sup)
    sup.referrals.view(referral.id)
    assert base.audit_rows(sup)[len(before):] == [
        ("referral.view", ref, f"referral={referral.id} view=redacted")]


def test_a_referral_sent_back_by_the_gate_no_longer_names_an_approver(ready, as_user, clock):
    cw1, ref = ready
    referral = cw1.referrals.submit(cw1.referrals.draft(ref, draft()).id)
    sup = as_user("sup")
    sup.referrals.approve(referral.id)
    give(cw1, ref, clock.today, LOC, decision=Decision.WITHDRAWN)
    back = sup.referrals.recheck(referral.id)
    assert back.state is State.SUBMITTED
    assert (back.approved_by, back.approved_at) == (None, None)
    assert [s.to_state for s in back.steps][-2:] == ["approved", "submitted"]  # its history
