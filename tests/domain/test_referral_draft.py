"""DRAFT.json read into a referral draft: each key's problems by code (wrong types, sizes,
control characters, unknown keys, an unknown recipient or class or checklist item), the text
as kept, a round trip through ``as_mapping``, and hypothesis: hostile JSON values anywhere never
crash the reader and always come back as named problems."""

from __future__ import annotations

import json
import unicodedata
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_app.domain.case_model import Sensitivity
from intake_app.domain.checklists import Answer, load_checklists, shipped_checklists_dir
from intake_app.domain.errors import RecordRefused
from intake_app.domain.referrals import (
    LegalBasis,
    ReferralDraft,
    as_mapping,
    default_classes,
    draft_problems,
    parse_draft,
)
from intake_app.domain.referrals.draft import MESSAGES
from intake_app.domain.referrals.model import KEYS, MAX_NAMES
from tests.helpers.referrals import ALL_DONE, CHECKLIST, RESOLVE, TODAY, draft_json


def problems(doc: object) -> dict[str, list[tuple[str, int | None]]]:
    found = draft_problems(doc, resolve=RESOLVE, checklist=CHECKLIST, today=TODAY)
    return {key: [(p.code, p.item) for p in ps] for key, ps in found.items()}


def codes(doc: object) -> dict[str, set[str]]:
    return {key: {code for code, _ in ps} for key, ps in problems(doc).items()}


def parsed(doc: object) -> ReferralDraft:
    return parse_draft(doc, resolve=RESOLVE, checklist=CHECKLIST, today=TODAY)


# --- a good draft ----------------------------------------------------------------------------

def test_a_good_draft_reads_with_its_text_kept_tidy():
    doc = draft_json("agency:northtown-police", purpose="  Report   to the police ",
                     reason="\nShe wants to report the assault.\nToday.  ",
                     classes=["identity", "contact", "immigration"], assessment=4,
                     do_not_tell=[" Her husband ", "His brother"],
                     legal_basis={"basis": " Safeguarding ", "why_no_consent": "Unreachable"})
    d = parsed(doc)
    assert d.recipient == "agency:northtown-police"
    assert d.classes == {Sensitivity.IDENTITY, Sensitivity.CONTACT, Sensitivity.IMMIGRATION}
    assert d.purpose == "Report to the police"
    assert d.reason == "She wants to report the assault.\nToday."
    assert d.assessment == 4 and d.do_not_tell == ("Her husband", "His brother")
    assert d.legal_basis == LegalBasis("Safeguarding", "Unreachable")
    assert d.answers["told_in_language"] == Answer("pl")
    assert d.answer("told_what_and_whom") == "yes" and d.answer("nothing") is None


def test_the_optional_keys_may_be_left_out():
    doc = {k: v for k, v in draft_json().items()
           if k in ("recipient", "classes", "purpose", "reason")}
    d = parsed(doc)
    assert (d.assessment, d.do_not_tell, d.legal_basis, dict(d.answers)) == (None, (), None, {})


def test_as_mapping_reads_back_as_the_same_draft():
    d = parsed(draft_json("agency:northtown-refuge", assessment=9,
                          legal_basis={"basis": "b", "why_no_consent": "w"},
                          answers={**ALL_DONE, "told_what_and_whom": {
                              "answer": "yes", "comment": "Shown the preview",
                              "source": "herself"}}))
    text = json.dumps(as_mapping(d))
    again = parsed(json.loads(text))
    assert again == d
    assert list(as_mapping(d)) == list(KEYS)


def test_the_answers_cannot_be_changed_afterwards():
    d = parsed(draft_json())
    with pytest.raises(TypeError):
        d.answers["told_what_and_whom"] = Answer("no")  # type: ignore[index]


def test_a_draft_starts_from_the_recipients_default_classes():
    police = RESOLVE("kind:police")
    assert default_classes(police) == frozenset(police.receives)
    assert Sensitivity.IMMIGRATION not in default_classes(police)
    assert Sensitivity.HEALTH not in default_classes(police)
    assert Sensitivity.HEALTH in default_classes(RESOLVE("agency:northtown-refuge"))


def test_answers_are_checked_against_the_safe_referral_checklist_only():
    risk = load_checklists(shipped_checklists_dir()).get("risk_identification")
    with pytest.raises(ValueError, match="safe_referral"):
        draft_problems(draft_json(), resolve=RESOLVE, checklist=risk, today=TODAY)


