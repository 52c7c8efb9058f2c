"""A file of cases, one per line (CASES.jsonl), read into answers. No I/O: the caller hands
over the file's bytes, already bounded by ``MAX_FILE_BYTES``.

Each non-blank line is one JSON object in the vault's own encoding (``case_codec``), by field
key. Reading never stops at the first fault: every line is looked at and every problem kept
with its line number, so one run tells the person everything to correct. Whether each case
is a finished intake (required answers, real dates, listed choices) is checked by the case
service, which knows the day; this module only says what could not be read.

Lines are split at line feeds only (a JSON text may hold U+2028 and other separators that
``str.splitlines`` would cut at); a carriage return before the line feed is ignored, and so
is a byte-order mark at the start of the file.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from intake_app.domain.answers import Answer
from intake_app.domain.case_codec import decode_checked

#: A whole import file; larger ones are refused before they are read into memory.
MAX_FILE_BYTES = 64 * 1024 * 1024
#: One case line. Real intakes are a few KiB; a line this long is not one.
MAX_LINE_BYTES = 1024 * 1024
#: Cases in one import, all created in one transaction.
MAX_CASES = 10_000

_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class LineProblem:
    """Why (part of) one line cannot be imported. ``place`` is a field key, an item path
    (``contact.phones[0].number``) or empty for the line as a whole."""

    line: int
    place: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.place}: {self.reason}" if self.place \
            else f"line {self.line}: {self.reason}"


@dataclass(frozen=True)
class CaseLine:
    """One case read from a line: its line number and answers. ``unread`` names the fields
    whose value was of the wrong shape (their answers are left out of ``values``); empty for
    a well-formed line."""

    line: int
    values: dict[str, Answer]
    unread: frozenset[str] = frozenset()


@dataclass
class CaseLines:
    """What a file held: the well-formed cases, in file order; the cases of lines that were
    JSON objects but held some wrong keys or values (``partial``: their other answers can
    still be validated, so that one run lists everything); and every problem found
    (``too_many`` when it held more than ``MAX_CASES`` cases: the rest was not read)."""

    cases: list[CaseLine] = field(default_factory=list)
    partial: list[CaseLine] = field(default_factory=list)
    problems: list[LineProblem] = field(default_factory=list)
    too_many: bool = False


class _Duplicate(ValueError):
    pass


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads keeps the last of two equal keys without a word; an import refuses instead.
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _Duplicate(key)
        out[key] = value
    return out


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON value")


def _shown_key(key: str) -> str:
    """A key as named in a problem: declared-looking keys as they are, anything else quoted
    (JSON-escaped), so a key cannot pass itself off as the next problem."""
    plain = key and all(ch.isascii() and (ch.isalnum() or ch in "._-$[]") for ch in key)
    return key if plain else json.dumps(key)


def read_line(number: int, raw: bytes, problems: list[LineProblem]) -> CaseLine | None:
    """The case of one non-blank line (its problems added to ``problems``), or None when the
    line is not a JSON object at all."""
    def refuse(reason: str, place: str = "") -> None:
        problems.append(LineProblem(number, place, reason))

    if len(raw) > MAX_LINE_BYTES:
        refuse(f"longer than {MAX_LINE_BYTES // 1024 // 1024} MiB; one case is far shorter "
               "(is this a file of cases, one per line?)")
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        refuse(f"not UTF-8 text (byte {exc.start + 1} of the line)")
        return None
    try:
        data = json.loads(text, object_pairs_hook=_pairs, parse_constant=_no_constant)
    except _Duplicate as exc:
        refuse("given twice in one object", _shown_key(str(exc.args[0])))
        return None
    except json.JSONDecodeError as exc:
        refuse(f"not valid JSON ({exc.msg} at column {exc.colno})")
        return None
    except RecursionError:
        refuse("not valid JSON (nested too deeply)")
        return None
    except ValueError as exc:  # NaN, Infinity, an integer of thousands of digits
        refuse(f"not valid JSON ({exc})")
        return None
    if not isinstance(data, Mapping):
        refuse("a case must be one JSON object of field keys and answers")
        return None
    values, found = decode_checked(data)
    for place, reason in found:
        refuse(reason, _shown_key(place))
    return CaseLine(number, values, frozenset(place.partition("[")[0] for place, _ in found))


def read_case_lines(data: bytes) -> CaseLines:
    """Every case in ``data`` (a whole CASES.jsonl file), with every problem found."""
    result = CaseLines()
    if data.startswith(_BOM):
        data = data[len(_BOM):]
    seen = 0
    for number, raw in enumerate(data.split(b"\n"), start=1):
        raw = raw.removesuffix(b"\r")
        if not raw.strip():
            continue
        if seen == MAX_CASES:
            result.too_many = True
            break
        seen += 1
        case = read_line(number, raw, result.problems)
        if case is not None:
            (result.partial if case.unread else result.cases).append(case)
    return result
