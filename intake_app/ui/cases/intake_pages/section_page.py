"""One wizard page: the section's title, why we ask, and its generated questions."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from intake_app.domain.case_model import Section
from intake_app.ui.cases.intake_pages import texts
from intake_app.ui.common import theme
from intake_app.ui.questions import field_text
from intake_app.ui.questions.section_form import SectionForm


def sensitive_notice(parent: QWidget) -> QFrame:
    """The calm explanation shown above the immigration questions."""
    notice = QFrame(parent)
    notice.setObjectName("sensitiveNotice")
    layout = QVBoxLayout(notice)
    layout.setContentsMargins(14, 10, 14, 12)
    layout.setSpacing(4)
    title = QLabel(texts.sensitive_title(), notice)
    title.setObjectName("sensitiveTitle")
    body = QLabel(texts.sensitive_text(), notice)
    body.setObjectName("sensitiveText")
    body.setWordWrap(True)
    layout.addWidget(title)
    layout.addWidget(body)
    notice.setAccessibleName(texts.sensitive_title())
    notice.setAccessibleDescription(texts.sensitive_text())
    return notice


class SectionPage(QScrollArea):
    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        holder = theme.scroll_page(self)
        inner, layout = theme.reading_column(holder)
        self.title = QLabel(field_text.section_title(section), inner)
        self.title.setObjectName("pageTitle")
        self.title.setAccessibleName(field_text.section_title(section))
        layout.addWidget(self.title)
        self.intro = QLabel(texts.intro(section), inner)
        self.intro.setObjectName("pageIntro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.notice: QFrame | None = None
        if section is Section.IMMIGRATION:
            self.notice = sensitive_notice(inner)
            layout.addWidget(self.notice)
        self.form = SectionForm(section, inner)
        layout.addWidget(self.form)
        self.setWidget(holder)

    def scroll_to_key(self, key: str) -> None:
        if key in self.form.questions:
            self.ensureWidgetVisible(self.form.question(key), 0, 40)
