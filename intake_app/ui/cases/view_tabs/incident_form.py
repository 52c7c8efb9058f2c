"""The form that logs an incident or corrects one, shown inline on the Incidents tab.

The form only collects what was typed; the tab hands it to ``IncidentService`` and, when the
service refuses it (``ValidationFailed``), gives the problems back with ``show_problems`` so
each appears under its field. Nothing typed is cleared by a refusal. A date that cannot be
read is kept as typed and named as a problem here, before the service is asked.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.answers import NOT_ASKED, Tri
from intake_app.domain.case_validation import Problem
from intake_app.domain.incidents import IncidentInput
from intake_app.ui.common import form_parts
from intake_app.ui.questions import field_text
from intake_app.ui.questions.answer_editors import (
    DateEditor,
    MultilineEditor,
    TextEditor,
    TriEditor,
    ValueEditor,
)
from intake_app.ui.questions.field_row import ProblemLabel

#: The form's fields, in order (the names ``domain/incidents.py`` gives its problems).
FIELD_ORDER = ("date", "summary", "police_involved", "police_reference", "injuries",
               "children_present", "source")


def problem_text(problem: Problem) -> str:
    """A domain problem of an incident in the worker's language (the domain marked its words
    under the "Incidents" context)."""
    return QCoreApplication.translate("Incidents", problem.message)


class IncidentForm(QFrame):
    """``submitted`` when "Save" is pressed, ``cancelled`` on Cancel. ``details()`` is what
    was typed, as an ``IncidentInput`` whose missing parts are None (the service names them)."""

    submitted = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordCard")
        self.incident_id: int | None = None  # the incident being corrected, if any
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 16)
        layout.setSpacing(10)
        self.title = QLabel(self)
        self.title.setObjectName("cardTitle")
        layout.addWidget(self.title)
        self.intro = QLabel(self)
        self.intro.setObjectName("helpText")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(12)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

        self.date = DateEditor(self)
        self.summary = MultilineEditor(self)
        self.police_involved = TriEditor(self)
        self.police_reference = TextEditor(self)
        self.police_reference.line.setMinimumWidth(260)
        self.police_reference.line.setMaximumWidth(320)
        reference_row = self.police_reference.layout()
        assert isinstance(reference_row, QHBoxLayout)
        reference_row.addStretch(1)  # the short box sits at the start, as the date's does
        self.injuries = MultilineEditor(self)
        line = self.injuries.text.fontMetrics().lineSpacing()
        self.injuries.text.setFixedHeight(line * 2 + 14)
        self.children_present = TriEditor(self)
        self.source = TextEditor(self)
        self.editors: dict[str, ValueEditor] = {
            "date": self.date, "summary": self.summary,
            "police_involved": self.police_involved, "police_reference": self.police_reference,
            "injuries": self.injuries, "children_present": self.children_present,
            "source": self.source,
        }
        self.labels: dict[str, QLabel] = {}
        self.problems: dict[str, ProblemLabel] = {}
        help_texts = {
            "summary": self.tr("A few lines: what happened, where, and who was involved. The "
                               "full story belongs in the notes."),
            "source": self.tr("Who told us: her, the police, a health worker..."),
        }
        for row, key in enumerate(FIELD_ORDER):
            label = QLabel(self._label(key), self)
            label.setObjectName("questionLabel")
            label.setWordWrap(True)
            label.setMinimumWidth(170)
            label.setMaximumWidth(220)
            editor = self.editors[key]
            label.setBuddy(editor.focus_widget())
            editor.focus_widget().setAccessibleName(self._label(key))
            box = QVBoxLayout()
            box.setSpacing(4)
            box.addWidget(editor)
            if key in help_texts:
                help_label = QLabel(help_texts[key], self)
                help_label.setObjectName("helpText")
                help_label.setWordWrap(True)
                box.addWidget(help_label)
            problem = ProblemLabel(self)
            box.addWidget(problem)
            top = Qt.AlignmentFlag.AlignTop
            grid.addWidget(label, row, 0, top)
            grid.addLayout(box, row, 1)
            grid.setRowMinimumHeight(row, 34)
            self.labels[key] = label
            self.problems[key] = problem
        self.message = form_parts.form_message(self, error=True)
        layout.addWidget(self.message)
        self.save_button = form_parts.primary_button(
            self, self.tr("Save incident"), self.tr("Save this incident"), default=False)
        self.cancel_button = form_parts.cancel_button(self, self.tr("Cancel"))
        layout.addLayout(form_parts.button_row(self.cancel_button, self.save_button))
        self.save_button.clicked.connect(self.submitted)
        self.cancel_button.clicked.connect(self.cancelled)
        form_parts.tab_order(*(self.editors[k].focus_widget() for k in FIELD_ORDER),
                             self.cancel_button, self.save_button)
        self.start_new()

    def _label(self, key: str) -> str:
        labels = {
            "date": self.tr("Date (needed)"),
            "summary": self.tr("What happened (needed)"),
            "police_involved": self.tr("Police involved (needed)"),
            "police_reference": self.tr("Police reference"),
            "injuries": self.tr("Injuries"),
            "children_present": self.tr("Children present"),
            "source": self.tr("Where this account came from"),
        }
        return labels[key]

    # --- filling -----------------------------------------------------------------------------

    def start_new(self) -> None:
        """Empty, to log a new incident."""
        self.incident_id = None
        self.title.setText(self.tr("Log an incident"))
        self.intro.setText(self.tr("Record one incident: the day it happened and a short "
                                   "account. Fields marked \u201cneeded\u201d must be filled."))
        self.save_button.setText(self.tr("Save incident"))
        for editor in self.editors.values():
            editor.set_value(NOT_ASKED)
        self.clear_problems()

    def start_correction(self, incident_id: int, details: IncidentInput) -> None:
        """Prefilled with what an incident says now, to correct it."""
        self.incident_id = incident_id
        self.title.setText(self.tr("Correct the incident of {date}").format(
            date=field_text.date_text(details.date)))
        self.intro.setText(self.tr("Change what needs correcting. The earlier version is kept "
                                   "and can still be read."))
        self.save_button.setText(self.tr("Save correction"))
        self.date.set_value(details.date)
        self.summary.set_value(details.summary)
        self.police_involved.set_value(details.police_involved)
        self.police_reference.set_value(details.police_reference)
        self.injuries.set_value(details.injuries)
        self.children_present.set_value(details.children_present or NOT_ASKED)
        self.source.set_value(details.source)
        self.clear_problems()

    # --- reading -----------------------------------------------------------------------------

    def _text(self, editor: ValueEditor) -> str:
        value = editor.value()
        return value if isinstance(value, str) else ""

    def date_unreadable(self) -> bool:
        """Something is typed as the date but it is not a day/month/year date."""
        return bool(self.date.line.text().strip()) and not isinstance(self.date.value(), date)

    def details(self) -> IncidentInput:
        when = self.date.value()
        police = self.police_involved.value()
        children = self.children_present.value()
        return IncidentInput(
            date=when if isinstance(when, date) else None,  # type: ignore[arg-type]
            summary=self._text(self.summary),
            police_involved=police if isinstance(police, Tri) else None,  # type: ignore[arg-type]
            police_reference=self._text(self.police_reference),
            injuries=self._text(self.injuries),
            children_present=children if isinstance(children, Tri) else None,
            source=self._text(self.source))

    # --- problems ----------------------------------------------------------------------------

    def clear_problems(self) -> None:
        for label in self.problems.values():
            label.set_messages([])
        form_parts.show_message(self.message, "")

    def show_problems(self, problems: Mapping[str, Sequence[Problem]]) -> None:
        """Each problem under its field (the date's own reading problem included); the first
        field with a problem gets the focus."""
        self.clear_problems()
        first: str | None = None
        for key in FIELD_ORDER:
            texts = [problem_text(p) for p in problems.get(key, ())]
            if key == "date" and self.date_unreadable():
                texts = [self.tr("This is not a date that can be read. Type it as "
                                 "day/month/year, for example 03/11/2026. What you typed is "
                                 "kept.")]
            self.problems[key].set_messages(texts)
            if texts and first is None:
                first = key
        if first is not None:
            self.editors[first].focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
            form_parts.show_message(self.message, self.tr(
                "Nothing was saved yet: correct what is marked above and save again."))

    def show_error(self, text: str) -> None:
        form_parts.show_message(self.message, text)
