"""The canary: a case with a unique marker in every field and sub-field (tests/helpers/redaction.py
builds it by walking the declarations), redacted for every shipped kind of recipient (and a
named agency of each) under random referral classes, random consent records and with or
without a legal basis.

For each view: no marker of a field it must not hold appears anywhere in its JSON form; every
marker of a field it must hold appears, in the form the recipient's generalisations give; the
not-shared statement names exactly the classes the rule withholds and reads the same for the
full case, an empty case and a random part of the case.

The expectation is worked out here from the rule as the issue states it, not by calling the
redaction code: which classes each record's consent covers is read off the one record drawn
per class.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_app.domain.agencies import GENERALISATIONS, Recipient
from intake_app.domain.answers import Answer, Tri
from intake_app.domain.case_model import FIELDS, Sensitivity
from intake_app.domain.consent import SHAREABLE_CLASSES, ConsentRecord, Decision
from intake_app.domain.redaction import (
    AGE_LABEL,
    DISTRICT_LABEL,
    ListRows,
    RedactedView,
    RedactionInput,
    redact,
)
from tests.helpers.redaction import (
    DISTRICT,
    KINDS,
    PLANTED,
    POSTCODE,
    RETIRED_KEY,
    RETIRED_SUB,
    TODAY,
    Planted,
    agency_id,
    canary_case,
    marker,
    recipient,
    record,
)

IMM, ABUSER = Sensitivity.IMMIGRATION, Sensitivity.ABUSER
NAMES = (marker("do_not_tell", 0), marker("do_not_tell", 1))


@dataclass(frozen=True)
class Drawn:
    """One class's consent: to whom (the recipient, its kind, or someone else), what she
    decided, and for a consent given, when it ends (days from today, None: no end)."""

    target: str  # "self", "kind" or "other"
    decision: Decision | None
    ends_in: int | None


def _drawn() -> st.SearchStrategy[Drawn]:
    return st.builds(Drawn, st.sampled_from(("self", "kind", "other")),
                     st.sampled_from((None, *Decision)),
                     st.sampled_from((None, -1, 0, 1)))


def _target(to: Recipient, drawn: Drawn) -> str:
    if drawn.target == "self":
        return to.ref
    if drawn.target == "kind":
        return to.kind.ref
    other = "police" if to.kind.id != "police" else "refuge"
    return f"agency:{agency_id(other)}" if to.agency else f"kind:{other}"


def _records(to: Recipient, draws: dict[Sensitivity, Drawn]) -> tuple[ConsentRecord, ...]:
    out = []
    for cls, drawn in draws.items():
        if drawn.decision is None:
            continue
        ends = None
        if drawn.decision is Decision.GIVEN and drawn.ends_in is not None:
            ends = TODAY + timedelta(days=drawn.ends_in)
        out.append(record(_target(to, drawn), cls, decision=drawn.decision, expires_on=ends))
    return tuple(out)


def _consented(to: Recipient, cls: Sensitivity, drawn: Drawn) -> bool:
    """What her one record for ``cls`` allows, read from the rule's words."""
    if drawn.decision is not Decision.GIVEN:
        return False
    if drawn.ends_in is not None and drawn.ends_in < 0:
        return False  # ended yesterday: expired
    ref = _target(to, drawn)
    if ref == to.ref:  # her record for this very recipient ("kind" for a kind is that too)
        return True
    # A kind's record covers its named agencies, except for immigration (named only).
    return ref == to.kind.ref and to.agency is not None and cls is not IMM


def expected_shared(to: Recipient, chosen: frozenset[Sensitivity],
                    draws: dict[Sensitivity, Drawn], legal: bool) -> frozenset[Sensitivity]:
    shared = set()
    for cls in SHAREABLE_CLASSES:
        if cls not in chosen:
            continue
        consented = _consented(to, cls, draws[cls])
        if cls is IMM:
            if to.agency is not None and consented:
                shared.add(cls)
        elif cls in to.receives and (consented or legal):
            shared.add(cls)
    return frozenset(shared)


def _age(p: Planted) -> str:
    born = p.value
    assert not isinstance(born, str | tuple | Tri)
    return str(TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day)))


def _goes(p: Planted, shared: frozenset[Sensitivity], phones_rule: bool) -> bool:
    if p.field.sensitivity not in shared:
        return False
    if p.sub is None:
        return True
    assert p.sub.sensitivity is not None
    if p.sub.sensitivity not in shared:
        return False
    # the phone rule keeps record 0 (safe to call) only
    return not (phones_rule and p.field.key == "contact.phones" and p.record != 0)


