"""One checklist file's text to a :class:`Definition`, or a ``ChecklistInvalid`` saying where
and why; never any other exception, whatever the text.

The steps: size, TOML (``tomllib``, which gives the line of a syntax error), nesting depth, the
schema, the semantic pass, then the values are built. An assessment keeps the definition's text;
``parse_definition`` reads such a stored copy again exactly as the file was read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from intake_app.domain.checklists import schema, semantics
from intake_app.domain.checklists.model import (
    AllOf,
    AnswerIs,
    AnyOf,
    Band,
    Choice,
    Condition,
    Definition,
    Escalation,
    FactIs,
    Ground,
    Guidance,
    Item,
    ItemKind,
    Recommendation,
    Repeat,
    Rule,
    RuleKind,
    Section,
    Simple,
)
from intake_app.domain.definition_files import MAX_BYTES, MAX_DEPTH, MAX_ENTRIES, document
from intake_app.domain.errors import ChecklistInvalid
from intake_app.domain.i18n import Wording
from intake_app.domain.risk import RiskLevel

# The format needs 9 levels of nesting (MAX_DEPTH) and its longest list, a section's items,
# holds 500 (MAX_ENTRIES).
__all__ = ["MAX_BYTES", "MAX_DEPTH", "MAX_ENTRIES", "parse_definition"]


def parse_definition(text: str, source_name: str) -> Definition:
    """The definition in ``text`` (a file's content, or a copy kept with an assessment)."""
    text, doc = document(text, source_name, ChecklistInvalid, "a checklist definition")
    problem = schema.first_problem(doc) or semantics.first_problem(doc)
    if problem:
        raise ChecklistInvalid(source_name, problem[1], problem[0])
    return _build(doc, source_name, text, hashlib.sha256(text.encode("utf-8")).hexdigest())


# --- building the values (the data fits the schema and the semantic pass) --------------------

def _wording(table: Mapping[str, Any], name: str) -> Wording:
    return Wording(table[name], dict(table.get(f"{name}_translations", {})))


def _optional_wording(table: Mapping[str, Any], name: str) -> Wording | None:
    return _wording(table, name) if name in table else None


def _simple(table: Mapping[str, Any]) -> Simple:
    if "item" in table:
        answer = table["answer"]
        return AnswerIs(table["item"], frozenset([answer] if isinstance(answer, str) else answer))
    return FactIs(table["fact"], equals=table.get("equals"), includes=table.get("includes"))


def _condition(table: Mapping[str, Any] | None) -> Condition | None:
    if table is None:
        return None
    if "any" in table:
        return AnyOf(tuple(_simple(t) for t in table["any"]))
    if "all" in table:
        return AllOf(tuple(_simple(t) for t in table["all"]))
    return _simple(table)


def _item(table: Mapping[str, Any]) -> Item:
    return Item(
        id=table["id"], kind=ItemKind(table["kind"]), text=_wording(table, "text"),
        help=_optional_wording(table, "help"), scored=bool(table.get("scored", False)),
        choices=tuple(Choice(c["id"], _wording(c, "text")) for c in table.get("choices", [])),
        when=_condition(table.get("when")))


def _build(doc: Mapping[str, Any], source_name: str, text: str, sha256: str) -> Definition:
    escalation = doc.get("escalation")
    repeat = doc.get("repeat")
    return Definition(
        id=doc["id"], version=doc["version"], title=_wording(doc, "title"),
        description=_optional_wording(doc, "description"),
        sections=tuple(Section(s["id"], _wording(s, "title"),
                               tuple(_item(i) for i in s["items"]))
                       for s in doc["sections"]),
        recommendations=tuple(Recommendation(r["id"], _wording(r, "text"))
                              for r in doc.get("recommendations", [])),
        bands=tuple(sorted((Band(RiskLevel(b["level"]), b["min"], b.get("max"),
                                 tuple(b.get("recommend", ())))
                            for b in doc.get("bands", [])), key=lambda b: b.low)),
        guidance=tuple(sorted((Guidance(g["min"], g.get("max"), tuple(g.get("recommend", ())))
                               for g in doc.get("guidance", [])), key=lambda g: g.low)),
        rules=tuple(Rule(r["id"], RuleKind(r["kind"]), _wording(r, "title"), tuple(r["items"]),
                         tuple(r.get("recommend", ())))
                    for r in doc.get("rules", [])),
        escalation=Escalation(_wording(escalation, "title"), escalation["police_incidents"],
                              escalation["months"], tuple(escalation["recommend"]))
        if escalation else None,
        repeat=Repeat(_wording(repeat, "title"), repeat["months"], tuple(repeat["recommend"]))
        if repeat else None,
        grounds=tuple(Ground(g["id"], _wording(g, "text"))
                      for g in doc.get("judgement", {}).get("grounds", [])),
        offer_when=_condition(doc.get("offer_when")),
        source_name=source_name, source_text=text, sha256=sha256)
