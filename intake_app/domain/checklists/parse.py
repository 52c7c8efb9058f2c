"""One checklist file's text to a :class:`Definition`, or a ``ChecklistInvalid`` saying where
and why; never any other exception, whatever the text.

The steps: size, TOML (``tomllib``, which gives the line of a syntax error), nesting depth, the
schema, the semantic pass, then the values are built. An assessment keeps the definition's text;
``parse_definition`` reads such a stored copy again exactly as the file was read.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Mapping, Sequence
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
from intake_app.domain.errors import ChecklistInvalid
from intake_app.domain.i18n import Wording
from intake_app.domain.risk import RiskLevel
from intake_app.domain.text_rules import escaped

#: The largest definition file read; real ones are a few tens of KiB.
MAX_BYTES = 1024 * 1024
#: Tables and lists inside each other, the whole file counting as one; the format needs 9.
MAX_DEPTH = 12
#: Entries in one table or list; the format's longest list (a section's items) holds 500.
MAX_ENTRIES = 1000

_AT_LINE = re.compile(r"\s*\(at line (\d+), column \d+\)\s*\Z")


def parse_definition(text: str, source_name: str) -> Definition:
    """The definition in ``text`` (a file's content, or a copy kept with an assessment)."""
    text = text.removeprefix("\ufeff")
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        line = text.count("\n", 0, exc.start) + 1
        raise ChecklistInvalid(source_name, "holds half of a character pair (a broken "
                               "character), which is not text", line=line) from None
    if len(encoded) > MAX_BYTES:
        raise ChecklistInvalid(source_name, f"larger than {MAX_BYTES // 1024} KiB, so not a "
                               "checklist definition")
    doc = _toml(text, source_name)
    shape = _shape_problem(doc)
    if shape is not None:
        raise ChecklistInvalid(source_name, shape[1], shape[0])
    problem = schema.first_problem(doc) or semantics.first_problem(doc)
    if problem:
        raise ChecklistInvalid(source_name, problem[1], problem[0])
    return _build(doc, source_name, text, hashlib.sha256(encoded).hexdigest())


def _toml(text: str, source_name: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _AT_LINE.search(message)
        reason = escaped(message[:match.start()] if match else message)
        line = int(match.group(1)) if match else None
        raise ChecklistInvalid(source_name, f"not valid TOML: {reason[:200]}",
                               line=line) from None
    except ValueError:
        # int() refuses more than sys.get_int_max_str_digits() digits (4,300 by default).
        raise ChecklistInvalid(source_name, "holds a number with far too many digits") from None
    except RecursionError:
        raise ChecklistInvalid(source_name, "nested far too deeply to be read") from None


def _shape_problem(doc: object) -> tuple[str, str] | None:
    """(place, reason) of the first table or list nested deeper than MAX_DEPTH or longer than
    MAX_ENTRIES, or None; walked without recursion, and stopped there, so the schema's checks
    never see an absurd shape."""
    stack: list[tuple[object, int, tuple[object, ...]]] = [(doc, 1, ())]
    while stack:
        value, depth, path = stack.pop()
        children: Sequence[tuple[object, object]]
        if isinstance(value, dict):
            children = list(value.items()) if len(value) <= MAX_ENTRIES else []
        elif isinstance(value, list):
            children = list(enumerate(value)) if len(value) <= MAX_ENTRIES else []
        else:
            continue
        if depth > MAX_DEPTH:
            return schema.place_of(path), f"nested deeper than {MAX_DEPTH} levels"
        if not children and len(value) > MAX_ENTRIES:
            return schema.place_of(path), f"has more than {MAX_ENTRIES} entries"
        stack.extend((child, depth + 1, (*path, key)) for key, child in children)
    return None


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
