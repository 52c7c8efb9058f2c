"""Notes: the free-text notes of the case, edited like every other answer (and so in
History)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from intake_app.domain.case_model import Section
from intake_app.ui.cases.intake_pages import SectionPage
from intake_app.ui.cases.view_tabs.case_edits import CaseEdits
from intake_app.ui.cases.view_tabs.edit_bar import EditBar
from intake_app.ui.questions.answer_editors import MultilineEditor


class NotesTab(QWidget):
    def __init__(self, edits: CaseEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.page = SectionPage(Section.NOTES, self)
        edits.add_form(self.page.form)
        for question in self.page.form.questions.values():
            editor = getattr(question, "editor", None)
            if isinstance(editor, MultilineEditor):  # notes get room to write
                editor.text.setFixedHeight(editor.text.fontMetrics().lineSpacing() * 16)
        layout.addWidget(self.page, 1)
        self.bar = EditBar(edits, self)
        layout.addWidget(self.bar)
