"""The shape of one kind's file in ``resources/agencies/``, as a JSON Schema.

Sizes are bounded everywhere; ``semantics.py`` says what a schema cannot (a fact id or a class
listed twice, immigration data received by default, a fact reviewed in the future). The file
format is described in the README's "Agency directory".
"""

from __future__ import annotations

from typing import Any

from intake_app.domain.agencies.model import GENERALISATIONS
from intake_app.domain.case_model import Sensitivity
from intake_app.domain.definition_files import (
    ID_PATTERN,
    list_of,
    schema_problem,
    table,
    text_schema,
    validator,
    worded,
)

MAX_TEXT = 2000
MAX_LANGUAGES = 64
MAX_FACTS = 50

_ID: dict[str, Any] = {"type": "string", "pattern": ID_PATTERN}
_TEXT = text_schema(MAX_TEXT)
_FACT = table({"id": _ID, **worded(_TEXT, MAX_LANGUAGES, "text"),
               "last_reviewed": {"type": "date"}}, ["id", "text", "last_reviewed"])

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    **table({
        "format": {"type": "integer", "const": 1},
        "id": _ID,
        **worded(_TEXT, MAX_LANGUAGES, "name", "description"),
        "receives": list_of({"enum": [s.value for s in Sensitivity]}, len(Sensitivity)),
        "generalises": list_of({"enum": sorted(GENERALISATIONS)}, len(GENERALISATIONS)),
        "may_pass_to_immigration_enforcement": {"type": "boolean"},
        "facts": list_of(_FACT, MAX_FACTS, 1),
    }, ["format", "id", "name", "receives", "generalises",
        "may_pass_to_immigration_enforcement", "facts"]),
}

_VALIDATOR = validator(SCHEMA)


def first_problem(data: object) -> tuple[str, str] | None:
    """(place, reason) of the most telling way ``data`` does not fit the schema, or None."""
    return schema_problem(_VALIDATOR, data)
