"""Exactly what a recipient would receive, drawn from a ``RedactedView``.

The view is data (``domain/redaction/view.py``): sections of label-and-value rows and list
records, the people who must not be told, and two fixed statements (what is not shared, what
goes without her consent). This widget draws nothing else: no marker of what was left out field
by field, the same words the PDF will carry. Labels are translated here with their declared
context; values and statements come already in words.

Used live by the caseworker's draft editor and, unchanged, by the supervisor's review.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from intake_app.domain.redaction import DoNotTell, ListRows, RedactedView, Row, ViewSection
from intake_app.ui.common import form_parts
from intake_app.ui.common.fit_height import fit_height
from intake_app.ui.questions import field_text

_label = form_parts.value_label  # wrapped plain text, with a style name


class ReferralPreview(QFrame):
    """``show_view(view)`` draws ``view``; ``clear(note)`` shows only a note (no view yet, or a
    draft whose words cannot be read). ``texts()`` gives every line shown, for tests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referralPreview")
        self.setAccessibleName(self.tr("What the recipient would receive"))
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(16, 12, 16, 14)
        self.column.setSpacing(8)
        self.view: RedactedView | None = None
        self.clear(self.tr("Choose a recipient to see what they would receive."))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_height(self)

    # --- drawing ---------------------------------------------------------------------------

    def _empty(self) -> None:
        while (item := self.column.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()
                widget.deleteLater()
            elif (layout := item.layout()) is not None:
                while (inner := layout.takeAt(0)) is not None:
                    if (w := inner.widget()) is not None:
                        w.hide()
                        w.deleteLater()
        self._lines: list[str] = []

    def _add(self, text: str, name: str = "") -> QLabel:
        label = _label(self, text, name)
        self.column.addWidget(label)
        self._lines.append(text)
        return label

    def clear(self, note: str) -> None:
        self.view = None
        self._empty()
        self._add(self.tr("What the recipient would receive"), "cardTitle")
        self._add(note, "helpText")
        fit_height(self)

    def show_view(self, view: RedactedView) -> None:
        self.view = view
        self._empty()
        self._add(self.tr("What {recipient} would receive").format(
            recipient=view.recipient_name), "cardTitle")
        self._add(self.tr("As it would be prepared on {date}.").format(
            date=field_text.date_text(view.prepared_on)), "helpText")
        if view.without_consent.text:
            self._add(view.without_consent.text, "previewWarning")
        for section in view.sections:
            self._section(section)
        if view.do_not_tell is not None:
            self._do_not_tell(view.do_not_tell)
        if view.not_shared.text:
            self._add(view.not_shared.text, "previewStatement")
        fit_height(self)

    def _section(self, section: ViewSection) -> None:
        self._add(section.title.shown(QCoreApplication.translate), "previewSection")
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        row = 0
        for item in section.items:
            if isinstance(item, Row):
                self._row(grid, row, item, indent=False)
                row += 1
                continue
            row = self._records(grid, row, item)
        self.column.addLayout(grid)

    def _row(self, grid: QGridLayout, row: int, item: Row, *, indent: bool) -> None:
        name = item.label.shown(QCoreApplication.translate)
        label = _label(self, name, "helpText")
        label.setMinimumWidth(130)
        label.setMaximumWidth(220)
        if indent:
            label.setIndent(14)
        value = _label(self, item.text)
        value.setAccessibleName(name)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignTop)
        self._lines.append(f"{name}: {item.text}")

    def _records(self, grid: QGridLayout, row: int, item: ListRows) -> int:
        title = item.label.shown(QCoreApplication.translate)
        for n, record in enumerate(item.records, start=1):
            heading = _label(self, self.tr("{list}, {number} of {count}").format(
                list=title, number=n, count=len(item.records)), "questionLabel")
            grid.addWidget(heading, row, 0, 1, 2)
            self._lines.append(heading.text())
            row += 1
            for sub in record:
                self._row(grid, row, sub, indent=True)
                row += 1
        return row

    def _do_not_tell(self, block: DoNotTell) -> None:
        frame = QFrame(self)
        frame.setObjectName("doNotTell")
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(12, 8, 12, 10)
        inner.setSpacing(4)
        title = block.label.shown(QCoreApplication.translate)
        inner.addWidget(_label(frame, title, "sensitiveTitle"))
        self._lines.append(title)
        for line in block.lines:
            inner.addWidget(_label(frame, line, "sensitiveText"))
            self._lines.append(line)
        self.column.addWidget(frame)

    # --- for tests and the review screen ---------------------------------------------------

    def texts(self) -> list[str]:
        """Every line drawn, in order (a row as "label: value")."""
        return list(self._lines)
