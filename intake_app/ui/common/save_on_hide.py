"""Save on hide, refuse to close while a save fails: the one rule every editing screen keeps.

Quick exit and locking hide the windows before the vault closes, so a screen that edits case
text writes what is pending the moment it is hidden. A write refused (the vault was locked a
moment earlier) stays pending and is tried again when the screen is shown after unlocking.
Closing while the write still fails is refused: closing would throw away what could not be
saved. Install it with ``self.save_on_hide = SaveOnHide(self, saver)`` (keep the reference:
PySide drops the Python side of an object nothing refers to); ``saver`` is usually a
``DraftSaver``.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class Saver(Protocol):
    """What the rule needs of a saver: whether anything is unsaved, and a way to save it now
    (True when nothing is left unsaved)."""

    @property
    def pending(self) -> bool: ...

    def flush(self) -> bool: ...


class SaveOnHide(QObject):
    """An event filter on ``widget`` (and owned by it), so the widget needs no event methods
    of its own for this."""

    def __init__(self, widget: QWidget, saver: Saver) -> None:
        super().__init__(widget)
        self._saver = saver
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Hide:
            self._saver.flush()
        elif kind == QEvent.Type.Show:
            if self._saver.pending:  # a save refused while the vault was locked: retry now
                self._saver.flush()
        elif kind == QEvent.Type.Close and not self._saver.flush():
            event.ignore()  # closing now would lose what could not be saved
            return True
        return False
