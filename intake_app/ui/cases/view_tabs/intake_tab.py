"""Intake details: every section of the record, editable, generated from the declarations."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.case_model import Section
from intake_app.ui.cases.intake_pages import SectionPage
from intake_app.ui.cases.view_tabs.case_edits import CaseEdits
from intake_app.ui.cases.view_tabs.edit_bar import EditBar
from intake_app.ui.questions import field_text

#: Notes have their own tab.
SECTIONS = tuple(s for s in Section if s is not Section.NOTES)


class IntakeTab(QWidget):
    def __init__(self, edits: CaseEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        body = QHBoxLayout()
        body.setSpacing(0)
        side = QFrame(self)
        side.setObjectName("wizardSide")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 12, 0, 0)
        self.section_list = QListWidget(side)
        self.section_list.setObjectName("sectionList")
        self.section_list.setAccessibleName(self.tr("Intake sections"))
        self.section_list.setFixedWidth(230)
        side_layout.addWidget(self.section_list)
        body.addWidget(side)
        self.stack = QStackedWidget(self)
        self.pages: dict[Section, SectionPage] = {}
        for section in SECTIONS:
            page = SectionPage(section)
            self.pages[section] = page
            self.stack.addWidget(page)
            self.section_list.addItem(field_text.section_title(section))
            edits.add_form(page.form)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.bar = EditBar(edits, self)
        outer.addWidget(self.bar)
        self.section_list.currentRowChanged.connect(self._show)
        self.section_list.setCurrentRow(0)

    def _show(self, row: int) -> None:
        if row >= 0:
            self.edits.flush()
            self.stack.setCurrentIndex(row)

    def show_section(self, section: Section) -> None:
        self.section_list.setCurrentRow(SECTIONS.index(section))
