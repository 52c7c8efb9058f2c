"""The parts the sign-in, set-up and account screens are built from: a heading with an intro
paragraph, the message line under a form, primary / secondary / cancel buttons and the row
they sit in, the column that stacks it all, and the order Tab moves in.

Object names are the ones resources/style/*.qss styles. Texts come in already translated:
each screen calls its own ``self.tr`` so the strings keep their translation context.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

#: Contents margins (left, top, right, bottom) of a window of its own: sign-in, lock, set-up.
WINDOW_MARGINS = (32, 28, 32, 24)
#: Contents margins of a dialog opened over the main window: add an account, reset a passphrase.
DIALOG_MARGINS = (28, 24, 28, 20)
#: Contents margins of a page that sits inside a window which already has its margins.
NO_MARGINS = (0, 0, 0, 0)
#: Gaps between the blocks of a window, and of a dialog.
WINDOW_GAP = 14
DIALOG_GAP = 12


class _Stretch:
    def __repr__(self) -> str:
        return "STRETCH"


#: In ``column``: a stretch that takes up the spare height.
STRETCH = _Stretch()


def value_label(parent: QWidget, text: str = "", name: str = "") -> QLabel:
    """Text shown as written: wrapped, plain (never rich text, so a recorded value cannot
    turn into markup); ``name`` is the stylesheet's object name, if any."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


def heading(parent: QWidget, text: str) -> QLabel:
    """The screen's title."""
    label = QLabel(text, parent)
    label.setObjectName("heading")
    return label


def intro(parent: QWidget, text: str) -> QLabel:
    """The paragraph under the heading that says what the screen is for."""
    label = QLabel(text, parent)
    label.setObjectName("intro")
    label.setWordWrap(True)
    return label


def form_message(parent: QWidget, *, error: bool = False) -> QLabel:
    """The message line under a form, hidden until ``show_message`` gives it a text.

    ``error``: the line only ever shows problems, so it is styled as an error from the start.
    """
    label = QLabel(parent)
    label.setObjectName("formMessage")
    if error:
        label.setProperty("kind", "error")
    label.setWordWrap(True)
    label.hide()
    return label


def show_message(label: QLabel, text: str, *, error: bool | None = None) -> None:
    """Show ``text`` in a form message, or hide the message when ``text`` is empty.

    With ``error`` given, the message is restyled as an error (True) or as information (False);
    without it, it keeps the style it has.
    """
    label.setText(text)
    if error is not None:
        label.setProperty("kind", "error" if error else "info")
        label.style().unpolish(label)
        label.style().polish(label)
    label.setVisible(bool(text))


def primary_button(parent: QWidget, text: str, accessible_name: str, *,
                   default: bool = True) -> QPushButton:
    """The screen's main action; ``default``: Enter presses it."""
    button = QPushButton(text, parent)
    button.setObjectName("primaryButton")
    button.setAccessibleName(accessible_name)
    if default:
        button.setDefault(True)
    return button


def secondary_button(parent: QWidget, text: str, accessible_name: str) -> QPushButton:
    """A lesser action beside the primary one; Enter never presses it."""
    button = _not_default_button(parent, text, accessible_name)
    button.setObjectName("secondaryButton")
    return button


def cancel_button(parent: QWidget, text: str) -> QPushButton:
    """Cancel (``text`` is the translated word, also its accessible name); Enter never presses
    it."""
    return _not_default_button(parent, text, text)


def _not_default_button(parent: QWidget, text: str, accessible_name: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible_name)
    button.setAutoDefault(False)
    return button


def button_row(*buttons: QWidget, leading: tuple[QWidget, ...] = ()) -> QHBoxLayout:
    """``buttons`` at the right end of a row; ``leading`` ones, if any, at its left end."""
    row = QHBoxLayout()
    for button in leading:
        row.addWidget(button)
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def column(parent: QWidget, *parts: QWidget | QLayout | int | _Stretch,
           margins: tuple[int, int, int, int], spacing: int | None = None) -> QVBoxLayout:
    """Lay ``parent`` out as one column of ``parts``, top to bottom: widgets, layouts, a number
    of pixels of extra space, or ``STRETCH``. ``spacing`` None keeps the style's gap."""
    layout = QVBoxLayout(parent)
    layout.setContentsMargins(*margins)
    if spacing is not None:
        layout.setSpacing(spacing)
    for part in parts:
        if isinstance(part, _Stretch):
            layout.addStretch(1)
        elif isinstance(part, int):
            layout.addSpacing(part)
        elif isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return layout


class _CheckText(QLabel):
    """The words of a tick box, wrapped; pressing them ticks the box, as its own text would."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)  # its "&" mnemonic moves focus to the box

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.toggle()
            self.box.setFocus()
        super().mousePressEvent(event)


def wrapped_check(parent: QWidget, text: str, accessible_name: str) -> tuple[QCheckBox, QWidget]:
    """A tick box whose sentence wraps onto more lines instead of being cut off when it is
    longer than the window (a Qt tick box's own text never wraps). Returns the box and the
    row to place."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    box = QCheckBox(row)
    box.setAccessibleName(accessible_name)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(_CheckText(text, box, row), 1)
    return box, row


def tab_order(*widgets: QWidget) -> None:
    """Tab moves through ``widgets`` in the order given (Qt's order follows creation)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
