"""Build the shipped Chinese font: a subset of Noto Sans CJK SC with TrueType outlines.

Noto Sans CJK is distributed with CFF (PostScript) outlines, which reportlab cannot embed, so
the PDF referral needs a TrueType copy. This tool takes the Simplified Chinese face of the
collection Debian's ``fonts-noto-cjk`` installs, keeps a sensible set of characters and
converts every kept glyph's cubic curves to quadratic ones, writing a ``glyf``-outline font.

Which characters (written here, derived from the standard library, nothing downloaded):

* the 3,755 hanzi of level 1 of GB 2312-1980, the set that standard chose as the characters in
  most frequent use (it covers well over 99% of running text in modern simplified Chinese).
  They are the characters at rows 16-55 of the standard's table, read here by decoding every
  two-byte EUC-CN code in that range with Python's own ``gb2312`` codec;
* CJK punctuation and symbols (U+3000-U+303F), full-width ASCII forms and half-width
  punctuation (U+FF00-U+FFEF), the middle dot and the ideographic quotation marks;
* printable ASCII, so digits and Latin letters inside a Chinese run keep one font;
* :data:`EXTRA`: the characters the test suite uses outside that set, if any.

Usage (needs fontTools, in the ``test`` extra of pyproject.toml)::

    python -m tools.build_cjk_font [--source NotoSansCJK-Regular.ttc] [--out FILE.ttf]

Then update ``resources/fonts/MANIFEST.toml`` with the new file's SHA-256 (the font test
says which value it found).
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "NotoSansSC-Subset.ttf"
FACE = "Noto Sans CJK SC"
FAMILY = "Noto Sans SC Intake Subset"

#: How far (in font units, of 1000 per em) a quadratic curve may stray from the cubic one.
TOLERANCE = 1.0

#: Characters the tests write that the sets below may lack (kept even when they are common).
EXTRA = "联系电话安全时间请勿告诉她的伴侣转介原因住房法律援助"


def gb2312_level1() -> list[str]:
    """The level-1 hanzi of GB 2312: rows 16 to 55, cells 1 to 94 (row 55 stops at cell 89)."""
    chars = []
    for row in range(16, 56):
        for cell in range(1, 95):
            try:
                ch = bytes((0xA0 + row, 0xA0 + cell)).decode("gb2312")
            except UnicodeDecodeError:
                continue  # the unassigned cells at the end of row 55
            chars.append(ch)
    return chars


def wanted() -> list[int]:
    points = {ord(c) for c in gb2312_level1()}
    points |= set(range(0x3000, 0x3040))  # CJK symbols and punctuation
    points |= set(range(0xFF01, 0xFF5F)) | set(range(0xFF61, 0xFF65))  # full/half-width forms
    points |= set(range(0x20, 0x7F))  # ASCII
    points |= {0x00B7, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026}
    points |= {ord(c) for c in EXTRA}
    return sorted(points)


def load_face(source: Path) -> TTFont:
    collection = TTCollection(str(source), lazy=False)
    for font in collection.fonts:
        if font["name"].getDebugName(1) == FACE:
            return font
    raise SystemExit(f"{source} holds no face named {FACE!r}")


def subset_face(font: TTFont, points: list[int]) -> None:
    options = subset.Options()
    options.layout_features = ["*"]  # keep the shaping rules for what stays
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=points)
    subsetter.subset(font)


def cff_to_glyf(font: TTFont) -> None:
    """Replace the CFF table by glyf/loca: each glyph drawn through a cubic-to-quadratic pen."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        # reverse_direction: PostScript outlines wind the other way round from TrueType ones.
        glyph_set[name].draw(Cu2QuPen(pen, TOLERANCE, reverse_direction=True))
        glyphs[name] = pen.glyph()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000  # the TrueType form of maxp, with its extra fields
    maxp.maxZones = 1
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxPoints", "maxContours",
                 "maxCompositePoints", "maxCompositeContours", "maxComponentElements",
                 "maxComponentDepth"):
        setattr(maxp, attr, 0)  # the counts are recalculated below; no hinting is kept
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 2.0  # glyph names kept in the font, as TrueType readers expect
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"
    glyf.compile(font)  # fills loca and checks every glyph compiles
    font["maxp"].recalc(font)


def rename(font: TTFont) -> None:
    """A modified font gets a name of its own (the OFL asks a derivative not to pass for the
    original), with the source named in the description."""
    name = font["name"]
    postscript = FAMILY.replace(" ", "") + "-Regular"
    for record in list(name.names):
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID == 4:
            record.string = f"{FAMILY} Regular"
        elif record.nameID == 6:
            record.string = postscript
        elif record.nameID == 3:
            record.string = f"{postscript};subset"
    name.setName(f"Subset of {FACE} (3,755 GB 2312 level-1 hanzi), outlines converted to "
                 "TrueType by tools/build_cjk_font.py", 10, 3, 1, 0x409)


def build(source: Path, out: Path) -> str:
    font = load_face(source)
    subset_face(font, wanted())
    cff_to_glyf(font)
    rename(font)
    out.parent.mkdir(parents=True, exist_ok=True)
    font.recalcTimestamp = False  # the same source gives the same bytes
    font.save(str(out), reorderTables=True)
    return hashlib.sha256(out.read_bytes()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    digest = build(args.source, args.out)
    size = args.out.stat().st_size
    print(f"{args.out}: {size} bytes, SHA-256 {digest}")


if __name__ == "__main__":
    main()
