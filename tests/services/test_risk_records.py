"""Incidents, MARAC referral facts, completed assessments and assessment drafts on real
SQLCipher vaults: history of corrections, refusals that change nothing, the case's risk level
following the latest level-producing assessment, drafts that survive reopening the vault,
permissions for every role, and audit entries that never hold case content.

Staff (tests/conftest.py): north team cw1, cw2 (caseworkers) and sup (supervisor); south team
cw3 and sup2; and the administrator.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

import pytest

from intake_app.domain.answers import Tri
from intake_app.domain.assessment_record import AssessmentInput, definition_sha256
from intake_app.domain.case_record import CaseFilter, CaseStatus
from intake_app.domain.errors import (
    CaseClosed,
    InvalidInput,
    NotFound,
    PermissionDenied,
    ValidationFailed,
)
from intake_app.domain.incidents import IncidentInput
from intake_app.domain.risk import RiskLevel
from intake_app.services.assessments import AssessmentService
from intake_app.services.cases import CaseService
from intake_app.services.incidents import IncidentService
from intake_app.services.session import Session
from intake_app.vault import audit
from intake_app.vault.store import Vault
from tests.conftest import ADMIN, STAFF_PASS


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def tick(self, minutes: int = 1) -> None:
        self.now += timedelta(minutes=minutes)

    def days(self, n: int) -> None:
        self.now += timedelta(days=n)

    @property
    def today(self) -> date:
        return self.now.astimezone().date()


@dataclass
class Staff:
    session: Session
    cases: CaseService
    incidents: IncidentService
    assessments: AssessmentService


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def as_user(open_as, clock):
    def factory(user: str) -> Staff:
        session = Session(open_as(user, clock=clock))
        return Staff(session, CaseService(session), IncidentService(session),
                     AssessmentService(session))
    return factory


def intake(name: str = "Amina Okafor") -> dict[str, object]:
    return {"referral.source": "self", "survivor.names": name,
            "consent.to_record": "given", "consent.to_contact": "given"}


def incident(day: date, summary: str = "Pushed her against the door; neighbours heard.",
             **extra: object) -> IncidentInput:
    return IncidentInput(date=day, summary=summary, police_involved=Tri.YES, **extra)


DEFINITION = 'id = "risk-id"\nversion = "1"\ntitle = "Invented risk checklist"\n'
SCREEN = 'id = "stalking-screen"\nversion = "1"\ntitle = "Invented screen"\n'


def assessment(level: RiskLevel | None, *, text: str = DEFINITION, checklist: str = "risk-id",
               **extra: object) -> AssessmentInput:
    values: dict[str, object] = {
        "checklist_id": checklist, "version": "1", "sha256": definition_sha256(text),
        "definition_text": text,
        "answers": {"q1": {"answer": "yes", "comment": "She said so.", "source": "her"},
                    "q2": "no"},
        "outcome": {"score": 1, "rules_fired": [], "recommendations": []},
        "level": level}
    values.update(extra)
    return AssessmentInput(**values)  # type: ignore[arg-type]


def dump(vault_dir) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables these services write (to prove a refusal changed nothing)."""
    with Vault.unlock(vault_dir, ADMIN, "admin passphrase for tests 01") as vault:
        return {t: vault.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                for t in ("incidents", "incident_versions", "marac_referrals", "assessments",
                          "checklist_definitions", "assessment_drafts", "cases")}


# --- incidents ---------------------------------------------------------------------------------

