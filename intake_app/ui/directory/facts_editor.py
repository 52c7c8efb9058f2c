"""Editing a kind's facts: one row per fact (its words and the day it was last
reviewed), rows added and removed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.agencies import (
    Fact,
    FactInput,
)
from intake_app.ui.directory.words import (
    text_label,
)
from intake_app.ui.questions.answer_editors import DateEditor


class FactRow(QWidget):
    """One fact being edited: its words and the day it was last reviewed."""

    remove_requested = Signal(object)

    def __init__(self, fact: Fact | None, kind_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fact_id = fact.id if fact else ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("What the fact says"))
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 4 + 14)
        # The editor holds the file's own words (the source), as the directory stores them.
        self.text.setPlainText(fact.text.source if fact else "")
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.setSpacing(10)
        reviewed = text_label(self, self.tr("Last reviewed on"), "questionLabel")
        self.reviewed = DateEditor(self)
        self.reviewed.focus_widget().setAccessibleName(self.tr("Last reviewed on"))
        self.reviewed.set_value(fact.last_reviewed if fact else date.today())
        reviewed.setBuddy(self.reviewed.focus_widget())
        self.remove_button = QPushButton(self.tr("Remove this fact"), self)
        self.remove_button.setObjectName("quietButton")
        self.remove_button.setAutoDefault(False)
        row.addWidget(reviewed)
        row.addWidget(self.reviewed, 1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

    def value(self) -> FactInput | str:
        """The fact as typed, or a problem in words."""
        day = self.reviewed.value()
        if not isinstance(day, date):
            return self.tr("Type the day it was last reviewed as day/month/year.")
        return FactInput(self.text.toPlainText().strip(), day, self.fact_id)


class FactsEditor(QWidget):
    """Facts being edited, with Add a fact."""

    def __init__(self, facts: tuple[Fact, ...], kind_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_id = kind_id
        self.rows: list[FactRow] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        self.add_button = QPushButton(self.tr("Add a fact"), self)
        self.add_button.setAutoDefault(False)
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        for fact in facts:
            self.add_fact(fact)
        self.add_button.clicked.connect(lambda: self.add_fact(None))

    def add_fact(self, fact: Fact | None) -> FactRow:
        row = FactRow(fact, self.kind_id, self)
        row.remove_requested.connect(self._remove)
        self._layout.insertWidget(len(self.rows), row)
        self.rows.append(row)
        return row

    def _remove(self, row: FactRow) -> None:
        self.rows.remove(row)
        self._layout.removeWidget(row)
        row.deleteLater()

    def values(self) -> tuple[FactInput, ...] | str:
        facts: list[FactInput] = []
        for row in self.rows:
            value = row.value()
            if isinstance(value, str):
                return value
            facts.append(value)
        return tuple(facts)
