"""Administrators' Users screen on a real vault, and its item model."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtTest import QAbstractItemModelTester

from intake_app.domain.errors import PermissionDenied, UnknownUser, WrongPassphrase
from intake_app.domain.roles import Role
from intake_app.services.session import Session
from intake_app.services.users import UserService
from intake_app.ui.common import messages
from intake_app.ui.common.tasks import TaskRunner
from intake_app.ui.users.users_model import ACCOUNT_ROLE, COL_ROLE, COL_STATUS, Account, UsersModel
from intake_app.ui.users.users_screen import UsersScreen
from tests.ui.shell_support import (
    ADMIN,
    ADMIN_PASS,
    SUPERVISOR,
    WORKER,
    WORKER_PASS,
    Recorder,
    make_auth,
)

pytestmark = pytest.mark.usefixtures("shell_app")
NEW_PASS = "harbour violet engine 63"


def _account(name: str, role: Role = Role.CASEWORKER, disabled: str | None = None) -> Account:
    return Account(name, role, name.title(), "default", "2026-01-02T03:04:05Z", disabled)


def _tested(model, qtlog):
    tester = QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Warning)
    return tester


def _no_model_failures(qtlog):
    failures = [r.message for r in qtlog.records if "FAIL" in r.message]
    assert failures == []


def test_users_model_passes_the_model_tester(qtlog):
    model = UsersModel()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    testers = [_tested(model, qtlog), _tested(proxy, qtlog)]
    model.set_accounts([_account("b.one"), _account("a.two", Role.ADMIN)])
    model.upsert(_account("c.three", Role.SUPERVISOR))  # insert
    model.upsert(_account("b.one", disabled="2026-02-03T00:00:00Z"))  # change in place
    proxy.sort(0)
    proxy.setFilterFixedString("two")
    proxy.setFilterFixedString("")
    model.set_accounts([])
    _no_model_failures(qtlog)
    assert testers


def test_users_model_columns_and_account_role():
    model = UsersModel()
    model.set_accounts([_account("b.one", disabled="2026-02-03T00:00:00Z")])
    assert model.rowCount() == 1 and model.columnCount() == 6
    index = model.index(0, COL_STATUS)
    assert "2026-02-03" in model.data(index)
    assert model.data(index, ACCOUNT_ROLE).username == "b.one"
    assert model.data(model.index(0, COL_ROLE)) == "Caseworker"
    assert model.headerData(COL_ROLE, Qt.Orientation.Horizontal) == "Role"


@pytest.fixture
def admin_screen(qtbot, shell_auth):
    session = Session(shell_auth.sign_in(ADMIN, ADMIN_PASS))
    ask = Recorder(True)
    screen = UsersScreen(UserService(session, shell_auth), TaskRunner(), 15, ask=ask)  # type: ignore[arg-type]
    qtbot.addWidget(screen)
    screen.show()
    screen.ask = ask  # type: ignore[attr-defined]
    yield screen
    session.end()


def _row(screen, username):
    return screen.model.account(screen.model.row_of(username))


def test_lists_every_account(admin_screen, qtlog):
    _tested(admin_screen.model, qtlog)
    names = {admin_screen.model.account(r).username for r in range(admin_screen.model.rowCount())}
    assert names == {ADMIN, WORKER, SUPERVISOR}
    _no_model_failures(qtlog)


def test_add_an_account_who_can_then_sign_in(qtbot, admin_screen, shell_auth, qtlog):
    _tested(admin_screen.model, qtlog)
    qtbot.mouseClick(admin_screen.add_button, Qt.MouseButton.LeftButton)
    dialog = admin_screen.add_dialog
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.user_name, "fatou.d")
    qtbot.keyClicks(dialog.display_name, "Fatou D")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.SUPERVISOR))
    dialog.team.clear()
    qtbot.keyClicks(dialog.team, "north")
    qtbot.keyClicks(dialog.passphrase.first, NEW_PASS)
    assert not dialog.add_button.isEnabled()
    qtbot.keyClicks(dialog.passphrase.second, NEW_PASS)
    with qtbot.waitSignal(dialog.user_added, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["fatou.d"]
    added = _row(admin_screen, "fatou.d")
    assert (added.role, added.team, added.active) == (Role.SUPERVISOR, "north", True)
    assert admin_screen.selected().username == "fatou.d"
    _no_model_failures(qtlog)

    with make_auth(shell_auth.data_dir).sign_in("fatou.d", NEW_PASS) as vault:
        assert vault.role == Role.SUPERVISOR


def test_an_existing_name_is_refused_with_a_message(qtbot, admin_screen):
    admin_screen.open_add_dialog()
    dialog = admin_screen.add_dialog
    qtbot.keyClicks(dialog.user_name, WORKER)
    qtbot.keyClicks(dialog.passphrase.first, NEW_PASS)
    qtbot.keyClicks(dialog.passphrase.second, NEW_PASS)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10000)
    assert dialog.isVisible()


def test_a_user_name_the_vault_cannot_take_is_explained_and_nothing_is_added(
        qtbot, admin_screen):
    admin_screen.open_add_dialog()
    dialog = admin_screen.add_dialog
    qtbot.keyClicks(dialog.user_name, "fatou d")  # a space: not allowed in a user name
    qtbot.keyClicks(dialog.passphrase.first, NEW_PASS)
    qtbot.keyClicks(dialog.passphrase.second, NEW_PASS)
    assert dialog.add_button.isEnabled()  # the name's rules are checked on pressing it
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.message.isVisible() and dialog.message.text()
    assert dialog.isVisible()
    assert dialog.passphrase.passphrase() == NEW_PASS  # kept, to correct the name only
    names = {admin_screen.model.account(r).username for r in range(admin_screen.model.rowCount())}
    assert names == {ADMIN, WORKER, SUPERVISOR}

def test_disable_asks_first_and_mentions_key_rotation(qtbot, admin_screen, shell_auth, qtlog):
    _tested(admin_screen.model, qtlog)
    admin_screen.select(WORKER)
    admin_screen.ask.answer = False
    qtbot.mouseClick(admin_screen.disable_button, Qt.MouseButton.LeftButton)
    assert _row(admin_screen, WORKER).active  # declined: nothing changed
    assert "rotate-key" in admin_screen.ask.texts[0]

    admin_screen.ask.answer = True
    qtbot.mouseClick(admin_screen.disable_button, Qt.MouseButton.LeftButton)
    assert not _row(admin_screen, WORKER).active
    assert not admin_screen.disable_button.isEnabled()
    _no_model_failures(qtlog)
    with pytest.raises(UnknownUser):
        make_auth(shell_auth.data_dir).sign_in(WORKER, WORKER_PASS)


def test_the_last_administrator_cannot_be_disabled(qtbot, admin_screen):
    admin_screen.select(ADMIN)
    qtbot.mouseClick(admin_screen.disable_button, Qt.MouseButton.LeftButton)
    assert _row(admin_screen, ADMIN).active
    assert admin_screen.message.property("kind") == "error"
    assert admin_screen.message.text() == messages.describe(
        PermissionDenied("you cannot disable your own account"))


def test_change_role(qtbot, admin_screen, shell_auth):
    admin_screen.select(WORKER)
    assert not admin_screen.role_button.isEnabled()  # same role selected
    admin_screen.role_choice.setCurrentIndex(admin_screen.role_choice.findData(Role.SUPERVISOR))
    qtbot.mouseClick(admin_screen.role_button, Qt.MouseButton.LeftButton)
    assert _row(admin_screen, WORKER).role == Role.SUPERVISOR
    with make_auth(shell_auth.data_dir).sign_in(WORKER, WORKER_PASS) as vault:
        assert vault.role == Role.SUPERVISOR


def test_reset_a_passphrase_with_the_recovery_key(qtbot, admin_screen, shell_auth, recovery_key):
    admin_screen.select(WORKER)
    qtbot.mouseClick(admin_screen.reset_button, Qt.MouseButton.LeftButton)
    dialog = admin_screen.reset_dialog
    qtbot.keyClicks(dialog.recovery_key, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH-JJJJ")
    qtbot.keyClicks(dialog.passphrase.first, NEW_PASS)
    qtbot.keyClicks(dialog.passphrase.second, NEW_PASS)
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10000)
    assert dialog.recovery_key.text() == ""  # cleared after use

    qtbot.keyClicks(dialog.recovery_key, recovery_key)
    qtbot.keyClicks(dialog.passphrase.first, NEW_PASS)
    qtbot.keyClicks(dialog.passphrase.second, NEW_PASS)
    with qtbot.waitSignal(dialog.reset_done, timeout=10000):
        qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    auth = make_auth(shell_auth.data_dir)
    with pytest.raises(WrongPassphrase):
        auth.sign_in(WORKER, WORKER_PASS)
    with auth.sign_in(WORKER, NEW_PASS) as vault:
        assert vault.user == WORKER


def test_accounts_not_yet_proved_since_the_upgrade_are_marked(qtbot, tmp_path):
    """An upgraded vault (made before key pins): the screen says who must sign in once before
    a key rotation, and stops saying it once they have."""
    import shutil
    from pathlib import Path

    from intake_app.vault.store import Vault

    root = tmp_path / "old"
    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "vault-v2-prepins"
    shutil.copytree(fixtures, root)
    auth = make_auth(root)
    vault = Vault.unlock(root, "admin", "admin passphrase for tests 01")
    screen = UsersScreen(UserService(Session(vault), auth), TaskRunner(), 15, ask=Recorder())
    qtbot.addWidget(screen)
    screen.reload()
    model = screen.model
    status = {model.account(r).username: model.index(r, COL_STATUS).data()
              for r in range(model.rowCount())}
    assert "sign in once" in status["casey"] and "sign in once" in status["susan"]
    assert "sign in once" not in status["admin"]
    Vault.unlock(root, "casey", "casey passphrase for tests 1").lock()
    screen.reload()
    status = {model.account(r).username: model.index(r, COL_STATUS).data()
              for r in range(model.rowCount())}
    assert "sign in once" not in status["casey"]
    vault.lock()
