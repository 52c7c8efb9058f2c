"""Overview: what a worker needs at a glance before a call -- who she is, how to reach her
safely, what she needs, what she agreed to -- and the case's status.

Immigration answers are not repeated here: they are the most sensitive part of the record and
stay on the Intake details tab, where they are shown only when that section is opened.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QWidget,
)

from intake_app.domain.answers import DECLINED, NOT_ASKED
from intake_app.domain.case_model import BY_KEY
from intake_app.domain.case_record import CaseRecord, CaseStatus
from intake_app.ui.common import theme
from intake_app.ui.questions import field_text

#: Cards of the overview: a title and the fields it shows, in order.
CARD_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("identity", ("survivor.names", "survivor.preferred_name", "survivor.date_of_birth",
                  "survivor.pronouns", "survivor.languages", "survivor.interpreter_needed")),
    ("contact", ("contact.phones", "contact.safe_times", "contact.code_word",
                 "contact.if_someone_else_answers")),
    ("address", ("address.type", "address.abuser_knows", "address.safe_for_post")),
    ("needs", ("needs.areas", "needs.urgent")),
    ("consent", ("consent.to_record", "consent.to_contact", "consent.date")),
)


class OverviewTab(QScrollArea):
    """``status_requested(status)`` asks to close or reopen the case."""

    status_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        holder = theme.scroll_page(self)
        self._layout = theme.page_column(holder)
        status_row = QHBoxLayout()
        self.status_label = QLabel(holder)
        self.status_label.setObjectName("questionLabel")
        status_row.addWidget(self.status_label, 1)
        self.status_button = QPushButton(holder)
        status_row.addWidget(self.status_button)
        self._layout.addLayout(status_row)
        #: Whether a risk review is due (``show_review``); hidden until there is something to say.
        self.review_label = QLabel(holder)
        self.review_label.setWordWrap(True)
        self.review_label.setAccessibleName(self.tr("Risk review"))
        self.review_label.hide()
        self._layout.addWidget(self.review_label)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(theme.BLOCK_GAP)
        self.grid.setVerticalSpacing(theme.BLOCK_GAP)
        self._layout.addLayout(self.grid)
        self._layout.addStretch(1)
        self.setWidget(holder)
        self.values: dict[str, QLabel] = {}
        for index, (card, keys) in enumerate(CARD_KEYS):
            self.grid.addWidget(self._card(holder, card, keys), index // 2, index % 2)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self._status = CaseStatus.OPEN
        self.status_button.clicked.connect(self._status_clicked)

    def _card_title(self, card: str) -> str:
        titles = {
            "identity": self.tr("About her"),
            "contact": self.tr("Safe contact"),
            "address": self.tr("Where she is"),
            "needs": self.tr("Needs"),
            "consent": self.tr("Consent"),
        }
        return titles[card]

    def _card(self, parent: QWidget, card: str, keys: tuple[str, ...]) -> QFrame:
        frame = QFrame(parent)
        frame.setObjectName("recordCard")
        layout = QGridLayout(frame)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setHorizontalSpacing(14)
        layout.setVerticalSpacing(6)
        title = QLabel(self._card_title(card), frame)
        title.setObjectName("cardTitle")
        layout.addWidget(title, 0, 0, 1, 2)
        for row, key in enumerate(keys, start=1):
            name = QLabel(field_text.label(BY_KEY[key]), frame)
            name.setObjectName("helpText")
            name.setWordWrap(True)
            name.setMinimumWidth(170)
            name.setMaximumWidth(210)
            value = QLabel(frame)
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            name.setBuddy(value)
            layout.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            layout.addWidget(value, row, 1, Qt.AlignmentFlag.AlignTop)
            self.values[key] = value
        layout.setColumnStretch(1, 1)
        layout.setRowStretch(len(keys) + 1, 1)
        return frame

    def show_record(self, record: CaseRecord) -> None:
        for key, label in self.values.items():
            answer = record.get(key)
            label.setText(field_text.answer_text(key, answer))
            label.setObjectName("helpText" if answer is NOT_ASKED
                                else "declinedValue" if answer is DECLINED else "")
            label.style().unpolish(label)
            label.style().polish(label)
        self._status = record.status
        assigned = record.assigned_to or self.tr("nobody yet")
        self.status_label.setText(self.tr("Status: {status}. Assigned to {worker}. Risk: "
                                          "{risk}.").format(
            status=field_text.status_text(record.status), worker=assigned,
            risk=field_text.risk_text(record.risk_level)))
        closed = record.status is CaseStatus.CLOSED
        self.status_button.setText(self.tr("Reopen case") if closed else self.tr("Close case"))

    def show_review(self, text: str, *, due: bool) -> None:
        """The risk review line (``review_line.review_text``); a due review stands out."""
        self.review_label.setText(text)
        self.review_label.setObjectName("historyChanged" if due else "helpText")
        self.review_label.setProperty("due", due)
        self.review_label.style().unpolish(self.review_label)
        self.review_label.style().polish(self.review_label)
        self.review_label.setVisible(bool(text))

    def _status_clicked(self) -> None:
        wanted = CaseStatus.OPEN if self._status is CaseStatus.CLOSED else CaseStatus.CLOSED
        self.status_requested.emit(wanted.value)
