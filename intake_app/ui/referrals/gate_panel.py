"""The gate on screen: every check a referral must pass, each with a clear mark, and for a
failing one what would satisfy it, in the worker's language.

A check that does not concern this referral (``Check.applies`` False: no immigration
information, a secure status, no assessment named) is listed, quietly, as not needed here, so
the list reads the same for every referral. Used by the caseworker's draft editor and by the
supervisor's review screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from intake_app.domain.referrals import Check, CheckId, GateResult, needed_text
from intake_app.ui.common.fit_height import fit_height
from intake_app.ui.referrals.words import check_title

#: The ``state`` property of a check's mark (case_work.qss styles each).
PASSED, FAILED, NOT_APPLYING = "passed", "failed", "not_applying"


def _polish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class GatePanel(QFrame):
    """``show_gate(gate)`` lists ``gate``'s checks; ``clear(note)`` shows only a note.
    ``state_of``, ``needed_of`` and ``summary`` read what is shown (for tests and the review
    screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gatePanel")
        self.setAccessibleName(self.tr("Checks before it can be submitted"))
        self.gate: GateResult | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(8)
        title = QLabel(self.tr("Before it can be submitted"), self)
        title.setObjectName("cardTitle")
        layout.addWidget(title)
        self.summary = QLabel(self)
        self.summary.setObjectName("gateSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        layout.addLayout(self.grid)
        self.marks: dict[CheckId, QLabel] = {}
        self.needed: dict[CheckId, QLabel] = {}
        self.clear(self.tr("The checks appear once a recipient is chosen."))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_height(self)

    def _empty(self) -> None:
        while (item := self.grid.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()
                widget.deleteLater()
        self.marks = {}
        self.needed = {}

    def clear(self, note: str) -> None:
        self.gate = None
        self._empty()
        self.summary.setText(note)
        self.summary.setProperty("state", NOT_APPLYING)
        _polish(self.summary)
        fit_height(self)

    def show_gate(self, gate: GateResult) -> None:
        self.gate = gate
        self._empty()
        failed = len(gate.failed)
        if failed == 0:
            self.summary.setText(self.tr("Every check passes: it can be submitted."))
        elif failed == 1:
            self.summary.setText(self.tr("One check is still to be done before it can be "
                                         "submitted."))
        else:
            self.summary.setText(self.tr("{count} checks are still to be done before it can be "
                                         "submitted.").format(count=failed))
        self.summary.setProperty("state", PASSED if failed == 0 else FAILED)
        _polish(self.summary)
        row = 0
        for check in gate.checks:
            row = self._check(row, check)
        fit_height(self)

    def _check(self, row: int, check: Check) -> int:
        state = FAILED if not check.passed else PASSED if check.applies else NOT_APPLYING
        words = {PASSED: self.tr("Done"), FAILED: self.tr("To do"),
                 NOT_APPLYING: self.tr("Not needed")}[state]
        mark = QLabel(words, self)
        mark.setObjectName("gateMark")
        mark.setProperty("state", state)
        mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(check_title(check.id), self)
        title.setWordWrap(True)
        title.setObjectName("gateCheck")
        title.setProperty("state", state)
        mark.setAccessibleName(self.tr("{check}: {state}").format(
            check=title.text(), state=words))
        self.grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(title, row, 1, Qt.AlignmentFlag.AlignTop)
        self.marks[check.id] = mark
        row += 1
        if check.needed is not None:
            needed = QLabel(needed_text(check.needed, QCoreApplication.translate), self)
            needed.setObjectName("gateNeeded")
            needed.setWordWrap(True)
            needed.setTextFormat(Qt.TextFormat.PlainText)
            self.grid.addWidget(needed, row, 1)
            self.needed[check.id] = needed
            row += 1
        return row

    # --- reading what is shown -------------------------------------------------------------

    def state_of(self, check_id: CheckId) -> str:
        return str(self.marks[check_id].property("state"))

    def needed_of(self, check_id: CheckId) -> str:
        label = self.needed.get(check_id)
        return label.text() if label is not None else ""
