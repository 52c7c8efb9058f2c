"""The referral's gate, check by check, at its edges: consent for every class and purpose (or a
legal basis, never for immigration), immigration information only with consent for a named
agency, the immigration rule at every ``immigration.status`` value, consent expiring the day
before and after, withdrawal after approval, safe contact checked 6, 7 and 8 days ago, what she
was told, the named assessment; and what each failure says would satisfy it."""

from __future__ import annotations

import json
import string
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from intake_app.domain.answers import DECLINED, NOT_ASKED
from intake_app.domain.case_model import Sensitivity, get_field
from intake_app.domain.consent import ConsentState, Decision
from intake_app.domain.referrals import (
    CHECK_TITLES,
    NEW,
    AssessmentState,
    CheckId,
    GateResult,
    LegalBasis,
    State,
    Status,
    Step,
    check_referral,
    gate_to_dict,
    needed_text,
    transition,
)
from intake_app.domain.referrals.gate import NEEDED_MESSAGES
from tests.helpers.referrals import (
    ALL_DONE,
    PURPOSE,
    TODAY,
    consent,
    consents_for,
    draft,
    gate,
    gate_input,
)

ID, CONTACT, LOC, IMM = (Sensitivity.IDENTITY, Sensitivity.CONTACT, Sensitivity.LOCATION,
                         Sensitivity.IMMIGRATION)
REFUGE, POLICE, GP_FLAGGED = "agency:northtown-refuge", "agency:northtown-police", \
    "agency:riverside-surgery"
BASIS = {"basis": "Safeguarding: a risk to her life", "why_no_consent": "She cannot be "
         "reached safely before the MARAC meets."}


def failed(result: GateResult) -> list[str]:
    return [c.value for c in result.failed]


def needed_key(result: GateResult, check: CheckId) -> str | None:
    needed = result.check(check).needed
    return None if needed is None else needed.key


# --- all of it -------------------------------------------------------------------------------

def test_a_complete_draft_passes_every_check_in_the_issues_order():
    result = gate(draft(assessment=7))
    assert result.passed and result.failed == ()
    assert [c.id for c in result.checks] == list(CheckId)
    assert all(c.passed and c.needed is None for c in result.checks)
    assert set(CHECK_TITLES) == set(CheckId)


def test_checks_that_do_not_concern_the_referral_pass_and_say_so():
    result = gate(draft(), immigration_status="british_irish")
    applies = {c.id: c.applies for c in result.checks}
    assert applies == {CheckId.CONSENT: True, CheckId.IMMIGRATION_CONSENT: False,
                       CheckId.IMMIGRATION_RISK: False, CheckId.SAFE_CONTACT: True,
                       CheckId.TOLD_WHAT_AND_WHOM: True, CheckId.ASSESSMENT: False,
                       CheckId.OWN_WORDS: False}  # the abuser class is included
    assert result.passed


def test_every_failure_at_once_is_reported_with_what_would_satisfy_each():
    d = draft(POLICE, classes=["identity", "immigration"], assessment=3, answers={})
    d = replace(d, reason="Her husband has found her.")
    result = gate(d, consents=(), contact_last_checked=NOT_ASKED, assessment=None,
                  immigration_status=NOT_ASKED)
    assert failed(result) == [c.value for c in CheckId]
    assert [c.needed.key for c in result.checks if c.needed] == [
        "consent_needed", "immigration_consent_needed", "immigration_risk_explained",
        "contact_not_checked", "told_what_and_whom", "assessment_not_found",
        "own_words_name"]


# --- consent ---------------------------------------------------------------------------------

def test_no_consent_fails_naming_every_class_and_its_state():
    d = draft(classes=["location", "identity", "contact"])
    result = gate(d, consents=())
    assert failed(result) == ["consent"]
    needed = result.check(CheckId.CONSENT).needed
    assert needed is not None and needed.key == "consent_needed"
    assert needed.data == {"classes": ["identity", "contact", "location"],  # model order
                           "states": {"identity": "none", "contact": "none",
                                      "location": "none"}}
    assert "\u201cWho she is\u201d, \u201cHow to contact her\u201d, \u201cWhere she and the " \
        "children are\u201d" in \
        needed_text(needed)


