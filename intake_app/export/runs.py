"""Text cut into runs of one font each, and the refusal of a character no font has.

reportlab draws each string in one font and drops what that font lacks, and HarfBuzz shapes a
string with one font, so every string the renderer draws is first cut here:

* the text is NFC-normalised (Vietnamese typed as base letters plus combining marks becomes the
  precomposed letters the fonts carry);
* a letter takes the first face in the manifest's order whose character map has it;
* a character of no script of its own (a space, a digit, punctuation, a combining mark) stays
  with the run it is in when that run's face has it, else joins the letter that follows, so
  ``(রহিম)`` is one Bengali run and a mark never leaves its base letter when it can help it;
* direction marks and embeddings are left out (the bidi step has already read them, and
  they would only clutter the text a reader copies); other invisible format characters
  (zero-width joiners, which shaping reads) are kept where the run's face has them and left
  out where it does not: they draw nothing;
* anything else no face has refuses the export with :class:`UnprintableText`, naming the
  field and the character's code point (never the text around it).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from intake_app.domain.errors import IntakeError
from intake_app.export.fonts import Face, FontSet

_NEUTRAL_CATEGORIES = ("Z", "P", "S", "N", "M", "C")
#: Characters that may be dropped when the face in use lacks them (they draw nothing).
_BIDI_CONTROLS = frozenset({0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F),
                            *range(0x2066, 0x206A)})
_INVISIBLE = frozenset({0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, *_BIDI_CONTROLS})


class UnprintableText(IntakeError):
    """A character that none of the shipped fonts can draw: the PDF is not made (it would
    show the text with a letter missing). ``field`` is the label or path of the text that
    holds it, ``codepoint`` the character (``U+1F600``)."""

    def __init__(self, field: str, char: str) -> None:
        self.field = field
        self.codepoint = f"U+{ord(char):04X}"
        name = unicodedata.name(char, "unnamed character")
        super().__init__(f"the PDF cannot show {self.codepoint} ({name}) in “{field}”: no "
                         "font the app ships has it; change that text or leave it out")


@dataclass(frozen=True)
class Run:
    text: str
    face: Face


def normalised(text: str) -> str:
    """NFC, with tabs and other white space drawn as plain spaces."""
    text = unicodedata.normalize("NFC", text)
    return "".join(" " if ch.isspace() and ch != "\n" else ch for ch in text)


def _neutral(ch: str) -> bool:
    return unicodedata.category(ch)[0] in _NEUTRAL_CATEGORIES


def split(text: str, fonts: FontSet, field: str) -> tuple[Run, ...]:
    """``text`` (already normalised, one line) as runs of one face each."""
    text = "".join(ch for ch in text if ord(ch) not in _BIDI_CONTROLS)
    chosen: list[Face | None] = []
    for ch in text:
        if ord(ch) in _INVISIBLE or _neutral(ch):
            chosen.append(None)  # decided below, from its neighbours
            continue
        face = fonts.first_covering(ch)
        if face is None:
            raise UnprintableText(field, ch)
        chosen.append(face)
    _place_neutrals(text, chosen, fonts, field)
    runs: list[Run] = []
    for ch, face in zip(text, chosen, strict=True):
        if face is None:
            continue  # an invisible character no neighbour's face has
        if runs and runs[-1].face is face:
            runs[-1] = Run(runs[-1].text + ch, face)
        else:
            runs.append(Run(ch, face))
    return tuple(runs)


def _place_neutrals(text: str, chosen: list[Face | None], fonts: FontSet, field: str) -> None:
    """Give each neutral character the face of the run it sits in (in place)."""
    following: list[Face | None] = [None] * len(text)
    ahead: Face | None = None
    for i in range(len(text) - 1, -1, -1):
        if chosen[i] is not None:
            ahead = chosen[i]
        following[i] = ahead
    current: Face | None = None
    for i, ch in enumerate(text):
        face = chosen[i]
        if face is not None:
            current = face
            continue
        for candidate in (current, following[i]):
            if candidate is not None and candidate.covers(ch):
                chosen[i] = candidate
                break
        else:
            if ord(ch) in _INVISIBLE:
                continue  # nothing around it has it, and it draws nothing
            fallback = fonts.first_covering(ch)
            if fallback is None:
                raise UnprintableText(field, ch)
            chosen[i] = fallback
        current = chosen[i]


def check_printable(text: str, fonts: FontSet, field: str) -> None:
    """Raise UnprintableText for the first character no face has (the whole text)."""
    for line in normalised(text).split("\n"):
        split(line, fonts, field)
