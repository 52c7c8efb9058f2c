"""A referral's content as a caseworker drafts it: plain values, no SQL, no Qt.

A draft names its **recipient** the way the agency directory and consent records do
(``kind:<kind id>`` or ``agency:<agency id>``), the sensitivity **classes** to include (a
drafting screen starts from the recipient's defaults, :func:`default_classes`), the
**purpose** (matched against her consent records' purposes, whatever their spacing and case),
the **reason** (the referral's own, not the intake's ``referral.reason``), the risk
**assessment** named as the reason (its id, or None), the people who **must not be told**
(names, as typed), an optional **legal basis** for sharing without her consent, and the
**answers** to the safe-referral checklist by item id.

The command line reads a draft from DRAFT.json (``draft.py`` parses and checks it)::

    {"recipient": "agency:northtown-refuge", "classes": ["identity", "contact"],
     "purpose": "Refuge space", "reason": "She needs a safe place tonight.",
     "assessment": 12, "do_not_tell": ["Her husband"],
     "legal_basis": null,
     "answers": {"told_what_and_whom": "yes", "told_in_language": "pl"}}

:func:`as_mapping` writes a draft back in that shape, and :func:`stored_draft` reads a stored
one back as it was kept: without the directory or the checklist, which may have changed since
(a kind that no longer receives a class, a newer safe-referral checklist), so a referral
drafted under yesterday's rules still reads today; the gate and the redacted view then apply
today's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from intake_app.domain.agencies import Recipient
from intake_app.domain.case_model import Sensitivity
from intake_app.domain.checklists import Answer
from intake_app.domain.consent import SHAREABLE_CLASSES
from intake_app.domain.errors import VaultDamaged

#: The keys of DRAFT.json, in the order problems and the README list them.
KEYS = ("recipient", "classes", "purpose", "reason", "assessment", "do_not_tell",
        "legal_basis", "answers")
#: Keys DRAFT.json must hold; the others may be left out (no assessment, nobody named, no
#: legal basis, nothing answered yet).
REQUIRED_KEYS = ("recipient", "classes", "purpose", "reason")
LEGAL_BASIS_KEYS = ("basis", "why_no_consent")

#: The purpose is compared with consent purposes, so it has their limit.
MAX_PURPOSE_CHARS = 500
MAX_REASON_CHARS = 4000
MAX_NAME_CHARS = 200
MAX_NAMES = 20
MAX_BASIS_CHARS = 500
MAX_WHY_CHARS = 2000
#: The largest id SQLite can hold.
MAX_ASSESSMENT_ID = 2**63 - 1


@dataclass(frozen=True)
class LegalBasis:
    """Why this referral may share without her consent: which basis (safeguarding, the
    prevention of serious harm...) and why her consent was not sought. A supervisor's approval
    is the sign-off; it never covers immigration information."""

    basis: str
    why_no_consent: str


@dataclass(frozen=True)
class ReferralDraft:
    """A referral's content, checked (``draft.parse_draft``) but not yet gated."""

    recipient: str
    classes: frozenset[Sensitivity]
    purpose: str
    reason: str
    assessment: int | None = None
    do_not_tell: tuple[str, ...] = ()
    legal_basis: LegalBasis | None = None
    #: The safe-referral checklist's answers, by item id.
    answers: Mapping[str, Answer] = field(default_factory=dict)

    def answer(self, item_id: str) -> str | None:
        """The value answered for ``item_id`` (yes, no, a date, a language...), or None."""
        given = self.answers.get(item_id)
        return None if given is None else given.value


def default_classes(recipient: Recipient) -> frozenset[Sensitivity]:
    """The classes a new draft to ``recipient`` starts with: those its kind receives by
    default (never immigration, never the safety plan)."""
    return frozenset(c for c in recipient.receives if c in SHAREABLE_CLASSES)


def as_mapping(draft: ReferralDraft) -> dict[str, object]:
    """The DRAFT.json form of ``draft`` (classes in the order of the case model)."""
    return {
        "recipient": draft.recipient,
        "classes": [c.value for c in Sensitivity if c in draft.classes],
        "purpose": draft.purpose,
        "reason": draft.reason,
        "assessment": draft.assessment,
        "do_not_tell": list(draft.do_not_tell),
        "legal_basis": None if draft.legal_basis is None else {
            "basis": draft.legal_basis.basis,
            "why_no_consent": draft.legal_basis.why_no_consent},
        "answers": {item: answer.to_json() for item, answer in draft.answers.items()},
    }


def stored_draft(content: Mapping[str, object]) -> ReferralDraft:
    """The draft :func:`as_mapping` wrote as ``content``, read back as it was checked when it
    was saved (not against today's directory or checklist). VaultDamaged for content that is
    not in that shape: nothing this app writes."""
    try:
        basis = content["legal_basis"]
        assessment = content["assessment"]
        answers = content["answers"]
        if not (isinstance(content["recipient"], str) and isinstance(content["purpose"], str)
                and isinstance(content["reason"], str) and isinstance(answers, Mapping)
                and (assessment is None or type(assessment) is int)
                and (basis is None or isinstance(basis, Mapping))):
            raise TypeError("a part of the stored draft is of the wrong type")
        kept = {str(item): given for item, given in answers.items()}
        if any(not isinstance(g, Mapping) or not all(isinstance(g.get(k, ""), str) for k in
                                                      ("answer", "comment", "source"))
               or "answer" not in g for g in kept.values()):
            raise TypeError("a stored answer is not an answer")
        return ReferralDraft(
            recipient=content["recipient"],
            classes=frozenset(Sensitivity(str(c)) for c in _listed(content["classes"])),
            purpose=content["purpose"], reason=content["reason"], assessment=assessment,
            do_not_tell=tuple(str(n) for n in _listed(content["do_not_tell"])),
            legal_basis=None if basis is None else LegalBasis(
                str(basis["basis"]), str(basis["why_no_consent"])),
            answers=MappingProxyType({item: Answer(str(g["answer"]), str(g.get("comment", "")),
                                                   str(g.get("source", "")))
                                      for item, g in kept.items()}))
    except (KeyError, TypeError, ValueError) as exc:
        raise VaultDamaged(f"a stored referral cannot be read ({exc})") from None


def _listed(value: object) -> list[object]:
    if not isinstance(value, list):
        raise TypeError("a stored list is not a list")
    return value
