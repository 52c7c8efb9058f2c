"""Which sensitivity classes one referral shares with its recipient, and on what ground.

The decision is per class and never looks at the case's answers, so the classes a recipient
gets (and the statement of those it does not) cannot tell it what the case holds. A class
``c`` is shared when:

* ``c`` is among the referral's chosen classes (``RedactionInput.classes``: the caller's
  choice, which may only narrow), and
* for every class but immigration: ``c`` is among what the recipient receives (its kind's
  default classes, ``Recipient.receives``), **and** her current consent for this recipient
  covers ``c`` (``domain.consent.consent_state`` is ``given``: an expired, refused or
  withdrawn consent, or none, is not consent) **or** the referral records a legal basis for
  sharing without consent;
* for immigration: the recipient is a **named** agency and her current consent for that
  agency covers immigration. No kind receives it by default, a legal basis never covers it,
  and a consent recorded for a kind never implies it (the consent rules already read it so;
  the named-agency test here does not lean on that).

The safety plan is never shared: it is no intake field, and consent cannot be recorded for it.
A class chosen by the referral but outside the kind's defaults (health to the police, say) is
not shared even with her consent: the kind's defaults are the directory's statement of what
that recipient has any business receiving.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from intake_app.domain.agencies import Recipient, RecipientAsLookup
from intake_app.domain.answers import Answer
from intake_app.domain.case_model import Sensitivity
from intake_app.domain.consent import (
    SHAREABLE_CLASSES,
    ConsentRecord,
    ConsentState,
    consent_state,
)


@dataclass(frozen=True)
class RedactionInput:
    """Everything the redaction step reads; the service layer builds it from the case, the
    referral, the directory and her consent records."""

    #: The case's answers by field key (``CaseRecord.values``). Only declared fields are read.
    answers: Mapping[str, Answer]
    #: Who receives the referral, resolved from the directory (``recipient_of``).
    recipient: Recipient
    #: The classes the referral includes (the caller's choice).
    classes: frozenset[Sensitivity]
    #: Her consent records for this case, every recipient's (the rules pick what applies).
    consent: tuple[ConsentRecord, ...]
    #: The referral records a legal basis for sharing without consent (never immigration).
    legal_basis: bool
    #: The day the view is for: consent is read on it, ages are counted to it.
    today: date
    #: The people who must not be told, as the referral names them.
    do_not_tell: tuple[str, ...] = ()
    #: The purpose consent is read for (``same_purpose`` matching); None reads her latest
    #: decision for this recipient whatever it was for.
    consent_purpose: str | None = None
    #: The referral's own words, shown as written (the caseworker writes them for this
    #: recipient); empty ones are left out.
    purpose: str = ""
    reason: str = ""

    def __post_init__(self) -> None:
        # Any iterable is taken for the collections; held as frozen values from here on.
        object.__setattr__(self, "classes", frozenset(Sensitivity(c) for c in self.classes))
        object.__setattr__(self, "consent", tuple(self.consent))
        object.__setattr__(self, "do_not_tell", tuple(self.do_not_tell))


@dataclass(frozen=True)
class Sharing:
    """The outcome per class: what is shared, and which of it only on the legal basis."""

    shared: frozenset[Sensitivity]
    without_consent: frozenset[Sensitivity]

    @property
    def not_shared(self) -> tuple[Sensitivity, ...]:
        """Every shareable class that is not shared, in consent's order."""
        return tuple(c for c in SHAREABLE_CLASSES if c not in self.shared)


def consent_states(data: RedactionInput) -> dict[Sensitivity, ConsentState]:
    """Her current consent for this recipient, per shareable class, on ``data.today``."""
    lookup = RecipientAsLookup(data.recipient)
    return {cls: consent_state(data.consent, data.recipient.ref, cls, data.consent_purpose,
                               today=data.today, lookup=lookup)
            for cls in SHAREABLE_CLASSES}


def sharing_of(data: RedactionInput) -> Sharing:
    """Which classes go to the recipient (the module docstring gives the rule)."""
    states = consent_states(data)
    receives = frozenset(data.recipient.receives)
    shared: set[Sensitivity] = set()
    without: set[Sensitivity] = set()
    for cls in SHAREABLE_CLASSES:
        if cls not in data.classes:
            continue
        consented = states[cls].allows_sharing
        if cls is Sensitivity.IMMIGRATION:
            if data.recipient.agency is not None and consented:
                shared.add(cls)
        elif cls in receives and (consented or data.legal_basis):
            shared.add(cls)
            if not consented:
                without.add(cls)
    return Sharing(frozenset(shared), frozenset(without))
