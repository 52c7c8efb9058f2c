"""Every script prints: names and notes in each script go through the real redaction step and
the renderer; the text comes back out through pypdf and pdfminer.six where extraction is
reliable (not for shaped Indic text or joined Arabic, whose glyphs extract as presentation
forms or private-use code points), the pages are rendered to PNG and carry ink where the
value is; the Arabic pipeline keeps digits and brackets right; a character no shipped font
has refuses the export and names the field.

Set INTAKE_PDF_SHOTS=DIR to keep the rendered pages for a person to look at.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from intake_app.export import bidi_text
from intake_app.export.fonts import shipped
from intake_app.export.lines import Style, wrap
from intake_app.export.render import render_referral
from intake_app.export.runs import UnprintableText, split
from tests.helpers.pdf import (
    HEADER,
    ink,
    pdfminer_text,
    pypdf_text,
    render_pages,
    view_of,
)

#: (name, text, whether extraction gives the text back as typed)
SCRIPTS = [
    ("latin", "Zoë Ångström-Façade, Ñúñez Gómez", True),
    ("polish", "Małgorzata Żółkiewska-Łęcka, Gdańsk", True),
    ("vietnamese", "Nguyễn Thị Phương Thảo, Hồ Chí Minh", True),
    ("vietnamese_nfd", unicodedata.normalize("NFD", "Nguyễn Thị Phương Thảo, Hồ Chí Minh"),
     True),
    ("greek", "Ελένη Παπαδοπούλου, Θεσσαλονίκη", True),
    ("cyrillic", "Екатерина Смирнова-Щукина, Київ", True),
    ("arabic", "فاطمة الزهراء: call Ahmed after 18:30 (رقم 4471) شكرا", False),
    ("devanagari", "प्रियंका क्षत्रिय, श्रीमती", False),
    ("bengali", "সুস্মিতা রায়চৌধুরী, ক্ষমা", False),
    ("amharic", "ሰላማዊት ተስፋዬ፣ አዲስ አበባ", False),
    ("chinese", "王秀英，联系电话请在下午三点以后。", True),
]


def _flat(text: str) -> str:
    return "".join(unicodedata.normalize("NFC", text).split())


@pytest.mark.parametrize(("name", "text", "extractable"), SCRIPTS, ids=[s[0] for s in SCRIPTS])
def test_every_script_renders(name: str, text: str, extractable: bool, tmp_path: Path) -> None:
    view = view_of({"survivor.names": text, "survivor.aliases": "Marker-" + name})
    data = render_referral(view, HEADER, invariant=True)
    for extracted in (pypdf_text(data), pdfminer_text(data)):
        flat = _flat(extracted)
        assert "Marker-" + name in flat
        if extractable:
            assert _flat(text) in flat
    pages = render_pages(data, tmp_path, f"script-{name}", dpi=80)
    assert pages and all(ink(p) > 0.002 for p in pages)
    # The name's row, right of the labels, on the first page's upper half: ink there.
    assert ink(pages[0], (0.33, 0.30, 0.95, 0.75)) > 0.003


def test_decomposed_vietnamese_draws_the_same_letters_as_precomposed() -> None:
    fonts = shipped()
    composed = "Nguyễn Thị Phương Thảo"
    typed = unicodedata.normalize("NFD", composed)
    assert typed != composed
    one = wrap(composed, 400, fonts, Style(10), "name")
    two = wrap(typed, 400, fonts, Style(10), "name")
    assert [line.text for line in one] == [line.text for line in two] == [composed]


def test_neutral_characters_stay_in_the_script_run_around_them() -> None:
    fonts = shipped()
    runs = split("(রহিম)", fonts, "name")
    assert [r.text for r in runs] == ["(রহিম)"]
    assert runs[0].face.entry.family == "Noto Sans Bengali"
    mixed = split("Priya प्रिया 12", fonts, "name")
    assert [r.face.entry.family for r in mixed] == ["Noto Sans", "Noto Sans Devanagari"]


def test_arabic_is_joined_and_reordered_with_digits_and_brackets_right() -> None:
    fonts = shipped()
    line = wrap("رقم 4471 (مساء) Ahmed", 400, fonts, Style(10), "notes")[0]
    drawn = line.text
    assert line.rtl
    assert "4471" in drawn and "1744" not in drawn
    # Joined: presentation forms, not the letters as typed.
    assert all(not ("\u0600" <= ch <= "\u06ff") for ch in drawn if ch.isalpha()
               and ch not in "Ahmed")
    # Visual order: the English word comes first (leftmost) in a right-to-left paragraph,
    # and the logical "(" is drawn mirrored at the right of the bracketed word.
    assert drawn.startswith("Ahmed ")
    word = bidi_text.visual("(مساء)", rtl=True)
    assert word[0] == "(" and word[-1] == ")"
    assert bidi_text.visual("(مساء)", rtl=True) != "(" + bidi_text.joined("مساء") + ")"


def test_a_long_arabic_note_wraps_into_right_aligned_lines_in_reading_order() -> None:
    fonts = shipped()
    words = [f"كلمة{n}" for n in range(1, 30)]
    lines = wrap(" ".join(words), 160, fonts, Style(10), "notes")
    assert len(lines) > 2
    assert all(line.rtl and line.width <= 160 for line in lines)
    first_line_digits = "".join(ch for ch in lines[0].text if ch.isdigit())
    # The first line holds the first words (numbers 1, 2, ...), each number as typed.
    assert first_line_digits.startswith(("1", "2", "3", "4", "5", "6", "7", "8", "9"))
    assert "1" in first_line_digits and "29" not in first_line_digits


@pytest.mark.parametrize("char", ["\U0001F600", "\U00010900", "\u0E01"])
def test_a_character_no_font_has_refuses_the_export_naming_the_field(char: str) -> None:
    view = view_of({"survivor.names": "Amina", "survivor.aliases": f"Ami{char}na"})
    with pytest.raises(UnprintableText) as refused:
        render_referral(view, HEADER)
    assert refused.value.codepoint == f"U+{ord(char):04X}"
    assert refused.value.field == "Other names and spellings"
    assert "Ami" not in str(refused.value)  # the message names the field, not the text


def test_invisible_direction_marks_are_dropped_not_refused() -> None:
    fonts = shipped()
    line = wrap("\u200fAmina\u200e", 400, fonts, Style(10), "name")[0]
    assert line.text == "Amina"


def test_a_referral_of_several_pages_in_several_scripts_renders_every_page(
        tmp_path: Path) -> None:
    """Fonts used on one page only must still be there on it (poppler reports a font it
    cannot find on stderr, which render_pages refuses)."""
    notes = "\n".join(text for _name, text, _ in SCRIPTS) * 6
    view = view_of({"survivor.names": "فاطمة حسن", "referral.reason": notes,
                    "survivor.aliases": "王秀英"})
    data = render_referral(view, HEADER)
    pages = render_pages(data, tmp_path, "several", dpi=50)
    assert len(pages) >= 2
    assert all(ink(p) > 0.002 for p in pages)
    assert "Page 1 of" in pypdf_text(data)
