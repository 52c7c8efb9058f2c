"""The consent rules at their edges: expiry the day before, on and after, withdrawal, a kind
covering its named agencies, a named agency overriding its kind, immigration never implied,
and the facts shown before consent to a recipient that may pass data to immigration
enforcement. A small directory stands in for the real one (``Directory`` below)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake_app.domain.case_model import Sensitivity
from intake_app.domain.consent import (
    CLASS_LABELS,
    HOW_LABELS,
    SHAREABLE_CLASSES,
    STATE_LABELS,
    ConsentInput,
    ConsentRecord,
    ConsentState,
    Decision,
    How,
    RecipientLookup,
    check_consent,
    consent_grid,
    consent_state,
    same_purpose,
    withdrawal_of,
)
from intake_app.domain.errors import NotFound, RecordRefused
from tests.helpers.standin_recipients import SHIPPED_KINDS, StandInRecipients

TODAY = date(2026, 6, 15)
ID, IMM, LOC = Sensitivity.IDENTITY, Sensitivity.IMMIGRATION, Sensitivity.LOCATION
PURPOSE = "MARAC referral"


class Directory:
    """Three kinds, two with named agencies; police may pass data to immigration
    enforcement."""

    def __init__(self) -> None:
        self.kinds = {"police": True, "refuge": False, "marac": False}
        self.agencies = {"northtown-police": "police", "northtown-refuge": "refuge",
                         "southtown-refuge": "refuge"}
        self.facts = "facts-2026-05"

    def _kind(self, ref: str) -> str:
        level, _, ident = ref.partition(":")
        if level == "kind" and ident in self.kinds:
            return ident
        if level == "agency" and ident in self.agencies:
            return self.agencies[ident]
        raise NotFound(ref)

    def kind_of(self, ref: str) -> str:
        return self._kind(ref)

    def is_named(self, ref: str) -> bool:
        self._kind(ref)
        return ref.startswith("agency:")

    def may_pass_to_immigration(self, ref: str) -> bool:
        return self.kinds[self._kind(ref)]

    def facts_version(self, ref: str) -> str:
        return f"{self.facts}:{self._kind(ref)}"


LOOKUP: RecipientLookup = Directory()


def consent(to: str = "kind:refuge", decision: Decision = Decision.GIVEN,
            classes: tuple[Sensitivity, ...] = (ID, LOC), **extra: object) -> ConsentInput:
    values: dict[str, object] = {
        "recipient": to, "classes": frozenset(classes), "purpose": PURPOSE,
        "decision": decision, "decided_on": TODAY - timedelta(days=10), "how": How.VERBAL}
    values.update(extra)
    return ConsentInput(**values)  # type: ignore[arg-type]


_ids = iter(range(1, 10_000))


def recorded(details: ConsentInput, at: str = "2026-06-05T09:00:00Z") -> ConsentRecord:
    return ConsentRecord(next(_ids), "CI-2026-000001",
                         check_consent(details, today=TODAY, lookup=LOOKUP), at, "cw1")


def state(records: list[ConsentRecord], to: str, cls: Sensitivity = ID,
          purpose: str | None = None, today: date = TODAY) -> ConsentState:
    return consent_state(records, to, cls, purpose, today=today, lookup=LOOKUP)


def refused_codes(details: object, today: date = TODAY) -> dict[str, set[str]]:
    with pytest.raises(RecordRefused) as caught:
        check_consent(details, today=today, lookup=LOOKUP)  # type: ignore[arg-type]
    return {k: {p.code for p in ps} for k, ps in caught.value.problems.items()}


# --- expiry --------------------------------------------------------------------------------

@pytest.mark.parametrize(("today", "expected"), [
    (date(2026, 6, 29), ConsentState.GIVEN),    # the day before
    (date(2026, 6, 30), ConsentState.GIVEN),    # the last day it holds
    (date(2026, 7, 1), ConsentState.EXPIRED),   # the day after: reads as absent
])
def test_expiry_holds_through_its_day_and_not_after(today, expected):
    records = [recorded(consent(expires_on=date(2026, 6, 30)))]
    got = state(records, "kind:refuge", today=today)
    assert got is expected
    assert got.allows_sharing is (expected is ConsentState.GIVEN)


def test_an_expiry_on_the_day_given_is_one_day_and_before_it_is_refused():
    records = [recorded(consent(decided_on=TODAY, expires_on=TODAY))]
    assert state(records, "kind:refuge") is ConsentState.GIVEN
    assert state(records, "kind:refuge", today=TODAY + timedelta(days=1)) is ConsentState.EXPIRED
    assert refused_codes(consent(expires_on=TODAY - timedelta(days=11))) == {
        "expires_on": {"expiry_before"}}


def test_only_a_given_consent_can_expire():
    for decision in (Decision.REFUSED, Decision.WITHDRAWN):
        assert refused_codes(consent(decision=decision, expires_on=TODAY)) == {
            "expires_on": {"expiry_not_given"}}


def test_a_new_consent_after_an_expired_one_is_given_again():
    records = [recorded(consent(decided_on=date(2026, 1, 5), expires_on=date(2026, 3, 1))),
               recorded(consent(decided_on=date(2026, 6, 1)))]
    assert state(records, "kind:refuge") is ConsentState.GIVEN
    assert state(records[:1], "kind:refuge") is ConsentState.EXPIRED


# --- withdrawal and order ----------------------------------------------------------------------

def test_withdrawal_is_a_later_record_and_wins():
    given = recorded(consent())
    withdrawn = recorded(withdrawal_of(given, on=TODAY, how=How.WRITTEN),
                         at="2026-06-15T10:00:00Z")
    assert withdrawn.details.classes == given.details.classes
    assert withdrawn.details.purpose == given.details.purpose
    assert state([given], "kind:refuge") is ConsentState.GIVEN
    assert state([given, withdrawn], "kind:refuge") is ConsentState.WITHDRAWN
    assert state([withdrawn, given], "kind:refuge") is ConsentState.WITHDRAWN  # order of list
    again = recorded(consent(decided_on=TODAY), at="2026-06-15T11:00:00Z")
    assert state([given, withdrawn, again], "kind:refuge") is ConsentState.GIVEN


def test_the_same_day_is_ordered_by_when_it_was_recorded():
    first = recorded(consent(decided_on=TODAY), at="2026-06-15T09:00:00Z")
    later = recorded(consent(decision=Decision.REFUSED, decided_on=TODAY),
                     at="2026-06-15T09:30:00Z")
    assert state([later, first], "kind:refuge") is ConsentState.REFUSED


def test_a_record_counts_only_for_its_classes_and_purpose():
    records = [recorded(consent(classes=(LOC,)))]
    assert state(records, "kind:refuge", LOC) is ConsentState.GIVEN
    assert state(records, "kind:refuge", ID) is ConsentState.NONE
    assert state(records, "kind:refuge", LOC, "marac   REFERRAL") is ConsentState.GIVEN
    assert state(records, "kind:refuge", LOC, "housing application") is ConsentState.NONE
    assert same_purpose(" MARAC referral ", "marac referral")


def test_nothing_recorded_is_none_and_a_recipient_gone_from_the_directory_keeps_its_records():
    assert state([], "kind:refuge") is ConsentState.NONE
    gone = ConsentRecord(9998, "CI-2026-000001", consent("agency:closed-refuge"),
                         "2026-06-05T09:00:00Z", "cw1")
    assert state([gone], "agency:closed-refuge") is ConsentState.GIVEN
    assert state([gone], "kind:bailiffs") is ConsentState.NONE
    withdrawal = check_consent(withdrawal_of(gone, on=TODAY, how=How.VERBAL), today=TODAY,
                               lookup=LOOKUP, on_record=True)
    assert withdrawal.recipient == "agency:closed-refuge"
    assert refused_codes(withdrawal) == {"recipient": {"recipient_unknown"}}


# --- kinds and named agencies ------------------------------------------------------------------

def test_a_kind_covers_its_named_agencies_and_not_others():
    records = [recorded(consent("kind:refuge"))]
    assert state(records, "agency:northtown-refuge") is ConsentState.GIVEN
    assert state(records, "agency:southtown-refuge") is ConsentState.GIVEN
    assert state(records, "agency:northtown-police") is ConsentState.NONE
    assert state(records, "kind:police") is ConsentState.NONE


def test_a_named_agency_does_not_speak_for_its_kind():
    records = [recorded(consent("agency:northtown-refuge"))]
    assert state(records, "agency:northtown-refuge") is ConsentState.GIVEN
    assert state(records, "kind:refuge") is ConsentState.NONE
    assert state(records, "agency:southtown-refuge") is ConsentState.NONE


def test_the_named_agency_overrides_its_kind_whichever_came_first():
    kind_given = recorded(consent("kind:refuge", decided_on=date(2026, 6, 1)))
    named_refused = recorded(consent("agency:northtown-refuge", Decision.REFUSED,
                                     decided_on=date(2026, 5, 1)))
    records = [kind_given, named_refused]
    assert state(records, "agency:northtown-refuge") is ConsentState.REFUSED
    assert state(records, "agency:southtown-refuge") is ConsentState.GIVEN
    assert state(records, "kind:refuge") is ConsentState.GIVEN
    # A refusal for the kind, then a consent for one named agency: an exception she made.
    kind_refused = recorded(consent("kind:refuge", Decision.REFUSED, decided_on=date(2026, 4, 1)))
    named_given = recorded(consent("agency:northtown-refuge", decided_on=date(2026, 5, 1)))
    assert state([kind_refused, named_given], "agency:northtown-refuge") is ConsentState.GIVEN
    assert state([kind_refused, named_given], "agency:southtown-refuge") is ConsentState.REFUSED


def test_a_later_no_to_the_whole_kind_reaches_the_named_agency():
    named_given = recorded(consent("agency:northtown-refuge", decided_on=date(2026, 5, 1)))
    for decision in (Decision.WITHDRAWN, Decision.REFUSED):
        kind_no = recorded(consent("kind:refuge", decision, decided_on=date(2026, 6, 1)))
        assert state([named_given, kind_no], "agency:northtown-refuge").value == decision.value
        earlier_no = recorded(consent("kind:refuge", decision, decided_on=date(2026, 4, 1)))
        assert state([named_given, earlier_no], "agency:northtown-refuge") is ConsentState.GIVEN


def test_an_expired_named_consent_is_not_revived_by_the_kind():
    records = [recorded(consent("kind:refuge", decided_on=date(2026, 1, 1))),
               recorded(consent("agency:northtown-refuge", decided_on=date(2026, 2, 1),
                                expires_on=date(2026, 3, 1)))]
    assert state(records, "agency:northtown-refuge") is ConsentState.EXPIRED
    assert state(records, "agency:southtown-refuge") is ConsentState.GIVEN


# --- immigration -------------------------------------------------------------------------------

def test_immigration_consent_for_a_kind_is_refused_and_for_a_named_agency_recorded():
    assert refused_codes(consent("kind:refuge", classes=(ID, IMM))) == {
        "classes": {"immigration_kind"}}
    named = recorded(consent("agency:northtown-refuge", classes=(IMM,)))
    assert state([named], "agency:northtown-refuge", IMM) is ConsentState.GIVEN
    assert state([named], "agency:southtown-refuge", IMM) is ConsentState.NONE
    assert state([named], "kind:refuge", IMM) is ConsentState.NONE


def test_immigration_is_never_implied_by_a_kind_level_consent():
    # Made without check_consent, as if it came from somewhere else: still never counts.
    smuggled = ConsentRecord(9999, "CI-2026-000001", consent("kind:refuge", classes=(ID, IMM)),
                             "2026-06-05T09:00:00Z", "cw1")
    assert state([smuggled], "agency:northtown-refuge", IMM) is ConsentState.NONE
    assert state([smuggled], "kind:refuge", IMM) is ConsentState.NONE
    assert state([smuggled], "agency:northtown-refuge", ID) is ConsentState.GIVEN


def test_immigration_is_never_implied_by_consent_to_other_classes():
    records = [recorded(consent("agency:northtown-refuge",
                                classes=tuple(c for c in SHAREABLE_CLASSES if c is not IMM)))]
    assert state(records, "agency:northtown-refuge", IMM) is ConsentState.NONE


def test_a_refusal_of_immigration_for_a_kind_is_recorded_and_reaches_its_agencies():
    named_given = recorded(consent("agency:northtown-refuge", classes=(IMM,),
                                   decided_on=date(2026, 5, 1)))
    kind_refused = recorded(consent("kind:refuge", Decision.REFUSED, classes=(IMM,),
                                    decided_on=date(2026, 6, 1)))
    assert state([named_given, kind_refused], "agency:northtown-refuge", IMM) \
        is ConsentState.REFUSED


# --- facts shown -------------------------------------------------------------------------------

def test_consent_to_a_recipient_that_may_pass_data_to_immigration_needs_the_facts():
    assert refused_codes(consent("kind:police")) == {"facts_shown": {"facts_not_shown"}}
    assert refused_codes(consent("agency:northtown-police")) == {
        "facts_shown": {"facts_not_shown"}}
    with pytest.raises(RecordRefused) as caught:
        check_consent(consent("kind:police"), today=TODAY, lookup=LOOKUP)
    assert "immigration enforcement" in str(caught.value)
    assert str(caught.value).startswith("nothing was recorded: facts_shown: ")


def test_facts_shown_are_recorded_with_their_version():
    kept = check_consent(consent("kind:police", facts_shown=True), today=TODAY, lookup=LOOKUP)
    assert kept.facts_shown and kept.facts_version == "facts-2026-05:police"
    same = check_consent(consent("kind:police", facts_shown=True,
                                 facts_version="facts-2026-05:police"), today=TODAY,
                         lookup=LOOKUP)
    assert same.facts_version == "facts-2026-05:police"
    assert refused_codes(consent("kind:police", facts_shown=True,
                                 facts_version="facts-2025-01:police")) == {
        "facts_shown": {"facts_changed"}}


def test_refusing_needs_no_facts_and_a_safe_recipient_keeps_what_was_shown():
    kept = check_consent(consent("kind:police", Decision.REFUSED), today=TODAY, lookup=LOOKUP)
    assert not kept.facts_shown and kept.facts_version == ""
    shown = check_consent(consent("kind:refuge", facts_shown=True), today=TODAY, lookup=LOOKUP)
    assert shown.facts_version == "facts-2026-05:refuge"
    plain = check_consent(consent("kind:refuge"), today=TODAY, lookup=LOOKUP)
    assert not plain.facts_shown and plain.facts_version == ""


# --- interpreters ------------------------------------------------------------------------------

def test_an_interpreter_must_be_said_to_be_independent_or_not():
    assert refused_codes(consent(interpreter="Ms Rahman")) == {
        "interpreter_independent": {"independence_required"}}
    kept = check_consent(consent(interpreter=" Ms Rahman ", interpreter_independent=True,
                                 language="Bengali"), today=TODAY, lookup=LOOKUP)
    assert (kept.interpreter, kept.interpreter_independent, kept.language) == (
        "Ms Rahman", True, "Bengali")
    bare = check_consent(consent(interpreter_independent=True), today=TODAY, lookup=LOOKUP)
    assert bare.interpreter_independent is None


def test_consent_through_a_family_interpreter_is_refused_but_her_no_is_recorded():
    family = {"interpreter": "Her brother-in-law", "interpreter_independent": False}
    assert refused_codes(consent(**family)) == {
        "interpreter_independent": {"interpreter_not_independent"}}
    for decision in (Decision.REFUSED, Decision.WITHDRAWN):
        kept = check_consent(consent(decision=decision, **family), today=TODAY, lookup=LOOKUP)
        assert kept.interpreter_independent is False


# --- everything else refused -------------------------------------------------------------------

@pytest.mark.parametrize(("change", "field", "code"), [
    ({"recipient": "police"}, "recipient", "recipient_invalid"),
    ({"recipient": "kind:Police"}, "recipient", "recipient_invalid"),
    ({"recipient": "kind:bailiffs"}, "recipient", "recipient_unknown"),
    ({"recipient": 5}, "recipient", "recipient_invalid"),
    ({"classes": frozenset()}, "classes", "classes_required"),
    ({"classes": "identity"}, "classes", "classes_required"),
    ({"classes": frozenset({"secrets"})}, "classes", "class_invalid"),
    ({"classes": frozenset({Sensitivity.SAFETY_PLAN})}, "classes", "safety_plan"),
    ({"purpose": "   "}, "purpose", "purpose_required"),
    ({"purpose": "x" * 501}, "purpose", "too_long"),
    ({"purpose": "MARAC\x00"}, "purpose", "bad_characters"),
    ({"purpose": None}, "purpose", "text_required"),
    ({"decision": "maybe"}, "decision", "decision_invalid"),
    ({"decided_on": None}, "decided_on", "date_required"),
    ({"decided_on": TODAY + timedelta(days=1)}, "decided_on", "date_future"),
    ({"expires_on": "soon"}, "expires_on", "date_required"),
    ({"how": "telepathy"}, "how", "how_invalid"),
    ({"language": "x" * 201}, "language", "too_long"),
    ({"interpreter": "A\x1bB", "interpreter_independent": True}, "interpreter",
     "bad_characters"),
    ({"facts_shown": "yes"}, "facts_shown", "facts_flag_invalid"),
])
def test_input_that_cannot_be_recorded_is_refused_naming_the_field(change, field, code):
    assert code in refused_codes(replace(consent(), **change)).get(field, set())


def test_today_is_accepted_and_text_is_tidied():
    kept = check_consent(consent(decided_on=TODAY, purpose="  MARAC   referral "),
                         today=TODAY, lookup=LOOKUP)
    assert kept.purpose == "MARAC referral" and kept.decided_on == TODAY


# --- the grid and the stand-in directory -------------------------------------------------------

def test_the_grid_shows_every_recipient_by_every_shareable_class():
    records = [recorded(consent("kind:refuge", classes=(ID,))),
               recorded(consent("agency:northtown-police", Decision.REFUSED, classes=(LOC,)))]
    grid = consent_grid(records, ["kind:police"], today=TODAY, lookup=LOOKUP)
    assert grid.recipients == ("kind:police", "kind:refuge", "agency:northtown-police")
    assert Sensitivity.SAFETY_PLAN not in grid.classes
    assert set(grid.classes) == set(Sensitivity) - {Sensitivity.SAFETY_PLAN}
    assert grid.state("kind:refuge", ID) is ConsentState.GIVEN
    assert grid.state("kind:refuge", LOC) is ConsentState.NONE
    assert grid.state("agency:northtown-police", LOC) is ConsentState.REFUSED
    assert grid.state("kind:police", LOC) is ConsentState.NONE


def test_the_stand_in_knows_the_shipped_kinds_and_no_named_agency():
    standin = StandInRecipients()
    passing = {k for k, flag in SHIPPED_KINDS.items() if flag}
    assert passing == {"police", "local_authority_housing", "childrens_social_care",
                       "adult_social_care", "hospital", "gp"}
    assert len(SHIPPED_KINDS) == 12
    for kind, flag in SHIPPED_KINDS.items():
        ref = f"kind:{kind}"
        assert standin.kind_of(ref) == kind and not standin.is_named(ref)
        assert standin.may_pass_to_immigration(ref) is flag
        assert standin.facts_version(ref)
    for ref in ("agency:northtown-refuge", "kind:bailiffs", "police"):
        with pytest.raises(NotFound):
            standin.kind_of(ref)
    assert refused_codes_standin(consent("kind:police")) == {"facts_shown"}
    assert refused_codes_standin(consent("agency:northtown-refuge")) == {"recipient"}
    check_consent(consent("kind:marac"), today=TODAY, lookup=standin)


def refused_codes_standin(details: ConsentInput) -> set[str]:
    with pytest.raises(RecordRefused) as caught:
        check_consent(details, today=TODAY, lookup=StandInRecipients())
    return set(caught.value.problems)


def test_every_class_state_and_way_has_words_for_the_grid():
    assert set(CLASS_LABELS) == set(SHAREABLE_CLASSES)
    assert set(STATE_LABELS) == set(ConsentState)
    assert set(HOW_LABELS) == set(How)
    assert all(CLASS_LABELS.values()) and all(STATE_LABELS.values())


_RECIPIENTS = ("kind:refuge", "agency:northtown-refuge", "agency:southtown-refuge")
_record_strategy = st.builds(
    lambda to, decision, days, minute, classes: ConsentRecord(
        days * 10_000 + minute, "CI-2026-000001",
        consent(to, decision, classes=tuple(classes), decided_on=TODAY - timedelta(days=days)),
        f"2026-06-05T09:{minute:02d}:00Z", "cw1"),
    st.sampled_from(_RECIPIENTS), st.sampled_from(list(Decision)), st.integers(0, 30),
    st.integers(0, 59), st.sets(st.sampled_from([ID, IMM]), min_size=1))


@settings(max_examples=300, deadline=None)
@given(st.lists(_record_strategy, max_size=8, unique_by=lambda r: r.id), st.randoms())
def test_the_order_records_come_in_never_matters_and_immigration_is_never_implied(
        records, rng):
    shuffled = list(records)
    rng.shuffle(shuffled)
    for to in (*_RECIPIENTS, "kind:police"):
        for cls in (ID, IMM):
            assert state(records, to, cls) is state(shuffled, to, cls)
    for to in ("agency:northtown-refuge", "agency:southtown-refuge"):
        if state(records, to, IMM) is ConsentState.GIVEN:
            assert any(r.recipient == to and r.decision is Decision.GIVEN
                       and IMM in r.details.classes for r in records)
    assert state(records, "kind:refuge", IMM) is not ConsentState.GIVEN
