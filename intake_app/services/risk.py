"""Completing a risk assessment: the checklist engine (``domain/checklists``) meets the case's
records (``services/incidents.py``, ``services/assessments.py``).

``RiskService.assess`` is the one path the GUI's "Complete assessment" and the CLI's
``assess`` both take: it picks the definition from the loaded catalogue, parses the answers,
reads the case's incident log and MARAC referral dates for the escalation and repeat rules,
scores, and records the outcome with a copy of the definition, all checked by the roles the
two services below check. Nothing is recorded when any step refuses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from intake_app.domain.answers import Tri
from intake_app.domain.assessment_record import AssessmentInput, AssessmentRecord
from intake_app.domain.checklists import (
    Catalogue,
    Definition,
    IncidentFact,
    Outcome,
    assess,
    outcome_to_dict,
    parse_answers,
    parse_judgement,
)
from intake_app.domain.checklists import offered as offered_for
from intake_app.services.assessments import AssessmentService
from intake_app.services.cases import CaseService
from intake_app.services.incidents import IncidentService


@dataclass(frozen=True)
class Completed:
    """What ``assess`` did: the engine's outcome and the record it became."""

    definition: Definition
    outcome: Outcome
    record: AssessmentRecord


def _police(tri: Tri) -> str:
    return tri.value if isinstance(tri, Tri) else str(tri)


def case_facts(values: Mapping[str, object]) -> dict[str, object]:
    """A case's answers as the facts a definition's conditions name (``abuse.forms``
    includes ``honour``): choice keys as text, multiple choices as a tuple of keys, yes / no /
    not sure as ``yes`` / ``no`` / ``unsure``, dates as YYYY-MM-DD. Declined, unasked and
    list answers (phones, children, abusers) are not facts."""
    facts: dict[str, object] = {}
    for key, answer in values.items():
        if isinstance(answer, Tri):
            facts[key] = answer.value
        elif isinstance(answer, dt.date):
            facts[key] = answer.isoformat()
        elif isinstance(answer, str):
            facts[key] = answer
        elif isinstance(answer, tuple) and all(isinstance(x, str) for x in answer):
            facts[key] = tuple(answer)
    return facts


class RiskService:
    def __init__(self, catalogue: Catalogue | Callable[[], Catalogue],
                 assessments: AssessmentService, incidents: IncidentService, *,
                 cases: CaseService | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        self._catalogue = catalogue
        self.assessments = assessments
        self.incidents = incidents
        self.cases = cases
        self._today = today

    @property
    def catalogue(self) -> Catalogue:
        """The loaded definitions (read once, on first use, when given as a loader)."""
        if not isinstance(self._catalogue, Catalogue):
            self._catalogue = self._catalogue()
        return self._catalogue

    def definition(self, checklist_id: str, version: int | None = None) -> Definition:
        """The definition to assess with (its latest version unless one is named); NotFound
        when the catalogue has none."""
        return self.catalogue.get(checklist_id, version)

    def facts(self, reference: str) -> dict[str, object]:
        """What the definitions' conditions may name for this case: its intake answers
        (``case_facts``) and the latest answer to every item of every checklist completed for
        it, as ``<checklist id>.<item id>``."""
        facts = case_facts(self.cases.get_case(reference).values) if self.cases else {}
        for record in self.assessments.list_assessments(reference):  # oldest first
            for item, stored in record.answers.items():
                value = stored.get("answer") if isinstance(stored, Mapping) else stored
                if isinstance(value, str):
                    facts[f"{record.checklist_id}.{item}"] = value
        return facts

    def offered(self, reference: str) -> list[Definition]:
        """The checklists to offer for this case: the latest version of each loaded one whose
        ``offer_when`` holds (always, for one that declares none)."""
        facts = self.facts(reference)
        latest: dict[str, Definition] = {}
        for defn in self.catalogue.loaded:
            if defn.id not in latest or defn.version > latest[defn.id].version:
                latest[defn.id] = defn
        return [d for d in latest.values() if offered_for(d, facts)]

    def assess(self, reference: str, checklist_id: str, answers: Mapping[str, Any], *,
               version: int | None = None, judgement_level: str | None = None,
               reason: str = "", grounds: Iterable[str] = (),
               facts: Mapping[str, Any] | None = None) -> Completed:
        """Score ``answers`` (the ANSWERS.json form) for case ``reference`` and record it.
        ``facts`` for the definition's conditions default to the case's (``facts``)."""
        defn = self.definition(checklist_id, version)
        if facts is None:
            facts = self.facts(reference)
        parsed = parse_answers(defn, answers)
        judgement = parse_judgement(judgement_level, reason, grounds) \
            if judgement_level else None
        incidents = [IncidentFact(i.date, _police(i.details.police_involved))
                     for i in self.incidents.list_incidents(reference, history=False)]
        referrals = [m.referred_on for m in self.incidents.marac_referrals(reference)]
        outcome = assess(defn, parsed, facts=facts, incidents=incidents,
                         marac_referred_on=max(referrals) if referrals else None,
                         judgement=judgement, today=self._today())
        stored_answers = {item: {"answer": a.value, "comment": a.comment, "source": a.source}
                          for item, a in parsed.items()}
        record = self.assessments.record_assessment(reference, AssessmentInput(
            checklist_id=defn.id, version=str(defn.version), sha256=defn.sha256,
            definition_text=defn.source_text, answers=stored_answers,
            outcome=outcome_to_dict(outcome),
            level=outcome.level if defn.produces_level else None,
            judgement_level=judgement.level if judgement else None,
            judgement_reason=_reason_text(judgement.reason, judgement.grounds)
            if judgement else ""))
        return Completed(defn, outcome, record)


def _reason_text(reason: str, grounds: tuple[str, ...]) -> str:
    """The judgement's reason as one stored text: the offered grounds by id, then her words
    (the outcome keeps them apart as well)."""
    parts = [f"grounds: {', '.join(grounds)}"] if grounds else []
    if reason.strip():
        parts.append(reason.strip())
    return "; ".join(parts)
