"""Consent records and safety plans on real SQLCipher vaults: records kept as given, a
withdrawal as a new record, the grid after each, refusals that change nothing, append-only
tables, plan versions and merges, every role's permissions, and audit entries that never hold
what she said.

Staff (tests/conftest.py): north team cw1, cw2 (caseworkers) and sup (supervisor); south team
cw3 and sup2; and the administrator.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from intake_app.domain.case_model import Sensitivity
from intake_app.domain.case_record import CaseStatus
from intake_app.domain.consent import ConsentInput, ConsentState, Decision, How
from intake_app.domain.errors import (
    CaseClosed,
    EditConflict,
    InvalidInput,
    NotFound,
    PermissionDenied,
    RecordRefused,
)
from intake_app.domain.safety_plan import SafetyPlanInput
from intake_app.services.cases import CaseService
from intake_app.services.consent import ConsentService
from intake_app.services.safety_plan import SafetyPlanService
from intake_app.services.session import Session
from intake_app.vault import audit
from intake_app.vault.database import DatabaseError
from intake_app.vault.store import Vault
from tests.conftest import ADMIN, ADMIN_PASS
from tests.domain.test_consent import Directory
from tests.services.test_risk_records import Clock, intake

ID, LOC, IMM = Sensitivity.IDENTITY, Sensitivity.LOCATION, Sensitivity.IMMIGRATION


@dataclass
class Staff:
    session: Session
    cases: CaseService
    consent: ConsentService
    plans: SafetyPlanService


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def as_user(open_as, clock):
    def factory(user: str) -> Staff:
        session = Session(open_as(user, clock=clock))
        return Staff(session, CaseService(session), ConsentService(session, Directory()),
                     SafetyPlanService(session))
    return factory


def consent(today: date, to: str = "kind:refuge", decision: Decision = Decision.GIVEN,
            classes: tuple[Sensitivity, ...] = (ID, LOC), **extra: object) -> ConsentInput:
    values: dict[str, object] = {
        "recipient": to, "classes": frozenset(classes), "purpose": "Refuge referral",
        "decision": decision, "decided_on": today, "how": How.VERBAL}
    values.update(extra)
    return ConsentInput(**values)  # type: ignore[arg-type]


def plan(**sections: str) -> SafetyPlanInput:
    return SafetyPlanInput(sections)


TABLES = ("consent_records", "safety_plans", "safety_plan_versions")


def dump(vault_dir) -> dict[str, list[tuple[object, ...]]]:
    with Vault.unlock(vault_dir, ADMIN, ADMIN_PASS) as vault:
        return {t: vault.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                for t in TABLES}


# --- consent -----------------------------------------------------------------------------------

def test_record_withdraw_and_the_grid_after_each(as_user, clock):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    today = clock.today
    given = cw1.consent.record_consent(ref, consent(
        today, language="Bengali", interpreter="Ms Rahman", interpreter_independent=True,
        expires_on=today + timedelta(days=90)))
    assert given.recorded_by == "cw1" and given.details.interpreter_independent is True
    assert given.details.expires_on == today + timedelta(days=90)
    grid = cw1.consent.consent_grid(ref, ["kind:police"])
    assert grid.recipients == ("kind:police", "kind:refuge")
    assert grid.state("kind:refuge", ID) is ConsentState.GIVEN
    assert grid.state("kind:police", ID) is ConsentState.NONE
    assert cw1.consent.consent_state(ref, "agency:northtown-refuge", LOC) is ConsentState.GIVEN
    clock.tick()
    withdrawal = cw1.consent.withdraw_consent(ref, given.id, on=today, how=How.WRITTEN)
    assert withdrawal.withdraws == given.id and withdrawal.decision is Decision.WITHDRAWN
    assert withdrawal.details.classes == given.details.classes
    assert [r.id for r in cw1.consent.list_consents(ref)] == [given.id, withdrawal.id]
    grid = cw1.consent.consent_grid(ref)
    assert grid.state("kind:refuge", ID) is ConsentState.WITHDRAWN
    assert cw1.consent.consent_state(ref, "agency:northtown-refuge", LOC) \
        is ConsentState.WITHDRAWN
    with pytest.raises(InvalidInput):
        cw1.consent.withdraw_consent(ref, given.id, on=today, how=How.VERBAL)
    with pytest.raises(InvalidInput):
        cw1.consent.withdraw_consent(ref, withdrawal.id, on=today, how=How.VERBAL)


def test_expired_consent_reads_as_expired_when_the_day_has_passed(as_user, clock):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    cw1.consent.record_consent(ref, consent(clock.today, expires_on=clock.today + timedelta(1)))
    clock.days(1)
    assert cw1.consent.consent_state(ref, "kind:refuge", ID) is ConsentState.GIVEN
    clock.days(1)
    assert cw1.consent.consent_state(ref, "kind:refuge", ID) is ConsentState.EXPIRED


def test_facts_shown_are_kept_and_consent_without_them_is_refused(as_user, clock,
                                                                    staff_vault_dir):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    cw1.session.lock()
    before = dump(staff_vault_dir)
    cw1 = as_user("cw1")
    for bad in (consent(clock.today, "kind:police"),
                consent(clock.today, "kind:refuge", classes=(IMM,)),
                consent(clock.today, interpreter="Her cousin", interpreter_independent=False),
                consent(clock.today + timedelta(days=1))):
        with pytest.raises(RecordRefused):
            cw1.consent.record_consent(ref, bad)
    cw1.session.lock()
    assert dump(staff_vault_dir) == before
    cw1 = as_user("cw1")
    kept = cw1.consent.record_consent(ref, consent(clock.today, "agency:northtown-police",
                                                   classes=(IMM,), facts_shown=True))
    assert kept.details.facts_shown and kept.details.facts_version == "facts-2026-05:police"
    again = cw1.consent.list_consents(ref)[0]
    assert again == kept
    assert cw1.consent.consent_state(ref, "agency:northtown-police", IMM) is ConsentState.GIVEN
    assert cw1.consent.consent_state(ref, "kind:police", IMM) is ConsentState.NONE


def test_on_a_closed_case_her_no_is_recorded_and_a_yes_waits(as_user, clock):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    given = cw1.consent.record_consent(ref, consent(clock.today))
    sup = as_user("sup")
    sup.cases.set_status(ref, CaseStatus.CLOSED)
    with pytest.raises(CaseClosed):
        cw1.consent.record_consent(ref, consent(clock.today, "kind:marac"))
    cw1.consent.record_consent(ref, consent(clock.today, "kind:marac", Decision.REFUSED))
    cw1.consent.withdraw_consent(ref, given.id, on=clock.today, how=How.VERBAL)
    assert [r.decision for r in cw1.consent.list_consents(ref)] == [
        Decision.GIVEN, Decision.REFUSED, Decision.WITHDRAWN]


def test_a_consent_of_another_case_is_not_found(as_user, clock):
    cw1 = as_user("cw1")
    one, other = cw1.cases.create_case(intake()), cw1.cases.create_case(intake("Olga"))
    given = cw1.consent.record_consent(one, consent(clock.today))
    with pytest.raises(NotFound):
        cw1.consent.withdraw_consent(other, given.id, on=clock.today, how=How.VERBAL)


def test_consent_records_are_append_only_in_the_vault(as_user, clock, staff_vault_dir):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    cw1.consent.record_consent(ref, consent(clock.today))
    cw1.plans.save_plan(ref, plan(notes="a"))
    cw1.session.lock()
    with Vault.unlock(staff_vault_dir, ADMIN, ADMIN_PASS) as vault:
        for sql in ("UPDATE consent_records SET decision = 'refused'",
                    "DELETE FROM consent_records",
                    "UPDATE safety_plan_versions SET data = '{}'"):
            with pytest.raises(DatabaseError), vault.transaction() as conn:
                conn.execute(sql)
        with vault.transaction() as conn:  # purging the case takes its records with it
            conn.execute("DELETE FROM cases")
            assert conn.execute("SELECT count(*) FROM consent_records").fetchone()[0] == 0


# --- the safety plan -----------------------------------------------------------------------------

def test_plan_versions_and_an_unchanged_save_records_nothing(as_user, clock):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    assert cw1.plans.get_plan(ref) is None
    assert cw1.plans.save_plan(ref, plan()) is None
    assert cw1.plans.plan_history(ref) == []
    first = cw1.plans.save_plan(ref, SafetyPlanInput(
        {"bag_ready": "Passport copy, inhaler", "at_the_door": "Do not open; call 999"},
        review_on=clock.today + timedelta(days=28), discussed_on=clock.today))
    assert first is not None and first.version == 1
    clock.tick()
    same = cw1.plans.save_plan(ref, SafetyPlanInput(
        {"at_the_door": "Do not open; call 999", "bag_ready": "Passport copy, inhaler  "},
        review_on=clock.today + timedelta(days=28), discussed_on=clock.today))
    assert same == first
    clock.tick()
    second = cw1.plans.save_plan(ref, SafetyPlanInput(
        {"bag_ready": "Passport copy, inhaler, charger"},
        review_on=clock.today + timedelta(days=28), discussed_on=clock.today))
    assert second is not None and second.version == 2 and second.updated_by == "cw1"
    history = cw1.plans.plan_history(ref)
    assert [v.version for v in history] == [1, 2]
    assert history[0].changed == ("bag_ready", "at_the_door", "review_on", "discussed_on")
    assert history[1].changed == ("bag_ready", "at_the_door")
    assert history[0].plan.text("at_the_door") == "Do not open; call 999"
    assert history[1].plan.text("at_the_door") == ""


def test_two_people_saving_different_parts_both_keep_theirs(as_user, clock):
    cw1, sup = as_user("cw1"), as_user("sup")
    ref = cw1.cases.create_case(intake())
    base = cw1.plans.save_plan(ref, plan(journey="Bus at 8", notes="Code word: blue"))
    assert base is not None
    sup.plans.save_plan(ref, plan(journey="Bus at 8", notes="Code word: green"),
                        base_version=base.version)
    merged = cw1.plans.save_plan(ref, plan(journey="Lift with her sister", notes="Code word: blue"),
                                 base_version=base.version)
    assert merged is not None and merged.version == 3
    assert merged.plan.text("journey") == "Lift with her sister"
    assert merged.plan.text("notes") == "Code word: green"
    with pytest.raises(EditConflict) as caught:
        cw1.plans.save_plan(ref, plan(journey="Taxi", notes="Code word: green"),
                            base_version=base.version)
    assert caught.value.keys == ("journey",)
    with pytest.raises(NotFound):
        cw1.plans.save_plan(ref, plan(notes="x"), base_version=99)
    assert len(cw1.plans.plan_history(ref)) == 3


def test_bad_plans_and_closed_cases_change_nothing(as_user, clock, staff_vault_dir):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    with pytest.raises(RecordRefused):
        cw1.plans.save_plan(ref, plan(notes="a\x00b"))
    with pytest.raises(RecordRefused):
        cw1.plans.save_plan(ref, SafetyPlanInput(discussed_on=clock.today + timedelta(days=1)))
    as_user("sup").cases.set_status(ref, CaseStatus.CLOSED)
    with pytest.raises(CaseClosed):
        cw1.plans.save_plan(ref, plan(notes="fine"))
    assert cw1.plans.get_plan(ref) is None


# --- permissions and audit -----------------------------------------------------------------------

def every_call(staff: Staff, ref: str, consent_id: int, today: date) -> dict[str, object]:
    return {
        "record_consent": lambda: staff.consent.record_consent(ref, consent(today, "kind:marac")),
        "withdraw_consent": lambda: staff.consent.withdraw_consent(ref, consent_id, on=today,
                                                                   how=How.VERBAL),
        "list_consents": lambda: staff.consent.list_consents(ref),
        "consent_state": lambda: staff.consent.consent_state(ref, "kind:refuge", ID),
        "consent_grid": lambda: staff.consent.consent_grid(ref),
        "get_plan": lambda: staff.plans.get_plan(ref),
        "save_plan": lambda: staff.plans.save_plan(ref, plan(notes="x")),
        "plan_history": lambda: staff.plans.plan_history(ref),
    }


@pytest.mark.parametrize("user", [ADMIN, "cw2", "cw3", "sup2"])
def test_refused_for_admin_and_for_other_peoples_cases(as_user, clock, staff_vault_dir, user):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    kept = cw1.consent.record_consent(ref, consent(clock.today))
    cw1.session.lock()
    before = dump(staff_vault_dir)
    other = as_user(user)
    calls = every_call(other, ref, kept.id, clock.today)
    for name, call in calls.items():
        with pytest.raises(PermissionDenied):
            call()  # type: ignore[operator]
        assert name
    other.session.lock()
    assert dump(staff_vault_dir) == before
    with Vault.unlock(staff_vault_dir, ADMIN, ADMIN_PASS) as vault:
        denied = [e for e in audit.entries(vault.conn) if e.action == "case.denied"]
    assert len(denied) == len(calls)
    assert {e.actor for e in denied} == {user}


def test_the_supervisor_works_on_the_teams_cases(as_user, clock):
    cw1, sup = as_user("cw1"), as_user("sup")
    ref = cw1.cases.create_case(intake())
    given = sup.consent.record_consent(ref, consent(clock.today))
    sup.plans.save_plan(ref, plan(notes="Agreed at the office"))
    assert [r.recorded_by for r in cw1.consent.list_consents(ref)] == ["sup"]
    cw1.consent.withdraw_consent(ref, given.id, on=clock.today, how=How.VERBAL)
    plan_now = cw1.plans.get_plan(ref)
    assert plan_now is not None and plan_now.created_by == "sup"


def test_audit_names_ids_never_what_she_said(as_user, clock, staff_vault_dir):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    given = cw1.consent.record_consent(ref, consent(
        clock.today, "agency:northtown-police", classes=(IMM,), facts_shown=True,
        purpose="Report the assault at Elm Street", interpreter="Ms Rahman",
        interpreter_independent=True))
    cw1.consent.withdraw_consent(ref, given.id, on=clock.today, how=How.VERBAL)
    cw1.consent.consent_grid(ref)
    cw1.plans.save_plan(ref, plan(at_the_door="Hide in the bathroom with the phone"))
    cw1.plans.get_plan(ref)
    cw1.plans.plan_history(ref)
    cw1.session.lock()
    with Vault.unlock(staff_vault_dir, ADMIN, ADMIN_PASS) as vault:
        entries = [e for e in audit.entries(vault.conn) if e.target == ref]
    actions = [e.action for e in entries]
    for action in ("consent.record", "consent.withdraw", "consent.view", "safety_plan.save",
                   "safety_plan.view", "safety_plan.history"):
        assert action in actions
    text = json.dumps([e.to_json() for e in entries])
    for content in ("Elm Street", "Rahman", "northtown", "police", "immigration", "given",
                    "bathroom", "Hide"):
        assert content not in text
    assert f"consent={given.id}" in text and "version=1" in text
