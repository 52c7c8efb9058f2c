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
from intake_app.domain.assessment_record import AssessmentRecord
from intake_app.domain.case_record import CaseFilter, CaseStatus
from intake_app.domain.checklists import (
    Definition,
    Judgement,
    load_checklists,
    shipped_checklists_dir,
)
from intake_app.domain.errors import (
    CaseClosed,
    IntakeError,
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


CATALOGUE = load_checklists(shipped_checklists_dir())
RISK_DEF = CATALOGUE.get("risk_identification")
SCREEN_DEF = CATALOGUE.get("stalking_screen")
#: "yes" answers that score each level on the shipped risk checklist.
YES_FOR = {RiskLevel.HIGH: 15, RiskLevel.MEDIUM: 11, RiskLevel.STANDARD: 3}


def answers_for(level: RiskLevel | None) -> tuple[Definition, dict[str, object]]:
    """The shipped risk checklist answered to score ``level``; the stalking screen (which
    sets no level) for None. The first item carries a comment and a source."""
    defn, yes = (SCREEN_DEF, 2) if level is None else (RISK_DEF, YES_FOR[level])
    items = [i.id for i in defn.scored_items()]
    answers: dict[str, object] = {i: ("yes" if n < yes else "no") for n, i in enumerate(items)}
    answers[items[0]] = {"answer": answers[items[0]], "comment": "She said so.",
                         "source": "her"}
    return defn, answers


def complete(staff: Staff, ref: str, level: RiskLevel | None, *,
             judgement: Judgement | None = None) -> AssessmentRecord:
    """Complete an assessment through the engine (the only way one is recorded)."""
    defn, answers = answers_for(level)
    return staff.assessments.complete(ref, defn, answers, judgement=judgement)[1]


def dump(vault_dir) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables these services write (to prove a refusal changed nothing)."""
    with Vault.unlock(vault_dir, ADMIN, "admin passphrase for tests 01") as vault:
        return {t: vault.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                for t in ("incidents", "incident_versions", "marac_referrals", "assessments",
                          "checklist_definitions", "assessment_drafts", "cases")}


def case_audit(vault_dir, ref: str) -> list[tuple[str, str]]:
    """The audit entries about case ``ref``: (action, detail)."""
    with Vault.unlock(vault_dir, ADMIN, "admin passphrase for tests 01") as vault:
        return [(e.action, e.detail) for e in audit.entries(vault.conn) if e.target == ref]


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
        complete(cw1, ref, RiskLevel.HIGH)
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
    complete(cw1, ref, RiskLevel.HIGH)
    assert risk_of(cw1, ref) == "high"
    clock.tick()
    complete(cw1, ref, RiskLevel.STANDARD)
    assert risk_of(cw1, ref) == "standard"  # the latest wins, even when lower
    clock.tick()
    screen = complete(cw1, ref, None)
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
    complete(cw1, ref, None)
    assert risk_of(cw1, ref) == "medium"


def test_assessment_reads_as_made_with_one_copy_of_each_definition(as_user, clock,
                                                                   staff_vault_dir):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    made = complete(cw1, ref, RiskLevel.MEDIUM, judgement=Judgement(
        RiskLevel.HIGH, "Extreme fear; no interpreter available."))
    complete(cw1, ref, RiskLevel.MEDIUM)
    assert made.definition_text == RISK_DEF.source_text
    assert made.sha256 == RISK_DEF.sha256
    first = RISK_DEF.scored_items()[0].id
    assert made.answers[first] == {"answer": "yes", "comment": "She said so.", "source": "her"}
    assert made.outcome["score"] == 11 and made.outcome["scored_level"] == "medium"
    assert made.level is RiskLevel.HIGH
    assert made.judgement_level is RiskLevel.HIGH and made.by == "cw1"
    assert made.judgement_reason == "Extreme fear; no interpreter available."
    cw1.session.lock()
    with Vault.unlock(staff_vault_dir, ADMIN, "admin passphrase for tests 01") as vault:
        assert vault.conn.execute(
            "SELECT count(*) FROM checklist_definitions").fetchone()[0] == 1
        # Completed assessments are a record: the database refuses to rewrite one.
        with pytest.raises(Exception, match="not changed"):
            vault.conn.execute("UPDATE assessments SET level = 'standard'")


def _unanswered(answers: dict[str, object]) -> dict[str, object]:
    return dict(list(answers.items())[:5])


@pytest.mark.parametrize(("judgement", "change"), [
    (Judgement(RiskLevel.STANDARD, "lower"), None),                   # never lowers
    (Judgement(RiskLevel.HIGH, ""), None),                             # needs a reason
    (None, _unanswered),                                               # scored items missing
    (None, lambda a: {**a, "not_an_item": "yes"}),                     # not the checklist's
    (None, lambda a: {**a, next(iter(a)): "perhaps"}),                 # not an answer
])
def test_refused_assessments_record_and_audit_nothing(as_user, staff_vault_dir, judgement,
                                                      change):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    cw1.assessments.save_assessment_draft(ref, "risk_identification", {"q1": "yes"})
    before, audited = dump(staff_vault_dir), case_audit(staff_vault_dir, ref)
    defn, answers = answers_for(RiskLevel.MEDIUM)
    with pytest.raises(IntakeError):
        cw1.assessments.complete(ref, defn, change(answers) if change else answers,
                                 judgement=judgement)
    assert dump(staff_vault_dir) == before
    assert case_audit(staff_vault_dir, ref) == audited  # not even the reads are audited


def test_one_id_and_version_never_stands_for_two_definitions(as_user, staff_vault_dir):
    from intake_app.domain.checklists import parse_definition

    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    complete(cw1, ref, RiskLevel.MEDIUM)
    edited = parse_definition(RISK_DEF.source_text.replace(
        "Was she hurt", "Has she been hurt"), "edited-in-place.toml")
    assert (edited.id, edited.version) == (RISK_DEF.id, RISK_DEF.version)
    assert edited.sha256 != RISK_DEF.sha256
    before = dump(staff_vault_dir)
    with pytest.raises(InvalidInput, match="new version number"):
        cw1.assessments.complete(ref, edited, answers_for(RiskLevel.MEDIUM)[1])
    assert dump(staff_vault_dir) == before


# --- drafts ------------------------------------------------------------------------------------

def test_assessment_drafts_survive_reopening_and_go_when_recorded(as_user, open_as, clock):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    draft_id = cw1.assessments.save_assessment_draft(ref, "risk_identification", {"q1": "yes"})
    assert cw1.assessments.save_assessment_draft(
        ref, "risk_identification",
        {"q1": "yes", "q2": {"answer": "no", "comment": "Not since May."}},
    ) == draft_id  # one draft per person, case and checklist
    other = cw1.assessments.save_assessment_draft(ref, "stalking_screen", {"s1": "yes"})
    assert other != draft_id
    cw1.session.lock()  # as the idle lock or a quick exit would
    again = as_user("cw1")
    draft = again.assessments.load_assessment_draft(ref, "risk_identification")
    assert draft is not None and draft.id == draft_id
    assert draft.answers == {"q1": "yes", "q2": {"answer": "no", "comment": "Not since May."}}
    assert {d.checklist_id for d in again.assessments.assessment_drafts(ref)} == {
        "risk_identification", "stalking_screen"}
    # Someone else on the same case sees none of her drafts.
    sup = as_user("sup")
    assert sup.assessments.load_assessment_draft(ref, "risk_identification") is None
    assert sup.assessments.assessment_drafts(ref) == []
    complete(again, ref, RiskLevel.MEDIUM)
    assert again.assessments.load_assessment_draft(ref, "risk_identification") is None
    again.assessments.discard_assessment_draft(ref, "stalking_screen")
    assert again.assessments.assessment_drafts(ref) == []


def test_unstorable_draft_is_refused_and_the_saved_one_kept(as_user):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    cw1.assessments.save_assessment_draft(ref, "risk_identification", {"q1": "yes"})
    with pytest.raises(InvalidInput):
        cw1.assessments.save_assessment_draft(ref, "risk_identification", {"q1": "ye\x00s"})
    draft = cw1.assessments.load_assessment_draft(ref, "risk_identification")
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
        "complete": lambda: complete(staff, ref, RiskLevel.HIGH),
        "list_assessments": lambda: staff.assessments.list_assessments(ref),
        "review_due": lambda: staff.assessments.review_due(ref),
        "save_assessment_draft": lambda: staff.assessments.save_assessment_draft(
            ref, "risk_identification", {"q1": "yes"}),
        "load_assessment_draft": lambda: staff.assessments.load_assessment_draft(
            ref, "risk_identification"),
        "assessment_drafts": lambda: staff.assessments.assessment_drafts(ref),
        "discard_assessment_draft": lambda: staff.assessments.discard_assessment_draft(
            ref, "risk_identification"),
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
    complete(sup, ref, RiskLevel.MEDIUM)
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
    cw1.assessments.save_assessment_draft(ref, "risk_identification",
                                          {"q1": "She fears for her life"})
    made = complete(cw1, ref, RiskLevel.MEDIUM,
                    judgement=Judgement(RiskLevel.HIGH, "Extreme fear"))
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


def test_a_closed_case_takes_no_assessment_draft(as_user, staff_vault_dir):
    cw1 = as_user("cw1")
    ref = cw1.cases.create_case(intake())
    cw1.cases.set_status(ref, CaseStatus.CLOSED)
    before = dump(staff_vault_dir)
    with pytest.raises(CaseClosed):
        cw1.assessments.save_assessment_draft(ref, "risk_identification", {"q1": "yes"})
    assert dump(staff_vault_dir) == before
