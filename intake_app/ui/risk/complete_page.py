"""The last page of an assessment: what the answers give so far, which scored questions still
need an answer, professional judgement, "Complete", and then the outcome."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QWidget

from intake_app.domain.checklists import Definition, Outcome
from intake_app.ui.common import theme
from intake_app.ui.common.form_parts import button_row, primary_button
from intake_app.ui.questions.field_row import ProblemLabel
from intake_app.ui.risk.judgement_box import JudgementBox
from intake_app.ui.risk.outcome_card import OutcomeCard


class CompletePage(QScrollArea):
    """``complete_requested`` when she presses Complete; ``go_to_first_missing`` asks the form
    to show the first unanswered question; ``done`` once she has read the outcome."""

    complete_requested = Signal()
    go_to_first_missing = Signal()
    done = Signal()

    def __init__(self, defn: Definition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.defn = defn
        holder = theme.scroll_page(self)
        inner, layout = theme.reading_column(holder)
        self._inner = inner
        self._layout = layout
        title = QLabel(self.tr("Check and complete"), inner)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.summary = QLabel(inner)
        self.summary.setObjectName("pageIntro")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.missing = ProblemLabel(inner)
        layout.addWidget(self.missing)
        self.first_missing = QPushButton(self.tr("Go to the first unanswered question"), inner)
        self.first_missing.setObjectName("quietButton")
        self.first_missing.hide()
        layout.addWidget(self.first_missing)
        self.judgement = JudgementBox(defn, inner)
        self.judgement.setVisible(defn.produces_level)
        layout.addWidget(self.judgement)
        self.complete_button = primary_button(
            inner, self.tr("Complete assessment"), self.tr("Complete assessment"), default=False)
        layout.addLayout(button_row(leading=(self.complete_button,)))
        self.problem = ProblemLabel(inner)
        layout.addWidget(self.problem)
        self.recorded = QLabel(self.tr("The assessment has been recorded."), inner)
        self.recorded.setObjectName("pageIntro")
        self.recorded.hide()
        layout.addWidget(self.recorded)
        self.outcome: OutcomeCard | None = None
        self.done_button = primary_button(inner, self.tr("Back to risk assessments"),
                                          self.tr("Back to risk assessments"), default=False)
        self.done_button.hide()
        self._done_row = button_row(leading=(self.done_button,))
        layout.addLayout(self._done_row)
        layout.addStretch(1)
        self.setWidget(holder)
        self.complete_button.clicked.connect(self.complete_requested)
        self.first_missing.clicked.connect(self.go_to_first_missing)
        self.done_button.clicked.connect(self.done)

    def update_summary(self, yes: int, scored: int, missing: int) -> None:
        if self.defn.produces_level:
            text = self.tr("{yes} \u201cyes\u201d so far of {scored} scored questions.").format(
                yes=yes, scored=scored)
        else:
            text = self.tr("{yes} \u201cyes\u201d so far of {scored} questions. This screen "
                           "sets no risk level: its guidance follows the count.").format(
                yes=yes, scored=scored)
        if missing:
            text += " " + self.tr("{count} still to answer.").format(count=missing)
        self.summary.setText(text)

    def show_missing(self, count: int) -> None:
        """Say that ``count`` scored questions need an answer (0: clear that)."""
        self.missing.set_messages([self.tr(
            "{count} scored questions have no answer yet; each is marked in its section. "
            "Nothing has been recorded.").format(count=count)] if count else [])
        self.first_missing.setVisible(bool(count))

    def show_problem(self, text: str) -> None:
        self.problem.set_messages([text] if text else [])

    def show_outcome(self, outcome: Outcome) -> OutcomeCard:
        self.show_missing(0)
        self.show_problem("")
        self.judgement.hide()
        self.complete_button.hide()
        self.recorded.show()
        self.outcome = OutcomeCard(self.defn, outcome, parent=self._inner)
        self._layout.insertWidget(self._layout.indexOf(self.recorded) + 1, self.outcome)
        self.outcome.show()  # added to a page already shown
        self.done_button.show()
        self.summary.hide()
        return self.outcome
