"""The Session the services read the Vault through: lock, re-bind, and refusal while locked."""

from __future__ import annotations

import pytest

from intake_app.domain.errors import PermissionDenied, VaultLocked
from intake_app.domain.roles import Role
from intake_app.services.session import Session
from intake_app.services.users import UserService
from tests.ui.shell_support import ADMIN, ADMIN_PASS, WORKER, WORKER_PASS


def test_services_built_once_follow_lock_and_unlock(shell_auth):
    first = shell_auth.sign_in(ADMIN, ADMIN_PASS)
    session = Session(first)
    users = UserService(session, shell_auth)  # type: ignore[arg-type]
    assert WORKER in {row["username"] for row in users.list_users()}

    session.lock()
    assert not first.is_open and not session.is_open
    assert (session.user, session.role) == (ADMIN, Role.ADMIN)  # still known while locked
    with pytest.raises(VaultLocked):
        users.list_users()
    assert not hasattr(session, "no_such_thing")

    session.bind(shell_auth.sign_in(ADMIN, ADMIN_PASS))
    assert WORKER in {row["username"] for row in users.list_users()}  # same service object
    session.end()
    assert not session.signed_in


def test_only_the_same_person_can_resume(shell_auth):
    session = Session(shell_auth.sign_in(ADMIN, ADMIN_PASS))
    session.lock()
    other = shell_auth.sign_in(WORKER, WORKER_PASS)
    with pytest.raises(PermissionDenied):
        session.bind(other)
    assert not other.is_open  # refused and closed
    assert not session.is_open


def test_detach_stops_access_before_the_database_closes(shell_auth):
    vault = shell_auth.sign_in(ADMIN, ADMIN_PASS)
    session = Session(vault)
    detached = session.detach()
    assert detached is vault and vault.is_open
    with pytest.raises(VaultLocked):
        session.current  # noqa: B018
    vault.lock()


def test_selected_text_is_not_left_in_the_x11_primary_selection(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QClipboard, QGuiApplication
    from PySide6.QtWidgets import QLineEdit

    from intake_app.ui.common.clipboard import ClipboardGuard

    clipboard = QGuiApplication.clipboard()
    if not clipboard.supportsSelection():
        import pytest

        pytest.skip("this platform has no primary selection (offscreen, Windows, macOS)")
    guard = ClipboardGuard(clipboard, 30)
    field = QLineEdit("survivor's address")
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    # Select the way a person does (Shift+End): this is what fills the X11 primary selection.
    qtbot.keyClick(field, Qt.Key.Key_Home)
    qtbot.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    assert field.selectedText() == "survivor's address"
    qtbot.waitUntil(lambda: clipboard.text(QClipboard.Mode.Selection) != "survivor's address")
    assert not clipboard.ownsSelection()
    del guard
