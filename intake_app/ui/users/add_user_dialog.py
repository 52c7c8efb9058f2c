"""Administrators: add a staff account with a role, a team and an initial passphrase.

The key work (wrapping the new person's private key under their passphrase) runs on the
TaskRunner's worker; UserService checks the permission, the name and the passphrase policy.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from intake_app.domain.roles import Role
from intake_app.services.users import UserService
from intake_app.ui.access.new_passphrase import NewAccountFields, NewPassphraseFields
from intake_app.ui.common import form_parts, messages
from intake_app.ui.common.task_dialog import Enableable, TaskDialog
from intake_app.ui.common.tasks import BusyIndicator, TaskRunner
from intake_app.ui.users.users_model import role_label


class AddUserDialog(TaskDialog):
    user_added = Signal(str)  # the normalised user name

    def __init__(self, users: UserService, runner: TaskRunner, min_length: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addUserDialog")
        self.setWindowTitle(self.tr("Confidential Intake"))
        self.setMinimumWidth(520)
        self._users = users
        self._runner = runner

        heading = form_parts.heading(self, self.tr("Add a staff account"))
        intro = form_parts.intro(self, self.tr("Give the person their initial passphrase face to "
                                               "face, never by email or text message."))
        self.user_name = QLineEdit(self)
        self.user_name.setObjectName("newUserName")
        self.user_name.setAccessibleName(self.tr("User name"))
        self.user_name.setPlaceholderText(self.tr("for example: amina.k"))
        self.display_name = QLineEdit(self)
        self.display_name.setAccessibleName(self.tr("Name"))
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Role"))
        for role in (Role.CASEWORKER, Role.SUPERVISOR, Role.ADMIN):
            self.role.addItem(role_label(role), role)
        self.team = QLineEdit("default", self)
        self.team.setAccessibleName(self.tr("Team"))
        self.passphrase = NewPassphraseFields(users.auth.check_new_passphrase, min_length, self)
        self.message = form_parts.form_message(self, error=True)
        self.busy = BusyIndicator(self)
        self.cancel_button = form_parts.cancel_button(self, self.tr("Cancel"))
        self.add_button = form_parts.primary_button(self, self.tr("&Add account"),
                                                    self.tr("Add account"))

        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.user_name)
        form.addRow(self.tr("&Name"), self.display_name)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&Team"), self.team)
        self.passphrase.add_rows(form)
        buttons = form_parts.button_row(self.cancel_button, self.add_button)
        form_parts.column(self, heading, intro, form, self.message, self.busy, buttons,
                          margins=form_parts.DIALOG_MARGINS, spacing=form_parts.DIALOG_GAP)
        form_parts.tab_order(self.team, self.passphrase.first, self.passphrase.second,
                             self.add_button, self.cancel_button)

        self.account = NewAccountFields(self.user_name, self.passphrase, self.add_button,
                                        self._show)
        self.account.submitted.connect(self._add)
        self.cancel_button.clicked.connect(self.reject)

    def _update(self) -> None:
        self.account.set_busy(self._working)

    def _add(self, user: str) -> None:
        role = Role(self.role.currentData())
        display_name = self.display_name.text().strip()
        team = self.team.text().strip() or "default"
        secret = self.passphrase.passphrase()
        self.passphrase.clear()
        self._set_working(True)
        self._show("")
        users = self._users
        task = self._runner.run(
            lambda: users.add_user(user, role, secret, display_name=display_name, team=team),
            "add-user", on_success=self._added, on_failure=self._failed)
        self.busy.track(task, self.tr("Adding the account..."))

    def _added(self, username: str) -> None:
        self._set_working(False)
        self.accept()
        self.user_added.emit(username)

    def _failed(self, exc: Exception) -> None:
        self._set_working(False)
        self._show(messages.describe(exc))

    def _inputs(self) -> tuple[Enableable, ...]:
        return (self.user_name, self.display_name, self.role, self.team, self.passphrase,
                self.cancel_button)
