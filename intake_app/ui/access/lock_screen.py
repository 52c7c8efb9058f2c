"""The lock screen: shown after the idle time-out or on re-opening after a quick exit.

The vault is already locked when this appears; it asks the *same* person's passphrase, the
services bind the reopened vault, and it emits who is signed in again (their role may have
changed meanwhile). The main window was only hidden, so open tabs and typed text are still
there when it comes back. "Sign out" is the way for someone else to use the laptop: it
discards that window. No case data is shown here, and the title stays neutral.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QWidget

from intake_app.services.wiring import Services, SignedIn
from intake_app.ui.access.unlock_form import UnlockForm
from intake_app.ui.common import form_parts
from intake_app.ui.common.tasks import TaskRunner


class LockScreen(QDialog):
    unlocked = Signal(SignedIn)  # the same user, signed in again
    sign_out_requested = Signal()

    def __init__(self, services: Services, runner: TaskRunner, user: str, display_name: str = "",
                 *, tick_ms: int = 1000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setWindowTitle(self.tr("Confidential Intake"))
        self.setMinimumWidth(460)
        self.user = user

        heading = form_parts.heading(self, self.tr("Locked"))
        who = display_name or user
        intro = form_parts.intro(self, self.tr(
            "The vault was locked to keep it safe. {name}, type your passphrase to carry on "
            "where you left off.").format(name=who))
        self.form = UnlockForm(services, runner, self.tr("&Unlock"), fixed_user=user,
                               tick_ms=tick_ms, parent=self)
        self.sign_out_button = form_parts.secondary_button(self, self.tr("Sign &out"),
                                                           self.tr("Sign out"))
        self.sign_out_button.setToolTip(self.tr("Close this person's work so someone else can "
                                                "sign in. Saved drafts are kept."))

        self.form.buttons.insertWidget(0, self.sign_out_button)
        form_parts.column(self, heading, intro, 4, self.form, form_parts.STRETCH,
                          margins=form_parts.WINDOW_MARGINS, spacing=form_parts.WINDOW_GAP)
        QWidget.setTabOrder(self.form.submit_button, self.sign_out_button)

        self.form.unlocked.connect(self._on_unlocked)
        self.sign_out_button.clicked.connect(self._sign_out)

    def prepare(self) -> None:
        """Called each time the screen is shown: empty field, focus on it."""
        self.form.reset()
        self.form.focus_first()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.form.focus_first()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # Escape must not close the lock screen (and with it the app)
            return
        super().keyPressEvent(event)

    def _on_unlocked(self, signed_in: SignedIn) -> None:
        self.form.reset()
        self.unlocked.emit(signed_in)

    def _sign_out(self) -> None:
        if not self.form.working:
            self.sign_out_requested.emit()
