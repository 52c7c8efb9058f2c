"""Which characters typed or pasted text may hold, decided once for every boundary.

Pasting from e-mail, PDFs or broken clipboards brings in characters nobody can see: NUL,
escape sequences, other control characters, and lone UTF-16 surrogates (half of a character,
which cannot be written as UTF-8 and so cannot be stored at all). Each kind of input decides
what to do with them:

* a stored answer is refused (``unusable_character``): the app never silently rewrites what
  a caseworker recorded, so she is told which answer to correct;
* a search query is cleaned (``clean_query``): it is only a question, and an invisible
  character should not make the question fail;
* text printed for people (the command line) is escaped (``escaped``), so stored text can
  never forge a line of output.
"""

from __future__ import annotations

import unicodedata

#: Multi-line answers may hold line breaks and tabs; nothing else below U+0020.
_MULTILINE_CONTROLS = frozenset("\t\n")
#: Whitespace controls become a space in a query, so "Amina\tOkafor" is still two words.
_SPACE_LIKE = frozenset("\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85")
#: Categories escaped in printed output: controls, format characters (bidirectional
#: overrides can reorder a terminal line), surrogates, and line / paragraph separators.
_ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def _refused(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cs")


def unusable_character(text: str, *, multiline: bool = False) -> str | None:
    """The first character of ``text`` that may not be stored, or None.

    Refused: lone surrogates, NUL and every other control character (C0, DEL, C1), except
    tab and line feed in a multi-line answer. Format characters (zero-width joiner and
    non-joiner, direction marks) stay allowed: names in Persian, Arabic and Indic scripts
    need them.
    """
    for ch in text:
        if _refused(ch) and not (multiline and ch in _MULTILINE_CONTROLS):
            return ch
    return None


def clean_query(text: str) -> str:
    """``text`` with control characters and lone surrogates taken out (whitespace controls
    become a space)."""
    if not any(_refused(ch) for ch in text):
        return text
    return "".join(" " if ch in _SPACE_LIKE else "" if _refused(ch) else ch for ch in text)


def escaped(text: object, *, keep: str = "") -> str:
    """``str(text)`` with every control, format, surrogate and line-separator character
    (except those in ``keep``) written as a visible escape (``\\n``, ``\\x1b``, ``\\u202e``), so
    it stays on one line and shows what is really there."""
    out = str(text)

    def hidden(ch: str) -> bool:
        return unicodedata.category(ch) in _ESCAPED_CATEGORIES and ch not in keep

    if not any(hidden(ch) for ch in out):
        return out
    return "".join(_escape(ch) if hidden(ch) else ch for ch in out)


def _escape(ch: str) -> str:
    # repr() of one such character is its escape (\n, \x1b, \u202e) between quotes.
    return repr(ch)[1:-1]
