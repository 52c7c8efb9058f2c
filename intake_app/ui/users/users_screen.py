"""Administrators' Users screen: the staff accounts, and the actions on them.

Everything goes through UserService (which checks the role and writes the audit entry); this
screen only shows results and explains refusals. Adding an account and resetting a passphrase
do key work, so they run on the TaskRunner's worker inside their own dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.errors import IntakeError
from intake_app.domain.roles import Role
from intake_app.services.users import UserService
from intake_app.ui.common import confirm, form_parts, messages
from intake_app.ui.common.tasks import TaskRunner
from intake_app.ui.users.add_user_dialog import AddUserDialog
from intake_app.ui.users.reset_passphrase_dialog import ResetPassphraseDialog
from intake_app.ui.users.users_model import (
    ACCOUNT_ROLE,
    COL_USER,
    SORT_ROLE,
    Account,
    UsersModel,
    role_label,
)


class UsersScreen(QWidget):
    accounts_changed = Signal()

    def __init__(self, users: UserService, runner: TaskRunner, min_length: int, *,
                 ask: confirm.Confirm = confirm.ask, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersScreen")
        self._users = users
        self._runner = runner
        self._min_length = min_length
        self._ask = ask
        self.add_dialog: AddUserDialog | None = None
        self.reset_dialog: ResetPassphraseDialog | None = None

        heading = form_parts.heading(self, self.tr("Staff accounts"))
        intro = form_parts.intro(self, self.tr("Who can sign in on this laptop, and with which "
                                               "role. Administrators manage accounts; they "
                                               "cannot open case records."))

        self.filter = QLineEdit(self)
        self.filter.setObjectName("filter")
        self.filter.setPlaceholderText(self.tr("Find an account"))
        self.filter.setAccessibleName(self.tr("Find an account"))
        self.filter.setClearButtonEnabled(True)
        self.add_button = form_parts.primary_button(self, self.tr("&Add account..."),
                                                    self.tr("Add account"), default=False)

        self.model = UsersModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = QTableView(self)
        self.table.setObjectName("usersTable")
        self.table.setAccessibleName(self.tr("Staff accounts"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_USER, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)

        self.selected_label = QLabel(self)
        self.selected_label.setObjectName("selectedAccount")
        self.role_choice = QComboBox(self)
        self.role_choice.setAccessibleName(self.tr("New role for the selected account"))
        for role in (Role.CASEWORKER, Role.SUPERVISOR, Role.ADMIN):
            self.role_choice.addItem(role_label(role), role)
        self.role_button = QPushButton(self.tr("Change &role"), self)
        self.role_button.setAccessibleName(self.tr("Change role"))
        self.reset_button = QPushButton(self.tr("Reset &passphrase..."), self)
        self.reset_button.setAccessibleName(self.tr("Reset passphrase"))
        self.disable_button = QPushButton(self.tr("&Disable account..."), self)
        self.disable_button.setObjectName("dangerButton")
        self.disable_button.setAccessibleName(self.tr("Disable account"))
        self.message = form_parts.form_message(self)

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.add_button)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(self.selected_label, 1)
        actions.addWidget(self.role_choice)
        actions.addWidget(self.role_button)
        actions.addSpacing(12)
        actions.addWidget(self.reset_button)
        actions.addWidget(self.disable_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        for first, second in [(self.filter, self.add_button), (self.add_button, self.table),
                              (self.table, self.role_choice),
                              (self.role_choice, self.role_button),
                              (self.role_button, self.reset_button),
                              (self.reset_button, self.disable_button)]:
            QWidget.setTabOrder(first, second)

        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.add_button.clicked.connect(self.open_add_dialog)
        self.role_button.clicked.connect(self.change_role)
        self.reset_button.clicked.connect(self.open_reset_dialog)
        self.disable_button.clicked.connect(self.disable_selected)
        self.role_choice.currentIndexChanged.connect(self._update_actions)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.reload()

    # --- data --------------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            accounts = [Account.from_row(row) for row in self._users.list_users()]
        except IntakeError as exc:
            self._show(messages.describe(exc), error=True)
            return
        self.model.set_accounts(accounts)
        self._update_actions()

    def _refresh(self, username: str) -> None:
        """Re-read one account after a change and update just its row."""
        for row in self._users.list_users():
            if row["username"] == username:
                self.model.upsert(Account.from_row(row))
        self._update_actions()
        self.accounts_changed.emit()

    def selected(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return rows[0].data(ACCOUNT_ROLE)

    def select(self, username: str) -> None:
        row = self.model.row_of(username)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, COL_USER))
        self.table.selectRow(index.row())

    # --- actions -----------------------------------------------------------------------------

    def open_add_dialog(self) -> None:
        dialog = AddUserDialog(self._users, self._runner, self._min_length, self)
        dialog.user_added.connect(self._added)
        dialog.finished.connect(dialog.deleteLater)
        self.add_dialog = dialog
        dialog.open()

    def _added(self, username: str) -> None:
        self._refresh(username)
        self.select(username)
        self._show(self.tr("Account {user} added. Give them their passphrase face to "
                           "face.").format(user=username))

    def open_reset_dialog(self) -> None:
        account = self.selected()
        if account is None or not account.active:
            return
        dialog = ResetPassphraseDialog(self._users, self._runner, account.username,
                                       self._min_length, self)
        dialog.reset_done.connect(self._reset_done)
        dialog.finished.connect(dialog.deleteLater)
        self.reset_dialog = dialog
        dialog.open()

    def _reset_done(self, username: str) -> None:
        self._refresh(username)
        self._show(self.tr("{user} has a new passphrase. Their old one no longer "
                           "works.").format(user=username))

    def change_role(self) -> None:
        account = self.selected()
        role = Role(self.role_choice.currentData())
        if account is None or not account.active or role == account.role:
            return
        try:
            self._users.set_role(account.username, role)
        except IntakeError as exc:
            self._show(messages.describe(exc), error=True)
            return
        self._refresh(account.username)
        self._show(self.tr("{user} is now: {role}.").format(user=account.username,
                                                           role=role_label(role)))

    def disable_selected(self) -> None:
        account = self.selected()
        if account is None or not account.active:
            return
        text = self.tr(
            "Disable the account {user}? They will no longer be able to sign in.\n\n"
            "Backups and any copy of this laptop's disk made before now can still be opened "
            "with their passphrase. To close that door, rotate the data key next ('intake-app "
            "admin rotate-key') and make a fresh backup.").format(user=account.username)
        if not self._ask(self, text, self.tr("Disable account")):
            return
        try:
            self._users.disable_user(account.username)
        except IntakeError as exc:
            self._show(messages.describe(exc), error=True)
            return
        self._refresh(account.username)
        self._show(self.tr("{user} can no longer sign in. Rotate the data key next, then make "
                           "a fresh backup.").format(user=account.username))

    # --- state -------------------------------------------------------------------------------

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        account = self.selected()
        if account is not None:
            self.role_choice.blockSignals(True)
            self.role_choice.setCurrentIndex(self.role_choice.findData(account.role))
            self.role_choice.blockSignals(False)
        self._show("")
        self._update_actions()

    def _update_actions(self) -> None:
        account = self.selected()
        active = account is not None and account.active
        if account is None:
            self.selected_label.setText(self.tr("Select an account to change it."))
        else:
            self.selected_label.setText(self.tr("Selected: {user}").format(
                user=account.username))
        self.role_choice.setEnabled(active)
        self.role_button.setEnabled(
            active and account is not None and self.role_choice.currentData() != account.role)
        self.reset_button.setEnabled(active)
        self.disable_button.setEnabled(active)

    def _show(self, text: str, *, error: bool = False) -> None:
        form_parts.show_message(self.message, text, error=error)
