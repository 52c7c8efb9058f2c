"""Turning what a form hands over into answers, and answers into JSON and back.

``coerce`` checks the *type* of a value against its field (text for a text field, a sequence
of records for a list field...) and refuses nonsense with ``InvalidInput``; it never drops or
rewrites what was typed. A date typed in a form that is not a readable date is kept as its
text, so validation can point at it and the worker can correct it.

JSON keeps DECLINED and NOT_ASKED distinct from every real value, and dates typed as
unreadable text distinct from real dates, so ``decode_values(encode_values(v)) == v``.
Keys the app no longer declares are carried through untouched: data is never lost because a
field was retired.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from intake_app.domain.answers import DECLINED, NOT_ASKED, Answer, Tri, Unanswered
from intake_app.domain.case_model import BY_KEY, Choice, Field, Kind, SubField
from intake_app.domain.errors import InvalidInput

_SENTINEL_TAG = "$answer"
_TEXT_DATE_TAG = "$text"
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_UK_DATE = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\s*$")


# --- coercion: form input -> Answer ----------------------------------------------------------

def parse_date(text: str) -> date | None:
    """ISO (2026-01-31) or UK day-first (31/01/2026) dates; None when not a real date."""
    text = text.strip()
    if _ISO_DATE.match(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            return None
    match = _UK_DATE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            return None
    return None


def _coerce_scalar(kind: Kind, choices: Sequence[str], raw: object, where: str) -> Answer:
    if isinstance(raw, Unanswered):
        return raw
    if kind in (Kind.TEXT, Kind.MULTILINE, Kind.CHOICE):
        if isinstance(raw, str):
            return str.__str__(raw)  # a plain str, even if a StrEnum was passed
    elif kind is Kind.DATE:
        if isinstance(raw, datetime):
            return raw.date()
        if isinstance(raw, date):
            return raw
        if isinstance(raw, str):
            return parse_date(raw) or str.__str__(raw)
    elif kind is Kind.TRISTATE:
        if isinstance(raw, bool):
            return Tri.YES if raw else Tri.NO
        if isinstance(raw, str) and raw in Tri._value2member_map_:
            return Tri(raw)
    elif kind is Kind.MULTICHOICE and isinstance(raw, (list, tuple, set, frozenset)) \
            and all(isinstance(x, str) for x in raw):
        return _ordered_choices(raw, choices)
    raise InvalidInput(f"{where}: a value of the wrong type for a {kind.value} field")


def _ordered_choices(raw: Sequence[str] | set[str] | frozenset[str],
                     choices: Sequence[str]) -> tuple[str, ...]:
    """The picked keys in the field's own declared order (then any it no longer declares, in
    the order given), so that equal selections compare equal whatever the widget or the
    stored JSON hands over. The order is per field: the same key ("health", "financial")
    stands at different places in different fields."""
    picked = list(dict.fromkeys(str.__str__(x) for x in raw))
    rank = {key: i for i, key in enumerate(choices)}
    known = sorted((x for x in picked if x in rank), key=rank.__getitem__)
    return tuple(known + [x for x in picked if x not in rank])


def _keys(choices: Sequence[Choice]) -> tuple[str, ...]:
    return tuple(c.key for c in choices)


def _coerce_records(field: Field, raw: object) -> Answer:
    if isinstance(raw, Unanswered):
        return raw
    if not isinstance(raw, (list, tuple)) or not all(isinstance(r, Mapping) for r in raw):
        raise InvalidInput(f"{field.key}: a list of records was expected")
    subs = {s.key: s for s in field.subfields}
    out: list[dict[str, Answer]] = []
    for index, record in enumerate(raw):
        unknown = set(record) - set(subs)
        if unknown:
            raise InvalidInput(f"{field.key}: unknown item fields {sorted(unknown)}")
        out.append({k: _coerce_scalar(subs[k].kind, _keys(subs[k].choices),
                                      v, f"{field.key}[{index}].{k}")
                    for k, v in record.items()})
    return tuple(out)


def coerce(key: str, raw: object) -> Answer:
    """The answer for field ``key`` from a form value. InvalidInput for an unknown key or a
    value of the wrong type; never alters what was typed."""
    field = BY_KEY.get(key)
    if field is None:
        raise InvalidInput(f"{key}: no such case field")
    if field.kind.is_list:
        return _coerce_records(field, raw)
    return _coerce_scalar(field.kind, _keys(field.choices), raw, key)


def coerce_values(values: Mapping[str, object]) -> dict[str, Answer]:
    return {key: coerce(key, raw) for key, raw in values.items()}


# --- JSON ------------------------------------------------------------------------------------

def _encode_scalar(kind: Kind, answer: object) -> Any:
    if isinstance(answer, Unanswered):
        return {_SENTINEL_TAG: answer.value}
    if isinstance(answer, Tri):
        return answer.value
    if kind is Kind.DATE:
        if isinstance(answer, date):
            return answer.isoformat()
        return {_TEXT_DATE_TAG: answer}
    if isinstance(answer, tuple):
        return list(answer)
    return answer


def _decode_scalar(kind: Kind, raw: Any, choices: Sequence[str] = ()) -> Answer:
    if isinstance(raw, dict) and set(raw) == {_SENTINEL_TAG}:
        return DECLINED if raw[_SENTINEL_TAG] == DECLINED.value else NOT_ASKED
    if kind is Kind.DATE:
        if isinstance(raw, dict) and _TEXT_DATE_TAG in raw:
            return str(raw[_TEXT_DATE_TAG])
        return date.fromisoformat(raw)
    if kind is Kind.TRISTATE:
        return Tri(raw)
    if kind is Kind.MULTICHOICE:
        # Cases stored before the order was per field hold their keys in another order:
        # read them in declared order, so an unchanged answer compares equal on the next
        # save and records no false history step.
        return _ordered_choices([str(x) for x in raw], choices)
    return str(raw)


def encode_answer(key: str, answer: object) -> Any:
    """The JSON-ready form of one answer. Keys that are not fields pass through unchanged."""
    field = BY_KEY.get(key)
    if field is None:
        if isinstance(answer, Unanswered):
            return {_SENTINEL_TAG: answer.value}
        return answer
    if field.kind.is_list and isinstance(answer, tuple):
        subs = {s.key: s for s in field.subfields}
        return [{k: _encode_scalar(_sub_kind(subs, k), v) for k, v in rec.items()}
                for rec in answer]
    return _encode_scalar(field.kind, answer)


def decode_answer(key: str, raw: Any) -> Answer:
    field = BY_KEY.get(key)
    if field is None:
        if isinstance(raw, dict) and set(raw) == {_SENTINEL_TAG}:
            return DECLINED if raw[_SENTINEL_TAG] == DECLINED.value else NOT_ASKED
        return raw  # type: ignore[no-any-return]  # carried through untouched
    if field.kind.is_list and isinstance(raw, list):
        subs = {s.key: s for s in field.subfields}
        return tuple({k: _decode_scalar(_sub_kind(subs, k), v, _sub_choices(subs, k))
                      for k, v in rec.items()} for rec in raw)
    return _decode_scalar(field.kind, raw, _keys(field.choices))


def _sub_kind(subs: Mapping[str, SubField], key: str) -> Kind:
    # A sub-field retired in a later version is carried through as text.
    sub = subs.get(key)
    return sub.kind if sub is not None else Kind.TEXT


def _sub_choices(subs: Mapping[str, SubField], key: str) -> tuple[str, ...]:
    sub = subs.get(key)
    return _keys(sub.choices) if sub is not None else ()


def to_jsonable(values: Mapping[str, object]) -> dict[str, Any]:
    return {key: encode_answer(key, answer) for key, answer in values.items()}


def from_jsonable(data: Mapping[str, Any]) -> dict[str, Answer]:
    return {key: decode_answer(key, raw) for key, raw in data.items()}


def encode_values(values: Mapping[str, object]) -> str:
    """Compact, key-sorted JSON (stable text, so equal cases store equal bytes)."""
    return json_text(to_jsonable(values))


def json_text(jsonable: Mapping[str, Any]) -> str:
    """The stored text of already-encoded answers (see ``to_jsonable``)."""
    return json.dumps(jsonable, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def decode_values(text: str) -> dict[str, Answer]:
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("case data must be a JSON object")
    return from_jsonable(data)


# --- strict reading of the JSON encoding (imports) --------------------------------------------
#
# ``from_jsonable`` trusts what it reads: it reads the vault's own text. A file brought in from
# outside gets the opposite treatment: every key must be a declared field (or sub-field), every
# value exactly the shape ``to_jsonable`` writes for that field, and each departure is reported
# with its place (``contact.phones[0].safe_to_call``) rather than converted.

_TRI_WORDS = ", ".join(f'"{t.value}"' for t in Tri)


class _Wrong(Exception):
    """One value that is not in the encoding's shape; ``args[0]`` says why."""


