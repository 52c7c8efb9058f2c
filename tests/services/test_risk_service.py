"""Completing an assessment end to end on a real vault: the shipped risk checklist, the case's
incident log and MARAC dates feeding the escalation and repeat rules, the judgement, and the
record (with its copy of the definition) setting the case's risk level."""

from __future__ import annotations

from datetime import timedelta

import pytest

from intake_app.domain.answers import Tri
from intake_app.domain.checklists import load_checklists, shipped_checklists_dir
from intake_app.domain.errors import IntakeError, PermissionDenied
from intake_app.domain.incidents import IncidentInput
from intake_app.domain.risk import RiskLevel
from intake_app.services.assessments import AssessmentService
from intake_app.services.cases import CaseService
from intake_app.services.incidents import IncidentService
from intake_app.services.risk import RiskService
from intake_app.services.session import Session
from tests.services.test_risk_records import Clock, intake

RISK = "risk_identification"


@pytest.fixture(scope="module")
def catalogue():
    loaded = load_checklists(shipped_checklists_dir())
    assert not loaded.refused
    return loaded


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def worker(open_as, clock, catalogue):
    session = Session(open_as("cw1", clock=clock))
    cases = CaseService(session)
    incidents = IncidentService(session)
    assessments = AssessmentService(session, review_interval_days=90)
    risk = RiskService(catalogue, assessments, incidents, cases=cases)
    return cases, incidents, risk


def answers(catalogue, yes: int) -> dict[str, str]:
    items = [i.id for i in catalogue.get(RISK).scored_items()]
    return {item: ("yes" if n < yes else "no") for n, item in enumerate(items)}


def test_fourteen_yes_records_high_and_sets_the_case_level(worker, catalogue):
    cases, _incidents, risk = worker
    ref = cases.create_case(intake())
    done = risk.assess(ref, RISK, answers(catalogue, 14))
    assert done.outcome.score == 14 and done.outcome.level is RiskLevel.HIGH
    assert "refer_marac" in done.outcome.recommendations
    assert done.record.level is RiskLevel.HIGH
    assert done.record.sha256 == catalogue.get(RISK).sha256
    assert done.record.definition_text == catalogue.get(RISK).source_text
    assert cases.get_case(ref).risk_level == RiskLevel.HIGH.value
    assert risk.assessments.list_assessments(ref)[-1].outcome["score"] == 14


def test_police_incidents_from_the_log_fire_escalation(worker, catalogue, clock):
    cases, incidents, risk = worker
    ref = cases.create_case(intake())
    for days in (10, 40, 70):
        incidents.add_incident(ref, IncidentInput(
            date=clock.today - timedelta(days=days), summary="Police called by a neighbour.",
            police_involved=Tri.YES))
    done = risk.assess(ref, RISK, answers(catalogue, 3))
    assert done.outcome.level is RiskLevel.STANDARD  # escalation never changes the level
    assert "escalation" in done.outcome.rules_fired
    assert "refer_marac" in done.outcome.recommendations


def test_a_new_incident_after_a_marac_referral_fires_repeat(worker, catalogue, clock):
    cases, incidents, risk = worker
    ref = cases.create_case(intake())
    incidents.record_marac_referral(ref, clock.today - timedelta(days=200))
    incidents.add_incident(ref, IncidentInput(date=clock.today - timedelta(days=5),
                                              summary="He came to her work.",
                                              police_involved=Tri.NO))
    done = risk.assess(ref, RISK, answers(catalogue, 2))
    assert "repeat" in done.outcome.rules_fired


def test_judgement_raises_and_is_recorded_with_its_reason(worker, catalogue):
    cases, _incidents, risk = worker
    ref = cases.create_case(intake())
    done = risk.assess(ref, RISK, answers(catalogue, 9), judgement_level="high",
                       reason="She fears being reported if she calls the police.",
                       grounds=("immigration",))
    assert done.outcome.scored_level is RiskLevel.STANDARD
    assert done.record.level is RiskLevel.HIGH
    assert done.record.judgement_level is RiskLevel.HIGH
    assert "immigration" in done.record.judgement_reason
    assert cases.get_case(ref).risk_level == RiskLevel.HIGH.value


@pytest.mark.parametrize("change", [
    {"judgement_level": "standard", "reason": "lower"},          # never lowers
    {"judgement_level": "high"},                                 # no reason
    {"judgement_level": "severe", "reason": "x"},               # not a level
])
def test_refused_judgements_record_nothing(worker, catalogue, change):
    cases, _incidents, risk = worker
    ref = cases.create_case(intake())
    with pytest.raises(IntakeError):
        risk.assess(ref, RISK, answers(catalogue, 12), **change)
    assert risk.assessments.list_assessments(ref) == []
    assert cases.get_case(ref).risk_level in (None, "")


def test_unanswered_scored_items_record_nothing(worker, catalogue):
    cases, _incidents, risk = worker
    ref = cases.create_case(intake())
    partial = dict(list(answers(catalogue, 14).items())[:20])
    with pytest.raises(IntakeError):
        risk.assess(ref, RISK, partial)
    assert risk.assessments.list_assessments(ref) == []


def test_another_teams_case_is_refused(open_as, clock, catalogue, worker):
    cases, _incidents, _risk = worker
    ref = cases.create_case(intake())
    session = Session(open_as("cw3", clock=clock))
    other = RiskService(catalogue, AssessmentService(session, review_interval_days=90),
                        IncidentService(session))
    with pytest.raises((PermissionDenied, IntakeError)):
        other.assess(ref, RISK, answers(catalogue, 14))


def test_the_wiring_gives_case_workers_a_risk_service_and_admins_none(shell_auth):
    from intake_app.domain.roles import Role
    from tests.ui.shell_support import signed_in_services

    worker = signed_in_services(shell_auth, Role.CASEWORKER)
    admin = signed_in_services(shell_auth, Role.ADMIN)
    try:
        assert worker.risk is not None and admin.risk is None
        assert worker.risk.definition(RISK).produces_level
    finally:
        worker.end()
        admin.end()


def test_the_honour_based_screen_is_offered_when_the_intake_suggests_it(worker):
    cases, _incidents, risk = worker
    plain = cases.create_case(intake())
    honour = cases.create_case({**intake("Grace Mensah"), "abuse.forms": ("honour",
                                                                           "physical")})
    assert {d.id for d in risk.offered(plain)} == {"risk_identification"}
    assert {d.id for d in risk.offered(honour)} == {"risk_identification",
                                                    "honour_based_abuse"}


def test_the_stalking_screen_is_offered_after_a_risk_answer_suggests_it(worker, catalogue):
    cases, _incidents, risk = worker
    ref = cases.create_case(intake())
    assert "stalking_screen" not in {d.id for d in risk.offered(ref)}
    risk.assess(ref, RISK, {**answers(catalogue, 0), "stalking": "yes"})
    assert "stalking_screen" in {d.id for d in risk.offered(ref)}


def test_facts_hold_the_case_and_earlier_checklist_answers(worker, catalogue):
    cases, _incidents, risk = worker
    ref = cases.create_case({**intake(), "survivor.interpreter_needed": Tri.UNSURE})
    risk.assess(ref, RISK, answers(catalogue, 3))
    facts = risk.facts(ref)
    assert facts["survivor.interpreter_needed"] == "unsure"
    assert facts["referral.source"] == "self"
    first = catalogue.get(RISK).scored_items()[0].id
    assert facts[f"{RISK}.{first}"] == "yes"
