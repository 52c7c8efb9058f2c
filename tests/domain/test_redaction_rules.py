"""Which classes a referral shares (``domain/redaction/rules.py``), at each rule's edge:
consent ending the day before, on and after today, withdrawn, refused, a kind's consent
covering its named agency, immigration never through a kind nor on a legal basis, the
referral's classes narrowing and the kind's defaults never widened, the purpose consent is read
for. Each case is checked both as the classes decided and in the view built from a case that
holds something in every class."""

from __future__ import annotations

from datetime import timedelta

import pytest

from intake_app.domain.case_model import Sensitivity
from intake_app.domain.consent import SHAREABLE_CLASSES, ConsentRecord, ConsentState, Decision
from intake_app.domain.redaction import RedactionInput, consent_states, redact, sharing_of
from tests.helpers.redaction import TODAY, canary_case, marker, recipient, record

ID, CONTACT, LOC, IMM = (Sensitivity.IDENTITY, Sensitivity.CONTACT, Sensitivity.LOCATION,
                         Sensitivity.IMMIGRATION)
HEALTH, ABUSER = Sensitivity.HEALTH, Sensitivity.ABUSER
REFUGE, NORTH_REFUGE = "kind:refuge", "agency:refuge-north"
ADVISER = "agency:regulated-immigration-adviser-north"
ALL = frozenset(SHAREABLE_CLASSES)


def data(to: str, records: tuple[ConsentRecord, ...] = (), classes: frozenset[Sensitivity] = ALL,
         legal_basis: bool = False, **extra: object) -> RedactionInput:
    return RedactionInput(canary_case(), recipient(to), classes, records, legal_basis, TODAY,
                          **extra)  # type: ignore[arg-type]


def shared(to: str, *records: ConsentRecord, classes: frozenset[Sensitivity] = ALL,
           legal_basis: bool = False, **extra: object) -> frozenset[Sensitivity]:
    """The classes shared, checked against the view: a marker of a field of each class is in
    it exactly when its class is shared."""
    given = data(to, records, classes, legal_basis, **extra)
    outcome = sharing_of(given).shared
    view = redact(given)
    texts = {row.text for row in view.rows()}
    for cls, path in ((ID, "survivor.names"), (IMM, "immigration.visa_route"),
                      (HEALTH, "health.disability"), (ABUSER, "abuser.people.name")):
        planted = marker(path, 0 if cls is ABUSER else None)
        assert (planted in texts) == (cls in outcome), (cls, outcome)
    assert set(view.not_shared.classes) == set(SHAREABLE_CLASSES) - outcome
    return outcome


# --- consent over time ------------------------------------------------------------------------

@pytest.mark.parametrize(("ends", "goes"), [
    (TODAY - timedelta(days=1), False),  # ended yesterday: expired
    (TODAY, True),  # holds up to and including its last day
    (TODAY + timedelta(days=1), True),
    (None, True),
])
def test_consent_goes_up_to_its_last_day(ends, goes) -> None:
    assert (ID in shared(REFUGE, record(REFUGE, ID, expires_on=ends))) is goes
    states = consent_states(data(REFUGE, (record(REFUGE, ID, expires_on=ends),)))
    assert states[ID] is (ConsentState.GIVEN if goes else ConsentState.EXPIRED)


def test_a_withdrawal_or_a_refusal_stops_it_and_a_later_consent_restores_it() -> None:
    given = record(REFUGE, ID, LOC, decided_on=TODAY - timedelta(days=20))
    withdrawn = record(REFUGE, ID, decision=Decision.WITHDRAWN,
                       decided_on=TODAY - timedelta(days=2))
    assert shared(REFUGE, given) >= {ID, LOC}
    after = shared(REFUGE, given, withdrawn)
    assert ID not in after and LOC in after  # only what she withdrew
    again = record(REFUGE, ID, decided_on=TODAY - timedelta(days=1))
    assert ID in shared(REFUGE, given, withdrawn, again)
    assert shared(REFUGE, record(REFUGE, ID, decision=Decision.REFUSED)) == frozenset()


def test_consent_withdrawn_today_already_counts() -> None:
    given = record(REFUGE, ID, decided_on=TODAY - timedelta(days=20))
    assert ID not in shared(REFUGE, given, record(REFUGE, ID, decision=Decision.WITHDRAWN,
                                                  decided_on=TODAY))


def test_consent_for_someone_else_counts_for_nothing() -> None:
    assert shared(REFUGE, record("kind:police", ID), record("agency:refuge-south", ID)) == set()


# --- kinds and named agencies ------------------------------------------------------------------

def test_a_kind_consent_covers_its_named_agency() -> None:
    assert shared(NORTH_REFUGE, record(REFUGE, ID, HEALTH)) == {ID, HEALTH}


