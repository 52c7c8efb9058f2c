"""First run: create the vault and its first administrator, then show the recovery key once.

Page 1 asks for the administrator's user name and passphrase (twice, with live feedback) and
creates the vault on the TaskRunner's worker (the KDF is calibrated to this laptop, which takes
a few seconds). Page 2 shows the recovery key in large grouped characters; Finish stays disabled
until the person ticks that it is written down and stored away from the laptop. Saving it to a
file is possible but only as an explicit choice after a warning. The key is never put on the
clipboard and the label cannot be selected.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.errors import IntakeError
from intake_app.policy import Policy
from intake_app.services.auth import AuthService, check_username
from intake_app.ui import confirm, messages
from intake_app.ui.new_passphrase import NewPassphraseFields
from intake_app.ui.tasks import BusyIndicator, TaskRunner

if TYPE_CHECKING:
    from intake_app.vault.store import Vault


def grouped(recovery_key: str, per_line: int = 3) -> str:
    """'ABCD-EFGH-...' as lines of ``per_line`` groups separated by two spaces."""
    groups = [g for g in recovery_key.split("-") if g]
    lines = ["  ".join(groups[i:i + per_line]) for i in range(0, len(groups), per_line)]
    return "\n".join(lines)


class SetupWizard(QDialog):
    """Emits ``vault_created(vault)`` once the recovery key has been acknowledged."""

    vault_created = Signal(object)  # Vault

    def __init__(self, auth: AuthService, runner: TaskRunner, policy: Policy, *,
                 ask: confirm.Confirm = confirm.ask,
                 choose_save_path: confirm.ChooseSavePath = confirm.choose_save_path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Confidential Intake"))
        self.setMinimumWidth(560)
        self._auth = auth
        self._runner = runner
        self._ask = ask
        self._choose_save_path = choose_save_path
        self._vault: Vault | None = None
        self._recovery_key = ""
        self._working = False

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_account_page(policy))
        self.pages.addWidget(self._build_key_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.addWidget(self.pages)
        self._update_create_button()

    # --- page 1: the first administrator -----------------------------------------------------

    def _build_account_page(self, policy: Policy) -> QWidget:
        page = QWidget(self)
        heading = QLabel(self.tr("Set up Confidential Intake"), page)
        heading.setObjectName("heading")
        intro = QLabel(self.tr(
            "There is no vault on this laptop yet. Create it now, together with the first "
            "administrator account. Administrators manage staff accounts and backups; they "
            "cannot open case records."), page)
        intro.setObjectName("intro")
        intro.setWordWrap(True)

        self.user_name = QLineEdit(page)
        self.user_name.setObjectName("userName")
        self.user_name.setAccessibleName(self.tr("Administrator user name"))
        self.user_name.setPlaceholderText(self.tr("for example: it.admin"))
        self.display_name = QLineEdit(page)
        self.display_name.setObjectName("displayName")
        self.display_name.setAccessibleName(self.tr("Your name (optional)"))
        self.passphrase = NewPassphraseFields(self._auth.check_new_passphrase,
                                              policy.min_passphrase_length, page)
        self.create_message = QLabel(page)
        self.create_message.setObjectName("formMessage")
        self.create_message.setProperty("kind", "error")
        self.create_message.setWordWrap(True)
        self.create_message.hide()
        self.create_busy = BusyIndicator(page)
        self.create_button = QPushButton(self.tr("&Create the vault"), page)
        self.create_button.setObjectName("primaryButton")
        self.create_button.setAccessibleName(self.tr("Create the vault"))
        self.create_button.setDefault(True)

        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.user_name)
        form.addRow(self.tr("Your &name"), self.display_name)
        self.passphrase.add_rows(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.create_message)
        layout.addWidget(self.create_busy)
        layout.addStretch(1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.user_name, self.display_name)
        QWidget.setTabOrder(self.display_name, self.passphrase.first)
        QWidget.setTabOrder(self.passphrase.first, self.passphrase.second)
        QWidget.setTabOrder(self.passphrase.second, self.create_button)

        self.user_name.textChanged.connect(self.passphrase.set_username)
        self.user_name.textChanged.connect(self._update_create_button)
        self.passphrase.changed.connect(self._update_create_button)
        self.create_button.clicked.connect(self._create)
        return page

    def _update_create_button(self) -> None:
        ready = bool(self.user_name.text().strip()) and self.passphrase.acceptable()
        self.create_button.setEnabled(ready and not self._working)

    def _create(self) -> None:
        if self._working or not self.passphrase.acceptable():
            return
        try:
            user = check_username(self.user_name.text())
        except IntakeError as exc:
            self._show_create_message(messages.describe(exc))
            self.user_name.setFocus()
            return
        secret = self.passphrase.passphrase()
        display_name = self.display_name.text().strip()
        self.passphrase.clear()
        self._set_working(True)
        self._show_create_message("")
        auth = self._auth
        task = self._runner.run(lambda: auth.create_vault(user, secret, display_name),
                                "create-vault", on_success=self._created,
                                on_failure=self._create_failed)
        self.create_busy.track(task, self.tr(
            "Creating the vault and measuring this laptop's speed. This can take up to a "
            "minute..."))

    def _created(self, result: tuple[Vault, str]) -> None:
        self._set_working(False)
        self._vault, self._recovery_key = result
        self.key_label.setText(grouped(self._recovery_key))
        self.pages.setCurrentIndex(1)
        self.written_down.setFocus()

    def _create_failed(self, exc: Exception) -> None:
        self._set_working(False)
        self._show_create_message(messages.describe(exc))
        self.passphrase.first.setFocus()

    def _set_working(self, working: bool) -> None:
        self._working = working
        for widget in (self.user_name, self.display_name, self.passphrase):
            widget.setEnabled(not working)
        self._update_create_button()

    def _show_create_message(self, text: str) -> None:
        self.create_message.setText(text)
        self.create_message.setVisible(bool(text))

    # --- page 2: the recovery key ------------------------------------------------------------

    def _build_key_page(self) -> QWidget:
        page = QWidget(self)
        heading = QLabel(self.tr("Your recovery key"), page)
        heading.setObjectName("heading")
        intro = QLabel(self.tr(
            "This key is shown only once. It opens the vault if every passphrase is forgotten, "
            "so anyone who has it can read everything in the vault. Write it on paper now and "
            "keep the paper locked away, not with this laptop."), page)
        intro.setObjectName("intro")
        intro.setWordWrap(True)

        self.key_label = QLabel(page)
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(22)
        font.setBold(True)
        font.setLetterSpacing(font.SpacingType.PercentageSpacing, 110)
        self.key_label.setFont(font)
        note = QLabel(self.tr("The key uses the letters A to Z (no I or O) and the digits 2 to "
                              "9."), page)
        note.setObjectName("note")
        note.setWordWrap(True)

        self.written_down = QCheckBox(
            self.tr("I have &written it down and stored it away from this laptop"), page)
        self.written_down.setObjectName("writtenDown")
        self.written_down.setAccessibleName(
            self.tr("I have written it down and stored it away from this laptop"))
        self.key_message = QLabel(page)
        self.key_message.setObjectName("formMessage")
        self.key_message.setWordWrap(True)
        self.key_message.hide()
        self.save_button = QPushButton(self.tr("Save to a &file..."), page)
        self.save_button.setObjectName("secondaryButton")
        self.save_button.setAccessibleName(self.tr("Save the recovery key to a file"))
        self.save_button.setAutoDefault(False)
        self.finish_button = QPushButton(self.tr("&Finish"), page)
        self.finish_button.setObjectName("primaryButton")
        self.finish_button.setAccessibleName(self.tr("Finish"))
        self.finish_button.setEnabled(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addWidget(note)
        layout.addWidget(self.written_down)
        layout.addWidget(self.key_message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.written_down, self.finish_button)
        QWidget.setTabOrder(self.finish_button, self.save_button)

        self.written_down.toggled.connect(self.finish_button.setEnabled)
        self.written_down.toggled.connect(lambda _on: self.key_message.hide())
        self.save_button.clicked.connect(self._save_to_file)
        self.finish_button.clicked.connect(self._finish)
        return page

    @property
    def showing_key(self) -> bool:
        return self.pages.currentIndex() == 1

    def _save_to_file(self) -> None:
        warning = self.tr(
            "A recovery key in a file can be copied without anyone noticing, and whoever has it "
            "can open the vault.\n\nSave it only to a removable drive that will be locked away "
            "from this laptop: never to this laptop's own disk, to email or to a cloud folder.")
        if not self._ask(self, warning, self.tr("Choose where to save")):
            return
        target = self._choose_save_path(self, "confidential-intake-recovery-key.txt")
        if target is None:
            return
        target = Path(target)
        vault_dir = Path(os.path.abspath(self._auth.data_dir))
        if Path(os.path.abspath(target)).is_relative_to(vault_dir):
            self._show_key_message(self.tr("Not saved: the recovery key must not be kept next "
                                           "to the vault. Choose a removable drive."), error=True)
            return
        text = self.tr("Confidential Intake recovery key\n\n{key}\n\nWhoever has this key can "
                       "open the vault. Keep it offline, away from the laptop.\n").format(
                           key=grouped(self._recovery_key))
        try:
            from intake_app.vault.atomic import write_atomic

            write_atomic(target, text.encode("utf-8"))
        except (OSError, IntakeError) as exc:
            detail = messages.describe(exc) if isinstance(exc, IntakeError) else \
                self.tr("The file could not be written.")
            self._show_key_message(detail, error=True)
            return
        self._show_key_message(self.tr("Saved. Remove the drive and store it away from this "
                                       "laptop."), error=False)

    def _show_key_message(self, text: str, *, error: bool) -> None:
        self.key_message.setText(text)
        self.key_message.setProperty("kind", "error" if error else "info")
        self.key_message.style().unpolish(self.key_message)
        self.key_message.style().polish(self.key_message)
        self.key_message.setVisible(bool(text))

    def _finish(self) -> None:
        if not self.written_down.isChecked() or self._vault is None:
            return
        vault, self._vault = self._vault, None
        self._recovery_key = ""
        self.key_label.clear()
        self.vault_created.emit(vault)
        self.accept()

    # --- closing -----------------------------------------------------------------------------

    def reject(self) -> None:
        if self._working:
            return
        if self.showing_key:
            if not self.written_down.isChecked():
                self._show_key_message(self.tr("Write the recovery key down first, then tick "
                                               "the box."), error=True)
                return
            self._finish()
            return
        super().reject()
