"""Sign-in: the key derivation off the GUI thread, and a plain message for every refusal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from intake_app.domain.errors import (
    PermissionDenied,
    UnknownUser,
    VaultDamaged,
    VaultTooNew,
    WrongPassphrase,
)
from intake_app.domain.roles import Role
from intake_app.services.wiring import Services
from intake_app.ui.access.sign_in import SignInDialog
from intake_app.ui.common import messages
from intake_app.ui.common.tasks import TaskRunner
from tests.ui.shell_support import ADMIN, ADMIN_PASS, WORKER, WORKER_PASS, make_auth

pytestmark = pytest.mark.usefixtures("shell_app")


def _dialog(qtbot, services):
    dialog = SignInDialog(services, TaskRunner(), tick_ms=20)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _attempt(qtbot, dialog, user, passphrase):
    form = dialog.form
    form.user.clear()
    qtbot.keyClicks(form.user, user)
    qtbot.keyClicks(form.passphrase, passphrase)
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert form.passphrase.text() == ""  # cleared as soon as it was read
    qtbot.waitUntil(lambda: not form.working, timeout=10000)


def test_success_opens_the_vault_in_the_services_and_says_who(qtbot, shell_auth):
    services = Services(shell_auth)
    dialog = _dialog(qtbot, services)
    with qtbot.waitSignal(dialog.signed_in, timeout=10000) as blocker:
        _attempt(qtbot, dialog, WORKER, WORKER_PASS)
    signed_in = blocker.args[0]
    try:
        assert (signed_in.user, signed_in.role, services.session.is_open) == (
            WORKER, Role.CASEWORKER, True)
        assert dialog.form.passphrase.text() == ""
        assert dialog.form.user.text() == ""  # nothing of the person left on the screen
    finally:
        services.end()


@pytest.mark.parametrize(("user", "passphrase"), [
    (WORKER, "not the right passphrase"),
    ("nobody.here", "not the right passphrase"),
])
def test_wrong_name_or_passphrase_gives_one_message(qtbot, shell_auth, user, passphrase):
    dialog = _dialog(qtbot, Services(shell_auth))
    signed_in: list[object] = []
    dialog.signed_in.connect(signed_in.append)
    _attempt(qtbot, dialog, user, passphrase)
    assert signed_in == []
    assert dialog.form.message.isVisible()
    # A wrong name and a wrong passphrase read the same, so names cannot be probed.
    assert dialog.form.message.text() == messages.describe(WrongPassphrase("x"))
    assert messages.describe(UnknownUser("x")) == messages.describe(WrongPassphrase("x"))
    assert dialog.form.submit_button.isEnabled()


def test_throttled_account_counts_down_then_allows_a_new_try(qtbot, shell_staffed_dir):
    now = [10_000.0]
    auth = make_auth(shell_staffed_dir, throttle_clock=lambda: now[0])
    for _ in range(3):  # the free attempts
        with pytest.raises(WrongPassphrase):
            auth.sign_in(WORKER, "wrong wrong wrong wrong")
    services = Services(auth)
    dialog = _dialog(qtbot, services)
    _attempt(qtbot, dialog, WORKER, WORKER_PASS)
    form = dialog.form
    assert form.message.text() == messages.throttled(5)
    assert not form.submit_button.isEnabled()
    qtbot.waitUntil(lambda: form.submit_button.isEnabled(), timeout=5000)
    now[0] += 6  # the delay really has passed now
    with qtbot.waitSignal(dialog.signed_in, timeout=10000) as blocker:
        _attempt(qtbot, dialog, WORKER, WORKER_PASS)
    assert blocker.args[0].user == WORKER
    services.end()


class _Refusing:
    """A Services stand-in whose sign-in fails with a given error."""

    def __init__(self, exc: Exception) -> None:
        self.exc = exc

    def sign_in(self, _user: str, _passphrase: str, **_options: object):
        raise self.exc


@pytest.mark.parametrize("exc", [VaultDamaged("x"), VaultTooNew("x")])
def test_damaged_or_too_new_vault_is_explained(qtbot, exc):
    dialog = _dialog(qtbot, _Refusing(exc))
    _attempt(qtbot, dialog, ADMIN, ADMIN_PASS)
    assert dialog.form.message.text() == messages.describe(exc)
    assert dialog.form.message.text() != messages.describe(WrongPassphrase("x"))


def test_a_really_damaged_key_slot_file_is_reported_as_damage(qtbot, shell_staffed_dir):
    (shell_staffed_dir / "keyslots.json").write_text("{ not json", encoding="utf-8")
    for previous in shell_staffed_dir.glob("keyslots.json.*"):
        previous.unlink()
    dialog = _dialog(qtbot, Services(make_auth(shell_staffed_dir)))
    _attempt(qtbot, dialog, WORKER, WORKER_PASS)
    assert dialog.form.message.text() == messages.describe(VaultDamaged("x"))


def test_disabled_account_is_told_so(qtbot):
    dialog = _dialog(qtbot, _Refusing(PermissionDenied("this account is disabled")))
    _attempt(qtbot, dialog, WORKER, WORKER_PASS)
    assert dialog.form.message.text() == messages.sign_in_problem(PermissionDenied("x"))


def test_empty_fields_ask_for_input_without_starting_work(qtbot, shell_auth):
    dialog = _dialog(qtbot, Services(shell_auth))
    qtbot.mouseClick(dialog.form.submit_button, Qt.MouseButton.LeftButton)
    assert not dialog.form.working
    assert dialog.form.message.isVisible()
