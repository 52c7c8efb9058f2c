"""Keep broken translations out of the built catalogues:
``python -m tools.i18n_guard SOURCE.ts CHECKED.ts``.

A translation whose ``{placeholders}`` differ from its English source (a dropped ``{time}``, a
renamed ``{reason}``, an unmatched brace) would make ``str.format`` raise, or silently drop the
fact the sentence exists to give. Such a translation is left out of ``CHECKED.ts`` (marked
unfinished, so Qt shows the English) and named on standard error; ``make translations`` runs
this before ``lrelease``, so a catalogue the app loads never holds one.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from intake_app.domain.i18n import same_fields


def check_catalogue(source: Path, target: Path) -> list[str]:
    """Write ``target`` without the translations that break their placeholders; return a line
    per translation left out."""
    tree = ET.parse(source)  # noqa: S314 - a catalogue in our own repository
    refused = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            english = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [translation, *translation.iter("numerusform")]
            texts = [f.text for f in forms if f.text]
            if texts and not all(same_fields(english, text) for text in texts):
                refused.append(f"{source.name}: {name}: {english!r}: the translation's "
                               "{placeholders} differ from the English; it is left out")
                for form in forms:
                    form.text = None
                translation.set("type", "unfinished")
    target.parent.mkdir(parents=True, exist_ok=True)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return refused


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m tools.i18n_guard SOURCE.ts CHECKED.ts", file=sys.stderr)
        return 2
    for line in check_catalogue(Path(args[0]), Path(args[1])):
        print(line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