def test_add_and_correct_incident_keeps_every_version(as_user, clock):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    clock.tick()
    first = cw1.incidents.add_incident(ref, incident(clock.today - timedelta(days=3),
                                                     children_present=Tri.UNSURE))
    assert first.version == 1 and not first.corrected
    assert first.details.children_present is Tri.UNSURE
    assert first.created_by == first.updated_by == "cw1"
    clock.tick(30)
    fixed = replace(first.details, date=clock.today - timedelta(days=4),
                    police_reference="  AB/123/26  ", injuries="Bruised arm")
    corrected = cw1.incidents.correct_incident(ref, first.id, fixed)
    assert corrected.version == 2 and corrected.corrected
    assert corrected.details.police_reference == "AB/123/26"  # trimmed
    assert [v.version for v in corrected.history] == [1, 2]
    assert corrected.history[0].details == first.details  # what was first recorded, kept
    assert corrected.history[1].details == corrected.details
    # A correction that changes nothing records nothing.
    again = cw1.incidents.correct_incident(ref, first.id, corrected.details)
    assert again.version == 2
    listed = cw1.incidents.list_incidents(ref)
    assert [i.id for i in listed] == [first.id]
    assert len(listed[0].history) == 2
    assert cw1.incidents.list_incidents(ref, history=False)[0].history == ()


def test_incidents_are_listed_by_date(as_user, clock):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    later = cw1.incidents.add_incident(ref, incident(clock.today - timedelta(days=1)))
    earlier = cw1.incidents.add_incident(ref, incident(clock.today - timedelta(days=20)))
    assert [i.id for i in cw1.incidents.list_incidents(ref)] == [earlier.id, later.id]


@pytest.mark.parametrize(("change", "field"), [
    ({"date": date(2026, 3, 3)}, "date"),                   # tomorrow
    ({"summary": "   "}, "summary"),
    ({"summary": "a\x00b"}, "summary"),
    ({"police_involved": "maybe"}, "police_involved"),
    ({"children_present": "yes"}, "children_present"),    # text, not a Tri
    ({"source": "x" * 2000}, "source"),
    ({"date": "2026-03-01"}, "date"),                       # text, not a date
])
def test_invalid_incidents_are_refused_and_change_nothing(as_user, clock, staff_vault_dir,
                                                          change, field):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    kept = cw1.incidents.add_incident(ref, incident(clock.today))
    before = dump(staff_vault_dir)
    bad = replace(incident(clock.today), **change)
    with pytest.raises(ValidationFailed) as refused:
        cw1.incidents.add_incident(ref, bad)
    assert field in refused.value.problems
    with pytest.raises(ValidationFailed):
        cw1.incidents.correct_incident(ref, kept.id, bad)
    assert dump(staff_vault_dir) == before


def test_incident_of_another_case_is_not_found(as_user, clock):
    cw1 = as_user("cw1")
    one, two = cw1.cases.create_case(intake()), cw1.cases.create_case(intake("Grace Mensah"))
    theirs = cw1.incidents.add_incident(one, incident(clock.today))
    with pytest.raises(NotFound):
        cw1.incidents.correct_incident(two, theirs.id, incident(clock.today))


def test_closed_case_takes_no_new_records(as_user, clock):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    cw1.cases.set_status(ref, CaseStatus.CLOSED)
    with pytest.raises(CaseClosed):
        cw1.incidents.add_incident(ref, incident(clock.today))
    with pytest.raises(CaseClosed):
        cw1.assessments.record_assessment(ref, assessment(RiskLevel.HIGH))
    with pytest.raises(CaseClosed):
        cw1.incidents.record_marac_referral(ref, clock.today)


# --- MARAC referral facts ----------------------------------------------------------------------

def test_marac_referrals_recorded_once_per_date_and_not_in_future(as_user, clock):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    first = cw1.incidents.record_marac_referral(ref, date(2025, 11, 4))
    cw1.incidents.record_marac_referral(ref, date(2025, 6, 1))
    assert first.recorded_by == "cw1" and first.recorded_at == "2026-03-02T09:00:00Z"
    with pytest.raises(InvalidInput):
        cw1.incidents.record_marac_referral(ref, date(2025, 11, 4))
    with pytest.raises(ValidationFailed):
        cw1.incidents.record_marac_referral(ref, clock.today + timedelta(days=1))
    assert [r.referred_on for r in cw1.incidents.marac_referrals(ref)] == [
        date(2025, 6, 1), date(2025, 11, 4)]


