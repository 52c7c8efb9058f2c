"""Two passphrase fields with live feedback: a strength meter, the policy's verdict, and whether
the two entries match. Used wherever a new passphrase is chosen (set-up, new user, reset).

The meter comes from ``domain.passphrase.estimate``; what is *accepted* is decided by the
injected ``check`` (``AuthService.check_new_passphrase``), the same call the service makes.

The rows go into the caller's own QFormLayout (``add_rows``) so that their labels line up with
the other fields of the form.

``NewAccountFields`` adds the user name the passphrase belongs to, for the two screens that
create an account (the set-up wizard and the add-user dialog): the same checks, in one place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from intake_app.domain import passphrase as rules
from intake_app.domain.errors import IntakeError, PassphraseRejected
from intake_app.services.auth import check_username
from intake_app.ui.access.unlock_form import secret_field
from intake_app.ui.common import messages

#: check(passphrase, username) raises PassphraseRejected with a reason a person can act on.
PassphraseCheck = Callable[[str, str], None]


class NewPassphraseFields(QObject):
    """Passphrase, repeat, meter and hints. ``changed`` fires on every keystroke."""

    changed = Signal()

    def __init__(self, check: PassphraseCheck, min_length: int, parent: QWidget) -> None:
        super().__init__(parent)
        self._check = check
        self._min_length = min_length
        self._username = ""

        self.first = secret_field(parent, self.tr("New passphrase"))
        self.first.setObjectName("newPassphrase")
        self.first.setPlaceholderText(self.tr("At least {count} characters").format(
            count=min_length))
        self.second = secret_field(parent, self.tr("Repeat the new passphrase"))
        self.second.setObjectName("repeatPassphrase")

        self.meter = QProgressBar(parent)
        self.meter.setObjectName("strengthMeter")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.hint = QLabel(parent)
        self.hint.setObjectName("strengthHint")
        self.hint.setWordWrap(True)
        self.match = QLabel(parent)
        self.match.setObjectName("matchHint")
        self.match.setWordWrap(True)

        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(self.tr("&Passphrase"), self.first)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        form.addRow(self.tr("&Repeat it"), self.second)
        form.addRow("", self.match)

    def setEnabled(self, enabled: bool) -> None:
        for widget in (self.first, self.second):
            widget.setEnabled(enabled)

    def set_username(self, username: str) -> None:
        """The policy refuses passphrases built around the user name; re-check when it changes."""
        self._username = username.strip().lower()
        self._update()

    def passphrase(self) -> str:
        return self.first.text()

    def problem(self) -> str | None:
        """Why the passphrase cannot be used yet, or None when it can."""
        text = self.first.text()
        try:
            self._check(text, self._username)
        except PassphraseRejected as exc:
            return exc.reason
        if self.second.text() != text:
            return self.tr("the two passphrases differ")
        return None

    def acceptable(self) -> bool:
        return self.problem() is None

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _update(self) -> None:
        text = self.first.text()
        strength = rules.estimate(text, min_length=self._min_length)
        verdict: str | None
        try:
            self._check(text, self._username)
            verdict = None
        except PassphraseRejected as exc:
            verdict = exc.reason
        level = min(strength.score, 1) if verdict else strength.score
        self.meter.setValue(level)
        self.meter.setProperty("level", str(level))
        self.meter.style().unpolish(self.meter)
        self.meter.style().polish(self.meter)
        if not text:
            hint = self.tr("Three or four unrelated words work well. Spaces are fine.")
        elif verdict:
            hint = self.tr("Not yet: {reason}").format(reason=verdict)
        else:
            labels = {2: self.tr("Acceptable. A longer passphrase would be stronger."),
                      3: self.tr("Good."), 4: self.tr("Strong.")}
            hint = labels.get(strength.score, self.tr("Acceptable."))
        self.hint.setText(hint)
        self.hint.setProperty("ok", "true" if text and not verdict else "false")
        self.hint.style().unpolish(self.hint)
        self.hint.style().polish(self.hint)
        self.meter.setAccessibleDescription(hint)
        self.match.setVisible(bool(self.second.text()))
        if not self.second.text():
            self.match.setText("")
        elif self.second.text() == text:
            self.match.setText(self.tr("The two passphrases match."))
        else:
            self.match.setText(self.tr("The two passphrases differ."))
        self.changed.emit()


class NewAccountFields(QObject):
    """A user name, the new passphrase for it, and the button that creates the account.

    The passphrase is re-checked against the name as it is typed (the policy refuses one built
    around the name); the button is enabled while both are ready and nothing is running
    (``set_busy``); pressing it checks the name as the service will and emits
    ``submitted(user_name)`` -- or says, through ``show``, why the name cannot be used.
    """

    submitted = Signal(str)  # the user name as it will be stored

    def __init__(self, user_name: QLineEdit, passphrase: NewPassphraseFields,
                 button: QPushButton, show: Callable[[str], None]) -> None:
        super().__init__(passphrase)
        self.user_name = user_name
        self.passphrase = passphrase
        self._button = button
        self._show = show
        self._busy = False
        user_name.textChanged.connect(passphrase.set_username)
        user_name.textChanged.connect(self._refresh)
        passphrase.changed.connect(self._refresh)
        button.clicked.connect(self._pressed)
        self._refresh()

    def set_busy(self, busy: bool) -> None:
        """While the account is being created the button stays disabled."""
        self._busy = busy
        self._refresh()

    def _refresh(self) -> None:
        self._button.setEnabled(self.ready() and not self._busy)

    def _pressed(self) -> None:
        if self._busy:
            return
        user = self.user_name_to_submit(self._show)
        if user is not None:
            self.submitted.emit(user)

    def ready(self) -> bool:
        """Whether the button that creates the account may be pressed: a name is typed and
        the passphrase is acceptable (the name's own rules are checked on pressing it)."""
        return bool(self.user_name.text().strip()) and self.passphrase.acceptable()

    def user_name_to_submit(self, show: Callable[[str], None]) -> str | None:
        """The user name as it will be stored, when the account can be created; otherwise
        None, after ``show``-ing why the name cannot be used and putting the cursor in it."""
        if not self.passphrase.acceptable():
            return None
        try:
            return check_username(self.user_name.text())
        except IntakeError as exc:  # the same check the service makes, said before waiting
            show(messages.describe(exc))
            self.user_name.setFocus()
            return None
