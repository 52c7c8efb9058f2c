"""One question on screen: its label, help, editor, "Declined to answer" and its problems.

Every question shows which of three states it is in -- *Not asked yet*, *Answered* or
*Declined to answer* -- as words, not only colour. Declining keeps whatever was typed (greyed
out), so pressing it by mistake loses nothing; pressing it again brings the text back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.answers import DECLINED, NOT_ASKED, Answer, is_blank
from intake_app.domain.case_model import Field, SubField
from intake_app.ui.questions import field_text
from intake_app.ui.questions.answer_editors import ValueEditor, editor_for

STATE_NOT_ASKED = "not_asked"
STATE_ANSWERED = "answered"
STATE_DECLINED = "declined"


class StateChip(QLabel):
    """A small label naming the answer's state; styled through its ``state`` property."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stateChip")
        self.set_state(STATE_NOT_ASKED)

    def set_state(self, state: str) -> None:
        texts = {
            STATE_NOT_ASKED: field_text.not_asked_text(),
            STATE_ANSWERED: self.tr("Answered"),
            STATE_DECLINED: field_text.declined_text(),
        }
        self.setText(texts[state])
        self.setProperty("state", state)
        self.style().unpolish(self)
        self.style().polish(self)


class ProblemLabel(QLabel):
    """Problems under a field, in words; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problem")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def set_messages(self, messages: list[str], *, blocking: bool = True) -> None:
        self.setText("\n".join(messages))
        self.setProperty("severity", "blocking" if blocking else "warning")
        self.style().unpolish(self)
        self.style().polish(self)
        self.setVisible(bool(messages))


class AnswerRow(QWidget):
    """A scalar question. ``changed(key)`` fires whenever the worker changes the answer."""

    changed = Signal(str)

    def __init__(self, decl: Field | SubField, parent: QWidget | None = None, *,
                 compact: bool = False) -> None:
        super().__init__(parent)
        self.decl = decl
        self.key = decl.key
        self.setObjectName("answerRow")
        self.label = QLabel(field_text.label(decl), self)
        self.label.setObjectName("questionLabel")
        self.label.setWordWrap(True)
        self.chip = StateChip(self)
        self.editor: ValueEditor = editor_for(decl, self)
        self.label.setBuddy(self.editor.focus_widget())
        self.editor.focus_widget().setAccessibleName(field_text.label(decl))
        self.decline = QPushButton(field_text.declined_text(), self)
        self.decline.setObjectName("declineButton")
        self.decline.setCheckable(True)
        self.decline.setAccessibleName(
            self.tr("Declined to answer: {question}").format(question=field_text.label(decl)))
        self.decline.setToolTip(self.tr("She was asked and chose not to answer."))
        self.problems = ProblemLabel(self)
        help_words = field_text.help_text(decl)
        self.help = QLabel(help_words, self)
        self.help.setObjectName("helpText")
        self.help.setWordWrap(True)
        self.help.setVisible(bool(help_words))
        if compact:
            self._lay_out_compact()
        else:
            self._lay_out_full()
        self.editor.edited.connect(self._edited)
        self.decline.toggled.connect(self._decline_toggled)
        self._refresh_state()

    def _lay_out_full(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(self.label, 1)
        head.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignTop)
        if getattr(self.decl, "required", False):
            self.label.setText(self.tr("{question} (needed at intake)").format(
                question=field_text.label(self.decl)))
        outer.addLayout(head)
        outer.addWidget(self.help)
        line = QHBoxLayout()
        line.setSpacing(12)
        line.addWidget(self.editor, 1)
        line.addWidget(self.decline, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(line)
        outer.addWidget(self.problems)

    def _lay_out_compact(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.label.setMinimumWidth(170)
        self.label.setMaximumWidth(220)
        # The answer has the whole width beside its label; its state and "Declined to answer"
        # go on the line below, so a longer translation of either never squeezes the answer.
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.label, 0, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.editor, 0, 1, 1, 2)
        grid.addWidget(self.chip, 1, 0, top | Qt.AlignmentFlag.AlignLeading)
        grid.addWidget(self.help, 1, 1, top)
        grid.addWidget(self.decline, 1, 2, top | Qt.AlignmentFlag.AlignTrailing)
        grid.addWidget(self.problems, 2, 1, 1, 2)
        grid.setColumnStretch(1, 1)

    # --- state -------------------------------------------------------------------------------

    def _edited(self) -> None:
        self._refresh_state()
        self.changed.emit(self.key)

    def _decline_toggled(self, declined: bool) -> None:
        self.editor.setEnabled(not declined)
        self._refresh_state()
        self.changed.emit(self.key)

    def _refresh_state(self) -> None:
        answer = self.answer()
        if answer is DECLINED:
            self.chip.set_state(STATE_DECLINED)
        elif answer is NOT_ASKED or is_blank(answer):
            self.chip.set_state(STATE_NOT_ASKED)
        else:
            self.chip.set_state(STATE_ANSWERED)

    def state(self) -> str:
        return str(self.chip.property("state"))

    def answer(self) -> Answer:
        if self.decline.isChecked():
            return DECLINED
        return self.editor.value()

    def set_answer(self, answer: Answer) -> None:
        blocked_editor = self.editor.blockSignals(True)
        blocked_decline = self.decline.blockSignals(True)
        declined = answer is DECLINED
        if not declined:
            self.editor.set_value(answer)
        self.decline.setChecked(declined)
        self.editor.setEnabled(not declined)
        self.editor.blockSignals(blocked_editor)
        self.decline.blockSignals(blocked_decline)
        self._refresh_state()

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setEnabled(not read_only and not self.decline.isChecked())
        self.decline.setEnabled(not read_only)

    def set_problems(self, messages: list[str], *, blocking: bool = True) -> None:
        self.problems.set_messages(messages, blocking=blocking)

    def focus_editor(self) -> None:
        self.editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)


def question_row(grid: QGridLayout, row: int, owner: QWidget, text: str,
                 editor: QWidget | QLayout, focus: QWidget, *, help_text: str = "",
                 label_width: tuple[int, int] = (170, 220)) -> tuple[QLabel, ProblemLabel]:
    """One question of a form laid in ``grid`` at ``row``: its label (bold, wrapped, the
    buddy of ``focus``, which takes the label as its accessible name if it has none) on the
    left; on the right the editor, an optional help text and the place where a problem is
    shown. Returns the label and the problem label. The consent form and the referral draft
    are built from these."""
    label = QLabel(text, owner)
    label.setObjectName("questionLabel")
    label.setWordWrap(True)
    label.setMinimumWidth(label_width[0])
    label.setMaximumWidth(label_width[1])
    label.setBuddy(focus)
    if not focus.accessibleName():
        focus.setAccessibleName(text)
    box = QVBoxLayout()
    box.setSpacing(4)
    if isinstance(editor, QLayout):
        box.addLayout(editor)
    else:
        box.addWidget(editor)
    if help_text:
        note = QLabel(help_text, owner)
        note.setObjectName("helpText")
        note.setWordWrap(True)
        box.addWidget(note)
    problem = ProblemLabel(owner)
    box.addWidget(problem)
    grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
    grid.addLayout(box, row, 1)
    return label, problem