# --- assessments -------------------------------------------------------------------------------

def risk_of(staff: Staff, ref: str) -> str | None:
    return staff.cases.get_case(ref).risk_level


def test_latest_level_producing_assessment_sets_the_case_risk(as_user, clock):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    assert risk_of(cw1, ref) is None
    clock.tick()
    cw1.assessments.record_assessment(ref, assessment(RiskLevel.HIGH))
    assert risk_of(cw1, ref) == "high"
    clock.tick()
    cw1.assessments.record_assessment(ref, assessment(RiskLevel.STANDARD))
    assert risk_of(cw1, ref) == "standard"  # the latest wins, even when lower
    clock.tick()
    screen = cw1.assessments.record_assessment(
        ref, assessment(None, text=SCREEN, checklist="stalking-screen"))
    assert screen.level is None
    assert risk_of(cw1, ref) == "standard"  # a screen never changes it
    # The case list's risk filter sees it at once.
    assert cw1.cases.list_ids(CaseFilter(risk_level=RiskLevel.STANDARD))
    assert not cw1.cases.list_ids(CaseFilter(risk_level=RiskLevel.HIGH))
    listed = cw1.assessments.list_assessments(ref)
    assert [a.level for a in listed] == [RiskLevel.HIGH, RiskLevel.STANDARD, None]


def test_a_case_risk_set_before_assessments_stays_until_one_with_a_level(as_user, clock,
                                                                          open_as):
    from intake_app.vault.cases_repo import CasesRepo

    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    with cw1.session.transaction() as conn:
        repo = CasesRepo(conn)
        repo.set_risk_level(repo.by_reference(ref).id, RiskLevel.MEDIUM)  # as at schema 4
    cw1.assessments.record_assessment(ref, assessment(None, text=SCREEN,
                                                      checklist="stalking-screen"))
    assert risk_of(cw1, ref) == "medium"


def test_assessment_reads_as_made_with_one_copy_of_each_definition(as_user, clock,
                                                                   staff_vault_dir):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    made = cw1.assessments.record_assessment(ref, assessment(
        RiskLevel.HIGH, judgement_level=RiskLevel.HIGH,
        judgement_reason="Extreme fear; no interpreter available."))
    cw1.assessments.record_assessment(ref, assessment(RiskLevel.MEDIUM))
    assert made.definition_text == DEFINITION
    assert made.sha256 == definition_sha256(DEFINITION)
    assert made.answers["q1"]["comment"] == "She said so."
    assert made.outcome == {"score": 1, "rules_fired": [], "recommendations": []}
    assert made.judgement_level is RiskLevel.HIGH and made.by == "cw1"
    cw1.session.lock()
    with Vault.unlock(staff_vault_dir, ADMIN, "admin passphrase for tests 01") as vault:
        assert vault.conn.execute(
            "SELECT count(*) FROM checklist_definitions").fetchone()[0] == 1
        # Completed assessments are a record: the database refuses to rewrite one.
        with pytest.raises(Exception, match="not changed"):
            vault.conn.execute("UPDATE assessments SET level = 'standard'")


