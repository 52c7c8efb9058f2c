"""Consent records and safety plans for the demo vault, through the same services the app
uses (``services/consent.py``, ``services/safety_plan.py``), so the consent grid shows every
state (given, refused, expired, withdrawn) and some plans have a history. Recipients are the
shipped kinds of the vault's agency directory.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from intake_app.domain.agencies import load_shipped
from intake_app.domain.case_model import Sensitivity
from intake_app.domain.consent import ConsentInput, Decision, How
from intake_app.domain.errors import CaseClosed
from intake_app.domain.safety_plan import SafetyPlanInput
from intake_app.services.consent import ConsentService
from intake_app.services.directory import DirectoryService
from intake_app.services.directory_recipients import DirectoryRecipients
from intake_app.services.safety_plan import SafetyPlanService
from intake_app.services.session import Session

_S = Sensitivity

_PLAN = {
    "safe_places_people": "Her friend Dana two streets away; the library until 8pm. Not her "
                          "husband's cousins.",
    "calling_for_help": "999, then 55 if she cannot speak. Code word with the service: "
                        "'the blue folder'.",
    "bag_ready": "Copies of her passport and the children's birth certificates, inhaler, "
                 "charger, some cash; kept at Dana's.",
    "children": "The older one knows to go to the neighbour and call 999. The school releases "
                "them only to her.",
    "tech_location": "Location sharing switched off on her phone; the family-finder app "
                     "removed.",
    "tech_accounts": "New email address; the shared cloud account left alone for now so he "
                     "does not notice.",
    "tech_trackers": "Car checked at the garage; nothing found.",
    "journey": "Varies the bus she takes; a colleague knows when she should arrive.",
    "at_the_door": "Do not open. Go to the back bedroom with the phone and call 999.",
}


def _consent(to: str, classes: Sequence[Sensitivity], decision: Decision, on: date,
             **extra: object) -> ConsentInput:
    values: dict[str, object] = {
        "recipient": to, "classes": frozenset(classes), "purpose": extra.pop(
            "purpose", "Referral for support"),
        "decision": decision, "decided_on": on, "how": extra.pop("how", How.VERBAL)}
    values.update(extra)
    return ConsentInput(**values)  # type: ignore[arg-type]


def add_consent_and_plans(session: Session, refs: Sequence[str], rng: random.Random,
                          now: Callable[[], datetime], advance: Callable[[], None],
                          ) -> tuple[int, int]:
    """Give about a third of ``refs`` (one worker's cases) consent records and about a
    quarter a safety plan (some revised); returns (records, plan versions) recorded."""
    consent = ConsentService(
        session, DirectoryRecipients(DirectoryService(session, load_shipped)))
    plans = SafetyPlanService(session)
    records = versions = 0
    for index, ref in enumerate(rng.sample(list(refs), len(refs) // 3)):
        today = now().astimezone().date()
        story = index % 5
        try:
            advance()
            if story == 0:  # given to refuges, open-ended
                consent.record_consent(ref, _consent(
                    "kind:refuge", (_S.IDENTITY, _S.CONTACT, _S.LOCATION, _S.CHILDREN),
                    Decision.GIVEN, today, purpose="Refuge referral"))
            elif story == 1:  # refused for the police, immigration included
                consent.record_consent(ref, _consent(
                    "kind:police", (_S.IDENTITY, _S.LOCATION, _S.IMMIGRATION), Decision.REFUSED,
                    today, purpose="Reporting the assault"))
            elif story == 2:  # given to the IDVA service for three months, now expired
                consent.record_consent(ref, _consent(
                    "kind:idva_service", (_S.IDENTITY, _S.CONTACT, _S.NARRATIVE), Decision.GIVEN,
                    today - timedelta(days=120), expires_on=today - timedelta(days=30),
                    how=How.WRITTEN))
            elif story == 3:  # housing: the facts shown first, given, then withdrawn
                given = consent.record_consent(ref, _consent(
                    "kind:local_authority_housing", (_S.IDENTITY, _S.CHILDREN), Decision.GIVEN,
                    today - timedelta(days=40), facts_shown=True,
                    purpose="Homelessness application"))
                advance()
                consent.withdraw_consent(ref, given.id, on=now().astimezone().date(),
                                         how=How.VERBAL)
                records += 1
            else:  # MARAC, through an independent interpreter, for two months
                consent.record_consent(ref, _consent(
                    "kind:marac", (_S.IDENTITY, _S.CONTACT, _S.ABUSER, _S.CHILDREN),
                    Decision.GIVEN, today, expires_on=today + timedelta(days=60),
                    language=rng.choice(("Polish", "Bengali", "Arabic")),
                    interpreter="Interpreter from the agency list", interpreter_independent=True,
                    facts_shown=True, purpose="MARAC referral"))
            records += 1
        except CaseClosed:
            continue
    for index, ref in enumerate(rng.sample(list(refs), len(refs) // 4)):
        try:
            advance()
            today = now().astimezone().date()
            keys = rng.sample(sorted(_PLAN), rng.randrange(3, len(_PLAN) + 1))
            first = plans.save_plan(ref, SafetyPlanInput(
                {k: _PLAN[k] for k in keys}, review_on=today + timedelta(days=28),
                discussed_on=today))
            versions += first is not None
            if index % 2 == 0:  # revised at the next meeting: the history has two versions
                advance()
                later = now().astimezone().date()
                revised = dict(first.plan.sections) if first else {}
                revised["notes"] = "Reviewed together; she feels safer at work now."
                plans.save_plan(ref, SafetyPlanInput(
                    revised, review_on=later + timedelta(days=28), discussed_on=later))
                versions += 1
        except CaseClosed:
            continue
    return records, versions