def test_consent_to_some_classes_leaves_the_others_named():
    d = draft(classes=["identity", "contact", "location"])
    result = gate(d, consents=(consent(REFUGE, [ID, CONTACT]),))
    needed = result.check(CheckId.CONSENT).needed
    assert needed is not None and needed.data["classes"] == ["location"]


def test_consent_is_for_the_referrals_purpose_whatever_its_spacing_and_case():
    d = draft(classes=["identity"])
    other = consent(REFUGE, [ID], purpose="Counselling")
    assert failed(gate(d, consents=(other,))) == ["consent"]
    same = consent(REFUGE, [ID], purpose="  refuge   SPACE ")
    assert gate(d, consents=(same,)).passed
    assert PURPOSE == "Refuge space"


def test_consent_for_the_kind_covers_its_named_agency():
    d = draft(REFUGE, classes=["identity", "contact"])
    assert gate(d, consents=(consent("kind:refuge", [ID, CONTACT]),)).passed


@pytest.mark.parametrize(("expires_on", "passes", "state"), [
    (TODAY - timedelta(days=1), False, "expired"),  # ran out yesterday
    (TODAY, True, None),                            # holds through its last day
    (TODAY + timedelta(days=1), True, None),        # runs out tomorrow
])
def test_consent_expiring_the_day_before_and_after(expires_on, passes, state):
    d = draft(classes=["identity"])
    record = consent(REFUGE, [ID], expires_on=expires_on, decided_on=TODAY - timedelta(days=30))
    result = gate(d, consents=(record,))
    assert result.passed is passes
    if state:
        needed = result.check(CheckId.CONSENT).needed
        assert needed is not None and needed.data["states"] == {"identity": state}


@pytest.mark.parametrize("decision", [Decision.REFUSED, Decision.WITHDRAWN])
def test_a_later_refusal_or_withdrawal_fails_the_check(decision):
    d = draft(classes=["identity"])
    records = (consent(REFUGE, [ID], decided_on=TODAY - timedelta(days=20)),
               consent(REFUGE, [ID], decision, decided_on=TODAY - timedelta(days=2)))
    needed = gate(d, consents=records).check(CheckId.CONSENT).needed
    assert needed is not None and needed.data["states"] == {"identity": decision.value}


def test_a_legal_basis_stands_in_for_consent_and_names_what_it_carries():
    d = draft(classes=["identity", "contact"], legal_basis=BASIS)
    assert d.legal_basis == LegalBasis(BASIS["basis"], BASIS["why_no_consent"])
    result = gate(d, consents=(consent(REFUGE, [ID]),))
    assert result.passed
    assert result.without_consent == frozenset({CONTACT})
    assert gate(d).without_consent == frozenset()  # consent to both: nothing on the basis


def test_immigration_alone_leaves_the_consent_check_nothing_to_check():
    d = draft(REFUGE, classes=["immigration"])
    check = gate(d, consents=()).check(CheckId.CONSENT)
    assert check.passed and not check.applies
    assert gate(d).passed


def test_a_legal_basis_never_covers_immigration_information():
    d = draft(POLICE, classes=["identity", "immigration"], legal_basis=BASIS)
    result = gate(d, consents=())
    assert failed(result) == ["immigration_consent"]
    assert needed_key(result, CheckId.IMMIGRATION_CONSENT) == "immigration_consent_needed"
    assert result.without_consent == frozenset({ID})


# --- immigration information ------------------------------------------------------------------

def test_immigration_information_to_a_kind_is_never_satisfied_by_consent():
    d = draft("kind:refuge", classes=["identity", "immigration"])
    result = gate(d, consents=(consent("kind:refuge", [ID]),))
    assert failed(result) == ["immigration_consent"]
    assert needed_key(result, CheckId.IMMIGRATION_CONSENT) == "immigration_named_agency"