@pytest.mark.parametrize("change", [
    {"sha256": "0" * 64},                                             # not the text's digest
    {"sha256": "ABC"},
    {"answers": {"q1": float("nan")}},
    {"answers": ["yes"]},
    {"outcome": {"note": "bad\x00text"}},
    {"judgement_level": RiskLevel.HIGH, "judgement_reason": ""},     # judgement needs reason
    {"level": RiskLevel.MEDIUM, "judgement_level": RiskLevel.HIGH,
     "judgement_reason": "fear"},                                     # final below judgement
    {"level": None, "judgement_level": RiskLevel.HIGH, "judgement_reason": "fear"},
    {"judgement_reason": "a reason with no judgement"},
    {"level": "severe"},
    {"checklist_id": ""},
])
def test_invalid_assessments_are_refused_and_change_nothing(as_user, staff_vault_dir, change):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    cw1.assessments.save_assessment_draft(ref, "risk-id", {"q1": "yes"})
    before = dump(staff_vault_dir)
    with pytest.raises(InvalidInput):
        changed = dict(change)
        level = changed.pop("level", RiskLevel.STANDARD)
        cw1.assessments.record_assessment(ref, assessment(level, **changed))  # type: ignore[arg-type]
    assert dump(staff_vault_dir) == before


# --- drafts ------------------------------------------------------------------------------------

def test_assessment_drafts_survive_reopening_and_go_when_recorded(as_user, open_as, clock):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    draft_id = cw1.assessments.save_assessment_draft(ref, "risk-id", {"q1": "yes"})
    assert cw1.assessments.save_assessment_draft(
        ref, "risk-id", {"q1": "yes", "q2": {"answer": "no", "comment": "Not since May."}},
    ) == draft_id  # one draft per person, case and checklist
    other = cw1.assessments.save_assessment_draft(ref, "stalking-screen", {"s1": "yes"})
    assert other != draft_id
    cw1.session.lock()  # as the idle lock or a quick exit would
    again = as_user("cw1")
    draft = again.assessments.load_assessment_draft(ref, "risk-id")
    assert draft is not None and draft.id == draft_id
    assert draft.answers == {"q1": "yes", "q2": {"answer": "no", "comment": "Not since May."}}
    assert {d.checklist_id for d in again.assessments.assessment_drafts(ref)} == {
        "risk-id", "stalking-screen"}
    # Someone else on the same case sees none of her drafts.
    sup = as_user("sup")
    assert sup.assessments.load_assessment_draft(ref, "risk-id") is None
    assert sup.assessments.assessment_drafts(ref) == []
    again.assessments.record_assessment(ref, assessment(RiskLevel.MEDIUM))
    assert again.assessments.load_assessment_draft(ref, "risk-id") is None
    again.assessments.discard_assessment_draft(ref, "stalking-screen")
    assert again.assessments.assessment_drafts(ref) == []


def test_unstorable_draft_is_refused_and_the_saved_one_kept(as_user):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    cw1.assessments.save_assessment_draft(ref, "risk-id", {"q1": "yes"})
    with pytest.raises(InvalidInput):
        cw1.assessments.save_assessment_draft(ref, "risk-id", {"q1": "ye\x00s"})
    draft = cw1.assessments.load_assessment_draft(ref, "risk-id")
    assert draft is not None and draft.answers == {"q1": "yes"}


# --- permissions -------------------------------------------------------------------------------

def every_call(staff: Staff, ref: str, incident_id: int, today: date) -> dict[str, object]:
    return {
        "add_incident": lambda: staff.incidents.add_incident(ref, incident(today)),
        "correct_incident": lambda: staff.incidents.correct_incident(
            ref, incident_id, incident(today, summary="Changed")),
        "list_incidents": lambda: staff.incidents.list_incidents(ref),
        "record_marac_referral": lambda: staff.incidents.record_marac_referral(ref, today),
        "marac_referrals": lambda: staff.incidents.marac_referrals(ref),
        "record_assessment": lambda: staff.assessments.record_assessment(
            ref, assessment(RiskLevel.HIGH)),
        "list_assessments": lambda: staff.assessments.list_assessments(ref),
        "review_due": lambda: staff.assessments.review_due(ref),
        "save_assessment_draft": lambda: staff.assessments.save_assessment_draft(
            ref, "risk-id", {"q1": "yes"}),
        "load_assessment_draft": lambda: staff.assessments.load_assessment_draft(
            ref, "risk-id"),
        "assessment_drafts": lambda: staff.assessments.assessment_drafts(ref),
        "discard_assessment_draft": lambda: staff.assessments.discard_assessment_draft(
            ref, "risk-id"),
    }


