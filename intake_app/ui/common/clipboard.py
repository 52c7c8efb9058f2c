"""The only way the app puts text on the clipboard, so that it can take it back.

Case content never goes to the clipboard (DESIGN, threat model). For the little that may (a case
reference, say), ``ClipboardGuard.copy`` remembers a digest of what it put there (not the text)
and clears it after the policy's time-out, on lock and on quick exit, but only while the
clipboard still holds our text: something the person copied from another program is left alone.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


class ClipboardGuard(QObject):
    def __init__(self, clipboard: QClipboard, clear_after_seconds: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._ours: bytes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, clear_after_seconds) * 1000)
        self._timer.timeout.connect(self.clear_if_ours)
        # On X11, merely selecting text in a field makes it the PRIMARY selection, which other
        # programs paste with a middle click. Give up any selection the app comes to own.
        if clipboard.supportsSelection():
            clipboard.selectionChanged.connect(self._drop_own_selection)

    def _drop_own_selection(self) -> None:
        if self._clipboard.ownsSelection():
            self._clipboard.clear(QClipboard.Mode.Selection)

    def copy(self, text: str) -> None:
        self._clipboard.setText(text, QClipboard.Mode.Clipboard)
        self._ours = _digest(text)
        self._timer.start()

    def holds_ours(self) -> bool:
        return self._ours is not None and _digest(self._clipboard.text()) == self._ours

    def clear_if_ours(self) -> bool:
        """Empty the clipboard if it still holds what we put there. Returns True if it did."""
        self._timer.stop()
        cleared = False
        if self.holds_ours():
            self._clipboard.clear(QClipboard.Mode.Clipboard)
            cleared = True
        self._ours = None
        return cleared
