"""Reading a TOML definition file (a checklist, a kind of agency) without ever crashing.

What every kind of definition file shares, so each is refused the same way whatever its bytes:
the size and the encoding are checked before the text is parsed; ``tomllib`` gives the line
of a syntax error; nesting and list lengths are bounded before a schema sees the document;
the JSON Schema's errors become one sentence naming the place (``kinds[3].facts[1].reviewed``)
and the reason. Each function raises the ``DefinitionFileInvalid`` subclass it is given
(``ChecklistInvalid``, ``AgencyFileInvalid``), never any other exception.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from itertools import islice
from pathlib import Path
from typing import Any, Protocol

from jsonschema import Draft202012Validator, validators
from jsonschema.exceptions import ValidationError, best_match

from intake_app.domain.errors import DefinitionFileInvalid
from intake_app.domain.text_rules import escaped

#: The largest definition file read; real ones are a few tens of KiB.
MAX_BYTES = 1024 * 1024
#: Tables and lists inside each other, the whole file counting as one.
MAX_DEPTH = 12
#: Entries in one table or list.
MAX_ENTRIES = 1000

ID_PATTERN = r"\A[a-z0-9_]{1,64}\Z"
LANGUAGE_PATTERN = r"\A[a-z]{2,3}(_([A-Z]{2}|[A-Z][a-z]{3}))?\Z"
# Visible text may not hold control characters (line breaks and tabs apart) nor the invisible
# embeddings, overrides and isolates that make text display as something else. Direction
# marks and zero-width joiners stay: Arabic, Persian and Indic scripts need them.
# Line and paragraph separators (a line break a terminal or a log would not show as one) and
# tag characters (invisible letters) are refused as well.
_BAD_TEXT_CHARS = ("\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e"
                   "\u2066-\u2069\U000e0000-\U000e007f")
TEXT_PATTERN = rf"\A[^{_BAD_TEXT_CHARS}]*\Z"
BAD_TEXT = re.compile(f"[{_BAD_TEXT_CHARS}]")

#: The reason a value does not fit a pattern, by pattern; each file format adds its own.
PATTERN_REASONS: dict[str, str] = {
    ID_PATTERN: "must be 1 to 64 characters from a-z, 0-9 and _ (no capitals, spaces or "
                "other letters)",
    LANGUAGE_PATTERN: "is not a language code (such as pl, cy or pt_BR)",
}

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_AT_LINE = re.compile(r"\s*\(at line (\d+), column \d+\)\s*\Z")


class _Refusal(Protocol):
    def __call__(self, source: str, reason: str, place: str = "",
                 line: int | None = None) -> DefinitionFileInvalid: ...


# --- bytes and text --------------------------------------------------------------------------

def read_text(path: Path, error: _Refusal, what: str) -> str:
    """One file's text, its size and encoding checked (``what``: "a checklist definition")."""
    source = str(path)
    try:
        if not path.is_file():
            raise error(source, "not a regular file")
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise error(source, "cannot be read ("
                    f"{exc.strerror or type(exc).__name__})") from None
    if len(data) > MAX_BYTES:
        raise error(source, f"larger than {MAX_BYTES // 1024} KiB, so not {what}")
    if data.startswith(_UTF16_BOMS):
        raise error(source, "saved as UTF-16; save it as UTF-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error(source, f"not UTF-8 text (byte 0x{data[exc.start]:02X}); save the file "
                    "as UTF-8", line=data.count(b"\n", 0, exc.start) + 1) from None


def document(text: str, source: str, error: _Refusal, what: str) -> tuple[str, dict[str, Any]]:
    """(the text without a byte order mark, the TOML document in it), its size and shape
    checked, so a schema never sees an absurd document."""
    text = text.removeprefix("\ufeff")
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        line = text.count("\n", 0, exc.start) + 1
        raise error(source, "holds half of a character pair (a broken character), which is "
                    "not text", line=line) from None
    if len(encoded) > MAX_BYTES:
        raise error(source, f"larger than {MAX_BYTES // 1024} KiB, so not {what}")
    doc = _toml(text, source, error)
    shape = shape_problem(doc)
    if shape is not None:
        raise error(source, shape[1], shape[0])
    return text, doc


def _toml(text: str, source: str, error: _Refusal) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _AT_LINE.search(message)
        reason = escaped(message[:match.start()] if match else message)
        line = int(match.group(1)) if match else None
        raise error(source, f"not valid TOML: {reason[:200]}", line=line) from None
    except ValueError:
        # int() refuses more than sys.get_int_max_str_digits() digits (4,300 by default).
        raise error(source, "holds a number with far too many digits") from None
    except RecursionError:
        raise error(source, "nested far too deeply to be read") from None


