"""Value editors, one per field kind: the part of a question where the worker types or picks.

An editor only knows about present values and "nothing entered" (NOT_ASKED); "declined to
answer" belongs to the row around it (``field_row.py``) so that declining never wipes what was
typed. Editors hand back exactly what was typed: a date that cannot be read stays as its text.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from intake_app.domain.answers import NOT_ASKED, Answer, Tri
from intake_app.domain.case_codec import parse_date
from intake_app.domain.case_model import Choice, Field, Kind, SubField
from intake_app.ui.common import no_copy
from intake_app.ui.questions import field_text


class ValueEditor(QWidget):
    """Base class: ``edited`` fires on every change the worker makes (not on ``set_value``)."""

    edited = Signal()

    def value(self) -> Answer:
        raise NotImplementedError

    def set_value(self, answer: Answer) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self


def _fill(layout: QHBoxLayout | QGridLayout) -> None:
    layout.setContentsMargins(0, 0, 0, 0)


class TextEditor(ValueEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        _fill(layout)
        self.line = QLineEdit(self)
        no_copy.guard(self.line)
        layout.addWidget(self.line)
        self.line.textEdited.connect(self.edited)  # forwarded by Qt, not re-emitted

    def value(self) -> Answer:
        text = self.line.text()
        return text if text.strip() else NOT_ASKED

    def set_value(self, answer: Answer) -> None:
        self.line.setText(answer if isinstance(answer, str) else "")

    def focus_widget(self) -> QWidget:
        return self.line


class DateEditor(TextEditor):
    """A date typed as day/month/year. Text that is not a date is kept for the worker to fix."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line.setPlaceholderText(self.tr("DD/MM/YYYY"))
        self.line.setMaximumWidth(180)
        layout = self.layout()
        assert isinstance(layout, QHBoxLayout)
        layout.addStretch(1)

    def value(self) -> Answer:
        text = self.line.text()
        if not text.strip():
            return NOT_ASKED
        return parse_date(text) or text

    def set_value(self, answer: Answer) -> None:
        if isinstance(answer, date):
            self.line.setText(field_text.date_text(answer))
        else:
            super().set_value(answer)


