"""The shape of a checklist file, as a JSON Schema checked with ``jsonschema``, and the one
sentence a person reads when a file does not fit it.

The schema says what each table may hold and how much (sizes are bounded everywhere, so no
file can make the engine or a screen do unbounded work); ``semantics.py`` says what a schema
cannot (ids used twice, a rule naming an unknown item, bands with gaps). ``integer`` is strict
here: JSON Schema would take ``14.0`` for 14, and a count that is a float has no place in a
definition.
"""

from __future__ import annotations

from typing import Any

from intake_app.domain.definition_files import (
    ID_PATTERN,
    LANGUAGE_PATTERN,
    PATTERN_REASONS,
    TEXT_PATTERN,
    key_shown,
    place_of,
    schema_problem,
    validator,
)
from intake_app.domain.definition_files import list_of as _list
from intake_app.domain.definition_files import table as _table

#: The most of anything, generous for any real checklist, small enough to bound the work.
MAX_ITEMS = 500
MAX_SECTIONS = 50
MAX_TEXT = 4000
MAX_LANGUAGES = 64
MAX_CHOICES = 100
MAX_LIST = 100

FACT_PATTERN = r"\A[a-z0-9_]{1,64}(\.[a-z0-9_]{1,64}){0,3}\Z"

_PATTERN_REASONS = {
    **PATTERN_REASONS,
    FACT_PATTERN: "must be a fact name: words of a-z, 0-9 and _, joined by dots",
}

_ID: dict[str, Any] = {"type": "string", "pattern": ID_PATTERN}
_TEXT: dict[str, Any] = {"type": "string", "minLength": 1, "maxLength": MAX_TEXT,
                         "pattern": TEXT_PATTERN}
_TRANSLATIONS: dict[str, Any] = {
    "type": "object", "maxProperties": MAX_LANGUAGES,
    "propertyNames": {"pattern": LANGUAGE_PATTERN}, "additionalProperties": _TEXT}
_IDS = _list(_ID, MAX_LIST)
_COUNT: dict[str, Any] = {"type": "integer", "minimum": 0, "maximum": 100_000}


def _worded(*names: str) -> dict[str, Any]:
    """Properties for visible texts: ``name`` and ``name_translations`` for each."""
    found: dict[str, Any] = {}
    for name in names:
        found[name] = _TEXT
        found[f"{name}_translations"] = _TRANSLATIONS
    return found


_SIMPLE_CONDITION = _table({
    "item": _ID,
    "answer": {"anyOf": [_ID, _list(_ID, MAX_CHOICES, 1)]},
    "fact": {"type": "string", "pattern": FACT_PATTERN},
    "equals": {"anyOf": [{"type": "string", "maxLength": 200, "pattern": TEXT_PATTERN},
                         {"type": "integer", "minimum": -(10**9), "maximum": 10**9},
                         {"type": "boolean"}]},
    "includes": {"type": "string", "maxLength": 200, "pattern": TEXT_PATTERN},
})
_CONDITIONS = _list(_SIMPLE_CONDITION, MAX_LIST, 1)
_CONDITION = _table({**_SIMPLE_CONDITION["properties"], "any": _CONDITIONS,
                     "all": _CONDITIONS})

_CHOICE = _table({"id": _ID, **_worded("text")}, ["id", "text"])
_ITEM = _table({
    "id": _ID,
    "kind": {"enum": ["yes_no", "choice", "date", "language", "text"]},
    **_worded("text", "help"),
    "scored": {"type": "boolean"},
    "choices": _list(_CHOICE, MAX_CHOICES),
    "when": _CONDITION,
}, ["id", "kind", "text"])
_SECTION = _table({"id": _ID, **_worded("title"),
                   "items": _list(_ITEM, MAX_ITEMS, 1)},
                  ["id", "title", "items"])
_RANGE = {"min": _COUNT, "max": _COUNT, "recommend": _IDS}

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    **_table({
        "format": {"type": "integer", "const": 1},
        "id": _ID,
        "version": {"type": "integer", "minimum": 1, "maximum": 1_000_000},
        **_worded("title", "description"),
        "sections": _list(_SECTION, MAX_SECTIONS, 1),
        "recommendations": _list(_table({"id": _ID, **_worded("text")}, ["id", "text"]),
                                 MAX_LIST),
        "bands": _list(_table({"level": {"enum": ["standard", "medium", "high"]}, **_RANGE},
                              ["level", "min"]), 10),
        "guidance": _list(_table(_RANGE, ["min"]), MAX_LIST),
        "rules": _list(_table({
            "id": _ID, "kind": {"enum": ["must_be_yes", "any_yes"]}, **_worded("title"),
            "items": _list(_ID, MAX_LIST, 1), "recommend": _IDS},
            ["id", "kind", "title", "items"]), MAX_LIST),
        "escalation": _table({
            **_worded("title"),
            "police_incidents": {"type": "integer", "minimum": 1, "maximum": 1000},
            "months": {"type": "integer", "minimum": 1, "maximum": 120},
            "recommend": _IDS}, ["title", "police_incidents", "months", "recommend"]),
        "repeat": _table({
            **_worded("title"),
            "months": {"type": "integer", "minimum": 1, "maximum": 120},
            "recommend": _IDS}, ["title", "months", "recommend"]),
        "judgement": _table({"grounds": _list(_table({"id": _ID, **_worded("text")},
                                                     ["id", "text"]), MAX_LIST)},
                            ["grounds"]),
        "offer_when": _CONDITION,
    }, ["format", "id", "version", "title", "sections"]),
}


_VALIDATOR = validator(SCHEMA)

__all__ = ["FACT_PATTERN", "ID_PATTERN", "LANGUAGE_PATTERN", "MAX_ITEMS", "SCHEMA",
           "TEXT_PATTERN", "first_problem", "key_shown", "place_of"]


def first_problem(data: object) -> tuple[str, str] | None:
    """(place, reason) of the most telling way ``data`` does not fit the schema, or None."""
    return schema_problem(_VALIDATOR, data, _PATTERN_REASONS)
