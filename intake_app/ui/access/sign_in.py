"""The sign-in window: a neutral screen with no case data, a user name and a passphrase."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from intake_app.services.wiring import Services, SignedIn
from intake_app.ui.access.unlock_form import UnlockForm
from intake_app.ui.common import form_parts
from intake_app.ui.common.tasks import TaskRunner


class SignInDialog(QDialog):
    """Signs in through ``services`` (which then hold the open vault) and emits
    ``signed_in(SignedIn)``; rejecting it (Esc, closing) means "quit"."""

    signed_in = Signal(SignedIn)

    def __init__(self, services: Services, runner: TaskRunner, *, tick_ms: int = 1000,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Confidential Intake"))
        self.setMinimumWidth(460)

        heading = form_parts.heading(self, self.tr("Sign in"))
        intro = form_parts.intro(self, self.tr(
            "Use your own user name and passphrase. If you have forgotten your passphrase, your "
            "administrator can reset it."))
        self.form = UnlockForm(services, runner, self.tr("&Sign in"), tick_ms=tick_ms, parent=self)

        form_parts.column(self, heading, intro, 4, self.form, form_parts.STRETCH,
                          margins=form_parts.WINDOW_MARGINS, spacing=form_parts.WINDOW_GAP)

        self.form.unlocked.connect(self._on_unlocked)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.form.focus_first()

    def _on_unlocked(self, signed_in: SignedIn) -> None:
        self.form.reset()
        self.form.user.clear()
        self.signed_in.emit(signed_in)

    def reject(self) -> None:
        if self.form.working:
            return  # let the key derivation finish; the vault would otherwise be left open
        super().reject()
