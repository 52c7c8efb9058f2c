"""Right-to-left text for a renderer that only draws left to right.

reportlab's own right-to-left support needs a package that is not published, and without it
the direction is silently ignored. So a line that holds Arabic (or Hebrew) is prepared here:

1. joined: ``arabic_reshaper`` replaces each letter by the presentation form its neighbours
   ask for (initial, medial, final, isolated; lam-alef ligatures), vowel marks kept;
2. put in visual order: ``bidi.algorithm.get_display``, python-bidi's pure-Python
   implementation of the Unicode bidirectional algorithm, which also mirrors brackets (the
   default ``bidi.get_display`` does not); numbers stay left to right, so ``0712 345`` reads
   as typed inside an Arabic sentence.

Lines are wrapped *before* this step, in logical order (``lines.py``): the visual order of a
paragraph is not the visual order of its lines.
"""

from __future__ import annotations

import unicodedata

from arabic_reshaper import ArabicReshaper
from bidi.algorithm import get_display

#: Harakat kept: a vowel mark someone typed in a name is part of how it is written.
_RESHAPER = ArabicReshaper(configuration={"delete_harakat": False,
                                          "shift_harakat_position": True})

_RTL = frozenset({"R", "AL"})
_LTR = frozenset({"L"})


def has_rtl(text: str) -> bool:
    """Whether any character of ``text`` is strongly right to left."""
    return any(unicodedata.bidirectional(ch) in _RTL for ch in text)


def base_is_rtl(text: str) -> bool:
    """The paragraph direction the bidi algorithm gives (rule P2): its first strong letter."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _RTL:
            return True
        if kind in _LTR:
            return False
    return False


def joined(text: str) -> str:
    """Arabic letters replaced by their contextual forms (text left in logical order)."""
    return str(_RESHAPER.reshape(text)) if has_rtl(text) else text


def visual(line: str, *, rtl: bool | None = None) -> str:
    """One line, joined and in the order it is drawn left to right. ``rtl`` forces the
    paragraph direction (None: from the line's first strong letter)."""
    if not has_rtl(line):
        return line
    base = None if rtl is None else ("R" if rtl else "L")
    shown = get_display(joined(line), base_dir=base)
    return str(shown)
