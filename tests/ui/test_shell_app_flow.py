"""The whole shell on real vaults: first run, sign-in, idle lock and unlock with the window's
state intact, quick exit from anywhere, sign-out; and what each role sees."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from intake_app.domain.errors import VaultLocked, WrongPassphrase
from intake_app.ui.app_controller import State
from intake_app.ui.common import messages
from tests.conftest import TEST_KDF
from tests.ui.shell_support import (
    ADMIN,
    ADMIN_PASS,
    IDLE_SECONDS,
    WORKER,
    WORKER_PASS,
    make_auth,
)

TITLE = "Confidential Intake"


def _visible_windows():
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and not w.isMinimized()]


def _titles_are_neutral():
    return all(w.windowTitle() == TITLE for w in QApplication.topLevelWidgets()
               if w.isWindow() and w.isVisible())


def _sign_in(qtbot, controller, user, passphrase):
    form = controller.sign_in.form
    qtbot.keyClicks(form.user, user)
    qtbot.keyClicks(form.passphrase, passphrase)
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.state == State.UNLOCKED, timeout=10000)


def _unlock(qtbot, controller, passphrase):
    form = controller.lock_screen.form
    qtbot.keyClicks(form.passphrase, passphrase)
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.working, timeout=10000)


def _signed_in_worker(qtbot, shell_controller, shell_auth):
    controller = shell_controller(shell_auth)
    controller.start()
    assert controller.state == State.SIGN_IN
    _sign_in(qtbot, controller, WORKER, WORKER_PASS)
    return controller


def _open_notes_tab(qtbot, window, text):
    """Stands in for an intake tab: a field with typed, unsaved text."""
    notes = QLineEdit()
    notes.setAccessibleName("Notes")
    window.open_tab(notes, "Notes", key="notes")
    qtbot.keyClicks(notes, text)
    return notes


def test_first_run_creates_the_vault_and_opens_the_administrators_window(
        qtbot, shell_controller, shell_empty_auth):
    controller = shell_controller(shell_empty_auth)
    controller.start()
    assert controller.state == State.SETUP
    wizard = controller.setup_wizard
    assert wizard.isVisible() and _titles_are_neutral()
    passphrase = "meadow copper lantern 88"
    qtbot.keyClicks(wizard.user_name, "it.admin")
    qtbot.keyClicks(wizard.passphrase.first, passphrase)
    qtbot.keyClicks(wizard.passphrase.second, passphrase)
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.showing_key, timeout=10000)
    assert shell_empty_auth.vault_exists()
    assert wizard.key_label.text()
    wizard.written_down.click()
    qtbot.mouseClick(wizard.finish_button, Qt.MouseButton.LeftButton)

    assert controller.state == State.UNLOCKED
    window = controller.main_window
    assert window.isVisible() and _titles_are_neutral()
    assert window.users_screen is not None
    assert window.case_tabs is None  # administrators have no case area at all
    assert "it.admin" in window.signed_in_label.text()


def test_sign_in_shows_the_main_window_with_the_case_area(qtbot, shell_controller, shell_auth):
    controller = _signed_in_worker(qtbot, shell_controller, shell_auth)
    window = controller.main_window
    assert window.isVisible()
    assert not controller.sign_in.isVisible()
    assert window.case_tabs is not None and window.users_screen is None
    assert WORKER in window.signed_in_label.text()
    assert controller.session.is_open and controller.session.user == WORKER
    assert _titles_are_neutral()


def test_wrong_passphrase_keeps_the_sign_in_window(qtbot, shell_controller, shell_auth):
    controller = shell_controller(shell_auth)
    controller.start()
    form = controller.sign_in.form
    qtbot.keyClicks(form.user, WORKER)
    qtbot.keyClicks(form.passphrase, "entirely wrong passphrase")
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.message.isVisible(), timeout=10000)
    assert form.message.text() == messages.describe(WrongPassphrase("x"))
    assert controller.state == State.SIGN_IN and controller.main_window is None


def test_idle_lock_closes_the_vault_and_unlock_restores_the_same_window(
        qtbot, shell_controller, shell_auth, shell_clock):
    controller = _signed_in_worker(qtbot, shell_controller, shell_auth)
    window = controller.main_window
    notes = _open_notes_tab(qtbot, window, "typed but not saved")
    tab_index = window.case_tabs.currentIndex()
    first_vault = controller.session.current

    # Input resets the idle timer: almost idle, a key press, almost idle again: still open.
    shell_clock.advance(IDLE_SECONDS - 5)
    qtbot.keyClick(notes, Qt.Key.Key_End)
    shell_clock.advance(IDLE_SECONDS - 5)
    controller.activity.check()
    assert controller.state == State.UNLOCKED

    shell_clock.advance(10)
    qtbot.waitUntil(lambda: controller.state == State.LOCKED, timeout=5000)
    assert not window.isVisible()
    assert controller.lock_screen.isVisible()
    assert _visible_windows() == [controller.lock_screen]
    assert not first_vault.is_open  # the database is closed and the keys dropped
    with pytest.raises(VaultLocked):
        controller.session.current  # noqa: B018 - services see the lock at once
    assert _titles_are_neutral()

    _unlock(qtbot, controller, "this is not my passphrase")
    assert controller.state == State.LOCKED
    assert controller.lock_screen.form.message.text() == messages.describe(WrongPassphrase("x"))

    _unlock(qtbot, controller, WORKER_PASS)
    assert controller.state == State.UNLOCKED
    assert controller.main_window is window and window.isVisible()
    assert not controller.lock_screen.isVisible()
    assert window.case_tabs.currentIndex() == tab_index
    assert notes.text() == "typed but not saved"
    assert controller.session.current is not first_vault
    assert controller.session.current.is_open
    assert controller.activity.armed


def test_lock_button_locks_at_once(qtbot, shell_controller, shell_auth):
    controller = _signed_in_worker(qtbot, shell_controller, shell_auth)
    qtbot.mouseClick(controller.main_window.lock_button, Qt.MouseButton.LeftButton)
    assert controller.state == State.LOCKED
    assert not controller.session.is_open


def test_f12_hides_every_window_locks_and_clears_our_clipboard(qtbot, shell_controller,
                                                               shell_auth):
    controller = _signed_in_worker(qtbot, shell_controller, shell_auth)
    window = controller.main_window
    notes = _open_notes_tab(qtbot, window, "half a sentence")
    vault = controller.session.current
    controller.clipboard.copy("2026-0042")
    assert QApplication.clipboard().text() == "2026-0042"

    with qtbot.waitSignal(controller.quick_exited, timeout=2000):
        qtbot.keyClick(notes, Qt.Key.Key_F12)

    assert not window.isVisible()
    assert _visible_windows() == []  # only the minimised, neutral lock screen is left
    assert controller.lock_screen.isMinimized()
    assert not vault.is_open and not controller.session.is_open
    assert QApplication.clipboard().text() == ""
    assert notes.text() == "half a sentence"  # hidden, not destroyed

    controller.reshow()  # re-opened from the taskbar: it asks for the passphrase
    assert controller.lock_screen.isVisible() and not window.isVisible()
    _unlock(qtbot, controller, WORKER_PASS)
    assert window.isVisible() and notes.text() == "half a sentence"


def test_quick_exit_leaves_text_copied_from_elsewhere_alone(qtbot, shell_controller,
                                                            shell_auth):
    controller = _signed_in_worker(qtbot, shell_controller, shell_auth)
    QApplication.clipboard().setText("something from another program")
    qtbot.mouseClick(controller.main_window.quick_exit_button, Qt.MouseButton.LeftButton)
    assert controller.state == State.LOCKED
    assert QApplication.clipboard().text() == "something from another program"


def test_f12_works_from_a_dialog_too(qtbot, shell_controller, shell_auth):
    controller = shell_controller(shell_auth)
    controller.start()
    _sign_in(qtbot, controller, ADMIN, ADMIN_PASS)
    screen = controller.main_window.users_screen
    screen.open_add_dialog()
    dialog = screen.add_dialog
    assert dialog.isVisible()
    qtbot.keyClick(dialog.user_name, Qt.Key.Key_F12)
    assert not dialog.isVisible() and not controller.main_window.isVisible()
    assert _visible_windows() == []
    assert not controller.session.is_open


class SlowAuth:
    """The real AuthService, except that sign-in waits for the test to open a gate."""

    def __init__(self, data_dir):
        self.real = make_auth(data_dir)
        self.data_dir = self.real.data_dir
        self.policy = self.real.policy
        self.check_new_passphrase = self.real.check_new_passphrase
        self.gate = threading.Event()

    def vault_exists(self):
        return self.real.vault_exists()

    def sign_in(self, user, passphrase, **options):
        self.gate.wait(5)
        return self.real.sign_in(user, passphrase, **options)


def test_f12_during_sign_in_never_shows_the_main_window(qtbot, shell_controller,
                                                        shell_staffed_dir):
    auth = SlowAuth(shell_staffed_dir)
    controller = shell_controller(auth)
    controller.start()
    form = controller.sign_in.form
    qtbot.keyClicks(form.user, WORKER)
    qtbot.keyClicks(form.passphrase, WORKER_PASS)
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert form.working
    qtbot.keyClick(controller.sign_in, Qt.Key.Key_F12)
    assert _visible_windows() == []
    auth.gate.set()
    qtbot.waitUntil(lambda: controller.state == State.LOCKED, timeout=10000)
    assert not controller.main_window.isVisible()
    assert not controller.session.is_open
    assert _visible_windows() == []
    controller.reshow()
    _unlock(qtbot, controller, WORKER_PASS)
    assert controller.state == State.UNLOCKED and controller.main_window.isVisible()


def test_f12_while_unlocking_keeps_the_vault_locked(qtbot, shell_controller, shell_staffed_dir):
    auth = SlowAuth(shell_staffed_dir)
    auth.gate.set()
    controller = shell_controller(auth)
    controller.start()
    _sign_in(qtbot, controller, WORKER, WORKER_PASS)
    controller.lock()
    auth.gate.clear()
    form = controller.lock_screen.form
    qtbot.keyClicks(form.passphrase, WORKER_PASS)
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(form.passphrase, Qt.Key.Key_F12)
    auth.gate.set()
    qtbot.waitUntil(lambda: not form.working, timeout=10000)
    assert controller.state == State.LOCKED
    assert not controller.session.is_open and not controller.main_window.isVisible()
    assert _visible_windows() == []


def test_sign_in_after_a_quick_exit_and_reopening_works(qtbot, shell_controller, shell_auth):
    controller = shell_controller(shell_auth)
    controller.start()
    qtbot.keyClick(controller.sign_in, Qt.Key.Key_F12)
    assert controller.sign_in.isMinimized()
    controller.reshow()
    _sign_in(qtbot, controller, WORKER, WORKER_PASS)
    assert controller.main_window.isVisible()


def test_sign_out_from_the_lock_screen_discards_the_window(qtbot, shell_controller, shell_auth):
    controller = _signed_in_worker(qtbot, shell_controller, shell_auth)
    controller.lock()
    qtbot.mouseClick(controller.lock_screen.sign_out_button, Qt.MouseButton.LeftButton)
    assert controller.state == State.SIGN_IN
    assert controller.main_window is None and controller.lock_screen is None
    assert not controller.session.signed_in
    assert controller.sign_in.isVisible()
    _sign_in(qtbot, controller, ADMIN, ADMIN_PASS)  # someone else may now sign in
    assert controller.main_window.users_screen is not None


def test_closing_the_main_window_locks_and_quits(qtbot, shell_controller, shell_auth):
    controller = _signed_in_worker(qtbot, shell_controller, shell_auth)
    vault = controller.session.current
    controller.main_window.close()
    assert controller.quit_calls == [1]
    assert not vault.is_open
    assert controller.state == State.CLOSED


def test_the_real_case_list_is_used_when_the_case_service_exists(qtbot, shell_controller,
                                                                 shell_auth):
    from intake_app.ui.cases.case_list import CaseListPanel as panel_class
    controller = shell_controller(shell_auth)
    controller.start()
    _sign_in(qtbot, controller, WORKER, WORKER_PASS)
    assert isinstance(controller.main_window.case_list, panel_class)
    controller.lock()
    _unlock(qtbot, controller, WORKER_PASS)
    assert controller.state == State.UNLOCKED


def test_a_slot_file_altered_by_an_outsider_is_told_once_after_sign_in(
        qtbot, shell_controller, shell_auth):
    from intake_app.vault.keyslots import KeySlots

    path = shell_auth.data_dir / "keyslots.json"
    altered = KeySlots.load(path)
    altered.mac = "0" * 64  # what any outsider's edit looks like: the MAC no longer matches
    altered.save(path, sign_with=None)
    controller = _signed_in_worker(qtbot, shell_controller, shell_auth)
    qtbot.waitUntil(lambda: controller.notice is not None and controller.notice.isVisible(),
                    timeout=5000)
    assert controller.notice.text() == messages.slot_file_altered()
    assert controller.main_window.isVisible()


def test_a_key_slot_that_matches_no_record_is_refused_with_a_plain_message(
        qtbot, shell_controller, shell_auth):
    from intake_app.domain.errors import KeySlotTampered
    from intake_app.vault.keyslots import KeySlots
    from intake_app.vault.store import Vault

    with Vault.unlock(shell_auth.data_dir, ADMIN, ADMIN_PASS) as vault:
        data_key = vault.data_key
    path = shell_auth.data_dir / "keyslots.json"
    slots = KeySlots.load(path)
    slots.slots.pop(WORKER)
    slots.add_user(WORKER, "someone else's passphrase 42", data_key, TEST_KDF)
    slots.save(path, sign_with=None)
    controller = shell_controller(shell_auth)
    controller.start()
    form = controller.sign_in.form
    qtbot.keyClicks(form.user, WORKER)
    qtbot.keyClicks(form.passphrase, "someone else's passphrase 42")
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.message.isVisible(), timeout=10000)
    assert form.message.text() == messages.describe(KeySlotTampered("x"))
    assert controller.main_window is None


@pytest.mark.parametrize("change", ["disable", "demote"])
def test_a_session_whose_account_was_changed_ends_at_the_next_action(
        qtbot, shell_controller, shell_auth, change):
    from intake_app.domain.roles import Role
    from intake_app.services.session import Session
    from intake_app.services.users import UserService
    from intake_app.vault.store import Vault

    controller = _signed_in_worker(qtbot, shell_controller, shell_auth)
    window = controller.main_window
    with Vault.unlock(shell_auth.data_dir, ADMIN, ADMIN_PASS) as boss:
        users = UserService(Session(boss), make_auth(shell_auth.data_dir))
        if change == "disable":
            users.disable_user(WORKER)
        else:
            users.set_role(WORKER, Role.SUPERVISOR)
    qtbot.keyClick(window, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: controller.state == State.SIGN_IN, timeout=5000)
    assert controller.sign_in.isVisible() and controller.main_window is None
    expected = messages.account_changed("disabled" if change == "disable" else "role")
    assert controller.sign_in.form.message.text() == expected
    assert not controller.session.signed_in
