"""The user-name and passphrase form shared by the sign-in dialog and the lock screen.

The key derivation runs on the TaskRunner's worker with a busy indicator; the passphrase field is
cleared as soon as it has been read. Failures become plain messages; a throttled account shows a
countdown and the button stays disabled until it reaches zero.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from intake_app.domain.errors import UnlockThrottled
from intake_app.services.wiring import Services, SignedIn
from intake_app.ui.common import form_parts, messages
from intake_app.ui.common.tasks import BusyIndicator, TaskRunner

SECRET_HINTS = (Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
                | Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhNoAutoUppercase)


def secret_field(parent: QWidget, accessible_name: str) -> QLineEdit:
    """A password-mode line edit that input methods do not learn from."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(SECRET_HINTS)
    field.setAccessibleName(accessible_name)
    return field


class UnlockForm(QWidget):
    """Ask for a passphrase (and a user name unless ``fixed_user``); sign in through the
    services (the key derivation on the worker) and emit who is now signed in."""

    unlocked = Signal(SignedIn)

    def __init__(self, auth: Services, runner: TaskRunner, submit_text: str, *,
                 fixed_user: str | None = None, tick_ms: int = 1000,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auth = auth
        self._runner = runner
        self._fixed_user = fixed_user
        self._remaining = 0
        self._working = False

        self.user = QLineEdit(self)
        self.user.setObjectName("userName")
        self.user.setAccessibleName(self.tr("User name"))
        self.user.setInputMethodHints(Qt.InputMethodHint.ImhNoAutoUppercase
                                      | Qt.InputMethodHint.ImhNoPredictiveText)
        self.passphrase = secret_field(self, self.tr("Passphrase"))
        self.passphrase.setObjectName("passphrase")
        self.submit_button = form_parts.primary_button(self, submit_text,
                                                       submit_text.replace("&", ""))
        self.message = form_parts.form_message(self)
        self.message.setAccessibleName(self.tr("Message"))
        self.busy = BusyIndicator(self)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        if fixed_user is None:
            form.addRow(self.tr("&User name"), self.user)
        else:
            self.user.setText(fixed_user)
            self.user.hide()
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        #: The button row; a screen may add its own buttons to the left of the stretch.
        self.buttons = form_parts.button_row(self.submit_button)
        form_parts.column(self, form, self.message, self.busy, self.buttons,
                          margins=form_parts.NO_MARGINS)
        if fixed_user is None:
            QWidget.setTabOrder(self.user, self.passphrase)
        QWidget.setTabOrder(self.passphrase, self.submit_button)

        self._countdown = QTimer(self)
        self._countdown.setInterval(tick_ms)
        self._countdown.timeout.connect(self._tick)
        self.submit_button.clicked.connect(self.submit)
        self.user.returnPressed.connect(self.passphrase.setFocus)
        self.passphrase.returnPressed.connect(self.submit)

    # --- public ------------------------------------------------------------------------------

    @property
    def working(self) -> bool:
        return self._working

    def focus_first(self) -> None:
        if self._fixed_user is None and not self.user.text():
            self.user.setFocus()
        else:
            self.passphrase.setFocus()

    def reset(self) -> None:
        """Forget what was typed and any message (not a running countdown)."""
        self.passphrase.clear()
        if self._remaining <= 0:
            self._show_message("")

    def submit(self) -> None:
        if self._working or self._remaining > 0:
            return
        user = self._fixed_user or self.user.text().strip()
        secret = self.passphrase.text()
        self.passphrase.clear()
        if not user or not secret:
            self._show_message(self.tr("Type your user name and passphrase."), error=True)
            self.focus_first()
            return
        self._set_working(True)
        self._show_message("")
        auth = self._auth
        task = self._runner.run(lambda: auth.sign_in(user, secret), "sign-in",
                                on_success=self._succeeded, on_failure=self._failed)
        self.busy.track(task, self.tr("Opening the vault. This takes a few seconds..."))

    # --- results -----------------------------------------------------------------------------

    def _succeeded(self, signed_in: SignedIn) -> None:
        self._set_working(False)
        self.unlocked.emit(signed_in)

    def _failed(self, exc: Exception) -> None:
        self._set_working(False)
        if isinstance(exc, UnlockThrottled):
            self._remaining = messages.wait_seconds(exc)
            self._show_message(messages.throttled(self._remaining), error=True)
            self.submit_button.setEnabled(False)
            self._countdown.start()
            return
        self._show_message(messages.sign_in_problem(exc), error=True)
        self.passphrase.setFocus()

    def _tick(self) -> None:
        self._remaining -= 1
        if self._remaining > 0:
            self._show_message(messages.throttled(self._remaining), error=True)
            return
        self._countdown.stop()
        self._remaining = 0
        self.submit_button.setEnabled(True)
        self._show_message(self.tr("You can try again now."))
        self.passphrase.setFocus()

    # --- helpers -----------------------------------------------------------------------------

    def _set_working(self, working: bool) -> None:
        self._working = working
        self.user.setEnabled(not working)
        self.passphrase.setEnabled(not working)
        self.submit_button.setEnabled(not working and self._remaining <= 0)

    def show_notice(self, text: str) -> None:
        """A message from outside the form (why the session just ended)."""
        self._show_message(text, error=True)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        form_parts.show_message(self.message, text, error=error)
