"""First run: create the vault and its first administrator, then show the recovery key once.

Page 1 asks for the administrator's user name and passphrase (twice, with live feedback) and
creates the vault on the TaskRunner's worker (the KDF is calibrated to this laptop, which takes
a few seconds). Page 2 shows the recovery key in large grouped characters; Finish stays disabled
until the person ticks that it is written down and stored away from the laptop. Saving it to a
file is possible but only as an explicit choice after a warning. The key is never put on the
clipboard and the label cannot be selected.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QWidget,
)

from intake_app.domain.errors import IntakeError, UnsafeLocation
from intake_app.policy import Policy
from intake_app.services.wiring import Services, SignedIn
from intake_app.ui.access.new_passphrase import NewAccountFields, NewPassphraseFields
from intake_app.ui.common import confirm, form_parts, messages
from intake_app.ui.common.tasks import BusyIndicator, TaskRunner


def grouped(recovery_key: str, per_line: int = 3) -> str:
    """'ABCD-EFGH-...' as lines of ``per_line`` groups separated by two spaces."""
    groups = [g for g in recovery_key.split("-") if g]
    lines = ["  ".join(groups[i:i + per_line]) for i in range(0, len(groups), per_line)]
    return "\n".join(lines)


class SetupWizard(QDialog):
    """Creates the vault through ``services`` (which then hold it, signed in as its first
    administrator) and emits ``vault_created(SignedIn)`` once the recovery key has been
    acknowledged."""

    vault_created = Signal(SignedIn)

    def __init__(self, services: Services, runner: TaskRunner, policy: Policy, *,
                 ask: confirm.Confirm = confirm.ask,
                 choose_save_path: confirm.ChooseSavePath = confirm.choose_save_path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Confidential Intake"))
        self.setMinimumWidth(560)
        self.services = services
        self._auth = services.auth
        self._runner = runner
        self._ask = ask
        self._choose_save_path = choose_save_path
        self._signed_in: SignedIn | None = None
        self._recovery_key = ""
        self._working = False

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_account_page(policy))
        self.pages.addWidget(self._build_key_page())
        form_parts.column(self, self.pages, margins=form_parts.WINDOW_MARGINS)

    # --- page 1: the first administrator -----------------------------------------------------

    def _build_account_page(self, policy: Policy) -> QWidget:
        page = QWidget(self)
        heading = form_parts.heading(page, self.tr("Set up Confidential Intake"))
        intro = form_parts.intro(page, self.tr(
            "There is no vault on this laptop yet. Create it now, together with the first "
            "administrator account. Administrators manage staff accounts and backups; they "
            "cannot open case records."))

        self.user_name = QLineEdit(page)
        self.user_name.setObjectName("userName")
        self.user_name.setAccessibleName(self.tr("Administrator user name"))
        self.user_name.setPlaceholderText(self.tr("for example: it.admin"))
        self.display_name = QLineEdit(page)
        self.display_name.setObjectName("displayName")
        self.display_name.setAccessibleName(self.tr("Your name (optional)"))
        self.passphrase = NewPassphraseFields(self._auth.check_new_passphrase,
                                              policy.min_passphrase_length, page)
        self.create_message = form_parts.form_message(page, error=True)
        self.create_busy = BusyIndicator(page)
        self.create_button = form_parts.primary_button(page, self.tr("&Create the vault"),
                                                       self.tr("Create the vault"))

        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.user_name)
        form.addRow(self.tr("Your &name"), self.display_name)
        self.passphrase.add_rows(form)
        form_parts.column(page, heading, intro, form, self.create_message, self.create_busy,
                          form_parts.STRETCH, form_parts.button_row(self.create_button),
                          margins=form_parts.NO_MARGINS, spacing=form_parts.WINDOW_GAP)
        form_parts.tab_order(self.user_name, self.display_name, self.passphrase.first,
                             self.passphrase.second, self.create_button)

        self.account = NewAccountFields(self.user_name, self.passphrase, self.create_button,
                                        self._show_create_message)
        self.account.submitted.connect(self._create)
        return page

    def _create(self, user: str) -> None:
        secret = self.passphrase.passphrase()
        display_name = self.display_name.text().strip()
        self.passphrase.clear()
        self._set_working(True)
        self._show_create_message("")
        services = self.services
        task = self._runner.run(lambda: services.create_vault(user, secret, display_name),
                                "create-vault", on_success=self._created,
                                on_failure=self._create_failed)
        self.create_busy.track(task, self.tr(
            "Creating the vault and measuring this laptop's speed. This can take up to a "
            "minute..."))

    def _created(self, result: tuple[SignedIn, str]) -> None:
        self._set_working(False)
        self._signed_in, self._recovery_key = result
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
        self.account.set_busy(working)

    def _show_create_message(self, text: str) -> None:
        form_parts.show_message(self.create_message, text)

    # --- page 2: the recovery key ------------------------------------------------------------

    def _build_key_page(self) -> QWidget:
        page = QWidget(self)
        heading = form_parts.heading(page, self.tr("Your recovery key"))
        intro = form_parts.intro(page, self.tr(
            "This key is shown only once. It opens the vault if every passphrase is forgotten, "
            "so anyone who has it can read everything in the vault. Write it on paper now and "
            "keep the paper locked away, not with this laptop."))

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

        self.written_down, written_row = form_parts.wrapped_check(
            page, self.tr("I have &written it down and stored it away from this laptop"),
            self.tr("I have written it down and stored it away from this laptop"))
        self.written_down.setObjectName("writtenDown")
        self.key_message = form_parts.form_message(page)
        self.save_button = form_parts.secondary_button(
            page, self.tr("Save to a &file..."), self.tr("Save the recovery key to a file"))
        self.finish_button = form_parts.primary_button(page, self.tr("&Finish"),
                                                       self.tr("Finish"), default=False)
        self.finish_button.setEnabled(False)

        buttons = form_parts.button_row(self.finish_button, leading=(self.save_button,))
        form_parts.column(page, heading, intro, self.key_label, note, written_row,
                          self.key_message, form_parts.STRETCH, buttons,
                          margins=form_parts.NO_MARGINS, spacing=form_parts.WINDOW_GAP)
        form_parts.tab_order(self.written_down, self.finish_button, self.save_button)

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
        text = self.tr("Confidential Intake recovery key\n\n{key}\n\nWhoever has this key can "
                       "open the vault. Keep it offline, away from the laptop.\n").format(
                           key=grouped(self._recovery_key))
        try:
            self._auth.save_outside_vault(target, text.encode("utf-8"))
        except UnsafeLocation:
            self._show_key_message(self.tr(
                "Not saved: the recovery key must not be kept next to the vault, nor in a cloud "
                "or network folder. Choose a removable drive."), error=True)
            return
        except (OSError, IntakeError) as exc:
            detail = messages.describe(exc) if isinstance(exc, IntakeError) else \
                self.tr("The file could not be written.")
            self._show_key_message(detail, error=True)
            return
        self._show_key_message(self.tr("Saved. Remove the drive and store it away from this "
                                       "laptop."), error=False)

    def _show_key_message(self, text: str, *, error: bool) -> None:
        form_parts.show_message(self.key_message, text, error=error)

    def _finish(self) -> None:
        if not self.written_down.isChecked() or self._signed_in is None:
            return
        signed_in, self._signed_in = self._signed_in, None
        self._recovery_key = ""
        self.key_label.clear()
        self.vault_created.emit(signed_in)
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
