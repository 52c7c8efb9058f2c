"""When a risk review falls due, on real vaults: the interval's boundary days, new incidents,
screens that do not restart the clock, and a case-list filter (and column) that returns exactly
the cases the per-case rule calls due, for a caseworker's and a supervisor's lists."""

from __future__ import annotations

from datetime import timedelta

import pytest

from intake_app.domain.answers import Tri
from intake_app.domain.case_record import CaseFilter, CaseStatus
from intake_app.domain.incidents import IncidentInput
from intake_app.domain.review import ReviewReason
from intake_app.domain.risk import RiskLevel
from intake_app.services.assessments import AssessmentService
from intake_app.services.cases import CaseService
from intake_app.services.incidents import IncidentService
from intake_app.services.session import Session
from tests.services.test_risk_records import Clock, Staff, complete, intake

INTERVAL = 30


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def as_user(open_as, clock):
    def factory(user: str) -> Staff:
        session = Session(open_as(user, clock=clock))
        return Staff(session, CaseService(session, review_interval_days=INTERVAL),
                     IncidentService(session),
                     AssessmentService(session, review_interval_days=INTERVAL))
    return factory


def due_refs(staff: Staff) -> set[str]:
    ids = staff.cases.list_ids(CaseFilter(review_due=True))
    assert staff.cases.count(CaseFilter(review_due=True)) == len(ids)
    rows = staff.cases.rows_for(ids)
    assert all(r.review_due for r in rows)
    return {r.reference for r in rows}


def in_list(staff: Staff, ref: str) -> bool:
    return ref in due_refs(staff)


def test_never_assessed_open_case_is_due_closed_and_draft_are_not(as_user, clock):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    state = cw1.assessments.review_due(ref)
    assert state.due and state.reason is ReviewReason.NEVER_ASSESSED
    assert state.due_on == clock.today and state.last_assessed_on is None
    assert in_list(cw1, ref)
    for status in (CaseStatus.CLOSED, CaseStatus.DRAFT):
        cw1.cases.set_status(ref, status)
        assert not cw1.assessments.review_due(ref).due
        assert not in_list(cw1, ref)
        row = cw1.cases.rows_for(cw1.cases.list_ids())[0]
        assert not row.review_due
        cw1.cases.set_status(ref, CaseStatus.OPEN)


@pytest.mark.parametrize(("days", "due"), [(INTERVAL - 1, False), (INTERVAL, True),
                                           (INTERVAL + 1, True)])
def test_interval_boundary(as_user, clock, days, due):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    complete(cw1, ref, RiskLevel.MEDIUM)
    assessed = clock.today
    assert not cw1.assessments.review_due(ref).due and not in_list(cw1, ref)
    clock.days(days)
    state = cw1.assessments.review_due(ref)
    assert state.due is due
    assert state.last_assessed_on == assessed
    assert state.due_on == assessed + timedelta(days=INTERVAL)
    assert state.reason is (ReviewReason.INTERVAL if due else None)
    assert in_list(cw1, ref) is due
    (row,) = cw1.cases.rows_for([cw1.cases.get_case(ref).id])
    assert row.review_due is due


def test_a_screen_does_not_restart_the_clock(as_user, clock):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    complete(cw1, ref, RiskLevel.HIGH)
    clock.days(INTERVAL)
    complete(cw1, ref, None)
    assert cw1.assessments.review_due(ref).due and in_list(cw1, ref)
    complete(cw1, ref, RiskLevel.HIGH)
    assert not cw1.assessments.review_due(ref).due and not in_list(cw1, ref)


def incident(day) -> IncidentInput:
    return IncidentInput(date=day, summary="Shouted threats outside the flat.",
                         police_involved=Tri.NO)


def test_new_incident_makes_a_review_due_until_reassessed(as_user, clock):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    clock.days(5)
    complete(cw1, ref, RiskLevel.STANDARD)
    clock.days(3)
    # An older incident disclosed after the assessment was not weighed by it either: due.
    late = cw1.incidents.add_incident(ref, incident(clock.today - timedelta(days=10)))
    state = cw1.assessments.review_due(ref)
    assert state.due and state.reason is ReviewReason.NEW_INCIDENT
    assert state.due_on == late.date and in_list(cw1, ref)
    clock.tick(10)
    complete(cw1, ref, RiskLevel.MEDIUM)
    assert not cw1.assessments.review_due(ref).due and not in_list(cw1, ref)
    clock.tick(10)
    new = cw1.incidents.add_incident(ref, incident(clock.today - timedelta(days=1)))
    state = cw1.assessments.review_due(ref)
    assert state.due and state.reason is ReviewReason.NEW_INCIDENT
    assert state.due_on == new.date and in_list(cw1, ref)
    clock.tick(10)
    complete(cw1, ref, RiskLevel.MEDIUM)
    assert not in_list(cw1, ref)
    # A correction after the assessment (a date or the police answer changed) is news too.
    clock.tick(10)
    cw1.incidents.correct_incident(ref, late.id, incident(clock.today - timedelta(days=2)))
    assert cw1.assessments.review_due(ref).due and in_list(cw1, ref)


def test_incident_on_the_assessment_day_counts_only_when_recorded_after_it(as_user, clock):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    cw1.incidents.add_incident(ref, incident(clock.today))
    clock.tick(20)
    complete(cw1, ref, RiskLevel.HIGH)
    assert not in_list(cw1, ref)  # the assessment already knew of it
    clock.tick(20)
    cw1.incidents.add_incident(ref, incident(clock.today))
    assert in_list(cw1, ref)
    assert cw1.assessments.review_due(ref).reason is ReviewReason.NEW_INCIDENT


def test_list_filter_returns_exactly_the_due_cases(as_user, clock):
    cw1, cw2 = as_user("cw1"), as_user("cw2")
    refs: list[str] = []
    owners: dict[str, str] = {}
    for n, worker in enumerate([cw1, cw1, cw1, cw2, cw2, cw2, cw1, cw2]):
        ref = worker.cases.create_case(intake(f"Case {n}"))
        refs.append(ref)
        owners[ref] = worker.session.user
        if n % 4 != 3:
            complete(worker, ref, RiskLevel.MEDIUM)
        clock.days(7)
    # Now the first cases are older than the interval, a new incident on one, one closed.
    cw2.incidents.add_incident(refs[5], incident(clock.today))
    cw1.cases.set_status(refs[0], CaseStatus.CLOSED)
    sup = as_user("sup")
    expected = {r for r in refs if sup.assessments.review_due(r).due}
    assert refs[0] not in expected and refs[5] in expected and refs[3] in expected
    assert refs[7] in expected and refs[6] not in expected
    assert due_refs(sup) == expected
    assert due_refs(cw1) == {r for r in expected if owners[r] == "cw1"}
    # Combined with another filter and a search, it still returns only due cases.
    both = sup.cases.list_ids(CaseFilter(review_due=True, text="case"))
    assert {r.reference for r in sup.cases.rows_for(both)} == expected
    # The south team's supervisor sees none of them.
    assert due_refs(as_user("sup2")) == set()
