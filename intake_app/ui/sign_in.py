"""The sign-in window: a neutral screen with no case data, a user name and a passphrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from intake_app.services.auth import AuthService
from intake_app.ui.tasks import TaskRunner
from intake_app.ui.unlock_form import UnlockForm

if TYPE_CHECKING:
    from intake_app.vault.store import Vault


class SignInDialog(QDialog):
    """Emits ``signed_in(vault)``; rejecting it (Esc, closing) means "quit"."""

    signed_in = Signal(object)  # Vault

    def __init__(self, auth: AuthService, runner: TaskRunner, *, tick_ms: int = 1000,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Confidential Intake"))
        self.setMinimumWidth(460)

        heading = QLabel(self.tr("Sign in"), self)
        heading.setObjectName("heading")
        intro = QLabel(self.tr("Use your own user name and passphrase. If you have forgotten "
                               "your passphrase, your administrator can reset it."), self)
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        self.form = UnlockForm(auth, runner, self.tr("&Sign in"), tick_ms=tick_ms, parent=self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(self.form)
        layout.addStretch(1)

        self.form.unlocked.connect(self._on_unlocked)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.form.focus_first()

    def _on_unlocked(self, vault: Vault) -> None:
        self.form.reset()
        self.form.user.clear()
        self.signed_in.emit(vault)

    def reject(self) -> None:
        if self.form.working:
            return  # let the key derivation finish; the vault would otherwise be left open
        super().reject()
