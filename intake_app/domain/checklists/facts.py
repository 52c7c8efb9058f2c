"""What a definition's conditions and ``offer_when`` may name about a case: its intake answers
and the answers of checklists already completed for it. Plain values, no Qt, no SQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from intake_app.domain.answers import Tri
from intake_app.domain.assessment_record import AssessmentRecord
from intake_app.domain.checklists.engine import Judgement


def case_facts(values: Mapping[str, object]) -> dict[str, object]:
    """A case's answers as facts (``abuse.forms`` includes ``honour``): choice keys as text,
    multiple choices as a tuple of keys, yes / no / not sure as ``yes`` / ``no`` / ``unsure``,
    dates as YYYY-MM-DD. Declined, unasked and list answers (phones, children, abusers) are
    not facts."""
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


def checklist_facts(records: Iterable[AssessmentRecord]) -> dict[str, object]:
    """The latest answer to every item of every checklist in ``records`` (oldest first), as
    ``<checklist id>.<item id>``."""
    facts: dict[str, object] = {}
    for record in records:
        for item, stored in record.answers.items():
            value = stored.get("answer") if isinstance(stored, Mapping) else stored
            if isinstance(value, str):
                facts[f"{record.checklist_id}.{item}"] = value
    return facts


def judgement_text(judgement: Judgement | None) -> str:
    """A judgement's reason as one stored text: the offered grounds by id, then her words (the
    outcome keeps them apart as well)."""
    if judgement is None:
        return ""
    parts = [f"grounds: {', '.join(judgement.grounds)}"] if judgement.grounds else []
    if judgement.reason.strip():
        parts.append(judgement.reason.strip())
    return "; ".join(parts)
