"""Keeps case text out of the clipboard: typed answers cannot be copied or cut from an editor.

The threat model forbids case data on the clipboard (any program can read it, and clipboard
managers keep a history). Installing ``guard(editor)`` swallows the copy and cut shortcuts and
removes the context menu, which offers them too. Pasting into an editor is still possible.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

_BLOCKED = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut)


class _NoCopyFilter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and \
                isinstance(event, QKeyEvent) and any(event.matches(k) for k in _BLOCKED):
            event.accept()
            return True
        return False


class SealedPlainTextEdit(QPlainTextEdit):
    """A multi-line editor whose selection never leaves the app: no copy, no cut, no drag.

    Qt builds the data for the clipboard and for drag-and-drop from the selection here, so an
    empty result closes every way out at once.
    """

    def createMimeDataFromSelection(self) -> QMimeData:
        return QMimeData()


def guard(editor: QWidget) -> None:
    """Stop ``editor`` from putting its text on the clipboard or dragging it out."""
    if isinstance(editor, QLineEdit):
        editor.setDragEnabled(False)
    editor.installEventFilter(_NoCopyFilter(editor))
    editor.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
