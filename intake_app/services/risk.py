"""Completing a risk assessment: the checklist engine (``domain/checklists``) meets the case's
records (``services/incidents.py``, ``services/assessments.py``).

``RiskService.assess`` is the one path the GUI's "Complete assessment" and the CLI's
``assess`` both take: it picks the definition from the loaded catalogue and parses the answers
and the judgement; ``AssessmentService.complete`` then reads the case's incident log, MARAC
referral dates and facts, scores and records the outcome with a copy of the definition, in one
transaction, checked by the roles. Nothing is recorded, and nothing audited, when any step
refuses. ``offered`` and ``facts`` say which checklists to offer a case.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from intake_app.domain.assessment_record import AssessmentRecord
from intake_app.domain.checklists import (
    Catalogue,
    Definition,
    Outcome,
    parse_answers,
    parse_judgement,
)
from intake_app.domain.checklists import offered as offered_for
from intake_app.domain.checklists.facts import case_facts, checklist_facts
from intake_app.services.assessments import AssessmentService
from intake_app.services.cases import CaseService
from intake_app.services.incidents import IncidentService


@dataclass(frozen=True)
class Completed:
    """What ``assess`` did: the engine's outcome and the record it became."""

    definition: Definition
    outcome: Outcome
    record: AssessmentRecord


class RiskService:
    def __init__(self, catalogue: Catalogue | Callable[[], Catalogue],
                 assessments: AssessmentService, incidents: IncidentService, *,
                 cases: CaseService | None = None) -> None:
        self._catalogue = catalogue
        self.assessments = assessments
        self.incidents = incidents
        self.cases = cases

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
        facts.update(checklist_facts(self.assessments.list_assessments(reference)))
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
        """Score ``answers`` (the ANSWERS.json form) for case ``reference`` and record it, in
        one transaction (``AssessmentService.complete``). ``facts`` add to the case's own."""
        defn = self.definition(checklist_id, version)
        parse_answers(defn, answers)  # refused before the vault is touched
        judgement = parse_judgement(judgement_level, reason, grounds) \
            if judgement_level else None
        outcome, record = self.assessments.complete(reference, defn, answers,
                                                    judgement=judgement, facts=facts)
        return Completed(defn, outcome, record)