class MultilineEditor(ValueEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        _fill(layout)
        self.text = no_copy.SealedPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        no_copy.guard(self.text)
        line = self.text.fontMetrics().lineSpacing()
        self.text.setFixedHeight(line * 4 + 14)
        layout.addWidget(self.text)
        self.text.textChanged.connect(self.edited)

    def value(self) -> Answer:
        text = self.text.toPlainText()
        return text if text.strip() else NOT_ASKED

    def set_value(self, answer: Answer) -> None:
        blocked = self.blockSignals(True)
        self.text.setPlainText(answer if isinstance(answer, str) else "")
        self.blockSignals(blocked)

    def focus_widget(self) -> QWidget:
        return self.text


class ChoiceEditor(ValueEditor):
    """One choice from a list; nothing picked means not asked yet."""

    def __init__(self, choices: tuple[Choice, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        _fill(layout)
        self.combo = QComboBox(self)
        self.combo.setPlaceholderText(self.tr("Choose an answer"))
        for choice in choices:
            self.combo.addItem(field_text.choice_label(choice), choice.key)
        self.combo.setCurrentIndex(-1)
        self.combo.setMinimumWidth(260)
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.combo.activated.connect(self.edited)

    def value(self) -> Answer:
        key = self.combo.currentData()
        return str(key) if key is not None else NOT_ASKED

    def set_value(self, answer: Answer) -> None:
        if not isinstance(answer, str):
            self.combo.setCurrentIndex(-1)
            return
        index = self.combo.findData(answer)
        if index < 0:  # a choice retired since it was recorded: keep and show it
            self.combo.addItem(answer, answer)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def clear(self) -> None:
        self.combo.setCurrentIndex(-1)

    def focus_widget(self) -> QWidget:
        return self.combo


#: The widest tick box that still goes in two columns on a page.
_HALF_WIDTH = 280


def place_ticks(grid: QGridLayout, boxes: tuple[QCheckBox, ...]) -> None:
    """Tick boxes down two columns while every one fits half a page; down one when a
    (translated) choice is too long for that, rather than cutting its end off."""
    widest = max((box.sizeHint().width() for box in boxes), default=0)
    rows = len(boxes) if widest > _HALF_WIDTH else max(1, (len(boxes) + 1) // 2)
    for index, box in enumerate(boxes):
        grid.addWidget(box, index % rows, index // rows)


class MultiChoiceEditor(ValueEditor):
    """Any number of choices, as tick boxes in two columns."""

    def __init__(self, choices: tuple[Choice, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        _fill(grid)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        self.boxes: dict[str, QCheckBox] = {}
        for choice in choices:
            box = QCheckBox(field_text.choice_label(choice), self)
            box.clicked.connect(self.edited)
            self.boxes[choice.key] = box
        place_ticks(grid, tuple(self.boxes.values()))
        self._extra: tuple[str, ...] = ()

    def value(self) -> Answer:
        picked = tuple(k for k, box in self.boxes.items() if box.isChecked()) + self._extra
        return picked if picked else NOT_ASKED

    def set_value(self, answer: Answer) -> None:
        picked = answer if isinstance(answer, tuple) else ()
        blocked = self.blockSignals(True)
        for key, box in self.boxes.items():
            box.setChecked(key in picked)
        self.blockSignals(blocked)
        self._extra = tuple(str(k) for k in picked if k not in self.boxes)

    def focus_widget(self) -> QWidget:
        return next(iter(self.boxes.values()), self)


class TriEditor(ValueEditor):
    """Yes / No / Not sure as three radio buttons; none picked means not asked yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        _fill(layout)
        layout.setSpacing(18)
        self.group = QButtonGroup(self)
        self.buttons: dict[Tri, QRadioButton] = {}
        for tri in Tri:
            button = QRadioButton(field_text.tri_text(tri), self)
            self.group.addButton(button)
            self.buttons[tri] = button
            layout.addWidget(button)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setObjectName("quietButton")
        self.clear_button.setAccessibleName(self.tr("Clear this answer"))
        self.clear_button.setVisible(False)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.group.buttonClicked.connect(self._clicked)
        self.group.buttonClicked.connect(self.edited)
        self.clear_button.clicked.connect(self._clear_clicked)
        self.clear_button.clicked.connect(self.edited)

    def _clicked(self, _button: QAbstractButton) -> None:
        self.clear_button.setVisible(True)

    def _clear_clicked(self) -> None:
        self._set(None)

    def _set(self, tri: Tri | None) -> None:
        self.group.setExclusive(False)
        for key, button in self.buttons.items():
            button.setChecked(key == tri)
        self.group.setExclusive(True)
        self.clear_button.setVisible(tri is not None)

    def value(self) -> Answer:
        for tri, button in self.buttons.items():
            if button.isChecked():
                return tri
        return NOT_ASKED

    def set_value(self, answer: Answer) -> None:
        self._set(answer if isinstance(answer, Tri) else None)

    def focus_widget(self) -> QWidget:
        return self.buttons[Tri.YES]


def editor_for(decl: Field | SubField, parent: QWidget | None = None) -> ValueEditor:
    """The editor for a scalar field or sub-field, chosen from its declared kind."""
    kind = decl.kind
    if kind is Kind.TEXT:
        return TextEditor(parent)
    if kind is Kind.MULTILINE:
        return MultilineEditor(parent)
    if kind is Kind.DATE:
        return DateEditor(parent)
    if kind is Kind.CHOICE:
        return ChoiceEditor(decl.choices, parent)
    if kind is Kind.MULTICHOICE:
        return MultiChoiceEditor(decl.choices, parent)
    if kind is Kind.TRISTATE:
        return TriEditor(parent)
    raise ValueError(f"no scalar editor for {kind.value}")

