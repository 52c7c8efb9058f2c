"""What the schema cannot say about a kind's file, checked on data that already fits it.

A fact id, a class or a generalisation listed twice; immigration data received by default
(it goes only to a named recipient she agreed may have it); a fact reviewed after ``today``.
Each problem is (place, reason), the place being the path inside the file.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from typing import Any

from intake_app.domain.agencies.model import NEVER_BY_DEFAULT
from intake_app.domain.definition_files import place_of

Problem = tuple[str, str]


def first_problem(doc: Mapping[str, Any], today: date | None = None) -> Problem | None:
    return next(_problems(doc, today), None)


def _twice(values: Sequence[object], where: Sequence[object],
           suffix: Sequence[object] = ()) -> Iterator[Problem]:
    seen: dict[object, int] = {}
    for n, value in enumerate(values):
        if value in seen:
            yield place_of((*where, n, *suffix)), (
                f"'{value}' is listed twice (first at "
                f"{place_of((*where, seen[value], *suffix))})")
        else:
            seen[value] = n


def _problems(doc: Mapping[str, Any], today: date | None) -> Iterator[Problem]:
    yield from _twice(doc["receives"], ("receives",))
    for n, name in enumerate(doc["receives"]):
        if name in NEVER_BY_DEFAULT:
            yield place_of(("receives", n)), (
                f"'{name}' data is never sent by default: it goes only to a named recipient "
                "she has agreed may have it")
    yield from _twice(doc["generalises"], ("generalises",))
    facts = doc["facts"]
    yield from _twice([f["id"] for f in facts], ("facts",), ("id",))
    for n, fact in enumerate(facts):
        if today is not None and fact["last_reviewed"] > today:
            yield place_of(("facts", n, "last_reviewed")), (
                f"{fact['last_reviewed'].isoformat()} is after today: a fact cannot have been "
                "reviewed in the future")