def test_a_named_agency_record_wins_over_its_kind_and_a_later_kind_no_reaches_it() -> None:
    kind_yes = record(REFUGE, ID, decided_on=TODAY - timedelta(days=20))
    agency_no = record(NORTH_REFUGE, ID, decision=Decision.REFUSED,
                       decided_on=TODAY - timedelta(days=10))
    assert shared(NORTH_REFUGE, kind_yes, agency_no) == set()
    agency_yes = record(NORTH_REFUGE, ID, decided_on=TODAY - timedelta(days=10))
    kind_no = record(REFUGE, ID, decision=Decision.WITHDRAWN,
                     decided_on=TODAY - timedelta(days=5))
    assert shared(NORTH_REFUGE, agency_yes) == {ID}
    assert shared(NORTH_REFUGE, agency_yes, kind_no) == set()
    # a consent to the named agency does not reach the kind as a whole
    assert shared(REFUGE, agency_yes) == set()


# --- immigration -------------------------------------------------------------------------------

def test_immigration_goes_only_with_consent_to_the_named_agency() -> None:
    assert IMM in shared(ADVISER, record(ADVISER, IMM, ID))
    # not chosen for this referral: not shared, whatever she agreed
    assert IMM not in shared(ADVISER, record(ADVISER, IMM, ID), classes=ALL - {IMM})
    # expired the day before
    assert IMM not in shared(ADVISER, record(ADVISER, IMM,
                                             expires_on=TODAY - timedelta(days=1)))


def test_immigration_never_through_a_kind() -> None:
    """A consent for the kind (which recording refuses, but a record from elsewhere may say)
    neither reaches its named agency nor the kind itself."""
    kind = "kind:regulated_immigration_adviser"
    assert shared(ADVISER, record(kind, IMM, ID)) == {ID}
    assert shared(kind, record(kind, IMM, ID)) == {ID}
    # nor does any consent given for every class to a kind
    assert IMM not in shared(NORTH_REFUGE, record(REFUGE, *SHAREABLE_CLASSES))


def test_a_legal_basis_never_covers_immigration() -> None:
    assert IMM not in shared(ADVISER, legal_basis=True)
    assert IMM not in shared(ADVISER, record(ADVISER, IMM, decision=Decision.REFUSED),
                             legal_basis=True)
    assert IMM in shared(ADVISER, record(ADVISER, IMM), legal_basis=True)


# --- a legal basis, the referral's classes, the kind's defaults --------------------------------

def test_a_legal_basis_shares_the_chosen_default_classes_without_consent() -> None:
    police = recipient("kind:police")
    with_consent = record("kind:police", ID, CONTACT)
    refused = record("kind:police", LOC, decision=Decision.REFUSED)
    given = data("kind:police", (with_consent, refused), legal_basis=True)
    outcome = sharing_of(given)
    assert outcome.shared == set(police.receives)
    # her refusal of location is overridden by the recorded basis, and said to be
    assert outcome.without_consent == set(police.receives) - {ID, CONTACT}
    view = redact(given)
    assert set(view.without_consent.classes) == outcome.without_consent
    assert "legal basis" in view.without_consent.text
    assert redact(data("kind:police", (record("kind:police", *police.receives),))) \
        .without_consent.text == ""


def test_the_referral_classes_only_narrow() -> None:
    everything = record(REFUGE, *SHAREABLE_CLASSES)
    assert shared(REFUGE, everything, classes=frozenset({ID})) == {ID}
    assert shared(REFUGE, everything, classes=frozenset()) == set()


def test_a_class_outside_the_kind_defaults_is_not_shared_even_with_consent() -> None:
    police = recipient("kind:police")
    assert HEALTH not in police.receives
    assert HEALTH not in shared("kind:police", record("kind:police", HEALTH, ID))
    assert HEALTH not in shared("kind:police", record("kind:police", HEALTH), legal_basis=True)


def test_the_safety_plan_is_never_shared() -> None:
    given = data(REFUGE, (record(REFUGE, ID),),
                 classes=frozenset({ID, Sensitivity.SAFETY_PLAN}), legal_basis=True)
    assert sharing_of(given).shared == {ID}
    assert Sensitivity.SAFETY_PLAN not in redact(given).not_shared.classes


# --- purpose -----------------------------------------------------------------------------------

def test_consent_is_read_for_the_purpose_asked() -> None:
    yes = record(REFUGE, ID, purpose="Refuge referral")
    assert shared(REFUGE, yes, consent_purpose=None) == {ID}
    assert shared(REFUGE, yes, consent_purpose="refuge  REFERRAL") == {ID}
    assert shared(REFUGE, yes, consent_purpose="MARAC referral") == set()


def test_the_input_takes_any_iterable_and_holds_frozen_values() -> None:
    given = RedactionInput({}, recipient(REFUGE), ["identity"], [record(REFUGE, ID)],  # type: ignore[arg-type]
                           False, TODAY, ["Someone"])
    assert given.classes == frozenset({ID}) and isinstance(given.consent, tuple)
    assert given.do_not_tell == ("Someone",)
    with pytest.raises(ValueError):
        RedactionInput({}, recipient(REFUGE), ["nonsense"], (), False, TODAY)  # type: ignore[list-item]