def _checked_sentinel(raw: dict[str, Any]) -> Unanswered:
    if set(raw) != {_SENTINEL_TAG}:
        raise _Wrong(f'an object here can only be {{"{_SENTINEL_TAG}": "declined"}} or '
                     f'{{"{_SENTINEL_TAG}": "not_asked"}}')
    value = raw[_SENTINEL_TAG]
    for sentinel in (DECLINED, NOT_ASKED):
        if value == sentinel.value:
            return sentinel
    raise _Wrong(f'"{_SENTINEL_TAG}" must be "declined" or "not_asked"')


def _checked_scalar(kind: Kind, raw: object, choices: Sequence[str]) -> Answer:
    if isinstance(raw, dict) and _SENTINEL_TAG in raw:
        return _checked_sentinel(raw)
    if kind in (Kind.TEXT, Kind.MULTILINE, Kind.CHOICE):
        if isinstance(raw, str):
            return raw
        raise _Wrong("must be text (a JSON string)" if kind is not Kind.CHOICE
                     else "must be a choice key (a JSON string)")
    if kind is Kind.DATE:
        if isinstance(raw, dict) and set(raw) == {_TEXT_DATE_TAG} \
                and isinstance(raw[_TEXT_DATE_TAG], str):
            return str(raw[_TEXT_DATE_TAG])  # kept as typed; validation says it is no date
        if isinstance(raw, str) and _ISO_DATE.match(raw):
            try:
                return date.fromisoformat(raw)
            except ValueError:
                raise _Wrong(f'"{raw}" is not a day of the calendar') from None
        raise _Wrong("must be a date written YYYY-MM-DD")
    if kind is Kind.TRISTATE:
        if isinstance(raw, str) and raw in Tri._value2member_map_:
            return Tri(raw)
        raise _Wrong(f"must be one of {_TRI_WORDS}")
    if kind is Kind.MULTICHOICE:
        if isinstance(raw, list) and all(isinstance(x, str) for x in raw):
            return _ordered_choices(raw, choices)
        raise _Wrong("must be a list of choice keys (JSON strings)")
    raise _Wrong(f"a {kind.value} field holds a list of records")  # pragma: no cover


