"""The questions of one section, generated from the field declarations in ``case_model``.

Both the intake wizard and the case view's "Intake details" tab are made of these forms, so a
field added to the declarations appears on both without touching the screens.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from intake_app.domain.answers import NOT_ASKED, Answer
from intake_app.domain.case_model import Field, Section, fields_in
from intake_app.domain.case_validation import Problem
from intake_app.ui.questions.field_row import AnswerRow
from intake_app.ui.questions.problem_text import problem_text
from intake_app.ui.questions.record_list_editor import RecordListEditor

QuestionWidget = AnswerRow | RecordListEditor


class SectionForm(QWidget):
    """``changed(key)`` fires whenever the worker changes one of the answers."""

    changed = Signal(str)

    def __init__(self, section: Section, parent: QWidget | None = None, *,
                 fields: Iterable[Field] | None = None) -> None:
        super().__init__(parent)
        self.section = section
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)
        self.questions: dict[str, QuestionWidget] = {}
        first = True
        for field in (fields if fields is not None else fields_in(section)):
            if not first:
                rule = QFrame(self)
                rule.setObjectName("questionRule")
                rule.setFrameShape(QFrame.Shape.HLine)
                layout.addWidget(rule)
            first = False
            widget: QuestionWidget = (RecordListEditor(field, self) if field.kind.is_list
                                      else AnswerRow(field, self))
            widget.changed.connect(self.changed)
            self.questions[field.key] = widget
            layout.addWidget(widget)
        layout.addStretch(1)

    def question_keys(self) -> list[str]:
        return list(self.questions)

    def values(self) -> dict[str, Answer]:
        """Every question of the section, NOT_ASKED included (so clearing is a change)."""
        return {key: widget.answer() for key, widget in self.questions.items()}

    def set_values(self, values: Mapping[str, Answer]) -> None:
        for key, widget in self.questions.items():
            widget.set_answer(values.get(key, NOT_ASKED))

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.questions.values():
            widget.set_read_only(read_only)

    def set_problems(self, problems: Mapping[str, list[Problem]]) -> None:
        """Show ``problems`` beside their fields and clear every other field's messages."""
        for key, widget in self.questions.items():
            found = list(problems.get(key, []))
            if isinstance(widget, RecordListEditor):
                widget.set_problem_list(found)
            else:
                widget.set_problems([problem_text(p) for p in found],
                                    blocking=any(p.blocking for p in found))

    def problem_count(self, problems: Mapping[str, list[Problem]]) -> int:
        return sum(len(problems.get(key, [])) for key in self.questions)

    def focus_key(self, key: str) -> bool:
        widget = self.questions.get(key)
        if widget is None:
            return False
        widget.focus_editor()
        return True

    def question(self, key: str) -> QuestionWidget:
        return self.questions[key]
