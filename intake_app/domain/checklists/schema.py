"""The shape of a checklist file, as a JSON Schema checked with ``jsonschema``, and the one
sentence a person reads when a file does not fit it.

The schema says what each table may hold and how much (sizes are bounded everywhere, so no
file can make the engine or a screen do unbounded work); ``semantics.py`` says what a schema
cannot (ids used twice, a rule naming an unknown item, bands with gaps). ``integer`` is strict
here: JSON Schema would take ``14.0`` for 14, and a count that is a float has no place in a
definition.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from itertools import islice
from typing import Any

from jsonschema import Draft202012Validator, validators
from jsonschema.exceptions import ValidationError, best_match

from intake_app.domain.text_rules import escaped

#: The most of anything, generous for any real checklist, small enough to bound the work.
MAX_ITEMS = 500
MAX_SECTIONS = 50
MAX_TEXT = 4000
MAX_LANGUAGES = 64
MAX_CHOICES = 100
MAX_LIST = 100

ID_PATTERN = r"\A[a-z0-9_]{1,64}\Z"
FACT_PATTERN = r"\A[a-z0-9_]{1,64}(\.[a-z0-9_]{1,64}){0,3}\Z"
LANGUAGE_PATTERN = r"\A[a-z]{2,3}(_([A-Z]{2}|[A-Z][a-z]{3}))?\Z"
# Visible text may not hold control characters (line breaks and tabs apart), the invisible
# embeddings, overrides and isolates that make text display as something else, line and
# paragraph separators (a line break a terminal or a log would not show as one) nor tag
# characters (invisible letters). Direction marks and zero-width joiners stay: Arabic,
# Persian and Indic scripts need them.
_BAD_TEXT_CHARS = ("\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e"
                   "\u2066-\u2069\U000e0000-\U000e007f")
TEXT_PATTERN = rf"\A[^{_BAD_TEXT_CHARS}]*\Z"
_BAD_TEXT = re.compile(f"[{_BAD_TEXT_CHARS}]")

_PATTERN_REASONS = {
    ID_PATTERN: "must be 1 to 64 characters from a-z, 0-9 and _ (no capitals, spaces or "
                "other letters)",
    FACT_PATTERN: "must be a fact name: words of a-z, 0-9 and _, joined by dots",
    LANGUAGE_PATTERN: "is not a language code (such as pl, cy or pt_BR)",
}

def _list(items: Mapping[str, Any], max_items: int, min_items: int = 0) -> dict[str, Any]:
    """A list schema; its size is checked before its entries (the checks run in this order),
    so a list far too long is refused without a message made for each entry."""
    schema: dict[str, Any] = {"type": "array", "maxItems": max_items}
    if min_items:
        schema["minItems"] = min_items
    schema["items"] = dict(items)
    return schema


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


def _table(properties: Mapping[str, Any], required: Iterable[str] = ()) -> dict[str, Any]:
    return {"type": "object", "properties": dict(properties), "required": list(required),
            "additionalProperties": False}


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


def _strict_integer(_checker: object, instance: object) -> bool:
    return isinstance(instance, int) and not isinstance(instance, bool)


# types-jsonschema leaves extend() unannotated; it returns a validator class like its first.
_Validator = validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator,
    type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _strict_integer))
_VALIDATOR = _Validator(SCHEMA)


def place_of(path: Iterable[object]) -> str:
    """``sections[2].items[5].id`` from a path of keys and indexes."""
    out = ""
    for step in path:
        if isinstance(step, int):
            out += f"[{step}]"
        else:
            out += ("." if out else "") + key_shown(str(step))
    return out


def key_shown(key: str) -> str:
    """A key as it can go into a one-line message: plain when it is a plain id, else quoted,
    escaped and cut short."""
    if re.fullmatch(r"[A-Za-z0-9_]{1,64}", key):
        return key
    text = escaped(key)
    return repr(text if len(text) <= 40 else text[:40] + "...")


_ERRORS_CONSIDERED = 100


def first_problem(data: object) -> tuple[str, str] | None:
    """(place, reason) of the most telling way ``data`` does not fit the schema, or None."""
    # The first errors found are enough to choose from, and stopping there bounds the work
    # whatever the file holds.
    error = best_match(islice(_VALIDATOR.iter_errors(data), _ERRORS_CONSIDERED))
    if error is None:
        return None
    path = list(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {})
        extra = sorted(str(key) for key in error.instance if key not in known)
        if extra:
            return place_of([*path, extra[0]]), "unknown key"
    if "propertyNames" in error.schema_path and isinstance(error.instance, str):
        return place_of([*path, error.instance]), _reason(error)
    return place_of(path), _reason(error)


_TYPE_WORDS = {"string": "text in quotes", "integer": "a whole number",
               "boolean": "true or false", "object": "a table", "array": "a list"}


def _reason(error: ValidationError) -> str:
    rule, instance = error.validator, error.instance
    value: Any = error.validator_value
    if rule == "type":
        return f"must be {_TYPE_WORDS.get(str(value), str(value))}"
    if rule == "required" and isinstance(instance, dict):
        missing = [key for key in value if key not in instance]
        return f"missing '{missing[0]}'" if missing else "missing a key"
    if rule == "enum":
        return "must be one of: " + ", ".join(str(v) for v in value)
    if rule == "const":
        return f"must be {value}"
    if rule == "pattern" and isinstance(instance, str):
        if value == TEXT_PATTERN:
            match = _BAD_TEXT.search(instance)
            code = f"U+{ord(match.group()):04X}" if match else "a character"
            return (f"holds {code}, a control or text-direction character that cannot be "
                    "shown as written")
        return _PATTERN_REASONS.get(str(value), "is not in the expected form")
    if rule == "minLength":
        return "must not be empty"
    if rule == "maxLength":
        return f"is longer than {value} characters"
    if rule == "minimum":
        return f"must be at least {value}"
    if rule == "maximum":
        return f"must be at most {value}"
    if rule == "minItems":
        return f"must have at least {value} entr{'y' if value == 1 else 'ies'}"
    if rule in ("maxItems", "maxProperties"):
        return f"has more than {value} entries"
    if rule == "anyOf":
        return "is not one of the forms allowed here"
    message = escaped(error.message)
    return message if len(message) <= 120 else message[:120] + "..."
