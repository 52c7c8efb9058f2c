"""One kind's file to a :class:`Kind`, or an ``AgencyFileInvalid`` saying where and why; never
any other exception, whatever the text.

The steps are the checklists': size, TOML (with the line of a syntax error), nesting, the
schema, the semantic pass (``today`` given: no fact reviewed in the future), then the values.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import date
from typing import Any

from intake_app.domain.agencies import schema, semantics
from intake_app.domain.agencies.model import Fact, Kind
from intake_app.domain.case_model import Sensitivity
from intake_app.domain.definition_files import document
from intake_app.domain.errors import AgencyFileInvalid
from intake_app.domain.i18n import Wording

WHAT = "an agency directory file"


def parse_kind(text: str, source_name: str, *, today: date | None = None) -> Kind:
    """The kind in ``text`` (a file's content)."""
    text, doc = document(text, source_name, AgencyFileInvalid, WHAT)
    problem = schema.first_problem(doc) or semantics.first_problem(doc, today)
    if problem:
        raise AgencyFileInvalid(source_name, problem[1], problem[0])
    return _build(doc, source_name, text, hashlib.sha256(text.encode("utf-8")).hexdigest())


def _wording(table: Mapping[str, Any], name: str) -> Wording:
    return Wording(table[name], dict(table.get(f"{name}_translations", {})))


def _build(doc: Mapping[str, Any], source_name: str, text: str, sha256: str) -> Kind:
    return Kind(
        id=doc["id"], name=_wording(doc, "name"),
        description=_wording(doc, "description") if "description" in doc else None,
        receives=tuple(Sensitivity(c) for c in doc["receives"]),
        generalises=tuple(doc["generalises"]),
        may_pass_to_immigration_enforcement=doc["may_pass_to_immigration_enforcement"],
        facts=tuple(Fact(f["id"], _wording(f, "text"), f["last_reviewed"])
                    for f in doc["facts"]),
        source_name=source_name, source_text=text, sha256=sha256)
