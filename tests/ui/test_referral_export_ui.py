"""Exporting an approved referral from the supervisor's queue screen, through real clicks on a
real staff vault (tests/conftest.py) and the real ReferralService.export_pdf on the app's task
runner: the password shown once (and the file on disk opening with it in pypdf, not without
it), the exports register in the review, a policy that switches exports off (it says why and
writes nothing), a policy that requires a password (the box ticked and locked), a gate that
fails at export (back to waiting, its checks shown), a place the file may not go, and a
cancelled chooser."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from intake_app.domain.consent import How
from intake_app.domain.errors import (
    ExportNotAllowed,
    GateFailed,
    PasswordRequired,
    UnsafeLocation,
    VaultNotWritable,
)
from intake_app.domain.referrals import CheckId, State
from intake_app.policy import Policy
from intake_app.services.auth import AuthService
from intake_app.services.referral_export import ExportDone, UnprintableText
from intake_app.services.wiring import Services
from intake_app.ui.common.tasks import TaskRunner
from intake_app.ui.main_window import MainWindow
from intake_app.ui.referrals.export_done import passphrase_lines, sha256_lines
from intake_app.ui.referrals.export_words import refusal
from intake_app.ui.referrals.queue_screen import QueueScreen
from intake_app.vault import crypto
from tests.conftest import STAFF_PASS
from tests.ui.test_referral_queue import Asked, open_queue, pick, submitted


class Chooser:
    """The save dialog's stand-in: answers ``path`` (None: cancelled) and keeps what it was
    offered."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.offered: list[str] = []

    def __call__(self, _parent: QWidget, suggested: str) -> Path | None:
        self.offered.append(suggested)
        return self.path


@pytest.fixture
def staff(staff_vault_dir, shell_app) -> Iterator:
    """``staff(user, **policy)``: that person's services, signed in, under that policy."""
    signed: list[Services] = []

    def factory(user: str, **policy: object) -> Services:
        auth = AuthService(staff_vault_dir, Policy(**policy),  # type: ignore[arg-type]
                           kdf=crypto.TEST_PARAMS)
        services = Services(auth)
        services.sign_in(user, STAFF_PASS)
        signed.append(services)
        return services

    yield factory
    for services in signed:
        services.end()


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait()


@pytest.fixture
def approved(staff) -> tuple[Services, str, int]:
    """cw1, the case reference and its referral to the refuge, submitted (``queue_of`` has
    sup approve it)."""
    cw1 = staff("cw1")
    ref, referral_id = submitted(cw1, "Maria Example")
    return cw1, ref, referral_id


def queue_of(qtbot, staff, runner: TaskRunner, chooser: Chooser, referral_id: int,
             **policy: object) -> tuple[MainWindow, QueueScreen]:
    sup = staff("sup", **policy)
    assert sup.referrals is not None
    sup.referrals.approve(referral_id)
    window = MainWindow(sup, runner, Policy(**policy),  # type: ignore[arg-type]
                        ask=Asked(), choose_save_path=chooser)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    screen = open_queue(qtbot, window)
    pick(qtbot, screen.approved_list, 0)
    return window, screen


def export(qtbot, screen: QueueScreen) -> object:
    bar = screen.decision_bar
    assert bar.export_button.isVisible() and bar.export_button.isEnabled()
    with qtbot.waitSignal(screen.export_finished, timeout=30000) as finished:
        qtbot.mouseClick(bar.export_button, Qt.MouseButton.LeftButton)
        assert bar.exporting and bar.busy.isVisible()  # off the GUI thread, with a busy strip
        assert not screen.approved_list.isEnabled()
    assert not bar.exporting and not bar.busy.isVisible()
    return finished.args[0]


def texts(window: QWidget) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel)]


