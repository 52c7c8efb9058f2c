"""A pseudo-translation that proves the translation pipeline:
``python -m tools.pseudo_locale SOURCE.ts OUT.ts [--rtl]``.

Every message of ``SOURCE.ts`` is "translated" into text a tester can read but that is plainly
not English: letters carry accents, every word is lengthened by a third (translations run
longer than English: German and Polish often by that much), and the whole is wrapped in
``[`` ... ``]`` so a cut-off end or a string stitched from pieces shows. ``{placeholders}``,
``%1``-style arguments, ``&`` mnemonics, HTML tags and entities are left as they are.

With ``--rtl`` the catalogue also says it is right to left (``QGuiApplication`` /
``QT_LAYOUT_DIRECTION`` = ``RTL``), so Qt mirrors every screen the way it would for Arabic,
Farsi or Urdu.

``make translations`` builds ``confidential_intake_pseudo.qm`` and
``confidential_intake_pseudo_rtl.qm`` with it; ``intake-app --language pseudo`` shows them.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

OPEN, CLOSE = "[", "]"
_ACCENTED = str.maketrans(
    "aceinosuyzACEINOSUYZ",
    "\u00e1\u00e7\u00e9\u00ee\u00f1\u00f6\u0161\u00fb\u00fd\u017e"
    "\u00c1\u00c7\u00c9\u00ce\u00d1\u00d6\u0160\u00db\u00dd\u017d")
#: Pieces of a message that must come through untouched.
_KEEP = re.compile(r"\{[^{}]*\}|%\d+|%n|&[a-zA-Z]+;|&&|<[^<>]*>")
_WORD = re.compile(r"[A-Za-z]+")


def _word(match: re.Match[str]) -> str:
    word = match.group(0)
    longer = word + word[-1].lower() * math.ceil(len(word) / 3)
    return longer.translate(_ACCENTED)


def pseudo(text: str) -> str:
    """``Sign in`` -> ``[Šîĝĝñ îññ]``-like text: accented, each word a third longer, wrapped."""
    if not text.strip():
        return text
    out = []
    last = 0
    for match in _KEEP.finditer(text):
        out.append(_WORD.sub(_word, text[last:match.start()]))
        out.append(match.group(0))
        last = match.end()
    out.append(_WORD.sub(_word, text[last:]))
    body = "".join(out)
    short = math.ceil(len(text) * 4 / 3) - len(body)
    if short > 0:  # spaces and punctuation are not lengthened: make up the third at the end
        body += " " + "~" * (short - 1) if short > 1 else "~"
    return OPEN + body + CLOSE


def is_pseudo(text: str) -> bool:
    return text.startswith(OPEN) and text.endswith(CLOSE)


def translate_catalogue(source: Path, target: Path, language: str, rtl: bool) -> int:
    tree = ET.parse(source)  # noqa: S314 - our own committed catalogue
    root = tree.getroot()
    root.set("language", language)
    count = 0
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        translation.attrib.pop("type", None)
        translation.text = pseudo(text)
        count += 1
    if rtl:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = "QGuiApplication"
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = "QT_LAYOUT_DIRECTION"
        ET.SubElement(message, "translation").text = "RTL"
    target.parent.mkdir(parents=True, exist_ok=True)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.pseudo_locale")
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--rtl", action="store_true", help="a right-to-left catalogue")
    args = parser.parse_args(argv)
    count = translate_catalogue(args.source, args.target,
                                "pseudo_rtl" if args.rtl else "pseudo", args.rtl)
    print(f"{args.target}: {count} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