@pytest.mark.parametrize("user", [ADMIN, "cw2", "cw3", "sup2"])
def test_refused_for_admin_and_for_other_peoples_cases(as_user, clock, staff_vault_dir, user):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    kept = cw1.incidents.add_incident(ref, incident(clock.today))
    cw1.session.lock()
    before = dump(staff_vault_dir)
    other = as_user(user)
    calls = every_call(other, ref, kept.id, clock.today)
    for name, call in calls.items():
        with pytest.raises(PermissionDenied):
            call()  # type: ignore[operator]
        assert name  # (named in the failure's traceback)
    other.session.lock()
    after = dump(staff_vault_dir)
    assert after == before
    with Vault.unlock(staff_vault_dir, ADMIN, "admin passphrase for tests 01") as vault:
        denied = [e for e in audit.entries(vault.conn) if e.action == "case.denied"]
    assert len(denied) == len(calls)
    assert {e.actor for e in denied} == {user}


def test_supervisor_works_on_the_teams_cases(as_user, clock):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    sup = as_user("sup")
    sup.incidents.add_incident(ref, incident(clock.today))
    sup.assessments.record_assessment(ref, assessment(RiskLevel.MEDIUM))
    assert [a.by for a in cw1.assessments.list_assessments(ref)] == ["sup"]


def test_audit_names_ids_and_actions_never_content(as_user, clock, staff_vault_dir):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    secret = "Threatened with a knife at the bus stop"
    added = cw1.incidents.add_incident(ref, incident(clock.today, summary=secret,
                                                     police_reference="XY/999"))
    cw1.incidents.correct_incident(ref, added.id, incident(clock.today, summary=secret + "."))
    cw1.incidents.list_incidents(ref)
    cw1.incidents.record_marac_referral(ref, clock.today)
    cw1.incidents.marac_referrals(ref)
    cw1.assessments.save_assessment_draft(ref, "risk-id", {"q1": "She fears for her life"})
    made = cw1.assessments.record_assessment(ref, assessment(
        RiskLevel.HIGH, judgement_level=RiskLevel.HIGH, judgement_reason="Extreme fear"))
    cw1.assessments.list_assessments(ref)
    cw1.assessments.review_due(ref)
    cw1.session.lock()
    with Vault.unlock(staff_vault_dir, ADMIN, "admin passphrase for tests 01") as vault:
        entries = [e for e in audit.entries(vault.conn) if e.target == ref]
    actions = [e.action for e in entries]
    for action in ("incident.add", "incident.correct", "incident.view", "marac.record",
                   "marac.view", "assessment_draft.start", "assessment.record",
                   "assessment.view", "review.view"):
        assert action in actions
    text = json.dumps([e.to_json() for e in entries])
    for content in (secret, "XY/999", "knife", "fears", "Extreme", "high", "She said"):
        assert content not in text
    assert f"incident={added.id}" in text and f"assessment={made.id}" in text


def test_services_are_wired_for_the_roles(staff_vault_dir):
    from intake_app.policy import Policy
    from intake_app.services.wiring import build_services
    from tests.conftest import ADMIN_PASS, TEST_KDF

    policy = Policy(review_interval_days=30)
    with build_services(staff_vault_dir, policy, kdf=TEST_KDF) as services:
        services.sign_in(ADMIN, ADMIN_PASS)
        assert services.incidents is None and services.assessments is None
    with build_services(staff_vault_dir, policy, kdf=TEST_KDF) as services:
        services.sign_in("cw1", STAFF_PASS)
        assert services.incidents is not None and services.assessments is not None
        assert services.assessments.review_interval_days == 30
        ref = services.cases.create_case(intake())
        assert services.assessments.review_due(ref).due