def check_view(view: RedactedView, to: Recipient, shared: frozenset[Sensitivity]) -> None:
    dump = json.dumps(view.as_mapping(), ensure_ascii=False)
    rules = set(to.generalises)
    ages = set(GENERALISATIONS["date_of_birth_to_age"].fields) if \
        "date_of_birth_to_age" in rules else set()
    district = set(GENERALISATIONS["address_to_postcode_district"].fields) if \
        "address_to_postcode_district" in rules else set()
    phones_rule = "phone_only_if_safe_to_call" in rules
    rows = list(view.rows())
    for p in PLANTED:
        goes = _goes(p, shared, phones_rule)
        if p.path in ages or p.path in district:
            assert p.text not in dump, f"{p.path} left ungeneralised"
            if p.path in ages and goes:
                assert any(r.path == p.path and r.label == AGE_LABEL and r.text == _age(p)
                           for r in rows), p.path
            continue
        if not p.text:  # a phone's safe_to_call "yes"/"no": seen through its record below
            continue
        if goes:
            assert p.text in dump, f"{p.path} (record {p.record}) missing"
        else:
            assert p.text not in dump, f"{p.path} (record {p.record}) leaked"
    district_rows = [r for r in rows if r.label == DISTRICT_LABEL]
    if district and Sensitivity.LOCATION in shared:
        assert [(r.path, r.text) for r in district_rows] == [("address.postcode", DISTRICT)]
    else:
        assert district_rows == []
        assert (POSTCODE in dump) == (Sensitivity.LOCATION in shared and not district)
    phones = [i for s in view.sections for i in s.items if i.path == "contact.phones"]
    if Sensitivity.CONTACT in shared:
        assert len(phones) == 1
        assert isinstance(phones[0], ListRows)
        assert len(phones[0].records) == (1 if phones_rule else 3)
    else:
        assert phones == []
    assert marker(RETIRED_KEY) not in dump and RETIRED_SUB not in dump
    for name in NAMES:
        assert (name in dump) == (ABUSER in shared)
    assert view.do_not_tell is not None and view.do_not_tell.named == (ABUSER in shared)
    assert view.not_shared.classes == tuple(c for c in SHAREABLE_CLASSES if c not in shared)


REFS = [k.ref for k in KINDS] + [f"agency:{agency_id(k.id)}" for k in KINDS]


@pytest.mark.parametrize("ref", REFS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chosen=st.frozensets(st.sampled_from(SHAREABLE_CLASSES)),
       draws=st.fixed_dictionaries({c: _drawn() for c in SHAREABLE_CLASSES}),
       legal=st.booleans(),
       keep=st.frozensets(st.sampled_from([f.key for f in FIELDS])))
def test_the_view_holds_exactly_what_it_must(ref: str, chosen: frozenset[Sensitivity],
                                              draws: dict[Sensitivity, Drawn], legal: bool,
                                              keep: frozenset[str]) -> None:
    to = recipient(ref)
    shared = expected_shared(to, chosen, draws, legal)

    def view_of(answers: Mapping[str, Answer]) -> RedactedView:
        return redact(RedactionInput(answers, to, chosen, _records(to, draws), legal, TODAY,
                                     NAMES))

    full = view_of(canary_case())
    check_view(full, to, shared)
    empty, part = view_of({}), view_of(canary_case(keep))
    for other in (empty, part):
        assert other.not_shared == full.not_shared
        assert other.without_consent == full.without_consent
        assert other.do_not_tell == full.do_not_tell
    assert empty.sections == ()
    # what a part of the case shows is what the full case shows of those fields
    assert part.paths() <= full.paths()


def test_the_canary_case_plants_a_marker_in_every_declared_path() -> None:
    """So the test above cannot pass by planting too little."""
    planted = {p.path for p in PLANTED}
    every = {f.key for f in FIELDS if not f.kind.is_list} | {
        f"{f.key}.{s.key}" for f in FIELDS for s in f.subfields}
    assert planted == every
    texts = [p.text for p in PLANTED if p.text]
    assert len(texts) == len(set(texts)), "markers are not unique"


def test_the_canary_check_catches_a_leak() -> None:
    """The checker itself: a view built as if every class were shared fails the check for a
    recipient whose rule shares less."""
    police = recipient("kind:police")
    everything = frozenset(SHAREABLE_CLASSES)
    view = redact(RedactionInput(canary_case(), police, everything, (), True, TODAY, NAMES))
    check_view(view, police, frozenset(police.receives))  # the honest expectation holds
    with pytest.raises(AssertionError):
        check_view(view, police, frozenset(police.receives) - {Sensitivity.CONTACT})
