"""Intake details: every section of the record, editable, generated from the declarations.

Each section's form is built the first time the section is shown (or asked for through
``pages``): the twelve forms hold some seven hundred answer rows, and a worker opening a case
usually looks at one or two of them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import partial

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.case_model import Section
from intake_app.ui.cases.intake_pages import SectionPage
from intake_app.ui.cases.view_tabs.case_edits import CaseEdits
from intake_app.ui.cases.view_tabs.edit_bar import EditBar
from intake_app.ui.common.lazy import Lazy
from intake_app.ui.common.side_list import fit_width, section_list
from intake_app.ui.questions import field_text

#: Notes have their own tab.
SECTIONS = tuple(s for s in Section if s is not Section.NOTES)


def _section_page(section: Section, parent: QWidget) -> SectionPage:
    return SectionPage(section, parent)


class SectionPages(Mapping[Section, SectionPage]):
    """The section pages by section; looking one up builds it if it was not yet."""

    def __init__(self, slots: Mapping[Section, Lazy[SectionPage]]) -> None:
        self._slots = slots

    def __getitem__(self, section: Section) -> SectionPage:
        return self._slots[section].content

    def __iter__(self) -> Iterator[Section]:
        return iter(self._slots)

    def __len__(self) -> int:
        return len(self._slots)

    def built(self) -> list[SectionPage]:
        """The pages built so far (none is built by asking this)."""
        return [page for slot in self._slots.values()
                if (page := slot.built_content) is not None]


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
        self.section_list = section_list(side, self.tr("Intake sections"))
        side_layout.addWidget(self.section_list)
        body.addWidget(side)
        self.stack = QStackedWidget(self)
        slots: dict[Section, Lazy[SectionPage]] = {}
        for section in SECTIONS:
            slot = Lazy(partial(_section_page, section), self.stack, on_built=self._built)
            slots[section] = slot
            self.stack.addWidget(slot)
            self.section_list.addItem(field_text.section_title(section))
        fit_width(self.section_list)
        self.pages = SectionPages(slots)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.bar = EditBar(edits, self)
        outer.addWidget(self.bar)
        self.section_list.currentRowChanged.connect(self._show)
        self.section_list.setCurrentRow(0)

    def _built(self, page: SectionPage) -> None:
        self.edits.add_form(page.form)

    def _show(self, row: int) -> None:
        if row >= 0:
            self.edits.flush()
            self.stack.setCurrentIndex(row)

    def show_section(self, section: Section) -> None:
        self.section_list.setCurrentRow(SECTIONS.index(section))