def _checked_records(field: Field, raw: object,
                     problems: list[tuple[str, str]]) -> Answer | None:
    if isinstance(raw, dict) and _SENTINEL_TAG in raw:
        return _checked_sentinel(raw)
    if not isinstance(raw, list):
        raise _Wrong("must be a list of records (JSON objects)")
    subs = {s.key: s for s in field.subfields}
    out: list[dict[str, Answer]] = []
    clean = True
    for index, record in enumerate(raw):
        where = f"{field.key}[{index}]"
        if not isinstance(record, dict):
            problems.append((where, "must be a record (a JSON object)"))
            clean = False
            continue
        decoded: dict[str, Answer] = {}
        for key, value in record.items():
            sub = subs.get(key)
            if sub is None:
                problems.append((f"{where}.{key}", "no such item field (known: "
                                 + ", ".join(subs) + ")"))
                clean = False
                continue
            try:
                decoded[key] = _checked_scalar(sub.kind, value, _keys(sub.choices))
            except _Wrong as exc:
                problems.append((f"{where}.{key}", str(exc)))
                clean = False
        out.append(decoded)
    return tuple(out) if clean else None


def decode_checked(data: Mapping[str, object]) -> tuple[dict[str, Answer], list[tuple[str, str]]]:
    """Answers from one case in the vault's JSON encoding (``to_jsonable``'s shape), read
    strictly: the answers that are well formed, and ``(place, reason)`` for every key that is
    not a declared field and every value of the wrong shape, in the order met. Nothing is
    converted: a number is not text, ``true`` is not "yes", "31/01/2026" is not a date.

    Whether the answers make a finished intake is ``case_validation.validate``'s question.
    """
    answers: dict[str, Answer] = {}
    problems: list[tuple[str, str]] = []
    for key, raw in data.items():
        field = BY_KEY.get(key)
        if field is None:
            problems.append((key, "no such case field"))
            continue
        try:
            if field.kind.is_list:
                answer = _checked_records(field, raw, problems)
                if answer is not None:
                    answers[key] = answer
            else:
                answers[key] = _checked_scalar(field.kind, raw, _keys(field.choices))
        except _Wrong as exc:
            problems.append((key, str(exc)))
    return answers, problems
