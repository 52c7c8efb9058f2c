"""Which language the screens speak, and a translator that cannot break a sentence.

``install(app)`` loads ``resources/i18n/confidential_intake_<language>.qm`` (built by
``make translations``) for the language asked for, or else the first of the system's UI
languages that has a catalogue, and Qt's own catalogue for the same language (the standard
buttons of dialogs). English is the source; with no catalogue the screens stay English.

A translation whose ``{fields}`` differ from its source (a dropped ``{time}``, a renamed
``{reason}``, an unmatched brace) never reaches a catalogue: ``make translations`` builds each
``.qm`` through ``tools/i18n_guard.py``, which leaves such a translation out (so the English is
shown) and names it, because ``str.format`` would raise on it or the sentence would lose the
fact it exists to give. (Checking at run time instead would need a Python ``QTranslator``
override, and Qt reads an override's empty "not mine" answer as a translation.)

A catalogue may say it is right to left (its ``QGuiApplication`` / ``QT_LAYOUT_DIRECTION``
message translated ``RTL``, as Qt's own convention has it); Qt then lays every screen out
mirrored.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from intake_app.domain.i18n import language_candidates
from intake_app.resources import path

log = logging.getLogger(__name__)

CATALOGUE = "confidential_intake"


@dataclass(frozen=True)
class Installed:
    """What ``install`` loaded: the language tag (None: English source text) and, when a
    language was asked for by name but has no catalogue, a sentence saying so."""

    language: str | None
    problem: str | None = None
    translators: tuple[QTranslator, ...] = ()

    def remove(self, app: QCoreApplication) -> None:
        """Take the catalogues out again (the screens return to English)."""
        for translator in self.translators:
            app.removeTranslator(translator)


def catalogue_file(folder: Path, tag: str) -> Path:
    return folder / f"{CATALOGUE}_{tag}.qm"


def install(app: QCoreApplication, requested: str | None = None,
            folder: Path | None = None, system: Sequence[str] | None = None) -> Installed:
    """Load the catalogue for ``requested`` (a tag such as ``pl`` or ``pt_BR``), or for the
    first of the system's UI languages that has one."""
    folder = path("i18n") if folder is None else folder
    wanted = [requested] if requested else list(
        QLocale.system().uiLanguages() if system is None else system)
    for language in wanted:
        for tag in language_candidates(language):
            file = catalogue_file(folder, tag)
            if not file.is_file():
                continue
            translator = QTranslator(app)
            if not translator.load(str(file)):
                log.warning("the %s catalogue could not be read", tag)
                continue
            app.installTranslator(translator)
            qt_own = _install_qt_catalogue(app, tag)
            return Installed(tag, translators=(translator, *qt_own))
    if requested:
        problem = QCoreApplication.translate(
            "Translation", "There is no translation for \u201c{language}\u201d on this "
            "computer, so the app is shown in English.").format(language=requested)
        return Installed(None, problem)
    return Installed(None)


def _install_qt_catalogue(app: QCoreApplication, tag: str) -> tuple[QTranslator, ...]:
    """Qt's own words (standard dialog buttons) in the same language, when Qt ships them."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for candidate in language_candidates(tag):
        file = folder / f"qtbase_{candidate}.qm"
        if file.is_file():
            translator = QTranslator(app)
            if translator.load(str(file)):
                app.installTranslator(translator)
                return (translator,)
    return ()
