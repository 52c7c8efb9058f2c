"""Text that cannot be stored or searched, through the case service on real vaults: a pasted
NUL or escape character, a lone surrogate. A search drops them; a stored answer (case, edit,
draft) is refused with UnstorableText and nothing is written."""

from __future__ import annotations

import pytest

from intake_app.domain.case_record import CaseFilter
from intake_app.domain.errors import UnstorableText, ValidationFailed
from intake_app.domain.text_rules import clean_query, escaped, unusable_character
from intake_app.services.cases import CaseService
from intake_app.services.session import Session
from intake_app.vault import audit
from tests.services.test_cases import intake

BAD = ["\x00", "\ud800", "\x1b[2J", "\x07", "\x7f", "\x9b"]


@pytest.fixture
def cw1(open_as) -> CaseService:
    return CaseService(Session(open_as("cw1")))


def stored_state(service: CaseService) -> tuple[int, int, int]:
    conn = service.vault.current.conn
    return (service.count(), len(service.list_drafts()), len(audit.entries(conn)))


@pytest.mark.parametrize("typed", ["Am\x00ina", "\x00amina", "ami\ud800", "Ami\x1bna",
                                   "amina\tokafor", "amina\nokafor"])
def test_search_drops_control_characters_and_surrogates(cw1, typed):
    wanted = cw1.create_case(intake("Amina Okafor"))
    cw1.create_case(intake("Zofia Dabrowska"))
    found = cw1.rows_for(cw1.search(typed))
    assert [r.reference for r in found] == [wanted]
    assert cw1.list_ids(CaseFilter(text=typed)) == cw1.search(typed)
    assert cw1.count(CaseFilter(text=typed)) == 1


@pytest.mark.parametrize("typed", ["\x00", "\ud800", "\x1b\x00"])
def test_a_search_of_only_invisible_characters_finds_nothing_and_does_not_fail(cw1, typed):
    cw1.create_case(intake())
    assert cw1.list_ids(CaseFilter(text=typed)) == []


@pytest.mark.parametrize("bad", BAD)
def test_create_refuses_unstorable_text_and_stores_nothing(cw1, bad):
    before = stored_state(cw1)
    with pytest.raises(UnstorableText) as info:
        cw1.create_case(intake(f"Amina{bad}Okafor"))
    assert isinstance(info.value, ValidationFailed)  # the forms already show those per field
    assert [p.code for p in info.value.problems["survivor.names"]] == ["bad_characters"]
    assert stored_state(cw1) == before


@pytest.mark.parametrize("bad", BAD)
def test_save_draft_refuses_unstorable_text_and_stores_nothing(cw1, bad):
    before = stored_state(cw1)
    with pytest.raises(UnstorableText):
        cw1.save_draft(intake(f"Amina{bad}"))
    assert stored_state(cw1) == before
    # An existing draft is not changed either.
    draft = cw1.save_draft(intake("Amina"))
    with pytest.raises(UnstorableText):
        cw1.save_draft(intake(f"Amina{bad}"), draft_id=draft)
    assert cw1.load_draft(draft).values["survivor.names"] == "Amina"


@pytest.mark.parametrize("bad", ["\x00", "\ud800"])
def test_edits_and_case_drafts_refuse_unstorable_text(cw1, bad):
    ref = cw1.create_case(intake())
    before = stored_state(cw1)
    with pytest.raises(UnstorableText):
        cw1.update_case(ref, {"abuse.summary": f"line one\n{bad}"})
    with pytest.raises(UnstorableText):
        cw1.save_draft({"abuse.summary": bad}, case_ref=ref)
    assert stored_state(cw1) == before
    assert "abuse.summary" not in cw1.get_case(ref).values


def test_list_items_and_choices_are_checked_too(cw1):
    phones = ({"number": "07700 900123", "notes": "after 6\x00pm"},)
    with pytest.raises(UnstorableText) as info:
        cw1.create_case(intake(contact__phones=phones))
    (problem,) = info.value.problems["contact.phones"]
    assert (problem.item, problem.subkey) == (0, "notes")
    with pytest.raises(UnstorableText):
        cw1.save_draft(intake(referral__source="self\x00"))


def test_multiline_answers_keep_tabs_and_line_breaks_single_line_answers_do_not(cw1):
    ref = cw1.create_case(intake(abuse__summary="first\n\tindented second"))
    assert cw1.get_case(ref).values["abuse.summary"] == "first\n\tindented second"
    with pytest.raises(UnstorableText):
        cw1.create_case(intake("Amina\nOkafor"))  # a name is one line


def test_validate_reports_the_problem_beside_the_field_without_storing(cw1):
    problems = cw1.validate(intake("Ami\ud800na"))
    assert [p.code for p in problems["survivor.names"]] == ["bad_characters"]
    assert all(p.blocking for p in problems["survivor.names"])


def test_format_characters_used_by_real_names_are_stored():
    # Persian names need the zero-width non-joiner; Arabic text may carry direction marks.
    assert unusable_character("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645") is None
    assert unusable_character("\u200fAmina") is None


def test_text_rules_directly():
    assert unusable_character("a\tb", multiline=True) is None
    assert unusable_character("a\tb") == "\t"
    assert unusable_character("a\rb", multiline=True) == "\r"
    assert clean_query("Am\x00ina\tOk\ud800afor") == "Amina Okafor"
    assert escaped("team\nforged line\x1b[31m\u202e") == "team\\nforged line\\x1b[31m\\u202e"
