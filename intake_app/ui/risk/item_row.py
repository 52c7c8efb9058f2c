"""One checklist item on screen: the question, its help, the answer, a comment and a source.

A yes/no item is answered with four radio buttons (yes, no, don't know, declined); a choice
item with a list of its choices; a date, language or text item with a line to type in. Every
kind also takes "don't know" and "declined to answer", which are real answers, never blanks.
Nothing is validated here: the form hands the answers to the engine, which says what it
cannot use, and the row shows that beside the question.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.case_codec import parse_date
from intake_app.domain.checklists import Definition, Item, ItemKind
from intake_app.domain.checklists.model import NOT_GIVEN, YES_NO_ANSWERS
from intake_app.ui.common import no_copy
from intake_app.ui.questions.field_row import ProblemLabel
from intake_app.ui.questions.field_text import date_text
from intake_app.ui.risk import words


class ItemRow(QWidget):
    """``changed(item_id)`` whenever the worker changes the answer, comment or source."""

    changed = Signal(str)

    def __init__(self, defn: Definition, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.item_id = item.id
        self.setObjectName("answerRow")
        question = words.shown(defn, item.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.label = QLabel(question, self)
        self.label.setObjectName("questionLabel")
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        help_words = words.shown(defn, item.help) if item.help else ""
        self.help = QLabel(help_words, self)
        self.help.setObjectName("helpText")
        self.help.setWordWrap(True)
        self.help.setVisible(bool(help_words))
        layout.addWidget(self.help)
        self.buttons: dict[str, QRadioButton] = {}
        self.combo: QComboBox | None = None
        self.line: QLineEdit | None = None
        layout.addLayout(self._answer_line(defn, question))
        layout.addLayout(self._notes_grid(question))
        self.problems = ProblemLabel(self)
        layout.addWidget(self.problems)

    # --- building ----------------------------------------------------------------------------

    def _answer_line(self, defn: Definition, question: str) -> QHBoxLayout:
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(18)
        self.group = QButtonGroup(self)
        kind = self.item.kind
        if kind is ItemKind.YES_NO:
            values: tuple[str, ...] = YES_NO_ANSWERS
        else:
            values = NOT_GIVEN
            if kind is ItemKind.CHOICE:
                self.combo = QComboBox(self)
                self.combo.setPlaceholderText(self.tr("Choose an answer"))
                for choice in self.item.choices:
                    self.combo.addItem(words.shown(defn, choice.text), choice.id)
                self.combo.setCurrentIndex(-1)
                self.combo.setMinimumWidth(240)
                self.combo.setAccessibleName(question)
                self.combo.activated.connect(self._answer_typed)
                line.addWidget(self.combo)
            else:
                self.line = QLineEdit(self)
                no_copy.guard(self.line)
                self.line.setAccessibleName(question)
                if kind is ItemKind.DATE:
                    self.line.setPlaceholderText(self.tr("DD/MM/YYYY"))
                    self.line.setMaximumWidth(180)
                elif kind is ItemKind.LANGUAGE:
                    self.line.setPlaceholderText(self.tr("A language code, such as pl or pt_BR"))
                line.addWidget(self.line, 1 if kind is ItemKind.TEXT else 0)
                self.line.textEdited.connect(self._answer_typed)
        for value in values:
            button = QRadioButton(words.answer_text(value), self)
            button.setAccessibleName(self.tr("{answer}: {question}").format(
                answer=words.answer_text(value), question=question))
            self.group.addButton(button)
            self.buttons[value] = button
            line.addWidget(button)
        self.group.buttonClicked.connect(self._clicked)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setObjectName("quietButton")
        self.clear_button.setAccessibleName(self.tr("Clear this answer"))
        self.clear_button.clicked.connect(self._clear_clicked)
        line.addWidget(self.clear_button)
        line.addStretch(1)
        return line

    def _notes_grid(self, question: str) -> QGridLayout:
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.comment = QLineEdit(self)
        self.comment.setPlaceholderText(self.tr("What she said, in her words"))
        self.comment.setAccessibleName(self.tr("Comment: {question}").format(question=question))
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("Herself, police, health\u2026"))
        self.source.setAccessibleName(self.tr("Source: {question}").format(question=question))
        for editor in (self.comment, self.source):
            no_copy.guard(editor)
            editor.textEdited.connect(self.notes_typed)
        comment_label = QLabel(self.tr("Comment"), self)
        source_label = QLabel(self.tr("Source"), self)
        for label, editor in ((comment_label, self.comment), (source_label, self.source)):
            label.setObjectName("helpText")
            label.setBuddy(editor)
        grid.addWidget(comment_label, 0, 0)
        grid.addWidget(self.comment, 0, 1)
        grid.addWidget(source_label, 0, 2)
        grid.addWidget(self.source, 0, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        self.source.setMinimumWidth(200)
        return grid

    # --- the worker's changes ----------------------------------------------------------------

    def _clicked(self, _button: QAbstractButton) -> None:
        self._refresh_clear()
        self.changed.emit(self.item_id)

    def _answer_typed(self, *_args: object) -> None:
        # Typing or picking an answer takes back "don't know" or "declined".
        self._check(None)
        self._refresh_clear()
        self.changed.emit(self.item_id)

    def notes_typed(self, *_args: object) -> None:
        """The comment or the source changed."""
        self.changed.emit(self.item_id)

    def _clear_clicked(self) -> None:
        self._check(None)
        if self.combo is not None:
            self.combo.setCurrentIndex(-1)
        if self.line is not None:
            self.line.clear()
        self._refresh_clear()
        self.changed.emit(self.item_id)

    def _check(self, value: str | None) -> None:
        self.group.setExclusive(False)
        for key, button in self.buttons.items():
            button.setChecked(key == value)
        self.group.setExclusive(True)

    def _given_choice(self) -> str | None:
        for value, button in self.buttons.items():
            if button.isChecked():
                return value
        return None

    def _refresh_clear(self) -> None:
        self.clear_button.setVisible(self.value() is not None)

    # --- values ------------------------------------------------------------------------------

    def value(self) -> str | None:
        """The answer as the engine reads it (None: not answered yet). A date that cannot be
        read is handed over as typed, for the engine to refuse and the row to explain."""
        checked = self._given_choice()
        if checked is not None:
            return checked
        if self.combo is not None and self.combo.currentIndex() >= 0:
            return str(self.combo.currentData())
        if self.line is not None and self.line.text().strip():
            text = self.line.text().strip()
            if self.item.kind is ItemKind.DATE:
                day = parse_date(text)
                return day.isoformat() if day is not None else text
            return text
        return None

    def answer(self) -> dict[str, str] | None:
        """The answer with its comment and source (the ANSWERS.json form), or None."""
        value = self.value()
        if value is None:
            return None
        return {"answer": value, "comment": self.comment.text().strip(),
                "source": self.source.text().strip()}

    def draft(self) -> dict[str, Any] | None:
        """What the draft keeps: also a comment typed before the answer was chosen."""
        value = self.value()
        comment, source = self.comment.text(), self.source.text()
        if value is None and not comment and not source:
            return None
        return {"answer": value, "comment": comment, "source": source}

    def set_draft(self, saved: object) -> None:
        """Put back what ``draft`` gave (or nothing)."""
        data: Mapping[str, Any] = saved if isinstance(saved, Mapping) else {}
        value = data.get("answer")
        value = value if isinstance(value, str) else None
        self._check(value if value in self.buttons else None)
        if self.combo is not None:
            self.combo.setCurrentIndex(
                self.combo.findData(value) if value not in self.buttons else -1)
        if self.line is not None:
            shown_value = "" if value is None or value in self.buttons else value
            if self.item.kind is ItemKind.DATE and (day := parse_date(shown_value)):
                shown_value = date_text(day)
            self.line.setText(shown_value)
        for editor, key in ((self.comment, "comment"), (self.source, "source")):
            text = data.get(key)
            editor.setText(text if isinstance(text, str) else "")
        self._refresh_clear()

    def choose(self, value: str) -> None:
        """Answer as if the worker clicked ``value`` (yes, no, dont_know, declined)."""
        self.buttons[value].click()

    def set_problem(self, text: str) -> None:
        self.problems.set_messages([text] if text else [])

    def focus_answer(self) -> None:
        target: QWidget | None = self.combo or self.line or next(iter(self.buttons.values()))
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

