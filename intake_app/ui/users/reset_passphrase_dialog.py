"""Administrators: give someone a new passphrase using the organisation's recovery key.

The old passphrase stops working. The recovery key is typed from the paper copy; it is never
stored and the field is cleared after use.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QWidget

from intake_app.services.users import UserService
from intake_app.ui.access.new_passphrase import NewPassphraseFields
from intake_app.ui.access.unlock_form import secret_field
from intake_app.ui.common import form_parts, messages
from intake_app.ui.common.task_dialog import Enableable, TaskDialog
from intake_app.ui.common.tasks import BusyIndicator, TaskRunner


class ResetPassphraseDialog(TaskDialog):
    reset_done = Signal(str)  # user name

    def __init__(self, users: UserService, runner: TaskRunner, username: str, min_length: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resetPassphraseDialog")
        self.setWindowTitle(self.tr("Confidential Intake"))
        self.setMinimumWidth(540)
        self._users = users
        self._runner = runner
        self._username = username

        heading = form_parts.heading(self, self.tr("Reset a passphrase"))
        intro = form_parts.intro(self, self.tr(
            "Give {user} a new passphrase. You need the organisation's recovery key. Their old "
            "passphrase will stop working.").format(user=username))
        self.recovery_key = secret_field(self, self.tr("Recovery key"))
        self.recovery_key.setObjectName("recoveryKeyInput")
        self.recovery_key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-...")
        self.show_key = QCheckBox(self.tr("S&how the key while typing"), self)
        self.show_key.setAccessibleName(self.tr("Show the recovery key while typing"))
        self.passphrase = NewPassphraseFields(users.auth.check_new_passphrase, min_length, self)
        self.passphrase.set_username(username)
        self.message = form_parts.form_message(self, error=True)
        self.busy = BusyIndicator(self)
        self.cancel_button = form_parts.cancel_button(self, self.tr("Cancel"))
        self.reset_button = form_parts.primary_button(self, self.tr("&Reset passphrase"),
                                                      self.tr("Reset passphrase"))

        form = QFormLayout()
        form.addRow(self.tr("Recovery &key"), self.recovery_key)
        form.addRow("", self.show_key)
        self.passphrase.add_rows(form)
        buttons = form_parts.button_row(self.cancel_button, self.reset_button)
        form_parts.column(self, heading, intro, form, self.message, self.busy, buttons,
                          margins=form_parts.DIALOG_MARGINS, spacing=form_parts.DIALOG_GAP)
        QWidget.setTabOrder(self.recovery_key, self.show_key)
        QWidget.setTabOrder(self.show_key, self.passphrase.first)
        QWidget.setTabOrder(self.passphrase.first, self.passphrase.second)
        QWidget.setTabOrder(self.passphrase.second, self.reset_button)
        QWidget.setTabOrder(self.reset_button, self.cancel_button)

        self.show_key.toggled.connect(self._toggle_echo)
        self.recovery_key.textChanged.connect(self._update)
        self.passphrase.changed.connect(self._update)
        self.cancel_button.clicked.connect(self.reject)
        self.reset_button.clicked.connect(self._reset)
        self._update()

    def _toggle_echo(self, visible: bool) -> None:
        self.recovery_key.setEchoMode(QLineEdit.EchoMode.Normal if visible
                                      else QLineEdit.EchoMode.Password)

    def _update(self) -> None:
        ready = bool(self.recovery_key.text().strip()) and self.passphrase.acceptable()
        self.reset_button.setEnabled(ready and not self._working)

    def _reset(self) -> None:
        if self._working or not self.passphrase.acceptable():
            return
        key = self.recovery_key.text()
        secret = self.passphrase.passphrase()
        self.recovery_key.clear()
        self.passphrase.clear()
        self._set_working(True)
        self._show("")
        users, username = self._users, self._username
        task = self._runner.run(lambda: users.reset_with_recovery(username, key, secret),
                                "reset-passphrase", on_success=self._done,
                                on_failure=self._failed)
        self.busy.track(task, self.tr("Setting the new passphrase..."))

    def _done(self, _result: object) -> None:
        self._set_working(False)
        self.accept()
        self.reset_done.emit(self._username)

    def _failed(self, exc: Exception) -> None:
        self._set_working(False)
        self._show(messages.recovery_problem(exc))
        self.recovery_key.setFocus()

    def _inputs(self) -> tuple[Enableable, ...]:
        return (self.recovery_key, self.show_key, self.passphrase, self.cancel_button)
