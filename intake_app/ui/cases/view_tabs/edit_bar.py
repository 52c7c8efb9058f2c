"""The bar under an editable tab: whether there are unsaved changes, Undo, and Save."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from intake_app.ui.cases.view_tabs.case_edits import CaseEdits
from intake_app.ui.common import theme


class EditBar(QFrame):
    def __init__(self, edits: CaseEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self.setObjectName("bottomBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.PAGE_MARGIN, 12, theme.PAGE_MARGIN, 12)
        layout.setSpacing(10)
        self.status = QLabel(self)
        self.status.setObjectName("saveStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Save status"))
        layout.addWidget(self.status, 1)
        self.undo_button = QPushButton(self.tr("Undo changes"), self)
        self.save_button = QPushButton(self.tr("Save changes"), self)
        self.save_button.setObjectName("primaryButton")
        layout.addWidget(self.undo_button)
        layout.addWidget(self.save_button)
        self.undo_button.clicked.connect(edits.undo)
        self.save_button.clicked.connect(edits.save)
        edits.dirty_changed.connect(self._dirty_changed)
        edits.message.connect(self.status.setText)
        edits.record_changed.connect(self._record_changed)
        self._record_changed()
        if edits.note:  # said before this bar was built (its tab is built on first show)
            self.status.setText(edits.note)

    def _record_changed(self) -> None:
        self._dirty_changed(self.edits.dirty)
        if self.edits.read_only:
            self.status.setText(self.tr("This case is closed. Reopen it on the Overview tab to "
                                        "make changes."))

    def _dirty_changed(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty and not self.edits.read_only)
        self.undo_button.setEnabled(dirty)
        if dirty:
            self.status.setText(self.tr("Unsaved changes. They are kept safe as a draft until "
                                        "you save."))
        elif not self.edits.read_only:
            self.status.setText(self.tr("No unsaved changes."))
