"""The shipped fonts, as the PDF renderer uses them.

``resources/fonts/MANIFEST.toml`` lists every file (family, weight, scripts, SHA-256, licence)
in the order a character looks for a font: the first regular face whose character map has the
character sets it. Each face is registered with reportlab once per process, under a name of
our own, with its character map read from the file (reportlab never falls back to another
font: a character a face lacks would silently vanish, so coverage is decided here).

Scripts whose letters change shape with their neighbours (Indic, Ethiopic) are marked for
HarfBuzz shaping; Arabic is joined before it gets here (``bidi_text.py``) and is drawn from the
presentation forms its face carries.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from intake_app import resources

MANIFEST = "fonts/MANIFEST.toml"

#: Scripts drawn through HarfBuzz (conjuncts, vowel signs that reorder or stack).
SHAPED_SCRIPTS = frozenset({"Devanagari", "Bengali", "Ethiopic"})


@dataclass(frozen=True)
class ManifestEntry:
    file: str
    family: str
    weight: str  # "regular" or "bold"
    scripts: tuple[str, ...]
    sha256: str
    licence: str
    licence_file: str
    source: str


def read_manifest(path: Path | None = None) -> tuple[ManifestEntry, ...]:
    """The manifest's entries in file order (ValueError for an entry missing a key)."""
    where = path or resources.path(MANIFEST)
    data = tomllib.loads(where.read_text(encoding="utf-8"))
    entries = []
    for raw in data.get("font", []):
        try:
            entries.append(ManifestEntry(
                file=str(raw["file"]), family=str(raw["family"]), weight=str(raw["weight"]),
                scripts=tuple(str(s) for s in raw["scripts"]), sha256=str(raw["sha256"]),
                licence=str(raw["licence"]), licence_file=str(raw["licence_file"]),
                source=str(raw["source"])))
        except KeyError as missing:
            raise ValueError(f"{where}: a font entry has no {missing}") from None
    return tuple(entries)


@dataclass(frozen=True, eq=False)
class Face:
    """One registered font file: reportlab's name for it and the characters it has."""

    name: str  # the name it is registered under with reportlab
    entry: ManifestEntry
    cover: frozenset[int]
    #: The bold face of the same family, or this face when the family ships no bold.
    bold: Face | None = None

    @property
    def shaped(self) -> bool:
        return any(script in SHAPED_SCRIPTS for script in self.entry.scripts)

    def covers(self, char: str) -> bool:
        return ord(char) in self.cover

    def weighted(self, bold: bool) -> Face:
        return (self.bold or self) if bold else self


@dataclass(frozen=True)
class FontSet:
    """The regular faces in manifest order, each knowing its bold face."""

    faces: tuple[Face, ...]

    def first_covering(self, char: str) -> Face | None:
        return next((f for f in self.faces if f.covers(char)), None)

    def __iter__(self) -> Iterator[Face]:
        return iter(self.faces)

    @property
    def primary(self) -> Face:
        return self.faces[0]


def _register(entry: ManifestEntry, folder: Path) -> tuple[str, frozenset[int]]:
    name = "Intake-" + Path(entry.file).stem
    try:
        font = pdfmetrics.getFont(name)
    except KeyError:
        font = TTFont(name, str(folder / entry.file), shapable=True)
        pdfmetrics.registerFont(font)
    if not isinstance(font, TTFont):  # a name of ours taken by something else
        raise RuntimeError(f"the font name {name} is already registered")
    return name, frozenset(font.face.charToGlyph)


@cache
def shipped() -> FontSet:
    """The shipped fonts, registered with reportlab (once per process)."""
    return load(resources.path(MANIFEST))


def load(manifest: Path) -> FontSet:
    entries = read_manifest(manifest)
    folder = manifest.parent
    bolds: dict[str, Face] = {}
    for entry in entries:
        if entry.weight == "bold":
            name, cover = _register(entry, folder)
            bolds[entry.family] = Face(name, entry, cover)
    faces = []
    for entry in entries:
        if entry.weight == "regular":
            name, cover = _register(entry, folder)
            faces.append(Face(name, entry, cover, bolds.get(entry.family)))
    if not faces:
        raise ValueError(f"{manifest}: no regular face")
    return FontSet(tuple(faces))