def test_immigration_information_to_a_named_agency_needs_her_consent_for_it():
    d = draft(REFUGE, classes=["identity", "immigration"])
    assert gate(d).passed
    without = gate(d, consents=(consent(REFUGE, [ID]),))
    assert failed(without) == ["immigration_consent"]
    needed = without.check(CheckId.IMMIGRATION_CONSENT).needed
    assert needed is not None and needed.data == {"state": "none"}
    # Consent to share everything else with the whole kind does not reach immigration.
    broad = gate(d, consents=(consent("kind:refuge", [ID]),))
    assert failed(broad) == ["immigration_consent"]


def test_immigration_consent_withdrawn_fails_the_check():
    d = draft(REFUGE, classes=["identity", "immigration"])
    records = (*consents_for(d), consent(REFUGE, [IMM], Decision.WITHDRAWN,
                                         decided_on=TODAY - timedelta(days=1)))
    result = gate(d, consents=records)
    assert failed(result) == ["immigration_consent"]
    needed = result.check(CheckId.IMMIGRATION_CONSENT).needed
    assert needed is not None and needed.data == {"state": "withdrawn"}


# --- the immigration rule ----------------------------------------------------------------------

STATUS_CHOICES = [c.key for c in get_field("immigration.status").choices]
SECURE = {"british_irish", "settled"}
#: Recipients: may this one pass data to immigration enforcement?
RECIPIENTS = {"kind:police": True, POLICE: True, GP_FLAGGED: True, "kind:gp": False,
              REFUGE: False, "kind:marac": True, "kind:refuge": False}


def test_the_status_values_are_the_case_models():
    assert set(STATUS_CHOICES) > SECURE and len(STATUS_CHOICES) == 11


@pytest.mark.parametrize("status", [*STATUS_CHOICES, DECLINED, NOT_ASKED, None,
                                    "unheard_of_value", date(2026, 1, 1)],
                         ids=repr)
@pytest.mark.parametrize("to", sorted(RECIPIENTS))
def test_the_immigration_rule_at_each_status_value(status, to):
    """Applies exactly when the status is not british_irish or settled (declined, not asked,
    no answer at all and anything unexpected included) and the recipient may pass data on."""
    applies = status not in SECURE and RECIPIENTS[to]
    nothing_told = {k: v for k, v in ALL_DONE.items()
                    if k not in ("told_immigration_risk", "advice_offered")}
    d = draft(to, answers=nothing_told)
    result = gate(d, immigration_status=status)
    check = result.check(CheckId.IMMIGRATION_RISK)
    assert check.applies is applies
    assert check.passed is not applies
    assert result.passed is not applies
    if applies:
        assert check.needed is not None and check.needed.key == "immigration_risk_explained"
        assert check.needed.data == {"items": ["told_immigration_risk", "advice_offered"]}
        assert gate(draft(to), immigration_status=status).passed  # once recorded, it passes


@pytest.mark.parametrize(("answers", "missing"), [
    ({"told_immigration_risk": "no"}, ["told_immigration_risk"]),
    ({"told_immigration_risk": "dont_know"}, ["told_immigration_risk"]),
    ({"told_in_language": "declined"}, ["told_in_language"]),
    ({"told_in_language": "dont_know"}, ["told_in_language"]),
    ({"advice_offered": "declined"}, ["advice_offered"]),
    ({"advice_offered": "no", "told_in_language": "dont_know"},
     ["told_in_language", "advice_offered"]),
])
def test_each_part_of_the_immigration_rule_is_needed(answers, missing):
    d = draft(POLICE, answers={**ALL_DONE, **answers})
    result = gate(d, immigration_status="partner_visa")
    assert failed(result) == ["immigration_risk"]
    needed = result.check(CheckId.IMMIGRATION_RISK).needed
    assert needed is not None and needed.data == {"items": missing}


