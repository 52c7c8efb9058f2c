"""Keeps case text out of the clipboard: typed answers cannot be copied or cut from an editor.

The threat model forbids case data on the clipboard (any program can read it, and clipboard
managers keep a history). Installing ``guard(editor)`` swallows the copy and cut shortcuts and
removes the context menu, which offers them too. Pasting into an editor is still possible.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

_BLOCKED = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut)


class _NoCopyFilter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and \
                isinstance(event, QKeyEvent) and any(event.matches(k) for k in _BLOCKED):
            event.accept()
            return True
        return False


def guard(editor: QWidget) -> None:
    """Stop ``editor`` from putting its text on the clipboard."""
    editor.installEventFilter(_NoCopyFilter(editor))
    editor.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
