"""First run: the set-up wizard creates a real vault and shows its recovery key once."""

from __future__ import annotations

import re
import stat

import pytest
from PySide6.QtCore import Qt

from intake_app.domain.roles import Role
from intake_app.policy import Policy
from intake_app.services.wiring import Services
from intake_app.ui.access.setup_wizard import SetupWizard
from intake_app.ui.common.tasks import TaskRunner
from intake_app.vault import crypto
from tests.ui.shell_support import Recorder, make_auth

ADMIN_PASS = "quiet harbour lantern 2031"

pytestmark = pytest.mark.usefixtures("shell_app")
KEY_LINE = re.compile(r"^[A-Z2-9]{4}  [A-Z2-9]{4}  [A-Z2-9]{4}$")


def _wizard(qtbot, auth, **kwargs):
    wizard = SetupWizard(Services(auth), TaskRunner(), Policy(), **kwargs)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _create(qtbot, wizard, user="it.admin", passphrase=ADMIN_PASS):
    qtbot.keyClicks(wizard.user_name, user)
    qtbot.keyClicks(wizard.passphrase.first, passphrase)
    qtbot.keyClicks(wizard.passphrase.second, passphrase)
    assert wizard.create_button.isEnabled()
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.showing_key, timeout=10000)


def test_creates_the_vault_on_disk_and_shows_a_working_recovery_key(qtbot, shell_empty_auth):
    wizard = _wizard(qtbot, shell_empty_auth)
    assert not shell_empty_auth.vault_exists()
    _create(qtbot, wizard)

    assert shell_empty_auth.vault_exists()
    assert (shell_empty_auth.data_dir / "vault.db").exists()
    assert wizard.passphrase.passphrase() == ""  # cleared once used
    lines = wizard.key_label.text().splitlines()
    assert len(lines) == 3 and all(KEY_LINE.match(line) for line in lines)
    shown_key = "-".join(wizard.key_label.text().split())
    crypto.parse_recovery_key(shown_key)  # well-formed, check characters included
    assert wizard.key_label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction

    assert not wizard.finish_button.isEnabled()
    wizard.written_down.click()
    assert wizard.finish_button.isEnabled()
    with qtbot.waitSignal(wizard.vault_created, timeout=5000) as blocker:
        qtbot.mouseClick(wizard.finish_button, Qt.MouseButton.LeftButton)
    signed_in = blocker.args[0]
    assert (signed_in.user, signed_in.role) == ("it.admin", Role.ADMIN)
    assert wizard.key_label.text() == ""  # shown once: gone after Finish
    wizard.services.end()

    # The key shown is the vault's real recovery key.
    auth = make_auth(shell_empty_auth.data_dir)
    auth.recover("it.admin", shown_key, "brand new passphrase 77")
    with auth.sign_in("it.admin", "brand new passphrase 77") as again:
        assert again.role == Role.ADMIN


def test_live_feedback_and_the_create_button_follow_the_policy(qtbot, shell_empty_auth):
    wizard = _wizard(qtbot, shell_empty_auth)
    fields = wizard.passphrase
    qtbot.keyClicks(wizard.user_name, "it.admin")
    qtbot.keyClicks(fields.first, "short")
    assert fields.meter.value() <= 1
    assert fields.hint.property("ok") == "false"
    assert not wizard.create_button.isEnabled()

    fields.first.clear()
    qtbot.keyClicks(fields.first, ADMIN_PASS)
    assert fields.hint.property("ok") == "true"
    assert fields.meter.value() >= 2
    qtbot.keyClicks(fields.second, ADMIN_PASS[:-1])
    assert not wizard.create_button.isEnabled()  # the two entries differ
    assert fields.match.text()
    qtbot.keyClicks(fields.second, ADMIN_PASS[-1])
    assert wizard.create_button.isEnabled()


def test_common_password_is_refused_with_the_policy_reason(qtbot, shell_empty_auth):
    wizard = _wizard(qtbot, shell_empty_auth)
    common = "abcdefghijklmno123"
    qtbot.keyClicks(wizard.user_name, "it.admin")
    qtbot.keyClicks(wizard.passphrase.first, common)
    qtbot.keyClicks(wizard.passphrase.second, common)
    assert wizard.passphrase.problem() is not None
    assert not wizard.create_button.isEnabled()


def test_cannot_leave_the_key_page_before_ticking_the_box(qtbot, shell_empty_auth):
    wizard = _wizard(qtbot, shell_empty_auth)
    _create(qtbot, wizard)
    wizard.reject()
    assert wizard.isVisible() and wizard.showing_key
    assert wizard.key_message.isVisible()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible()
    wizard.written_down.click()
    with qtbot.waitSignal(wizard.vault_created, timeout=5000) as blocker:
        wizard.reject()  # once it is written down, closing is the same as Finish
    assert blocker.args[0].user == "it.admin"
    wizard.services.end()


def test_saving_the_key_to_a_file_is_an_explicit_choice_after_a_warning(qtbot, shell_empty_auth,
                                                                        tmp_path):
    chosen: list[str] = []
    usb = tmp_path / "usb"
    usb.mkdir()
    target = usb / "recovery.txt"

    def choose(_parent, suggested):
        chosen.append(suggested)
        return target

    warn = Recorder(answer=False)
    wizard = _wizard(qtbot, shell_empty_auth, ask=warn, choose_save_path=choose)
    _create(qtbot, wizard)

    qtbot.mouseClick(wizard.save_button, Qt.MouseButton.LeftButton)
    assert len(warn.texts) == 1 and chosen == []  # declined at the warning: no file dialog
    assert not target.exists()

    warn.answer = True
    qtbot.mouseClick(wizard.save_button, Qt.MouseButton.LeftButton)
    assert chosen and target.exists()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert wizard.key_label.text() in target.read_text(encoding="utf-8")
    wizard.written_down.click()
    with qtbot.waitSignal(wizard.vault_created, timeout=5000) as blocker:
        wizard.finish_button.click()
    assert blocker.args[0].user == "it.admin"
    wizard.services.end()


def test_the_key_file_may_not_sit_next_to_the_vault(qtbot, shell_empty_auth):
    inside = shell_empty_auth.data_dir / "recovery.txt"
    wizard = _wizard(qtbot, shell_empty_auth, ask=Recorder(True),
                     choose_save_path=lambda _parent, _name: inside)
    _create(qtbot, wizard)
    wizard.save_button.click()
    assert not inside.exists()
    assert wizard.key_message.property("kind") == "error"
    wizard.written_down.click()
    with qtbot.waitSignal(wizard.vault_created, timeout=5000) as blocker:
        wizard.finish_button.click()
    assert blocker.args[0].user == "it.admin"
    wizard.services.end()


def test_a_user_name_the_vault_cannot_take_is_explained_and_nothing_is_created(
        qtbot, shell_empty_auth):
    wizard = _wizard(qtbot, shell_empty_auth)
    qtbot.keyClicks(wizard.user_name, "it admin")  # a space: not allowed in a user name
    qtbot.keyClicks(wizard.passphrase.first, ADMIN_PASS)
    qtbot.keyClicks(wizard.passphrase.second, ADMIN_PASS)
    assert wizard.create_button.isEnabled()  # the name's rules are checked on pressing it
    qtbot.mouseClick(wizard.create_button, Qt.MouseButton.LeftButton)
    assert wizard.create_message.isVisible() and wizard.create_message.text()
    assert not wizard.showing_key
    assert not shell_empty_auth.vault_exists()
    assert wizard.passphrase.passphrase() == ADMIN_PASS  # kept, to correct the name only
