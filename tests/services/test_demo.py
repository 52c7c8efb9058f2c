"""The demo vault: real logins for every role, a varied synthetic caseload with history, and a
clean audit chain. Also the bulk loader used by the benchmarks (on a small count)."""

from __future__ import annotations

import unicodedata
from collections import Counter
from datetime import UTC, datetime

from intake_app.domain.agencies import load_shipped
from intake_app.domain.answers import DECLINED
from intake_app.domain.case_record import CaseStatus
from intake_app.domain.consent import ConsentState
from intake_app.domain.risk import RiskLevel
from intake_app.domain.roles import Role
from intake_app.services.admin import AdminService
from intake_app.services.assessments import AssessmentService
from intake_app.services.cases import CaseService
from intake_app.services.consent import ConsentService
from intake_app.services.demo import build_demo_vault, bulk_load_synthetic
from intake_app.services.directory import DirectoryService
from intake_app.services.directory_recipients import DirectoryRecipients
from intake_app.services.incidents import IncidentService
from intake_app.services.safety_plan import SafetyPlanService
from intake_app.services.session import Session
from intake_app.vault.store import Vault
from tests.conftest import TEST_KDF


def _scripts(text: str) -> set[str]:
    return {unicodedata.name(ch).split()[0] for ch in text if ch.isalpha()}


def test_demo_vault(tmp_path):
    data = tmp_path / "demo"
    logins = build_demo_vault(data, count=240, kdf=TEST_KDF)
    assert set(logins) == {"admin", "supervisor", "caseworker", "caseworker2"}
    roles = {}
    for key, (user, passphrase) in logins.items():
        with Vault.unlock(data, user, passphrase) as vault:
            roles[key] = vault.role
    assert roles == {"admin": Role.ADMIN, "supervisor": Role.SUPERVISOR,
                     "caseworker": Role.CASEWORKER, "caseworker2": Role.CASEWORKER}
    with Vault.unlock(data, *logins["supervisor"]) as vault:
        service = CaseService(Session(vault))
        rows = service.rows_for(service.list_ids())
        assert len(rows) == 240
        statuses = Counter(r.status for r in rows)
        assert set(statuses) == set(CaseStatus)
        assert len({r.assigned_to for r in rows}) >= 3  # unassigned and both caseworkers
        assert len({r.risk_level for r in rows}) >= 3
        scripts = set().union(*(_scripts(r.display_name) for r in rows))
        assert {"LATIN", "ARABIC", "CYRILLIC", "DEVANAGARI", "CJK", "BENGALI",
                "ETHIOPIC"} <= scripts
        assert any("Ł" in r.display_name or "ś" in r.display_name for r in rows)
        cases = [service.get_case(r.reference) for r in rows[:80]]
        assert any(DECLINED in c.values.values() for c in cases)
        assert any(c.seq > 2 for c in cases)  # edited after creation
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        assert max(r.updated_at for r in rows) <= now  # nothing recorded in the future
        assert service.search("lucja") or service.search("ольга") or service.search("王")
        _risk_history_is_varied(Session(vault), [r.reference for r in rows])
        _consent_and_plans_are_there(Session(vault), [r.reference for r in rows])
        _referrals_in_every_state(Session(vault))
    with Vault.unlock(data, *logins["admin"]) as vault:
        assert AdminService(Session(vault)).verify().ok


def _risk_history_is_varied(session: Session, refs: list[str]) -> None:
    """Every level, a raised judgement, escalation, repeat, a screen and incidents somewhere,
    all recorded through the services (so the risk tab is never empty at first look)."""
    assessments = AssessmentService(session, review_interval_days=90)
    incidents = IncidentService(session)
    levels, rules, judged, checklists, logged = set(), set(), 0, set(), 0
    for ref in refs:
        for record in assessments.list_assessments(ref):
            levels.add(record.level)
            rules.update(record.outcome["rules_fired"])
            judged += record.judgement_level is not None
            checklists.add(record.checklist_id)
        logged += len(incidents.list_incidents(ref, history=False))
    assert set(RiskLevel) <= levels
    assert {"escalation", "repeat"} <= rules
    assert judged >= 2
    assert {"risk_identification", "stalking_screen"} <= checklists
    assert logged >= 50


def _consent_and_plans_are_there(session: Session, refs: list[str]) -> None:
    """Consent in every state the grid shows (given, refused, expired, withdrawn, through the
    consent service's own rules: facts shown for housing) and safety plans, some revised."""
    consent = ConsentService(
        session, DirectoryRecipients(DirectoryService(session, load_shipped)))
    plans = SafetyPlanService(session)
    states, facts_shown, with_plan, revised = set(), 0, 0, 0
    for ref in refs:
        records = consent.list_consents(ref)
        if records:
            grid = consent.consent_grid(ref)
            states.update(grid.cells.values())
            facts_shown += any(r.details.facts_shown for r in records)
        history = plans.plan_history(ref)
        with_plan += bool(history)
        revised += len(history) >= 2
    assert {ConsentState.GIVEN, ConsentState.REFUSED, ConsentState.EXPIRED,
            ConsentState.WITHDRAWN} <= states
    assert facts_shown >= 1
    assert with_plan >= 20 and revised >= 5


def _referrals_in_every_state(session: Session) -> None:
    """Referrals in every state, to several kinds of recipient, one a draft the gate blocks,
    each recorded through the referral service (so the queue and the lists are never empty)."""
    from intake_app.domain.checklists import load_checklists, shipped_checklists_dir
    from intake_app.domain.referrals import State
    from intake_app.services.referrals import ReferralService

    referrals = ReferralService(session, DirectoryService(session, load_shipped),
                                lambda: load_checklists(shipped_checklists_dir()))
    listed = referrals.listed()
    assert {r.state for r in listed} == set(State)
    assert len({r.draft.recipient for r in listed}) >= 4
    assert [r.id for r in referrals.queue()] == [
        r.id for r in listed if r.state is State.SUBMITTED]
    drafts = [r for r in listed if r.state is State.DRAFT]
    assert drafts and not referrals.check(drafts[0].id).passed


def test_bulk_loader(tmp_path):
    data = tmp_path / "bulk"
    logins = build_demo_vault(data, count=3, kdf=TEST_KDF)
    with Vault.unlock(data, *logins["supervisor"]) as vault:
        refs = bulk_load_synthetic(vault, 500, owners=["amara", "joanna"])
        assert len(refs) == len(set(refs)) == 500
        service = CaseService(Session(vault))
        assert service.count() == 503
        case = service.get_case(refs[-1])
        assert case.seq == 1 and service.state_at(refs[-1], 1).values == case.values
    with Vault.unlock(data, *logins["caseworker"]) as vault:
        assert CaseService(Session(vault)).count() >= 250