def test_parse_draft_refuses_naming_every_problem():
    with pytest.raises(RecordRefused) as caught:
        parsed(draft_json(purpose="", classes=[]))
    assert set(caught.value.problems) == {"purpose", "classes"}
    assert str(caught.value).startswith("nothing was recorded: classes: ")


# --- the document and its keys ----------------------------------------------------------------

@pytest.mark.parametrize("doc", [[], "draft", None, 7, True, [draft_json()]], ids=repr)
def test_a_document_that_is_not_an_object(doc):
    assert problems(doc) == {"draft": [("not_object", None)]}


def test_missing_keys_are_named():
    assert codes({}) == {k: {"required"} for k in ("recipient", "classes", "purpose", "reason")}


def test_unknown_keys_are_named_shown_safely():
    hostile = "\x1b[2J\u202e" + "k" * 300
    found = problems({**draft_json(), "colour": "red", hostile: 1})
    assert found["colour"] == [("key_unknown", None)]
    (shown,) = (k for k in found if k not in ("colour",))
    assert "\x1b" not in shown and "\u202e" not in shown and len(shown) < 60
    assert found[shown] == [("key_unknown", None)]


# --- each key --------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "code"), [
    (5, "recipient_invalid"), (None, "recipient_invalid"), ("police", "recipient_invalid"),
    ("kind:POLICE", "recipient_invalid"), ("kind:" + "a" * 10**6, "recipient_invalid"),
    ("kind:\x00", "recipient_invalid"), ("kind:lighthouse", "recipient_unknown"),
    ("agency:nowhere", "recipient_unknown"), (["kind:police"], "recipient_invalid"),
])
def test_recipient_problems(value, code):
    assert codes(draft_json(recipient=value)) == {"recipient": {code}}


def test_a_recipient_problem_leaves_the_classes_unjudged_against_it():
    found = codes(draft_json(recipient="kind:lighthouse", classes=["health"]))
    assert found == {"recipient": {"recipient_unknown"}}


@pytest.mark.parametrize(("to", "value", "expected"), [
    ("kind:police", "identity", [("classes_not_list", None)]),
    ("kind:police", {"identity": True}, [("classes_not_list", None)]),
    ("kind:police", [], [("classes_required", None)]),
    ("kind:police", ["identity", "bogus", 3, None], [("class_invalid", 1), ("class_invalid", 2),
                                                     ("class_invalid", 3)]),
    ("kind:police", ["safety_plan"], [("safety_plan", 0)]),
    ("kind:police", ["identity", "health"], [("class_not_received", 1)]),
    ("kind:gp", ["children", "location"], [("class_not_received", 0),
                                           ("class_not_received", 1)]),
    ("kind:police", ["identity"] * 23, [("too_many", None)]),
])
def test_class_problems(to, value, expected):
    assert problems(draft_json(to, classes=value)) == {"classes": expected}


def test_immigration_may_be_named_for_any_recipient_and_the_gate_decides():
    for to in ("kind:police", "agency:northtown-refuge"):
        assert Sensitivity.IMMIGRATION in parsed(draft_json(to, classes=["immigration"])).classes


def test_a_class_named_twice_is_included_once():
    assert parsed(draft_json(classes=["identity", "identity"])).classes == {
        Sensitivity.IDENTITY}


@pytest.mark.parametrize(("key", "value", "code"), [
    ("purpose", "", "purpose_required"), ("purpose", " \u3000 ", "purpose_required"),
    ("purpose", "p" * 501, "too_long"), ("purpose", "two\nlines", "bad_characters"),
    ("purpose", "tab\there", "bad_characters"), ("purpose", 5, "text_required"),
    ("purpose", None, "text_required"), ("purpose", ["p"], "text_required"),
    ("reason", "", "reason_required"), ("reason", "r" * 4001, "too_long"),
    ("reason", "bell\x07", "bad_characters"), ("reason", "half \ud83d", "bad_characters"),
    ("reason", {"text": "r"}, "text_required"),
])
def test_text_problems(key, value, code):
    assert codes(draft_json(**{key: value})) == {key: {code}}


