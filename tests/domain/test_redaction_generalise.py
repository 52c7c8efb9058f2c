"""The recipient's generalisations (``domain/redaction/generalise.py``): an age for a date of
birth, the postcode district for the address, a phone number only where it is safe to call,
each at its edges and in the view; and a generalisation that cannot be applied as declared
refused with a clear error rather than the field sent in full."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from intake_app.domain.agencies import GENERALISATIONS, Generalisation, Recipient
from intake_app.domain.answers import DECLINED, NOT_ASKED, Answer, Tri
from intake_app.domain.case_model import Sensitivity, field_paths
from intake_app.domain.consent import SHAREABLE_CLASSES
from intake_app.domain.errors import GeneralisationInvalid
from intake_app.domain.redaction import (
    AGE_LABEL,
    AGE_RULE,
    DISTRICT_LABEL,
    DISTRICT_RULE,
    SAFE_PHONES_RULE,
    ListRows,
    RedactedView,
    RedactionInput,
    Row,
    age_on,
    postcode_district,
    redact,
    rules_for,
)
from tests.helpers.redaction import TODAY, recipient

ALL = frozenset(SHAREABLE_CLASSES)


def with_rules(*rules: str, ref: str = "kind:refuge") -> Recipient:
    """A shipped recipient whose kind declares exactly ``rules``."""
    base = recipient(ref)
    return replace(base, kind=replace(base.kind, generalises=rules))


def view(answers: dict[str, Answer], to: Recipient) -> RedactedView:
    return redact(RedactionInput(answers, to, ALL, (), True, TODAY))


def rows(v: RedactedView, path: str) -> list[Row]:
    return [r for r in v.rows() if r.path == path]


# --- age ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("born", "today", "age"), [
    (date(1990, 6, 15), date(2026, 6, 15), 36),  # the birthday itself
    (date(1990, 6, 16), date(2026, 6, 15), 35),  # the day before it
    (date(1990, 6, 14), date(2026, 6, 15), 36),
    (date(1990, 12, 31), date(2027, 1, 1), 36),
    (date(2004, 2, 29), date(2026, 2, 28), 21),  # a leap-day birthday comes on 1 March
    (date(2004, 2, 29), date(2026, 3, 1), 22),
    (date(2004, 2, 29), date(2028, 2, 29), 24),
    (date(2026, 6, 15), date(2026, 6, 15), 0),  # born today
    (date(2026, 6, 16), date(2026, 6, 15), None),  # after today: no age at all
])
def test_age_in_whole_years(born, today, age) -> None:
    assert age_on(born, today) == age


def test_a_date_of_birth_leaves_only_as_an_age() -> None:
    to = with_rules(AGE_RULE)
    abuser = {"name": "Y", "date_of_birth": date(1980, 1, 1)}
    v = view({"survivor.date_of_birth": date(1990, 6, 16), "abuser.people": (abuser,)}, to)
    assert [(r.label, r.text) for r in rows(v, "survivor.date_of_birth")] == [(AGE_LABEL, "35")]
    assert [(r.label, r.text) for r in rows(v, "abuser.people.date_of_birth")] == \
        [(AGE_LABEL, "46")]
    dump = str(v.as_mapping())
    assert "16/06/1990" not in dump and "01/01/1980" not in dump and "1990" not in dump
    # without the rule the date itself goes
    plain = view({"survivor.date_of_birth": date(1990, 6, 16)}, with_rules())
    assert [r.text for r in rows(plain, "survivor.date_of_birth")] == ["16/06/1990"]


@pytest.mark.parametrize("stored", ["16/06/19990", "1990", "sometime in the eighties",
                                    date(2027, 1, 1)])
def test_a_date_of_birth_that_gives_no_true_age_gives_nothing(stored) -> None:
    v = view({"survivor.date_of_birth": stored, "survivor.names": "A"}, with_rules(AGE_RULE))
    assert rows(v, "survivor.date_of_birth") == []
    assert "sometime" not in str(v.as_mapping()) and "1990" not in str(v.as_mapping())


def test_a_declined_date_of_birth_says_so_and_a_stored_moment_counts_as_its_day() -> None:
    v = view({"survivor.date_of_birth": DECLINED}, with_rules(AGE_RULE))
    assert [(r.label, r.text) for r in rows(v, "survivor.date_of_birth")] == \
        [(AGE_LABEL, "Declined to answer")]
    v = view({"survivor.date_of_birth": datetime(1990, 6, 15, 23, 0)},  # type: ignore[dict-item]
             with_rules(AGE_RULE))
    assert [r.text for r in rows(v, "survivor.date_of_birth")] == ["36"]


# --- postcode district -------------------------------------------------------------------------

@pytest.mark.parametrize(("postcode", "district"), [
    ("SW1A 1AA", "SW1A"), ("sw1a1aa", "SW1A"), ("  sw1a   1aa ", "SW1A"), ("M1 1AE", "M1"),
    ("M11AE", "M1"), ("B33 8TH", "B33"), ("CR2 6XH", "CR2"), ("DN55 1PT", "DN55"),
    ("W1A 0AX", "W1A"), ("EC1A 1BB", "EC1A"), ("SW1A", "SW1A"), ("ls6", "LS6"),
])
def test_the_district_is_the_outward_code(postcode, district) -> None:
    assert postcode_district(postcode) == district


@pytest.mark.parametrize("odd", [
    "", "   ", "12345", "SW1A 1A", "SW1A 1AAA", "not known", "ＳＷ1A 1AA", "SW1A 1AA X",
    "1SW 1AA", "SWW1 1AA", "SW1A-1AA", "GIR 0AA", "S", "SW1A\n1AA extra",
])
def test_anything_that_is_not_a_postcode_gives_no_district(odd) -> None:
    assert postcode_district(odd) is None


def test_the_address_leaves_only_as_its_district() -> None:
    to = with_rules(DISTRICT_RULE)
    answers: dict[str, Answer] = {"address.current": "Flat 2, 7 Hidden Road",
                                  "address.postcode": "SW1A 1AA", "address.type": "refuge"}
    v = view(answers, to)
    location = v.section("address")
    assert location is not None
    assert [(i.path, i.label, getattr(i, "text", None)) for i in location.items] == [
        ("address.postcode", DISTRICT_LABEL, "SW1A"),  # where the address would have been
        ("address.type", location.items[1].label, "Refuge")]
    dump = str(v.as_mapping())
    assert "Hidden Road" not in dump and "1AA" not in dump
    # a missing or unreadable postcode gives no row, and the address still never leaves
    for postcode in (NOT_ASKED, "unknown", ""):
        other = dict(answers, **{"address.postcode": postcode})
        v = view(other, to)
        assert rows(v, "address.postcode") == [] and rows(v, "address.current") == []
        assert "Hidden Road" not in str(v.as_mapping())
    declined = view(dict(answers, **{"address.postcode": DECLINED}), to)
    assert [(r.label, r.text) for r in rows(declined, "address.postcode")] == \
        [(DISTRICT_LABEL, "Declined to answer")]
    # without the rule both go as stored
    plain = view(answers, with_rules())
    assert [r.text for r in rows(plain, "address.current")] == ["Flat 2, 7 Hidden Road"]
    assert [r.text for r in rows(plain, "address.postcode")] == ["SW1A 1AA"]


def test_no_district_when_location_is_not_shared() -> None:
    v = redact(RedactionInput({"address.postcode": "SW1A 1AA"}, with_rules(DISTRICT_RULE),
                              ALL - {Sensitivity.LOCATION}, (), True, TODAY))
    assert rows(v, "address.postcode") == [] and "SW1A" not in str(v.as_mapping())


# --- phones ------------------------------------------------------------------------------------

PHONES: tuple[dict[str, Answer], ...] = (
    {"number": "0700 000001", "safe_to_call": Tri.YES},
    {"number": "0700 000002", "safe_to_call": Tri.NO},
    {"number": "0700 000003", "safe_to_call": Tri.UNSURE},
    {"number": "0700 000004"},
    {"number": "0700 000005", "safe_to_call": DECLINED},
    {"number": "0700 000006", "safe_to_call": "yes"},  # text, not the answer "yes"
    {"number": "0700 000007", "safe_to_call": Tri.YES, "safe_to_text": Tri.NO,
     "notes": "Only after 6pm"},
)


def test_a_phone_goes_only_when_it_is_safe_to_call() -> None:
    v = view({"contact.phones": PHONES}, with_rules(SAFE_PHONES_RULE))
    (phones,) = [i for i in v.sections[0].items if i.path == "contact.phones"]
    assert isinstance(phones, ListRows)
    numbers = [r.text for record in phones.records for r in record if r.label.source == "Number"]
    assert numbers == ["0700 000001", "0700 000007"]
    dump = str(v.as_mapping())
    assert all(f"00000{n}" not in dump for n in range(2, 7))
    assert "Only after 6pm" in dump  # a kept record keeps its other sub-fields
    plain = view({"contact.phones": PHONES}, with_rules())
    assert all(f"00000{n}" in str(plain.as_mapping()) for n in range(1, 8))


def test_no_phone_safe_to_call_gives_no_phone_list() -> None:
    v = view({"contact.phones": PHONES[1:6], "contact.code_word": "Bluebell"},
             with_rules(SAFE_PHONES_RULE))
    assert [i.path for s in v.sections for i in s.items] == ["contact.code_word"]


# --- a generalisation that cannot be applied ---------------------------------------------------

def test_the_shipped_generalisations_name_declared_fields_and_apply() -> None:
    declared = set(field_paths())
    for rule in GENERALISATIONS.values():
        assert set(rule.fields) <= declared, rule.id
    rules = rules_for(GENERALISATIONS)
    assert rules.ages == {"survivor.date_of_birth", "abuser.people.date_of_birth"}
    assert rules.district == ("address.current", "address.postcode")
    assert rules.safe_phones == {"contact.phones"}


def _table(rule: str, *fields: str) -> dict[str, Generalisation]:
    return {rule: Generalisation(rule, fields, "words")}


@pytest.mark.parametrize(("table", "rule", "words"), [
    (_table(AGE_RULE, "survivor.date_of_birth", "survivor.birthday"), AGE_RULE,
     "'survivor.birthday' is not a field of the case model"),
    (_table(AGE_RULE, "abuser.people.birthday"), AGE_RULE,
     "'abuser.people.birthday' is not a field of the case model"),
    (_table(AGE_RULE, "survivor.names"), AGE_RULE, "'survivor.names' is not a date"),
    (_table(DISTRICT_RULE, "address.current"), DISTRICT_RULE, "must name 'address.postcode'"),
    (_table(DISTRICT_RULE, "address.postcode", "abuser.people.address"), DISTRICT_RULE,
     "'abuser.people.address' is not a whole field"),
    (_table(DISTRICT_RULE, "address.postcode", "address.flat"), DISTRICT_RULE,
     "'address.flat' is not a field of the case model"),
    (_table(SAFE_PHONES_RULE, "contact.email"), SAFE_PHONES_RULE,
     "'contact.email' is not a list of phone numbers"),
    (_table(SAFE_PHONES_RULE), SAFE_PHONES_RULE, "names no field"),
    (_table("blur_the_face", "survivor.names"), "blur_the_face", "cannot apply it"),
    ({}, AGE_RULE, "not a generalisation this app knows"),
    ({AGE_RULE: Generalisation(AGE_RULE, ("survivor.date_of_birth",), "w"),
      DISTRICT_RULE: Generalisation(DISTRICT_RULE, ("address.postcode",
                                                    "survivor.date_of_birth"), "w")},
     DISTRICT_RULE, "already generalised by 'date_of_birth_to_age'"),
])
def test_a_generalisation_that_cannot_apply_is_refused(table, rule, words) -> None:
    ids = list(table) or [rule]
    with pytest.raises(GeneralisationInvalid) as caught:
        rules_for(ids, table)
    assert caught.value.rule == rule and words in str(caught.value)


def test_a_recipient_declaring_an_unknown_rule_gets_no_view() -> None:
    with pytest.raises(GeneralisationInvalid):
        view({"survivor.names": "A"}, with_rules("blur_the_face"))
