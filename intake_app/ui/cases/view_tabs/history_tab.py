"""History: every change to the case -- who, when, which answers -- and, for the change
selected, what those answers were before and after and the whole record as it stood then
(``CaseService.state_at``). Reading history is audited, so it is loaded when the tab is opened,
not before.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.answers import NOT_ASKED
from intake_app.domain.case_model import FIELDS
from intake_app.domain.case_record import ASSIGNED_KEY, STATUS_KEY, CaseRecord, HistoryEntry
from intake_app.domain.errors import IntakeError
from intake_app.services.cases import CaseService
from intake_app.ui.common import no_copy, theme
from intake_app.ui.questions import field_text

SeqRole = int(Qt.ItemDataRole.UserRole) + 1


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setWordWrap(True)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    no_copy.guard(table)  # item views copy the current cell on Ctrl+C
    return table


def _item(text: str, *, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if bold:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    return item


class HistoryTab(QSplitter):
    def __init__(self, service: CaseService, reference: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.service = service
        self.reference = reference
        self.entries: dict[int, HistoryEntry] = {}
        self.loaded = False
        self.steps = QListWidget(self)
        self.steps.setObjectName("historySteps")
        no_copy.guard(self.steps)
        self.steps.setAccessibleName(self.tr("Changes, newest first"))
        self.steps.setWordWrap(True)
        self.steps.setSpacing(2)
        self.steps.setMinimumWidth(280)
        self.addWidget(self.steps)
        detail = QWidget(self)
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(theme.PAGE_MARGIN, theme.PAGE_MARGIN // 2, theme.PAGE_MARGIN,
                                  theme.PAGE_MARGIN // 2)
        layout.setSpacing(10)
        self.heading = QLabel(self.tr("Choose a change on the left to see the record as it was "
                                      "then."), detail)
        self.heading.setObjectName("questionLabel")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.changes_title = QLabel(self.tr("What changed"), detail)
        self.changes_title.setObjectName("cardTitle")
        layout.addWidget(self.changes_title)
        self.changes = _table(detail, [self.tr("Question"), self.tr("Before"), self.tr("After")])
        self.changes.setAccessibleName(self.tr("What changed"))
        layout.addWidget(self.changes)
        self.state_title = QLabel(self.tr("The whole record after this change"), detail)
        self.state_title.setObjectName("cardTitle")
        layout.addWidget(self.state_title)
        self.state = _table(detail, [self.tr("Question"), self.tr("Answer then")])
        self.state.setAccessibleName(self.tr("The whole record after this change"))
        layout.addWidget(self.state, 2)
        self.addWidget(detail)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 3)
        self.steps.currentItemChanged.connect(self._selected)

    # --- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the history again (audited) and select the newest change."""
        try:
            entries = self.service.history(self.reference)
        except IntakeError:
            self.heading.setText(self.tr("The history of this case cannot be shown just now."))
            return
        self.loaded = True
        self.entries = {entry.seq: entry for entry in entries}
        blocked = self.steps.blockSignals(True)
        self.steps.clear()
        for entry in reversed(entries):
            item = QListWidgetItem(self._step_text(entry))
            item.setData(SeqRole, entry.seq)
            self.steps.addItem(item)
        self.steps.blockSignals(blocked)
        if self.steps.count():
            self.steps.setCurrentRow(0)

    def _step_text(self, entry: HistoryEntry) -> str:
        when = field_text.moment_text(entry.at)
        if entry.seq == 1:
            return self.tr("{when}\nCase created by {user}").format(when=when, user=entry.user)
        names = [field_text.key_label(k) for k in entry.keys]
        shown = ", ".join(names[:3])
        if len(names) > 3:
            shown = self.tr("{first} and {count} more").format(first=shown,
                                                                count=len(names) - 3)
        return self.tr("{when}\n{user} changed: {fields}").format(when=when, user=entry.user,
                                                                  fields=shown)

    def select_seq(self, seq: int) -> None:
        for row in range(self.steps.count()):
            if self.steps.item(row).data(SeqRole) == seq:
                self.steps.setCurrentRow(row)
                return

    # --- one step ----------------------------------------------------------------------------

    def _selected(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        entry = self.entries[int(current.data(SeqRole))]
        try:
            record = self.service.state_at(self.reference, entry.seq)
        except IntakeError:
            self.heading.setText(self.tr("This earlier version cannot be shown just now."))
            return
        self.show_step(entry, record)

    def show_step(self, entry: HistoryEntry, record: CaseRecord) -> None:
        self.heading.setText(self.tr("As it was after the change by {user} on {when}").format(
            user=entry.user, when=field_text.moment_text(entry.at)))
        self.changes.setRowCount(0)
        for key in entry.keys:
            row = self.changes.rowCount()
            self.changes.insertRow(row)
            self.changes.setItem(row, 0, _item(field_text.key_label(key), bold=True))
            self.changes.setItem(row, 1, _item(field_text.answer_text(
                key, entry.old.get(key, NOT_ASKED))))
            self.changes.setItem(row, 2, _item(field_text.answer_text(
                key, entry.new.get(key, NOT_ASKED))))
        self._fit_height(self.changes)
        self.state.setRowCount(0)
        changed = set(entry.keys)
        for key, answer in ((STATUS_KEY, record.status.value),
                            (ASSIGNED_KEY, record.assigned_to)):
            self._state_row(key, answer, key in changed)
        for field in FIELDS:
            value = record.get(field.key)
            if value is not NOT_ASKED or field.key in changed:
                self._state_row(field.key, value, field.key in changed)

    @staticmethod
    def _fit_height(table: QTableWidget, limit: int = 260) -> None:
        """As tall as its rows (up to ``limit``), so a small change leaves no empty box."""
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(min(limit, table.horizontalHeader().height() + rows + 4))

    def _state_row(self, key: str, answer: object, changed: bool) -> None:
        row = self.state.rowCount()
        self.state.insertRow(row)
        label = field_text.key_label(key)
        if changed:
            label = self.tr("{question} (changed here)").format(question=label)
        self.state.setItem(row, 0, _item(label, bold=changed))
        self.state.setItem(row, 1, _item(field_text.answer_text(key, answer), bold=changed))