def test_a_supervisor_exports_with_a_password_and_sees_it_once(
        qtbot, staff, runner, approved, tmp_path):
    _cw1, ref, referral_id = approved
    target = tmp_path / "out" / "for-the-refuge.pdf"
    target.parent.mkdir()
    chooser = Chooser(target)
    window, screen = queue_of(qtbot, staff, runner, chooser, referral_id)
    review = screen.review
    assert review is not None and review.register == []  # approved, never exported
    assert review.register_empty.isVisible()
    box = screen.decision_bar.password_box
    assert box.isChecked() and box.isEnabled()  # ticked at first, the supervisor may untick

    result = export(qtbot, screen)
    assert isinstance(result, ExportDone) and result.password is None  # not handed on
    assert chooser.offered == [f"referral-{referral_id}.pdf"]  # never her name or the case
    assert ref not in chooser.offered[0]

    panel = screen.export_done
    assert panel is not None and panel.isVisible() and panel.has_password
    data = target.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    assert panel.sha256 == sha == result.sha256
    assert "".join(panel.sha_label.text().split()) == sha
    assert panel.path_label.text() == str(target)
    shown = panel.passphrase_label.text()
    assert panel.passphrase_label.isVisible() and len(shown) == 35 and "\n" not in shown
    # Nobody can select, copy or drag it, and the app never put it on the clipboard.
    assert panel.passphrase_label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    assert panel.passphrase_label.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    assert shown not in QApplication.clipboard().text()
    assert "another way than the file" in panel.password_note.text()

    # The file on disk opens with what the screen shows, and not without it.
    reader = PdfReader(target)
    assert reader.is_encrypted
    assert not reader.decrypt("not-the-password")
    reader = PdfReader(target)
    assert reader.decrypt(shown)
    assert "refuge" in "".join(page.extract_text() for page in reader.pages).lower()

    # The register of the review, read again, lists this export.
    review = screen.review
    assert review is not None and len(review.register) == 1
    _when, by, start = review.register[0]
    assert by == "sup" and start == sha[:16] + "..."
    assert screen.referrals.get(referral_id).exports[-1].sha256 == sha

    # Closed: the password is gone from every label in the window, and not shown again.
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert screen.export_done is None and panel.passphrase_label.text() == ""
    assert not any(shown in text for text in texts(window))
    pick(qtbot, screen.approved_list, 0)
    assert screen.export_done is None
    assert not any(shown in text for text in texts(window))


def test_the_password_goes_when_another_referral_is_chosen_or_the_vault_locks(
        qtbot, staff, runner, approved, tmp_path):
    cw1, _ref, referral_id = approved
    _other_ref, other = submitted(cw1, "Ruth Sample")
    target = tmp_path / "out" / "one.pdf"
    target.parent.mkdir()
    window, screen = queue_of(qtbot, staff, runner, Chooser(target), referral_id)
    export(qtbot, screen)
    panel = screen.export_done
    assert panel is not None
    shown = panel.passphrase_label.text()
    pick(qtbot, screen.waiting_list, 0)  # the other, still waiting
    assert screen.review is not None and screen.review.reviewed.referral.id == other
    assert screen.export_done is None and panel.passphrase_label.text() == ""
    assert not any(shown in text for text in texts(window))

    pick(qtbot, screen.approved_list, 0)
    target.unlink()
    export(qtbot, screen)
    panel = screen.export_done
    assert panel is not None and panel.passphrase_label.text()
    window.vault_locked.emit()
    assert screen.export_done is None and panel.passphrase_label.text() == ""

    # Leaving the screen for another takes it away too.
    target.unlink()
    export(qtbot, screen)
    panel = screen.export_done
    assert panel is not None and panel.passphrase_label.text()
    nav = window.navigation
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=nav.visualItemRect(nav.item(0)).center())  # Cases
    assert not screen.isVisible()
    assert screen.export_done is None and panel.passphrase_label.text() == ""


def test_an_export_refused_by_policy_says_why_and_writes_nothing(
        qtbot, staff, runner, approved, tmp_path):
    _cw1, _ref, referral_id = approved
    folder = tmp_path / "out"
    folder.mkdir()
    _window, screen = queue_of(qtbot, staff, runner, Chooser(folder / "r.pdf"), referral_id,
                              export_allowed=False)
    result = export(qtbot, screen)
    assert isinstance(result, ExportNotAllowed)
    message = screen.decision_bar.message
    assert message.isVisible() and message.property("kind") == "error"
    assert "switched off on this laptop by your IT administrator" in message.text()
    assert list(folder.iterdir()) == []
    assert screen.export_done is None
    assert screen.referrals.get(referral_id).exports == ()
    assert screen.review is not None and screen.review.register == []
    # Nothing else changed: still approved, still offered.
    assert screen.referrals.get(referral_id).state is State.APPROVED
    assert screen.decision_bar.export_button.isVisible()


def test_a_required_password_is_ticked_and_locked(qtbot, staff, runner, approved, tmp_path):
    _cw1, _ref, referral_id = approved
    target = tmp_path / "out" / "r.pdf"
    target.parent.mkdir()
    _window, screen = queue_of(qtbot, staff, runner, Chooser(target), referral_id,
                               export_password_required=True)
    box = screen.decision_bar.password_box
    assert box.isChecked() and not box.isEnabled()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    assert "requires a password" in box.accessibleDescription()
    export(qtbot, screen)
    panel = screen.export_done
    assert panel is not None and panel.has_password
    assert PdfReader(target).is_encrypted