def test_an_unanswered_language_fails_the_immigration_rule():
    answers = {k: v for k, v in ALL_DONE.items() if k != "told_in_language"}
    result = gate(draft(POLICE, answers=answers), immigration_status=DECLINED)
    needed = result.check(CheckId.IMMIGRATION_RISK).needed
    assert needed is not None and needed.data == {"items": ["told_in_language"]}


# --- safe contact ------------------------------------------------------------------------------

@pytest.mark.parametrize(("days_ago", "passes"), [
    (0, True), (1, True), (6, True), (7, True), (8, False), (400, False)])
def test_safe_contact_checked_within_the_last_7_days(days_ago, passes):
    checked = TODAY - timedelta(days=days_ago)
    result = gate(contact_last_checked=checked)
    assert result.passed is passes
    if not passes:
        needed = result.check(CheckId.SAFE_CONTACT).needed
        assert needed is not None and needed.key == "contact_check_old"
        assert needed.data == {"checked_on": checked.isoformat(), "days": days_ago, "limit": 7}
        assert f"{days_ago} days ago" in needed_text(needed)


def test_a_check_recorded_with_a_time_counts_by_its_day():
    assert gate(contact_last_checked=datetime(2026, 12, 3, 23, 59)).passed  # 7 days
    assert not gate(contact_last_checked=datetime(2026, 12, 2, 0, 1)).passed  # 8 days


def test_a_contact_check_dated_in_the_future_is_a_mistake_to_correct():
    result = gate(contact_last_checked=TODAY + timedelta(days=1))
    assert needed_key(result, CheckId.SAFE_CONTACT) == "contact_check_future"


@pytest.mark.parametrize("answer", [NOT_ASKED, DECLINED, None, "last week", "2026-12-09", ()],
                         ids=repr)
def test_no_contact_check_on_record_fails(answer):
    """Only a recorded date counts: text that could not be read as a date (kept by the case
    for correction) is not one."""
    result = gate(contact_last_checked=answer)
    assert failed(result) == ["safe_contact"]
    assert needed_key(result, CheckId.SAFE_CONTACT) == "contact_not_checked"


# --- what she was told, the assessment --------------------------------------------------------

@pytest.mark.parametrize("answer", [None, "no", "dont_know", "declined"])
def test_she_must_have_been_told_what_is_shared_and_with_whom(answer):
    answers = {k: v for k, v in ALL_DONE.items() if k != "told_what_and_whom"}
    if answer is not None:
        answers["told_what_and_whom"] = answer
    result = gate(draft(answers=answers))
    assert failed(result) == ["told_what_and_whom"]
    needed = result.check(CheckId.TOLD_WHAT_AND_WHOM).needed
    assert needed is not None and needed.data == {"answer": answer}


@pytest.mark.parametrize(("state", "key"), [
    (AssessmentState.COMPLETED, None),
    (AssessmentState.IN_PROGRESS, "assessment_not_completed"),
    (AssessmentState.NOT_FOUND, "assessment_not_found"),
    (None, "assessment_not_found"),  # the caller could not say: not taken as completed
])
def test_the_named_assessment_must_be_completed(state, key):
    result = gate(draft(assessment=12), assessment=state)
    assert needed_key(result, CheckId.ASSESSMENT) == key
    assert result.passed is (key is None)
    if key:
        assert "number 12" in needed_text(result.check(CheckId.ASSESSMENT).needed)


def test_no_assessment_named_needs_none():
    check = gate(draft(), assessment=AssessmentState.NOT_FOUND).check(CheckId.ASSESSMENT)
    assert check.passed and not check.applies


# --- after approval ---------------------------------------------------------------------------

def _approved(result: GateResult) -> Status:
    submitted = transition(NEW, Step.SUBMIT, actor="cw1", author="cw1", gate=result)
    return transition(submitted, Step.APPROVE, actor="sup", author="cw1", gate=result)


