"""What the hostile definition-file tests share (checklists, agency kinds): a TOML writer for
any document, hostile strings, and walking the paths of a document and checking that a
refusal's place names a part of it."""

from __future__ import annotations

import datetime as dt
import math
import re

from hypothesis import strategies as st

ANY_CHAR = st.characters(codec=None, categories=None)
#: Ids and texts that look right and are not: look-alike letters, invisible and direction
#: characters, capitals, spaces, paths.
TRICKS = st.sampled_from([
    "ab\u200bc", "s\u0430fe", "ab\u202ec", "AB", "a b", "a" * 65, "\uff41", "a\n", "\u0663",
    "", "a\u0301", "\ufeffa", "a\x00", "\U0001f600", "../x", "a.b", "-", "ＩＤ"])


def toml_string(text: str) -> str:
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        elif 0xD800 <= ord(ch) <= 0xDFFF:
            out.append(f"\\u{ord(ch):04x}")  # TOML refuses it: a hostile file all the same
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def toml_value(value: object) -> str:
    """``value`` as an inline TOML value (TypeError for what TOML cannot hold)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{toml_string(str(k))} = {toml_value(v)}"
                                for k, v in value.items()) + " }"
    raise TypeError(type(value))


def to_toml(doc: dict) -> str:
    """A whole document, every top-level key an inline value."""
    return "".join(f"{toml_string(str(key))} = {toml_value(value)}\n"
                   for key, value in doc.items())


def paths(value: object, here: tuple = ()) -> list[tuple]:
    """Every path of keys and indexes inside ``value`` (the empty one first)."""
    found = [here]
    if isinstance(value, dict):
        for key, child in value.items():
            found += paths(child, (*here, key))
    elif isinstance(value, list):
        for n, child in enumerate(value):
            found += paths(child, (*here, n))
    return found


def at(doc: object, path: tuple) -> object:
    for step in path:
        doc = doc[step]  # type: ignore[index]
    return doc


# A quoted key is Python's repr of the escaped key: in single quotes, or in double quotes when
# it holds a single quote itself.
_PLACE_STEP = re.compile(
    r"\[(\d+)\]|\.?([a-z0-9_A-Z]+)|\.?('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")")


def place_in(doc: object, place: str) -> bool:
    """Whether ``place`` (``sections[2].items[5].id``) names a part of ``doc`` (or a key of
    it: a missing or unknown key's place ends in that key)."""
    pos, value = 0, doc
    while pos < len(place):
        match = _PLACE_STEP.match(place, pos)
        if not match or match.end() == pos:
            return False
        pos = match.end()
        if match.group(1) is not None:
            index = int(match.group(1))
            if not isinstance(value, list) or index >= len(value):
                return False
            value = value[index]
        elif match.group(2) is not None:
            if not isinstance(value, dict):
                return False
            if match.group(2) not in value:
                return pos == len(place)
            value = value[match.group(2)]
        else:
            return isinstance(value, dict)  # a quoted (escaped) key: a hostile one
    return True
