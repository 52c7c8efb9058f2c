"""Referrals for the demo vault, through the same services the app uses
(``services/referrals.py``, ``services/consent.py``), so the case view, the supervisors' queue
and ``referral list`` show every state: approved, waiting for approval, returned with a
request, rejected, revoked, and a draft the gate blocks (no consent recorded yet). The
recipients are several kinds of the vault's agency directory; the MARAC referral is for a
woman whose immigration status is not secure, so its checklist records that she was told of
the risk in her language and offered regulated advice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from intake_app.domain.agencies import load_shipped
from intake_app.domain.case_model import Sensitivity
from intake_app.domain.case_record import CaseStatus
from intake_app.domain.checklists import load_checklists, shipped_checklists_dir
from intake_app.domain.consent import ConsentInput, Decision, How
from intake_app.services.cases import CaseService
from intake_app.services.consent import ConsentService
from intake_app.services.directory import DirectoryService
from intake_app.services.directory_recipients import DirectoryRecipients
from intake_app.services.referrals import ReferralService
from intake_app.services.session import Session

_S = Sensitivity


@dataclass(frozen=True)
class _Story:
    recipient: str
    classes: tuple[Sensitivity, ...]
    purpose: str
    reason: str
    #: What happens to it: draft (blocked), submitted, returned, approved, rejected, revoked.
    ends: str
    facts_shown: bool = False
    insecure: bool = False


_STORIES = (
    _Story("kind:refuge", (_S.IDENTITY, _S.CONTACT, _S.LOCATION, _S.CHILDREN), "Refuge space",
           "She and her two children need a safe place to stay; he has found the flat.",
           "approved"),
    _Story("kind:idva_service", (_S.IDENTITY, _S.CONTACT, _S.NARRATIVE), "IDVA support",
           "High risk after the last incident; she wants an adviser for the court hearing.",
           "submitted"),
    _Story("kind:marac", (_S.IDENTITY, _S.CONTACT, _S.ABUSER, _S.CHILDREN), "MARAC referral",
           "Scored high on the risk checklist; threats to kill and strangulation.",
           "returned", facts_shown=True, insecure=True),
    _Story("kind:local_authority_housing", (_S.IDENTITY, _S.CHILDREN),
           "Homelessness application", "She has nowhere safe to live with the children.",
           "rejected", facts_shown=True),
    _Story("kind:refuge", (_S.IDENTITY, _S.CONTACT, _S.LOCATION), "Refuge space",
           "A refuge space in another area, away from his family.", "revoked"),
    _Story("kind:idva_service", (_S.IDENTITY, _S.CONTACT, _S.HEALTH), "IDVA support",
           "Support at the hospital appointment next week.", "draft"),
)

_STEPS: dict[str, Callable[[ReferralService, int], Any]] = {
    "returned": lambda s, i: s.return_to_author(
        i, "Please add when it is safe to call her, and check the children's school."),
    "rejected": lambda s, i: s.reject(
        i, "Housing would check her status first: ask for a space funded another way."),
    "revoked": lambda s, i: (s.approve(i), s.revoke(
        i, "She has found a space herself and asked us to withdraw the referral.")),
    "approved": lambda s, i: s.approve(i),
}


def _services(session: Session) -> tuple[CaseService, ConsentService, ReferralService]:
    directory = DirectoryService(session, load_shipped)
    return (CaseService(session), ConsentService(session, DirectoryRecipients(directory)),
            ReferralService(session, directory,
                            lambda: load_checklists(shipped_checklists_dir())))


def add_referrals(worker: Session, supervisor: Session, refs: Sequence[str],
                  now: Callable[[], datetime], advance: Callable[[], None]) -> int:
    """Give one open case each of ``refs`` (a caseworker's) a referral of its own story, the
    caseworker drafting and submitting and the supervisor deciding; returns how many."""
    cases, consent, referrals = _services(worker)
    decide = _services(supervisor)[2]
    open_refs = [r for r in refs if cases.get_case(r).status is CaseStatus.OPEN]
    made = 0
    for story, ref in zip(_STORIES, open_refs, strict=False):
        advance()
        today: date = now().astimezone().date()
        cases.update_case(ref, {
            "contact.last_checked": today,
            "immigration.status": "partner_visa" if story.insecure else "british_irish"})
        if story.ends != "draft":  # the blocked draft has no consent recorded yet
            consent.record_consent(ref, ConsentInput(
                recipient=story.recipient, classes=frozenset(story.classes),
                purpose=story.purpose, decision=Decision.GIVEN, decided_on=today,
                how=How.VERBAL, facts_shown=story.facts_shown,
                language="Polish" if story.insecure else "",
                interpreter="Interpreter from the agency list" if story.insecure else "",
                interpreter_independent=True if story.insecure else None))
        answers: dict[str, object] = {"told_what_and_whom": "yes",
                                      "told_in_language": "pl" if story.insecure else "en",
                                      "contact_rechecked": today.isoformat()}
        if story.insecure:
            answers |= {"told_immigration_risk": "yes", "advice_offered": "yes"}
        draft = referrals.draft(ref, {
            "recipient": story.recipient, "classes": [c.value for c in story.classes],
            "purpose": story.purpose, "reason": story.reason, "assessment": None,
            "do_not_tell": ["Her husband", "His brother"], "legal_basis": None,
            "answers": answers})
        made += 1
        if story.ends == "draft":
            continue
        advance()
        referrals.submit(draft.id)
        if story.ends in _STEPS:
            advance()
            _STEPS[story.ends](decide, draft.id)
    return made
