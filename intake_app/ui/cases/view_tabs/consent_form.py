"""The form that records one decision of hers about sharing, shown inline on the Consent tab.

The recipient comes first. When the chosen recipient may pass information to immigration
enforcement, its data-flow facts are shown next, before anything else is asked, each with
the day it was last reviewed, and "Record" stays disabled until the worker ticks that she
has gone through them with her; the record then keeps that the facts were shown, and which
version of them (``facts_version``, given by the tab from the consent service's directory).

The form only collects what was typed; the tab hands it to ``ConsentService`` and, when the
service refuses it (``RecordRefused``), gives the problems back with ``show_problems`` so each
appears beside its field. Nothing typed is cleared by a refusal.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from intake_app.domain.agencies import Directory, Recipient, recipient_of
from intake_app.domain.case_model import Sensitivity
from intake_app.domain.case_validation import Problem
from intake_app.domain.consent import SHAREABLE_CLASSES, ConsentInput, Decision, How
from intake_app.domain.errors import NotFound
from intake_app.ui.cases.view_tabs.consent_words import (
    class_text,
    fact_text,
    how_text,
    problem_text,
    recipient_name,
)
from intake_app.ui.common import form_parts
from intake_app.ui.common.fit_height import fit_height
from intake_app.ui.questions import field_text
from intake_app.ui.questions.answer_editors import DateEditor, TextEditor, place_ticks
from intake_app.ui.questions.field_row import ProblemLabel, question_row

#: The form's fields, in order (the names ``domain/consent.py`` gives its problems).
FIELD_ORDER = ("recipient", "facts_shown", "classes", "purpose", "decision", "decided_on",
               "expires_on", "how", "language", "interpreter", "interpreter_independent")


class ConsentForm(QFrame):
    """``submitted`` when "Record" is pressed, ``cancelled`` on Cancel. ``details()`` is what
    was chosen and typed, as a ``ConsentInput``."""

    submitted = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordCard")
        self.directory: Directory | None = None
        self.recipient: Recipient | None = None
        #: The version of the facts shown now ("" when none are shown).
        self.facts_version = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 16)
        layout.setSpacing(10)
        title = QLabel(self.tr("Record her decision about sharing"), self)
        title.setObjectName("cardTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr("One decision: who would receive it, which information, and what "
                               "for. A later decision never changes this one; it is recorded "
                               "beside it."), self)
        intro.setObjectName("helpText")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.problems: dict[str, ProblemLabel] = {}
        self.labels: dict[str, QLabel] = {}

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(12)
        grid.setColumnStretch(1, 1)
        self._grid = grid
        self._row = 0

        # Who would receive it.
        self.recipient_box = QComboBox(self)
        self.recipient_box.setMinimumWidth(300)
        self.recipient_box.setPlaceholderText(self.tr("Choose who would receive it"))
        self._add_row("recipient", self.tr("Who would receive it (needed)"),
                      self._boxed(self.recipient_box), self.recipient_box)
        layout.addLayout(grid)

        # The facts, first, when the recipient may pass information to immigration enforcement.
        self.facts_panel = QFrame(self)
        self.facts_panel.setObjectName("sensitiveNotice")
        facts = QVBoxLayout(self.facts_panel)
        facts.setContentsMargins(16, 12, 16, 14)
        facts.setSpacing(8)
        self.facts_title = QLabel(self.facts_panel)
        self.facts_title.setObjectName("sensitiveTitle")
        self.facts_title.setWordWrap(True)
        facts.addWidget(self.facts_title)
        self.facts_intro = QLabel(self.tr(
            "Before she decides, go through these facts with her, in her language. She can say "
            "no, or agree to less; either way her support from us does not change."),
            self.facts_panel)
        self.facts_intro.setObjectName("sensitiveText")
        self.facts_intro.setWordWrap(True)
        facts.addWidget(self.facts_intro)
        self.facts_list = QVBoxLayout()
        self.facts_list.setSpacing(8)
        facts.addLayout(self.facts_list)
        self.fact_labels: list[QLabel] = []
        self.facts_confirmed, confirm_row = form_parts.wrapped_check(
            self.facts_panel, self.tr("I have gone through these facts with her"),
            self.tr("I have gone through these facts with her"))
        facts.addWidget(confirm_row)
        self.problems["facts_shown"] = ProblemLabel(self.facts_panel)
        facts.addWidget(self.problems["facts_shown"])
        self.facts_panel.hide()
        layout.addWidget(self.facts_panel)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(12)
        grid.setColumnStretch(1, 1)
        self._grid = grid
        self._row = 0

        # Which information.
        classes = self
        class_layout = QVBoxLayout()
        class_layout.setContentsMargins(0, 0, 0, 0)
        class_layout.setSpacing(6)
        ticks = QGridLayout()
        ticks.setHorizontalSpacing(18)
        ticks.setVerticalSpacing(4)
        self.class_boxes: dict[Sensitivity, QCheckBox] = {}
        for sensitivity in SHAREABLE_CLASSES:
            box = QCheckBox(class_text(sensitivity), classes)  # short words: no wrapping
            box.setMinimumHeight(box.sizeHint().height())  # never squeezed by the facts above
            self.class_boxes[sensitivity] = box
        place_ticks(ticks, tuple(self.class_boxes.values()))
        class_layout.addLayout(ticks)
        self.immigration_note = QLabel(self.tr(
            "Immigration information can only be shared with one named agency she has agreed "
            "to, never with a whole kind of recipient."), classes)
        self.immigration_note.setObjectName("helpText")
        self.immigration_note.setWordWrap(True)
        class_layout.addWidget(self.immigration_note)
        first_box = self.class_boxes[SHAREABLE_CLASSES[0]]
        self._add_row("classes", self.tr("Which information (needed)"), class_layout,
                      first_box)

        self.purpose = TextEditor(self)
        self._add_row("purpose", self.tr("What it would be shared for (needed)"), self.purpose,
                      self.purpose.focus_widget())

        decision = QWidget(self)
        decision_row = QHBoxLayout(decision)
        decision_row.setContentsMargins(0, 0, 0, 0)
        decision_row.setSpacing(18)
        self.given = QRadioButton(self.tr("She agrees"), decision)
        self.refused = QRadioButton(self.tr("She does not agree"), decision)
        self._decision_group = QButtonGroup(self)
        for button in (self.given, self.refused):
            self._decision_group.addButton(button)
            decision_row.addWidget(button)
        decision_row.addStretch(1)
        self._add_row("decision", self.tr("Her decision (needed)"), decision, self.given)

        self.decided_on = DateEditor(self)
        self._add_row("decided_on", self.tr("Date of her decision (needed)"), self.decided_on,
                      self.decided_on.focus_widget())
        self.expires_on = DateEditor(self)
        self._add_row("expires_on", self.tr("Until"), self.expires_on,
                      self.expires_on.focus_widget(),
                      help_text=self.tr("The last day her consent holds. Leave it empty when "
                                        "she did not give an end date."))

        how = QWidget(self)
        how_row = QHBoxLayout(how)
        how_row.setContentsMargins(0, 0, 0, 0)
        how_row.setSpacing(18)
        self.how_buttons: dict[How, QRadioButton] = {}
        self._how_group = QButtonGroup(self)
        for value in How:
            button = QRadioButton(how_text(value), how)
            self.how_buttons[value] = button
            self._how_group.addButton(button)
            how_row.addWidget(button)
        how_row.addStretch(1)
        self._add_row("how", self.tr("How she told us (needed)"), how,
                      self.how_buttons[How.VERBAL])

        self.language = TextEditor(self)
        self._add_row("language", self.tr("In which language"), self.language,
                      self.language.focus_widget())
        interpreter = QWidget(self)
        interpreter_column = QVBoxLayout(interpreter)
        interpreter_column.setContentsMargins(0, 0, 0, 0)
        interpreter_column.setSpacing(6)
        self.interpreter = TextEditor(interpreter)
        interpreter_column.addWidget(self.interpreter)
        self.independent, independent_row = form_parts.wrapped_check(
            interpreter, self.tr("Independent of her family and community"),
            self.tr("The interpreter is independent of her family and community"))
        interpreter_column.addWidget(independent_row)
        self._add_row("interpreter", self.tr("Interpreter"), interpreter,
                      self.interpreter.focus_widget(),
                      help_text=self.tr("The interpreter's name, if there was one."))
        # The independence problem sits under the same field.
        self.problems["interpreter_independent"] = self.problems["interpreter"]
        layout.addLayout(grid)

        self.message = form_parts.form_message(self, error=True)
        layout.addWidget(self.message)
        self.record_button = form_parts.primary_button(
            self, self.tr("Record"), self.tr("Record her decision"), default=False)
        self.cancel_button = form_parts.cancel_button(self, self.tr("Cancel"))
        layout.addLayout(form_parts.button_row(self.cancel_button, self.record_button))
        self.record_button.clicked.connect(self.submitted)
        self.cancel_button.clicked.connect(self.cancelled)
        self.recipient_box.currentIndexChanged.connect(self._recipient_chosen)
        self.facts_confirmed.toggled.connect(self._update_record_button)
        form_parts.tab_order(
            self.recipient_box, self.facts_confirmed, *self.class_boxes.values(),
            self.purpose.focus_widget(), self.given, self.refused,
            self.decided_on.focus_widget(), self.expires_on.focus_widget(),
            *self.how_buttons.values(), self.language.focus_widget(),
            self.interpreter.focus_widget(), self.independent, self.cancel_button,
            self.record_button)
        self.start_new(None)

    def _boxed(self, widget: QWidget) -> QWidget:
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(widget)
        row.addStretch(1)
        return holder

    def _add_row(self, key: str, text: str, editor: QWidget | QLayout, focus: QWidget, *,
                 help_text: str = "") -> None:
        label, problem = question_row(self._grid, self._row, self, text, editor, focus,
                                      help_text=help_text)
        self._grid.setRowMinimumHeight(self._row, 34)
        self._row += 1
        self.labels[key] = label
        self.problems[key] = problem

    # --- filling -----------------------------------------------------------------------------

    def start_new(self, directory: Directory | None, *, today: date | None = None) -> None:
        """Empty, with the recipients of ``directory`` to choose from (its kinds, then its
        named agencies) and her decision dated ``today``."""
        self.directory = directory
        self.recipient_box.blockSignals(True)
        self.recipient_box.clear()
        if directory is not None:
            for kind in directory.kinds:
                self.recipient_box.addItem(recipient_name(directory, kind.ref), kind.ref)
            for agency in directory.agencies:
                self.recipient_box.addItem(recipient_name(directory, agency.ref), agency.ref)
        self.recipient_box.setCurrentIndex(-1)
        self.recipient_box.blockSignals(False)
        for box in self.class_boxes.values():
            box.setChecked(False)
        self.purpose.set_value("")
        for group in (self._decision_group, self._how_group):
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        self.decided_on.set_value(today if today is not None else "")
        self.expires_on.set_value("")
        self.language.set_value("")
        self.interpreter.set_value("")
        self.independent.setChecked(False)
        self._recipient_chosen()
        self.clear_problems()

    def choose_recipient(self, ref: str) -> None:
        index = self.recipient_box.findData(ref)
        if index >= 0:
            self.recipient_box.setCurrentIndex(index)

    def _recipient_chosen(self) -> None:
        ref = self.recipient_box.currentData()
        self.recipient = None
        if isinstance(ref, str) and self.directory is not None:
            try:
                self.recipient = recipient_of(self.directory, ref)
            except NotFound:
                self.recipient = None
        named = self.recipient is not None and self.recipient.agency is not None
        immigration = self.class_boxes[Sensitivity.IMMIGRATION]
        immigration.setEnabled(named)
        if not named:
            immigration.setChecked(False)
        self.immigration_note.setVisible(not named)
        self.facts_confirmed.setChecked(False)
        self._show_facts()
        self._update_record_button()

    def _show_facts(self) -> None:
        for label in self.fact_labels:
            self.facts_list.removeWidget(label)
            label.deleteLater()
        self.fact_labels = []
        recipient = self.recipient
        if recipient is None or not recipient.may_pass_to_immigration_enforcement:
            self.facts_panel.hide()
            return
        name = recipient_name(self.directory, recipient.ref)
        self.facts_title.setText(self.tr(
            "{recipient} may pass information to immigration enforcement").format(
                recipient=name))
        for fact in recipient.facts:
            label = QLabel(self.facts_panel)
            label.setObjectName("sensitiveText")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setText("\u2022 " + fact_text(recipient.kind, fact) + "\n" + self.tr(
                "Last reviewed {date}").format(date=field_text.date_text(fact.last_reviewed)))
            self.facts_list.addWidget(label)
            self.fact_labels.append(label)
        self.facts_panel.show()
        self._relayout()

    def _relayout(self) -> None:
        """Keep the form as tall as its wrapped text needs: once the facts appear, the page
        column would otherwise squeeze the tick boxes below them on top of each other."""
        fit_height(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    @property
    def facts_required(self) -> bool:
        """The chosen recipient may pass information to immigration enforcement."""
        return self.recipient is not None and self.recipient.may_pass_to_immigration_enforcement

    def _update_record_button(self) -> None:
        self.record_button.setEnabled(
            self.recipient is not None
            and (not self.facts_required or self.facts_confirmed.isChecked()))

    # --- reading -----------------------------------------------------------------------------

    def date_unreadable(self, editor: DateEditor) -> bool:
        return bool(editor.line.text().strip()) and not isinstance(editor.value(), date)

    def _text(self, editor: TextEditor) -> str:
        value = editor.value()
        return value if isinstance(value, str) else ""

    def details(self) -> ConsentInput:
        ref = self.recipient_box.currentData()
        decision = Decision.GIVEN if self.given.isChecked() else \
            Decision.REFUSED if self.refused.isChecked() else None
        how = next((h for h, b in self.how_buttons.items() if b.isChecked()), None)
        decided = self.decided_on.value()
        expires = self.expires_on.value()
        interpreter = self._text(self.interpreter)
        shown = self.facts_required and self.facts_confirmed.isChecked()
        return ConsentInput(
            recipient=ref if isinstance(ref, str) else "",
            classes=frozenset(s for s, box in self.class_boxes.items()
                              if box.isChecked() and box.isEnabled()),
            purpose=self._text(self.purpose),
            decision=decision,  # type: ignore[arg-type]  # None: the service names it
            decided_on=decided if isinstance(decided, date) else None,  # type: ignore[arg-type]
            how=how,  # type: ignore[arg-type]
            expires_on=expires if isinstance(expires, date) else None,
            language=self._text(self.language), interpreter=interpreter,
            interpreter_independent=self.independent.isChecked() if interpreter.strip()
            else None,
            facts_shown=shown, facts_version=self.facts_version if shown else "")

    # --- problems ----------------------------------------------------------------------------

    def clear_problems(self) -> None:
        for label in self.problems.values():
            label.set_messages([])
        form_parts.show_message(self.message, "")

    def show_problems(self, problems: Mapping[str, Sequence[Problem]]) -> None:
        """Each problem beside its field (the dates' own reading problems included); the first
        field with a problem gets the focus."""
        self.clear_problems()
        texts: dict[str, list[str]] = {}
        for key in FIELD_ORDER:
            shown_under = "interpreter" if key == "interpreter_independent" else key
            texts.setdefault(shown_under, []).extend(
                problem_text(p) for p in problems.get(key, ()))
        for key, editor in (("decided_on", self.decided_on), ("expires_on", self.expires_on)):
            if self.date_unreadable(editor):
                texts[key] = [self.tr("This is not a date that can be read. Type it as "
                                      "day/month/year, for example 03/11/2026. What you typed "
                                      "is kept.")]
        first = next((k for k in FIELD_ORDER if texts.get(k)), None)
        for key, messages in texts.items():
            self.problems[key].set_messages(messages)
        if first is not None:
            focus = self.labels[first].buddy() if first in self.labels else None
            (focus or self.facts_confirmed).setFocus(Qt.FocusReason.OtherFocusReason)
            form_parts.show_message(self.message, self.tr(
                "Nothing was recorded yet: correct what is marked above and record again."))

    def show_error(self, text: str) -> None:
        form_parts.show_message(self.message, text)
