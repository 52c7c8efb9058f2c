"""The pieces a referral's domain tests build on: the shipped agency directory with a few named
agencies, the shipped safe-referral checklist, consent records and drafts that pass the gate
unless a test changes one part.

Nothing here stands in for the real thing: the kinds are the shipped files, the checklist is
the shipped definition loaded through the checklist loader, and consent records are checked by
``check_consent`` against that same directory before they are used.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date, timedelta
from itertools import count

from intake_app.domain.agencies import Agency, Directory, Recipient, load_shipped, recipient_of
from intake_app.domain.case_model import Sensitivity
from intake_app.domain.checklists import Definition, load_checklists, shipped_checklists_dir
from intake_app.domain.consent import (
    ConsentInput,
    ConsentRecord,
    Decision,
    How,
    check_consent,
    kind_ref,
)
from intake_app.domain.referrals import (
    CHECKLIST_ID,
    AssessmentState,
    GateInput,
    GateResult,
    ReferralDraft,
    check_referral,
    parse_draft,
)

TODAY = date(2026, 12, 10)
PURPOSE = "Refuge space"
CASE = "CI-2026-000042"

#: Named agencies: a refuge (its kind does not pass data on), a police force (its kind does),
#: and a GP practice whose own flag is raised above its kind's.
AGENCIES = (
    Agency("northtown-refuge", "refuge", "Northtown Women's Refuge", False),
    Agency("northtown-police", "police", "Northtown Police", True),
    Agency("riverside-surgery", "gp", "Riverside Surgery", True),
)


def directory() -> Directory:
    shipped = load_shipped()
    assert shipped.refused == (), shipped.refused
    return Directory(shipped.kinds, AGENCIES)


DIRECTORY = directory()
RESOLVE = functools.partial(recipient_of, DIRECTORY)


class Lookup:
    """``domain.consent.RecipientLookup`` over :data:`DIRECTORY` (the services wire the vault's
    directory the same way, ``services/directory_recipients.py``)."""

    def kind_of(self, ref: str) -> str:
        return RESOLVE(ref).kind.id

    def is_named(self, ref: str) -> bool:
        return RESOLVE(ref).agency is not None

    def may_pass_to_immigration(self, ref: str) -> bool:
        return RESOLVE(ref).may_pass_to_immigration_enforcement

    def facts_version(self, ref: str) -> str:
        return "|".join(f"{f.id}@{f.last_reviewed.isoformat()}" for f in RESOLVE(ref).facts)


LOOKUP = Lookup()


def safe_referral_checklist() -> Definition:
    catalogue = load_checklists(shipped_checklists_dir())
    assert catalogue.refused == (), catalogue.refused
    return catalogue.get(CHECKLIST_ID)


CHECKLIST = safe_referral_checklist()

_ids = count(1)


def consent(to: str, classes: Iterable[Sensitivity], decision: Decision = Decision.GIVEN, *,
            decided_on: date = TODAY - timedelta(days=20), expires_on: date | None = None,
            purpose: str = PURPOSE, today: date = TODAY,
            at: str = "2026-11-20T10:00:00Z") -> ConsentRecord:
    """A consent record as the consent rules accept it (checked, facts shown where needed)."""
    details = check_consent(ConsentInput(
        recipient=to, classes=frozenset(classes), purpose=purpose, decision=decision,
        decided_on=decided_on, how=How.VERBAL, expires_on=expires_on, facts_shown=True),
        today=today, lookup=LOOKUP)
    return ConsentRecord(next(_ids), CASE, details, at, "cw1")


#: What a draft answers when it has done everything the checklist asks.
ALL_DONE: Mapping[str, str] = {
    "told_what_and_whom": "yes", "told_immigration_risk": "yes", "told_in_language": "pl",
    "advice_offered": "yes", "contact_rechecked": (TODAY - timedelta(days=1)).isoformat()}


def draft_json(to: str = "agency:northtown-refuge", **changes: object) -> dict[str, object]:
    """A DRAFT.json document (as json.loads gives it) for ``to``: its kind's default classes,
    no assessment, one person not to tell, every checklist item answered."""
    doc: dict[str, object] = {
        "recipient": to,
        "classes": [c.value for c in RESOLVE(to).receives],
        "purpose": PURPOSE, "reason": "She needs a safe place to stay tonight.",
        "assessment": None, "do_not_tell": ["Her husband"], "legal_basis": None,
        "answers": dict(ALL_DONE)}
    doc.update(changes)
    return doc


def draft(to: str = "agency:northtown-refuge", **changes: object) -> ReferralDraft:
    return parse_draft(draft_json(to, **changes), resolve=RESOLVE, checklist=CHECKLIST,
                       today=TODAY)


def consents_for(d: ReferralDraft, **kw: object) -> tuple[ConsentRecord, ...]:
    """Her consent to every class of ``d`` (immigration only for a named agency, and then on
    a record of its own for that agency)."""
    ordinary = d.classes - {Sensitivity.IMMIGRATION}
    records = [consent(d.recipient, ordinary, **kw)] if ordinary else []
    if Sensitivity.IMMIGRATION in d.classes and d.recipient.startswith("agency:"):
        records.append(consent(d.recipient, [Sensitivity.IMMIGRATION], **kw))
    return tuple(records)


def gate_input(d: ReferralDraft | None = None, **changes: object) -> GateInput:
    """A gate input that passes every check unless ``changes`` say otherwise: her consent to
    every class, status pre-settled, contact checked yesterday, the named assessment (if any)
    completed."""
    d = d or draft()
    base = GateInput(
        draft=d, recipient=RESOLVE(d.recipient), consents=consents_for(d),
        immigration_status="pre_settled", contact_last_checked=TODAY - timedelta(days=1),
        assessment=AssessmentState.COMPLETED if d.assessment is not None else None,
        today=TODAY)
    return replace(base, **changes)


def gate(d: ReferralDraft | None = None, **changes: object) -> GateResult:
    return check_referral(gate_input(d, **changes))


def recipient(ref: str) -> Recipient:
    return RESOLVE(ref)


__all__ = ["ALL_DONE", "CASE", "CHECKLIST", "DIRECTORY", "LOOKUP", "PURPOSE", "RESOLVE",
           "TODAY", "consent", "consents_for", "draft", "draft_json", "gate", "gate_input",
           "kind_ref", "recipient"]