def test_a_reason_may_run_over_lines_and_a_purpose_may_be_in_any_script():
    d = parsed(draft_json(reason="First.\n\tSecond.", purpose="إحالة إلى ملجأ"))
    assert d.reason == "First.\n\tSecond." and d.purpose == "إحالة إلى ملجأ"


@pytest.mark.parametrize("value", [True, False, 0, -1, 1.5, 12.0, "12", [12], {}, 2**63])
def test_assessment_problems(value):
    assert codes(draft_json(assessment=value)) == {"assessment": {"assessment_invalid"}}


def test_an_assessment_id_at_the_largest_sqlite_integer_is_taken():
    assert parsed(draft_json(assessment=2**63 - 1)).assessment == 2**63 - 1


@pytest.mark.parametrize(("value", "expected"), [
    ("Her husband", [("names_not_list", None)]),
    (None, [("names_not_list", None)]),
    (["", "Him"], [("name_required", 0)]),
    (["Him", " him  "], [("name_twice", 1)]),
    (["Him", 5], [("text_required", 1)]),
    (["Line\nbreak"], [("bad_characters", 0)]),
    (["n" * 201], [("too_long", 0)]),
    (["x"] * (MAX_NAMES + 1), [("too_many", None)]),
])
def test_do_not_tell_problems(value, expected):
    assert problems(draft_json(do_not_tell=value)) == {"do_not_tell": expected}


def test_legal_basis_problems():
    assert codes(draft_json(legal_basis="safeguarding")) == {
        "legal_basis": {"legal_basis_invalid"}}
    assert codes(draft_json(legal_basis=[])) == {"legal_basis": {"legal_basis_invalid"}}
    assert codes(draft_json(legal_basis={})) == {
        "legal_basis.basis": {"basis_required"},
        "legal_basis.why_no_consent": {"why_required"}}
    assert codes(draft_json(legal_basis={"basis": " ", "why_no_consent": 3, "by": "me"})) == {
        "legal_basis.basis": {"basis_required"},
        "legal_basis.why_no_consent": {"text_required"},
        "legal_basis.by": {"key_unknown"}}
    assert codes(draft_json(legal_basis={"basis": "b\nc", "why_no_consent": "w" * 2001})) == {
        "legal_basis.basis": {"bad_characters"}, "legal_basis.why_no_consent": {"too_long"}}
    d = parsed(draft_json(legal_basis={"basis": "b", "why_no_consent": "One.\nTwo."}))
    assert d.legal_basis == LegalBasis("b", "One.\nTwo.")


@pytest.mark.parametrize(("answers", "expected"), [
    ([], {"answers": {"answers_not_object"}}),
    ("yes", {"answers": {"answers_not_object"}}),
    ({"nope": "yes"}, {"answers.nope": {"item_unknown"}}),
    ({"consent_given": "yes"}, {"answers.consent_given": {"item_unknown"}}),
    ({"told_what_and_whom": "maybe"}, {"answers.told_what_and_whom": {"answer_yes_no"}}),
    ({"told_what_and_whom": "YES"}, {"answers.told_what_and_whom": {"answer_yes_no"}}),
    ({"told_in_language": "Polish"}, {"answers.told_in_language": {"answer_language"}}),
    ({"contact_rechecked": "2026-13-01"}, {"answers.contact_rechecked": {"answer_date"}}),
    ({"contact_rechecked": "yesterday"}, {"answers.contact_rechecked": {"answer_date"}}),
    ({"contact_rechecked": (TODAY + timedelta(days=1)).isoformat()},
     {"answers.contact_rechecked": {"date_future"}}),
    ({"told_what_and_whom": 1}, {"answers.told_what_and_whom": {"answer_form"}}),
    ({"told_what_and_whom": None}, {"answers.told_what_and_whom": {"answer_form"}}),
    ({"told_what_and_whom": ["yes"]}, {"answers.told_what_and_whom": {"answer_form"}}),
    ({"told_what_and_whom": {"answer": "yes", "x": 1}},
     {"answers.told_what_and_whom": {"answer_form"}}),
    ({"told_what_and_whom": {"comment": "c"}}, {"answers.told_what_and_whom": {"answer_form"}}),
    ({"told_what_and_whom": {"answer": "yes", "comment": 4}},
     {"answers.told_what_and_whom": {"answer_form"}}),
    ({"told_what_and_whom": {"answer": "yes", "comment": "c" * 4001}},
     {"answers.told_what_and_whom": {"answer_note"}}),
    ({"told_what_and_whom": {"answer": "yes", "source": "nul\x00"}},
     {"answers.told_what_and_whom": {"answer_note"}}),
])
def test_answer_problems(answers, expected):
    assert codes(draft_json(answers=answers)) == expected