def shape_problem(doc: object) -> tuple[str, str] | None:
    """(place, reason) of the first table or list nested deeper than MAX_DEPTH or longer than
    MAX_ENTRIES, or None; walked without recursion, and stopped there."""
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
            return place_of(path), f"nested deeper than {MAX_DEPTH} levels"
        if not children and len(value) > MAX_ENTRIES:
            return place_of(path), f"has more than {MAX_ENTRIES} entries"
        stack.extend((child, depth + 1, (*path, key)) for key, child in children)
    return None


# --- places ----------------------------------------------------------------------------------

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


# --- schemas ---------------------------------------------------------------------------------

def list_of(items: Mapping[str, Any], max_items: int, min_items: int = 0) -> dict[str, Any]:
    """A list schema; its size is checked before its entries (the checks run in this order),
    so a list far too long is refused without a message made for each entry."""
    schema: dict[str, Any] = {"type": "array", "maxItems": max_items}
    if min_items:
        schema["minItems"] = min_items
    schema["items"] = dict(items)
    return schema


def table(properties: Mapping[str, Any], required: Iterable[str] = ()) -> dict[str, Any]:
    return {"type": "object", "properties": dict(properties), "required": list(required),
            "additionalProperties": False}


def text_schema(max_length: int) -> dict[str, Any]:
    return {"type": "string", "minLength": 1, "maxLength": max_length, "pattern": TEXT_PATTERN}


def worded(text: Mapping[str, Any], max_languages: int, *names: str) -> dict[str, Any]:
    """Properties for visible texts: ``name`` and ``name_translations`` for each."""
    translations = {"type": "object", "maxProperties": max_languages,
                    "propertyNames": {"pattern": LANGUAGE_PATTERN},
                    "additionalProperties": dict(text)}
    found: dict[str, Any] = {}
    for name in names:
        found[name] = dict(text)
        found[f"{name}_translations"] = translations
    return found


def _strict_integer(_checker: object, instance: object) -> bool:
    # JSON Schema would take 14.0 for 14, and a count that is a float has no place here.
    return isinstance(instance, int) and not isinstance(instance, bool)


def _day(_checker: object, instance: object) -> bool:
    # A TOML local date (2026-11-01, no quotes); not a date with a time.
    return isinstance(instance, date) and not isinstance(instance, datetime)


# types-jsonschema leaves extend() unannotated; it returns a validator class like its first.
_Validator = validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator,
    type_checker=Draft202012Validator.TYPE_CHECKER.redefine_many(
        {"integer": _strict_integer, "date": _day}))


def validator(schema: Mapping[str, Any]) -> Any:
    """A validator for ``schema`` whose ``integer`` is strict (no floats, no booleans)."""
    return _Validator(dict(schema))


_ERRORS_CONSIDERED = 100


def schema_problem(checker: Any, data: object,
                   reasons: Mapping[str, str] = PATTERN_REASONS) -> tuple[str, str] | None:
    """(place, reason) of the most telling way ``data`` does not fit ``checker``'s schema."""
    # The first errors found are enough to choose from, and stopping there bounds the work
    # whatever the file holds.
    error = best_match(islice(checker.iter_errors(data), _ERRORS_CONSIDERED))
    if error is None:
        return None
    path = list(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {})
        extra = sorted(str(key) for key in error.instance if key not in known)
        if extra:
            return place_of([*path, extra[0]]), "unknown key"
    if "propertyNames" in error.schema_path and isinstance(error.instance, str):
        return place_of([*path, error.instance]), _reason(error, reasons)
    return place_of(path), _reason(error, reasons)


_TYPE_WORDS = {"string": "text in quotes", "integer": "a whole number",
               "boolean": "true or false", "object": "a table", "array": "a list",
               "date": "a date written YYYY-MM-DD, without quotes"}


def _reason(error: ValidationError, reasons: Mapping[str, str]) -> str:
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
            match = BAD_TEXT.search(instance)
            code = f"U+{ord(match.group()):04X}" if match else "a character"
            return (f"holds {code}, a control or text-direction character that cannot be "
                    "shown as written")
        return reasons.get(str(value), "is not in the expected form")
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
    if rule == "uniqueItems":
        return "names the same entry twice"
    if rule == "anyOf":
        return "is not one of the forms allowed here"
    message = escaped(error.message)
    return message if len(message) <= 120 else message[:120] + "..."
