"""Words that reach translators, without Qt.

Three kinds of visible text, one path each:

* **Text written in code** (UI and domain) is marked where it is written, with a literal
  context, so ``lupdate`` finds it: ``translate("Messages", "...")`` in the UI, and
  :func:`QT_TRANSLATE_NOOP` here in the domain (a no-op that returns its text; ``make i18n``
  tells ``lupdate`` to read ``intake_app/domain`` too).
* **Text declared as data** (the case model's labels, help texts and choices; the shipped
  checklist and agency definitions) is walked by ``tools/i18n_declared.py``, which writes one
  ``QT_TRANSLATE_NOOP`` line per string for ``lupdate``; a test fails when any declared string is
  missing from the ``.ts``.
* **An organisation's own definition files** cannot reach our ``.ts``; they carry their
  translations inside the file, by language code, and :class:`Wording` picks the one for the
  worker's language (see :func:`Wording.shown`).

A translation whose ``{placeholders}`` differ from its source would break ``str.format`` or
drop a fact from a sentence, so :func:`same_fields` lets the translator refuse it and show the
English instead (``ui/common/translation.py``).
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

#: ``translate(context, source_text) -> shown_text``, the shape of QCoreApplication.translate.
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Mark ``text`` for translation under ``context``; returns it unchanged."""
    del context
    return text


def identity(context: str, text: str) -> str:
    """The translator used where there is no catalogue: the English source, unchanged."""
    del context
    return text


def format_fields(text: str) -> frozenset[str]:
    """The ``{name}`` fields a text's ``str.format`` expects (conversion and spec ignored).

    Raises ValueError for text that ``str.format`` could not read (an unmatched brace)."""
    names = set()
    for _literal, name, _spec, _conversion in string.Formatter().parse(text):
        if name is not None:
            names.add(name)
    return frozenset(names)


def same_fields(source: str, translation: str) -> bool:
    """Whether a translation asks for exactly the fields its source does."""
    try:
        return format_fields(source) == format_fields(translation)
    except ValueError:
        return False


def language_candidates(language: str) -> tuple[str, ...]:
    """``pt_BR`` -> (``pt_BR``, ``pt``); ``pl`` -> (``pl``,). Hyphens read as underscores."""
    tag = language.replace("-", "_").strip()
    if not tag:
        return ()
    base = tag.split("_", 1)[0]
    return (tag,) if base == tag else (tag, base)


@dataclass(frozen=True)
class Wording:
    """One visible text from a definition file: its source and the translations the file
    carries for itself (an organisation's own file), by language code."""

    source: str
    inline: Mapping[str, str] = field(default_factory=dict)

    def shown(self, context: str, tr: Translate = identity, language: str = "") -> str:
        """The text for a worker reading ``language``: the file's own translation for it when it
        has one with the same placeholders, else the catalogue's (``tr``), else the source."""
        for tag in language_candidates(language):
            own = self.inline.get(tag)
            if own and same_fields(self.source, own):
                return own
        return tr(context, self.source)
