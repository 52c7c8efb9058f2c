"""The last page: what has been answered, what still stops the intake from finishing, and a
link to each of those questions."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.answers import DECLINED, Answer, is_blank
from intake_app.domain.case_model import BY_KEY, FIELDS
from intake_app.domain.case_validation import Problem
from intake_app.ui.common import theme
from intake_app.ui.questions import field_text
from intake_app.ui.questions.problem_text import problem_text


class FinishPage(QScrollArea):
    """``go_to(key)`` asks the wizard to show the question ``key``."""

    go_to = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        holder = theme.scroll_page(self)
        inner, layout = theme.reading_column(holder)
        title = QLabel(self.tr("Check and finish"), inner)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr("When you finish, this intake becomes a case and appears in the "
                               "case list. Everything typed so far is already saved as a "
                               "draft, so you can also come back to it later."), inner)
        intro.setObjectName("pageIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.summary = QLabel(inner)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.needed_title = QLabel(self.tr("Still needed before you can finish"), inner)
        self.needed_title.setObjectName("questionLabel")
        layout.addWidget(self.needed_title)
        self.needed_box = QVBoxLayout()
        self.needed_box.setSpacing(12)
        layout.addLayout(self.needed_box)
        self.ready = QLabel(self.tr("Everything needed is here. Press \u201cFinish intake\u201d "
                                    "to create the case."), inner)
        self.ready.setWordWrap(True)
        layout.addWidget(self.ready)
        self.warn_title = QLabel(self.tr("Worth checking (these do not stop you finishing)"),
                                 inner)
        self.warn_title.setObjectName("questionLabel")
        layout.addWidget(self.warn_title)
        self.warn_box = QVBoxLayout()
        self.warn_box.setSpacing(12)
        layout.addLayout(self.warn_box)
        layout.addStretch(1)
        self.setWidget(holder)
        self._links: list[QWidget] = []

    def update_summary(self, values: Mapping[str, Answer],
                       problems: Mapping[str, list[Problem]]) -> None:
        answered = declined = 0
        for field in FIELDS:
            answer = values.get(field.key)
            if answer is DECLINED:
                declined += 1
            elif answer is not None and not is_blank(answer):
                answered += 1
        not_asked = len(FIELDS) - answered - declined
        self.summary.setText(self.tr(
            "{answered} questions answered, {declined} declined, {not_asked} not asked yet."
        ).format(answered=answered, declined=declined, not_asked=not_asked))
        for link in self._links:
            link.hide()
            link.setParent(None)
            link.deleteLater()
        self._links = []
        blocking = [p for ps in problems.values() for p in ps if p.blocking]
        warnings = [p for ps in problems.values() for p in ps if not p.blocking]
        for problem in self._in_field_order(blocking):
            self._add_link(self.needed_box, problem)
        for problem in self._in_field_order(warnings):
            self._add_link(self.warn_box, problem)
        self.needed_title.setVisible(bool(blocking))
        self.ready.setVisible(not blocking)
        self.warn_title.setVisible(bool(warnings))

    @staticmethod
    def _in_field_order(problems: list[Problem]) -> list[Problem]:
        order = {field.key: index for index, field in enumerate(FIELDS)}
        return sorted(problems, key=lambda p: (order.get(p.key, len(order)), p.item or 0))

    def _add_link(self, box: QVBoxLayout, problem: Problem) -> None:
        field = BY_KEY.get(problem.key)
        where = (self.tr("{section}: {question}").format(
            section=field_text.section_title(field.section), question=field_text.label(field))
            if field is not None else problem.key)
        button = QPushButton(where, self.widget())
        button.setObjectName("quietButton")
        button.setAccessibleName(self.tr("Go to {question}").format(question=where))
        message = QLabel(problem_text(problem), self.widget())
        message.setObjectName("helpText")
        message.setWordWrap(True)
        holder = QWidget(self.widget())
        line = QVBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(0)
        head = QHBoxLayout()
        head.addWidget(button)
        head.addStretch(1)
        line.addLayout(head)
        line.addWidget(message)
        box.addWidget(holder)
        holder.show()
        self._links.append(holder)
        button.clicked.connect(lambda: self.go_to.emit(problem.key))
