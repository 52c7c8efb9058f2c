"""The GUI works through Services: the windows sign in through them and hear only who signed
in; a role changed while the app was locked gets a fresh window on unlock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from intake_app.domain.roles import Role
from intake_app.services.session import Session
from intake_app.services.users import UserService
from intake_app.services.wiring import SignedIn
from intake_app.ui.app_controller import State
from intake_app.vault.store import Vault
from tests.ui.shell_support import ADMIN, ADMIN_PASS, WORKER, WORKER_PASS, make_auth

pytestmark = pytest.mark.usefixtures("shell_app")


def _submit(qtbot, form, passphrase, user=None):
    if user is not None:
        qtbot.keyClicks(form.user, user)
    qtbot.keyClicks(form.passphrase, passphrase)
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.working, timeout=10000)


def test_the_sign_in_window_says_who_and_the_services_hold_the_vault(qtbot, shell_controller,
                                                                    shell_auth):
    controller = shell_controller(shell_auth)
    controller.start()
    heard: list[object] = []
    controller.sign_in.signed_in.connect(heard.append)
    _submit(qtbot, controller.sign_in.form, WORKER_PASS, WORKER)
    assert heard == [SignedIn(WORKER, Role.CASEWORKER)]
    assert controller.state == State.UNLOCKED
    assert controller.main_window.services is controller.services
    assert controller.services.session.is_open and controller.services.cases is not None


def test_a_role_changed_while_locked_gets_a_fresh_window_on_unlock(qtbot, shell_controller,
                                                                  shell_auth):
    controller = shell_controller(shell_auth)
    controller.start()
    _submit(qtbot, controller.sign_in.form, WORKER_PASS, WORKER)
    before = controller.main_window
    controller.lock()
    with Vault.unlock(shell_auth.data_dir, ADMIN, ADMIN_PASS) as boss:
        UserService(Session(boss), make_auth(shell_auth.data_dir)).set_role(WORKER,
                                                                            Role.SUPERVISOR)
    _submit(qtbot, controller.lock_screen.form, WORKER_PASS)
    assert controller.state == State.UNLOCKED
    assert controller.main_window is not before and controller.main_window.isVisible()
    assert controller.session.role is Role.SUPERVISOR
    assert controller.main_window.signed_in_label.text().endswith("(Supervisor)")
    assert controller.services.cases is not None and controller.services.cases.count() == 0
