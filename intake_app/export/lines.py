"""Text wrapped into lines the canvas can draw: each line a row of pieces of one font.

A text is wrapped in logical order (the order it was typed), one paragraph per ``\\n``:

* break opportunities are spaces and the gaps between two wide (CJK) characters, except
  before closing punctuation; a word wider than the column is cut between characters, never
  between a letter and its mark or after a virama;
* each word is measured as it will be drawn: joined first when it is Arabic (joining never
  crosses a space, so a word's width does not depend on its line), each font run measured
  in its own face, shaped by HarfBuzz where the face's script needs it.

Then each finished line is put in visual order (``bidi_text.visual``, with the paragraph's
direction), cut into font runs again and shaped per run: a word whose letters come from two
fonts is shaped piece by piece, never with the first font only. A right-to-left paragraph's
lines are right-aligned by whoever draws them (:attr:`Line.rtl`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr

from intake_app.export import bidi_text
from intake_app.export.fonts import Face, FontSet
from intake_app.export.runs import Run, normalised, split

_NO_BREAK_AFTER = frozenset({0x094D, 0x09CD, 0x200D})  # Devanagari, Bengali virama; ZWJ


@dataclass(frozen=True)
class Piece:
    """A run ready for the canvas: the face's registered name, the text (a reportlab
    ``ShapedStr`` when HarfBuzz shaped it) and its width in points."""

    font: str
    text: str
    width: float


@dataclass(frozen=True)
class Line:
    pieces: tuple[Piece, ...]
    width: float
    rtl: bool

    @property
    def text(self) -> str:
        """The characters drawn, in drawing order (what a test reads back)."""
        return "".join(p.text for p in self.pieces)


@dataclass(frozen=True)
class Style:
    size: float
    bold: bool = False


def _needs_shaping(run: Run) -> bool:
    if run.face.shaped:
        return True
    if bidi_text.has_rtl(run.text):
        # Already joined and in visual order: HarfBuzz would read it as right to left and
        # turn it round again.
        return False
    # A mark with no precomposed letter (after NFC) is placed by the font's mark rules.
    return any(unicodedata.category(ch).startswith("M") for ch in run.text)


def _piece(run: Run, style: Style) -> Piece:
    face: Face = run.face
    if style.bold:
        bold = face.weighted(True)
        if all(bold.covers(ch) for ch in run.text):
            face = bold
    if _needs_shaping(run):
        shaped = shapeStr(run.text, face.name, style.size)
        if isinstance(shaped, ShapedStr):
            width = sum(sd.x_advance for sd in shaped.__shapeData__) * style.size / 1000
            return Piece(face.name, shaped, width)
    return Piece(face.name, run.text, stringWidth(run.text, face.name, style.size))


def pieces(text: str, fonts: FontSet, style: Style, field: str) -> tuple[Piece, ...]:
    """One line's text (in drawing order) as pieces, one per font run."""
    return tuple(_piece(run, style) for run in split(text, fonts, field))


def _measure(token: str, fonts: FontSet, style: Style, field: str) -> float:
    return sum(p.width for p in pieces(bidi_text.joined(token), fonts, style, field))


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _tokens(paragraph: str) -> list[tuple[str, str]]:
    """(word, the spaces after it) for every break opportunity, in logical order."""
    out: list[tuple[str, str]] = []
    word, gap = "", ""
    for ch in paragraph:
        if ch == " ":
            gap += ch
            continue
        breaks = bool(gap) or (word and _wide(ch) and _wide(word[-1])
                               and unicodedata.category(ch) not in ("Pe", "Pf", "Po"))
        if breaks and word:
            out.append((word, gap))
            word, gap = "", ""
        elif gap:  # spaces at the start of the paragraph
            out.append(("", gap))
            gap = ""
        word += ch
    if word or gap:
        out.append((word, gap))
    return out


def _cut(word: str, room: float, fonts: FontSet, style: Style, field: str) -> list[str]:
    """A word too wide for the column, in pieces that fit (at least one character each)."""
    parts: list[str] = []
    current = ""
    for ch in word:
        candidate = current + ch
        glued = bool(current) and (unicodedata.category(ch).startswith("M")
                                   or ord(current[-1]) in _NO_BREAK_AFTER)
        if current and not glued and _measure(candidate, fonts, style, field) > room:
            parts.append(current)
            current = ch
        else:
            current = candidate
    if current:
        parts.append(current)
    return parts


def wrap(text: str, width: float, fonts: FontSet, style: Style, field: str) -> tuple[Line, ...]:
    """``text`` wrapped to ``width`` points. UnprintableText (naming ``field``) for a
    character no shipped font has."""
    lines: list[Line] = []
    for paragraph in normalised(text).split("\n"):
        rtl = bidi_text.base_is_rtl(paragraph)
        space = _measure(" ", fonts, style, field)
        logical: list[str] = []
        current, used, pending = "", 0.0, ""
        for word, gap in _tokens(paragraph):
            size = _measure(word, fonts, style, field) if word else 0.0
            chunks = _cut(word, width, fonts, style, field) if size > width else [word]
            for n, chunk in enumerate(chunks):
                chunk_size = size if len(chunks) == 1 else _measure(chunk, fonts, style, field)
                extra = len(pending) * space
                if current and used + extra + chunk_size > width:
                    logical.append(current)
                    current, used = chunk, chunk_size
                else:
                    current += pending + chunk
                    used += extra + chunk_size
                pending = gap if n == len(chunks) - 1 else ""
        logical.append(current)
        lines += [_line(line, rtl, fonts, style, field) for line in logical]
    return tuple(lines)


def _line(logical: str, rtl: bool, fonts: FontSet, style: Style, field: str) -> Line:
    drawn = bidi_text.visual(logical, rtl=rtl) if bidi_text.has_rtl(logical) else logical
    row = pieces(drawn, fonts, style, field)
    return Line(row, sum(p.width for p in row), rtl)
