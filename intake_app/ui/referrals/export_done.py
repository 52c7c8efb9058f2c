"""What the supervisor sees once a referral's PDF is written: where it went, the file's SHA-256
and, when it was protected, its password, shown this once.

The password is drawn large, in groups, in a label nobody can select, copy, drag or right-click,
with a calm line saying to pass it to the recipient another way than the file (by phone).
Nothing puts it on the clipboard. Closing the panel (``close_panel``, its Close button, or the
queue screen when the supervisor moves on) blanks the label and drops the panel's only copy;
the app cannot show it again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from intake_app.ui.common import form_parts, theme
from intake_app.ui.common.fit_height import fit_height

_label = form_parts.value_label  # wrapped plain text, with a style name

#: The longest line of the password as shown, in characters (groups are never split): the
#: app's own (six groups of five, hyphens between: 35) stays on one line.
_LINE = 36


def passphrase_lines(passphrase: str, size: int = 4) -> tuple[str, bool]:
    """``passphrase`` as lines easy to read out on the phone, and whether spaces were added
    that are not part of it. One with its own separators (spaces, hyphens) is shown exactly,
    lines broken only after a separator; one without is shown in blocks of ``size``
    characters, two spaces apart. No line is much longer than ``_LINE`` characters."""
    if any(sep in passphrase for sep in (" ", "-")):
        groups, joiner, added = _own_groups(passphrase), "", False
    else:
        groups = [passphrase[i:i + size] for i in range(0, len(passphrase), size)]
        joiner, added = "  ", len(groups) > 1
    lines: list[str] = []
    for group in groups:
        if lines and len(lines[-1]) + len(joiner) + len(group) <= _LINE:
            lines[-1] += joiner + group
        else:
            lines.append(group)
    return "\n".join(line.rstrip(" ") for line in lines), added


def _own_groups(passphrase: str) -> list[str]:
    """Split after each separator, keeping it with the group before (so nothing is lost)."""
    groups: list[str] = []
    current = ""
    for char in passphrase:
        current += char
        if char in " -":
            groups.append(current)
            current = ""
    if current:
        groups.append(current)
    return groups


def sha256_lines(sha256: str) -> str:
    """The 64 hexadecimal digits as two lines of four groups of eight."""
    groups = [sha256[i:i + 8] for i in range(0, len(sha256), 8)]
    return "\n".join(" ".join(groups[i:i + 4]) for i in range(0, len(groups), 4))


class ExportDonePanel(QFrame):
    """The result of one export. ``closed()`` once it is closed; ``passphrase_label`` is empty
    when the file has no password (``has_password``)."""

    closed = Signal()

    def __init__(self, *, reference: str, recipient: str, path: Path, sha256: str,
                 password: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDone")
        self.setMaximumWidth(theme.READING_WIDTH)
        self.has_password = password is not None
        self.sha256 = sha256
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 14)
        column.setSpacing(8)
        self.title = _label(self, self.tr("Exported: the referral of {reference} to "
                                          "{recipient}").format(reference=reference,
                                                                recipient=recipient),
                            "cardTitle")
        column.addWidget(self.title)
        column.addWidget(_label(self, self.tr("Saved as"), "helpText"))
        self.path_label = _label(self, str(path))
        self.path_label.setAccessibleName(self.tr("Saved as"))
        column.addWidget(self.path_label)
        column.addWidget(_label(self, self.tr("SHA-256 of the file (to check it is the file you "
                                              "sent)"), "helpText"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF())  # as large as the words around it
        self.sha_label = _label(self, sha256_lines(sha256))
        self.sha_label.setFont(mono)
        self.sha_label.setWordWrap(False)
        self.sha_label.setAccessibleName(self.tr("SHA-256 of the file"))
        self.sha_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.sha_label)
        self.passphrase_label = QLabel(self)
        self.passphrase_label.setObjectName("exportPassphrase")
        if password is not None:
            column.addWidget(self._password_part(password))
        else:
            column.addWidget(_label(self, self.tr(
                "The file has no password: send it only by the secure route agreed with "
                "{recipient}.").format(recipient=recipient), "previewWarning"))
        self.close_button = form_parts.secondary_button(
            self, self.tr("&Close"), self.tr("Close the export result"))
        self.close_button.clicked.connect(self.close_panel)
        column.addLayout(form_parts.button_row(self.close_button))

    def _password_part(self, password: str) -> QWidget:
        part = QWidget(self)
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(_label(part, self.tr("Password to open the file"), "questionLabel"))
        label = self.passphrase_label
        label.setParent(part)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # On a narrow page (a longer language widens the lists) it breaks after a hyphen
        # rather than pushing the page sideways.
        label.setWordWrap(True)
        # Not selectable, no menu, no drag: the password never reaches the clipboard.
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        label.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(20)
        font.setBold(True)
        font.setLetterSpacing(font.SpacingType.PercentageSpacing, 110)
        label.setFont(font)
        label.setAccessibleName(self.tr("Password to open the file"))
        shown, spaced = passphrase_lines(password)
        label.setText(shown)
        layout.addWidget(label)
        if spaced:
            layout.addWidget(_label(part, self.tr(
                "The spaces are there to make it easier to read: they are not part of it."),
                "helpText"))
        elif "-" in password:
            layout.addWidget(_label(part, self.tr(
                "The hyphens are part of it: type it exactly as shown."), "helpText"))
        self.password_note = _label(part, self.tr(
            "Give this password to the recipient another way than the file: read it to them on "
            "the phone, never in the same email or message. It is shown only now: once you "
            "close this, the app cannot show it again."), "helpText")
        layout.addWidget(self.password_note)
        return part

    def close_panel(self) -> None:
        """Blank the password and go; the queue screen removes the panel."""
        self.passphrase_label.clear()
        self.hide()
        self.closed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_height(self)