def test_every_item_takes_dont_know_and_declined_and_a_date_up_to_today():
    for value in ("dont_know", "declined"):
        d = parsed(draft_json(answers={item: value for item in CHECKLIST.item_ids()}))
        assert set(d.answers) == set(CHECKLIST.item_ids())
    assert parsed(draft_json(answers={"contact_rechecked": TODAY.isoformat()})).answer(
        "contact_rechecked") == TODAY.isoformat()


def test_every_message_is_plain_text_without_placeholders():
    assert all("{" not in text for text in MESSAGES.values())


# --- hostile input (hypothesis) -----------------------------------------------------------------

#: Characters of every kind: controls, format characters, surrogates, other scripts.
_ANY_CHAR = st.characters(codec=None, categories=None)
_TEXT = st.one_of(st.text(_ANY_CHAR, max_size=30), st.sampled_from(
    ["", " ", "yes", "kind:police", "agency:northtown-refuge", "identity", "immigration",
     "safety_plan", "told_what_and_whom", "2026-12-01", "pl", "\x00", "\ud800", "x" * 5000]))
_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70),
                     st.floats(allow_nan=True, allow_infinity=True), _TEXT)
JSON = st.recursive(_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=6), st.dictionaries(_TEXT, inner, max_size=6)), max_leaves=25)

_HYPOTHESIS = settings(max_examples=200, deadline=None,
                       suppress_health_check=[HealthCheck.too_slow,
                                              HealthCheck.data_too_large])


def _all_named(found: dict[str, list[tuple[str, int | None]]]) -> None:
    for key, listed in found.items():
        # One line that shows what is there: nothing invisible, nothing that steers a terminal.
        assert isinstance(key, str) and key and len(key) < 500
        assert not any(unicodedata.category(ch) in ("Cc", "Cs", "Cf", "Zl", "Zp") for ch in key)
        for code, _item in listed:
            assert code in MESSAGES


def _outcome(doc: object) -> dict[str, list[tuple[str, int | None]]]:
    found = draft_problems(doc, resolve=RESOLVE, checklist=CHECKLIST, today=TODAY)
    for key, listed in found.items():
        for problem in listed:
            assert problem.key == key and problem.message == MESSAGES[problem.code]
    if not found:
        assert isinstance(parsed(doc), ReferralDraft)
    return {key: [(p.code, p.item) for p in ps] for key, ps in found.items()}


@_HYPOTHESIS
@given(doc=JSON)
def test_any_json_document_is_a_draft_or_named_problems(doc):
    found = _outcome(doc)
    _all_named(found)
    if not isinstance(doc, dict):
        assert found == {"draft": [("not_object", None)]}
    else:
        assert found  # no random document holds a recipient, classes, purpose and reason


@_HYPOTHESIS
@given(key=st.sampled_from(KEYS), value=JSON)
def test_a_hostile_value_at_any_key_is_named_at_that_key(key, value):
    doc = {**draft_json(), key: value}
    found = _outcome(doc)
    _all_named(found)
    assert all(k == key or k.startswith(f"{key}.") for k in found), found


@_HYPOTHESIS
@given(extra=st.dictionaries(_TEXT, JSON, min_size=1, max_size=4))
def test_hostile_extra_keys_are_each_named(extra):
    extra = {k: v for k, v in extra.items() if k not in KEYS}
    found = _outcome({**draft_json(), **extra})
    _all_named(found)
    assert len(found) == len(extra)
    assert all(listed == [("key_unknown", None)] for listed in found.values())


@_HYPOTHESIS
@given(answers=st.dictionaries(st.one_of(_TEXT, st.sampled_from(CHECKLIST.item_ids())), JSON,
                               max_size=6))
def test_hostile_answers_are_named_per_item(answers):
    found = _outcome(draft_json(answers=answers))
    _all_named(found)
    assert all(k == "answers" or k.startswith("answers.") for k in found)
