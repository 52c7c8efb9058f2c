"""The view's walk and shape (``domain/redaction/build.py``, ``view.py``): the people who
must not be told, the one fixed not-shared statement (the same for an empty case and a full
one), retired keys never read, a sub-field needing its own class and its list's, what an
unanswered or declined field gives, values through the translate function passed in, and the
JSON form."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from intake_app.domain.answers import DECLINED, NOT_ASKED, Answer, Tri
from intake_app.domain.case_model import FIELDS, Sensitivity
from intake_app.domain.consent import SHAREABLE_CLASSES, ConsentRecord
from intake_app.domain.i18n import Wording
from intake_app.domain.redaction import (
    DO_NOT_TELL_LABEL,
    THIS_REFERRAL,
    Label,
    ListRows,
    RedactedView,
    RedactionInput,
    Row,
    redact,
)
from tests.helpers.redaction import (
    RETIRED_KEY,
    RETIRED_SUB,
    TODAY,
    canary_case,
    marker,
    recipient,
    record,
)

ALL = frozenset(SHAREABLE_CLASSES)
ABUSER, CHILDREN, LOC = Sensitivity.ABUSER, Sensitivity.CHILDREN, Sensitivity.LOCATION
UNNAMED = "The person or people who harmed her (details not shared)"


def build(answers: dict[str, Answer], *, to: str = "kind:refuge",
          classes: frozenset[Sensitivity] = ALL, records: tuple[ConsentRecord, ...] = (),
          legal_basis: bool = True, **extra: object) -> RedactedView:
    return redact(RedactionInput(answers, recipient(to), classes, records, legal_basis, TODAY,
                                 **extra))  # type: ignore[arg-type]


def dump(view: RedactedView) -> str:
    return json.dumps(view.as_mapping(), ensure_ascii=False)


# --- the people who must not be told -----------------------------------------------------------

def test_named_only_when_the_abuser_class_is_shared() -> None:
    names = (" Tariq Okafor ", "", "  ", "His brother Sam")
    shared = build({}, do_not_tell=names)
    assert shared.do_not_tell is not None
    assert shared.do_not_tell.named and shared.do_not_tell.lines == ("Tariq Okafor",
                                                                     "His brother Sam")
    withheld = build({}, classes=ALL - {ABUSER}, do_not_tell=names)
    assert withheld.do_not_tell is not None and not withheld.do_not_tell.named
    assert withheld.do_not_tell.lines == (UNNAMED,)
    assert withheld.do_not_tell.label == DO_NOT_TELL_LABEL
    assert "Tariq" not in dump(withheld) and "Sam" not in dump(withheld)


def test_the_unnamed_line_stands_whether_or_not_anyone_is_named() -> None:
    """Otherwise its presence would say the referral names someone."""
    none = build({}, classes=ALL - {ABUSER})
    some = build({}, classes=ALL - {ABUSER}, do_not_tell=("Tariq",))
    assert none.do_not_tell == some.do_not_tell
    # with the abuser class shared and nobody named there is nothing to say
    assert build({}).do_not_tell is None


def test_the_abuser_withheld_by_consent_keeps_the_names_back_too() -> None:
    """The class decides, however it came to be withheld: here no legal basis and no consent
    for the abuser class."""
    records = (record("kind:refuge", *(ALL - {ABUSER, Sensitivity.IMMIGRATION})),)
    v = build({}, records=records, legal_basis=False, do_not_tell=("Tariq",))
    assert v.do_not_tell is not None and v.do_not_tell.lines == (UNNAMED,)
    assert "Tariq" not in dump(v)


# --- the one fixed statement -------------------------------------------------------------------

@pytest.mark.parametrize("classes", [ALL, ALL - {ABUSER}, frozenset({Sensitivity.IDENTITY}),
                                     frozenset()])
def test_the_statement_is_the_same_for_an_empty_case_and_a_full_one(classes) -> None:
    empty, full = build({}, classes=classes), build(canary_case(), classes=classes)
    assert empty.not_shared == full.not_shared
    assert empty.not_shared.text == full.not_shared.text != ""
    assert (empty.sections == () and full.sections != ()) or not classes


def test_the_statement_names_every_class_not_shared_in_words() -> None:
    v = build({}, classes=ALL - {CHILDREN})
    # immigration goes to no kind: it is named too, though no one asked for it to be withheld
    assert v.not_shared.classes == (Sensitivity.IMMIGRATION, CHILDREN)
    assert v.not_shared.text == ("This referral does not include the following, whether or not "
                                 "we hold any: Immigration; The children.")
    adviser = "agency:regulated-immigration-adviser-north"
    every = build({}, to=adviser, records=(record(adviser, *SHAREABLE_CLASSES),),
                  legal_basis=False)
    adviser_gets = set(recipient(adviser).receives) | {Sensitivity.IMMIGRATION}
    assert set(every.not_shared.classes) == ALL - adviser_gets


def test_when_everything_is_shared_the_statement_says_so() -> None:
    """Only a recipient that receives every class could; a made-up kind shows the words."""
    from dataclasses import replace

    base = recipient("agency:refuge-north")
    everything = replace(base, kind=replace(base.kind, receives=tuple(
        c for c in SHAREABLE_CLASSES if c is not Sensitivity.IMMIGRATION)))
    v = redact(RedactionInput({}, everything, ALL, (record(base.ref, *ALL),), False, TODAY))
    assert v.not_shared.classes == ()
    assert v.not_shared.text == "This referral may include every kind of information we hold."


# --- the walk ----------------------------------------------------------------------------------

def test_retired_keys_are_never_read() -> None:
    answers = canary_case()
    assert RETIRED_KEY in answers
    v = build(answers)
    assert marker(RETIRED_KEY) not in dump(v) and RETIRED_SUB not in dump(v)
    assert all(path.split(".")[-1] != RETIRED_SUB for path in v.paths())
    declared = {f.key for f in FIELDS} | {f"{f.key}.{s.key}" for f in FIELDS for s in f.subfields}
    assert v.paths() <= declared


def test_a_sub_field_needs_its_own_class_and_its_lists() -> None:
    child = {"name": "Ada", "school": "Hill Street Primary", "lives_with_her": Tri.YES}
    no_location = build({"household.children": (child,)}, classes=ALL - {LOC})
    assert "Ada" in dump(no_location) and "Hill Street" not in dump(no_location)
    assert "household.children.lives_with_her" not in no_location.paths()
    no_children = build({"household.children": (child,)}, classes=ALL - {CHILDREN})
    assert "Ada" not in dump(no_children) and "Hill Street" not in dump(no_children)
    assert no_children.sections == ()
    abuser = {"name": "Tariq", "address": "14 Mill Lane"}
    no_location = build({"abuser.people": (abuser,)}, classes=ALL - {LOC})
    assert "Tariq" in dump(no_location) and "Mill Lane" not in dump(no_location)


def test_a_record_with_nothing_left_is_left_out() -> None:
    children = ({"school": "Hill Street Primary"}, {"name": "Ada"}, {}, "not a record")
    v = build({"household.children": children}, classes=ALL - {LOC})  # type: ignore[dict-item]
    (item,) = v.sections[0].items
    assert isinstance(item, ListRows) and [[r.text for r in rec] for rec in item.records] == \
        [["Ada"]]


def test_unanswered_gives_no_row_and_declined_is_said() -> None:
    v = build({"survivor.names": "Amina", "survivor.pronouns": "  ", "survivor.aliases": "",
               "survivor.gender": NOT_ASKED, "survivor.languages": DECLINED,
               "household.children": DECLINED, "abuser.people": (),
               "abuse.forms": ()})
    assert [(r.path, r.text) for r in v.rows()] == [
        ("survivor.names", "Amina"), ("survivor.languages", "Declined to answer"),
        ("household.children", "Declined to answer")]
    assert [s.id for s in v.sections] == ["identity", "household"]


def test_sections_follow_the_case_model_and_the_referrals_own_words_come_first() -> None:
    v = build({"notes.free": "n", "survivor.names": "A", "contact.code_word": "c"},
              purpose=" Safety planning ", reason="She asked for a refuge space.")
    assert [s.id for s in v.sections] == [THIS_REFERRAL, "identity", "contact", "notes"]
    assert [(r.path, r.text) for r in v.sections[0].items if isinstance(r, Row)] == [
        ("this_referral.purpose", "Safety planning"),
        ("this_referral.reason", "She asked for a refuge space.")]
    assert build({}).section(THIS_REFERRAL) is None


# --- words and shape ---------------------------------------------------------------------------

def shout(context: str, text: str) -> str:
    """Upper case, placeholders kept (as a translation the app accepts keeps them)."""
    parts = re.split(r"(\{[^}]*\})", text)
    return f"<{context}>" + "".join(p if p.startswith("{") else p.upper() for p in parts)


def test_a_translation_that_breaks_a_placeholder_is_not_used() -> None:
    def broken(context: str, text: str) -> str:
        return text.replace("{classes}", "{klassen}").upper()

    v = redact(RedactionInput({}, recipient("kind:refuge"), ALL, (), True, TODAY), broken)
    assert v.not_shared.text == ("This referral does not include the following, whether or not "
                                 "we hold any: IMMIGRATION.")
    assert v.without_consent.text.startswith("Shared without her consent")


def test_values_and_statements_go_through_the_translate_function_labels_stay_labels() -> None:
    v = redact(RedactionInput({"survivor.interpreter_needed": Tri.YES,
                               "referral.source": "police",
                               "referral.date": date(2026, 5, 1)},
                              recipient("kind:refuge"), ALL - {ABUSER}, (), True, TODAY),
               shout)
    texts = {r.path: r.text for r in v.rows()}
    assert texts == {"survivor.interpreter_needed": "<CaseFields>YES",
                     "referral.source": "<CaseFields>POLICE", "referral.date": "01/05/2026"}
    label = next(r.label for r in v.rows() if r.path == "referral.source")
    assert label == Label("CaseFields", "Referred by")
    assert label.shown(shout) == "<CaseFields>REFERRED BY"
    assert v.not_shared.text.startswith("<Redaction>THIS REFERRAL")
    assert "<Consent>THE ABUSER" in v.not_shared.text
    assert v.do_not_tell is not None and v.do_not_tell.lines == (f"<Redaction>{UNNAMED.upper()}",)
    assert v.recipient_name == "<Agency:refuge>REFUGE"


def test_the_recipient_is_named_as_the_directory_names_it() -> None:
    assert build({}, to="agency:refuge-north").recipient_name == "North Refuge"
    from dataclasses import replace

    base = recipient("kind:refuge")
    own = replace(base, kind=replace(base.kind, name=Wording("Refuge", {"pl": "Schronisko"})))
    v = redact(RedactionInput({}, own, ALL, (), True, TODAY), language="pl_PL")
    assert v.recipient_name == "Schronisko"


def test_the_json_form_holds_the_whole_view() -> None:
    v = build({"survivor.names": "Amina", "contact.phones": (
        {"number": "0700 000001", "safe_to_call": Tri.YES},)}, classes=ALL - {ABUSER},
        purpose="Refuge space")
    mapping = json.loads(json.dumps(v.as_mapping(shout)))
    assert set(mapping) == {"recipient", "recipient_name", "prepared_on", "sections",
                            "do_not_tell", "not_shared", "without_consent"}
    assert mapping["recipient"] == "kind:refuge" and mapping["prepared_on"] == "2026-06-15"
    identity = next(s for s in mapping["sections"] if s["id"] == "identity")
    assert identity["title"] == {"context": "CaseFields", "source": "About her",
                                 "text": "<CaseFields>ABOUT HER"}
    assert identity["items"] == [{"path": "survivor.names", "label": {
        "context": "CaseFields", "source": "Name", "text": "<CaseFields>NAME"},
        "text": "Amina"}]
    contact = next(s for s in mapping["sections"] if s["id"] == "contact")
    assert [r["text"] for r in contact["items"][0]["records"][0]] == ["0700 000001", "Yes"]
    assert mapping["not_shared"]["classes"] == ["immigration", "abuser"]
    assert mapping["do_not_tell"]["named"] is False
    assert mapping["without_consent"]["classes"] == [
        c.value for c in SHAREABLE_CLASSES
        if c in recipient("kind:refuge").receives and c is not ABUSER]
