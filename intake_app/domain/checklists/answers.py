"""Answers to a checklist, as the CLI's ANSWERS.json gives them and the engine reads them.

``{item_id: "yes" | "no" | "dont_know" | "declined" | {"answer": ..., "comment": ...,
"source": ...}}``: each answer is the answer alone, or a table with the comment and the source
of the information (the survivor, the police, a health visitor, ...). Every problem is reported
as "item_id: reason"; nothing is kept from answers that have one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from intake_app.domain.checklists.model import NOT_GIVEN, YES_NO_ANSWERS, Definition, Item, ItemKind
from intake_app.domain.checklists.schema import LANGUAGE_PATTERN, key_shown
from intake_app.domain.errors import AnswersInvalid
from intake_app.domain.text_rules import unusable_character

#: The longest answer text, comment or source accepted.
MAX_ANSWER_TEXT = 4000

_DATE = re.compile(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_LANGUAGE = re.compile(LANGUAGE_PATTERN)
_ANSWER_KEYS = frozenset({"answer", "comment", "source"})


@dataclass(frozen=True)
class Answer:
    """One item's answer: ``value`` is yes / no / dont_know / declined for a yes/no item, a
    choice id, a YYYY-MM-DD date, a language code or text for the other kinds (every kind also
    takes dont_know and declined)."""

    value: str
    comment: str = ""
    source: str = ""

    def to_json(self) -> dict[str, str]:
        return {"answer": self.value, "comment": self.comment, "source": self.source}


def parse_answers(defn: Definition, raw: object) -> dict[str, Answer]:
    """The answers in ``raw`` (parsed JSON, or ``Answer`` values), checked against ``defn``.

    Raises AnswersInvalid naming every item whose answer cannot be used."""
    if not isinstance(raw, Mapping):
        raise AnswersInvalid({"*": "the answers must be a JSON object of item id to answer"})
    items = {item.id: item for item in defn.items()}
    answers: dict[str, Answer] = {}
    problems: dict[str, str] = {}
    for key, value in raw.items():
        if not isinstance(key, str) or key not in items:
            problems[key_shown(str(key))] = "no such item in " + defn.id
            continue
        try:
            answers[key] = _answer(items[key], value)
        except _Refused as exc:
            problems[key] = str(exc)
    if problems:
        raise AnswersInvalid(problems)
    return answers


class _Refused(Exception):
    pass


def _answer(item: Item, raw: object) -> Answer:
    if isinstance(raw, Answer):
        answer = raw
    elif isinstance(raw, str):
        answer = Answer(raw)
    elif isinstance(raw, Mapping):
        stray = sorted(key_shown(str(k)) for k in raw if k not in _ANSWER_KEYS)
        if stray:
            raise _Refused(f"unknown key {stray[0]} (an answer holds answer, comment and "
                           "source)")
        if "answer" not in raw:
            raise _Refused("missing 'answer'")
        answer = Answer(_text(raw["answer"], "the answer"), _text(raw.get("comment"), "comment"),
                        _text(raw.get("source"), "source"))
    else:
        raise _Refused("must be an answer in quotes or an object with 'answer'")
    for name, text in (("comment", answer.comment), ("source", answer.source)):
        _check_text(text, name)
    _check_value(item, answer.value)
    return answer


def _text(value: object, name: str) -> str:
    if value is None and name != "the answer":
        return ""
    if not isinstance(value, str):
        raise _Refused(f"{name} must be text in quotes")
    return value


def _check_text(text: str, name: str) -> None:
    if len(text) > MAX_ANSWER_TEXT:
        raise _Refused(f"{name} is longer than {MAX_ANSWER_TEXT} characters")
    bad = unusable_character(text, multiline=True)
    if bad is not None:
        raise _Refused(f"{name} holds U+{ord(bad):04X}, a control character or half a "
                       "character pair, which cannot be stored")


def _check_value(item: Item, value: str) -> None:
    if item.kind is ItemKind.YES_NO:
        if value not in YES_NO_ANSWERS:
            raise _Refused("must be yes, no, dont_know or declined")
        return
    if value in NOT_GIVEN:
        return
    if item.kind is ItemKind.CHOICE:
        ids = [choice.id for choice in item.choices]
        if value not in ids:
            raise _Refused("must be one of: " + ", ".join([*ids, *NOT_GIVEN]))
    elif item.kind is ItemKind.DATE:
        if not _DATE.match(value) or not _valid_date(value):
            raise _Refused("must be a date written YYYY-MM-DD, dont_know or declined")
    elif item.kind is ItemKind.LANGUAGE:
        if not _LANGUAGE.match(value):
            raise _Refused("must be a language code (such as pl, cy or pt_BR), dont_know or "
                           "declined")
    else:
        if not value.strip():
            raise _Refused("must not be empty (answer dont_know or declined instead)")
        _check_text(value, "the answer")


def _valid_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True