def test_a_withdrawal_after_approval_sends_the_referral_back_to_submitted():
    d = draft(classes=["identity", "contact"])
    given = consents_for(d)
    status = _approved(gate(d, consents=given))
    assert status.state is State.APPROVED
    withdrawn = (*given, consent(REFUGE, [CONTACT], Decision.WITHDRAWN,
                                 decided_on=TODAY))
    later = gate(d, consents=withdrawn)
    back = transition(status, Step.RECHECK, actor="sup", author="cw1", gate=later)
    assert back == Status(State.SUBMITTED, failed_checks=("consent",))
    assert back.sent_back


def test_consent_expiring_after_approval_sends_it_back_on_the_next_recheck():
    d = draft(classes=["identity"])
    records = (consent(REFUGE, [ID], expires_on=TODAY + timedelta(days=1)),)
    status = _approved(gate(d, consents=records))
    tomorrow = gate(d, consents=records, today=TODAY + timedelta(days=1))
    assert transition(status, Step.RECHECK, actor="sup", author="cw1",
                      gate=tomorrow) is status  # still holds on its last day
    after = gate(d, consents=records, today=TODAY + timedelta(days=2))
    assert transition(status, Step.RECHECK, actor="sup", author="cw1",
                      gate=after).failed_checks == ("consent",)


def test_contact_not_rechecked_since_approval_sends_it_back():
    status = _approved(gate(contact_last_checked=TODAY))
    week_later = gate(contact_last_checked=TODAY, today=TODAY + timedelta(days=8))
    back = transition(status, Step.RECHECK, actor="sup", author="cw1", gate=week_later)
    assert back.state is State.SUBMITTED and back.failed_checks == ("safe_contact",)


# --- input, words and JSON ---------------------------------------------------------------------

def test_the_recipient_given_must_be_the_drafts():
    from intake_app.domain.agencies import recipient_of
    from tests.helpers.referrals import DIRECTORY

    with pytest.raises(ValueError, match="recipient"):
        gate_input(draft(REFUGE), recipient=recipient_of(DIRECTORY, POLICE))


def test_every_needed_message_takes_only_the_data_it_is_given():
    for key, message in NEEDED_MESSAGES.items():
        fields = {name for _, name, _, _ in string.Formatter().parse(message) if name}
        assert fields <= {"classes", "checked_on", "days", "limit", "assessment", "names"}, key


def test_needed_text_goes_through_the_translator_with_literal_contexts():
    seen: list[tuple[str, str]] = []

    def tr(context: str, text: str) -> str:
        seen.append((context, text))
        return text.upper().replace("{CLASSES}", "{classes}")

    needed = gate(draft(classes=["identity"]), consents=()).check(CheckId.CONSENT).needed
    assert needed is not None
    shown = needed_text(needed, tr)
    assert shown.startswith("HER CONSENT TO SHARE \u201cWHO SHE IS\u201d")
    assert ("Consent", "Who she is") in seen
    assert ("Referral", NEEDED_MESSAGES["consent_needed"]) in seen


def test_check_json_is_the_documented_shape():
    d = draft(classes=["identity"])
    result = gate(d, consents=(), contact_last_checked=TODAY - timedelta(days=8))
    out = json.loads(json.dumps(gate_to_dict(result)))
    assert out["passed"] is False
    assert [set(c) for c in out["checks"]] == [{"id", "passed", "needed"}] * len(CheckId)
    by_id = {c["id"]: c for c in out["checks"]}
    assert by_id["told_what_and_whom"] == {"id": "told_what_and_whom", "passed": True,
                                           "needed": None}
    contact = by_id["safe_contact"]["needed"]
    assert contact["key"] == "contact_check_old"
    assert contact["data"] == {"checked_on": "2026-12-02", "days": 8, "limit": 7}
    assert "2026-12-02, 8 days ago" in contact["message"]
    assert by_id["consent"]["needed"]["data"]["states"] == {"identity": "none"}
    assert json.loads(json.dumps(gate_to_dict(gate())))["passed"] is True


def test_the_gate_is_pure():
    given = gate_input(draft(), consents=())
    assert check_referral(given) == check_referral(given)
    assert ConsentState.NONE.value == "none"