def test_unticked_the_file_has_no_password_and_says_so(
        qtbot, staff, runner, approved, tmp_path):
    _cw1, _ref, referral_id = approved
    target = tmp_path / "out" / "r.pdf"
    target.parent.mkdir()
    _window, screen = queue_of(qtbot, staff, runner, Chooser(target), referral_id)
    qtbot.mouseClick(screen.decision_bar.password_box, Qt.MouseButton.LeftButton)
    assert not screen.decision_bar.password_box.isChecked()
    export(qtbot, screen)
    panel = screen.export_done
    assert panel is not None and not panel.has_password
    assert panel.passphrase_label.text() == ""
    assert not PdfReader(target).is_encrypted
    assert any("has no password" in text for text in texts(panel))


def test_a_gate_failing_at_export_sends_it_back_with_its_checks(
        qtbot, staff, runner, approved, tmp_path):
    cw1, ref, referral_id = approved
    folder = tmp_path / "out"
    folder.mkdir()
    _window, screen = queue_of(qtbot, staff, runner, Chooser(folder / "r.pdf"), referral_id)
    assert cw1.consent is not None
    given = cw1.consent.list_consents(ref)[0]
    cw1.consent.withdraw_consent(ref, given.id, on=date.today(), how=How.VERBAL)
    result = export(qtbot, screen)
    assert isinstance(result, GateFailed)
    assert list(folder.iterdir()) == []
    assert screen.referrals.get(referral_id).state is State.SUBMITTED
    assert screen.approved_list.count() == 0 and screen.waiting_list.currentRow() == 0
    assert "back with those waiting for approval" in screen.decision_bar.message.text()
    review = screen.review
    assert review is not None and review.gate_panel.state_of(CheckId.CONSENT) == "failed"
    assert review.gate_panel.needed_of(CheckId.CONSENT)
    assert screen.decision_bar.approve_button.isVisible()
    assert not screen.decision_bar.export_button.isVisible()


def test_a_place_beside_the_vault_is_refused_in_words(
        qtbot, staff, runner, approved, staff_vault_dir):
    _cw1, _ref, referral_id = approved
    target = staff_vault_dir.parent / "beside.pdf"
    _window, screen = queue_of(qtbot, staff, runner, Chooser(target), referral_id)
    result = export(qtbot, screen)
    assert isinstance(result, UnsafeLocation)
    assert not target.exists()
    assert "not a safe place" in screen.decision_bar.message.text()


def test_a_cancelled_chooser_does_nothing(qtbot, staff, runner, approved):
    _cw1, _ref, referral_id = approved
    chooser = Chooser(None)
    _window, screen = queue_of(qtbot, staff, runner, chooser, referral_id)
    qtbot.mouseClick(screen.decision_bar.export_button, Qt.MouseButton.LeftButton)
    assert chooser.offered and not screen.decision_bar.exporting and not runner.busy
    assert screen.export_done is None
    assert screen.referrals.get(referral_id).exports == ()


def test_the_password_is_shown_exactly_in_groups_easy_to_read_out():
    app_made = "ACDEF-GHJKL-MNPQR-TWXY3-46779-CDEFG"
    assert passphrase_lines(app_made) == (app_made, False)  # one line, nothing added
    shown, spaced = passphrase_lines("abcdefghij")
    assert (shown, spaced) == ("abcd  efgh  ij", True)
    long = "-".join(["ABCDEFGH"] * 6)
    shown, spaced = passphrase_lines(long)
    assert not spaced and "\n" in shown and shown.replace("\n", "") == long
    assert all(line.endswith("-") for line in shown.split("\n")[:-1])  # broken after one
    assert sha256_lines("ab" * 32).split("\n") == ["abababab abababab abababab abababab"] * 2


def test_every_refusal_is_said_in_words_not_the_exceptions_english(shell_app):
    refused = (ExportNotAllowed(), PasswordRequired(), UnprintableText("Reason", "\U0001F600"),
               UnsafeLocation("/x/y would be next to the vault's data folder"),
               VaultNotWritable("EROFS on /media/stick"))
    words = [refusal(exc) for exc in refused]
    for exc, text in zip(refused, words, strict=True):
        assert text and str(exc) not in text
    assert len(set(words)) == len(words)
    assert "U+1F600" in words[2] and "Reason" in words[2]
