"""The staff accounts table model (administrators' Users screen).

Columns are the named constants below. ``ACCOUNT_ROLE`` returns the row's ``Account``. A full
reload (``set_accounts``) resets the model; a single change (``upsert``) inserts a row or emits
``dataChanged`` for it. Sorting and filtering are done by a QSortFilterProxyModel in the view.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from intake_app.domain.roles import Role

COL_USER, COL_NAME, COL_ROLE, COL_TEAM, COL_STATUS, COL_CREATED = range(6)
COLUMN_COUNT = 6
#: data(index, ACCOUNT_ROLE) -> Account
ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 1
#: data(index, SORT_ROLE) -> a value that sorts sensibly for the column
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Account:
    username: str
    role: Role
    display_name: str
    team: str
    created_at: str
    disabled_at: str | None
    #: False while the vault waits for this person's first sign-in since the upgrade that
    #: records each person's key (a key rotation waits for them).
    key_recorded: bool = True

    @property
    def active(self) -> bool:
        return self.disabled_at is None

    @classmethod
    def from_row(cls, row: dict[str, str | None]) -> Account:
        return cls(username=row["username"] or "", role=Role(str(row["role"])),
                   display_name=row.get("display_name") or "", team=row.get("team") or "",
                   created_at=row.get("created_at") or "", disabled_at=row.get("disabled_at"),
                   key_recorded=row.get("key") != "unproved")


def role_label(role: Role) -> str:
    labels = {
        Role.CASEWORKER: QCoreApplication.translate("Roles", "Caseworker"),
        Role.SUPERVISOR: QCoreApplication.translate("Roles", "Supervisor"),
        Role.ADMIN: QCoreApplication.translate("Roles", "Administrator"),
    }
    return labels[role]


def _day(stamp: str | None) -> str:
    return (stamp or "")[:10]


class UsersModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._accounts: list[Account] = []

    # --- loading -----------------------------------------------------------------------------

    def set_accounts(self, accounts: list[Account]) -> None:
        self.beginResetModel()
        self._accounts = list(accounts)
        self.endResetModel()

    def upsert(self, account: Account) -> None:
        for row, existing in enumerate(self._accounts):
            if existing.username == account.username:
                self._accounts[row] = account
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
                return
        row = len(self._accounts)
        self.beginInsertRows(QModelIndex(), row, row)
        self._accounts.append(account)
        self.endInsertRows()

    def account(self, row: int) -> Account:
        return self._accounts[row]

    def row_of(self, username: str) -> int:
        for row, account in enumerate(self._accounts):
            if account.username == username:
                return row
        return -1

    # --- QAbstractItemModel ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._accounts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._accounts):
            return None
        account = self._accounts[index.row()]
        column = index.column()
        if role == ACCOUNT_ROLE:
            return account
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(account, column)
        if role == SORT_ROLE:
            if column == COL_STATUS:
                return 0 if account.active else 1
            return self._display(account, column).lower()
        if role == Qt.ItemDataRole.ForegroundRole and not account.active:
            return QColor("#6b7280")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            COL_USER: QCoreApplication.translate("UsersModel", "User name"),
            COL_NAME: QCoreApplication.translate("UsersModel", "Name"),
            COL_ROLE: QCoreApplication.translate("UsersModel", "Role"),
            COL_TEAM: QCoreApplication.translate("UsersModel", "Team"),
            COL_STATUS: QCoreApplication.translate("UsersModel", "Status"),
            COL_CREATED: QCoreApplication.translate("UsersModel", "Added"),
        }
        return titles.get(section)

    def _display(self, account: Account, column: int) -> str:
        if column == COL_USER:
            return account.username
        if column == COL_NAME:
            return account.display_name
        if column == COL_ROLE:
            return role_label(account.role)
        if column == COL_TEAM:
            return account.team
        if column == COL_STATUS:
            if account.active and not account.key_recorded:
                return QCoreApplication.translate(
                    "UsersModel", "Active: must sign in once before the next key rotation")
            if account.active:
                return QCoreApplication.translate("UsersModel", "Active")
            return QCoreApplication.translate("UsersModel", "Disabled {day}").format(
                day=_day(account.disabled_at))
        if column == COL_CREATED:
            return _day(account.created_at)
        return ""
