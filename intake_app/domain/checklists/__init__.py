"""Checklists as data: definition files, their loader and the scoring engine (no Qt, no SQL)."""

from intake_app.domain.checklists.answers import Answer, parse_answers
from intake_app.domain.checklists.engine import (
    IncidentFact,
    IncidentLike,
    Judgement,
    Outcome,
    add_months,
    asked_items,
    assess,
    offered,
    outcome_from_dict,
    outcome_from_json,
    outcome_to_dict,
    outcome_to_json,
    parse_judgement,
)
from intake_app.domain.checklists.loader import (
    Catalogue,
    Refusal,
    load_checklists,
    read_definition,
    shipped_checklists_dir,
)
from intake_app.domain.checklists.model import Definition, Item, ItemKind, context_of, wordings
from intake_app.domain.checklists.parse import parse_definition

__all__ = [
    "Answer", "Catalogue", "Definition", "IncidentFact", "IncidentLike", "Item", "ItemKind",
    "Judgement", "Outcome", "Refusal", "add_months", "asked_items", "assess", "context_of",
    "load_checklists", "offered", "outcome_from_dict", "outcome_from_json", "outcome_to_dict",
    "outcome_to_json", "parse_answers", "parse_definition", "parse_judgement",
    "read_definition", "shipped_checklists_dir", "wordings",
]
