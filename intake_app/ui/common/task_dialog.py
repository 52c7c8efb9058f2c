"""A dialog that runs one background task (adding an account, resetting a passphrase): while it
runs, its inputs are disabled and the dialog cannot be dismissed; a failure is shown inline."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from intake_app.ui.common import form_parts


class Enableable(Protocol):
    """A widget, or a group of widgets that enables and disables as one."""

    def setEnabled(self, enabled: bool) -> None: ...


class TaskDialog(QDialog):
    #: Set by the subclass: the label that shows a failure.
    message: QLabel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._working = False

    def _inputs(self) -> tuple[Enableable, ...]:
        """The widgets (or groups of them) to disable while the task runs."""
        raise NotImplementedError

    def _update(self) -> None:
        """Refresh the primary button (subclasses decide when it is enabled)."""

    def _set_working(self, working: bool) -> None:
        self._working = working
        for widget in self._inputs():
            widget.setEnabled(not working)
        self._update()

    def _show(self, text: str) -> None:
        form_parts.show_message(self.message, text)

    def reject(self) -> None:
        if not self._working:
            super().reject()
